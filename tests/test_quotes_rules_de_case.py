"""German speakers by grammatical case and word order: the dative listener after a name, the
accusative object of "zitiert", a colon's lead-in (a label, a title's holder, a subject after
the verb), reflexive and further reporting verbs, role endings that stand alone and bodies
before a name. Made-up sentences, grouped by rule (or lexicon entry)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.names_de import is_body_word, is_role_noun, listener_after_name

INTRO = ("Der Gemeinderat hat am Dienstag über den neuen Radweg beraten, und die Anwohner sind "
         "mit dem Ergebnis der Sitzung nicht zufrieden.\n\n")


def _last(body: str):
    q = extract_quotes("", [], INTRO + body, "de")[-1]
    return q.speaker, q.rule


# Dative listener: "der Zeitung" after the speaker's name is whom the words were told.
@pytest.mark.parametrize("body, speaker", [
    ("Ida Brenner leitet den Verein. „Wir planen weiter“, sagte Brenner der Zeitung.", "Ida Brenner"),
    ("„Wir planen weiter“, sagte Ida Brenner der dpa am Abend.", "Ida Brenner"),
    ("„Wir planen weiter“, erklärte Ida Brenner der Lokalzeitung.", "Ida Brenner"),
])
def test_dative_listener_after_a_name_is_no_part_of_it(body, speaker):
    assert _last(body)[0] == speaker


def test_genitive_after_a_role_stays_in_the_phrase():
    assert _last("„Wir planen weiter“, sagte ein Sprecher der Stadtwerke.")[0] is None


@pytest.mark.parametrize("before, after, listener", [
    ("Brenner", "Zeitung", True), ("Brenner", "dpa", True), ("Brenner", "MOPO", True),
    ("Sprecher", "Zeitung", False),  # "ein Sprecher der Zeitung": whose spokesman
    ("Gewerkschaft", "Polizei", False), ("Abend", "Sprache", False),
])
def test_listener_after_name(before, after, listener):
    assert listener_after_name(before, after) is listener


# quoted_object: the person in the object of "zitiert" spoke; its subject only quotes.
@pytest.mark.parametrize("body, speaker", [
    ("„Der Radweg kommt zu spät“, zitiert das Blatt den Verkehrsplaner Jonas Wendt.", "Jonas Wendt"),
    ("„Der Radweg kommt zu spät“, zitiert XYZ die Planerin der ABC Lea Sander mit Bezug auf einen Bericht.",
     "Lea Sander"),
    ("Das Blatt zitiert den Verkehrsplaner Jonas Wendt mit den Worten: „Der Radweg kommt zu spät.“",
     "Jonas Wendt"),
])
def test_the_object_of_zitiert_is_the_speaker(body, speaker):
    assert _last(body) == (speaker, "quoted_object")


def test_zitiert_without_a_named_object_leaves_the_quote_to_other_rules():
    assert _last("„Der Radweg kommt zu spät“, zitiert Jonas Wendt einen alten Bericht.")[0] == "Jonas Wendt"


# colon_subject: a colon's lead-in that names its speaker.
def test_label_of_a_role_and_a_name():
    body = "Die Vorsitzende des Kreisverbands Marta Kühn: „Wir bleiben dran.“"
    assert _last(body) == ("Marta Kühn", "colon_subject")


def test_title_as_subject_is_the_titles_holder():
    body = ("Am Montag kam die Landesumweltministerin Marta Kühn nach Bad Tölz. Die Ministerin zeigte "
            "sich offen für den Vorschlag: „Wir prüfen das gerne.“")
    assert _last(body) == ("Marta Kühn", "colon_subject")
    alone = "Die Ministerin zeigte sich offen für den Vorschlag: „Wir prüfen das gerne.“"
    assert _last(alone)[0] is None  # no minister named: no one


def test_subject_after_the_verb_in_second_place():
    body = "Natürlich ruft Vereins-Coach Paul Sander zum Endspurt auf: „Wir geben nicht auf.“"
    assert _last(body) == ("Paul Sander", "colon_subject")


@pytest.mark.parametrize("body", [
    "Im Juni Paul: „Wir geben nicht auf.“",  # a date, no label
    "Danach sprach die Gruppe auf dem ›Festival Paul Sander‹ in Ulm: „Wir geben nicht auf.“",
])
def test_colon_lead_ins_that_name_no_speaker(body):
    assert _last(body)[1] != "colon_subject"


# Reporting verbs: reflexive ("freut sich"), and verbs of informing and comparing.
@pytest.mark.parametrize("body, speaker", [
    ("„Das ist ein guter Tag“, freut sich Ida Brenner, Chefin des Vereins.", "Ida Brenner"),
    ("„Die Frist endet im Mai“, informiert Ida Brenner.", "Ida Brenner"),
    ("„Die Frist endet im Mai“, verrät Ida Brenner.", "Ida Brenner"),
    ("Kritikerin Ida Brenner urteilte 2019 über das Buch, es sei „ein großer Wurf“.", "Ida Brenner"),
])
def test_more_reporting_verbs(body, speaker):
    assert _last(body)[0] == speaker


def test_bekannte_is_an_adjective_too():
    body = "Selbst der durch seine Großprojekte bekannte Konzern „Neue Mitte“ baute weiter."
    assert _last(body)[0] is None


# Role words and bodies before a name (names_de).
@pytest.mark.parametrize("word, role", [
    ("forscher", True), ("wissenschaftlerin", True), ("coach", True), ("vorstandsmitglied", True),
    ("meister", False),  # a surname too
])
def test_role_endings_standing_alone(word, role):
    with use("de"):
        assert is_role_noun(word) is role


@pytest.mark.parametrize("word, body", [
    ("Aufsichtsrats", True), ("Stiftung", True), ("NIF", False), ("Brenner", False),
])
def test_body_words(word, body):
    assert is_body_word(word) is body


def test_role_and_body_before_a_name_are_left_out_of_the_fullest_form():
    body = ("Die Vorsitzende des Aufsichtsrats Marta Kühn lud ein. „Wir bleiben dran“, sagte Kühn. "
            "Auch der Forscher des IFZ Jonas Wendt kam. „Das freut mich“, sagte Wendt.")
    quotes = extract_quotes("", [], INTRO + body, "de")
    assert [q.speaker for q in quotes] == ["Marta Kühn", "Jonas Wendt"]


# separable_verb: an adjective between the article and the title of its subject.
def test_separable_verb_with_an_adjective_before_the_title():
    body = "„Ohne Radweg geht es nicht“, machte der stellvertretende Ortsvorsitzende Paul Sander deutlich."
    assert _last(body) == ("Paul Sander", "separable_verb")


# names: a double surname shortened to its first part is the person named with it.
@pytest.mark.parametrize("body, speaker", [
    ("Die Malerin Greta Holm-Kessler stellt aus. „Ich male jeden Tag“, sagte Holm.", "Greta Holm-Kessler"),
    ("Greta Holm-Kessler stellt aus. „Ich male jeden Tag“, sagte Holm-Kessler.", "Greta Holm-Kessler"),
])
def test_first_part_of_a_double_surname(body, speaker):
    assert _last(body)[0] == speaker


# listener_de: the quoted name of the medium told is a title, no one's words.
@pytest.mark.parametrize("body", [
    "„Wir planen weiter“, sagte Ida Brenner dem „Abendblatt“.",
    "»Wir planen weiter«, sagt Ida Brenner gegenüber »nd«.",
    "„Wir planen weiter“, sagte Brenner der „Rundschau“.",
])
def test_the_quoted_medium_told_is_no_ones_words(body):
    q = extract_quotes("", [], INTRO + "Ida Brenner leitet den Verein.\n\n" + body, "de")
    assert [(x.speaker, x.kind) for x in q] == [("Ida Brenner", "direct"), (None, "scare")]


@pytest.mark.parametrize("body", [
    "Ida Brenner sprach von der „Zeitenwende“ im Verein.",  # her word, not a medium
])
def test_a_quote_after_der_that_is_no_listener(body):
    assert _last(body)[0] == "Ida Brenner"
