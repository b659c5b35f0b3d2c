"""A quotation over several paragraphs whose attribution comes only at the end of its last one
(issue 16, s54): "Archbishop Carlos Castillo spoke. / “We live in a time of distrust. / “That is
why the Church must listen,” he said." News marks it by opening each paragraph and closing only
the last; the guide gives every paragraph of it to the speaker the last one names. The rules
read each paragraph on its own, and the first (no attribution of its own) had none.

``credit_open_paragraphs`` gives a body quote that no rule credited, opens its paragraph, runs
to the paragraph's end with no closing mark, and is followed in the next paragraph by a quote that opens it
(only a mark between), the speaker of that next quote, when that one was credited by a rule
of its own or so itself (``inherited``, rule ``open_paragraph``), back over the paragraphs of the
quotation. Pure function, one pass from the end."""
from __future__ import annotations

import dataclasses
from typing import Final

from newsbeam.schemas.records import Quote

OPEN_PARAGRAPH: Final = "open_paragraph"
_MARKS: Final = "\"“”„«»‘’'‹› \t\u00a0"
# The mark that opens a paragraph going on after one opened so: the same, or Spanish "»" after "«".
_SAME_QUOTATION: Final = {"«": "»"}


def _runs_on(body: str, q: Quote, nxt: Quote) -> bool:
    """``q`` runs to its paragraph's end unclosed and ``nxt`` opens the next paragraph."""
    line_end = body.find("\n", q.end_char)
    if line_end < 0 or body[q.end_char:line_end].strip(" \t"):
        return False  # text after it on its line (its closing mark, or the writer's words)
    if body[body.rfind("\n", 0, q.start_char) + 1:q.start_char].strip(_MARKS):
        return False  # it does not open its paragraph: "The sign read: “No entry …" (final read)
    gap = body[line_end:nxt.start_char]
    if gap.count("\n") > 2 or gap.strip(_MARKS + "\r\n"):
        return False
    opened, goes_on = body[:q.start_char].rstrip()[-1:], gap.strip()[-1:]
    # the same marks open both paragraphs ("«" then "»" in Spanish, "«" again in French): one quotation; a block quote in
    # straight marks around a quote in curly ones is an excerpt quoting someone (read54: CNN's report
    # quoting Pete King), and words naming the speaker by surname are not the speaker's own
    return goes_on in (opened, _SAME_QUOTATION.get(opened, opened)) and nxt.speaker is not None and \
        nxt.speaker.split()[-1] not in q.text


def credit_open_paragraphs(quotes: list[Quote], body: str) -> list[Quote]:
    """``quotes`` (one article's, in reading order) with the open paragraphs of a quotation given
    the speaker its last paragraph names."""
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if q.zone != "body" or nxt.zone != "body" or q.speaker is not None or q.attribution != "none" or \
                q.kind != "direct" or nxt.speaker is None or nxt.kind != "direct" or \
                nxt.attribution not in ("explicit", "pronoun", "inherited") or not _runs_on(body, q, nxt):
            continue
        out[k] = dataclasses.replace(q, speaker=nxt.speaker, speaker_mention=nxt.speaker_mention, cue=nxt.cue,
                                     attribution="inherited", rule=OPEN_PARAGRAPH)
    return out
