"""German reported speech in Konjunktiv I whose speaker a sentence of the writer's introduced
(helper dek42, stop 42, issue 16). Made-up sentences, grouped by rule; the shapes were counted on
real German news read outside the corpus."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

LEAD = ("Der Stadtrat hat am Montag über den Haushalt für das kommende Jahr beraten, und die Sitzung "
        "dauerte bis in den späten Abend.\n")
# (the surname again later: the article names the person as a person)
TAIL = "\nBrenner und Roth wollen am Freitag wieder beraten."


def _quotes(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.rule) for q in extract_quotes(None, None, LEAD + body + TAIL, language="de")]


# mood_after_speaker: a sentence of the writer's opens on a person the article knows as the subject
# of a verb of speech or view, with no quote of its own; the sentences after it in Konjunktiv I,
# naming no one else, report that person's words: a partial quote in them, or a direct quote
# they lead into, is the person's.
@pytest.mark.parametrize("body", [
    "Bürgermeister Paul Brenner warnte vor neuen Schulden. Die Stadt müsse „sparen, wo es geht“.",
    "Bürgermeister Paul Brenner hält eine Einigung noch für möglich. Die Gespräche seien „auf einem guten Weg“.",
    "Bürgermeister Paul Brenner äußerte sich am Abend zu dem Streit. Man sei „nicht weit auseinander“.",
    # past a sentence of reported speech with no quote
    "Bürgermeister Paul Brenner warnte vor neuen Schulden. Die Lage sei ernst. Die Stadt müsse „sparen, wo es geht“.",
    # a direct quote after the sentence in Konjunktiv I
    "Bürgermeister Paul Brenner warnte vor neuen Schulden. Die Rücklagen seien bald aufgebraucht. "
    "„Es wird in zwei Jahren zu spät sein.“",
    # a direct quote after a colon that ends the sentence in Konjunktiv I
    "Bürgermeister Paul Brenner warnte vor neuen Schulden. Die Lage sei klar: „Wir müssen sparen.“",
])
def test_reported_speech_after_a_sentence_naming_its_speaker(body):
    assert _quotes(body)[0] == ("Paul Brenner", "mood_after_speaker")


@pytest.mark.parametrize("body", [
    # narration, no verb of speech or view: whose words follow, the article does not say
    "Bürgermeister Paul Brenner legte den Entwurf vor. Die Stadt müsse „sparen, wo es geht“.",
    # someone else speaks in between, not named: whose words follow, the article does not say
    "Bürgermeister Paul Brenner warnte vor neuen Schulden. Ein Sprecher der Opposition widersprach. "
    "Die Stadt müsse „investieren“.",
    # a paragraph of its own: the speech does not go on across it
    "Bürgermeister Paul Brenner warnte vor neuen Schulden.\nDie Stadt müsse „sparen, wo es geht“.",
    # the quote's sentence names someone else before its verb
    "Bürgermeister Paul Brenner warnte vor neuen Schulden. Sein Vorgänger Karl Obermeier sei „entsetzt“.",
    # the sentence is in the indicative: the writer's own words
    "Bürgermeister Paul Brenner warnte vor neuen Schulden. Die Stadt muss „sparen, wo es geht“.",
])
def test_reported_speech_stays_null_without_a_speaker_introduced(body):
    assert _quotes(body)[0][0] is None


def test_the_nearest_person_introduced_is_the_speaker():
    body = ("Bürgermeister Paul Brenner warnte vor neuen Schulden. Stadträtin Eva Roth widersprach. "
            "Die Stadt müsse „investieren“.")
    assert _quotes(body)[0] == ("Eva Roth", "mood_after_speaker")


def test_a_quote_credited_before_still_decides():
    # the speaker of the last quote carries, as before (previous_quote), not the one introduced earlier
    body = ("Bürgermeister Paul Brenner warnte vor neuen Schulden. „Wir müssen sparen“, sagte Eva Roth. "
            "Die Stadt müsse „auf Kante nähen“.")
    assert _quotes(body)[1][0] == "Eva Roth"


# colon_opening_name: a German sentence that opens on a person's name (a first name and a
# surname, after an article and role words) and leads into the quote with a colon, whatever its
# verb, hands the quote to that person, not to the speaker of the quote before.
@pytest.mark.parametrize("body", [
    # (lead_in already reads "hält dagegen:", "sieht das gelassen:": a guard that this rule leaves them)
    "„Wir müssen sparen“, sagte Bürgermeister Tom Weber. Lena Hofmann, die Sprecherin der Grünen, "
    "hält dagegen: „Das ist zu kurz gedacht.“",
    "„Wir müssen sparen“, sagte Bürgermeister Tom Weber. Stadträtin Lena Hofmann sieht das gelassen: "
    "„Wir haben Rücklagen.“",
])
def test_a_colon_after_a_name_and_a_verb_of_view_stays_lead_in(body):
    assert _quotes(body)[-1] == ("Lena Hofmann", "lead_in")


def test_a_genitive_run_with_no_first_name_is_the_title_not_the_quote_before():
    # colon_subject stands aside only when colon_opening_name takes the sentence (one shared test):
    # a body's name after the genitive is no person's, so the title stays, and no one is named
    body = ("„Wir müssen sparen“, sagte Bürgermeister Tom Weber. Der Geschäftsführer des Turnvereins Ostheim Nord "
            "schließt sich an: „Das ist vernünftig.“")
    assert _quotes(body)[-1] == (None, "colon_subject")


def test_a_name_after_role_words_and_a_genitive_is_the_subject():
    body = ("„Wir müssen sparen“, sagte Bürgermeister Tom Weber. Der Geschäftsführer des Vereins Lena "
            "Hofmann pflichtet ihm bei: „Das ist vernünftig.“")
    assert _quotes(body)[-1] == ("Lena Hofmann", "colon_opening_name")


@pytest.mark.parametrize("body", [
    # a phrase on a preposition opens the sentence: its subject is read elsewhere, not here
    "„Wir müssen sparen“, sagte Bürgermeister Tom Weber. Nach der Sitzung der Stadträte ging es weiter: "
    "„Das ist vernünftig.“",
    # no first name: a body, not a person
    "„Wir müssen sparen“, sagte Bürgermeister Tom Weber. Die Stadtwerke Nordheim rechnen anders: "
    "„Das ist vernünftig.“",
])
def test_a_colon_after_a_clause_with_no_name_is_not_this_rule(body):
    assert _quotes(body)[-1][1] != "colon_opening_name"


@pytest.mark.xfail(strict=True, reason="previous_quote still carries the speaker before over a colon "
                   "sentence whose subject is a body or follows a preposition (read42 F8)")
@pytest.mark.parametrize("body", [
    "„Wir müssen sparen“, sagte Bürgermeister Tom Weber. Nach der Sitzung der Stadträte ging es weiter: "
    "„Das ist vernünftig.“",
    "„Wir müssen sparen“, sagte Bürgermeister Tom Weber. Die Stadtwerke Nordheim rechnen anders: "
    "„Das ist vernünftig.“",
])
def test_a_colon_after_a_clause_with_no_name_names_no_one(body):
    assert _quotes(body)[-1][0] is None
