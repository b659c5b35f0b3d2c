"""The run's pool process forked from the command (pipeline/pool_fork.py, issue 20): what the
command starts early is a fork of itself, holds none of the command's files, forks its workers
and ends with them; anywhere a fork is not safe, the pool is a new interpreter as before."""
from __future__ import annotations

import subprocess
import sys

import pytest
from newsbeam.pipeline import workers

from tests.test_runners import ROOT

linux_only = pytest.mark.skipif(not workers.fork_from_one_process(), reason="the pool is forked on Linux only")

EARLY_POOL = """
import os, sys, time
from pathlib import Path
marker = open(sys.argv[1], "w")  # a file the command holds when it starts its workers
from newsbeam.pipeline import cli, pool_fork, workers
cli.start_workers_early(["run", "--direct_num_workers=2"])
pool = workers._early
process = pool.processes[0]
children = lambda: Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
deadline = time.monotonic() + 240
while len(children()) < 2 and time.monotonic() < deadline:
    time.sleep(0.05)
forked = children()
fds = [os.readlink(f"/proc/{process.pid}/fd/{fd}") for fd in os.listdir(f"/proc/{process.pid}/fd")]
threads = len(os.listdir(f"/proc/{process.pid}/task"))  # after its preload and fork: still one
same_program = Path(f"/proc/{process.pid}/cmdline").read_bytes() == Path("/proc/self/cmdline").read_bytes()
pool.close(timeout=60)
gone = not any(Path(f"/proc/{c}").exists() for c in forked)
print(type(process).__name__, len(forked), threads, same_program, sys.argv[1] in fds, process.returncode, gone)
"""


@linux_only
def test_the_commands_early_pool_is_a_fork_of_it_that_forks_its_workers_and_ends_with_them(tmp_path):
    marker = tmp_path / "held-by-the-command"
    done = subprocess.run([sys.executable, "-c", EARLY_POOL, str(marker)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    # a Forked pool (the same program, not a new interpreter), two workers, one thread (none
    # started by its imports: the lean settings reached them), none of the command's files
    # kept open, status 0 at close, its workers gone with it
    assert done.stdout.split() == ["Forked", "2", "1", "True", "False", "0", "True"]


@linux_only
@pytest.mark.parametrize("setup, expected", [
    ("", "True"),
    ("import grpc", "False"),  # gRPC's threads and locks do not survive a fork
    ("import threading, time; threading.Thread(target=time.sleep, args=(5,), daemon=True).start()", "False"),
])
def test_the_pool_is_forked_only_from_a_process_with_one_thread_and_no_grpc(setup, expected):
    code = f"{setup}\nfrom newsbeam.pipeline import pool_fork\nprint(pool_fork.can_fork())"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == expected


def test_a_forked_child_answers_as_a_popen_does():
    import os
    import signal

    from newsbeam.pipeline import pool_fork

    pid = os.fork()
    if pid == 0:  # the child waits to be killed
        signal.pause()
        os._exit(0)
    child = pool_fork.Forked(pid)
    assert child.poll() is None
    with pytest.raises(subprocess.TimeoutExpired):
        child.wait(0.05)
    child.kill()
    assert child.wait(30) == -signal.SIGKILL and child.returncode == -signal.SIGKILL
