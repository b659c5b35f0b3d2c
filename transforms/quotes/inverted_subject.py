"""Rule ``inverted_description``: in Spanish and Portuguese the subject often follows its verb
after a quote, and it may be someone described, not named: "«...», dijo un vecino.", "«...»,
sostiene el informe.", "\"...\", disse um morador.", "«...», dijo su abogada." That subject is
the speaker: no one the article names (null, the description kept as the mention), never the
person named in the sentences before, whom a verb with a dropped subject would credit
(``dropped_subject``) or the sentence before's subject (``reported_sentence_before``): a new
speaker enters unnamed (issue 16, shape 1). A definite description of one person ("dijo el
funcionario", "puntualizó el oficial") refers back to someone named before (the annotation
guide's "el funcionario"), and so does one whose words hold a title ("el alcalde") or a name:
those are left to the rules that resolve them; a definite description of a document ("sostiene
el informe") names no one. A phrase of time after the verb ("dijo el lunes") is no subject."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.described_subject_rom import (
    DOCUMENTS, TIME_WORDS, article_unnamed, definite_unnamed, unnamed_head)
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.tokens import mark_end

# The languages whose verbs drop their subject, where the wrong credit comes from.
_LANGUAGES: Final = frozenset(("es", "pt"))
# Between the closing mark and the verb: a comma, perhaps a dash; between the verb and the
# description: nothing but a space ("dijo un vecino", not "dijo a la prensa un vecino").
_LEAD: Final = re.compile(r"[^\S\n]*+[,\u2014\u2013][^\S\n]*+")
# An article or a possessive, then one to four lowercase words, up to the sentence's end or a
# comma: "un vecino", "el informe policial", "su abogada", "uma fonte do governo"; a means or a
# place after it is no part of it ("dijo el club en un comunicado", "disse o clube em nota").
_DESCRIPTION: Final = re.compile(r"[^\S\n]++((?:el|la|los|las|un|una|unos|unas|su|sus|o|os|as|a|um|uma|seu|sua|seus|suas)"
                                 r"(?:[^\S\n]++[^\W\d_]{1,25}+){1,4}?)"
                                 r"(?:[^\S\n]++(?:en|em|por|mediante)(?:[^\S\n]++[^\W\d_]{1,25}+){1,4}?)?[^\S\n]*+[.,;]")
# "sostiene parte de la resolución", "reza parte del comunicado": a part of a document.
_PART_OF: Final = re.compile(r"[^\S\n]++parte[^\S\n]++(?:del|de[^\S\n]++la|do|da)[^\S\n]++([^\W\d_]{1,25}+)[^\S\n]*+[.,;]")
# Plural and feminine articles of Portuguese that are also prepositions ("disse a jornalistas"):
# not read as a subject.
_NOT_ARTICLE: Final = {"pt": frozenset(("a", "as"))}
# The articles of one definite thing: "el funcionario" refers back, "el informe" is a document.
_DEFINITE_ONE: Final = frozenset(("el", "la", "o", "a"))
def inverted_description(site: Site, ctx: ArticleContext) -> Finding | None:
    """"«...», dijo un vecino.": the described subject after the verb speaks, unnamed (see the
    module); None where the verb is not followed by such a description."""
    lang = current_language()
    if lang.code not in _LANGUAGES or site.span.close_at < 0:
        return None
    text = site.text
    lo = mark_end(text, site.span)
    lead = _LEAD.match(text, lo, site.tail_hi)
    if lead is None:
        return None
    assert ctx.cues is not None
    cue = ctx.cues.first(lead.end(), site.tail_hi)
    if cue is None or cue.s != lead.end():
        return None
    word = cue.word.lower()
    if word not in lang.cues or word in lang.according or " " in word:
        return None
    hi = min(len(text), site.tail_hi + 1)
    part = _PART_OF.match(text, cue.e, hi)
    if part is not None and part.group(1) in DOCUMENTS:
        return Finding(text[cue.e:part.end()].strip(" .,;"), cue.word, "explicit", cue.s)
    m = _DESCRIPTION.match(text, cue.e, hi)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] in _NOT_ARTICLE.get(lang.code, ()) and not article_unnamed(words):
        return None  # ("disse a jornalistas": a listener; "disse a família": the subject)
    for k, w in enumerate(words[1:], 1):
        if not w.islower() and unnamed_head(words[1]) and any(x in lang.genitives for x in words[2:k]):
            continue  # "disse a família de Marielle Franco": whose family, not who speaks
        if not w.islower() or w in TIME_WORDS or w in TITLES and w not in lang.genitives or w in lang.cues:
            return None  # a name, a time, a title ("el alcalde"), another verb: other rules read it
    if words[0] in _DEFINITE_ONE and not definite_unnamed(words):
        return None  # "dijo el funcionario": someone named before, described (other rules)
    return Finding(m.group(1), cue.word, "explicit", cue.s)
