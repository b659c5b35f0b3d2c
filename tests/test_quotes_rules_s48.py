"""Speakers, stop 48 (issue 16): the speaker given by the paragraph's subject outside English, and
labels that name whose words follow.

- A quote that opens its sentence after one whose subject is a pronoun ("Sie ist skeptisch.",
  "Elle est sceptique.", "Ella es escéptica.", "Ela está cética.") or, in Spanish and Portuguese,
  a verb with its subject dropped ("Se muestra escéptica.", "Reconhece que …"): the person that
  pronoun or that subject stands for, as English's "She is sceptical. “…”" (pronoun_before.py).
  Not an impersonal "Il faut …", "Il est clair que …", a plural "Sie sind …", "Es importante …", nor
  a body ("Die Stadt … Sie ist skeptisch.").
- French: an adjective in "-que" after "est" ("Anne Morel est sceptique.", "est critique") is no
  passive ("a été nommé"): the sentence's subject may speak (subjects_fr._PASSIVE_FR).
- Outside English, a sentence that brings in someone unnamed ("Eine Nachbarin ist skeptisch.",
  "Une voisine est sceptique.", "Una vecina es escéptica.") ends the previous speaker's run: the
  quote after it is not theirs (issue shape 1; English did so already).
- "Via Instagram meldete sich Anna Keller zu Wort: „…“": a preposition's object opens no name.
- A possessive and a noun of speech before a colon: "His advice is simple: “…”", "Son conseil :
  « … »", "Su consejo: «…»", "O conselho dele: “…”", "Seine Empfehlung lautet: „…“" (possessed_label_intl.py,
  possessed_label_de.py); not "Their advice:", "His car:", nor after a body ("La mairie a répondu.").
- The writer quoting: "To quote Ann Lee: “…”", "Pour citer Anne Morel : « … »", "Citando a Ana Ruiz:
  «…»" (words_of.py), only where the phrase opens the sentence.

Every sentence and name here is our own.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

_DE = "„Das wird nicht funktionieren, und jeder hier weiß das.“"
_FR = "« Cela ne marchera pas, et tout le monde ici le sait. »"
_ES = "«Esto no funcionará y todos aquí lo saben»."
_PT = "\"Isso não vai funcionar e todos aqui sabem disso.\""


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("Ein Titel", [], body, lang)]


@pytest.mark.parametrize("lang, body, speaker", [
    ("de", f"Anna Keller leitet das Tierheim. Sie ist skeptisch. {_DE}", "Anna Keller"),
    ("de", f"Anna Keller leitet das Tierheim. Sie kann es kaum glauben. {_DE}", "Anna Keller"),
    ("fr", f"Anne Morel dirige le refuge. Elle est sceptique. {_FR}", "Anne Morel"),
    ("fr", f"Tom Hale dirige le refuge. Il est sceptique. {_FR}", "Tom Hale"),
    ("es", f"Ana Ruiz dirige el refugio. Ella es escéptica. {_ES}", "Ana Ruiz"),
    ("pt", f"Ana Ruiz dirige o abrigo. Ela está cética. {_PT}", "Ana Ruiz"),
    ("es", f"Ana Ruiz dirige el refugio. Se muestra escéptica. {_ES}", "Ana Ruiz"),
    ("es", f"Ana Ruiz dirige el refugio. Reconoce que el dinero no alcanza. {_ES}", "Ana Ruiz"),
    ("pt", f"Ana Ruiz dirige o abrigo. Reconhece que o dinheiro não chega. {_PT}", "Ana Ruiz"),
    ("pt", f"Ana Ruiz dirige o abrigo. Mostra-se cética. {_PT}", "Ana Ruiz"),
])
def test_pronoun_or_dropped_subject_before_the_quote(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


@pytest.mark.parametrize("lang, body", [
    ("de", f"Anna Keller und Tom Hale leiten das Tierheim. Sie sind skeptisch. {_DE}"),
    ("de", f"Die Stadt schloss das Tierheim. Sie ist skeptisch. {_DE}"),
    ("fr", f"Anne Morel dirige le refuge. Il faut agir vite. {_FR}"),
    ("fr", f"Anne Morel dirige le refuge. Il est clair que rien ne bougera. {_FR}"),
    ("es", f"Ana Ruiz dirige el refugio. Es importante actuar rápido. {_ES}"),
    ("es", f"El ayuntamiento cerró el refugio. Reconoce que el dinero no alcanza. {_ES}"),
])
def test_no_one_behind_the_pronoun_or_the_verb(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("body", [
    f"Anne Morel est sceptique. {_FR}",
    f"Anne Morel est critique. {_FR}",
    f"La maire Anne Morel est sceptique. {_FR}",
    "Anne Morel est sceptique. «Cela ne marchera pas, et tout le monde ici le sait.»",
])
def test_french_adjective_in_que_is_no_passive(body: str) -> None:
    assert _speakers(body, "fr") == ["Anne Morel"]


def test_french_passive_still_names_no_speaker() -> None:
    assert _speakers("Yves Lévy a été nommé « conseiller d'État » en 2019.", "fr") == [None]


@pytest.mark.parametrize("lang, body", [
    ("de", f"„Wir gewinnen“, sagte Tom Hale. Eine Nachbarin ist skeptisch. {_DE}"),
    ("fr", f"« Nous allons gagner », a dit Tom Hale. Une voisine est sceptique. {_FR}"),
    ("es", f"«Vamos a ganar», dijo Tom Hale. Una vecina es escéptica. {_ES}"),
])
def test_unnamed_newcomer_ends_the_previous_speakers_run(lang: str, body: str) -> None:
    assert _speakers(body, lang) == ["Tom Hale", None]


def test_unnamed_object_does_not_end_the_run() -> None:
    # someone unnamed after a preposition is no new subject: the quote still goes on
    body = f"„Wir gewinnen“, sagte Tom Hale. Er sprach mit einer Nachbarin. {_DE}"
    assert _speakers(body, "de")[0] == "Tom Hale"


def test_via_opens_no_name() -> None:
    assert _speakers("Via Instagram meldete sich Anna Keller wenig später zu Wort: „Keine Worte, keine "
                     "Gefühle, pure Leere.“", "de") == ["Anna Keller"]
    assert _speakers("Anna Keller gewann Silber. Via Instagram meldete sich die Weltmeisterin wenig später zu "
                     "Wort: „Keine Worte, keine Gefühle, pure Leere.“", "de") == [None]


@pytest.mark.parametrize("lang, body", [
    ("en", "Tom Hale trains athletes. His advice is simple: \"Train a little every day and never skip sleep.\""),
    ("en", "Tom Hale trains athletes. His final verdict: \"Nobody trained harder this year.\""),
    ("de", "Tom Hale trainiert Sportler. Seine Empfehlung lautet: „Jeden Tag ein bisschen trainieren.“"),
    ("de", "Tom Hale trainiert Sportler. Sein Fazit ist eindeutig: „Keiner hat härter trainiert.“"),
    ("fr", "Tom Hale entraîne des athlètes. Son conseil : « S’entraîner un peu chaque jour. »"),
    ("es", "Tom Hale entrena a atletas. Su consejo: «Entrenar un poco cada día y nunca sacrificar el sueño»."),
    ("pt", "Tom Hale treina atletas. O conselho dele: \"Treinar um pouco todos os dias.\""),
    ("pt", "Tom Hale treina atletas. Seu conselho: \"Treinar um pouco todos os dias.\""),
])
def test_possessive_label_names_the_possessor(lang: str, body: str) -> None:
    assert _speakers(body, lang) == ["Tom Hale"]


@pytest.mark.parametrize("lang, body", [
    ("en", "Ann Lee and Tom Hale run the farm. Their advice: \"Never plant before May.\""),
    ("en", "Tom Hale sold the farm. His car: \"A rusty old pickup that never starts.\""),
    ("fr", "La mairie a répondu vendredi. Son conseil : « Patienter encore un peu avant de déposer un dossier. »"),
    ("es", "La alcaldía respondió el viernes. Su consejo: «Esperar un poco antes de presentar la solicitud»."),
    ("pt", "A prefeitura respondeu. O conselho: \"Esperar um pouco antes de entrar com o pedido.\""),
    ("de", "Die Firma lehnte ab. Ihre Antwort lautet: „Wir äußern uns nicht zu laufenden Verfahren.“"),
])
def test_possessive_label_of_no_person(lang: str, body: str) -> None:
    assert _speakers(body, lang) == [None]


@pytest.mark.parametrize("lang, body, speaker", [
    ("en", "To quote Ann Lee: \"Output is set by the multiplier and autonomous spending.\"", "Ann Lee"),
    ("fr", "Pour citer Anne Morel : « La production dépend du multiplicateur. »", "Anne Morel"),
    ("es", "Citando a Ana Ruiz: «La producción depende del multiplicador».", "Ana Ruiz"),
    ("pt", "Para citar Ana Ruiz: \"A produção depende do multiplicador.\"", "Ana Ruiz"),
])
def test_the_writer_quoting(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


def test_to_quote_inside_a_sentence_names_no_one() -> None:
    body = "He declined to quote a figure: \"We never talk about prices,\" said Tom Hale."
    assert _speakers(body, "en") == ["Tom Hale"]


# Trades and professions of general news (lexicon.ROLE_WORDS, lexicon_fr, for_profession): a
# description on one of them after the article gave it to one person is that person.
@pytest.mark.parametrize("lang, body, speaker", [
    ("en", "Ann Lee, a vet in Leeds, has run the shelter for ten years. \"Every dog deserves a home,\" the vet says.",
     "Ann Lee"),
    ("en", "Ann Lee, a veterinarian in Leeds, runs the shelter. \"Every dog deserves a home,\" the veterinarian says.",
     "Ann Lee"),
    ("en", "Tom Hale, a plumber from Hull, fixed the pipes. \"It took three days,\" the plumber said.", "Tom Hale"),
    ("fr", "Anne Morel, vétérinaire à Lyon, dirige le refuge. « Chaque chien mérite un foyer », dit la vétérinaire.",
     "Anne Morel"),
    ("es", "Ana Ruiz, farmacéutica en Lima, abrió la tienda. «No hay medicinas», dijo la farmacéutica.", "Ana Ruiz"),
])
def test_a_trade_given_to_one_person(lang: str, body: str, speaker: str) -> None:
    assert _speakers(body, lang) == [speaker]


def test_a_trade_no_one_was_given_names_no_one() -> None:
    body = "Ann Lee has run the shelter for ten years. \"Every dog deserves a home,\" the vet says."
    assert _speakers(body, "en") == [None]


# An appositive description read as the lead-in's subject stands for the name the sentence opens
# on (apposed_name.py): "X, the British general and diplomat, who …, remarked".
@pytest.mark.parametrize("body", [
    "Ann Lee, the British general, who served as the first head of the alliance, famously remarked the "
    "purpose was \"to keep the peace.\"",
    "Ann Lee, the British general and diplomat, who served as the first head of the alliance, famously "
    "remarked the purpose was \"to keep the peace.\"",
    "Ann Lee, the former Ohio governor, who has resented his rise, called his rival \"totally scripted.\"",
])
def test_an_apposed_description_is_the_named_person(body: str) -> None:
    assert _speakers(body, "en") == ["Ann Lee"]


@pytest.mark.parametrize("body", [
    "Speaking to Ann Lee, the reporter said the plan was \"a mess.\"",
    "New York, the city's mayor said, is \"ready for anything.\"",
])
def test_no_apposition_to_a_name_at_the_start(body: str) -> None:
    assert _speakers(body, "en") == [None]


# English: a sentence that opens on an age as its subject, right before the quote, gives the
# person the age stands for (pronoun_before._AGED_EN, resolved as "…,” the 45-year-old said").
@pytest.mark.parametrize("body, speaker", [
    ("Tom Weber takes over the club. The 45-year-old is confident. \"I wish the team every success.\"", "Tom Weber"),
    ("Tom Weber, 51, met Ann Lee, 45, on Monday. The 45-year-old is confident. \"I wish the team every success.\"",
     "Ann Lee"),
    ("Tom Weber met Ann Lee on Monday. The 45-year-old is confident. \"I wish the team every success.\"", None),
    ("The club was sold on Monday. The 45-year-old is confident. \"I wish the team every success.\"", None),
])
def test_an_age_as_the_subject_before(body: str, speaker: str | None) -> None:
    assert _speakers(body, "en") == [speaker]


def _kinds(body: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in extract_quotes("Ein Titel", [], body, lang)]


# A verb of describing or calling before the quote, the thing described between (judged_romance):
# the words are someone's, partial with no one named, as English "Residents described the smell as
# “unbearable”" and German "… als „unerträglich“" were; the participle of naming stays the writer's.
@pytest.mark.parametrize("lang, body", [
    ("es", "Los vecinos describieron el olor como «insoportable»."),
    ("pt", "Os moradores descreveram o cheiro como \"insuportável\"."),
    ("fr", "Les habitants décrivent la situation comme « invivable »."),
    ("es", "La película fue descrita como «una obra maestra»."),
    ("pt", "Os críticos chamaram o plano de \"desastre\"."),
])
def test_described_or_called_is_someones(lang: str, body: str) -> None:
    assert _kinds(body, lang) == [(None, "partial")]


@pytest.mark.parametrize("body", [
    "O chamado \"Centrão\" apoiou o governo.",
    "O grupo, chamado de \"Centrão\", apoiou o governo.",
])
def test_a_name_given_stays_the_writers(body: str) -> None:
    assert _kinds(body, "pt") == [(None, "scare")]


# A "he"/"she" after a sentence whose subject is a person's thing is the owner's (thing_owner.py),
# unless what is owned may be a person, the sentence names its own speaker or someone else, or it
# stands inside a quotation left open.
@pytest.mark.parametrize("body, speaker", [
    ("Tom Hale's company went bankrupt last year. He said it was \"the worst day of my life.\"", "Tom Hale"),
    ("Ann Lee's new song topped the charts. She said the record was \"the hardest thing I ever made.\"",
     "Ann Lee"),
    ("Tom Hale's lawyers filed the motion. He said it was \"a travesty.\"", None),
    ("Tom Hale's campaign manager quit on Monday. He said it was \"a travesty.\"", None),
    ("Tom Hale's wife left early. She said it was \"a travesty.\"", None),
    ("France's ambassador left early. He said it was \"a travesty.\"", None),
    ("Ann Lee's plan is worrying, Tom Hale said. \"It is possible for anybody to change,\" he said.", "Tom Hale"),
])
def test_the_owner_of_the_thing_before(body: str, speaker: str | None) -> None:
    assert _speakers(body, "en")[-1] == speaker


def test_no_owner_inside_an_open_quotation() -> None:
    body = ("Ann Lee spoke first. \"Tom Hale is a candidate like no other. Tom Hale's career deserves a close look.\n\n"
            "She continued, \"That is what we intend to do.\"")
    assert _speakers(body, "en")[-1] == "Ann Lee"


# German: a pronoun that opens a colon lead-in with an indefinite object ("Sie hat eine klare
# Meinung:"), a possessive label with a longer "für" phrase ("Ihr Wunsch für das neue Jahr:"), and a
# belief in a sentence of its own after the quote ("„…“ Davon ist X überzeugt.").
@pytest.mark.parametrize("body, speaker", [
    ("Anna Keller leitet das Tierheim. Sie hat eine klare Meinung: „Tiere sind keine Ware.“", "Anna Keller"),
    ("Anna Keller und Tom Hale leiten das Tierheim. Sie haben eine klare Meinung: „Tiere sind keine Ware.“", None),
    ("Anna Keller leitet das Tierheim. Ihr Wunsch für das neue Jahr: „Mehr Platz für die Hunde.“", "Anna Keller"),
    ("„Ohne Spenden geht es nicht.“ Davon ist Anna Keller überzeugt.", "Anna Keller"),
    ("„Ohne Spenden geht es nicht.“ Da ist sich Anna Keller sicher.", "Anna Keller"),
    ("„Ohne Spenden geht es nicht.“ Davon ist Anna Keller nicht überzeugt.", None),
])
def test_german_beliefs_and_labels(body: str, speaker: str | None) -> None:
    assert _speakers(body, "de") == [speaker]


def _title_speakers(title: str, body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, lang) if q.zone == "title"]


_BODY_EN = "Ann Lee, the mayor of Leeds, spoke on Monday. \"We will cut services,\" Lee said."
_BODY_PRINCE = "Reza Pahlavi, Iran's exiled crown prince, spoke on Monday. \"He keeps his promises,\" Pahlavi said."


# A headline that names its speaker by a role: the one person the body gives that role next to
# their name (headline_role.py); a role read as a name in title case is no one.
@pytest.mark.parametrize("lang, title, body, speaker", [
    ("en", "Mayor Warns of ‘Dark Days’ Ahead", _BODY_EN, "Ann Lee"),
    ("en", "‘We Will Not Give Up’: Mayor Vows to Fight Cuts", _BODY_EN, "Ann Lee"),
    ("en", "Crown Prince Says Trump Is ‘A Man of His Word’", _BODY_PRINCE, "Reza Pahlavi"),
    ("de", "Bürgermeisterin warnt vor „dunklen Tagen“",
     "Anna Keller, Bürgermeisterin von Bonn, sprach am Montag. „Wir müssen kürzen“, sagte Keller.", "Anna Keller"),
    ("fr", "La maire met en garde contre des « jours sombres »",
     "Anne Morel, maire de Lyon, a parlé lundi. « Nous devrons couper », a dit Anne Morel.", "Anne Morel"),
    ("es", "La alcaldesa advierte de «días oscuros»",
     "Ana Ruiz, alcaldesa de Lima, habló el lunes. «Tendremos que recortar», dijo Ruiz.", "Ana Ruiz"),
    # two people with the role near their names, or none named with it: no one
    ("en", "Mayor Warns of ‘Dark Days’ Ahead",
     "Ann Lee, the mayor of Leeds, met Tom Hale, the mayor of York. \"We will cut services,\" Lee said.", None),
    ("en", "Mayor Warns of ‘Dark Days’ Ahead", "The mayor of Leeds spoke on Monday about the cuts.", None),
    ("en", "Retired General Reveals ‘Demoralizing’ Experience", "The general spoke on Monday about the army.", None),
    # "campaign" is no person: not the name the body writes near it
    ("en", "Campaign says schedule ‘cherry-picked’", "Tom Hale, who runs the campaign, spoke on Monday.", None),
])
def test_a_headline_role_is_the_bodys_holder(lang: str, title: str, body: str, speaker: str | None) -> None:
    assert _title_speakers(title, body, lang) == [speaker]


# German: a phrase on a preposition between the reporting verb and its subject after the quote
# (adjunct_subject._german_subject); the one spoken with, inside the phrase, is no subject.
@pytest.mark.parametrize("body, speaker", [
    ("„Wir geben nicht auf“, sagte im Gespräch mit dieser Zeitung Bürgermeisterin Anna Keller.", "Anna Keller"),
    ("„Wir geben nicht auf“, sagte gegenüber der Presse die Bürgermeisterin Anna Keller.", "Anna Keller"),
    ("„Wir geben nicht auf“, sagte im Gespräch mit der Bürgermeisterin Anna Keller ein Anwohner.", None),
    ("„Wir geben nicht auf“, sagte im Gespräch mit dieser Zeitung Anna Keller.", None),
])
def test_german_subject_after_a_phrase(body: str, speaker: str | None) -> None:
    assert _speakers(body, "de") == [speaker]
