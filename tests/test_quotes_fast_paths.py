"""The extractor's fast paths give what the plain code they replace gives (issue 15's speed work).

Each fast path is checked against the slow definition it stands for, on random strings that mix
ASCII, letters and marks outside ASCII, real "?" and spaces of other scripts: the golden file
guards the output on the corpora, these guard the shortcuts on text the corpora lack.
"""
from __future__ import annotations

import collections
import random

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import (
    _STOPWORDS, _WORD, FOLDS_TO_ASCII, _stopwords_in, ascii_lower, detect)
from newsbeam.transforms.quotes.name_runs import TITLE_NAME, _word_alternatives
from newsbeam.transforms.quotes.trailing import _DASH_ATTRIBUTION, TAIL_LEAD

_PIECES = ["the ", "and ", "la ", "und ", "que ", "não ", "für ", "más ", "él ", "x", ".", ",", "?", "’", "“",
           "é", "á", "\u0301", "ß", "ж", "中", "_", "1", "²", "\u00a0", "\u2009", "\n", "—", "-", "'s", " ",
           "The ", "UND ", "Que ", "É", "Ж", "Σ", "\u0130", "\u212a", "K"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))


def test_stopword_counts_are_the_patterns_words():
    rng = random.Random(15)
    for _ in range(3000):
        text = _random_text(rng)
        words = collections.Counter(_WORD.findall(text.lower()))
        assert _stopwords_in(text) == {w: n for w, n in words.items() if w in _STOPWORDS}, repr(text)


def test_folds_to_ascii_are_the_only_characters_lowered_into_ascii_or_longer():
    # ascii_lower and _stopwords_in lower as bytes, after encoding, unless one of these is there.
    import sys

    found = [chr(c) for c in range(128, sys.maxunicode + 1)
             if len(low := chr(c).lower()) != 1 or any(ord(x) < 128 for x in low)]
    assert tuple(found) == FOLDS_TO_ASCII


def test_ascii_lower_is_the_lower_case_encoded():
    rng = random.Random(18)
    for _ in range(3000):
        text = _random_text(rng)
        low = text.lower()
        expected = low.encode("ascii", "replace") if len(low) == len(text) else None
        assert ascii_lower(text) == expected, repr(text)


def test_detect_tells_languages_apart():
    assert detect("Der Minister sagte, dass die Regierung mit den Ländern auch nicht einig ist und "
                  "sich für eine neue Lösung einsetzt.") == "de"
    assert detect("El ministro dijo que la reforma es para los trabajadores y que se aplicará con "
                  "el apoyo de las regiones más pobres.") == "es"
    assert detect("The minister said that the plan was on track and it is for the region.") == "en"
    assert detect("") == "en"


def test_dash_attribution_only_where_a_dash_follows():
    # after_quote tries _DASH_ATTRIBUTION only where TAIL_LEAD stops on a dash.
    rng = random.Random(16)
    alphabet = " \n\t,.;:!?―—–-aB\u00a0"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        hi = rng.randint(0, len(text))
        if _DASH_ATTRIBUTION.match(text, 0, hi):
            pos = TAIL_LEAD.match(text, 0, hi).end()
            assert pos < hi and text[pos] in "\u2015\u2014\u2013-", repr(text)


def test_title_alternatives_grouped_by_letter_match_as_listed():
    import re

    words = ["Prime", "President", "Pope", "Premier", "Sen", "Senator", "Secretary", "Gov", "Governor"]
    flat = re.compile("(" + "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in words) + r")\b")
    grouped = re.compile("(" + _word_alternatives(words) + r")\b")
    rng = random.Random(17)
    for _ in range(5000):
        text = "".join(rng.choice(words + [" ", "x", "s", "."]) for _ in range(rng.randint(0, 8)))
        assert [m.span(1) for m in flat.finditer(text)] == [m.span(1) for m in grouped.finditer(text)], text
    found = TITLE_NAME.search("They met Prime Minister Ana Ruiz on Monday.")
    assert found and found.group(1) == "Prime" and found.group(2) == "Minister Ana Ruiz"


def test_an_article_without_quote_marks_has_no_quotes():
    assert extract_quotes("Budget passes", ["Vote on Monday"], "The council passed the budget. It's late.") == []



