"""English speakers that are ordinary words, not names: checks on a speaker found explicitly.

A sentence's first word is capitalized whatever it is, so "Users responded", "Slogans proclaim:"
or "The Storage for ... indicates" hand the rules a capitalized word that names no one. Such a
word is a common noun when the zone also writes it in lower case and never capitalizes it
inside a sentence. A mention holding a quotation mark is a quoted phrase ("Trump’s ‘Appalling’
Remarks"), and one opening on an indefinite determiner or a quantifier ("An Indian defence
ministry statement", "Several European NATO allies") describes no one by name.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.crowds import plural_of_people
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import CALENDAR, FUNCTION_WORDS, KIN
from newsbeam.transforms.quotes.person_nouns import person_noun
from newsbeam.transforms.quotes.names import NameIndex

# Words that open a description, never a name: "An Indian ministry", "Several European allies".
_INDEFINITE: Final = frozenset("a an several some many few two three four various numerous".split())
# Determiners a sentence may open on before a common noun: "The Storage for ... indicates".
_OPENING_DETERMINERS: Final = frozenset("The A An".split())
_QUOTE_MARKS: Final = "“”‘\"„«»"
# Bounds on the occurrences read per word (a zone rarely repeats a word more).
_MAX_SEEN: Final = 40
# How far back a heading line's label may start before its quote.
_MAX_LABEL: Final = 120


def _word_at(text: str, pos: int, length: int) -> bool:
    """Whether ``text[pos:pos + length]`` is a whole word."""
    end = pos + length
    return (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def _has_word(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word`` as a whole word (its plural or possessive included)."""
    pos = text.find(word)
    seen = 0
    while pos >= 0 and seen < _MAX_SEEN:
        if _word_at(text, pos, len(word)):
            return True
        pos = text.find(word, pos + len(word))
        seen += 1
    return False


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence, a heading or a quote, alone or after a
    capitalized determiner ("The Storage for ..." at a sentence start)."""
    k = pos - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    start = k
    while start > 0 and k - start < 3 and text[start - 1].isalpha():
        start -= 1
    if k >= 0 and text[start:k + 1] in _OPENING_DETERMINERS and (start == 0 or not text[start - 1].isalnum()):
        k = start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
    return k < 0 or text[k] in ".!?:\n“‘\"(["


def is_common_word(speaker: str, text: str, names: NameIndex) -> bool:
    """A one-word speaker the zone writes in lower case too and capitalizes only where a
    sentence opens ("Users responded ..." beside "more users may be required"): a common
    noun, no name. A word the article gives a fuller name or a gender for is a name."""
    if " " in speaker or len(speaker) < 3 or not speaker[:1].isupper() or not speaker[1:].islower():
        return False
    if not _has_word(text, speaker.lower()):
        return False
    if names.titled_gender(speaker) is not None or names.fullest(speaker) != speaker:
        return False
    pos = text.find(speaker)
    seen = 0
    while pos >= 0 and seen < _MAX_SEEN:
        if _word_at(text, pos, len(speaker)) and not _opens_sentence(text, pos):
            return False  # "However, Rice says": capitalized inside a sentence, a name
        pos = text.find(speaker, pos + len(speaker))
        seen += 1
    return True


_HEADLINE_PEOPLE: Final = frozenset("""survivor survivors witness witnesses victim victims mourner mourners
patient patients passenger passengers""".split())


def headline_common_word(speaker: str, title: str, names: NameIndex) -> bool:
    """A headline's one-word speaker that is a word for people ("Survivor: “…”" over "A survivor
    said", "Residents: “…”") that another zone of the article writes in lower case and never
    capitalizes inside a sentence: a common noun the headline opens on, no name (stop 57); not a
    word that is also a name ("Labour", "Target", "Rose", "Hope": the second read's traps). A word the article gives a fuller name
    or a gender for is a name ("Macron: “…”" over "Emmanuel Macron said")."""
    if " " in speaker or len(speaker) < 3 or not speaker[:1].isupper() or not speaker[1:].islower():
        return False
    low = speaker.lower()
    if not (low in _HEADLINE_PEOPLE or person_noun(low) or plural_of_people(low) or low in KIN):
        return False  # a word for people only: "Labour", "Target", "Shell", "Rose" are names too
    if names.titled_gender(speaker) is not None or names.fullest(speaker) != speaker:
        return False
    others = [text for text in names.texts() if text is not title]
    if not any(_has_word(text, speaker.lower()) for text in others):
        return False  # ("Iran", "Trump", "Milbank": a name a short item never writes in lower case)
    for text in others:
        pos, seen = text.find(speaker), 0
        while pos >= 0 and seen < _MAX_SEEN:
            if _word_at(text, pos, len(speaker)) and not _opens_sentence(text, pos):
                return False  # "talks with Nato ended": capitalized inside a sentence, a name
            pos, seen = text.find(speaker, pos + len(speaker)), seen + 1
    return True


def is_quoted_phrase(mention: str) -> bool:
    """A mention holding a quotation mark, or ending on a closing one that is no plural's
    possessive: a quoted phrase ("Trump’s ‘Appalling’ Remarks" gives "Appalling’")."""
    if any(mark in mention for mark in _QUOTE_MARKS):
        return True
    return mention.endswith(("’", "'")) and not mention[:-1].endswith("s")


def opens_on_indefinite(speaker: str) -> bool:
    """A speaker whose first word is an indefinite determiner or a quantifier ("An Indian",
    "Several European NATO"): a description, no one's name."""
    first = speaker.split(" ", 1)[0]
    return first.lower() in _INDEFINITE


def names_no_word(mention: str, speaker: str, text: str, names: NameIndex) -> bool:
    """The English checks above, together: the speaker is an ordinary word or phrase."""
    return is_quoted_phrase(mention) or opens_on_indefinite(speaker) or is_common_word(speaker, text, names)


def is_heading_label(mention: str, speaker: str, text: str, open_at: int, names: NameIndex) -> bool:
    """A label before a colon that heads a line rather than naming whose words follow: a
    lower-case word between the mention and the colon ("Film reviews: ‘...’"), or words between
    the colon and the quote after a one-word label the article writes in lower case and never as
    a name ("Samurai: a ‘blockbuster’ display", "samurai" in the text; "Hale: Harbor ‘will win’"
    keeps Hale)."""
    line = text.rfind("\n", max(0, open_at - _MAX_LABEL), open_at) + 1
    colon_at = text.find(":", line, open_at)
    if colon_at < 0:
        return False
    at = text.find(mention, line, colon_at)
    if at < 0 or names.is_person(speaker):
        return False
    between = text[at + len(mention):colon_at].split()
    if len(between) == 1 and between[0].isalpha() and between[0].islower() and between[0] not in FUNCTION_WORDS \
            and between[0] not in CALENDAR and not text[line:at].strip() and \
            not (" " in speaker and (between[0].endswith("ed") or first_name_sex(speaker))):
        # "Film reviews:" opening its line; not "Hale today:", "Hale on taxes:", nor a person and a verb
        # the lexicon lacks ("Stacey Solomon beamed:", "Ann Lee wept:", s62)
        return True
    after = text[colon_at + 1:open_at]
    if " " in speaker or not any(c.isalpha() for c in after) or names.is_proper(speaker):
        return False
    # "Media: Why did ...", the article writing "media" too: a heading word ("Milbank: ..." is a name)
    lower = speaker.lower()
    return any(_has_word(zone, lower) for zone in names.texts())
