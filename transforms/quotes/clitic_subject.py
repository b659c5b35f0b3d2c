"""A Spanish object pronoun taken for a verb's subject: "Lo dijo porque «…»", "Le dijo a la prensa
que «…»", "Se lo explicó a los vecinos: «…»" (issue 16, stop 39); so is the participle of a
sentence that opens on being asked ("Consultado sobre el tema, respondió: «…»"). A clitic ("lo", "le", "se")
stands before the verb it is the object of and is never its subject: the subject is dropped, and
the speaker is whom the text is about, read as for "«…», dijo." (``implied.dropped_subject_antecedent``).
Before, the rule that read the clitic as the mention gave no one. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.body_described import clitic_before_verb
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.implied import dropped_subject_antecedent
from newsbeam.transforms.quotes.language import current as current_language

# Languages whose verbs drop their subject and take clitics before them (Portuguese puts them
# after the verb in news prose, "disse-lhe": left out).
_LANGUAGES: Final = frozenset(["es"])


# The participles of being asked that open a sentence whose subject is dropped ("Consultado
# sobre el tema, respondió: «…»"): the one asked answers, no one named "Consultado".
_ASKED: Final = frozenset(
    w + end for w in "consultad entrevistad interrogad cuestionad preguntad abordad contactad".split()
    for end in ("o", "a", "os", "as"))


def clitic_mention(found: Finding) -> bool:
    """Whether the whole mention of ``found`` is an object pronoun of the article's language, with a
    verb ("Lo" of "Lo dijo porque"), or a participle of being asked ("Consultado" of "Consultado
    sobre el tema, respondió:")."""
    words = found.mention.split()
    if current_language().code not in _LANGUAGES or not found.cue or len(words) != 1:
        return False
    word = words[0].strip(" .,;:")
    return clitic_before_verb(word) or word.lower() in _ASKED


def clitic_speaker(text: str, ctx: ArticleContext, before: int) -> str | None:
    """Whom a verb after a clitic speaks for: the person the text before the quote at ``before``
    is about (the one last credited in the paragraph, else the first person named in the
    sentences just before), or None."""
    person = dropped_subject_antecedent(text, ctx, before)[0]
    if person is None:
        return None
    at = text.rfind(person, max(0, before - _BACK), before)
    if at >= 0 and after_of(text, at):
        return None  # "comentó el Miembro del Buró Político": a post's body, no one's name
    return person


_BACK: Final = 2000  # characters before the quote searched for the person's name
# "del", "de la", "de" right before a name: the name of the body a post belongs to.
_OF_BEFORE: Final = re.compile(r"\b(?:del|de la|de los|de las|de)[^\S\n]$")
_OF_WINDOW: Final = len("de las ")  # the longest of them, with its space


def after_of(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows "de", "del", "de la", "de los" or "de las"."""
    return _OF_BEFORE.search(text, max(0, at - _OF_WINDOW), at) is not None


def clitic_reporter(mention: str, text: str, ctx: ArticleContext, before: int) -> str | None:
    """Whom the reporting verb of a clause quoted in the sentence speaks for when the words
    before that verb are a clitic ("Lo dijo porque «…»", rule ``clause_fragment``): as
    ``clitic_speaker``; None for any other mention."""
    words = mention.split()
    if current_language().code not in _LANGUAGES or len(words) != 1 or not clitic_before_verb(words[0]):
        return None
    return clitic_speaker(text, ctx, before)
