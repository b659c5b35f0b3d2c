"""A German age standing for someone the article has just named without that age: "Das
bestätigte Jonas Brandt am Montag. „...“, schrieb der 46-Jährige." German news refers back to a
person by age as English does with "he"; "der" and "die" give the gender. The rule
``aged_antecedent`` (in ``RULES``, rules.py, after ``aged_description``, which takes the person
the article introduced with that age). Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.surname_mentions import written_twice
from newsbeam.transforms.quotes.titles import split_title

AGED_ANTECEDENT: Final = "aged_antecedent"
_AGES_READ: Final = 20_000  # characters read back for an age given to anyone (bounded)
# After the closing mark: a reporting verb and "der/die 46-Jährige", the sentence's end after it
# (or a short adjunct: "darunter", "auf Instagram").
_AGED_AFTER: Final = re.compile(r"[^\S\n]*+,?+[^\S\n]*+([^\W\d_]{2,20})[^\S\n]{1,3}(der|die)[^\S\n]{1,3}"
                                r"(\d{1,3})-Jährige\b([^.!?\n]{0,40})[.!?]")
# Before the quote, in its sentence (stop 47): "Der 46-Jährige sagt: „...“" (the age first, then its
# verb) and "Dann sagt der 46-Jährige: „...“" (the verb second); a few words may follow, no quote mark.
_AGED_LEAD_FIRST: Final = re.compile(r"[^\S\n]*+(Der|Die)[^\S\n]{1,3}(\d{1,3})-Jährige[^\S\n]{1,3}"
                                     r"([^\W\d_]{2,20})\b([^„“”»«\"\n]{0,60})$")
# (s60: a fronted phrase of a few words too, "Nach dem Spiel sagte die 45-Jährige:")
_AGED_LEAD_SECOND: Final = re.compile(r"[^\S\n]*+[A-ZÄÖÜ][^\W\d_]{1,20}(?:[^\S\n]{1,3}[^\W\d_]{1,20}){0,4}?[^\S\n]{1,3}"
                                      r"([^\W\d_]{2,20})[^\S\n]{1,3}"
                                      r"(der|die)[^\S\n]{1,3}(\d{1,3})-Jährige\b([^„“”»«\"\n]{0,60})$")
_LEAD_READ: Final = 120  # characters of the quote's sentence before its mark (bounded)


def aged_lead(site: Site) -> tuple[str, str, str, str, int] | None:
    """(its verb, "der" or "die", the age, the words after, where the verb stands) when the
    quote's own sentence leads into it with "Der 46-Jährige sagt:" or "Dann sagt der
    46-Jährige:" (German), else None."""
    lo, hi = site.sent_lo, site.span.open_at
    if not 0 < hi - lo <= _LEAD_READ:
        return None
    first = _AGED_LEAD_FIRST.match(site.text, lo, hi)
    if first is not None:
        return first.group(3), first.group(1).lower(), first.group(2), first.group(4), first.start(3)
    second = _AGED_LEAD_SECOND.match(site.text, lo, hi)
    if second is not None:
        return second.group(1), second.group(2), second.group(3), second.group(4), second.start(1)
    return None


# Any age written next to a name or as an adjective ("(46)", ", 46,", "46-jährige", "46 Jahre alt").
_ANY_AGE: Final = r"(?:\((?:{a})\)|,[^\S\n]{{1,3}}(?:{a}),|\b(?:{a})-[jJ]ährige|\b(?:{a})[^\S\n]Jahre[^\S\n]alt)"


def _age_given(text: str, lo: int, hi: int, age: str) -> bool:
    """Whether ``text[lo:hi]`` gives anyone the age ``age`` ("Jonas Brandt (46)", "der
    46-jährige Brandt"): then that person is meant, a matter for ``aged_description``."""
    return re.search(_ANY_AGE.format(a=age), text[lo:hi]) is not None


def _other_age(text: str, person: str, age: str) -> bool:
    """Whether the article writes ``person`` with an age other than ``age`` ("Jonas Brandt
    (52)"): then "der 46-Jährige" is someone else."""
    for m in re.finditer(re.escape(person) + r"[^\S\n]{0,2}(?:\((\d{1,3})\)|,[^\S\n]{1,3}(\d{1,3}),)", text):
        if (m.group(1) or m.group(2)) != age:
            return True
    return False


