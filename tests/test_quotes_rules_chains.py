"""Stop 38's pronoun work (helper chains, issue 16): a German "er"/"sie" whose sentences before
are about the same pronoun chains back over paragraph breaks to the person named before it
(pronoun_chains.chained_subject); a sentence that brings in someone unnamed ("Ein Sprecher der
Gewerkschaft widersprach.") makes the pronoun that one's, not the person named before
(pronoun_chains.unnamed_newcomer): null. The English reading already did both; its probes are
kept here as guards. Made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.pronoun_chains import pronoun_subject, unnamed_newcomer
from tests.quote_probes import probes

DE_INTRO = ("Der Gemeinderat von Halden hat am Montag lange über die neue Sporthalle gestritten, und die "
            "Opposition ist mit dem Ergebnis der Abstimmung gar nicht zufrieden.\n\n")
EN_INTRO = "The town council met on Monday to argue about the new sports hall, and the opposition is unhappy.\n\n"

_de_quotes, _de_found = probes(DE_INTRO, "de")
_en_quotes, _en_found = probes(EN_INTRO, "en")
WD = "Wir haben lange auf diesen Tag gewartet."
WE = "We have waited a long time for this day,"


@pytest.mark.parametrize("body, speaker", [
    # the chain crosses one paragraph break, the quote in the chain's last paragraph
    (f"Anna Keller führt die Bäckerei am Markt.\n\nSie hat sie 2010 eröffnet. Sie hat schon schlimmere "
     f"Winter erlebt. „{WD}“, sagte sie.", "Anna Keller"),
    # the quote opens its own paragraph after the chain
    (f"Anna Keller führt die Bäckerei am Markt.\n\nSie hat sie 2010 eröffnet. Sie hat schon schlimmere "
     f"Winter erlebt.\n\n„{WD}“, sagte sie.", "Anna Keller"),
    # the pronoun after the verb in second place, a colon lead-in
    (f"Tom Weber führt die Bäckerei am Markt.\n\nEr hat sie 2010 eröffnet. Seitdem hat er schon "
     f"schlimmere Winter erlebt. Am Montag sagte er: „{WD}“", "Tom Weber"),
    (f"Tom Weber führt die Bäckerei am Markt. Seit 2010 steht er jeden Morgen um vier Uhr auf.\n\n"
     f"Er hat schon schlimmere Winter erlebt. Auf Instagram schrieb er: „{WD}“", "Tom Weber"),
    # two people named in the sentence the chain goes back to: no one (rather null than a guess)
    (f"Tom Weber und Anna Keller führen die Bäckerei am Markt gemeinsam.\n\nSie hat sie 2010 eröffnet. "
     f"Sie hat schon schlimmere Winter erlebt. „{WD}“, sagte sie.", None),
])
def test_german_pronoun_chain_goes_back_to_the_named_subject(body, speaker):
    assert _de_found(body, WD)[1] == speaker


@pytest.mark.parametrize("body", [
    # the chain breaks on a sentence about something else: no reading past it
    f"Anna Keller führt die Bäckerei am Markt. Tom Weber kennt sie seit Jahren.\n\nDer Winter war hart. "
    f"Die Preise stiegen stark. Sie hat schon schlimmere Winter erlebt. „{WD}“, sagte sie.",
    # a role of the pronoun's gender beside the name the chain reaches: she may be the one
    f"Tom Weber lobte die Bäckerin.\n\nSie hat den Laden 2010 eröffnet. Sie hat viel erlebt. „{WD}“, sagte sie.",
    # "Sie haben": they, not the "sie" of the quote
    f"Tom Weber besuchte die Schule.\n\nSie haben dort viel gelernt. „{WD}“, sagte sie.",
    # a chain of "er" does not go to a woman named before it
    f"Die Bäckerin Anna Keller führt den Laden am Markt.\n\nEr hat ihn 2010 eröffnet. Er hat schon schlimmere "
    f"Winter erlebt. „{WD}“, sagte er.",
])
def test_german_pronoun_chain_stops_where_it_breaks(body):
    assert _de_found(body, WD)[1] is None


@pytest.mark.parametrize("body", [
    f"Bürgermeister Tom Weber unterstützte den Plan. Ein Sprecher der Gewerkschaft widersprach. „{WD}“, sagte er.",
    f"Bürgermeister Tom Weber unterstützte den Plan.\n\nEin Sprecher der Gewerkschaft widersprach. Er "
    f"nannte die Abstimmung übereilt. „{WD}“, sagte er.",
    f"Bürgermeisterin Anna Keller unterstützte den Plan. Dann meldete sich eine Anwohnerin zu Wort. „{WD}“, sagte sie.",
    f"Tom Weber unterstützte den Plan. Ein 39-jähriger Mann hielt dagegen. „{WD}“, sagte er.",
    # the chain back over a paragraph break stops on the newcomer too
    f"Tom Weber unterstützte den Plan.\n\nEin Sprecher der Gewerkschaft widersprach.\n\nEr nannte die "
    f"Abstimmung übereilt. Auf der Versammlung sagte er: „{WD}“",
])
def test_german_unnamed_newcomer_takes_the_pronoun(body):
    assert _de_found(body, WD)[1] is None


@pytest.mark.parametrize("body, speaker", [
    # a newcomer of the other gender is not the pronoun's
    (f"Tom Weber unterstützte den Plan. Eine Anwohnerin widersprach ihm. „{WD}“, sagte er.", "Tom Weber"),
    # after a preposition "ein"/"eine" is no subject
    (f"Tom Weber sprach lange mit einer Anwohnerin. „{WD}“, sagte er.", "Tom Weber"),
    # the newcomer asks, the pronoun's person answers
    (f"Die Ärztin Anna Keller war im Wahlkampf. Eine Frau fragte sie, ob sie das Land verlassen werde. "
     f"„{WD}“, sagte sie.", "Anna Keller"),
])
def test_german_unnamed_newcomer_only_as_a_subject_of_the_gender(body, speaker):
    assert _de_found(body, WD)[1] == speaker


@pytest.mark.parametrize("sentence, gender, expected", [
    ("Ein Sprecher der Gewerkschaft widersprach.", "m", True),
    ("Ein Sprecher der Gewerkschaft widersprach.", "f", False),
    ("Eine langjährige Mitarbeiterin erinnert sich.", "f", True),
    ("Für eine Anwohnerin war das zu viel.", "f", False),
    ("Ein neues Gesetz tritt in Kraft.", "m", False),
    # the newcomer speaks to the pronoun's person, who answers: not the newcomer
    ("Eine Frau fragte sie, ob sie das Land verlassen werde.", "f", False),
    ("Ein Reporter fragte ihn nach seinen Plänen.", "m", False),
])
def test_unnamed_newcomer_table(sentence, gender, expected):
    with use("de"):
        assert unnamed_newcomer(sentence, 0, len(sentence), gender) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sie hat viel erlebt.", True),
    ("Seit 2010 steht sie jeden Morgen um vier auf.", True),
    ("Auf Instagram schrieb sie:", True),
    ("Tom Weber kennt sie seit Jahren.", False),
    ("Als der Winter kam, hat sie aufgegeben.", False),
    ("Sie haben viel erlebt.", False),  # plural: they
    ("Seitdem sind sie Nachbarn.", False),
])
def test_pronoun_subject_table(sentence, expected):
    with use("de"):
        assert pronoun_subject(sentence, 0, len(sentence), "sie") is expected


@pytest.mark.parametrize("body, speaker", [
    (f"Ann Lee runs the bakery on Main Street. She opened it in 2010. She has seen worse winters. “{WE}” she said.",
     "Ann Lee"),
    (f"Ann Lee runs the bakery on Main Street.\n\nShe opened it in 2010. She has seen worse winters.\n\n“{WE}” she said.",
     "Ann Lee"),
    (f"Mayor Tom Weber backed the plan. A spokesman for the union disagreed. “{WE}” he said.", None),
    (f"Mayor Tom Weber backed the plan.\n\nA spokesman for the union disagreed. He called the vote rushed. “{WE}” he said.",
     None),
])
def test_english_chains_and_newcomers_hold(body, speaker):
    assert _en_found(body, WE)[1] == speaker


FR_INTRO = "Le conseil municipal s'est réuni lundi pour débattre de la nouvelle salle de sport.\n\n"
ES_INTRO = "El concejo municipal se reunió el lunes para debatir el nuevo polideportivo.\n\n"
PT_INTRO = "A câmara municipal reuniu-se na segunda-feira para debater o novo pavilhão.\n\n"
_fr_quotes, _fr_found = probes(FR_INTRO, "fr")
_es_quotes, _es_found = probes(ES_INTRO, "es")
_pt_quotes, _pt_found = probes(PT_INTRO, "pt")
WF = "Nous avons attendu ce jour longtemps."
WS = "Hemos esperado mucho tiempo este día."
WP = "Esperámos muito tempo por este dia."


@pytest.mark.parametrize("found, body, words", [
    (_fr_found, f"Le maire Paul Martin a soutenu le projet. Un porte-parole du syndicat a contesté. « {WF} », a-t-il dit.", WF),
    (_fr_found, f"Le maire Paul Martin a soutenu le projet.\n\nUn porte-parole du syndicat a contesté. Il a jugé le "
                f"vote précipité. « {WF} », a-t-il dit.", WF),
    (_fr_found, f"La maire Claire Petit a soutenu le projet. Une habitante du quartier a protesté. « {WF} », dit-elle.", WF),
    (_es_found, f"El alcalde Pablo Ruiz apoyó el plan. Un portavoz del sindicato discrepó. «{WS}», dijo él.", WS),
    (_es_found, f"La alcaldesa Ana López apoyó el plan. Luego habló una vecina del barrio. «{WS}», dijo ella.", WS),
    (_pt_found, f"O prefeito Paulo Lima apoiou o plano. Um morador do bairro discordou. “{WP}”, disse ele.", WP),
])
def test_romance_unnamed_newcomer_takes_the_pronoun(found, body, words):
    assert found(body, words)[1] is None


@pytest.mark.parametrize("sentence, language, gender, expected", [
    ("Un porte-parole du syndicat a contesté.", "fr", "m", True),
    ("Un porte-parole du syndicat a contesté.", "fr", "f", False),
    ("Un ancien ministre a réagi.", "fr", "m", True),
    ("Il a parlé avec une habitante.", "fr", "f", False),  # after a preposition: no subject
    ("Un nuevo plan entra en vigor.", "es", "m", False),
    ("Uma moradora protestou.", "pt", "f", True),
    # the newcomer asks, the pronoun's person answers
    ("Une femme lui a demandé s'il allait partir.", "fr", "m", False),
    ("Una vecina le preguntó por el plan.", "es", "f", False),
    ("Um morador perguntou-lhe pelo plano.", "pt", "m", False),
])
def test_romance_unnamed_newcomer_table(sentence, language, gender, expected):
    with use(language):
        assert unnamed_newcomer(sentence, 0, len(sentence), gender) is expected
