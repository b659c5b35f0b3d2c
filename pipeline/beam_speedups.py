"""Costs of Beam 2.77 on the local runner that newsbeam removes, each measured.

``userstate.get_dofn_specs`` inspects the signature of every method of a DoFn, and Beam calls it
about eight times per ParDo while it builds, checks and translates the graph: 600 calls and
19,000 ``inspect.signature`` calls for newsbeam's graph, 0.65 s of a 4 s ``newsbeam run`` on
one small file. The answer only depends on the DoFn's methods (``dofn_methods``), which do not
change once it is built, so it is remembered per object (weakly: a DoFn that goes away takes its
entry with it) and computed once per set of methods (Beam's copies of one DoFn share it).

``PipelineOptions.view_as`` builds a new argparse parser over every registered options class
each time it is called, and Beam calls it two or three times per transform while it builds the
graph: about 400 parsers for newsbeam's. Every view of an options object reads and writes the
same underlying dict, so one view per (options, class) is kept and handed out again.

``ListBuffer.partition`` deals a materialized stage input to the N worker processes (one
bundle each; the stage ends when the slowest ends). Beam deals whole encoded chunks round-robin
(``chunks[k::n]``), and the chunks of a buffer are as the producing bundles flushed them: a
Flatten fed by two stages gets [big, tiny, big, tiny], and one worker gets both big ones. On the
10k-entry feed corpus the quote extraction stage got 21.0 MB on one worker and 2.5 MB on the
other: 11 s of 13 s with one worker idle (``bench.timeline``). ``balanced_parts`` deals chunks
by size instead and, when whole chunks cannot be balanced, deals the elements (by encoded size).
``GroupingBuffer.partition`` (a GroupByKey's output) deals its keys round-robin (``idx % n``)
whatever their groups weigh: on the 4k feed corpus the bucket rewrite (one key per bucket) got
1.26 MB on one worker and 2.80 MB on the other, and 2.31 / 1.78 MB in another run: the keys
come in the order the workers' outputs reach the runner, so the split moved from run to run.
When the round-robin deal is off by more than ``BALANCE_TOLERANCE``, the keys are dealt whole,
the heaviest group first to the lighter part (``deal_chunks``), each part keeping the keys' order.

``return_freed_memory`` and ``lean_workers`` are about memory, not startup. The runner process
keeps each stage's output as encoded chunks and frees them stage by stage; the workers decode,
parse and rewrite bucket files with pyarrow. glibc's malloc keeps much of what was freed (its
mmap threshold grows to the largest block freed, so later large blocks come from a heap that is
rarely trimmed), and pyarrow's default pool (mimalloc) keeps its own. With workers, the runner
fixes a 128 KiB mmap and trim threshold in itself, and starts its workers with fixed 32 MiB
thresholds (``MALLOC_MMAP_THRESHOLD_``, ``MALLOC_TRIM_THRESHOLD_``), one malloc arena
(``MALLOC_ARENA_MAX=1``) and pyarrow's system pool (``ARROW_DEFAULT_MEMORY_POOL=system``),
unless the environment already sets them. Measured on the 50k-entry bench corpus (three
bounded runs, runner and two workers), peak RSS of the tree: 1,635 MB with the defaults, 1,352
MB with 128 KiB glibc thresholds, 1,400 MB with the system pool, 1,145 MB with both. The
workers' thresholds were 128 KiB too until the page faults they cost were measured
(``WORKER_MALLOC_THRESHOLD``).
"""
from __future__ import annotations

import contextlib
import ctypes
import importlib
import importlib.abc
import importlib.machinery
import os
import sys
import types
import weakref
from typing import Any, Callable

_installed = False
_installed_local = False


