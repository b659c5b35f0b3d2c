"""Who "he" or "she" can be: the candidates ``resolve.antecedent`` weighs, in its order: the
subject of the pronoun's own sentence, the person the quote's sentence opens on, the nearest
person named before; and what rules a mention out (a group of people, someone new the article
does not name)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsbeam.transforms.quotes.apposed_name import apposed_to_noun
from newsbeam.transforms.quotes.bare_names import bare_person, passive_agent, sole_candidate, used_as_body
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.counted_words import DEFINITE, counted
from newsbeam.transforms.quotes.cued_names import quoted_by_first_word
from newsbeam.transforms.quotes.described import HEADS
from newsbeam.transforms.quotes.lexicon import (
    ADVERBS, DETERMINERS, FUNCTION_WORDS, GROUP_WORDS, NP_STOP, ONE_PERSON, PREPOSITIONS, PRONOUNS, ROLE_WORDS)
from newsbeam.transforms.quotes.inverted_names import closes_attribution, named_after_verb
from newsbeam.transforms.quotes.name_runs import names_before, names_in
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.participles import SUBORDINATORS
from newsbeam.transforms.quotes.nationals import epithet, person_noun
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import sentence_before, strip_possessive, tokens, trim
from newsbeam.transforms.quotes.unnamed import pronoun_can_name
from newsbeam.transforms.quotes.verb_colon import COLON_AFTER_VERB, verb_before_colon
from newsbeam.transforms.quotes.window_scan import zone_scan


_PLURAL_ENDINGS: Final = ("ists", "ians", "eans")


def plural_group(name: str) -> bool:
    """A name for several people ("Tunisian Islamists", "Europeans", "officials"): never a he
    or she."""
    last = trim(name.split()[-1])
    return last in GROUP_WORDS or last.endswith(_PLURAL_ENDINGS)


# The possessive of "he"/"she", as the word right before a cue noun ("his remarks").
_POSSESSIVE_OF: Final = {"he": "his", "she": "her"}


# An adjunct set off by commas after a conjunction, right before the pronoun: "declined to comment
# but, according to Reuters, he said" (stop 53); the pronoun is the clause's subject, no parenthesis.
_SET_OFF: Final = re.compile(r"\b(?:but|and|yet)[^\S\n]*,[^,\n]{1,60},[^\S\n]*\w+$", re.IGNORECASE)


def own_subject(ctx: ArticleContext, text: str, lo: int, before: int, cue_at: int, gender: str,
                 pronoun: str) -> str | None:
    """The subject of the sentence the pronoun stands in, if it is a person and the pronoun
    is not that subject itself nor a parenthesis ("Washington kept slaves there, she noted")."""
    if cue_at < 0 or cue_at > before or ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(lo, cue_at), text.rfind("\n", 0, cue_at) + 1)
    lead = without_auxiliaries(text[s_lo:cue_at].rstrip())
    if lead.lower().endswith(_POSSESSIVE_OF.get(pronoun, pronoun)):
        pronoun = _POSSESSIVE_OF[pronoun]  # "Lee defended his remarks calling ...": his own
    if not lead.lower().endswith(pronoun) or lead[-len(pronoun) - 1:-len(pronoun)].isalpha() or \
            lead[:len(lead) - len(pronoun)].rstrip().endswith(",") and _SET_OFF.search(lead) is None:
        return None
    subj = subject_of(text, s_lo, cue_at)
    opener = lead.split(None, 1)
    if subj is None and len(opener) == 2 and opener[0].lower() in SUBORDINATORS and "," not in lead:
        # "When Lee tried to defend his remarks calling ...": the pronoun sits in the fronted
        # clause, whose own subject it means.
        subj = subject_of(text, s_lo + lead.index(opener[1]), cue_at)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    if mention.lower() in PRONOUNS or mention.endswith(("’s", "'s")) or not (known_person(mention, ctx) or (
            is_person_like(mention) and len(split_title(mention).split()) > 1 and not is_org(mention)
            and not plural_group(mention) and trim(mention.split()[0]) not in DETERMINERS)):
        # (A full name of two words that is no body is a person, as for opening_subject.)
        return None
    full = ctx.names.fullest(split_title(mention))
    return full if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender) else None


def main_after_fronted(ctx: ArticleContext, text: str, s_lo: int, hi: int, gender: str) -> str | None:
    """The person the main clause of ``text[s_lo:hi]`` is about when every quote credited in the
    sentence sits in a clause fronted before it: "When Lee called the plan “a gift,” Senator
    Hale objected." is about Hale, whom a "he" after it means, not Lee."""
    opener = text[s_lo:hi].split(None, 1)
    closes = [close for at, _, close in ctx.credits if s_lo <= at < hi]
    if len(opener) < 2 or opener[0].lower() not in SUBORDINATORS or not closes or min(closes) < 0:
        return None
    last = max(closes)
    comma = last if text[last - 1:last] == "," else text.find(",", last, hi)
    if comma < 0:
        return None
    subj = subject_of(text, comma + 1, hi)
    if subj is None or subj[0] - comma > _MAIN_SUBJECT_REACH:
        return None  # (the clause after the comma opens on its subject, or it is not the main one)
    mention = text[subj[0]:subj[1]]
    if mention.lower() in PRONOUNS or mention.endswith(("’s", "'s")) or plural_group(mention) or \
            trim(mention.split()[0]) in DETERMINERS or not is_person_like(mention) or \
            not (known_person(mention, ctx) or len(split_title(mention).split()) > 1 and not is_org(mention)):
        return None
    full = ctx.names.fullest(split_title(mention))
    return full if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender) else None


