"""Direct or partial by what the writer's sentence holds besides the quote (issue 16; the guide's
batch D agreement): "A whole quoted sentence whose only companions in the writer's sentence are
its attribution is direct, whatever its first letter; it is partial when the writer's sentence
has words of its own that the quoted clause completes."

- ``attribution_only``: a quote after a comma whose sentence before it is only an attribution,
  a sentence adverb or a conjunction at most before it (``Ultimately, said the Courier, “this is
  no job for amateurs.”``, ``But, she adds, “it works.”``), and that closes its sentence on a
  stop of its own: direct, though it opens in lower case.
- ``completes_that_clause``: a quote after a comma that closes a condition or a time clause
  inside a clause of reported content (``warned that if the strikers stayed out, “We will close
  the plant.”``): the quote completes the writer's that-clause, partial, though it opens on a
  capital. Not a quote of several sentences (a passage the writer leads into).
- ``thought_after``: a question or an exclamation opening on a capital right after a verb of
  thinking or knowing (``you just know “I want that!”``, ``suddenly thinking “Did I lock the
  door?”``): a thought given in its own words, imagined speech, direct (null when no one is
  named), not the writer's term.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.joined_clauses import is_abbreviation
from newsbeam.transforms.quotes.tokens import WORDS

_WINDOW: Final = 240  # characters read back from the opening mark, at most
_MAX_ATTRIBUTION: Final = 5  # words of the attribution ("said the Harbor Courier"), at most
_ENDS: Final = "”’\"' "
# Verbs of saying that make an attribution (not every cue: "post", "report" are nouns too).
_SAYING: Final = frozenset("""said says adds added wrote writes told tells notes noted argues argued
explains explained concludes concluded recalls recalled insists insisted continues continued
warns warned declares declared""".split())
# Sentence adverbs and conjunctions that may open the sentence before its attribution.
_LEAD_WORDS: Final = frozenset("""but and yet so still ultimately finally however indeed instead then
now later again meanwhile also""".split())
# A quote opening on one of these goes on with the writer's clause before it.
_CONJUNCTIONS: Final = frozenset("and but or so because yet nor while whereas although though".split())
# Verbs of thinking or knowing that a thought in its own words may follow.
_THINKING: Final = frozenset("""think thinks thinking thought know knows knowing knew wonder wonders
wondering wondered realize realizes realizing realized realise realises realising realised""".split())
_INNER_SENTENCE: Final = re.compile(r"[.!?][^\S\n]+[A-Z]")
# "that if …,", "that when …,": a subordinate clause opening inside a clause of reported content,
# closed by the comma right before the quote (no quote mark, stop or line break inside it).
_THAT_CLAUSE: Final = re.compile(
    r"\bthat,?[^\S\n]+(?:if|when|once|unless|whenever|until|as[^\S\n]+soon[^\S\n]+as|as[^\S\n]+long[^\S\n]+as)"
    r"\b[^“”\"«»„\n.!?;:]{1,200},[^\S\n]*$", re.IGNORECASE)


def _sentence_lead(text: str, k: int) -> str | None:
    """The text of the sentence before ``text[k]``: from the last stop (not an abbreviation's),
    line break or quote mark before it; None when none is found within ``_WINDOW`` characters."""
    lo = max(0, k - _WINDOW)
    for i in range(k - 1, lo - 1, -1):
        ch = text[i]
        if ch == "." and is_abbreviation(text[text.rfind(" ", lo, i) + 1:i + 1]):
            continue  # "on Jan. 13 declared,": no sentence ends there
        if ch in ".!?\n“”\"«»„":
            return text[i + 1:k + 1]
    return text[:k + 1] if lo == 0 else None


def attribution_only(text: str, k: int, quoted: str) -> bool:
    """``text[k]`` is the comma before the quote; the sentence before it is an attribution (a
    verb of saying and its speaker), with only sentence adverbs or conjunctions set off before
    it, and ``quoted`` closes on a stop and opens on no conjunction (see the module)."""
    if text[k] != "," or quoted.rstrip(_ENDS)[-1:] not in (".", "!", "?"):
        return False
    first = WORDS.match(quoted.lstrip())
    if first is None or first.group().lower() in _CONJUNCTIONS:
        return False  # "There’s irony, Lee says, “but there’s also …”": the clause goes on
    lead = _sentence_lead(text, k)
    if lead is None:
        return False
    parts = [WORDS.findall(part.lower()) for part in lead.split(",")]
    parts = [p for p in parts if p]
    if not parts or len(parts[-1]) > _MAX_ATTRIBUTION or not any(w in _SAYING for w in parts[-1]):
        return False
    if parts[-1][:2] == ["that", "said"] or parts[-1][:1] == ["having"]:
        return False  # "That said, “…”", "Having said that, “…”": the writer's phrase, no attribution
    # "Ultimately, said X,", "But, she adds,": only a lead word set off before the attribution
    return all(len(p) == 1 and p[0] in _LEAD_WORDS for p in parts[:-1])


def completes_that_clause(text: str, k: int, quoted: str) -> bool:
    """``text[k]`` is the comma before the quote, closing ``that if …,`` (see the module), and
    ``quoted`` is one sentence."""
    if text[k] != "," or _INNER_SENTENCE.search(quoted) is not None:
        return False
    return _THAT_CLAUSE.search(text, max(0, k - _WINDOW), k + 1) is not None


def thought_after(text: str, k: int, quoted: str) -> bool:
    """The word ending at ``text[k]`` is a verb of thinking or knowing, and ``quoted`` opens on a
    capital and ends on its own "?" or "!" (see the module)."""
    if not quoted[:1].isupper() or quoted.rstrip(_ENDS)[-1:] not in ("?", "!"):
        return False
    before = WORDS.findall(text[max(0, k - 20):k + 1])
    return bool(before) and before[-1].lower() in _THINKING
