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
from typing import Final, NamedTuple

from newsbeam.transforms.quotes.offsets import bisect_left

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
    # Each line's end found with ``str.find``: no copy of the lines, as ``split`` would make.
    out = []
    pos = 0
    size = len(text)
    while pos < size:
        end = text.find("\n", pos)
        if end < 0:
            end = size
        if end > pos:
            out.append((pos, end))
        pos = end + 1
    return out

_DOUBLE_MARKS: Final = frozenset(['"', "''", "``", "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb"])
_QUOTE_CHARS: Final = frozenset("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a")
# What may stand before an opening mark, and after a closing one, besides a space.
_BEFORE_OPEN: Final = frozenset("([{<\u2014\u2013-/:;,\u2015\u2026") | _QUOTE_CHARS
_AFTER_CLOSE: Final = frozenset(".,;:!?)]}>\u2014\u2013-/\u2015\u2026*") | _QUOTE_CHARS
# Punctuation after a mark that stands right after another mark: the two close together (German
# „... ‚Nein‘“, sagte sie: the inner quote ends the outer one), never open.
_CLOSING_PUNCTUATION: Final = _AFTER_CLOSE - _QUOTE_CHARS
_SINGLE_CLOSERS: Final = frozenset("'\u2018\u2019\u203a")  # ' ‘ ’ ›: the single marks that close a quote
# Marks whose shape says "open" or "close"; the straight ones only have their flanks.
_SHAPED_OPEN: Final = frozenset(["``", "\u201c", "\u201e", "\u201f", "\u00ab", "\u2018", "\u201a", "\u201b",
                          "\u2039"])
_SHAPED_CLOSE: Final = frozenset(["\u201d", "\u00bb", "\u2019", "\u203a"])
# Elisions written with a leading apostrophe: 'em, 'til, 'cause, '90s, 'n' ...
_ELISION: Final = re.compile(r"(?:em|til|tis|twas|cause|cos|bout|n|nuff|im)\b|\d\ds?\b(?![.,]\d)")
# A decade or a year cut short, ’90s or ’08, unlike a quoted number, ‘3,210 victims’.
_YEARS: Final = re.compile(r"\d\ds?\b(?![.,]\d)")
# How far after ‘08 (a left mark before two digits) its closing mark may stand for the two to
# quote a number (‘47 percent’, ‘90 to 95 percent’ figure) rather than cut a year short: a
# quoted figure is a few words long, and a longer reach would pair a year with some later
# plural possessive (in ‘08 the voters’ mood).
_QUOTED_NUMBER_REACH: Final = 60

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


_OPEN_READ: Final = 5_000  # characters of the paragraph before read for an open «


def _left_open(text: str, at: int) -> bool:
    """Whether the paragraph before the line that starts at ``at`` leaves a « open (its last « after
    its last »): a » opening this line goes on with that quotation, where a » before a link ("» Lesen
    Sie auch: …", "» Read more") opens none (bounded: the last ``_OPEN_READ`` characters)."""
    k = at - 1
    while k > 0 and text[k - 1] in "\n\r \t":
        k -= 1  # (past the blank lines between the paragraphs)
    lo = max(text.rfind("\n", max(0, k - _OPEN_READ), k) + 1, k - _OPEN_READ, 0)
    return text.rfind("\u00ab", lo, k) > text.rfind("\u00bb", lo, k)


def _role(text: str, mark: str, at: int, end: int) -> int:
    """OPEN, CLOSE, EITHER or APOSTROPHE for the mark ``text[at:end]``."""
    prev = text[at - 1] if at > 0 else " "
    nxt = text[end] if end < len(text) else " "
    left = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPEN)
    right = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)
    if left and right and prev in _SINGLE_CLOSERS and nxt in _CLOSING_PUNCTUATION:
        left = False  # "‚Nein‘“," : the mark before closed, and this one closes after it
    if mark in ("'", "\u2019", "\u2018", "`"):
        if prev.isalnum() and nxt.isalnum():
            return APOSTROPHE  # don't, country’s, rock'n'roll
        if left and _ELISION.match(text, end) and mark != "\u2018" or (
                left and mark == "\u2018" and _YEARS.match(text, end) and not _closes_number(text, end)):
            return APOSTROPHE  # ’90s, 'em
        if mark == "\u2019" and prev == "," and nxt.isalpha() and not text[at - 2:at - 1].isspace():
            return CLOSE  # "… and paranoia,’Clinton said": ``unspaced_close`` of single marks
        if mark == "\u2019" and left and not right:
            return APOSTROPHE  # a right mark before a word is an elision, not an opening
    if mark in ("\u00ab", "\u2039") and nxt.isspace() and not prev.isalnum() and prev not in ".!?…":
        # French spacing: « Nous ne reculerons pas » (a space, often a no-break one); after a
        # sentence's stop it closes a German »…« ("»Wir kommen wieder.« Dann ging er", s51)
        return OPEN
    if mark == "\u00bb" and prev == "\n" and nxt in " \u00a0\u202f" and text[end + 1:end + 2].isalpha() and \
            _left_open(text, at):
        return OPEN  # "» L’argent existe …": the quotation the paragraph before left open goes on (s58)
    if mark in ("\u00bb", "\u203a") and prev.isspace() and not nxt.isalnum():
        return CLOSE  # ... and its closing mark, before a space or punctuation (not German »Wir)
    if not left and not right and (prev.isspace() and nxt.isspace()):
        # A mark standing alone between spaces quotes nothing, unless it closes right after an
        # inner quote (‘... “good enough,” ’ he said).
        k = at - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] in ",:" and mark in ("\"", "\u201c", "\u2018") and end + 1 < len(text) and \
                text[end] == " " and (text[end + 1].isalpha() or text[end + 1] == "\u2026"):
            return OPEN  # an opening mark set off by a space: 'He added, " A change is coming."', ', “ … if'
        if k > 0 and text[k] in ",.?!" and not text[k - 1].isspace() and mark in ("''", "\u2019", "\u201d"):
            return CLOSE  # a closing mark set off by a space: "… coalitions, '' said Mr. Gunnels"
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


