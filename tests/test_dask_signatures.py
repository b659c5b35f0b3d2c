"""A Dask task reads its DoFn's signatures once per function, not once per task
(pipeline/dask_runner.py ``_remember_signatures``, issue 20, stop 44 dask8b).

Each task of the Dask graph runs ``_run_bundle`` on a freshly unpickled DoFn, and Beam's
``DoFnSignature`` read every method with ``inspect.signature`` each time: 0.9 of the 1.0 ms a
one-element bundle took. Runs in a fresh process, as a worker that imported nothing of
newsbeam's client side (no ``beam_speedups.install``) would."""
from __future__ import annotations

import subprocess
import sys

_WORKER = """
import inspect, pickle
import apache_beam as beam
from apache_beam.transforms.window import GlobalWindows
from newsbeam.pipeline.dask_runner import _ALL, _run_bundle

class Scale(beam.DoFn):
    def setup(self):
        self.seen = 0

    def process(self, element, factor=3):
        self.seen += 1
        yield element * factor

asked = []
signature = inspect.signature
inspect.signature = lambda *a, **k: asked.append(1) or signature(*a, **k)
blob = pickle.dumps(Scale())
outs, counts = [], []
for part in ([1, 2], [5], []):  # three tasks, each with its own unpickled copy
    outs.append(list(_run_bundle(part, _ALL, pickle.loads(blob), GlobalWindows(), "Scale", [], {}, [])))
    counts.append(len(asked))
print(outs)
print(*counts)
"""


def test_a_task_reads_a_dofns_signatures_once_per_function_and_gives_the_same_outputs():
    done = subprocess.run([sys.executable, "-c", _WORKER], capture_output=True, text=True, check=True)
    outs, counts = done.stdout.strip().splitlines()[-2:]
    assert outs == "[[(None, 3), (None, 6)], [(None, 15)], []]"
    first, second, third = map(int, counts.split())
    assert first > 0  # the first task reads them
    assert second == third == first  # the next copies of the same DoFn read none again
