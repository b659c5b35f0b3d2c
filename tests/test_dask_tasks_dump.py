"""bench.dask_tasks' dump counts every transfer of an output between workers, as its printed
table does (an output fetched by both workers, or twice, counts each time)."""
from __future__ import annotations

from bench.dask_tasks import _crossed_by_key


def test_every_transfer_of_a_key_is_summed():
    crossed = {"w1": [("extract-1", 300), ("stats-2", 10)], "w2": [("extract-1", 300), ("extract-1", 300)]}
    assert _crossed_by_key(crossed, ["w1", "w2"]) == {"extract-1": 900, "stats-2": 10}
