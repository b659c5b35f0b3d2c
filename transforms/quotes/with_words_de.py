"""Rule ``with_words_de`` (issue 16): German „mit den Worten „…"" / „mit dem Satz „…"" credits
the subject of its sentence.

„Mit den Worten „Gott segne euch" verabschiedete sich Pfarrer Jonas Albrecht", „Landrat Ewald
Korff sorgte mit dem Satz „Das Geld ist weg" für Unruhe", „eröffnete die Sitzung mit der Bitte
„…"": the noun says the quote is words, and the one who acts with them is the sentence's
subject. No verb of saying stands in the sentence, so no attribution rule read it, and a quote
inside the sentence fell to the writer's scare quote.

The subject is read in the two orders a German main clause has, and nowhere else:
- the phrase opens the sentence: the finite verb right after the closing mark (a reflexive
  „sich" after it or not), then the subject: an article or none and one to four capitalized
  words („verabschiedete sich Pfarrer Jonas Albrecht", „sorgte der Landrat");
- the subject opens the sentence: one to four capitalized words (an article before them or
  not), then a word in lower case (the finite verb), and the phrase later in the same sentence
  with no other quote between.
What is read is a mention; the caller resolves it like any other, so a description or a word
that names no one is null (rather null than wrong). A sentence that opens on a preposition or
an adverb („Am Montag eröffnete …") gives no subject at its start: none is read.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

WITH_WORDS_DE: Final = "with_words_de"

_WINDOW: Final = 200  # characters read before the opening mark (the sentence's start within it)

# „mit den Worten", „mit dem Satz", „mit seinem Appell", „mit den schlichten Worten", right
# before the opening mark.
_WITH_WORDS: Final = re.compile(
    r"(?<![^\W\d_])[Mm]it[^\S\n]{1,3}(?:dem|den|der|einem|einer|seinem|seinen|seiner|ihrem|ihren|ihrer)[^\S\n]{1,3}"
    r"(?:[a-zäöüß]{2,20}[^\S\n]{1,3})?"
    r"(?:Satz|Sätzen|Worten|Ausruf|Appell|Aufruf|Bemerkung|Frage|Forderung|Warnung|Bitte)[^\S\n]{0,3}:?[^\S\n]{0,3}$")
# A capitalized word of a mention.
_CAP: Final = r"[A-ZÄÖÜ][\w.’'-]{0,30}"
# After the closing mark: the finite verb, „sich" or not, the subject.
_VERB_SUBJECT: Final = re.compile(
    r"[^\S\n]{0,3},?[^\S\n]{0,3}[a-zäöüß]{3,20}(?:[^\S\n]{1,3}sich)?[^\S\n]{1,3}"
    r"(?P<who>er(?=[^\S\n,.])|sie(?=[^\S\n,.])|(?:(?:der|die)[^\S\n]{1,3})?" + _CAP + r"(?:[^\S\n]{1,3}" + _CAP + r"){0,3})")
# At the sentence's start: the subject, then a word in lower case.
_SUBJECT_VERB: Final = re.compile(
    r"[^\S\n]{0,3}(?P<who>Er(?=[^\S\n])|Sie(?=[^\S\n])|(?:(?:Der|Die)[^\S\n]{1,3})?" + _CAP + r"(?:[^\S\n]{1,3}" + _CAP + r"){0,3})[^\S\n]{1,3}[a-zäöüß]")
# First words that open no subject: prepositions, adverbs, conjunctions, pronouns.
_NO_SUBJECT: Final = frozenset("""am im in an auf aus bei beim mit nach seit von vom vor zu zum zur für über unter
gegen durch ohne um als auch doch dann da so heute gestern morgen nun jetzt hier dort damals zuvor danach
später bereits schon noch erst nur und aber oder denn dabei dazu deshalb daher trotzdem zudem außerdem
er sie es wir ihr ich man dies das dieser diese dieses jeder jede alle viele einige""".split())


# Verbs by which the subject quotes someone else („zitierte den Minister mit den Worten „…""), and
# the passive („wurde von X mit den Worten „…" empfangen"): the subject is not who spoke (read46k).
_NOT_SUBJECTS_WORDS: Final = re.compile(r"(?<![^\W\d_])(?:zitier(?:t|te|ten|en)|wurden?|worden)(?![^\W\d_])")
# The passive right after the closing mark („Mit den Worten „…" wurde X zitiert": X's words).
_PASSIVE_NEXT: Final = re.compile(r"[^\S\n]{0,3},?[^\S\n]{0,3}wurden?(?![^\W\d_])")
_SENTENCE_END: Final = re.compile(r"[.!?;]")


def _mention(found: re.Match[str] | None) -> str | None:
    if found is None:
        return None
    who = found.group("who")
    words = who.split()
    if who.lower() in ("er", "sie"):
        return who  # „Er schloss mit den Worten „…"": resolved as any pronoun (quote_fields)
    return None if words[0].lower() in _NO_SUBJECT else who


def with_words_mention(text: str, span: Span, lo: int) -> str | None:
    """The mention of the subject of the sentence (``lo`` its start) in which the quote ``span``
    follows „mit den Worten", „mit dem Satz" and their kin (see the module), or None."""
    if span.continued or span.close_at < 0 or span.open_at - lo > _WINDOW:
        return None
    if _WITH_WORDS.search(text, max(lo, span.open_at - 60), span.open_at) is None:
        return None
    head = text[lo:span.open_at]
    tail = text[mark_end(text, span):min(len(text), mark_end(text, span) + 120)]
    if _NOT_SUBJECTS_WORDS.search(head) is not None or \
            _NOT_SUBJECTS_WORDS.search(_SENTENCE_END.split(tail, maxsplit=1)[0]) is not None and \
            _PASSIVE_NEXT.match(tail) is None:
        # „Reporterin X zitierte den Minister mit den Worten", „X wurde von Y mit den Worten „…"
        # empfangen": another's words or the passive; „Mit den Worten „…" wurde X zitiert" keeps X
        return None
    if head.lstrip()[:3] in ("Mit", "mit") and _WITH_WORDS.match(head.lstrip()) is not None:
        # „Mit den Worten „…" verabschiedete sich X"
        return _mention(_VERB_SUBJECT.match(text, mark_end(text, span), min(len(text), mark_end(text, span) + 120)))
    if any(c in head for c in "„“”\"»«"):
        return None  # another quote between the sentence's start and this one
    return _mention(_SUBJECT_VERB.match(text, lo, span.open_at))
