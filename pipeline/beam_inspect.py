"""Beam 2.77's inspection of a DoFn's functions while it builds a graph, remembered per function.

Building and translating newsbeam's graph, Beam reads the same few functions again and again:

* ``core._check_fn_use_yield_and_return``: every ``ParDo`` reads the source of its DoFn's
  ``process`` (``inspect.getsourcelines``: the whole file is tokenized up to the function) to
  warn when it both yields and returns. newsbeam's graph has 67 ParDos over about 20 distinct
  ``process`` functions (``Map`` and ``FlatMap`` share ``CallableWrapperDoFn.process``), 0.17 s
  of CPU (profiled) in the main process, before the first stage, on every run;
* ``core.get_function_args_defaults``: ``inspect.signature`` of a DoFn's methods, asked 1,359
  times (``DoFnSignature`` in every ``ParDo``, its translation to the runner's protos, and
  ``userstate.get_dofn_specs``), 0.27 s (profiled).

Both answers depend only on the function (its code, for the first; the function and whether it
is bound, for the second): each is computed once per function and handed out again, the lists
of the second copied so that no caller can change the remembered ones. Anything else (a
``functools.partial``, a callable object, a built-in) is computed each time, as before. The
functions are held weakly: a lambda of a graph that goes away takes its entry with it.

``userstate.get_dofn_specs`` (``remember_dofn_specs``) is remembered per DoFn and per set of
methods (``dofn_methods``). The runner installs all three (``beam_speedups.install``); a worker
process asks the same questions again each time it builds a stage's ``BundleProcessor``
(``install_in_worker``, called by the worker pool before it forks).
"""
from __future__ import annotations

import types
import weakref
from typing import Any

_installed = False
_specs_remembered = False
beams_check: Any = None  # Beam's own ``_check_fn_use_yield_and_return``, once installed
# newsbeam's own modules whose DoFns' ``process`` Beam would read for its yield-and-return
# warning: tests/test_beam_inspect.py runs Beam's own check over every function a run's graph
# asks about and fails unless each of these modules is in the graph and gives False there, so
# the run skips reading their source (27 functions, 7 ms of CPU per run: tokenizing the files).
OWN_CHECKED = frozenset({
    "newsbeam.transforms.composites.bundle_stats",
    "newsbeam.transforms.composites.decide",
    "newsbeam.transforms.composites.extract",
    "newsbeam.transforms.composites.parse",
    "newsbeam.transforms.composites.sources",
    "newsbeam.transforms.composites.stage",
})
# Sets of methods remembered at most (a long-lived worker given DoFn classes pickled by value gets
# new classes with every pipeline, each holding its functions' globals; newsbeam's own run 14
# classes): past it, forgotten and relearnt. 64, not 1,024: a shared Dask worker keeps no more
# than a few pipelines' classes alive (read44, finding 10).
MAX_METHOD_SETS = 64
MAX_CHECKED = 1024  # code objects whose yield-and-return check is remembered (past it: relearnt)


def _function_of(fn: Any) -> tuple[Any, bool] | None:
    """The plain Python function under ``fn`` and whether ``fn`` is it bound to an object, or
    None when ``fn`` is neither a function nor a bound method of one."""
    if isinstance(fn, types.FunctionType):
        return fn, False
    if isinstance(fn, types.MethodType) and isinstance(fn.__func__, types.FunctionType):
        return fn.__func__, True
    return None


def install() -> None:
    """Remember both answers per function; idempotent."""
    global _installed
    if _installed:
        return
    from apache_beam.transforms import core

    global beams_check
    check = beams_check = core._check_fn_use_yield_and_return
    checked: dict[types.CodeType, Any] = {}

    def check_fn_use_yield_and_return(fn):
        found = _function_of(fn)
        if found is None:
            return check(fn)
        if getattr(found[0], "__module__", None) in OWN_CHECKED:
            return False
        code = found[0].__code__
        if code not in checked:
            if len(checked) >= MAX_CHECKED:
                checked.clear()
            checked[code] = check(fn)
        return checked[code]

    arguments = core.get_function_args_defaults
    known: dict[bool, weakref.WeakKeyDictionary] = {False: weakref.WeakKeyDictionary(),
                                                     True: weakref.WeakKeyDictionary()}

    def get_function_args_defaults(f):
        found = _function_of(f)
        if found is None:
            return arguments(f)
        function, bound = found
        answer = known[bound].get(function)
        if answer is None:
            answer = known[bound][function] = arguments(f)
        args, defaults = answer
        return list(args), list(defaults)

    check_fn_use_yield_and_return.__doc__ = check.__doc__
    get_function_args_defaults.__doc__ = arguments.__doc__
    core._check_fn_use_yield_and_return = check_fn_use_yield_and_return
    core.get_function_args_defaults = get_function_args_defaults
    _installed = True


def dofn_methods(dofn) -> tuple:
    """What ``userstate.get_dofn_specs`` reads of a DoFn: the function under each of its bound
    methods (their parameters' defaults name the state and timer specs), with the DoFn's class.

    DoFns with the same methods have the same specs, and Beam pickles a copy of every DoFn it
    is given (``ParDo``): 141 DoFn objects of 14 classes in a run's graph, each inspected the
    first time it is asked about (0.15 of 0.22 s of CPU building the graph of a one-file run).
    """
    methods = []
    for name in dir(dofn):
        value = getattr(dofn, name, None)
        if isinstance(value, types.MethodType):
            methods.append((name, value.__func__))
    return (type(dofn), tuple(methods))


def remember_dofn_specs() -> None:
    """``userstate.get_dofn_specs`` remembered per DoFn, and computed once per set of methods
    (``dofn_methods``); idempotent."""
    global _specs_remembered
    if _specs_remembered:
        return
    from apache_beam.transforms import userstate

    compute = userstate.get_dofn_specs
    known: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    by_methods: dict[tuple, Any] = {}

    def get_dofn_specs(dofn):
        try:
            return known[dofn]
        except KeyError:
            pass
        except TypeError:  # a DoFn that cannot be hashed or weakly referenced
            return compute(dofn)
        key = dofn_methods(dofn)
        specs = by_methods.get(key)
        if specs is None:
            if len(by_methods) >= MAX_METHOD_SETS:
                by_methods.clear()
            specs = by_methods[key] = compute(dofn)
        known[dofn] = specs
        return specs

    get_dofn_specs.__doc__ = compute.__doc__
    userstate.get_dofn_specs = get_dofn_specs
    _specs_remembered = True


def install_in_worker() -> None:
    """In a worker process: ``get_dofn_specs`` and the signatures remembered as in the runner;
    idempotent. Nothing of the runner's side (buffers, bundles, early workers) is patched.

    A worker builds a ``BundleProcessor`` for each stage it runs, and Beam asks
    ``get_dofn_specs`` (``is_stateful_dofn``, ``validate_stateful_dofn``) about each of the
    stage's DoFns there, each time an ``inspect.signature`` of every method. Without these a
    worker of a 2-worker run took 2,567 signatures and 0.44-0.47 s of CPU (profiled, its 8
    stages) to build its bundle processors, each at the start of a stage, against 0.08 s in a
    one-process run, which had them (bench/README.md, "Stop 40, scale4"). Its state cache
    weighs long side inputs by a sample, as the runner's does (``beam_cache_weight``), and it
    decompresses each distinct pickled step once (``beam_pickle_memo``)."""
    from newsbeam.pipeline import beam_cache_weight, beam_pickle_memo

    remember_dofn_specs()
    install()
    beam_cache_weight.install()
    beam_pickle_memo.install()
