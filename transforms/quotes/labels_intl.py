"""Speakers in articles not in English that the stricter checks of extract.py would leave null:
a paragraph that opens on a full name and a colon right before the quote ("Oliver Frankenbach:
„...“", a press release's shape; "Anna Kehl (SPD): „...“", a list of voices), where the article
need not name the person again."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.tokens import trim

_OPENING_MARKS: Final = "\"“„«‚‘»"
_APPOSITION_MAX: Final = 120  # characters of ", Vice President der Gruppe" between a name and its colon


def labelled_paragraph(found: Finding, speaker: str, text: str, open_at: int) -> bool:
    """The quote opening at ``open_at`` follows a colon that follows a name opening its
    paragraph: "Oliver Frankenbach: „...“", "Ana Ruiz, directora de la escuela: «...»". The name
    must be two capitalized words (a third may be a compound title, "Vorstandsmitglied Axel
    Hellmann", which is no name), none a word of the language's grammar nor one the article
    also writes in lower case (never "Neue Studie" or "Im Juni")."""
    if found.cue != ":" or found.how != "explicit":
        return False
    words = speaker.split()
    if len(words) != 2 or not is_person_like(speaker):
        return False
    lang = current_language()
    if any(not w[:1].isupper() or trim(w) in lang.function_words or trim(w) in lang.determiners
           or trim(w) in lang.cues for w in words):
        return False
    if any(_lowercase_use(text, w) for w in words):
        return False  # "Neue Studie: „...“" where the article writes "eine neue Regel": no name
    p_lo = text.rfind("\n", 0, open_at) + 1
    head = text[p_lo:open_at].rstrip(" \t")
    if not head.endswith(":") or not head.startswith(speaker):
        return False
    rest = head[len(speaker):-1]
    if rest.startswith(" (") and rest.endswith(")") and rest.count("(") == 1 and rest.count(")") == 1:
        # "Florian Kehl (VfB Stuttgart): „...“", "Ana Ruiz (PSOE): «...»": the club, the party or
        # the role in parentheses, as voices after a match or a vote are listed (de41b); only
        # after a given name ("Neue Studie (PDF):" is no one)
        if first_name_sex(speaker) is None:
            return False
        rest = ", " + rest[2:-1]
    return not rest or rest.startswith(", ") and len(rest) <= _APPOSITION_MAX and \
        not any(c in rest for c in _OPENING_MARKS + "”\n.;:")


def _lowercase_use(text: str, word: str) -> bool:
    """Whether the article also writes ``word`` in lower case, as a word of its own."""
    low = word.lower()
    at = text.find(low)
    seen = 0
    while at >= 0 and seen < 50:
        end = at + len(low)
        if not text[at - 1:at].isalpha() and not text[end:end + 1].isalpha():
            return True
        at = text.find(low, end)
        seen += 1
    return False
