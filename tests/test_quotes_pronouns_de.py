"""Stop 37's German pronoun work (helper de-a, issue 16): whom "er"/"sie" stands for. Made-up
sentences, grouped by rule: the pronoun after the verb of a colon lead-in that opens on a phrase
after any preposition (colon_de, "Am Abend sagte sie:"), ..."""
from __future__ import annotations

import pytest

from tests.quote_probes import probes

INTRO = ("Der Gemeinderat von Halden hat am Montag lange über die neue Sporthalle gestritten, und die "
         "Opposition ist mit dem Ergebnis der Abstimmung gar nicht zufrieden.\n\n")
WORDS = "Wir haben lange auf diesen Tag gewartet."

_quotes, _found = probes(INTRO, "de")


def _speaker(body: str) -> str | None:
    return _found(body, WORDS)[1]


# colon_de._pronoun_after_phrase: a phrase after any preposition, joined forms too ("am", "zur")
@pytest.mark.parametrize("lead, speaker", [
    ("Anna Keller war am Montag in Halden. Am Abend sagte sie:", "Anna Keller"),
    ("Anna Keller war am Montag in Halden. Zur Wahl des Rates meinte sie:", "Anna Keller"),
    ("Tom Weber leitet das Museum seit 1998. Beim Abschied vom Team sagte er:", "Tom Weber"),
    ("Tom Weber leitet das Museum seit 1998. Angesichts der Zahlen schrieb er:", "Tom Weber"),
    # a plural verb: "sie" are they
    ("Anna Keller und Tom Weber waren am Montag in Halden. Am Abend sagten sie:", None),
])
def test_pronoun_after_a_phrase_and_the_verb(lead, speaker):
    hits = [q for q in _quotes(f"{lead} „{WORDS}“") if q[0] == WORDS]
    assert [q[1] for q in hits] == [speaker]
