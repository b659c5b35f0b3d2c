"""A short capitalized term whose own finding names no one, in German and French: the writer's
term or name, scare.

A partial quote that no rule credits is a scare quote (``quote_fields.make_quote``); one that a
rule found a mention for stays ``partial`` even when the mention resolves to no one. In English
that mention is a real unnamed source (``officials called it “a setback”``, the guide's partial
with a null speaker), and so it is in the quote's own clause before it in other languages too
(``La Policía dice que todo 'tranqui'``, ``Laut Experten … „wegen der Mode“``). But in German
and French the rules that read past the quote (a cue after it, a headline's subject)
reach far more often a phrase that names no one: ``Das „Abschneiderecht“ beschreibt das Recht
des …``, ``die großen „Siechenhäuser“, die Leprosorien, wurden …``, ``Stichwort „…“ -- wie dies
…``, ``Erfolgsgeschichte: Zehn Jahre „Tag des …“``. Counted on the held-out pages (stop 39):
of 17 such quotes of one to three words (whatever the rule), 10 were the writer's terms and names,
5 someone's words (each with its mention before the quote), 2 unclear.

Left partial: a quote whose sentence goes on to its attribution after a comma (``Es sei eine
„Katastrophe“, sagte ein Anwohner``: an unnamed speaker's words, partial with a null speaker),
a quote opening in lower case (``„werden weiterhin ignoriert“``: a predicate,
someone's judgement; ``„alle“``: a word of scope), one whose speaker comes from a pronoun
(``dijo él``) or is carried over from the quote before (the chain of a speaker whose name the
resolver lost: the words are still that speaker's)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

# The rules that read past the quote's own clause for a mention: a cue after the quote, a
# headline's subject before its colon. (A mention found before the quote in its own clause, by
# ``lead_in`` and the like, names the one who said the words, named or not.)
_PAST_THE_CLAUSE: Final = frozenset(("after_quote", "headline"))
_MAX_WORDS: Final = 3
# The languages the evidence above was counted in (German and French); Spanish and Portuguese
# quotes found past their clause are left partial until counted.
_LANGUAGES: Final = frozenset(("de", "fr"))
# How far back from a cue after the quote a comma is looked for (", sagte ein Sprecher").
_COMMA_WINDOW: Final = 3


def term_of_no_one(text: str, span: Span, found: Finding, attribution: str, kind: str, lang: str) -> bool:
    """A partial quote of three words or fewer opening on a capital, in German or French, whose
    own mention (``attribution`` explicit) resolved to no one: the writer's term or a name
    (scare), when ``found``'s rule read past the quote's clause for it and its cue
    does not come after the quote behind a comma (an attribution)."""
    quoted = text[span.start:span.end]
    if kind != "partial" or lang not in _LANGUAGES or attribution != "explicit" or found.rule not in _PAST_THE_CLAUSE or \
            not quoted[:1].isupper() or len(quoted.split()) > _MAX_WORDS:
        return False
    return not attributed_after_comma(text, span, found.cue_at)


def attributed_after_comma(text: str, span: Span, cue_at: int) -> bool:
    """The cue at ``cue_at`` stands after the quote with a comma right before it ("„…“, sagte
    ein Sprecher", "„…“ für die Stadt, so der Verband"): the sentence's attribution."""
    if cue_at < mark_end(text, span):
        return False
    before = text[max(0, cue_at - _COMMA_WINDOW):cue_at].rstrip()
    return before.endswith(",")
