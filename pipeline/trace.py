"""A timeline of a local run's processes, written only when asked (``NEWSBEAM_TRACE=DIR``).

Why: a two-worker run's CPU has been counted at length (bench/README.md, scale5-scale7), but
not *when* each worker is idle. With ``NEWSBEAM_TRACE`` set to a directory, the pool process and
each forked worker append JSON lines to ``DIR/trace-RUNPID-PID.jsonl``: the pool's start, preload and
fork, each pipeline a worker is handed, and per bundle (Beam's ``SdkWorker.process_bundle``, in
the worker's bundle thread) when its request arrived on the control channel, when it started and
ended, the thread's CPU, and how long it waited on the data channel for its input.
``bench.scaling_timeline`` reads them beside the runner's own marks. All times are
``time.monotonic()`` (CLOCK_MONOTONIC: one clock for every process of the machine).

Unset (every ordinary run), ``enabled()`` is False, nothing is patched and ``mark`` returns at
once: the cost is one dictionary look-up per mark, a handful per run. Off as well: ``0``,
``false``, ``off``, ``no`` and the empty string. Tracing never fails nor stops a run: a directory
that cannot be made or a write that fails (disk full, directory removed) warns once on stderr
and turns tracing off in that process; a Beam whose private harness names differ is not patched.
"""
from __future__ import annotations

import json
import os
import sys
import threading
import time

TRACE_ENV = "NEWSBEAM_TRACE"
RUN_PID_ENV = "NEWSBEAM_RUN_PID"  # transforms.io.layout's (not imported here: it imports pyarrow)

OFF_VALUES = frozenset({"", "0", "false", "off", "no"})

_lock = threading.Lock()
_parsed: dict[str, str | None] = {}  # the variable's value -> its directory (None: off), per process
_failed: set[str] = set()  # values whose directory failed in this process: off from then on


def _directory() -> str | None:
    """The trace directory the variable names, made if missing, or None (off): parsed once per
    value and process, so a mark is still one look-up."""
    value = os.environ.get(TRACE_ENV)
    if value is None:
        return None
    if value in _parsed:
        return _parsed[value]
    directory: str | None = None
    if value.strip().lower() not in OFF_VALUES and value not in _failed:
        directory = os.path.abspath(value)
        try:
            os.makedirs(directory, exist_ok=True)
        except OSError as error:
            _give_up(value, error)
            return None
    _parsed[value] = directory
    return directory


def _give_up(value: str, error: BaseException) -> None:
    """Tracing off in this process from now on, said once on stderr (never raises)."""
    _failed.add(value)
    _parsed[value] = None
    try:
        sys.stderr.write(f"newsbeam: {TRACE_ENV}={value!r}: tracing off ({error})\n")
    except Exception:  # noqa: BLE001 - a trace never fails the run
        pass


def enabled() -> bool:
    return _directory() is not None


def mark(what: str, **fields) -> None:
    """One line for this process: what happened now (no-op unless tracing; never raises)."""
    directory = _directory()
    if directory is None:
        return
    try:
        line = json.dumps({"t": time.monotonic(), "pid": os.getpid(), "what": what,
                           "cpu_process": time.process_time(), **fields})
        run = os.environ.get(RUN_PID_ENV)  # one directory over several runs: a recycled pid mixes none
        name = f"trace-{run}-{os.getpid()}.jsonl" if run else f"trace-{os.getpid()}.jsonl"
        with _lock, open(os.path.join(directory, name), "a") as fh:
            fh.write(line + "\n")
    except Exception as error:  # noqa: BLE001 - disk full, directory removed, a field not JSON
        _give_up(os.environ.get(TRACE_ENV, ""), error)


def _schedstat() -> tuple[float, float]:
    """This thread's seconds on a core and waiting for one (runnable, in the run queue), from
    /proc: a bundle's wall less the two is the time its thread was blocked (the GIL, a lock, I/O)."""
    try:
        with open("/proc/thread-self/schedstat") as fh:
            on_cpu, queued, _ = fh.read().split()
        return int(on_cpu) / 1e9, int(queued) / 1e9
    except (OSError, ValueError):
        return 0.0, 0.0


