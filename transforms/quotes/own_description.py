"""A quote whose own sentence opens on a description and reports it with a verb of speech ("El
productor tampoco pidió la «excepcionalidad»", "La empresa dijo que …"): the one described
speaks, not the person credited with the quote before (``rules_before.previous_quote``).

English reads such a subject in its own rules (lead_in: "The producer said …" names no one, and
no rule looks further back). In Spanish, French and Portuguese a description the lead-in does not
resolve left the quote to ``previous_quote``, which credited the last speaker of the paragraph:
the wrong person. A title ("la ministra añadió que …") is left to the rules that resolve roles.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.tokens import trim

# Words between the noun and its verb: adverbs, a negation, an auxiliary ("tampoco había").
_BETWEEN: Final = 3
_ROMANCE: Final = frozenset(("es", "fr", "pt"))
_NEGATIONS: Final = frozenset("no ne n' n’ não".split())


def own_described_subject(site: Site, ctx: ArticleContext) -> bool:
    """In an article in Spanish, French or Portuguese: the quote's sentence opens on an article
    and a lowercase noun that is no title, and its verb right after it (an adverb, a negation or
    an auxiliary between at most) is a reporting cue before the quote: "El productor tampoco
    pidió la “…”", not "la diaria consultó a X, quien manifestó que “…”" (whose verb of speech
    has another subject)."""
    lang = current_language()
    if lang.code not in _ROMANCE:
        return False
    assert ctx.cues is not None
    lo, open_at = site.sent_lo, site.span.open_at
    cue = ctx.cues.first(lo, open_at)
    if cue is None:
        return False
    words = site.text[lo:cue.s].split()
    if not 2 <= len(words) <= 2 + _BETWEEN or words[0].lower() not in lang.determiners:
        return False
    noun = trim(words[1])
    return words[1][:1].islower() and noun.isalpha() and noun not in TITLES and noun not in lang.cues and \
        all(w.lower() in lang.adverbs or w.lower() in _NEGATIONS or w in lang.auxiliaries or
            w in lang.perfect_auxiliaries for w in words[2:])
