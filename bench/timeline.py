"""When each worker of a ``newsbeam run`` is busy, stage by stage: a timeline of bundles.

    python -m bench.timeline --input 'DIR/*' --output OUT --direct_num_workers=2 \\
                             --direct_running_mode=multi_processing

Beam's FnApiRunner runs the fused stages one after another. With N worker processes it
splits each stage's input buffer into N parts (``PartitionableBuffer.partition``) and sends
each part, as one bundle, to a worker; the stage ends when the slowest part ends (a barrier).
This wraps ``BundleManager.process_bundle`` (one call per part) and ``FnApiRunner._execute_bundle`` (one call per stage run)
and prints, per stage, its start and length and, per part, when it started and ended (seconds
from the first stage), its input bytes, and the stage's idle share: the time a worker waited
for the slowest part, over the stage's length. That idle share, summed over the stages, is
where two workers lose against one. It prints; it never asserts.
"""
from __future__ import annotations

import dataclasses
import sys
import threading
import time

from bench.stages import _short


@dataclasses.dataclass
class Part:
    start: float
    end: float
    bytes_in: int


@dataclasses.dataclass
class Stage:
    name: str
    start: float
    end: float = 0.0
    parts: list = dataclasses.field(default_factory=list)
    idle: float = 0.0  # worker-seconds waiting for the slowest part


def _bytes(part_map) -> int:
    total = 0
    for chunks in (part_map or {}).values():
        try:
            total += sum(len(c) for c in chunks)
        except TypeError:
            pass
    return total


def install(stages: list[Stage]) -> None:
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    lock = threading.Lock()
    run_bundle = fn_runner.BundleManager.process_bundle
    run_stage = fn_runner.FnApiRunner._execute_bundle

    def bundle(self, inputs, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return run_bundle(self, inputs, *args, **kwargs)
        finally:
            t1 = time.perf_counter()
            if stages:
                with lock:
                    stages[-1].parts.append(Part(t0, t1, _bytes(inputs)))

    def stage(self, runner_execution_context, bundle_context_manager, *args):
        stages.append(Stage(_short(bundle_context_manager.stage.name), time.perf_counter()))
        try:
            return run_stage(self, runner_execution_context, bundle_context_manager, *args)
        finally:
            stages[-1].end = time.perf_counter()

    fn_runner.BundleManager.process_bundle = bundle  # type: ignore[method-assign]  # the probe
    fn_runner.FnApiRunner._execute_bundle = stage  # type: ignore[method-assign]


def report(stages: list[Stage], top: int = 40) -> str:
    if not stages:
        return "no stages"
    origin = stages[0].start
    total = stages[-1].end - origin
    lines = [f"{'stage':<52}{'start':>7}{'len s':>7}{'idle s':>7}  parts: start-end s (MB in)"]
    idle_sum = 0.0
    for s in stages:
        busy = [p.end - p.start for p in s.parts]
        s.idle = sum(max(busy) - b for b in busy) if len(busy) > 1 else 0.0
        idle_sum += s.idle
    shown = set(id(s) for s in sorted(stages, key=lambda s: -(s.end - s.start))[:top])
    for s in stages:
        if id(s) not in shown:
            continue
        parts = "  ".join(f"{p.start - origin:.2f}-{p.end - origin:.2f} ({p.bytes_in / 1e6:.2f})" for p in s.parts)
        lines.append(f"{s.name[:51]:<52}{s.start - origin:>7.2f}{s.end - s.start:>7.2f}{s.idle:>7.2f}  {parts}")
    in_stages = sum(s.end - s.start for s in stages)
    lines.append(f"{len(stages)} stage runs, {in_stages:.1f} s from the first stage's start to the last's end "
                 f"{total:.1f} s; worker idle inside stages (waiting for the slower part): {idle_sum:.1f} worker-s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    from newsbeam.pipeline.cli import start_workers_early

    start_workers_early(["run", *argv])  # as the command does, before Beam (see bench.stages)
    import apache_beam  # noqa: F401

    stages: list[Stage] = []
    install(stages)
    from newsbeam.pipeline.cli import main as newsbeam_main
    code = newsbeam_main(["run", *argv])
    wall = time.perf_counter() - started
    print()
    print(f"bench.timeline: newsbeam run {' '.join(argv)}")
    first = stages[0].start - started if stages else 0.0
    print(f"wall {wall:.1f} s; before the first stage {first:.1f} s; after the last "
          f"{(started + wall - stages[-1].end) if stages else 0.0:.1f} s")
    print(report(stages))
    return code


if __name__ == "__main__":
    sys.exit(main())
