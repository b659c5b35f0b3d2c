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

from newsbeam.transforms.quotes.bodies_fr import sentence_case_body
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.kind_named_bodies import KIND_NOUNS_FR
from newsbeam.transforms.quotes.lexicon_fr import FUNCTION_WORDS, NAMED_SUBJECT_CUES, TITLES
from newsbeam.transforms.quotes.person_nouns import person_noun
from newsbeam.transforms.quotes.tokens import tokens

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
_OF: Final = frozenset("de du des à au aux".split())  # ("d'" is glued to its word: "d'Annie")
_MOST_NAME_WORDS: Final = 4


def _person_word(low: str) -> bool:
    """Whether the lower-case word ``low`` is a French title or a word for a person's trade
    ("le sénateur", "l'avocate")."""
    return low in TITLES or (low[2:] if low.startswith(("l'", "l’")) else low) in TITLES or person_noun(low)


_ARTICLES: Final = frozenset("le la les un une ce cette".split())
# Endings of nouns for an agent ("l'attaquant", "le défenseur", "la militante", "l'ailier"): a
# name after one may be that person's, though the word is in no list of trades.
_AGENT_ENDINGS: Final = ("eur", "euse", "rice", "ant", "ante", "iste", "ier", "ière", "ien", "ienne")


def _thing_named(words: list[str], k: int, before: str) -> bool:
    """Whether the word ``before`` (``words[k]``) is a lower-case common noun right after its
    article ("La rue", "Le lycée", "L'hôpital"; not a word for a person, "le sénateur", nor
    one with an agent's ending, "l'attaquant"): a
    run of names after it names the thing ("La rue Victor Hugo", "La fondation Abbé Pierre"),
    not a subject who speaks (stop 57, final read)."""
    if k < 0 or words[k].endswith(",") or _person_word(before) or before.endswith(_AGENT_ENDINGS):
        return False
    raw = words[k]
    if raw[1:2] in ("'", "’"):  # "L'hôpital"
        return raw[:1] in "lL" and raw[2:].isalpha() and raw[2:3].islower()
    return raw.isalpha() and raw[:1].islower() and k >= 1 and words[k - 1].lower() in _ARTICLES


def _person_run(words: list[str]) -> bool:
    """Whether ``words`` (the text before a verb, split) end on a person or a named body as
    the verb's subject: a capitalized run that opens on a first name ("Fabien Mercier", "Le
    maire, Gilles Peyron,"), or that follows a word for a person or a company ("le sénateur Gaël
    Rivière", "l'équipementier Kalvor"), or an acronym after its article ("la CGT"); not the
    object of "de"/"du" ("le préfet du Rhône", "le roman d'Annie Ernaux"), nor a work's, a law's or
    a place's name after a common noun ("la loi Evin", "le film Les Misérables", "le pont Mirabeau")."""
    run: list[str] = []
    k = len(words) - 1
    while k >= 0 and len(run) < _MOST_NAME_WORDS:
        w = words[k].rstrip(",")
        if not w[:1].isupper() or run and words[k].endswith(",") or w[1:2] in ("'", "’"):
            break
        run.insert(0, w)
        k -= 1
    if not run:
        return False
    before = words[k].rstrip(",").lower() if k >= 0 else ""
    if before in _OF or run[0].lower() in FUNCTION_WORDS:
        return False
    if len(run) >= 2 and _thing_named(words, k, before):
        return False  # "La rue Victor Hugo", "Le film Marie Antoinette": a thing's name
    if len(run) >= 2 and is_first_name(run[0]):
        return True
    if _person_word(before) or (before[2:] if before.startswith(("l'", "l’")) else before) in KIND_NOUNS_FR:
        return True
    return len(run) == 1 and len(run[0]) >= 2 and run[0].isupper() and before in ("la", "le", "les", "l'", "l’")


def named_subject_before(text: str, s: int) -> bool:
    """Whether the subject right before the verb at ``s`` is one that speaks: a person or a
    body named there (``_person_run``: "Fabien Mercier évoque", "le sénateur Gaël Rivière
    réclame") or a personal pronoun ("elle évoque"); not a common noun ("le film évoque") nor a
    capitalized word of any other kind ("la loi Macron évoque", "La Joconde évoquait"). Bounded
    (the word before is read in the 50 characters before ``s``, the run in 110)."""
    m = _WORD_BEFORE.search(text, max(0, s - 50), s)
    if m is None:
        return False
    if m.group(1).lower() in _SUBJECT_PRONOUNS:
        return True
    before = text[max(0, m.start(1) - 3):m.start(1)].rstrip(" \u00a0")
    if before.endswith(("«", "»", "“", "”")):
        return False
    words = text[max(0, s - 80):s].split()
    if s >= 80 and words:
        words = words[1:]  # (a word cut by the window)
    if m.group(1) == "qui" and len(words) >= 2 and words[-2].endswith(","):
        # "Le député de Seine-Maritime, qui réclame": a relative whose antecedent is a person
        return _person_run(words[:-1]) or any(_person_word(w.lower().strip(",")) for w in words[-6:-1])
    toks = tokens(text, max(0, s - 110), s)
    return _person_run(words) or sentence_case_body(toks, len(toks) - 1) is not None  # "Le Syndicat des … réclame"


# Finite verbs that, after "« … », pointe Saint-Gildas," make the quote and the words after it
# the sentence's subject (a name and its apposition), not a quote and its incise.
_FINITE_AFTER: Final = frozenset("a ont est sont était étaient avait avaient sera seront fut furent".split())


def _apposed_subject(text: str, end: int) -> bool:
    """Whether the words after a mark-only verb ending at ``end`` close on a comma and a finite
    verb ("« Bout du Monde », pointe Saint-Gildas, a fermé …": the headland's restaurant is the
    subject; "« La mort noire », peste bubonique de 1348, a tué …"). Bounded (80 characters)."""
    tail = text[end:end + 80]
    comma = tail.find(",")
    nxt = tail[comma + 1:].split()[:1] if comma >= 0 and "\n" not in tail[:comma] else []
    return bool(nxt) and nxt[0] in _FINITE_AFTER


def placed_cue(text: str, s: int, low: str, mark_only: frozenset[str], code: str,
               after_mark: re.Pattern[str], window: int) -> bool:
    """Whether the word ``low`` at ``s``, no cue anywhere, is one where it stands: a mark-only
    verb right after a quote that opens its sentence ("« … », lance Hugo", ``mark_only_place``),
    or a French verb of ``lexicon_fr.NAMED_SUBJECT_CUES`` right after a name or a pronoun
    ("Fabien Mercier évoque un « … »", not "le film évoque « … »")."""
    if low in mark_only and mark_only_place(text, s, after_mark, window):
        return not _apposed_subject(text, s + len(low))
    return code == "fr" and low in NAMED_SUBJECT_CUES and named_subject_before(text, s)
