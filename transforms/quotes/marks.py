"""Finding quoted spans: which quote marks open, which close, and which are apostrophes.

Pure functions over one zone's text. The result is a list of ``Span`` in reading order, each a
top-level quotation (quotes inside quotes are part of their outer span, never spans of their
own), cut at paragraph breaks: a quotation that runs over several paragraphs gives one span per
paragraph, linked by ``continued``.

Marks are judged the way a reader judges them, by what is on either side (the "flanking" rule
CommonMark uses for emphasis): a mark after a space and before a letter opens, a mark after a
letter and before a space or punctuation closes. Two families never close each other: double
marks (" “ ” „ « » and NYT-style '') and single marks (' ‘ ’ ‚ ‹ ›). The right single mark
is also the apostrophe, so it only closes a single quote that is open, and a closing
candidate that could be a plural possessive (``migrants’ rights``) gives way to a better
closing mark later in the paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Final, NamedTuple

DOUBLE: Final = "double"
SINGLE: Final = "single"

# One regex finds every candidate; '' and `` come first so they are read as one double mark.
# (Written to start with a character class, which lets the regex engine skip to candidates.)
_MARK: Final = re.compile(r"[\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]"
                   r"(?:(?<=')'(?!'(?:[\s.,;:!?)\]]|$))|(?<=`)`)?")
# The same marks for ``_marks``, with the commonest cases decided by the regex: an apostrophe
# inside a word (don't, country’s) does not match at all, and group 1 or 2 says a curly mark
# opens (after a space, before a letter) or closes (after a non-space, before a space).
_MARK_SCAN: Final = re.compile(
    r"[\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]"
    r"(?:(?<=[ \n][\u201c\u2018])(?=[A-Za-z])()|(?<=\S[\u201d\u2019])(?=[ \n])()"
    r"|(?<=')'(?!'(?:[\s.,;:!?)\]]|$))|(?<=`)`|(?!(?<=[^\W_]['\u2019])[^\W_]))")
# The characters _MARK_SCAN starts with, found one by one with ``str.find`` (see _marks).
_MARK_CHARS: Final = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
# What may follow the NYT-style '' of three straight marks for its first two to be no mark
# (_MARK_SCAN's "(?!'(?:[\s.,;:!?)\]]|$))"), besides a space.
_AFTER_TRIPLE: Final = frozenset(".,;:!?)]")
_ASCII_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_PARAGRAPH: Final = re.compile(r"[^\r\n]+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, as ``_PARAGRAPH.finditer`` gives them."""
    if "\r" in text:
        return [m.span() for m in _PARAGRAPH.finditer(text)]
    out = []
    pos = 0
    for line in text.split("\n"):
        size = len(line)
        if size:
            out.append((pos, pos + size))
        pos += size + 1
    return out

_DOUBLE_MARKS: Final = frozenset(['"', "''", "``", "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb"])
_QUOTE_CHARS: Final = frozenset("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a")
# What may stand before an opening mark, and after a closing one, besides a space.
_BEFORE_OPEN: Final = frozenset("([{<\u2014\u2013-/:;,\u2015\u2026") | _QUOTE_CHARS
_AFTER_CLOSE: Final = frozenset(".,;:!?)]}>\u2014\u2013-/\u2015\u2026*") | _QUOTE_CHARS
# Marks whose shape says "open" or "close"; the straight ones only have their flanks.
_SHAPED_OPEN: Final = frozenset(["``", "\u201c", "\u201e", "\u201f", "\u00ab", "\u2018", "\u201a", "\u201b",
                          "\u2039"])
_SHAPED_CLOSE: Final = frozenset(["\u201d", "\u00bb", "\u2019", "\u203a"])
# Elisions written with a leading apostrophe: 'em, 'til, 'cause, '90s, 'n' ...
_ELISION: Final = re.compile(r"(?:em|til|tis|twas|cause|cos|bout|n|nuff|im)\b|\d\ds?\b(?![.,]\d)")
# A decade or a year cut short, ’90s or ’08, unlike a quoted number, ‘3,210 victims’.
_YEARS: Final = re.compile(r"\d\ds?\b(?![.,]\d)")

# bits: EITHER is OPEN | CLOSE
OPEN: Final = 1
CLOSE: Final = 2
EITHER: Final = 3
APOSTROPHE: Final = 0
_tuple_new: Final = tuple.__new__
# Quotes nest two or three deep in real text; a deeper stack is stray marks, and capping it
# keeps a paragraph of thousands of marks linear.
_MAX_DEPTH: Final = 6
_APOSTROPHE_LIKE: Final = frozenset(["'", "\u2019"])


