"""The text layer's pieces: tokens, trimmed words, sentence ends."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsbeam.transforms.quotes.compiled import is_compiled
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import (
    ABBREVIATIONS, ABBREVIATIONS_DE, ACRONYM_FORMS_DE, CUES, FUNCTION_WORDS, SENTENCE_ADVERBS)
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.offsets import bisect_left, bisect_right

# A word ([^\W\d_][\w'’.\-]*), a number (\d[\w\-]*) or one other non-space character; written
# to start with a character class, which lets the regex engine skip spaces without trying each
# alternative.
_TOKEN: Final = re.compile(r"[^\s_](?:(?<=[^\W\d_])[\w'’.\-]*|(?<=\d)(?:[\w\-]|[,.](?=\d))*|)")

# _TOKEN as a separator: split gives the gaps and the tokens as strings, in one linear pass,
# and the offsets follow from their lengths. (Its look-behinds see only the token's own first
# character, so a slice tokenizes as the window of the whole text does.) The definition that
# ``tokens`` reads by hand (``tokens_by_pattern``; tests compare the two).
_TOKEN_SPLIT: Final = re.compile("(" + _TOKEN.pattern + ")")


def tokens_by_pattern(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``tokens`` as ``_TOKEN_SPLIT`` finds them: the plain definition."""
    out: list[tuple[int, int, str]] = []
    append = out.append
    pos = lo
    parts = iter(_TOKEN_SPLIT.split(text[lo:hi]))
    for gap, tok in zip(parts, parts):
        pos += len(gap)
        end = pos + len(tok)
        append((pos, end, tok))
        pos = end
    return out


