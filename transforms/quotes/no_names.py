"""Speakers that name no one, read from the speaker's own words (stop 49; from the wrong names of
the held-out pages, which no gold set holds):

- a crowd or a kind of people, the last word a plural of people or bodies ("Iranian Protesters
  Say …", "European Governments Say …", "Users post … and “upvote …”"), or of signs ("Slogans
  proclaim: …"): null, as the annotation guide has "officials", "witnesses", "residents";
- a common acronym that is a thing, not a body ("Iranian state TV said", "premium electric SUV"):
  null;
- a role or title and nothing else, in the body ("The President added …"): the one person the
  body gives that role beside their name (``headline_role.headline_role_holder``), else null.

Pure functions of the speaker (and, for a role, the article's context).
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.headline_role import headline_role_holder
from newsbeam.transforms.quotes.lexicon import GROUP_WORDS, ONE_PERSON, ROLE_WORDS, SPEAKING_BODIES, TITLES
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import trim

# Party members are a group the guide may name ("House Democrats"), and a police force, a staff or
# a majority are bodies with names ("Thames Valley Police"): left to the rules.
_NAMED_GROUPS: Final = frozenset("democrats republicans police staff majority minority most others percent".split())
# Things that carry words with no author named ("Slogans proclaim: …", "Signs read …"): plurals
# of these, like a crowd's, name no one.
_SIGNS: Final = frozenset("slogan sign poster banner placard headline caption leaflet flyer sticker".split())
# Plurals of one person or a body: "protesters" is listed; "users", "governments" are the plurals
# of "user", "government".
_SINGULARS: Final = ONE_PERSON | SPEAKING_BODIES | ROLE_WORDS | _SIGNS
# Acronyms of things, never of a speaking body ("state TV", "an SUV"); a network's call letters
# and a body's initials are not here; "CEO" is a title (``title_alone``).
THING_ACRONYMS: Final = frozenset("""
TV SUV EV AI GDP DNA PR HR IT PC ATM VPN URL API PDF FAQ GPS SMS UFO ID IQ VIP MVP
LGBT LGBTQ RV ER ICU IVF PhD MBA
""".split())


def _plural_of_people(word: str) -> bool:
    """Whether the lower-case ``word`` is a plural of people or bodies: listed in GROUP_WORDS, or a
    listed singular with "-s"/"-es" ("users", "governments", "ministries")."""
    if word in _NAMED_GROUPS:
        return False
    if word in GROUP_WORDS:
        return True
    if word.endswith("ies") and word[:-3] + "y" in _SINGULARS:
        return True
    return word.endswith("s") and (word[:-1] in _SINGULARS or word.endswith("es") and word[:-2] in _SINGULARS)


def names_a_crowd(speaker: str) -> bool:
    """Whether ``speaker`` (English) ends on a plural of people or bodies: a crowd or a kind of
    people, no one named ("Iranian Protesters", "European Governments", "Users")."""
    words = speaker.split()
    return bool(words) and len(words) <= 3 and _plural_of_people(trim(words[-1]))


def is_thing_acronym(speaker: str) -> bool:
    """Whether ``speaker`` is an acronym of a thing alone ("TV", "SUV"): no speaker."""
    return speaker.strip(" .") in THING_ACRONYMS


def title_alone(speaker: str) -> bool:
    """Whether every word of ``speaker`` is a title or an office ("President", "Prime Minister"),
    not a role word that may name a paper ("The Independent")."""
    words = [trim(w) for w in speaker.split()]
    return bool(words) and all(w in TITLES or is_title_word(w) for w in words)


def role_alone(speaker: str, ctx: ArticleContext) -> str | None:
    """For a body quote whose speaker is only a title (``title_alone``: "President"): the one person
    the body gives that title beside their name, else None."""
    head = trim(speaker.split()[-1])
    return headline_role_holder(head, ctx)


