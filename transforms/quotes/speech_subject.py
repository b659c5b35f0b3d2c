"""The subject of a partial quote's sentence when the verb right after the quote reports speech
or a judgement ("Ann Lee said the plan was “absolutely” sound"): shapes.sentence_subject, kept
only where the quoted words end their phrase and the verb is one of saying or judging."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.language import current as current_language, voices_view
from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS, NP_STOP
from newsbeam.transforms.quotes.shapes import sentence_subject
from newsbeam.transforms.quotes.tokens import close_end

# Words that end the noun phrase before them: a quote followed by one is a whole phrase ("the
# “decisive victory” at the polls", "“temporary measures” might be needed"), not a label on the
# noun after it ("the “becoming Chinese” trend").
_PHRASE_ENDS: Final = NP_STOP | FUNCTION_WORDS | frozenset(["may", "will", "can"])
_WORD_AFTER: Final = re.compile(r"[^\S\n]+([a-z]+)\b")


def speech_subject(text: str, ctx: ArticleContext, lo: int, hi: int, close_at: int) -> Finding | None:
    """The subject of a partial quote's sentence when the verb right after it reports speech or
    a judgement: a reporting verb ("Ann Lee said the plan was “absolutely” sound") or a verb of
    judging, greeting or foreseeing ("Lee congratulated the team on the “decisive victory”",
    "Ruiz dismissed the report as “a smear”"). The quote is in that verb's clause: no ";" or
    second reporting verb between them. The subject must name someone (a person, a body, or a
    pronoun that stands for one): the writer's words about a thing ("The bill ...") are not
    speech. The quoted words must end their phrase (a function word follows them): a label on
    the noun after it ("endorsed the “becoming Chinese” trend") is the writer's term. ``lo``:
    the sentence's start; ``hi``: where the quote opens; ``close_at``: its closing mark."""
    after = _WORD_AFTER.match(text, close_end(text, close_at))
    lang = current_language()
    if after is None or after.group(1) not in _PHRASE_ENDS and after.group(1) not in lang.np_stop and \
            after.group(1) not in lang.function_words:
        return None
    found = sentence_subject(text, ctx, lo, hi)
    if found is None or not found.cue:
        return None
    verb = found.cue.lower()
    if verb not in CUES and not voices_view(verb) and verb not in lang.cues:
        return None
    at = text.find(found.cue, lo, hi)
    assert ctx.cues is not None  # set by extract._zone_quotes before any rule runs
    if at < 0 or ";" in text[at:hi] or ctx.cues.first(at + len(found.cue), hi) is not None:
        return None
    return found
