"""Unnamed sources of a body, not a person of the surname "Fuentes"/"Fontes" (s57, Spanish and
Portuguese): "Fuentes del Ministerio han replicado", "Fontes do Planalto disseram", "según fuentes
del Gobierno" name no one; "Fuentes de Haro afirmó", "Fontes da Cunha disse" are a person (the
usual second reference to "Elena Fuentes de Haro"). Sources take a plural verb; a singular verb
is a person's. With no verb to tell ("según fuentes de …"), sources unless the article gave a
person that name with a first name. Pure; reads a few words at the cue.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.perfect_subject import PLURAL, verb_start

# "Fuentes del …", "fontes da …": the word and a particle of a body after it.
_SOURCES: Final = re.compile(r"[Ff](?:uentes|ontes)[^\S\n]{1,3}(?:de|del|da|do|das|dos)[^\S\n]")
_PARTICIPLE: Final = ("ado", "ido", "ada", "ida")  # "han replicado", "tem dito" (the auxiliary tells)


def _plural_cue(text: str, found: Finding) -> bool | None:
    """Whether the cue of ``found`` is a plural verb (True), a singular one (False), or no verb
    to tell by (None: "según", a mark)."""
    cue = found.cue or ""
    if not cue.isalpha() or not cue.islower() or cue in current_language().function_words:
        return None
    if cue.endswith(_PARTICIPLE):
        if found.cue_at < 0:
            return None
        start = verb_start(text, found.cue_at)
        return True if start == PLURAL else (False if start < found.cue_at else None)
    return cue.endswith(("n", "m"))  # "aseguraron", "señalan", "disseram"; "afirmó", "disse"


def unnamed_sources(text: str, found: Finding, mention: str, ctx: ArticleContext) -> bool:
    """Whether ``mention`` ("Fuentes del Ministerio") is a body's unnamed sources (see the module)."""
    if not _SOURCES.match(mention):
        return False
    plural = _plural_cue(text, found)
    if plural is not None:
        return plural
    full = ctx.names.fullest(mention).split()
    return not (len(full) > len(mention.split()) and is_first_name(full[0]))
