"""German: a quote led in by a possessive and a noun of speech, with a colon and no verb: "Sein
Fazit: „…“", "Ihr Appell: „…“", "Kesslers Rat an die Jugend: „…“", "Seine Empfehlung lautet: „…“",
"Ihr Fazit ist eindeutig: „…“" (regional, church and sport
press sum up a person's words so, right after a sentence about them; none46). The rule
``possessed_label_de`` gives the quote to the possessor: "Sein" / "Ihr" as the pronoun "Er" /
"Sie", resolved like "Er sagt: „…“" (to the one person of that sex named before; "Ihr" may be
"their", and a plural antecedent resolves to no one), a name in the genitive ("Kesslers") to the
person the article names so.

The lead-in must be the whole of the quote's sentence before its opening mark (or the whole
paragraph before a quote that opens the next one), of at most four words, on a noun of speech or
judgement ("Fazit", "Appell", "Rat", "Urteil", "Ziel"; not "Haus"); anything else credits no one
here. "Sein" / "Ihr" credit no one when one of the few sentences before opens on a thing, a body
or a group of the same gender ("Die Firma lehnte ab. Ihre Antwort:", "Das Landgericht … Sein
Urteil:"), and "Ihr" none after two people named as one subject ("X und ihr Mann Y … Ihr
Credo:"), read46n. Pure functions; the lead-in is read as a bounded run of words.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CUES
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import WORDS

POSSESSED_LABEL: Final = "possessed_label_de"
_LEAD_MAX: Final = 80  # characters of the lead-in read at most
# "Sein Fazit:", "Ihr dringender Appell:", "Kesslers Rat an die Jugend:", "Seine Worte nach dem Spiel:"; group 4:
# the words of a clause the label leads to before the quote ("Seine Kritik: Die Stadt habe „…“", s63).
_LABEL: Final = re.compile(r"(Sein|Seine|Ihr|Ihre|[A-ZÄÖÜ][a-zäöüß\-]{1,30}s|[A-ZÄÖÜ][a-zäöüß\-]{1,30}[sxzß][’'])"
                           r"[^\S\n]{1,3}+(?:([a-zäöüß]{3,20}+)[^\S\n]{1,3}+)?([A-ZÄÖÜ][a-zäöüß]{2,30}+)"
                           r"(?:[^\S\n]{1,3}+(?:an|für|nach|zum|zur|vor|über)[^\S\n]{1,3}+[^\s:]{1,30}+"
                           r"(?:[^\S\n]{1,3}+[^\s:]{1,30}+){0,2})?"
                           r"(?:[^\S\n]{1,3}+(?:lautet|lautete|ist|war|bleibt|blieb)(?:[^\S\n]{1,3}+[a-zäöüß]{2,20}+)?)?"
                           r"[^\S\n]{0,2}+:[^\S\n]*+((?:[^\s„“”\"»«:;.!?]{1,30}+[^\S\n]{1,3}+){1,10})?")
# Nouns that name what someone said or judged.
SPEECH_NOUNS_DE: Final = frozenset("""
Fazit Appell Rat Ratschlag Tipp Urteil Credo Devise Bilanz Resümee Botschaft Wunsch Forderung Antwort
Kommentar Einschätzung Prognose Warnung Begründung Kritik Mahnung Bitte Aufruf Plädoyer Vorschlag
Schlusswort Lieblingssatz Ansage Versprechen Eindruck Meinung Standpunkt Lob Dank Erklärung Rezept
Losung Empfehlung Diagnose Vorwurf Zwischenfazit Saisonfazit Ausblick Bekenntnis
Worte Ziel Hoffnung Sorge
""".split())
_PRONOUNS: Final = {"Sein": "Er", "Seine": "Er", "Ihr": "Sie", "Ihre": "Sie"}
# read46n: a sentence before the lead-in whose subject is a thing, a body or a group of the
# possessive's gender ("Die Firma lehnte ab. Ihre Antwort:", "Die Polizei warnt … Ihr Rat:", "Die
# Bewohner klagen … Ihre Forderung:", "Das Landgericht sah das anders. Sein Urteil:"): the
# possessive may be theirs, so it credits no person. Group 1: the article, 2: the noun.
_BACK: Final = 320  # characters read back before the lead-in (two or three short sentences)
_THING_SUBJECT: Final = re.compile(r"(?:^|(?<=[.!?:\n])[^\S\n]{0,3}+|(?<=[.!?:][^\S\n]))(Die|Der|Das)[^\S\n]{1,3}+"
                                   r"(?:[a-zäöüß]{3,20}+[^\S\n]{1,3}+)?([A-ZÄÖÜ][a-zäöüß\-]{2,40}+(?:[A-ZÄÖÜ][a-zäöüß]{2,30}+)?)")
# read46n: two people named as one subject before "Ihr" ("Lisa Kamp und ihr Mann Ralf führen den
# Betrieb. Ihr Credo:"): "Ihr" may be "their", so it credits no one.
_PAIR: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{1,30}+[^\S\n]{1,3}+und[^\S\n]{1,3}+(?:ihr|ihre|sein|seine|[A-ZÄÖÜ])")
_GENDER_ARTICLES: Final = {"Er": frozenset({"Der", "Das"}), "Sie": frozenset({"Die"})}


def lead_of(site: Site, most: int) -> tuple[int, int] | None:
    """The lead-in before the quote, from its first word, when it is at most ``most`` characters:
    its own sentence's words before the opening mark, else the whole paragraph before a quote
    that opens its paragraph when that paragraph ends on a colon. (Read by possessed_label_intl
    too.)"""
    text, span = site.text, site.span
    lo, hi = site.sent_lo, span.open_at
    if not text[lo:hi].strip():
        if not (site.zone == "body" and site.starts_paragraph and span.paragraph > 0):
            return None
        lo, hi = site.paragraphs[span.paragraph - 1]
        if not text[lo:hi].rstrip().endswith(":"):
            return None
    while lo < hi and text[lo].isspace():
        lo += 1
    return (lo, hi) if hi - lo <= most else None


def label_match(site: Site, pattern: re.Pattern[str], most: int) -> re.Match[str] | None:
    """``pattern`` matched over the whole lead-in before the quote (``lead_of``, at most ``most``
    characters), or None. (Read by possessed_label_intl too.)"""
    lead = lead_of(site, most)
    if lead is None:
        return None
    m = pattern.match(site.text, lead[0], lead[1])
    return m if m is not None and m.end() == lead[1] else None


def _thing_before(text: str, lo: int, articles: frozenset[str]) -> bool:
    """Whether a sentence in the few sentences before ``lo`` opens with an article of
    ``articles`` and a noun that is no title of a person ("Die Firma", "Das Landgericht", "Die
    Bewohner"; not "Die Trainerin")."""
    for m in _THING_SUBJECT.finditer(text, max(0, lo - _BACK), lo):
        if m.group(1) in articles and (not is_title_word(m.group(2).lower().rpartition("-")[2]) or m.group(1) == "Die" and _plural_people(m.group(2))):
            return True
    return False


def _cued(clause: str) -> bool:
    """Whether the clause between the label's colon and the quote holds a verb of saying."""
    cues = current_language().cues
    return any(w.lower() in CUES or w.lower() in cues for w in WORDS.findall(clause))


# Nouns of women that do not end in "-in" ("Die Mutter Anna Roth"): "Die" before them is singular.
_FEMININE: Final = frozenset("Frau Mutter Tochter Schwester Ordensschwester Dame Witwe Oma Großmutter Nonne Äbtissin".split())


def _plural_people(noun: str) -> bool:
    """"Die" before a person's noun that is not a woman's: the plural ("Die Forscher um
    Professorin Anna Roth untersuchten …. Ihr Fazit:" is theirs, not hers: the merged tree's last
    read, stop 46); "Die Forscherinnen" too; not "Die Ärztin", "Die Mutter"."""
    if noun.endswith("innen"):
        return True
    return not noun.endswith("in") and noun not in _FEMININE


def possessed_label(site: Site, ctx: ArticleContext) -> Finding | None:
    """The possessor of "Sein Fazit: „…“" (as "Er"), "Ihr Appell: „…“" (as "Sie"), "Kesslers
    Rat: „…“" (Kessler, when the article names that person); None otherwise (German only)."""
    if current_language().code != "de":
        return None
    m = label_match(site, _LABEL, _LEAD_MAX)
    if m is None:
        return None
    text, lo = site.text, m.start()
    owner, adjective, noun = m.group(1), m.group(2), m.group(3)
    if noun not in SPEECH_NOUNS_DE or (adjective is not None and not adjective.endswith(("e", "er", "es", "en"))):
        return None
    if m.group(4) is not None and _cued(m.group(4)):
        return None  # "Sein Fazit: Der Minister sagte „…“": the clause names who says it (s63)
    if owner in _PRONOUNS:
        if _thing_before(text, lo, _GENDER_ARTICLES[_PRONOUNS[owner]]) or \
                (owner.startswith("Ihr") and _PAIR.search(text, max(0, lo - _BACK), lo) is not None):
            return None
        return Finding(_PRONOUNS[owner], ":", "pronoun", m.start(3), POSSESSED_LABEL)
    name = owner.rstrip("’'")
    name = name[:-1] if name.endswith("s") and not owner.endswith(("’", "'")) else name
    if not ctx.names.is_person(name):
        return None  # "Bayerns Antwort", "Deutschlands Urteil": no person the article names
    return Finding(name, ":", "explicit", m.start(3), POSSESSED_LABEL)
