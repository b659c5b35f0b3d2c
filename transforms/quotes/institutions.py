"""National and international institutions whose names look like common nouns (stop 53).

German writes one compound for a body that is one of a kind: "der Bundesrechnungshof", "die
Bundesregierung", "das Bundesverfassungsgericht", "das Weltwirtschaftsforum". Capitalized like
any German noun and after an article like "der Trainer", they were taken for descriptions
(null); the guide names an organisation when it speaks, as "the White House". A compound read
here opens on a prefix that makes it one of a kind (federal, world, EU, UN) and ends on a word
for an institution; titles ("Bundeskanzler", "Bundespräsidentin") are people, not read here.

French capitalizes only an institution's first word: "la Cour de cassation", "le Conseil
d’État", "la Cour des comptes". The mention stopped at "la Cour" (null: a noun). The names are
listed (data): a mention whose capitalized head opens one of them, written in full right there,
is that institution. A council, court or assembly the list does not hold ("le Conseil
municipal") stays a description. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex, is_first_name

_READ: Final = 300  # characters on either side of the cue read for the mention
# German: prefixes of a body that is one of a kind, and the words an institution's name ends on.
_PREFIXES_DE: Final = ("Bundes", "Welt", "EU-", "UN-", "Uno-", "UNO-", "Europa")
_HEADS_DE: Final = ("regierung", "gericht", "gerichtshof", "rechnungshof", "rat", "amt", "ministerium",
                    "bank", "agentur", "anstalt", "anwaltschaft", "polizei", "versammlung", "kommission",
                    "parlament", "forum", "organisation", "behörde", "institut", "zentrale", "kammer")
_WHOLE_DE: Final = frozenset(("Bundestag",))  # a head too short to read on its own ("-tag": "Weltfrauentag")


def named_institution_de(word: str) -> bool:
    """Whether ``word`` (one German word) names an institution of its own: "Bundesrechnungshof",
    "Bundesregierung", "Weltwirtschaftsforum", "EU-Kommission"; not "Bundeskanzler", "Trainer"."""
    if word in _WHOLE_DE:
        return True
    if " " in word or not word.startswith(_PREFIXES_DE):
        return False
    low = word.lower()
    return any(low.endswith(head) and len(low) > len(head) + 3 for head in _HEADS_DE)  # ("Weltbank", not "Bundesrat" alone…)


# A German body's name that goes on after its head ("Bundesagentur für Arbeit", "Bundesamt für
# Migration"): the compound alone is not its name (read53: null, as before).
_LONGER_DE: Final = re.compile(r"[^\S\n]+(?:für|des|der)[^\S\n]+[A-ZÄÖÜ]")


def longer_name_de(text: str, word: str, cue_at: int) -> bool:
    """Whether ``word`` stands near ``cue_at`` in ``text`` with "für", "des" or "der" and a
    capitalized word after it: part of a longer name."""
    at = nearest(text, word, cue_at) if cue_at >= 0 else text.find(word)
    return at >= 0 and _LONGER_DE.match(text, at + len(word)) is not None


def nearest(text: str, word: str, cue_at: int) -> int:
    """Where ``word`` is written nearest ``cue_at`` within ``_READ`` characters, or -1."""
    lo = max(0, cue_at - _READ)
    best, k = -1, text.find(word, lo, cue_at + _READ)
    while k >= 0:
        if best < 0 or abs(k - cue_at) < abs(best - cue_at):
            best = k
        k = text.find(word, k + 1, cue_at + _READ)
    return best


def institution_de(mention: str, speaker: str | None) -> str | None:
    """The institution the mention's last word names when the name index widened it through a
    genitive ("Bundesregierung" -> "Antworten der Bundesregierung", a page's heading: the body's
    answers, not a longer name of it), else ``speaker``."""
    words = mention.split()
    word = words[-1].strip(",.;:") if words else ""
    if speaker and speaker != word and named_institution_de(word) and \
            speaker.endswith((f" der {word}", f" des {word}", f" dem {word}", f" den {word}")):
        return word
    return speaker


# French: institutions whose name goes on in lower case after its capitalized first word.
_INSTITUTIONS_FR: Final = tuple(sorted("""
Conseil d’État|Conseil d'État|Conseil constitutionnel|Conseil supérieur de la magistrature|Conseil de sécurité
Cour de cassation|Cour des comptes|Cour de justice de l’Union européenne|Cour de justice de l'Union européenne
Cour européenne des droits de l’homme|Cour européenne des droits de l'homme|Cour pénale internationale|Cour suprême
Assemblée nationale|Banque de France|Banque centrale européenne|Haute Autorité de santé|Autorité de la concurrence
Défenseur des droits|Commission européenne|Parlement européen|Conseil européen
""".replace("\n", "|").strip("|").split("|"), key=len, reverse=True))
_HEADS_FR: Final = frozenset(name.split()[0] for name in _INSTITUTIONS_FR)
_LONGER_FR: Final = re.compile(r"[^\S\n]+(?:du|de|des|d’|d')[^\S\n]*[A-ZÉ]")


def institution_fr(text: str, mention: str, cue_at: int) -> str | None:
    """The listed institution ``mention`` ("la Cour", "le Conseil d’État") opens, written in full
    in ``text`` near ``cue_at``, or None."""
    words = mention.split()
    # (an elided article is part of its word: "l’Assemblée")
    bare = [w[2:] if w[:2].lower() in ("l’", "l'") else w for w in words]
    heads = [k for k, w in enumerate(bare) if w in _HEADS_FR]
    if not heads or heads[0] > 1 or cue_at < 0:
        return None  # (the head opens the mention, after its article: not "le président de la Banque de France")
    at = nearest(text, mention, cue_at)
    if at < 0:
        return None
    start = at + len(" ".join(words[:heads[0]])) + (1 if heads[0] else 0) + len(words[heads[0]]) - len(bare[heads[0]])
    for name in _INSTITUTIONS_FR:
        if text.startswith(name, start) and not text[start + len(name):start + len(name) + 1].isalnum() and \
                _LONGER_FR.match(text, start + len(name)) is None:  # (not "le Conseil d’État du Valais": read53)
            return name  # (the list holds both apostrophes: the article's own spelling)
    return None


# French bodies named by a lower-case head and the place or field after "de": "le parquet de
# Paris", "la préfecture du Nord", "le ministère des Armées", "la mairie de Lyon" (s55 battery).
_LOWER_HEADS_FR: Final = r"(?:ministère|parquet|préfecture|mairie|rectorat|ambassade|consulat|secrétariat)"
_OF_FR: Final = r"(?:de[^\S\n]la[^\S\n]|de[^\S\n]l[’']|des[^\S\n]|du[^\S\n]|de[^\S\n]|d[’'])"
_LOWER_BODY_FR: Final = re.compile(r"(?:(?:[Ll]e|[Ll]a|[Ll][’'])[^\S\n]?)?(" + _LOWER_HEADS_FR + r"[^\S\n]" + _OF_FR +
                                   r"[A-ZÉÈÎ][\w’'\-]{1,30}(?:[^\S\n](?:et[^\S\n]|de[^\S\n]|des[^\S\n])?[A-ZÉÈÎ][\w’'\-]{1,30}){0,3})")
_BEFORE_FR: Final = re.compile(r"(?:[Ll]e|[Ll]a|[Ll][’'])[^\S\n]?(" + _LOWER_HEADS_FR + r"[^\S\n]" + _OF_FR + r")$")


def lower_body_fr(text: str, mention: str, cue_at: int) -> str | None:
    """A French body named by a lower-case head ("le parquet de Paris", "le ministère des Armées"):
    its name without the article, whether the mention holds it whole or only the capitalized words
    after "de" ("Armées" read back from the verb); None otherwise."""
    whole = _LOWER_BODY_FR.fullmatch(mention.strip(" .,;:"))
    if whole is not None:
        return _without_person(whole.group(1))
    at = nearest(text, mention, cue_at) if cue_at >= 0 and mention[:1].isupper() else -1
    if at <= 0:
        return None
    head = _BEFORE_FR.search(text, max(0, at - 40), at)
    return _without_person(head.group(1) + mention.strip(" .,;:")) if head is not None else None


def _without_person(body: str) -> str | None:
    """``body`` up to a person's name in it ("la mairie de Saint-Denis Mathieu Hanotin" -> "mairie
    de Saint-Denis"); None when the name follows "de" ("le ministère de Gérald Darmanin": his
    ministry, no body's name)."""
    words = body.split()
    for k in range(2, len(words) - 1):
        if words[k][:1].isupper() and first_name_sex(f"{words[k]} {words[k + 1]}") is not None:
            return None  # "le ministère de Gérald Darmanin", "la mairie de Lyon Grégory Doucet": a person's (the rules' reading)
    return body


