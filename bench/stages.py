"""Where a ``newsbeam run`` on the local runner spends its CPU: per fused stage, per process.

    python -m bench.stages --input 'DIR/*' --output OUT [newsbeam run options and Beam flags]
    python -m bench.stages --input 'DIR/*' --output OUT --direct_num_workers=2 \\
                           --direct_running_mode=multi_processing

It runs ``newsbeam run`` in this process with Beam's ``FnApiRunner._execute_bundle`` wrapped:
around every bundle it reads the CPU time (user + system, from ``/proc``) of this process (the
runner, which also holds every buffer between stages and deals them out) and of each SDK
worker process it started. CPU time, not wall time, is what stays meaningful on a loaded
machine. The table shows, per stage (in the order the runner ran them): wall seconds, the
runner's CPU, each worker's CPU, and the encoded bytes the runner handed the stage's worker
bundles (``MB in``); ``w/empty`` counts the bundles sent to workers
(``BundleManager.process_bundle``) and those with no input. A stage
whose CPU sits on one worker while the other idles is serial; time outside every stage
(imports, building the graph, starting workers) is start-up.

With ``--direct_running_mode=in_memory`` (one worker, or threads) all work is the runner's.
Linux only (``/proc``). It prints; it never asserts.
"""
from __future__ import annotations

import dataclasses
import os
import re
import sys
import time

