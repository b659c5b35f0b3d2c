"""Rule ``verb_second_clause`` (issue 16, stop 43): a German sentence that opens on a phrase of
time, place or topic, or on one adverb, puts its reporting verb second and the subject after it,
and the words reported follow in a clause set off by a comma: "Am Montag sagte Boris Palmer,
die Stadt müsse „sparen, wo es geht“", "Gestern erklärte Stadtsprecherin Anna Keller, die
Arbeiten seien „im Zeitplan“", "Dazu sagte er, man habe „alles versucht“". The quoted words
are the subject's, as "Palmer sagte, die Stadt müsse „…“" (subject first) already read and as
English credits "On Monday, Palmer said the city must “…”". Before, the lead-in rule read the
phrase before the verb as its subject ("Gestern", or nothing after a phrase on a preposition,
whose subject it reads only before a colon: fronted_de) and the quote stayed with no one.

Rather null than wrong: German only; the verb must be the sentence's second element (one
phrase on a preposition with no comma, or one adverb of a closed list); the subject after it a
person's name (two words or more, or one the article uses for a person; a title may go before
it) or "er"/"sie" (resolved as any pronoun), followed by at most a few words of time, or one
phrase of place or of the one told ("im Stadtrat", "der Zeitung": verb_second_rest), before the
comma; the clause after the comma must report speech (``dass``/``ob``, or a verb in Konjunktiv
I before the quote or in it) and hold no other verb of speech and no other quote before this one.
Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.cues import Cue, CueIndex
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.fronted_de import fronted_phrase
from newsbeam.transforms.quotes.kinds import REPORTED_MOOD
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import SEPARABLE_CUES, TIME_NOUNS
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.verb_second_rest import addressed_or_placed

VERB_SECOND_CLAUSE: Final = "verb_second_clause"

# One adverb that may open a German sentence before its verb (time, sequence, connection).
_ADVERBS: Final = frozenset("""
gestern heute vorgestern damals jetzt nun dann danach anschließend später zuvor vorher zuletzt
inzwischen bereits dazu zudem außerdem ferner ebenfalls daher deshalb deswegen allerdings jedoch
trotzdem dennoch schließlich abschließend zunächst zuerst morgens abends
gleichzeitig zugleich zusätzlich stattdessen hingegen mittlerweile offenbar vielmehr bislang bisher insgesamt
überdies indes andererseits letztlich tatsächlich derzeit künftig kürzlich jüngst unterdessen daraufhin nunmehr
""".split())  # (s62: "Hingegen sagte der Minister, …")
_TIME_WORDS: Final = TIME_NOUNS
_REST_WORDS: Final = 4  # words between the subject and the comma at most ("am Montag", "dazu noch")
_REST: Final = frozenset("""am im beim vor dazu noch auch bereits jetzt nun erneut wiederum gestern heute dann
ebenfalls später zuvor abends morgens vormittags nachmittags zudem außerdem ausdrücklich""".split())
_MARKS: Final = "„“”\"«»‚‘’"
_CLAUSE_OPENERS: Final = frozenset(("dass", "daß", "ob"))
_WORD: Final = re.compile(r"\w+")
_ONE_WORD: Final = 40  # characters an adverb before the verb spans at most ("Dann", "Anschließend")


def verb_second_clause(text: str, lo: int, hi: int, cue: Cue, cues: CueIndex,
                       ctx: ArticleContext | None) -> tuple[int, int] | None:
    """(start, end) of the subject after the German reporting verb ``cue`` in the sentence
    ``text[lo:hi]`` (it leads into the quote at ``hi``), when the sentence has the shape of the
    module; else None."""
    if current_language().code != "de" or cue.s <= lo or cue.e >= hi:
        return None
    before = text[lo:cue.s].split() if cue.s - lo <= _ONE_WORD else []  # (one adverb: never a long sentence split)
    if not (len(before) == 1 and before[0].lower() in _ADVERBS or fronted_phrase(text, lo, cue.s)):
        return None
    np = np_after(text, cue.e + 1, hi)
    if np is None or not _speaker(text[np[0]:np[1]], ctx):
        return None
    comma = text.find(",", np[1], hi)
    if comma < 0 or not _only_time(text[np[1]:comma], cue.word.lower()):
        return None
    clause = text[comma + 1:hi]
    if any(c in clause for c in _MARKS) or cues.between(comma, hi):
        return None  # another quote or verb of speech first: whose words, the clause does not say
    if any(c in clause.rstrip() for c in ".!?\n"):
        return None  # the quote opens a sentence of its own: the rules that read the one before
    first = _WORD.search(text, comma + 1, hi)
    if (first is None or first.group().lower() not in _CLAUSE_OPENERS) and not _reported(text, comma + 1, hi):
        return None
    return np


def _speaker(mention: str, ctx: ArticleContext | None) -> bool:
    """A person's name (a title may go before it) or "er"/"sie"."""
    if mention.lower() in ("er", "sie"):
        return True
    if not is_person_like(mention):
        return False
    name = split_title(mention)
    words = name.split()
    if any(first_name_sex(" ".join(words[i:i + 2])) is not None for i in range(2, len(words) - 1)):
        return False  # "sagte Tom Weber Anna Keller, …": a subject and the one told, no one name (review43 F10)
    return len(words) >= 2 or ctx is not None and bool(name) and ctx.names.is_person(name)


def _only_time(rest: str, verb: str) -> bool:
    """Nothing, or a few words of time or manner, between the subject and the comma, and the
    particle of a reporting verb that has one ("räumte Lee ein, …"); not another verb's particle
    ("Heute sagt Lee ab, …": the verb is "absagen", no speech)."""
    words = rest.split()
    particles = SEPARABLE_CUES.get(verb, frozenset())
    if len(words) <= _REST_WORDS and all(w in _TIME_WORDS or w in _REST or w in particles for w in words):
        return True
    return addressed_or_placed(words)


def _reported(text: str, lo: int, hi: int) -> bool:
    """A verb in Konjunktiv I in the clause ``text[lo:hi]`` before the quote, or, when the clause
    has no verb of its own there, at the quote's start ("…, die Stadt „werde alles tun“")."""
    forms = REPORTED_MOOD["de"]
    if any(w.lower() in forms for w in _WORD.findall(text, lo, hi)):
        return True
    after = _WORD.findall(text, hi, min(len(text), hi + 40))
    return bool(after) and after[0].lower() in forms


def reported_clause(words: list[str]) -> bool:
    """German: the words after a reporting verb and its comma are a clause of reported speech of
    their own ("„…“ Bernd Wiegand sagte, die Fragen würden … zugestellt": a new sentence with its
    own words, not the quote's attribution): they open on "dass"/"ob" or hold a verb in
    Konjunktiv I."""
    if current_language().code != "de" or not words:
        return False
    low = [w.strip(",.;:!?\"„“»«").lower() for w in words]
    return low[0] in _CLAUSE_OPENERS or any(w in REPORTED_MOOD["de"] or w in _SUBJUNCTIVE_II for w in low)


# Konjunktiv II forms that report speech where Konjunktiv I would look like the indicative
# ("die Fragen würden zugestellt", "es wäre zu früh").
_SUBJUNCTIVE_II: Final = frozenset("würde würden wäre wären hätte hätten".split())
