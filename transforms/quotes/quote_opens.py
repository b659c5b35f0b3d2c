"""Whether a quote opens its sentence: the place of French mark-only incise verbs.

"lance" and "assure" are no cues anywhere in French (English words; "lance X en attaque",
"assure X de son soutien" take an object), only in the incise right after a quote's closing mark
(lexicon_fr.MARK_ONLY_CUES, fr46). That incise is the shape "« … », lance Hugo": the quote opens
the sentence. After a quote inside a sentence (a title: "Le club, qui vient de sortir « Rouge et
bleu », lance Hugo Perrin en attaque") the verb is as often the sentence's own verb with an object
(stop 46, read46f). Pure; bounded.
"""
from __future__ import annotations

import re
from typing import Final

# Closing mark -> its opening: French and English, and German ("„…“", "»…«"; stop 47, whose
# mark-only verbs are German too). A closing mark found is the last one before the verb, so an
# opening mark of another language's pair found there ("“" in English) is never the later one.
_PAIRS: Final = {"»": "«", "”": "“", '"': '"', "“": "„", "«": "»"}
_OPENING_WINDOW: Final = 3000  # characters searched back for the quote's opening mark


def mark_only_place(text: str, s: int, after_mark: re.Pattern[str], window: int) -> bool:
    """Whether the word at ``s`` stands right after a quote's closing mark and comma
    (``after_mark`` found in the ``window`` characters before it) and that quote opens its
    sentence ("« … », lance Hugo"): the place of a mark-only cue (lexicon_fr.MARK_ONLY_CUES). After a quote inside a
    sentence, "lance"/"assure" is as often a verb with an object ("Le club, qui vient de sortir
    « Rouge et bleu », lance Hugo Perrin en attaque": a title, and Hugo Perrin is fielded, not
    speaking; stop 46, read46f). Bounded by ``_OPENING_WINDOW``."""
    lo = max(0, s - window)
    if after_mark.search(text, lo, s) is None:
        return False
    close = max(text.rfind(mark, lo, s) for mark in _PAIRS)
    if close < 0:
        return False
    opening = text.rfind(_PAIRS[text[close]], max(0, close - _OPENING_WINDOW), close)
    if opening < 0:
        return False
    before = text[max(0, opening - 4):opening].rstrip(" \u00a0\u202f\t")
    return not before or before.endswith(("\n", ".", "!", "?", ":", "…", "»", "”", "\u2013", "\u2014"))
