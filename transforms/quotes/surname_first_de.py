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
    return low not in _OPENERS and low not in current_language().function_words and low not in TITLES \
        and low not in CALENDAR and not is_role_noun(low) and not is_body_word(mention) \
        and not is_group_plural(low)
