"""Stop 38's German work (helper null-de, issue 16): German quotes whose speaker was lost.

Marks (marks._role): a German quote that ends on a quote inside it, „... ‚Nein‘“, closes there.
The double mark after the inner closing mark stands between that mark and punctuation, so it
was read as an opening mark; the outer quote then ran on to the next quote's closing mark and
lost its attribution. Made-up sentences, grouped by the step they test.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.marks import find_spans
from tests.quote_probes import probes

INTRO = ("Der Gemeinderat von Halden hat am Montag lange über die neue Sporthalle gestritten, und die "
         "Opposition ist mit dem Ergebnis der Abstimmung gar nicht zufrieden.\n\n")

_quotes, _found = probes(INTRO, "de")


# -- marks: an inner quote that ends the outer one ---------------------------------------------

@pytest.mark.parametrize("inner", ["‚Nur geleistete Arbeit wird bezahlt‘", "‚Nur geleistete Arbeit wird bezahlt'"])
def test_an_inner_quote_at_the_end_closes_the_outer_one(inner):
    words = f"Das geht mit einem Satz im Vertrag wie {inner}"
    body = f"„{words}“, erklärt Anna Keller. Das hilft. „Ist das Kind krank, zahlt die Kasse.“"
    assert _found(body, words)[1:] == ("Anna Keller", "after_quote")
    assert _found(body, "Ist das Kind krank, zahlt die Kasse.")[1] == "Anna Keller"


@pytest.mark.parametrize("after", [", sagte Tom Weber.", ". Tom Weber lachte.", "; dann ging Tom Weber.",
                                   "! Tom Weber lachte.", " – sagte Tom Weber."])
def test_the_outer_quote_closes_before_any_punctuation(after):
    text = f"Er rief nur „Ich sage ‚Nein‘“{after} Dann kam „der Regen“."
    spans = [text[s.start:s.end] for s in find_spans(text)]
    assert spans == ["Ich sage ‚Nein‘", "der Regen"]


@pytest.mark.parametrize("text, quoted", [
    # an inner quote that opens the outer one, and one in its middle: as before
    ("Er rief „‚Nein‘ ist ein Wort“, sagte Tom Weber.", ["‚Nein‘ ist ein Wort"]),
    ("Er rief „Ich sage ‚Nein‘ und gehe“, sagte Tom Weber.", ["Ich sage ‚Nein‘ und gehe"]),
    # English nesting, double outside and single inside: as before
    ("He said “I told them ‘no’,” Lee added, “and left.”", ["I told them ‘no’,", "and left."]),
])
def test_other_nestings_are_read_as_before(text, quoted):
    assert [text[s.start:s.end] for s in find_spans(text)] == quoted
