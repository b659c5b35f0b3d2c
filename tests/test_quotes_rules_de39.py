"""German descriptions that refer back to a person named before (helper de, stop 39, issue 16):
"„...“, sagt der Landwirt." after "„...“, sagt Tom Weber.", the step described_antecedent of
described_roles.description_holder. Made-up sentences, grouped by rule."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from tests.quote_probes import last_credit

QUOTE = "„Wir geben nicht auf“"
# A man quoted once, then a sentence about something else.
FARMER = ("Tom Weber führt den Hof in Rheda seit 1998. „Der Hof ist mein Leben“, sagt Tom Weber. "
          "Im Sommer wurden drei Kühe verkauft. ")
# A woman given her sex by a title, then a sentence about something else.
SINGER = "Die Sängerin Lea Roth tritt am Freitag in Köln auf. Die Karten sind seit Wochen verkauft. "


# described_antecedent: the one person named before, of a sex the description fits, quoted
# before or given that sex.
@pytest.mark.parametrize("body, speaker", [
    (FARMER + QUOTE + ", sagt der Landwirt.", "Tom Weber"),
    (FARMER + QUOTE + ", sagt der Familienvater.", "Tom Weber"),
    (FARMER + QUOTE + ", sagt der Ex-Profi.", "Tom Weber"),
    (FARMER + QUOTE + ", sagt der Franzose.", "Tom Weber"),
    (FARMER + QUOTE + ", so der Landwirt.", "Tom Weber"),
    (FARMER + QUOTE + ", sagt der 54-Jährige.", "Tom Weber"),
    (SINGER + QUOTE + ", sagt die Französin.", "Lea Roth"),
    (SINGER + QUOTE + ", sagt die junge Musikerin.", "Lea Roth"),
    (SINGER + "Die Musikerin sagt: " + QUOTE + ".", "Lea Roth"),
])
def test_a_description_is_the_one_person_named_before(body, speaker):
    assert last_credit(body, "de")[0] == speaker


def test_a_first_name_alone_is_no_sign_the_description_is_theirs():
    # the first name rules out the other sex, but only the article's own words tie a description
    # to a person (rather null than wrong: "der Landwirt" may be someone the article did not name)
    body = ("Tom Weber führt den Hof in Rheda. Im Sommer hat Weber drei Kühe verkauft. Es regnete. "
            + QUOTE + ", sagt der Landwirt.")
    assert last_credit(body, "de")[0] is None
    shown = ("Tom Weber führt den Hof in Rheda. Im Sommer hat Herr Weber drei Kühe verkauft. Es regnete. "
             + QUOTE + ", sagt der Landwirt.")
    assert last_credit(shown, "de")[0] == "Tom Weber"


def test_a_description_skips_a_person_of_the_other_sex():
    body = FARMER + "Auch Ministerin Anna Keller war auf dem Hof. Es regnete. " + QUOTE + ", sagt der Landwirt."
    assert last_credit(body, "de")[0] == "Tom Weber"


@pytest.mark.parametrize("body", [
    # two people of a sex that fits: neither
    FARMER + "Auch sein Nachbar Jonas Brandt war da. Es regnete. " + QUOTE + ", sagt der Landwirt.",
    # someone unnamed introduced by the noun since the person was named
    FARMER + "Ein Polizist kommt vorbei. Es regnete. " + QUOTE + ", sagt der Polizist.",
    SINGER + "Eine Sprecherin der Stadt war auch da. Es regnete. " + QUOTE + ", sagt die Sprecherin.",
    # a plural
    FARMER + QUOTE + ", sagen die Landwirte.",
    # a man the article gave his sex by a role, and a woman's noun: perhaps his wife, unnamed
    "Landwirt Tom Weber führt den Hof in Rheda. Es regnete. " + QUOTE + ", sagt die Bäuerin.",
    # a name neither quoted nor given a sex (a first name's sex only rules a person out)
    "Tom Weber führt den Hof in Rheda. Im Sommer hat Weber drei Kühe verkauft. Es regnete. "
    + QUOTE + ", sagt der Landwirt.",
    # no one named
    "Der Hof liegt in Rheda. " + QUOTE + ", sagt der Landwirt.",
])
def test_a_description_with_no_one_or_two_to_refer_to_is_no_one(body):
    assert last_credit(body, "de")[0] is None


def test_a_description_in_english_is_not_read_this_way():
    body = ("Tom Weber runs the farm. “The farm is my life,” said Tom Weber. It rained. "
            "“We will not give up,” said the farmer.")
    assert extract_quotes("", [], body, "en")[-1].speaker is None


def test_two_capitalized_words_opening_a_heading_are_no_one_in_the_way():
    # "Müssen Mieter …?" opens a question heading on a verb: no person between the description
    # and the woman the article gave her sex by a title.
    body = ("Die Juristin Eva Lang berät Mieter seit Jahren. „Das Recht ist klar“, sagt Eva Lang.\n\n"
            "Müssen Mieter jetzt zahlen?\n\nDie Frist läuft im Mai ab. " + QUOTE + ", sagt die Anwältin.")
    assert last_credit(body, "de")[0] == "Eva Lang"


def test_a_name_the_article_writes_after_its_title_is_the_person_without_it():
    body = ("Zum Fest kam Bürgermeister Tom Weber mit seinen Kindern. Später lobte Weber die Helfer. "
            "Es regnete. " + QUOTE + ", sagt der Familienvater.")
    assert last_credit(body, "de")[0] == "Tom Weber"


@pytest.mark.parametrize("body, speaker", [
    # another office: a compound of another office, another compound of the same office
    ("Vizekanzler Paul Stern eröffnete die Sitzung. „Wir tagen“, sagte Paul Stern. Es regnete. "
     + QUOTE + ", sagte der Kanzler.", None),
    ("Justizministerin Eva Roth kam am Montag. „Wir tagen“, sagte Eva Roth. Es regnete. "
     + QUOTE + ", sagte die Bauministerin.", None),
    # the same office in a compound, and a role of another kind (a synonym): the person
    ("Wirtschaftsministerin Eva Roth kam am Montag. „Wir tagen“, sagte Eva Roth. Es regnete. "
     + QUOTE + ", sagte die Ministerin.", "Eva Roth"),
    ("Die Juristin Eva Roth kam am Montag. Es regnete. " + QUOTE + ", sagte die Anwältin.", "Eva Roth"),
])
def test_a_description_is_no_one_who_holds_another_office(body, speaker):
    assert last_credit(body, "de")[0] == speaker


def test_a_description_is_written_with_a_capital():
    # "die musikerin": a description's noun is capitalized, as German writes nouns; its article
    # may open the sentence ("Die Musikerin sagt").
    assert last_credit(SINGER + QUOTE + ", sagt die musikerin.", "de")[0] is None
    assert last_credit(SINGER + "Die Musikerin sagt: " + QUOTE + ".", "de")[0] == "Lea Roth"


@pytest.mark.parametrize("body, speaker", [
    # a surname ending like an abstract noun ("-ung"), with no stem or with one
    ("Die Sängerin Anna Jung tritt am Freitag in Köln auf. Die Karten sind verkauft. " + QUOTE
     + ", sagt die Musikerin.", "Anna Jung"),
    ("Landwirt Tom Hartung führt den Hof in Rheda. Es regnete. " + QUOTE + ", sagt der Familienvater.",
     "Tom Hartung"),
    # a surname the article also writes as a noun after an article ("die Fischer", "der Bauer",
    # "der Koch"), of a person it gave a sex or quoted
    ("Die Fischer an der Küste klagen über die Preise. Die Biologin Anna Fischer forscht in Kiel. "
     "Es regnete. " + QUOTE + ", sagt die Forscherin.", "Anna Fischer"),
    ("Der Bauer im Nachbardorf hat aufgegeben. Tom Bauer führt den Hof in Rheda. „Der Hof ist mein "
     "Leben“, sagt Tom Bauer. Es regnete. " + QUOTE + ", sagt der Landwirt.", "Tom Bauer"),
    ("Der Koch des Gasthofs kauft hier ein. Landwirt Tom Koch führt den Hof in Rheda. Es regnete. "
     + QUOTE + ", sagt der Familienvater.", "Tom Koch"),
])
def test_a_surname_that_is_also_a_noun_is_a_person_named_before(body, speaker):
    assert last_credit(body, "de")[0] == speaker


@pytest.mark.parametrize("body, speaker", [
    # "Dr." does not end the sentence that last named the person: another name in it, neither
    ("„Ja“, sagt Jonas Brandt. Es regnete. Am Montag sprach Kim Weber mit Dr. Jonas Brandt über den "
     "Hof. Es regnete. " + QUOTE + ", sagt der Franzose.", None),
    # another named in a sentence before it, neither quoted nor given a sex: the person
    ("„Ja“, sagt Jonas Brandt. Es regnete. Am Montag sprach Kim Weber lange. Später kam Dr. Jonas "
     "Brandt auf den Hof. Es regnete. " + QUOTE + ", sagt der Franzose.", "Jonas Brandt"),
])
def test_the_sentence_that_last_named_the_person_runs_past_an_abbreviation(body, speaker):
    assert last_credit(body, "de")[0] == speaker


@pytest.mark.parametrize("body, speaker", [
    # the description acts on a pronoun of its sex in the lead-in: the pronoun is the one named
    ("Landwirt Tom Weber kam spät zum Fest. Der Familienvater lobte ihn: " + QUOTE + ".", None),
    (SINGER + "Die Musikerin lobte sie: " + QUOTE + ".", None),
    (SINGER + "Die Musikerin sagt: " + QUOTE + ".", "Lea Roth"),
])
def test_a_description_acting_on_a_pronoun_of_its_sex_is_someone_else(body, speaker):
    assert last_credit(body, "de")[0] == speaker
