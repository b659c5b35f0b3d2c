"""The German rule for a sentence that leads into a quote with a colon and names its speaker
where the general colon lead-in (shapes.lead_in) finds no subject: a label of a role and a name
("Der Vorsitzende des Aufsichtsrats Karl Obermaier: „...“"), a role standing for the person the
article gave that title ("Die Ministerin zeigte sich offen: „...“"), and a subject after the
verb, in second place ("Natürlich ruft Trainer Karl Obermaier zum Angriff auf: „...“"). Pure
functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.colon_opener_de import colon_opening_name
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.fronted_de import time_phrase_length
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CALENDAR, TITLES
from newsbeam.transforms.quotes.lexicon_de import FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.titles import split_title

_READ: Final = 200  # characters of the lead-in read back from the opening mark (bounded)
_WORD: Final = re.compile(r"[^\W\d_][\w’'.\-]{0,40}")
# Words a label of a role and a name may hold besides capitalized ones ("Der Vorsitzende des
# Aufsichtsrats", "Geschäftsführer von X").
_LABEL_WORDS: Final = frozenset("der die das des dem den von vom und für".split())
_MARKS: Final = "„“”»«›‹\"‚‘’"  # a lead-in that holds quoted words is a list or a title, no subject's
# The adverb a press release sets before a label of a role and a name ("Dazu Karl Obermaier:").
# ("Hierzu", "Ergänzend", "Abschließend" are read by lead_in into its mention first: not here.)
_PRESS_OPENERS: Final = frozenset(["Dazu"])
_CALENDAR_DE: Final = frozenset("""januar februar märz april mai juni juli august september oktober november
dezember montag dienstag mittwoch donnerstag freitag samstag sonntag""".split())


def _name_run(words: list[str], k: int) -> str | None:
    """The name that the capitalized words from ``words[k]`` on make, when they run to a person's
    name of two words or more (role words before it split off)."""
    run = []
    for w in words[k:]:
        if not w[:1].isupper():
            break
        run.append(w)
    mention = " ".join(run)
    name = split_title(mention) if run and is_person_like(mention) else ""
    if len(name.split()) < 2 or is_org(name) or any(is_role_noun(w.lower()) for w in name.split()):
        return None
    return name


def colon_subject(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, the speaker of a sentence that leads into the quote with a colon: the name
    that ends a label of role words ("Der Vorsitzende des Vereins Karl Obermaier:"), an
    article and a title as the subject ("Die Ministerin zeigte sich offen:", the person the
    article gave the title, else no one), or a name right after the verb in second place
    ("Natürlich ruft Trainer Karl Obermaier zum Angriff auf:")."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _READ)
    lead = text[lo:span.open_at].rstrip()
    if not lead.endswith(":") or "\n" in lead:
        return None
    matches = list(_WORD.finditer(lead))
    words = [m.group().rstrip(".,;") for m in matches]
    if len(words) >= 3 and words[0] in _PRESS_OPENERS and words[1][:1].isupper():
        # "Dazu Vertriebsleiter Marco Pfeil:", "Dazu Karl Obermaier:": a press release's
        # adverb before the label (de45); the label is read without it.
        if "und" in words:
            return None  # "Dazu Anna Roth und Ben Kurz:": two speakers, not the last named (read45de)
        matches, words = matches[1:], words[1:]
    if len(words) < 2:
        return None
    if all(w.lower() in _LABEL_WORDS or w[:1].isupper() and w.lower() not in FUNCTION_WORDS
           and w.lower() not in CALENDAR and w.lower() not in _CALENDAR_DE for w in words):
        # A label: the name that ends it.
        k = len(words) - 2  # the last two words: the article's fullest form of the name is found later
        name = _name_run(words, k)
        if name and lead[:-1].rstrip().endswith(name):
            # (no cue: the check of a colon's lead-in for a name the article uses is this label's own)
            return Finding(name, None, "explicit", lo + matches[k].start())
        return None
    first, second = words[0].lower(), words[1]
    pronoun = _pronoun_after_phrase(words, lead) if lo == site.sent_lo else None
    if pronoun is not None:
        # "Und trotz allem war sie manchmal nachdenklich:": the pronoun, read from the sentences before.
        k, verb = pronoun
        return Finding(words[k], verb, "explicit", lo + matches[k - 1].start())
    if first in ("der", "die") and second.lower() in TITLES and len(words) > 2 and words[2].islower() and \
            colon_opening_name(site, ctx) is None:
        # "Die Ministerin zeigte sich ...:": the title's holder (resolved like "die Ministerin").
        # It stands aside only when colon_opening_name takes the sentence ("Der Geschäftsführer
        # des Vereins Karl Obermeier pflichtet …:"): one test of that shape, so no quote falls
        # between the two rules to the speaker of the quote before.
        return Finding(f"{words[0]} {second}", ":", "explicit", lo + matches[0].start())
    if first in FUNCTION_WORDS and words[0][:1].isupper() and lo == site.sent_lo and second.islower() and \
            second not in FUNCTION_WORDS and len(words) > 3 and not any(c in lead for c in _MARKS):
        # "Natürlich ruft Trainer Karl Obermaier zum Angriff auf:": the subject after the verb.
        name = _name_run(words, 2)
        if name:
            return Finding(name, second, "explicit", lo + matches[1].start())
    return None


# What may open a sentence before its verb when the subject follows it: a connective, then a
# phrase after a preposition ("Und trotz ihrer Freude war sie ...", "Nach dem Spiel war er ...").
_OPENERS: Final = frozenset("und aber doch auch dann später danach trotzdem".split())
# (with the forms joined to an article: "Am Abend sagte sie:", "Zur Wahl meinte er:")
_PREPOSITIONS: Final = frozenset("""trotz nach vor bei mit in seit während wegen über zwischen zu an auf
aus von für gegen ohne um unter durch angesichts am im beim vom zum zur ins ans aufs""".split())


def _pronoun_after_phrase(words: list[str], lead: str) -> tuple[int, str] | None:
    """(index of "er"/"sie", the verb) when the lead-in opens on connectives and one phrase
    after a preposition, then a verb in the singular and the pronoun as its subject ("Und
    trotz ihrer Lebensfreude war sie nachdenklich:"); no other subject, quote or name in it."""
    if any(c in lead for c in _MARKS):
        return None
    k = 0
    while k < len(words) and words[k].lower() in _OPENERS:
        k += 1
    m = k + time_phrase_length(words[k:])  # "Wenig später sagte sie:" (s60)
    if k < m < len(words) - 1 and words[m + 1] in ("er", "sie") and words[m] in current_language().cues \
            and not any(w[:1].isupper() and not words[j - 1][:1].islower() for j, w in enumerate(words) if j >= m + 2):
        # (a verb of saying: not "hörte sie", "las sie"; a noun after a small word may follow,
        # "sagte sie im Interview:", "sagte sie der Presse:"; not a name, "sagte sie Anna Berg:")
        return m + 1, words[m]
    if k >= len(words) or words[k].lower() not in _PREPOSITIONS:
        return None
    for n in range(k + 1, min(len(words) - 1, k + 5)):
        verb, pronoun = words[n], words[n + 1]
        if pronoun in ("er", "sie") and verb.islower() and not verb.endswith("en") and \
                words[n - 1][:1].isupper() and not any(w[:1].isupper() for w in words[n + 2:]):
            return n + 1, verb
    return None
