"""Spanish and Portuguese reports let a person speak over several paragraphs with no subject
written again: "La presidenta Ana Ruiz dijo que … / En la conferencia, explicó que … / «…»,
explicó." (``implied.dropped_subject_antecedent`` reads the paragraph before a quote that
opens its own). A paragraph that itself opens on a reporting verb with its subject dropped
names no speaker: it is the same person's, so the reading goes on to the paragraph before it,
two paragraphs further at most; so does an earlier paragraph of the same quotation (it opens on a
quote mark and closes none, s54). A paragraph that opens any other way stops the reading
(rather null than a person the writer moved away from). Pure function."""
from __future__ import annotations

from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.verb_openers import opens_on_reporting_verb

_FURTHER: Final = 2  # paragraphs read past the one right before, at most
_SENTENCES: Final = 2  # sentences read at the end of each paragraph

Reader = Callable[[str, ArticleContext, int, int, int], "tuple[str | None, str]"]


def _paragraph_end(text: str, at: int) -> int:
    """Where the text before ``at`` ends once line breaks and spaces are left out."""
    while at > 0 and text[at - 1] in "\n ":
        at -= 1
    return at


def _open_quotation(paragraph: str) -> bool:
    """Whether ``paragraph`` is an earlier paragraph of a quotation that goes on into the next one:
    it opens on a quote mark and closes none ("«Vivimos un tiempo … instituciones." before "»Por
    eso …», dijo."; s54): the same speaker's words, read past as a subjectless verb's are."""
    body = paragraph.strip()
    if not body:
        return False
    if body[:1] in "«“„»":
        return not any(mark in body[1:] for mark in "»”“«")
    return body[:1] == '"' and body.count('"') == 1


def through_paragraphs(text: str, ctx: ArticleContext, q_hi: int, read: Reader) -> tuple[str | None, str]:
    """The speaker ``read`` (``implied._person_before``) finds in the paragraph ending at
    ``q_hi``, or, where that paragraph opens on a verb with no subject and names no one, in the
    paragraphs before it."""
    assert ctx.cues is not None
    q_hi = _paragraph_end(text, q_hi)
    for step in range(_FURTHER + 1):
        p_lo = text.rfind("\n", 0, q_hi) + 1
        person, described = read(text, ctx, p_lo, q_hi, _SENTENCES)
        if person or described or p_lo < 2 or step == _FURTHER or \
                not (opens_on_reporting_verb(text, ctx.cues, p_lo, q_hi) or _open_quotation(text[p_lo:q_hi])):
            return person, described
        q_hi = _paragraph_end(text, p_lo - 1)
    return None, ""
