"""A name written with a nickname in quotation marks between the given name and the surname
("Daniela „Danni“ Büchner", "Dwayne “The Rock” Johnson", "Earvin “Magic” Johnson"): the given
name and the surname are the name's fullest form, and the nickname with the surname ("Danni
Büchner", "Magic Johnson") names the same person (stop 49). Before, the marks cut the name: the
surname alone ("Johnson") or the nickname's form ("Danni Büchner") was the speaker. The nickname
alone names them too ("said Tig" after "John “Tig” Tiegen"), where the article gives the word no
other name; where two people share the surname, the nicknamed one is introduced where the article
writes the name with its nickname (``first_written``); given names or a middle initial before the
one next to the nickname stay ("Mary Ann “Sunny” Lee") (last49).

Also ``surname_word`` (moved from names.py): a capitalized word that may be a second surname.
Pure functions; one bounded scan of an article's texts.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL, PLACE_WORDS_INTL
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS, ORG_HEADS, PLACE_WORDS, TITLES
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.name_runs import given_name_like, word_then_capitalized
from newsbeam.transforms.quotes.titles import is_title_word

# A given name (or a middle initial), a nickname of one or two capitalized words in quotation
# marks, a surname.
_NICKNAMED: Final = re.compile(
    r"(?<![\w\-])([A-ZÀ-Þ](?:[\w\-]{1,30}+|\.))[^\S\n]{1,2}+[„“\"«‚‘»]"
    r"([A-ZÀ-Þ][\w\-]{0,30}+(?:[^\S\n][A-ZÀ-Þ][\w\-]{0,30}+)?)[“”\"»‘’«][^\S\n]{1,2}+([A-ZÀ-Þ][\w\-]{1,30}+)")
_MAX_NICKNAMED: Final = 40  # nicknamed names read per article
_MORE_GIVEN: Final = 2  # given names or initials read before the one next to the nickname
_MAX_GIVEN_SCAN: Final = 20  # writings of a nickname read for its use as someone's given name

# Surname -> [(given names, nickname, the name as written with it)]
Nicknamed = dict[str, list[tuple[str, str, str]]]


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _given(text: str, m: re.Match[str]) -> str | None:
    """The given names of a ``_NICKNAMED`` match, with the ones before the word next to the
    nickname that are initials or first names of the same sex ("Mary Ann “Sunny” Lee", "Tom R. “Tig”
    Tiegen", "Tom Roe “Tig” Tiegan"; not "Senator" of "Senator Ann “Sunny” Lee", nor "Marine" of "Marine John “Tig” Tiegen");
    None when they open on no given name."""
    words = [m.group(1)]
    before = text[max(0, m.start() - 40):m.start()]
    if before[-1:] == " ":
        for word in reversed(before.split()[-_MORE_GIVEN:]):
            named = next((w for w in words if not _initial(w)), None)
            sex = first_name_sex(f"{word} _") if given_name_like(word) else None
            named_sex = first_name_sex(f"{named} _") if named is not None else None
            if not (_initial(word) or sex is not None and named_sex in (None, sex)):
                break  # (one given name of each sex: "Marine John “Tig” Tiegen", a title)
            # (a middle name no list holds: "Tom Roe “Tig” Tiegan", s50)
            words.insert(0, word)
    return " ".join(words) if given_name_like(words[0]) else None


def nicknamed(texts: list[str]) -> Nicknamed:
    """Surname -> [(given names, nickname, the name as written)] of every name the texts write
    with a quoted nickname between its given names and surname (at most _MAX_NICKNAMED)."""
    out: Nicknamed = {}
    found = 0
    for text in texts:
        for m in _NICKNAMED.finditer(text):
            first, nick, last = _given(text, m), m.group(2), m.group(3)
            if first is None or not surname_word(last):
                continue
            out.setdefault(last, []).append((first, nick, m.group()))
            found += 1
            if found >= _MAX_NICKNAMED:
                return out
    return out


def merge_nicknamed(forms: dict[tuple[str, ...], list[int]], last: str,
                    pairs: list[tuple[str, str, str]]) -> None:
    """Count in ``forms`` (the forms of ``last``: [count, order of first use]) each nicknamed
    person's given names and surname once for each writing with the nickname, and move the
    nickname form's counts onto it ("Danni Büchner" is Daniela Büchner)."""
    for first, nick, _ in pairs:
        entry = forms.setdefault((*first.split(), last), [0, 0])
        entry[0] += 1
        moved = forms.pop((*nick.split(), last), None)
        if moved is not None:
            entry[0] += moved[0]


def given_for_nickname(toks: list[str], forms: dict[tuple[str, ...], list[int]], nicks: Nicknamed,
                       texts: list[str]) -> list[str]:
    """``toks`` (a name's words, ``forms`` the forms of its last word) with a nickname before the
    surname replaced by the given names the article writes it with ("Magic Johnson" -> "Earvin
    Johnson"), and a nickname alone by the one nicknamed person's given names and surname ("Tig"
    -> "John Tiegen") when the ``texts`` write the word in no longer name ("the Orlando Magic",
    "Sunny Kemp"); unchanged otherwise."""
    if len(toks) == 1:
        people = {(*first.split(), last) for last, pairs in nicks.items() for first, nick, _ in pairs
                  if nick == toks[0]}
        if len(people) != 1 or any(len(form) > 1 for form in forms) or _opens_a_name(toks[0], texts):
            return toks
        return list(people.pop())
    nick = " ".join(toks[:-1])
    for first, known, _ in nicks.get(toks[-1], ()):
        if known == nick:
            return [*first.split(), toks[-1]]
    return toks


def _opens_a_name(word: str, texts: list[str]) -> bool:
    """Whether the ``texts`` write ``word`` as a whole word right before a capitalized one ("Sunny
    Kemp"). Bounded: _MAX_GIVEN_SCAN writings per text."""
    for text in texts:
        for seen, (start, _) in enumerate(word_then_capitalized(text, word)):
            if start == 0 or not text[start - 1].isalnum():
                return True
            if seen >= _MAX_GIVEN_SCAN:
                break
    return False


def first_written(text: str, name: str, before: int, nicks: Nicknamed) -> int:
    """Where ``text`` first writes ``name`` before ``before``, as it is or, for a nicknamed
    person's given names and surname, with the nickname between them ("Ann “Sunny” Lee"); -1 if
    nowhere."""
    toks = name.split()
    found = [text.find(name, 0, before)] + [
        text.find(written, 0, before) for first, _, written in nicks.get(toks[-1], ()) if first.split() == toks[:-1]]
    return min((at for at in found if at >= 0), default=-1)


def surname_word(word: str) -> bool:
    """``word`` (capitalized) may be a surname (a second one, a nicknamed person's): no title,
    function word, verb of saying, body, place or word of the language's own lists."""
    low = word.lower()
    lang = current_language()
    return not (low in TITLES or low in FUNCTION_WORDS or low in CUES or low in ORG_HEADS or low in PLACE_WORDS
                or low in ORG_HEADS_INTL or low in PLACE_WORDS_INTL or low in lang.function_words or low in lang.cues
                or is_title_word(low))
