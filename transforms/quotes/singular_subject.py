"""One unnamed person as the subject of a verb of saying, whatever its noun (pn43, issue 16).

``plural_subject`` reads a group no list holds ("Park rangers called it “…”"); the same gap is
there for one person: "the coach described the decision as “a disgrace”", "the pensioner said
the repairs were “shoddy”", "a passer-by said the scene was “chaotic”", "the 34-year-old said
she was “relieved”". Regional and agency news name people by any noun (a job, a relation, an
age), and a short quote whose subject the lists lack read as the writer's own term (scare), the
words of no one. The shape is general: a lowercase singular noun (or an age, "the 34-year-old";
a plural is ``plural_subject``'s) after "the", "a", "an" or "one" and its modifiers ("the former
Liverpool striker"), opening its clause right before a verb only of saying. The speaker stays null (no one is named;
resolution may still find who the description stands for); the phrase is kept as the mention.

Not a time ("the day saw"), not a word that stands for a person already named ("the former",
"the latter", "the other": resolved elsewhere), not a reduced passive ("the plan called “…”"),
not after a closing quote mark or a reporting verb's "that" (``plural_subject``'s checks).
English only. Pure.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ADVERBS, CUES, DETERMINERS, FUNCTION_WORDS, PRONOUNS
from newsbeam.transforms.quotes.plural_subject import (
    CLAUSE_OPENERS, CLOSING_MARKS, char_before, modifier, reduced_passive)
from newsbeam.transforms.quotes.tokens import ends_sentence, trim

_SHORTEST_HEAD: Final = 3  # letters: "boy", "mum"
_MODIFIERS: Final = 4  # words between the article and the head: "the former Liverpool striker"
# Articles that open a phrase naming one person: "the coach", "a passer-by", "an onlooker".
_ARTICLES: Final = frozenset("the a an one".split())  # "what one councillor called “…”"
# Where the phrase's clause opens: ``plural_subject``'s openers, and "what" ("the council approved
# what the skipper called “a fair deal”").
_OPENERS: Final = CLAUSE_OPENERS | {"what"}
# "the 34-year-old", "a 19-year-old": an age names a person in news.
_AGE: Final = re.compile(r"\d{1,3}-year-old")
# Singular nouns that name no speaker here: times and amounts, and words that stand for someone
# named before (the chain and the antecedent rules read those).
_NOT_SPEAKERS: Final = frozenset("""
day week month year time hour minute second morning afternoon evening night weekend season
moment decade century percent number amount total rest majority minority former latter other same
first last next one following word phrase term
""".split())

# Verbs only of saying: the phrase's own verb must be one ("the crackdown continued" and "a
# character claiming" are no speaker and a cue; "the toxin said to be used" is a passive).
_SPEECH_VERBS: Final = frozenset("""
said says told tells described describes called calls branded labelled labeled dubbed termed
dismissed added adds explained warned insisted claimed admitted stated wrote writes declared
recalled noted urged asked replied argued complained praised accused tweeted
""".split())
# A word that is one more person of those just described, alone: "Another said", "Another
# tweeted" (vox pops and roundups of posts); the speaker stays null.
_ONE_MORE: Final = frozenset(("another",))
_NAMING: Final = frozenset("called named dubbed titled nicknamed".split())
# Verbs of saying that also take a plain object ("the town added footpaths", "the club adds a
# stand"): speech only when "that", a comma, a colon or a quote mark follows them ("noted" with its
# "that" dropped reports: "the tabloid noted Lee “has …”").
_OBJECT_VERBS: Final = frozenset("added adds".split())
_SPEECH_AFTER: Final = ("that ", ",", ":", "“", '"', "‘", "'")
_VERB_READ: Final = 40  # characters after the phrase read for its verb
_SKIPPED_MAX: Final = 2  # adverbs and auxiliaries between the phrase and its verb: "has also said"
_PASSIVE_AFTER: Final = ("to be ", "to have ")  # "the toxin said to be used"


def _verb_of_saying(text: str, end: int) -> bool:
    """Whether the words after ``end`` (the phrase's end) are a verb of saying, after at most two
    adverbs or auxiliaries, and no passive ("said to be")."""
    if not text[end:end + 1].isspace():
        return False  # "A self-described", "the so-called": one word cut at its hyphen
    words = text[end:end + _VERB_READ].split()
    k = 0
    while k < min(len(words), _SKIPPED_MAX) and words[k].lower() in ADVERBS:
        k += 1
    if k >= len(words) or words[k].rstrip(",:") not in _SPEECH_VERBS:
        return False
    after = text[end:end + _VERB_READ].split(words[k].rstrip(",:"), 1)[1]
    if words[k].rstrip(",:") in _OBJECT_VERBS and not after.lstrip(" ").startswith(_SPEECH_AFTER):
        return False  # "the town added footpaths that are “shaded”": an object, no one speaking
    return not after.lstrip(" ,:").startswith(_PASSIVE_AFTER)


def _naming_verb(text: str, end: int) -> bool:
    """Whether the word right after ``end`` is a verb of naming: after "a" or "an" it is mostly a
    participle that gives the noun its name ("a band called Sophistafunk")."""
    words = text[end:end + _VERB_READ].split(None, 1)
    return bool(words) and words[0] in _NAMING


def _singular_head(word: str) -> bool:
    low = trim(word)
    if _AGE.fullmatch(low):
        return True
    return (word.islower() and low.replace("-", "").isalpha() and not low.endswith("-") and len(low) >= _SHORTEST_HEAD
            and not low.endswith(("ly", "ing")) and (not low.endswith("s") or low.endswith("ss"))
            and low not in FUNCTION_WORDS and low not in ADVERBS and low not in CUES
            and low not in PRONOUNS and low not in _NOT_SPEAKERS)


def _one_more(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """"Another" alone as the subject, opening its clause ("One resident waved a flag. Another
    said, “…”"): one more of the people just described, unnamed; the word is the mention."""
    if i > 0 and trim(toks[i - 1][2]) not in _OPENERS and not ends_sentence(toks[i - 1][2]):
        return None  # "he told another said" is no subject
    if char_before(text, toks[i][0]) in CLOSING_MARKS:
        return None
    return toks[i][0], toks[i][1]


def singular_subject(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The subject phrase that ends on ``toks[i]``, one person's noun no list holds, after its
    article and opening its clause ("the coach" described, "A passer-by" said), as (start,
    end); else None."""
    if current_language().code != "en" or not _verb_of_saying(text, toks[i][1]):
        return None
    if trim(toks[i][2]) in _ONE_MORE:
        return _one_more(text, toks, i)
    if i < 1 or not _singular_head(toks[i][2]):
        return None
    j = i
    while j > 0 and i - j <= _MODIFIERS:
        low = trim(toks[j - 1][2])
        if low in _ARTICLES and not ends_sentence(toks[j - 1][2]):
            j -= 1
            break
        if low in DETERMINERS or not modifier(toks[j - 1][2]):
            return None  # "his coach" is read by the lists; "that coach" is no phrase here
        j -= 1
    if trim(toks[j][2]) not in _ARTICLES:
        return None
    after_what = j > 0 and trim(toks[j - 1][2]) == "what"  # "what the skipper called “…”": no participle
    if not after_what and trim(toks[j][2]) in ("a", "an") and _naming_verb(text, toks[i][1]):
        return None  # "a band called Sophistafunk", "a boy named Sue": a name given, no one speaking
    if j > 0 and trim(toks[j - 1][2]) not in _OPENERS and not ends_sentence(toks[j - 1][2]):
        return None  # the phrase must open its clause: "the ball hit the keeper said" is not
    if char_before(text, toks[j][0]) in CLOSING_MARKS or not after_what and reduced_passive(text, toks, i):
        return None
    if j > 1 and trim(toks[j - 1][2]) == "that" and any(trim(t[2]) in CUES for t in toks[max(0, j - 4):j - 1]):
        return None  # "She said that the plan called for “…”": a report's clause, the outer speaker's
    return toks[j][0], toks[i][1]
