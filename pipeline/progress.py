"""Progress of a run while it runs: inputs read, articles found and written, rate, time left.

Beam reports its metrics only when a pipeline ends, so the counting steps of a run on a local
runner (``Counted``) add their counts to a small file per worker process in a directory the
driver watches (``ProgressDir``). The driver's ``ProgressReporter`` thread sums them: on a
terminal it redraws one status line on stderr; elsewhere (cron, Airflow, systemd) it logs one line
every ``interval`` seconds. On a distributed runner the workers cannot reach that directory and
the run reports only its summary.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable

log = logging.getLogger("newsbeam")

# What is counted, in the order a run gets to it.
READ, FOUND, WRITTEN = "inputs_read", "articles_found", "articles_written"
_FLUSH_SECONDS = 0.5

_counts: dict[tuple[str, str], int] = {}
_changed: set[str] = set()  # the directories whose counts moved since their file was written
_lock = threading.Lock()
_writer_pid = 0  # the process the writer thread runs in (0: none started)


def tick(directory: str, name: str, n: int = 1) -> None:
    """Add ``n`` to a count. The count reaches this process's file within half a second, written
    by the process's writer thread (``_write_every``), never by the caller: a bundle's thread
    that wrote the file itself (create, write, rename, every half second) waited on the disk,
    inside its stage, for 0.15 to 0.55 s per 4k-entry run at load (bench/README.md, "Stop 38,
    scale2"), and the slowest worker sets a stage's end."""
    global _writer_pid
    with _lock:
        _counts[(directory, name)] = _counts.get((directory, name), 0) + n
        _changed.add(directory)
        if _writer_pid != os.getpid():  # none yet in this process (a forked worker inherits none)
            _writer_pid = os.getpid()
            threading.Thread(target=_write_every, args=(_FLUSH_SECONDS,), name="newsbeam-progress-writer",
                             daemon=True).start()


def flush(directory: str) -> None:
    """Write this process's counts for ``directory`` now."""
    with _lock:
        _changed.discard(directory)
        mine = _mine(directory)
    _write(directory, mine)


def _write_every(seconds: float) -> None:
    """The writer thread: every ``seconds``, the counts that moved, one file per directory."""
    while True:
        time.sleep(seconds)
        with _lock:
            moved = [(directory, _mine(directory)) for directory in sorted(_changed)]
            _changed.clear()
        for directory, mine in moved:
            _write(directory, mine)


def _mine(directory: str) -> dict[str, int]:
    return {name: n for (d, name), n in _counts.items() if d == directory}


def _write(directory: str, mine: dict[str, int]) -> None:
    """This process's counts for a run, as one file the driver reads (replaced whole, so a
    reader never sees half of it)."""
    path = os.path.join(directory, f"{os.getpid()}.json")
    tmp = path + ".tmp"
    try:
        with open(tmp, "w") as out:
            json.dump(mine, out)
        os.replace(tmp, path)
    except OSError:
        pass  # the run ended and its directory is gone: nothing to report to


def read_counts(directory: str) -> dict[str, int]:
    total: dict[str, int] = {}
    try:
        names = os.listdir(directory)
    except OSError:
        return total
    for name in names:
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(directory, name)) as fh:
                for key, n in json.load(fh).items():
                    total[key] = total.get(key, 0) + n
        except (OSError, ValueError):
            continue
    return total


def counted(directory: str, name: str, fn: Callable | None = None) -> Callable:
    """``fn`` (or the identity) that counts each element it passes."""
    def step(element):
        tick(directory, name)
        return fn(element) if fn is not None else element
    return step


class ProgressDir:
    """A temporary directory for the counts of one run; removed when the run ends."""

    def __enter__(self) -> str:
        self.path = tempfile.mkdtemp(prefix="newsbeam-progress-")
        return self.path

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def format_eta(seconds: float | None) -> str:
    if seconds is None or seconds < 0 or seconds > 360_000:
        return "--:--"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def status_line(counts: dict[str, int], total_inputs: int | None, elapsed: float) -> str:
    """``inputs 120/2,000 · articles 340 found, 100 written · 21.3 articles/s · ETA 1:32``.

    Time left: reading (the first phase) from the inputs read so far; writing (the second,
    where quotes are extracted) from the articles written against those found."""
    read, found, written = counts.get(READ, 0), counts.get(FOUND, 0), counts.get(WRITTEN, 0)
    rate = (written or found) / elapsed if elapsed > 0 else 0.0
    eta = None
    if total_inputs and read < total_inputs and read:
        eta = elapsed * (total_inputs - read) / read
    elif written and found and written < found:
        eta = (found - written) / (written / elapsed) if elapsed > 0 else None
    inputs = f"{read:,}/{total_inputs:,}" if total_inputs else f"{read:,}"
    return (f"inputs {inputs} · articles {found:,} found, {written:,} written · "
            f"{rate:,.1f} articles/s · ETA {format_eta(eta)}")


class ProgressReporter:
    """A daemon thread that reports a run's counts until stopped."""

    def __init__(self, directory: str, *, total_inputs: int | None, stream=None,
                 interactive: bool | None = None, interval: float | None = None):
        if interval is None:  # NEWSBEAM_PROGRESS_SECONDS: how often a log line is written
            try:
                interval = float(os.environ.get("NEWSBEAM_PROGRESS_SECONDS", "") or 10.0)
            except ValueError:
                interval = 10.0
        self._dir = directory
        self._total = total_inputs
        self._stream = stream or sys.stderr
        self._interactive = self._stream.isatty() if interactive is None else interactive
        self._interval = 0.5 if self._interactive else interval
        self._stop = threading.Event()
        self._started = time.monotonic()
        self._thread = threading.Thread(target=self._loop, name="newsbeam-progress", daemon=True)
        self._drawn = False

    def __enter__(self) -> "ProgressReporter":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        if self._drawn:
            self._stream.write("\r\x1b[2K")  # clear the status line before the summary
            self._stream.flush()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            line = status_line(read_counts(self._dir), self._total, time.monotonic() - self._started)
            if self._interactive:
                self._stream.write("\r\x1b[2K" + line)
                self._stream.flush()
                self._drawn = True
            else:
                log.info("progress: %s", line)
