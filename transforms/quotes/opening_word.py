"""A sentence's first word, capitalized only because it comes first, is no name (issue 16): a
participle ("Featuring bizarre songs, ...", "Asked about ...") or an adjective ("Opulent
romance, a diverse cast ...: “…”", "Great investigative piece by ...:", "Late-night hosts on
...: ‘…’"). Such a word is the whole mention a lead-in found, stands where its sentence (or the
title) opens, and is followed by a lower-case word that is no auxiliary and no verb of saying
(so "Beijing has responded" and "Lee said" keep their subject); the article never writes it
capitalized inside a sentence, and it is no given name. English; pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon import AUXILIARIES, CUES, ROLE_WORDS, TITLES

# Endings of adjectives that names rarely have; "-ent"/"-ant" only for words no list gives as a name.
_ADJECTIVE_ENDINGS: Final = ("ous", "ive", "ful", "less", "able", "ible", "ent", "ant")
# Adjectives that open headlines and sentences (not those that are common surnames: Young, Short,
# Key, Long, Best, Major, Good, Early).
_ADJECTIVES: Final = frozenset("""great bad big new old worst top rare recent latest former late full huge
small large rising falling""".split())
# Verbs in the past that follow a surname opening its sentence ("Young took to the floor", "Short met
# ..."): the word before them is a name, not an adjective.
_PAST: Final = frozenset("""took met went came gave made got put ran saw left held led won lost spoke wrote
thought felt sent kept became began brought sat stood told said""".split())


def _opens_phrase(text: str, at: int) -> bool:
    """The word at ``at`` continues a phrase ("Featuring bizarre songs, ...", "Based on ..."),
    not a clause whose subject ends before it ("Beijing has responded ...")."""
    nxt = text[at:at + 30].split()
    # (s63) the verb bare of its colon: "Boeing said: “…”" is a clause, its subject a name
    return bool(nxt) and nxt[0].islower() and nxt[0].strip(",") not in AUXILIARIES and \
        nxt[0].rstrip(",:;") not in CUES


def _verb_next(text: str, at: int) -> bool:
    """The word at ``at`` is a verb in the past ("voted", "took"), or a noun in -s that a verb in
    the past does not follow ("Young votes against ...", not "Small crowds gathered"): a name
    before it is the clause's subject."""
    nxt = text[at:at + 40].split()[:2]
    if not nxt:
        return False
    word = nxt[0].strip(",.;:")
    if word.endswith("ed") or word in _PAST:
        return True
    after = nxt[1].strip(",.;:") if len(nxt) > 1 else ""
    return word.endswith("s") and not (after.endswith("ed") or after in _PAST or after in _NOUN_LINKS)


# Words after a plural noun that keep its phrase going ("Small groups of protesters").
_NOUN_LINKS: Final = frozenset("of and who that from".split())


def _hyphened(word: str) -> bool:
    """"Late-night", "Long-awaited": a lower-case part after a hyphen, never a name's."""
    return "-" in word and word.split("-", 1)[1][:1].islower()


def _adjective(word: str) -> bool:
    """An adjective by its shape or the list ("Opulent", "Great", "Late-night")."""
    low = word.lower()
    return _hyphened(word) or low in _ADJECTIVES or low.endswith(_ADJECTIVE_ENDINGS) and not is_first_name(word)


def opening_word(text: str, s_lo: int, found: Finding, ctx: ArticleContext) -> str:
    """"participle" or "adjective" when ``found`` (an explicit finding) names only the first word
    of the sentence at ``s_lo``, a participle ("Featuring") or an adjective ("Opulent") that
    opens a phrase: no one; else ""."""
    mention = found.mention
    if not (found.how == "explicit" and bool(mention) and " " not in mention and text.startswith(mention, s_lo) and
            mention.lower() not in TITLES and mention.lower() not in ROLE_WORDS and not mention.isupper() and
            _opens_phrase(text, s_lo + len(mention)) and not ctx.names.is_proper(mention)):
        return ""
    if mention.lower().endswith(("ing", "ed")):
        return "participle"
    return "adjective" if _adjective(mention) and (_hyphened(mention) or not _verb_next(text, s_lo + len(mention))) else ""
