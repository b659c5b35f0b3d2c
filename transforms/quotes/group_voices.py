"""Words an unnamed group is reported to use, in German, French, Spanish and Portuguese (issue 16,
s54): "Anwohner berichten seit Monaten von „unerträglichem Lärm“", "Des témoins évoquent une
« explosion énorme »", "Sur les réseaux sociaux, des internautes dénoncent un « scandale »",
"Vecinos denuncian un «abandono total»". The guide's `officials called it “a setback”`: the
words are someone's, partial, with no one named (null), not the writer's scare quote. English
reads the shape as a lead-in with a group for its subject; abroad no rule credits a group, so
the quote had no finding and became scare.

The shape: the quote's sentence, before its opening mark, holds a plural noun of people with no
name ("Anwohner", "des témoins", "los vecinos") and, within the three words after it, a reporting
verb (of the cue index, or a plural one listed here); no other quote between; in German not right
after an article joined to a preposition ("sprechen vom „Wunder von Bern“": a name).
Pure function, bounded read (the sentence's last 160 characters before the quote).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.cues import CueIndex, speech_verb
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names_de import is_group_plural

_READ: Final = 160  # characters of the sentence read before the quote (bounded)
_VERB_AFTER: Final = 3  # words at most between the group and its verb ("Anwohner berichten seit Monaten von")
# Plural nouns of people, French, Spanish, Portuguese (German: names_de.is_group_plural).
_GROUPS: Final = {
    "fr": frozenset("""témoins internautes habitants riverains experts critiques observateurs manifestants
opposants syndicats parents voisins usagers clients salariés élus militants spécialistes""".split()),
    "es": frozenset("""testigos vecinos habitantes expertos críticos observadores manifestantes opositores
usuarios clientes trabajadores padres especialistas analistas sindicatos""".split()),
    "pt": frozenset("""testemunhas vizinhos moradores especialistas críticos observadores manifestantes
opositores usuários clientes trabalhadores pais analistas sindicatos""".split()),
}
# Plural reporting verbs (the cue index holds the singular forms a named speaker takes).
_PLURAL_VERBS: Final = {
    "de": frozenset("""berichten beklagen sprechen warnen kritisieren fordern bezeichnen nennen klagen
schimpfen loben beschreiben erzählen sagen meinen betonen monieren befürchten""".split()),
    "fr": frozenset("""évoquent parlent dénoncent décrivent qualifient jugent estiment déplorent racontent
affirment assurent réclament""".split()),
    "es": frozenset("denuncian hablan describen califican critican aseguran afirman advierten lamentan reclaman".split()),
    "pt": frozenset("denunciam falam descrevem classificam criticam afirmam dizem alertam reclamam".split()),
}
# German prepositions joined to an article, before a name ("vom „Wunder von Bern“", "im „Haus am See“").
_NAMING_ARTICLES: Final = frozenset("vom zum zur im beim am ins".split())
_WORD: Final = re.compile(r"[^\W\d_]+")


def group_reports(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` (up to the quote's opening mark) has an unnamed group
    of people as the subject of a reporting verb that leads into the quote."""
    lang = current_language()
    groups = _GROUPS.get(lang.code)
    if groups is None and lang.code != "de":
        return False
    start = max(lo, hi - _READ)
    if any(c in text[start:hi] for c in "„“”«»\""):
        return False  # another quote between: not this one's lead-in
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, start, hi)]
    if lang.code == "de" and words and words[-1][2] in _NAMING_ARTICLES:
        return False  # "sprechen vom „Wunder von Bern“": a name after its article
    verbs = {cue.s for cue in cues.between(start, hi) if speech_verb(cue, lang)}
    plural = _PLURAL_VERBS[lang.code]
    for n, (_, _, word) in enumerate(words):
        group = is_group_plural(word) if lang.code == "de" else word in groups  # type: ignore[operator]
        if group and any(s in verbs or w in plural for s, _, w in words[n + 1:n + 1 + _VERB_AFTER]):
            return True
    return False
