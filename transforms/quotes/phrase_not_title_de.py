"""A German noun phrase in quote marks is no title of a work because its words are capitalized
(issue 16, used by ``extract`` before ``kinds.is_title_of_work`` makes a quote a scare quote).

German writes every noun with a capital, so a phrase someone used („Zeichen der Hoffnung",
„Kultur der Angst", „Hunde-Koks") passes the title-case test that tells an English title („Blue
Morning") from speech. Two shapes tell it is a phrase, not a name:

- the predicate of its clause after an indefinite article („sei ein „Zeichen der Hoffnung"",
  „ist der Neubau ein „Meilenstein …"", „als ein „Meilenstein …""): a form of „sein", „werden",
  „bleiben" (or „als") before it in the clause and no preposition between; a title is named with
  the definite article or none, and "is a …" describes the thing with the words, whoever's they
  are. Not when the quote opens on a definite article („Das Lehrerzimmer") or a noun for a name
  stands in the clause („Der Arbeitstitel sei ein „…"", „Motto");
- a judgement given by an agent („wird von manchen Hundehaltern als „Hunde-Koks" bezeichnet",
  ``judged_terms.is_judged_term``).

The second read (read46k) took out kindde46's wider shapes: an indefinite article anywhere
(„bringe ein „Smart Home Paket" auf den Markt", „Es gebe keine „Lex Tesla"", „läuft ein „Tag der
offenen Tür"") and any sentence in Konjunktiv I („Er habe „Krieg und Frieden" gelesen", „Das
„Gute-Kita-Gesetz" sei gescheitert", „Sein Lieblingsbuch sei „Krieg und Frieden""): on made-up
culture, sport and business sentences they made titles, laws, races and products speech more
often than they found a phrase. „beklagt eine „Kultur der Angst"" (no predicate) is left a scare
quote, as on main.

The phrase stands inside the writer's sentence: a word right before its opening mark (after
a colon, a dash or a sentence's end a quote is a name or a sentence of its own, read as before).
Then the quote is read as any other: attributed if a rule finds who, else the writer's scare quote
as before. A name after a noun for a work („die Ausstellung „Licht und Schatten"") is set
aside before this (work_names.py), whatever the article or the mood; so is a quote fused by a
hyphen to the noun after it („einen „Best of Houzz"-Award": a prize's name).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.judged_terms import is_judged_term
from newsbeam.transforms.quotes.lexicon_de import DEFINITE_ARTICLES
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

# A form of "to be" (or „als"): the quote is the predicate the sentence gives its subject.
_COPULA: Final = frozenset("""sei seien ist sind war waren wäre wären bleibe bleibt blieb bliebe werde werden wird wurde
wurden würde würden gewesen geworden als""".split())
# Nouns for a name („Der Arbeitstitel des Films sei „…"", „Das Motto sei „…""): the predicate is a name.
_NAME_NOUNS: Final = ("titel", "motto", "name", "slogan", "devise", "leitspruch", "thema", "rolle")
# Prepositions: a quote after one is the name of a thing in the sentence („beim „Großen Preis"", „mit
# „Dunkle Wasser""), not what the subject is said to be.
_PREPOSITIONS: Final = frozenset("""mit bei beim von vom vor zu zum zur in im an am auf aus für über unter nach seit
durch gegen um ohne neben zwischen hinter""".split())
# A word of the clause (a comma, a colon, a semicolon, a dash or a quote mark ends a clause).
_CLAUSE_END: Final = re.compile(r"[,;:–—„“”\"«»]")
_WORD: Final = re.compile(r"[^\W\d_]+")
# An indefinite article (or its negation) right before the opening mark.
_INDEFINITE: Final = re.compile(r"(?<![^\W\d_])(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|"
                                r"keiner|keines)[^\S\n]{1,3}$", re.IGNORECASE)


def _predicative(text: str, lo: int, open_at: int, indefinite: bool) -> bool:
    """The quote opening at ``open_at`` is the predicate of its clause (which starts after ``lo``):
    a form of „sein"/„werden"/„bleiben" or „als" stands in the clause before it, and no
    preposition between them (read: kindde46's Konjunktiv and article shapes made „Er habe „Krieg
    und Frieden" gelesen", „beim „Großen Preis"", „bringe ein „Smart Home Paket" auf den Markt"
    speech; read46k). „als" counts only before an indefinite article (``indefinite``): „als „Lady
    Macbeth"" is a role's name. A noun for a name in the clause („Der Arbeitstitel sei „…"") makes it
    a name."""
    head = text[max(lo, open_at - 80):open_at]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    words: list[str] = [w.lower() for w in _WORD.findall(head[ends[-1] if ends else 0:])]
    at = max((k for k, w in enumerate(words) if w in _COPULA and (indefinite or w != "als")), default=-1)
    if any(w.endswith(_NAME_NOUNS) for w in words):
        return False
    return at >= 0 and len(words) - at <= 6 and not any(w in _PREPOSITIONS or w == "als" and not indefinite for w in words[at + 1:])


def phrase_not_title(text: str, span: Span, quoted: str, lo: int, hi: int) -> bool:
    """In a German article, the quote ``span`` (in the sentence ``text[lo:hi]``) is a phrase, not
    a title, by one of the shapes of the module."""
    if span.continued or text[mark_end(text, span):mark_end(text, span) + 1] in ("-", "‐"):
        return False  # „einen „Best of Houzz“-Award": the name of a prize, fused to its noun
    before = text[max(lo, span.open_at - 4):span.open_at].rstrip()
    if not before[-1:].isalpha():
        return False  # „Das Motto sei: „Gemeinsam Stark“": a quote after a colon or a dash is no phrase of the sentence
    if is_judged_term(text, span, quoted, lo, "de"):
        return True  # „von X als „…“ bezeichnet": a judgement, not a name
    indefinite = _INDEFINITE.search(text, max(lo, span.open_at - 12), span.open_at) is not None
    if not _predicative(text, lo, span.open_at, indefinite) or \
            (_WORD.match(quoted.lstrip()) or [""])[0].lower() in DEFINITE_ARTICLES:  # („Das Boot", „Die Nachtwache": a title opening on its article)
        return False  # a thing named in the sentence, or „Bester Film sei „Das Lehrerzimmer"": a title (read46k)
    # Konjunktiv I alone is not enough (read46k): „Sein Lieblingsbuch sei „Krieg und Frieden"",
    # „Gewinner sei „Kaffeehaus Lindner"": a bare predicate is a name as often as a phrase.
    return indefinite
