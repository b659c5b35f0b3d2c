"""Rule ``fronted_phrase`` (issue 16): German puts the subject after the verb when a phrase on a
preposition opens the sentence: in "Zur Bedeutung der neuen Halle sagt Bürgermeisterin Anna
Keller: „…“" and "Im Gespräch mit der Zeitung erklärte Tom Weber: „…“" the noun before the verb
("Halle", "Zeitung") sits in that phrase and is no subject; the speaker is the name after the
verb. The phrase must open the sentence and hold no comma (a clause of its own would), and the
name after the verb must reach the colon or the quote (read as any verb-first lead-in: ``Said
X:``); "Zu den Kosten sagte der Kämmerer:" names no one (null), as before."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import TIME_NOUNS
from newsbeam.transforms.quotes.names import is_person_like

# Prepositions a German sentence may open on, with their joined forms ("zur", "im", "beim").
_OPENERS: Final = frozenset(
    "an auf aus bei durch für gegen in mit nach ohne seit um unter von vor zu zwischen über "
    "zum zur im am beim vom ins ans aufs angesichts hinsichtlich bezüglich gegenüber während "
    "wegen trotz neben hinter".split())
FRONTED_PHRASE: Final = "fronted_phrase"
_FIRST: Final = re.compile(r"[\s„“»«\"]*+(\w++)")
_MAX_WORDS: Final = 12  # words of a fronted phrase at most
_MAX_CHARS: Final = 400  # characters of those words at most (bounded: the phrase is read once per verb)
# Finite auxiliaries and modals: "Vor Jahren hatte Lang behauptet": the verb in second place is
# the auxiliary, and the name after it, before the participle, is the subject.
_FINITE: Final = frozenset(
    "hat hatte habe haben hatten hätte hätten ist war sei wäre sind waren wird wurde würde werden "
    "wurden kann konnte könne könnte muss musste müsse müsste soll sollte will wollte darf durfte "
    "mag möchte ließ lässt".split())


# Adverbs of time that close a fronted phrase of time ("Wenig später", "Kurz darauf", "Zwei Tage
# zuvor"): its first word is capitalized as the sentence's, and no subject (s60). The words before
# the adverb are words of amount and time only ("Wie Berg später sagte:" is a clause with its
# subject; "Weber danach im ZDF:" a name: the adversarial read of s60).
_TIME_CLOSERS: Final = frozenset("später zuvor darauf danach vorher davor daraufhin anschließend".split())
_TIME_AMOUNTS: Final = frozenset("""wenig wenige kurz kurze einige etliche ein eine einen zwei drei vier fünf sechs
sieben acht neun zehn tags tag tage stunde stunden minute minuten woche wochen monat monate jahr jahre
erst schon nur noch gleich bald lange""".split())
_TIME_WORDS: Final = 4  # words of such a phrase at most
# The means after "Per" or "Via" that open a fronted phrase ("Per Mail", "Via Instagram").
_MEDIA: Final = frozenset("""Mail E-Mail Brief Video Videobotschaft Telefon Twitter Instagram Facebook X TikTok
Livestream Pressemitteilung Mitteilung WhatsApp SMS Zoom Videoschalte Post Fax Presseerklärung""".split())
_WORD_RUN: Final = re.compile(r"[^\W\d_]++|\d++")
_SUBJECTLESS: Final = frozenset("Der Die Das Es Ein Eine".split())


def time_phrase_length(words: list[str]) -> int:
    """How many of ``words`` (a sentence's first words) make a phrase of time closed by an adverb
    ("Wenig später", "Zwei Tage zuvor"), or 0."""
    for k, word in enumerate(words[:_TIME_WORDS]):
        if word in _TIME_CLOSERS:
            return k + 1 if k >= 1 else 0
        if word.lower() not in _TIME_AMOUNTS and not word.isdigit():
            return 0
    return 0


def fronted_phrase(text: str, lo: int, verb_at: int) -> bool:
    """The words of ``text[lo:verb_at]`` (a sentence up to its reporting verb) are one phrase on
    a preposition, or one of time closed by an adverb ("Wenig später sagte die Trainerin:"): the
    verb's subject comes after it (German only)."""
    if current_language().code != "de" or verb_at <= lo or verb_at - lo > _MAX_CHARS:
        return False  # (12 words at most: never a whole long sentence split again at each of its verbs)
    before = text[lo:verb_at]
    words = before.split()
    if words and time_phrase_length(words) == len(words):
        return True
    first = _FIRST.match(before)
    if len(words) == 2 and words[0] in ("Per", "Via") and words[1] in _MEDIA:
        return True  # "Per Mail meldete sich Lang zu Wort:" (not "Per Mertesacker sagte:", a given name; s60)
    if first is None or first.group(1).lower() not in _OPENERS:
        return False
    return not any(c in before for c in ",;:()–—\"„“»«\n") and len(words) <= _MAX_WORDS and \
        not any(w.lower() in _FINITE for w in words)


_APPOSITIVE: Final = re.compile(r",[^\S\n]*+((?:[A-ZÄÖÜ][\w.'-]*+[^\S\n]++){1,3}[A-ZÄÖÜ][\w'-]*+)[^\S\n]*+,?[^\S\n]*+")
_WEEKDAYS: Final = TIME_NOUNS
_BEFORE_NOUN: Final = _OPENERS | frozenset("per via laut dem einem".split())
_REST_WORDS: Final = 4  # words between the subject and the colon at most ("am Montag", "dazu noch")


def fronted_subject(text: str, np: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """The subject after the verb of a sentence that opens on a phrase on a preposition, when the
    lead-in ends on a colon at ``hi``: a name set off after a role ("erklärte die Sprecherin der
    Initiative, Petra Lang:" -> Petra Lang), or the phrase after the verb (``np``) followed by
    a few words of time or manner ("sagte Weber am Montag:"); else None."""
    rest = text[np[1]:hi].rstrip(" \"“„»«'‘")
    if not rest.endswith(":") or "\n" in rest:
        return None
    body = rest[:-1]
    m = _APPOSITIVE.fullmatch(body)
    if m is not None and is_person_like(m.group(1)):
        return np[1] + m.start(1), np[1] + m.end(1)
    words = body.split()
    if body[:1] == "," or len(words) > _REST_WORDS:
        return None
    # a noun only after a preposition or a dative article ("auf Instagram", "dem ORF", s60), never
    # after an accusative one ("zitierte Weber den Kanzler": the object's words)
    if all(w[:1].islower() or w in _WEEKDAYS or k and words[k - 1] in _BEFORE_NOUN for k, w in enumerate(words)):
        return np
    return None


def time_phrase_end(text: str, lo: int, hi: int) -> int:
    """Where a German phrase of time that opens the sentence at ``lo`` ends when a name, a reflexive
    verb or a verb of saying follows it ("Kurz darauf Weber im ZDF:", "Wenig später meldete sich …:",
    "Wenig später sagte sie:"; not "hieß es"): the subject is read after it; ``lo`` otherwise (s60)."""
    if current_language().code != "de":
        return lo
    words = list(_WORD_RUN.finditer(text[lo:min(hi, lo + 80)]))
    if not words or text[lo:lo + words[0].start()].strip():
        return lo
    count = time_phrase_length([w.group() for w in words])
    if not count or text[lo + words[0].start():lo + words[count - 1].end()].count(" ") != count - 1:
        return lo  # (only single spaces between its words: no punctuation inside)
    after = [w.group() for w in words[count:count + 2]]
    if after[1:] == ["sich"]:
        return lo + words[count + 1].end()  # "Wenig später meldete sich Weber:": the subject after "sich"
    if not after or not (after[0][:1].isupper() and after[0] not in _SUBJECTLESS or
                         after[0] in current_language().cues and after[1:] != ["es"]):
        return lo  # "Kurz danach der Präsident:", "Wenig später hieß es:": read as before (the s60 reads)
    return lo + words[count - 1].end()


def subject_and_object(text: str, np: tuple[int, int]) -> bool:
    """The phrase after the verb holds four capitalized words or more: a subject and an object
    ("Im Vorwort zitiert Herausgeber Tom Weber Goethe:"), which it cannot tell apart (null)."""
    return sum(w[:1].isupper() and not w.endswith(".") for w in text[np[0]:np[1]].split()) >= 4  # not "Dr."
