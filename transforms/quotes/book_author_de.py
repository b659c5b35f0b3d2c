"""German book reviews and book news quoting the book itself: "„…“, heißt es in dem Buch." and
"Im Roman heißt es: „…“". The words are the book's, so its author's (the guide's book-review
case): the one person the article names as the author of a book before the quote ("Mark Roth
hat ein Buch herausgegeben", "die Autorin Ina Keller", "der neue Roman von Ina Keller", "Ina
Kellers neues Buch"). No author named, or two: null, as before (a report, a law, a sign, a
book of no named author stay null: only a book's noun counts). Found on German culture and
review pages where such quotes went to no one (de45). Second read (read45de): a book named with
its author after the cue ("heißt es im Band von Ben Kurz"), a sentence that goes on with someone
else's words ("„…“, heißt es im Buch, seien Goethes letzte Worte gewesen", "Im Buch heißt es,
Kurz habe gesagt: „…“") and an author named after the verb ("Nun hat Tom Hall ein Buch über
Roth geschrieben", read as a second author) or a book of several ("X und Y haben ein Buch
geschrieben") leave the quote null. Pure, bounded: the quote's sentence, and a stretch of the
article before the quote for the author."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.tokens import mark_end

BOOK_WORDS: Final = "book_words_de"
_TAIL: Final = 80  # characters read after the closing mark for "heißt es in dem Buch"
_HEAD: Final = 160  # characters read before the opening mark for "Im Buch heißt es:"
_BACK: Final = 6000  # characters of the article read back for the author (bounded)
_BOOKS: Final = r"(?:Buch|Buches|Buchs|Roman|Romans|Werk|Werkes|Werks|Band|Bandes|Sachbuch|Gedichtband|Erzählband|Erzählung|Novelle|Essay|Essayband|Memoiren|Biografie|Autobiografie)"
# The same without "Werk" and "Band", which are a plant and a music group as often ("das Werk von
# Unternehmer Karl Benz", "die Band von Sänger Jan Ott"): the author is not read after them, and
# "im Werk" (at the plant) is no book's cue (read45de).
_PLAIN_BOOKS: Final = r"(?:Buch|Buches|Buchs|Roman|Romans|Sachbuch|Gedichtband|Erzählband|Erzählung|Novelle|Essay|Essayband|Memoiren|Biografie|Autobiografie)"
# After the quote: "„…“, heißt es in dem/diesem/im/ihrem Buch".
_AFTER: Final = re.compile(r"[^\S\n]*+,?+[^\S\n]*+heißt[^\S\n]es[^\S\n](?:in[^\S\n](?:dem|diesem|ihrem|seinem|"
                           r"dem[^\S\n]neuen|ihrem[^\S\n]neuen|seinem[^\S\n]neuen)[^\S\n]" + _BOOKS + r"|im[^\S\n]" + _PLAIN_BOOKS + r")\b")
# Before the quote, in its sentence: "Im Buch heißt es: „", "In ihrem Roman heißt es etwa: „".
_BEFORE: Final = re.compile(r"\b(?:Im[^\S\n]" + _PLAIN_BOOKS + r"|In[^\S\n](?:dem|diesem|ihrem|seinem)[^\S\n]" + _BOOKS + r")" +
                            r"\b[^.!?\n„“”\"«»]{0,80}?\bheißt[^\S\n]es\b[^.!?\n„“”\"«»:,]{0,30}:?[^\S\n]*$")
# What may follow "heißt es in dem Buch" and leave the book the one named before: the end of the
# sentence, or a relative clause on the book ("…, das 2019 erschien"). Anything else ("im Band
# von Ben Kurz", "…, seien Goethes letzte Worte gewesen") names or quotes someone else.
_AFTER_OK: Final = re.compile(r"[^\S\n]*+(?:[.!?;)\n]|$|,[^\S\n]*+(?:das|der|die|dessen|deren|welches|welcher|"
                              r"in[^\S\n]dem|in[^\S\n]der|im[^\S\n]dem)\b)")
_NAME: Final = r"([A-ZÄÖÜ][\w’'\-]{1,30}(?:[^\S\n][A-ZÄÖÜ][\w’'.\-]{0,30}){1,2})"
# Who wrote it: "Ina Keller hat ein (neues) Buch geschrieben/herausgegeben/veröffentlicht/vorgelegt",
# "die Autorin Ina Keller", "Roman von Ina Keller", "Ina Kellers neues Buch".
_AUTHOR: Final = re.compile(
    _NAME + r"[^\S\n](?:hat|hatte)[^\S\n](?:ein|einen|das|den|sein|seinen|ihr|ihren)(?:[^\S\n][a-zäöü]{2,20})?[^\S\n]"
    + _BOOKS + r"(?:[^\S\n][^\W\d_]{1,20}){0,4}?[^\S\n](?:geschrieben|herausgegeben|veröffentlicht|vorgelegt|verfasst)\b"
    r"|\b(?:Autorin|Autor|Schriftstellerin|Schriftsteller|Herausgeberin|Herausgeber)[^\S\n]" + _NAME +
    r"|\b" + _PLAIN_BOOKS + r"[^\S\n]von[^\S\n]" + _NAME +
    # the verb first: "Nun hat Tom Hall ein Buch über Roth geschrieben" (a rival author, read45de)
    r"|\b(?:hat|hatte)[^\S\n]" + _NAME + r"[^\S\n](?:ein|einen|das|den|sein|seinen|ihr|ihren)(?:[^\S\n][a-zäöü]{2,20})?"
    r"[^\S\n]" + _BOOKS + r"(?:[^\S\n][^\W\d_]{1,20}){0,4}?[^\S\n](?:geschrieben|herausgegeben|veröffentlicht|vorgelegt|verfasst)\b")
# A book of several authors: "Anna Roth und Ben Kurz haben ein Buch geschrieben", "Jetzt haben
# zwei Kollegen ein Buch über sie geschrieben" (no one author).
_SEVERAL: Final = re.compile(r"\b(?:haben|hatten)(?:[^\S\n][^\W\d_]{1,20}){0,3}?[^\S\n](?:ein|einen|das|den|ihr|ihren)(?:[^\S\n][a-zäöü]{2,20})?[^\S\n]"
                             + _BOOKS + r"(?:[^\S\n][^\W\d_]{1,20}){0,4}?[^\S\n](?:geschrieben|herausgegeben|veröffentlicht|vorgelegt|verfasst)\b")


def _author(text: str, ctx: ArticleContext, before: int) -> str | None:
    """The one person the article names as a book's author before ``before``, at their
    fullest; None when it names none or several."""
    people = set()
    if _SEVERAL.search(text, max(0, before - _BACK), before):
        return None
    for m in _AUTHOR.finditer(text, max(0, before - _BACK), before):
        name = next((g for g in m.groups() if g), "")
        if len(name.split()) < 2 or not is_person_like(name) or is_org(name):
            continue
        people.add(ctx.names.fullest(name))
    return people.pop() if len(people) == 1 else None


def book_words(site: Site, ctx: ArticleContext) -> Finding | None:
    """The author of the book that "heißt es in dem Buch" / "Im Buch heißt es:" quotes."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    if text.find("heißt es", max(0, span.open_at - _HEAD), min(len(text), span.end + _TAIL + 2)) < 0:
        return None
    cue_at = -1
    if span.close_at >= 0:
        lo = mark_end(text, span)
        m = _AFTER.match(text, lo, min(site.tail_hi, lo + _TAIL))
        if m is not None:
            if not _AFTER_OK.match(text, m.end(), min(len(text), m.end() + 40)):
                return None  # "heißt es im Band von Ben Kurz", "…, seien Goethes letzte Worte gewesen"
            cue_at = m.start()
    if cue_at < 0:
        lo = max(site.sent_lo, span.open_at - _HEAD)
        m = _BEFORE.search(text, lo, span.open_at)
        if m is None:
            return None
        cue_at = m.start()
    author = _author(text, ctx, min(cue_at, span.open_at))
    if author is None:
        return None
    return Finding(author, "heißt es", "explicit", cue_at)
