"""Two places where attribution leaned on a closed word list or a verb's active voice, and missed
general shapes of English news (pn41, issue 16). Data and pure functions.

- An unnamed speaker described right before a verb whose speaker stays null ("what former
  employees have called a “...”", "as an American diplomat put it, an “...”") was kept as the
  mention only when its head noun was in a list of roles and groups; a description is the same
  shape whatever its noun ("employees", "diplomat"), so a head the lists lack is taken too when the
  phrase's own shape shows it is a description: it opens on a quantifier ("an American diplomat",
  "some voters") or comes right after "what"/"as" ("what former employees"). The speaker stays
  null: only the words that describe the one who spoke are kept.
- A passive "quoted" after a quote ("“...,” Tom Hale was quoted as saying.", "..., the mayor is
  quoted by the Courier as saying") names whose words they are: the subject of the passive.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon import ADVERBS, FUNCTION_WORDS, PRONOUNS

# Words that open a description of someone unnamed ("an American diplomat", "one lawmaker").
OPENING_QUANTIFIERS: Final = frozenset("a an one another some several many two three four few".split())
# Words right before a description that is the subject of a clause of its own: "what former
# employees have called", "as an American diplomat put it".
_CLAUSE_OPENERS: Final = frozenset(("what", "as"))
_SHORTEST_HEAD: Final = 4  # letters: "aide" and longer; shorter lowercase words are mostly not nouns


def described_head(phrase: list[str], before: str) -> bool:
    """``phrase`` (the words of a description, its head last; ``before`` the word right before it)
    is a description of someone by its shape, whatever its head noun: the head is a lowercase word,
    and the phrase opens on a quantifier or right after "what"/"as"."""
    if len(phrase) < 2:
        return False
    head = phrase[-1]
    if not (head.isalpha() and head.islower() and len(head) >= _SHORTEST_HEAD) or head in FUNCTION_WORDS:
        return False
    return phrase[0].lower() in OPENING_QUANTIFIERS or before.lower() in _CLAUSE_OPENERS


def indefinite_description(mention: str) -> bool:
    """``mention`` describes someone unnamed who cannot be a person the article names: it opens on a
    quantifier ("an American diplomat", "some voters") or is a bare lowercase plural or phrase
    ("former employees", "critics"); not "the senator", a pronoun or a name. A quote that goes on
    from such a speaker stops at a sentence whose subject is someone named (``named_between``)."""
    words = mention.split()
    if not words or mention.lower() in PRONOUNS:
        return False
    first = words[0].lower()
    return first in OPENING_QUANTIFIERS or words[0].islower() and first not in FUNCTION_WORDS


# Forms of "be" that make "quoted" passive right after its subject.
_PASSIVE_BE: Final = frozenset(("is", "was", "are", "were", "has been", "have been", "had been"))
_PASSIVE_WORDS: Final = frozenset(" ".join(_PASSIVE_BE).split()) | {"not"}  # never dropped as adverbs


def quoted_passive(cue_word: str, between: str) -> bool:
    """The words between a subject and the cue ``cue_word`` make it "<subject> was quoted": the
    subject's words are the quote's ("Tom Hale was quoted as saying")."""
    words = [w for w in between.lower().split()  # "was later quoted", "was widely quoted"
             if w in _PASSIVE_WORDS or not (w in ADVERBS or len(w) > 4 and w.endswith("ly"))]
    return cue_word.lower() == "quoted" and " ".join(words) in _PASSIVE_BE
