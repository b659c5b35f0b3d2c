"""A spokesperson of a named body speaks for it, in German, French, Spanish and Portuguese
(stop 53): "une porte-parole d'Air France" -> Air France, "un portavoz de Iberdrola" -> Iberdrola,
"um porta-voz da Embraer" -> Embraer, "ein Sprecher der Deutschen Bahn" -> Deutsche Bahn, "so ein
Sprecher der ÖBB" -> ÖBB (the guide: a spokesperson of a named organisation speaks for it; English
reads it in ``issuers.owner_of_voice``). The body must be named: written with a capital in
French, Spanish and Portuguese ("du ministère" names none); in German, whose nouns are all
capitalized, an acronym or a name of two words or more ("des Verbands", "der Stadt", "der
Polizei" name none), its first word's case ending taken off ("Deutschen Bahn" -> "Deutsche Bahn").
Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language

_NAME: Final = (r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'\-]{0,30}+(?:[^\S\n]++(?:(?:de|del|da|do|du|des|la|le|der|für|und|&)[^\S\n]++)?"
                r"[A-ZÀ-ÖØ-Þ][\w’'\-]{0,30}+){0,4}+)")
_VOICE: Final = {
    "fr": re.compile(r"(?i:(?:une?[^\S\n]+|le[^\S\n]+|la[^\S\n]+)?porte-parole[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|"
                     r"de[^\S\n]+l[’']|du[^\S\n]+|des[^\S\n]+|d[’']|de[^\S\n]+))" + _NAME),
    "es": re.compile(r"(?i:(?:una?[^\S\n]+|el[^\S\n]+|la[^\S\n]+)?(?:portavoz|vocero|vocera)[^\S\n]+"
                     r"(?:de[^\S\n]+la[^\S\n]+|del[^\S\n]+|de[^\S\n]+))" + _NAME),
    "pt": re.compile(r"(?i:(?:uma?[^\S\n]+|o[^\S\n]+|a[^\S\n]+)?porta-voz[^\S\n]+(?:da[^\S\n]+|do[^\S\n]+|de[^\S\n]+))"
                     + _NAME),
    # (the article before a German name says its case: "der Deutschen Bahn" is feminine)
    "de": re.compile(r"(?:[Ee]ine?[^\S\n]+|[Dd]er[^\S\n]+|[Dd]ie[^\S\n]+)?Sprecher(?:in)?[^\S\n]+"
                     r"(?P<article>der|des|von[^\S\n]+der|vom|von)[^\S\n]+" + _NAME),
}


# Heads of German bodies' names, and their genitive forms a name after "des" takes ("des
# Landeskriminalamts Niedersachsen" is the "Landeskriminalamt Niedersachsen", s57).
_HEADS: Final = ("amt", "verband", "ministerium", "institut", "präsidium", "gericht", "konzern", "unternehmen",
                 "verein", "zentrum", "klinikum")
_GENITIVE_HEADS: Final = tuple(h + "s" for h in _HEADS) + tuple(h + "es" for h in _HEADS)


def voice_owner_intl(mention: str) -> str | None:
    """The named body whose spokesperson ``mention`` is, or None."""
    pattern = _VOICE.get(current_language().code)
    m = pattern.fullmatch(mention.strip(" ,.;:")) if pattern is not None else None
    if m is None:
        return None
    name = " ".join(m.group("name").split())
    words = name.split()
    if not words or not words[-1][:1].isupper() or any(is_first_name(w) for w in words):
        return None  # (a person's spokesman is no body's, "el portavoz de Juan Pérez"; "d'EELV Hugo Lemaire": a name after)
    if current_language().code == "de":
        article = " ".join(m.group("article").split())
        if len(words) == 1 and not (name.isupper() and len(name) >= 2) and article != "von" or "und" in words or \
                any(w.endswith("-") for w in words):
            # "des Verbands", "der Lufthansa", "der Familien- und Sozialbehörde": no telling; a word
            # after "von" alone, with no article, is a name ("ein Sprecher von Volkswagen", s54)
            return None
        if len(words) > 1 and words[0].endswith("en") and not words[0].isupper():
            if article not in ("der", "von der"):
                return None  # "des Bayerischen Rundfunks": a case ending we do not undo (null, not a wrong name)
            words[0] = words[0][:-1]  # "der Deutschen Bahn" -> "Deutsche Bahn"
        elif len(words) > 1 and article == "des" and words[0].lower().endswith(_GENITIVE_HEADS):
            words[0] = words[0][:-2] if words[0].endswith("es") and words[0][:-2].lower().endswith(_HEADS) \
                else words[0][:-1]  # "des Wasserstraßenamts Mittelelbe" -> "Wasserstraßenamt Mittelelbe" (s57)
    return " ".join(words)


# An unnamed member of a named body right before the body's name ("Un alto funcionario del
# Ministerio de Economía dijo", "Um técnico do Ministério da Fazenda"): the member speaks, unnamed
# (the guide: null), not the body (read by a lead-in as the name before the verb; stop 53).
_MEMBER_BEFORE: Final = re.compile(
    r"\b(?:un|una|um|uma|une?)[^\S\n]+(?:(?:alto|alta|haut|haute|ex)[^\S\n]+)?"
    r"(?:funcionari[oa]|oficial|fuente|fonte|emplead[oa]|trabajador(?:a)?|miembro|membro|técnic[oa]|"
    r"assessor(?:a)?|servidor(?:a)?|source|responsable|fonctionnaire|diplomático|diplomática|diplomate)"
    r"[^\S\n]+(?:del|de[^\S\n]+la|de[^\S\n]+los|de[^\S\n]+las|da|do|das|dos|du|de[^\S\n]+l[’']|de|des)[^\S\n]*$",
    re.IGNORECASE)


def member_before(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows an unnamed member of it ("un funcionario del …")."""
    return at > 0 and _MEMBER_BEFORE.search(text[max(0, at - 60):at]) is not None