def _closes_number(text: str, end: int) -> bool:
    """Whether a left single mark before two digits (``text[end]`` the first) quotes a number:
    a closing single mark follows within ``_QUOTED_NUMBER_REACH`` characters of its paragraph,
    before any other opening, and is no plural possessive (``voters’ mood``). ``‘90s`` always
    cuts a decade short."""
    if text[end + 2:end + 3] == "s":
        return False
    stop = min(len(text), end + _QUOTED_NUMBER_REACH)
    for at in range(end + 2, stop):
        ch = text[at]
        if ch == "\n" or ch == "\u2018":
            return False
        if ch != "\u2019":
            continue
        prev = text[at - 1]
        nxt = text[at + 1] if at + 1 < len(text) else " "
        if prev.isalnum() and nxt.isalnum() or prev.isspace():
            continue  # don’t, or a mark opening something
        if nxt.isspace() and prev in "sSzZ":
            continue  # voters’ mood: more likely a possessive
        return nxt.isspace() or nxt in _AFTER_CLOSE
    return False


def _weak_close(text: str, at: int, end: int) -> bool:
    """A closing single mark that may be an apostrophe: ``migrants’ rights``, ``goin’ home``."""
    prev = text[at - 1] if at > 0 else " "
    return prev.isalpha() and end + 1 < len(text) and text[end] == " " and text[end + 1].isalnum()


# A mark of a zone is one int (``_marks``): its offset times 16, then a bit for a two-character
# mark ('' or ``), a bit for the single family and the role's two bits. A list of ints is
# sorted, searched (``bisect``) and read without a tuple, a boxed offset pair and a family string
# a mark; ``unpack`` gives the (start, end, family, role) it stands for.
_AT_SHIFT: Final = 4
_WIDE: Final = 8
_SINGLE_BIT: Final = 4
_ROLE_BITS: Final = 3
# The mark characters by their place in _MARK_CHARS (``_marks`` keeps that place beside each
# offset it finds, so it never reads the mark back out of the text).
# The mark characters one by one (iterating the string would make a new string of each one
# outside Latin-1, every zone).
_MARK_CHAR_LIST: Final[tuple[str, ...]] = tuple(_MARK_CHARS)
_STRAIGHT_SINGLE: Final = _MARK_CHARS.index("'")
_BACKTICK: Final = _MARK_CHARS.index("`")
_LEFT_SINGLE: Final = _MARK_CHARS.index("\u2018")
_RIGHT_SINGLE: Final = _MARK_CHARS.index("\u2019")
_LEFT_DOUBLE: Final = _MARK_CHARS.index("\u201c")
_RIGHT_DOUBLE: Final = _MARK_CHARS.index("\u201d")


def pack(at: int, end: int, family: str, role: int) -> int:
    """The int ``_marks`` keeps for the mark ``text[at:end]`` of ``family`` and ``role``."""
    return at << _AT_SHIFT | (_WIDE if end - at == 2 else 0) | (_SINGLE_BIT if family == SINGLE else 0) | role


def unpack(code: int) -> tuple[int, int, str, int]:
    """(start, end, family, role) of a mark kept as ``pack`` gives it."""
    at = code >> _AT_SHIFT
    return (at, at + 2 if code & _WIDE else at + 1, SINGLE if code & _SINGLE_BIT else DOUBLE, code & _ROLE_BITS)


