"""German speakers that are no one's name: a role word left before the name ("Verteidiger Jonas
Brandt", "des Kölner Staatsrechtlers Klaus Stern"), a noun phrase about something taken for a
speaker ("Recht des Grundstückseigentümers", "Grundsatz von Maria Montessori", "Delegierter von
ABC"), and a surname's initial without its stop ("Lutz S"). Used in German articles only (the
initial's stop in any language but English)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex, is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import trim

from newsbeam.transforms.quotes.lexicon_de import (
    GENITIVES, MEDIA_ENDINGS, MEDIA_NOUNS, ORG_HEAD_SUFFIXES, ROLE_NOUNS, ROLE_SUFFIXES, TITLE_SUFFIXES, TITLES)

# Title endings that are frequent surnames too ("Lena Meister").
_SUFFIX_SURNAMES: Final = frozenset(["meister"])
# Words on a role ending that are no roles: a surname, "the present" (on "-wart").
_NOT_ROLES: Final = frozenset(["stewart", "gegenwart"])
# Endings of the inflected forms of a role noun: genitive "-s", weak "-en"/"-n" ("des
# Staatsrechtlers", "dem Essayisten", "den Experten").
_INFLECTIONS: Final = ("s", "en", "n")


# (stop 46) Epithets of sport copy, joined to a team, a federation or a sport before a name
# ("ÖSV-Adler Stefan Kraft", "DFB-Star Jan Roth", "Ski-Ass Eva Huber", "Rapid-Urgestein Karl
# Moser"): a description, no part of the name. Only after a hyphen: "Adler", "Star" alone are
# surnames or words of names.
_EPITHETS: Final = frozenset("adler star ass talent legende urgestein youngster keeper goalie kicker juwel ikone".split())


def _is_role_form(low: str) -> bool:
    if low in _NOT_ROLES:
        return False
    if low in ROLE_NOUNS or low in TITLES or low.endswith("in") and low[:-2] in ROLE_NOUNS:
        return True  # (and the feminine form: "Verteidigerin", "Polizistin")
    if low in TITLE_SUFFIXES and low not in _SUFFIX_SURNAMES:
        return True  # a title ending standing alone: "Forscher", "Wissenschaftlerin", "Aktivist"
    return len(low) > 6 and any(low.endswith(s) and len(low) > len(s) + 2
                                for s in ROLE_SUFFIXES + TITLE_SUFFIXES)


# Stems of agent nouns whose feminine "-in" makes a role noun: "Bloggerin", "Moderatorin",
# "Stylistin", "Entrepreneurin" (given names of that shape left out: "Severin").
_AGENT_STEMS: Final = ("er", "or", "ist", "eur")
_AGENT_NAMES: Final = frozenset(["severin", "katherin", "catherin", "christin", "kristin", "justin", "augustin"])


def _feminine_agent(low: str, compound: bool) -> bool:
    """Whether ``low`` is a feminine agent noun ending in "-in": a stem of six letters or more
    ("bloggerin"), or of four or more after a hyphen ("emotion-leserin")."""
    stem = low[:-2]
    return low.endswith("in") and stem.endswith(_AGENT_STEMS) and len(stem) >= (4 if compound else 6) \
        and low not in _AGENT_NAMES


def is_role_noun(low: str) -> bool:
    """Whether ``low`` (a lower-cased word, hyphens kept) is a German role noun, in any case:
    "verteidiger", "umweltchemiker", "eawag-umweltchemiker", "staatsrechtlers", "essayisten",
    and a feminine agent noun ("bloggerin", "emotion-leserin")."""
    compound = "-" in low
    low = low.rsplit("-", 1)[-1]
    if compound and low in _EPITHETS:
        return True  # "ÖSV-Adler", "DFB-Star", "Rapid-Legende": a sport epithet joined to a club
    if len(low) < 4 or not low.isalpha():
        return False
    if _is_role_form(low) or _feminine_agent(low, compound):
        return True
    return any(low.endswith(e) and len(low) - len(e) >= 4 and _is_role_form(low[:-len(e)])
               for e in _INFLECTIONS)


def _org_head(word: str) -> bool:
    low = word.lower().rsplit("-", 1)[-1]
    return low.endswith(ORG_HEAD_SUFFIXES)


# Parties named by an inflected adjective: never a given name ("Bündnis 90/Die Grünen Katrin
# Göring-Eckardt", "der Linken Janine Wissler").
_PARTY_ADJECTIVES: Final = frozenset(["grünen", "linken"])


def is_body_word(word: str) -> bool:
    """Whether ``word`` names a body, in any case ("Aufsichtsrat", "des Aufsichtsrats", "der
    Stiftung", "Grünen"): a word before a name that is no part of it ("Vorsitzende des
    Aufsichtsrats Wolfgang Steubing", "Die Grünen Katrin Göring-Eckardt")."""
    low = word.lower().rsplit("-", 1)[-1]
    if word.lower() in _PARTY_ADJECTIVES:
        return True
    return low.isalpha() and len(low) > 4 and (low.endswith(ORG_HEAD_SUFFIXES) or low.endswith(("s", "es")) and (
        low[:-1].endswith(ORG_HEAD_SUFFIXES) or low[:-2].endswith(ORG_HEAD_SUFFIXES)))


_ARTICLES: Final = frozenset("der die den dem des ein eine einen einem einer eines".split())


def after_article(text: str, pos: int, toks: list[str]) -> bool:
    """Whether the capitalized words ``toks`` (the last one at ``pos``) follow an article: "den
    Verkehrsplaner Jonas Wendt", "Der Prediger Tobias Hart" (at a sentence's start), whose first
    word is a noun, not a given name."""
    at = text.rfind(toks[0], max(0, pos - 120), pos)
    before = text[max(0, at - 12):at].split() if at > 0 else []
    return bool(before) and before[-1].lower() in _ARTICLES


# The particles of a noble or Dutch name ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg").
_NAME_PARTICLES: Final = frozenset("von vom zu zur van".split())


def past_noun_before_particle(toks: list[str], k: int) -> int:
    """Where the name in the capitalized run ``toks[k:]`` starts when a particle follows its
    first word: that word is a given name ("Ursula von der Leyen"), else a German noun and the
    name is the words after the particle ("Fotos von Pamela", "Bilder von Anna": "Pamela",
    "Anna"). The test is the first-name list (first_names): a run whose first word names no sex
    there is read as a noun's (rather a shorter name than a wrong one)."""
    if len(toks) - k < 3 or toks[k + 1] not in _NAME_PARTICLES or \
            first_name_sex(f"{toks[k]} {toks[-1]}") is not None:
        return k
    k += 1
    while k < len(toks) - 1 and toks[k][:1].islower():
        k += 1
    return k


# Role nouns that are frequent surnames too ("Hans Richter").
_SURNAMES: Final = frozenset(["richter"])


# Plural nouns for many people: a "name" that ends on one is a group ("Gesprächsgewöhnte
# Menschen", "Dürfen Eltern"), never a person (surnames such as "Bürger" or "Kinder" left out).
_GROUP_PLURALS: Final = frozenset("""menschen leute eltern experten expertinnen anwohner anwohnerinnen
zuschauer zuschauerinnen besucher besucherinnen fans jugendliche studierende beschäftigte
kritiker kritikerinnen demonstranten demonstrantinnen beobachter beobachterinnen bewohner bewohnerinnen
teilnehmer teilnehmerinnen passanten augenzeugen gegner gegnerinnen befürworter befürworterinnen
anhänger anhängerinnen händler händlerinnen landwirte ärzte ärztinnen ökonomen ökonominnen
analysten analystinnen wissenschaftler wissenschaftlerinnen forscher forscherinnen""".split())
# Plurals of people that are a subject alone ("„…“, sagten Beamte.", "sagten Polizisten in Köln"; s59,
# a matrix of German subjects had named them): read word by word (is_group_plural), never as the end
# of a longer "name" (names_no_one), since bodies end on them ("Verband Deutscher Diplomaten") and
# surnames may be them ("Sabine Mieter"; "Lehrer" left out).
_BARE_PLURALS: Final = frozenset("""beamte beamtinnen polizisten polizistinnen diplomaten diplomatinnen
soldaten soldatinnen ermittler ermittlerinnen mitarbeiter mitarbeiterinnen politiker politikerinnen
aktivisten aktivistinnen juristen juristinnen anwälte anwältinnen mediziner medizinerinnen sanitäter
einsatzkräfte rettungskräfte pflegekräfte lehrkräfte fachleute verantwortliche angestellte arbeitnehmer
arbeitnehmerinnen mieter mieterinnen verbraucher verbraucherinnen kunden kundinnen nutzer nutzerinnen
vertreter vertreterinnen bauern bäuerinnen unternehmer unternehmerinnen gewerkschafter
gewerkschafterinnen""".split())
# Heads of compounds for many people, plural or the same in both numbers, that are no word alone
# ("Umweltschützer", "Bürgerrechtler", "Branchenkenner"; s63): see is_group_plural.
_COMPOUND_HEADS: Final = frozenset("schützer schützerinnen rechtler rechtlerinnen kenner kennerinnen".split())
_COMPOUND_LEAD: Final = 3  # letters at least before the head ("Sekunden" is no "kunden")
# Plurals of people that open no name ("Bei den Männern Schulterzucken.": s51), with their dative "-n".
_PEOPLE_PLURALS: Final = _GROUP_PLURALS | frozenset("männer frauen kinder leuten menschen".split())


def past_genitive_article(toks: list[str], k: int) -> int:
    """Where a German name starts in ``toks[k:]`` when a noun and a genitive article come before
    a first name: "Politik des Donald Trump", "die Rede der Anna Keller" -> the first name's index
    (stop 49). "Ursula von der Leyen" (a particle before the article) and a body's name
    ("Gewerkschaft der Polizei": no first name after it) are left whole."""
    for n in range(len(toks) - 3, k - 1, -1):
        if toks[n] in ("des", "der") and n > k and toks[n - 1].lower() not in _NAME_PARTICLES and \
                is_first_name(toks[n + 1]):
            return n + 1
    return k


def is_group_plural(low: str) -> bool:
    """Whether ``low`` (lower-cased) is a plural noun for many people ("menschen", "eltern"), or
    a compound ending in one ("Klimaforscher", "Milchbauern", "Umweltschützer": s63)."""
    if low in _GROUP_PLURALS or low in _BARE_PLURALS:
        return True
    for i in range(_COMPOUND_LEAD, len(low) - _COMPOUND_LEAD):  # bounded: the word's letters
        head = low[i:]
        if head in _GROUP_PLURALS or head in _BARE_PLURALS or head in _COMPOUND_HEADS:
            return True
    return False


# Endings of German abstract nouns that no surname has ("Handlungen", "Freiheit", "Möglichkeit",
# "Kapitalismus"); "-ung" alone is left out ("Jung", "Hartung" are surnames), and "-schaft" heads
# bodies that speak ("die Staatsanwaltschaft").
_ABSTRACT_ENDINGS: Final = ("ungen", "heit", "heiten", "keit", "keiten", "ismus")
_ABSTRACT_MIN: Final = 6  # letters: longer than the ending alone


# Quantifiers that open a noun phrase of a group: "Einige Hersteller", "Viele Nutzer" (s57).
_QUANTIFIERS: Final = frozenset("einige viele manche mehrere zahlreiche etliche wenige".split())


def names_no_one(speaker: str) -> bool:
    """Whether ``speaker`` is a German noun phrase that names no one: it opens in lower case
    ("von ABC"), or ends on an abstract noun ("Sexuelle Handlungen"), or on a plural of many people ("Gesprächsgewöhnte Menschen") or on a
    possessor's role ("Obermaiers Anwalt"), or ties a noun that heads no body's name to a
    genitive ("Qualität des Angebots"; "Gewerkschaft der Polizei" stays), or to "von" and a name of two words or an
    acronym ("Grundsatz von Maria Montessori", "Delegierter von ABC"; "Ursula von der Leyen"
    and "Richard von Weizsäcker" stay)."""
    words = speaker.split()
    if not words or not words[0][:1].isupper():
        return bool(words)
    last = words[-1].lower()
    if len(words) >= 2 and words[0].lower() in _QUANTIFIERS:
        return True  # "Einige Hersteller", "Viele Nutzer": a group no one names (s57)
    if len(words) <= 2 and last.endswith(_ABSTRACT_ENDINGS) and len(last) > _ABSTRACT_MIN and \
            not (len(words) == 2 and first_name_sex(speaker) is not None):
        return True  # "Sexuelle Handlungen": an abstract noun, no one's surname ("Ministerium für
        # Gesundheit" is a body: longer); after a known first name a surname ("Dietmar Weisheit")
    if len(words) >= 2 and last in _GROUP_PLURALS:
        return True  # "Gesprächsgewöhnte Menschen rufen »...«": people in general, no one named
    if len(words) >= 2 and (words[0].lower() in _PEOPLE_PLURALS or words[0].lower()[:-1] in _PEOPLE_PLURALS) and \
            not _org_head(words[-1]):  # (read51: "Frauen Union" is a body's name)
        return True  # "Männern Schulterzucken": a plural of people, then a noun; no one named
    if len(words) >= 2 and words[-2].endswith(("s", "’", "'")) and is_role_noun(last) and last not in _SURNAMES:
        return True  # "Obermaiers Anwalt", "Lindners Sprecherin": someone the possessor has, unnamed
    for n, w in enumerate(words[1:-1], start=1):
        before = words[n - 1].lower()
        after = words[n + 1:]
        if w in GENITIVES and before not in ("von", "van", "zu") and not _org_head(words[n - 1]):
            return True
        if w == "von" and after[0][:1].isupper() and (len(after) >= 2 or after[0].isupper()):
            return True
    return False


# Endings of German nouns of things and acts that no surname has: what a possessor's genitive
# most often stands before ("Merkels Entscheidung", "Müllers Kündigung", "Trumps Präsidentschaft").
_THING_ENDINGS: Final = ("ung", "heit", "keit", "schaft", "tion", "sion", "ität", "nis", "ismus", "ment")
_THING_MIN: Final = 6  # letters: "Jung", "Hartung" are surnames
_MAX_STEMS: Final = 40  # occurrences of a possessor's stem read in a zone


def _named_without_genitive(stem: str, text: str) -> bool:
    """Whether ``text`` writes ``stem`` as a whole word of its own ("Piotr Trochowski", "Merkel
    sagte"), so that ``stem`` + "s" is its genitive. Bounded: _MAX_STEMS occurrences."""
    pos, seen = text.find(stem), 0
    while pos >= 0 and seen < _MAX_STEMS:
        end = pos + len(stem)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        pos, seen = text.find(stem, end), seen + 1
    return False


def possessor_phrase(speaker: str, text: str) -> bool:
    """Whether a German speaker of two words is a possessor and their thing, not a name (stop
    49): "Scholz' Rede", "Relotius’ Version" (a possessive mark), "Trochowskis Comeback" (the
    article names "Piotr Trochowski": "-s" is the genitive), "Merkels Entscheidung" (a noun of
    things after "-s"). Capitalized German nouns make these look like a first name and a surname;
    "Jens Spahn", "Andreas Rede" (a first name) and "Valdis Dombrovskis" (no "Valdi" written)
    stay names."""
    words = speaker.split()
    if len(words) != 2:
        return False
    first, second = words
    if first.endswith(("'", "’")) and len(first) > 2:
        return True
    if not first.endswith("s") or len(first) < 4 or not first[:1].isupper() or is_first_name(first):
        return False
    low = second.lower()
    return _named_without_genitive(first[:-1], text) or \
        low.endswith(_THING_ENDINGS) and len(low) >= _THING_MIN


def with_initial_stop(speaker: str, text: str) -> str:
    """``speaker`` with the full stop of a surname shortened to its initial, as the article writes
    it ("Lutz S." for "Lutz S", where the press withholds a surname); any other name unchanged."""
    last = speaker.rsplit(None, 1)[-1]
    if len(last) == 1 and last.isupper() and " " in speaker and text.find(speaker + ".") >= 0:
        return speaker + "."
    return speaker


# Nouns that name a paper after a town's adjective: "der Frankfurter Rundschau", "der Augsburger
# Allgemeinen", "der Berliner Morgenpost".
# (Feminine or plural only: "der" before a masculine or neuter paper, "Der Berliner Kurier", "Der
# Haldener Anzeiger", is a nominative, the subject; their dative is "dem".)
_PAPER_WORDS: Final = frozenset("""rundschau allgemeinen allgemeine post morgenpost nachrichten stimme
volksstimme neuesten""".split())


def listener_after_name(before: str, after: str, then: str = "") -> bool:
    """Whether "der" between ``before`` and ``after`` opens the dative of a listener after a
    person's name ("sagte Obermaier der Zeitung", "der dpa", "der MOPO"): the word before is
    no role or body (after one, "der" is a genitive: "ein Sprecher der Polizei"), and the word
    after names a medium or is an acronym, or is an adjective in the dative or of a town before
    a noun (``then``): "der Deutschen Presse-Agentur", "der Rheinischen Post", "der Frankfurter
    Rundschau" (an epithet is in the nominative: "Karl der Große", "Lucas Cranach der Ältere")."""
    low = before.lower().strip(".,;:")
    if not (low and before[:1].isupper() and low.isalpha()) or is_role_noun(low) or _org_head(before) \
            or low in TITLES:
        return False
    word = after.strip(".,;:!?„“”\"»«")
    noun = then.strip("„“”\".,;:!?»«")
    if len(word) > 4 and word[0].isupper() and word[1:].isalpha() and word[1:].islower() and \
            not is_role_noun(word.lower()) and word.lower() not in TITLES and noun[:1].isupper() and \
            noun[1:2].islower() and (word.endswith("en") or word.endswith("er") and (
                noun.lower() in _PAPER_WORDS or noun.lower().endswith(MEDIA_ENDINGS))):
        return True  # (a noun in "-er" is no town's adjective: "Der Bundeskanzler Olaf Scholz")
    return word.lower() in MEDIA_NOUNS or word.lower().endswith(MEDIA_ENDINGS) or \
        len(word) >= 2 and word.isalpha() and (word.isupper() or word.islower() and word in MEDIA_NOUNS)


def without_listener(text: str, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject phrase ``np`` before a German reporting verb, without the listener in the
    dative that follows the name: "Wie Petra Lang der Deutschen Presse-Agentur sagte" ->
    "Petra Lang" (``listener_after_name``; every word before "der" capitalized)."""
    if np is None:
        return None
    phrase = text[np[0]:np[1]]
    at = phrase.find(" der ")
    while 0 < at < 120:
        before, after = phrase[:at].split(), phrase[at + 5:].split()
        if after and all(w[:1].isupper() for w in before) and \
                listener_after_name(before[-1], after[0], after[1] if len(after) > 1 else ""):
            return np[0], np[0] + at
        at = phrase.find(" der ", at + 1)
    return np


def role_taken_for_name(mention: str, speaker: str) -> bool:
    """Whether ``speaker`` is a capitalized run the article holds that merely ends on the role
    noun of a description ("Der Landwirt" -> "Jahren Landwirt", read from "seit 20 Jahren
    Landwirt"), or that opens on it and goes on with a first name only ("Der Kurator" -> "Kurator
    Tom", from "Der Kurator Tom Weber"): a description names no one by itself (its holder is
    looked up instead)."""
    words = mention.strip(" .,;:").split()
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]  # (the article may be left out of the mention: "Der Landwirt sagte")
    if len(words) != 1 or not is_role_noun(words[0].lower()):
        return False
    said = speaker.split()
    return speaker != words[0] and words[0] in (said[-1], said[0])  # (or "Kurator Tom": role, first name)


# A year right after a name: a German subordinate clause puts its adjuncts between the subject
# and the verb at its end ("wie Foucault 1982 in einer Vorlesung sagte", "als Kohl 1990 erklärte").
_CENTURIES: Final = ("16", "17", "18", "19", "20")


def without_year(mention: str) -> str:
    """``mention`` without a year that ends it, in a German article ("Foucault 1982" -> "Foucault");
    the year is when, never part of who."""
    if current_language().code != "de" or not mention[-1:].isdigit():
        return mention
    head, _, last = mention.rpartition(" ")
    if head.strip() and len(last) == 4 and last.isdigit() and last.startswith(_CENTURIES):
        return head.rstrip()
    return mention


# What carries a person's words, in German ("Hubers letzter Brief endet mit dem Satz: „…“").
_CARRIERS_DE: Final = frozenset("""
brief briefe rede reden aussage aussagen erklärung stellungnahme buch schreiben mitteilung beitrag
kommentar tweet post antwort worte analyse kolumne essay botschaft ansprache predigt interview
""".split())
_CARRIER_AFTER: Final = re.compile(r"[^\S\n]{1,3}(?:[a-zäöüß][\w\-]{1,20}[^\S\n]{1,3}){0,2}([A-ZÄÖÜ][\w\-]{2,25})(?![\w\-])")


def carried_owner_de(mention: str, text: str, after: int) -> str | None:
    """In German, the owner whose text carries the words ("Huber" for "Hubers Brief", or for
    "Hubers" read before "letzter Brief" at ``after``): a name with the genitive "-s" (or an
    apostrophe) the article also writes without it, then a noun of speech or writing (s50, held-out
    pages; "Hubers Brief" had been no one's, as "Merkels Entscheidung" is)."""
    words = mention.split()
    if len(words) == 2 and words[1].lower() in _CARRIERS_DE:
        owner = words[0]
    elif len(words) == 1 and after >= 0:
        m = _CARRIER_AFTER.match(text, after, after + 60)
        if m is None or m.group(1).lower() not in _CARRIERS_DE:
            return None
        owner = words[0]
    else:
        return None
    stem = owner[:-1] if owner.endswith(("s", "'", "’")) and len(owner) > 3 else ""
    return stem if stem and stem[:1].isupper() and _named_without_genitive(stem, text) else None


# Words that describe a firm, a town or a body before its name ("der Konzern Siemens", "der
# Autobauer Ford", "die Stadt Wien"): the name after them is no person's (read50de).
_FIRM_WORDS_DE: Final = frozenset("""
konzern autobauer hersteller firma unternehmen stadt gemeinde land bank verein verband partei sender
zeitung gruppe club klub marke händler anbieter betreiber versicherer discounter modehaus
""".split())


def firm_word_de(word: str) -> bool:
    """Whether ``word`` describes a firm, a town or a body ("Konzern", "Autobauer", "Chemiekonzern")."""
    low = word.lower()
    return low in _FIRM_WORDS_DE or low.endswith(("konzern", "hersteller", "bauer"))


# "von der", "vom", "von den": the body a person speaks for, written after the person's name.
_AFFILIATION: Final = ("vom", "von")
_NOBILITY: Final = frozenset("""prinz prinzessin graf gräfin freiherr freifrau fürst fürstin herzog herzogin
baron baronin ritter edler markgraf""".split())
_READ_BACK: Final = 80  # characters read before an affiliation for the person's name (bounded)


def without_affiliation(text: str, np: tuple[int, int] | None, after_verb: bool = False) -> tuple[int, int] | None:
    """The person in "Anna Weber von der Bürgerinitiative", "Anna Weber vom Bund Naturschutz"
    (s52): a name of two or three capitalized words, the first a given name, before "von"/"vom"
    is the speaker, not the body after it (which the subject reader may have taken alone, or
    with the name). Not after a rank ("Georg Friedrich Prinz von Preußen", s59); after a verb
    (``after_verb``: "„…“, sagte …", s59) not after two given names and before one capitalized word
    ("Ernst Ulrich von Weizsäcker", as that reading had it before; "Lena Werner von Greenpeace" is
    left whole with it, since "Werner" is a given name too; in a lead-in both are cut, as before).
    ``np`` as it was otherwise."""
    if np is None:
        return None
    phrase = text[np[0]:np[1]].split()
    for k, word in enumerate(phrase[1:4], start=1):
        if word in _AFFILIATION and 2 <= k <= 3 and _person_run(phrase[:k]) and phrase[k - 1].lower() not in _NOBILITY \
                and not (after_verb and word == "von" and is_first_name(phrase[k - 1]) and len(phrase) == k + 2
                         and phrase[k + 1][:1].isupper() and not phrase[k + 1].isupper()):
            end = text.index(phrase[k - 1], np[0]) + len(phrase[k - 1])
            return np[0], end
    before = text[max(0, np[0] - _READ_BACK):np[0]].split()
    if before and (before[-1] == "vom" or len(before) > 1 and before[-2] == "von" and before[-1] in ("der", "den", "dem")):
        k = len(before) - (1 if before[-1] == "vom" else 2)
        for size in (3, 2):
            if k - size >= 0 and _person_run(before[k - size:k]):
                name = " ".join(before[k - size:k])
                start = text.rfind(name, max(0, np[0] - _READ_BACK), np[0])
                return (start, start + len(name)) if start >= 0 else np
    return np


def _person_run(words: list[str]) -> bool:
    """Two or three capitalized words, the first a given name, no role word among them."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) and \
        is_first_name(words[0]) and not any(is_role_noun(w.lower()) for w in words)


def role_subject_de(text: str, pos: int, end: int, before: list[str]) -> bool:
    """Whether the name ``text[pos:end]`` (``before``: the words right before it) is introduced by a
    capitalized trade (stop 53): the trade right before it, opening the sentence or after a
    nominative article ("Der Bäcker Klaus Meier", not "den Kandidaten Markus Feld"), or a
    description holding one, after "Der"/"Die", before the name set off by commas ("Der
    Vorstandschef von Siemens, Roland Busch,")."""
    if before and is_role_noun(trim(before[-1])):
        return len(before) < 2 or before[-2] in ("Der", "Die", "der", "die") or before[-2][-1:] in ".!?"
    if text[pos - 2:pos] != ", " or text[end:end + 1] != ",":
        return False
    opening = _SENTENCE_STOPS.split(text[max(0, pos - 60):pos - 2])[-1].split()  # the sentence up to the name's comma
    return 2 <= len(opening) <= 5 and opening[0] in ("Der", "Die") and any(is_role_noun(trim(w)) for w in opening)


_SENTENCE_STOPS: Final = re.compile(r"[.!?\n]")
