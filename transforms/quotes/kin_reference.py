"""A relative named once by relation and name, then spoken of by the relation alone (issue 16,
stop 47): "Will Smith had long been estranged from his eldest son Trey. … his son turned to him
and said: “…”" -> Trey; "seinem ältesten Sohn Trey … Sein Sohn sagte:", "su hijo mayor, Trey …
su hijo le dijo:", "son fils aîné, Trey … son fils lui a dit :", "seu filho, Pedro … seu filho
disse:". The mention ("his son", "Sohn", "su hijo") was a description that resolved to no one
(null); the annotation guide gives the fullest name the article gives the person.

The mention is only an owner (a possessive, an article) and the relation's noun (one of
``KIN_WORDS`` of the article's language), with at most two lowercase modifiers ("his eldest
son"). The person is the one the article introduced, before the quote, as that noun directly
followed by a name (a comma between allowed, and in Spanish, French and Portuguese up to two
lowercase words after the noun: "su hijo mayor, Trey"); two different people introduced so
("his son Trey … his son Jaden"): no one (null, rather than a guess). Pure; the text is read
back at most ``_READ`` characters with one bounded regex per relation noun.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex, is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CALENDAR, TITLES

KIN_WORDS: Final = {
    "en": frozenset("""son daughter wife husband mother father brother sister mom mum dad grandson
        granddaughter grandmother grandfather uncle aunt nephew niece cousin fiancé fiancée
        girlfriend boyfriend stepson stepdaughter""".split()),
    "de": frozenset("""sohn tochter ehefrau ehemann mutter vater bruder schwester enkel enkelin
        großmutter großvater oma opa onkel tante neffe nichte cousin cousine verlobte verlobter
        stiefsohn stieftochter lebensgefährtin lebensgefährte""".split()),
    "es": frozenset("""hijo hija esposa esposo marido madre padre hermano hermana nieto nieta abuela
        abuelo tío tía sobrino sobrina primo prima novia novio""".split()),
    "fr": frozenset("""fils fille épouse mari époux mère père frère sœur petit-fils petite-fille
        grand-mère grand-père oncle tante neveu nièce cousin cousine compagne compagnon""".split()),
    "pt": frozenset("""filho filha esposa esposo marido mãe pai irmão irmã neto neta avó avô tio tia
        sobrinho sobrinha primo prima namorada namorado""".split()),
}
# Owners before the noun in a mention: possessives and articles.
_OWNERS: Final = frozenset("""his her their the sein seine seinem seinen seiner ihr ihre ihrem ihren
    ihrer der die den dem des su sus el la son sa ses le seu sua o a""".split())
# Object pronouns that a mention may run into ("son fils lui a dit", "su hijo le dijo").
_CLITICS: Final = frozenset("lui leur le la les me nous vous lhe lhes se".split())
_MODIFIERS: Final = 2
_READ: Final = 20_000  # characters read back from the quote for the introduction (bounded)
_NAME: Final = r"((?:[A-ZÀ-ÖØ-Þ][\w’'\-]{1,30})(?:[^\S\n]{1,2}[A-ZÀ-ÖØ-Þ][\w’'\-]{1,30}){0,2})"
# Words after the noun that make it someone else's relative ("la madre del ministro Pedro Gil"):
# not the adjectives that may stand there ("mayor", "aîné", "mais velho").
_LINKS: Final = r"(?:de|del|des|du|da|do|das|dos|la|las|los|el|le|les|o|a|os|as|y|e|et|of)"
_AFTER_NOUN: Final = {"es": 2, "fr": 2, "pt": 2}  # lowercase words after the noun: "su hijo mayor, Trey"
# Possessives that give the owner's sex ("his son" is no "her son Tom"; read47b). German mentions
# reach the resolver without their possessive ("Sohn"), so the German words tell only of an
# introduction.
_OWNER_SEX: Final = {"his": "m", "her": "f", "sein": "m", "seine": "m", "seinem": "m", "seinen": "m",
                     "seiner": "m", "seines": "m", "ihr": "f", "ihre": "f", "ihrem": "f", "ihren": "f",
                     "ihrer": "f", "ihres": "f"}
_OWNER_READ: Final = 60  # characters read back from the noun of an introduction for its owner


def is_kin_word(low: str) -> bool:
    """``low`` (lower case) is a relation's noun of the article's language ("mutter", "fils")."""
    kin = KIN_WORDS.get(current_language().code)
    return kin is not None and low in kin


def kin_noun(words: list[str]) -> str | None:
    """The relation's noun (lower case) when a mention's ``words`` are only an owner, at most two
    lowercase modifiers and that noun ("his eldest son", "Sohn", "su hijo"), else None."""
    kin = KIN_WORDS.get(current_language().code)
    if kin is None:
        return None
    words = [w.strip(",.;:") for w in words]
    while words and words[-1].lower() in _CLITICS:
        words = words[:-1]  # "son fils lui"
    if not words or len(words) > 2 + _MODIFIERS:
        return None
    noun = words[-1].lower()
    if noun not in kin:
        return None
    rest = words[:-1]
    if rest and rest[0].lower() in _OWNERS:
        rest = rest[1:]
    return noun if all(w.islower() and w.isalpha() for w in rest) else None


def mention_owner_sex(words: list[str]) -> str | None:
    """"m" or "f" when a mention's first word is a possessive that gives its owner's sex ("his
    son", "Ihr Sohn"), else None."""
    return _OWNER_SEX.get(words[0].lower()) if len(words) > 1 else None


def _owner_sex_before(text: str, at: int) -> str | None:
    """The sex of the owner written right before an introduction's noun at ``at``: a possessive
    ("her son Tom", "ihrem Sohn Tim") or a name's possessive ("Ann Lee's son Tom", by its first
    name), past at most two lowercase modifiers; None when it says none."""
    words = text[max(0, at - _OWNER_READ):at].split()[-4:]
    while words and words[-1].islower() and words[-1].lower() not in _OWNER_SEX and len(words) > 1:
        words = words[:-1]  # "his eldest son": past "eldest"
    if not words:
        return None
    last = words[-1]
    if last.lower() in _OWNER_SEX:
        return _OWNER_SEX[last.lower()]
    if last.endswith(("'s", "’s")) and len(words) >= 2:
        return first_name_sex(" ".join(words[-2:])[:-2])  # "Ann Lee's": by "Ann"
    return None


def _name_of(name: str) -> str | None:
    """The name an introduction gives, without a day or month that follows it ("his son Tom
    Hale Monday"); None when it is no name: a day or a month, and in German, whose nouns are
    capitalized, a first word that is no first name ("ihrem Sohn Geld gegeben", "die Mutter
    Gottes", "Mutter Erde"; read47b)."""
    words = name.split()
    while words and words[-1].lower() in CALENDAR:
        words = words[:-1]
    if not words or current_language().code == "de" and not is_first_name(words[0]):
        return None
    return " ".join(words)


def named_relative(text: str, before: int, noun: str, owner: str | None = None) -> str | None:
    """The one name the article writes right after the relation ``noun`` before ``before``
    ("his eldest son Trey", "seinem Sohn Trey", "su hijo mayor, Trey"), or None (none, or two
    different names). With the mention's ``owner`` sex ("m" for "his son"), a name introduced by
    an owner of the other sex is someone else's relative ("her son Tom"): None (read47b)."""
    gap = _AFTER_NOUN.get(current_language().code, 0)
    initial = "[" + noun[0].upper() + noun[0] + "]"  # "Sohn" and "sohn", "Son" and "son"
    pattern = re.compile(r"(?<![\w\-])" + initial + re.escape(noun[1:]) + r"(?:[^\S\n]{1,2}(?!" + _LINKS + r"\b)[a-zà-öø-ÿ]{2,20}){0," + str(gap) + r"}"
                         r"[^\S\n]{0,2},?[^\S\n]{1,2}" + _NAME + r"(?![\w’'])")
    found: dict[str, set[str | None]] = {}
    for m in pattern.finditer(text, max(0, before - _READ), before):
        name = m.group(1)
        if not name[:1].isupper() or name.split()[0].lower() in TITLES or name.endswith(("’s", "'s")):
            continue
        name = _name_of(name)
        if name is not None:
            found.setdefault(name, set()).add(_owner_sex_before(text, m.start()))
    names = {n for n in found if not any(o != n and o.startswith(n + " ") for o in found)}
    if len(names) != 1:
        return None
    name = names.pop()
    sexes = set().union(*(s for n, s in found.items() if n == name or n.startswith(name + " "))) - {None}
    if owner is not None and sexes - {owner}:
        return None  # "her son Tom … His son said": another's son, no one (read47b)
    return name


# German relatives in the nominative that a possessive gives away: a masculine noun after "sein"
# or "ihr" (the accusative is "seinen", the dative "seinem"); a feminine one only opening its
# clause ("Seine Tochter drehte sich um und sagte"), since "seine Tochter" is an object too.
_MASCULINE_DE: Final = "Sohn|Vater|Bruder|Enkel|Großvater|Opa|Onkel|Neffe|Cousin|Mann|Ehemann|Verlobter|" \
    "Lebensgefährte|Stiefsohn"
_FEMININE_DE: Final = "Tochter|Mutter|Schwester|Enkelin|Großmutter|Oma|Tante|Nichte|Cousine|Frau|Ehefrau|" \
    "Verlobte|Lebensgefährtin|Stieftochter"
_KIN_SUBJECT_DE: Final = re.compile(r"(?<![\w\-])(?:(?:[Ss]ein|[Ii]hr)[^\S\n]{1,2}(?:[a-zäöüß]{2,20}[^\S\n]{1,2})?(?:"
                                    + _MASCULINE_DE + r")|(?:Seine|Ihre)[^\S\n]{1,2}(?:[a-zäöüß]{2,20}[^\S\n]{1,2})?(?:"
                                    + _FEMININE_DE + r"))(?![\w\-])")
_PRONOUN_SUBJECT_DE: Final = re.compile(r"(?<![\w\-])(?:[Ee]r|[Ss]ie|[Ii]ch|[Ww]ir)(?![\w\-])")
_CLAUSE_MAX: Final = 200


def kin_subject_de(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """German: the one relative named by a possessive in the nominative in ``text[lo:hi]`` (a
    clause before "und sagte"), where no pronoun could be the subject instead: "Während des
    Rennens drehte sich sein Sohn zu ihm und sagte: „…“" -> "sein Sohn" (then resolved as
    any "sein Sohn", s52). A feminine relative counts only opening the clause."""
    if hi - lo > _CLAUSE_MAX or _PRONOUN_SUBJECT_DE.search(text, lo, hi):
        return None
    found = [m for m in _KIN_SUBJECT_DE.finditer(text, lo, hi)
             if m.group()[:1] in "si" or m.start() == lo or not text[lo:m.start()].strip()]
    return found[0].span() if len(found) == 1 else None
