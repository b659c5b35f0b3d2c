"""Rule ``view_opener``: a Spanish or Portuguese sentence that opens on a phrase giving someone's
view with a pronoun or a possessive, then a comma ("Para él, «...»", "A su juicio, la obra es
“un fracaso”", "Desde su visión, las fumigaciones son “un problema”", "Na opinião dela, “...”"):
the quoted words are that person's, the one the pronoun stands for (pronouns_intl) or, for a
possessive, the person the text is about (implied.dropped_subject_antecedent). German (stop 47):
"Ihrer Ansicht nach ist der Plan „eine Sackgasse“", "Aus seiner Sicht …", "Für sie ist …": the person
"sie"/"er" stands for. No one found: no finding (rather null than wrong)."""
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
    r"(?:juicio|opinión|opinião|entender|visión|visão|perspectiva|criterio|critério|avaliação|parecer|"
    r"análisis|análise|lectura|leitura|entendimento)"
    r"|(?:Na|No)[^\S\n]++(?:opinião|visão|avaliação|entender|entendimento|análise|leitura)[^\S\n]++(dele|dela))"
    r"[^\S\n]*+,[^\S\n]++")
# German (stop 47): "Ihrer Ansicht nach ist der Plan „…“", "Aus seiner Sicht …", "Für sie ist …": the
# possessive's or the pronoun's person (resolved as "sagte sie"); no comma after the phrase.
_OPENER_DE: Final = re.compile(
    r"(?:(Ihrer|Seiner)[^\S\n]++(?:Ansicht|Meinung|Einschätzung|Auffassung|Überzeugung)[^\S\n]++nach"
    r"|Aus[^\S\n]++(ihrer|seiner)[^\S\n]++Sicht|Für[^\S\n]++(sie|ihn))[^\S\n]++(?:ist|sind|war|waren|sei|wäre)\b")
_PRONOUNS_DE: Final = {"ihrer": "sie", "sie": "sie", "seiner": "er", "ihn": "er"}
_MAX_CLAUSE: Final = 300  # characters from the opener's comma to the quote's opening mark


def view_opener(site: Site, ctx: ArticleContext) -> Finding | None:
    """"Para él, «...»", "A su juicio, la obra es “un fracaso”", "Ihrer Ansicht nach ist …": see the module."""
    code = current_language().code
    if code not in PRO_DROP and code != "de" or site.zone != "body":
        return None
    text, span = site.text, site.span
    assert ctx.sentences is not None
    s_lo = ctx.sentences.start(site.p_lo, span.open_at)
    if code == "de":
        de = _OPENER_DE.match(text, s_lo, span.open_at)
        if de is None or span.open_at - de.end() > _MAX_CLAUSE or "„" in text[de.end():span.open_at]:
            return None
        word = (de.group(1) or de.group(2) or de.group(3)).lower()
        person = pronoun_antecedent(text, ctx, s_lo, _PRONOUNS_DE[word])
        return Finding(person, de.group(0), "explicit", s_lo) if person else None
    m = _OPENER.match(text, s_lo, span.open_at)
    if m is None or span.open_at - m.end() > _MAX_CLAUSE:
        return None
    pronoun = (m.group(2) or {"dele": "ele", "dela": "ela"}.get(m.group(3) or "", "")).lower()  # ("dela": hers)
    if pronoun:
        person = pronoun_antecedent(text, ctx, s_lo, {"ele": "él", "ela": "ella"}.get(pronoun, pronoun)
                                    if current_language().code == "es" else pronoun)
        return Finding(person, m.group(0).rstrip(" ,"), "explicit", s_lo) if person else None
    person, _ = dropped_subject_antecedent(text, ctx, s_lo)
    return Finding(person, m.group(0).rstrip(" ,"), "explicit", s_lo) if person else None
