"""``newsbeam watch``: poll the feed list forever, one bounded Beam run per cycle.

Why one bounded run per cycle rather than one unbounded streaming pipeline: Beam's local
runners only emit windowed results when their input ends, so a local streaming pipeline would
write nothing until it was stopped. A bounded run per cycle writes as soon as the cycle's
fetches are done, reuses exactly the batch code path (``newsbeam.ingest``: incremental merge,
atomic files, the index), and gives a natural point to stop: a signal only ends the loop between
two cycles, so a cycle's files are always complete. On a streaming runner (Flink, Dataflow) the
streaming variant in ``pipeline.streaming`` is the alternative.

Logging: a normal cycle is one info line; a warning or error that repeats the one of an earlier
cycle (the same feed failing, the same bad feed-list entry) is logged once, then counted.
"""
from __future__ import annotations

import logging
import signal
import threading
import time

from newsbeam.pipeline.errors import EXIT_INTERRUPTED, EXIT_OK, RunFailed

log = logging.getLogger("newsbeam.watch")


class StopFlag:
    """Set by SIGTERM or SIGINT; the loop finishes its current cycle, then returns."""

    def __init__(self):
        self._event = threading.Event()
        self.signal: int | None = None

    def install(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._handle)

    def _handle(self, signum, _frame) -> None:
        log.info("received %s: stopping after the current cycle", signal.Signals(signum).name)
        self.signal = signum
        self._event.set()

    def wait(self, seconds: float) -> bool:
        return self._event.wait(max(0.0, seconds))

    @property
    def is_set(self) -> bool:
        return self._event.is_set()


class OncePerMessage(logging.Filter):
    """Lets a warning or error through the first time its text is seen; counts the repeats."""

    def __init__(self):
        super().__init__()
        self.seen: dict[str, int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        text = record.getMessage()
        self.seen[text] = self.seen.get(text, 0) + 1
        return self.seen[text] == 1

    @property
    def repeats(self) -> int:
        return sum(n - 1 for n in self.seen.values())


def watch(inputs, output, *, interval: float, cycles: int = 0, ingest=None, **ingest_kwargs) -> int:
    """Run ``ingest`` every ``interval`` seconds until stopped or ``cycles`` cycles have run.

    Returns 0 after SIGTERM or the last cycle, 130 after Ctrl-C (SIGINT). A failed cycle is
    logged and the next one retries: one bad cycle must not end a service.
    """
    if ingest is None:
        from newsbeam.pipeline.api import ingest as default_ingest
        ingest = default_ingest
    stop = StopFlag()
    stop.install()
    once = OncePerMessage()
    handlers = logging.getLogger().handlers  # on the handlers: records of every logger pass there
    for handler in handlers:
        handler.addFilter(once)
    cycle = 0
    log.info("watching %s every %.0f s into %s; SIGTERM or Ctrl-C stops after the current cycle",
             ingest_kwargs.get("feeds") or ", ".join(inputs), interval, output)
    try:
        while not stop.is_set:
            started = time.monotonic()
            cycle += 1
            try:
                result = ingest(inputs, output, on_schedule=True, command=["watch"], **ingest_kwargs)
                log.info("cycle %d (%s): %d new, %d changed, %d unchanged, %d quotes, %d rejects, %.1f s",
                         cycle, result.run_id, result.articles_new, result.articles_changed,
                         result.articles_unchanged, result.quotes, result.rejects, result.seconds)
                if result.problem:
                    log.warning("%s", result.problem)
            except RunFailed as exc:
                log.error("a cycle failed: %s (the next cycle retries)", exc)
            if cycles and cycle >= cycles:
                break
            stop.wait(interval - (time.monotonic() - started))
    finally:
        for handler in handlers:
            handler.removeFilter(once)
    repeats = f"; {once.repeats} repeated warnings not shown again" if once.repeats else ""
    log.info("stopped after %d cycles%s", cycle, repeats)
    return EXIT_INTERRUPTED if stop.signal == signal.SIGINT else EXIT_OK
