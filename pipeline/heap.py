"""The garbage collector around a run: kept off the objects that live as long as the process.

A run's processes import Beam, pyarrow and newsbeam's stages first: ~100k objects that live as
long as the process, and next to no garbage. Python's collector does not know that: the
allocations of the imports set off collections that walk them again and again, and every full
collection during the run walks them once more (and, in a worker forked from the pool process,
writes to each of their pages, which the kernel then copies). Measured on the 4k feed corpus
(bench/README.md, "Stop 34, scaling"): the collector's CPU over a whole run, all processes,
0.62-0.65 s with two workers and 0.36-0.40 s with one.

* the pool process (``workers._pool_process``) imports with the collector off and freezes
  (``gc.freeze``) what it imported before it forks the workers (``loaded_and_frozen``);
* ``newsbeam run`` imports Beam and the run's modules with the collector off
  (``imported_without_collecting``);
* while a pipeline runs, what existed before it (the imports, the graph) is frozen
  (``frozen_heap``), in the process that runs it.
"""
from __future__ import annotations

import contextlib
import gc
import importlib
from collections.abc import Callable


def imported_without_collecting(*modules: str) -> None:
    """Import ``modules`` with the collector off (see above); then it is on again, as it was.
    Nothing changes when it was off already."""
    if not gc.isenabled():
        for name in modules:
            importlib.import_module(name)
        return
    gc.disable()
    try:
        for name in modules:
            importlib.import_module(name)
    finally:
        gc.enable()


@contextlib.contextmanager
def frozen_heap():
    """While it lasts, the objects alive at its start are out of the collector's sight
    (``gc.freeze``): a full collection during the run walks only what the stages made. Undone
    after (``gc.unfreeze``), unless something had frozen objects already: then nothing is done,
    and nothing undone."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def loaded_and_frozen(load: Callable[[], object]) -> None:
    """``load()`` (imports) with the collector off, then everything alive frozen for good: for a
    process that forks workers next, whose collections then never walk those objects, nor write
    to (and so copy) their pages."""
    gc.disable()
    try:
        load()
        gc.freeze()
    finally:
        gc.enable()
