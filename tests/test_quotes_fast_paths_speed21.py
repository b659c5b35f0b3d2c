"""speed21's fast paths, checked against the plain code they replace (made-up text only).

- ``tokens.Sentences``: each full stop read by ``tokens._dot_end``, not a regex split;
- ``tokens.long_words`` (``kinds.title_case``): ``WORDS.findall``'s long words, counted;
- ``trailing.tail_lead_end``: ``TAIL_LEAD.match(...).end()`` without the regex;
- the gates: ``is_dated_entry`` (a colon first, the quote's words split at most 16 times),
  ``lead_in``'s dash label (a colon), ``_unlisted_verb`` (an "ed"), ``caps_heading._in_capitals``
  (``str.isupper`` first), ``word_before`` (``rsplit``).
"""
from __future__ import annotations

import random
import re
import sys

from newsbeam.transforms.quotes.caps_heading import _MARKS, _in_capitals
from newsbeam.transforms.quotes.cues import word_before as cue_word_before
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.split_kinds import _DATED_ENTRY, _ENTRY_WINDOW, _MAX_WORDS, _PERSONS, is_dated_entry
from newsbeam.transforms.quotes.tokens import WORDS, word_before
from newsbeam.transforms.quotes.trailing import TAIL_LEAD, tail_lead_end


def test_tail_lead_end_is_the_regex_end():
    rng = random.Random(5)
    alphabet = " \t\n\u00a0\u2028\u3000,.;:!?ab”—"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 9)))
        lo, hi = rng.randrange(0, 11), rng.randrange(0, 11)
        m = TAIL_LEAD.match(text, lo, hi)
        assert tail_lead_end(text, lo, hi) == (m.end() if m is not None else lo), (text, lo, hi)


def test_tail_lead_end_space_is_regex_space():
    space = re.compile(r"\s")
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if (space.match(c) is not None) != c.isspace()] == []


def _dated_entry_before(text: str, span: Span, quoted: str) -> bool:
    """``is_dated_entry`` as before speed21 (the quote's words counted first)."""
    if span.continued or len(quoted.split()) > _MAX_WORDS:
        return False
    lo = max(0, span.open_at - _ENTRY_WINDOW)
    before = text[lo:span.open_at]
    if ":" not in before:
        return False
    if quoted.rstrip(" \t\"'”’»«“›‹").rstrip()[-1:] == "." or any(w.lower() in _PERSONS for w in WORDS.findall(quoted)):
        return False
    m = _DATED_ENTRY.search(before)
    return m is not None and (m.start() > 0 or lo == 0 or before[:1] == "\n" or
                              text[lo - 1] == "\n" or m.group(0)[:1] in "/•|·")


def test_dated_entry_same_answers():
    lines = ["2010: “Harbour Lights” in Erfurt", "Jan. 6: “Fight,” Lee tells the crowd.",
             "6 décembre 2019 : “Mobilisation générale” (vidéo)", "Note: “We will never give up.”",
             "2019: “one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen”",
             "2019: “one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen”",
             "The plan “failed”, he said.", "2021: “I was there”", "• 2018: “Open Day” at the port"]
    hits = 0
    for line in lines:
        for text in (line, "Chronology\n" + line, "x" * 50 + line):
            open_at = text.index("“")
            close_at = text.index("”")
            for continued in (False, True):
                span = Span(open_at + 1, close_at, open_at, close_at, "“", 0, continued)
                quoted = text[open_at + 1:close_at]
                want = _dated_entry_before(text, span, quoted)
                assert is_dated_entry(text, span, quoted) == want, (text, continued)
                hits += want
    assert hits >= 3


def test_in_capitals_gate():
    def before(word: str) -> bool:
        letters = word.strip(_MARKS)
        return len(letters) >= 2 and letters.replace("’", "").replace("'", "").isalpha() and letters.isupper()
    for word in ["ANN", "Ann", "A’B", "O'NEIL,", "“LEE”", "JEAN-PAUL", "A中", "中文", "ΑΘΗΝΑ", "ǅ", "I", "--", "MIT."]:
        assert _in_capitals(word) == before(word), word
    assert not any(c.isupper() or c.islower() or c.lower() != c.upper() for c in _MARKS)


