"""A German quote that is the name of the medium the speaker told something to: "sagte Anna
Weber dem „Spiegel“", "so X gegenüber »nd«", "im Interview mit dem „Spiegel“"; or of the medium
that reports, opening its sentence: "Der „Spiegel“ berichtete" (s56). The outlet's name is quoted
as a title, no one's words: extract reads it before the rules, a scare quote. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.language import current as current_language

_MAX_WORDS: Final = 3  # an outlet's name is short
_READ: Final = 60  # characters read back from the opening mark (bounded)
# Verbs of telling a medium, before its article: not "widersprach der „Schwarzmalerei“", "droht der „…“".
_TELLING: Final = frozenset("""sagte sagt sagten erklärte erklärt erklärten schrieb schreibt antwortete antwortet
bestätigte bestätigt verriet verrät berichtete berichtet""".split())
# Nouns of a conversation with a medium: "im Interview mit dem „Spiegel“", "im Gespräch mit der „Zeit“".
_TALKS: Final = frozenset("Interview Gespräch Telefonat Podcast Talk".split())
# An outlet's verbs right after its quoted name at a sentence's start.
_REPORTS: Final = re.compile(r"[^\S\n]*+(?:berichtete|berichtet|meldete|meldet|schrieb|schreibt|zitierte|zitiert|"
                             r"enthüllte|enthüllt|veröffentlichte|veröffentlicht)\b")


def told_medium(text: str, span: Span) -> bool:
    """Whether the German quote ``span`` (its sentence read back to the last stop) is a short name
    right after "gegenüber" (and its article) or a short capitalized one after "dem"/"der" that
    follow a name (two capitalized words, or a reporting verb and one), a verb of telling alone,
    or "Interview"/"Gespräch mit" (s56); or opens its sentence after "Der"/"Die"/"Das" before an
    outlet's verb ("Der „Spiegel“ berichtete"): the medium, not words anyone said ("sprach von
    der „Zeitenwende“" and "aus der Ecke der „...“" are not)."""
    if current_language().code != "de":
        return False
    window = text[max(0, span.open_at - _READ):span.open_at]
    sent_lo = max(0, span.open_at - _READ) + max(window.rfind(c) + 1 for c in ".!?\n")  # its sentence's start
    quoted = text[span.start:span.end].strip()
    if not quoted[:1].isalnum() or len(quoted.split()) > _MAX_WORDS or quoted[-1:] in ".!?":
        return False
    before = text[sent_lo:span.open_at].split()
    if not before:
        return False
    if before[-1] == "gegenüber" or len(before) >= 2 and before[-2] == "gegenüber" and before[-1] in ("dem", "der"):
        return True
    if quoted[:1].isupper() and len(before) >= 2 and before[-1] in ("dem", "der") and (
            before[-2].lower() in _TELLING or  # "Scholz sagte der „Süddeutschen Zeitung“" (s56)
            before[-2] == "mit" and len(before) >= 3 and before[-3].rstrip("s") in _TALKS):  # "Im Interview mit dem „Spiegel“"
        return True
    if quoted[:1].isupper() and before[-1] in ("Der", "Die", "Das") and len(before) == 1 and \
            _REPORTS.match(text, span.close_at + 1, span.close_at + 24) is not None:
        return True  # "Der „Spiegel“ berichtete, …": the outlet reports, its name is no one's words (s56)
    return quoted[:1].isupper() and len(before) >= 3 and before[-1] in ("dem", "der") and \
        before[-2][:1].isupper() and before[-2].isalpha() and (
            before[-3][:1].isupper() or before[-3].lower() in current_language().cues)