def test_possessed_nouns_are_the_patterns_nouns():
    # lead_in skips _POSSESSED_WORDS where none of cues.POSSESSED_NOUNS stands: the list must be
    # exactly the nouns the pattern ends on.
    import re

    from newsbeam.transforms.quotes.cues import POSSESSED_NOUNS
    from newsbeam.transforms.quotes.shapes import _POSSESSED_WORDS

    group = re.search(r"\(\?:(claims\?\|.*?)\)\\b", _POSSESSED_WORDS.pattern).group(1)
    nouns = re.compile("(?:" + group + r")\Z")
    candidates = {w[:-1] for w in POSSESSED_NOUNS} | {w + "s" for w in POSSESSED_NOUNS} | POSSESSED_NOUNS | {
        "word", "speeches", "replies", "views", "mottos", "slogans", "claimed", "posted", "viewer"}
    assert {w for w in candidates if nouns.match(w)} == POSSESSED_NOUNS


def test_possessed_words_match_only_where_a_noun_stands():
    import bisect

    from newsbeam.transforms.quotes.cues import CueIndex
    from newsbeam.transforms.quotes.shapes import POSSESSED_NOUNS_BYTES, _POSSESSED_WORDS

    pieces = ["Ochoa’s ", "Ochoa's ", "his ", "their ", "its ", "her ", "claim ", "claims", "Claim ", "remarks",
              "words ", "view", "viewer ", "that ", "new ", "said ", "\u00a0", "\u2009", "é", "\x01", "\x1c",
              "’", ".", ",", " ", "\n", "A", "s "]
    rng = random.Random(20)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        nouns = CueIndex(text).word_positions(POSSESSED_NOUNS_BYTES)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        cut = hi > lo and text[hi - 1:hi + 1].isalpha() and text[hi - 1:hi + 1].isascii()  # a word cut at hi
        if nouns is not None and bisect.bisect_left(nouns, lo) == bisect.bisect_left(nouns, hi) and not cut:
            assert _POSSESSED_WORDS.search(text, lo, hi) is None, (repr(text), lo, hi)
        if "\x01" in text or "\x1c" in text:
            assert nouns is None or not nouns


def test_transcript_label_needs_its_first_two_characters():
    # transcript_label tries LABEL only where a capital is followed by one of _LABEL_SECOND.
    from newsbeam.transforms.quotes.rules import _LABEL_SECOND
    from newsbeam.transforms.quotes.shapes import LABEL

    rng = random.Random(21)
    alphabet = "AZBaz.'’-: \n\tÉ1"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        if LABEL.match(text):
            assert "A" <= text[0] <= "Z" and text[1:2] in _LABEL_SECOND, repr(text)


def _credit_repeated_plainly(quotes):
    """``repeated.credit_repeated`` as first written: every credited quote's words read."""
    import dataclasses

    from newsbeam.transforms.quotes.repeated import REPEATED_QUOTE, _key
    if len(quotes) < 2:
        return quotes
    credited = {}
    for q in quotes:
        if q.speaker and q.attribution in ("explicit", "pronoun") and q.kind != "scare":
            key = _key(q.text)
            if key is not None:
                seen = credited.get(key, q)
                credited[key] = q if seen is not None and seen.speaker == q.speaker else None
    out = []
    for q in quotes:
        if q.speaker is None and q.attribution == "none" and q.kind == "direct":
            key = _key(q.text)
            source = credited.get(key) if key is not None else None
            if source is not None:
                q = dataclasses.replace(q, speaker=source.speaker, speaker_mention=source.speaker_mention,
                                        cue=source.cue, attribution="inherited", rule=REPEATED_QUOTE)
        out.append(q)
    return out


def test_repeated_quotes_read_only_the_keys_a_bare_copy_looks_up():
    from newsbeam.schemas.records import Quote
    from newsbeam.transforms.quotes.repeated import credit_repeated
    rng = random.Random(1515)
    texts = ["We will win this fight in the end", "we will win this fight in the END!", "We’ll win this fight in the end",
             "Short words only", "A plan that was never going to work out", "a plan that was never going to work out."]
    for _ in range(2000):
        quotes = []
        for k in range(rng.randint(0, 6)):
            speaker = rng.choice([None, None, "", "Ann Lee", "Tom Hale"])
            quotes.append(Quote(k, "body", 0, k * 10, k * 10 + 5, rng.choice(texts), speaker, speaker, "said",
                                rng.choice(["explicit", "pronoun", "inherited", "none"]),
                                rng.choice(["direct", "partial", "scare"]), None))
        assert credit_repeated(quotes) == _credit_repeated_plainly(quotes)


