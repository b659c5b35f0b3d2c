"""A headline that quotes someone and names them after a colon ("‘We will not accept this plan’:
Maria Okafor", "‘I made a mistake’: Okafor on the vote") credits the person named, as the same
headline with a dash does ("‘…’ – Maria Okafor": rule ``after_quote``) (issue 16, s59: a matrix of
headline forms read the dash and not the colon). Rule ``headline_label``, an article pass; the
"on …" topic and the first person read are English.

Rather null than wrong: the headline's quote must be one no rule credited, its closing mark
followed by a colon and nothing but a name to the headline's end (or the name and "on …", the
topic); the quote must speak in the first person and of no "he" or "she" ("‘We will not …’", "‘I
have no regrets’"; a headline's quote otherwise is as often about the one named, "‘He gave us
hope’: Nelson Mandela", "‘Absolutely brilliant’: Harry Kane"); the
name must be one the body writes or the article uses for someone ("Boris Johnson Quits", a
title-case headline, is neither), and a person's: two to four capitalized words whose first is a
one-sex first name and whose last is no place's or thing's ("Victoria Station"), after a title
perhaps ("Council leader Maria Okafor"), or a surname or name the article uses for someone
("Okafor" when the body names Maria Okafor). "‘We are devastated’: Labour MPs react", "‘We made
history’: Brexit deal signed" name no one. The quote, standing alone before its label, is direct.
Pure; one bounded match per headline quote."""
from __future__ import annotations

import dataclasses
import re
from typing import Final

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.bare_names import bare_person
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.names import NameIndex, is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title

# The name the rule is recorded under (``Quote.rule``).
HEADLINE_LABEL: Final = "headline_label"

_NAME: Final = r"[A-Z][\w’'.\-]{0,30}"
# The speaker's own words: a first person in the quote ("‘We will not sell’", "‘I have no regrets’");
# a headline's quote with none is as often about the one named ("‘He was a legend’: Shane Warne").
_FIRST_PERSON: Final = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself|we|we['’](?:re|ve|ll|d)|us|our|ours|"
                                  r"ourselves)\b", re.IGNORECASE)
# "He", "she" in the quote: words about someone, most often the one named ("‘He gave us hope’").
_THIRD_PERSON: Final = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_BODY_READ: Final = 100_000  # characters of the body searched for the name
# The closing mark, a colon, the name (a title before it allowed), perhaps "on" and the topic.
_LABEL: Final = re.compile(r"[’'”\"»]?[^\S\n]{0,2}:[^\S\n]{1,3}(?P<name>(?:[\w’'.\-]{1,30}[^\S\n]){0,3}"
                           + _NAME + r"(?:[^\S\n]" + _NAME + r"){0,3})(?:[^\S\n]on[^\S\n][^\n]{1,120})?[^\S\n]*")


def _person(name: str, body: str, names: NameIndex) -> str | None:
    """The fullest form of ``name`` (after its title) when it is a person's name the body writes or
    the article uses for someone, else None ("Boris Johnson Quits": a title-case headline's verb)."""
    bare = split_title(name) or name
    words = bare.split()
    if not words or not all(w[:1].isupper() for w in words) or not is_person_like(bare) or is_org(bare):
        return None
    if body.find(bare, 0, _BODY_READ) < 0 and not names.is_person(bare):
        return None
    if 2 <= len(words) <= 4 and is_first_name(words[0]) and bare_person(bare):
        return names.fullest(bare)  # (not "Victoria Station": a place's word last, bare_person)
    if names.is_person(bare):
        return names.fullest(bare)
    return None


def credit_labelled_headline(quotes: list[Quote], title: str, body: str, names: NameIndex) -> list[Quote]:
    """``quotes`` (one article's, in reading order) where an uncredited headline quote followed by
    ": <a person's name>" to the headline's end takes that person (see the module)."""
    out = list(quotes)
    for k, q in enumerate(quotes):
        if q.zone != "title" or q.speaker is not None or q.rule is not None or q.kind == "scare" or \
                _FIRST_PERSON.search(q.text) is None or _THIRD_PERSON.search(q.text) is not None:
            continue  # ("‘Absolutely brilliant’: Harry Kane", "‘He gave us hope’: Nelson Mandela": about them)
        m = _LABEL.fullmatch(title, q.end_char)
        if m is None:
            continue
        person = _person(m.group("name"), body, names)
        if person is not None:
            # The quote stands alone before its label: direct, as the dash form reads it.
            out[k] = dataclasses.replace(q, speaker=person, speaker_mention=m.group("name"), attribution="explicit",
                                         rule=HEADLINE_LABEL, kind="direct")
    return out