def _sole_person(text: str, ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The one person named by two words or more in ``text[lo:hi]`` whom the article calls again
    by the first or the last word ("Ennesto Monté" ... "Ennesto"); two people, or none: None."""
    lang = current_language()
    found: str | None = None
    for run, _ in names_in(text, lo, hi):
        name = split_title(run) or run
        words = name.split()
        if len(words) == 1 and ctx.names.is_person(name) and ctx.names.fullest(name) != found and \
                found is not None and not found.endswith(" " + name):
            return None  # "traf Jonas Brandt Lea": another person, by one name
        if len(words) < 2 or not is_person_like(name) or is_org(name) or any(
                w.lower() in FUNCTION_WORDS or w.lower() in lang.function_words for w in words):
            continue
        if not (written_twice(text, words[-1]) or written_twice(text, words[0] + " ") or
                len(words) == 2 and first_name_sex(name) is not None):
            continue  # (named once: a first name of one sex makes a person's name, s54)
        person = ctx.names.fullest(name)
        if found is not None and person != found:
            return None
        found = person
    return found


def _someone_unnamed(sentence: str, person: str) -> bool:
    """Whether ``sentence`` speaks of someone else by a role ("befragte Jonas Brandt und seinen
    Nachbarn"): the age may be theirs. A role word right before the name is its own."""
    first = person.split()[0]
    words = sentence.split()
    for n, w in enumerate(words):
        low = w.strip(".,;:!?()„“”»«").lower()
        if is_role_noun(low) and not (n + 1 < len(words) and words[n + 1].startswith(first)):
            return True
    return False


# Words before a name that make it an object or a possessor, not the sentence's subject ("den
# Mörder von Jonas Brandt", "mit Jonas Brandt").
_NOT_SUBJECT: Final = frozenset("von vom des dem den mit gegen für bei über um an auf zu zum zur gegenüber".split())
# A subject of its own opening the sentence ("Die Polizei nahm Jonas Brandt fest"): the name after it
# is an object.
_OTHER_SUBJECT: Final = re.compile(r"(?:Die|Der|Das|Ein|Eine)[^\S\n]+[A-ZÄÖÜ][\w\-]{1,30}[^\S\n]+[a-zäöüß]")
# Someone else by a noun: "einen Feuerwehrmann", "den Verdächtigen", "den Mörder", "die Frau".
_PERSON_NOUN: Final = re.compile(r"\b(?:den|dem|des|einen|einem|eines|die|der|eine|einer)[^\S\n]+"
                                 r"([A-ZÄÖÜ][\w\-]{0,30}(?:mann|männer|frau|frauen|igen|ten|enen|lichen|[dt]er|erin))\b")


def _position(sentence: str, person: str) -> tuple[list[str], str] | None:
    """(the words before the person's name in ``sentence``, the name's role word or "") or None
    when the sentence does not write the name."""
    words = person.split()
    at = sentence.find(words[-1])
    if at < 0:
        return None
    before = sentence[:at].split()
    while before and before[-1] in words:
        before.pop()
    return before, before[-1] if before and is_role_noun(before[-1].lower()) else ""


def _not_the_one(sentence: str, person: str, gender: str) -> bool:
    """Whether the person named in ``sentence`` is no good antecedent of "der/die 46-Jährige":
    an object or a possessor ("den Mörder von Jonas Brandt", "Die Polizei nahm Jonas Brandt
    fest"), of the other gender by the role before the name ("Bürgermeisterin Anna Brandt" for
    "der"), or beside someone else named by a noun ("ehrte einen Feuerwehrmann")."""
    found = _position(sentence, person)
    if found is None:
        return False
    before, role = found
    if before and (before[-1].lower() in _NOT_SUBJECT or _OTHER_SUBJECT.match(" ".join(before)) and not role):
        return True
    if role and ("f" if role.lower().endswith("in") or role == "Frau" else "m") != gender:
        return True
    return any(m.group(1) != role for m in _PERSON_NOUN.finditer(sentence))


def aged_antecedent(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, "„...“, schrieb der 46-Jährige." where the article gave no one that age: the
    one person the sentence before the quote names (the last sentence of the paragraph before,
    for a quote that opens its paragraph). An age the article gives someone, another age written
    with that person, two people named, someone else spoken of by a role ("und seinen Nachbarn")
    or a person the article showed to be of the other gender: null."""
    text, span = site.text, site.span
    if current_language().code != "de" or span.close_at < 0 or ctx.sentences is None:
        return None
    m = _AGED_AFTER.match(text, span.close_at + 1, site.tail_hi)
    found = (m.group(1), m.group(2), m.group(3), m.group(4), m.start(1)) if m is not None else aged_lead(site)
    if found is None or found[0].lower() not in current_language().cues or \
            any(c in found[3] for c in "„“”»«,\""):
        return None
    cue, article, age, _, cue_at = found
    if _age_given(text, max(0, span.open_at - _AGES_READ), span.open_at, age):
        return None
    hi = site.sent_lo
    lo = site.p_lo
    if hi <= site.p_lo:  # the quote opens its paragraph: the paragraph before
        hi = site.p_lo - 1
        while hi > 0 and text[hi - 1] in " \r\n":
            hi -= 1
        lo = text.rfind("\n", 0, hi) + 1
    if hi <= lo:
        return None
    lo = ctx.sentences.start(lo, hi - 1)
    person = _sole_person(text, ctx, lo, hi)
    gender = "m" if article == "der" else "f"
    if not person or (ctx.genders.get(person) or ctx.names.gender(person) or gender) != gender or \
            _other_age(text, person, age) or _someone_unnamed(text[lo:hi], person) or \
            _not_the_one(text[lo:hi], person, gender):
        return None
    return Finding(person, cue, "explicit", cue_at, AGED_ANTECEDENT)
