"""A subject the article names once, with no title and no appositive after it ("Laura Frémy
analyse « ... »"): the name index does not count it as a person, yet in languages that capitalize
only names inside a sentence, two or three plain capitalized words that read as a full name are
one. Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.bare_names import bare_person, used_as_body
from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.language import current as current_language

# Languages that capitalize only names inside a sentence (German capitalizes every noun:
# "Zögerliches Kopfnicken" is no one; English keeps its own rules).
_NAMES_ONLY_CAPITALIZED: Final = frozenset(["fr", "es", "pt"])


def bare_subject_name(found: Finding, speaker: str, text: str) -> bool:
    """Whether the subject ``found`` names a person the article names once: in French, Spanish
    or Portuguese, a mention that is exactly ``speaker`` and reads as a person's full name
    (``bare_names.bare_person``), never written after "at", "in", "on" or "the" in ``text``,
    whose first word ``text`` never writes in lower case."""
    if current_language().code not in _NAMES_ONLY_CAPITALIZED or found.mention.strip(" ,.") != speaker:
        return False
    if not bare_person(speaker) or text and used_as_body(text, speaker):
        return False
    # "Nouvelle Vague analyse « ... »": a first word the text also writes in lower case is a
    # common word, not a given name.
    first = speaker.split()[0].lower()
    return f" {first} " not in text and f" {first}," not in text
