"""English, French, Spanish and Portuguese: a quote led in by a possessive and a noun of speech,
with a colon and no verb of saying: "His advice is simple: “…”", "Her verdict: “…”", "Son conseil :
« … »", "Su consejo: «…»", "O conselho dele: “…”", and (s63) "The verdict from Ann Lee was simple: “…”"
(issue 16, stop 48; German's own reading is
possessed_label_de.py). The quote is the possessor's: English "his"/"her" resolved as "he"/"she"
are; in French, Spanish and Portuguese, whose possessive does not tell the possessor's sex, the
person the sentence right before names as its subject ("Tom Hale entraîne des athlètes. Son
conseil : « … »"), or whom its subject pronoun stands for (pronoun_before.py); anyone else: None.

The lead-in must be the whole of the quote's sentence before its opening mark (or the whole
paragraph before a quote that opens the next one, when it ends on the colon), of at most
``_LEAD_MAX`` characters: the possessive, at most one adjective, a noun of ``SPEECH_NOUNS``, and at
most a copula and two words ("is simple", "est claire", "es clara"). Not "their": several people.
Pure; one match of a bounded lead-in.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.possessed_label_de import label_match
from newsbeam.transforms.quotes.pronoun_before import joined_subject, pronoun_before
from newsbeam.transforms.quotes.shapes import sentence_subject
from newsbeam.transforms.quotes.tokens import sentence_before

POSSESSED_LABEL_INTL: Final = "possessed_label"
_LEAD_MAX: Final = 80  # characters of the lead-in read at most
_W: Final = r"[^\W\d_][\w’'\-]{0,24}+"  # a word
# (read48) the adjective before the noun: no apostrophe ("His lawyer's advice:" is the lawyer's)
_A: Final = r"[^\W\d_][\w\-]{0,24}+"
_S: Final = r"[^\S\n]{1,3}+"

# Nouns that name what someone said, advised or judged.
SPEECH_NOUNS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset("""advice message verdict answer reply response take conclusion motto mantra creed warning
        plea appeal tip recommendation explanation prediction promise wish comment reaction assessment diagnosis
        philosophy request demand argument reasoning summary suggestion complaint criticism instruction
        prescription forecast retort rule words thoughts""".split()),
    "fr": frozenset("""conseil message verdict réponse réaction avis conclusion devise credo avertissement appel
        explication pronostic promesse souhait commentaire diagnostic philosophie demande argument suggestion
        constat bilan leitmotiv recommandation réplique prescription analyse""".split()),
    "es": frozenset("""consejo mensaje veredicto respuesta reacción opinión conclusión lema credo advertencia
        llamado llamamiento explicación pronóstico promesa deseo comentario diagnóstico filosofía petición
        argumento sugerencia balance recomendación receta análisis réplica""".split()),
    "pt": frozenset("""conselho mensagem veredicto resposta reação opinião conclusão lema credo advertência apelo
        explicação previsão promessa desejo comentário diagnóstico filosofia pedido argumento sugestão balanço
        recomendação receita análise réplica""".split()),
}
# The possessive (group 1), at most one adjective, the noun (group 2), a copula and two words, the colon.
_LABEL: Final[dict[str, re.Pattern[str]]] = {
    # (s54: "His words afterwards:", "Her advice to young players is simple:")
    "en": re.compile(rf"(His|Her){_S}(?:{_A}{_S})??({_W})(?:{_S}(?:afterwards|afterward|later|then|now))?"
                     rf"(?:{_S}(?:to|for|on|about){_S}{_W}(?:{_S}{_W}){{0,2}}?)?"  # (s63: "His take on the signing:")
                     rf"(?:{_S}(?:is|was|remains|remained)(?:{_S}{_W}){{0,2}}?)?"
                     r"[^\S\n]{0,2}+:[^\S\n]*+"),
    "fr": re.compile(rf"(Son|Sa){_S}(?:{_A}{_S})??({_W})(?:{_S}(?:est|était|reste|fut)(?:{_S}{_W}){{0,2}}?)?"
                     r"[^\S\n]{0,2}+:[^\S\n]*+"),
    "es": re.compile(rf"(Su){_S}(?:{_A}{_S})??({_W})(?:{_S}(?:es|era|fue|sigue siendo)(?:{_S}{_W}){{0,2}}?)?"
                     r"[^\S\n]{0,2}+:[^\S\n]*+"),
    "pt": re.compile(rf"(?:(?:O|A){_S}(?:(?:seu|sua){_S})?|(Seu|Sua){_S})(?:{_A}{_S})??({_W})"
                     rf"(?:{_S}(?:dele|dela))?(?:{_S}(?:é|era|foi)(?:{_S}{_W}){{0,2}}?)?"
                     r"[^\S\n]{0,2}+:[^\S\n]*+"),
}
_ENGLISH_PRONOUNS: Final = {"His": "his", "Her": "her"}
# (s63) The noun's owner after "from", named (group 2): "The message from Ann Lee was blunt:", "The
# response from Downing Street was swift:"; not "from the council" (no name: the next rules read on).
_FROM_NAME: Final = re.compile(rf"The{_S}(?:{_A}{_S})??({_W}){_S}from{_S}(?:the{_S})?"
                               rf"([A-Z][\w’'\-]{{0,24}}+(?:{_S}[A-Z][\w’'\-]{{0,24}}+){{0,3}}+)"
                               rf"(?:{_S}(?:is|was|remains|remained)(?:{_S}{_W}){{0,2}}?)?"
                               r"[^\S\n]{0,2}+:[^\S\n]*+")


def possessed_label_intl(site: Site, ctx: ArticleContext) -> Finding | None:
    """The possessor of "His advice: “…”", "Son conseil : « … »", "Su consejo: «…»"; None
    otherwise (English, French, Spanish, Portuguese only)."""
    code = current_language().code
    pattern = _LABEL.get(code)
    if pattern is None:
        return None
    m = label_match(site, pattern, _LEAD_MAX)
    if m is None and code == "en" and (named := label_match(site, _FROM_NAME, _LEAD_MAX)) is not None:
        return Finding(named.group(2), ":", "explicit", named.start(2), POSSESSED_LABEL_INTL) \
            if named.group(1).lower() in SPEECH_NOUNS[code] else None
    if m is None or m.group(2).lower() not in SPEECH_NOUNS[code]:
        return None
    text, lo = site.text, m.start()
    if code == "pt" and m.group(1) is None and not _own_possessor(text, m.start(), m.end()):
        return None  # "O conselho: “…”": no one's
    if code == "en":
        return Finding(_ENGLISH_PRONOUNS[m.group(1)], ":", "pronoun", m.start(2), POSSESSED_LABEL_INTL)
    if code == "pt" and m.group(1) is None:
        # (read48) "O conselho dela:" tells the possessor's sex: resolved as "ela" is, not as the
        # sentence's subject ("Tom Hale treina Ana Ruiz. O conselho dela:" is not Tom Hale's)
        return Finding(_pt_pronoun(text, m.start(), m.end()), ":", "explicit", m.start(2), POSSESSED_LABEL_INTL)
    return _subject_before(text, ctx, lo)


def _own_possessor(text: str, lo: int, hi: int) -> bool:
    """Portuguese "O conselho dele:", "A resposta dela:": the possessor after the noun."""
    words = {w.strip(":") for w in text[lo:hi].split()}
    return "dele" in words or "dela" in words


def _pt_pronoun(text: str, lo: int, hi: int) -> str:
    """The pronoun "dele"/"dela" of a Portuguese label stands for: "ele" or "ela"."""
    return "ela" if "dela" in {w.strip(":") for w in text[lo:hi].split()} else "ele"


def _subject_before(text: str, ctx: ArticleContext, lo: int) -> Finding | None:
    """The person the sentence right before the lead-in at ``lo`` names as its subject (within
    the paragraph, else the last sentence of the paragraph before), or whom its opening pronoun
    stands for; None when that sentence is about no one named."""
    assert ctx.sentences is not None
    prev = sentence_before(text, ctx.sentences, 0, lo)
    if prev is None:
        return None
    s_lo, hi = prev
    if joined_subject(text, s_lo, hi):
        return None  # (read48) "Tom Hale y Ana Ruiz entrenan atletas. Su consejo:": theirs
    found = sentence_subject(text, ctx, s_lo, hi, people_only=True) or pronoun_before(text, ctx, s_lo, hi)
    if found is None:
        return None
    return Finding(found.mention, ":", found.how, -1, POSSESSED_LABEL_INTL)
