"""Beam's state cache weighs a long side input from a sample of its elements, not all of them.

Each SDK worker (the runner's own in a one-process run, each pool worker otherwise) keeps the
side inputs it has read in a ``StateCache`` of at most 100 MB, and weighs every value it loads
(``statecache.get_deep_size``: ``objsize`` walks every object the value reaches, in Python) only
to know when to evict. Since scale5b a run's own ``(guid key, article_id)`` pairs
(``decide.DecideArticles``' ``new_guids``) cross as one pickled blob per bundle (a short list of
bytes, weighed whole); the long side input left is the dataset's pairs for the same keys
(``known_guids``, one ``(guid key, article_id)`` pair per id already stored: three objects per
pair, summarized from the index and read by the decisions), the one sampled here. Before
scale5b the run's own pairs were such a list, walked at about 3.8 us an article twice per run and
per worker: on 2,000 feed entries (one worker, pure build) the walks took 0.024 s, 0.013 s of it
the two 1,850-pair lists (bench/README.md, "Stop 41, scale5").

``estimated_deep_size`` weighs a list (or tuple) of more than ``SAMPLE_OVER`` elements as its
own size plus the deep size of ``SAMPLE`` evenly spaced elements scaled to its length; anything
else as Beam does. The weight only decides evictions: for a list of like elements it stays
within a few percent of the walk (tests/test_cache_weight.py), and what a run reads or writes
does not depend on it. Installed in the runner (``beam_speedups.install``) and in the pool
process before it forks its workers (``beam_inspect.install_in_worker``).
"""
from __future__ import annotations

import sys
from typing import Any

# Lists up to this length are weighed whole, as Beam does (a sample would save little).
SAMPLE_OVER = 256
# Elements weighed of a longer list, evenly spaced from its first.
SAMPLE = 64

_installed = False
_walk: Any = None  # Beam's own get_deep_size, kept for what is not sampled


def estimated_deep_size(*objs: Any) -> int:
    """The deep size of ``objs`` in bytes, a long list's or tuple's from a sample (see above)."""
    total = 0
    for obj in objs:
        if type(obj) in (list, tuple) and len(obj) > SAMPLE_OVER:
            n = len(obj)
            sample = [obj[i * n // SAMPLE] for i in range(SAMPLE)]
            total += sys.getsizeof(obj) + _walk(*sample) * n // SAMPLE
        else:
            total += _walk(obj)
    return max(total, 1)


def install() -> None:
    """Beam's state cache weighs with ``estimated_deep_size``; idempotent."""
    global _installed, _walk
    if _installed:
        return
    from apache_beam.runners.worker import statecache

    _walk = statecache.get_deep_size
    statecache.get_deep_size = estimated_deep_size  # read by StateCache.get and put at each call
    _installed = True
