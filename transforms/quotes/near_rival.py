"""When "he" or "she" is too ambiguous to hand to someone named further back: another person of
that sex is named in the sentence right before the pronoun's own (or in its own lead), but not
as what its structure makes the pronoun's antecedent (its subject, its opening): as an object
or a possessor after a preposition ("listening to Director Ann Lee's statement. She called it
“…”"). ``resolve.antecedent``'s later steps (the sentences before, the person quoted last) would
then skip that nearer person for one named earlier, a guess the passage does not support: the
pronoun is left to no one (rather null than wrong).

Not a rival: the one found named in the same sentence ("Hale met Ann Lee's envoy." for Hale:
the sentence is about him), a sentence that itself speaks of the pronoun ("He met Lee's
envoy"), a name of no known sex."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, PRONOUNS
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_org
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import sentence_before, strip_possessive, trim

# The pronoun of each sex and its other forms, as words: a sentence that holds one goes on
# speaking of the same person as the pronoun's passage.
_PRONOUN_FORMS: Final = {"m": re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE),
                         "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)}


# Subjects that name no one: a sentence opening on them is about no person ("That might sound
# strange to anyone listening to Ann Lee's speech").
_NO_ONE: Final = frozenset("that this it there what which these those such".split())


def unrivalled(ctx: ArticleContext, text: str, lo: int, before: int, gender: str, found: str) -> str | None:
    """``found``, unless a person of ``gender`` other than ``found`` is named in the sentence
    before the one holding ``before`` (or in that sentence's lead before it), in a sentence that
    neither names ``found`` nor holds a pronoun of that sex, with no mention of ``found`` after
    it: then that person where the sentence opens on them (its subject: "Later, Ann Lee
    disagreed."), else None (an object or a possessor: ambiguous); "" when ``found`` is the
    object of a sentence whose subject is a person of no known sex (``_unsexed_subject``)."""
    sentences = ctx.sentences
    if sentences is None or not found:
        return found
    own = max(lo, sentences.start(lo, before), text.rfind("\n", 0, before) + 1)
    prev, hi = sentence_before(text, sentences, lo, own) or (own, own)
    marks = {w for w in found.split() if w[:1].isupper()}
    last = found.split()[-1]
    if prev < hi and _unsexed_subject(ctx, text, prev, hi, marks):
        return ""  # either of two people: no one, and no one named earlier in their place (s63)
    for s_lo, s_hi in ((own, before), (prev, hi)):  # the nearer first
        if s_lo >= s_hi or _names(text, s_lo, s_hi, marks) or _PRONOUN_FORMS[gender].search(text, s_lo, s_hi):
            continue
        subj = subject_of(text, s_lo, s_hi)
        about = text[subj[0]:subj[1]] if subj is not None else ""
        for name, end in names_in(text, s_lo, s_hi):
            at = end - len(name)
            is_subject = subj is not None and subj[0] <= at < subj[1] and not about.endswith(("’s", "'s"))
            if about and about.lower() not in _NO_ONE and not is_subject:
                break  # "The minister met Ann Lee.": the sentence is about its own subject
            person = _person(ctx, name, gender)
            if person and last not in person.split() and not _names(text, end, before, marks) and \
                    not _quoted(text, at):
                return person if is_subject else None
    return found


def _unsexed_subject(ctx: ArticleContext, text: str, lo: int, hi: int, marks: set[str]) -> bool:
    """Whether the sentence ``text[lo:hi]`` opens on a person's full name of no known sex and names
    the one found (``marks``) after it, as an object (s63): "Unai Emery defended striker Ollie
    Watkins. “…,” he said." may be either (as "Keir Starmer sacked Andy McDonald" is: s62), and the
    object's known sex alone made it the "he"."""
    subj = subject_of(text, lo, hi)
    if subj is None:
        return False
    name = split_title(text[subj[0]:subj[1]]) or ""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].isalpha() for w in words) or _names(text, *subj, marks) \
            or is_org(name) or trim(words[0]) in FUNCTION_WORDS or ctx.names.gender(name) is not None:
        return False
    verb = text[subj[1]:subj[1] + 30].split()[:1]
    at = min((m.start() for w in marks if (m := re.search(rf"\b{re.escape(w)}\b", text[subj[1]:hi]))), default=-1)
    cue = ctx.cues.first(subj[1], subj[1] + at) if ctx.cues is not None and at >= 0 else None
    # its own verb next, and no verb of saying before the one found ("…, said Diane Greene": she speaks);
    # the one found named once ("…, and Watkins himself was upbeat": he is the sentence's last subject)
    last = max(marks, key=len)
    return at >= 0 and cue is None and bool(verb) and verb[0].isalpha() and verb[0].islower() and \
        len(re.findall(rf"\b{re.escape(last)}\b", text[subj[1]:hi])) == 1


def _names(text: str, lo: int, hi: int, marks: set[str]) -> bool:
    """Whether one of the name words ``marks`` stands as a word in ``text[lo:hi]``."""
    return any(re.search(rf"\b{re.escape(w)}\b", text[lo:hi]) is not None for w in marks)


def _person(ctx: ArticleContext, run: str, gender: str) -> str | None:
    """The fullest name of the person the capitalized run ``run`` names when the article shows
        that person's sex to be ``gender`` (by a first name, a title: the run is a person's name
    whether or not the article names them twice); None otherwise."""
    name = strip_possessive(split_title(run) or run)
    if not name or name.lower() in PRONOUNS or trim(name.split()[0]) in FUNCTION_WORDS:
        return None
    full = ctx.names.fullest(name)
    if not (full in ctx.people or ctx.names.is_person(name) or len(full.split()) > 1 and not is_org(full)):
        return None
    return full if (ctx.genders.get(full) or ctx.names.gender(full)) == gender else None


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks opened earlier in its paragraph: a name in
    someone's words is no one the passage speaks of."""
    seg = text[text.rfind("\n", 0, at) + 1:at]
    return seg.count("“") + seg.count("«") > seg.count("”") + seg.count("»") or \
        seg.count('"') % 2 == 1 or seg.count("''") % 2 == 1