# How far after the fronted clause's comma the main clause's subject may start (a space, a mark).
_MAIN_SUBJECT_REACH: Final = 3


def without_auxiliaries(lead: str) -> str:
    """``lead`` without up to three auxiliaries or adverbs at its end: "what he has called",
    "what she would later call" are the pronoun's own verb."""
    for _ in range(3):
        head, _, last = lead.rpartition(" ")
        if not head or last.lower() not in ADVERBS:
            break
        lead = head.rstrip()
    return lead


# The name a quote whose "he"/"she" after it is the subject its sentence opens on is recorded
# under (``Quote.rule``); ``verb_colon.COLON_AFTER_VERB`` when a colon stands between them.
OPENING_SUBJECT: Final = "opening_subject"


def opening_subject(ctx: ArticleContext, text: str, lo: int, before: int, gender: str) -> str | None:
    """The person the quote's own sentence opens on, when the quote starts inside it and the
    pronoun comes after it: "Chock could not hold back the tears as she admitted it was a
    “bittersweet feeling …,” she said."."""
    if ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(lo, before), text.rfind("\n", 0, before) + 1)
    if not text[s_lo:before].strip():
        return None
    subj = subject_of(text, s_lo, before)
    if subj is None or ":" in text[subj[1]:before] and not verb_before_colon(text, subj[1], before):
        return None  # "Las Vegas shooting: 'person of interest' says he ...": a heading
    mention = text[subj[0]:subj[1]]
    if mention.lower() in PRONOUNS or mention.endswith(("’s", "'s")) or plural_group(mention) or \
            trim(mention.split()[0]) in DETERMINERS or not is_person_like(mention) or \
            not (known_person(mention, ctx) or len(mention.split()) > 1 and not is_org(mention)):
        # "The Israel-Hamas war is “really coming to an end,” he said": not a person.
        return None
    full = ctx.names.fullest(split_title(mention))
    if (ctx.genders.get(full) or ctx.names.gender(full)) not in (None, gender):
        return None
    # (recorded as the quote's rule: quote_fields.make_quote)
    ctx.step = COLON_AFTER_VERB if ":" in text[subj[1]:before] else OPENING_SUBJECT
    return full


