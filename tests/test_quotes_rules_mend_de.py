"""Mends of stop 33's German rules (helper mend-de, after the second reader read19): ``wie_clause``
credits no body named by an article and a noun ("wie die Polizei mitteilte") and reads a name with
an apposition between commas; ``das_after`` gives a null finding (not the speaker before) where the
verb judges the words, is negated or the subject names its source; ``das_after`` runs before
``wie_clause`` ("Das sagte X, wie Y berichtete" is X's). Made-up sentences, grouped by rule."""
from __future__ import annotations

import pytest

from tests.quote_probes import probes

INTRO = ("Der Gemeinderat von Halden hat am Montag lange über den Haushalt gestritten, und die "
         "Opposition ist mit dem Ergebnis der Abstimmung gar nicht zufrieden.\n\n")

_quotes, _found = probes(INTRO, "de")


# wie_clause: a body named by an article and one noun is no one (never a longer capitalized run).
@pytest.mark.parametrize("opener, body_noun", [
    ("Nach einem Einbruch in eine Bäckerei sucht die Polizei Zeugen.", "die Polizei"),
    ("Die Stadt Halden plant eine neue Schule.", "die Stadt"),
    ("Das Ministerium Halden prüft den Fall.", "das Ministerium"),
])
def test_wie_clause_credits_no_body_named_by_a_noun(opener, body_noun):
    body = (f"{opener} Die Lage sei „völlig unklar“, wie {body_noun} am Dienstag mitteilte. "
            "Wie Petra Lang befürchtet, werde der Fall „nicht der letzte“ sein.")
    words, speaker, rule = _found(body, "völlig unklar")
    assert (speaker, rule) == (None, "wie_clause")
    assert _found(body, "nicht der letzte")[1] is None  # and no one inherits it


def test_wie_clause_keeps_a_role_holder_named_in_the_clause():
    body = "Die Brücke sei „ein Gewinn für alle“, wie der Bürgermeister Tom Weber am Sonntag sagte."
    assert _found(body, "ein Gewinn für alle")[1] == "Tom Weber"


# wie_clause: a name, then an apposition between commas, then the rest of the clause.
@pytest.mark.parametrize("apposition", ["ihr Stellvertreter", "die Sprecherin der Feuerwehr", "der Leiter des Bauhofs"])
def test_wie_clause_reads_a_name_over_its_apposition(apposition):
    body = (f"Landrätin Petra Lang sagte am Morgen: „Wir haben alles im Griff.“ Wie Tom Weber, {apposition}, "
            "der Zeitung sagte, seien „alle Dämme sicher“.")
    assert _found(body, "alle Dämme sicher")[1] == "Tom Weber"
    assert _found(body, "Wir haben alles im Griff.")[1] == "Petra Lang"


def test_wie_clause_reads_a_possessive_role_and_name_as_the_name():
    body = ("Landrätin Petra Lang sagte am Morgen: „Wir haben alles im Griff.“ Wie ihr Stellvertreter Tom Weber "
            "am Montag mitteilte, seien „alle Dämme sicher“.")
    assert _found(body, "alle Dämme sicher")[1] == "Tom Weber"


def test_wie_clause_credits_no_one_for_a_possessive_role_alone():
    body = ("Landrätin Petra Lang sagte am Morgen: „Wir haben alles im Griff.“ Wie ihr Stellvertreter "
            "am Montag mitteilte, seien „alle Dämme sicher“.")
    assert _found(body, "alle Dämme sicher")[1] is None


# das_after: a judging verb, a negation or a named source give a null finding that stops inheritance.
@pytest.mark.parametrize("sentence", [
    "Das kritisierte Oppositionsführer Tom Weber.",
    "Das bestritt Tom Weber am Abend.",
    "Das sagte Tom Weber am Montag nicht.",
    "Das schrieb die Zeitung Halden-Bote am Montag unter Berufung auf Tom Weber.",
])
def test_das_after_credits_no_one_and_stops_the_speaker_before(sentence):
    body = ("„Wir halten an dem Plan fest.“ Das sagte Bürgermeisterin Petra Lang in ihrer Rede. "
            f"„Der Plan ist längst gescheitert.“ {sentence}")
    assert _found(body, "Wir halten an dem Plan fest.")[1] == "Petra Lang"
    assert _found(body, "Der Plan ist längst gescheitert.")[1:] == (None, "das_after")


def test_das_after_comes_before_a_wie_clause_of_its_sentence():
    body = ("„Ihr habt die Stadt gerettet.“ Das sagte Bürgermeister Tom Weber zu den Helfern, "
            "wie Petra Lang berichtete.")
    assert _found(body, "Ihr habt die Stadt gerettet.")[1:] == ("Tom Weber", "das_after")


# The listener in the dative: "der" before a masculine or neuter paper is a nominative, its subject.
@pytest.mark.parametrize("paper", ["Der Haldener Kurier", "Der Haldener Anzeiger", "Das Haldener Tagblatt"])
def test_a_masculine_or_neuter_paper_opening_the_sentence_is_its_subject(paper):
    body = f"{paper} schrieb am Montag, Petra Lang habe „die Bürger getäuscht“."
    assert _found(body, "die Bürger getäuscht")[1] == paper.split(None, 1)[1]


def test_a_feminine_paper_opening_the_sentence_is_still_the_listener():
    body = "Der Haldener Rundschau sagte Petra Lang am Montag: „Das Stadion wird gebaut.“"
    assert _found(body, "Das Stadion wird gebaut.")[1] == "Petra Lang"


# role_taken_for_name: a run that opens on the role noun and goes on with a first name only
# ("Kurator Tom", from "Der Kurator Tom Weber") is no name for "Der Kurator".
@pytest.mark.parametrize("role", ["Kurator", "Intendant", "Dirigent"])
def test_a_role_and_a_first_name_are_no_name_for_the_description(role):
    body = (f"Der {role} Tom Weber hat zwei Jahre an dem Abend gearbeitet. Die Direktorin Petra Lang sagte: "
            f"„Es wird ein schöner Abend.“ Der {role} sagte, er sei „äußerst gespannt“.")
    speaker = _found(body, "äußerst gespannt")[1]
    assert speaker in (None, "Tom Weber"), speaker