def install(local: bool = True) -> None:
    """Remember ``get_dofn_specs`` per DoFn (and, ``beam_inspect``, Beam's reading of a DoFn's
    functions per function); with ``local``, the local runner's patches too (its buffers,
    bundles, workers: a Dask client only builds the graph, and skips the FnApiRunner's 34
    modules, ~0.02 s of its serial start, bench/README.md "Stop 42, dask6"); idempotent."""
    global _installed, _installed_local
    if not _installed:
        _install_graph()
        _installed = True
    if local and not _installed_local:
        _balance_list_buffers()
        _balance_grouping_buffers()
        from newsbeam.pipeline import beam_cache_weight, beam_early_workers, beam_empty_bundles, beam_flattens

        beam_cache_weight.install()  # the embedded worker's state cache weighs long side inputs by a sample
        beam_empty_bundles.install()
        beam_flattens.install()
        beam_early_workers.install()
        _installed_local = True


def _install_graph() -> None:
    """What building and pickling the graph reads, whatever the runner."""
    from newsbeam.pipeline import beam_inspect, beam_pickle_memo

    beam_inspect.remember_dofn_specs()
    from apache_beam.options.pipeline_options import PipelineOptions

    make_view = PipelineOptions.view_as
    views: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def view_as(self, cls):
        try:
            mine = views.setdefault(self, {})
        except TypeError:
            return make_view(self, cls)
        view = mine.get(cls)
        if view is None:
            view = mine[cls] = make_view(self, cls)
        return view

    view_as.__doc__ = make_view.__doc__
    PipelineOptions.view_as = view_as  # type: ignore[method-assign]  # the patch itself
    beam_pickle_memo.install()  # each distinct pickled step bz2-compressed and decompressed once
    beam_inspect.install()


# A deal of whole chunks is kept when its largest part is within this share of an even split.
BALANCE_TOLERANCE = 0.10


def deal_chunks(sizes: list[int], n: int) -> list[list[int]]:
    """Chunk indexes per part, largest chunk first to the lightest part (ties: the lowest part);
    each part's indexes in their original order."""
    loads = [0] * n
    parts: list[list[int]] = [[] for _ in range(n)]
    for i in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        k = min(range(n), key=lambda k: (loads[k], k))
        parts[k].append(i)
        loads[k] += sizes[i]
    return [sorted(p) for p in parts]


def is_balanced(sizes: list[int], parts: list[list[int]], tolerance: float = BALANCE_TOLERANCE) -> bool:
    total = sum(sizes)
    if not total:
        return True
    heaviest = max(sum(sizes[i] for i in p) for p in parts)
    return heaviest <= (1 + tolerance) * total / len(parts)


def balanced_parts(chunks: list[bytes], n: int,
                   split: Callable[[bytes], list[bytes]]) -> tuple[list[list[bytes]], bool]:
    """``chunks`` (encoded elements, concatenated) dealt to ``n`` parts of about equal bytes,
    and whether the elements were dealt: whole chunks when that is balanced, else each element
    (``split`` cuts a chunk into its encoded elements) to the lightest part so far."""
    sizes = [len(c) for c in chunks]
    parts = deal_chunks(sizes, n)
    if is_balanced(sizes, parts):
        return [[chunks[i] for i in p] for p in parts], False
    loads = [0] * n
    out: list[list[bytes]] = [[] for _ in range(n)]
    for chunk in chunks:
        for element in split(chunk):
            k = min(range(n), key=lambda k: (loads[k], k))
            out[k].append(element)
            loads[k] += len(element)
    return [[b"".join(p)] for p in out], True


def _balance_list_buffers() -> None:
    """``ListBuffer.partition`` by bytes, not by chunk count (see the module's docstring)."""
    from apache_beam.coders.coder_impl import create_InputStream
    from apache_beam.runners.portability.fn_api_runner import execution

    beams_partition = execution.ListBuffer.partition

    def partition(self, n: int) -> list[list[bytes]]:
        if self._grouped_output and not self.cleared:
            return self._grouped_output
        if n <= 1 or self.cleared or len(self._inputs) < n:
            return beams_partition(self, n)  # Beam deals the elements itself when chunks are few
        decode = self._coder_impl.decode_from_stream

        def split(chunk: bytes) -> list[bytes]:
            elements, stream, end = [], create_InputStream(chunk), len(chunk)
            while stream.size() > 0:
                start = end - stream.size()
                decode(stream, True)
                elements.append(chunk[start:end - stream.size()])
            return elements

        parts, dealt = balanced_parts(list(self._inputs), n, split)
        if dealt:
            self._grouped_output = parts  # as Beam's own deal of elements: read, not appended to
        return parts

    partition.__doc__ = beams_partition.__doc__
    execution.ListBuffer.partition = partition  # type: ignore[method-assign]  # the patch itself