def test_word_before_last_word():
    rng = random.Random(7)
    alphabet = " \t\n\u00a0\u2003ab.,X\u3000"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        pos, lo = rng.randrange(0, len(text) + 1), rng.randrange(0, 5)
        words = text[max(lo, pos - 40):pos].split()
        want = words[-1] if words else ""
        assert word_before(text, pos, lo) == want
        assert cue_word_before(text, pos, lo) == want


def _quotes(title: str, body: str) -> list[tuple[str, str | None, str | None]]:
    from newsbeam.transforms.quotes.extract import extract_quotes
    return [(q.text, q.speaker, q.rule) for q in extract_quotes(title, [], body)]


def test_dash_label_still_credits():
    found = _quotes("Harbour", "Port news - Ann Lee: “We will build the pier again.”")
    assert ("We will build the pier again.", "Ann Lee") in [(q, s) for q, s, _ in found]


def test_unlisted_verb_still_credits():
    found = _quotes("Harbour", "“We will build the pier again,” Tom Hale quipped.")
    assert [(q, s) for q, s, _ in found] == [("We will build the pier again,", "Tom Hale")]


def test_dot_end_is_the_split_pattern():
    from newsbeam.transforms.quotes import tokens as tokens_module
    rng = random.Random(12)
    pieces = [".", ". ", " ", "\u00a0", "\u202f", "\n", "\u2028", "\"", "'", "''", "``", "`", "”", "’", "»", ")",
              "“", "‘", "„", "‚", "›", "¿", "¡", "(", "«", "« ", "«\u00a0", "A", "Z", "0", "À", "Ö", "×", "Ø",
              "Þ", "ß", "a", "é"]
    positives = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        want = [(m.start(), m.end()) for m in tokens_module._DOT_END_SPLIT.finditer(text)]
        got = []
        k = text.find(".")
        while k >= 0:
            e = tokens_module._dot_end(text, k, len(text))
            if e >= 0:
                got.append((k, e))
            k = text.find(".", k + 1)
        assert got == want, text
        positives += len(want)
    assert positives > 500


def test_sentences_same_ends():
    from newsbeam.transforms.quotes.tokens import Sentences
    text = ("Mr. Lee said so. “It works.” Then Ann left. «\u00a0Oui. » Élise went. ''Yes.'' Done. 3.5 "
            "million. J. Roe came. U.S. troops. (Fine.) Über alles. ¿Qué? ¡Sí! No… Maybe.")
    sentences = Sentences(text)
    # (main's Sentences gave the same: "Mr." and "J." are no ends, nor "Oui. »" before "É")
    assert [(text[s:e], text[e:e + 3]) for s, e in zip(sentences.starts, sentences.ends)] == [
        (". ", "“It"), (".” ", "The"), (". ", "«\xa0O"), (". ", "''Y"), (".'' ", "Don"), (". ", "3.5"),
        (". ", "J. "), (". ", "U.S"), (". ", "(Fi"), (".) ", "Übe"), (". ", "¿Qu"), ("? ", "¡Sí"),
        ("! ", "No…"), ("… ", "May")]


def test_long_words_counts_the_pattern_words():
    from newsbeam.transforms.quotes.tokens import long_words
    word_char = re.compile(r"[^\W_]")
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if (word_char.match(c) is not None) != c.isalnum()] == []
    rng = random.Random(4)
    pieces = list("aAbZéÉßǅ1²_'’-. ") + ["''", "’’", "Ab", "abcd", "ABCD", "x'y", "Don’t"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 15)))
        words = [w for w in WORDS.findall(text) if len(w) > 3]
        assert long_words(text) == (len(words), sum(w[:1].isupper() for w in words)), text
    assert long_words("TRUMP TAKES AIM: President Refuses to Rule Out ‘Narcoterrorist’ O’Neil Plan") == (8, 8)