def threads_cpu() -> dict[str, float]:
    """CPU seconds of each thread of this process so far, by name (a Python thread's name, or
    the kernel's for native ones: gRPC's pollers), summed over threads of one name."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, float] = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return out
    ticks = os.sysconf("SC_CLK_TCK")
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        name = names.get(int(tid), comm)
        name = name.split("-")[0] if name.startswith("Thread-") else name
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / ticks
    return out


def _stage_name(descriptor) -> str:
    """A short name for a bundle's stage: its transforms' names, as the runner's stage name
    joins them (the data reads and writes left out)."""
    names = [t.unique_name for t in descriptor.transforms.values()
             if not t.unique_name.startswith(("ref_", "fn/"))]
    return "+".join(names)[:80]


def install_worker() -> None:
    """Patch this worker's Beam harness to mark each bundle (see the module's docstring).
    Called in the pool process after its preload, only when tracing. A Beam without these
    private names is left unpatched (tracing off), never a dead pool."""
    try:
        _patch_worker()
    except Exception as error:  # noqa: BLE001 - e.g. AttributeError on another Beam version
        _give_up(os.environ.get(TRACE_ENV, ""), error)


def _patch_worker() -> None:
    from apache_beam.runners.worker import data_plane, sdk_worker, sdk_worker_main

    arrived: dict[str, float] = {}
    waits = threading.local()
    harness_request = sdk_worker.SdkHarness._request_process_bundle
    worker_bundle = sdk_worker.SdkWorker.process_bundle
    read_inputs = data_plane._GrpcDataChannel.input_elements
    create_harness = sdk_worker_main.create_harness
    register = sdk_worker.SdkWorker.register
    processor_for = sdk_worker.BundleProcessorCache.get

    def harness(*args, **kwargs):
        mark("harness")
        try:
            return create_harness(*args, **kwargs)
        finally:
            mark("harness created")

    def registered(self, *args, **kwargs):
        mark("register")
        return register(self, *args, **kwargs)

    def processor(self, *args, **kwargs):
        t0 = time.monotonic()
        try:
            return processor_for(self, *args, **kwargs)
        finally:
            waits.setup = time.monotonic() - t0

    def request(self, req):
        arrived[req.instruction_id] = time.monotonic()
        return harness_request(self, req)

    def inputs(self, *args, **kwargs):
        elements = read_inputs(self, *args, **kwargs)
        while True:
            t0 = time.monotonic()
            try:
                element = next(elements)
            except StopIteration:
                waits.seconds = getattr(waits, "seconds", 0.0) + time.monotonic() - t0
                return
            waits.seconds = getattr(waits, "seconds", 0.0) + time.monotonic() - t0
            yield element

    def bundle(self, request, instruction_id):
        t0, cpu0, sched0 = time.monotonic(), time.thread_time(), _schedstat()
        waits.seconds = waits.setup = 0.0
        try:
            return worker_bundle(self, request, instruction_id)
        finally:
            _mark_bundle(self, request, instruction_id, t0, cpu0, sched0)

    def _mark_bundle(self, request, instruction_id, t0, cpu0, sched0) -> None:
        try:
            t1, cpu1, sched1 = time.monotonic(), time.thread_time(), _schedstat()
            descriptor = self.bundle_processor_cache.fns.get(request.process_bundle_descriptor_id)
            name = _stage_name(descriptor) if descriptor else request.process_bundle_descriptor_id
            fields = dict(start=t0, end=t1, cpu=cpu1 - cpu0, input_wait=waits.seconds,
                          run_queue=sched1[1] - sched0[1], threads=threads_cpu(), setup=waits.setup,
                          arrived=arrived.pop(instruction_id, t0), stage=name)
        except Exception as error:  # noqa: BLE001 - the bundle's own result must stand
            _give_up(os.environ.get(TRACE_ENV, ""), error)
            return
        mark("bundle", **fields)

    sdk_worker_main.create_harness = harness
    sdk_worker.SdkWorker.register = registered  # type: ignore[method-assign]
    sdk_worker.BundleProcessorCache.get = processor  # type: ignore[method-assign]
    sdk_worker.SdkHarness._request_process_bundle = request  # type: ignore[method-assign]
    sdk_worker.SdkWorker.process_bundle = bundle  # type: ignore[method-assign]
    data_plane._GrpcDataChannel.input_elements = inputs  # type: ignore[method-assign]
