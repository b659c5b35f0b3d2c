"""Whether a sentence reports speech, for the partial quote that no rule credited (Spanish,
Portuguese, French). extract.py gives such a quote to its sentence's subject
(``sentence_subject``): right when the sentence reports what the subject said ("Ana Ruiz dijo
a la radio que se ven «campos quemados»"), wrong when it only tells what the subject did and the
writer quotes a phrase no one is said to have spoken ("Ruiz se desplaza a un «territorio
amigo»", "L'assemblée fait sienne la proposition d'un « contre-comité »"). In these languages
the subject is taken only when a reporting verb, a verb of believing or one of labelling stands
in the sentence before the quote; English and German keep their own tuned behaviour."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes import lexicon_es, lexicon_pt
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.language import current as current_language

_LANGUAGES: Final = frozenset(("es", "pt", "fr"))
# The reporting verbs' infinitives, after a verb that carries them ("voltou a comentar que",
# "quiso aclarar que"): the keys of the languages' lists of speech verbs.
_INFINITIVES: Final = frozenset(line.partition(":")[0].strip() for verbs in (lexicon_es.SPEECH_VERBS, lexicon_pt.SPEECH_VERBS)
                                for line in verbs.splitlines() if ":" in line)
# Verbs of naming, labelling and analysing: not reporting cues of their own (several are also
# nouns: "la analyse", "a definição"), but a partial quote in their clause is the subject's words
# ("E classificou os pedidos como “anomalias graves”", "Ana Roy analyse « la fabrique d'un
# style »", "La tildó de «traidora»"), as English "branded", "dismissed as" (ATTITUDE_VERBS).
_LABELLING: Final = frozenset("""
calificó califica calificaba tildó tilda tildaba catalogó cataloga llamó llama llamaba definió
define describió describe denominó denomina bautizó analizó analiza
classificou classifica classificava qualificou qualifica chamou chama chamava definiu define
descreveu descreve apelidou batizou analisou analisa
qualifie qualifiait qualifié traite traité analyse analysait analysé décrit décrivait définit
surnomme baptise
""".split())


def reports_speech(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a sentence up to a quote's opening mark) holds a reporting verb
    (or its infinitive), a verb of believing or one of labelling of the article's language;
    always True in other languages."""
    lang = current_language()
    if lang.code not in _LANGUAGES:
        return True
    for cue in cues.between(lo, hi):
        word = cue.word.lower()
        if word in lang.cues or word in lang.opinion:
            return True
    for word in text[lo:hi].lower().split():
        word = word.strip(",.;:")
        if word in lang.opinion or word in _LABELLING or word in _INFINITIVES:
            return True
    return False