# Heads of a description of one person: "a spokesman", "one resident", "a local farmer".
_PERSON_NOUNS: Final = frozenset("""
man woman boy girl resident spokesman spokeswoman spokesperson official minister lawmaker
officer worker witness source neighbour neighbor passenger driver victim employee member
""".split())
_PERSON_SUFFIXES: Final = ("er", "or", "ist", "ian", "ant", "ent")
_NOT_PERSONS: Final = frozenset("""
number letter paper water order center centre computer matter border summer winter quarter
report statement document study survey poll filing event moment percent amount
""".split())


def _unnamed_person(text: str, lo: int, hi: int) -> bool:
    """The sentence at ``text[lo:hi]`` opens on a lowercase description of one person led by
    an indefinite article ("A spokesman for the union ...", "A local farmer who ..."): the
    pronoun after it is that new person, not someone named before."""
    toks = tokens(text, lo, min(hi, lo + 80))
    if len(toks) >= 3 and trim(toks[0][2]) == "the":
        # "The woman who started the petition ...": a definite description made by a relative
        # clause brings in someone new, like "a"; "the spokesman" alone refers back.
        return any(trim(w) in _PERSON_NOUNS and trim(toks[k + 1][2]) == "who"
                   for k, (_, _, w) in enumerate(toks[1:4], 1) if k + 1 < len(toks))
    if len(toks) < 2 or trim(toks[0][2]) not in ("a", "an", "one", "another"):
        return False
    for k, (_, _, w) in enumerate(toks[1:5], 1):
        h = trim(w)
        if not h.isalpha() or h != w.rstrip(",") or h in NP_STOP or h in ("of", "for", "from", "with"):
            return False  # a name, a clause, a phrase: not a plain description
        nxt = trim(toks[k + 1][2]) if k + 1 < len(toks) else ""
        person = h in _PERSON_NOUNS or h in ROLE_WORDS and h not in _MODIFIER_ROLES or \
            h.endswith(_PERSON_SUFFIXES) and h not in _NOT_PERSONS and len(h) > 4 or nxt == "who"
        if person and (nxt in ("who", "for", "at", "from", "with", "in", "of", "") or
                       nxt not in ROLE_WORDS and not nxt.endswith(_PERSON_SUFFIXES)):
            return True
    return False


_MODIFIER_ROLES: Final = frozenset("former senior top then state press campaign vice presidential "
                            "acting deputy assistant longtime veteran retired".split())


# An opening quote mark and the marks that close it.
_CLOSERS: Final = {"“": "”", "‘": "’", '"': '"', "«": "»", "„": "“”", "‚": "‘’", "'": "'"}


