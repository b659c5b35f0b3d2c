"""The attribution rules that read German word order (in ``RULES``, rules.py): a postposition
("Anna Weidlich zufolge sind die Preise „völlig überzogen“", as "laut Anna Weidlich"), an age
standing for a person ("schrieb der 46-Jährige"), an incise before the quote ("Die Preise, sagte
Obermaier, seien „...“"). Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.aged_antecedent import aged_lead
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.titles import split_title

_READ: Final = 300  # characters of the quote's sentence read back from its opening mark (bounded)
# One to four capitalized words (initials and hyphens allowed), then "zufolge".
_ZUFOLGE: Final = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w’'.\-]{0,30}[^\S\n]{1,3}){1,4})zufolge\b")


def according_postposition(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, a person's name right before "zufolge" in the quote's sentence, before its
    opening mark: the quote is that person's. A body or a document ("Dem Bericht zufolge", "der
    Polizei zufolge") is no one here: the next rules read on."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _READ)
    if text.find("zufolge", lo, span.open_at) < 0:
        return None
    m = _ZUFOLGE.search(text, lo, span.open_at)
    if m is None:
        return None
    words = m.group(1).split()
    lang = current_language()
    while words and (words[0].lower() in lang.function_words or words[0].lower() in FUNCTION_WORDS):
        words.pop(0)  # "Dem", "Der": the article before the role word or the name
    name = split_title(" ".join(words)) if words else ""
    if not name or any(w.lower() in lang.function_words for w in name.split()):
        return None
    if not (ctx.names.is_person(name) or len(name.split()) >= 2 and is_person_like(name) and not is_org(name)):
        return None
    return Finding(name, "zufolge", "explicit", m.start(1))


_AGED_READ: Final = 20_000  # characters read back from the quote for the person of that age (bounded)
# After the closing mark: a reporting verb and "der/die 46-Jährige" ("„...“, schrieb der 46-Jährige").
_AGED_AFTER: Final = re.compile(r"[^\S\n]*+,?+[^\S\n]*+([^\W\d_]{2,20})[^\S\n]{1,3}(?:der|die)[^\S\n]{1,3}"
                         r"(\d{1,3})-Jährige\b")
_NAME: Final = r"([A-ZÀ-ÖØ-Þ][\w’'\-]{1,30}(?:[^\S\n]{1,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]{0,30}){1,2})"


def _aged(age: str) -> re.Pattern[str]:
    """A person introduced with ``age``: "Jonas Brandt (46)", "Jonas Brandt, 46,", "der 46-jährige
    Jonas Brandt", "der 46 Jahre alte Jonas Brandt"."""
    return re.compile(_NAME + r"(?:[^\S\n]{1,3}\(" + age + r"\)|,[^\S\n]{1,3}" + age + r",)"
                      r"|\b" + age + r"(?:-jährige[nr]?|[^\S\n]Jahre[^\S\n]alte[nr]?)[^\S\n]{1,3}" + _NAME)


def aged_description(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, "„...“, sagte der 46-Jährige" (or "Der 46-Jährige sagte: „...“"): the one person
    the article introduced before the quote with that age ("Jonas Brandt (46)", "der 46-jährige Jonas Brandt"). No one or two
    people of that age: the next rules read on (null rather than a guess)."""
    text, span = site.text, site.span
    if current_language().code != "de" or span.close_at < 0:
        return None
    end = span.close_at + 1
    m = _AGED_AFTER.match(text, end, site.tail_hi)
    lead = aged_lead(site) if m is None else None  # "Der 46-Jährige sagt: „...“" (stop 47)
    cue, age, cue_at = (m.group(1), m.group(2), m.start(1)) if m is not None else \
        (lead[0], lead[2], lead[4]) if lead is not None else ("", "", -1)
    if not cue or cue.lower() not in current_language().cues:
        return None
    people = set()
    for a in _aged(age).finditer(text, max(0, span.open_at - _AGED_READ), span.open_at):
        name = split_title(a.group(1) or a.group(2))
        if name and len(name.split()) >= 2 and is_person_like(name) and not is_org(name):
            people.add(ctx.names.fullest(name))
    if len(people) != 1:
        return None
    return Finding(people.pop(), cue, "explicit", cue_at)


_INCISE_READ: Final = 300  # characters of the quote's sentence read back from its opening mark (bounded)
_INCISE_TAIL: Final = 40  # at most this many characters of adjuncts after the name ("am Montag")
# A comma, then a reporting verb (or "so") and what follows it: ", sagte Karl Obermaier, ...".
_INCISE: Final = re.compile(r",[^\S\n]{1,3}([^\W\d_]{2,20})[^\S\n]{1,3}")


def incise_before(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, an incise earlier in the quote's sentence: "Die Preise, sagte Karl Obermaier,
    seien „völlig überzogen“." and "Die Lage sei, so Obermaier am Montag, „ernst“": the speaker
    is the noun phrase after the verb, closed by a comma before the opening mark."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _INCISE_READ)
    if text.find(",", lo, span.open_at) < 0:
        return None
    cues = current_language().cues
    for m in _INCISE.finditer(text, lo, span.open_at):
        if m.group(1).lower() not in cues or m.group(1).lower() in current_language().according:
            continue
        np = np_after(text, m.end(), span.open_at)
        if np is None:
            continue
        close = text.find(",", np[1], min(span.open_at, np[1] + _INCISE_TAIL))
        if close < 0 or any(c in text[np[1]:close] for c in "„“”\"«»"):
            continue
        mention = text[np[0]:np[1]].strip(" ,")
        if mention:
            return Finding(mention, m.group(1), "explicit", m.start(1))
    return None


# Prepositions that open a phrase which is never the subject ("An Bundesrat Cassis wandte sie
# sich", "Mit Blick auf ...", "Gegenüber der Zeitung"). "Von" is left out: "Von der Leyen".
_PREPOSITIONS: Final = frozenset("""an am auf aus bei beim durch für gegen gegenüber hinter im in mit nach
ohne seit trotz über um unter vor während wegen zu zum zur zwischen""".split())


_ARTICLES: Final = frozenset("der die das den dem des ein eine einen einem einer eines".split())


def prepositional_mention(mention: str, site: Site, lead_in: bool) -> bool:
    """In German, whether a rule's mention is governed by a preposition: it opens on one ("An
    Bundesrat Cassis wandte sie sich mit einer Bitte:"), or, for a lead-in's mention read before
    the quote, one (and an article) stands right before it ("Mit Blick auf den Deutschen
    Bundestag spricht ..."). An object or an adjunct is never who spoke; the next rules read on
    (null rather than the addressee or the topic)."""
    if current_language().code != "de" or not mention.strip():
        return False
    if mention.split(None, 1)[0].lower() in _PREPOSITIONS and " " in mention.strip():
        return True
    if not lead_in:
        return False
    lo = max(site.sent_lo, site.span.open_at - _READ)
    at = site.text.rfind(mention, lo, site.span.open_at)
    while at > lo and site.text[at + len(mention):at + len(mention) + 1].isalnum():
        at = site.text.rfind(mention, lo, at)  # "Bürger" in "Bürgerlichen": not the mention
    before = site.text[max(site.sent_lo, at - 24):at].split() if at > 0 else []
    if before and before[-1].lower() in _ARTICLES:
        before.pop()
    return bool(before) and before[-1].lower() in _PREPOSITIONS
