"""From a mention to a speaker: pronouns, roles, the fullest name."""
from __future__ import annotations

import re

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.lexicon import (
    DETERMINERS, FUNCTION_WORDS, GROUP_WORDS, KIN, ORG_NOUNS, PERSONAL, POSSESSIVE_PRONOUNS,
    PRONOUNS, ROLE_WORDS, TITLES)
from newsbeam.transforms.quotes.names import is_org, is_person_like, names_before, split_title
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.tokens import trim

# (Starting only at a run's first space, taken whole: linear, where ",?\s+" tried every space of a
# long run as a start.)
_RELATIVE_TAIL = re.compile(r"(?<!\s),?\s++(?:who|which|that)$")
_RELATIVE_ENDINGS = ("who", "which", "that", "who\n", "which\n", "that\n")  # where it can match


def resolve(found: Finding, ctx: ArticleContext, text: str, before: int) -> tuple[str | None, str]:
    """(speaker, attribution) for a mention of the quote that opens at ``before``."""
    mention = found.mention
    if mention.endswith(_RELATIVE_ENDINGS):
        mention = _RELATIVE_TAIL.sub("", mention)
    words = mention.split()
    low = words[0].lower() if words else ""
    if found.how == "inherited":
        return ctx.last_speaker, "inherited"
    if len(words) == 1 and (low in PRONOUNS or low in POSSESSIVE_PRONOUNS):
        low = POSSESSIVE_PRONOUNS.get(low, low)
        if low in ("he", "she"):
            return antecedent(ctx, text, before, "m" if low == "he" else "f", found.cue_at), "pronoun"
        if low in PERSONAL:
            return ctx.last_person or ctx.last_speaker, "pronoun"
        if low == "it" and ctx.last_speaker in ctx.people:
            return None, "pronoun"  # "it" is a body or a document, never the person last quoted
        return ctx.last_speaker, "pronoun"
    if is_person_like(mention):
        name = split_title(mention)
        if name and all(trim(w) in FUNCTION_WORDS for w in name.split()):
            return None, "explicit"  # "None of MacAlister’s", "Another": no one named
        bare = [w for w in words if w.lower() not in DETERMINERS]
        if name and len(bare) == 1 and (trim(name) in TITLES or trim(name) in ROLE_WORDS) \
                and not ctx.names.is_surname(name):
            # "the President", "Historian": the person the article gave that title, if any.
            person = ctx.names.role(name)
            return (ctx.names.fullest(person) if person else None), "explicit"
        if name:
            if name.isupper():
                full = ctx.names.fullest(name.title())
                name = full if full != name.title() else name
            else:
                name = ctx.names.fullest_near(name, text, before)
            if " " not in name:
                name = ctx.names.given_name(name) or name
            return name, "explicit"
    # A nominal: a role may be someone the article named with that title ("the premier"); an
    # organisation named in it speaks for itself ("The Associated Press", "Thames Valley Police").
    rest = words[1:] if low in DETERMINERS else words
    head = trim(rest[-1]) if rest else ""
    if (head in TITLES or head in ROLE_WORDS) and (rest[-1].islower() or len(rest) == 1):
        person = ctx.names.role(head)
        if person:
            return ctx.names.fullest(person), "explicit"
        return None, "explicit"  # "The German leader": a description, not a name
    if any(w[:1].isupper() for w in rest) and (rest[-1][:1].isupper() or head in ORG_NOUNS):
        return " ".join(rest), "explicit"
    return None, "explicit"  # "the 85-year-old Nobel Peace Prize winner": a description


_PLURAL_ENDINGS = ("ists", "ians", "eans")


def plural_group(name: str) -> bool:
    """A name for several people ("Tunisian Islamists", "Europeans", "officials"): never a he
    or she."""
    last = trim(name.split()[-1])
    return last in GROUP_WORDS or last.endswith(_PLURAL_ENDINGS)


def _own_subject(ctx: ArticleContext, text: str, lo: int, before: int, cue_at: int, gender: str,
                 pronoun: str) -> str | None:
    """The subject of the sentence the pronoun stands in, if it is a person and the pronoun
    is not that subject itself nor a parenthesis ("Washington kept slaves there, she noted")."""
    if cue_at < 0 or cue_at > before or ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(lo, cue_at), text.rfind("\n", 0, cue_at) + 1)
    lead = text[s_lo:cue_at].rstrip()
    if not lead.lower().endswith(pronoun) or lead[:len(lead) - len(pronoun)].rstrip().endswith(","):
        return None
    subj = subject_of(text, s_lo, cue_at)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    if mention.lower() in PRONOUNS or mention.endswith(("’s", "'s")) or not known_person(mention, ctx):
        return None
    full = ctx.names.fullest(split_title(mention))
    return full if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender) else None



