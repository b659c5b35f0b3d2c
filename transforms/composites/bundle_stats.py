"""Run statistics counted per bundle: a step adds to its counts for each element and hands them
on once, when the bundle ends, instead of one ``(name, n)`` element per count per article.

Every element a step outputs costs the runner an encode, a buffer and a decode before the
stats' combine; the extract and decide steps output about three counts per article. Summed per
bundle, a run's statistics are the same: a name is reported when some element counted it, even
by zero, as before.
"""
from __future__ import annotations

from apache_beam import DoFn, pvalue
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

from newsbeam.transforms.composites.write_config import stat


class CountsPerBundle:
    """A DoFn mixin: ``self.count(name, n)`` in ``process``; the counts leave on the tag
    ``STATS`` at the end of the bundle (the steps that use it run in the global window)."""

    STATS = "stats"

    def start_bundle(self):
        self._counts: dict[str, int] = {}

    def count(self, name: str, n: int = 1) -> None:
        self._counts[name] = self._counts.get(name, 0) + n

    def finish_bundle(self):
        counts, self._counts = self._counts, {}
        for name in sorted(counts):
            yield pvalue.TaggedOutput(self.STATS, WindowedValue(stat(name, counts[name]), MIN_TIMESTAMP,
                                                                (GlobalWindow(),)))


class CountElements(DoFn):
    """``(name, n)``: how many elements a bundle held, one element per bundle (none when it held
    none), in place of a ``(name, 1)`` per element."""

    def __init__(self, name: str):
        self._name = name

    def start_bundle(self):
        self._n = 0

    def process(self, element):
        self._n += 1
        return ()

    def finish_bundle(self):
        if self._n:
            yield WindowedValue(stat(self._name, self._n), MIN_TIMESTAMP, (GlobalWindow(),))
