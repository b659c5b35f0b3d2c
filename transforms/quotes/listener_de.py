"""A German quote that is the name of the medium the speaker told something to: "sagte Anna
Weber dem „Spiegel“", "so X gegenüber »nd«". The outlet's name is quoted as a title, no one's
words: no rule credits it (it stays the writer's scare quote). Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import Site
from newsbeam.transforms.quotes.language import current as current_language

_MAX_WORDS: Final = 3  # an outlet's name is short
_READ: Final = 60  # characters read back from the opening mark (bounded)


def names_listener(site: Site) -> bool:
    """Whether the quote at ``site`` is a short name right after "gegenüber" (and its article)
    or a short capitalized one after "dem"/"der" that follow a name (two capitalized words, or a
    reporting verb and one): the dative of the one told, not words anyone said ("sprach von der
    „Zeitenwende“" and "aus der Ecke der „...“" are not)."""
    if current_language().code != "de":
        return False
    text, span = site.text, site.span
    quoted = text[span.start:span.end].strip()
    if not quoted[:1].isalnum() or len(quoted.split()) > _MAX_WORDS or quoted[-1:] in ".!?":
        return False
    before = text[max(site.sent_lo, span.open_at - _READ):span.open_at].split()
    if not before:
        return False
    if before[-1] == "gegenüber" or len(before) >= 2 and before[-2] == "gegenüber" and before[-1] in ("dem", "der"):
        return True
    return quoted[:1].isupper() and len(before) >= 3 and before[-1] in ("dem", "der") and \
        before[-2][:1].isupper() and before[-2].isalpha() and (
            before[-3][:1].isupper() or before[-3].lower() in current_language().cues)