def _subject_before(ctx: ArticleContext, text: str, lo: int, before: int, gender: str,
                    pronoun: str) -> str | None:
    """The person the sentences before the pronoun's own are about: the nearest one whose
    subject (or the person one of its quotes is credited to) is a person of a fitting gender,
    going back past sentences whose subject is the same pronoun. A passage keeps its subject:
    "Benj Edwards ... explained that ... He said he was sick. “...,” he said."""
    sentences = ctx.sentences
    if sentences is None:
        return None
    # A paragraph break ends a sentence whatever the stop before it looks like ("on X.").
    hi = max(sentences.start(lo, before), text.rfind("\n", 0, before) + 1)  # not the pronoun's own
    for _ in range(4):
        while hi > lo and text[hi - 1] in " \n\r":
            hi -= 1
        if hi <= lo:
            return None
        s_lo = max(sentences.start(lo, hi - 1), text.rfind("\n", 0, hi - 1) + 1)
        credited = [person for at, person in ctx.credits if s_lo <= at < hi]
        if credited:
            person = credited[-1]
            if (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender):
                return person
            return None
        subj = subject_of(text, s_lo, hi)
        if subj is not None:
            mention = text[subj[0]:subj[1]]
            low = mention.lower()
            words = mention.split()
            head = trim(words[-1])
            if len(words) > 1 and head in KIN and (words[-2].endswith(("’s", "'s")) or
                                                    words[-2].lower() in POSSESSIVE_PRONOUNS):
                return ""  # "Rashtian’s father", "his wife": someone the article does not name
            if mention.endswith(("’s", "'s")):
                hi = s_lo
                continue  # "France’s ambassador": the possessor is not the subject
            if trim(words[0]) in FUNCTION_WORDS and trim(words[0]) not in ("the",):
                return None  # "Several European leaders", "Regarding Rahman": no subject to go by
            if low in PRONOUNS:
                if low != pronoun:
                    return None  # the passage turned to someone else ("they", the other gender)
            elif is_person_like(mention):
                if plural_group(mention):
                    hi = s_lo
                    continue  # "Tunisian Islamists and secular forces ...": not a he or she
                if not known_person(mention, ctx):
                    return None
                full = ctx.names.fullest(split_title(mention))
                if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender):
                    return full
                return None
            else:
                return None  # a sentence about something else: leave it to the nearest name
        hi = s_lo
    return None


def antecedent(ctx: ArticleContext, text: str, before: int, gender: str, cue_at: int = -1) -> str | None:
    """Who "he" or "she" is, in this order: the subject of the pronoun's own sentence when the
    pronoun sits in a clause of it ("Ban Ki-moon condemned what he called ..."); the person the
    sentences before are about; the nearest person named before the quote (this paragraph or
    the one before); the last speaker. Each time, one whose gender, where the article shows it,
    agrees."""
    lo = text.rfind("\n", 0, before)  # this paragraph's start ...
    while lo > 0 and text[lo - 1] in "\r\n":
        lo -= 1
    lo = max(0, text.rfind("\n", 0, max(0, lo)))  # ... and the previous one's
    names = ctx.names
    pronoun = "he" if gender == "m" else "she"
    found = _own_subject(ctx, text, lo, before, cue_at, gender, pronoun)
    if found is None:
        found = _subject_before(ctx, text, lo, before, gender, pronoun)
    if found == "":
        return None  # the sentences before are about someone unnamed: "Rashtian’s father"
    if found is None:
        found = _nearest_person(ctx, text, max(lo, before - 700), before, gender, pronoun)
    if found is None:
        for person in reversed(ctx.people):
            if (ctx.genders.get(person) or names.gender(person)) in (None, gender):
                found = person
                break
    if found is not None:
        # What the article says once about someone's pronoun holds for its later quotes.
        ctx.genders.setdefault(found, gender)
        ctx.resolved[gender] = found
    return found


def _nearest_person(ctx: ArticleContext, text: str, lo: int, hi: int, gender: str, pronoun: str) -> str | None:
    """The person named nearest before ``hi`` (back to ``lo``) who can be "he" or "she"."""
    names = ctx.names
    for name, end in names_before(text, lo, hi):
        if name.lower() == pronoun:
            # "She ... . She said": the same person as the last time the pronoun was resolved.
            if ctx.resolved.get(gender):
                return ctx.resolved[gender]
            continue
        if name.lower() in PRONOUNS or trim(name) in FUNCTION_WORDS:
            continue
        if plural_group(name):
            continue
        name = split_title(name) or name
        full = names.fullest(name)
        # Someone who "said" or "told" is a person even when named once.
        nxt = ctx.cues.first(end + 1, end + 25)
        speaks = nxt is not None and nxt.s == end + 1 and not is_org(full)
        if (full in ctx.people or speaks or names.is_person(name)) and \
                (ctx.genders.get(full) or names.gender(name)) in (None, gender):
            return full
    return None


