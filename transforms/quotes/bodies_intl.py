"""A body named in Spanish or Portuguese, whole (issue 16, s54): "La Fiscalía General del Estado
informó de que …" was read as the title "Fiscalía General" and the name "del Estado" (then
nothing), "o boletim da Secretaria de Saúde" as the title "Secretaria" and the name "de Saúde".
A mention whose first word after its article (and after a document of the body: "el comunicado
del", "o boletim da", "a nota da") is the head of a body's name (``heads_intl.ORG_HEADS_INTL``,
and Portuguese "Secretaria", a secretariat, written without the accent of "secretária", the
person) and that goes on with capitalized words is that body's name, whole, without its article
(the guide: an organisation that speaks is its name at its fullest). Pure function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.bodies_fr import acronym_follows, sentence_case_name
from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL
from newsbeam.transforms.quotes.language import current as current_language

_ARTICLES: Final = frozenset("el la los las o a os as".split())
# A body's document before its name, and the preposition joining them.
_DOCUMENTS: Final = frozenset("""comunicado nota informe boletim boletín documento relatório resolución resolução
decisión decisão despacho parecer""".split())
_JOINS: Final = frozenset("de del da do de la".split())
_HEADS: Final = {"es": ORG_HEADS_INTL, "pt": ORG_HEADS_INTL | {"secretaria"}}
_MAX_WORDS: Final = 10


def body_name(mention: str, text: str = "", at: int = -1) -> str | None:
    """The body ``mention`` names whole ("Fiscalía General del Estado", "Secretaria de Saúde"),
    or None when it opens on no body's head; ``text`` and ``at`` (the cue's place): where to
    look for a French name's acronym in parentheses (bodies_fr.sentence_case_name)."""
    if current_language().code == "fr":
        return sentence_case_name(mention, acronym_follows(text, mention, at))  # "Syndicat libre des cheminots"; "Le Parti": "" (no one)
    heads = _HEADS.get(current_language().code)
    words = mention.strip(" .,;:").split()
    if heads is None or not 2 <= len(words) <= _MAX_WORDS:
        return None
    if words[0].lower() in _ARTICLES:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in _DOCUMENTS and words[1].lower() in _JOINS:
        words = words[2:]  # "o boletim da Secretaria de Saúde": the body's
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in heads or not words[-1][:1].isupper():
        return None
    return " ".join(words)
