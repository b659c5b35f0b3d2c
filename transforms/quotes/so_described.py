"""German's short attribution after a quote, with a description where the name would stand:
"„...“, so die Ministerin.", "so der Sprecher", "so die Familien- und Frauenministerin", "so der
70-jährige Weber" (issue 16). ``cues`` counts "so" as a reporting cue only after a comma or a dash
and before a capitalized word ("so Müller"); after an article, only where the phrase is one
person's description: a role word or an age at its end ("die Ministerin", "die 43-Jährige", "der
15-malige Major-Sieger", a count before it, "der Augsburger Bischof", a place's adjective before it), or a name after an age ("der 70-jährige Weber"); or a body's ("so die Polizei", "so das Ministerium"). "so der Plan", "so die Devise", "so das Motto" are the
writer's words about the quote, no one's attribution; "so die Minister" is several people.
Who the description stands for is the resolver's (``described_roles``). Pure, bounded."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon_de import ORG_HEAD_SUFFIXES
from newsbeam.transforms.quotes.name_particles import PARTICLE_NAME
from newsbeam.transforms.quotes.place_described import place_adjective
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import trim

_READ: Final = 90  # characters after "so" read for the description (bounded)
_WORDS: Final = 6  # words of the description read at most
# Articles of one person as a subject: masculine "der", feminine "die" (with a feminine head),
# and the indefinite ones ("so ein Sprecher": someone unnamed, null, but an attribution).
_MASCULINE: Final = frozenset(("der", "ein"))
_FEMININE: Final = frozenset(("die", "eine"))
_NEUTER: Final = "das"  # only before a body: "so das Ministerium" (never "so das Motto")
_AGED: Final = re.compile(r"\d{1,3}-jährige[nr]?")  # an age before the noun: "der 70-jährige Weber"
_AGE_NOUN: Final = re.compile(r"\d{1,3}-Jährige[nr]?")  # an age as the noun: "die 43-Jährige"
_ADJECTIVE: Final = re.compile(r"[a-zäöüß][a-zäöüß\-]{1,24}")  # "frühere", "grüne", "langjährige"
# A count in figures before the noun: "der 15-malige Major-Sieger", "die 2-fache Weltmeisterin".
_COUNTED: Final = re.compile(r"\d{1,3}-(?:malige|fache)[nr]?")
_JOINED: Final = frozenset(("und", "oder"))  # "die Familien- und Frauenministerin"


def _feminine(head: str) -> bool:
    """A feminine singular head after "die": "Ministerin", "Vorsitzende", "43-Jährige"; not a
    plural ("die Minister", "die Ministerinnen")."""
    low = head.lower()
    return low.endswith(("in", "e")) and not low.endswith("innen")


def describes_speaker(text: str, at: int) -> bool:
    """Whether the words from ``at`` (right after "so" and its space) are an article and one
    person's description: "die Ministerin", "der frühere Sprecher", "die 43-Jährige", "der
    70-jährige Weber", "die Familien- und Frauenministerin"."""
    words = text[at:at + _READ].split(None, _WORDS)[:_WORDS]
    if len(words) < 2:
        return False
    article = words[0]
    if article not in _MASCULINE and article not in _FEMININE and article != _NEUTER:
        return False
    aged = False
    k = 1
    while k < len(words):
        word = words[k]
        if _AGED.fullmatch(word):
            aged = True  # "der 70-jährige Weber": an age before the noun
        elif word[:1].isupper() and word.endswith("-") and k + 2 < len(words) and words[k + 1] in _JOINED:
            k += 1  # "Familien- und": the first half of two joined compounds
        elif place_adjective(word) and k + 1 < len(words) and words[k + 1][:1].isupper():
            # "der Augsburger Bischof", "die Münchner Stadträtin": a place's adjective before the noun
            # (alone, "so der Magdeburger" names a man from Magdeburg: the head, read as before)
            pass
        elif not (_ADJECTIVE.fullmatch(word) or _COUNTED.fullmatch(word)):
            break
        k += 1
    if k >= len(words) or not words[k][:1].isalnum():
        return False
    head = words[k].rstrip(".,;:!?)")
    if head[:1].isupper() and trim(head).endswith(ORG_HEAD_SUFFIXES):
        return True  # "so die Polizei", "so das Ministerium": a body speaks (resolved to no one but itself)
    if article == _NEUTER or article in _FEMININE and not _feminine(head):
        return False
    if _AGE_NOUN.fullmatch(head):
        return True
    return head[:1].isupper() and (is_title_word(trim(head)) or aged)


def so_names_speaker(text: str, so_end: int) -> bool:
    """Whether German "so" ending at ``so_end`` is followed by who speaks: a capitalized word ("so
    Müller"), a described person ("so die Ministerin": ``describes_speaker``) or a surname that
    opens on its particles ("so von der Leyen", "so de Maizière": stop 49)."""
    return text[so_end + 1:so_end + 2].isupper() or describes_speaker(text, so_end + 1) or \
        PARTICLE_NAME.match(text, so_end + 1) is not None or _SO_PRONOUN.match(text, so_end) is not None


# "„…“, so er." / "so er weiter": "er" ending its clause after "so", as "sagte er" does (s58); not "sie",
# which after "so" may be one woman or several people ("die Anwohner … „…“, so sie": theirs, adv58).
_SO_PRONOUN: Final = re.compile(r"[^\S\n]er(?:[^\S\n]+(?:weiter|abschließend|zuletzt|damals|heute))?[.,;!?]")