_OCCUPATION_ENDS: Final = ("er", "erin", "ist", "istin", "ent", "entin", "eur", "eurin", "profi", "star", "trainer")


def without_occupation_de(speaker: str | None, mention: str) -> str | None:
    """German: a speaker of three words, the whole mention, whose first is a noun of an occupation
    or a standing and whose last two are a person's name on a first name of one sex ("Handballer
    Tim Gerlach", "Fußballer Tim Gerlach"): the name (s55 battery); a firm's kind before the firm's
    name ("der Chemiekonzern BASF", "der Discounter Aldi"): the name (s62); any other speaker as it is
    (not "ein Sprecher von Tom Weber", whose speaker the rules after this decide)."""
    words = speaker.split() if speaker else []
    if len(words) >= 2 and firm_after_kind_de(mention, " ".join(words[1:])):
        return " ".join(words[1:])
    if len(words) != 3 or mention.split() != words or is_first_name(words[0]) or not words[0][1:].islower() or \
            not words[0].lower().endswith(_OCCUPATION_ENDS) or \
            first_name_sex(" ".join(words[1:])) is None:
        return speaker
    return " ".join(words[1:])


# A firm's kind before its name (a compound on one of the endings, or one of the words): the
# description the guide leaves out ("der Autobauer Volkswagen" -> "Volkswagen"); not a town's, a
# party's or a paper's word, often part of the body's name ("Stadt Wien", "Partei Die Linke").
_FIRM_KINDS_DE: Final = frozenset("""konzern firma unternehmen hersteller zulieferer anbieter betreiber händler
versicherer discounter modehaus autobauer""".split())
_FIRM_KIND_ENDS_DE: Final = ("konzern", "hersteller", "bauer", "händler", "versicherer", "anbieter", "betreiber")