def nearest_person(ctx: ArticleContext, text: str, lo: int, hi: int, gender: str,
                   pronoun: str) -> tuple[str | None, bool]:
    """The person named nearest before ``hi`` (back to ``lo``) who can be "he" or "she"; past
    a capitalized run that cannot be a person ("the U.K. Prime Minister"), not one a
    preposition governs. With it, whether such a governed name was refused on the way."""
    names = ctx.names
    skipped = False  # a capitalized run that cannot be the person came nearer
    refused = False  # a name a preposition governs was passed over
    for name, end in names_before(text, lo, hi):
        at = end - len(name)
        if name.lower() == pronoun:
            # "She ... . She said": the same person as the last time the pronoun was resolved.
            if ctx.resolved.get(gender):
                return ctx.resolved[gender], refused
            continue
        if name.lower() in PRONOUNS or trim(name) in FUNCTION_WORDS:
            continue
        if plural_group(name):
            continue
        opener = text[max(0, end - len(name) - 1):end - len(name)]
        closers = ("''",) if text[max(0, end - len(name) - 2):end - len(name)] == "''" else _CLOSERS.get(opener, ())
        inside = name.rstrip("'’”\"»“‘")  # the run may take in the closing mark
        if opener in _CLOSERS and not any(c in inside for c in closers):
            # “Open Markets and Closed Firms”: a title (or words) quoted, not someone named; but
            # a nickname inside a name, ‘Chico’ Manriquez, is the person.
            continue
        name = split_title(name) or name
        full = names.fullest(name)
        full = full if full in ctx.people else quoted_by_first_word(ctx.people, strip_possessive(full)) or full  # (cued_names)
        if not pronoun_can_name(full):
            skipped = True
            continue  # "U.S. AI", "July Thailand": capitalized words, no person
        # Someone who "said" or "told" is a person even when named once.
        assert ctx.cues is not None
        nxt = ctx.cues.first(end + 1, end + 25)
        # (So is a name set off by commas before the cue: "The firm's CEO, Kim Fritts, said".)
        speaks = (nxt is not None and (nxt.s == end + 1 or nxt.s == end + 2 and text[end:end + 2] == ", " and
                                       text[max(0, at - 2):at] == ", ") or
                  len(name.split()) > 1 and named_after_verb(ctx, text, at) and _closes_sentence(ctx, text, end, hi)) \
            and not is_org(full)  # (", says Ann Lee"; not ", said Kim Berg was wrong": what was said is about her)
        if skipped and not speaks and _after_preposition(text, at, lo):
            # Past "the U.K. Prime Minister", not a name a preposition governs: "an apology
            # from Trump", "her home province of Pathum Thani", "support for Lee's ally Ann Ho".
            refused = True
            continue
        if (full in ctx.people or speaks or names.is_person(name) or apposed_to_noun(text, at, end, name, gender)) and \
                (ctx.genders.get(full) or names.gender(name)) in (None, gender):
            return full, refused
        if (_opens_sentence(text, lo, at) or passive_agent(text, lo, at, name, hi, gender)) and bare_person(name) and \
                not used_as_body(text, name) and sole_candidate(ctx, text, lo, hi, name, gender):
            # "Ann Lee opened a bakery. Sales have fallen. “…,” she said.": a bare name said
            # once, opening a sentence or as a passive's agent ("was backed by Ann Lee"), and
            # no one else in the passage who can be "she".
            return name, refused
    return None, refused


def named_in_passage(text: str, lo: int, before: int, person: str) -> bool:
    """Whether ``person``'s first or last name is written in ``text[lo:before]`` or in the
    paragraph before it: "It's not Lee's only policy. … “…,” he says." is about Lee (Thai
    names are written by the first: "Anutin")."""
    start = text.rfind("\n", 0, max(0, lo - 1))
    words = person.split()
    passage = text[max(0, start, before - 3000):before]
    return any(re.search(rf"\b{re.escape(w)}\b", passage) is not None for w in {words[0], words[-1]})


def _opens_sentence(text: str, lo: int, at: int) -> bool:
    """Whether ``text[at:]`` starts a sentence or a paragraph (of ``text[lo:]``)."""
    k = at
    while k > lo and text[k - 1] in " \t":
        k -= 1
    if k > lo and text[k - 1] in "\"”’" and k - 1 > lo:
        k -= 1  # "… last year.” Ann Lee": the quote's closing mark after its full stop
    return k <= lo or text[k - 1] in ".!?\n"


# Prepositions whose object is not the one who speaks ("by" names an agent: "joined by Ann Ho").
_GOVERNING: Final = PREPOSITIONS - {"by"}


