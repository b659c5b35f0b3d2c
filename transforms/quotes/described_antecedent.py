"""German: a definite description standing for the person named just before it ("Tom Weber
führt den Hof seit 1998. „…“, sagt der Landwirt."; "…, so die 34-Jährige"; "Der Ex-Profi
sagt: …"). German news names a person once and then refers back by a role, an age, a
nationality or a family noun, as English does with "he"; the article before the description
("der", "die") gives the sex. The description is the person's when that person is the last one
of a sex that could fit named before it, the article quoted them before or gave them that sex (a
title, a role, a pronoun: without a list of given names, "Tom" tells no sex, and "die Bäuerin"
after "Tom Weber" may be his wife), the sentence that last named them names no one else who
could fit, no one else quoted or of that sex was named in the stretch read, and the noun introduced no unnamed newcomer since ("eine Bahn-Sprecherin … die
Bahn-Sprecherin"). The last step of
``described_roles.description_holder``, after the steps that find who the article gave the role
to. Pure functions, bounded reads."""
from __future__ import annotations

import os
import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.gender_de import noun_gender
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.pronouns_de import gender_of
from newsbeam.transforms.quotes.role_compounds import other_office
from newsbeam.transforms.quotes.titles import is_compound_title, is_title_word

_WINDOW: Final = 3_000  # characters before the quote read for the person referred back to
_ARTICLE_GENDER: Final = {"der": "m", "die": "f"}
# A definite description: the article, at most two adjectives (lower case), one noun.
_DESCRIPTION: Final = re.compile(r"(der|die)[^\S\n]{1,3}(?:[a-zäöüß][\w\-]{1,25}[^\S\n]{1,3}){0,2}"
                                 r"([A-ZÄÖÜ][\w\-]{2,40})", re.IGNORECASE)
_AGE: Final = re.compile(r"\d{1,3}-Jährigen?")
# Nouns of a person that are no role noun: a nationality's or a people's weak masculine
# ("der Franzose", "der Brite") and the nouns said of either sex ("der Ex-Profi", "der Star").
_WEAK_PEOPLE: Final = ("ose", "ite", "ane", "ene", "ier", "äne", "ede", "ine", "ale")
_EITHER_SEX: Final = frozenset("profi star coach routinier".split())
# An indefinite article before the noun: the description was someone unnamed ("eine Sprecherin").
_INDEFINITE: Final = r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Ee]ines|[Jj]eder)[^\S\n]{1,3}(?:[a-zäöüß][\w\-]{1,25}[^\S\n]{1,3}){0,2}"


def _person_noun(noun: str, article: str) -> str | None:
    """The sex the description ``article`` + ``noun`` gives, when the noun is one person's: a
    role, a title, a family noun, an age ("34-Jährige"), a people's noun ("Franzose"), a noun
    said of either sex ("Ex-Profi"); None for anything else and for a plural ("die Ökonomen")."""
    sex = _ARTICLE_GENDER[article.lower()]
    head = noun.rsplit("-", 1)[-1].lower()
    if _AGE.fullmatch(noun):
        return sex if noun.endswith("e") else None
    if head in _EITHER_SEX:
        return sex
    stated = noun_gender(noun, article)
    if stated is not None:
        return sex if stated == sex else None  # "die Ökonomen" (a plural), "die Experte" (no one)
    if sex == "m" and head.endswith(_WEAK_PEOPLE) and len(head) >= 5:
        return sex  # "der Franzose", "der Brite"
    if sex == "f" and head.endswith("in") and len(head) >= 5:
        return sex  # "die Französin", "die Britin"
    return None


def _introduced_unnamed(text: str, noun: str, lo: int, before: int) -> bool:
    """Whether the article introduced someone unnamed with ``noun`` before ``before`` ("eine
    Bahn-Sprecherin", "ein junger Polizist"): the description refers back to them."""
    head = noun.rsplit("-", 1)[-1]
    return re.search(_INDEFINITE + r"(?:[\w]{1,20}-)?" + re.escape(head) + r"\b", text[lo:before]) is not None


