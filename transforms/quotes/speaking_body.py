"""A body referred to by a word for its kind right after it spoke: "“...,” said NerdWallet. ...
“...,” said the outlet", "Valve said in a statement ... The company said" (rule ``speaking_body``).

The annotation guide: a description that refers to an organisation the article names is that
organisation. ``named_bodies`` finds a body whose name carries the kind's word ("the ministry"
for "Foreign Ministry"); the names of companies, groups and outlets rarely do ("Valve",
"Hamas", "NerdWallet"), so "the company" is read by what the article just did instead: the
speaker of the quote before is a body, named in the passage before this quote with no other
body of that kind introduced since, and the description is "the" and one word for a kind of
speaking body. The last speaker a person, no speaker (an unnamed one), or a body named too far
back: null, rather null than a wrong name.
English only. Pure functions.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.introduced_bodies import INTRODUCED_BODY, introduced_body
from newsbeam.transforms.quotes.named_bodies import SUBJECT_ONLY, body_by_kind
from newsbeam.transforms.quotes.nationals import DEMONYMS, NATIONAL_ADJECTIVES
from newsbeam.transforms.quotes.subject_company import SUBJECT_COMPANY, subject_company
from newsbeam.transforms.quotes.tokens import mention_at, trim

# Words for a body that speaks through statements, posts or articles, whose name seldom holds
# the word ("the company" for "Valve", "the outlet" for "Wired"). Not "government", "party",
# "police", "team": a country's government or a crowd of officers is as often another one than
# the last body quoted.
SPEAKER_KINDS: Final = frozenset("""
company firm startup group organization organisation outlet publication newspaper magazine
website site network broadcaster charity nonprofit tank
""".split())
# The words a think tank's name holds ("Brookings Institution", "Council on Foreign Relations").
_TANK_HEADS: Final = frozenset("Institution Institute Center Centre Council Forum Foundation".split())
# Characters before the quote that must hold the last speaker's name: the same passage.
_NEAR: Final = 1500
SPEAKING_BODY: Final = "speaking_body"
# A capitalized word right before a name: "Bernie Sanders" for "Sanders", a person's name.
_WORD_BEFORE: Final = r"(?<![\w’'])([A-Z][\w’'.\-]{0,30})[^\S\n]{1,3}"


def _ends_longer_name(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` after another capitalized word that is no function word
    ("Sen. Bernie Sanders" for "Sanders"): the end of someone's name, not a body's own."""
    pattern = re.compile(_WORD_BEFORE + re.escape(name) + r"(?![\w’'])")
    return any(trim(m.group(1)).lower() not in FUNCTION_WORDS for m in pattern.finditer(text))


def last_body(words: list[str], last_speaker: str | None, text: str, before: int,
              is_person: Callable[[str], bool], credited_at: int = -1, said_at: int = -1) -> str | None:
    """The body ``last_speaker`` when ``words`` ("the", "company"; "the think tank") describe a
    kind of speaking body and the body, no person, is named in the ``_NEAR`` characters of
    ``text`` before ``before``, or was credited a quote there (``credited_at``, stop 53: "…,” the
    report said. … “…,” the think tank said"); None otherwise. ``said_at``: where the mention itself
    stands before the quote, no other body ("The Palestinian group said it was “…”", s62)."""
    kind_word = "think tank" if words[1:] == ["think", "tank"] else ""
    if kind_word:
        if not last_speaker or not set(last_speaker.split()) & _TANK_HEADS:
            return None  # (read53) a think tank is named as one: not "the IMF", not a person
        words = ["the", "tank"]
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower() or not last_speaker:
        return None
    if trim(words[1]) not in SPEAKER_KINDS or is_person(last_speaker) or not last_speaker[:1].isupper():
        return None
    named = text.rfind(last_speaker, max(0, before - _NEAR), before)
    if named < 0 and (credited_at < 0 or credited_at < before - _NEAR):
        return None  # named far back: a new body of that kind may have come up since
    if _ends_longer_name(last_speaker, text):
        return None  # "Sanders" after "Sen. Bernie Sanders": a person the index did not widen
    kind = re.compile(r"(?<![\w’'-])(\w{1,20}[^\S\n]{1,3})?" + re.escape(kind_word or trim(words[1])) + r"(?![\w’'-])")
    since = max(named + len(last_speaker) if named >= 0 else 0, credited_at)
    upto = said_at if since <= said_at < before else before
    if any((m.group(1) or "").strip().lower() != "the" for m in kind.finditer(text, since, upto)):
        return None  # "a rights group", "militant group Hezbollah" since: another body of that kind came up
    return last_speaker


