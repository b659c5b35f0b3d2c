"""``newsbeam watch``: poll the feed list forever, one bounded Beam run per cycle.

Why one bounded run per cycle rather than one unbounded streaming pipeline: Beam's local
runners only emit windowed results when their input ends, so a local streaming pipeline would
write nothing until it was stopped. A bounded run per cycle writes as soon as the cycle's
fetches are done, reuses exactly the batch code path (incremental merge, atomic files, the
index), and gives a natural point to stop: a signal only ends the loop between two cycles, so a
cycle's files are always complete. On a streaming runner (Flink, Dataflow) the streaming
variant in ``pipeline.streaming`` is the alternative.
"""
from __future__ import annotations

import logging
import signal
import threading
import time

from newsbeam.pipeline.errors import RunFailed, UsageError
from newsbeam.pipeline.run import run_batch

log = logging.getLogger("newsbeam.watch")


class StopFlag:
    """Set by SIGTERM or SIGINT; the loop finishes its current cycle, then returns."""

    def __init__(self):
        self._event = threading.Event()

    def install(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._handle)

    def _handle(self, signum, _frame) -> None:
        log.warning("received %s: stopping after the current cycle", signal.Signals(signum).name)
        self._event.set()

    def wait(self, seconds: float) -> bool:
        return self._event.wait(max(0.0, seconds))

    @property
    def is_set(self) -> bool:
        return self._event.is_set()


def watch(ns, beam_argv: list[str], *, config_for_cycle) -> int:
    """Run cycles until stopped; ``config_for_cycle(ns)`` builds each cycle's RunConfig."""
    if not ns.feeds and not ns.inputs:
        raise UsageError("watch needs --feeds FILE (or --input GLOB)")
    stop = StopFlag()
    stop.install()
    cycle = 0
    log.warning("watching %s every %.0f s; SIGTERM or Ctrl-C stops after the current cycle",
                ns.feeds or ", ".join(ns.inputs), ns.interval)
    while not stop.is_set:
        started = time.monotonic()
        cfg = config_for_cycle(ns)
        try:
            manifest = run_batch(cfg, beam_argv, command=["watch"], lock_timeout=ns.lock_timeout,
                                 chunk_bytes=ns.chunk_mb * 2**20)
            s = manifest["summary"]
            log.warning("cycle %d (%s): %d new, %d changed, %d unchanged, %d quotes, %d rejects, "
                        "%.1f s", cycle + 1, cfg.run_id, s["articles_new"], s["articles_changed"],
                        s["articles_unchanged"], s["quotes"], s["rejects"], manifest["seconds"])
        except RunFailed as exc:  # one bad cycle must not end a service; the next one retries
            log.error("cycle %d failed: %s", cycle + 1, exc)
        cycle += 1
        if ns.cycles and cycle >= ns.cycles:
            break
        stop.wait(ns.interval - (time.monotonic() - started))
    log.warning("stopped after %d cycles", cycle)
    return 0

