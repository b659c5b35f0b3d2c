"""Direct quotes and their speakers, by rules: ``extract_quotes(title, bullets, body)``.

The work is in three steps, each a pure function of the text:

1. ``quotes_marks.find_spans`` pairs quote marks into top-level quoted spans per zone;
2. ``_attribute`` looks for who said each one, in the order a reader would: a transcript label
   inside the quote, the words right after it (``," Trump said``), the sentence that leads into
   it (``Trump said: "...``, ``..., saying "...``, ``Trump's claim that "...``), a colon-ended
   paragraph before it, the headline's own shapes (``Ochoa: ...``, ``..., Ochoa Says``), the
   quote just before it (``inherited``), a reported sentence just before it (``..., Ochoa
   said. "...``), and for words quoted inside a sentence, that sentence's subject;
3. the speaker's mention is turned into a name (titles split off, pronouns resolved to the
   nearest person of agreeing gender, the fullest form the article gives), and the quote is
   classed ``direct``, ``partial`` or ``scare`` (a quoted label or a title of a work, said by
   no one).

Nothing here compiles a pattern per call or imports Beam; the function never raises on text.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Sequence

from newsbeam.schemas.records import Quote
from newsbeam.transforms import speakers as sp
from newsbeam.transforms.quotes_marks import Span, find_spans, paragraph_spans

# A sentence ends at . ! ? (maybe inside a closing mark) before a space and a capital or mark.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z0-9])")
_SENTENCE_TAIL = r"[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z0-9])"
_DOT_END_SPLIT = re.compile(r"(\." + _SENTENCE_TAIL + ")")  # _SENTENCE_END at a full stop
_OTHER_END = re.compile(r"[!?…]" + _SENTENCE_TAIL)  # ... and at the other stops
# "HOST: Welcome back, ..." opening a quoted transcript line.
_LABEL = re.compile(r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s")
# "...” ― Ann Lee": an attribution after a dash, as under a quote in a list.
_DASH_ATTRIBUTION = re.compile(r"\s*[,.]?\s*[\u2015\u2014\u2013]+\s*|\s+-{1,2}\s+")
_TAIL_LEAD = re.compile(r"[\s,.;:!?]*")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ING_CUES = frozenset("saying adding telling writing noting arguing calling asking explaining "
                      "warning insisting claiming urging describing complaining joking "
                      "declaring recalling replying responding suggesting quoting".split())
_COORDINATED = re.compile(r"\b(?:and|but|then)\s+$")
# "Trump's claim that ...", "his remarks about ...": words the possessor said.
# (The possessor, "((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*(?=['’]s\s)|\b(?:his|her|their|its)(?=\s))",
# is written to start with a character class, so the regex engine skips to its first letters.)
_POSSESSED_WORDS = re.compile(
    r"([A-Zhti](?:(?<=[A-Z])(?:[\w.\-]*\s+[A-Z]){0,3}[\w\-]*(?=['’]s\s)|(?<=h)(?<!\w.)(?:is|er)(?=\s)"
    r"|(?<=t)(?<!\w.)heir(?=\s)|(?<=i)(?<!\w.)ts(?=\s)))"
    r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:claims?|statements?|remarks?|"
    r"comments?|words|assertions?|descriptions?|promises?|pledges?|vows?|warnings?|phrases?|"
    r"responses?|reply|answers?|tweets?|posts?|messages?|speech|arguments?|accusations?|"
    r"suggestions?|insistence|view|contention|slogan|motto|catchphrase)\b")
_APOSTROPHES = re.compile(r"['’]")
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but by with from as vs".split())
_NEXT_WORD = re.compile(r"[\s,]+(?:(?:has|have|had|also|then|later|once|again|[a-z]+ly)\s+)*([a-z]+)")
_RELATIVE_TAIL = re.compile(r",?\s+(?:who|which|that)$")
_RELATIVE_ENDINGS = ("who", "which", "that", "who\n", "which\n", "that\n")  # where it can match
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_HEADLINE_LABEL = re.compile(r"^([A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3})(?: on [^:]{1,40})?:\s")


@dataclasses.dataclass(slots=True)
class _Found:
    """An attribution found for a quote: the mention's words, the cue, and where the cue is."""

    mention: str
    cue: str | None
    how: str  # explicit | pronoun | inherited
    cue_at: int = -1


@dataclasses.dataclass(slots=True)
class _Context:
    """What one article's quotes share: its names and the speakers met so far."""

    names: sp.NameIndex
    cues: sp.CueIndex | None = None
    sentences: _Sentences | None = None
    last_person: str | None = None
    last_speaker: str | None = None
    people: list = dataclasses.field(default_factory=list)
    genders: dict = dataclasses.field(default_factory=dict)
    resolved: dict = dataclasses.field(default_factory=dict)  # gender -> last "he"/"she" referent
    credits: list = dataclasses.field(default_factory=list)  # (offset, person) credited in this zone


# The version of these rules. Change it when a change to them changes their output: the next run
# then extracts again the articles it sees, even unchanged ones (their index rows record the
# version their rows were written with).
EXTRACTOR_VERSION = "2026-11-26"


def _title_case(title: str) -> bool:
    """Most of the headline's words (of four letters or more) are capitalized."""
    words = [w for w in _WORDS.findall(title) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)


