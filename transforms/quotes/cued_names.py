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
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import CUES, INVERTED_CUES
from newsbeam.transforms.quotes.tokens import trim

_SEEN: Final = 20  # occurrences of the name read per text
_APPOSITIVE: Final = 140  # longest appositive between the name and its cue (", professor at …,")
_SENTENCE_ENDS: Final = ".!?\n“”\""


def _cue_before(text: str, pos: int) -> bool:
    """The word before ``pos`` is a cue that stands before its subject ("says", "said")."""
    words = text[max(0, pos - 24):pos].split()
    return bool(words) and text[pos - 1:pos].isspace() and trim(words[-1]).lower() in INVERTED_CUES \
        and words[-1][-1:].isalpha()


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


def written_as_speaker(texts: list[str], full: str) -> bool:
    """Whether one of ``texts`` writes ``full`` (a name of two words or more) as the subject of
    a speech cue, inverted or not."""
    if " " not in full or any(_written_lower(texts, w) for w in full.split()[1:]):
        return False  # "Pew Research" (the article writes "research"): a body's words, no name
    for text in texts:
        pos, seen = text.find(full), 0
        while pos >= 0 and seen < _SEEN:
            seen += 1
            end = pos + len(full)
            whole = (pos == 0 or not text[pos - 1].isalnum()) and not text[end:end + 1].isalnum()
            if whole and (_cue_before(text, pos) or _cue_after(text, end)):
                return True
            pos = text.find(full, end)
    return False


def quoted_by_first_word(people: list[str], word: str) -> str | None:
    """The one person already quoted whose full name opens on ``word`` ("Thitinan" for
    "Thitinan Pongsudhirak"), so that a pronoun after `says Thitinan.` finds the speaker the
    article calls by that word; None for a name of two words or more, or two such people."""
    if " " in word or not word:
        return None
    found = {p for p in people if p.startswith(word + " ")}
    return found.pop() if len(found) == 1 else None
