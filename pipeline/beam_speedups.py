"""Costs of Beam 2.77 on the local runner that newsbeam removes, each measured.

``userstate.get_dofn_specs`` inspects the signature of every method of a DoFn, and Beam calls it
about eight times per ParDo while it builds, checks and translates the graph: 600 calls and
19,000 ``inspect.signature`` calls for newsbeam's graph, 0.65 s of a 4 s ``newsbeam run`` on
one small file. The answer only depends on the DoFn object, which does not change once it is
built, so it is remembered per object (weakly: a DoFn that goes away takes its entry with it).

``PipelineOptions.view_as`` builds a new argparse parser over every registered options class
each time it is called, and Beam calls it two or three times per transform while it builds the
graph: about 400 parsers for newsbeam's. Every view of an options object reads and writes the
same underlying dict, so one view per (options, class) is kept and handed out again.

``return_freed_memory`` and ``lean_workers`` are about memory, not startup. The runner process
keeps each stage's output as encoded chunks and frees them stage by stage; the workers decode,
parse and rewrite bucket files with pyarrow. glibc's malloc keeps much of what was freed (its
mmap threshold grows to the largest block freed, so later large blocks come from a heap that is
rarely trimmed), and pyarrow's default pool (mimalloc) keeps its own. With workers, the runner
fixes a 128 KiB mmap and trim threshold in itself, and starts its workers with the same
thresholds (``MALLOC_MMAP_THRESHOLD_``, ``MALLOC_TRIM_THRESHOLD_``) and pyarrow's system pool
(``ARROW_DEFAULT_MEMORY_POOL=system``), unless the environment already sets them. Measured on
the 50k-entry bench corpus (three bounded runs, runner and two workers), peak RSS of the tree:
1,635 MB with the defaults, 1,352 MB with the glibc thresholds, 1,400 MB with the system pool,
1,145 MB with both; run times 105, 100, 98 and 101 s, within this machine's noise.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import importlib.abc
import importlib.machinery
import os
import sys
import weakref

_installed = False


def install() -> None:
    """Remember ``get_dofn_specs`` per DoFn; idempotent."""
    global _installed
    if _installed:
        return
    from apache_beam.transforms import userstate

    compute = userstate.get_dofn_specs
    known: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def get_dofn_specs(dofn):
        try:
            return known[dofn]
        except KeyError:
            specs = known[dofn] = compute(dofn)
            return specs
        except TypeError:  # a DoFn that cannot be hashed or weakly referenced
            return compute(dofn)

    get_dofn_specs.__doc__ = compute.__doc__
    userstate.get_dofn_specs = get_dofn_specs

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
    _installed = True


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt parameters, from glibc's malloc.h
MALLOC_THRESHOLD = 128 * 1024


def return_freed_memory() -> None:
    """Fix glibc's mmap and trim thresholds in this process, when it is the runner of worker
    processes (when it does the work itself, the page faults cost time); a no-op off glibc."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, MALLOC_THRESHOLD)
    mallopt(_M_TRIM_THRESHOLD, MALLOC_THRESHOLD)


LEAN_WORKER_ENVIRONMENT = {
    "MALLOC_MMAP_THRESHOLD_": str(MALLOC_THRESHOLD),
    "MALLOC_TRIM_THRESHOLD_": str(MALLOC_THRESHOLD),
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


# Beam's modules that import pandas when it is there, only to offer pandas-based extras:
# batch converters for DataFrames and batched DoFns, and ReadFromCsv/ReadFromJson-style IO.
_PANDAS_OPTIONAL = ("apache_beam.typehints", "apache_beam.io.textio")


class _BeamWithoutPandas(importlib.abc.MetaPathFinder):
    """Import Beam's modules that merely offer pandas extras with pandas hidden, unless pandas
    is loaded already.

    newsbeam uses none of those extras, and pandas is half of importing Beam: ``import
    apache_beam`` takes 1.9 s of CPU with it and 1.0 s without (loaded 2-core machine, three
    runs each). Pandas is hidden only while those modules run (``import pandas`` raises
    ImportError there, which Beam handles as pandas being absent), and is importable as usual
    afterwards.

    What it saves is the start-up of the runner process of a run with worker processes (2.9 ->
    2.4 s of CPU, three runs each, before the workers can start): that process never touches
    an Arrow table. A process that runs the stages itself still loads pandas, later: pyarrow
    imports it on first use of ``Schema.empty_table``, ``Table.from_pylist`` and the like. So
    do the SDK workers, which is why they keep Beam's own start-up.
    """

    def __init__(self):
        self._pending = set(_PANDAS_OPTIONAL)

    def find_spec(self, name, path=None, target=None):
        if name not in self._pending:
            return None
        self._pending.discard(name)
        if not self._pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        if "pandas" in sys.modules:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _HidingPandas(spec.loader)
        return spec


class _HidingPandas(importlib.abc.Loader):
    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        sys.modules["pandas"] = None  # type: ignore[assignment]  # import pandas then raises ImportError
        try:
            self._loader.exec_module(module)
        finally:
            if "pandas" in sys.modules and sys.modules["pandas"] is None:
                del sys.modules["pandas"]


def import_beam_without_pandas() -> None:
    """Have the first import of Apache Beam skip pandas (see above); a no-op once Beam or
    pandas is loaded."""
    if "apache_beam" in sys.modules or "pandas" in sys.modules:
        return
    if not any(isinstance(f, _BeamWithoutPandas) for f in sys.meta_path):
        sys.meta_path.insert(0, _BeamWithoutPandas())
