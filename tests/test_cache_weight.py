"""Beam's state cache weighs a long side input from a sample (pipeline/beam_cache_weight.py,
issue 20, scale5): close to Beam's full walk, without walking every element; short values and
anything else weighed as Beam does; installed in the runner and in a pool worker."""
from __future__ import annotations

from apache_beam.runners.worker import statecache

from newsbeam.pipeline import beam_cache_weight

from tests.preload_probe import after_preload


def _walk():
    beam_cache_weight.install()
    return beam_cache_weight._walk


def _pairs(n: int) -> list[tuple[str, str]]:
    """Like the dataset's known guids: (guid key, article id) pairs of two short strings each."""
    return [(f"guid:https://example.org/news/{i:06d}", f"article-{i:012x}") for i in range(n)]


def test_a_long_list_of_like_elements_is_weighed_within_two_percent_of_the_walk():
    walk = _walk()
    for n in (257, 1000, 9999):
        pairs = _pairs(n)
        assert abs(beam_cache_weight.estimated_deep_size(pairs) - walk(pairs)) <= 0.02 * walk(pairs)
        assert abs(beam_cache_weight.estimated_deep_size(tuple(pairs)) - walk(tuple(pairs))) <= 0.02 * walk(pairs)


def test_only_the_sample_of_a_long_list_is_walked():
    walk = _walk()
    seen: list[int] = []
    try:
        beam_cache_weight._walk = lambda *objs: seen.append(len(objs)) or walk(*objs)
        beam_cache_weight.estimated_deep_size(_pairs(5000))
    finally:
        beam_cache_weight._walk = walk
    assert seen == [beam_cache_weight.SAMPLE]


def test_short_lists_and_other_values_are_weighed_as_beam_does():
    walk = _walk()
    short = _pairs(beam_cache_weight.SAMPLE_OVER)
    mapping = dict(_pairs(1000))  # not a list: walked whole
    for value in (short, mapping, "text", 12, []):
        assert beam_cache_weight.estimated_deep_size(value) == walk(value)
    assert beam_cache_weight.estimated_deep_size(short, "text") == walk(short) + walk("text")


def test_the_runner_and_a_pool_worker_weigh_with_it():
    from newsbeam.pipeline import beam_speedups

    beam_speedups.install()
    assert statecache.get_deep_size is beam_cache_weight.estimated_deep_size
    cache = statecache.StateCache(1 << 20)  # what a worker's SDK harness makes
    assert cache.get("key", lambda key: _pairs(1000)) == _pairs(1000)
    # the pool process installs it before it forks (beam_inspect.install_in_worker)
    printed = after_preload("from apache_beam.runners.worker import statecache\n"
                            "print(statecache.get_deep_size.__module__)")
    assert printed[-1] == "newsbeam.pipeline.beam_cache_weight"
