"""Review and comment roundups (issue 16): a critic's phrases after ``said X in Y.``.

A roundup gives each critic a paragraph: the writer paraphrases a column or a review and closes
the first sentence on its source, a person and the publication (``The plan is doomed, said Ann
Lee in the Courier.``); the sentences after it go on in the critic's voice, weaving in the
critic's phrases (``This “sprawling mess” is a preview``, ``the “dreamy” terrace``). Those
phrases are the critic's: partial, credited to the critic (the guide: "A critic's phrases in a
review roundup are all the critic's"), not the writer's scare quotes.

- ``roundup_phrase`` (a rule of ``RULES``): a quote opening in lower case, in a sentence that
  reports no speech, after a sentence of its paragraph that closes on such a roundup
  attribution, with no verb of speech in between: the critic's, partial. Not a title or a name
  (a capital: "Her “Cathy”", Wagner's “Parsifal”), not a word quoted as a word, nor a term after
  a noun for a list or ``including``/``such as`` (“stimming” or “monotropism” are the field's
  terms, not the critic's).
- ``in_roundup``: a quote credited to the critic by the quote before it stays the critic's even
  when it is one word (``Even the site is a “pastiche”.``): rule ``reported_mood_word`` would
  take one quoted word for the writer's own.

Stop 45: a capitalized quote that is plainly a sentence of the critic's (five words or more,
mostly in lower case) is read too, and a paragraph cut inside a sentence (feeds break paragraphs
where an ad or an image stood: "… reducing the tale" / "to “florid …”") is read with the one
before it (``joined_paragraph``).

Stop 56: a source of several authors by their surnames ("said Boulton, Hodge and Sutherland on
The Conversation.") speaks through the first; and ``borrowed_in_roundup``: in an article that is a
roundup (``is_roundup``), a lower-case phrase of two words or more that no rule credits is a
borrowed phrase, partial with no one named (the gold set's practice for The Week's digests).

Bounded: the paragraph is read back at most ``_BACK`` sentences and ``_SPAN_MAX`` characters;
a body is read for roundup attributions up to ``_READ_MAX`` characters, once (cached).
"""
from __future__ import annotations

import functools
import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import Cue
from newsbeam.transforms.quotes.kinds import is_mentioned_word, is_modifier
from newsbeam.transforms.quotes.work_nouns import after_work_noun
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import WORDS, mark_end, sentences_before

# The name the rule is recorded under (``Quote.rule``).
ROUNDUP_PHRASE: Final = "roundup_phrase"

_BACK: Final = 5  # sentences read back from the quote's, at most
_SPAN_MAX: Final = 1200  # characters of the paragraph before the quote read, at most
_OWN_MAX: Final = 400  # characters of the quote's own sentence around it, at most

# A sentence closing on its source: a verb of saying or writing, a person's name (two to four
# capitalized words, initials allowed), then the publication after in/on/at/for ("said Ann Lee
# in The Courier.", "writes Tom Hale on Slate:", "argued Jo M. Roe in the Daily Planet.").
_ROUNDUP_CLOSE: Final = re.compile(
    r"\b(?P<cue>said|says|asked|asks|wrote|writes|argued|argues|added|adds|noted|notes|observed|observes|"
    r"warned|warns|concluded|concludes|suggested|suggests|claimed|claims)[^\S\n]+"
    r"(?:(?P<name>[A-Z][\w’'-]{1,30}(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]{1,30})){1,3})|"
    # several authors by their surnames ("said Boulton, Hodge and Sutherland on The Conversation",
    # s56): the first speaks for them, as a named pair does
    r"(?P<first>[A-Z][\w’'-]{1,30})(?:,[^\S\n]+[A-Z][\w’'-]{1,30}){0,3},?[^\S\n]+and[^\S\n]+[A-Z][\w’'-]{1,30})"
    r"[^\S\n]+(?:in|on|at|for)[^\S\n]+(?:the[^\S\n]+)?[A-Z](?:[^.!?:;\n“”\"]|\.(?=\w)){0,60}[.:][^\S\n]*$")
# Words after which a quoted word is an item of a list, a term of its field.
_LIST_WORDS: Final = frozenset("including such as like or and nor".split())
_MAX_WORDS: Final = 25  # a longer quote is a passage, which other rules judge
_SENTENCE_MIN: Final = 5  # words of a capitalized quote read as the critic's sentence, at least
_JOINS: Final = 2  # paragraphs joined back across breaks inside a sentence, at most
# Words no sentence ends on: a paragraph stopping on one was cut inside its sentence.
_NO_END: Final = frozenset("a an the of in on at to by for from with and or but than as into".split())
_CUT_MIN: Final = 150  # characters of a paragraph cut before a capital ("… Fennell's Wuthering / Heights"), at least