def extract_quotes(title: str, bullets: Sequence[str], body: str) -> list[Quote]:
    """Every quotation in the article, in reading order, with its speaker where one is given."""
    title = title if isinstance(title, str) else ""
    body = body if isinstance(body, str) else ""
    bullets = [b if isinstance(b, str) else "" for b in (bullets or ())]
    # A headline in Title Case gives no names: "Machado Insists Trump Will ... Turn Venezuela"
    # would make "Turn Venezuela" the fullest form of Venezuela.
    ctx = _Context(sp.NameIndex([title if not _title_case(title) else "", *bullets, body]))
    quotes: list[Quote] = []
    zones = [("title", 0, title)] + [("bullet", i, b) for i, b in enumerate(bullets)] + [("body", 0, body)]
    for zone, index, text in zones:
        ctx.last_speaker = None
        for q in _zone_quotes(text, zone, index, ctx):
            quotes.append(Quote(len(quotes), *q))
    return quotes


def _zone_quotes(text: str, zone: str, index: int, ctx: _Context) -> list[tuple]:
    """The quotes of one zone as Quote fields after ``position``."""
    paragraphs = paragraph_spans(text)
    spans = find_spans(text, paragraphs)
    if not spans:
        return []
    ctx.cues = sp.CueIndex(text, title_case=zone == "title")
    ctx.sentences = sentences = _Sentences(text)
    ctx.credits = []
    out: list[tuple] = []
    prev: _Found | None = None
    prev_span: Span | None = None
    speech: Span | None = None  # the last quote of the paragraph that is not a name
    prev_direct = False  # the previous quote is direct and breaks off on a comma: “A,” ...
    for k, span in enumerate(spans):
        p_lo, p_hi = paragraphs[span.paragraph]
        before = speech if speech is not None and speech.paragraph == span.paragraph else None
        after = spans[k + 1] if k + 1 < len(spans) and spans[k + 1].paragraph == span.paragraph else None
        head_lo = _mark_end(text, before) if before else p_lo
        tail_hi = after.open_at if after else p_hi
        quoted = text[span.start:span.end]
        kind = _kind(text, span, quoted)
        stage_direction = quoted[:1] in "([" and quoted.rstrip(".")[-1:] in ")]"
        if stage_direction or (
                zone != "title" and _is_title_of_work(quoted, span) and not _is_named_by_cue(
                    text, ctx.cues, sentences.start(p_lo, span.open_at), span.open_at)):
            # "Morning Forum", "A Song for the River": a name in quote marks, said by no one
            # (so is a stage direction, "(APPLAUSE.)"); it does not interrupt the quotes around
            # it either.
            out.append((zone, index, span.start, span.end, quoted, None, None, None, "none", "scare"))
            continue
        speech = span
        found = _attribute(text, span, zone, head_lo, tail_hi, p_lo, paragraphs, ctx,
                           prev, prev_span, before is not None)
        if kind == "partial" and found is not None and prev is not None and found.cue_at >= 0 and \
                found.cue_at == prev.cue_at and prev_direct and before is not None and \
                _only_attribution(text, _mark_end(text, before), span.open_at):
            kind = "direct"  # “The new front line,” said Blaise Metreweli, head of MI6, “is everywhere.”
        if found is None and kind == "partial" and zone != "title":
            sent_lo = sentences.start(head_lo, span.open_at)
            # A quoted label on a noun (‘narcoterrorist’ networks) is the writer's scare quote
            # unless the sentence reports speech.
            if not _is_modifier(text, span, quoted) or ctx.cues.first(sent_lo, span.open_at) is not None:
                found = _subject(text, ctx, sent_lo, span.open_at)
        out.append(_make_quote(text, span, zone, index, found, ctx, quoted, kind))
        prev, prev_span = found, span
        prev_direct = out[-1][-1] == "direct" and quoted.rstrip()[-1:] == ","
    return out


