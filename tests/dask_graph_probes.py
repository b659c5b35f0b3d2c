"""What the graph-level Dask tests share (test_dask_siblings, test_dask_picks): two made-up
worker addresses, a task key's stage labels, and a ParDo's tagged partition."""
from __future__ import annotations

WORKERS = ["tcp://127.0.0.1:1", "tcp://127.0.0.1:2"]


def stages(key: str) -> list[str]:
    """The stage labels a (fused) task's key names."""
    return key.rsplit("-", 1)[0].split("+")


def tagged(part):
    """A ParDo's partition: (tag, value) pairs, kept and rejected."""
    return [("kept" if x % 3 else "rejected", x) for x in part]


def values(part, tag):
    """The values of ``part`` under ``tag``."""
    return [x for got, x in part if got == tag]
