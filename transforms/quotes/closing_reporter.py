"""The reporter of the sentence right before a quote's "he" or "she" (stop 39, en): "Whether the
ferries return is in doubt, said Ana Ruiz, director of the union. “…,” she said." The sentence
closes on its attribution, inverted (", said X"), with "according to", or in subject order
(", union director X told the Courier."), and holds no quote of its own: it is about its
reporter, whoever spoke in the sentences before it. ``sentences_before.subject_before`` read its
grammatical subject (the paraphrase) and went back to the last speaker credited: a wrong name.

Read by ``resolve.antecedent`` before ``subject_before``. Rather null than wrong: the name must
be of two words or more, person-like and no body; after the verb it must close the sentence
(nothing, an appositive or an adjunct after it: not "and", not a verb, not a possessive); the
person's gender, where the article shows it, must fit the pronoun. Apart from
``inverted_names.py`` because it reads ``trailing.closing_attribution``, which imports the
pronoun resolver's modules. Pure.
"""
from __future__ import annotations

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.inverted_names import NAME_RUN, closes_attribution, named_after_verb
from newsbeam.transforms.quotes.lexicon import INVERTED_CUES
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import according
from newsbeam.transforms.quotes.trailing import closing_attribution

# A sentence with a quote of its own: its credit is read instead. British single quotes count by
# their opening mark only ("’" is mostly an apostrophe: "port workers’ union").
_QUOTE_MARKS = "“”\"«»„‘‹›"


def reported_before(ctx: ArticleContext, text: str, lo: int, before: int, gender: str) -> str | None:
    """The person the sentence right before the pronoun's own names in the attribution it closes
    on, when it holds no quote of its own: inverted ("…, said Ana Ruiz, director of the union."),
    with "according to" ("…, according to Ana Ruiz.") or in subject order ("…, union director
    Ana Ruiz told the Courier."); if the article's "he" or "she" can be that person, else None.
    That sentence is about its reporter, whoever spoke in the sentences before it
    (``sentences_before.subject_before`` passes over it, its grammatical subject being the paraphrase,
    to the last one credited)."""
    sentences, cues = ctx.sentences, ctx.cues
    if sentences is None or cues is None:
        return None
    hi = max(sentences.start(lo, before), text.rfind("\n", 0, before) + 1)  # the pronoun's own sentence
    while hi > lo and text[hi - 1] in " \n\r":
        hi -= 1
    if hi <= lo:
        return None
    s_lo = max(sentences.start(lo, hi - 1), text.rfind("\n", 0, hi - 1) + 1)
    found = cues.between(s_lo, hi)
    if not found or any(mark in text[s_lo:hi] for mark in _QUOTE_MARKS):
        return None
    cue = found[-1]
    after_comma = text[max(0, cue.s - 3):cue.s].rstrip().endswith(",")
    if cue.word.lower() in INVERTED_CUES and named_after_verb(ctx, text, cue.e + 1) or \
            according(cue.word) and after_comma:
        run = NAME_RUN.match(text, cue.e + 1, hi)
        if run is None or run.group().endswith(("’s", "'s")) or not closes_attribution(text[run.end():hi]):
            return None  # "Ann Lee, who studies tax, said Tom Hale’s plan fails": the subject is before
        mention = run.group()
    else:
        closing = closing_attribution(text, cues, sentences, s_lo, hi)
        if closing is None or closing.cue_at != cue.s or not 0 <= text.find(closing.mention, s_lo, cue.s):
            return None
        mention = closing.mention  # ("…, union director Ana Ruiz told the Courier.")
    name = split_title(mention) or mention
    if len(name.split()) < 2 or not is_person_like(mention) or is_org(name):
        return None
    full = ctx.names.fullest(name)
    return full if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender) else None
