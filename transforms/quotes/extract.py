"""``extract_quotes(title, bullets, body)``: every quotation of an article and who said it.

Quote, then mention, then speaker, zone by zone (title, bullets, body):

1. ``marks.find_spans`` pairs quote marks into top-level quoted spans (the zone's text layer,
   with its sentences and cues, is built once: ``context``);
2. ``rules.attribute`` tries the named rules of ``rules.RULES`` in order; the first that finds
   a mention credits the quote and is recorded as its ``rule``;
3. ``resolve.resolve`` turns the mention into a speaker (titles split off, pronouns resolved to
   the nearest person of agreeing gender, roles to the person holding them, the fullest name);
4. ``kinds.kind_of`` classes it ``direct``, ``partial`` or ``scare``.

Nothing here compiles a pattern per call or imports Beam; the function never raises on text.
"""
from __future__ import annotations

from collections.abc import Sequence

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.kinds import (
    is_mentioned_word, is_modifier, is_named_by_cue, is_title_of_work, kind_of, only_attribution, short, title_case)
from newsbeam.transforms.quotes.marks import Span, find_spans, paragraph_spans
from newsbeam.transforms.quotes.names import NameIndex, is_person_like
from newsbeam.transforms.quotes.resolve import resolve
from newsbeam.transforms.quotes.rules import SENTENCE_SUBJECT, attribute
from newsbeam.transforms.quotes.shapes import sentence_subject
from newsbeam.transforms.quotes.tokens import Sentences, mark_end

# The version of these rules. Change it when a change to them changes their output: the next run
# then extracts again the articles it sees, even unchanged ones (their index rows record the
# version their rows were written with).
EXTRACTOR_VERSION = "2026-12-01.2"


def extract_quotes(title: str, bullets: Sequence[str], body: str) -> list[Quote]:
    """Every quotation in the article, in reading order, with its speaker where one is given."""
    title = title if isinstance(title, str) else ""
    body = body if isinstance(body, str) else ""
    bullets = [b if isinstance(b, str) else "" for b in (bullets or ())]
    # A headline in Title Case gives no names: "Machado Insists Trump Will ... Turn Venezuela"
    # would make "Turn Venezuela" the fullest form of Venezuela.
    ctx = ArticleContext(NameIndex([title if not title_case(title) else "", *bullets, body]))
    quotes: list[Quote] = []
    zones = [("title", 0, title)] + [("bullet", i, b) for i, b in enumerate(bullets)] + [("body", 0, body)]
    for zone, index, text in zones:
        ctx.last_speaker, ctx.team_lead_at = None, -1
        for q in _zone_quotes(text, zone, index, ctx):
            quotes.append(Quote(len(quotes), *q))
    return quotes


