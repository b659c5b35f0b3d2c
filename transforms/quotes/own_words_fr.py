"""French "selon ses mots": quoted words the sentence says are someone's own (rule ``own_words``,
issue 16, stop 43). "Il s'agit, selon ses mots, d'une « trahison douce »", "Elle y voit, pour
reprendre ses termes, une « ville sans seuil »", "une « ruse », selon son expression": the
possessive names the words as the words of someone the article already speaks of, so they are
that person's (partial), never the writer's scare quote. words_of.py reads the phrase with a name
("selon les mots de X"); this is its possessive form, whose owner is not written in the phrase.

Whose words: the subject pronoun or name that opens the quote's sentence ("Elle y voit, …",
"Anne Roy y voit, …"; not an impersonal "il s'agit", "il faut"); else the person last credited with
a quote in the paragraph, when no one else is named since; when the paragraph credited no one, the
one person named in it before the sentence (as described_fr.py reads a description); else no one (the words stay someone's:
partial, null). The phrase stands in the quote's sentence before its opening mark with no other
quote mark between, or right after its closing mark. Pure functions, bounded reads.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.implied import sole_person_in, someone_else_named
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.tokens import mark_end, sentence_before

OWN_WORDS: Final = "own_words"
_PHRASE: Final = re.compile(
    r"(?<![\w\-])(?:selon|pour[^\S\n]{1,3}reprendre|suivant)[^\S\n]{1,3}"
    r"(?:(?:ses|leurs)[^\S\n]{1,3}(?:propres[^\S\n]{1,3})?(?:mots|termes)|(?:son|leur)[^\S\n]{1,3}expression|"
    r"(?:sa|leur)[^\S\n]{1,3}formule)(?![\w\-])", re.IGNORECASE)
_QUOTE_MARKS: Final = frozenset("«»“”„\"")
# After the closing mark: a comma, then the phrase.
_AFTER: Final = re.compile(r"[^\S\n]{0,3},?[^\S\n]{0,3}")
# An impersonal "il" ("il s'agit", "il faut", "il y a"): no one's words.
_IMPERSONAL: Final = frozenset("s'agit s’agit faut fallait est était semble semblait reste suffit paraît".split())
_OPENING: Final = re.compile(r"[^\S\n]*(?P<pronoun>Il|Elle|Ils|Elles)[^\S\n]{1,3}(?P<next>[^\W\d_][\w'’\-]*)"
                             r"(?:[^\S\n]{1,3}(?P<then>[^\W\d_]+))?")
_THERE_IS: Final = frozenset("a avait aura".split())  # "il y a": impersonal; "elle y voit": hers
_READ: Final = 200  # characters read before the quote for the phrase


def _phrase_at(text: str, site: Site) -> bool:
    """Whether the phrase stands in the quote's sentence before its opening mark (no other quote
    mark between) or right after its closing mark."""
    span = site.span
    lo = max(site.sent_lo, span.open_at - _READ)
    for m in _PHRASE.finditer(text, lo, span.open_at):
        if not _QUOTE_MARKS.intersection(text[m.end():span.open_at]):
            return True
    if span.close_at < 0:
        return False
    end = mark_end(text, span)
    gap = _AFTER.match(text, end, min(len(text), end + 8))
    return gap is not None and _PHRASE.match(text, gap.end(), min(site.tail_hi, gap.end() + 40)) is not None


def own_words(site: Site, ctx: ArticleContext) -> Finding | None:
    """"selon ses mots" (see the module): the owner of the words, or a null finding (someone's words)."""
    if current_language().code != "fr" or not _phrase_at(site.text, site):
        return None
    text, span = site.text, site.span
    opening = _OPENING.match(text, site.sent_lo, span.open_at)
    if opening is not None and opening.group("next").lower() not in _IMPERSONAL and not (
            opening.group("next") == "y" and (opening.group("then") or "").lower() in _THERE_IS):
        pronoun = opening.group("pronoun").lower()
        if _thing_before(text, site, ctx, pronoun):
            return Finding("", None, "explicit", -1, OWN_WORDS)  # "… a présenté la loi. Elle marque …": the law
        return Finding(pronoun, None, "pronoun", -1, OWN_WORDS)
    first = next((n for n in names_in(text, site.sent_lo, min(span.open_at, site.sent_lo + 60))
                  if n[0].lower() not in _DETERMINERS), None)  # ("Son rival Jean Morvan": not "Son")
    if first is not None and _opens_on(text, site.sent_lo, first[1] - len(first[0])) and is_person_like(first[0]) and \
            len(first[0].split()) >= 2:
        return Finding(first[0], None, "explicit", -1, OWN_WORDS)  # "Anne Roy y voit, selon ses mots, …"
    credited = [c for c in ctx.credits if site.p_lo <= c[0] < span.open_at]
    if credited:
        _, person, close = credited[-1]
        if not someone_else_named(text, ctx, close, span.open_at, person):
            return Finding(person, None, "explicit", -1, OWN_WORDS)
        return Finding("", None, "explicit", -1, OWN_WORDS)
    # no quote credited in the paragraph: the one person named before the sentence (described_fr)
    named = sole_person_in(text, ctx, site.p_lo, site.sent_lo) if site.sent_lo > site.p_lo else None
    if named and not someone_else_named(text, ctx, site.sent_lo, span.open_at, named):
        return Finding(named, None, "explicit", -1, OWN_WORDS)
    return Finding("", None, "explicit", -1, OWN_WORDS)


def _thing_before(text: str, site: Site, ctx: ArticleContext, pronoun: str) -> bool:
    """True when the sentence before opens on a subject of the other gender than ``pronoun``
    and names a thing of the pronoun's gender after it ("Le ministre a présenté la loi. Elle
    marque …": "elle" is the law; review43 F8). Rather null than the woman named before."""
    prev = sentence_before(text, ctx.sentences, site.p_lo, site.sent_lo) if ctx.sentences is not None else None
    if prev is None:
        return False
    words = text[prev[0]:prev[1]].split()
    own, other = ("la", "le") if pronoun == "elle" else ("le", "la")
    opens_other = words[0].lower() in (other, "il" if pronoun == "elle" else "elle")
    return opens_other and any(w.lower() == own and k + 1 < len(words) and words[k + 1][:1].islower()
                               for k, w in enumerate(words[1:], 1))


def _opens_on(text: str, lo: int, at: int) -> bool:
    """The name at ``at`` opens the sentence at ``lo``: nothing before it, or a determiner and at
    most two lower-case words ("Son rival Jean Morvan", "Le ministre Paul Petit"; review43 F15)."""
    words = text[lo:at].split()
    return at <= lo + 3 or 2 <= len(words) <= 3 and words[0].lower() in _DETERMINERS and \
        all(w[:1].islower() for w in words[1:])


_DETERMINERS: Final = frozenset("son sa ses leur le la les l' notre".split())
