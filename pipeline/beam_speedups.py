"""Startup costs of Beam 2.77 that newsbeam removes, each measured (see README, "Performance").

``userstate.get_dofn_specs`` inspects the signature of every method of a DoFn, and Beam calls it
about eight times per ParDo while it builds, checks and translates the graph: 600 calls and
19,000 ``inspect.signature`` calls for newsbeam's graph, 0.65 s of a 4 s ``newsbeam run`` on
one small file. The answer only depends on the DoFn object, which does not change once it is
built, so it is remembered per object (weakly: a DoFn that goes away takes its entry with it).

``PipelineOptions.view_as`` builds a new argparse parser over every registered options class
each time it is called, and Beam calls it two or three times per transform while it builds the
graph: about 400 parsers for newsbeam's. Every view of an options object reads and writes the
same underlying dict, so one view per (options, class) is kept and handed out again.
"""
from __future__ import annotations

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
    PipelineOptions.view_as = view_as
    _installed = True
