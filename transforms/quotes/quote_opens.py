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

from newsbeam.transforms.quotes.lexicon_fr import NAMED_SUBJECT_CUES

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


_SUBJECT_PRONOUNS: Final = frozenset("il elle ils elles".split())
_WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w'’.-]{0,40}+),?[^\S\n]{1,3}+$")


def named_subject_before(text: str, s: int) -> bool:
    """Whether the word right before the verb at ``s`` is a subject that speaks: a capitalized
    word inside its sentence (a name: "Fabien Mercier évoque", "Fabien Mercier, évoque") or a
    personal pronoun ("elle évoque"); not a common noun ("le film évoque") nor a capital that
    opens the sentence. Bounded (the word is read in the 50 characters before ``s``)."""
    m = _WORD_BEFORE.search(text, max(0, s - 50), s)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in _SUBJECT_PRONOUNS:
        return True
    before = text[max(0, m.start(1) - 3):m.start(1)].rstrip(" \u00a0")
    return word[:1].isupper() and bool(before) and not before.endswith((".", "!", "?", "\n", "«", "»", "“", "”"))


def placed_cue(text: str, s: int, low: str, mark_only: frozenset[str], code: str,
               after_mark: re.Pattern[str], window: int) -> bool:
    """Whether the word ``low`` at ``s``, no cue anywhere, is one where it stands: a mark-only
    verb right after a quote that opens its sentence ("« … », lance Hugo", ``mark_only_place``),
    or a French verb of ``lexicon_fr.NAMED_SUBJECT_CUES`` right after a name or a pronoun
    ("Fabien Mercier évoque un « … »", not "le film évoque « … »")."""
    if low in mark_only and mark_only_place(text, s, after_mark, window):
        return True
    return code == "fr" and low in NAMED_SUBJECT_CUES and named_subject_before(text, s)
