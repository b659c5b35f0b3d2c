"""Stop 42, en42: English speakers on real news from outside the corpus (issue 16). Grouped by
shape; made-up sentences only."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.voice_owner import written_whole_before

INTRO = "The river town voted on its budget on Tuesday.\n\n"


def _found(body: str, words: str) -> tuple[str | None, str | None]:
    found = extract_quotes("", [], INTRO + body, "en")
    hits = [q for q in found if q.text == words]
    assert len(hits) == 1, [(q.text, q.speaker, q.rule) for q in found]
    return hits[0].speaker, hits[0].rule


# Shape: "a/the BODY spokesperson" speaks for the body as the mention names it. A longer name
# that ends on the body's word ("Millbrook Garda" of "Millbrook Garda Station", a shop's branch)
# is another thing, and is often written only inside the quote, after the mention
# (voice_owner.voice_owner).
@pytest.mark.parametrize("body, words, speaker", [
    ("A man was hurt in a crash near Millbrook. A Garda spokesperson said: “Anyone with information "
     "is asked to contact Millbrook Garda Station.”",
     "Anyone with information is asked to contact Millbrook Garda Station.", "Garda"),
    ("Two staff were hurt in a robbery. A Corvane spokesperson said: “Our Dunmore Corvane store "
     "will open again on Monday.”", "Our Dunmore Corvane store will open again on Monday.", "Corvane"),
    ("A fire closed the depot for a day. “Nobody was hurt in the blaze,” a Harbor Rail spokesman "
     "said, adding that trains at Lisk Harbor Rail Yard were late.", "Nobody was hurt in the blaze,",
     "Harbor Rail"),
])
def test_voice_owner_as_named(body: str, words: str, speaker: str) -> None:
    assert _found(body, words)[0] == speaker


# The longer form still stands when the article wrote it whole before the mention: "Dorvan
# Water" introduced, then "a Water spokesman".
@pytest.mark.parametrize("text, form, before, whole", [
    ("Bills from Dorvan Water rose. A Water spokesman said", "Dorvan Water", 40, True),
    ("Call Millbrook Garda Station now. A Garda spokesperson", "Millbrook Garda", 40, False),
    ("A Garda spokesperson said call Millbrook Garda", "Millbrook Garda", 10, False),
    ("Bills from Dorvan Waterways rose. A Water spokesman", "Dorvan Water", 40, False),
])
def test_written_whole_before(text: str, form: str, before: int, whole: bool) -> None:
    assert written_whole_before(text, form, before) is whole