def firm_after_kind_de(mention: str, speaker: str) -> bool:
    """German: the mention ends on a firm's kind and ``speaker``, capitalized words ("der Chemiekonzern BASF")."""
    words, name = mention.split(), speaker.split()
    if len(words) <= len(name) or words[-len(name):] != name or not all(w[:1].isupper() for w in name):
        return False
    kind = words[-len(name) - 1]
    low = kind.lower()
    return kind[1:].islower() and (low in _FIRM_KINDS_DE or low.endswith(_FIRM_KIND_ENDS_DE))


_INDEFINITE_DE: Final = frozenset("ein eine einer einem einen".split())
_DEFINITE_DE: Final = frozenset("der die das dem den des".split())
# Nouns of bodies that a person's name after them cannot be apposed to ("der Verein Anna Berg"): the
# name is the verb's object, glued to its subject.
_BODY_NOUNS_DE: Final = frozenset("""Verein Klub Club Konzern Stiftung Partei Verband Firma Unternehmen Ministerium
Gericht Behörde Gemeinde Stadt Landkreis Bank Team Vorstand Aufsichtsrat Sender Verlag Senat Rat FC SV VfB VfL TSV
Bundesregierung Regierung Polizei Staatsanwaltschaft Fraktion Gewerkschaft Kommission Agentur Redaktion""".split())


def glued_or_unnamed_de(speaker: str | None, mention: str) -> str | None:
    """German: no one for an indefinite description read as a name ("ein Fan von Weber" had given
    "Fan von Weber") and for a subject glued to the name of the verb's object after a fronted
    phrase ("Zwei Tage später teilte der Verein Anna Berg mit:" had given "Verein Anna Berg": a
    body's noun, then a person's name); any other speaker as it is (s60, the adversarial reads:
    both old before "Am Abend", newly reached after "Wenig später")."""
    words = mention.split()
    if not speaker or len(words) < 3:
        return speaker
    if words[0] in _INDEFINITE_DE and speaker == " ".join(words[1:]):
        return None
    rest = words[2:]
    if words[0].lower() in _DEFINITE_DE and speaker.split() == words[1:] and first_name_sex(" ".join(rest)) is not None \
            and words[1] in _BODY_NOUNS_DE:
        return None  # (a body's noun only: "der Pilot Peter Lang", "der Onkel Tom Weber" are the name's own, the final read)
    return speaker
