"""A German noun phrase in quote marks is no title of a work because its words are capitalized
(issue 16, used by ``extract`` before ``kinds.is_title_of_work`` makes a quote a scare quote).

German writes every noun with a capital, so a phrase someone used („Zeichen der Hoffnung",
„Kultur der Angst", „Hunde-Koks") passes the title-case test that tells an English title („Blue
Morning") from speech. Two shapes tell it is a phrase, not a name:

- an indefinite article right before the opening mark („sei ein „Zeichen der Hoffnung"",
  „beklagt eine „Kultur der Angst"", „als ein „Meilenstein …""): a title is named with the
  definite article or none; "a …" describes the thing with the words, whoever's they are;
- a sentence in the mood of reported speech (Konjunktiv I: „Die Sanierung sei „Zeichen der
  Hoffnung"", ``kinds.in_reported_mood``): the guide's case (docs/gold-annotation.md, batch E
  agreement: „Er stamme von den „West Indies"" is the speaker's ``partial``);
- a judgement given by an agent („wird von manchen Hundehaltern als „Hunde-Koks" bezeichnet",
  ``judged_terms.is_judged_term``).

The phrase stands inside the writer's sentence: a word right before its opening mark (after
a colon, a dash or a sentence's end a quote is a name or a sentence of its own, read as before).
Then the quote is read as any other: attributed if a rule finds who, else the writer's scare quote
as before. A name after a noun for a work („die Ausstellung „Licht und Schatten"") is set
aside before this (work_names.py), whatever the article or the mood; so is a quote fused by a
hyphen to the noun after it („einen „Best of Houzz"-Award": a prize's name).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.judged_terms import is_judged_term
from newsbeam.transforms.quotes.kinds import in_reported_mood
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

# An indefinite article (or its negation) right before the opening mark.
_INDEFINITE: Final = re.compile(r"(?<![^\W\d_])(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|"
                                r"keiner|keines)[^\S\n]{1,3}$", re.IGNORECASE)


def phrase_not_title(text: str, span: Span, quoted: str, lo: int, hi: int) -> bool:
    """In a German article, the quote ``span`` (in the sentence ``text[lo:hi]``) is a phrase, not
    a title, by one of the shapes of the module."""
    if span.continued or text[mark_end(text, span):mark_end(text, span) + 1] in ("-", "‐"):
        return False  # „einen „Best of Houzz“-Award": the name of a prize, fused to its noun
    if _INDEFINITE.search(text, max(lo, span.open_at - 12), span.open_at) is not None:
        return True
    before = text[max(lo, span.open_at - 4):span.open_at].rstrip()
    if not before[-1:].isalpha():
        return False  # „Das Motto sei: „Gemeinsam Stark“": a quote after a colon or a dash is no phrase of the sentence
    return in_reported_mood(text, lo, hi, span, "de") or is_judged_term(text, span, quoted, lo, "de")
