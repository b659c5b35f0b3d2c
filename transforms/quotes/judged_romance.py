"""A quoted judgement after a Spanish, Portuguese or French verb of judging (rule ``judged_term``).

"calificó la reforma de “premio de consolación”", "califican la propuesta de «despropósito» y
«ocurrencia»", "classificou como “desastrosa” a convocação", "a qualifié le projet de « recul
historique »", "accusé de « trahison »": the sentence reports that someone judged the thing
with those words, so they are someone's words (partial, the guide's ``officials called it “a
setback”``), not the writer's term, even when no rule reads who gives the judgement (a plural
without a subject, a passive, a verb whose subject is a sentence away). The same reading as
judged_terms.py gives English and German, in the three languages whose verbs of judging take
"de"/"como"/"comme" before the judgement, with the thing judged between verb and preposition.

Naming verbs ("llamado", "chamado de", "dit", "baptisé") are left out on purpose: their passive
and their participle name a thing ("el llamado “plan B”", "o chamado “Centrão”"), the writer's
term. A quote listed after a judged one ("de «A» y «B»") is judged with it.
"""
from __future__ import annotations

import re
from typing import Final

# The thing judged between the verb and its preposition: no sentence end, no quote mark (the
# verb must govern this quote, not an earlier one), at most this many characters.
MAX_OBJECT: Final = 80

# Stems of verbs of judging, each with its preposition(s): Spanish calificar, catalogar, tildar,
# tachar, acusar; Portuguese classificar, qualificar, rotular, tachar, acusar; French qualifier,
# taxer, traiter (an insult: "traité de « menteur »"), accuser; dénoncer only with "comme" (its
# "de" belongs to the object: "dénonce l'absence de « … »"). Inflected forms and enclitics
# ("calificarla", "qualificando") are up to twelve letters after the stem.
_VERB: Final = (r"\b(?:(?:calific|catalog|tild|tach|acus|classific|qualific|rotul|qualifi|tax|trait|accus)[^\W\d_]{0,12}"
                r"[^.;:!?\n«»“”\"„]{0,%d}?(?<![^\W\d_])(?:de|como|comme|d['’])|"
                r"d[ée]non[cç][^\W\d_]{0,12}[^.;:!?\n«»“”\"„]{0,%d}?(?<![^\W\d_])comme|"
                # (stop 48) describing: "describieron el olor como «…»", "descreveu a cena como “…”",
                # "décrit la situation comme « … »"; calling, with the thing called written between
                # ("chamaram o plano de “…”", never the participle right before "de": "o chamado de";
                # nor "chamou a atenção de “…”", drawing someone's attention: read48b)
                r"(?:describ|descri|descrev|d[ée]cri)[^\W\d_]{0,12}[^.;:!?\n«»“”\"„]{0,%d}?(?<![^\W\d_])(?:como|comme)|"
                r"cham[aeo][^\W\d_]{0,10}[^\S\n]{1,3}(?!a[^\S\n]{1,3}aten[cç])[^.;:!?\n«»“”\"„]{1,%d}?(?<![^\W\d_])de)"
                % (MAX_OBJECT, MAX_OBJECT, MAX_OBJECT, MAX_OBJECT))
_ARTICLE: Final = r"(?:(?:un|una|unos|unas|el|la|los|las|um|uma|o|a|os|as|une|le|les|des)[^\S\n]{1,3})?"
_QUOTE_BEFORE: Final = r"(?:[«“\"„‘'][^«»“”\"\n]{1,80}[»”\"“’'][^\S\n]{0,2}(?:,|y|e|o|ou|et)[^\S\n]{1,3}" + _ARTICLE + r")?"
_JUDGING: Final = re.compile(
    _VERB + r"(?:(?<=['’])|[^\S\n]{1,3})" + _ARTICLE + _QUOTE_BEFORE + r"$",
    re.IGNORECASE)
# Nouns of the stems ("la taxe de « séjour »", "a taxa de", "la calificación de", "le traitement de"),
# and a stem after a determiner ("le traité de « Lisbonne »"): a name or a rate, not a judgement.
_NOUNS: Final = frozenset("taxa taxas taxe taxes tache taches tacha tachas tacho traite traites".split())
_NOUN_ENDINGS: Final = ("ción", "ciones", "ção", "ções", "tion", "tions", "ment", "ments", "ura", "uras")
_DETERMINERS: Final = frozenset("le la les l un une des du ce cette ces au aux el los las una unos unas "
                                "os as um uma do da dos das".split())
# The writer's own judgement ("des disciplines que je qualifierais de « non-cumulatives »", "lo que yo
# calificaría de “…”"): a first-person subject right before the verb (a clitic between or not) makes
# the term the writer's, a scare quote.
_FIRST_PERSON: Final = frozenset("je j nous yo eu nós nosotros nosotras".split())
_WORD: Final = re.compile(r"[^\W\d_]+")
# How far back the verb may stand from the quote's opening mark.
WINDOW: Final = 200
ROMANCE: Final = frozenset(("es", "pt", "fr"))


def romance_judgement(text: str, open_at: int) -> bool:
    """A Spanish, Portuguese or French verb of judging and its preposition right before the
    quote that opens at ``open_at``, the thing judged between. The pattern holds no sentence
    end, so it needs no sentence start (the site's starts after the quote before, which a
    listed judgement must reach back over)."""
    found = _JUDGING.search(text, max(0, open_at - WINDOW), open_at)
    if found is None:
        return False
    verb = _WORD.match(text, found.start())
    word = verb.group(0).lower() if verb is not None else ""
    before = _WORD.findall(text[max(0, found.start() - 16):found.start()])
    return word not in _NOUNS and not word.endswith(_NOUN_ENDINGS) and \
        not (before and before[-1].lower() in _DETERMINERS) and \
        not any(w.lower() in _FIRST_PERSON for w in before[-2:])
