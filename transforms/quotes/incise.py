"""Incises: the attribution written inside the quote marks (French « ..., dit-il. ... », and the
Spanish and Portuguese dash incise «... —dijo Marta Salinas— ...», ``inner_incise``).

French typography keeps the guillemets open around a short attribution that interrupts the
quotation: « Cette loi est injuste, affirme-t-elle. Nous irons jusqu'au bout. » A reader sees
two quotes by one speaker, with the writer's "affirme-t-elle" between them. ``split_incises``
cuts such a span in two: the first part ends where the incise begins (its ``close_at`` is the
comma or dash that opens the incise, so the rules read the incise as the words after the quote:
``inverted_pronoun`` for "affirme-t-elle", ``after_quote`` for ", explique Claire Dubois"), and
the second part begins after the incise's sentence (its ``open_at`` is the space before it, and
``previous_quote`` gives it the first part's speaker).

Only the unmistakable shapes are cut: a French reporting verb with its pronoun after it
("glisse-t-il", "a-t-elle ajouté", "dit-il") or with a capitalized name after it ("explique
Claire Dubois"), right after a comma or a dash, and an incise that ends its sentence (". " and a
capital) or goes on after a comma, within ``_MAX_INCISE`` characters. Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes import lexicon_fr
from newsbeam.transforms.quotes.lexicon_fr import INVERTED_CUES
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.phrases import np_after

_MAX_INCISE: Final = 160
# The opening of an incise: a comma or a dash, then the verb and its subject.
_OPENER: Final = re.compile(r",[^\S\n]++|(?<=[^\S\n])[\u2013\u2014][^\S\n]++")
_INVERTED: Final = re.compile(
    r"(?:(?:(?:a|avait|aurait)-t-|s[’'](?:est|était)-)(?:il|elle)[^\S\n]++(?:\w+[^\S\n]++)??([^\W\d_]++)"  # a-t-il (aussi) ajouté, s'est-elle exclamée
    r"|([^\W\d_]++)-(?:t-)?(?:il|elle|ils|elles))\b")  # glisse-t-il, dit-elle
_NAMED: Final = re.compile(r"([^\W\d_]++)[^\S\n]++(?:[A-ZÀ-Ý][\w'’\-]*+[^\S\n]*+){1,4}")  # explique Claire Dubois
# The passé composé and a name, or a verb and a described subject (issue 16): "a déclaré Anne
# Roy", "a réagi le maire", "prévient la préfète", "a estimé l'élue".
_COMPOUND_NAMED: Final = re.compile(
    r"(?:(?:a|avait|aurait)[^\S\n]++)?([^\W\d_]++)[^\S\n]++"
    r"(?:(?:à|au|sur)[^\S\n]++(?:l['’]|la[^\S\n]++|le[^\S\n]++)?[A-ZÀ-Ý][\w\-]*+[^\S\n]++)?"  # à l'AFP
    r"(?:(?:[A-ZÀ-Ý][\w'’\-]*+[^\S\n]*+){1,4}"
    r"|(?:le|la|les|un|une|son|sa|ses|leur)[^\S\n]++([^\W\d_][\w\-]*+)|l['’]([^\W\d_][\w\-]*+))")
# Who an incise may describe after an article: titles and people (lexicon_fr), and a few more.
_PERSON_NOUNS: Final = lexicon_fr.TITLES | lexicon_fr.PEOPLE_M | lexicon_fr.PEOPLE_F | frozenset(
    "responsable responsables syndicaliste économiste expert experte médecin mari spécialiste militant militante "
    "manifestant manifestante salarié salariée témoin source proche proches voisin voisine élu élue "
    "entourage collaborateur collaboratrice interlocuteur interlocutrice auteur autrice".split())
_COMPLEMENT: Final = re.compile(r"[^\S\n]++(?:de|du|des|d['’])[^,.;:!?«»\"“”\n]{0,60}+")
_PREPOSITIONS: Final = frozenset("de du des d' d’ à au aux chez".split())
# Where the incise ends: its sentence ends and the quotation goes on with a capital, or a comma
# and the sentence goes on.
_END: Final = re.compile(r"[.!?…][^\S\n]++(?=[^\W\d_])|,[^\S\n]++(?=[^\W\d_])|(?<=[^\S\n])[\u2013\u2014][^\S\n]++")


def _incise_at(text: str, lo: int, hi: int, cues: frozenset[str]) -> tuple[int, int] | None:
    """(where the incise opens, where the quotation resumes) of the first incise in
    ``text[lo:hi]``, or None. A quotation resumes at ``hi`` when the incise ends it."""
    for m in _OPENER.finditer(text, lo, hi):
        at = m.end()
        inv = _INVERTED.match(text, at, hi)
        if inv is not None:
            verb = inv.group(1) or inv.group(2)
            head_end = inv.end()
        else:
            named = _NAMED.match(text, at, hi) or _COMPOUND_NAMED.match(text, at, hi)
            if named is None:
                continue
            verb, head_end = named.group(1), named.end()
            noun = named.group(2) or named.group(3) if named.re is _COMPOUND_NAMED else None
            if noun and noun[:1].islower() and noun.lower() not in _PERSON_NOUNS:
                continue  # « ..., lancé une pétition »: a list of the quoted words, no incise
            while text[head_end - 1].isspace():
                head_end -= 1
            if _COORDINATED.match(text, head_end, hi):
                continue  # "a déclaré Jean et Marie Dupont": two people; the span stays whole
            complement = _COMPLEMENT.match(text, head_end, hi)  # "le ministre de l'Intérieur"
            head_end = _past_apposition(text, complement.end() if complement else head_end, hi)
        if verb.lower() not in cues and (inv is None or not inv.group(2) or verb.lower() not in INVERTED_CUES) \
                or m.start() <= lo:
            continue  # ("assure-t-il": a verb beyond doubt before its inverted pronoun)
        end = _END.search(text, head_end, min(hi, head_end + _MAX_INCISE))
        if end is not None and _RELATIVE.match(text, end.start(), hi):
            relative = _past_relative(text, end.start(), hi)  # ", qui cite Anne Roy. Nous ...": the writer's
            if relative is None:
                continue
            if relative >= hi:
                return m.start(), hi  # « ..., a déclaré Paul Morel, qui cite Anne Roy. »
            end = _END.search(text, relative, min(hi, relative + _MAX_INCISE))
        if end is None:
            rest = text[head_end:hi].strip()
            if len(rest) <= _MAX_INCISE and rest[-1:] in (".", "") and not any(c in rest for c in "«»\""):
                return m.start(), hi  # « ..., dit-il. »: the incise closes the quotation
            continue
        if any(c in text[head_end:end.start()] for c in "«»\"“”"):
            continue
        return m.start(), end.end()
    return None


def _past_relative(text: str, at: int, hi: int) -> int | None:
    """Where the incise ends when a relative clause about its speaker follows ``at`` (", qui
    cite Anne Roy. Nous ..."): the end of that clause's sentence, ``hi`` when it closes the
    quotation, None when it ends neither way (no incise read)."""
    end = _SENTENCE_END.search(text, at, min(hi, at + _MAX_INCISE))
    if end is not None:
        return None if any(c in text[at:end.start()] for c in "«»\"“”") else end.start()
    rest = text[at:hi].rstrip()
    return hi if len(rest) <= _MAX_INCISE and rest[-1:] == "." and not any(c in rest[1:] for c in ",«»\"“”") \
        else None  # (", qui cite Anne Roy, nous attendons. »": where the clause ends is unclear)


def _past_apposition(text: str, at: int, hi: int) -> int:
    """Where the incise's subject ends: ``at``, or past its apposition when a comma at ``at``
    opens one that ends the incise's sentence: ", président de l'association. Mais ..." or a
    name (", Marc Leroy. La ..."), not the quotation going on (", il faut changer.")."""
    if text[at:at + 1] != ",":
        return at
    end = _SENTENCE_END.search(text, at, min(hi, at + _MAX_INCISE))
    if end is None:
        return at
    if any(c in text[at:end.start()] for c in "«»\"“”"):
        return at
    relative = _RELATIVE.search(text, at, end.start())  # ", président de X, qui cite Y. Nous ..."
    stop = end.start() if relative is None else relative.start()
    pieces = [piece.split() for piece in text[at + 1:stop].split(",")]
    if not all(pieces) or not _described(pieces[0]) or not all(
            _described(words) or words[0].lower() in _ADJUNCTS or _AGE.fullmatch(" ".join(words))
            for words in pieces[1:]):
        return at
    return stop  # the apposition's end: its sentence's, or the comma of a relative clause after it


def _described(words: list[str]) -> bool:
    """A name (", Marc Leroy") or a role "of" something or somewhere (", président de
    l'association", ", conductrice à Lyon") set off by commas in an incise."""
    if all(w[:1].isupper() for w in words) and len(words) <= 4:
        return True
    first = [w.lower() for w in words[:3]]
    return words[0][:1].islower() and (any(w in _PREPOSITIONS for w in first[1:])
                                       or any(w.startswith(("d'", "d’")) for w in first[1:]))


# What may follow the speaker's name in an incise: when, where, to whom ("lors d'une
# conférence de presse", "devant les députés", "sur France Inter").
_ADJUNCTS: Final = frozenset("lors avant après devant dans sur en au aux à hier lundi mardi mercredi jeudi "
                             "vendredi samedi dimanche".split())
_AGE: Final = re.compile(r"\d{1,3}[^\S\n]++ans")


_SENTENCE_END: Final = re.compile(r"[.!?…](?=[^\S\n]++[^\W\d_])")
# A second subject after "et" or "ou" ("Jean et Marie Dupont", "le maire ou son adjoint"), and a
# relative clause about the speaker (", qui cite Anne Roy", ", dont le fils ..."): the writer's.
_COORDINATED: Final = re.compile(r"[^\S\n]++(?:et|ou)[^\S\n]++")
_RELATIVE: Final = re.compile(r",[^\S\n]++(?:qui|dont)[^\S\n]++")


def split_incises(text: str, spans: list[Span], cues: frozenset[str]) -> list[Span]:
    """``spans`` with each span that holds a French incise cut in two around it (at most four
    cuts per span); the others unchanged."""
    out: list[Span] = []
    for span in spans:
        rest: Span | None = span
        for _ in range(4):
            assert rest is not None
            found = _incise_at(text, rest.start, rest.end, cues)
            if found is None:
                break
            cut, resume = found
            first_end = cut + 1 if text[cut] == "," else cut  # the comma stays with the words
            while first_end > rest.start and text[first_end - 1].isspace():
                first_end -= 1
            out.append(rest._replace(end=first_end, close_at=cut))  # the comma or dash: its "mark"
            if resume >= rest.end:
                rest = None  # the incise closes the quotation
                break
            rest = rest._replace(start=resume, open_at=resume - 1, continued=False)
        if rest is not None:
            out.append(rest)
    return out


# Spanish and Portuguese set the attribution inside the quotation between dashes, glued to
# the words: «No vamos a ceder —dijo Marta Salinas— hasta que nos escuchen». The quote is
# kept whole (one span); the incise names its speaker.
DASH_INCISE_LANGUAGES: Final = frozenset(["es", "pt"])
_DASH_INCISE: Final = re.compile(
    r"[\u2013\u2014][^\S\n]*+([^\W\d_]++)[^\S\n]++([^\u2013\u2014\n«»\"“”]{1,80}?)[\u2013\u2014]")


def dash_incise(text: str, lo: int, hi: int, cues: frozenset[str],
                according: frozenset[str]) -> tuple[int, int, int] | None:
    """(where the reporting verb starts, where the words after it start, where they end) of
    the first dash incise in the quoted words ``text[lo:hi]`` whose first word is a reporting
    verb ("—dijo Marta Salinas—", "—afirmou a ministra—"), or None."""
    for m in _DASH_INCISE.finditer(text, lo, hi):
        verb = m.group(1).lower()
        if verb in cues and verb not in according and m.start() > lo:
            end = m.end(2)
            while end > m.start(2) and text[end - 1] in " ,.;":
                end -= 1
            return m.start(1), m.start(2), end
    return None


def inner_incise(site: Site, ctx: ArticleContext) -> Finding | None:
    """Spanish and Portuguese: the speaker named in a dash incise inside the quotation, «... —dijo
    Marta Salinas— ...» (the phrase after the verb; "a la prensa" before it is skipped)."""
    lang = current_language()
    if lang.code not in DASH_INCISE_LANGUAGES:
        return None
    text, span = site.text, site.span
    found = dash_incise(text, span.start, span.end, lang.cues, lang.according)
    if found is None:
        return None
    np = np_after(text, found[1], found[2])
    if np is None:
        return None
    return Finding(text[np[0]:np[1]], text[found[0]:found[1]].strip(), "explicit", found[0])
