"""A pool worker reads its stages' DoFns as the runner does: ``get_dofn_specs`` and the
signatures remembered (pipeline/beam_inspect.py ``install_in_worker``, issue 20, scale4).

Each worker builds a ``BundleProcessor`` per stage, and Beam asks ``get_dofn_specs`` about
every DoFn of the stage there; without the memo each ask was an ``inspect.signature`` of every
method of a freshly unpickled DoFn."""
from __future__ import annotations

from tests.preload_probe import after_preload

# Runs in a fresh process after the preload, as the pool process does before it forks
# (``preload_probe.after_preload``): the questions a worker's bundle processors ask about two
# unpickled copies of one DoFn.
_WORKER = """
import inspect, pickle, sys
import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.transforms import core, userstate

class Tally(beam.DoFn):
    def setup(self):
        self.n = 0

    def process(self, element, scale=2):
        yield element * scale

print(userstate.get_dofn_specs.__module__, core.get_function_args_defaults.__module__)
print(PipelineOptions.view_as.__module__)  # the runner's option views: not the worker's business
from apache_beam.runners.portability.fn_api_runner import execution
print(execution.ListBuffer.partition.__module__)  # nor the runner's deal of a stage's input
asked = []
signature = inspect.signature
inspect.signature = lambda *a, **k: asked.append(1) or signature(*a, **k)
blob = pickle.dumps(Tally())
first = None
for copy in (pickle.loads(blob), pickle.loads(blob)):  # each stage unpickles its own
    for _ in range(5):
        userstate.is_stateful_dofn(copy)
        first = len(asked) if first is None else first
        userstate.validate_stateful_dofn(copy)
print(first, len(asked))
"""


def test_the_pool_remembers_what_its_workers_read_of_a_dofn_and_nothing_of_the_runners():
    specs, views, deal, asked = after_preload(_WORKER)
    assert specs.split() == ["newsbeam.pipeline.beam_inspect", "newsbeam.pipeline.beam_inspect"]
    assert views != "newsbeam.pipeline.beam_speedups" and deal != "newsbeam.pipeline.beam_speedups"
    # the first question reads every method's signature once; the other 19, about both copies,
    # read none (Beam's own read them all again each time: 20 times as many)
    first, total = map(int, asked.split())
    assert 0 < first == total


def test_the_pool_process_still_forks_with_one_thread():
    """The memo starts no thread: the pool can still fork safely (test_workers checks the preload
    as a whole; this pins that the new step is part of it)."""
    printed = after_preload("from apache_beam.transforms import userstate\n"
                            "print(workers.threads_at_fork(), userstate.get_dofn_specs.__module__)")
    assert " ".join(printed).split() == ["1", "newsbeam.pipeline.beam_inspect"]
