"""A quote inside the writer's account of what one person said: "The plan will fail, Ann Lee
said. The budget is short and the timing is “simply wrong”." The quote's own sentence names no
one and reports nothing; the nearest sentence before it in its paragraph that reports speech
closes on its attribution (", Ann Lee said.", ", said Ann Lee in The Daily Planet."), and the
sentences between report nothing, quote no one and name no person. Rule ``paraphrase_before``.

Rather null than wrong: a sentence between that names a person ("Tom Hale disagreed."), opens
on someone new ("A neighbour shrugged."), holds a quote, or reports speech whose speaker the
closing attribution does not give, leaves the quote to no one; so does a quote whose own
sentence names anyone or has a verb of speech. Only the quote's paragraph is read, at most
``_BACK`` sentences back.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import Cue
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import np_before
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import mark_end, sentences_before, trim
from newsbeam.transforms.quotes.trailing import closing_attribution
from newsbeam.transforms.quotes.unnamed import opens_on_someone_new

# The name the rule is recorded under (``Quote.rule``).
PARAPHRASE_BEFORE: Final = "paraphrase_before"

_BACK: Final = 5  # the writer's sentences read back, at most
_SPAN_MAX: Final = 900  # characters of the paragraph before the quote read, at most
_OWN_MAX: Final = 300  # characters of the quote's own sentence before it, and after it, at most
_MARKS: Final = "\"“”„«»‘’‚‹›"
_APOSTROPHES: Final = "’"  # between two letters, it joins a contraction or a possessive: no mark
_NAME_WORDS: Final = 2  # a role's name in full ("Ann Lee"): one word may be a place or a body
_MIN_WORDS: Final = 3  # “bypass”, “a sham”: a term of the writer's as often as anyone's words
# The quote's own sentence opens on one of these: someone it cannot be sure is the speaker
# ("His plan promises …" after "Ann Lee said the governor …", "They now employ …").
_PERSONAL_OPENERS: Final = frozenset("he she his her they their them we our i my".split())
# First person outside the marks: the writer's own view ("In my view, it is “…”").
_FIRST_PERSON: Final = frozenset("i i'm i’m i've i’ve my me mine myself we we're we’re our us ours".split())


# Prepositions before a verb in -ing: the verb reports no one's speech ("without explicitly
# confirming a romance", "by saying so", "after announcing it"; s50).
_GERUND_PREPOSITIONS: Final = frozenset("without by after before from of for while when upon".split())


def _reports(text: str, found: list[Cue]) -> bool:
    """One of the cues ``found`` reports speech: not a verb in -ing after a preposition, with at
    most an adverb in -ly between ("without explicitly confirming")."""
    for cue in found:
        word = cue.word.split()[0].lower()
        before = text[max(0, cue.s - 40):cue.s].split()[-2:]
        if word.endswith("ing") and before and before[-1].endswith("ly") and len(before) == 2:
            before = before[:1]
        if not (word.endswith("ing") and before and before[-1].lower() in _GERUND_PREPOSITIONS):
            return True
    return False


def _holds_mark(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` holds a quotation mark. A single mark between two letters is an
    apostrophe ("It’s", "the agent’s", "don’t"), which most English sentences hold: read as a
    mark, it would stop the rule at any contraction or possessive. English only: French elides
    ("l’État", "d’après") in nearly every sentence, and the rule has not been judged there
    with those sentences read."""
    apostrophes = _APOSTROPHES if current_language().code == "en" else ""
    for k in range(lo, hi):
        ch = text[k]
        if ch not in _MARKS:
            continue
        if ch in apostrophes and lo < k < hi - 1 and text[k - 1].isalpha() and text[k + 1].isalpha():
            continue
        return True
    return False


def _names_someone(text: str, lo: int, hi: int, ctx: ArticleContext, skip_first: bool) -> bool:
    """``text[lo:hi]`` holds a capitalized word that may name someone: any capitalized word past
    the sentence's first (a name, a body, a place: conservative), and a first word the article
    uses as a name ("Lee disagreed.")."""
    words = text[lo:hi].split()
    for k, word in enumerate(words):
        w = word.strip(".,;:!?()—–-\"“”„«»‘’'")
        if not w[:1].isupper():
            continue
        if k == 0 and skip_first:
            if trim(w) in FUNCTION_WORDS:
                continue
            if ctx.names.is_person(w) or is_person_like(w) and ctx.names.is_surname(w):
                return True
            continue
        if _EXPERIMENT and not _a_person_word(w, ctx):
            continue
        return True
    return False


import os
_EXPERIMENT = os.environ.get("NB_EXP") == "1"


def _a_person_word(w: str, ctx: ArticleContext) -> bool:
    low = trim(w)
    if low in TITLES or low in ROLE_WORDS:
        return True
    return ctx.names.is_person(w) or ctx.names.is_surname(w) or is_first_name(w)


