"""A German body the article named, then speaking through a word for its kind (stop 57): "Die
Verbraucherzentrale rät" after "die Verbraucherzentrale Hessen", "betonte eine Sprecherin des
Unternehmens" after "Der Hersteller, die Heimwerk Smart GmbH", "sagte ein Verbandssprecher" after
"der Bundesverband Pflegeberufe", "heißt es in einer Mitteilung des Verbands".

The guide: a spokesperson or statement of a named organisation speaks for it, and a description
that refers to an entity the article names is that entity; "the ministry" when no ministry is
named, "police", an unnamed body: null. So the mention must be a definite article and a word for a
kind of body other than a company ("der Verband"; "das Unternehmen" alone stays null, as the
stop 55 final read left it), a spokesperson of one ("ein Sprecher des
Verbands", "eine Konzernsprecherin") or its genitive alone ("Verbands"), and the article must
name exactly one body of that kind before the quote: a name holding the kind's word
("Verbraucherzentrale Hessen", "des Wasserstraßenamts Mittelelbe" -> "Wasserstraßenamt
Mittelelbe"), a name after a word of that kind ("Der Autozulieferer Brandauer Antriebstechnik",
"Der Hersteller, die Heimwerk Smart GmbH") or, for a company, a name with its legal form
("Heimwerk Smart GmbH"). A word of that kind with no name ("ein anderes Unternehmen", "das
Bundesverkehrsministerium", "Umweltministerium") counts as another body: then no telling, null.
Not "Polizei" nor "Regierung": the bodies the guide leaves null when none is named, and a force or
a government is as often another one ("Behörde" is read: "ein Behördensprecher" of the one office
named). Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon_de import FUNCTION_WORDS, ORG_HEAD_SUFFIXES, PREPOSITIONS

# Words for a company; "das Unternehmen" stands for a body introduced with any of them.
_FIRMS: Final = frozenset("""unternehmen konzern firma hersteller zulieferer anbieter betreiber autobauer
händler""".split())
# Other kinds, each standing for bodies of its own word only.
_OWN_KINDS: Final = frozenset("""verband verein stiftung gewerkschaft behörde amt ministerium
verbraucherzentrale institut""".split())
# Kinds whose words are feminine: their genitive has no -s and takes "der".
_FEMININE: Final = frozenset("firma stiftung gewerkschaft behörde verbraucherzentrale".split())
_LEGAL: Final = r"(?:GmbH(?:[^\S\n]&[^\S\n]Co\.[^\S\n]KG)?|AG|SE|KGaA)"
_WORD: Final = r"[A-ZÄÖÜ][\w\-]{0,40}"
_NAME_WORD: Final = _WORD + r"(?:\.\d{1,2}(?![\w.]))?"  # ("ProSiebenSat.1")
_CAP_WORD: Final = re.compile(r"(?<![\w\-])" + _WORD + r"(?![\w\-])")
# A body's name after its kind's word: up to four capitalized words, or "des Landes X".
_NAME_AFTER: Final = re.compile(r"[^\S\n]?((?:" + _NAME_WORD + r"[^\S\n]?){1,4})")
# A name in apposition ("Der Hersteller, die Heimwerk Smart GmbH"): only with its legal form, for
# ", der/die/das" opens a relative clause as often ("Der Konzern, der Millionen Kunden beliefert").
_APPOSED: Final = re.compile(r",[^\S\n](?:die|der|das)[^\S\n]((?:" + _WORD + r"[^\S\n]){1,3}" + _LEGAL + r")(?![\w\-])")
# Another body right after a name: a list or a pair ("Die Autobauer BMW und Mercedes-Benz", "Die Post AG
# und der Paketdienst Hermes").
_ANOTHER: Final = re.compile(r"(?:[^\S\n]{0,3},[^\S\n]{0,3}|[^\S\n]{1,3}(?:und|sowie|oder)[^\S\n]{1,3})"
                             r"(?:(?:der|die|das|den|dem)[^\S\n]{1,3})?[A-ZÄÖÜ]")
_AND_NAME: Final = re.compile(r"[^\S\n]{1,3}und[^\S\n]{1,3}(" + _WORD + r")(?![\w\-])")
# The verb after a union's name joined with "und", in the singular: one body ("Die Gewerkschaft Bau und
# Umwelt fordert", "… (IG BAU) will"); a plural ("Verdi und Arbeitgeber ringen") is two parties.
_SINGULAR_AFTER: Final = re.compile(r"(?:[^\S\n]{1,3}\([A-ZÄÖÜ][\w\-]{0,15}(?:[^\S\n][A-ZÄÖÜ][\w\-]{0,15})?\))?"
                                    r"[^\S\n]{1,3}(?:[a-zäöüß]{1,20}t|will|kann|muss|soll|darf|mag|wird)(?![\w\-])")
# A sentence opening on a name with no article and a verb in the singular ("Siemens streicht …",
# "Ostwind Energie hat …"): a company named bare, the sentence's subject.
_SENTENCE_START: Final = re.compile(r"(?:^|(?<=[.!?][^\S\n])|(?<=\n))(?=[A-ZÄÖÜ])")
_BARE_SUBJECT: Final = re.compile(r"((?:" + _NAME_WORD + r"[^\S\n]){1,3})(?:[a-zäöüß]{1,20}t|[a-zäöüß]{1,20}te)(?![\w\-])")
_LAND_TAIL: Final = re.compile(r"[^\S\n](des[^\S\n]Landes[^\S\n]" + _WORD + r")")
_LEGAL_NAME: Final = re.compile(r"(?<![\w\-])((?:" + _WORD + r"[^\S\n]){1,3}" + _LEGAL + r")(?![\w\-])")
# Capitalized words that open no name: articles, pronouns, prepositions opening a sentence, days.
_NOT_NAME: Final = frozenset("""der die das den dem des ein eine einen einem einer eines im am an auf aus bei
mit nach seit von vom zum zur für über unter vor in und oder aber auch es er sie wir man ihr sein seine
montag dienstag mittwoch donnerstag freitag samstag sonntag
anfang ende mitte millionen milliarden tausende hunderte dutzende zehntausende hunderttausende euro prozent""".split())
# (the last line: times and quantities, capitalized as nouns are: "Wie der Konzern Ende Februar
# mitteilte", "dem Unternehmen Millionen Euro"; the mend of s57)
# Kinds whose word is part of the body's name ("Verbraucherzentrale Hamburg", "Stiftung Warentest").
_NAMED_WITH_KIND: Final = frozenset("verbraucherzentrale stiftung institut".split())
# Words that may come between a sentence's start and the body opening it: articles (and, after one,
# adjectives: "Der Schweizer Detailhändler"). Not a preposition: "Gegen den Zulieferer X ermittelt …",
# "Bei der Verbraucherzentrale X" make the body an object, not the sentence's subject (s57 mend).
_OPENERS: Final = frozenset("der die das den dem des ein eine einer eines einem".split())
# Kinds whose word may name a person who trades ("Der Autohändler Gjon Berisha").
_TRADERS: Final = ("händler", "betreiber")
_OPENING_WORDS: Final = 4
_INDEFINITE: Final = re.compile(r"(?<![\w\-])(?:ein|eine|einen|einem|einer|eines)(?:[^\S\n][a-zäöüß]{2,20})?[^\S\n]$",
                                re.IGNORECASE)
_READ: Final = 12000  # characters read back from the quote (bounded)
_VOICE: Final = re.compile(r"(?:(?:ein|eine|der|die)[^\S\n])?Sprecher(?:in)?[^\S\n](des|der)[^\S\n]([\w\-]{2,40})",
                           re.IGNORECASE)
_COMPOUND_VOICE: Final = re.compile(r"(?:ein|eine|der|die)[^\S\n]([A-ZÄÖÜ][\w\-]{1,40}?)sprecher(?:in)?",
                                    re.IGNORECASE)
_DEFINITE: Final = re.compile(r"(?:der|die|das)[^\S\n]([A-ZÄÖÜ][\w\-]{1,40})")


def _genitive_kind(word: str, article: str) -> str | None:
    """The kind a genitive singular names ("Verbands", "des"; "Behörde", "der"), or None (a
    plural "der Hersteller", a word of no kind)."""
    low = word.lower()
    if article == "der":
        return low if low in _FEMININE else None
    for stem in (low[:-2] if low.endswith("es") else "", low[:-1] if low.endswith("s") else ""):
        if stem and stem not in _FEMININE and (stem in _FIRMS or stem in _OWN_KINDS):
            return stem
    return None


def mention_kind(mention: str) -> str | None:
    """The kind of body ``mention`` refers to by its word ("das Unternehmen" -> "unternehmen",
    "eine Sprecherin des Verbands" -> "verband", "ein Konzernsprecher" -> "konzern",
    "Verbands" -> "verband"), or None."""
    text = " ".join(mention.strip(" ,.;:").split())
    if m := _DEFINITE.fullmatch(text):
        low = m.group(1).lower()
        return low if low in _OWN_KINDS else None  # ("das Unternehmen" alone: left null, s55's final read)
    if m := _VOICE.fullmatch(text):
        return _genitive_kind(m.group(2), m.group(1).lower())
    if m := _COMPOUND_VOICE.fullmatch(text):
        low = m.group(1).lower()
        for stem in (low, low[:-1] if low.endswith(("s", "n")) else ""):
            if stem and (stem in _FIRMS or stem in _OWN_KINDS):
                return stem  # "Konzernsprecher", "Verbandssprecherin", "Behördensprecher"
        return None
    if " " not in text and text[:1].isupper():
        return _genitive_kind(text, "des")  # "in einer Mitteilung des Verbands": the body's
    return None


def _kind_of_word(word: str, kind: str) -> str | None:
    """The word ``word`` without a genitive ending, when it ends on a word of ``kind`` (a company's
    for "unternehmen"): "Wasserstraßenamts" -> "Wasserstraßenamt" for "amt"; else None."""
    low = word.lower()
    kinds = _FIRMS if kind in _FIRMS else frozenset((kind,))
    for cut in (0, 1, 2):
        stem = low[:len(low) - cut] if cut else low
        if cut == 1 and not low.endswith("s") or cut == 2 and not low.endswith("es"):
            continue
        if any(stem.endswith(k) for k in kinds):
            return word[:len(word) - cut] if cut else word
    return None


def _adjectival(word: str) -> bool:
    """A word of a name in an adjective's form ("Mitteldeutscher", "Lebendige"): the kind's word
    belongs to the name ("Verband Mitteldeutscher Binnenreeder")."""
    return word.endswith(("er", "e", "en", "es"))


def _opens(text: str, lo: int, at: int, kind: str) -> bool:
    """Whether the body written at ``at`` opens its sentence as its subject: only articles,
    adjectives after an article and the kind's word before it ("Der Schweizer Detailhändler
    Migros", "Der Hersteller, die …"); not after a preposition ("Bei der Verbraucherzentrale
    Hessen", "Gegen den Zulieferer X": an object, the final read). Not a body in an object or a genitive ("Bosch verklagt den Zulieferer X", "Der Chef des Konzerns X"),
    where the sentence's subject, often named bare, is as likely the one speaking (s57 mend)."""
    start = max(text.rfind(stop, lo, at) for stop in (". ", "! ", "? ", "\n", ": "))
    words = text[max(lo, start + 1):at].split()
    if len(words) > _OPENING_WORDS:
        return False
    article = False
    for w in words:
        low = w.lower()
        if low in _OPENERS:
            article = True  # (an adjective only after an article: "Gegen", "Über" end as adjectives do)
        elif not (article and _adjectival(w) and w.isalpha() and low not in PREPOSITIONS or
                  _kind_of_word(w.rstrip(","), kind)):
            return False
    return True


