"""Rule ``spoken_after`` (issue 16): a capitalized quote right after a word of the writer's
sentence is a sentence someone said (direct), not a name (scare), when the words before it
report speech to a listener or name a chant:

- a verb that takes a listener, then the listener ("asked the packed hall “Why wait?”", "told
  his volunteers “Go home and vote.”", "warned them “It will not be easy.”");
- a chant ("the chants of “Out! Out!”", "chanting “Lower the rents!”", „skandierten „…“") or a
  line of speech ("the line “…”", "the rhetorical question “…”", „Mit dem Satz „…“").

Used by ``kinds.kind_of``: such a quote is direct (the speaker, when no rule names one, null)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import ARTICLES, DEMONSTRATIVES, GROUP_WORDS, POSSESSIVE_DETERMINERS

_WINDOW: Final = 80  # characters before the opening mark read (bounded)
_LISTENER_VERBS: Final = frozenset("""
told asked urged reminded assured warned promised tell ask urge remind assure warn promise
tells asks urges reminds assures warns promises telling asking urging reminding assuring warning
promising
""".split())
_LISTENERS: Final = GROUP_WORDS | frozenset("""
crowd crowds audience audiences reporters journalists listeners viewers readers followers fans
members delegates guests attendees people senators congressmen donors volunteers troops
soldiers graduates employees him her them us me you everyone
""".split())
_OBJECT_WORDS: Final = ARTICLES | POSSESSIVE_DETERMINERS | DEMONSTRATIVES
_WORD: Final = re.compile(r"[^\s]+")
# "chants of", "chanting", "chanted", "skandierten", « scandaient », "coreaban".
_CHANT: Final = re.compile(r"\b(?:chant(?:s|ed|ing)?|skandier\w*|Sprechch(?:or|öre)\w*|scand(?:ai|é|a)\w*|"
                    r"coreab\w*|corea(?:n|ron|ndo)|gritos?|cantaban)(?:\s+(?:of|such\s+as|like|de|como|wie|von))?\s*$",
                    re.IGNORECASE)

# A noun of speech: "the line", "the rhetorical question", "pep talks like", „mit dem Satz".
_SPEECH_NOUN: Final = re.compile(r"\b(?:line|question|remark|retort|reply|talks|Satz|Frage|Ausruf|réplique|"
                          r"pregunta|frase)(?:\s+(?:like|such\s+as|wie|comme|como))?\s*$")


def speech_to_listener(text: str, k: int) -> bool:
    """The words ending at ``text[k]`` are a listener verb and its listener ("asked the crowd",
    "told his staff", "warned them"): at most three words between, none a clause's end."""
    words = _WORD.findall(text[max(0, k + 1 - _WINDOW):k + 1])[-5:]
    if not words:
        return False
    last = words[-1].lower()
    if last not in _LISTENERS and not (words[-1][:1].isupper() and len(words) > 1):
        return False
    for j in range(len(words) - 2, max(-1, len(words) - 6), -1):
        word = words[j]
        low = word.lower()
        if low in _LISTENER_VERBS:
            return True
        if word.endswith((",", ".", ";", ":", "!", "?")) or not (low in _OBJECT_WORDS or word[:1].isupper()
                                                                 or low.isalpha()):
            return False
    return False


def chanted(text: str, k: int) -> bool:
    """The words ending at ``text[k]`` name a chant ("the chants of", "chanting") or a line of
    speech ("the line", "the rhetorical question", „mit dem Satz")."""
    before = text[max(0, k + 1 - _WINDOW):k + 1]
    return _CHANT.search(before) is not None or _SPEECH_NOUN.search(before) is not None


def spoken_after(text: str, k: int) -> bool:
    """A quote after the word ending at ``text[k]`` is someone's sentence (see the module)."""
    return speech_to_listener(text, k) or chanted(text, k)
