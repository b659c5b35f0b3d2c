"""Direct quotes and their speakers, by rules: ``extract_quotes(title, bullets, body)``.

The work is in three steps, each a pure function of the text:

1. ``quotes_marks.find_spans`` pairs quote marks into top-level quoted spans per zone;
2. ``_attribute`` looks for who said each one, in the order a reader would: a transcript label
   inside the quote, the words right after it (``," Trump said``), the sentence that leads into
   it (``Trump said: "...``, ``..., saying "...``), a colon-ended paragraph before it, and
   failing all these the quote just before it (``inherited``);
3. the speaker's mention is turned into a name (titles split off, pronouns resolved, the fullest
   form the article gives), and the quote is classed ``direct``, ``partial`` or ``scare``.

Nothing here compiles a pattern per call or imports Beam; the function never raises on text.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from schemas.records import Quote
from transforms import speakers as sp
from transforms.quotes_marks import Span, find_spans

_PARAGRAPH = re.compile(r"[^\r\n]+")
# A sentence ends at . ! ? (maybe inside a closing mark) before a space and a capital or mark.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z0-9])")
_LABEL = re.compile(r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s")
_DASH_ATTRIBUTION = re.compile(r"\s*[,.]?\s*[\u2015\u2014\u2013]+\s*|\s+-{1,2}\s+")
_TAIL_LEAD = re.compile(r"[\s,.;:!?]*")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ING_CUES = frozenset("saying adding telling writing noting arguing calling asking explaining "
                      "warning insisting claiming urging describing complaining joking "
                      "declaring recalling replying responding suggesting quoting".split())
_HEADLINE_LABEL = re.compile(r"^([A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3}):\s")


@dataclasses.dataclass(slots=True)
class _Found:
    """An attribution found for a quote: the mention's span and the cue's words."""

    mention: str
    cue: str | None
    how: str  # explicit | pronoun | inherited


@dataclasses.dataclass(slots=True)
class _Context:
    """What one article's quotes share: its names and the speakers met so far."""

    names: sp.NameIndex
    last_person: str | None = None
    last_speaker: str | None = None
    last_mention: str | None = None
    last_cue: str | None = None


def extract_quotes(title: str, bullets: Sequence[str], body: str) -> list[Quote]:
    """Every quotation in the article, in reading order, with its speaker where one is given."""
    title = title or ""
    body = body or ""
    bullets = [b or "" for b in bullets]
    ctx = _Context(sp.NameIndex([title, *bullets, body]))
    quotes: list[Quote] = []
    zones = [("title", 0, title)] + [("bullet", i, b) for i, b in enumerate(bullets)] + [("body", 0, body)]
    for zone, index, text in zones:
        ctx.last_speaker = ctx.last_mention = ctx.last_cue = None
        for quote in _zone_quotes(text, zone, index, ctx):
            quotes.append(dataclasses.replace(quote, position=len(quotes)))
    return quotes


def _zone_quotes(text: str, zone: str, index: int, ctx: _Context) -> list[Quote]:
    spans = find_spans(text)
    if not spans:
        return []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    out: list[Quote] = []
    prev: Quote | None = None
    prev_span: Span | None = None
    for k, span in enumerate(spans):
        p_lo, p_hi = paragraphs[span.paragraph]
        before = spans[k - 1] if k and spans[k - 1].paragraph == span.paragraph else None
        after = spans[k + 1] if k + 1 < len(spans) and spans[k + 1].paragraph == span.paragraph else None
        head_lo = _mark_end(text, before) if before else p_lo
        tail_hi = after.open_at if after else p_hi
        found = _attribute(text, span, zone, head_lo, tail_hi, p_lo, paragraphs, ctx,
                           prev, prev_span, before is not None)
        quote = _make_quote(text, span, zone, index, found, ctx, head_lo)
        out.append(quote)
        prev, prev_span = quote, span
    return out


