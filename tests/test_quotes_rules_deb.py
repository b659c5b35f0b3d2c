"""German attributions (helper de-b, issue 16): "„...“, so die Ministerin." after a quote
(so_described), a minister's description in other words than the article titled her with
(generic_titles), and the German guard of implied.sole_person_in (a noun after its article is no
name). Made-up sentences, grouped by rule."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.so_described import describes_speaker
from tests.quote_probes import last_credit

MINISTER = "Bundesministerin Lena Hartmann stellte am Montag in Wien ihren Plan für die Schulen vor. "
TWO = ("Bundesministerin Lena Hartmann und Arbeitsminister Paul Kessler stellten am Montag in Wien "
       "ihren Plan für die Schulen vor. ")
QUOTE = "„Wir werden mehr Geld in die Schulen stecken“"


# so_described: "so" + an article + one person's description is an attribution after the quote.
@pytest.mark.parametrize("tail, speaker", [
    ("so die Ministerin.", "Lena Hartmann"),
    ("so die Familien- und Bildungsministerin.", "Lena Hartmann"),
    ("so die Ministerin am Dienstag.", "Lena Hartmann"),
])
def test_so_and_a_description_after_the_quote_credits_the_minister(tail, speaker):
    assert last_credit(MINISTER + QUOTE + ", " + tail, "de") == (speaker, "after_quote")


@pytest.mark.parametrize("tail, speaker", [
    ("so die Ministerin.", "Lena Hartmann"),
    ("so der Minister.", "Paul Kessler"),
])
def test_so_and_a_description_takes_the_minister_of_its_gender(tail, speaker):
    assert last_credit(TWO + QUOTE + ", " + tail, "de") == (speaker, "after_quote")


def test_so_and_a_description_no_one_was_titled_with_is_no_one():
    body = "Lena Hartmann und Paul Kessler stellten am Montag ihren Plan vor. " + QUOTE + ", so die Ministerin."
    assert last_credit(body, "de") == (None, "after_quote")


def test_so_and_an_age_after_the_quote_credits_the_person_of_that_age():
    body = "Der 70-jährige Karl Weber führt den Hof seit vierzig Jahren. „Wir geben nicht auf“, so der 70-jährige Weber."
    assert last_credit(body, "de")[0] == "Karl Weber"


def test_so_and_a_body_after_the_quote_is_the_body_not_the_person_before():
    body = "Jonas Albrecht äußerte sich am Montag zu dem Unfall. „Wir prüfen den Fall“, so die Polizei."
    assert last_credit(body, "de")[0] is None


@pytest.mark.parametrize("after, speaks", [
    ("die Ministerin.", True),
    ("der Sprecher des Vereins.", True),
    ("die Familien- und Frauenministerin.", True),
    ("der frühere Trainer.", True),
    ("die 43-Jährige.", True),
    ("der 70-jährige Weber.", True),
    ("das Ministerium.", True),
    ("ein Sprecher.", True),
    ("der Plan.", False),
    ("die Devise.", False),
    ("das Motto.", False),
    ("die Minister.", False),  # several ministers: no one person
    ("die Ministerinnen.", False),
    ("weit, so gut.", False),
])
def test_describes_speaker(after, speaks):
    assert describes_speaker(after, 0) is speaks


def test_so_and_a_motto_leaves_the_quote_as_it_was():
    body = "Der Verein feierte am Samstag sein Jubiläum. „Gemeinsam sind wir stark“, so das Motto des Abends."
    assert last_credit(body, "de")[1] != "after_quote"


# generic_titles: a minister's description in other words is the one minister of its gender the
# article titled with no portfolio.
@pytest.mark.parametrize("sentence", [
    "Die Bildungsministerin betonte auch, „dass jedes Kind zählt“.",
    "„Jedes Kind zählt“, so die Familien- und Bildungsministerin.",
])
def test_a_ministers_description_is_the_minister_titled_with_no_portfolio(sentence):
    assert last_credit(TWO + sentence, "de")[0] == "Lena Hartmann"


@pytest.mark.parametrize("opening", [
    "Wirtschaftsministerin Lena Hartmann stellte am Montag ihren Plan vor. ",  # another portfolio
    "Bundesministerin Lena Hartmann und Ministerin Eva Roth stellten am Montag ihren Plan vor. ",  # two
    "Die frühere Ministerin Lena Hartmann stellte am Montag ihren Plan vor. ",  # no longer in office
    "Bundesminister Paul Kessler stellte am Montag seinen Plan vor. ",  # a man
])
def test_a_ministers_description_is_no_one_where_the_article_does_not_say_which(opening):
    between = "Der Plan soll im Herbst im Parlament beschlossen werden. "
    assert last_credit(opening + between + "Die Bildungsministerin betonte auch, „dass jedes Kind zählt“.", "de")[0] is None


@pytest.mark.parametrize("sentence", [
    "Die Bildungsministerin betonte auch, „dass jedes Kind zählt“.",
    "„Jedes Kind zählt“, sagte die Bildungsministerin.",
])
def test_a_feminine_description_is_not_the_man_the_sentence_before_titled(sentence):
    # (other_title._other_gender)
    assert last_credit("Bundesminister Paul Kessler stellte am Montag seinen Plan vor. " + sentence, "de")[0] is None


# implied.sole_person_in (German): one capitalized word after an article is a noun, never a name.
@pytest.mark.parametrize("verb", ["sagte", "so"])
def test_a_noun_after_its_article_is_not_the_person_a_description_stands_for(verb):
    body = ("Die Stadtwerke schließen im Sommer die KV Lounge am Bahnhof. Die KV Lounge war bei Pendlern "
            "beliebt, viele warteten in der KV Lounge auf ihren Zug. Eine Sprecherin bestätigte die Pläne. "
            "Künftig gebe es im Bereich der Lounge eine neue Theke. "
            f"„Die Arbeiten beginnen im Mai“, {verb} die Sprecherin weiter. Die Lounge soll im Herbst wieder öffnen.")
    assert extract_quotes("", [], body, "de")[0].speaker is None  # not "KV Lounge"


# implied.sole_person_in (German): the description of a role the article gave no one ("sagt der
# Landwirt") is the one person the sentence before names, also where that sentence opens on a
# preposition and names the person once, with a role in an appositive.
@pytest.mark.parametrize("opening", [
    "Für Martin Keller, dem Vorsitzenden des Winzervereins, ist die neue Regel ein Fehler.",
    "Für Martin Keller, den Vorsitzenden des Winzervereins, ist die neue Regel ein Fehler.",
    "Nach Ansicht von Martin Keller, dem Vorsitzenden des Winzervereins, ist die neue Regel ein Fehler.",
])
def test_a_description_is_the_person_introduced_once_in_the_sentence_before(opening):
    body = ("Im Rheingau wird über die neue Regel für den Weinbau gestritten. " + opening +
            " „Wir verlieren damit unsere kleinen Betriebe“, sagt der Landwirt aus Eltville.")
    assert last_credit(body, "de")[0] == "Martin Keller"


def test_a_possessive_run_after_a_preposition_is_no_one_introduced():
    body = ("Im Rheingau wird über die neue Regel für den Weinbau gestritten. Nach Martin Kellers "
            "Weinfest, bei der Tausende feierten, fiel die Entscheidung. "
            "„Wir verlieren damit unsere kleinen Betriebe“, sagt der Landwirt aus Eltville.")
    assert last_credit(body, "de")[0] is None


# described_roles._with_article: a lead-in that read a German role word without its article
# ("Der Autor ... beschreibt ...") is resolved as the definite description it is.
def test_a_lead_in_role_word_read_without_its_article_is_a_definite_description():
    body = ("Petra Lindqvist hat ein neues Buch über die Hanse geschrieben. "
            "Dass es Lindqvist dabei um den Alltag der Händler geht, zeigt schon das erste Kapitel. "
            "Die Autorin, die auch in Lübeck lehrt, beschreibt die Kontore als „kleine Republiken“ am Meer.")
    assert last_credit(body, "de")[0] == "Petra Lindqvist"


# A body by its acronym the article spells out: "teilte das HWI mit" where the name's hyphenated
# words give the letters (names_someone) and "eine HWI-Sprecherin" (described_roles.acronym_voice)
# are the body's words.
SPELLED = ("Das Hanse-Wasser-Institut (HWI) in Kassel hat seine Messungen veröffentlicht. "
           "Die Pegel sinken seit Jahren. ")


@pytest.mark.parametrize("tail", ["teilte das HWI mit.", "sagte eine HWI-Sprecherin.", "so ein HWI-Sprecher."])
def test_a_body_spelled_out_speaks_by_its_acronym(tail):
    assert last_credit(SPELLED + "„Die Lage ist ernst“, " + tail, "de")[0] == "Hanse-Wasser-Institut"


@pytest.mark.parametrize("tail", ["sagte eine Bahn-Sprecherin.", "sagte eine ZDF-Sprecherin."])
def test_a_spokesperson_of_a_body_not_spelled_out_is_unnamed(tail):
    assert last_credit(SPELLED + "„Die Lage ist ernst“, " + tail, "de")[0] is None
