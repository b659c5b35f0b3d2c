"""A full name the article writes as a speaker: evidence that it names a person.

A person called by the first word of their name ("Anutin", "Thitinan", "Zeng") is widened to
the full name (``names.NameIndex.given_name``) only where the article shows the full name is
someone's: a title before it ("Prime Minister Anutin Charnvirakul") or an introduction after it.
International and feature copy often introduces a person with neither, but as the speaker of a
quote: `“…,” says Akarachai Chaimaneekarakate, advocacy lead at …`, `Thitinan Pongsudhirak,
professor and senior fellow at …, tells TIME`, `Zeng Yuli wrote in an op-ed`. Thai given names
and Chinese family names come first, so the later one-word mentions are the first word, and the
resolver, which widens a last word, gave the one word alone. A body is rarely written so
(``given_name`` already refuses organisation and place words; a full name here has no word the
article also writes in lower case: "Pew Research"). Pure function; bounded scans.

Not proof (fix44, review44 #1, #9-#11): the name as the subject of a reported clause ("The White
House said Israel Katz would visit": the name is not the subject of "said"); a one word that the
first-name lists hold ("Maria", "Georgia", "Israel": another person, a child in a vox pop, or a
state, is called so as often as the quoted person); a one word the article writes as a body or
place ("Israel said in a statement", "in Jordan"); a full name ending on a product or company
word ("Google Maps"). The one word then stays the speaker, as before en44.

Stop 53 (``widened_plainly``): a word no first-name list holds may also be widened to a plain
full name with no such proof ("When we sat down with Anutin Charnvirakul …, “…,” Anutin said"),
unless it is a country, a nickname written in quotes, a product's or a thing's name ("the
Nintendo Switch"), a body or a place, a part of a longer name ("Kim Jong Un"), or another of that
name ("a taxi driver named Somchai").
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import re

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon import CUES, INVERTED_CUES
from newsbeam.transforms.quotes.nationals import DEMONYMS
from newsbeam.transforms.quotes.tokens import trim

_SEEN: Final = 20  # occurrences of the name read per text
_APPOSITIVE: Final = 140  # longest appositive between the name and its cue (", professor at …,")
_SENTENCE_ENDS: Final = ".!?\n“”\""
# What may follow an inverted cue's subject: the clause's end, or a word of time or place
# ("says Ann Lee, professor at …", "said Ann Lee on Monday"); not a verb ("said Ann Lee would").
_SUBJECT_ENDS: Final = ",.;:!?\n“”\"()"
_AFTER_SUBJECT: Final = frozenset("on in at last this yesterday today earlier later recently told".split())
# A body's document after its one word ("Israel said in a statement", "Sony said in a filing").
_BODY_DOCUMENT: Final = re.compile(r"[^\S\n]{1,3}(?:said|says|told|added|wrote)[^\S\n]{1,3}in[^\S\n]{1,3}(?:a|an|its)"
                                   r"[^\S\n]{1,3}(?:joint[^\S\n]{1,3})?(?:statement|filing|release|post|letter|report|notice)")
# The one word introduced alone with an age ("Noi, nine, held a sign"): someone else, by first name.
_AGED: Final = re.compile(r",[^\S\n]{1,2}(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"thirteen|fourteen|fifteen|sixteen|seventeen)[,)]")
_PLACE_BEFORE: Final = frozenset("in into across throughout inside".split())  # "in Jordan": a place
# Last words of a body's or product's name ("Google Maps", "Meta Platforms").
_PRODUCT_WORDS: Final = frozenset("""Maps News Music Platforms Group Cloud Pay Labs Search Store Play TV
    Studios Games Airlines Airways Motors Bank Holdings Capital Media Energy Health Foods Systems
    Network Networks Mobile Online Digital Technologies Software Pharma Insurance""".split())


def _cue_before(text: str, pos: int) -> bool:
    """The word before ``pos`` is a cue that stands before its subject ("says", "said")."""
    words = text[max(0, pos - 24):pos].split()
    return bool(words) and text[pos - 1:pos].isspace() and trim(words[-1]).lower() in INVERTED_CUES \
        and words[-1][-1:].isalpha()


def _subject_ends(text: str, end: int) -> bool:
    """The inverted cue's subject ends at ``end``: a mark, the text's end, or a word of time or
    place follows, not a verb ("said Israel Katz would visit" names the reported clause's subject)."""
    rest = text[end:end + 24]
    if not rest or rest[0] in _SUBJECT_ENDS:
        return True
    words = rest.split()
    return rest[0] == " " and bool(words) and trim(words[0]) in _AFTER_SUBJECT


def _cue_after(text: str, end: int) -> bool:
    """A cue follows ``end``: directly ("Zeng Yuli wrote") or after an appositive closed by a
    comma within one sentence ("Ann Lee, professor at Lisk University, tells …")."""
    rest = text[end:end + _APPOSITIVE + 24]
    if rest[:1] == " ":
        word = rest.split(maxsplit=1)[0] if rest.split() else ""
        return trim(word).lower() in CUES and word[-1:].isalpha()
    if rest[:2] != ", ":
        return False
    close = rest.find(", ", 2, _APPOSITIVE)
    if close < 0 or any(c in rest[2:close] for c in _SENTENCE_ENDS):
        return False
    after = rest[close + 2:].split(maxsplit=1)
    return bool(after) and trim(after[0]).lower() in CUES and after[0][-1:].isalpha()


def _written_lower(texts: list[str], word: str) -> bool:
    """Whether a text writes ``word`` in lower case between spaces ("the research shows")."""
    low = f" {word.lower()} "
    return low != f" {word} " and any(low in text for text in texts)


def _places(texts: list[str], name: str) -> Iterator[tuple[str, int]]:
    """(text, start) of each place ``name`` is written, at most ``_SEEN`` a text."""
    for text in texts:
        k, seen = text.find(name), 0
        while k >= 0 and seen < _SEEN:
            yield text, k
            k, seen = text.find(name, k + len(name)), seen + 1


def written_as_speaker(texts: list[str], full: str) -> bool:
    """Whether one of ``texts`` writes ``full`` (a name of two words or more) as the subject of
    a speech cue, inverted or not."""
    if " " not in full or any(_written_lower(texts, w) for w in full.split()[1:]):
        return False  # "Pew Research" (the article writes "research"): a body's words, no name
    for text, pos in _places(texts, full):
        end = pos + len(full)
        whole = (pos == 0 or not text[pos - 1].isalnum()) and not text[end:end + 1].isalnum()
        if whole and (_cue_before(text, pos) and _subject_ends(text, end) or _cue_after(text, end)):
            return True
    return False


def _body_or_place(texts: list[str], word: str) -> bool:
    """Whether a text writes the one ``word`` alone as a body or a place, or as someone else: before
    "said in a statement" or after "in" ("Israel said in a statement", "in Jordan"), with an age
    ("Noi, nine,")."""
    for text, pos in _places(texts, word):
        end = pos + len(word)
        if (pos == 0 or not text[pos - 1].isalnum()) and not text[end:end + 1].isalnum():
            before = text[max(0, pos - 12):pos].split()
            if _BODY_DOCUMENT.match(text, end) or _AGED.match(text, end) or \
                    before and before[-1].lower() in _PLACE_BEFORE:
                return True
    return False


def widened_by_cue(texts: list[str], word: str, full: str) -> bool:
    """Whether the one ``word`` may be widened to ``full`` on the proof that ``full`` is written
    as a speaker (``written_as_speaker``): not for a word the first-name lists hold, a full name
    ending on a product word, or a word the article writes as a body or place."""
    return _widenable(texts, word, full) and written_as_speaker(texts, full)


def _widenable(texts: list[str], word: str, full: str) -> bool:
    """What both widenings ask first: ``word`` in no first-name list, ``full`` no product's name,
    ``word`` not written as a body or a place."""
    return not is_first_name(word) and full.split()[-1] not in _PRODUCT_WORDS and not _body_or_place(texts, word)


def quoted_by_first_word(people: list[str], word: str) -> str | None:
    """The one person already quoted whose full name opens on ``word`` ("Thitinan" for
    "Thitinan Pongsudhirak"), so that a pronoun after `says Thitinan.` finds the speaker the
    article calls by that word; None for a name of two words or more, or two such people."""
    if " " in word or not word:
        return None
    found = {p for p in people if p.startswith(word + " ")}
    return found.pop() if len(found) == 1 else None


# A determiner before a name says it is a thing's ("the Nintendo Switch", "its Galaxy Tab").
_THING_BEFORE: Final = re.compile(r"\b(?:the|a|an|its|their|his|her|our|new)\s+$", re.IGNORECASE)


def widened_plainly(texts: list[str], word: str, full: str) -> bool:
    """Whether the one ``word`` may be widened to the plain full name ``full`` it opens with no
    other proof (stop 53: "Somchai" for "Somchai Wongsawat", "Anutin" for "Anutin Charnvirakul"):
    as ``widened_by_cue`` asks, not a word the first-name lists hold ("Rosa" may be another Rosa),
    a product's name, nor a word written as a body or a place; and not a thing's name, written
    after a determiner ("the Nintendo Switch")."""
    return _widenable(texts, word, full) and not country(word) and not written_as_thing(texts, full) and \
        not any(f"{o}{word}{c}" in text for o, c in _QUOTED for text in texts) and \
        not _runs_on(texts, full) and not _another(texts, word)  # (a nickname: "Tom “Sunny” Lee")


# Words before a one-word name that say it is someone else's ("a taxi driver named Somchai",
# "Another Somchai, a farmer,"; read53).
_ANOTHER: Final = re.compile(r"\b(?:named|called|another|Another|one|a|an)[^\S\n]+$")


def _runs_on(texts: list[str], full: str) -> bool:
    """Whether ``full`` is written somewhere with a capitalized word right after it: a longer
    name ("Kim Jong Un", "Ho Chi Minh City") of which it is only a part (read53)."""
    return any(text[k + len(full):k + len(full) + 1] == " " and text[k + len(full) + 1:k + len(full) + 2].isupper()
               for text, k in _places(texts, full))


def _another(texts: list[str], word: str) -> bool:
    """Whether ``word`` alone is written after "named", "called", "another", "a", "one"."""
    return any(_ANOTHER.search(text[max(0, k - 12):k]) for text, k in _places(texts, word))


_QUOTED: Final = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))


def country(word: str) -> bool:
    """Whether ``word`` is a country whose people the demonyms name ("Kenya": Kenyan, "Oman": Omani)."""
    stem = word[:-1] if word[-1:] in "aeo" else word
    return any(form in DEMONYMS for form in (word + "n", word + "an", word + "i", word + "ian", stem + "ian",
                                             stem + "an", word + "ese", stem + "ese"))


def written_as_thing(texts: list[str], full: str) -> bool:
    """Whether the article writes ``full`` after a determiner somewhere: a thing's name."""
    return any(_THING_BEFORE.search(text[max(0, k - 6):k]) for text, k in _places(texts, full))
