"""Stop 63's adversarial reads: passages in our own words where the stop's first drafts gave a wrong
name or a wrong kind (English, German), each now right or no one, so that a later change cannot
bring them back.

- German: a separable verb of judging with a name or a noun right after it may have either before
  or after it for subject ("Krause werfen Kritiker „…“ vor", "Der Stadt Wien warf Anna Berger „…“
  vor", "Anna Berger warf Peter Krause „…“ vor"): no one; "Krause wirft man „…“ vor" too; an accusers' word ("den Vorwurf der „…“") is not the one who
  rejects it; a medium's or a show's name ("dem „Spiegel“", "der „Bild“-Zeitung", "in der
  Talkshow „…“") is no one's words; "nannte ihr Projekt „…“" names its own project.
- English: "the actress" is not a man just named; a team's positions ("the striker") take no
  one (a manager speaks of his player); a one-word subject before "warned"/"confirmed" is as
  often a person or a place ("Musk", "Cornwall"); a pronoun passes to an object named again as a
  subject ("…, and Watkins himself was upbeat"); a song after "expect" is a title; an adjective
  phrase before "scandal" is someone's words, not the affair's name.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _quotes(body: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("body, expected", [
    # either may be the subject (a name takes no article as an object): no rule reads them, as before s63
    ("Bürgermeister Peter Krause werfen Kritiker „Vetternwirtschaft“ vor.", [("scare", None)]),
    ("Peter Krause werfen Kritiker vor, die Bürger „getäuscht“ zu haben.", [("scare", None)]),
    ("Der Ministerin Anna Berger warf Oppositionsführer Jens Koch „Wortbruch“ vor.", [("scare", None)]),
    ("Der Stadt Wien warf Anna Berger „Untätigkeit“ vor.", [("scare", None)]),
    ("Anna Berger warf Peter Krause „Versagen“ vor.", [("scare", None)]),
    ("Peter Krause wirft man „Versagen“ vor.", [("scare", None)]),
    ("Peter Krause wirft niemand „Versagen“ vor.", [("scare", None)]),
    ("Landrat Klaus Meier wies den Vorwurf der „Vetternwirtschaft“ entschieden zurück.", [("scare", None)]),
    ("Anna Berger warf dem „Spiegel“ „Kampagnenjournalismus“ vor.", [("scare", None), ("scare", None)]),
    ("Die Diakonie nannte ihr Projekt „ein Dach für alle“.", [("scare", None)]),
])
def test_german_objects_and_names_are_not_the_speakers(body: str, expected: list) -> None:
    assert _quotes(body, "de") == expected


def test_german_a_show_named_in_the_sentence_is_no_ones() -> None:
    quotes = _quotes("Anna Berger stellte in der Talkshow „Maischberger“ fest, die Lage sei „dramatisch“.", "de")
    assert quotes[0] == ("scare", None)


@pytest.mark.parametrize("body, speaker", [
    ("Tom Cruise praised the cast of the new film. “He was so generous,” the actress said.", None),
    ("The Lionesses beat Spain in the final. “We never gave up,” the striker said.", None),
    ("Paris Saint-Germain confirmed the signing. “He is a great player,” the striker said.", None),
    ("Ivan Toney was banned for eight months.\nThomas Frank backed him.\n“I have learnt my lesson,” the striker said.",
     None),
    ("Branson confirmed the sale of his stake. “It is the right time,” the airline said.", None),
    ("Unai Emery defended striker Ollie Watkins after the defeat, and Watkins himself was upbeat. "
     "“I will score again,” he said.", "Ollie Watkins"),
])
def test_english_speakers_of_the_adversarial_read(body: str, speaker: str | None) -> None:
    assert _quotes(body, "en")[-1][1] == speaker


def test_english_kinds_of_the_adversarial_read() -> None:
    assert _quotes("Fans expect “Wonderwall” at every Oasis gig.", "en") == [("scare", None)]
    assert _quotes("Ann Lee condemned the “shocking and utterly disgraceful” scandal at the council.", "en") == \
        [("partial", "Ann Lee")]
