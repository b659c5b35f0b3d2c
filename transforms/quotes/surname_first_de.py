"""A German speaker named by one word at the head of the sentence, right before a finite
reporting verb: "Nietzsche befand, Demut gehöre „...“", "Gnisa sagte: „...“". The article may
never give the person a first name or a title, so the name index does not know the word as a
person's; the place (first in the sentence, then the verb) still makes it the subject. Pure
functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CALENDAR, TITLES
from newsbeam.transforms.quotes.names_de import is_body_word, is_group_plural, is_role_noun

# One plain capitalized word: "Nietzsche", "Gnisa", "Ortiz-Baker" (no digits, no stops).
_WORD: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
# Prefixes of verbs whose participle has no "ge-" ("erklärt", "betont", "berichtet"): their
# present ends like the participle, and a sentence may open on an adverb and the participle
# ("Einfach erklärt:", "Anders formuliert:"). Such forms are not read as a finite verb here.
_INSEPARABLE: Final = ("be", "er", "ver", "ent", "zer", "emp", "miss", "ge", "hinter", "über", "unter", "wider")
# Words that open a sentence before a verb and are no one's name.
_OPENERS: Final = frozenset("""dazu dann damals heute gestern später zuletzt anschließend danach
kurz einfach anders ehrlich offen salopp zugespitzt vereinfacht auch nun jetzt so""".split())
# Indefinite pronouns and words for kin or people at large: "Niemand sagte:", "Mama sagte:".
_NO_ONE: Final = frozenset("""niemand jemand keiner keine keines jeder jede jedes einer eine eines
mancher manche alle viele beide man wer jedermann einige mehrere andere mama papa mutti vati oma
opa vater mutter sohn tochter bruder schwester onkel tante großvater großmutter enkelin frau
freundin nachbarin""".split())  # not "Mann", "Freund", "Kind", "Nachbar": surnames too
# Countries and capitals that stand for a government ("Berlin erklärte:", "Deutschland warnte:"):
# no person; null is the safe answer.
_PLACES: Final = frozenset("""deutschland frankreich österreich schweiz italien spanien portugal
polen ungarn tschechien griechenland belgien niederlande holland dänemark schweden norwegen
finnland irland großbritannien england schottland russland ukraine china japan indien iran
israel amerika kanada mexiko brasilien türkei europa afrika asien berlin bonn brüssel paris
london wien rom madrid lissabon warschau prag budapest athen moskau kiew peking tokio washington
ankara teheran jerusalem bern genf straßburg luxemburg münchen hamburg köln frankfurt stuttgart
dresden düsseldorf hannover potsdam mainz wiesbaden erfurt magdeburg schwerin kiel bremen
saarbrücken""".split())
# "in Berlin", "aus Brüssel": the article writes the word as a place.
_IN_PLACE: Final = ("in ", "aus ", "nach ")


def _finite(cue: str) -> bool:
    """Whether ``cue`` can only be a finite verb in the singular: a preterite ("sagte",
    "befand", "schrieb") or a present that is no participle ("sagt", "meint")."""
    low = cue.lower()
    if not low.isalpha() or low.endswith("en"):
        return False  # "sagten": a plural ("Experten sagten"), a group
    if low.endswith("te") or not low.endswith("t"):
        return not low.startswith("ge") or low in ("gestand",)
    return not low.endswith("iert") and not low.startswith(_INSEPARABLE)


def surname_before_cue(found: Finding, text: str) -> bool:
    """In German, whether a lead-in's one-word mention opens its sentence right before its
    reporting verb, a finite one in the singular ("Gnisa sagte: „...“"): the subject, named by
    one word. Not a role, a title, a body, a month, a group or a sentence's opening adverb."""
    mention, cue = found.mention.strip(), found.cue
    if current_language().code != "de" or found.rule != "lead_in" or not cue or found.cue_at < 0 \
            or not _WORD.fullmatch(mention) or not _finite(cue):
        return False
    at = found.cue_at - len(mention) - 1
    if at < 0 or text[at:found.cue_at] != mention + " " or text[found.cue_at:found.cue_at + len(cue)] != cue:
        return False
    before = text[max(0, at - 3):at].rstrip(" ")
    if before and before[-1] not in ".!?\n":
        return False  # not the sentence's first word
    low = mention.lower()
    if low in _NO_ONE or low in _PLACES or _written_as_place(text, mention):
        return False
    return low not in _OPENERS and low not in current_language().function_words and low not in TITLES \
        and low not in CALENDAR and not is_role_noun(low) and not is_body_word(mention) \
        and not is_group_plural(low)


def _written_as_place(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` after "in", "aus" or "nach" as a whole word ("in Berlin,"),
    a place. Bounded: one ``find`` per preposition."""
    for prep in _IN_PLACE:
        at = text.find(" " + prep + word)
        while at >= 0:
            end = at + 1 + len(prep) + len(word)
            if end >= len(text) or not (text[end].isalpha() or text[end] in "’'-"):
                return True
            at = text.find(" " + prep + word, end)
    return False
