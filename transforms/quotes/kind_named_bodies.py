"""A body named in one word after the noun of its kind (issue 16, stop 46): "la empresa Pemex",
"la petrolera YPF", "la aseguradora Mapfre", Portuguese "a mineradora Vale", "a montadora Fiat".

Spanish and Portuguese papers name a company or an organisation by its kind and then its name,
with no comma. The name is one word, and ``names_someone`` rightly holds a lone capitalized word
for no name in these languages ("la Rectora", "el Juzgado": a description); but after a
determiner and a lowercase noun of a body's kind (and one adjective: "la empresa estatal
Pemex") the capitalized word is that body's name, and the body speaks (the guide: an
organisation that speaks is its name without its description). Any other noun before it (a
title: "el ministro Pérez" is read elsewhere; "la mesa Directiva") does not count here.

Second read (read46e): a foundation is named after a person as often as not ("la fundación
Messi": the word is a person's name, not the body's), so "fundación"/"fundação" are no kind
nouns here; and a capitalized word with an adjective's or participle's ending ("la asociación
Nacional de bancos", "la entidad Civil", "la firma Presidida por ...") is a capitalized
description, no name: rather null than wrong (a company so named, "Total", is left null)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language

# Nouns of a body's kind, Spanish and Portuguese (lower case).
KIND_NOUNS: Final = frozenset("""
empresa compañía firma petrolera minera aerolínea automotriz constructora farmacéutica
tecnológica operadora distribuidora aseguradora multinacional consultora cadena
asociación organización entidad gremial cooperativa fabricante
companhia mineradora petroleira construtora montadora varejista seguradora associação
organização entidade cooperativa
""".split())
# French (s54): "Le groupe Carrefour", "le constructeur Stellantis", "l’enseigne Fnac" (the article
# elided onto the noun).
KIND_NOUNS_FR: Final = frozenset("""groupe constructeur entreprise société enseigne compagnie opérateur fabricant
distributeur assureur laboratoire géant transporteur équipementier""".split())
_DETERMINERS: Final = frozenset("la el a o le".split())
_ELIDED: Final = ("l'", "l’")
_WINDOW: Final = 300
# Endings of an adjective or participle ("Nacional", "Civil", "Presidida"): no body's name.
_ADJECTIVE_ENDINGS: Final = ("al", "il", "ado", "ada", "ido", "ida")


def _kind_before(words: list[str]) -> bool:
    """``words`` end on a determiner and a kind noun, or those and one lowercase adjective."""
    kinds = KIND_NOUNS_FR if current_language().code == "fr" else KIND_NOUNS
    if words and words[-1][:2].lower() in _ELIDED and words[-1][2:] in kinds:
        return True  # "l’enseigne Fnac"
    if len(words) >= 2 and words[-2].lower() in _DETERMINERS and words[-1] in kinds:
        return True
    return len(words) >= 3 and words[-3].lower() in _DETERMINERS and words[-2] in kinds and \
        words[-1].isalpha() and words[-1].islower()


def named_after_kind(mention: str, speaker: str, text: str, at: int) -> bool:
    """``speaker``, one capitalized word, stands right after a determiner and a noun of a body's
    kind, in the mention or, where the mention is the word alone, in the text near ``at``."""
    if current_language().code not in ("es", "pt", "fr") or " " in speaker or not speaker[:1].isupper():
        return False
    if speaker.lower().endswith(_ADJECTIVE_ENDINGS):
        return False  # "la asociación Nacional de bancos": a capitalized adjective (read46e)
    words = mention.split()
    if len(words) >= 3 and words[-1].strip(".,;:") == speaker:
        return _kind_before(words[:-1])
    if at < 0 or mention.strip() != speaker:
        return False
    lo, hi = max(0, at - _WINDOW), min(len(text), at + _WINDOW)
    k = text.rfind(speaker, lo, at + 1)
    if k < 0:
        k = text.find(speaker, lo, hi)
    if k <= 0 or not text[k - 1].isspace():
        return False
    return _kind_before(text[max(0, k - 40):k].split())
