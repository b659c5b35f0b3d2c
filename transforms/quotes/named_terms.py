"""Rule ``named_term`` (issue 16): a lower-case quote the writer's words right before it name as
a name, not as someone's clause: it stays the writer's scare quote, however long.

- a naming word: "known as “…”", "the so-called “…”", "dubbed", "nicknamed", "the proverbial
  state of “…”", « intitulé », « a été nommé « … » », „unter dem Titel „…“", „sogenannte",
  "conocido como", "denominado";
- a charge after a legal word: « mis en examen pour « … » », « pour des soupçons de « … » »,
  "charged with “…”", „angeklagt wegen „…“", "acusado de «…»";
- a poster, flyer, slogan or resolution title: „Plakate „…“", „Flyer wie das „…“", „eine
  Entschließung über „…“";
- the second of two quotes joined by "et", "and", "und" ... when the first is named so;
- a value in code (`query = "…"`) or a web address as its first word ("site.de – …").

Used by ``kinds.is_clause_fragment`` only: a clause no rule credits is partial, a name scare."""
from __future__ import annotations

import re
from typing import Final

_WINDOW: Final = 160  # characters before the opening mark read (bounded)

_ARTICLES: Final = (r"(?:the|a|an|der|die|das|den|dem|des|ein|eine|einen|einer|le|la|les|l[’']|un|une|"
             r"el|los|las|o|os|as|um|uma)")
# Naming words that give no agent ("known as", "so-called", "auch bekannt als", "sogenannte",
# "conocido como"): the name is the world's, not a speaker's (also read by ``known_as``).
AGENTLESS_NAMING: Final = (r"known\s+as|so-called|a\.k\.a\.|aka|alias|bekannt\s+als|so(?:\s+|-)?genannte?[nrms]?|"
                           r"sog\.|conocid[oa]s?\s+como|conhecid[oa]s?\s+como|connue?s?\s+sous\s+le\s+nom\s+de")
_NAMING: Final = (AGENTLESS_NAMING + r"|also\s+called|dubbed|nicknamed|branded|labell?ed|termed|titled|"
           r"(?:was|were|is|are|be|been)\s+(?:called|named)|"
           r"proverbial(?:\s+\w+){0,2}(?:\s+of)?|"
           r"genannt|namens|"
           r"(?:unter|mit)\s+(?:dem|der)\s+(?:Titel|Motto|Namen|Slogan|Überschrift)|"
           r"intitulée?s?|nommée?s?|surnommée?s?|baptisée?s?|dénommée?s?|dite?s?\s+de|"
           r"llamad[oa]s?|denominad[oa]s?|titulad[oa]s?|bajo\s+el\s+lema|"
           r"chamad[oa]s?|intitulad[oa]s?|sob\s+o\s+lema")
# A poster, a flyer, a banner or a resolution whose title follows.
_TITLED_THINGS: Final = (r"Plakat\w*|Flyer|Transparent\w*|Banner|Aufschrift|Entschließung\s+über|"
                  r"Resolution\s+über|slogans?|banners?\s+reading|signs?\s+reading|placards?\s+reading|"
                  r"pancartes?|affiches?|banderoles?|carteles?|pancartas?")
_NAMED_END: Final = re.compile(
    rf"(?:\b(?:{_NAMING}|{_TITLED_THINGS})(?:\s+(?:wie|like|comme|como))?(?:\s+{_ARTICLES})?)\s*$",
    re.IGNORECASE)
# A legal word, then (within the clause) the preposition a charge follows.
_CHARGE_END: Final = re.compile(
    r"\b(?:mise?s?\s+en\s+examen|soupçons?|information\s+judiciaire|enquête|poursuivie?s?|"
    r"condamnée?s?|inculpée?s?|mise?s?\s+en\s+cause|charged|indicted|convicted|"
    r"angeklagt|verurteilt|Anklage|ermittelt|Ermittlungen|Ermittlungsverfahren|Haftbefehl|"
    r"acusad[oa]s?|imputad[oa]s?|condenad[oa]s?|procesad[oa]s?|denunciad[oa]s?|delito|"
    r"indiciad[oa]s?)\b[^.!?«»“”„\"\n]{0,100}"
    r"\b(?:pour|de|d[’']|for|with|of|wegen|por|pelo|pela|por\s+el\s+delito\s+de)\s*$",
    re.IGNORECASE)
# "« A » et « B »": the second of two quotes joined by a conjunction is named as the first.
_JOINED: Final = re.compile(r"[»”“\"]\s*(?:et|ou|and|or|und|oder|y|o|e)\s*$")
_OPENING: Final = "«“„\""
_WEB_NAME: Final = re.compile(r"[a-z0-9][a-z0-9-]*\.(?:[a-z]{2,6})(?=\s|$)")


def names_a_term(text: str, open_at: int, quoted: str) -> bool:
    """The words right before the opening mark at ``open_at`` name the quote (see the module):
    it is a name, a charge or a title, not a clause someone said."""
    if _WEB_NAME.match(quoted):
        return True  # "site.de – Agentur für …": a firm named by its address
    before = text[max(0, open_at - _WINDOW):open_at]
    stripped = before.rstrip()
    if stripped.endswith("="):
        return True  # query = "…": a value in code
    if _named(stripped):
        return True
    joined = _JOINED.search(stripped)
    if joined is None:
        return False
    first = max(stripped.rfind(mark, 0, joined.start()) for mark in _OPENING)
    # « mis en examen pour « A » et « B » »: B is a charge as A is
    return first > 0 and _named(text[max(0, open_at - _WINDOW - len(before) + first):
                                     open_at - len(before) + first].rstrip())


def _named(before: str) -> bool:
    return _NAMED_END.search(before) is not None or _CHARGE_END.search(before) is not None
