"""Mentions that name no one, though they hold capitalized words: a lowercase description of a
person tied to a place or a person ("a resident of Dorvan", "a spokesperson for Marlow"), and
capitalized runs that a pronoun cannot stand for ("U.S. AI", "July Thailand", "Finance
Minister"); and a name with the topic of its verb run into it ("said Ann Lee of the plan")."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.described import HEADS
from newsbeam.transforms.quotes.lexicon import CALENDAR, ONE_PERSON, ROLE_WORDS, SPOKESPEOPLE, TITLES
from newsbeam.transforms.quotes.tokens import trim

_LINKS: Final = frozenset("of for from at in".split())
# Heads of a description of one person that are neither a title nor a role word.
_PERSON_HEADS: Final = frozenset("man woman person resident source witness member neighbour neighbor "
                          "passenger driver victim employee worker".split())
# Titles that close a capitalized run without a name ("Finance Minister", "American President");
# not every title word: "King", "Autor" (a German title) are surnames too ("Pete King", "David Autor").
_TITLE_TAILS: Final = frozenset("minister president secretary chancellor governor senator mayor premier "
                         "ambassador spokesman spokeswoman spokesperson ceo chairman chairwoman "
                         "director commissioner".split())
# (Not "April", "May", "June", "August": given names too.)
_MONTHS: Final = CALENDAR - {"april", "may", "june", "august"}


def bare_people(mention: str, texts: list[str]) -> bool:
    """"People familiar with the matter said", "People close to the talks said": a crowd whose
    phrase was cut to its first word, no one named (s62); not where the article names People
    magazine (whose own words "People reported" are)."""
    return mention in ("People", "people") and not any("People magazine" in t or "People Magazine" in t for t in texts)


def described_holder(rest: list[str]) -> bool:
    """``rest`` (a mention's words after its article) is a lowercase description of one person
    whose capitalized words come after "of", "for", "from", "at" or "in": "resident of Dorvan",
    "senior spokesperson for Marlow". The person is unnamed: the place or the employer is not
    the speaker."""
    k = 0
    while k < len(rest) and k < 6 and trim(rest[k]) not in _LINKS:
        if not rest[k][:1].islower():
            return False  # "Labour spokesperson for health": a capitalized word before the link
        k += 1
    if k == 0 or k >= len(rest) - 1 or not any(w[:1].isupper() for w in rest[k + 1:]):
        return False
    head = trim(rest[k - 1])
    return head in _PERSON_HEADS or head in SPOKESPEOPLE or head in ROLE_WORDS or head in TITLES


# Who speaks for someone else: "a spokesman for", "a lawyer for", "an aide to" ... X is not X.
_AGENTS: Final = SPOKESPEOPLE | frozenset("lawyer lawyers attorney attorneys representative aide adviser advisor "
                                          "agent publicist counsel".split())


def speaks_for_someone(rest: list[str]) -> bool:
    """``rest`` (a mention's words after its article) is a lowercase agent who speaks for the
    capitalized words after "for" or "to" ("spokesman for President and CEO Tom Hale", "lawyer
    for Secretary of State Ann Lee"): the agent is unnamed, however the words after are read."""
    k = 0
    while k < len(rest) and k < 4 and trim(rest[k]) not in ("for", "to"):
        if not rest[k][:1].islower():
            return False
        k += 1
    # (", Ann Lee," after the words names the agent: left to the other readings)
    return 0 < k < len(rest) - 1 and trim(rest[k - 1]) in _AGENTS and rest[k + 1][:1].isupper() and \
        not any("," in w for w in rest[k:])


def pronoun_can_name(name: str) -> bool:
    """Whether a capitalized run found for "he" or "she" can be a person: not abbreviations
    alone ("U.S. AI"), no digits ("H200 AI"), not opening on a month or a weekday ("July
    Thailand"), not closing on a title with no name after it ("Finance Minister")."""
    words = name.split()
    if not words or any(c.isdigit() for c in name):
        return False
    if all(w.replace(".", "").replace("’s", "").replace("'s", "").isupper() for w in words):
        return False
    if trim(words[0]) in _MONTHS and len(words) > 1:
        return False
    if any(w in _BODY_JOINS for w in words[1:-1]):
        return False  # "Council on American-Islamic Relations", "UK Lawyers for Israel": a body (s51)
    return not (len(words) > 1 and trim(words[-1]) in _TITLE_TAILS)


# Lowercase words that join a body's name and never a person's ("bin", "de", "van" do).
_BODY_JOINS: Final = frozenset("on for and of the in against".split())


# ", said Ann Lee of the plan": "of" and a lowercase noun phrase after a name is what was said
# about, not where the person is from ("Ann Lee of the Harbor Party" keeps its capitals).
_OF_DETERMINERS: Final = frozenset("the a an his her their its this that".split())


def without_of_topic(mention: str) -> str:
    """``mention`` without a closing "of the plan" (or "of Lee’s plan") when what is left is a
    capitalized name whose last word is no title ("Ann Lee of the plan" -> "Ann Lee"; "President
    of the board" stays). Most mentions hold no "of" at all: those are returned unsplit."""
    if "of" not in mention:
        return mention
    words = mention.split()
    if "of" not in words[1:-2] or len(words) > 20:
        return mention
    k = len(words) - 1 - words[::-1].index("of")
    topic = words[k + 1:]
    if not 2 <= len(topic) <= 5 or topic[0] not in _OF_DETERMINERS and not _possessor(topic[0]) or \
            not all(w[:1].islower() and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                    for w in topic[1:]):
        return mention
    name = words[:k]
    if not all(w[:1].isupper() for w in name[-2:]) or trim(name[-1]) in TITLES:
        return mention
    return " ".join(name)


def _possessor(word: str) -> bool:
    """A capitalized possessive opening the topic: "of Lee’s intervention"."""
    return word[:1].isupper() and word.endswith(("’s", "'s")) and word[:-2].replace("-", "").isalpha()


# The words that open a sentence on someone new, unnamed: "A spokesman for the union disagreed.",
# "Another councillor was less sure.", "One neighbour ...".
_INDEFINITE: Final = frozenset("a an another one".split())
_NEW_HEADS: Final = HEADS | ONE_PERSON | _PERSON_HEADS | SPOKESPEOPLE | frozenset("councillor councilor".split())


def opens_on_someone_new(sentence: str) -> bool:
    """``sentence`` opens on an indefinite description of one person as its subject ("A union
    official disagreed.", "An aide to the mayor ..."): someone who was not speaking before
    enters, unnamed. A quote after it with no attribution of its own does not go on with the
    speaker before, nor does "he"/"she" mean that speaker."""
    words = sentence.split(None, 6)[:6]
    if len(words) < 3 or words[0].lower() not in _INDEFINITE:
        return False
    for k, word in enumerate(words[1:5], 1):
        w = trim(word.rstrip(",;:"))
        if w in _NEW_HEADS and word[:1].islower():
            after = trim(words[k + 1]) if k + 1 < len(words) else ""
            # the head ends the phrase: a link, a comma, or the verb ("A spokesman said", not
            # "A campaign event")
            return word.endswith(",") or after[:1].islower() and after not in _NEW_HEADS
        if not w or not (word[:1].isupper() or w.isalpha() and w not in _INDEFINITE):
            return False
    return False


# Counts that pick members out of a group: "one of the prosecutors", "two of his aides".
_MEMBER_COUNTS: Final = frozenset("one two three several some many few".split())


def member_of_group(words: list[str]) -> bool:
    """``words`` (a mention's) are a count of a group's members, "one of the former prosecutors
    for Tom Hale", "two of Lee's aides": unnamed people, never the capitalized words at the end
    (whom the group works for) nor a name made of the words after "one" (pn44). Not "one of the
    organisers Ann Lee": a name of two words right after the group's plural noun, no comma, is the
    one member's (fix44, review44 #14)."""
    return len(words) > 2 and trim(words[0]) in _MEMBER_COUNTS and words[1] == "of" and "," not in " ".join(words) \
        and not _apposed_member(words)


def _apposed_member(words: list[str]) -> bool:
    """"one of the organisers Ann Lee": "one", then two or three capitalized words at the end after a
    lower-case plural noun that is no preposition ("one of the lawyers for Tom Hale" is no member)."""
    k = len(words) - 1
    while k > 2 and words[k][:1].isupper() and words[k][1:2].islower():
        k -= 1
    noun = words[k]
    return trim(words[0]) == "one" and 2 <= len(words) - 1 - k <= 3 and noun.isalpha() and noun.islower() \
        and noun.endswith("s") and noun not in _NOT_GROUP_NOUNS


_NOT_GROUP_NOUNS: Final = frozenset("of for to with at by from under behind and as its his her their".split())