# Where the extractor runs compiled, ``tokens`` reads the characters by hand; in pure Python the
# regex split is cheaper (callgrind, pure, seed-like: the hand reader costs +350 k instructions
# an article, bench/README.md, "Stop 37, speed-b"). Decided once, as the build is.
_BY_HAND: Final = is_compiled()


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Tokens of ``text[lo:hi]`` as (start, end, token), in order (``_TOKEN``'s matches)."""
    if _BY_HAND:
        return tokens_by_hand(text, lo, hi)
    return tokens_by_pattern(text, lo, hi)


def tokens_by_hand(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``tokens`` as ``_TOKEN``'s matches, read character by character (the pattern's split costs ~40 instructions a character compiled,
    plus its list of gaps; a code point read with ``ord`` costs a few). ASCII is classed by its
    code: ``\\s`` is 9-13, 28-32; ``\\w`` the letters, digits and "_"; ``\\d`` 0-9. Other
    characters by ``str.isspace``/``isalnum``/``isdecimal``, which are ``\\s``, ``\\w`` less "_" and
    ``\\d`` on every code point (tests check each)."""
    out: list[tuple[int, int, str]] = []
    append = out.append
    i = lo
    while i < hi:
        o = ord(text[i])
        if o < 128:
            if o == 32 or 9 <= o <= 13 or 28 <= o <= 31 or o == 95:
                i += 1  # a space, or "_" (no token opens on it)
                continue
            letter = 97 <= o <= 122 or 65 <= o <= 90
            digit = 48 <= o <= 57
        else:
            c = text[i]
            if c.isspace():
                i += 1
                continue
            digit = c.isdecimal()
            letter = not digit and c.isalnum()
        j = i + 1
        if letter:  # [\w'’.\-]*
            while j < hi:
                o = ord(text[j])
                if o < 128:  # (\w, "'", ".", "-": the compares inline, not a call a character)
                    if not (97 <= o <= 122 or 65 <= o <= 90 or 48 <= o <= 57 or
                            o == 95 or o == 39 or o == 46 or o == 45):
                        break
                elif not (o == 0x2019 or text[j].isalnum()):
                    break
                j += 1
        elif digit:  # (?:[\w\-]|[,.](?=\d))*
            while j < hi:
                o = ord(text[j])
                if o < 128:
                    if not (48 <= o <= 57 or 97 <= o <= 122 or 65 <= o <= 90 or o == 95 or o == 45):
                        if not ((o == 44 or o == 46) and j + 1 < hi and _decimal_at(text, j + 1)):
                            break
                elif not text[j].isalnum():
                    break
                j += 1
        append((i, j, text[i:j]))
        i = j
    return out


def _decimal_at(text: str, k: int) -> bool:
    o = ord(text[k])
    return 48 <= o <= 57 if o < 128 else text[k].isdecimal()


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()


# trim's results: a plain dict, emptied when full. (An lru_cache is a call through its wrapper
# and a key built per call, ~2x a dict look-up from compiled code; trim is called ~200 times
# an article.)
_TRIMMED: Final[dict[str, str]] = {}
_TRIMMED_MAX: Final = 1 << 16


def trim(tok: str) -> str:
    """``tok`` lowered, without the full stops and then the apostrophes that close it."""
    low = _TRIMMED.get(tok)
    if low is None:
        low = tok.rstrip(".").rstrip("’'").lower()
        if len(_TRIMMED) >= _TRIMMED_MAX:
            _TRIMMED.clear()
        _TRIMMED[tok] = low
    return low


def is_possessive(tok: str) -> bool:
    return tok.endswith(("'s", "’s", "s'", "s’"))


def abbreviations() -> frozenset[str]:
    """The abbreviations of the current article's language: German adds its academic titles
    ("Ing.", "Mag.", lexicon.ABBREVIATIONS_DE)."""
    return ABBREVIATIONS_DE if current_language().code == "de" else ABBREVIATIONS


def acronym_form(core: str) -> bool:
    """Whether ``core`` (a word before its stop, as written) is one of German's short abbreviations
    written all in capitals, an acronym that may end a sentence: "der BR.", "in der DDR." (read46d);
    "Br. Paul Moser", "Abg. Eva Roth" stay abbreviations."""
    return core.isupper() and core.lower() in ACRONYM_FORMS_DE


def ends_sentence(tok: str) -> bool:
    """A word carrying a full stop that ends its sentence ("Hester."), not "Mr." or "J."."""
    if not tok.endswith(".") or len(tok) < 2:
        return False
    core = tok[:-1]
    return not (core.lower() in abbreviations() and not acronym_form(core) or len(core) == 1 or "." in core)


def name_word(tok: str) -> bool:
    """A capitalized word that can be part of a name: not "In", "If", "But", "The", "Says"."""
    if not tok[:1].isupper():
        return False  # (most words: answered before the trimmed word is looked up)
    low = trim(tok)
    if low in FUNCTION_WORDS or low in CUES:
        return False
    lang = current_language()
    return lang.code == "en" or low not in lang.function_words and low not in lang.cues


# Words that are also names when they follow a given name: "Theresa May", "Joe Will", "April
# June Lee", "USA Today" (a modal, a month or a time word; alone they stay what they are).
NAME_HOMOGRAPHS: Final = frozenset("may will june april august today".split())
# German words that keep their sense after a reporting verb even when capitalized ("sagte Dank").
_NOT_SURNAMES_DE: Final = frozenset("sie ihr ihnen ihm es man dank".split())


def name_word_at(toks: list[tuple[int, int, str]], k: int, after: str = "") -> bool:
    """``toks[k]`` is a word of a name: a name word, or a capitalized homograph ("May") right
    after one in the same sentence and not before a number ("Theresa May", not "Lee May 3"), or
    right before a reporting verb ("May said", "May told"). ``after`` is the word after the
    last token, where ``toks`` stops before it."""
    w = toks[k][2]
    if name_word(w):
        return True
    if not is_cap(w) or trim(w) not in NAME_HOMOGRAPHS:
        return False
    nxt = toks[k + 1][2] if k + 1 < len(toks) else after
    nxt_low = nxt.rstrip(".,;:").lower()
    if nxt_low in CUES and nxt_low.endswith(_VERB_FORMS) and nxt_low == nxt.rstrip(".,;:"):
        return True
    if k == 0:
        return False
    prev = toks[k - 1][2]
    return name_word(prev) and (prev[1:2].islower() or trim(w) == "today" and prev.isupper()) and \
        not ends_sentence(prev) and \
        not nxt[:1].isdigit()


_VERB_FORMS: Final = ("s", "ed", "said", "told", "wrote")


def name_after_verb(toks: list[tuple[int, int, str]], before: str = "") -> bool:
    """The first of ``toks``, right after a reporting verb, opens a name although it is a word of
    the language: an English homograph before a surname ("said Will Reedy", "said May Tran"), or
    in German a capitalized conjunction or verb that the article uses as a surname ("sagte Weil",
    "sagt Weiß": mid-sentence, a conjunction or a verb is written in lower case; "Sie", "Der"
    and the like stay what they are), where ``before``, the two characters before the word, end a
    word (the verb): after a dash a new clause may open on "Mit", "Auch". The name index then gives
    the full name, if any."""
    first = toks[0][2]
    low = trim(first)
    if low in NAME_HOMOGRAPHS and first[1:2].islower() and len(toks) > 1 and name_word(toks[1][2]) and \
            not ends_sentence(first):
        return True
    if low in SENTENCE_ADVERBS and first[1:2].islower() and len(toks) > 1 and name_word(toks[1][2]) and \
            before[:1].isalpha() and before[1:] == " " and current_language().code == "en":
        return True  # "said Clearly Better, a charity": mid-sentence, a capitalized adverb opens a name (read49)
    lang = current_language()
    return lang.code == "de" and before[:1].isalpha() and before[1:] == " " and is_cap(first) and \
        first[1:2].islower() and \
        (low in lang.function_words or low in lang.cues) and low not in lang.pronouns and \
        low not in lang.determiners and low not in _NOT_SURNAMES_DE


def according(word: str) -> bool:
    """"according to", or the current language's word for it ("laut", "según", "selon")."""
    low = word.lower()
    return low.startswith("according") or low in current_language().according


def word_before(text: str, pos: int, lo: int = 0) -> str:
    """The whitespace-delimited word that ends before ``pos`` (spaces skipped), or ""."""
    words = text[max(lo, pos - 40):pos].rsplit(None, 1)  # (the last word alone, as split()[-1])
    return words[-1] if words else ""


def strip_possessive(tok: str) -> str:
    if tok.endswith(("'s", "’s")):
        return tok[:-2]
    return tok


def subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    for s in small:
        for b in it:
            if s == b:
                break
        else:
            return False
    return True

# A sentence ends at . ! ? (maybe inside a closing mark) before a space and a capital or mark.
# (The next sentence may open on a quote mark of any language: „ » ‚ › and Spanish ¿ ¡, and
# on NYT-style '' and ``, two characters.)
# The next sentence opens on a capital (also an accented one: "Él", "État", "Über") or a digit,
# after at most one opening mark; a French guillemet may stand a space apart ("« C'est").
_NEXT_OPENS: Final = r"(?=(?:''|``|[\"'“‘„»‚›¿¡(]|«[ \u00a0\u202f]?)?[A-Z0-9À-ÖØ-Þ])"
_SENTENCE_END: Final = re.compile(r"[.!?…][\"'”’»)]*\s+" + _NEXT_OPENS)
_SENTENCE_TAIL: Final = r"[\"'”’»)]*\s+" + _NEXT_OPENS
_DOT_END_SPLIT: Final = re.compile(r"(\." + _SENTENCE_TAIL + ")")  # _SENTENCE_END at a full stop
_OTHER_END: Final = re.compile(r"[!?…]" + _SENTENCE_TAIL)  # ... and at the other stops
WORDS: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def long_words(text: str) -> tuple[int, int]:
    """How many of ``WORDS.findall(text)`` have four characters or more, and how many of those
    open on a capital: the words read character by character (``[^\\W_]`` is ``str.isalnum``,
    tests check each code point), where the pattern costs ~400 instructions a character of a
    headline with curly marks, compiled."""
    count = capitalized = 0
    i, n = 0, len(text)
    while i < n:
        if not text[i].isalnum():
            i += 1
            continue
        j = i + 1
        while True:
            while j < n and text[j].isalnum():
                j += 1
            if j + 1 < n and (text[j] == "'" or text[j] == "’") and text[j + 1].isalnum():
                j += 2  # "Don't", "O’Neil": one word
                continue
            break
        if j - i > 3:
            count += 1
            if text[i].isupper():
                capitalized += 1
        i = j
    return count, capitalized


# _SENTENCE_TAIL's pieces, for ``_dot_end``: the closing marks, the one-character opening marks,
# the capitals and digits a sentence opens on, the spaces a French guillemet may stand apart by.
_CLOSERS: Final = "\"'”’»)"
_OPENERS: Final = "\"'“‘„»‚›¿¡("
_CAPITALS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + "".join(
    chr(c) for c in range(ord("À"), ord("Þ") + 1) if chr(c) != "×")
_GUILLEMET_SPACES: Final = " \u00a0\u202f"


def _opens_at(text: str, at: int, n: int) -> bool:
    return at < n and text[at] in _CAPITALS


def _dot_end(text: str, k: int, n: int) -> int:
    """Where ``_DOT_END_SPLIT``'s match at the full stop ``text[k]`` ends, or -1 where it does
    not match, read character by character (the pattern's scan and its match objects cost ~40
    instructions a character of the zone, compiled). Closing marks, then spaces (``\\s`` is
    ``str.isspace``); the next sentence's first character (the look-ahead, not taken) is a
    capital or a digit, maybe after one opening mark: neither repetition can give back a
    character that would let the look-ahead match (no mark is a space, no space a capital)."""
    j = k + 1
    while j < n and text[j] in _CLOSERS:
        j += 1
    spaced = j
    while j < n and text[j].isspace():
        j += 1
    if j == spaced or j >= n:
        return -1
    c = text[j]
    if c in _CAPITALS:
        return j
    if (c == "'" or c == "`") and j + 1 < n and text[j + 1] == c and _opens_at(text, j + 2, n):
        return j  # '' and `` (NYT style)
    if c in _OPENERS and _opens_at(text, j + 1, n):
        return j
    if c == "«" and (_opens_at(text, j + 1, n) or
                     j + 1 < n and text[j + 1] in _GUILLEMET_SPACES and _opens_at(text, j + 2, n)):
        return j
    return -1


def mark_end(text: str, span: Span) -> int:
    return span.end if span.close_at < 0 else close_end(text, span.close_at)


def close_end(text: str, close_at: int) -> int:
    """Where the closing mark at ``close_at`` ends: NYT-style '' closes with two characters."""
    # Compared one by one, not with str.startswith (a method call, ~1,000 instructions compiled;
    # asked ~100 times an article).
    if 0 <= close_at and close_at + 1 < len(text) and text[close_at] == "'" and text[close_at + 1] == "'":
        return close_at + 2
    return close_at + 1


class Sentences:
    """The sentence ends of one zone, found once (abbreviations and initials skipped)."""

    __slots__ = ("starts", "ends")

    def __init__(self, text: str):
        self.starts: list[int] = []  # offset of the full stop
        self.ends: list[int] = []  # offset of the next sentence
        # The ends at a full stop: each "." found with str.find and read where it stands by
        # _dot_end (exactly _DOT_END_SPLIT's matches: no match holds a "."). The rarer ! ? …
        # are found with str.find and matched where they stand. No end contains another
        # stop, so together they are exactly _SENTENCE_END's matches.
        hits = []
        n = len(text)
        k = text.find(".")
        while k >= 0:
            e = _dot_end(text, k, n)
            if e >= 0:
                hits.append((k, e))
            k = text.find(".", k + 1)
        if "!" in text or "?" in text or "…" in text:
            for ch in "!?…":
                k = text.find(ch)
                while k >= 0:
                    m = _OTHER_END.match(text, k)
                    if m:
                        hits.append((k, m.end()))
                    k = text.find(ch, k + 1)
            hits.sort()
        starts_append, ends_append = self.starts.append, self.ends.append
        abbrevs = abbreviations()
        for k, e in hits:
            if text[k] == ".":
                # The word before the stop, at most 12 characters of it. Past 5 characters
                # (with no opening mark to strip) it is no abbreviation or initial.
                lo = text.rfind(" ", k - 12 if k > 12 else 0, k) + 1
                if lo < k - 12:
                    lo = k - 12
                if k - lo <= 5 or text[lo] in "(\"“‘'" or text[lo:k].lower() in abbrevs:
                    # (a longer abbreviation of the list: "LH-Stv.", "Univ.-Prof." before a name)
                    last = text[lo:k].lower().lstrip("(\"“‘'")
                    if last in abbrevs and not acronym_form(text[k - len(last):k]) or \
                            (len(last) == 1 and last.isalpha()) or \
                            "." in last and len(last) <= 5:
                        continue  # "Mr.", "J.", "G.K." before a name do not end the sentence
            starts_append(k)
            ends_append(e)

    def start(self, lo: int, hi: int) -> int:
        """Where the sentence holding ``hi`` starts, searching no further back than ``lo``."""
        i = bisect_right(self.ends, hi) - 1
        if i >= 0 and self.starts[i] >= lo:
            return self.ends[i]
        return lo

    def end(self, lo: int, hi: int) -> int:
        """Where the sentence holding ``lo`` ends (just after its full stop), at most ``hi``."""
        i = bisect_left(self.starts, lo)
        if i < len(self.starts) and self.ends[i] <= hi:
            return self.starts[i] + 1
        return hi


def sentences_before(text: str, sentences: Sentences, p_lo: int, hi: int, floor: int,
                     count: int) -> Iterator[tuple[int, int]]:
    """The sentences before ``hi`` in the paragraph that starts at ``p_lo``, the nearest first:
    (start, end) of at most ``count`` of them, none starting before ``floor`` (the walk back of
    paraphrase_before and roundup_phrases)."""
    for _ in range(count):
        while hi > floor and text[hi - 1].isspace():
            hi -= 1
        if hi <= floor:
            return
        s_lo = sentences.start(p_lo, hi - 1)
        if s_lo < floor or s_lo >= hi:
            return
        yield s_lo, hi
        hi = s_lo


def sentence_before(text: str, sentences: Sentences, floor: int, own: int) -> tuple[int, int] | None:
    """The sentence right before the one that starts at ``own``: (start, end), its end before
    the spaces that follow it, its start no further back than ``floor`` nor than a line break
    (a paragraph break ends a sentence whatever the stop before it looks like); None when only
    spaces stand between ``floor`` and ``own``. The one reading of "the sentence before" for
    subject_company, near_rival, own_words_fr and newer_antecedent."""
    hi = own
    while hi > floor and text[hi - 1].isspace():
        hi -= 1
    if hi <= floor:
        return None
    return max(floor, sentences.start(floor, hi - 1), text.rfind("\n", 0, hi - 1) + 1), hi



def party_state(word: str) -> bool:
    """"R-Ky.", "D-N.Y.", "I-Vt.", "R-Utah", "D-Pennsylvania" (AP spells states out: s62): a US lawmaker's
    party and state, as set off by commas after the name ("Sen. Ann Lee, R-Ky., said")."""
    return 4 <= len(word) <= 15 and word[:2] in ("R-", "D-", "I-") and word[2].isupper() and \
        word[2:].replace(".", "").isalpha()


_BRACKET_WORDS: Final = 4  # "(she said)": an attribution of its own, however set off


def in_closed_aside(text: str, lo: int, s: int, e: int, hi: int) -> bool:
    """``text[s:e]`` stands inside brackets opened after ``lo`` and closed before ``hi``, and the
    aside holds more than ``_BRACKET_WORDS`` words: a clause of its own ("(don't ask how,
    it's never explained)"), whose verb does not lead into what follows the bracket."""
    opened = text.rfind("(", lo, s)
    if opened < 0 or text.find(")", opened, s) >= 0:
        return False
    closed = text.find(")", e, hi)
    return closed >= 0 and len(text[opened + 1:closed].split()) > _BRACKET_WORDS



_MENTION_BACK: Final = 200  # characters read back from a cue or a quote for the mention's place


def mention_at(text: str, mention: str, before: int) -> int:
    """Where ``mention`` (a finding's words) starts in ``text``, read back from ``before`` (its
    cue, or the quote) at most ``_MENTION_BACK`` characters; -1 if not there."""
    return text.rfind(mention, max(0, before - _MENTION_BACK), before) if before > 0 and mention else -1


def capital_pronoun(word: str, verb: str) -> bool:
    """Whether ``word``, a pronoun's letters, is written in capitals before a lower-case verb: an acronym,
    no pronoun (s63): "The WHO said: “…”" (the World Health Organization); not an all-caps headline's
    "HE SAID", whose verb is in capitals too."""
    return len(word) > 1 and word.isupper() and word.isalpha() and verb[:1].islower()
