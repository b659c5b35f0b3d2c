"""Run a snippet in a fresh process as the pool process runs before it forks: the worker
environment (``workers.SINGLE_THREADED_IMPORTS``), the preload (``workers._preload``), then the
snippet. The tests that pin what the preload installs in a worker (the cache's weigher, the
DoFn memo) read the snippet's printed lines."""
from __future__ import annotations

import os
import subprocess
import sys

from newsbeam.pipeline import workers

from tests.test_runners import ROOT

_PRELOAD = "from newsbeam.pipeline import workers\nworkers._preload()\n"


def after_preload(code: str) -> list[str]:
    """The lines ``code`` prints, run after the pool's preload in a fresh process (from the
    checkout, so its modules are the ones imported); fails the test with the end of stderr if
    the process fails."""
    env = {**os.environ, **workers.SINGLE_THREADED_IMPORTS}  # as the pool process gets them
    done = subprocess.run([sys.executable, "-c", _PRELOAD + code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()