def _zone_quotes(text: str, zone: str, index: int, ctx: ArticleContext) -> list[tuple]:
    """The quotes of one zone as Quote fields after ``position`` (the last is the rule)."""
    paragraphs = paragraph_spans(text)
    spans = find_spans(text, paragraphs)
    if not spans:
        return []
    ctx.cues = CueIndex(text, title_case=zone == "title")
    ctx.sentences = sentences = Sentences(text)
    ctx.credits = []
    out: list[tuple] = []
    prev: Finding | None = None
    prev_span: Span | None = None
    speech: Span | None = None  # the last quote of the paragraph that is not a name
    prev_direct = False  # the previous quote is direct and breaks off on a comma: “A,” ...
    word_list: Span | None = None  # the last quote of a list of words quoted as words
    for k, span in enumerate(spans):
        p_lo, p_hi = paragraphs[span.paragraph]
        before = speech if speech is not None and speech.paragraph == span.paragraph else None
        after = spans[k + 1] if k + 1 < len(spans) and spans[k + 1].paragraph == span.paragraph else None
        head_lo = mark_end(text, before) if before else p_lo
        tail_hi = after.open_at if after else p_hi
        quoted = text[span.start:span.end]
        kind = kind_of(text, span, quoted)
        stage_direction = quoted[:1] in "([" and quoted.rstrip(".")[-1:] in ")]"
        if stage_direction or (
                zone != "title" and is_title_of_work(quoted, span) and not is_named_by_cue(
                    text, ctx.cues, sentences.start(p_lo, span.open_at), span.open_at)):
            # "Morning Forum", "A Song for the River": a name in quote marks, said by no one
            # (so is a stage direction, "(APPLAUSE.)"); it does not interrupt the quotes around
            # it either.
            out.append((zone, index, span.start, span.end, quoted, None, None, None, "none", "scare", None))
            continue
        speech = span
        site = Site(text, zone, span, paragraphs, p_lo, head_lo, tail_hi,
                    sentences.start(head_lo, span.open_at), prev, prev_span, before is not None,
                    not text[p_lo:span.open_at].strip())
        found = attribute(site, ctx)
        if zone != "title" and (is_mentioned_word(text, span, quoted, site.sent_lo) or (
                word_list is not None and short(quoted) and word_list.paragraph == span.paragraph and
                text[mark_end(text, word_list):span.open_at].strip(" ,") in ("", "and", "or"))) and \
                not _named_speaker(found, ctx):
            # "saying words such as “hello”, “one, two” and “bye bye”": words quoted as words,
            # the writer's scare quotes, unless someone named is said to use them ("Ruiz used
            # the word “rigged”"); a sentence's first word is no one's name ("New research ...").
            word_list = span
            out.append((zone, index, span.start, span.end, quoted, None, None, None, "none", "scare", None))
            continue
        word_list = None
        if kind == "partial" and found is not None and prev is not None and found.cue_at >= 0 and \
                found.cue_at == prev.cue_at and prev_direct and before is not None and \
                only_attribution(text, mark_end(text, before), span.open_at):
            kind = "direct"  # “The new front line,” said Blaise Metreweli, head of MI6, “is everywhere.”
        if found is None and kind == "partial" and zone != "title":
            sent_lo = site.sent_lo
            # A quoted label on a noun (‘narcoterrorist’ networks) is the writer's scare quote
            # unless the sentence reports speech.
            if not is_modifier(text, span, quoted) or ctx.cues.first(sent_lo, span.open_at) is not None:
                found = sentence_subject(text, ctx, sent_lo, span.open_at)
                if found is not None:
                    found.rule = SENTENCE_SUBJECT
        out.append(_make_quote(text, span, zone, index, found, ctx, quoted, kind))
        prev, prev_span = found, span
        prev_direct = out[-1][9] == "direct" and quoted.rstrip()[-1:] == ","
    return out


def _named_speaker(found: Finding | None, ctx: ArticleContext) -> bool:
    """The finding names someone: an explicit mention of two words or more, or of one the
    article writes as a name."""
    if found is None or found.how != "explicit" or not found.mention:
        return False
    return len(found.mention.split()) > 1 or ctx.names.is_proper(found.mention)


def _make_quote(text: str, span: Span, zone: str, index: int, found: Finding | None,
                ctx: ArticleContext, quoted: str, kind: str) -> tuple:
    if found is None:
        if kind == "partial" or short(quoted):
            kind = "scare"
        return (zone, index, span.start, span.end, quoted, None, None, None, "none", kind, None)
    speaker, attribution = resolve(found, ctx, text, span.open_at)
    mention = found.mention
    if attribution != "inherited":
        if speaker:
            ctx.last_speaker = speaker
            if attribution != "inherited" and (attribution == "pronoun" or is_person_like(mention)):
                ctx.credits.append((span.open_at, speaker, span.close_at))
            if attribution == "explicit" and is_person_like(mention):
                ctx.last_person = speaker
                ctx.people.append(speaker)
        else:
            ctx.last_speaker = None
    return (zone, index, span.start, span.end, quoted, speaker, mention, found.cue, attribution, kind,
            found.rule)