def _marks(text: str, lo: int, hi: int) -> list[int]:
    """The quote marks in ``text[lo:hi]``, apostrophes left out, in order, each ``pack``ed."""
    out: list[int] = []
    size = len(text)
    if lo == 0:
        # _MARK_SCAN.finditer(text, 0, hi) without the regex scan: the regex engine tests every
        # character of the zone against the class of marks (most of the cost of pairing marks),
        # where ``str.find`` of each mark character skips to them. At each one, the pattern's
        # branches are decided here in its order: opening \u201c/\u2018 (after a space, before an ASCII
        # letter), closing \u201d/\u2019 (after a non-space, before a space), '' and `` read as one mark,
        # an apostrophe inside a word (no match), or the mark alone. (``\s`` is ``isspace``
        # and ``[^\W_]`` is ``isalnum``, one character each, in the regex engine too;
        # tests/test_quotes_fast_paths.py checks it all against the pattern.)
        found: list[int] = []
        for ci in range(len(_MARK_CHAR_LIST)):
            ch = _MARK_CHAR_LIST[ci]
            at = text.find(ch, 0, hi)
            while at >= 0:
                found.append(at << _AT_SHIFT | ci)  # the offset, and which mark (ci < 16)
                at = text.find(ch, at + 1, hi)
        if not found:
            return out
        found.sort()
        end = 0
        for key in found:
            at = key >> _AT_SHIFT
            if at < end:
                continue  # the second mark of '' or ``
            ci = key & 15
            prev = text[at - 1] if at > 0 else ""
            nxt = text[at + 1] if at + 1 < hi else ""
            end = at + 1
            if ci == _LEFT_DOUBLE or ci == _LEFT_SINGLE:
                if (prev == " " or prev == "\n") and nxt in _ASCII_LETTERS:
                    out.append(at << _AT_SHIFT | (0 if ci == _LEFT_DOUBLE else _SINGLE_BIT) | OPEN)
                    continue
            elif ci == _RIGHT_DOUBLE or ci == _RIGHT_SINGLE:
                if prev != "" and not prev.isspace() and (nxt == " " or nxt == "\n"):
                    out.append(at << _AT_SHIFT | (0 if ci == _RIGHT_DOUBLE else _SINGLE_BIT) | CLOSE)
                    continue
                if ci == _RIGHT_SINGLE and prev.isalnum() and nxt.isalnum():
                    continue  # don\u2019t, country\u2019s: no mark
            elif ci == _STRAIGHT_SINGLE:
                if nxt == "'" and not (at + 2 < hi and text[at + 2] == "'" and (
                        at + 3 >= hi or text[at + 3].isspace() or text[at + 3] in _AFTER_TRIPLE)):
                    _mark(text, "''", at, at + 2, size, out)
                    end = at + 2
                    continue
                if prev.isalnum() and nxt.isalnum():
                    continue  # don't: no mark
            elif ci == _BACKTICK and nxt == "`":
                _mark(text, "``", at, at + 2, size, out)
                end = at + 2
                continue
            _mark(text, _MARK_CHAR_LIST[ci], at, end, size, out)
        return out
    for m in _MARK_SCAN.finditer(text, lo, hi):
        kind = m.lastindex
        at, end = m.span()
        if kind == 1:
            out.append(at << _AT_SHIFT | (0 if text[at] == "\u201c" else _SINGLE_BIT) | OPEN)
        elif kind == 2:
            out.append(at << _AT_SHIFT | (0 if text[at] == "\u201d" else _SINGLE_BIT) | CLOSE)
        else:
            _mark(text, m.group(), at, end, size, out)
    return out


