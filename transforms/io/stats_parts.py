"""A run's statistics on their way from its steps to its manifest: each bundle that counted leaves
one part (``write_part``, in the worker), and the main process sums the parts once the pipeline
has finished (``take_parts``), in place of a global combine inside the pipeline.

A part's name is random: a bundle the runner ran twice (a retry after a worker was lost) would
count twice. The local runner never retries a bundle (a failed one fails the run); the counts
are the manifest's statistics, never data.
"""
from __future__ import annotations

import json
import uuid

from newsbeam.schemas.runstats import RunStats
from newsbeam.transforms.io import dataset, layout
from newsbeam.transforms.io.dataset import Location

_PART_SUFFIX = ".json"


def write_part(location: Location, run_id: str, sums: dict[str, int]) -> str:
    """Leave ``sums`` (counter name -> count) as one part of the run's statistics; returns its
    path. Written under a hidden name and renamed, so a part is read whole or not at all."""
    fs, _ = location.fs_and_root
    directory = location.path(layout.run_stats(run_id))
    fs.create_dir(directory, recursive=True)
    name = uuid.uuid4().hex
    tmp, path = f"{directory}/.{name}.tmp", f"{directory}/{name}{_PART_SUFFIX}"
    with fs.open_output_stream(tmp) as out:
        out.write(json.dumps(sorted(sums.items())).encode())
    fs.move(tmp, path)
    return path


def take_parts(location: Location, run_id: str) -> RunStats:
    """The sum of every part the run's steps left (empty statistics when none), which are then
    deleted. Counters add up as the steps counted them, ``index_rows`` too (each index shard
    counts its own)."""
    fs, _ = location.fs_and_root
    directory = location.path(layout.run_stats(run_id))
    pairs: list[tuple[str, int]] = []
    for info in dataset.list_files(fs, directory):
        if info.base_name.endswith(_PART_SUFFIX) and not info.base_name.startswith("."):
            with fs.open_input_stream(info.path) as fh:
                pairs += [(name, n) for name, n in json.loads(fh.read())]
    try:
        fs.delete_dir(directory)
    except FileNotFoundError:
        pass
    return RunStats.of(pairs)
