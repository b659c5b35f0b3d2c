"""What the rules share: the article's context, and each quote's site in its zone's text layer.

The text layer of a zone (paragraphs, quoted spans, sentence ends, reporting cues) is computed
once per zone; the article's names once per article. A rule reads them through the ``Site`` of
the quote it looks at and never scans the whole zone again.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Final

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.tokens import Sentences


# The three records below are dataclasses for their ``repr`` and ``==``, with an ``__init__`` of
# their own (``init=False``): compiled, mypyc builds them in C, where the ``__init__`` that
# ``dataclasses`` generates runs as interpreted Python on every quote (bench/README.md, seventh
# pass). Their fields and defaults are the ones listed.
@dataclasses.dataclass(slots=True, init=False)
class Finding:
    """An attribution found for a quote: the mention's words, the cue, and where the cue is."""

    mention: str
    cue: str | None
    how: str  # explicit | pronoun | inherited
    cue_at: int
    rule: str | None  # the name of the rule that found it (rules.RULES)

    def __init__(self, mention: str, cue: str | None, how: str, cue_at: int = -1, rule: str | None = None) -> None:
        self.mention = mention
        self.cue = cue
        self.how = how
        self.cue_at = cue_at
        self.rule = rule


@dataclasses.dataclass(slots=True, init=False)
class ArticleContext:
    """What one article's quotes share: its names and the speakers met so far."""

    names: NameIndex
    # The text layer of the zone whose quotes are read: set by extract._zone_quotes before any
    # rule runs (the rules assert it; they never see an article's context outside a zone).
    cues: CueIndex | None
    sentences: Sentences | None
    last_person: str | None
    last_speaker: str | None
    last_speaker_at: int  # where in the zone the last speaker's quote opens (-1: none yet)
    people: list[str]
    genders: dict[str, str]
    resolved: dict[str, str]  # gender -> last "he"/"she" referent
    unnamed_at: dict[str, int]  # gender -> where "he"/"she" was someone unnamed
    credits: list[tuple[int, str, int]]  # (open, person, close) credited in this zone
    unnamed: list[tuple[int, int, str]]  # (open, close, sex) credited to someone unnamed (unnamed_speakers)
    unnamed_pronoun_at: int  # the quote whose "he"/"she" was last read as that unnamed one (-1: none)
    team_lead: str | None  # "researchers led by Ann Lee": who "the team" speaks through
    team_lead_at: int  # where in the zone the team was last credited
    # The body's letters and words (language.article_layer), when its language was told.
    body_words: tuple[bytes, list[bytes]] | None
    body: str  # the article's body (a headline's one quoted word is looked up in its quotes)
    # The resolver step that named the speaker when it is recorded as its own rule (the
    # ``COLON_AFTER_VERB`` antecedent), set by resolve.antecedent and read by quote_fields.make_quote.
    step: str | None
    # What described_antecedent reads of a zone's whole text, found once (its ``_Memo``, a type
    # of that module, which imports this one): None until a German description asks.
    described: Any
    # The whole-text scans of a zone by the patterns that steps read back from each quote with
    # (``window_scan.zone_scan``: the zone's text and a ``WindowScan`` for each pattern): None
    # until a step asks.
    scans: Any
    # The occurrences of role_holder's role phrases in a zone (described_roles, the zone's text,
    # its lower case and a table for each phrase): None until a role asks.
    role_phrases: Any
    # A speaker's name with the generational suffix the article always writes after it
    # (name_heads.with_suffix), found once per name per article: quote_fields.make_quote asks
    # for every credited quote.
    suffixed: dict[str, str]

    def __init__(self, names: NameIndex, body_words: tuple[bytes, list[bytes]] | None = None) -> None:
        self.names = names
        self.body_words = body_words
        self.body = ""
        self.cues = None
        self.sentences = None
        self.last_person = None
        self.last_speaker = None
        self.last_speaker_at = -1
        self.people = []
        self.genders = {}
        self.resolved = {}
        self.unnamed_at = {}
        self.credits = []
        self.unnamed = []
        self.unnamed_pronoun_at = -1
        self.team_lead = None
        self.team_lead_at = -1
        self.step = None
        self.described = None
        self.scans = None
        self.role_phrases = None
        self.suffixed = {}

    def take_step(self) -> str | None:
        """The resolver step recorded since the last call, and forget it. (Read through a call:
        after ``ctx.step = None`` mypyc would take the attribute to be None and refuse a str.)"""
        step, self.step = self.step, None
        return step




