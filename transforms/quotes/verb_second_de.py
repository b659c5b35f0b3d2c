"""German verb-second incises: a sentence that opens on something else, then a reporting verb set
off by commas with its subject after it ("Darüber, sagt Petra Lang, müsse man „offen reden“",
"Wahrscheinlich, so Trendscout Landowski, werde der Hype abebben"). The subject is the phrase
after the verb, closed by a comma, not the word before the verb ("Darüber"). Also a sentence that
opens on the listener in the dative ("Der Deutschen Presse-Agentur sagte Petra Lang: ..."), whose
subject follows the verb. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.acronym_bodies import is_acronym

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.cues import Cue
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names_de import listener_after_name
from newsbeam.transforms.quotes.phrases import np_after

_TAIL: Final = 40  # at most this many characters of adjuncts after the name ("am Montag")
_MARKS: Final = "„“”\"«»‚‘’"


def inverted_incise(text: str, lo: int, hi: int, cue: Cue, ctx: ArticleContext | None) -> tuple[int, int] | None:
    """In German, the subject of a reporting verb right after a comma, when the verb and the phrase
    after it make an incise closed by a comma: "Darüber, sagt Petra Lang, müsse man ...". None
    when the verb opens its sentence, follows no comma, or is followed by no phrase and comma
    ("Petra Lang, die Ministerin, sagte: ..." keeps its subject before the verb). One word is
    taken only when the article names a person so ("so Foucault", not "sagen Experten")."""
    if current_language().code != "de" or cue.s <= lo or not text[lo:cue.s].rstrip().endswith(","):
        return None
    if not text[lo:cue.s].rstrip(" ,").strip():
        return None
    np = np_after(text, cue.e + 1, min(hi, cue.e + 1 + 120))
    if np is None:
        return None
    words = text[np[0]:np[1]].split()
    if len(words) == 1 and ctx is not None and ctx.names.is_person(words[0].strip(",")):
        pass  # "so Foucault", where the article names Michel Foucault
    elif len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]):
        return None  # one word ("sagen Experten") may be a noun; a name has two ("Petra Lang")
    close = text.find(",", np[1], min(hi, np[1] + _TAIL))
    if close < 0 or any(c in text[cue.e:close] for c in _MARKS):
        return None
    return np


def without_dative_opener(text: str, np: tuple[int, int] | None, cue: Cue, hi: int) -> tuple[int, int] | None:
    """The subject of a German reporting verb whose sentence opens on the listener in the dative
    ("Der Deutschen Presse-Agentur sagte Petra Lang: ...", "Der Zeitung sagte Lang, ..."): the
    phrase after the verb, or None when there is none; any other phrase before the verb is
    returned unchanged ("Der Minister sagte": a subject in the nominative)."""
    if np is None or current_language().code != "de":
        return np
    words = text[np[0]:np[1]].split()
    if words and words[0] not in ("Der", "der") and text[max(0, np[0] - 4):np[0]] in ("Der ", "der "):
        words = ["Der"] + words  # (the article before the phrase, left out of it)
    if len(words) < 2 or words[0] not in ("Der", "der") or \
            not listener_after_name("Name", words[1], words[2] if len(words) > 2 else ""):
        return np
    if is_acronym(words[1].strip(",.;:")) and _NOTHING_AFTER.match(text, cue.e, min(hi, cue.e + 40)) and \
            not any(w in _SUBJECT_WORDS for w in text[cue.e:min(hi, cue.e + 40)].split(":", 1)[0].split()):
        return np  # "Der ADAC sagte: „…“": no other subject after the verb, the acronym is it (stop 46)
    after = np_after(text, cue.e + 1, min(hi, cue.e + 1 + 120))
    return after if after is not None and text[after[0]:after[0] + 1].isupper() else None


# (stop 46) What may follow a verb whose subject opens the sentence: at most two lowercase words (a
# separable particle, "dazu", "heute"), then the colon or comma before the quote ("Der ADAC teilte
# mit:"), and none of them a subject's pronoun or article ("Der WAZ sagte er:", "sagte ein
# Sprecher:").
_NOTHING_AFTER: Final = re.compile(r"(?:[^\S\n]{1,3}+[a-zäöüß]{1,20}+){0,2}[^\S\n]{0,2}[:,]")
_SUBJECT_WORDS: Final = frozenset("er sie es man wir ich ihr ein eine einer der die das dieser diese jemand".split())
