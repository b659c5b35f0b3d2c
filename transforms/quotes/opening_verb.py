"""A partial quote deep in the clause of a Spanish or Portuguese sentence that opens on a
reporting verb with its subject dropped: "A pregunta expresa, comentó que en lugar de trabajar …
están en campaña y “no resuelven ni una cosa ni otra”", "Asimismo, destacó que lo importante es
“…”". No rule reads it (the verb is not next to the quote), and the fallback for partial quotes
(``shapes.sentence_subject``) finds no subject; the speaker is the dropped subject's person, read
as ``dropped_subject`` reads it (``implied.dropped_subject_antecedent``: the person last credited
in the paragraph, else the sentences and paragraphs before), when it is surely a person: its
fullest name opens on a first name; a body read there ("comentó el Miembro del Buró Político"
gives "Buró Político") is no one. None found: no finding (rather
null than wrong). In German, a sentence opening on "Er"/"Sie" and a verb in the singular
(``pronoun_opener_de``: "Sie hält den Plan für „…“", s63). Pure function; recorded as
``sentence_subject`` (extract.py)."""
from __future__ import annotations

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.implied import PRO_DROP, dropped_subject_antecedent
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.pronoun_opener_de import pronoun_opener
from newsbeam.transforms.quotes.verb_openers import opens_on_reporting_verb


def opening_verb_subject(text: str, ctx: ArticleContext, sent_lo: int, open_at: int) -> Finding | None:
    """The dropped subject of the sentence ``text[sent_lo:open_at]`` when it opens on a singular
    reporting verb, as a finding (German: on "Er"/"Sie"); else None."""
    if current_language().code == "de":
        return pronoun_opener(text, sent_lo, open_at)
    if current_language().code not in PRO_DROP or ctx.cues is None:
        return None
    if not opens_on_reporting_verb(text, ctx.cues, sent_lo, open_at):
        return None
    cue = ctx.cues.first(sent_lo, open_at)
    person, _ = dropped_subject_antecedent(text, ctx, sent_lo)
    if not person or cue is None or not is_first_name(ctx.names.fullest(person).split()[0]):
        return None
    return Finding(person, cue.word, "explicit", cue.s)
