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
from newsbeam.transforms.quotes.crowds import plural_of_people
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.headline_role import headline_role_holder
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import trim

_MAX_WRITTEN: Final = 20  # occurrences of a crowd-like speaker read in the text
# Acronyms of things, never of a speaking body ("state TV", "an SUV"); a network's call letters
# and a body's initials are not here; "CEO" is a title (``title_alone``).
THING_ACRONYMS: Final = frozenset("""
TV SUV EV AI GDP DNA PR HR IT PC ATM VPN URL API PDF FAQ GPS SMS UFO ID IQ VIP MVP
LGBT LGBTQ RV ER ICU IVF PhD MBA
""".split())


def names_a_crowd(speaker: str, text: str = "") -> bool:
    """Whether ``speaker`` (English) ends on a plural of people or bodies: a crowd or a kind of
    people, no one named ("Iranian Protesters", "European Governments", "Users"). Not a person
    whose surname looks like a plural ("Paul Farmers", "Ann Judges": a first name opens it), nor
    a team, band or party the ``text`` writes in capitals mid-sentence (``_written_as_name``)."""
    words = speaker.split()
    if not words or len(words) > 3 or not plural_of_people(trim(words[-1])):
        return False
    if len(words) == 2 and is_first_name(words[0]):
        return False  # (read49) "said Sam Judges": a given name and a surname
    return not _written_as_name(speaker, text, len(words) == 1)


def _written_as_name(speaker: str, text: str, lone: bool) -> bool:
    """Whether ``text`` writes ``speaker`` in capitals after a lower-case word or a quote's closing
    comma ("the Ottawa Senators said", "said Manic Street Preachers", "“…,” Free Voters said"):
    mid-sentence, common nouns are in lower case, so the capitals make a name (a team, a band, a
    party); a headline's or a sentence's opening capitals ("Iranian Protesters Say") do not. A
    ``lone`` word counts only as the end of a longer name so written ("The Chiefs added" after "the
    Kansas City Chiefs") (read49). Bounded: _MAX_WRITTEN occurrences."""
    pos, seen = text.find(speaker), 0
    while pos >= 0 and seen < _MAX_WRITTEN:
        end = pos + len(speaker)
        words = text[max(0, pos - 60):pos].split()
        capped = 0
        while capped < min(3, len(words)) and words[-1 - capped].isalpha() and words[-1 - capped][:1].isupper():
            capped += 1
        before = words[-1 - capped] if capped < len(words) else ""
        if (pos == 0 or text[pos - 1] == " ") and not text[end:end + 2].strip()[:1].isupper() and \
                (capped or not lone) and (before.isalpha() and before.islower() or before.endswith((",\"", ",”", ",’"))):
            return True
        pos, seen = text.find(speaker, end), seen + 1
    return False


def is_thing_acronym(speaker: str) -> bool:
    """Whether ``speaker`` is an acronym of a thing alone ("TV", "SUV"): no speaker."""
    return speaker.strip(" .") in THING_ACRONYMS


def title_alone(speaker: str) -> bool:
    """Whether every word of ``speaker`` is a title or an office ("President", "Prime Minister",
    "Secretary-General"), or a body's initials and a title ("UN Secretary-General", "IOC
    President"): no one's name; not a role word that may name a paper ("The Independent")."""
    raw = speaker.split()
    words = [trim(w) for w in raw]
    if not words or not all(w in TITLES or is_title_word(w) for w in words[1:]):
        return False
    return words[0] in TITLES or is_title_word(words[0]) or \
        len(raw) > 1 and raw[0].isupper() and raw[0].isalpha() and len(raw[0]) >= 2


def role_alone(speaker: str, ctx: ArticleContext) -> str | None:
    """For a body quote whose speaker is only a title (``title_alone``: "President"): the one person
    the body gives that title beside their name, else None."""
    head = trim(speaker.split()[-1])
    return headline_role_holder(head, ctx)