def _balance_grouping_buffers() -> None:
    """``GroupingBuffer.partition`` (a GroupByKey's output, dealt to the workers) deals whole
    keys by the bytes of their groups when Beam's round-robin deal is not within
    ``BALANCE_TOLERANCE`` of an even split (see the module's docstring). A balanced round-robin
    is kept. ``ReadFiles``' ``SpreadFiles`` has one key per worker: whichever deal is kept,
    each worker gets one key's files (``sources.deal_files``). Each key's group is encoded
    once, as Beam encodes it."""
    from apache_beam.coders.coder_impl import create_OutputStream
    from apache_beam.runners.portability.fn_api_runner import execution
    from apache_beam.transforms.window import GlobalWindow, GlobalWindows
    from apache_beam.utils import windowed_value

    beams_partition = execution.GroupingBuffer.partition

    def partition(self, n: int) -> list[list[bytes]]:
        if self._grouped_output or n <= 1 or not self._windowing.is_default():
            return beams_partition(self, n)
        pane = windowed_value.PaneInfo(is_first=True, is_last=True, timing=windowed_value.PaneInfoTiming.ON_TIME,
                                       index=0, nonspeculative_index=0)
        in_window = GlobalWindows.windowed_value(None, timestamp=GlobalWindow().max_timestamp(),
                                                 pane_info=pane).with_value
        coder_impl = self._post_grouped_coder.get_impl()
        key_coder_impl = self._key_coder.get_impl()
        stream, ends = create_OutputStream(), []
        for encoded_key, values in self._table.items():
            coder_impl.encode_to_stream(in_window((key_coder_impl.decode(encoded_key), values)), stream, True)
            ends.append(stream.size())
        encoded = stream.get()
        groups = [encoded[start:end] for start, end in zip([0, *ends], ends)]
        sizes = [len(g) for g in groups]
        parts = [list(range(k, len(groups), n)) for k in range(n)]  # Beam's deal
        if not is_balanced(sizes, parts):
            parts = deal_chunks(sizes, n)
        self._grouped_output = [[b"".join(groups[i] for i in part)] for part in parts]
        self._table.clear()
        return self._grouped_output

    partition.__doc__ = beams_partition.__doc__
    execution.GroupingBuffer.partition = partition  # type: ignore[method-assign]  # the patch itself


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt parameters, from glibc's malloc.h
MALLOC_THRESHOLD = 128 * 1024  # the runner's
# The workers': they decode, parse and extract, and with the runner's 128 KiB thresholds they
# took 380-390k minor page faults on the 4k article corpus (68k in one process) as they gave
# memory back and took it again; 32 MiB thresholds alone cut that to 240k but let the 10k run's
# tree peak grow 28% (804 -> 1,030 MB: each thread's own malloc arena kept its free memory).
# With one arena, 210k faults and within 4-7% of the old peak (bench/README.md, issue 20, ninth pass).
WORKER_MALLOC_THRESHOLD = 32 * 1024 * 1024
WORKER_MALLOC_ARENAS = 1


def return_freed_memory() -> None:
    """Fix glibc's mmap and trim thresholds in this process, when it is the runner of worker
    processes (when it does the work itself, the page faults cost time); a no-op off glibc.
    libc is this process's own symbols: ``ctypes.util.find_library`` ran ``ldconfig -p`` (a fork
    of this process, 0.03 s of wall) for each bounded run."""
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, MALLOC_THRESHOLD)
    mallopt(_M_TRIM_THRESHOLD, MALLOC_THRESHOLD)


LEAN_WORKER_ENVIRONMENT = {
    "MALLOC_MMAP_THRESHOLD_": str(WORKER_MALLOC_THRESHOLD),
    "MALLOC_TRIM_THRESHOLD_": str(WORKER_MALLOC_THRESHOLD),
    "MALLOC_ARENA_MAX": str(WORKER_MALLOC_ARENAS),
    "ARROW_DEFAULT_MEMORY_POOL": "system",
}


