"""Two people the article names together, then speaking as one: "Oskar Lund and Tamsin Greer opened
the bakery in 2019. “…,” they said.", "Amy Sorensen and Luke Barraclough were married on Saturday.
“…,” the couple said.", "Researchers Ines Carvalho and Mark Oduya published their results. The pair
said …". The guide: a group of several people named at once speaks through the first named, at
their fullest. Without this, "they" and "the couple" found no one (issue 16, stop 55 battery).

Rather null than wrong: the sentence right before the quote's must open on the pair, two names
joined by "and" (the second may be set off as a relative: "Nadia Fenwick and her brother Colm",
"Maya Holm and her husband, Erik Lindgren,"), or a team ("Dr Ruth Okafor and her colleagues": the
guide's "Lee and her colleagues"), after nothing but words that describe them ("Researchers",
"Finance ministers"; not "Lawyers for", "Police said"); the first name is read from a first name
of one sex, else a person the article knows, else, after describing words, its last two words, and
never ends on a place's or a team's word ("Maple Street", "Georgia Tech"). No one either where the
pair's sentence names other people after it ("fired 40 workers", "rescued two children", "the
lawyers for the couple"), for "they" where the pair acts on someone ("sued the landlord"), and for
"the couple" after describing roles ("Planners Ann Lee and Tom Hale organised the wedding"): the
three adversarial reads of stop 55. English only. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.bare_names import PLACE_ENDS
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.crowds import plural_of_people
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import ROLE_WORDS, TITLES

# Nouns of two people as one: "the couple", "the pair", "the duo", "the brothers", "the two".
_PAIR_NOUNS: Final = frozenset("couple pair duo brothers sisters siblings twins two".split())
# "the two ministers", "the two officers": "two" and one plural noun.
_TWO: Final = "two"
# The pair opening a sentence: a few lower-case or capitalized describing words, a name of two or
# three words, "and", perhaps "his/her/their" and a relation, perhaps a comma, a second name.
_PAIR: Final = re.compile(
    r"((?:[A-Za-z\-]{2,20}+[^\S\n]++){0,2}?)"
    r"((?:[A-Z][\w’'\-]{1,30}+[^\S\n]++){1,2}[A-Z][\w’'\-]{1,30}+)"
    r"[^\S\n]++and[^\S\n]++(?:(?:his|her|their)[^\S\n]++(?:colleagues|team|co-authors|coauthors|collaborators|students)\b"
    r"|(?:(?:his|her|their)[^\S\n]++[a-z\-]{3,20}+,?[^\S\n]++)?[A-Z][\w’'\-]{1,30}+)")
_READ: Final = 300  # characters of the sentence before read for the pair (bounded)


def is_pair_mention(words: list[str]) -> bool:
    """Whether a mention's words name two people as one ("the couple", "the pair", "The two",
    "the two ministers"); "they" is asked for by the resolver itself."""
    low = [w.lower().strip(",.;:") for w in words]
    if len(low) == 2 and low[0] == "the" and low[1] in _PAIR_NOUNS:
        return True
    return len(low) == 3 and low[0] == "the" and low[1] == _TWO and low[2].endswith("s")


def pair_lead(ctx: ArticleContext, text: str, before: int, pronoun: bool = False, family: bool = False) -> str | None:
    """The first of the two people the sentence before the one holding ``before`` (a quote or
    its mention) opens on, at their fullest; None when that sentence opens on no named pair."""
    if ctx.sentences is None or before <= 0:
        return None
    s_lo = max(ctx.sentences.start(0, before), text.rfind("\n", 0, before) + 1)
    end = len(text[:s_lo].rstrip())
    if end <= 0:
        return None
    p_lo = max(ctx.sentences.start(0, end - 1), text.rfind("\n", 0, end - 1) + 1)
    if text.count("\n", p_lo, s_lo) > 2:
        return None
    m = _PAIR.match(text, p_lo, min(end, p_lo + _READ))
    if m is None or not all(_describes(w) for w in m.group(1).split()):
        return None  # ("Lawyers for Ann Lee and …", "Police said Ann Lee and …": the pair is no subject)
    if not _TEAM.search(m.group(0)) and _other_people(text, m.end(), end) or pronoun and _ACTED_ON.search(text, m.end(), end):
        return None  # "Ann Lee and Tom Hale fired 40 workers. “…,” they said.": the workers, as likely
    if not pronoun and family and (m.group(1).strip() or _undescribed(m.group(2).split()) != m.group(2).split()):
        return None  # "Planners Ann Lee and Tom Hale organised the wedding. “…,” the couple said.": another couple
    named = m.group(2).split()
    words = _undescribed(named)
    if len(words) == 1:
        full = ctx.names.fullest(words[0])  # "Professors Foner and Alba": the Foner the article names in full
        return full if " " in full and full.endswith(" " + words[0]) else None
    names = [" ".join(words[k:]) for k in range(len(words) - 1)]  # ("Researchers Ines Carvalho": after the description)
    first = next((n for n in names if first_name_sex(n) is not None), None) or \
        next((n for n in reversed(names) if ctx.names.is_person(n)), None) or \
        (names[-1] if len(words) < len(named) else None)  # ("Researchers Ines Carvalho": described, a person)
    if first is None or first.split()[-1].lower() in PLACE_ENDS or first.split()[-1].lower() in _BODY_TAILS:
        return None  # ("Maple Street and Elm Road", "Acme Corp and Northwind Ltd": no person named)
    full = " ".join(_undescribed(ctx.names.fullest(first).split()))  # (not "Ministers Karin Holt")
    # ("Climbers Noor Haddad": a description the name index read into the name, s55)
    return first if full.endswith(" " + first) and set(full[:-len(first)].split()) <= set(m.group(2).split()) else full


# Last words of a team's or a school's name that a first name may open ("Georgia Tech", "Virginia State").
_BODY_TAILS: Final = frozenset("""tech state united city college university institute rovers wanderers athletic fc
atlantic pacific southern northern eastern western central""".split())
# Someone the pair acts on, whom "they" may stand for: "sued the landlord", "met the council".
_ACTED_ON: Final = re.compile(r"\b(?:the|a|an|their|its)[^\S\n]++(?:[a-z\-]{2,20}+[^\S\n]++)?(?:landlord|council|company|firm|"
                              r"police|school|hospital|club|government|court|owner|owners|employer|team|board|agency)\b")
_TEAM: Final = re.compile(r"\b(?:colleagues|team|co-authors|coauthors|collaborators|students)\b")


def _other_people(text: str, lo: int, hi: int) -> bool:
    """Other people than the pair in ``text[lo:hi]``: a plural of people ("40 workers", "the
    lawyers", "the men") or a pair's noun ("the couple")."""
    for word in text[lo:hi].split()[:_WORDS_AFTER]:
        noun = word.strip(",.;:!?()").lower()
        if noun in _IRREGULAR or plural_of_people(noun) or noun.endswith(("ers", "ours", "ants", "ents")) and noun[:1].isalpha():
            return True  # ("40 workers", "firefighters", "neighbours", "bailiffs", "the lawyers")
    return False


_WORDS_AFTER: Final = 40  # words of the pair's sentence read for other people


_IRREGULAR: Final = frozenset("""men women children people families police couple pair duo twins youths fans
volunteers bailiffs lawyers staff crowds""".split())


def _describes(word: str) -> bool:
    """A word before the pair that describes them: a role or a title, singular or plural
    ("Researchers", "Finance ministers", "Climbers"), never a preposition or a verb."""
    low = word.lower()
    return low in ROLE_WORDS or low in TITLES or low[:-1] in ROLE_WORDS or low[:-1] in TITLES or \
        word[:1].isupper() and low.endswith("ers") or low in ("finance", "foreign", "health", "defence", "defense")


def _undescribed(words: list[str]) -> list[str]:
    """``words`` without the role or title words that open them ("Ministers", "Professors",
    "Researchers": a description before a name, singular or plural), one word left at least."""
    while len(words) > 1 and _describes(words[0]):
        words = words[1:]
    return words


def pair_speaker(ctx: ArticleContext, text: str, before: int, words: list[str]) -> str | None:
    """The first of a named pair when a mention's ``words`` are "they" or a pair's noun ("the
    couple") and the sentence before opens on the pair; None otherwise (English only)."""
    if not (len(words) == 1 and words[0].lower() == "they" or is_pair_mention(words)):
        return None
    return pair_lead(ctx, text, before, pronoun=len(words) == 1,
                     family=words[-1].lower().strip(",.;:") in ("couple", "twins", "brothers", "sisters", "siblings"))
