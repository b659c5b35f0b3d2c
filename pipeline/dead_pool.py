"""A run whose pool worker is gone fails with an error instead of waiting forever (issue 20).

Why: Beam's local runner hands a pipeline to a worker, then waits without a timeout for the
worker's answers on its control channel (``ControlFuture.get``) and for its outputs on the data
channel (which gives up only once the answer's future ``is_done``). A pool worker that dies (a
crash at start, a kill, the OOM killer) never answers: Beam's ``run_worker`` thread raises, but
nothing tells the threads that wait, and the command printed "inputs 0/2" every 10 s until
killed (read44, finding 1). The pool now records a worker that ended before its pipeline did
(``WarmPool.failed``, set in ``give_back``); while such a pool is the current one, every wait on
a control answer ends with ``WorkerGone`` (looked at every ``CHECK_SECONDS``), so the pipeline
fails, the run is recorded as failed and the command exits with status 1. Without a pool, or
with a healthy one, a wait is Beam's own: the answer wakes it at once, as before.
"""
from __future__ import annotations

from typing import Any, Callable

# How often a waiting thread looks whether the pool lost a worker: a dead pool is reported
# within this, and a live run pays one wake-up per wait and interval (nothing measurable).
CHECK_SECONDS = 0.5


class WorkerGone(RuntimeError):
    """A worker process of the pool ended before its pipeline did."""


_installed = False


def install(current_pool: Callable[[], Any]) -> None:
    """Have Beam's control futures give up when ``current_pool()`` has lost a worker. Idempotent."""
    global _installed
    if _installed:
        return
    from apache_beam.runners.portability.fn_api_runner import worker_handlers

    future_class = worker_handlers.ControlFuture
    beam_get, beam_is_done = future_class.get, future_class.is_done

    def gone(future) -> bool:
        """Abort ``future`` with the pool's failure, if the current pool has one."""
        pool = current_pool()
        reason = getattr(pool, "failed", None) if pool is not None else None
        if reason:
            future.abort(WorkerGone(reason))
        return bool(reason)

    def get(self, timeout=None):
        if timeout is None and self._response is None:
            while self._response is None and self._exception is None and not gone(self):
                with self._condition:
                    if self._response is None and self._exception is None:
                        self._condition.wait(CHECK_SECONDS)
            timeout = 0
        return beam_get(self, timeout)

    def is_done(self):
        # the data channel's wait for a worker's outputs ends once this says done (then ``get``
        # raises the failure); Beam's own answer otherwise
        return beam_is_done(self) or (self._exception is None and gone(self))

    get.__doc__, is_done.__doc__ = beam_get.__doc__, beam_is_done.__doc__
    future_class.get = get  # type: ignore[method-assign]
    future_class.is_done = is_done  # type: ignore[method-assign]
    _installed = True
