"""German impersonal attribution to a body (rule ``heisst_es_bei``, stop 45): trade and business
copy credits a firm's statement with "es heißt" and the firm after a preposition: "„Die Nachfrage
bleibt hoch“, heißt es bei Alpinfix.", "..., heißt es beim ÖAMTC.", "Man habe „klare Schritte“
gesetzt, hieß es von der Brandl AG.", and in a statement of the body (s52): "„…“, heißt es in einer
Mitteilung der Stadtwerke Köln." The words after "bei"/"beim"/"von"/"vom"/"seitens" (an
article dropped) are the mention; the resolver makes a named body of a name ("Alpinfix") and
no one of a bare noun ("vom Verband", "von der Polizei", "aus dem Konzern" is not read at all).

Read only where "heißt es" closes the quote's sentence: right after the closing mark, or later
in the same sentence with no stop, colon or other quotation mark between (the quote is part of
the reported sentence). "wie es heißt" with no source, "heißt es in der Branche" (a place, not
a source) and "heißt es im Bericht" are no one's: the prepositions read are only those of a
source. German only. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language

HEISST_ES_BEI: Final = "heisst_es_bei"
_REACH: Final = 250  # characters of the sentence read after the closing mark
_S: Final = r"[^\S\n]{1,3}+"
_NAME: Final = r"[A-ZÄÖÜ][\w\-&]{0,40}+"
# The rest of the sentence (no stop, colon, semicolon or quotation mark), then ", heißt es bei X"
# closing it: X is one to four capitalized words.
_HEISST_ES: Final = re.compile(
    rf"[^.!?:;\n„“”\"»«]{{0,{_REACH}}}?,{_S}(?:heißt|hieß|heisst|hiess){_S}es"
    rf"(?:{_S}(?:dazu|weiter|auch|zudem|nun|jetzt|ebenfalls))?"
    rf"{_S}(bei|beim|von|vom|seitens|in{_S}(?:einer|der|seiner|ihrer){_S}(?:[A-ZÄÖÜ][a-zäöüß]{{0,20}}?)?"
    rf"(?:[Mm]itteilung|[Ee]rklärung|Stellungnahme){_S}(?:der|des)){_S}(?:(?:der|des|dem){_S})?"
    rf"({_NAME}(?:{_S}{_NAME}){{0,3}})[^\S\n]*(?:[.;!]|$)")


# Legal forms written after a firm's name ("Alpinfix GmbH", "Brandl AG").
_LEGAL_FORMS: Final = ("GmbH", "AG", "KG", "SE", "OG", "e.U.", "Holding", "Group", "Gruppe", "GmbH & Co. KG")
# Words after "bei" that name a household or a place, not a body that speaks.
_NOT_SOURCES: Final = frozenset(["Familie", "Frau", "Herr", "Herrn"])


def with_legal_form(word: str, text: str) -> bool:
    """Whether the article writes ``word`` with a firm's legal form after it ("Alpinfix GmbH"):
    a firm's name, where "heißt es bei Alpinfix" names it alone."""
    return any(text.find(f"{word} {form}", 0, 200_000) >= 0 for form in _LEGAL_FORMS)


def legal_name(name: str, fuller: str) -> bool:
    """Whether ``fuller`` is ``name`` and a legal form ("Alpinfix" -> "Alpinfix GmbH")."""
    return fuller.startswith(name + " ") and fuller[len(name) + 1:] in _LEGAL_FORMS


def heisst_es_bei(site: Site, ctx: ArticleContext) -> Finding | None:
    """The source after ", heißt es bei/von" that closes the quote's sentence (see the module's
    docstring)."""
    if current_language().code != "de" or site.span.close_at < 0:
        return None
    start = site.span.close_at + 1
    m = _HEISST_ES.match(site.text, start, min(site.tail_hi, start + _REACH + 80))
    if m is None or m.group(2).split()[0] in _NOT_SOURCES:
        return None
    return Finding(m.group(2), "heißt es " + m.group(1), "explicit", m.start(1), HEISST_ES_BEI)
