"""French subjects, where the English reading of phrases.py and shapes.py stops short: a phrase
set off by a comma before the subject ("Pourtant, ...", "Le 3 mai, ...", "Posée à la cafétéria,
..."), a subject in lower case (a pronoun, an article and its noun), and a verb in the passive
after the subject. Each applies only to a language whose lexicon lists openers (French)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_fr
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.tokens import trim


_OPENER_REACH: Final = 14  # tokens of an opening phrase before its comma


def opens_phrase_before_subject(toks: list[tuple[int, int, str]], comma: int) -> bool:
    """In a language whose lexicon lists them (French), a sentence that opens on a phrase set
    off by a comma before its subject: an adverb or a preposition ("Pourtant, ...", "À propos
    des réseaux, ...", "Pour sa défense, il ..."), a date ("Le 31 août 2017, ...") or a
    participle ("Posée à la cafétéria, la jeune femme ..."). Not a name and its apposition
    ("Jean Morel, député, ...")."""
    lang = current_language()
    if not lang.openers or comma == 0 or comma > _OPENER_REACH or comma + 1 >= len(toks):
        return False
    first = trim(toks[0][2])
    if first in lang.openers or first in lang.prepositions or first in lang.adverbs:
        return True
    second = toks[1][2]
    if first in lang.determiners and second[:1].isdigit():
        return True  # "Le 31 août 2017, ..."
    return toks[0][2][:1].isupper() and first.endswith(lang.participle_endings) and \
        second[:1].islower() and trim(second) not in lang.genitives


_DESCRIPTION_MAX: Final = 4  # words of a description read after its article ("la jeune femme")
_ELIDED_ARTICLE: Final = ("l'", "l’")
_VERB_MARKS: Final = ("s'", "s’", "n'", "n’")


def described_np(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """In French, a subject in lower case at ``toks[k]``: a personal pronoun ("elle
    s'inquiète"), or an article and the words after it up to the verb ("la jeune femme
    s'inquiète", "l'enseignement est", "la mère de famille explique"); None for anything else
    (a name is read by the caller)."""
    lang = current_language()
    s, e, w = toks[k]
    lw = w.lower()
    if lw in lang.pronouns:
        return s, e
    if lw.startswith(_ELIDED_ARTICLE) and len(lw) > 3 and lw[2:].isalpha() and w[2:3].islower():
        return s, e  # "l'enseignement", "L'anthropologue"
    if lw not in lang.determiners or not w[:1].islower() and k + 1 >= len(toks):
        return None
    end = None
    for s2, e2, tok in toks[k + 1:k + 1 + _DESCRIPTION_MAX]:
        low = tok.lower()
        if tok[:1].isupper():
            return None  # "La ministre de la Culture": a role with a name, read by the caller
        if not tok[:1].isalpha() or low in lang.cues or low in lang.auxiliaries or \
                low in lang.adverbs or low.startswith(_VERB_MARKS) or low in ("est", "sont", "était", "se", "ne"):
            break
        end = e2
    return (s, end) if end is not None else None


def described_subject(mention: str) -> bool:
    """In a language whose lexicon lists openers (French), a pronoun or a definite description
    as the subject of the sentence leading into a quote after a colon ("Posée à la cafétéria,
    elle s'inquiète : « ... »", "la jeune femme s'inquiète : « ... »"): someone (the pronoun's
    antecedent, the holder of the role, else null), never the previous quote's speaker."""
    lang = current_language()
    words = mention.split()
    if not lang.openers or not words:
        return False
    first = words[0].lower()
    return len(words) == 1 and first in lang.pronouns or 2 <= len(words) <= 4 and first in lang.determiners


# A French verb in the passive right after the subject ("a été nommé", "est mise en examen",
# "sont visés"): the subject is acted on, no speaker. Not an adjective in "-que" or "-gue" ("est
# sceptique", "est critique", "est longue"): no participle ends so.
_PASSIVE_FR: Final = re.compile(r"(?:[^\S\n]++(?:de|du|des|d[’'])[^\S\n]*+[A-ZÀ-ÖØ-Þ][\w’'\-]*+)?"  # "Marielle de Sarnez"
                         r"[^\S\n]++(?:(?:a|ont|avait|avaient|aurait|auraient)[^\S\n]++été|est|sont|était|étaient"
                         r"|fut|sera|seront)[^\S\n]++(?:[^\W\d_]++[^\S\n]++)?[^\W\d_]*?"
                         r"(?:é|ée|és|ées|is|ise|ises|(?<![qg])(?:u|ue|us|ues))\b")


# English: a verb of naming or greeting in the passive ("The sergeant was described as “a true hero” by
# colleagues", "The minister was greeted by crowds chanting"): what was said of or to the subject (s62).
_PASSIVE_EN: Final = re.compile(r"[^\S\n]++(?:was|were|is|are|(?:has|have|had)[^\S\n]++been)[^\S\n]++"
                         r"(?:[a-z]{2,20}+ly[^\S\n]++)?(?:described|called|labell?ed|branded|dubbed|hailed|praised|"
                         r"critici[sz]ed|greeted|mocked|slammed|accused|nicknamed|billed|touted|derided|lauded|welcomed|"
                         r"cheered|booed|heckled|mobbed|termed|remembered)\b")


def passive_after(text: str, at: int, hi: int) -> bool:
    """In French, a verb in the passive right after the subject that ends at ``at``; in English, a
    passive verb of naming or greeting."""
    code = current_language().code
    return code == "fr" and _PASSIVE_FR.match(text, at, hi) is not None or \
        code == "en" and _PASSIVE_EN.match(text, at, hi) is not None


# The languages whose trade nouns make a description as a title does (issue 16, stop 39): "le
# philosophe dénonce", "« … », estime la chercheuse", "o economista afirmou".
_TRADE_DESCRIBES: Final = frozenset(["fr", "pt"])


def described_noun(low: str) -> bool:
    """In French and Portuguese, ``low`` (trimmed) is a noun of a trade or standing ("philosophe",
    "chercheuse", "economista"): after an article it describes someone, as a title does ("la
    maire"), resolved to the one person the article gave it, else to no one."""
    return current_language().code in _TRADE_DESCRIBES and trade_noun(low)


def elided_role(tok: str, trades: bool = True) -> bool:
    """French: the article elided onto a title or (with ``trades``) a trade before a name, one
    token ("l’avocat", "l'économiste", "l’ambassadrice", "L’actrice"), which reads as "le ministre"
    does: "« … », a déclaré l’avocat Paul Vernet" is Paul Vernet's. Any other elided word
    ("l’année") is no such role."""
    if current_language().code != "fr" or not tok.lower().startswith(_ELIDED_ARTICLE) or not tok[2:].islower():
        return False
    return trim(tok[2:]) in lexicon_fr.TITLES or trades and trade_noun(trim(tok))


_ELIDED_NAME: Final = re.compile(r"l['’]([A-ZÀ-ÖØ-Þ][\w\-]{0,40})")
# One-word names of institutions French news writes after "l’" (stop 57, final read): besides
# these, only an acronym is read there, never a nickname or an epithet ("l’Ogre", "l’Élu").
_ELIDED_BODIES: Final = frozenset("élysée insee unédic ademe ifop arcom urssaf".split())
_TIME_WORDS: Final = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd’hui aujourd'hui".split())


def elided_name(text: str, at: int) -> bool:
    """A name after its elided article at ``at`` ("a déclaré l’Élysée dans …", "selon l'Insee,",
    "a dit l’OMS lundi"), read as "Élysée", "Insee", "OMS" (stop 57: was no subject at all) when
    the name ends there: a punctuation mark or a function word other than "de" follows, not a
    lower-case word that goes on with it ("l’Union européenne", "l’Observatoire syrien", "l’Union
    des industries": cut names, left as they were). The word is an acronym of two to six capitals
    or one of ``_ELIDED_BODIES``: not a national ("l’Allemand"), a region, a common noun
    ("l’Administration") nor a nickname ("l’Ogre", "l’Élu"; stop 57, final read). Not "L’Équipe"
    (a title's own article). "l’entraîneur" is ``elided_role``'s."""
    m = _ELIDED_NAME.match(text, at)
    if m is None:
        return False
    word = m.group(1)
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()) and word.lower() not in _ELIDED_BODIES:
        return False
    nxt = text[m.end():m.end() + 30].split()[:1]
    if not nxt or not nxt[0][:1].isalpha():
        return True
    low = nxt[0].lower().strip(".,;:!?»”")
    return low in _TIME_WORDS or low in lexicon_fr.FUNCTION_WORDS and low not in ("de", "des", "du") and \
        not low.startswith(("d’", "d'"))
