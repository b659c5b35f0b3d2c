"""German compound roles for ``earlier_role`` (issue 16, wrong nulls): a bare role word ("der
Minister", "die Trainerin") stands for the one person the article titled with a compound ending
in it ("Wirtschaftsminister X", "Cheftrainerin X"); another office ("Vizepräsident",
"Co-Trainer"), another gender, two holders, or a compound description ("die Familienministerin")
leave the speaker null. Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.role_compounds import other_office


def _speaker(body: str) -> str | None:
    quotes = [q for q in extract_quotes("", [], body, language="de") if q.kind == "direct"]
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize("body, expected", [
    ("Sachsens Verkehrsminister Bernd Kolbach hat am Montag einen Plan vorgelegt. Die Kosten seien hoch, "
     "meinte Kolbach.\n\n„Wir bauen die Brücke neu“, sagte der Minister.", "Bernd Kolbach"),
    ("Die Cheftrainerin Ella Brandt war nach dem Spiel zufrieden. Ihr Team habe gekämpft.\n\n"
     "„Das war ein großer Schritt“, sagte die Trainerin.", "Ella Brandt"),
    ("Regierungssprecher Jonas Kettler äußerte sich am Abend. Die Lage sei ernst.\n\n"
     "„Wir prüfen alles“, sagte der Sprecher.", "Jonas Kettler"),
    # a glued sentence after the description (a missing space in the page)
    ("Sachsens Verkehrsminister Bernd Kolbach hat am Montag einen Plan vorgelegt. Kolbach blieb ruhig.\n\n"
     "„Wir bauen die Brücke neu“, sagte der Minister.Zudem solle der Bund zahlen.", "Bernd Kolbach"),
])
def test_bare_role_names_the_compound_holder(body: str, expected: str) -> None:
    assert _speaker(body) == expected


@pytest.mark.parametrize("body", [
    # a vice president is not "der Präsident"
    ("Vizepräsident Harald Moosbrugger eröffnete die Sitzung. Es ging um Geld.\n\n"
     "„Wir sparen“, sagte der Präsident."),
    # an assistant coach is not "der Trainer"
    ("Co-Trainer Malte Siebert leitete das Training. Es regnete.\n\n„Wir sind bereit“, sagte der Trainer."),
    # two ministers named in one sentence: which one is a guess
    ("Verkehrsminister Bernd Kolbach und Finanzminister Udo Reisacher trafen sich am Montag.\n\n"
     "„Wir bauen die Brücke neu“, sagte der Minister."),
    # a minister (male) is not "die Ministerin"
    ("Verkehrsminister Bernd Kolbach legte einen Plan vor. Kolbach blieb ruhig.\n\n"
     "„Wir bauen die Brücke neu“, sagte die Ministerin."),
    # a compound description names only its own compound: "die Familienministerin" is not the Justizministerin
    ("Justizministerin Karla Wendt legte einen Plan vor. Wendt blieb ruhig.\n\n"
     "„Wir handeln jetzt“, sagte die Familienministerin."),
])
def test_compound_stays_null_when_unsure(body: str) -> None:
    assert _speaker(body) is None


def test_other_office() -> None:
    assert other_office("Vizepräsident") and other_office("Co-Trainer") and other_office("Altkanzler")
    assert not other_office("Wirtschaftsminister") and not other_office("Cheftrainerin")