_VOICE_READ: Final = 90  # characters read back from a mention for its spokesperson phrase (bounded)


def voice_ending_at(text: str, lo: int, mention: str, open_at: int) -> str:
    """The spokesperson phrase of this language that ends where ``mention`` (last written between
    ``lo`` and the quote at ``open_at``) ends: "Un porte-parole d’Air France" for the mention
    "France" a lead-in found before "a indiqué", "un porte-parole de Renault" for "Renault" after
    its preposition (s54); else "". Only where the lead-in hands the quote over (a colon, a comma,
    "que", "dass" right before ``open_at``): "sagte dem „Spiegel“" names the paper told, not the
    spokesperson's words."""
    pattern = _VOICE.get(current_language().code)
    at = text.rfind(mention, lo, open_at)
    if pattern is None or at < 0 or not hands_over(text, open_at, lo):
        return ""
    end = at + len(mention)
    start = max(lo, end - _VOICE_READ)
    for m in pattern.finditer(text, start, end):
        if m.end() == end and voice_owner_intl(m.group(0)):
            return m.group(0)
    return ""


def hands_over(text: str, open_at: int, lo: int = 0) -> bool:
    """Whether the words right before the quote opening at ``open_at`` hand it over as speech: a
    colon, a comma, "que", "dass" ("a indiqué :", "a affirmé que « … »"); not an article or a
    preposition before a name ("sagte dem „Spiegel“": the paper told)."""
    lead = text[max(lo, open_at - 12):open_at].rstrip()
    return lead.endswith((":", ",")) or lead.rsplit(None, 1)[-1:] in (["que"], ["dass"], ["qu’"], ["qu'"])


# Words right before a German quote that make it the paper or station told ("sagte dem „Spiegel“",
# "gegenüber der „Zeit“", "im „Deutschlandfunk“"), not words of the spokesperson's clause (s63).
_TOLD_DE: Final = frozenset("dem der den des im beim vom zum zur gegenüber".split())


def in_own_clause_de(text: str, open_at: int, kind: str) -> bool:
    """German: a partial quote in the spokesperson's own clause ("Ein Sprecher von BMW sprach von
    einem „vorübergehenden Engpass“", "nannte die Zahlen „solide“"): the body's words as much as
    a quote handed over; not after a word of ``_TOLD_DE`` (s63)."""
    if kind != "partial" or current_language().code != "de":
        return False
    before = text[max(0, open_at - 20):open_at].split()
    return bool(before) and before[-1].lower() not in _TOLD_DE