def test_named_title_window_test_is_the_patterns():
    # kinds.is_named_title reads _TITLE_BEFORE only where the lowered window holds "tled",
    # "headl" or "ubject"; the pattern matches nowhere else, in any case or case variant
    # (ı, İ, ſ and the Kelvin sign are what a case-blind i, s, k also match).
    from newsbeam.transforms.quotes.kinds import _TITLE_BEFORE, is_named_title
    from newsbeam.transforms.quotes.marks import find_spans

    pieces = ["titled", "TITLED", "Entitled", "tıtled", "tİtled", "headlined", "HeadLined", "subject",
              "ſubject", "SUBJECT", " line", " heading", " ", ",", ":", "\n", "a ", "title ", "head ",
              "é", "x"]
    rng = random.Random(20)
    for _ in range(3000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        text = before + " “Rain Over the Harbour” was read."
        spans = find_spans(text)
        if not spans:
            continue
        span = spans[0]
        quoted = text[span.start:span.end]
        expected = not span.continued and len(quoted) <= 200 and \
            _TITLE_BEFORE.search(text, max(0, span.open_at - 40), span.open_at) is not None
        assert is_named_title(text, span, quoted) == expected, repr(text)


def _marks_by_pattern(text: str, hi: int) -> list[tuple[int, int, str, int]]:
    """marks._marks(text, 0, hi) as _MARK_SCAN's matches define it (its plain reading)."""
    from newsbeam.transforms.quotes import marks

    out: list[tuple[int, int, str, int]] = []
    for m in marks._MARK_SCAN.finditer(text, 0, hi):
        at, end = m.span()
        if m.lastindex == 1:
            out.append((at, end, marks.DOUBLE if text[at] == "\u201c" else marks.SINGLE, marks.OPEN))
        elif m.lastindex == 2:
            out.append((at, end, marks.DOUBLE if text[at] == "\u201d" else marks.SINGLE, marks.CLOSE))
        else:
            codes: list[int] = []
            marks._mark(text, m.group(), at, end, len(text), codes)
            out.extend(marks.unpack(code) for code in codes)
    return out


def test_marks_found_by_character_are_the_patterns_matches():
    # marks._marks finds the marks of a zone with str.find and decides _MARK_SCAN's branches
    # itself: the same marks, roles and order as the pattern, however the marks sit.
    from newsbeam.transforms.quotes.marks import _marks, unpack

    pieces = ["\"", "'", "''", "'''", "`", "``", "\u2018", "\u2019", "\u201a", "\u201b", "\u201c", "\u201d",
              "\u201e", "\u201f", "\u00ab", "\u00bb", "\u2039", "\u203a", "a", "Z", "é", "ж", "1", "_", " ", "\n",
              "\u00a0", "\u2009", "\x1c", ".", ",", ")", "]", "!", "?", ";", ":", "-", "—", "(", "don't", "’90s",
              "em", "the ", "A ", "\r"]
    rng = random.Random(21)
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for hi in {len(text), rng.randint(0, len(text))}:
            assert [unpack(m) for m in _marks(text, 0, hi)] == _marks_by_pattern(text, hi), (repr(text), hi)


def _kin_genders_by_scan(texts: list[str]) -> dict[str, str]:
    """kin_genders as it was written: every match of the pattern, the noun read behind it."""
    from newsbeam.transforms.quotes.kin_gender import _KIN_THEN_NAME, KIN_GENDER
    from newsbeam.transforms.quotes.name_runs import PERSON_RUN
    from newsbeam.transforms.quotes.tokens import strip_possessive

    found: dict[str, str] = {}
    for text in texts:
        for m in _KIN_THEN_NAME.finditer(text):
            at = start = m.start()
            while start > 0 and start > at - 14 and text[start - 1].isalpha():
                start -= 1
            gender = KIN_GENDER.get(text[start:at])
            if gender is None or start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
                continue
            run = PERSON_RUN.match(text, m.end())
            if run is not None:
                found.setdefault(" ".join(strip_possessive(w) for w in run.group().split()), gender)
    return found


def test_kin_genders_read_at_commas_are_the_patterns():
    # kin_genders matches only at a comma whose word ends as a kin noun does.
    from newsbeam.transforms.quotes.kin_gender import _KIN_ENDINGS, KIN_GENDER, kin_genders

    assert all(len(noun) >= 3 for noun in KIN_GENDER) and {n[-3:] for n in KIN_GENDER} == _KIN_ENDINGS
    pieces = ["his ", "her ", "son", "wife", "daughter", "grandmother", "stepson", "fiancé", "fiancée",
              "Mason", "person", "x", "-", "'", "’", "é", ", ", ",", ",\n", ",\u00a0", ", , ", " ",
              "Tom ", "Ann Lee", "Reyes", "Ana's ", "Dr. ", "said", ".", "\n", "ж", "1"]
    rng = random.Random(18)
    for _ in range(4000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(1, 3))]
        assert kin_genders(texts) == _kin_genders_by_scan(texts), repr(texts)
    assert kin_genders(["her son, Tom Reyes, spoke", "his stepdaughter, Ann Lee"]) == \
        {"Tom Reyes": "m", "Ann Lee": "f"}