@contextlib.contextmanager
def lean_workers():
    """Worker processes started inside this block hand freed memory back (see above); a
    variable the environment already sets is left as it is, and all are restored after."""
    added = {name: value for name, value in LEAN_WORKER_ENVIRONMENT.items() if name not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


# Beam's modules that import optional extras when they are there, and what they import only
# for them: pandas for batch converters of DataFrames and ReadFromCsv/ReadFromJson-style IO,
# pymongo (with its bson) for MongoDB IO; and ``apache_beam.io`` offers the Google Cloud IO
# (BigQuery, Pub/Sub, GCS, cross-language IO) in one ``try: ... except ImportError`` whose first
# import, ``apache_beam.io.gcp.bigquery``, brings requests, urllib3, google-auth and the BigQuery
# clients: 0.1 s of CPU of every start-up. newsbeam uses none of those.
_HIDDEN_WHILE_IMPORTING = {
    "apache_beam.typehints": ("pandas",),
    "apache_beam.io.textio": ("pandas",),
    "apache_beam.io.mongodbio": ("pymongo", "bson"),
    "apache_beam.io": ("apache_beam.io.gcp.bigquery",),
}
_PANDAS_OPTIONAL = tuple(m for m, names in _HIDDEN_WHILE_IMPORTING.items() if "pandas" in names)


class _BeamWithoutPandas(importlib.abc.MetaPathFinder):
    """Import Beam's modules that merely offer pandas (or MongoDB) extras with those packages
    hidden, unless they are loaded already.

    newsbeam uses none of those extras, and pandas is half of importing Beam: ``import
    apache_beam`` takes 1.9 s of CPU with it and 1.0 s without (loaded 2-core machine, three
    runs each); pymongo another 0.1 to 0.2 s. A package is hidden only while those modules run
    (``import pandas`` raises ImportError there, which Beam handles as the package being
    absent; mongodbio's warning that it found no bson is silenced), and is importable as usual
    afterwards.

    It saves start-up in every process that imports Beam through newsbeam. A process that runs
    stages would still load pandas later: pyarrow imports it on first use of ``pa.array``,
    ``Schema.empty_table``, ``Table.from_pylist`` and the like; ``pipeline.workers`` keeps it
    out of those too.
    """

    def __init__(self):
        self._pending = set(_HIDDEN_WHILE_IMPORTING)

    def find_spec(self, name, path=None, target=None):
        if name not in self._pending:
            return None
        self._pending.discard(name)
        if not self._pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        hidden = tuple(n for n in _HIDDEN_WHILE_IMPORTING[name] if n not in sys.modules)
        if not hidden:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _Hiding(spec.loader, hidden)
        return spec


class _Hiding(importlib.abc.Loader):
    def __init__(self, loader, hidden: tuple[str, ...]):
        self._loader = loader
        self._hidden = hidden

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        import logging

        for name in self._hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # import NAME then raises ImportError
        logger = logging.getLogger(module.__name__)
        level = logger.level
        logger.setLevel(logging.ERROR)  # "Could not find a compatible bson package."
        try:
            self._loader.exec_module(module)
        finally:
            logger.setLevel(level)
            for name in self._hidden:
                if name in sys.modules and sys.modules[name] is None:
                    del sys.modules[name]


def import_beam_without_pandas() -> None:
    """Have the first import of Apache Beam skip pandas (see above) and load ``DEFERRED``
    modules on first use; a no-op once Beam is loaded (and the pandas part once pandas is)."""
    if "apache_beam" in sys.modules:
        return
    defer_imports()
    if "pandas" in sys.modules:
        return
    if not any(isinstance(f, _BeamWithoutPandas) for f in sys.meta_path):
        sys.meta_path.insert(0, _BeamWithoutPandas())


# Modules Beam imports at its top but uses only inside functions newsbeam does not call:
# httplib2 (and pyparsing, through it) for staging files to a remote service
# (``apache_beam.internal.http_client``, imported by the runner and every worker through
# ``runners.portability.stager``), 0.11 s of CPU per process; yaml for the configuration of
# cross-language transforms (``apache_beam.transforms.external``), 0.02 s. Each is bound to
# a ``_Deferred`` module that imports the real one on its first attribute use.
DEFERRED = ("httplib2", "yaml")


class _Deferred(types.ModuleType):
    """Stands for a module not imported yet: the first attribute asked of it imports the
    module, which then replaces it in ``sys.modules`` and lends it its attributes (for the
    modules that bound this one). Python's ``importlib.util.LazyLoader`` cannot serve: the
    import statement reads a module's ``__spec__``, which loads a lazy module at once."""

    def __getattr__(self, attr: str):
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        vars(self).update(vars(real))
        return getattr(real, attr)


def defer_imports() -> None:
    """Bind each ``DEFERRED`` module that is not loaded yet (and is installed) to a
    ``_Deferred`` stand-in, and have Beam's first import bind ``beam_stand_ins``' names;
    idempotent."""
    import importlib.util

    from newsbeam.pipeline import beam_stand_ins

    beam_stand_ins.install()

    for name in DEFERRED:
        if name not in sys.modules and importlib.util.find_spec(name) is not None:
            sys.modules[name] = _Deferred(name)


_warm_installed = False


def use_warm_workers(current_pool: Callable[[], Any]) -> None:
    """Have Beam's ``SubprocessSdkWorker.run`` hand its pipeline to an idle worker of the pool
    ``current_pool()`` returns (``pipeline.workers``', passed in: that module imports this one), when one is open and the worker asked for is Beam's own Python
    SDK worker; otherwise (or with no idle worker) it starts a process as before. Idempotent.

    Beam's ``run`` starts a log server for the worker, starts the worker process with the
    control and logging addresses and the pipeline options in its environment, and waits for
    it to exit; a non-zero status raises. The patched one does the same with a pool worker:
    the environment goes over its stdin, and the wait ends when the worker answers that the
    pipeline is over (see ``pipeline.workers``).
    """
    global _warm_installed
    if _warm_installed:
        return
    import grpc
    from apache_beam.portability.api import beam_fn_api_pb2_grpc, endpoints_pb2
    from apache_beam.runners.portability import local_job_service
    from apache_beam.utils import thread_pool_executor
    from google.protobuf import json_format, text_format

    start_process = local_job_service.SubprocessSdkWorker.run
    beam_command = f"{sys.executable} -m apache_beam.runners.worker.sdk_worker_main"

    def run(self):
        pool = current_pool()
        worker = pool.take() if pool is not None and self._worker_command_line == beam_command else None
        if worker is None:
            return start_process(self)
        options = [("grpc.http2.max_pings_without_data", 0), ("grpc.http2.max_ping_strikes", 0)]
        logging_server = grpc.server(thread_pool_executor.shared_unbounded_instance(), options=options)
        logging_port = logging_server.add_insecure_port("[::]:0")
        logging_server.start()
        beam_fn_api_pb2_grpc.add_BeamFnLoggingServicer_to_server(
            local_job_service.BeamFnLoggingServicer(), logging_server)
        env = {
            "CONTROL_API_SERVICE_DESCRIPTOR": text_format.MessageToString(
                endpoints_pb2.ApiServiceDescriptor(url=self._control_address)),
            "LOGGING_API_SERVICE_DESCRIPTOR": text_format.MessageToString(
                endpoints_pb2.ApiServiceDescriptor(url=f"localhost:{logging_port}")),
            "PIPELINE_OPTIONS": json_format.MessageToJson(self._provision_info.provision_info.pipeline_options),
        }
        if self._worker_id:
            env["WORKER_ID"] = self._worker_id
        status = -1
        try:
            status = worker.serve(env)
            if status:
                raise RuntimeError(f"Worker subprocess exited with return code {status}")
        finally:
            pool.give_back(worker, healthy=status == 0)
            logging_server.stop(0)

    run.__doc__ = start_process.__doc__
    local_job_service.SubprocessSdkWorker.run = run  # type: ignore[method-assign]  # the patch itself
    _warm_installed = True