def _only_attribution(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` is a bare attribution between two halves of a quote: ", said Blaise
    Metreweli, head of MI6," or "he said," (short, ends on a comma, no clause of its own)."""
    gap = text[lo:hi].strip()
    return gap.endswith(",") and len(gap.split()) <= 10 and \
        " that " not in gap and not any(w.endswith("ing") for w in gap.split()[1:])


def _mark_end(text: str, span: Span) -> int:
    if span.close_at < 0:
        return span.end
    end = span.close_at + 1
    if text.startswith("''", span.close_at):
        end += 1
    return end


class _Sentences:
    """The sentence ends of one zone, found once (abbreviations and initials skipped)."""

    __slots__ = ("starts", "ends")

    def __init__(self, text: str):
        self.starts: list[int] = []  # offset of the full stop
        self.ends: list[int] = []  # offset of the next sentence
        # The ends at a full stop come from a pattern that starts with a literal "." (a fast
        # scan; _SENTENCE_END's character class is read one character at a time), used as a
        # separator so that offsets follow from the lengths of the pieces. The rarer ! ? …
        # are found with str.find and matched where they stand. No end contains another
        # stop, so together they are exactly _SENTENCE_END's matches.
        parts = iter(_DOT_END_SPLIT.split(text))
        hits = []
        e = 0
        for between, stop in zip(parts, parts):
            k = e + len(between)
            e = k + len(stop)
            hits.append((k, e))
        if "!" in text or "?" in text or "…" in text:
            for ch in "!?…":
                k = text.find(ch)
                while k >= 0:
                    m = _OTHER_END.match(text, k)
                    if m:
                        hits.append((k, m.end()))
                    k = text.find(ch, k + 1)
            hits.sort()
        starts_append, ends_append = self.starts.append, self.ends.append
        for k, e in hits:
            if text[k] == ".":
                # The word before the stop, at most 12 characters of it. Past 5 characters
                # (with no opening mark to strip) it is no abbreviation or initial.
                lo = text.rfind(" ", k - 12 if k > 12 else 0, k) + 1
                if lo < k - 12:
                    lo = k - 12
                if k - lo <= 5 or text[lo] in "(\"“‘'":
                    last = text[lo:k].lower().lstrip("(\"“‘'")
                    if last in sp._ABBREV or (len(last) == 1 and last.isalpha()) or \
                            "." in last and len(last) <= 5:
                        continue  # "Mr.", "J.", "G.K." before a name do not end the sentence
            starts_append(k)
            ends_append(e)

    def start(self, lo: int, hi: int) -> int:
        """Where the sentence holding ``hi`` starts, searching no further back than ``lo``."""
        i = bisect.bisect_right(self.ends, hi) - 1
        if i >= 0 and self.starts[i] >= lo:
            return self.ends[i]
        return lo

    def end(self, lo: int, hi: int) -> int:
        """Where the sentence holding ``lo`` ends (just after its full stop), at most ``hi``."""
        i = bisect.bisect_left(self.starts, lo)
        if i < len(self.starts) and self.ends[i] <= hi:
            return self.starts[i] + 1
        return hi


def _attribute(text, span, zone, head_lo, tail_hi, p_lo, paragraphs, ctx, prev, prev_span,
               same_paragraph_before) -> _Found | None:
    found = _find_attribution(text, span, zone, head_lo, tail_hi, p_lo, paragraphs, ctx, prev,
                              prev_span, same_paragraph_before)
    if found is not None and prev is not None and found.cue_at >= 0 and found.cue_at == prev.cue_at:
        # The cue that credited the previous quote: "“A,” she said, “B.”"
        found.how = "inherited"
    return found


def _find_attribution(text, span, zone, head_lo, tail_hi, p_lo, paragraphs, ctx, prev, prev_span,
                      same_paragraph_before) -> _Found | None:
    cues, sentences = ctx.cues, ctx.sentences
    # 1. A transcript: "HOST: Welcome back, ..." inside the quote names its speaker.
    label = _LABEL.match(text, span.start) if "A" <= text[span.start] <= "Z" else None
    if label and len(label.group(1)) > 2:
        return _Found(label.group(1), ":", "explicit")
    # A later paragraph of a quotation that runs over several belongs to the same speaker.
    if span.continued and prev is not None and prev.mention:
        return _Found(prev.mention, prev.cue, "inherited", prev.cue_at)
    # 2. The words right after the closing mark: ," Trump said / ," said Trump / — Trump.
    if span.close_at >= 0:
        lo = _mark_end(text, span)
        found = _after(text, cues, sentences, lo, tail_hi)
        if found and not _new_sentence_reports_it(text, span, sentences, lo, tail_hi, found):
            found = None
        if found and found.cue_at > lo and text[lo:found.cue_at].lstrip()[:1] == "," and \
                text[lo - 2:lo - 1] not in (",", ".", "!", "?"):
            # "Ben Archbold said his client was held in “very onerous conditions”, national
            # broadcaster ABC said.": the words are the ones the sentence reports, if it says who
            # spoke them; the closing attribution is the report's source.
            inner = _before(text, cues, sentences.start(head_lo, span.open_at), span.open_at, None, ctx)
            if inner is not None and inner.how != "inherited":
                return inner
        if found:
            return found
    # 3. The sentence that leads into the quote.
    sent_lo = sentences.start(head_lo, span.open_at)
    after_prev = sent_lo == head_lo and same_paragraph_before
    found = _before(text, cues, sent_lo, span.open_at, prev if after_prev else None, ctx)
    if found:
        return found
    # 3b. A sentence that closes on its attribution after a comma credits every quote in it,
    # whatever words or quotes come between: "... “A” because of the “B” ties, said the
    # British Medical Journal."
    if span.close_at >= 0 and text[span.close_at - 1:span.close_at] not in ".!?":
        found = _closing_attribution(text, cues, sentences, _mark_end(text, span),
                                     paragraphs[span.paragraph][1])
        if found:
            return found
    # 4. A paragraph that ends with a colon introduces the quote that opens the next one.
    starts_paragraph = not text[p_lo:span.open_at].strip()
    if zone == "body" and starts_paragraph and span.paragraph > 0:
        q_lo, q_hi = paragraphs[span.paragraph - 1]
        lead = text[q_lo:q_hi].rstrip()
        if lead.endswith(":"):
            s_lo = sentences.start(q_lo, q_lo + len(lead))
            found = _before(text, cues, s_lo, q_lo + len(lead), None)
            if found:
                return found
    # 5. Headlines put the speaker anywhere: "Ochoa Says ...", "..., Ochoa Says", "Ochoa: ...".
    if zone == "title":
        found = _headline(text, cues, span, ctx.names)
        if found:
            return found
    # 6. A quote with no attribution of its own, next to the previous one, continues it ...
    if prev is not None and prev.mention and prev_span is not None:
        if prev_span.paragraph == span.paragraph:
            # Cues in the sentence that credits the previous quote ("..., Noem said, referring
            # to ...") do not start a new attribution; one in a later sentence does.
            gap_lo = _mark_end(text, prev_span)
            gap_lo = sentences.end(max(gap_lo, prev.cue_at), sent_lo)
            if cues.first(gap_lo, sent_lo) is None:
                return _Found(prev.mention, prev.cue, "inherited", prev.cue_at)
        elif prev_span.paragraph == span.paragraph - 1 and starts_paragraph and \
                _quote_ends_paragraph(text, prev_span, paragraphs):
            return _Found(prev.mention, prev.cue, "inherited", prev.cue_at)
    # 7. ... and a quote that follows a reported sentence ("..., Ochoa said.") is its speaker's;
    # failing a cue there, the person that sentence is about ("Ruiz, who lost, described
    # the count as ... ‘We will be back.’").
    if sent_lo > p_lo and text[span.start:span.start + 1].isupper() and sent_lo == span.open_at:
        prev_lo = sentences.start(max(head_lo, p_lo), sent_lo - 1)
        if prev_lo >= head_lo:
            found = _before(text, cues, prev_lo, sent_lo, None)
            if found:
                return found
            if prev is None or prev_span is None or prev_span.paragraph != span.paragraph:
                return _subject(text, ctx, prev_lo, sent_lo, people_only=True)
    return None


def _new_sentence_reports_it(text: str, span: Span, sentences: _Sentences, lo: int, hi: int,
                             found: _Found) -> bool:
    """Whether the attribution found after a quote is the quote's, when the quote closed its own
    sentence ("...doing.” Some experts have suggested cyberattacks."): only a sentence that is
    nothing but the attribution ("“...” Ochoa said.", "“...” said Ochoa.") reports it, or one
    whose subject is "he" or "she" (the person quoted, going on)."""
    if text[span.close_at - 1:span.close_at] not in (".", "!", "?") or found.cue_at < 0:
        return True
    if found.mention.lower() in ("he", "she"):
        return True  # "“...” She described it as ...": the person quoted goes on
    nxt = text[lo:lo + 2].lstrip()[:1]
    if not nxt.isupper():
        return True  # "“Really?” she asked." goes on in lowercase: one sentence
    end = sentences.end(found.cue_at, hi)
    words = text[found.cue_at:end].rstrip(" .!?\"'”’").split()
    cue_words = len(found.cue.split()) if found.cue else 1
    return len(words) == cue_words or not text[lo:found.cue_at].strip()


def _quote_ends_paragraph(text: str, span: Span, paragraphs) -> bool:
    """The previous paragraph closes on its quote, or on a short attribution after it; a long
    stretch of narrative after the quote means the next paragraph's quote is someone else's."""
    return paragraphs[span.paragraph][1] - _mark_end(text, span) < 150


def _after(text: str, cues: sp.CueIndex, sentences: _Sentences, lo: int, hi: int) -> _Found | None:
    """Attribution in the words that follow a quote, up to the end of their sentence."""
    # hi = min(hi, sentences.end(lo, hi) + 1, lo + 300), with the sentence end looked up here
    starts = sentences.starts
    i = bisect.bisect_left(starts, lo)
    end = starts[i] + 2 if i < len(starts) and sentences.ends[i] <= hi else hi + 1
    if end < hi:
        hi = end
    if lo + 300 < hi:
        hi = lo + 300
    pos = _TAIL_LEAD.match(text, lo, hi).end()
    dash = _DASH_ATTRIBUTION.match(text, lo, hi)
    if dash and dash.end() > lo:
        np = sp.np_after(text, dash.end(), hi)
        if np and sp.is_person_like(text[np[0]:np[1]]):
            return _Found(text[np[0]:np[1]], None, "explicit")
    cue = cues.first(pos, hi)
    if cue is not None:  # only the first cue after the quote is read
        word = cue.word
        if cue.s == pos:
            np = sp.np_after(text, cue.e + 1, hi) if cue.e < hi else None
            if np:
                return _found(text, np, cue)
            return None
        # "...," Jane Doe, the mayor, said / "...," he told reporters
        np = sp.np_after(text, pos, cue.s)
        if np:
            between = text[np[1]:cue.s]
            if not between.strip() or between.lstrip().startswith((",", "(")) or \
                    all(w.lower() in sp._ADVERBS for w in between.split()):
                return _found(text, np, cue)
        # "...," panel chairwoman Ana Ruiz said: a short lowercase description first.
        np = sp.np_before(text, cue.s, pos)
        gap = text[pos:np[0]].split() if np else None
        if np and (gap == ["as"] or len(gap) <= 3 and all(
                w.isalpha() and w.islower() and w not in sp.FUNCTION_WORDS for w in gap)):
            return _found(text, (pos, np[1]), cue)
        # "...," Match Group’s head of trust and safety, Yoel Roth, told Axios: the name set
        # off by commas right before the cue.
        if np and text[pos:np[0]].rstrip().endswith(",") and text[np[1]:cue.s].strip() == ",":
            return _found(text, np, cue)
        # "‘...’ of the plan, Mr. Ochoa said.": the sentence closes on its attribution.
        if np and text[pos:np[0]].rstrip().endswith(",") and \
                not text[cue.e:hi].strip(" .,;!?\"'”’") or np and text[cue.e:cue.e + 1] in ".,;" \
                and text[pos:np[0]].rstrip().endswith(","):
            return _found(text, np, cue)
        if word.lower().startswith("according"):
            np = sp.np_after(text, cue.e + 1, hi)
            if np:
                return _found(text, np, cue)
        return None
    return None


# Reporting verbs that put their speaker after them at a sentence's end (", said the Financial
# Times."); after "told", "asked", "urged", "called" ... comes the listener or the target.
_INVERTED_CUES = frozenset("""
said says add added adds wrote writes noted notes explained explains continued continues argued
argues insisted insists replied replies responded responds answered acknowledged admitted
announced announces observed remarked commented concluded recalled recalls declared stated
states tweeted posted reported reports reiterated joked quipped suggested suggests claimed
claims asserted countered emphasized emphasised stressed cautioned predicted conceded complained
boasted confirmed confirms warned warns
""".split())


def _closing_attribution(text: str, cues: sp.CueIndex, sentences: _Sentences, lo: int,
                         hi: int) -> _Found | None:
    """The attribution a sentence closes on, after a comma: ", said the Financial Times." or
    ", the Financial Times said." (``lo`` is inside the sentence, ``hi`` its paragraph's end)."""
    end = sentences.end(lo, hi)
    found = cues.between(lo, end)
    if not found:
        return None
    cue = found[-1]
    if cue.word.lower().startswith("according"):
        return None  # the words after the quote have been read for it already
    closing = text[cue.e:end].rstrip(" .!?\"'”’)")
    if text[lo:cue.s].rstrip().rstrip("”’\"'").endswith(","):  # ", said the Financial Times." / ',” said
        if cue.word.lower() not in _INVERTED_CUES:
            return None  # ", told Axios.": the words after most verbs are not the speaker
        np = sp.np_after(text, cue.e + 1, end) if cue.e < end else None
        if np and not text[np[1]:end].strip(" .!?\"'”’)"):
            return _found(text, np, cue)
    elif not closing or cue.word.lower() in ("told", "tells") and len(closing.split()) <= 4:
        # ", the Financial Times said." / ", Tom Dolphin told the BMJ."
        np = sp.np_before(text, cue.s, lo)
        lead = text[lo:np[0]] if np else ""
        comma = lead.rfind(",")
        # The subject opens after the sentence's last comma, titles and all: ", British Medical
        # Association chair of council Tom Dolphin told the BMJ."
        if np and comma >= 0 and len(lead[comma + 1:].split()) <= 8 and not text[np[1]:cue.s].strip():
            return _found(text, np, cue)
    return None


def _found(text: str, np: tuple[int, int], cue: sp.Cue | None, cue_word: str | None = None) -> _Found:
    mention = text[np[0]:np[1]]
    words = mention.split()
    first = words[0].lower() if words else ""
    how = "pronoun" if (first in sp.PRONOUNS or first in _POSSESSIVE_PRONOUNS) and len(words) == 1 \
        else "explicit"
    if how == "pronoun" and first in ("who", "which", "that"):
        # "Jane Doe, who ... said": the relative pronoun stands for the phrase before it.
        k = np[0]
        while k > 0 and text[k - 1] in " ,":
            k -= 1
        antecedent = sp.np_before(text, k, max(0, k - 300)) if k < np[0] else None
        if antecedent:
            mention = text[antecedent[0]:np[1]]
            how = "explicit"
    word = cue_word if cue_word is not None else (cue.word if cue else None)
    return _Found(mention, " ".join(word.split()) if word else None, how, cue.s if cue else -1)


def _known_person(mention: str, ctx: _Context | None) -> bool:
    """A mention of someone the article already quotes or names as a person: the subject of a
    participle's sentence ("Carney responded, firmly stating:") that takes over from the previous
    quote's speaker, where a headline fragment or a noun would not."""
    if ctx is None or not sp.is_person_like(mention):
        return False
    name = sp.split_title(mention)
    if not name:
        return False
    full = ctx.names.fullest(name)
    return full in ctx.people or ctx.names.is_person(name)


def _before(text, cues, lo, hi, prev, ctx: _Context | None = None) -> _Found | None:
    """Attribution in the sentence that leads into a quote (``text[lo:hi]``)."""
    found_cues = cues.between(lo, hi)
    for cue in reversed(found_cues):
        low = cue.word.lower()
        if low.startswith("according"):
            np = sp.np_after(text, cue.e + 1, hi)
            if np:
                return _found(text, np, cue)
            continue
        participle = (low in _ING_CUES or low.endswith("ing")) and text[lo:cue.s].rstrip().endswith(",")
        np = None if participle else sp.np_before(text, cue.s, lo)
        if np:
            return _found(text, np, cue)
        if participle or low.endswith("ing") or _COORDINATED.search(text, max(lo, cue.s - 6), cue.s):
            # "..., arguing that": the participle's subject is the sentence's, not the
            # phrase before the comma ("in Lisbon, Portugal, arguing"); a sentence without
            # one of its own continues the previous quote's speaker.
            subj = sp.subject_of(text, lo, cue.s)
            if prev is not None and prev.mention and (subj is None or not _known_person(
                    text[subj[0]:subj[1]], ctx)):
                return _Found(prev.mention, cue.word, "inherited", prev.cue_at)
            subj = subj or (sp.np_before(text, cue.s, lo) if participle else None)
            if subj:
                return _found(text, subj, cue)
            continue
        # "Said Ruiz: ..." puts the subject after its verb.
        np = sp.np_after(text, cue.e + 1, hi) if cue.e < hi else None
        if np and not text[np[1]:hi].strip(" ,:\"“‘'"):
            return _found(text, np, cue)
    # "Ochoa’s claim that the count was “rigged”": the words are the possessor's.
    owned = None
    for owned in _POSSESSED_WORDS.finditer(text, lo, hi):
        pass
    if owned is not None:
        return _found(text, owned.span(1), None, owned.group(0).split()[-1])
    stripped = text[lo:hi].rstrip()
    if stripped.endswith(":"):
        subj = sp.subject_of(text, lo, hi)
        if subj and sp.is_person_like(text[subj[0]:subj[1]]):
            return _found(text, subj, None, ":")
    return None


def _headline(text: str, cues: sp.CueIndex, span: Span, names: sp.NameIndex) -> _Found | None:
    label = _HEADLINE_LABEL.match(text)
    if label and label.end() <= span.open_at and sp.is_person_like(label.group(1)):
        return _Found(label.group(1), ":", "explicit")
    outside = [c for c in cues.between(0, len(text)) if not (span.open_at <= c.s < span.end)]
    # In Title Case "Comments" or "Claims" may be nouns; a plain verb ("Says") is surer.
    for cue in sorted(outside, key=lambda c: (c.word.lower() in sp.NOUNISH, abs(c.s - span.open_at))):
        np = sp.np_before(text, cue.s, 0)
        if np and sp.is_person_like(text[np[0]:np[1]]):
            return _found(text, np, cue)
    # A headline that ends on its quote gives the words to its subject: "Nurses March
    # Downtown To ‘Fund The Wards’". A quote inside the headline ("Take Down
    # ‘Narcoterrorist’ Regime") is the writer's label.
    if span.close_at >= 0 and not text[span.close_at + 1:].strip(" .!?\"'”’"):
        subject = _headline_subject(text, span.open_at, names)
        if subject:
            return _Found(subject, None, "explicit")
    return None


def _headline_subject(text: str, hi: int, names: sp.NameIndex) -> str | None:
    """The noun phrase a headline opens with, when it can speak: a person the article names
    ("Ochoa", "Ana Ruiz") or a group ("Angry Nurses", "Local Farmers")."""
    words = text[:hi].split()[:5]
    best = None
    for k in range(1, min(4, len(words) - 1) + 1):
        run = words[:k]
        if not all(w[:1].isupper() for w in run):
            break
        phrase = " ".join(run)
        head = run[-1].lower().strip(".,:;")
        if head in sp.GROUP_WORDS or head in sp.NOMINAL_HEADS or names.is_person(phrase):
            best = phrase
    return best


# Lowercase heads of a nominal that is itself a speaker when a name modifies it: "the Trump
# administration", "the Harbor City council", "a White House statement".
_ORG_NOUNS = frozenset("""
administration government department ministry office committee team campaign group party agency
company firm board council court commission union network newspaper paper magazine station
organization organisation foundation institute center centre association coalition alliance
movement caucus delegation panel jury family spokesman spokeswoman spokesperson report study
survey poll memo letter statement release article book ad video lawsuit complaint filing ruling
order bill post tweet website site blog editorial column
""".split())


def _resolve(found: _Found, ctx: _Context, text: str, before: int) -> tuple[str | None, str]:
    """(speaker, attribution) for a mention of the quote that opens at ``before``."""
    mention = found.mention
    if mention.endswith(_RELATIVE_ENDINGS):
        mention = _RELATIVE_TAIL.sub("", mention)
    words = mention.split()
    low = words[0].lower() if words else ""
    if found.how == "inherited":
        return ctx.last_speaker, "inherited"
    if len(words) == 1 and (low in sp.PRONOUNS or low in _POSSESSIVE_PRONOUNS):
        low = _POSSESSIVE_PRONOUNS.get(low, low)
        if low in ("he", "she"):
            return _antecedent(ctx, text, before, "m" if low == "he" else "f", found.cue_at), "pronoun"
        if low in sp.PERSONAL:
            return ctx.last_person or ctx.last_speaker, "pronoun"
        if low == "it" and ctx.last_speaker in ctx.people:
            return None, "pronoun"  # "it" is a body or a document, never the person last quoted
        return ctx.last_speaker, "pronoun"
    if sp.is_person_like(mention):
        name = sp.split_title(mention)
        if name and all(sp._trim_tok(w) in sp.FUNCTION_WORDS for w in name.split()):
            return None, "explicit"  # "None of MacAlister’s", "Another": no one named
        bare = [w for w in words if w.lower() not in sp.DETERMINERS]
        if name and len(bare) == 1 and (sp._trim_tok(name) in sp.TITLES or sp._trim_tok(name) in sp.ROLE_WORDS) \
                and not ctx.names.is_surname(name):
            # "the President", "Historian": the person the article gave that title, if any.
            person = ctx.names.role(name)
            return (ctx.names.fullest(person) if person else None), "explicit"
        if name:
            if name.isupper():
                full = ctx.names.fullest(name.title())
                name = full if full != name.title() else name
            else:
                name = ctx.names.fullest_near(name, text, before)
            if " " not in name:
                name = ctx.names.given_name(name) or name
            return name, "explicit"
    # A nominal: a role may be someone the article named with that title ("the premier"); an
    # organisation named in it speaks for itself ("The Associated Press", "Thames Valley Police").
    rest = words[1:] if low in sp.DETERMINERS else words
    head = sp._trim_tok(rest[-1]) if rest else ""
    if (head in sp.TITLES or head in sp.ROLE_WORDS) and (rest[-1].islower() or len(rest) == 1):
        person = ctx.names.role(head)
        if person:
            return ctx.names.fullest(person), "explicit"
        return None, "explicit"  # "The German leader": a description, not a name
    if any(w[:1].isupper() for w in rest) and (rest[-1][:1].isupper() or head in _ORG_NOUNS):
        return " ".join(rest), "explicit"
    return None, "explicit"  # "the 85-year-old Nobel Peace Prize winner": a description


_PLURAL_ENDINGS = ("ists", "ians", "eans")


def _plural_group(name: str) -> bool:
    """A name for several people ("Tunisian Islamists", "Europeans", "officials"): never a he
    or she."""
    last = sp._trim_tok(name.split()[-1])
    return last in sp.GROUP_WORDS or last.endswith(_PLURAL_ENDINGS)


def _own_subject(ctx: _Context, text: str, lo: int, before: int, cue_at: int, gender: str,
                 pronoun: str) -> str | None:
    """The subject of the sentence the pronoun stands in, if it is a person and the pronoun
    is not that subject itself nor a parenthesis ("Washington kept slaves there, she noted")."""
    if cue_at < 0 or cue_at > before or ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(lo, cue_at), text.rfind("\n", 0, cue_at) + 1)
    lead = text[s_lo:cue_at].rstrip()
    if not lead.lower().endswith(pronoun) or lead[:len(lead) - len(pronoun)].rstrip().endswith(","):
        return None
    subj = sp.subject_of(text, s_lo, cue_at)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    if mention.lower() in sp.PRONOUNS or mention.endswith(("’s", "'s")) or not _known_person(mention, ctx):
        return None
    full = ctx.names.fullest(sp.split_title(mention))
    return full if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender) else None


_KIN = frozenset("father mother wife husband son daughter brother sister uncle aunt cousin "
                 "grandfather grandmother widow widower fiancé fiancée partner friend".split())


def _subject_before(ctx: _Context, text: str, lo: int, before: int, gender: str,
                    pronoun: str) -> str | None:
    """The person the sentences before the pronoun's own are about: the nearest one whose
    subject (or the person one of its quotes is credited to) is a person of a fitting gender,
    going back past sentences whose subject is the same pronoun. A passage keeps its subject:
    "Benj Edwards ... explained that ... He said he was sick. “...,” he said."""
    sentences = ctx.sentences
    if sentences is None:
        return None
    # A paragraph break ends a sentence whatever the stop before it looks like ("on X.").
    hi = max(sentences.start(lo, before), text.rfind("\n", 0, before) + 1)  # not the pronoun's own
    for _ in range(4):
        while hi > lo and text[hi - 1] in " \n\r":
            hi -= 1
        if hi <= lo:
            return None
        s_lo = max(sentences.start(lo, hi - 1), text.rfind("\n", 0, hi - 1) + 1)
        credited = [person for at, person in ctx.credits if s_lo <= at < hi]
        if credited:
            person = credited[-1]
            if (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender):
                return person
            return None
        subj = sp.subject_of(text, s_lo, hi)
        if subj is not None:
            mention = text[subj[0]:subj[1]]
            low = mention.lower()
            words = mention.split()
            head = sp._trim_tok(words[-1])
            if len(words) > 1 and head in _KIN and (words[-2].endswith(("’s", "'s")) or
                                                    words[-2].lower() in _POSSESSIVE_PRONOUNS):
                return ""  # "Rashtian’s father", "his wife": someone the article does not name
            if mention.endswith(("’s", "'s")):
                hi = s_lo
                continue  # "France’s ambassador": the possessor is not the subject
            if sp._trim_tok(words[0]) in sp.FUNCTION_WORDS and sp._trim_tok(words[0]) not in ("the",):
                return None  # "Several European leaders", "Regarding Rahman": no subject to go by
            if low in sp.PRONOUNS:
                if low != pronoun:
                    return None  # the passage turned to someone else ("they", the other gender)
            elif sp.is_person_like(mention):
                if _plural_group(mention):
                    hi = s_lo
                    continue  # "Tunisian Islamists and secular forces ...": not a he or she
                if not _known_person(mention, ctx):
                    return None
                full = ctx.names.fullest(sp.split_title(mention))
                if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender):
                    return full
                return None
            else:
                return None  # a sentence about something else: leave it to the nearest name
        hi = s_lo
    return None


def _antecedent(ctx: _Context, text: str, before: int, gender: str, cue_at: int = -1) -> str | None:
    """Who "he" or "she" is, in this order: the subject of the pronoun's own sentence when the
    pronoun sits in a clause of it ("Ban Ki-moon condemned what he called ..."); the person the
    sentences before are about; the nearest person named before the quote (this paragraph or
    the one before); the last speaker. Each time, one whose gender, where the article shows it,
    agrees."""
    lo = text.rfind("\n", 0, before)  # this paragraph's start ...
    while lo > 0 and text[lo - 1] in "\r\n":
        lo -= 1
    lo = max(0, text.rfind("\n", 0, max(0, lo)))  # ... and the previous one's
    names = ctx.names
    pronoun = "he" if gender == "m" else "she"
    found = _own_subject(ctx, text, lo, before, cue_at, gender, pronoun)
    if found is None:
        found = _subject_before(ctx, text, lo, before, gender, pronoun)
    if found == "":
        return None  # the sentences before are about someone unnamed: "Rashtian’s father"
    if found is None:
        found = _nearest_person(ctx, text, max(lo, before - 700), before, gender, pronoun)
    if found is None:
        for person in reversed(ctx.people):
            if (ctx.genders.get(person) or names.gender(person)) in (None, gender):
                found = person
                break
    if found is not None:
        # What the article says once about someone's pronoun holds for its later quotes.
        ctx.genders.setdefault(found, gender)
        ctx.resolved[gender] = found
    return found


def _nearest_person(ctx: _Context, text: str, lo: int, hi: int, gender: str, pronoun: str) -> str | None:
    """The person named nearest before ``hi`` (back to ``lo``) who can be "he" or "she"."""
    names = ctx.names
    for name, end in sp.names_before(text, lo, hi):
        if name.lower() == pronoun:
            # "She ... . She said": the same person as the last time the pronoun was resolved.
            if ctx.resolved.get(gender):
                return ctx.resolved[gender]
            continue
        if name.lower() in sp.PRONOUNS or sp._trim_tok(name) in sp.FUNCTION_WORDS:
            continue
        if _plural_group(name):
            continue
        name = sp.split_title(name) or name
        full = names.fullest(name)
        # Someone who "said" or "told" is a person even when named once.
        nxt = ctx.cues.first(end + 1, end + 25)
        speaks = nxt is not None and nxt.s == end + 1 and not sp.is_org(full)
        if (full in ctx.people or speaks or names.is_person(name)) and \
                (ctx.genders.get(full) or names.gender(name)) in (None, gender):
            return full
    return None


def _is_title_of_work(quoted: str, span: Span) -> bool:
    """Two to eight words in title case: a show, a book, a slogan's name, not speech."""
    if len(quoted) > 90 or not quoted[:1].isupper() or span.continued or ":" in quoted or \
            "?" in quoted or "!" in quoted or ";" in quoted or ". " in quoted:
        return False
    words = _WORDS.findall(quoted)
    if not 2 <= len(words) <= 8:
        return False
    if _APOSTROPHES.split(words[0].lower())[0] in ("i", "we", "you", "he", "she", "they"):
        return False  # "We're America." is speech
    return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words) and \
        sum(1 for w in words if w[:1].isupper()) >= 2 and words[0][:1].isupper()


def _is_named_by_cue(text: str, cues: sp.CueIndex, lo: int, hi: int) -> bool:
    """Title-case words that someone is reported to have used: "the mayor called him “Captain Chaos”"
    (but not "he told NBC's “Meet the Press”", where the name is the show's)."""
    if cues.first(lo, hi) is None:
        return False
    word = sp.word_before(text, hi, lo).lower()
    return not (word.endswith(("'s", "’s", "s'", "s’")) or word in sp.DETERMINERS or
                word in ("on", "in", "of", "titled", "called", "entitled", "named", "dubbed", "show"))


def _is_modifier(text: str, span: Span, quoted: str) -> bool:
    """A quoted word or two used to label a noun, ``the ‘narcoterrorist’ networks``: the writer
    keeping a term at arm's length (a scare quote), not reporting speech."""
    if len(quoted) > 40 or span.close_at < 0 or quoted[-1:] in ",.!?" or len(_WORDS.findall(quoted)) > 2:
        return False
    after = text[span.close_at + 1:span.close_at + 3]
    return len(after) == 2 and after[0] == " " and after[1].isalpha() and after[1].islower()


def _subject(text: str, ctx: _Context, lo: int, hi: int, people_only: bool = False) -> _Found | None:
    """The subject of the sentence a partial quote sits in, when it names who is speaking:
    "Ruiz branded the plan a ‘shell game’" credits Ruiz. The word after it is taken as the cue.
    A single capitalized word is a speaker only if the article uses it as someone's name: a
    sentence's first word is capitalized whatever it is ("Guano is ...")."""
    subj = sp.subject_of(text, lo, hi)
    if not subj:
        return None
    mention = text[subj[0]:subj[1]]
    low = mention.lower()
    if mention.endswith(("’s", "'s")):
        return None  # "The White House’s attempt to ...": the possessor is not the subject
    if not (low in sp.PRONOUNS and low not in ("it", "this", "which", "that", "you")
            or sp.is_person_like(mention) and (" " in mention or ctx.names.is_proper(mention))
            or low.split()[-1] in sp.NOMINAL_HEADS and not people_only):
        return None
    verb = _NEXT_WORD.match(text, subj[1], hi)
    cue = verb.group(1) if verb and verb.group(1).islower() else None
    how = "pronoun" if low in sp.PRONOUNS else "explicit"
    return _Found(mention, cue, how, -1)


def _make_quote(text: str, span: Span, zone: str, index: int, found: _Found | None,
                ctx: _Context, quoted: str, kind: str) -> tuple:
    if found is None:
        if kind == "partial" or _short(quoted):
            kind = "scare"
        return (zone, index, span.start, span.end, quoted, None, None, None, "none", kind)
    speaker, attribution = _resolve(found, ctx, text, span.open_at)
    mention = found.mention
    if attribution != "inherited":
        if speaker:
            ctx.last_speaker = speaker
            if attribution != "inherited" and (attribution == "pronoun" or sp.is_person_like(mention)):
                ctx.credits.append((span.open_at, speaker))
            if attribution == "explicit" and sp.is_person_like(mention):
                ctx.last_person = speaker
                ctx.people.append(speaker)
        else:
            ctx.last_speaker = None
    return (zone, index, span.start, span.end, quoted, speaker, mention, found.cue, attribution, kind)


def _short(quoted: str) -> bool:
    """Three words or fewer."""
    return len(quoted) < 40 and len(_WORDS.findall(quoted)) <= 3


_FOLLOWING_WORD = re.compile(r" +([a-z]+)\b")


def _kind(text: str, span: Span, quoted: str) -> str:
    """``direct`` for a quoted sentence, ``partial`` for words inside the writer's sentence."""
    first = quoted[:1]
    k = span.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    prev = text[k] if k >= 0 and text[k] not in "\r\n" else ""
    if prev in ("’", "'") and k > 0 and text[k - 1].isalpha():
        prev = "s"  # "Democrats’ “largest spikes”": a possessive, not a closing quote mark
    embedded = prev.isalnum()
    if span.continued:
        return "direct"
    if (not prev or prev in ".!?…") and span.close_at >= 0 and quoted.rstrip()[-1:].isalnum():
        # "“Going on offense” seems the only way": words that open the writer's sentence.
        nxt = _FOLLOWING_WORD.match(text, _mark_end(text, span))
        if nxt and nxt.group(1) not in sp.CUES and nxt.group(1) not in sp.PRONOUNS:
            return "partial"
    if not prev or prev in ":.!?\"”’'…—–―":
        return "direct"
    if embedded and (not first.isupper() or _short(quoted)):
        return "partial"
    if prev == "," and first.isupper():
        return "direct"
    if first.isupper() and not _short(quoted):
        return "direct"
    return "partial"
