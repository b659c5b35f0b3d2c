"""Adjectives that are part of a title in Spanish, French and Portuguese (issue 16, stop 44):
"el secretario general del PSOE, Ana Ruiz,", "le secrétaire général de la CGT, Paul Martin,", "o
diretor executivo da CUT, João Lima,". ``titled.titled_subject`` reads a title of several words
only while each is a title itself; "general", "général", "geral" are none alone, so the title
stopped at "el secretario" and the name set off by commas after the body's acronym went unread
(the acronym, "PSOE", was taken for the subject). Read only right after a title word. Data."""
from __future__ import annotations

from typing import Final

TITLE_ADJECTIVES: Final = {
    "es": frozenset("""
general generala adjunto adjunta ejecutivo ejecutiva nacional regional provincial departamental
municipal federal interino interina saliente entrante electo electa
""".split()),
    "fr": frozenset("""
général générale adjoint adjointe délégué déléguée national nationale régional régionale
départemental départementale fédéral fédérale confédéral confédérale exécutif exécutive
""".split()),
    "pt": frozenset("""
geral adjunto adjunta executivo executiva nacional regional estadual municipal federal interino
interina
""".split()),
}
