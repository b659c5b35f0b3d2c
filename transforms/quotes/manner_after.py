"""Rule ``manner_after`` (issue 16, stop 45): a verb of manner right after a quote tells who
spoke, the way profiles and interviews woven into features write it: "“I never thought anyone
would pay to hear me,” she laughs.", "“We were terrible,” Dex Arlow shrugs.", "“It nearly
killed me,” Quince grins, “but I'd do it again.”".

These verbs (laugh, shrug, grin, smile, chuckle, beam, wink, deadpan, shrug) are no verbs of
saying, so they are not cues (``lexicon.CUES``): a sentence "Lee smiled." says nothing of any
quote. Only here, set right after the quote's closing mark, do they stand for "said": the
quote ends with a comma, "!" or "?" inside its marks (the writer's sentence goes on after it),
then comes the subject (he, she, they, I, we, or a name of one to four capitalized words) and
the verb, then the sentence ends or goes on with an adverb, "as", "with", "when" or a comma
(nothing that makes the verb take an object: "“Sorry,” she smiled at him and said ..." is
still hers, "“No,” he laughed off the question" is not read). The quote must open its sentence
(stop 45, second read): after a verb or a colon the quote is someone else's words or a thing's
("The crowd chanted “Lock him up!” Vance smiled.", "Counsel asked: “Did you see it?” Doyle
smiled.", "The sign read “Welcome home!” Kellerman beamed."), and the verb is a reaction to it.
English only. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import DETERMINERS
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.tokens import mark_end

MANNER_AFTER: Final = "manner_after"  # the name the rule is recorded under

_VERBS: Final = (r"laugh(?:s|ed)?|shrug(?:s|ged)?|grin(?:s|ned)?|smile(?:s|d)?|chuckle(?:s|d)?|"
                 r"beam(?:s|ed)?|wink(?:s|ed)?|deadpan(?:s|ned)?|giggle(?:s|d)?|snort(?:s|ed)?|"
                 r"smirk(?:s|ed)?|cackle(?:s|d)?")
# After the closing mark: the subject, the verb, then the sentence's end or a harmless going-on.
# The name is one to four capitalized words (a particle between them allowed); each part is
# bounded, so a match at one position reads at most a few dozen characters.
_AFTER: Final = re.compile(
    r"(?P<comma>,?)[^\S\n]{0,3}+(?P<subject>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|"
    r"[A-Z][\w’'.-]{0,30}+(?:[^\S\n](?:(?:de|van|von|da|del|der|le|la)[^\S\n])?[A-Z][\w’'.-]{0,30}+){0,3}+)"
    r"[^\S\n](?P<verb>" + _VERBS + r")"
    r"(?P<rest>[.!;,]|[^\S\n]+(?:[a-z]{2,20}ly\b|as\b|with\b|when\b|while\b|again\b|now\b|softly\b)|$)")
_INSIDE_END: Final = frozenset(",!?")  # how the quote itself must end (inside its marks)
_OPENERS: Final = frozenset(".!?\n”\"")  # what may stand right before a quote that opens its sentence


def manner_after(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of a verb of manner set right after the quote (see the module)."""
    if current_language().code != "en":
        return None
    text, span = site.text, site.span
    if span.close_at < 0:
        return None
    before = text[max(0, span.open_at - 3):span.open_at].rstrip(" \t")
    if before and before[-1] not in _OPENERS:
        return None  # "… chanted “Lock him up!” Vance smiled.": the quote is someone else's
    inner = text[span.open_at:span.close_at].rstrip()
    end = mark_end(text, span)
    if not inner or inner[-1] not in _INSIDE_END and text[end:end + 1] != ",":
        return None  # "“…,” she laughs" or "“…”, she laughs": the writer's sentence goes on
    hi = min(site.tail_hi, end + 120)
    m = _AFTER.match(text, end, hi)
    if m is None:
        return None
    subject = m.group("subject")
    if subject.lower() not in ("he", "she", "they", "i", "we") and (
            subject.split(None, 1)[0].lower() in DETERMINERS or not is_person_like(subject)):
        return None  # "“…?” The Singer laughs." (a headline's capitals): no name
    found = finding(text, m.span("subject"), None, m.group("verb"), MANNER_AFTER)
    found.cue_at = m.start("verb")  # where the verb stands: a split quote's second half shares it
    return found
