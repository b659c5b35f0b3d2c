"""A subheading that quotes someone ("‘Peaceful opposition’", "‘Glacial pace’ of change") is the
speaker's whose words the section under it quotes: the heading lifts a phrase from them. Rule
``heading_quote``, applied after ``rules.RULES`` to the quotes of the whole body.

A heading's quote gets a speaker only when the quotes of its section that contain the heading's
words (in order, as a run) are all one person's; a heading quoting a title or a slogan no one
in the section says stays uncredited. A heading credited only by inheritance from the quote
above it (rule ``previous_quote``, which ``trailing.heading_line`` lets through only when the
paragraph under the heading names that speaker again) loses it when the section's first credited
quote is someone else's: rather null than wrong.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from typing import Final

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.kinds import title_case
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS, TITLE_SMALL_WORDS
from newsbeam.transforms.quotes.marks import paragraph_spans
from newsbeam.transforms.quotes.tokens import close_end

# The name the rule is recorded under (``Quote.rule``).
HEADING_QUOTE: Final = "heading_quote"

_HEADING_MAX: Final = 120  # characters of a heading line
_SECTION_PARAGRAPHS: Final = 12  # paragraphs under a heading read for its section
_MIN_WORDS: Final = 2  # one quoted word ("‘Pan’") is too common to find a speaker by
_CLOSERS: Final = " \t\"'’”“»«›‹"  # (a German quote closes on “)
_WORD: Final = re.compile(r"[^\W_]+")
# The rules whose credit a heading line does not keep on its own: none, or the speaker of the
# quote above the heading.
_UNCREDITED: Final = frozenset([None, "previous_quote"])
# What may stand before a heading's quote: nothing, or an article ("The ‘biggest driver’").
_ARTICLES: Final = frozenset(["", "The", "A", "An"])


def is_heading_line(line: str) -> bool:
    """A short line that ends on no stop: a subheading ("‘Glacial pace’ of change"), not a
    sentence ("“We won.”")."""
    line = line.strip()
    return 0 < len(line) <= _HEADING_MAX and "\n" not in line and \
        line.rstrip(_CLOSERS)[-1:] not in ".!?:;,…"


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.replace("’", "").replace("'", "").lower()))


def _contains(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """``run`` occurs in ``words`` as consecutive words."""
    n = len(run)
    return any(words[k:k + n] == run for k in range(len(words) - n + 1))


def _is_candidate(q: Quote, body: str) -> bool:
    """A body quote no rule of its own credited, opening a heading line, of two words or more
    and not a name or a title: none in capitals (“Grand Facade”), and none of a scare quote's
    that its own rules set aside (a work's title is credited to no rule, in title case)."""
    if q.zone != "body" or q.rule not in _UNCREDITED or q.end_char - q.start_char > _HEADING_MAX:
        return False
    # Read no further than a heading's length either way: a body with no line breaks is not
    # read once per quote. (The place is checked before the words: most quotes stand inside a
    # sentence, and that is told without splitting them.)
    lo = body.rfind("\n", max(0, q.start_char - 8), q.start_char) + 1
    if lo == 0 and q.start_char > 8 or body[lo:q.start_char].strip(_CLOSERS + "“‘„‚") not in _ARTICLES:
        return False  # words of the writer's before the quote (an article aside): not a heading made of it
    words = [w for w in q.text.split() if w.lower() not in TITLE_SMALL_WORDS]
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words) and not q.text.isupper():
        return False  # “Grand Facade”, “Stop the Steal” (small words aside): a name or a title
    hi = body.find("\n", q.end_char, q.end_char + _HEADING_MAX)
    if hi < 0 and len(body) > q.end_char + _HEADING_MAX:
        return False
    return is_heading_line(body[lo:hi if hi >= 0 else len(body)]) and len(_words(q.text)) >= _MIN_WORDS


def _reported(q: Quote) -> bool:
    """The quote's credit rests on a verb of speech ("said", "describes", "according to"), not
    on a sentence's subject whose verb reports nothing ("Omega arrived with “...”")."""
    cue = (q.cue or "").lower()
    return cue in CUES or cue in current_language().cues or " " in cue or cue == ":"


