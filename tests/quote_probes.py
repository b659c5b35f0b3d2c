"""Probe helpers for the per-rule quote tests: made-up body text after a fixed opening paragraph."""
from __future__ import annotations

from collections.abc import Callable

from newsbeam.transforms.quotes import extract_quotes


def probes(intro: str, language: str) -> tuple[Callable, Callable]:
    """``(quotes, found)`` for bodies read after ``intro`` in ``language``: ``quotes(body)`` lists
    (text, speaker, rule) of every quote, ``found(body, words)`` the one quote whose text is
    ``words`` (asserting there is exactly one)."""

    def quotes(body: str):
        return [(q.text, q.speaker, q.rule) for q in extract_quotes("", [], intro + body, language)]

    def found(body: str, words: str):
        hits = [q for q in quotes(body) if q[0] == words]
        assert len(hits) == 1, quotes(body)
        return hits[0]

    return quotes, found
