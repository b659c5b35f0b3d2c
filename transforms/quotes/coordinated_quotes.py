"""Two quotes joined by "and", "or" or a comma whose attribution follows the second (s51):
"“Precise, deniable” and “grimly familiar”, said NBC", "Farmers face “a cruel winter” and “no
help at all,” Ann Lee told the Herald". The verb after the second quote reports both; the
rules read it only for the quote next to it, and the first was left to no one (a scare quote,
or a partial with no speaker). Rule ``coordinated_quote``, applied after ``rules.RULES`` to
the quotes of each zone: the first takes the second's speaker and kind.

Only a first quote not typed scare (read51: "The so-called “metadata” and “the cloud,” said Ann
Lee": a term, still the writer's), with no speaker (or one inherited from a paragraph before, the quote opening
its own: "“Precise, deniable” and “grimly familiar”, said NBC" after Yvette Cooper's), no title in Title Case ("“Barbie” and “Oppenheimer,” said
Ann Lee, were the hits": works, no one's words), in the same paragraph as the second, with only
the joining word and marks between them; and a second quote credited by a verb right after it
(rules ``after_quote``, ``closing_attribution``) to someone named.
"""
from __future__ import annotations

import dataclasses
from typing import Final

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.kinds import title_case

# The name the rule is recorded under (``Quote.rule``).
COORDINATED_QUOTE: Final = "coordinated_quote"

# What stands between the two quotes, their marks left out: a comma, "and"/"or" in the
# languages read, or both.
_JOINS: Final = frozenset(", and or und oder y o e et ou".split())
_MARKS: Final = "\"'“”‘’„‚«»‹› \t"
_AFTER_RULES: Final = frozenset({"after_quote", "closing_attribution"})
_JOIN_MAX: Final = 16  # characters between the two quotes, at most


def credit_coordinated(quotes: list[Quote], texts: dict[tuple[str, int], str]) -> list[Quote]:
    """``quotes`` (one article's, in reading order) where a first quote of a joined pair takes
    the speaker and kind of the second (see the module)."""
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):  # back to front: "“A”, “B” and “C,” said X" gives all three
        a, b = out[k], out[k + 1]
        if a.kind == "scare" or a.speaker is not None and a.rule != "previous_quote" or b.speaker is None or a.zone != b.zone or \
                a.zone_index != b.zone_index or \
                (b.rule not in _AFTER_RULES and b.rule != COORDINATED_QUOTE):
            continue
        text = texts.get((a.zone, a.zone_index), "")
        if a.speaker is not None and text[text.rfind("\n", 0, a.start_char) + 1:a.start_char].strip(_MARKS):
            continue  # inherited within its paragraph ("as Trump went on about “…,” and “…”"): kept
        between = text[a.end_char:b.start_char]
        joins = between.strip(_MARKS).replace(",", " , ").split()
        if not 0 < len(between) <= _JOIN_MAX or "\n" in between or not 0 < len(joins) <= 2 or \
                any(w.lower() not in _JOINS for w in joins):
            continue  # (two quotes side by side with nothing but a space between are no pair)
        words = a.text.split()
        if len(words) > 1 and (title_case(a.text) or all(w[:1].isupper() for w in words)):
            continue  # "“Lyin' Ted” or “Crooked Hillary”": names, no one's words
        out[k] = dataclasses.replace(a, speaker=b.speaker, speaker_mention=b.speaker_mention, cue=b.cue,
                                     attribution="inherited", kind=b.kind, rule=COORDINATED_QUOTE)
    return out
