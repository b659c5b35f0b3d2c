"""Politeness: per-host concurrency and the delay between request starts to one host."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator


from newsbeam.schemas import reasons
from newsbeam.transforms.io.fetch.config import FetchError


class _HostGate:
    """Per-host concurrency limit and a minimum spacing between request starts to one host.

    Spacing works by reservation: under the lock each caller takes the next free start time for
    the host and then sleeps until it outside the lock, so threads queue fairly and the injected
    ``sleep``/``clock`` are the only time sources.
    """

    def __init__(self, limit: int, delay: float, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self._limit = limit
        self._delay = delay
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str, deadline: float | None) -> Iterator[None]:
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self._limit))
        wait = None if deadline is None else max(0.0, deadline - self._clock())
        if not semaphore.acquire(timeout=wait):
            raise FetchError(reasons.TIMEOUT, f"deadline reached waiting for a free slot at {host}")
        try:
            with self._lock:
                now = self._clock()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self._delay
            if start > now:
                if deadline is not None and start > deadline:
                    raise FetchError(reasons.TIMEOUT, f"deadline reached waiting to be polite to {host}")
                self._sleep(start - now)
            yield
        finally:
            semaphore.release()