def _bare_subjects(text: str, lo: int, hi: int, kind: str) -> list[str]:
    """The names that open a sentence of ``text[lo:hi]`` with no article, right before a verb in
    the singular ("Siemens streicht 500 Stellen", "Ostwind Energie hat …"): companies named bare,
    each another body beside one named by its kind's word (s57 mend). Not a function word
    ("Nun hat …"), a word of the kind, nor a person (a listed first name)."""
    found: list[str] = []
    for start in _SENTENCE_START.finditer(text, lo, hi):
        m = _BARE_SUBJECT.match(text, start.start(), hi)
        if m is None:
            continue
        words = m.group(1).split()
        if words[0].lower() in FUNCTION_WORDS or words[0].lower() in _NOT_NAME or is_first_name(words[0]) or \
                any(_kind_of_word(w, kind) for w in words):
            continue
        found.append(" ".join(words))
    return found


def _person_after_trade(base: str, name: list[str]) -> bool:
    """Whether ``name`` after ``base``, a word of a trade, is a person: a listed first name and
    more ("Der Kunsthändler Peter Brandner", "Der Chef des Konzerns Markus Feld"), or, after a
    word for one who trades ("Autohändler", "Hotelbetreiber"), two plain capitalized words with no
    body's word ("Der Autohändler Gjon Berisha"; not "Der Händler Kobold Gruppe", nor a plural noun
    first, "Der Seilbahnbetreiber Bergbahnen Sölden": a first name the lists miss ends no plural)."""
    if len(name) > 1 and is_first_name(name[0]):
        return True
    return len(name) == 2 and base.lower().endswith(_TRADERS) and all(
        w.isalpha() and w[:1].isupper() and w[1:].islower() for w in name) and \
        not name[-1].lower().endswith(ORG_HEAD_SUFFIXES) and not name[0].endswith("en")


