"""Quotes in German, Spanish, French and Portuguese: each language's reporting verbs and
attribution shapes, titles split off names, words that are no names, and the language told
from the article. Made-up sentences, grouped by the rule that credits them."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import detect

DE = ("Die Stadt hat am Montag den neuen Haushalt beschlossen, und die Opposition ist nicht "
      "zufrieden mit dem Ergebnis der Abstimmung.\n")
ES = ("El gobierno presentó el lunes el nuevo presupuesto y la oposición no está contenta con "
      "el resultado de la votación en el Congreso.\n")
FR = ("Le gouvernement a présenté lundi le nouveau budget et les députés de l'opposition ne sont "
      "pas contents du résultat du vote dans la capitale.\n")
PT = ("O governo apresentou na segunda-feira o novo orçamento e a oposição não está satisfeita "
      "com o resultado da votação para os deputados.\n")


def _speakers(body: str, language: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.rule) for q in extract_quotes("", [], body, language)]


def test_language_is_told_from_the_words():
    assert detect(DE * 2) == "de"
    assert detect(ES * 2) == "es"
    assert detect(FR * 2) == "fr"
    assert detect(PT * 2) == "pt"
    assert detect("The council said on Monday that the budget was passed by the members.") == "en"
    assert detect("") == "en"


# after_quote: the verb after the closing mark, its subject after it (verb second).
@pytest.mark.parametrize("body, speaker", [
    (DE + "„Wir werden das Geld sinnvoll ausgeben“, sagte Petra Lindner am Abend.", "Petra Lindner"),
    (DE + "„Das war ein schwerer Fehler“, erklärte Bundeskanzlerin Petra Lindner.", "Petra Lindner"),
    (DE + "»Wir bleiben dabei«, betonte Jonas Brandt.", "Jonas Brandt"),
    (DE + "„Das reicht nicht“, fügte Jonas Brandt hinzu.", "Jonas Brandt"),
    (ES + "«Vamos a cumplir con el pueblo», dijo Lucía Fernández en la rueda de prensa.", "Lucía Fernández"),
    (ES + "«No habrá recortes», aseguró el ministro Andrés Molina.", "Andrés Molina"),
    (ES + "«Es una vergüenza», señaló Andrés Molina a los periodistas.", "Andrés Molina"),
    (FR + "« Nous ne reculerons pas », a déclaré Claire Dubois.", "Claire Dubois"),
    (PT + "“Vamos cumprir a promessa”, disse Marta Silva aos jornalistas.", "Marta Silva"),
])
def test_after_quote(body, speaker):
    assert _speakers(body)[-1] == (speaker, "after_quote")


# after_quote: German ", so X." and the "according to" words.
@pytest.mark.parametrize("body, speaker", [
    (DE + "„Das ist erst der Anfang“, so Jonas Brandt.", "Jonas Brandt"),
    (ES + "«El plan fracasó», según Lucía Fernández.", "Lucía Fernández"),
    (FR + "« Le plan a échoué », selon Claire Dubois.", "Claire Dubois"),
])
def test_short_attribution_after_quote(body, speaker):
    assert _speakers(body)[-1] == (speaker, "after_quote")


# lead_in: the subject and its verb before the quote.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Petra Lindner sagte: „Wir werden das Geld sinnvoll ausgeben.“", "Petra Lindner"),
    (DE + "Ministerpräsidentin Petra Lindner erklärte: „Wir haben keine Wahl.“", "Petra Lindner"),
    (ES + "Lucía Fernández afirmó: «Vamos a cumplir con el pueblo».", "Lucía Fernández"),
    (ES + "Andrés Molina ha dicho: «No habrá recortes».", "Andrés Molina"),
    (FR + "Claire Dubois a expliqué : « Nous ne reculerons pas. »", "Claire Dubois"),
    (PT + "Marta Silva afirmou: “Vamos cumprir a promessa.”", "Marta Silva"),
])
def test_lead_in(body, speaker):
    assert _speakers(body)[-1] == (speaker, "lead_in")


# Rather null than wrong: words that open a sentence are no speakers.
@pytest.mark.parametrize("body", [
    DE + "Doch die Lage ist ernst: „Wir haben kein Geld mehr für die Schulen.“",
    DE + "Im April war es so weit: „Die Miete ist zu hoch für uns alle.“",
    DE + "„Das ist erst der Anfang“, so die Sprecherin.",
    ES + "«Nos veremos pronto», respondió a El Diario la portavoz del partido.",
])
def test_words_that_are_no_names_give_null(body):
    assert _speakers(body)[-1][0] is None


def test_a_german_compound_title_is_split_off():
    body = DE + "„Wir sind zufrieden“, sagte Pressesprecher Jonas Brandt."
    assert _speakers(body)[-1] == ("Jonas Brandt", "after_quote")


def test_english_is_untouched_by_the_other_languages():
    # "so" and "segundo" are words of English too; they credit no one in an English article.
    body = ("The council met on Monday and the members voted on the budget for the year.\n"
            "“We are done,” so Mayor Ann Lee left the room.")
    assert _speakers(body)[-1][0] is None
    assert extract_quotes("", [], "“Fine,” segundo Ann Lee.")[0].speaker is None


def test_the_language_given_wins_over_the_guess():
    body = "„Wir bleiben dabei“, sagte Jonas Brandt."  # too short to tell
    assert _speakers(body, "de")[-1] == ("Jonas Brandt", "after_quote")


# after_quote with a personal pronoun of the language ("sagt er", "dijo ella"): the person the
# paragraph names before it, or null (never a guess across paragraphs, never plural "sie").
@pytest.mark.parametrize("body, speaker", [
    (DE + "Jonas Brandt hat die Fraktion lange geleitet. „Wir bleiben dabei“, sagt er.", "Jonas Brandt"),
    (DE + "Petra Lindner hat ein Bild ersteigert. „Das gefällt mir“, sagte sie.", "Petra Lindner"),
    (ES + "Lucía Fernández llegó tarde a la reunión. «Vamos a cumplir», dijo ella.", "Lucía Fernández"),
    # The paragraph before names him, and the article no one else: a portrait's subject.
    (DE + "Herr Jonas Brandt leitet die Fraktion.\n„Wir bleiben dabei“, sagte er am Abend.", "Jonas Brandt"),
    (DE + "Jonas Brandt und Petra Lindner leiten die Fraktion.\n„Wir bleiben dabei“, sagte er am Abend.",
     None),
    (FR + "Claire Dubois dirige le groupe depuis mars. Dubois a été élue en 2020.\nLe vote a eu lieu hier.\n"
     "« Nous restons », dit-elle.", "Claire Dubois"),
    (DE + "Petra Lindner und Jonas Brandt sind gekommen. „Wir bleiben“, sagten sie.", None),
    (DE + "Der Ex-Profi will auf seinen Körper hören. „Mal sehen“, sagt er.", None),
])
def test_a_pronoun_of_the_language(body, speaker):
    assert _speakers(body)[-1][0] == speaker


@pytest.mark.parametrize("body, speaker", [
    (DE + "„Wir sind zufrieden“, sagt Mieten-Organisator Jonas Brandt.", "Jonas Brandt"),
    (DE + "Deren Chef Jonas Brandt beschrieb die Lage als „sehr ernst“.", "Jonas Brandt"),
    (ES + "«Vamos a cumplir», preguntó Fernández a los asistentes.\nPara Lucía Fernández es simple.",
     "Lucía Fernández"),
])
def test_titles_and_sentence_words_left_out_of_the_name(body, speaker):
    assert _speakers(body)[0][0] == speaker


# In other languages a described speaker is no name, and a subject taken with no reporting verb
# must be someone the article names as a person: German capitalizes every noun.
@pytest.mark.parametrize("body", [
    DE + "„Das war ein Fehler“, kommentiert der Journalist.",
    ES + "«Hay que seguir», recordó la Rectora.",
    DE + "Zögerliches Kopfnicken in der Runde. „Morgen geht es weiter.“",
    DE + "Zwischen den Sitzungen hieß es: „Wir warten ab.“",
])
def test_descriptions_and_capitalized_nouns_give_null(body):
    assert _speakers(body)[-1][0] is None


def test_a_compound_title_with_a_first_name_alone():
    body = DE + "„Das läuft gut“, sagt Sportredaktor Samuel."
    assert _speakers(body)[-1][0] == "Samuel"


# after_quote: a role tied to its body, with the name closing the sentence; a dash before "so".
@pytest.mark.parametrize("body, speaker", [
    (DE + "„Das geht nicht“, sagte der Sprecher des Ministeriums, Hans Weber.", "Hans Weber"),
    (DE + "„Das geht nicht“ – so Hans Weber.", "Hans Weber"),
    (ES + "«Esto no puede seguir así», dijo el alcalde de Lima, Jorge Muñoz.", "Jorge Muñoz"),
    (FR + "« Ce n'est pas juste », estime Claire Dubois.", "Claire Dubois"),
])
def test_role_of_a_body_then_the_name(body, speaker):
    assert _speakers(body)[-1] == (speaker, "after_quote")


# A single capitalized word is a name only if the article uses it as one (German capitalizes
# every noun), or if it is the whole subject right after the verb that follows a quote.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Experten sagen: „Das wird teuer.“", None),
    (DE + "„Das war knapp“, findet Olivier.", "Olivier"),
    (DE + "Bundesrat Ignazio Cassis sagte am Montag: „Wir prüfen das.“", "Ignazio Cassis"),
    (DE + "„Das geht nicht“, sagte Teamchef Frederic Vasseur.", "Frederic Vasseur"),
])
def test_single_capitalized_words(body, speaker):
    assert _speakers(body)[-1][0] == speaker


def test_sagt_er_after_a_quote_credited_in_the_same_paragraph():
    # The credits of a zone are (open, person, close): "sagt er" looks back through them (a
    # merge of two branches once unpacked them as pairs and raised on this text).
    body = ("Der Bürgermeister der Stadt, Hans Weber, sprach am Montag mit den Anwohnern, die seit einer "
            "Woche kein Wasser haben und auf eine Lösung warten.\n\n"
            "„Wir werden das Problem lösen“, sagte Weber vor dem Rathaus. Danach besuchte er das "
            "Wasserwerk und sprach mit den Arbeitern. „Das Wasser kommt bald zurück“, sagt er.")
    quotes = extract_quotes("Bürgermeister verspricht Wasser", (), body)
    assert [q.speaker for q in quotes] == ["Hans Weber", "Hans Weber"]


# heading_name: a collage of voices or an interview's parts, each under a heading that opens on
# the speaker's name and a colon; a heading in capitals gives the name in normal case.
@pytest.mark.parametrize("body, speaker", [
    (ES + "\nMARTA ORTIZ LEÓN: UNA MADRE QUE TRABAJA\n\n“Mi madre se levantaba a las cinco para "
     "ir al mercado y nunca se quejó.”", "Marta Ortiz León"),
    (DE + "\nJonas Brandt: Der Trainer bleibt\n\n„Wir haben lange gesprochen und sind uns einig.“",
     "Jonas Brandt"),
    # A heading with no name before its colon, a heading that is a sentence, words of the writer's
    # after the quote: no one.
    (ES + "\nLA RECETA: UNA TARTA\n\n“Mi madre hacía una tarta de manzana todos los domingos.”", None),
    (ES + "\nMarta Ortiz León: una vida en el mercado.\n\n“Mi madre se levantaba a las cinco.”", None),
    (ES + "\nMARTA ORTIZ LEÓN: UNA MADRE\n\n“Mi madre se levantaba a las cinco”, recuerda su hija.", None),
])
def test_heading_name(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# Reporting verbs grown from the held-out pages (the words right after a closing mark in the
# German, Spanish, French and Portuguese pages that are not in the gold set); a title before
# the name ("Autorin") is split off.
@pytest.mark.parametrize("body, speaker", [
    (DE + "„Das ist doch alles Unsinn“, wetterte Jonas Brandt.", "Jonas Brandt"),
    (DE + "„Ach, schon wieder Regen“, seufzt Petra Lindner.", "Petra Lindner"),
    (DE + "„Lieber früher als später“, rät Autorin Petra Lindner.", "Petra Lindner"),
    (DE + "„Er war ein guter Vater“, schimpft Tochter Petra Lindner.", "Petra Lindner"),
    (ES + "«Hay que cuidar el agua», recalcó Lucía Fernández.", "Lucía Fernández"),
    (FR + "« Rien n'est encore décidé », glisse Claire Dubois.", "Claire Dubois"),
    (PT + "\"Vamos continuar o trabalho\", sustentou Ana Souza.", "Ana Souza"),
])
def test_verbs_grown_from_the_held_out_pages(body, speaker):
    assert _speakers(body)[-1] == (speaker, "after_quote")


# A title right before a name makes it someone's name, even a first name alone or a name the
# article writes once: as the subject before the quote, as the subject a pronoun stands for,
# before a colon.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Chefredaktor Tobias kommt spät herein. «Habt ihr schon gegessen?»", "Tobias"),
    (DE + "Chefredaktor Tobias kommt spät herein. „Habt ihr schon gegessen?“, ruft er.", "Tobias"),
    (DE + "Vereinspräsident Jonas Brandt: „Wir haben lange verhandelt und sind zufrieden.“", "Jonas Brandt"),
    (DE + "Das Wetter Tobias kommt spät herein. „Habt ihr schon gegessen?“", None),
])
def test_a_title_before_a_name_makes_it_a_name(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# for_person: "Para X", "Pour X", "Für X" opening a sentence gives X's view, and the quote in it or
# opening the next sentence is X's; a place or a body after the word is no one.
@pytest.mark.parametrize("body, speaker", [
    (ES + "Para Lucía Fernández la salida está en “un pacto de todos los partidos”.", "Lucía Fernández"),
    (FR + "Pour Claire Dubois, ce vote est une erreur. « Nous allons le contester. »", "Claire Dubois"),
    (DE + "Für Jonas Brandt ist das Ergebnis klar. „Wir machen weiter wie bisher.“", "Jonas Brandt"),
    (PT + "Para Ana Souza, o projeto é uma \"manobra política\" do governo.", "Ana Souza"),
    (ES + "Para Colombia la salida está en “un pacto de todos los partidos”.", None),
    (DE + "Für die Stadt ist das Ergebnis klar. „Wir machen weiter wie bisher.“", None),
])
def test_for_person(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# A description that opens on a title ("le ministre de la Santé", "la Rectora") is the person the
# article gave that role to before the quote: right before the name, or after it and a comma;
# never a word of the role taken into the name ("Santé Paul Morel"); two holders: no one.
@pytest.mark.parametrize("body, speaker", [
    (FR + "Le ministre de la Santé Paul Morel a parlé hier. « Nous restons », a déclaré le ministre "
     "de la Santé.", "Paul Morel"),
    (FR + "Le ministre de la Santé Paul Morel a parlé hier. « Nous restons », a déclaré Paul Morel.",
     "Paul Morel"),
    (ES + "El informe fue leído por Rosario del Carmen Díaz, rectora de la Escuela Superior. La Rectora "
     "recordó que “el trabajo sigue”.", "Rosario del Carmen Díaz"),
    (ES + "Ayer hablaron Rosa Díaz, rectora de la Escuela, y Ana Gil, rectora de la Universidad. La "
     "Rectora recordó que “el trabajo sigue”.", None),
])
def test_a_role_is_the_person_given_it(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# inverted_pronoun: French puts the pronoun after the verb with a "t" ("a-t-il estimé",
# "ajoute-t-elle"); the verb must be a reporting verb.
@pytest.mark.parametrize("body, speaker, rule", [
    (FR + "Claire Dubois dirige le groupe. Dubois a été élue en mars. « Nous restons », a-t-elle estimé.",
     "Claire Dubois", "inverted_pronoun"),
    (FR + "Claire Dubois dirige le groupe. Dubois a été élue en mars. « Nous restons », ajoute-t-elle.",
     "Claire Dubois", "inverted_pronoun"),
    (FR + "Claire Dubois dirige le groupe. Dubois a été élue en mars. « Le Petit Prince », a-t-elle lu.",
     None, None),
])
def test_french_inverted_pronoun(body, speaker, rule):
    assert _speakers(body)[-1] == (speaker, rule)


# closing_attribution in other languages: the sentence closes on verb then speaker after a comma,
# with an auxiliary of the perfect before the verb ("a déclaré") and a when, where or to whom
# after the speaker (each language's ADJUNCTS); never "als"/"como" (the speaker's view of them).
@pytest.mark.parametrize("body, speaker", [
    (DE + "Die Förderung sei „ein großer Erfolg“ gewesen, sagte Jonas Brandt am Montag.", "Jonas Brandt"),
    (DE + "Der Plan sei „ein Anfang“ für die Stadt, erklärte Petra Lindner gegenüber der Presse.",
     "Petra Lindner"),
    (ES + "La reforma es «un desastre total» para el país, dijo Andrés Molina el lunes en Lima.",
     "Andrés Molina"),
    (FR + "La réforme est « un désastre » pour le pays, a déclaré Claire Dubois.", "Claire Dubois"),
    (FR + "La réforme est « un désastre » pour le pays, a déclaré Claire Dubois lundi à Paris.",
     "Claire Dubois"),
    (PT + "A reforma é «um desastre» para o país, disse Marta Silva na segunda-feira.", "Marta Silva"),
])
def test_closing_attribution_with_adjuncts(body, speaker):
    assert _speakers(body)[-1] == (speaker, "closing_attribution")


def test_a_closing_verb_with_als_is_no_attribution():
    # The quoted words are someone else's; the sentence gives Brandt's view of them.
    body = (DE + "Jonas Brandt ist Sprecher der Opposition. Dass der Plan „fast fertig“ sei, "
            "bezeichnet Brandt als falsch und verlangt eine neue Prüfung.")
    assert _speakers(body)[-1][0] is None


# A time word after the speaker is not part of the name: "dijo Andrés Molina ayer."
@pytest.mark.parametrize("body, speaker", [
    (ES + "«Vamos a cumplir», dijo Andrés Molina ayer.", "Andrés Molina"),
    (FR + "« Nous ne reculerons pas », a déclaré Claire Dubois lundi.", "Claire Dubois"),
])
def test_a_time_word_ends_the_name(body, speaker):
    assert _speakers(body)[-1] == (speaker, "after_quote")


# German sets off the attribution after a quote with a comma: a verb right after the closing
# mark of a quote inside its sentence is a participle of the phrase, unless a person follows.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Die als „Sonnenretter“ bezeichneten Anlagen werden nun gebaut.", None),
    (DE + "Die Insel, damals „Perle“ genannt, wurde eine Kolonie.", None),
    (DE + "Vom „größten Projekt seit Jahren“ sprach Bundesverkehrsminister Brandt am Montag.", "Brandt"),
    (DE + "„Nichts ändert sich von allein“ resümiert Vizepräsidentin Petra Lindner.", "Petra Lindner"),
])
def test_german_verb_after_a_quote_without_comma(body, speaker):
    assert _speakers(body)[0][0] == speaker


def test_a_german_trainer_is_a_title():
    body = DE + "„Sie ist sehr gut gelaufen“, lobte ihr Trainer Jonas Brandt."
    assert _speakers(body)[-1] == ("Jonas Brandt", "after_quote")


# A pronoun of the language after a quote: the one person a sentence before names, wherever in
# it (German and French put the subject after a fronted phrase and its verb); when the quote
# opens its paragraph, the paragraph before is read the same way. Two people named: no one; in
# the pronoun's own sentence only the words before the pronoun ("elle accuse Morel d'« ... »").
_TWO_DE = "Jonas Brandt leitet die Fraktion, Petra Lindner den Verein; Lindner und Brandt streiten oft. "
_TWO_ES = "Lucía Fernández dirige el grupo y Andrés Molina el partido; Molina y Fernández no se hablan. "
_TWO_FR = "Claire Dubois dirige le groupe, et Paul Morel le parti ; Morel et Dubois se parlent peu. "


@pytest.mark.parametrize("body, speaker", [
    (DE + _TWO_DE + "Zum Glück klopft da gerade Brandt an die Tür. „Jetzt geht es weiter“, sagt er.",
     "Jonas Brandt"),
    (DE + _TWO_DE + "Nach der Sitzung trat Brandt vor die Presse.\n„Jetzt geht es weiter“, sagte er.",
     "Jonas Brandt"),
    # two people named, one of them a woman by her first name (first_names): "er" is the other
    (DE + _TWO_DE + "Nach der Sitzung trafen sich Brandt und Lindner.\n„Jetzt geht es weiter“, sagte er.",
     "Jonas Brandt"),
    (DE + _TWO_DE.replace("Petra", "Paul") + "Nach der Sitzung trafen sich Brandt und Lindner.\n"
     "„Jetzt geht es weiter“, sagte er.", None),
    (ES + _TWO_ES + "En la reunión del lunes habló Fernández con los vecinos.\n«Vamos a cumplir», dijo ella.",
     "Lucía Fernández"),
    (FR + _TWO_FR + "Pour sa défense, elle accuse Morel d’« insultes graves ».", "Claire Dubois"),
])
def test_a_pronoun_after_a_subject_after_its_verb(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# Precision of the one-person reading: a run of capitalized words the article never uses again
# ("Bergs Abschiedsfeier" after a particle) is no one; a compound title is no part of the name.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Petra Lindner hat Jonas Brandt getroffen.\nViele kamen zu Jan van der Bergs Abschiedsfeier, wo "
     "er einen Plan fasste. „Mal sehen“, sagt er.", None),
    (DE + "Es sei teuer, sagt Flixbus-Manager Jonas Brandt am Montag. Brandt leitet den Bereich seit "
     "Jahren. „Wir fahren weiter“, sagt er.", "Jonas Brandt"),
])
def test_the_one_person_is_someone_named(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# After the verb, a phrase of time, place or listener may come before the subject in Spanish,
# French and Portuguese ("dijo a la prensa el ministro", "a déclaré à cette occasion le
# ministre"); a name right after "a" is the listener. An article and a title is a description
# whose capitalized words name a department: its holder is looked up, never "Santé Paul".
@pytest.mark.parametrize("body, speaker", [
    (ES + "«Vamos a cumplir», dijo a la prensa el ministro de Economía, Andrés Molina.", "Andrés Molina"),
    (ES + "«Vamos a cumplir», dijo ayer el ministro Andrés Molina.", "Andrés Molina"),
    (ES + "«Vamos a cumplir», dijo a Andrés Molina el ministro.", None),
    (FR + "Le ministre de la Santé Paul Morel a parlé hier. « Nous restons », a déclaré à cette "
     "occasion le ministre de la Santé.", "Paul Morel"),
    (FR + "« Nous restons », a déclaré le ministre de l'Économie Paul Morel.", "Paul Morel"),
])
def test_a_phrase_between_verb_and_subject(body, speaker):
    assert _speakers(body)[-1][0] == speaker


def test_a_described_speaker_keeps_the_quote_direct():
    quotes = extract_quotes("", [], FR + "Paul Morel et Claire Dubois sont venus. « Nous restons », a "
                            "déclaré le ministre.")
    assert (quotes[-1].speaker, quotes[-1].kind) == (None, "direct")


def test_konjunktiv_with_no_one_credited_before_is_no_ones():
    body = DE + "Der Plan habe „schwere Mängel“, die man beheben müsse."
    q = extract_quotes("", [], body)[-1]
    assert (q.speaker, q.kind) == (None, "partial")


# lead_in: a name right after a preposition ends a phrase inside the subject, it is no subject.
@pytest.mark.parametrize("body", [
    DE + "Doch der Sprecher der Gewerkschaft aus Hamburg sagt auch: „Wir warten ab.“",
    ES + "Pero el portavoz del sindicato de Sevilla dijo: «Vamos a esperar».",
])
def test_a_name_after_a_preposition_is_no_subject(body):
    assert _speakers(body)[-1][0] is None


# heading_name: a heading of one word and a colon names someone only in a collage of voices,
# where other headings give full names the same way; alone it is a topic.
@pytest.mark.parametrize("body, speaker", [
    (ES + "ANA RUIZ: SIEMPRE ME CUIDÓ\n“Mi madre me llevaba cada día al colegio, aunque lloviera.”\n"
     "MARISOL: MI MAMÁ ES LA MEJOR\n“Ella siempre me ayudó con todo lo que necesitaba en la vida.”",
     "Marisol"),
    (ES + "ECONOMÍA: EL PLAN DEL GOBIERNO\n“Vamos a bajar los impuestos a todas las familias del país.”",
     None),
])
def test_a_one_word_heading_name(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# A description after the verb that closes its sentence on a comma and a full name is that
# person ("dijo el titular del ministerio, Andrés Molina."); a phrase of place or time in the
# description makes the words after the comma a place, no one.
@pytest.mark.parametrize("body, speaker", [
    (ES + "«Vamos a cumplir», afirmó el miembro del Buró Político y presidente de la Asamblea Nacional, "
     "Andrés Molina.", "Andrés Molina"),
    (DE + "„Wir bleiben dabei“, sagte der Sportliche Leiter des Verbands, Jonas Brandt.", "Jonas Brandt"),
    (ES + "«Vamos a cumplir», dijo el presidente en la capital, Buenos Aires.", None),
])
def test_a_description_closed_by_a_name(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# A sentence may open on a German or Spanish opening mark („ » ¿ ¡): the sentence before it
# ends there, so the quote that opens it follows a sentence about its speaker.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Jonas Brandt leitet den Verein. Brandt wundert sich über die Entscheidung der Stadt. „Wir "
     "wissen doch alle, dass das nicht funktioniert.“", "Jonas Brandt"),
    (DE + "Jonas Brandt leitet den Verein. Brandt wundert sich über die Entscheidung der Stadt. »Wir "
     "wissen doch alle, dass das nicht funktioniert.«", "Jonas Brandt"),
])
def test_a_sentence_may_open_on_a_german_mark(body, speaker):
    assert _speakers(body)[-1][0] == speaker


def test_sentences_end_before_opening_marks_of_other_languages():
    from newsbeam.transforms.quotes.tokens import Sentences
    text = "Er kam. „Ja“, sagte er. ¿Qué pasa? »Nein« war die Antwort."
    assert Sentences(text).ends == [text.index("„"), text.index("¿"), text.index("»")]


# The language's adverbs stand between a subject and its verb like English "also" ("también
# afirmó", "a aussi déclaré", "noch behauptet"): the subject is the phrase before them.
@pytest.mark.parametrize("body, speaker", [
    (ES + "La alcaldesa Carmen Vidal también afirmó: «No vamos a ceder ante nadie».", "Carmen Vidal"),
    (FR + "Claire Dubois a aussi déclaré : « Nous ne céderons pas ».", "Claire Dubois"),
    (PT + "Marta Silva também disse: “Não vamos recuar”.", "Marta Silva"),
    (DE + "Petra Lindner leitet den Verein. Vor Jahren hatte Lindner noch behauptet, sie würde "
     "„lieber aufhören“, als zu verlieren.", "Petra Lindner"),
])
def test_adverbs_between_subject_and_verb(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# A relative pronoun after a comma ("..., quien aseguró que", "..., qui a affirmé que") is the
# phrase before the comma, even after a preposition; where that phrase is no name ("..., para
# saber su opinión, quien"), the later rules are tried.
@pytest.mark.parametrize("body, speaker", [
    (ES + "La propuesta la presentó la ministra Lucía Fernández, quien también aseguró que «no habrá "
     "recortes en educación».", "Lucía Fernández"),
    (ES + "Andrés Molina habló el lunes. Luego se le preguntó por el plan a Molina, quien señaló que "
     "«todo sigue igual».", "Andrés Molina"),
    (FR + "Le texte a été défendu par Claire Dubois, qui a affirmé que « rien ne changera ».", "Claire Dubois"),
    (PT + "O projeto foi apresentado por Marta Silva, que afirmou que “nada vai mudar”.", "Marta Silva"),
])
def test_a_relative_pronoun_is_the_phrase_before_it(body, speaker):
    assert _speakers(body)[-1][0] == speaker


def test_a_relative_pronoun_without_its_phrase_leaves_the_quote_to_later_rules():
    body = ES + ("Andrés Molina es el intendente desde 2020. El diario consultó a Molina, para saber su "
                 "opinión, quien manifestó que «todo sigue igual».")
    assert _speakers(body)[-1] == ("Andrés Molina", "dropped_subject")


# dropped_subject: the person a closing attribution of the sentence before puts after its verb
# goes on speaking, not the first person that sentence names.
def test_a_dropped_subject_is_the_one_who_spoke_before():
    body = ES + ("Lucía Fernández presentó el informe y Molina lo leyó. El informe de Fernández es urgente, "
                 "afirmó el presidente del Senado, Andrés Molina. «Es muy necesario para el país», añadió.")
    assert _speakers(body)[-1] == ("Andrés Molina", "dropped_subject")


# German "weiß" after a quote is a verb of attribution ("„...“, weiß Turnierdirektor Jonas Brandt").
# A definite description of a role no one was given ("weiß der neue Vereinspräsident") is the
# one person the sentence before names; two named there, or a possessive: null.
@pytest.mark.parametrize("body, speaker", [
    (DE + "„Auch die anderen wollen gewinnen“, weiß Turnierdirektor Jonas Brandt.", "Jonas Brandt"),
    (DE + "Petra Lindner führt den Verein seit Jahren. Den Aufstieg erwartet Lindner noch in diesem "
     "Jahr. „Wir sind bereit“, weiß die neue Vereinspräsidentin.", "Petra Lindner"),
    # (two women: since first names give a sex, "Jonas Brandt" would be no woman in the way)
    (DE + "Petra Lindner und Anna Brandt führen den Verein. Den Aufstieg erwarten Lindner und Brandt "
     "noch in diesem Jahr. „Wir sind bereit“, sagt die neue Vereinspräsidentin.", None),
    (ES + "Andrés Molina presentó el presupuesto. Molina lo defendió ante todos. «Es un buen plan», "
     "dijo su portavoz.", None),
])
def test_a_description_is_the_person_named_just_before(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# French "« ... », c'est ainsi que X a qualifié ...": the clause's subject said the words, and the
# partial quotes that go on in its sentence are theirs too; without "c'est ainsi": no one.
@pytest.mark.parametrize("body, speakers", [
    (FR + "Le Premier ministre Paul Morel s’est exprimé vendredi. « Un désastre », c’est ainsi qu’il a "
     "qualifié la réunion, estimant que c’était « inacceptable ».", ["Paul Morel", "Paul Morel"]),
    (FR + "« Un désastre », c'est en ces termes que Claire Dubois a réagi à la défaite.", ["Claire Dubois"]),
    (FR + "Le Premier ministre Paul Morel s’est exprimé vendredi. « Un désastre », ce mot revient "
     "souvent dans la presse.", [None]),
])
def test_french_cest_ainsi(body, speakers):
    assert [s for s, _ in _speakers(body)] == speakers


# German compounds that end on "-rechtler(in)" or "-wissenschaftler(in)" are titles: split off
# the name, and "die Arbeitsrechtlerin" is the person the article gave that title.
@pytest.mark.parametrize("body, speaker", [
    (DE + "„Das Gesetz ist klar“, erklärt Arbeitsrechtlerin Lindner.", "Lindner"),
    (DE + "Die Arbeitsrechtlerin Petra Lindner kennt das Problem. „Das Gesetz ist klar“, erklärt "
     "Arbeitsrechtlerin Lindner. Viele wüssten das nicht. „Fragen Sie nach“, sagt die Arbeitsrechtlerin.",
     "Petra Lindner"),
    (DE + "„Die Zahlen sind eindeutig“, sagt Politikwissenschaftler Jonas Brandt.", "Jonas Brandt"),
])
def test_german_rechtler_and_wissenschaftler_are_titles(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# lead_in, German verb second: a sentence that opens on something else puts its subject after
# the verb; "er" there is the subject, not the noun before the verb (spk-intl5).
@pytest.mark.parametrize("body, speaker", [
    (DE + "Jonas Brandt kam spät. Zwischen den Bissen dichtet er: „Langsam gehen die Lichter aus.“",
     "Jonas Brandt"),
    (DE + "Petra Lindner kam spät. Nach der Sitzung schrieb sie: „Wir sind müde.“", "Petra Lindner"),
    # "sie" after a noun that opens the sentence is its object: the description speaks (null).
    (DE + "Petra Lindner kam spät. Die Bürgermeisterin lobte sie: „Gute Arbeit.“", None),
])
def test_german_pronoun_after_the_verb(body, speaker):
    assert [s for s, _ in _speakers(body)] == [speaker]


# np_core: "O senador criticou", "la ministra afirmó": an article and a title are a description
# of the subject, so the quoted words in its sentence are someone's (partial); its speaker is
# the person given that title when quoted or named again since or no one else was named since.
def test_title_description_not_the_person_titled_in_passing():
    # Paulo Rocha got the title in passing; the sentence before names Teixeira alone, whom the
    # description then stands for (implied.described_person).
    body = PT + ("O candidato é o senador Paulo Rocha, que vai tentar a reeleição. A estratégia de Marcos Teixeira "
                 "para o Senado começou no domingo, e Teixeira viajou. O senador criticou os pedidos no que "
                 "considerou como \"atos ilegítimos\".")
    [q] = extract_quotes("", [], body, "pt")
    assert (q.kind, q.speaker, q.speaker_mention) == ("partial", "Marcos Teixeira", "O senador")


def test_title_description_is_the_titled_person_named_again():
    body = PT + ("O candidato é o senador Paulo Rocha, que vai tentar a reeleição. Rocha falou no domingo. "
                 "O senador criticou os pedidos no que considerou como \"atos ilegítimos\".")
    [q] = extract_quotes("", [], body, "pt")
    assert (q.kind, q.speaker) == ("partial", "Paulo Rocha")


def test_title_description_null_when_unsure():
    # Rocha got the title in passing, two others were named since: rather null than wrong.
    body = PT + ("O candidato é o senador Paulo Rocha, que vai tentar a reeleição. A viagem de Marcos Teixeira "
                 "e de Ana Lima começou no domingo, e Teixeira falou com Lima. O senador criticou os pedidos no "
                 "que considerou como \"atos ilegítimos\".")
    [q] = extract_quotes("", [], body, "pt")
    assert (q.kind, q.speaker, q.speaker_mention) == ("partial", None, "O senador")


# lead_in, coordinated verbs outside English: "X ist begeistert und schreibt: „...“" is X's when X
# names someone; a prepositional phrase after the verb ("auf Facebook") is never the subject.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Rechtsanwalt Lutz Sommer las das Urteil. Lutz Sommer ist begeistert und schreibt auf Facebook: "
     "„Ich bin sehr beeindruckt!“", "Lutz Sommer"),
    (ES + "La ministra Ana Ruiz llegó tarde. Ana Ruiz saludó a todos y dijo: “Empezamos ya.”", "Ana Ruiz"),
    # The subject named before "und", not the previous speaker.
    (DE + "„Bitte nicht“, seufzt Petra Lindner. Redakteur Jonas Brandt sucht passende Worte und findet sie: "
     "„Nur Mut.“", "Jonas Brandt"),
])
def test_coordinated_verb_outside_english(body, speaker):
    assert _speakers(body)[-1][0] == speaker


# implied.sole_person_in: a person the article calls by one name, introduced with a title or
# role before it or an age after it, is the one a pronoun in the next sentence stands for.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Chefredakteurin Mirjam kam spät. Zum Glück klopft da gerade Mirjam an die Tür. „Ist jemand hier?“, "
     "sagt sie.", "Mirjam"),
    (FR + "Le mouvement inquiète, comme le raconte Karim*, 41 ans, chauffeur de bus. « Je suis très inquiet, "
     "glisse-t-il. Mon contrat se termine. »", "Karim"),
    # One name never introduced: no one (rather null than wrong).
    (DE + "Zum Glück klopft da gerade Mirjam an die Tür. „Ist jemand hier?“, sagt sie.", None),
])
def test_person_by_one_name(body, speaker):
    assert {s for s, _ in _speakers(body)} == {speaker}


# name_runs: German "von" is also "by": "Texte von Jana Morek", "eine Mail von Morek" do not
# make "Texte"/"Mail" part of her name; "Otto von Lindau", "Ursula von der Heide" stay whole.
@pytest.mark.parametrize("text, words", [
    ("Die Texte von Jana Morek", ["Jana"]),
    ("Dann kam eine Mail von Morek", []),
    ("Kanzler Otto von Lindau", ["Kanzler", "Otto", "von"]),
    ("Ursula von der Heide", ["Ursula", "von", "der"]),
])
def test_von_is_by_before_a_full_name(text, words):
    from newsbeam.transforms.quotes.name_runs import name_words_ending
    assert name_words_ending(text, text.rindex(" ") + 1) == words


def test_von_is_by_credits_the_person():
    body = DE + ("Die Texte von Jana Morek wurden geprüft. Dann kam eine Mail von Morek an die Redaktion. "
                 "Morek schreibt: „Drückt uns die Daumen.“")
    assert _speakers(body)[-1][0] == "Jana Morek"


# as_said: "como él mismo dijo", "comme il l'a dit", "wie er selbst sagte" in the quote's sentence:
# the words are that person's (partial).
@pytest.mark.parametrize("body, speaker", [
    (ES + "La presidenta Lucía Fernández viajó a Lima. La aprobación de la joven jefa del Estado, que ha "
     "tenido, como ella misma dijo, un comienzo \"turbulento\" en las primeras semanas, cae.", "Lucía Fernández"),
    (PT + "A campanha de Marta Silva, como Marta Silva disse, teve um início \"difícil\" em março.", "Marta Silva"),
    (DE + "Jonas Brandt kam spät. Der Start war, wie er selbst sagte, „holprig“ und lang.", "Jonas Brandt"),
    # No reporting verb: no one.
    (ES + "La presidenta Lucía Fernández viajó a Lima. El viaje fue, como ella misma, un \"éxito\" para todos.",
     None),
])
def test_as_said(body, speaker):
    assert _speakers(body)[-1][0] == speaker


@pytest.mark.parametrize("body, speaker", [
    (DE + "\nKatrin Vollmer: „Wir freuen uns sehr über die Entscheidung des Rates für die Stadt.“\n",
     "Katrin Vollmer"),
    (DE + "\nJonas Berger, Leiter der Abteilung Verkehr: „Die Bauarbeiten dauern bis zum Herbst.“\n",
     "Jonas Berger"),
    (ES + "\nLucía Ferrer: «Estamos muy contentos con la decisión del consejo de la ciudad».\n",
     "Lucía Ferrer"),
    (FR + "\nClaire Morel, présidente de l'association: « Nous attendons une réponse claire du maire. »\n",
     "Claire Morel"),
    (PT + "\nMarta Quintas: “Estamos muito satisfeitos com a decisão do conselho da cidade.”\n",
     "Marta Quintas"),
])
def test_a_name_and_a_colon_opening_the_paragraph(body, speaker):
    assert _speakers(body) == [(speaker, "lead_in")]


@pytest.mark.parametrize("body", [
    # words the article also writes in lower case: a heading, no name
    DE + "Die neue Regel gilt ab Mai.\n\nNeue Studie: „Die Zahl der Radfahrer ist im Jahr gestiegen.“\n",
    # the colon is not right before the quote
    DE + "\nKatrin Vollmer: Die Stadt sagt „nein“ zu allem, was der Rat beschließt.\n",
])
def test_a_colon_label_that_names_no_one_stays_null(body):
    assert [s for s, _ in _speakers(body)] == [None]


def test_a_colon_label_after_a_compound_trade_names_its_holder():
    # (stop 53: "Vereinskassenwart" is read as a trade, names_de.is_role_noun: the label names Jonas
    # Berger, as the guide has it; it had been null as an unknown title)
    body = DE + "\nVereinskassenwart Jonas Berger: „Die Bauarbeiten dauern bis zum Herbst.“\n"
    assert [s for s, _ in _speakers(body)] == ["Jonas Berger"]


@pytest.mark.parametrize("body, speaker", [
    (FR + "Le ministre Paul Garnier a présenté le texte.\n\nDans son bureau, Anne-Marie Levasseur, professeure de chimie, défend le projet. « Cette "
     "réforme arrive trop tard, affirme-t-elle. »\n\nAnne-Marie ne donne plus de cours depuis mars. "
     "Elle raconte « J’ai tout réorganisé avec les étudiants de la faculté. »\n", "Anne-Marie Levasseur"),
    (ES + "El ministro Pablo Garrido presentó el plan.\n\nEn la plaza, Tomás Arriaga Vidal, vecino del barrio, explicó el problema. «No hay luz "
     "desde el lunes», dijo.\n\nTomás vive allí desde hace treinta años. Él asegura: «Nunca vimos "
     "algo así en la calle».\n", "Tomás Arriaga Vidal"),
])
def test_a_pronoun_after_the_first_name_of_a_person_quoted_before(body, speaker):
    assert [s for s, _ in _speakers(body)][-1] == speaker


@pytest.mark.parametrize("body, speaker", [
    (DE + "\nDie Trainerin Lea Sommer zeigt die Übung. „Der Rücken bleibt dabei ganz gerade“, führt "
     "Sommer weiter aus.\n", "Lea Sommer"),
    (DE + "\nIhr Kollege Jonas Brandt stellt nach der Sitzung abschließend fest: „Jetzt muss die Stadt "
     "endlich handeln.“\n", "Jonas Brandt"),
    (DE + "\nDazu hält Petra Lindner fest: „Die Kosten steigen jedes Jahr weiter.“\n", "Petra Lindner"),
    (DE + "\n„Ohne Geld geht es nicht“, macht Karl Huber deutlich.\n", "Karl Huber"),
])
def test_a_german_separable_reporting_verb(body, speaker):
    assert _speakers(body) == [(speaker, "separable_verb")]


@pytest.mark.parametrize("body", [
    # the verb without its particle reports nothing
    DE + "\nDer Weg führt nach Linz: „Hier beginnt die Reise“ steht auf dem Schild.\n",
    DE + "\n„Ohne Geld geht es nicht“, macht Karl Huber sich Mut.\n",
])
def test_a_separable_verb_without_its_particle_credits_no_one(body):
    assert all(rule != "separable_verb" for _, rule in _speakers(body))


def test_a_reporting_verb_after_segun_is_no_part_of_the_source():
    body = ES + "\nSegún informó la ministra Carmen Ibáñez a la prensa, se constató “la falta de recursos”.\n"
    quote = extract_quotes("", [], body, None)[0]
    assert (quote.speaker, quote.speaker_mention) == ("Carmen Ibáñez", "la ministra Carmen Ibáñez")


def test_a_pronoun_of_a_portrait_with_a_second_full_name_named_twice_is_no_ones():
    body = (DE + "Vor einem Jahr verkündeten Lena Hartwig und Anton Falkenrath ihre Verlobung. Nun trennt "
            "sich das Paar von Frau Hartwig.\n\n"
            "Das bestätigte Anton Falkenrath am Montag.\n\n"
            "„Ich bin meinem Herzen gefolgt“, sagte er weiter.\n")
    # (s54) The sentence right before names him as its subject after the verb ("Das bestätigte Anton
    # Falkenrath am Montag."), a man's first name: "er" is he, as the guide reads it; the portrait's
    # fallback still finds no one where no such sentence stands (the test below).
    assert [s for s, _ in _speakers(body)] == ["Anton Falkenrath"]
    body = body.replace("Das bestätigte Anton Falkenrath am Montag.", "Das wurde am Montag bestätigt.")
    assert [s for s, _ in _speakers(body)] == [None]


# earlier_role (roles_intl): a definite role word stands for the one person the article wrote it
# for before, right before the name or in an apposition; two holders, none, or a holder named once
# in passing before other people: no one.
@pytest.mark.parametrize("body, speaker", [
    (DE + "Oberst Karl Weber leitet die Übung seit März.\n\n„Die Truppe ist bereit“, sagt der Oberst.\n",
     "Karl Weber"),
    (DE + "Der Polizist Jonas Brandt steht an der Brücke.\n\n„Hier kommt keiner durch“, sagt der junge "
     "Polizist.\n", "Jonas Brandt"),
    (ES + "El ministro de Hacienda, Tomás Ferreira, llegó temprano.\n\n“No habrá nuevos impuestos”, "
     "afirmó el ministro.\n", "Tomás Ferreira"),
    (ES + "Tomás Ferreira, ministro de Hacienda, llegó temprano.\n\n“No habrá nuevos impuestos”, "
     "afirmó el ministro.\n", "Tomás Ferreira"),
    (FR + "L'anthropologue Lucien Marbot étudie les villes.\n\nL'anthropologue explique : « Les quartiers "
     "vivent. »\n", "Lucien Marbot"),
    (PT + "A senadora Helena Duarte votou contra o texto.\n\n“Faltam remédios e faltam enfermeiros no posto”, disse a senadora.\n",
     "Helena Duarte"),
])
def test_a_role_word_is_the_one_person_named_with_it(body, speaker):
    assert _speakers(body)[-1][0] == speaker


@pytest.mark.parametrize("body", [
    DE + "Oberst Karl Weber und Oberst Paul Lenz leiten die Übung.\n\n„Die Truppe ist bereit“, sagt der Oberst.\n",
    DE + "Die Übung läuft seit März.\n\n„Die Truppe ist bereit“, sagt der Landwirt.\n",
    DE + "Auch Oberst Karl Weber war dort. Danach sprach Anna Roth lange mit Paul Lenz.\n\n„Die Truppe "
         "ist bereit“, sagt der Oberst.\n",
    ES + "La ciudad de San Lorenzo celebró la fiesta.\n\n“Fue un éxito”, dijo la ciudad.\n",
])
def test_a_role_word_given_to_no_one_or_to_two_is_no_ones(body):
    assert _speakers(body)[-1][0] is None
