"""The regression guard: the extractor's output over the shared corpora equals the golden file.

When this fails, the message is the diff (quote, old speaker, new speaker, rule). A deliberate
change rewrites the golden file in the same commit: ``make golden``.
"""
from __future__ import annotations

import dataclasses

import pytest

from tests.corpus import corpus_dir

golden = pytest.importorskip("bench.quotes_golden")

FAST_GROUPS = ("polnear-dev", "feeds", "seed", "random")
SLOW_GROUPS = ("polnear-train", "articles")


def _check(groups):
    corpus_dir("polnear-dev")
    d = golden.diff(golden.read(), groups)
    assert d.docs_compared > 0
    assert not d, "the extractor's output changed (make golden to accept):\n" + d.report()


def test_golden_fast_groups():
    _check(FAST_GROUPS)


@pytest.mark.slow
def test_golden_train_and_article_pages():
    _check(SLOW_GROUPS)


def test_a_changed_speaker_shows_as_a_readable_diff(monkeypatch):
    """The guard can fail, and says what changed: the quote, the old and the new speaker."""
    corpus_dir("polnear-dev")
    real = golden.extract_quotes

    def renamed(title, bullets, body):
        return [dataclasses.replace(q, speaker="Someone Else") if q.speaker else q
                for q in real(title, bullets, body)]

    monkeypatch.setattr(golden, "extract_quotes", renamed)
    d = golden.diff(golden.read(), ("seed",))
    assert d and d.quotes_changed > 0
    text = d.report()
    assert "seed/bench" in text
    assert "now: Someone Else (explicit" in text
    assert "was: Someone Else" not in text and "was: " in text
    line = next(line for line in d.lines if line.startswith("  ~ "))
    assert "“" in line and "was: " in line and "now: Someone Else" in line


def test_a_changed_text_is_one_document_line_not_a_quote_diff(monkeypatch):
    corpus_dir("polnear-dev")
    real_cases = golden.cases

    def edited(groups):
        for group, key, (title, bullets, body) in real_cases(groups):
            yield group, key, (title, bullets, "Inserted. " + body)

    monkeypatch.setattr(golden, "cases", edited)
    d = golden.diff(golden.read(), ("seed",))
    assert len(d.changed_docs) == d.docs_compared > 0
    assert d.quotes_changed == 0
    assert "document changed" in d.report()