# Articles and the prepositions joined to one: a word written after one is a German noun.
_ARTICLES: Final = r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|zum|zur|im|am|vom|beim|ins)"
_NOUN_ENDINGS: Final = ("ung", "heit", "keit", "schaft", "tion", "ität", "nis", "tum")


def _noun(text: str, word: str) -> bool:
    """Whether ``word`` is a German noun by its ending ("Verweigerung") or because the article
    writes it after an article ("das Geld", "zum Zeitpunkt"): a name seldom is."""
    return word.lower().endswith(_NOUN_ENDINGS) or re.search(
        r"\b" + _ARTICLES + r"[^\S\n]{1,3}" + re.escape(word) + r"\b", text, re.IGNORECASE) is not None


def _bare_name(run: str, ctx: ArticleContext) -> str:
    """``run`` without the words that open it and are no part of the name: an article, a title or
    role ("Der Bäcker Tom Weber"), a verb that opens the sentence ("Läuft Piotr Trochowski",
    found as a word the article never writes with the rest of the name)."""
    lang = current_language()
    words = run.split()
    while len(words) > 1 and (words[0].lower() in lang.function_words or words[0].lower() in FUNCTION_WORDS
                              or is_role_noun(words[0].lower()) or is_title_word(words[0])
                              or noun_gender(words[0]) is not None or is_compound_title(words[0].lower())):
        words.pop(0)
    if len(words) > 2 and words[0].lower() not in ctx.names.fullest(" ".join(words[1:])).lower():
        words.pop(0)
    return " ".join(words)


def _parts(run: str, end: int) -> list[tuple[str, int]]:
    """The stretches of capitalized words of ``run`` (ending at ``end``) between its lower-case
    words, each with its end: "Tom Weber und Jonas Brandt" is two people."""
    out: list[tuple[str, int]] = []
    words: list[str] = []
    at = end - len(run)
    for word in run.split(" "):
        at += len(word) + 1
        if word[:1].isupper():
            words.append(word)
            continue
        if words:
            out.append((" ".join(words), at - len(word) - 2))
        words = []
    if words:
        out.append((" ".join(words), end))
    return out


def _person(text: str, ctx: ArticleContext, run: str) -> str | None:
    """The person ``run`` may name, as the article gives the name in full: two capitalized words
    or more, none of them a function word or a noun. German capitalizes its nouns, so two
    capitalized words ("Mehr Geld", "Medizinische Gründe") are a name only when neither is a
    noun; one that is still no one's only stands in the way of another person (a candidate
    must be quoted or given a sex)."""
    lang = current_language()
    name = _bare_name(run, ctx)
    if not is_person_like(name) or is_org(name):
        return None
    person = _bare_name(ctx.names.fullest(name), ctx)  # ("Wirtschaftsminister Hubert Aiwanger")
    words = person.split()
    if " " not in name and person not in ctx.people and gender_of(text, ctx, person) is None:
        return None  # "Eltern", widened to "Dürfen Eltern" by a heading: a surname only once shown
    if len(words) < 2 or any(w.lower() in FUNCTION_WORDS or w.lower() in lang.function_words or
                             w.endswith("-") or _noun(text, w) for w in words):
        return None
    return person


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a line, where German capitalizes any word."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n“”\"»«"


_MENTIONS_READ: Final = 20  # mentions of a name read for one inside a sentence


def _inside_sentence(text: str, name: str) -> bool:
    """Whether the article writes ``name`` somewhere inside a sentence, where German capitalizes
    only nouns and names (a question heading "Dürfen Eltern …?" opens on a verb)."""
    at, seen = text.find(name), 0
    while at >= 0 and seen < _MENTIONS_READ:
        if not _opens_sentence(text, at):
            return True
        at, seen = text.find(name, at + len(name)), seen + 1
    return False


def _people_before(text: str, ctx: ArticleContext, lo: int, hi: int) -> list[tuple[str, int]]:
    """(person, end of the mention) of the people named in ``text[lo:hi]``, in order; a run that
    opens a sentence ("Dürfen Eltern …", "Weitere Artikel") only when the article writes it inside
    a sentence too, quoted it or gave it a sex."""
    out = []
    for whole, whole_end in names_in(text, lo, hi):
        for run, end in _parts(whole, whole_end):
            person = _person(text, ctx, run)
            if person is not None and _opens_sentence(text, end - len(_bare_name(run, ctx))) and not (
                    _inside_sentence(text, person) or person in ctx.people or gender_of(text, ctx, person)):
                continue
            if person is not None:
                out.append((person, end))
    return out


