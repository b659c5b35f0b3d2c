"""An unnamed group as the subject of a verb of saying, whatever its noun (pn42, issue 16).

A subject right before a cue ("officials said", "the farmers described it as “…”") was read only
when its head noun was in a list of roles, groups, bodies and documents (``np_core``). News
describes the people who speak with any noun ("the agents described the ground as “a sponge”",
"Park rangers called the trail “…”"), and a quote whose subject the list lacks lost its
attribution: a short quote then read as the writer's own term (scare), the words of no one.
The shape is general: a plural lowercase noun, with its modifiers (determiner, adjectives, a
capitalized name of a service: "Border Patrol agents"), that opens its clause right before the
verb. The speaker stays null (no one is named); the phrase is kept as the mention.

English only: other languages' plurals and word order differ, and their subjects are read by
their own rules. Pure.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ADVERBS, CUES, DETERMINERS, FUNCTION_WORDS, PRONOUNS
from newsbeam.transforms.quotes.tokens import ends_sentence, is_cap, trim

_SHORTEST_HEAD: Final = 5  # letters: "aides" and longer; shorter words ending in s are mostly not nouns
# Endings of words in -s that are no plural noun: "business", "famous", "analysis", "status".
_NOT_PLURAL: Final = ("ss", "us", "is", "'s", "’s")
CLOSING_MARKS: Final = frozenset("”\"’'»")
_IRREGULAR_PLURALS: Final = ("men", "people")  # "fishermen", "women", "local people"
_MODIFIERS: Final = 4  # words of a phrase before its head: "the local Border Patrol agents"
# Determiners that open a plural subject ("the agents", "some ferrymen"); "his aides" and
# "their lawyers" are read by the lists, and "a ... agents" is no phrase.
_OPENING_DETERMINERS: Final = frozenset("the these those some many several two three".split())
# Words right before the phrase where a clause, and so a subject, starts: "so many that ...".
CLAUSE_OPENERS: Final = frozenset(", ; : that and but when while because as where after before if though although so".split())
# Words that end in -s and name no speaker: times and amounts ("Two weeks later said" is no
# subject), and plural nouns that are things more often than people in news.
_NOT_SPEAKERS: Final = frozenset("""
years months weeks days hours minutes seconds times dollars cents percent points miles inches
others things words remarks comments statements claims reports results numbers figures data
headlines talks negotiations
""".split())
# Verbs that take an object before their quoted name ("called the trail “…”", "described it as"):
# straight before "as" or a quote they are a participle ("the talks described as “productive” by
# Holt", "those schools called “failing”"), a reduced passive whose noun is no speaker.
_OBJECT_VERBS: Final = frozenset("described called dubbed labeled labelled termed branded named".split())
_OPENING_MARKS: Final = ("“", '"', "‘", "«", "as ")
_VERB_READ: Final = 20  # characters after the phrase read for its verb and what follows it
_RESULT_OPENERS: Final = frozenset("so too".split())  # "so many buses said “…” that": a result clause


def _plural_head(word: str) -> bool:
    low = trim(word)
    return (word.islower() and low.replace("-", "").isalpha() and len(low) >= _SHORTEST_HEAD
            and (low.endswith("s") and not low.endswith(_NOT_PLURAL) or low.endswith(_IRREGULAR_PLURALS))
            and low not in FUNCTION_WORDS and low not in ADVERBS and low not in CUES
            and low not in PRONOUNS and low not in _NOT_SPEAKERS)


def modifier(word: str) -> bool:
    low = trim(word)
    if ends_sentence(word) or not low.replace("-", "").isalpha():
        return False
    if low in DETERMINERS:
        return low in _OPENING_DETERMINERS  # ("that" before a phrase is a conjunction)
    if low in PRONOUNS:
        return False  # "he fears": a pronoun and a verb, no phrase
    if is_cap(word):
        return low not in FUNCTION_WORDS  # "Border Patrol agents", not "However agents"
    # (not a word in -ing: "carrying signs saying" is a participle and its object, no subject)
    return low not in FUNCTION_WORDS and low not in CUES and low not in ADVERBS and not low.endswith("ing")


def plural_subject(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The subject phrase that ends on ``toks[i]``, a plural noun no list holds, opening its clause
    ("The agents" described, "Border Patrol agents" described), as (start, end); else None.
    Never right after a closing quote mark: "“…” measures added by", "“…,” recent polls suggest"
    start the writer's own clause, whose noun is what the quote names or a new topic."""
    if current_language().code != "en" or i < 0 or not _plural_head(toks[i][2]):
        return None
    j = i
    while j > 0 and i - j < _MODIFIERS and modifier(toks[j - 1][2]):
        j -= 1
        if trim(toks[j][2]) in DETERMINERS:
            break  # "the agents": the phrase opens on its determiner
    if j > 0 and trim(toks[j - 1][2]) not in CLAUSE_OPENERS and not ends_sentence(toks[j - 1][2]):
        return None  # the phrase must open its clause: "the ground under the agents said" is not
    if char_before(text, toks[j][0]) in CLOSING_MARKS or reduced_passive(text, toks, i):
        return None
    if j > 0 and trim(toks[j][2]) in ("many", "much") and trim(toks[j - 1][2]) in _RESULT_OPENERS:
        return None
    if j > 1 and trim(toks[j - 1][2]) == "that" and any(trim(t[2]) in CUES for t in toks[max(0, j - 4):j - 1]):
        return None  # "She noted that three governments had accused her": a report's clause, its words the outer speaker's
    return toks[j][0], toks[i][1]


def char_before(text: str, at: int) -> str:
    """The last character before ``at`` that is no space or comma ("" at the text's start): a
    walk back over them (not a slice of the whole text before ``at`` for each call)."""
    k = at - 1
    while k >= 0 and text[k] in " ,":
        k -= 1
    return text[k] if k >= 0 else ""


def reduced_passive(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the word after ``toks[i]`` in ``text`` is a verb that needs an object, written straight before
    "as" or a quote: a participle ("the negotiations described as “productive” by Holt")."""
    after = text[toks[i][1]:toks[i][1] + _VERB_READ].split(None, 1)
    return len(after) == 2 and after[0] in _OBJECT_VERBS and after[1].startswith(_OPENING_MARKS)
