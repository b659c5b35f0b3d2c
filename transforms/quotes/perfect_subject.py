"""Where a Spanish or Portuguese verb in the perfect starts, for the rules that read a verb with
no subject: news from Spain reports in the perfect, and drops the subject there as in the
preterite ("«…», ha sostenido.", "Ha afirmado que la Policía «…»", "Además, ha subrayado que el
Gobierno no tiene «…»", "“…”, tem dito."). The cue of such a verb is its participle
(cues._language_cues), so a rule that wants the verb right after the quote, or the verb to open
its sentence, finds the auxiliary there instead and read no one. The auxiliary tells the number:
"ha dicho" is one person, "han dicho" several (no one to credit)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes import lexicon_es, lexicon_pt
from newsbeam.transforms.quotes.language import current as current_language

_SINGULAR: Final = {"es": lexicon_es.SINGULAR_AUXILIARIES, "pt": lexicon_pt.SINGULAR_AUXILIARIES}
_MAX_GAP: Final = 24  # characters from an auxiliary to its participle, one adverb between at most
PLURAL: Final = -1


def verb_start(text: str, at: int) -> int:
    """Where the verb whose participle starts at ``at`` starts: at its auxiliary of the perfect
    ("ha" in "ha subrayado", "ha también subrayado"), or ``at`` when no auxiliary stands before
    it; ``PLURAL`` when the auxiliary is of several persons ("han dicho", "têm afirmado")."""
    lang = current_language()
    singular = _SINGULAR.get(lang.code)
    if singular is None:
        return at
    before = text[max(0, at - _MAX_GAP):at].split()
    if len(before) >= 2 and before[-1].lower() in lang.adverbs:
        before.pop()
    if not before or text[at - 1:at] not in (" ", "\u00a0"):
        return at
    aux = before[-1]
    low = aux.lower()
    if low not in lang.perfect_auxiliaries:
        return at
    if low not in singular:
        return PLURAL
    return text.rfind(aux, max(0, at - _MAX_GAP), at)
