"""Kinds of quotes: direct, partial, scare; titles of works and labels said by no one."""
from __future__ import annotations

import functools
import re

from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.lexicon import CUES, DETERMINERS, PRONOUNS, TITLE_SMALL_WORDS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS, mark_end, word_before

_APOSTROPHES = re.compile(r"['’]")
def title_case(title: str) -> bool:
    """Most of the headline's words (of four letters or more) are capitalized."""
    words = [w for w in WORDS.findall(title) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)



def only_attribution(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` is a bare attribution between two halves of a quote: ", said Blaise
    Metreweli, head of MI6," or "he said," (short, ends on a comma, no clause of its own)."""
    gap = text[lo:hi].strip()
    return gap.endswith(",") and len(gap.split()) <= 10 and \
        " that " not in gap and not any(w.endswith("ing") for w in gap.split()[1:])



def is_title_of_work(quoted: str, span: Span) -> bool:
    """Two to eight words in title case: a show, a book, a slogan's name, not speech; with a
    subtitle after one colon, up to fourteen ("Superminds: The Surprising Power of People and
    Computers Thinking Together", "X-Men: Dark Phoenix")."""
    subtitle = quoted.count(":") == 1 and quoted.index(":") > 1 and quoted[quoted.index(":") + 1:].strip()[:1].isupper()
    if len(quoted) > (120 if subtitle else 90) or not quoted[:1].isupper() or span.continued or \
            (":" in quoted and not subtitle) or \
            "?" in quoted or "!" in quoted or ";" in quoted or ". " in quoted:
        return False
    words = WORDS.findall(quoted)
    if not 2 <= len(words) <= (14 if subtitle else 8):
        return False
    if _APOSTROPHES.split(words[0].lower())[0] in ("i", "we", "you", "he", "she", "they"):
        return False  # "We're America." is speech
    if _APOSTROPHES.search(words[0]) and quoted.rstrip("’'\"” ")[-1:] in (".", "!") and \
            _APOSTROPHES.split(words[0].lower())[0] in ("it", "that", "there", "here"):
        return False  # "It’s ‘Showtime at the Apollo.’": a sentence that opens on a contraction
    return all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words) and \
        sum(1 for w in words if w[:1].isupper()) >= 2 and words[0][:1].isupper()


def is_named_by_cue(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """Title-case words that someone is reported to have used: "the mayor called him “Captain Chaos”"
    (but not "he told NBC's “Meet the Press”", where the name is the show's)."""
    if cues.first(lo, hi) is None:
        return False
    word = word_before(text, hi, lo).lower()
    return not (word.endswith(("'s", "’s", "s'", "s’")) or word in DETERMINERS or
                word in ("on", "in", "of", "titled", "called", "entitled", "named", "dubbed", "show"))


def is_modifier(text: str, span: Span, quoted: str) -> bool:
    """A quoted word or two used to label a noun, ``the ‘narcoterrorist’ networks``: the writer
    keeping a term at arm's length (a scare quote), not reporting speech."""
    if len(quoted) > 40 or span.close_at < 0 or quoted[-1:] in ",.!?" or len(WORDS.findall(quoted)) > 2:
        return False
    after = text[span.close_at + 1:span.close_at + 3]
    return len(after) == 2 and after[0] == " " and after[1].isalpha() and after[1].islower()



@functools.lru_cache(maxsize=4096)
def short(quoted: str) -> bool:
    """Three words or fewer (asked up to four times of each quote: cached)."""
    return len(quoted) < 40 and len(WORDS.findall(quoted)) <= 3


# Nouns that introduce a quoted word as a word: "saying words such as “hello”", "the name “Amy”".
WORD_NOUNS = frozenset("""
word words name names term terms phrase phrases sound sounds label labels nickname nicknames
slogan slogans hashtag hashtags expression expressions
""".split())
_WORD_LINKS = frozenset("such as like the a an of including".split())


def is_mentioned_word(text: str, span: Span, quoted: str, lo: int) -> bool:
    """Three words or fewer quoted as words, not as anyone's speech: after a noun for words
    ("repeated sounds like “Nairian”", "the name “Amy”") or "so-called" (``lo``: the sentence's
    start)."""
    if not short(quoted) or span.continued:
        return False
    words = text[max(lo, span.open_at - 60):span.open_at].lower().split()
    if words and words[-1] == "so-called":
        return True
    k = len(words)
    while k > 0 and k > len(words) - 3 and words[k - 1] in _WORD_LINKS:
        k -= 1
    return k > 0 and words[k - 1] in WORD_NOUNS


_FOLLOWING_WORD = re.compile(r" +([a-z]+)\b")


def kind_of(text: str, span: Span, quoted: str) -> str:
    """``direct`` for a quoted sentence, ``partial`` for words inside the writer's sentence."""
    first = quoted[:1]
    k = span.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    prev = text[k] if k >= 0 and text[k] not in "\r\n" else ""
    if prev in ("’", "'") and k > 0 and text[k - 1].isalpha():
        prev = "s"  # "Democrats’ “largest spikes”": a possessive, not a closing quote mark
    embedded = prev.isalnum()
    if span.continued:
        return "direct"
    if (not prev or prev in ".!?…") and span.close_at >= 0 and quoted.rstrip()[-1:].isalnum():
        # "“Going on offense” seems the only way": words that open the writer's sentence.
        nxt = _FOLLOWING_WORD.match(text, mark_end(text, span))
        if nxt and nxt.group(1) not in CUES and nxt.group(1) not in PRONOUNS:
            return "partial"
    if not prev or prev in ":.!?\"”’'…—–―":
        return "direct"
    if embedded and (not first.isupper() or short(quoted)):
        return "partial"
    if prev == "," and first.isupper():
        return "direct"
    if first.isupper() and not short(quoted):
        return "direct"
    return "partial"
