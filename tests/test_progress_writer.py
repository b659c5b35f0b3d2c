"""The progress counts of a process: written by one writer thread, never by the counting thread."""
from __future__ import annotations

import json
import os
import threading

from newsbeam.pipeline import progress


def test_a_tick_leaves_the_writing_to_the_writer_thread(tmp_path, monkeypatch):
    written = []
    monkeypatch.setattr(progress, "_write", lambda directory, mine: written.append(threading.current_thread()))
    directory = str(tmp_path)
    for _ in range(100):
        progress.tick(directory, progress.FOUND)
    assert threading.current_thread() not in written


def test_flush_writes_one_file_for_the_whole_process(tmp_path):
    directory = str(tmp_path)
    threads = [threading.Thread(target=lambda: [progress.tick(directory, progress.FOUND) for _ in range(50)])
               for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    progress.tick(directory, progress.READ, 2)
    progress.flush(directory)
    files = [name for name in os.listdir(directory) if name.endswith(".json")]
    assert files == [f"{os.getpid()}.json"]
    assert json.loads((tmp_path / files[0]).read_text()) == {progress.FOUND: 150, progress.READ: 2}
    assert progress.read_counts(directory) == {progress.FOUND: 150, progress.READ: 2}


def test_a_gone_directory_is_not_an_error(tmp_path):
    gone = str(tmp_path / "gone")
    progress.tick(gone, progress.WRITTEN)
    progress.flush(gone)
    assert progress.read_counts(gone) == {}
