"""No bundle for a worker process that has nothing to read (bench/README.md, "Stop 38, stages").

Beam's ``ParallelBundleManager`` runs every stage as one bundle on each of the N worker
processes, whatever its input: the materialized input is dealt N ways (``partition``) and each
part, empty or not, is sent as a bundle. An empty bundle still costs its worker a round: the
process-bundle request, the data and state channels opened and closed, every DoFn's
``start_bundle``/``finish_bundle``, the response with its metrics, and the runner's thread
waiting on it (stop 35 measured 20-25 ms of CPU per bundle and process). A run has stages that
are empty on most runs (``Decide/GroupRerouted``: only articles a guid rename moves to another
index shard; the stale files and the rejects of a clean run) and stages whose input is one
element (the start element, ``Impulse``) or fewer keys than workers (a run that touches one
partition), so a two-worker run paid those rounds for nothing.

``ParallelBundleManager.process_bundle`` here sends a bundle only to the parts that hold input;
when no part does, one bundle still runs (on one worker), so every stage still runs at least
once, as with one worker: a DoFn that emits from ``finish_bundle`` (``_SizesPerBundle``, the
statistics parts, ``CountsPerBundle``) emits nothing for an empty bundle, and the datasets do
not depend on how the input is dealt (tests/test_dataset_identity.py: one worker against two).
Fired timers go with the first part, as Beam sends them (newsbeam sets none).

A worker may so get no bundle in a whole run, and then nothing waits for it to connect: Beam's
``ControlConnection.close`` ended only a connected worker, and one connecting after the run's
close hung ``close_all`` (withdrawn at stop 38's merge for that). ``beam_early_workers``'
``end_late_workers`` ends such a worker (bench/README.md, "Stop 39, scale3"): ``install`` installs
it too.
"""
from __future__ import annotations

_installed = False


def parts_to_run(part_inputs: list[dict[str, list[bytes]]], has_timers: bool) -> list[int]:
    """The indexes of the parts that get a bundle: those with input bytes, and the first part
    when it carries the timers or when no part has input (a stage runs at least once)."""
    chosen = [k for k, part in enumerate(part_inputs)
              if any(chunk for chunks in part.values() for chunk in chunks)]
    if (has_timers or not chosen) and 0 not in chosen:
        chosen.insert(0, 0)
    return chosen


def install() -> None:
    """Patch ``ParallelBundleManager.process_bundle`` (see the module's docstring), and
    ``ControlConnection.close`` so that a worker left with no bundle ends at the run's close
    (``beam_early_workers.install_close``); idempotent."""
    global _installed
    if _installed:
        return
    import itertools

    from newsbeam.pipeline.beam_early_workers import install_close

    from apache_beam.metrics import monitoring_infos
    from apache_beam.portability.api import beam_fn_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.utils import thread_pool_executor

    beams_process_bundle = fn_runner.ParallelBundleManager.process_bundle

    def process_bundle(self, inputs, expected_outputs, fired_timers, expected_output_timers, dry_run=False):
        n = self._num_workers
        if n <= 1:
            return beams_process_bundle(self, inputs, expected_outputs, fired_timers, expected_output_timers, dry_run)
        part_inputs: list[dict[str, list[bytes]]] = [{} for _ in range(n)]
        for name, buffer in inputs.items():
            for k, part in enumerate(buffer.partition(n)):
                part_inputs[k][name] = part
        chosen = parts_to_run(part_inputs, bool(fired_timers))

        def execute(k: int):
            return fn_runner.BundleManager(
                self.bundle_context_manager, self._progress_frequency,
                cache_token_generator=self._cache_token_generator,
            ).process_bundle(part_inputs[k],  # type: ignore[arg-type]  # lists of bytes, as Beam sends its parts
                             expected_outputs, fired_timers if k == 0 else {}, expected_output_timers, dry_run)

        merged = None
        splits: list = []
        with thread_pool_executor.shared_unbounded_instance() as executor:
            for result, split in executor.map(execute, chosen):
                splits += split
                if merged is None:
                    merged = result
                else:  # as Beam merges its parts' results
                    merged = beam_fn_api_pb2.InstructionResponse(
                        process_bundle=beam_fn_api_pb2.ProcessBundleResponse(
                            monitoring_infos=monitoring_infos.consolidate(itertools.chain(
                                result.process_bundle.monitoring_infos, merged.process_bundle.monitoring_infos))),
                        error=result.error or merged.error)
        assert merged is not None  # parts_to_run chooses one part at least
        return merged, splits

    process_bundle.__doc__ = beams_process_bundle.__doc__
    install_close()  # without it, a worker that got no bundle and connects late hangs close_all
    fn_runner.ParallelBundleManager.process_bundle = process_bundle  # type: ignore[method-assign]  # the patch
    _installed = True