def _section_end(body: str, paragraphs: list[tuple[int, int]], k: int) -> int:
    """Where the section under the heading paragraph ``k`` ends: at the next heading line, or
    after ``_SECTION_PARAGRAPHS`` paragraphs. The short line right under a heading is its
    byline or deck ("The Courier's editorial board"), not a heading of its own."""
    last = min(len(paragraphs), k + 1 + _SECTION_PARAGRAPHS)
    for j in range(k + 2, last):
        lo, hi = paragraphs[j]
        if is_heading_line(body[lo:hi]):
            return lo
    return paragraphs[last - 1][1] if last > k + 1 else paragraphs[k][1]


def credit_headings(quotes: list[Quote], body: str) -> list[Quote]:
    """``quotes`` (one article's, in reading order) where each heading quote of the body takes
    the speaker of its section's quotes that hold its words, when they are all one person's;
    a heading credited only by inheritance loses it when the section's first credited quote is
    someone else's."""
    candidates = [k for k, q in enumerate(quotes) if _is_candidate(q, body)]
    if not candidates:
        return quotes
    paragraphs = paragraph_spans(body)
    starts = [lo for lo, _ in paragraphs]
    out = list(quotes)
    for k in candidates:
        q = quotes[k]
        p = bisect.bisect_right(starts, q.start_char) - 1
        if p < 0 or q.start_char >= paragraphs[p][1]:
            continue
        s_lo, s_hi = paragraphs[p][1], _section_end(body, paragraphs, p)
        section = [s for s in quotes[k + 1:k + 1 + 200] if s.zone == "body" and s_lo <= s.start_char < s_hi
                   and s.speaker and s.kind != "scare"]
        run = _words(q.text)
        holders = [s for s in section if _reported(s) and _contains(_words(s.text), run)]
        if holders:
            speakers = {s.speaker for s in holders}
            source = holders[0] if len(speakers) == 1 else None
        elif q.rule == "previous_quote" and (not section or section[0].speaker == q.speaker):
            continue  # the section goes on with the speaker the heading was credited to
        else:
            source = None
        if source is not None:
            out[k] = dataclasses.replace(q, speaker=source.speaker, speaker_mention=source.speaker_mention,
                                         cue=source.cue, attribution="inherited", rule=HEADING_QUOTE,
                                         kind="partial" if q.kind == "scare" else q.kind)
        elif q.speaker is not None:
            out[k] = dataclasses.replace(q, speaker=None, speaker_mention=None, cue=None,
                                         attribution="none", rule=None)
    return out


_NEXT_WORD: Final = re.compile(r"[^\S\n]([^\W\d_][\w\-]*)")


def modifies_noun_in_title(title: str, open_at: int, close_at: int, quoted: str,
                           is_person: Callable[[str], bool] | None = None) -> bool:
    """A headline that opens on a quote run straight into the noun it names ("‘Jaws’ director
    Ann Lee praises ...", "'Stop the Steal' rally: ..."): the quote is a title or a slogan the
    writer labels that noun with, no one's words, however the rest of the headline reports
    speech. Not when a cue ("‘We won’ says Lee"), a stop, a comma or a name (``is_person``: a
    word the article uses as someone's name) follows the quote."""
    if open_at < 0 or close_at < 0 or title[:open_at].strip(_CLOSERS + "“‘„‚") or \
            quoted.rstrip()[-1:] in ".!?,;:…":
        return False
    m = _NEXT_WORD.match(title, close_end(title, close_at))
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    lang = current_language()
    if low in CUES or low in lang.cues or low in FUNCTION_WORDS or low in lang.function_words:
        return False
    # In a headline in title case, a capitalized word is a noun as often as a name's start.
    return word.islower() or lang.code == "en" and title_case(title) and not word.isupper() and \
        word.lower().endswith(_ROLE_ENDINGS) and not (is_person is not None and is_person(word))


# The endings of the nouns a quoted title labels in a title-case headline ("Director", "Star",
# "Actor", "Rally", "Singer"): only these, as a capitalized word may as well open a name.
_ROLE_ENDINGS: Final = ("or", "er", "ar", "ist", "ly", "ian", "ess", "ant", "ent")