def _after_preposition(text: str, at: int, lo: int) -> bool:
    """A preposition stands among the four words before ``at``, with no mark between ("for
    Lee's ally Ann Ho"); "according to" names a source, not an object."""
    words = text[max(lo, at - 80):at].split()[-4:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w[-1:] in ",.;:!?—–()\"“”":
            return False
        if w in PREPOSITIONS:
            return w in _GOVERNING and not (w == "to" and k > 0 and words[k - 1].lower() == "according")
    return False


# Nouns for one person the article need not name ("the employee", "a voter").
_DESCRIBED: Final = ONE_PERSON | {"delegate", "man", "woman", "person"}


def described_subject(ctx: ArticleContext, text: str, lo: int, before: int, pronoun: str) -> bool:
    """The pronoun's own sentence, or else the one before it, has for subject a description
    of one person ("The farm's employee told police ... he"), past sentences about the same
    pronoun: "he" is that unnamed person, not someone named further back."""
    if ctx.sentences is None:
        return False
    hi, read = before, 0
    for _ in range(5):
        while hi > lo and text[hi - 1] in " \n\r":
            hi -= 1
        s_lo = max(ctx.sentences.start(lo, max(lo, hi - 1)), text.rfind("\n", 0, max(lo, hi - 1)) + 1, lo)
        if s_lo >= hi or read == 2:
            return False
        subj = subject_of(text, s_lo, hi)
        if subj is not None and text[subj[0]:subj[1]].lower() == pronoun:
            read -= 1  # "A farmer said he tried. He gave up, he said.": the same person, further back
        elif subj is not None:
            words = text[subj[0]:subj[1]].split()
            if len(words) < 2 or trim(words[0]) not in ("the", "a", "an", "one", "another"):
                return False
            return words[-1] in _DESCRIBED and not object_pronoun(text, subj[1], hi, pronoun)
        hi, read = s_lo, read + 1
    return False


# After "her", words that show it is an object ("asked her why", "told her that"), not a possessive
# ("her keys").
_AFTER_OBJECT: Final = frozenset("why how what whether if that to about for on in at when where the a an "
                                 "and but so".split())


def object_pronoun(text: str, lo: int, hi: int, pronoun: str) -> bool:
    """``text[lo:hi]`` (the sentence after its described subject) holds the object form of
    ``pronoun`` ("A volunteer once asked her why."): the pronoun is someone other than the
    subject, so the next "she" is not the described person (s50)."""
    words = text[lo:hi].split()
    for k, word in enumerate(words):
        w = word.lower().strip(".,;:!?—–\"“”")
        if pronoun == "he" and w == "him":
            return True
        if pronoun == "she" and w == "her" and (word[-1:] in ".,;:!?" or k + 1 == len(words)
                                                 or words[k + 1].lower().strip(".,;:") in _AFTER_OBJECT):
            return True
    return False


# "a 40-year-old nurse named Doris.", "a man called Sam Ortiz,", "identified as Ann Lee.": the
# words introduce a person, even by a given name alone. "named"/"called" right after a plain
# lowercase noun (not "Lee called Trump a liar"); the name then ends its phrase.
_NAMED: Final = re.compile(r"\b(?:[a-z]{3,}[^\S\n]+(?:named|called)|identified[^\S\n]+as)[^\S\n]+"
                    r"([A-Z][a-z’'-]+(?:[^\S\n]+[A-Z][a-z’'-]+){0,2})(?=[^\S\n]*(?:[.,;:)]|$))")
_NOT_NOUNS: Final = frozenset("she he they who was were is are has have had been being and but also "
                       "then not she's".split())


def named_person(ctx: ArticleContext, text: str, lo: int, hi: int, gender: str) -> str | None:
    """The person a phrase like "a resident named Caroline" introduces last in ``text[lo:hi]``,
    if the article gives no other gender for that name."""
    found = None
    for m in _NAMED.finditer(text, lo, hi):
        noun = text[m.start():m.start(1)].split()[0]
        if not m.group(0).startswith("identified") and (noun.lower() in _NOT_NOUNS or noun.endswith("ly")):
            continue  # "she called Trump.", "was named Smith": a verb, not a noun's name
        found = m.group(1)
    if found is None or trim(found.split()[0]) in FUNCTION_WORDS:
        return None
    full = ctx.names.fullest(found)
    return full if (ctx.genders.get(full) or ctx.names.gender(found)) in (None, gender) else None


_AGED: Final = re.compile(r"(\d{1,3})[‑\-]year[‑\-]old")
_AGE_GIVEN: Final = re.compile(r",[^\S\n]+(\d{1,3}),")  # "Omar Pell, 61,"


def aged_subject(ctx: ArticleContext, text: str, before: int, words: list[str]) -> str | None:
    """``_aged_subject``, else ``given_age_holder``."""
    return _aged_subject(ctx, text, before, words) or given_age_holder(ctx, text, before, words)


_AGE_NAME: Final = r"((?:[A-Z][\w’'\-]{0,30}[^\S\n]{1,3}){1,3}[A-Z][\w’'\-]{0,30})"
_AGE_READ: Final = 20_000  # characters read back from a description for the ages given (bounded)
_AGE_NEAR: Final = 1_500  # the person must be named this close before the description
_AGE_REACH: Final = 400  # more characters than a match of _age_patterns and its lookahead read (~150)


@lru_cache(maxsize=128)
def _age_patterns(age: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The age ``age`` written for anyone ("46-year-old", ", 46,") and written with a name ("Ann
    Lee, 46,", "46-year-old Ann Lee"): built once an age."""
    age = re.escape(age)
    return (re.compile(r"(?<![\w\-])" + age + r"[‑\-]year[‑\-]old(?![\w\-])|,[^\S\n]{1,3}" + age + r","),
            re.compile(_AGE_NAME + r",[^\S\n]{1,3}" + age + r",|(?<![\w\-])" + age + r"[‑\-]year[‑\-]old[^\S\n]{1,3}"
                       + _AGE_NAME))


def given_age_holder(ctx: ArticleContext, text: str, before: int, words: list[str]) -> str | None:
    """The one person the article gave the age of "the 46-year-old" ("Ann Lee, 46, runs ...",
    "46-year-old Ann Lee"), named in the 1,500 characters before it. None when that age is
    written for anyone else too ("a 46-year-old woman", "Tom Hale, 46,"), or for no one."""
    if len(words) < 2 or trim(words[0]) != "the":
        return None
    ages = [m.group(1) for m in (_AGED.fullmatch(trim(w)) for w in words[1:3]) if m is not None]
    if not ages:
        return None
    lo = max(0, before - _AGE_READ)
    written, given = _age_patterns(ages[0])
    named = zone_scan(ctx, text, given, _AGE_REACH).finditer(lo, before)
    people: set[str] = set()
    for m in named:
        run = (split_title(m.group(1) or m.group(2)) or "").split()
        # "Yesterday Ann Lee, 46,": the last words of the run that are a person's name
        names = [" ".join(run[-k:]) for k in (2, 3) if len(run) >= k]
        name = next((n for n in names if known_person(n, ctx)), None) or next(
            (n for n in names if bare_person(n) and not is_org(n)), None)
        if name is None:
            return None  # an age given to a body or to words that are no name
        people.add(ctx.names.fullest(name))
    if len(people) != 1 or len(zone_scan(ctx, text, written, _AGE_REACH).finditer(lo, before)) != len(named):
        return None  # the age written for two people, or for someone unnamed
    person = people.pop()
    return person if person.split()[-1] in text[max(0, before - _AGE_NEAR):before] else None


def _aged_subject(ctx: ArticleContext, text: str, before: int, words: list[str]) -> str | None:
    """The person a definite description with an age, and no role word for its head, stands for
    ("… stepped down on Monday. “…,” the 85-year-old Nobel laureate said."): the subject of the
    sentence before the quote's own, when it names a person (of no other age) and no other
    person is named in this paragraph and the one before. None otherwise."""
    if ctx.sentences is None or len(words) < 2 or trim(words[0]).lower() not in DEFINITE or \
            not (any(counted(trim(w)) for w in words[1:3]) or person_noun(words) or epithet(words)):
        return None  # (and "the Spaniard", "the Utah Republican": person_nouns, s51; "the singer": s63)
    lo = text.rfind("\n", 0, before)
    while lo > 0 and text[lo - 1] in "\r\n":
        lo -= 1
    lo = max(0, text.rfind("\n", 0, max(0, lo)))
    prev = sentence_before(text, ctx.sentences, lo, max(ctx.sentences.start(lo, before), text.rfind("\n", 0, before) + 1))
    if prev is None:
        return None
    hi = prev[1]
    subj = subject_of(text, prev[0], hi)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    if mention.endswith(("’s", "'s")):
        # "Dorvan’s interim leader Omar Pell stepped down": the name after the possessor's
        # lowercase title words.
        runs = names_in(text, subj[1], min(hi, subj[1] + 80))
        between = text[subj[1]:runs[0][1] - len(runs[0][0])].split() if runs else ["-"]
        if len(between) > 4 or not all(w.islower() for w in between):
            return None
        mention = runs[0][0]
    if mention.lower() in PRONOUNS or plural_group(mention) or not (
            known_person(mention, ctx) or bare_person(mention) and not used_as_body(text, mention)):
        return None
    full = ctx.names.fullest(split_title(mention))
    mine = set(full.split())
    for name, _ in names_in(text, lo, before):
        other = ctx.names.fullest(split_title(name) or name)
        if not set(other.split()) & mine and (other in ctx.people or ctx.names.is_person(name) or
                                              bare_person(name)):
            return None  # someone else the description may stand for
    ages = [m.group(1) for m in (_AGED.fullmatch(trim(w)) for w in words[1:3]) if m is not None]
    written = text.find(full + ",") if ages else -1
    given = _AGE_GIVEN.match(text, written + len(full)) if written >= 0 else None
    if given is not None and given.group(1) != ages[0]:
        return None  # "Omar Pell, 61," is not "the 85-year-old"
    return full


def described_newcomer(ctx: ArticleContext, text: str, mention: str, before: int, gender: str) -> str | None:
    """Who "he"/"she" is when the sentence before is about a role that no title in the article
    gives to anyone: the one the article described so ("The actress said ..." for "Ann Lee, an
    actress"), else someone new and unnamed when the description says more than its noun ("The
    union leader disagreed. “…,” he said.": "", never the speaker before). A bare "the
    candidate" that the article described no one as, or no such description, gives None (the
    nearest names are read next). A name in apposition is the one meant ("The union leader,
    Ann Lee, disagreed.")."""
    name = role_then_name(mention)
    words = mention.partition(", ")[0].split() if name else mention.split()
    if not 2 <= len(words) <= 4 or words[0] not in ("The", "the") or \
            not all(w[:1].islower() for w in words[1:]) or trim(words[-1]) not in HEADS:
        return None
    person = ctx.names.fullest(name) if name else ctx.names.described(words, text, before)
    if person is None:
        return "" if len(words) >= 3 else None
    return person if (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender) else None


def role_then_name(mention: str) -> str:
    """The name after a described role set off by a comma ("The union leader, Ann Lee" -> "Ann
    Lee"), or "" for any other mention."""
    desc, comma, name = mention.partition(", ")
    names = name.split()
    if not comma or desc.split()[:1] not in (["The"], ["the"]) or not 2 <= len(names) <= 3 or \
            not all(w[:1].isupper() for w in names) or not is_person_like(name) or is_org(name):
        return ""
    return name


def _closes_sentence(ctx: ArticleContext, text: str, end: int, hi: int) -> bool:
    """The words after a name ending at ``end`` close an attribution's sentence (nothing, an
    appositive or an adjunct: ``inverted_names.closes_attribution``), up to that sentence's end."""
    assert ctx.sentences is not None
    return closes_attribution(text[end:ctx.sentences.end(end, max(end, hi))])

