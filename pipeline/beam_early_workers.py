"""The local runner's worker processes connect while the runner still translates the graph.

Beam's FnApiRunner makes its ``WorkerHandlerManager`` in ``run_stages``, and the manager starts
the SDK workers only when the first stage asks it for them. A worker of newsbeam's pool
(``pipeline.workers``) is imported already, but it still has to connect: Beam's harness opens
its logging channel and waits until it is ready, then its control channel, and only then can
the first stage's bundle go. Measured on the 4k feed corpus with two workers (load 12): the
first stage started 0.44 s after ``run_pipeline`` (the graph to its proto, validation, fusion)
and the workers connected 0.27 and 0.30 s after that, the first stage waiting for them
(bench/README.md, "Stop 38, scale2"). Every run pays it, whatever its size.

Here the workers are asked for first (``start``): ``pipeline.run`` does it as soon as it has
made the ``Pipeline`` (and its runner), before it builds the graph (``connecting``), and the
patched ``run_pipeline`` for any other caller. For a ``multi_processing`` run of more than one
worker, ``start`` makes the manager with the environment Beam will give the graph (a subprocess
SDK environment; ``early_environment``) and asks it for the workers, which starts them (Beam's
handler only starts a thread that hands the pipeline to a worker, so this does not wait). The
workers connect while the runner builds and translates the graph; ``run_stages`` then adopts
the manager (``adopt``) under the environment id the graph gave that environment. When no
environment of the graph matches (another runner's graph, an environment Beam changed), the
early manager is closed and the runner makes its own, as before; a graph that fails to build,
or a run that fails before its stages, closes it too (``discard``).
"""
from __future__ import annotations

import contextlib
import sys
import threading
from typing import Any

_installed = False
_close_installed = False  # ControlConnection.close patched (install_close)
_EARLY_ID = "newsbeam-early-workers"
_early: dict[int, Any] = {}  # id(provision info) -> the manager started early for that runner
_lock = threading.Lock()
_make_manager: Any = None  # Beam's WorkerHandlerManager, once installed


def early_environment(options) -> Any | None:
    """The environment proto Beam's ``run_pipeline`` will give a graph run with ``options`` when
    that run has worker processes (``multi_processing``, more than one worker); else None."""
    from apache_beam.options.pipeline_options import DirectOptions
    from apache_beam.runners.pipeline_context import PipelineContext
    from apache_beam.transforms import environments

    direct = options.view_as(DirectOptions)
    if direct.direct_running_mode != "multi_processing" or (direct.direct_num_workers or 1) == 1:
        return None
    command = f"{sys.executable} -m apache_beam.runners.worker.sdk_worker_main"  # as Beam's run_pipeline
    return environments.SubprocessSDKEnvironment.from_command_string(command).to_runner_api(PipelineContext())


def _same(a, b) -> bool:
    return a.urn == b.urn and a.payload == b.payload


def adopt(manager, environments) -> bool:
    """Give ``manager`` (started early) the graph's ``environments``: its workers move to the id
    of the environment they were started for. False when no environment of the graph is it."""
    early = manager._environments[_EARLY_ID]
    matches = [env_id for env_id, env in environments.items() if _same(env, early)]
    if len(matches) != 1:
        return False
    handlers = manager._cached_handlers.pop(_EARLY_ID, [])
    manager._cached_handlers[matches[0]].extend(handlers)
    manager._environments = environments
    return True


def start(runner, options) -> bool:
    """Ask for the worker processes of ``runner``'s next run now, when it is Beam's FnApiRunner
    and ``options`` give the run worker processes (``early_environment``); True when this started
    them (not before, nor not at all). ``pipeline.run`` calls it before it builds the graph, so
    the workers connect meanwhile; ``run_pipeline`` calls it too, for any other caller."""
    if not _installed:  # not a local run (``beam_speedups.install``): the FnApiRunner's modules stay unloaded
        return False
    from apache_beam.options.pipeline_options import DirectOptions
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    if not isinstance(runner, fn_runner.FnApiRunner):
        return False
    env = early_environment(options)
    key = id(runner._provision_info)
    with _lock:
        if env is None or key in _early:
            return False
        manager = _make_manager({_EARLY_ID: env}, runner._provision_info)
        _early[key] = manager
    manager.get_worker_handlers(_EARLY_ID, options.view_as(DirectOptions).direct_num_workers)
    return True