def roundup_critic(site: Site, ctx: ArticleContext) -> Finding | None:
    """The critic whose roundup paragraph holds the quote at ``site``: a sentence before the
    quote's, in its paragraph, closes on ``said X in Y.``, and no verb of speech stands between
    that sentence's end and the quote's own sentence, nor in that sentence."""
    text, span = site.text, site.span
    sentences, cues = ctx.sentences, ctx.cues
    if site.zone != "body" or sentences is None or cues is None or span.close_at < 0 or \
            current_language().code != "en":
        return None
    p_lo, p_hi = site.paragraphs[span.paragraph]
    p_lo = joined_paragraph(text, site.paragraphs, span.paragraph)
    own_lo = sentences.start(p_lo, span.open_at)
    if own_lo <= p_lo:
        return None  # the paragraph's first sentence: no roundup attribution before it
    own_hi = sentences.end(max(mark_end(text, span) - 1, span.open_at), p_hi)
    if text[span.open_at:span.close_at].rstrip()[-1:] in ".!?":
        own_hi = mark_end(text, span)  # "… fan fiction.” This is …": its stop inside the marks ends it
    if span.open_at - own_lo > _OWN_MAX or own_hi - mark_end(text, span) > _OWN_MAX:
        return None
    if _cue_outside_quotes(text, cues.between(own_lo, own_hi), own_lo):
        return None  # its own sentence reports speech: the rules that read it have judged
    floor = max(p_lo, span.open_at - _SPAN_MAX)
    for s_lo, hi in sentences_before(text, sentences, p_lo, own_lo, floor, _BACK):
        close = _ROUNDUP_CLOSE.search(text, max(s_lo, hi - 160), hi)
        if close is not None:
            if _cue_outside_quotes(text, [c for c in cues.between(hi, own_lo) if not c.word.endswith("ing")], hi):
                return None  # someone else reported in between (not a verb inside the critic's words,
                # nor one in -ing: "The bots may appear to be thinking and talking like humans", s50)
            return Finding(close.group("name") or close.group("first"), close.group("cue"), "explicit",
                           close.start("cue"), ROUNDUP_PHRASE)
    return None


def _critics_words(site: Site, quoted: str) -> bool:
    """``quoted`` may be a critic's phrase: it opens in lower case, is no longer than
    ``_MAX_WORDS`` words, and is not a word quoted as a word nor an item of a list or a work."""
    text, span = site.text, site.span
    words = WORDS.findall(quoted)
    if span.continued or len(words) > _MAX_WORDS:
        return False
    if not quoted[:1].islower() and not _critics_sentence(quoted, words):
        return False
    if is_mentioned_word(text, span, quoted, site.sent_lo) or after_work_noun(text, site.sent_lo, span.open_at):
        return False
    before = WORDS.findall(text[max(site.sent_lo, span.open_at - 30):span.open_at])
    return not (before and before[-1].lower() in _LIST_WORDS and len(WORDS.findall(quoted)) <= 2)


def _cue_outside_quotes(text: str, found: list[Cue], lo: int) -> bool:
    """One of the cues ``found`` after ``lo`` stands outside quote marks: more opening than
    closing curly marks (or an odd number of straight ones) before it means it is inside the
    critic's quoted words ("“throws off the burden of trying to say something”"), no report."""
    for cue in found:
        before = text[lo:cue.s]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
            return True
    return False


def _critics_sentence(quoted: str, words: list[str]) -> bool:
    """A quote opening in a capital that is a sentence of the critic's, no title or name (stop
    45): at least ``_SENTENCE_MIN`` words, most of them in lower case, ending on a comma or a
    stop ("“Fennell has a talent for scenes that bypass all thought,” and she leans into it")."""
    if len(words) < _SENTENCE_MIN or quoted.rstrip()[-1:] not in ",.!?":
        return False
    return sum(1 for w in words[1:] if w[:1].isupper()) * 3 < len(words) - 1


def joined_paragraph(text: str, paragraphs: list[tuple[int, int]], index: int) -> int:
    """Where the paragraph ``index`` starts, joined to the one before when a break fell inside a
    sentence (stop 45: feeds cut paragraphs where an ad or an image stood): the paragraph before
    ends on no stop, no mark and no colon, and this one opens in lower case ("… reducing the
    tale / to “florid …”"), or in a capital after a long paragraph cut inside its sentence
    (``_cut_before_capital``: "… Fennell's Wuthering / Heights turns out …"). At most ``_JOINS`` paragraphs back."""
    p_lo = paragraphs[index][0]
    for _ in range(_JOINS):
        if index == 0:
            break
        prev_lo, prev_hi = paragraphs[index - 1]
        before = text[prev_lo:prev_hi].rstrip()
        last = before[-1:]
        if not last or not (last.isalnum() or last == ",") or \
                not text[p_lo:p_lo + 1].islower() and (len(before) < _CUT_MIN or not _cut_before_capital(before)):
            break  # (a short line before a capital is a heading: "Directed by Ann Lee")
        index -= 1
        p_lo = prev_lo
    return p_lo


