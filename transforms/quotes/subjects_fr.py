"""French subjects, where the English reading of phrases.py and shapes.py stops short: a phrase
set off by a comma before the subject ("Pourtant, ...", "Le 3 mai, ...", "Posée à la cafétéria,
..."), a subject in lower case (a pronoun, an article and its noun), and a verb in the passive
after the subject. Each applies only to a language whose lexicon lists openers (French)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_fr
from newsbeam.transforms.quotes.first_names import is_first_name
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


def passive_after(text: str, at: int, hi: int) -> bool:
    """In French, a verb in the passive right after the subject that ends at ``at``."""
    return current_language().code == "fr" and _PASSIVE_FR.match(text, at, hi) is not None


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
# Capitalized words after "l’" that are no body's name: regions and the country's byname, and the
# endings of nationals' nouns ("l’Allemand", "l’Ivoirien", "l’Argentin", "l'Érythréen", "l'Afghan",
# "l’Helvète": a person described, read by described_fr from the person named before).
_NO_NAME: Final = frozenset("est ouest nord sud hexagone europe afrique asie amérique".split())
_TIME_WORDS: Final = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd’hui aujourd'hui".split())
_NATIONAL_ENDINGS: Final = ("ien", "ienne", "ais", "aise", "ain", "aine", "in", "ine", "ois", "oise", "and", "ande",
                            "éen", "éenne", "yen", "yenne", "an", "ane", "ète")
# Endings of a French common noun capitalized as a body or an epithet ("l’Administration", "l'Université",
# "l’Enchanteur", "l’Astronaute"): a description, no body's name.
_NOUN_ENDINGS: Final = ("tion", "sion", "ité", "ment", "eur", "euse", "rice", "iste", "isme", "ure", "ance", "ence",
                        "naute")
_PERSON_BEFORE: Final = 400  # characters before the article read for a person named there


def _person_named_before(text: str, at: int) -> bool:
    """Whether the text just before ``at`` names a person (a first name and a capitalized word:
    "Rashid Khan a répondu. « … », a déclaré l'Afghan"): a capitalized word after "l’" is then
    mostly that person described ("l’Ogre", "l’Insoumise"), not a body. Bounded."""
    words = [w.strip(".,;:!?«»“”()") for w in text[max(0, at - _PERSON_BEFORE):at].split()]
    return any(a[:1].isupper() and b[:1].isupper() and a.lower() not in lexicon_fr.FUNCTION_WORDS and is_first_name(a)
               for a, b in zip(words, words[1:]))


def elided_name(text: str, at: int) -> bool:
    """A name after its elided article at ``at`` ("a déclaré l’Élysée dans …", "selon l'Insee,",
    "a dit l’OMS lundi"), read as "Élysée", "Insee", "OMS" (stop 57: was no subject at all) when
    the name ends there: a punctuation mark or a function word other than "de" follows, not a
    lower-case word that goes on with it ("l’Union européenne", "l’Observatoire syrien", "l’Union
    des industries": cut names, left as they were). A word in capitals is an acronym; any other
    is a name only when it is no national ("l’Allemand", "l'Érythréen"), no region, no common
    noun ("l’Administration", "l’Enchanteur"), no "ex-", and no person is named just before
    (s57 mend: "Teddy Riner … a prévenu l’Ogre" is Riner's, read from the sentence before).
    Not "L’Équipe" (a title's own article). "l’entraîneur" is ``elided_role``'s."""
    m = _ELIDED_NAME.match(text, at)
    if m is None:
        return False
    word = m.group(1).lower()
    if not (len(word) >= 2 and m.group(1).isupper()):
        if word in _NO_NAME or word in lexicon_fr.DEMONYMS or len(word) > 4 and word.endswith(_NATIONAL_ENDINGS) or \
                word.endswith(_NOUN_ENDINGS) or word.startswith("ex-") or _person_named_before(text, at):
            return False
    nxt = text[m.end():m.end() + 30].split()[:1]
    if not nxt or not nxt[0][:1].isalpha():
        return True
    low = nxt[0].lower().strip(".,;:!?»”")
    return low in _TIME_WORDS or low in lexicon_fr.FUNCTION_WORDS and low not in ("de", "des", "du") and \
        not low.startswith(("d’", "d'"))
