"""A Reshuffle of one partition (the matched files, the index shards) deals every element,
heaviest first, to the lightest hand (issue 20; bench/README.md, "Stop 43, dask7")."""
from __future__ import annotations

from newsbeam.pipeline.dask_deal import _plan


def _loads(weights, plan, hands):
    loads = [0] * hands
    for ws, ps in zip(weights, plan):
        for w, j in zip(ws, ps):
            loads[j] += w
    return loads


def test_one_partition_puts_large_and_small_elements_in_every_hand():
    # Four large files and eight small ones: kept home, hand 0 took the four large ones and hand
    # 1 the eight small ones; a weight that errs by size then erred on one hand only.
    weights = [[400, 390, 380, 370] + [100, 95, 95, 90, 90, 85, 80, 75]]
    plan = _plan(weights, 2)[0]
    large = [plan[i] for i in range(4)]
    small = [plan[i] for i in range(4, 12)]
    assert sorted(large) == [0, 0, 1, 1]
    assert 0 in small and 1 in small
    loads = _loads(weights, [plan], 2)
    assert plan == [0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0]
    assert loads == [1125, 1125]


def test_one_partition_deals_three_hands_heaviest_first_to_the_lightest():
    assert _plan([[5, 4, 3, 3, 2, 1]], 3) == [[0, 1, 2, 2, 1, 0]]  # 6 / 6 / 6


def test_several_partitions_still_keep_their_elements_home():
    assert _plan([[1] * 5, [1] * 5], 2) == [[0] * 5, [1] * 5]
    assert _plan([[3, 1], [2, 2]], 2) == [[0, 0], [1, 1]]