def _mark_end(text: str, span: Span) -> int:
    if span.close_at < 0:
        return span.end
    end = span.close_at + 1
    if text.startswith("''", span.close_at):
        end += 1
    return end


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding ``hi`` starts, searching no further back than ``lo``."""
    start = lo
    # Look one mark past ``hi``: a sentence ends before an opening quote mark too.
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), hi + 2)):
        if m.end() > hi:
            break
        word = text[max(lo, m.start() - 6):m.start() + 1].split()
        last = word[-1].lower().rstrip(".") if word else ""
        if last in sp._ABBREV or (len(last) == 1 and last.isalpha() and text[m.start()] == "."):
            continue
        start = m.end()
    return start


def _sentence_end(text: str, lo: int, hi: int) -> int:
    for m in _SENTENCE_END.finditer(text, lo, hi):
        word = text[max(lo, m.start() - 6):m.start() + 1].split()
        last = word[-1].lower().rstrip(".") if word else ""
        if last in sp._ABBREV or (len(last) == 1 and last.isalpha() and text[m.start()] == "."):
            continue
        return m.start() + 1
    return hi


def _attribute(text, span, zone, head_lo, tail_hi, p_lo, paragraphs, ctx, prev, prev_span,
               same_paragraph_before) -> _Found | None:
    # 1. A transcript: "PENCE: Well, look, ..." inside the quote names its speaker.
    label = _LABEL.match(text, span.start)
    if label and len(label.group(1)) > 2:
        return _Found(label.group(1), ":", "explicit")
    if span.continued and prev is not None and prev.speaker_mention:
        return _Found(prev.speaker_mention, prev.cue, "inherited")
    # 2. The words right after the closing mark: ," Trump said / ," said Trump / — Trump.
    if span.close_at >= 0:
        found = _after(text, _mark_end(text, span), tail_hi)
        if found:
            return found
    # 3. The sentence that leads into the quote.
    sent_lo = _sentence_start(text, head_lo, span.open_at)
    found = _before(text, sent_lo, span.open_at, head_lo, p_lo, prev if same_paragraph_before else None,
                    sent_lo == head_lo and same_paragraph_before)
    if found:
        return found
    # 4. A paragraph that ends with a colon introduces the quote that opens the next one.
    if zone == "body" and not text[p_lo:span.open_at].strip() and span.paragraph > 0:
        q_lo, q_hi = paragraphs[span.paragraph - 1]
        lead = text[q_lo:q_hi].rstrip()
        if lead.endswith(":"):
            s_lo = _sentence_start(text, q_lo, q_lo + len(lead))
            found = _before(text, s_lo, q_lo + len(lead), s_lo, q_lo, None, False)
            if found:
                return found
    # 5. Headlines put the speaker anywhere: "Obama Says ...", "..., Graham Says", "Pence: ...".
    if zone != "body":
        found = _headline(text, span)
        if found:
            return found
    # 6. A quote with no attribution of its own, next to the previous one, continues it.
    if prev is not None and prev.speaker_mention and prev_span is not None:
        near = prev_span.paragraph == span.paragraph or (
            prev_span.paragraph == span.paragraph - 1 and not text[p_lo:span.open_at].strip())
        if near and not _has_other_name(text, head_lo if same_paragraph_before else p_lo, span.open_at):
            return _Found(prev.speaker_mention, prev.cue, "inherited")
    return None


def _has_other_name(text: str, lo: int, hi: int) -> bool:
    """Narrative between two quotes that brings in a new subject breaks inheritance."""
    seg = text[lo:hi]
    return len(seg) > 120 and bool(sp.find_cues(seg))


def _after(text: str, lo: int, hi: int) -> _Found | None:
    """Attribution in the words that follow a quote, up to the end of their sentence."""
    hi = min(hi, _sentence_end(text, lo, hi) + 1, lo + 200)
    lead = _TAIL_LEAD.match(text, lo, hi)
    pos = lead.end()
    dash = _DASH_ATTRIBUTION.match(text, lo, hi)
    if dash and dash.end() > lo:
        np = sp.np_after(text, dash.end(), hi)
        if np and sp.is_person_like(text[np[0]:np[1]]):
            return _Found(text[np[0]:np[1]], None, "explicit")
    for cue in sp.find_cues(text, pos, hi):
        word = cue.group()
        if cue.start() == pos:
            np = sp.np_after(text, cue.end() + 1, hi) if cue.end() < hi else None
            if np:
                return _found(text, np, word)
            continue
        if word.lower().startswith("according"):
            np = sp.np_after(text, cue.end() + 1, hi)
            if np:
                return _found(text, np, word)
        np = sp.np_before(text, cue.start(), pos)
        if np and not text[pos:np[0]].strip(" ,\"'“”‘’"):
            return _found(text, np, word)
        break
    return None


def _found(text: str, np: tuple[int, int], cue: str) -> _Found:
    mention = text[np[0]:np[1]]
    first = mention.split()[0].lower() if mention.split() else ""
    how = "pronoun" if first in sp.PRONOUNS and len(mention.split()) == 1 else "explicit"
    return _Found(mention, re.sub(r"\s+", " ", cue), how)


def _before(text, lo, hi, head_lo, p_lo, prev, after_prev_quote) -> _Found | None:
    """Attribution in the sentence that leads into a quote (``text[lo:hi]``)."""
    cues = sp.find_cues(text, lo, hi)
    for cue in reversed(cues):
        word = cue.group()
        low = word.lower()
        if low.startswith("according"):
            np = sp.np_after(text, cue.end() + 1, hi)
            if np:
                return _found(text, np, word)
            continue
        if low == "put it" or low == "puts it":
            np = sp.np_before(text, cue.start(), lo)
            if np:
                return _found(text, np, word)
            continue
        np = sp.np_before(text, cue.start(), lo)
        if np and low not in _ING_CUES:
            return _found(text, np, word)
        if low in _ING_CUES or not np:
            if np and low in _ING_CUES:
                return _found(text, np, word)
            if after_prev_quote and prev is not None and prev.speaker_mention:
                return _Found(prev.speaker_mention, word, "inherited")
            subj = sp.subject_of(text, lo, cue.start())
            if subj:
                return _found(text, subj, word)
    stripped = text[lo:hi].rstrip()
    if stripped.endswith(":") and not cues:
        subj = sp.subject_of(text, lo, hi)
        if subj and sp.is_person_like(text[subj[0]:subj[1]]):
            return _found(text, subj, ":")
    return None


def _headline(text: str, span: Span) -> _Found | None:
    label = _HEADLINE_LABEL.match(text)
    if label and label.end() <= span.open_at:
        return _Found(label.group(1), ":", "explicit")
    outside = [(m.start(), m) for m in sp.find_cues(text)
               if not (span.open_at <= m.start() < span.end)]
    for _, cue in sorted(outside, key=lambda c: abs(c[0] - span.open_at)):
        np = sp.np_before(text, cue.start(), 0)
        if np and sp.is_person_like(text[np[0]:np[1]]):
            return _found(text, np, cue.group())
    return None


def _resolve(found: _Found, ctx: _Context, text: str, before: int) -> tuple[str | None, str]:
    """(speaker, attribution) for a mention."""
    mention = found.mention
    words = mention.split()
    low = words[0].lower() if words else ""
    if found.how == "inherited":
        return ctx.last_speaker, "inherited"
    if len(words) == 1 and low in sp.PRONOUNS:
        if low in sp.PERSONAL:
            return ctx.last_person or ctx.last_speaker, "pronoun"
        return ctx.last_speaker, "pronoun"
    if sp.is_person_like(mention):
        name = sp.split_title(mention)
        if name:
            if name.isupper():
                full = ctx.names.fullest(name.title())
                name = full if full != name.title() else name
            else:
                name = ctx.names.fullest(name)
            return name, "explicit"
    # A nominal: an organisation named in it speaks for itself; a role may be someone named.
    rest = words[1:] if low in sp.DETERMINERS else words
    if any(w[:1].isupper() for w in rest):
        return " ".join(rest), "explicit"
    if len(rest) == 1:
        person = ctx.names.role(rest[0])
        if person:
            return ctx.names.fullest(person), "explicit"
    return None, "explicit"


def _make_quote(text: str, span: Span, zone: str, index: int, found: _Found | None,
                ctx: _Context, head_lo: int) -> Quote:
    quoted = text[span.start:span.end]
    kind = _kind(text, span, quoted)
    if found is None:
        if kind == "partial" or len(_WORDS.findall(quoted)) <= 3:
            kind = "scare"
        return Quote(0, zone, index, span.start, span.end, quoted, None, None, None, "none", kind)
    speaker, attribution = _resolve(found, ctx, text, span.open_at)
    mention = found.mention
    if attribution != "inherited":
        if speaker:
            ctx.last_speaker = speaker
            if attribution == "explicit" and sp.is_person_like(mention):
                ctx.last_person = speaker
        else:
            ctx.last_speaker = None
    return Quote(0, zone, index, span.start, span.end, quoted, speaker, mention, found.cue,
                 attribution, kind)


def _kind(text: str, span: Span, quoted: str) -> str:
    """``direct`` for a quoted sentence, ``partial`` for words inside the writer's sentence."""
    first = quoted[:1]
    prev = text[:span.open_at].rstrip()[-1:] if span.open_at > 0 else ""
    embedded = prev.isalnum()
    if span.continued or not prev or prev in ":.!?\"”’'…—–―":
        return "direct"
    if embedded and (not first.isupper() or len(_WORDS.findall(quoted)) <= 3):
        return "partial"
    if prev == "," and first.isupper():
        return "direct"
    if first.isupper() and len(_WORDS.findall(quoted)) > 3:
        return "direct"
    return "partial"
