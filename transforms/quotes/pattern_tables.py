"""Tables of regexes by key (a language, a kind of body), each compiled the first time a rule
asks for it.

Every worker process imports the extractor before its first bundle (the pool's preload,
``pipeline/workers.py``), and the local runner's first stage waits for that preload (issue 20,
bench/README.md "Stop 38, imports"). Compiling a regex is most of what importing a rule module
costs, and a table compiles one pattern per key: the Spanish, French and Portuguese outlets'
patterns (``outlet_source``) on an English article, or the patterns of the 21 kinds of body
(``named_bodies``) where an article says "the ministry" but never "the tribunal", are never
read. A table holds the sources and compiles a key's pattern on its first read, then keeps it:
the same pattern, the same matches, paid only where used. ``every`` compiles them all (the
bounded-regex test checks each one).
"""
from __future__ import annotations

import re
from collections.abc import Mapping


class PatternTable:
    """``re.compile(sources[key], flags)`` for each key, compiled on its first read."""

    def __init__(self, sources: Mapping[str, str], flags: int = 0) -> None:
        self._sources: dict[str, str] = dict(sources)
        self._flags = flags
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, key: str) -> re.Pattern[str]:
        pattern = self._compiled.get(key)
        if pattern is None:
            # two threads may both compile it once: the same pattern either way
            pattern = self._compiled[key] = re.compile(self._sources[key], self._flags)
        return pattern

    def get(self, key: str) -> re.Pattern[str] | None:
        """The key's pattern, or None for a key the table has no source for."""
        return self[key] if key in self._sources else None

    def __contains__(self, key: object) -> bool:
        return key in self._sources

    def keys(self) -> list[str]:
        return list(self._sources)

    def compiled_keys(self) -> list[str]:
        """The keys compiled so far (first reads)."""
        return list(self._compiled)

    def every(self) -> tuple[re.Pattern[str], ...]:
        """Every key's pattern, all compiled now."""
        return tuple(self[key] for key in self._sources)
