"""A run whose worker pool is dead fails with an error and a non-zero exit instead of waiting
forever for a worker that never connects (pipeline/dead_pool.py, read44's finding 1).

The run goes in a subprocess bounded by a timeout (a hang fails the test, it does not hang the
suite); no time is asserted."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "inputs"
RUN_TIMEOUT = 240  # a bound for a hang, not a measured time

# The command's early pool is started, then killed before the run adopts it: every worker is
# gone before its pipeline (as a pool that dies at its start, or one the OOM killer took).
_KILLED_POOL_RUN = """
import sys
from newsbeam.pipeline import cli, workers
workers.start_early(2)
for process in workers._early.processes:
    process.kill()
    process.wait()
sys.exit(cli.main(["run", "--input", sys.argv[1], "--output", sys.argv[2], "--direct_num_workers=2"]))
"""


def test_a_run_whose_pool_died_ends_with_an_error(tmp_path):
    inputs = sorted(p for p in SAMPLES.iterdir() if p.is_file())[:2]
    assert inputs, "the bundled samples"
    for p in inputs:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "in").mkdir()
    for p in inputs:
        (tmp_path / p.name).rename(tmp_path / "in" / p.name)
    done = subprocess.run([sys.executable, "-c", _KILLED_POOL_RUN, str(tmp_path / "in" / "*"), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=ROOT)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "ended before its pipeline did" in done.stderr
