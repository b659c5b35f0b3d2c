"""pipeline/beam_inspect.py: Beam's reading of a DoFn's functions while it builds a graph,
remembered per function, with the same answers as Beam's own (issue 20, start-up)."""
from __future__ import annotations

import functools
import inspect

import apache_beam as beam
import pytest
from apache_beam.transforms import core
from newsbeam.pipeline import beam_inspect, beam_speedups


class Counting(beam.DoFn):
    def process(self, element, offset=3, *rest, state=beam.DoFn.StateParam):
        yield element + offset


class YieldsAndReturns(beam.DoFn):
    def process(self, element):
        if element:
            yield element
        return [element]


def add(a, b, c=2):
    return a + b + c


def test_installed_with_beams_other_speedups_and_idempotent():
    beam_speedups.install()
    patched = core.get_function_args_defaults
    beam_inspect.install()
    assert core.get_function_args_defaults is patched
    assert core.get_function_args_defaults.__module__ == "newsbeam.pipeline.beam_inspect"
    assert core._check_fn_use_yield_and_return.__module__ == "newsbeam.pipeline.beam_inspect"


@pytest.mark.parametrize("fn", [Counting().process, add, lambda x, y=1: x, functools.partial(add, 1), len,
                                beam.Map(str).fn.process])
def test_the_same_answer_each_time_and_the_signatures_arguments(fn):
    beam_speedups.install()
    try:
        signature = inspect.signature(fn)
    except ValueError:  # a built-in without one: Beam's catch-all signature
        assert core.get_function_args_defaults(fn) == core.get_function_args_defaults(fn)
        return
    want = [n for n, p in signature.parameters.items() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    first = core.get_function_args_defaults(fn)
    assert first == core.get_function_args_defaults(fn)
    assert first[0] == want


def test_a_bound_method_and_its_function_are_told_apart():
    beam_speedups.install()
    bound = core.get_function_args_defaults(Counting().process)
    unbound = core.get_function_args_defaults(Counting.process)
    assert bound == (["element", "offset"], [3])
    assert unbound == (["self", "element", "offset"], [3])


def test_a_caller_that_changes_the_answer_does_not_change_the_next_one():
    beam_speedups.install()
    args, defaults = core.get_function_args_defaults(add)
    args.append("changed")
    defaults.clear()
    assert core.get_function_args_defaults(add) == (["a", "b", "c"], [2])


def test_the_source_is_read_once_per_function_and_the_warning_still_found(monkeypatch):
    beam_speedups.install()
    calls = []
    read = inspect.getsourcelines
    monkeypatch.setattr(inspect, "getsourcelines", lambda fn: calls.append(fn) or read(fn))
    assert core._check_fn_use_yield_and_return(YieldsAndReturns().process) is True
    assert core._check_fn_use_yield_and_return(YieldsAndReturns().process) is True
    for _ in range(3):
        beam.ParDo(YieldsAndReturns())
    assert len(calls) <= 1  # once, or never when an earlier test asked first
    assert core._check_fn_use_yield_and_return(Counting().process) is False


def _own_dofn_processes():
    import importlib

    for name in sorted(beam_inspect.OWN_CHECKED):
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, beam.DoFn) and value.__module__ == name:
                yield value


def test_the_own_modules_processes_pass_beams_check_so_the_run_skips_reading_them(caplog):
    """Every DoFn class of the modules the run does not read: Beam's own check says False and
    warns nothing (no ``return None`` beside a ``yield``) on its ``process``."""
    beam_speedups.install()
    classes = list(_own_dofn_processes())
    assert len(classes) >= len(beam_inspect.OWN_CHECKED)
    for cls in classes:
        instance = cls.__new__(cls)  # no __init__: only the bound method is read
        with caplog.at_level("WARNING"):
            assert beam_inspect.beams_check(instance.process) is False, cls
        assert not caplog.records, cls


def test_the_skipped_modules_are_asked_about_by_a_runs_graph(monkeypatch):
    """Each skipped module's DoFns are in a run's graph (no stale entry). A newsbeam module not
    in the list is still read: a missed speed-up, not a missed warning, so it is not a failure."""
    from newsbeam.pipeline.api import run_config
    from newsbeam.pipeline.build import build_pipeline

    beam_speedups.install()
    asked = []
    patched = core._check_fn_use_yield_and_return
    monkeypatch.setattr(core, "_check_fn_use_yield_and_return", lambda fn: asked.append(fn) or patched(fn))
    build_pipeline(beam.Pipeline(runner="FnApiRunner"), run_config(["/nonexistent/*.xml"], "/tmp/x"))
    own = {getattr(fn, "__func__", fn).__module__ for fn in asked} - {"apache_beam.transforms.core",
                                                                     "apache_beam.transforms.util"}
    assert set(beam_inspect.OWN_CHECKED) <= own
    assert all(name.startswith("newsbeam.") for name in own)