def end_late_workers(beams_close):
    """Beam's ``ControlConnection.close`` made to end a worker that has not connected yet.

    Beam's close queues the end marker only on a connection in the started state, and
    ``SubprocessSdkWorkerHandler.stop_worker`` then waits for the worker process to exit. A
    worker that connects after the close (its state was "unstarted") read no marker: it waited
    for a first instruction forever, and so did ``close_all`` (the stop 38 hang of a run whose
    second worker got no bundle, ``beam_empty_bundles``; or of workers started early for a graph
    that failed to build). With Beam's own deal every stage sends every worker a bundle and
    waits for its answer, so no worker is still unconnected at the end. Here an unstarted
    connection gets the marker queued, under the lock ``set_input`` takes (a worker is either
    connected before the close or finds the marker): connecting late, the worker reads it as its
    first request and ends at once. A connected worker's close is Beam's."""
    from apache_beam.runners.portability.fn_api_runner import worker_handlers

    servicer = worker_handlers.BeamFnControlServicer

    def close(self) -> None:
        with worker_handlers.ControlConnection._lock:
            if self._state == servicer.UNSTARTED_STATE:
                self._push_queue.put(servicer._DONE_MARKER)
                self._state = servicer.DONE_STATE
                return
        beams_close(self)

    close.__doc__ = beams_close.__doc__
    close.__wrapped__ = beams_close  # type: ignore[attr-defined]  # its source: Beam's
    return close


def discard(runner) -> None:
    """Close the workers started early for ``runner`` that no run adopted (its graph failed to
    build, or its run failed before its stages): each ends the pipeline it was handed."""
    with _lock:
        left = _early.pop(id(getattr(runner, "_provision_info", None)), None)
    if left is not None:
        left.close_all()  # a worker still starting gets its end marker (``end_late_workers``)


@contextlib.contextmanager
def connecting(runner, options):
    """``runner``'s workers asked for on entry (``start``), to connect while the block builds
    the graph; closed (``discard``) when the block fails."""
    start(runner, options)
    try:
        yield
    except BaseException:
        discard(runner)
        raise


def install_close() -> None:
    """Patch ``ControlConnection.close`` (``end_late_workers``); idempotent. Also installed by
    ``beam_empty_bundles``, whose runs may leave a worker with no bundle to connect for."""
    global _close_installed
    if _close_installed:
        return
    from apache_beam.runners.portability.fn_api_runner import worker_handlers

    worker_handlers.ControlConnection.close = end_late_workers(  # type: ignore[method-assign]
        worker_handlers.ControlConnection.close)
    _close_installed = True


def install() -> None:
    """Patch ``FnApiRunner.run_pipeline`` and the manager ``run_stages`` makes (see the module's
    docstring), and ``ControlConnection.close`` (``end_late_workers``); idempotent."""
    global _installed, _make_manager
    if _installed:
        return
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    install_close()
    run_pipeline = fn_runner.FnApiRunner.run_pipeline
    make_manager = _make_manager = fn_runner.WorkerHandlerManager

    def run_pipeline_with_early_workers(self, pipeline, options):
        start(self, options)
        try:
            return run_pipeline(self, pipeline, options)
        finally:
            discard(self)  # the run ended before its stages asked for workers

    def manager_of_run(environments, job_provision_info):
        with _lock:
            manager = _early.pop(id(job_provision_info), None)
        if manager is not None:
            if adopt(manager, environments):
                return manager
            manager.close_all()  # no run adopted it (a worker still starting: ``end_late_workers``)
        return make_manager(environments, job_provision_info)

    run_pipeline_with_early_workers.__doc__ = run_pipeline.__doc__
    run_pipeline_with_early_workers.__wrapped__ = run_pipeline  # type: ignore[attr-defined]  # its source: Beam's
    fn_runner.FnApiRunner.run_pipeline = run_pipeline_with_early_workers  # type: ignore[method-assign]
    fn_runner.WorkerHandlerManager = manager_of_run  # type: ignore[misc,assignment]  # run_stages makes it by this name
    _installed = True