def _listed(text: str, end: int, hi: int) -> bool:
    """Whether another body follows the name ending at ``end`` ("BMW und Mercedes-Benz", "Telekom,
    Vodafone und O2", "Post AG und der Paketdienst Hermes"): several bodies, no telling."""
    return _ANOTHER.match(text, end, hi) is not None


def _name_end(text: str, at: int, name: list[str]) -> int:
    """Where the words ``name``, written from ``at``, end."""
    for word in name:
        at = text.index(word, at) + len(word)
    return at


def _bodies(text: str, lo: int, hi: int, kind: str) -> list[str | None]:
    """The bodies of ``kind`` that ``text[lo:hi]`` writes, each by its name (None: a body of that
    kind with no name, or one named in a list or outside its sentence's opening)."""
    found: list[str | None] = []
    for m in _CAP_WORD.finditer(text, lo, hi):
        word = m.group()
        base = _kind_of_word(word, kind)
        if base is None:
            continue
        after = _NAME_AFTER.match(text, m.end(), hi)
        name = [w for w in after.group(1).split()] if after else []
        k = 0
        while k < len(name) and name[k].lower() not in _NOT_NAME and not _kind_of_word(name[k], kind):
            k += 1
        name = name[:k]
        compound = base.lower() not in _FIRMS and base.lower() != kind
        if not name:
            tail = _LAND_TAIL.match(text, m.end(), hi)
            if compound and tail:
                found.append(base + " " + " ".join(tail.group(1).split()))  # "Umweltministerium des Landes X"
            elif _INDEFINITE.search(text, max(lo, m.start() - 30), m.start()) or compound:
                found.append(None)  # "ein anderes Unternehmen", "das Bundesverkehrsministerium"
            continue
        if _person_after_trade(base, name):
            continue  # "Der Kunsthändler Peter Brandner", "Der Autohändler Gjon Berisha": a person
        end = _name_end(text, after.start(1) if after else m.end(), name)
        joined = _AND_NAME.match(text, end, hi) if kind == "gewerkschaft" and not compound else None
        if joined and not _kind_of_word(joined.group(1), kind) and _SINGULAR_AFTER.match(text, joined.end(1), hi):
            name, end = name + ["und", joined.group(1)], joined.end(1)  # "Gewerkschaft Erziehung und Wissenschaft"
        if _listed(text, end, hi) or not _opens(text, lo, m.start(), kind):
            found.append(None)  # "Die Autobauer BMW und Mercedes-Benz"; "Bosch verklagt den Zulieferer X"
        elif kind in _FIRMS or not compound and not _adjectival(name[0]) and kind not in _NAMED_WITH_KIND and \
                "und" not in name:
            found.append(" ".join(name))  # "Der Autozulieferer Brandauer Antriebstechnik", "Verband Bitkom"
        else:
            found.append(" ".join([base] + name))  # "Verbraucherzentrale Hessen", "des Wasserstraßenamts Mittelelbe"
    if kind in _FIRMS:
        legal = [(m.group(1), m.start(1), m.end(1)) for m in _LEGAL_NAME.finditer(text, lo, hi)]
        legal += [(m.group(1), m.start(1), m.end(1)) for m in _APPOSED.finditer(text, lo, hi)]
        for written, start, end in legal:
            words = written.split()
            while len(words) > 1 and (words[0].lower() in _NOT_NAME or _kind_of_word(words[0], kind)):
                start = text.index(words[0], start) + len(words[0])
                words = words[1:]  # "Die Heimwerk Smart GmbH", "Hersteller Heimwerk Smart GmbH"
            listed = _listed(text, end, hi) or not _opens(text, lo, start, kind)
            found.append(None if listed else " ".join(words))
        names = [n for n in found if n]
        if names:  # ("Siemens streicht 500 Stellen. Der Zulieferer Brandauer muss …": two companies)
            found += [None for bare in _bare_subjects(text, lo, hi, kind)
                      if not any(n.startswith(bare) or n.endswith(bare) or bare.startswith(n) for n in names)]
    return found


def _one(found: list[str | None]) -> str | None:
    """The one body of ``found`` (a name and its longer forms are one: "Heimwerk Smart" and
    "Heimwerk Smart GmbH"), at its fullest; None for none, two, or one with no name."""
    if not found or None in found:
        return None
    names = sorted(set(n for n in found if n), key=len, reverse=True)
    full = names[0]
    if any(not (full.startswith(n) or full.endswith(n)) for n in names[1:]):
        return None
    return full


def kind_body_de(text: str, mention: str, before: int) -> str | None:
    """The one body the article named before ``before`` that ``mention``, a word for its kind,
    refers to; None otherwise."""
    lo = max(0, before - _READ)
    at = text.rfind(mention, lo, before + 200)
    kind = mention_kind(mention)
    low = mention.strip(" ,.;:").lower()
    if kind is None and at >= 4 and low in _OWN_KINDS and \
            text[at - 4:at].lower() in ("die ", "der ", "das "):
        kind = low  # "Die Verbraucherzentrale rät": the word a lead-in took without its article
    if kind is None:
        return None
    hi = at if lo <= at < before else before
    return _one(_bodies(text, lo, hi, kind))