@dataclasses.dataclass(slots=True, init=False)
class Site:
    """One quote where it stands: its zone's text, the paragraph around it, the stretch of text
    that belongs to it (from the previous quote's closing mark to the next quote's opening one),
    the sentence that leads into it, and the previous quote and what credited it."""

    text: str
    zone: str
    span: Span
    paragraphs: list[tuple[int, int]]
    p_lo: int  # its paragraph's start
    head_lo: int  # where its lead-in can start: the paragraph's start or the previous quote's end
    tail_hi: int  # where its tail must end: the paragraph's end or the next quote's start
    sent_lo: int  # the start of the sentence it opens in (no further back than head_lo)
    prev: Finding | None  # what credited the previous quote of the zone
    prev_span: Span | None
    same_paragraph_before: bool  # a quote before it in its paragraph
    starts_paragraph: bool  # nothing but spaces before its opening mark in its paragraph
    # The last quote of the zone that someone was credited with (direct or partial, with a
    # finding), and its finding: the one a quote with no attribution of its own may go on with.
    # Scare quotes and titles in between carry no one forward (rules_before.previous_quote).
    said: Finding | None
    said_span: Span | None

    def __init__(self, text: str, zone: str, span: Span, paragraphs: list[tuple[int, int]], p_lo: int,
                 head_lo: int, tail_hi: int, sent_lo: int, prev: Finding | None, prev_span: Span | None,
                 same_paragraph_before: bool, starts_paragraph: bool, said: Finding | None = None,
                 said_span: Span | None = None) -> None:
        self.text = text
        self.zone = zone
        self.span = span
        self.paragraphs = paragraphs
        self.p_lo = p_lo
        self.head_lo = head_lo
        self.tail_hi = tail_hi
        self.sent_lo = sent_lo
        self.prev = prev
        self.prev_span = prev_span
        self.same_paragraph_before = same_paragraph_before
        self.starts_paragraph = starts_paragraph
        self.said = said
        self.said_span = said_span


def sentence_window(site: Site, ctx: ArticleContext, reach: int) -> tuple[int, int]:
    """The stretch of the quote's sentence a clause rule reads (``as_said``, ``wie_clause``,
    ``comme_clause``): from the sentence's start, at most ``reach`` before the opening mark, to
    the sentence's end after the quote, within the quote's tail and ``reach`` after the mark."""
    span = site.span
    assert ctx.sentences is not None
    return (max(site.sent_lo, span.open_at - reach),
            min(site.tail_hi, ctx.sentences.end(max(span.close_at, span.open_at), site.tail_hi),
                span.open_at + reach))


# How the extractor builds its ``Quote`` records (schemas/records.py, a frozen slotted dataclass
# of a module that is not compiled): as the ``__init__`` that dataclasses generates does, one
# field's slot after the other in field order, but from compiled code. That ``__init__`` is
# interpreted Python, twelve ``object.__setattr__`` calls a quote, ~8% of a compiled extraction
# (bench/README.md, seventh pass). tests/test_quotes_context.py checks it against ``Quote(...)``.
_QUOTE_SLOTS: Final[tuple[Any, ...]] = tuple(getattr(Quote, f.name).__set__ for f in dataclasses.fields(Quote))


def new_quote(values: tuple[Any, ...]) -> Quote:
    """``Quote(*values)``, ``values`` holding every field in order (a default is not filled in)."""
    if len(values) != len(_QUOTE_SLOTS):
        raise TypeError(f"new_quote: {len(values)} values for {len(_QUOTE_SLOTS)} fields of Quote")
    quote = object.__new__(Quote)
    for put, value in zip(_QUOTE_SLOTS, values):
        put(quote, value)
    return quote
