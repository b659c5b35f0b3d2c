"""Whether a person given a role was introduced as the subject of a reporting verb: "El
secretario de Organización, Roberto Morales, informó hoy …", "O secretário de Finanças, Robert
Rios, disse que …". The role words that resolve a later description ("el secretario", "o
secretário") hold back when other people were named since the holder was named once in passing
("o senador Ana Lima" as an object, then "Pacheco …, O senador criticou"); a holder who opened
the report by speaking is the one the description goes on to mean, whatever capitalized words
follow ("el XI Pleno", "la Universidad Andrés Bello", a judge the speaker talks about). Pure
function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language

_GAP: Final = 4  # characters between the name's end and its verb: ", ", " "
_VERB: Final = 30  # characters of the verb itself


def spoke_when_named(text: str, ctx: ArticleContext, name_end: int) -> bool:
    """Whether the name ending at ``name_end`` is followed, after its comma, by a reporting verb
    of the article's language (its subject): any of its cues but an according-word, whatever
    the verb's number."""
    if ctx.cues is None:
        return False
    cue = ctx.cues.first(name_end, name_end + _GAP + _VERB)
    if cue is None or text[name_end:cue.s].strip(" ,") or not text[name_end:cue.s].startswith(","):
        return False
    word = cue.word.lower()
    lang = current_language()
    return word in lang.cues and word not in lang.according
