"""English "X quoted Y as saying “…”" (issue 16, stop 47): the words are Y's, the one quoted, not
the outlet's or the person's who quotes them ("The Times quoted Ann Lee as saying: “…”" had
credited the Times; the annotation guide: when an outlet quotes a person, the speaker is that
person). Y is read as any subject is (a name, a pronoun, a description: "quoted a senior aide as
saying" is an unnamed aide's, null). Since stop 60 also a verb of quoting and its object right
before the colon, in every language ("Ann Lee quoted Winston Churchill:", "citó a Gabriel García
Márquez:": ``quoted_with_colon``). Bounded regexes over the quote's sentence before its mark. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.cues import POSSESSED_NOUNS
from newsbeam.transforms.quotes.lexicon import PRONOUNS
from newsbeam.transforms.quotes.first_names import first_name_sex

_READ: Final = 300  # characters of the sentence read back from the quote
# "quoted Ann Lee as saying", "cited her as telling", "quoting a senior aide as having said".
_QUOTED_AS: Final = re.compile(
    r"\b(quoted|quotes|quoting|cited|cites|citing)[^\S\n]++([^.;:!?\"“”\n]{1,80}?)[^\S\n]++as[^\S\n]++"
    r"(?:saying|telling|writing|stating|having[^\S\n]++said)\b")


# Words before "quoted" that put the phrase in a relative clause ("the Times, which quoted Ann
# Lee as saying so, …"): the sentence's own verb is another (read47b).
_RELATIVE: Final = frozenset("which who that whom".split())


def quoted_as_saying(text: str, lo: int, hi: int, cue_at: int = -1) -> Finding | None:
    """The one quoted when the sentence ``text[lo:hi]`` before a quote says someone "quoted Y as
    saying" (the last such phrase), else None. Not when the lead-in's own cue (at ``cue_at``)
    comes after the phrase ("Tom Hale, citing the report as saying …, said: “…”": his), the
    phrase is passive ("She was quoted by the Times as saying": the subject's, read as before) or
    in a relative clause ("which quoted Ann Lee as saying"; read47b)."""
    found = None
    for m in _QUOTED_AS.finditer(text, max(lo, hi - _READ), hi):
        found = m
    if found is None or cue_at >= found.end():
        return None
    if found.group(2).startswith("by ") or text[max(lo, found.start() - 8):found.start()].split()[-1:] and \
            text[max(lo, found.start() - 8):found.start()].split()[-1].lower() in _RELATIVE:
        return None
    return _quoted_one(found, "lead_in")


_UNNAMED_HEADS: Final = frozenset("""sources source people person friends friend aides aide allies ally insiders
insider officials official someone relatives associates""".split())


def _quoted_one(found: re.Match[str], rule: str | None) -> Finding:
    """The one a match of ``_QUOTED_AS`` quotes, as a finding of ``rule``."""
    who = found.group(2).split(",")[0].strip()  # "Ann Lee, the mayor of Dover,": the name
    who = who.split(" and ")[0]  # "Ann Lee and Tom Hale": the first named (the guide)
    owner, _, owned = who.rpartition(" ")
    if owner.endswith(("'s", "’s")) and owned.lower() in POSSESSED_NOUNS:
        who = owner[:-2]  # "quoted Ann Lee's statement as saying": hers
    who = "he" if who == "him" else who  # "quoted him as saying": the "he" it stands for ("her" is read as "she", s62)
    if who.split()[:1] and who.split()[0].lower() in _UNNAMED_HEADS:
        who = ""  # "quoted sources close to Ronaldo as saying": unnamed, never Ronaldo (a third reader, s62)
    how = "pronoun" if who.lower() in PRONOUNS else "explicit"
    return Finding(who, found.group(1), how, found.start(1), rule)


def quoted_after(text: str, found: Finding | None, hi: int) -> Finding | None:
    """The one quoted when the cue read after a quote is the verb of "X quoted Y as saying" ("“…,”
    TASS quoted Peskov as saying", "“…,” the Journal quoted a senior executive as saying": his, an
    unnamed one's, never the outlet's; s62), else None. English."""
    if found is None or found.cue_at < 0 or (found.cue or "").lower() not in ("quoted", "quotes", "cited", "cites") \
            or current_language().code != "en":
        return None
    m = _QUOTED_AS.match(text, found.cue_at, min(hi, found.cue_at + _READ))
    return None if m is None or m.group(2).startswith("by ") else _quoted_one(m, found.rule)


# "Ann Lee quoted Winston Churchill: “…”", "Tom Weber zitierte Helmut Schmidt: „…“", "Ana Ruiz
# citó a Gabriel García Márquez:", "Ann Lee a cité Victor Hugo :" (s60): a verb of quoting right
# before the colon, its object a name (after up to three lower-case words of description, "the poet",
# "o economista", none of them a preposition: "the wife of Tom Hale", "un colaborador de Pedro Sánchez"
# are someone unnamed), and nothing else before the colon or comma. Not "cited" (a cause is cited as
# often as a person: "cited Brexit:"), not the nouns "cita" (a date) and "cité" (an estate): the French
# participle only after its auxiliary ("a cité"), never the passive ("cité par Le Figaro").
_QUOTED_COLON: Final = re.compile(
    r"(?:\b(quoted|quotes|quoting|zitiert|zitierte|zitierten|cite|citait|citant|citó|citaba|citando|citou|citava)"
    r"|(?<=\ba[^\S\n])(cité)|(?<=\bavait[^\S\n])(cité))[^\S\n]++(?:(?:a|al)[^\S\n]++)?"
    r"((?:(?!(?:of|to|for|from|by|with|close|about|in|on|at|during|into|through|under|de|del|da|do|des|du|a|al|à|"
    r"von|vom|zu|aus|con|como|en|em|dans|sur)[^\w’'\-])"
    r"[^\W\d_A-ZÀ-ÖØ-Þ][\w\-]{0,20}[^\S\n]++){0,3}?(?:[A-ZÀ-ÖØ-Þ][\w’'.\-]{0,25}[^\S\n]++"
    r"(?:(?:[A-ZÀ-ÖØ-Þ][\w’'.\-]{0,25}|d[aeiou]s?|del|van|von|der)[^\S\n]++){0,3})?[A-ZÀ-ÖØ-Þ][\w’'\-]{0,25})"
    r"[^\S\n]*+[:,][^\S\n]*+[\"“‘«„»]?[^\S\n]*+$")


_PARTICLES: Final = frozenset("de da do dos das des del van von der".split())
# German words that open a sentence whose subject then follows the verb ("Dann zitierte Weber Goethe:").
_GERMAN_OPENERS: Final = frozenset("""dann danach zuvor später zuletzt schließlich abschließend auch noch zudem
außerdem dabei darin dort hier heute gestern zum zur im am beim vom in an auf aus bei mit nach vor zu""".split())
_GERMAN_ARTICLES: Final = frozenset("den die dem der einen eine einem einer ein".split())
_PASSIVE: Final = frozenset("was were is are been be being wurde wird worden".split())


def quoted_with_colon(text: str, lo: int, hi: int, cue_at: int = -1) -> Finding | None:
    """The one quoted when the sentence ``text[lo:hi]`` before a quote ends on a verb of quoting and
    its object ("Ann Lee quoted Winston Churchill:"): the words are theirs, not the quoter's (the
    guide: a quoted line belongs to its author when the article names them); the name without the
    words of description before it, and only a name that opens on a known first name ("quoted
    Proverbs:", "quoted Animal Farm:", "citó la Carta Magna:" name a work: not read, as before). In
    German an object that is no such name names no one ("zitiert Insider:": a German noun is
    capitalized too). None when the lead-in's own cue comes later, the verb is passive ("was
    quoted") or in a relative clause, German's subject follows its verb ("Im Nachwort zitiert
    Verlegerin Lena Brandt Kafka:"), or a German object has an article (``quoted_object`` reads
    "zitiert den Physiker …")."""
    m = _QUOTED_COLON.search(text, max(lo, hi - _READ), hi)
    if m is None or cue_at >= m.end():
        return None
    group = next(g for g in (1, 2, 3) if m.group(g))  # (the verb, or French "cité" after its auxiliary)
    verb, verb_at = m.group(group), m.start(group)
    before = text[max(lo, verb_at - 12):verb_at].split()
    if before and before[-1].lower() in _RELATIVE | _PASSIVE:
        return None  # "which quoted Ann Lee:", "Lee was quoted:"
    words = m.group(4).split()
    if current_language().code == "de":
        before_verb = text[lo:verb_at].split()
        if words[0] in _GERMAN_ARTICLES or not (0 < len(before_verb) <= 4 and before_verb[0][:1].isupper() and
                                                before_verb[0].lower() not in _GERMAN_OPENERS):
            return None  # "Im Nachwort zitiert Verlegerin Lena Brandt Kafka:": subject and object after the verb
        if len(words) < 2:
            return Finding("", verb, "explicit", verb_at, "lead_in")  # "Die Bild zitiert Insider:"
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in _PARTICLES and k > 1 and words[k - 2][:1].isupper()):
        k -= 1  # ("Machado de Assis")
    name = " ".join(words[k:])
    if first_name_sex(name) is None:
        # "quoted Proverbs:", "quoted Animal Farm:", "citó la Carta Magna:": a work or a thing as
        # often as a person (the s60 reads): a person only by a known first name
        return Finding("", verb, "explicit", verb_at, "lead_in") if current_language().code == "de" else None
    return Finding(name, verb, "explicit", verb_at, "lead_in")


def quoted_source(text: str, lo: int, hi: int, cue_at: int = -1) -> Finding | None:
    """The one quoted in the sentence ``text[lo:hi]`` before a quote: "quoted Y as saying" (English)
    or a verb of quoting and its object before the colon (any language), else None."""
    said = quoted_as_saying(text, lo, hi, cue_at) if current_language().code == "en" else None
    return said or quoted_with_colon(text, lo, hi, cue_at)
