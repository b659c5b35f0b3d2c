"""One split of the body serves the language detection and the body's cue index (issue 15).

``language.article_stopwords`` splits the body once: the words that ``detect`` counts in the
first characters of ``title + "\\n" + body`` and the words ``cues.CueIndex`` intersects with its
lexicon. The two splits differ (letters outside ASCII, control characters, the sample's end), so
the shared one is checked against each on random articles built around the sample's end.
"""
from __future__ import annotations

import random

from newsbeam.transforms.quotes.cues import _INDEXED_BYTES, _SEPARATORS, CueIndex
from newsbeam.transforms.quotes.language import (
    _SAMPLE, _stopwords_in, article_stopwords, ascii_lower, detect, detect_article)

_PIECES = ["the ", "and ", "la ", "und ", "que ", "não ", "für ", "más ", "él ", "le ", "des ", "x", ".", ",",
           "?", "’", "“", "”", "…", "—", "–", "é", "á", "\u0301", "ß", "ж", "中", "_", "1", "²", "\u00a0",
           "\u2009", "\n", "\t", "-", "'s", " ", "The ", "UND ", "Que ", "É", "Ж", "Σ", "said", "Said ",
           "claims", " according", "to", "told ", "statement", "saidx", "sai", "d", "ll"]
_RARE = ["\u0130", "\u212a", "\x01", "\x7f", "\x1c", "\x00", "\x0b"]


def _text(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    n = 0
    while n < size:
        piece = rng.choice(_RARE) if rng.random() < 0.0005 else rng.choice(_PIECES)
        parts.append(piece)
        n += len(piece)
    return "".join(parts)[:size]


def _article(rng: random.Random) -> tuple[str, str]:
    title = _text(rng, rng.choice([0, 1, 5, rng.randint(0, 120)]))
    head = _SAMPLE - len(title) - 1
    size = rng.choice([rng.randint(0, 300), head + rng.randint(-40, 40), head, head + 1, rng.randint(0, 7000)])
    return title, _text(rng, max(0, size))


def _cue_words(body: str) -> set[bytes]:
    raw = ascii_lower(body)
    assert raw is not None
    return set(raw.translate(_SEPARATORS).split())


def test_shared_split_counts_and_words_are_each_consumers_own():
    rng = random.Random(1513)
    shared = 0
    for _ in range(1500):
        title, body = _article(rng)
        counts, words = article_stopwords(title, body)
        assert counts == _stopwords_in((title + "\n" + body)[:_SAMPLE]), (title, body)
        lang, shared_layer = detect_article(title, body)
        assert lang == detect(title + "\n" + body)
        assert (shared_layer[1] if shared_layer is not None else None) == words
        if words is None:
            continue
        shared += 1
        letters = {w for w in words if w and b"?" not in w}
        assert letters == _cue_words(body), (title, body)
        assert all(w.isalpha() for w in letters)
        assert _INDEXED_BYTES.intersection(words) == _INDEXED_BYTES.intersection(_cue_words(body))
    assert shared > 600  # most articles share their split (799 with this seed)


def test_cue_index_with_shared_words_is_the_same():
    rng = random.Random(1514)
    for _ in range(300):
        title, body = _article(rng)
        words = article_stopwords(title, body)[1]
        if words is None:
            continue
        mine, own = CueIndex(body, words=words), CueIndex(body)
        assert mine._present == own._present
        assert [(c.s, c.e, c.word) for c in mine.cues] == [(c.s, c.e, c.word) for c in own.cues]


def test_control_characters_and_folding_letters_share_nothing():
    body = "Ann Lee said\x01 so. " * 3
    assert article_stopwords("", body)[1] is None
    assert article_stopwords("", "Ann said \u0130t.")[1] is None
    assert article_stopwords("\u212a", "Ann said it.")[1] is None
    assert article_stopwords("x" * _SAMPLE, "Ann said it.")[1] is None  # the title fills the sample
    assert article_stopwords("", "Ann said it.")[1] is not None
