"""Where a person works, closing a mention: "Ann Lee of the University of Leeds".

A mention that names someone ends on a capitalized word once the body or place after its
preposition is set aside ("Ann Lee of Yale University" -> "Ann Lee"). Such a body often has
its own "of"/"for"/"and" inside ("the University of Leeds", "the Center for Astrophysics", "the
School of Oriental and African Studies"): read only up to that inner word, the mention kept
"Ann Lee of the University" and ended on a body's head, and so named no one; the whole phrase
then stood as the speaker ("astronomer Ann Lee of the University of Leeds"). Science and
culture copy writes its sources this way in nearly every inverted attribution
("says co-author Ann Lee of the Center for Astrophysics").

One backward pass over the words (linear): ``tail[i]`` tells whether the words from ``i`` to
the end are capitalized words with inner connectors, each connector followed by a
capitalized word (an optional "the" between).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.tokens import ends_sentence, name_word, trim

# Prepositions that open where a person works or comes from ("of", "for", "from", "at", "in").
_PREPOSITIONS: Final = frozenset("of for from at in".split())
# Lowercase words inside a body's or a place's name ("Center for Astrophysics", "Bank of
# England", "Department of Health and Human Services", "Food & Drug", "Stop the War Coalition").
_CONNECTORS: Final = frozenset("of for and & on the".split())
_CAPITALIZED: Final = re.compile(r"[A-Z][\w.'’\-]*")


def without_trailing_place(mention: str) -> str:
    """``mention`` without the preposition and the capitalized body or place that close it
    ("Ann Lee of the University of Leeds" -> "Ann Lee"); unchanged when none closes it."""
    words = mention.split()
    n = len(words)
    tail = [False] * (n + 1)  # tail[i]: words[i:] is a capitalized phrase (tail[n]: empty, False)
    for i in range(n - 1, -1, -1):
        if _CAPITALIZED.fullmatch(words[i]) is None:
            continue
        if i == n - 1 or tail[i + 1]:
            tail[i] = True
        elif words[i + 1] in _CONNECTORS:
            tail[i] = tail[i + 2] if i + 2 < n and words[i + 2] != "the" else i + 3 < n and tail[i + 3]
    for j in range(1, n - 1):
        if words[j] in _PREPOSITIONS:
            start = j + 2 if words[j + 1] == "the" else j + 1
            if start < n and tail[start]:
                return " ".join(words[:j])
    return mention


def is_office(words: list[str]) -> bool:
    """True when what is left of a mention once its body or place is set aside is an office,
    not a name: "the Governor" of "the Governor of the Bank of England", "the Chief Medical
    Officer" (it ends on a title word, and opens on no first name). The office names no one:
    its last word is no surname, and the body's last word ("England", "Health") even less
    (review43 F3)."""
    rest = words[1:] if words and words[0].lower() == "the" else words
    return bool(rest) and rest[-1].lower().strip(".,") in _OFFICE_WORDS and first_name_sex(" ".join(rest)) is None


_OFFICE_WORDS: Final = TITLES | ROLE_WORDS


def office_of_body(words: list[str]) -> bool:
    """True for a capitalized office held at a named body or place, after "the" ("the Governor
    of the Bank of England", "the Leader of the House of Commons"): a description, whose speaker is the
    one person the article titled so, or no one; never the body's last word nor the phrase."""
    office = without_trailing_place(" ".join(words)).split()
    rest = words[len(office):]  # the body or place set aside, with no person named in it
    # ("Secretary of State Marco Rubio": the cut took the name along; it is his)
    # (an office without "the" is a title before a name: "Mayor of Windsor Drew Dilkens")
    return len(office) < len(words) and words[0].lower() == "the" and is_office(office) and \
        not any(first_name_sex(" ".join(rest[i:i + 2])) is not None for i in range(len(rest) - 1))


_CLAUSE_OPENERS: Final = frozenset("while and but whereas as".split())


def person_before_place(toks: list[tuple[int, int, str]], j: int) -> tuple[int, int] | None:
    """The name of two to four capitalized words right before "in" (or "in the") that opens the
    run at ``toks[j]``: "Tom Ashdown in The Ledger calls", "Tom Ashdown in London said" (the
    place or outlet is where the person writes or stands, never the verb's subject); None
    when no such name stands there (s55)."""
    k = j - 1
    if k >= 1 and trim(toks[k][2]) == "the":
        k -= 1
    if k < 2 or toks[k][2] != "in":
        return None
    e = k - 1
    if not name_word(toks[e][2]) or toks[e][2][-1:] in ",;:" or ends_sentence(toks[e][2]):
        return None
    s = e
    while s > 0 and e - s < 3 and name_word(toks[s - 1][2]) and toks[s - 1][2][-1:] not in ",;:" and \
            not ends_sentence(toks[s - 1][2]):
        s -= 1
    if s == e or first_name_sex(" ".join(t[2] for t in toks[s:e + 1])) is None:
        return None  # (one word, or no first name: "Residents in Harbour Town", "Officials in …")
    if s > 0 and not (toks[s - 1][2][-1:] in ",;:" or toks[s - 1][2].lower() in _CLAUSE_OPENERS):
        return None  # "A profile of Ann Lee in The Ledger said": the name governed, the outlet speaks
    return toks[s][0], toks[e][1]
