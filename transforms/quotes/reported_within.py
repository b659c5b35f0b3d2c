"""A lead-in whose subject speaks inside another person's report (issue 16, guard41): "Ann Lee
said that when Tom Hale railed against the banks, “he spoke for all of us”", "Ann Lee said
voters will say “no”". The cue nearest the quote ("railed", "say") belongs to a clause that a
named person earlier in the sentence reports ("said"); whose words the quote holds (the
reporter's, the reported one's, or a phrase of neither) the sentence does not settle, and the
nearer subject is the guess a reader trusts least. Rather null than that name: the finding keeps
the nearer subject's words as its mention under ``REPORTED_WITHIN``, and ``resolve`` names no one.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import DETERMINERS, TITLES
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim

REPORTED_WITHIN: Final = "reported_within"

# The verbs by which a sentence's subject reports what follows (the outer report): plain
# verbs of saying and writing, not the labelling verbs ("called", "branded") whose object is
# the quote itself.
_REPORTING: Final = frozenset(
    "said says told tells added adds argued argues wrote writes insisted insists claimed claims noted notes "
    "warned warns explained explains stated states declared declares suggested suggests acknowledged "
    "acknowledges recalled recalls contended contends maintained maintains".split())

# What closes the nearer clause before the quote ("when Ms. Warren railed against Wall Street,
# “…”"): the quote then stands in the outer reporter's clause. A quote with no such mark between
# it and the nearer cue is the object or complement of that cue, its subject's words.
_CLAUSE_ENDS: Final = ",;\u2013\u2014"

# Words allowed between the nearer subject and its verb (auxiliaries, an adverb: "had once called").
_BEFORE_VERB: Final = 2
# Words allowed between the nearer verb and the quote that is its object or complement ("described
# the plan as “…”", "admitted the plan was “…”"); farther, the quote may be another clause's.
_AFTER_VERB: Final = 5

# How far before the nearer cue the outer one is read, in characters: one sentence's span.
_REACH: Final = 300


def reported_within(site: Site, ctx: ArticleContext, found: Finding) -> bool:
    """Whether ``found`` (a lead-in's explicit subject) speaks inside a report that another
    named person, the subject of the quote's sentence, makes earlier in that sentence."""
    if current_language().code != "en" or found.how != "explicit" or found.cue_at < 0 or not found.mention:
        return False
    assert ctx.cues is not None
    text, lo = site.text, max(site.sent_lo, found.cue_at - _REACH)
    if text[found.cue_at:found.cue_at + len(found.cue or "")].lower() in _REPORTING:
        return False  # "Lee said that Hale told them “…”": the nearer subject says it in so many words
    if _inside_persons_clause(text, site, found, ctx):
        return False  # "Lee said Hale called the plan “…”": the quote inside the nearer clause, its subject's
    outer = next((c for c in ctx.cues.between(lo, found.cue_at) if c.word.lower() in _REPORTING), None)
    if outer is None or text.find(found.mention, outer.e, found.cue_at) < 0:
        return False  # the nearer subject is not inside what the outer verb reports
    subj = subject_of(text, site.sent_lo, outer.s)
    if subj is None or text[subj[1]:outer.s].strip(" ,"):
        return False  # "Ann Lee said": the outer verb right after its subject
    reporter = text[subj[0]:subj[1]].strip()
    if trim(reporter.split()[0]) in DETERMINERS or not known_person(reporter, ctx):
        # ("Several Iranians told TIME ...": a group's report, not one person's)
        return False
    return _person(reporter, ctx) != _person(found.mention, ctx)


def _inside_persons_clause(text: str, site: Site, found: Finding, ctx: ArticleContext) -> bool:
    """The quote stands inside the nearer clause (no mark closing it between the nearer cue and the
    quote: the object or complement of that verb) and that clause's subject is a person the
    article knows, right before the verb (``_BEFORE_VERB`` words between: "Hale had called").
    A body, a thing or a possessive's noun ("China promised", "Trump's tweet meant") is not."""
    cue_end = found.cue_at + len(found.cue or "")
    after_cue = text[cue_end:site.span.open_at]
    if after_cue.strip(" ,:\u00a0") and any(c in after_cue for c in _CLAUSE_ENDS) or \
            len(after_cue.split()) > _AFTER_VERB or site.zone == "title":
        return False
    at = text.rfind(found.mention, max(0, found.cue_at - _REACH), found.cue_at)
    if at < 0 or len(text[at + len(found.mention):found.cue_at].split()) > _BEFORE_VERB:
        return False
    return (known_person(found.mention, ctx) or _described_person(found.mention)) and \
        not text.startswith(("’s", "'s"), at + len(found.mention))


def _described_person(mention: str) -> bool:
    """"the governor", "Tomas Reyes": a title after an article, or a name of two capitalized words."""
    words = mention.split()
    if len(words) == 2 and trim(words[0]) in DETERMINERS:
        return words[1].lower() in TITLES
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and is_person_like(mention)


def _person(mention: str, ctx: ArticleContext) -> str:
    """The fullest name ``mention`` stands for, or its words when it names no person."""
    name = split_title(mention) if is_person_like(mention) else ""
    return ctx.names.fullest(name) or name if name else mention.strip()
