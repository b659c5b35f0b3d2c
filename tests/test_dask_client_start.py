"""A Dask run's client builds the graph only: the local runner's patches (and the FnApiRunner's
modules they load) stay out of its serial start (bench/README.md, "Stop 42, dask6")."""
from __future__ import annotations

import os
import subprocess
import sys

# In a fresh interpreter: the speed-ups a Dask client installs, then a pipeline built through
# the early workers' hook (it returns at once), then which FnApiRunner modules were loaded.
PROBE = """
import sys
import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from newsbeam.pipeline import beam_early_workers, beam_speedups
beam_speedups.install(local=False)
p = beam.Pipeline(options=PipelineOptions([]))
with beam_early_workers.connecting(p.runner, PipelineOptions([])):
    p | beam.Create([1, 2]) | beam.Map(str)
print(sorted(m for m in sys.modules if "fn_api_runner" in m))
"""


def _probe(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def test_a_dask_client_loads_no_fn_api_runner_module():
    assert _probe(PROBE) == "[]"


def test_a_local_run_still_gets_every_patch():
    loaded = _probe(PROBE.replace("install(local=False)", "install()"))
    assert "apache_beam.runners.portability.fn_api_runner.execution" in loaded


def test_the_local_patches_follow_a_graph_only_install():
    """A process that ran a Dask pipeline and then a local one gets the local patches then."""
    code = PROBE.replace("install(local=False)", "install(local=False); beam_speedups.install()")
    assert "apache_beam.runners.portability.fn_api_runner.execution" in _probe(code)
