"""German speakers (helper de41, stop 41, issue 16). Made-up sentences, grouped by mechanism."""
from __future__ import annotations

import pytest

from tests.quote_probes import last_credit

LEAD = ("Die Regierung hat am Montag den neuen Haushalt vorgestellt, und die Opposition ist mit dem "
        "Ergebnis der Abstimmung in der Hauptstadt nicht zufrieden.\n")
QUOTE = "„Seien Sie mutig und hören Sie einander zu.“"
HE = "Peter Lang kam am Montag nach Bern. "
SHE = "Präsidentin Anna Keller kam am Montag nach Bern. "


# colon_far._pronoun_subject: "er"/"sie" as the subject of a colon lead-in, as English reads
# "She turned to the guests:", first or right after the verb in second place.
@pytest.mark.parametrize("body, speaker", [
    (HE + "Er wandte sich an die Gäste: " + QUOTE, "Peter Lang"),
    (SHE + "Sie wandte sich an die Gäste: " + QUOTE, "Anna Keller"),
    (SHE + "Am Abend richtete sie einen Appell an die Gäste: " + QUOTE, "Anna Keller"),
    (HE + "Zum Schluss wandte er sich noch einmal an die Gäste: " + QUOTE, "Peter Lang"),
    # a name after a preposition opening the sentence is spoken to, not the subject
    (SHE + "An Minister Tom Weber wandte sie sich mit einer Bitte: " + QUOTE, "Anna Keller"),
])
def test_a_pronoun_subject_of_a_colon_lead_in_is_resolved(body, speaker):
    assert last_credit(LEAD + body, "de") == (speaker, "colon_far_subject")


@pytest.mark.parametrize("body", [
    # a plural verb: "sie" is several people
    "Anna Keller und Peter Lang kamen am Montag nach Bern. Am Abend wandten sie sich an die Gäste: " + QUOTE,
    # "sie" the object, another subject after it
    SHE + "Dann lobte sie der Trainer: " + QUOTE,
    # another person named after the pronoun: the words may be theirs
    SHE + "Sie wandte sich an Tom Weber: " + QUOTE,
    # a clause of its own after a comma
    SHE + "Sie kam spät, der Minister erklärte den Gästen: " + QUOTE,
    # fix41 (review 9): a plural verb without "-en" ("sind")
    "Die Mieter trafen sich am Abend. Sie sind sich einig: " + QUOTE,
    SHE + "Keller und Lang trafen sich am Abend. Sie sind sich in einem Punkt einig: " + QUOTE,
    # fix41 (review 2): "er"/"sie" taking up a noun of the sentence before (a study, a report, a body)
    SHE + "Die neue Studie des Instituts liegt seit Montag vor. Sie kommt zu einem klaren Schluss: " + QUOTE,
    HE + "Der Bericht des Mieterbundes liegt seit Montag vor. Er kommt zu einem klaren Schluss: " + QUOTE,
    HE + "Der Verband hat am Montag seine Forderungen vorgelegt. Am Abend richtete er einen Appell an die "
         "Regierung: " + QUOTE,
])
def test_a_pronoun_in_doubt_is_no_colon_subject(body):
    assert last_credit(LEAD + body, "de")[1] != "colon_far_subject"


# once_named.bare_subject_name in German: a subject the article names once is a person when its
# first word is a given name of one sex (first_names) never written after an article or a
# preposition of place, as French, Spanish and Portuguese read a once-named full name.
LONG = "„Wir bleiben hart, und wir geben ganz bestimmt nicht auf.“"


@pytest.mark.parametrize("body, speaker", [
    ("Peter Lang kam am Montag nach Bern. " + LONG, "Peter Lang"),
    ("Anna Keller kam am Montag nach Bern. " + LONG + " Mit diesen Worten eröffnete sie die Sitzung.", "Anna Keller"),
    # no given name: a German noun phrase opening the sentence is no one
    ("Zögerliches Kopfnicken kam am Montag. " + LONG, None),
    # a given name the text writes after an article: a noun ("die Rose")
    ("Rose Garten blühte am Montag in Bern. Die Rose ist schön. " + LONG, None),
    # fix41 (review 14): the given name inside a place's name ("aus Karlsruhe") is no use of it
    ("Karl Weber kam am Montag aus Karlsruhe nach Bern. " + LONG, "Karl Weber"),
    ("Rose Keller kam am Montag aus Rosenheim nach Bern. " + LONG, "Rose Keller"),
    # fix41 (review 10): a street, a school, a hall or a holiday named after someone is no one
    ("Karl Marx Allee war am Montag gesperrt. " + LONG, None),
    ("Marie Curie Gymnasium feierte am Montag Jubiläum. " + LONG, None),
    ("Katharina Witt Eishalle war am Montag voll. " + LONG, None),
    ("Maria Himmelfahrt fiel in diesem Jahr auf einen Samstag. " + LONG, None),
])
def test_a_once_named_german_subject_with_a_given_name(body, speaker):
    assert last_credit(LEAD + body, "de")[0] == speaker


def test_a_once_named_name_before_an_interview_colon_is_not_taken():
    # the colon after an interview's speaker label: the quote's words are the view the question
    # reports, not the interviewer's own
    body = ("Anna Keller: Herr Lang, wir hören Stimmen, die die Meinung vertreten: "
            "„Das ist alles übertrieben und völlig unnötig.“ Was sagen Sie dazu?")
    assert last_credit(LEAD + body, "de")[0] is None


def test_a_pronoun_colon_lead_in_in_konjunktiv_is_left_to_reported_speech():
    # "sei": reported speech, read by mood's rule (tests/test_quotes_reported_de.py)
    body = SHE + "Sie sei mit der Planung noch nicht fertig: " + QUOTE
    assert last_credit(LEAD + body, "de")[1] != "colon_far_subject"


# fix41 (review 11): a German lead-in whose subject is "er"/"sie" stops the chain of the quote before
# (previous_quote): the pronoun's own reading (colon_far) decides; "Sie" is not Klaus.
def test_a_pronoun_lead_in_stops_the_previous_speakers_chain():
    body = "Klaus Weber kam am Montag nach Bern. " + LONG + " Sie wandte sich dann an die Gäste: „Danke für alles.“"
    assert last_credit(LEAD + body, "de")[0] is None
    body = SHE + "„Wir bleiben hart.“ Sie wandte sich dann an die Gäste: „Danke für alles.“"
    assert last_credit(LEAD + body, "de")[0] is None  # (colon_far reads her only without a quote before)
