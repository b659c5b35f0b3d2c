"""A Dask worker's preload pays the legacy-encoding detector's imports before any task
(pipeline/dask_preload.py ``_warm_detection``, issue 20, stop 44 dask8b): a worker's first
undeclared, non-UTF-8 feed imported charset_normalizer and the codecs it tried inside its parse.
Runs in a fresh process, as a worker starts; the texts are made up."""
from __future__ import annotations

import subprocess
import sys

_WORKER = """
import sys
from newsbeam.pipeline import dask_preload
dask_preload.dask_setup(None)
from newsbeam.transforms.formats import encoding
texts = [("Die Brücke über den Fluß, „sagte er“ – später. " * 5).encode("cp1252"),
         ("Où est la forêt ? « Déjà vu », répond-elle. " * 5).encode("cp1252"),
         ("Ціна зросла — «каже вона» сьогодні. " * 5).encode("cp1251")]
for data in texts:
    before = set(sys.modules)
    found = encoding.detect(data)
    print(found is not None, len(set(sys.modules) - before))
"""


def test_a_preloaded_worker_detects_a_legacy_encoding_without_importing_anything():
    done = subprocess.run([sys.executable, "-c", _WORKER], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "0"] * 3
