"""Stop 35's German rule (helper de21, issue 16): ``colon_far_subject``, the subject of a
sentence that leads into a quote with a colon, far from the colon: the name that opens the
sentence ("Der Jurist Dr. Tom Weber prüft ... und zeigt auf, wie ...:"), or the name right after
the verb in second place when a phrase that is no subject opens it ("Über den Moment, in dem
..., schrieb Jonas Reimer:", "Den Bericht kommentierte Tom Weber ...:"). Made-up sentences; the
probes that found an edge are kept here. Also the data ``Ressortchef`` (role_synonyms)."""
from __future__ import annotations

import pytest

from tests.quote_probes import probes

INTRO = ("Der Gemeinderat von Halden hat am Montag lange über die neue Sporthalle gestritten, und die "
         "Opposition ist mit dem Ergebnis der Abstimmung gar nicht zufrieden.\n\n")

_quotes, _found = probes(INTRO, "de")
WORDS = "Wir haben lange auf diesen Tag gewartet."


@pytest.mark.parametrize("lead, speaker", [
    # the name opens the sentence (article and role words before it), the colon far after it
    ("Der Jurist Dr. Tom Weber prüft die Bedeutung des Urteils zu Google und zeigt Möglichkeiten auf, "
     "wie Nutzer ihre Daten löschen lassen können:", "Tom Weber"),
    # a clause opens it, the name after the verb (and an initial keeps its period)
    ("Als die Seite am 11. März online ging, ist Rechtsanwalt Lutz S. über die Meldung begeistert und "
     "schreibt auf Facebook:", "Lutz S."),
    ("Über den Moment, in dem er es seiner Familie sagte, schrieb Jonas Reimer:", "Jonas Reimer"),
    ("Den Bericht kommentierte Tom Weber mit ehrlichen Worten:", "Tom Weber"),
    ("Nach dem Treffen mit Tom Weber zeigte sich Anna Keller zufrieden und schrieb:", "Anna Keller"),
    # an appositive after the name, a quoted title after it
    ("1953 hat Tom Weber, Architekt und Autor, in seinem Text „Die Stadt“ diesen Satz formuliert:", "Tom Weber"),
    ("Über das Projekt, das Tom Weber plante, schrieb Anna Keller in ihrem Buch:", "Anna Keller"),
    # a woman after a man, a reading from one's own novel
    ("Nach dem Vortrag von Tom Weber las Anna Keller aus ihrem Roman vor:", "Anna Keller"),
])
def test_colon_far_subject_takes_the_sentence_subject(lead, speaker):
    assert _found(f"{lead} „{WORDS}“", WORDS)[1:] == (speaker, "colon_far_subject")


def test_colon_far_subject_reads_the_paragraph_that_ends_on_the_colon():
    body = f"Die Juristin Dr. Eva Roth prüft das Urteil und zeigt auf, wie Mieter vorgehen können:\n\n„{WORDS}“"
    assert _found(body, WORDS)[1:] == ("Eva Roth", "colon_far_subject")


@pytest.mark.parametrize("lead", [
    "Deshalb kritisiert die Opposition Tom Weber scharf:",  # the subject is no name
    "Der Kämmerer lobte Tom Weber für seine Arbeit und sagte:",  # a role no one was named with
    "Zum Abschied dankte Tom Weber Anna Keller mit einem Gedicht:",  # two names in a row
    "Anna Keller kam zu spät, und der Minister sagte:",  # a second clause with its own subject
    "Die Sängerin lobte den Entwurf und sagte:",  # a description
    "Den Satz zitierte Tom Weber am Montag:",  # someone else's words
    "Am Montag meldete Berlin:",  # a place, one word
    "Der Deutschen Presse-Agentur sagte eine Sprecherin am Montag:",  # a dative after the article
    "Am Montag meldete die Stadt Berlin auf ihrer Seite:",  # a body after an article
])
def test_colon_far_subject_names_no_one_in_doubt(lead):
    assert _found(f"{lead} „{WORDS}“", WORDS)[1] is None


def test_colon_far_subject_leaves_a_sentence_with_another_person_after_its_subject():
    # "zitiert ... Anna Keller:": the words may be hers; the rule leaves it to the others
    assert _found(f"Deshalb zitiert Tom Weber gern Anna Keller: „{WORDS}“", WORDS)[2] != "colon_far_subject"


def test_colon_far_subject_leaves_a_body_to_the_other_rules():
    body = f"Die Firma Nordbau GmbH prüft den Vertrag und teilt mit, wie es weitergeht: „{WORDS}“"
    assert _found(body, WORDS)[2] != "colon_far_subject"


def test_colon_far_subject_leaves_a_colon_inside_the_sentence():
    # "Jetzt ist es soweit: Das Team hat ... verpackt:": the second colon's sentence holds no name
    body = "Jetzt ist es soweit: Das Team hat die Funktion in einer eigenständigen App verpackt: „frag.jetzt“."
    assert all(q[2] != "colon_far_subject" for q in _quotes(body))


def test_colon_far_subject_is_german_only():
    from newsbeam.transforms.quotes import extract_quotes
    body = ("The lawyer Tom Weber reviewed the ruling and showed how users can act:\n\n"
            f"“{WORDS}”")
    assert all(q.rule != "colon_far_subject" for q in extract_quotes("", [], body, "en"))


def test_ressortchef_stands_for_the_minister():
    body = ("Bayerns Wirtschaftsminister Hubert Maier hat eine Initiative gestartet. "
            "„Das ist ernst“, sagte der Ressortchef am Dienstag.")
    assert _found(body, "Das ist ernst")[1] == "Hubert Maier"


def test_ressortchef_names_no_one_among_two_ministers():
    body = ("Wirtschaftsminister Hubert Maier und Finanzminister Tom Brandt trafen sich. "
            "„Das ist ernst“, sagte der Ressortchef am Dienstag.")
    assert _found(body, "Das ist ernst")[1] is None