class Span(NamedTuple):
    """A quoted stretch of one paragraph: ``text[start:end]`` is inside the marks, trimmed.

    ``open_at``/``close_at`` are the offsets of the marks (``close_at`` is -1 when the quote
    runs on to the next paragraph or is left open); ``continued`` is True for the paragraphs of
    a quotation after its first.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    family: str
    paragraph: int
    continued: bool = False
    runs_on: bool = False


def _role(text: str, mark: str, at: int, end: int) -> int:
    """OPEN, CLOSE, EITHER or APOSTROPHE for the mark ``text[at:end]``."""
    prev = text[at - 1] if at > 0 else " "
    nxt = text[end] if end < len(text) else " "
    left = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPEN)
    right = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)
    if mark in ("'", "\u2019", "\u2018", "`"):
        if prev.isalnum() and nxt.isalnum():
            return APOSTROPHE  # don't, country’s, rock'n'roll
        if left and _ELISION.match(text, end) and mark != "\u2018" or (
                left and mark == "\u2018" and _YEARS.match(text, end)):
            return APOSTROPHE  # ’90s, 'em
        if mark == "\u2019" and left and not right:
            return APOSTROPHE  # a right mark before a word is an elision, not an opening
    if mark in ("\u00ab", "\u2039") and nxt.isspace() and not prev.isalnum():
        return OPEN  # French spacing: « Nous ne reculerons pas » (a space, often a no-break one)
    if mark in ("\u00bb", "\u203a") and prev.isspace() and not nxt.isalnum():
        return CLOSE  # ... and its closing mark, before a space or punctuation (not German »Wir)
    if not left and not right and (prev.isspace() and nxt.isspace()):
        # A mark standing alone between spaces quotes nothing, unless it closes right after an
        # inner quote (‘... “good enough,” ’ he said).
        k = at - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] in ",:" and mark in ("\"", "\u201c") and end + 1 < len(text) and \
                text[end] == " " and text[end + 1].isalpha():
            return OPEN  # an opening mark set off by a space: 'He added, " A change is coming."'
        return CLOSE if k >= 0 and text[k] in "\u201d\u2019\"'" and mark not in _SHAPED_OPEN else APOSTROPHE
    if mark == "\u201d" and prev in ",.!?" and nxt.isalpha():
        return CLOSE  # "... and paranoia,”Clinton said": a closing mark that lost its space (``unspaced_close``)
    if mark in _SHAPED_OPEN:
        return CLOSE if right and not left else OPEN
    if mark in _SHAPED_CLOSE:
        return OPEN if left and not right and mark != "\u2019" else CLOSE
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    if mark == "'" or mark == "`":
        return APOSTROPHE if not (left or right) else EITHER
    return EITHER


def _weak_close(text: str, at: int, end: int) -> bool:
    """A closing single mark that may be an apostrophe: ``migrants’ rights``, ``goin’ home``."""
    prev = text[at - 1] if at > 0 else " "
    return prev.isalpha() and end + 1 < len(text) and text[end] == " " and text[end + 1].isalnum()


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, int, str, int]]:
    """(start, end, family, role) of the quote marks in ``text[lo:hi]``, apostrophes left out."""
    out: list[tuple[int, int, str, int]] = []
    append = out.append
    size = len(text)
    if lo == 0:
        # _MARK_SCAN.finditer(text, 0, hi) without the regex scan: the regex engine tests every
        # character of the zone against the class of marks (most of the cost of pairing marks),
        # where ``str.find`` of each mark character skips to them. At each one, the pattern's
        # branches are decided here in its order: opening “/‘ (after a space, before an ASCII
        # letter), closing ”/’ (after a non-space, before a space), '' and `` read as one mark,
        # an apostrophe inside a word (no match), or the mark alone. (``\s`` is ``isspace``
        # and ``[^\W_]`` is ``isalnum``, one character each, in the regex engine too;
        # tests/test_quotes_fast_paths.py checks it all against the pattern.)
        at_marks: list[int] = []
        for ch in _MARK_CHARS:
            at = text.find(ch, 0, hi)
            while at >= 0:
                at_marks.append(at)
                at = text.find(ch, at + 1, hi)
        if not at_marks:
            return out
        at_marks.sort()
        end = 0
        for at in at_marks:
            if at < end:
                continue  # the second mark of '' or ``
            mark = text[at]
            prev = text[at - 1] if at > 0 else ""
            nxt = text[at + 1] if at + 1 < hi else ""
            end = at + 1
            if mark == "\u201c" or mark == "\u2018":
                if (prev == " " or prev == "\n") and nxt in _ASCII_LETTERS:
                    append((at, end, DOUBLE if mark == "\u201c" else SINGLE, OPEN))
                    continue
            elif mark == "\u201d" or mark == "\u2019":
                if prev != "" and not prev.isspace() and (nxt == " " or nxt == "\n"):
                    append((at, end, DOUBLE if mark == "\u201d" else SINGLE, CLOSE))
                    continue
                if mark == "\u2019" and prev.isalnum() and nxt.isalnum():
                    continue  # don’t, country’s: no mark
            elif mark == "'":
                if nxt == "'" and not (at + 2 < hi and text[at + 2] == "'" and (
                        at + 3 >= hi or text[at + 3].isspace() or text[at + 3] in _AFTER_TRIPLE)):
                    mark, end = "''", at + 2
                elif prev.isalnum() and nxt.isalnum():
                    continue  # don't: no mark
            elif mark == "`" and nxt == "`":
                mark, end = "``", at + 2
            _mark(text, mark, at, end, size, append)
        return out
    for m in _MARK_SCAN.finditer(text, lo, hi):
        kind = m.lastindex
        at, end = m.span()
        if kind == 1:
            append((at, end, DOUBLE if text[at] == "\u201c" else SINGLE, OPEN))
        elif kind == 2:
            append((at, end, DOUBLE if text[at] == "\u201d" else SINGLE, CLOSE))
        else:
            _mark(text, m.group(), at, end, size, append)
    return out


def _mark(text: str, mark: str, at: int, end: int, size: int,
          append: Callable[[tuple[int, int, str, int]], None]) -> None:
    """Append the (start, end, family, role) of a mark the scan left undecided, unless it is
    an apostrophe."""
    prev = text[at - 1] if at else " "
    nxt = text[end] if end < size else " "
    # The common cases first, without the full analysis: don't / country’s, and curly
    # double marks with a space on their outer side.
    if mark in _APOSTROPHE_LIKE and prev.isalnum() and nxt.isalnum():
        return
    if (prev == " " or prev == "\n") and nxt.isalpha():
        if mark == "\u201c":
            append((at, end, DOUBLE, OPEN))
            return
        if mark == "\u2018":
            append((at, end, SINGLE, OPEN))
            return
    elif (nxt == " " or nxt == "\n") and not prev.isspace():
        if mark == "\u201d":
            append((at, end, DOUBLE, CLOSE))
            return
        if mark == "\u2019":
            append((at, end, SINGLE, CLOSE))
            return
    role = _role(text, mark, at, end)
    if role != APOSTROPHE:
        append((at, end, DOUBLE if mark in _DOUBLE_MARKS else SINGLE, role))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair(text: str, marks: list[tuple[int, int, str, int]]
          ) -> tuple[list[tuple[int, int, int, int, str]], tuple | None]:
    """Top-level (open_start, open_end, close_start, close_end, family) pairs of one paragraph,
    and the top-level mark left open at its end, if any."""
    pairs = []
    stack: list[tuple[int, int, str]] = []
    n = len(marks)
    for i, (s, e, fam, role) in enumerate(marks):
        if not stack:  # nothing open: an opening (or either) mark opens, a closing one is stray
            if role & OPEN:  # OPEN or EITHER
                stack.append((s, e, fam))
            continue
        depth = len(stack) - 1
        while depth >= 0 and stack[depth][2] != fam:
            depth -= 1
        closes = depth >= 0 and role in (CLOSE, EITHER)
        if closes and fam == SINGLE and role == CLOSE and text[s - 1:s].isalpha() and \
                text[e:e + 1] == " " and text[e + 1:e + 2].isalnum():  # _weak_close, inlined
            # A plural possessive or elision: give way to a later closing mark of the same
            # family, unless a new quote opens first.
            for s2, e2, fam2, role2 in marks[i + 1:n]:
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
        elif role in (OPEN, EITHER) and len(stack) < _MAX_DEPTH:
            stack.append((s, e, fam))
        # A closing mark with nothing of its family open is an apostrophe or a stray mark.
    return pairs, (stack[0] if stack else None)


def find_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Span]:
    """The top-level quoted spans of ``text``, paragraph by paragraph, in reading order.
    ``paragraphs`` is ``paragraph_spans(text)`` when the caller has it already."""
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    spans: list[Span] = []
    carried = False  # the previous paragraph ended inside a quotation
    carried_family = ""
    every = _marks(text, 0, len(text))  # one pass; each paragraph takes its share below
    if not every:
        return spans
    at = 0
    for p_index, (lo, hi) in enumerate(paragraphs):
        first_mark = at
        at = bisect_left(every, (hi,), at)  # the first mark at or after hi
        if first_mark == at:  # no marks: nothing to pair, and no quotation runs on through it
            carried = False
            continue
        marks = every[first_mark:at]
        continued = False
        if carried and marks and marks[0][3] in (OPEN, EITHER) and marks[0][2] == carried_family \
                and not text[lo:marks[0][0]].strip():
            continued = True
        pairs, left_open = _pair(text, marks)
        for k, (o_s, o_e, c_s, c_e, fam) in enumerate(pairs):
            if o_e < c_s and not text[o_e].isspace() and not text[c_s - 1].isspace():
                # Nothing to trim; Span's fields in order, built without its Python __new__.
                spans.append(_tuple_new(Span, (o_e, c_s, o_s, c_s, fam, p_index, continued and k == 0,
                                               False)))
                continue
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
            # An opening mark never closed in its paragraph is a quotation running to the end
            # of it when the next paragraph reopens (the convention for multi-paragraph
            # quotes), or when it is a double mark or opens the paragraph; a lone single mark
            # elsewhere is more likely a stray apostrophe.
            if runs_on or fam == DOUBLE or not text[lo:o_s].strip() or text[lo:o_s].rstrip().endswith(":"):
                start, end = _trim(text, o_e, hi)
                if start < end:
                    spans.append(Span(start, end, o_s, -1, fam, p_index,
                                      continued and not pairs, runs_on))
            carried = runs_on
            carried_family = fam
    return spans