def _sentence_around(text: str, lo: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[end - 1]`` (not before ``lo``): from the last
    stop or line break before it to the next one after it."""
    start = max(lo, text.rfind("\n", lo, end) + 1, *(text.rfind(s, lo, end) + 2 for s in _STOPS))
    ends = [at for at in (text.find(s, end) for s in (*_STOPS, "\n")) if at >= 0]
    return start, min(ends, default=len(text))


_STOPS: Final = (". ", "! ", "? ")


def _shown(text: str, ctx: ArticleContext, person: str, sex: str) -> bool:
    """Whether the article shows ``person`` can be the one described: it credited them with a
    quote before, or gave them the description's ``sex``."""
    return person in ctx.people or gender_of(text, ctx, person) == sex


def described_antecedent(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """The person the German definite description ``mention`` (credited before ``before``)
    refers back to: the last person named before it whose sex the article does not give as the
    other one, when the article credited that person with a quote before or gave them the
    description's sex, no other such person is named in the sentence that last named them nor
    shown so in the stretch read, and the description's noun introduced no unnamed person since;
    else None."""
    if current_language().code != "de":
        return None
    m = _DESCRIPTION.fullmatch(mention.strip(" .,;:"))
    sex = _person_noun(m.group(2), m.group(1)) if m is not None else None
    if m is None or sex is None:
        return None
    lo = max(0, before - _WINDOW)
    people = [(person, end) for person, end in _people_before(text, ctx, lo, before)
              if gender_of(text, ctx, person) in (None, sex)]
    if not people:
        return None
    found, last = people[-1]
    if not _shown(text, ctx, found, sex):
        return None  # a name the article neither quoted nor gave a sex: "die Bäuerin" may be his wife
    s_lo, s_hi = _sentence_around(text, lo, last)
    for person, end in people:
        if not set(person.split()) & set(found.split()) and (s_lo <= end <= s_hi or _shown(text, ctx, person, sex)):
            return None  # "Tom Weber und Jonas Brandt führen den Hof", another man quoted: neither
    if _introduced_unnamed(text, m.group(2), last, before):
        return None  # "Tom Weber … Eine Sprecherin der Stadt … die Sprecherin": someone unnamed
    if _holds_other_role(text, found, m.group(2)):
        return None  # "Vizepräsident Harald Moosbrugger … der Präsident": another office
    return found


_ROLE_MENTIONS: Final = 6  # mentions of a person's name read for the role written before it
_OFFICE_MIN: Final = 5  # letters of the office two roles end on ("trainer", "ministerin"; not "erin")


def _holds_other_role(text: str, person: str, noun: str) -> bool:
    """Whether the article writes ``person`` after another office of the kind ``noun`` names: a
    compound of another office ("Vizepräsident Harald Moosbrugger" is not "der Präsident",
    "Co-Trainer …" not "der Trainer") or another compound of the same office ("Justizministerin
    Karla Wendt" is not "die Familienministerin"). "Wirtschaftsminister Hubert Aiwanger" is "der
    Minister"; a role of another kind ("Die Sängerin Lea Roth" … "die Musikerin") is a synonym."""
    want = noun.rsplit("-", 1)[-1].lower()
    at, seen = text.find(person), 0
    while at >= 0 and seen < _ROLE_MENTIONS:
        words = text[max(0, at - 60):at].split()
        role = words[-1] if words else ""
        low = role.rsplit("-", 1)[-1].lower()
        base = os.path.commonprefix([low[::-1], want[::-1]])[::-1]  # the office both end on
        if role[:1].isupper() and len(base) >= _OFFICE_MIN and is_title_word(base) and (
                other_office(role) and low.endswith(want) or not low.endswith(want)):
            return True
        at, seen = text.find(person, at + len(person)), seen + 1
    return False