_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return 0.0
    fields = stat[stat.rfind(b")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def worker_pids(root: int | None = None) -> list[int]:
    """The SDK worker processes below ``root`` (default: this process), oldest first."""
    root = root or os.getpid()
    parent: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as fh:
                    stat = fh.read()
            except OSError:
                continue
            parent[int(name)] = int(stat[stat.rfind(b")") + 2:].split()[1])
    found = []
    for pid in sorted(parent):
        up = pid
        while up in parent and up != root:
            up = parent[up]
        if up == root and pid != root:
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    cmd = fh.read()
            except OSError:
                continue
            if (b"sdk_worker" in cmd or b"newsbeam.pipeline.workers" in cmd) and not cmd.startswith(b"/bin/sh"):
                found.append(pid)
    return found


@dataclasses.dataclass
class StageCost:
    name: str
    bundles: int = 0
    wall: float = 0.0
    runner_cpu: float = 0.0
    worker_cpu: dict = dataclasses.field(default_factory=dict)  # pid -> s
    bytes_in: int = 0
    worker_bundles: int = 0  # bundles sent to a worker (one per worker and stage run, in Beam's deal)
    empty_bundles: int = 0  # of those, with no input bytes


def _short(stage_name: str) -> str:
    parts = []
    for part in stage_name.split("+"):
        part = re.sub(r"^ref_AppliedPTransform_", "", part.strip("()"))
        part = re.sub(r"_\d+$", "", part)
        part = re.sub(r"^(Decide|Extract|Commit|Rejects|Stats|ReadInputs|ParseDocuments|Normalize)-", "", part)
        if part and part not in parts:
            parts.append(part)
    return "+".join(parts)


def _cost(costs: list[StageCost], name: str) -> StageCost:
    cost = next((c for c in costs if c.name == name), None)
    if cost is None:
        cost = StageCost(name)
        costs.append(cost)
    return cost


def _input_bytes(inputs) -> int:
    """The encoded bytes of a worker bundle's inputs: lists of bytes as ``ParallelBundleManager``
    deals them, or the runner's buffers (one worker), read after the bundle, when a grouping
    buffer has been grouped into bytes (before, it holds decoded values)."""
    total = 0
    for chunks in inputs.values():
        if not isinstance(chunks, list):
            chunks = getattr(chunks, "_inputs", None) or [
                c for part in (getattr(chunks, "_grouped_output", None) or []) for c in part]
        total += sum(len(c) for c in chunks)
    return total


def install(costs: list[StageCost]) -> None:
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    execute = fn_runner.FnApiRunner._execute_bundle
    process = fn_runner.BundleManager.process_bundle

    def counted(self, inputs, *args, **kwargs):
        try:
            return process(self, inputs, *args, **kwargs)
        finally:
            cost = _cost(costs, _short(self.bundle_context_manager.stage.name))
            size = _input_bytes(inputs)
            cost.worker_bundles += 1
            cost.empty_bundles += not size
            cost.bytes_in += size

    def timed(self, runner_execution_context, bundle_context_manager, bundle_input):
        name = _short(bundle_context_manager.stage.name)
        pids = worker_pids()
        before = {pid: _cpu(pid) for pid in pids}
        cpu0, wall0 = _cpu(), time.perf_counter()
        try:
            return execute(self, runner_execution_context, bundle_context_manager, bundle_input)
        finally:
            wall = time.perf_counter() - wall0
            cpu = _cpu() - cpu0
            # Workers start on the first bundle: count them from zero then.
            after = {pid: _cpu(pid) for pid in worker_pids()}
            cost = _cost(costs, name)
            cost.bundles += 1
            cost.wall += wall
            cost.runner_cpu += cpu
            for pid, seconds in after.items():
                cost.worker_cpu[pid] = cost.worker_cpu.get(pid, 0.0) + seconds - before.get(pid, 0.0)

    fn_runner.FnApiRunner._execute_bundle = timed
    fn_runner.BundleManager.process_bundle = counted


def report(costs: list[StageCost], wall: float, cpu_total: float, workers_total: dict) -> str:
    pids = sorted({pid for c in costs for pid in c.worker_cpu})
    head = f"{'stage':<58}{'bundles':>8}{'w/empty':>8}{'wall s':>8}{'runner':>8}" + "".join(
        f"{'w' + str(i + 1):>7}" for i in range(len(pids))) + f"{'MB in':>8}"
    lines = [head, "-" * len(head)]
    for c in costs:
        lines.append(f"{c.name[:57]:<58}{c.bundles:>8}{f'{c.worker_bundles}/{c.empty_bundles}':>8}{c.wall:>8.2f}{c.runner_cpu:>8.2f}" + "".join(
            f"{c.worker_cpu.get(pid, 0.0):>7.2f}" for pid in pids) + f"{c.bytes_in / 1e6:>8.1f}")
    in_stages_wall = sum(c.wall for c in costs)
    in_stages_runner = sum(c.runner_cpu for c in costs)
    lines.append("-" * len(head))
    worker_bundles = f"{sum(c.worker_bundles for c in costs)}/{sum(c.empty_bundles for c in costs)}"
    lines.append(f"{'all stages':<58}{sum(c.bundles for c in costs):>8}{worker_bundles:>8}{in_stages_wall:>8.2f}"
                 f"{in_stages_runner:>8.2f}" + "".join(
                     f"{sum(c.worker_cpu.get(pid, 0.0) for c in costs):>7.2f}" for pid in pids))
    lines.append(f"{'outside stages (imports, graph, worker start, manifest)':<58}{'':>16}"
                 f"{wall - in_stages_wall:>8.2f}{cpu_total - in_stages_runner:>8.2f}" + "".join(
                     f"{workers_total.get(pid, 0.0) - sum(c.worker_cpu.get(pid, 0.0) for c in costs):>7.2f}"
                     for pid in pids))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    cpu_start = _cpu()
    costs: list[StageCost] = []
    # The worker pool starts as the command starts it, before Beam's import (``newsbeam run``
    # does this first): imported first, Beam delayed the pool and the first stage waited for
    # it (6 to 8 s of wall at load 15, 0.5 s with the pool started first; bench/README.md,
    # "Stop 33").
    from newsbeam.pipeline.cli import start_workers_early

    start_workers_early(["run", *argv])
    import apache_beam  # noqa: F401 (timed as start-up; the wrapper needs the runner module)

    install(costs)
    last_seen: dict[int, float] = {}
    # Worker processes are gone once the run ends: keep their last CPU reading per stage.
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from newsbeam.pipeline.cli import main as newsbeam_main
    execute = fn_runner.FnApiRunner._execute_bundle

    def remember(self, *args):
        try:
            return execute(self, *args)
        finally:
            for pid in worker_pids():
                last_seen[pid] = _cpu(pid)

    fn_runner.FnApiRunner._execute_bundle = remember
    code = newsbeam_main(["run", *argv])
    wall = time.perf_counter() - started
    print()
    print(f"bench.stages: newsbeam run {' '.join(argv)}")
    print(f"wall {wall:.1f} s; CPU (user+sys): runner {_cpu() - cpu_start:.1f} s, workers "
          f"{sum(last_seen.values()):.1f} s ({len(last_seen)} processes)")
    print(report(costs, wall, _cpu() - cpu_start, last_seen))
    return code


if __name__ == "__main__":
    sys.exit(main())
