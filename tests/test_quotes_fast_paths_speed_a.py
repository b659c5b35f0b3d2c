"""speed-a's fast paths (issue 15), checked against the plain code they replace (made-up text only).

- ``marks``: each mark one packed int; ``find_spans`` pairs a paragraph's marks by range and
  bisects ints. The reference below is the pairing as it was written over (start, end, family,
  role) tuples;
- ``cues.CueIndex`` given the body's letters (``language.article_layer``) in place of
  ``ascii_lower(body)``: the same cues and word positions;
- ``marks.paragraph_spans``: each line found with ``str.find``, as ``_PARAGRAPH.finditer`` gives them.
"""
from __future__ import annotations

import random
from bisect import bisect_left

from newsbeam.transforms.quotes import marks
from newsbeam.transforms.quotes.cues import POSSESSED_NOUNS, CueIndex
from newsbeam.transforms.quotes.language import article_layer, detect, use
from newsbeam.transforms.quotes.marks import (
    _DOUBLE_MARKS, _MARK, CLOSE, DOUBLE, EITHER, OPEN, SINGLE, Span, _opens_clause, _role, _trim, _weak_close, find_spans,
    pack, paragraph_spans, unpack)

_MARK_PIECES = ["\"", "'", "''", "'''", "`", "``", "\u2018", "\u2019", "\u201a", "\u201b", "\u201c", "\u201d",
                "\u201e", "\u201f", "\u00ab", "\u00bb", "\u2039", "\u203a", "a", "Z", "é", "ж", "1", " ", " ",
                "  ", "\n", "\n\n", "\r\n", "\u00a0", ".", ",", ":", "—", "(", "don't", "’90s", "the ", "Lee ",
                "said ", "migrants’ ", "s’ ", "goin’ "]


def _pair_tuples(text: str, ms: list[tuple[int, int, str, int]]) -> tuple[list[tuple], tuple | None]:
    """marks._pair as it was, over tuples."""
    pairs = []
    stack: list[tuple[int, int, str]] = []
    for i, (s, e, fam, role) in enumerate(ms):
        if not stack:
            if role & OPEN:
                stack.append((s, e, fam))
            continue
        depth = len(stack) - 1
        while depth >= 0 and stack[depth][2] != fam:
            depth -= 1
        closes = depth >= 0 and role in (CLOSE, EITHER)
        if closes and fam == SINGLE and role == CLOSE and text[s - 1:s].isalpha() and \
                text[e:e + 1] == " " and text[e + 1:e + 2].isalnum():
            for s2, e2, fam2, role2 in ms[i + 1:]:
                if fam2 != fam:
                    continue
                if role2 == OPEN:
                    break
                if not _weak_close(text, s2, e2) or text[s - 1] in "sSzZ":
                    closes = False
                break
        if closes:
            o_s, o_e, _ = stack[depth]
            del stack[depth:]
            if not stack:
                pairs.append((o_s, o_e, s, e, fam))
        elif role in (OPEN, EITHER) and len(stack) < marks._MAX_DEPTH:
            stack.append((s, e, fam))
    return pairs, (stack[0] if stack else None)


def _find_spans_tuples(text: str) -> list[Span]:
    """marks.find_spans as it was: the marks as tuples, each paragraph's found by a tuple bisect."""
    paragraphs = paragraph_spans(text)
    spans: list[Span] = []
    carried, carried_family = False, ""
    every = [unpack(m) for m in marks._marks(text, 0, len(text))]
    if not every:
        return spans
    at = 0
    for p_index, (lo, hi) in enumerate(paragraphs):
        first_mark = at
        at = bisect_left(every, (hi,), at)
        if first_mark == at:
            carried = False
            continue
        ms = every[first_mark:at]
        continued = bool(carried and ms[0][3] in (OPEN, EITHER) and ms[0][2] == carried_family
                         and not text[lo:ms[0][0]].strip())
        pairs, left_open = _pair_tuples(text, ms)
        for k, (o_s, o_e, c_s, c_e, fam) in enumerate(pairs):
            start, end = _trim(text, o_e, c_s)
            if start < end:
                spans.append(Span(start, end, o_s, c_s, fam, p_index, continued and k == 0))
        carried = False
        if left_open is not None:
            o_s, o_e, fam = left_open
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            runs_on = False
            if nxt is not None:
                first = _MARK.match(text, nxt[0])
                if first and (DOUBLE if first.group() in _DOUBLE_MARKS else SINGLE) == fam:
                    runs_on = _role(text, first.group(), first.start(), first.end()) in (OPEN, EITHER)
            if runs_on or fam == DOUBLE or not text[lo:o_s].strip() or text[lo:o_s].rstrip().endswith(":") \
                    or _opens_clause(text, lo, o_s, o_e):  # stop 39, pn3: a single quote left open
                start, end = _trim(text, o_e, hi)
                if start < end:
                    spans.append(Span(start, end, o_s, -1, fam, p_index, continued and not pairs, runs_on))
            carried = runs_on
            carried_family = fam
    return spans