def test_show_name_checks_the_possessive_before_the_words():
    # is_show_after_network reads the word before the mark before it splits the quote's words:
    # the same answer as all of its tests in their old order.
    from newsbeam.transforms.quotes.lexicon import TITLE_SMALL_WORDS
    from newsbeam.transforms.quotes.marks import find_spans
    from newsbeam.transforms.quotes.show_names import _MAX_WORDS, _broadcaster_possessive, is_show_after_network
    from newsbeam.transforms.quotes.tokens import WORDS, word_before

    def old(text, span, quoted):
        if span.continued or not quoted[:1].isalnum() or not (quoted[:1].isupper() or quoted[:1].isdigit()):
            return False
        body = quoted.rstrip().rstrip(",.")
        if len(body) > 60 or any(c in body for c in "?!;:\"“”") or ". " in body:
            return False
        words = WORDS.findall(body)
        if not 1 <= len(words) <= _MAX_WORDS or words[-1] in TITLE_SMALL_WORDS:
            return False
        if not all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words):
            return False
        return _broadcaster_possessive(word_before(text, span.open_at, max(0, span.open_at - 40)))

    befores = ["on CNN's ", "told MSNBC’s ", "on Fox News Channel’s ", "in CBS' ", "on Lee's ", "said ", ""]
    quotes = ["Hardball", "60 Minutes.", "The Daily Show,", "Meet the Press", "a plan", "Hardball of the",
              "One Two Three Four Five Six", "Why?", "Up. Down"]
    seen = set()
    for before in befores:
        for quoted in quotes:
            text = f"Ann Lee spoke {before}“{quoted}” today."
            for span in find_spans(text):
                got = is_show_after_network(text, span, text[span.start:span.end])
                assert got == old(text, span, text[span.start:span.end]), text
                seen.add(got)
    assert seen == {True, False}


def test_offset_searches_are_bisects():
    # offsets.py's loops (what the compiled extractor runs; pure Python runs bisect's own) give
    # bisect's answers on sorted lists with repeats, at every probe and start.
    import ast
    import bisect
    from pathlib import Path

    from newsbeam.transforms.quotes import offsets

    # The source file, not inspect.getsource: a compiled build's module is the extension.
    source = Path(__file__).resolve().parents[1] / "transforms" / "quotes" / "offsets.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    loops = ast.Module([n for n in tree.body if isinstance(n, ast.FunctionDef)], type_ignores=[])
    space: dict = {}
    exec(compile(loops, "offsets.py", "exec"), {"__builtins__": __builtins__, "annotations": None}, space)
    left, right = space["bisect_left"], space["bisect_right"]
    rng = random.Random(18)
    for _ in range(500):
        a = sorted(rng.randint(0, 60) for _ in range(rng.randint(0, 40)))
        for x in range(-2, 64):
            assert right(a, x) == bisect.bisect_right(a, x) == offsets.bisect_right(a, x)
            for lo in range(0, len(a) + 1, 3):
                assert left(a, x, lo) == bisect.bisect_left(a, x, lo) == offsets.bisect_left(a, x, lo)