def kind_body(words: list[str], ctx: ArticleContext, text: str, before: int, found: Finding) -> str | None:
    """The body a definite description of its kind stands for: the one named with the kind's
    word (``named_bodies.body_by_kind``), else the body that spoke last (``last_body``), else
    the one body the article introduced with that kind's word (``introduced_bodies``);
    ``found.rule`` then names the step, for --explain."""
    body = body_by_kind(words, ctx, text, before, found.rule)
    if body:
        found.rule = "body_by_kind"
        return body
    speaker = ctx.last_speaker
    # a "he" or "she" read as the last speaker: a person, no body
    body = None if speaker is not None and speaker in ctx.genders else \
        last_body(words, speaker, text, before, ctx.names.is_person, ctx.last_speaker_at,
                  mention_at(text, found.mention, found.cue_at) if 0 <= found.cue_at < before else -1)
    if body:
        found.rule = SPEAKING_BODY
        return body
    if found.rule in SUBJECT_ONLY:
        return None  # "The group saw ...": a subject with no verb of saying
    body = introduced_body(words, ctx, text, before)  # "startup Agari ... the company said"
    if body:
        found.rule = INTRODUCED_BODY
        return body
    body = subject_company(words, ctx, text, before)  # "Epic Games laid off ... The company said"
    if body:
        found.rule = SUBJECT_COMPANY
    return body


# The kinds a description may modify: a speaking body's, a business's (subject_company).
_DESCRIBED_KINDS: Final = SPEAKER_KINDS | frozenset("band club studio".split())
_MODIFIERS_READ: Final = 4  # words between "the" and the kind


def _compound(word: str) -> bool:
    """A capitalized word joined to a lowercase one ("Iran-backed", "York-based") or of
    nationalities alone ("Anglo-Dutch"): a modifier, no name."""
    parts = word.split("-")
    return len(parts) > 1 and (parts[-1].isalpha() and parts[-1].islower() or
                               all(p in NATIONAL_ADJECTIVES or p in DEMONYMS for p in parts))


def _place_of(after: list[str]) -> bool:
    """The words ``after`` a capitalized one go on to a compound, capitalized all: "New" of
    "New York-based", "Tel" of "Tel Aviv-listed"."""
    for word in after[:2]:
        if not word[:1].isupper():
            return False
        if _compound(word):
            return True
    return False


def described_kind(words: list[str]) -> list[str] | None:
    """["the", "group"] for "the Lebanese group", "the Iran-backed militant group", "the New
    York-based company" (s62): "the", modifiers of which one at least is capitalized (a
    nationality, a compound as "London-listed"; the capitalized words of a place before one)
    and a speaking body's kind. The description refers to a body, never names one ("Lebanese
    group"); the resolver names no one for it (which body the adjective means, it does not read:
    a third reader's "The US company said" after Airbus, s62). None where a capitalized word is
    none of these: "the Adani group", "the Labour party" (and "the Mexican government", no kind
    listed: a country has one)."""
    if not 3 <= len(words) <= _MODIFIERS_READ + 2 or words[0] not in ("the", "The"):
        return None
    kind = words[-1].rstrip(",.;:")
    if kind not in _DESCRIBED_KINDS:
        return None
    middle = [w.rstrip(",") for w in words[1:-1]]
    capitalized = False
    for k, word in enumerate(middle):
        if word[:1].islower():
            if not word.replace("-", "").isalpha():
                return None  # "the 2024 company", "the firm’s" ...: no modifier read
            continue
        if word in NATIONAL_ADJECTIVES or word in DEMONYMS or _compound(word) or \
                word.isalpha() and _place_of(middle[k + 1:]):
            capitalized = True
            continue
        return None
    return ["the", kind] if capitalized else None
