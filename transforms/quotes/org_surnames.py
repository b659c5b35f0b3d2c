"""A surname that is also an organisation's word ("Church", "Bank", "House", "Post"): where the
article writes it whole after a given name ("Eric Church, the singer, ..."), a bare "Church
said" later is that person, not a body. A body named by a bare head word rarely speaks without
its article ("the church said"), and no body's name opens on a given name that names a sex
(checked with ``first_names``): both must hold. English only (the article test is English)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, ORG_HEADS, TITLES
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.zone_mentions import zone_mentions

_THE_REACH: Final = 9  # "the" and at most three spaces twice: around a given name before the word


def org_word_person(ctx: ArticleContext, text: str, mention: str) -> str | None:
    """The full name ("Eric Church") a one-word mention that is an organisation's head word
    ("Church") shortens, when the article writes it whole as a given name and that word and
    nothing else, and ``text`` never writes either with an article ("the Church", "The
    Washington Post"); None otherwise ("Congress", "Trinity Church": no given name)."""
    word = mention.strip()
    if current_language().code != "en" or " " in word or not word[:1].isupper() or word.isupper() or trim(word) not in ORG_HEADS:
        return None
    full = ctx.names.fullest(word)
    words = full.split()
    if len(words) != 2 or words[1] != word or trim(words[0]) in FUNCTION_WORDS or trim(words[0]) in TITLES \
            or trim(words[0]) in ORG_HEADS or first_name_sex(full) is None:
        return None
    found = zone_mentions(ctx, text, word)
    if found is None:  # a text the name index does not hold: read it whole
        articled = rf"\b[Tt]he[^\S\n]{{1,3}}(?:{re.escape(words[0])}[^\S\n]{{1,3}})?{re.escape(word)}\b"
        return None if re.search(articled, text) is not None else full
    # "the" (and the given name) right before one of the word's mentions (read once a word)
    articled_before = re.compile(rf"(?<!\w)[Tt]he[^\S\n]{{1,3}}(?:{re.escape(words[0])}[^\S\n]{{1,3}})?$")
    reach = len(words[0]) + _THE_REACH
    return None if any(articled_before.search(text, max(0, at - reach), at) for at in found) else full


def shortened_person(mention: str, speaker: str) -> bool:
    """Whether ``speaker`` is the person ``org_word_person`` found for the one-word ``mention``
    ("Church" credited as "Eric Church"): a person's mention for what the article's context
    records (credits, people), though ``names.is_person_like`` reads the word as a body's."""
    words = speaker.split()
    return len(words) == 2 and words[1] == mention.strip() and trim(mention) in ORG_HEADS and \
        first_name_sex(speaker) is not None