def _cut_before_capital(before: str) -> bool:
    """A paragraph ``before`` that cannot end a sentence where it stops, so the capital after
    the break goes on with it (stop 45, second read): its last word is capitalized (a name or a
    title cut in two: "… Fennell's Wuthering" / "Heights turns out …") or a word no sentence
    ends on ("… said Ann Lee in" / "NYMag.com"). A paragraph that only lacks its stop ("… never
    recovers from it" / "The sequel “lacks bite” …") is a paragraph of its own."""
    last = WORDS.findall(before[-40:])
    return bool(last) and (last[-1][:1].isupper() or last[-1].lower() in _NO_END)


def roundup_phrase(site: Site, ctx: ArticleContext) -> Finding | None:
    """Rule ``roundup_phrase``: the critic of the quote's roundup paragraph (see the module)."""
    quoted = site.text[site.span.start:site.span.end]
    if not _critics_words(site, quoted):
        return None
    return roundup_critic(site, ctx)


def in_roundup(site: Site, ctx: ArticleContext, found: Finding) -> bool:
    """The quote, credited by ``found`` to the critic of its roundup paragraph, is a phrase of
    the critic's (one word too: ``Even the site is a “pastiche”.``)."""
    quoted = site.text[site.span.start:site.span.end]
    if not _critics_words(site, quoted):
        return False
    critic = roundup_critic(site, ctx)
    return critic is not None and critic.mention == found.mention


# A roundup's attribution anywhere in the body: the same shape, followed by a space or the end.
_ROUNDUP_ANY: Final = re.compile(_ROUNDUP_CLOSE.pattern.replace("[.:][^\\S\\n]*$", "[.:](?=\\s|$)"))
# What follows "in"/"on"/"at" in "said Ann Lee on Monday.", never a publication.
_NO_PUBLICATION: Final = re.compile(
    r"(?:on|at|in|for)[^\S\n]+(?:the[^\S\n]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b")
# Roundup attributions that make the article a roundup, and the paragraphs they stand in at least
# ("said Jane Doe in Kyiv." twice in a news report is a place; a digest names a source a paragraph).
# The first "in"/"on"/"at"/"for" after the name(s): where the publication's part begins.
_FIRST_PREPOSITION: Final = re.compile(r"[^\S\n](?:in|on|at|for)[^\S\n]")
_ROUNDUPS_MIN: Final = 3
# ... one of them named with its article ("in The Atlantic", "in the New York Post"), as places
# seldom are ("in Kyiv", "in Lviv", "in Odesa").
_THE_PUBLICATION: Final = re.compile(r"(?:in|on|at|for)[^\S\n]+(?:The|the)[^\S\n]+[A-Z]")
_ROUNDUP_PARAGRAPHS: Final = 2
_READ_MAX: Final = 100_000  # characters of a body read for them


@functools.lru_cache(maxsize=8)
def is_roundup(text: str) -> bool:
    """The body reads as a press or review roundup: at least ``_ROUNDUPS_MIN`` sentences in
    ``_ROUNDUP_PARAGRAPHS`` paragraphs close on ``said X in Y.``, one of them ``in The Y.`` (The
    Week's digests: every paragraph summarises a column or a review)."""
    found, paragraphs, titled = 0, set(), False
    for m in _ROUNDUP_ANY.finditer(text, 0, min(len(text), _READ_MAX)):
        source = m.group()
        after = _FIRST_PREPOSITION.search(source, m.end("cue") - m.start())  # where the name(s) end
        if after is None or _NO_PUBLICATION.match(source, after.start() + 1) is not None:
            continue  # "said Ann Lee on Monday.": a day, no publication
        found += 1
        paragraphs.add(text.rfind("\n", 0, m.start()))  # (the paragraph by where it starts)
        titled = titled or _THE_PUBLICATION.match(source, after.start() + 1) is not None
        if found >= _ROUNDUPS_MIN and len(paragraphs) >= _ROUNDUP_PARAGRAPHS and titled:
            return True
    return False


def borrowed_in_roundup(site: Site, quoted: str) -> bool:
    """A phrase of a roundup whose source no rule reads where it stands (a paragraph that does not
    name it, a sentence after another's): someone's words, partial, no one named; not one word, a
    name or a title (a capital), a word quoted as a word, a term of a list, nor a label on a noun."""
    if site.zone != "body" or current_language().code != "en" or not quoted[:1].islower() or \
            len(WORDS.findall(quoted)) < 2 or not is_roundup(site.text):  # (one word: the writer's irony as often)
        return False
    return _critics_words(site, quoted) and not is_modifier(site.text, site.span, quoted)
