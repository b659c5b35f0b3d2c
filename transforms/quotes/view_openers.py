"""Rule ``view_opener``: a Spanish or Portuguese sentence that opens on a phrase giving someone's
view with a pronoun or a possessive, then a comma ("Para él, «...»", "A su juicio, la obra es
“un fracaso”", "Desde su visión, las fumigaciones son “un problema”", "Na opinião dela, “...”"):
the quoted words are that person's, the one the pronoun stands for (pronouns_intl) or, for a
possessive, the person the text is about (implied.dropped_subject_antecedent). No one found: no
finding (rather null than wrong)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.implied import PRO_DROP, dropped_subject_antecedent
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.pronouns_intl import pronoun_antecedent

_OPENER: Final = re.compile(
    r"(?:(Para|Segundo)[^\S\n]++(él|ella|ele|ela)"
    r"|(?:A|Em|En|Na|Desde)[^\S\n]++(?:su|sua|seu)[^\S\n]++"
    r"(?:juicio|opinión|opinião|entender|visión|visão|perspectiva|criterio|critério|avaliação|parecer)"
    r"|(?:Na|No)[^\S\n]++(?:opinião|visão|avaliação|entender)[^\S\n]++(?:dele|dela))"
    r"[^\S\n]*+,[^\S\n]++")
_MAX_CLAUSE: Final = 300  # characters from the opener's comma to the quote's opening mark


def view_opener(site: Site, ctx: ArticleContext) -> Finding | None:
    """"Para él, «...»", "A su juicio, la obra es “un fracaso”": see the module."""
    if current_language().code not in PRO_DROP or site.zone != "body":
        return None
    text, span = site.text, site.span
    assert ctx.sentences is not None
    s_lo = ctx.sentences.start(site.p_lo, span.open_at)
    m = _OPENER.match(text, s_lo, span.open_at)
    if m is None or span.open_at - m.end() > _MAX_CLAUSE:
        return None
    pronoun = (m.group(2) or "").lower()
    if pronoun:
        person = pronoun_antecedent(text, ctx, s_lo, {"ele": "él", "ela": "ella"}.get(pronoun, pronoun)
                                    if current_language().code == "es" else pronoun)
        return Finding(person, m.group(0).rstrip(" ,"), "explicit", s_lo) if person else None
    person, _ = dropped_subject_antecedent(text, ctx, s_lo)
    return Finding(person, m.group(0).rstrip(" ,"), "explicit", s_lo) if person else None