def _title_cased(quoted: str) -> bool:
    """Most of the quote's words are capitalized (small words aside): a title or a name."""
    words = [w for w in quoted.split() if w[:1].isalpha() and trim(w) not in FUNCTION_WORDS]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _personal(text: str, lo: int, hi: int, first: bool) -> bool:
    """``text[lo:hi]`` opens on a personal pronoun (``first``), or holds a first-person word."""
    words = [w.strip(".,;:!?()—–-\"“”„«»‘’'").lower() for w in text[lo:hi].split()]
    words = [w for w in words if w]
    if first and words and words[0] in _PERSONAL_OPENERS:
        return True
    return any(w in _FIRST_PERSON for w in words)


def _role_opens(sentence: str) -> bool:
    """The sentence opens on a role or a title ("The minister disagreed.", "Its chairman, ..."):
    someone else enters, named or not."""
    return any(trim(w.strip(",;:")) in ROLE_WORDS or trim(w.strip(",;:")) in TITLES
               for w in sentence.split(None, 3)[:3])


def _opening_subject(text: str, s_lo: int, hi: int, cue: Cue) -> Finding | None:
    """"Ann Lee said the plan would fail.": the sentence opens on a person's name that is the
    subject of its first verb of speech (its words before the verb are that name alone), and
    names no one after the verb ("Ann Lee said Tom Hale would lose." leaves it open whose the
    words after it are)."""
    after = text[cue.e:hi].split()
    if any(w[:1].isupper() for w in after) or \
            any(trim(w.strip(",;:")) in ROLE_WORDS or trim(w.strip(",;:")) in TITLES for w in after):
        return None  # "Ann Lee said the governor had promised …": whose words follow is open
    np = np_before(text, cue.s, s_lo)
    if np is None or np[0] != s_lo or text[np[1]:cue.s].strip():
        return None
    mention = text[np[0]:np[1]]
    if not is_person_like(mention) or len(mention.split()) > 5:
        return None
    return finding(text, np, cue)


def _named(mention: str) -> bool:
    """The attribution names its speaker: a capitalized mention ("Ann Lee", "Dr. Lee"), or a
    lower-case role that ends on a full name ("housing analyst Ann Lee", "former minister Tom
    Hale"), as English closing attributions often put it. "the official", "a spokesman for Ann
    Lee" and "the Yasuj resident" name no speaker. English only: elsewhere a lower-case word
    before the name is as often an adverb of the clause ("erklärt dazu Stadtrat X"), where the
    rules after this one read the sentence."""
    if mention[:1].isupper():
        return True
    if current_language().code != "en":
        return False
    name = split_title(mention)
    return len(name.split()) >= _NAME_WORDS and mention.endswith(name) and is_person_like(mention)


def paraphrase_before(site: Site, ctx: ArticleContext) -> Finding | None:
    """The person whose paraphrased words the quote's paragraph reports just before it."""
    text, span = site.text, site.span
    sentences, cues = ctx.sentences, ctx.cues
    if site.zone != "body" or sentences is None or cues is None or span.close_at < 0:
        return None
    said_span = site.said_span
    if said_span is not None and said_span.paragraph == span.paragraph:
        return None  # a quote credited before it in its paragraph: previous_quote's to judge
    p_lo, p_hi = site.paragraphs[span.paragraph]
    own_lo = sentences.start(p_lo, span.open_at)
    if own_lo <= p_lo:
        return None  # the paragraph's first sentence: nothing of the writer's before it
    close_end = mark_end(text, span)
    own_hi = sentences.end(max(close_end - 1, span.open_at), p_hi)
    if span.open_at - own_lo > _OWN_MAX or own_hi - close_end > _OWN_MAX:
        return None  # a long sentence around the quote: not read (and never read whole per quote)
    if _reports(text, cues.between(own_lo, span.open_at)) or _reports(text, cues.between(close_end, own_hi)):
        return None  # its own sentence reports speech: the rules that read it have judged
    if _title_cased(text[span.start:span.end]):
        return None  # “The Long Road Home, Part Two”: a work's title, no one's words
    if len(text[span.start:span.end].split()) < _MIN_WORDS:
        return None  # “bypass”, “a sham”: a term, as often the writer's as the speaker's
    if _personal(text, own_lo, span.open_at, True) or _personal(text, close_end, own_hi, False):
        return None  # "His plan promises “…”", "In my view, it is “…”": not the speaker's account
    if _names_someone(text, own_lo, span.open_at, ctx, True) or \
            _holds_mark(text, own_lo, span.open_at):
        return None
    if _names_someone(text, close_end, own_hi, ctx, False) or _holds_mark(text, close_end, own_hi):
        return None
    floor = max(p_lo, span.open_at - _SPAN_MAX)
    for s_lo, hi in sentences_before(text, sentences, p_lo, own_lo, floor, _BACK):
        sentence = text[s_lo:hi]
        if _holds_mark(text, s_lo, hi) or opens_on_someone_new(sentence[:80]):
            return None
        first = cues.first(s_lo, hi)
        if first is not None:
            found = closing_attribution(text, cues, sentences, s_lo, hi) or _opening_subject(text, s_lo, hi, first)
            if found is None or found.how != "explicit" or not _named(found.mention):
                return None
            return Finding(found.mention, found.cue, "explicit", found.cue_at, PARAPHRASE_BEFORE)
        if _names_someone(text, s_lo, hi, ctx, True) or _role_opens(sentence):
            return None  # "Tom Hale disagreed.", "The minister disagreed.": someone else may be the one quoted
    return None