def _mark(text: str, mark: str, at: int, end: int, size: int, out: list[int]) -> None:
    """Append to ``out`` the mark the scan left undecided (``pack``ed), unless it is an apostrophe."""
    prev = text[at - 1] if at else " "
    nxt = text[end] if end < size else " "
    # The common cases first, without the full analysis: don't / country’s, and curly
    # double marks with a space on their outer side.
    if mark in _APOSTROPHE_LIKE and prev.isalnum() and nxt.isalnum():
        return
    if (prev == " " or prev == "\n") and nxt.isalpha():
        if mark == "\u201c":
            out.append(at << _AT_SHIFT | OPEN)
            return
        if mark == "\u2018":
            out.append(at << _AT_SHIFT | _SINGLE_BIT | OPEN)
            return
    elif (nxt == " " or nxt == "\n") and not prev.isspace():
        if mark == "\u201d":
            out.append(at << _AT_SHIFT | CLOSE)
            return
        if mark == "\u2019":
            out.append(at << _AT_SHIFT | _SINGLE_BIT | CLOSE)
            return
    role = _role(text, mark, at, end)
    if role != APOSTROPHE:
        out.append(pack(at, end, DOUBLE if mark in _DOUBLE_MARKS else SINGLE, role))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair(text: str, marks: list[int], first: int, last: int) -> tuple[list[int], int]:
    """The top-level pairs of one paragraph's marks, ``marks[first:last]``: the opening and the
    closing mark of each pair, one after the other; and the top-level mark left open at its end
    (-1: none)."""
    pairs: list[int] = []
    stack: list[int] = []
    for i in range(first, last):
        code = marks[i]
        role = code & _ROLE_BITS
        if not stack:  # nothing open: an opening (or either) mark opens, a closing one is stray
            if role & OPEN:  # OPEN or EITHER
                stack.append(code)
            continue
        fam = code & _SINGLE_BIT
        depth = len(stack) - 1
        while depth >= 0 and stack[depth] & _SINGLE_BIT != fam:
            depth -= 1
        closes = depth >= 0 and (role == CLOSE or role == EITHER)
        if closes and fam and role == CLOSE:
            s = code >> _AT_SHIFT
            e = s + 2 if code & _WIDE else s + 1
            if text[s - 1:s].isalpha() and text[e:e + 1] == " " and text[e + 1:e + 2].isalnum():
                # _weak_close, inlined. A plural possessive or elision: give way to a later
                # closing mark of the same family, unless a new quote opens first.
                for k in range(i + 1, last):
                    later = marks[k]
                    if later & _SINGLE_BIT != fam:
                        continue
                    if later & _ROLE_BITS == OPEN:
                        break
                    s2 = later >> _AT_SHIFT
                    if not _weak_close(text, s2, s2 + 2 if later & _WIDE else s2 + 1) or text[s - 1] in "sSzZ":
                        closes = False
                    break
        if closes:
            opening = stack[depth]
            del stack[depth:]
            if not stack:
                pairs.append(opening)
                pairs.append(code)
        elif (role == OPEN or role == EITHER) and len(stack) < _MAX_DEPTH:
            stack.append(code)
        # A closing mark with nothing of its family open is an apostrophe or a stray mark.
    return pairs, (stack[0] if stack else -1)


def _opens_clause(text: str, lo: int, o_s: int, o_e: int) -> bool:
    """Whether a left single mark never closed in its paragraph opens a quotation running to its
    end, as a double mark would: it comes after a comma (``,’ Blackwell added, ‘have …``) or
    opens a sentence (``… back Trump. ‘Realistically, …``), where no apostrophe stands."""
    if text[o_s] != "\u2018" or o_e >= len(text) or _ELISION.match(text, o_e):
        return False
    before = text[lo:o_s].rstrip()[-1:]
    return before == "," or before in ".!?" and before != "" and text[o_e].isupper()


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
        at = bisect_left(every, hi << _AT_SHIFT, at)  # the first mark at or after hi
        if first_mark == at:  # no marks: nothing to pair, and no quotation runs on through it
            carried = False
            continue
        continued = False
        if carried:
            code = every[first_mark]
            if code & OPEN and (SINGLE if code & _SINGLE_BIT else DOUBLE) == carried_family \
                    and not text[lo:code >> _AT_SHIFT].strip():
                continued = True
        pairs, left_open = _pair(text, every, first_mark, at)
        for k in range(0, len(pairs), 2):
            opening, closing = pairs[k], pairs[k + 1]
            o_s = opening >> _AT_SHIFT
            o_e = o_s + 2 if opening & _WIDE else o_s + 1
            c_s = closing >> _AT_SHIFT
            fam = SINGLE if closing & _SINGLE_BIT else DOUBLE
            if o_e < c_s and not text[o_e].isspace() and not text[c_s - 1].isspace():
                # Nothing to trim; Span's fields in order, built without its Python __new__.
                spans.append(_tuple_new(Span, (o_e, c_s, o_s, c_s, fam, p_index, continued and k == 0,
                                               False)))
                continue
            start, end = _trim(text, o_e, c_s)
            if start < end:
                spans.append(Span(start, end, o_s, c_s, fam, p_index, continued and k == 0))
        carried = False
        if left_open >= 0:
            o_s = left_open >> _AT_SHIFT
            o_e = o_s + 2 if left_open & _WIDE else o_s + 1
            fam = SINGLE if left_open & _SINGLE_BIT else DOUBLE
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
            if runs_on or fam == DOUBLE or not text[lo:o_s].strip() or text[lo:o_s].rstrip().endswith(":") \
                    or _opens_clause(text, lo, o_s, o_e):
                start, end = _trim(text, o_e, hi)
                if start < end:
                    spans.append(Span(start, end, o_s, -1, fam, p_index,
                                      continued and not pairs, runs_on))
            carried = runs_on
            carried_family = fam
    return spans