def test_pack_and_unpack_are_inverse():
    for at in (0, 1, 7, 15, 16, 4095, 10 ** 6):
        for width in (1, 2):
            for family in (DOUBLE, SINGLE):
                for role in (OPEN, CLOSE, EITHER):
                    mark = (at, at + width, family, role)
                    assert unpack(pack(*mark)) == mark
    # in the order of their offsets, whatever their bits: a paragraph's marks are a bisect apart
    assert pack(4, 6, SINGLE, EITHER) < pack(5, 6, DOUBLE, OPEN)


def test_spans_from_packed_marks_are_the_tuple_pairings():
    rng = random.Random(37)
    for _ in range(6000):
        text = "".join(rng.choice(_MARK_PIECES) for _ in range(rng.randint(0, 40)))
        assert find_spans(text) == _find_spans_tuples(text), repr(text)


def test_spans_of_made_up_paragraphs():
    text = ("“We will rebuild,” Ann Lee said.\n\n‘It’s the migrants’ rights,’ he said, “and ours.”\n\n"
            "“The first paragraph runs on\n\n“and the second closes.”\n\nHe called it ''nonsense'' and `odd`.")
    assert find_spans(text) == _find_spans_tuples(text)
    assert [text[s.start:s.end] for s in find_spans(text)] == [
        "We will rebuild,", "It’s the migrants’ rights,", "and ours.", "The first paragraph runs on",
        "and the second closes.", "nonsense", "odd"]


def test_paragraph_spans_are_the_lines():
    rng = random.Random(38)
    pieces = ["a", "b ", "\n", "\n\n", "\r", "\r\n", " ", "\u2028", "x\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert paragraph_spans(text) == [m.span() for m in marks._PARAGRAPH.finditer(text)], repr(text)


_CUE_PIECES = ["the ", "and ", "la ", "und ", "que ", "said", "Said ", "says ", "told ", "claims", " according",
               "to", "statement", "saidx", "sai", "d", "went on", " on ", "added", "’", "“", "”", "…", "—", "–",
               "é", "á", "\u0301", "ß", "ж", "中", "_", "1", "\u00a0", "\n", "\t", "-", "'s", " ", ".", ",", "?",
               "Lee ", "sagte ", "dijo ", "a déclaré "]


def test_cue_index_on_the_shared_letters_is_its_own():
    rng = random.Random(39)
    nouns = frozenset(w.encode() for w in POSSESSED_NOUNS)
    shared = 0
    for _ in range(800):
        title = "".join(rng.choice(_CUE_PIECES) for _ in range(rng.randint(0, 8)))
        body = "".join(rng.choice(_CUE_PIECES + ["\x01", "\u0130"] if rng.random() < 0.05 else _CUE_PIECES)
                       for _ in range(rng.randint(0, 120)))
        _, layer = article_layer(title, body)
        if layer is None:
            continue
        shared += 1
        letters, words = layer
        assert len(letters) == len(body)
        with use(detect(title + "\n" + body)):
            mine, own = CueIndex(body, words=words, letters=letters), CueIndex(body)
            assert [(c.s, c.e, c.word) for c in mine.cues] == [(c.s, c.e, c.word) for c in own.cues], repr(body)
            assert mine.word_positions(nouns) == own.word_positions(nouns), repr(body)
    assert shared > 600


def test_stopword_shapes_pass_every_stopword_and_keep_the_counts():
    from newsbeam.transforms.quotes.language import (
        _ASCII_STOPWORD_INDEX, _ASCII_STOPWORDS, _LONGEST, _STOPWORD_SHAPES, _shape, _tally)

    assert all(_STOPWORD_SHAPES[_shape(len(w), w[0], w[-1])] for w in _ASCII_STOPWORDS)
    # the counts with the shape test are a plain lookup's, on words of any bytes
    rng = random.Random(40)
    alphabet = b"abcdefghijklmnopqrstuvwxyz!\x00 etaoinsdhlu"
    for _ in range(3000):
        # ("?" only in the words: in the runs it stands for a letter outside ASCII, read from the text)
        runs = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        words = runs.split() + rng.sample(sorted(_ASCII_STOPWORDS), 3) + [b"?", b"y?", b"?e", b"d?u"]
        plain: dict[str, int] = {}
        for w in words:
            if len(w) <= _LONGEST and w in _ASCII_STOPWORD_INDEX:
                plain[w.decode()] = plain.get(w.decode(), 0) + 1
        text = runs.decode("ascii")
        assert _tally(text, runs, words, True) == plain, runs


def test_tally_takes_the_shape_test_only_compiled():
    import types

    from newsbeam.transforms.quotes import language

    assert language._PURE == isinstance(language._tally, types.FunctionType)
