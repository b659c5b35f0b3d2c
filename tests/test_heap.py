"""The garbage collector around a run (pipeline/heap.py, issue 20): imports made with it off,
the imports frozen in the pool process before it forks, the heap frozen while a pipeline runs,
and a run's pool dismissed before the commit."""
from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap

import pytest
from newsbeam.pipeline import heap, workers
from newsbeam.pipeline.cli import main

from tests.test_runners import ROOT


def _python(code: str, stream: str = "stdout") -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False, env=dict(os.environ))
    assert done.returncode == 0, done.stderr[-3000:]
    return getattr(done, stream)


def test_the_heap_is_frozen_while_the_block_lasts_and_given_back_after():
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(3)]
    with heap.frozen_heap():
        assert gc.get_freeze_count() > 0
        assert not gc.is_tracked(kept) or gc.get_freeze_count() >= 1
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_heap_frozen_by_someone_else_is_left_frozen():
    out = _python("""
        import gc
        from newsbeam.pipeline import heap
        gc.freeze()
        before = gc.get_freeze_count()
        with heap.frozen_heap():
            inside = gc.get_freeze_count()
        print(before > 0, inside == before, gc.get_freeze_count() == before)
    """)
    assert out.split() == ["True", "True", "True"]


def test_imports_are_made_with_the_collector_off_and_it_is_on_again_after(tmp_path, monkeypatch):
    (tmp_path / "heap_probe_module.py").write_text("import gc\nENABLED = gc.isenabled()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    heap.imported_without_collecting("heap_probe_module")
    import heap_probe_module

    assert heap_probe_module.ENABLED is False
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(tmp_path, monkeypatch):
    (tmp_path / "heap_probe_module2.py").write_text("X = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    gc.disable()
    try:
        heap.imported_without_collecting("heap_probe_module2")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failed_import_turns_the_collector_on_again():
    with pytest.raises(ModuleNotFoundError):
        heap.imported_without_collecting("no_such_module_of_newsbeams_tests")
    assert gc.isenabled()


linux_only = pytest.mark.skipif(not workers.fork_from_one_process(), reason="workers are forked on Linux only")


@linux_only
@pytest.mark.parametrize("pairs", [1, 2])
def test_the_pools_workers_start_with_the_collector_on_and_the_preload_frozen(pairs):
    """The pool process preloads with the collector off and freezes what it loaded before it
    forks; each worker (forked, or the pool process itself with one worker) serves with the
    collector on."""
    out = _python(f"""
        import gc, os, sys
        from newsbeam.pipeline import workers
        seen = []
        workers._preload = lambda: seen.append(gc.isenabled())
        def serve(commands, answers):
            line = f"preload-collecting {{seen}} serving-collecting {{gc.isenabled()}} frozen {{gc.get_freeze_count() > 0}}\\n"
            os.write(2, line.encode())  # one write: the two workers' lines do not interleave
            return 0
        workers._serve = serve
        pipes = [os.pipe() for _ in range({pairs})]
        sys.exit(workers._pool_process(pipes))
    """, stream="stderr")  # the pool process sends its stdout to stderr
    lines = [line for line in out.splitlines() if line.startswith("preload-collecting")]
    assert len(lines) == pairs
    assert all(line == "preload-collecting [False] serving-collecting True frozen True" for line in lines)


@linux_only
def test_a_dismissed_pool_ends_its_workers_without_being_closed():
    pool = workers.WarmPool(2, dict(os.environ))
    try:
        pool.dismiss()
        assert pool.take() is None  # no pipeline goes to a dismissed worker
        assert pool.processes[0].wait(timeout=120) == 0  # the workers left, and so did the pool process
    finally:
        pool.close(timeout=0)


@linux_only
def test_a_run_dismisses_its_workers_before_it_commits_and_writes_the_same_dataset(tmp_path, monkeypatch):
    from newsbeam.pipeline import run
    from tests.test_runners import assert_same_dataset, snapshot

    src = tmp_path / "in"
    src.mkdir()
    for f in range(2):
        lines = [json.dumps({"url": f"https://news.example/{f}/{i}", "title": f"Story {f} {i}",
                             "text": f"Mayor Ida Vance said \"the bridge opens in May\" on day {i}."})
                 for i in range(6)]
        (src / f"part-{f}.jsonl").write_text("\n".join(lines) + "\n")
    order: list[str] = []
    dismiss, commit = workers.WarmPool.dismiss, run.commit.commit

    def record_dismiss(pool):
        order.append("dismiss")
        dismiss(pool)

    def record_commit(*args, **kwargs):
        order.append("commit")
        return commit(*args, **kwargs)

    monkeypatch.setattr(workers.WarmPool, "dismiss", record_dismiss)
    monkeypatch.setattr(run.commit, "commit", record_commit)
    argv = ["run", "--input", f"{src}/*.jsonl", "--runner", "FnApiRunner", "-q"]
    assert main([*argv, "--output", str(tmp_path / "two"), "--direct_num_workers=2"]) == 0
    assert order == ["dismiss", "commit"]
    assert main([*argv, "--output", str(tmp_path / "one"), "--direct_num_workers=1"]) == 0
    assert order == ["dismiss", "commit", "commit"]  # one process: no pool to dismiss
    assert gc.get_freeze_count() == 0  # the run's frozen heap was given back
    assert_same_dataset(snapshot(tmp_path / "two"), snapshot(tmp_path / "one"))
