"""A French person named once by first name and surname, with no title and no second mention:
"Les stocks ont été transférés, a déclaré dimanche le ministre de la Coopération, Paul Mercadier.
/ « … », a-t-il déclaré." News names most people this way, once, before the pronouns that
quote them; the name index (names.NameIndex.is_person) knows a person only by a second mention
of the surname or a title right before the full name. Pure function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.name_particles import is_particle
from newsbeam.transforms.quotes.names import is_person_like

_WORDS: Final = range(2, 5)  # words of a full name: "Paul Mercadier" .. "Henri de La Raincourt"


def given_named_fr(name: str, ctx: ArticleContext) -> str | None:
    """In French, the fullest form of ``name`` when it is two to four words that open on a first
    name of one sex (first_names) and end on a capitalized word, with only name particles
    ("de", "von der") between: a person's name whatever the name index knows of it. Else None
    ("Saint-Denis", "Conseil d'État", "Union européenne" open on no first name)."""
    if current_language().code != "fr" or not is_person_like(name):
        return None
    full = ctx.names.fullest(name)
    words = full.split()
    if len(words) not in _WORDS or first_name_sex(full) is None:
        return None
    inner = words[1:-1]
    if any(w.lower() in FUNCTION_WORDS and not is_particle(w) for w in words) or \
            any(w[:1].islower() and not is_particle(w) for w in inner):
        return None
    return full
