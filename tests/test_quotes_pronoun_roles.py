"""Whom "er"/"sie", "il"/"elle", "ele"/"ela" stand for when the sentence before calls its
subject by a role (role_subjects.role_antecedent), and a titled full name named once as the one
person a sentence names (implied.sole_person_in). Made-up sentences, grouped by rule (issue 16)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.role_subjects import opening_role, role_in

DE = "Die Stadt hat am Montag den neuen Haushalt vorgestellt und die Opposition ist nicht zufrieden damit.\n"
FR = "Le gouvernement a présenté lundi le nouveau budget et les députés ne sont pas contents du vote.\n"
PT = "O governo apresentou na segunda-feira o novo orçamento e a oposição não ficou contente com a votação.\n"
LEAD = {"de": DE, "fr": FR, "pt": PT}


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], LEAD[lang] + body, lang)]


# role_antecedent: the role after the verb is the one person the sentence before names, if
# the role's article agrees with the pronoun.
@pytest.mark.parametrize("body, lang, speaker", [
    ("Im Rathaus arbeitete Bürgermeisterin Greta Vollmann zwanzig Jahre lang. Viele Jahre leitete "
     "die Ministerin den Ausschuss. „Wir haben viel erreicht“, sagte sie.", "de", "Greta Vollmann"),
    ("Dort arbeitete Direktor Jonas Albrecht zehn Jahre lang. Viele Jahre leitete "
     "der Trainer die Mannschaft. „Wir haben viel erreicht“, sagte er.", "de", "Jonas Albrecht"),
    # the role's gender does not agree with the pronoun's: "er" is the man named before, not her
    ("Dort arbeitete Direktor Jonas Albrecht zehn Jahre lang. Viele Jahre leitete "
     "die Ministerin den Ausschuss. „Wir haben viel erreicht“, sagte er.", "de", "Jonas Albrecht"),
    # two people in the sentence before: null rather than a guess
    ("Dort trafen sich Direktor Jonas Albrecht und Professor Lukas Brenner im Mai. Lange leitete "
     "der Trainer die Mannschaft. „Wir haben viel erreicht“, sagte er.", "de", None),
    ("Au Sénat siégeait la sénatrice Claire Morvan depuis dix ans. Longtemps, la ministre a dirigé "
     "la commission. « Nous avons beaucoup fait », a-t-elle dit.", "fr", "Claire Morvan"),
    ("Au Sénat siégeait la sénatrice Claire Morvan depuis dix ans. Longtemps, le ministre a dirigé "
     "la commission. « Nous avons beaucoup fait », a-t-elle dit.", "fr", "Claire Morvan"),  # not "le ministre"
    ("No Senado trabalhou o senador Paulo Arantes por dez anos. Durante anos o ministro dirigiu a "
     "comissão. “Fizemos muito”, disse ele.", "pt", "Paulo Arantes"),
])
def test_role_subject_stands_for_the_one_person_before(body, lang, speaker):
    assert _speakers(body, lang)[-1] == speaker


@pytest.mark.parametrize("sentence, lang, gender, role", [
    ("Lange leitete die Ministerin den Ausschuss.", "de", "f", "die Ministerin"),
    ("Lange leitete der Ex-Profi die Mannschaft.", "de", "m", "der Ex-Profi"),
    ("Er dankte der Ministerin für alles.", "de", "f", None),  # a dative, no subject
    ("Lange leitete der Trainer die Mannschaft.", "de", "f", None),  # the other gender first
    ("Longtemps, la ministre a dirigé la commission.", "fr", "f", "la ministre"),
    ("Durante anos o ministro dirigiu a comissão.", "pt", "m", "o ministro"),
    ("Durante anos o ministro dirigiu a comissão.", "en", "m", None),
])
def test_role_in(sentence, lang, gender, role):
    with use(lang):
        assert role_in(sentence, 0, len(sentence), gender) == role


# sole_person_in: a full name after a title is someone, though the article names it once.
@pytest.mark.parametrize("body, lang, speaker", [
    ("Wir haben den Chemiker, Professor Anton Reiser von der Universität, gefragt: „Das ist "
     "solide Arbeit, aber noch kein Durchbruch für die Industrie“, kommentierte er die Anfrage.",
     "de", "Anton Reiser"),
    ("Ouvimos o pesquisador, professor Marcos Ribeiro da universidade. “É um trabalho sólido, mas "
     "ainda não é uma revolução”, respondeu ele.", "pt", "Marcos Ribeiro"),
])
def test_titled_name_named_once(body, lang, speaker):
    assert _speakers(body, lang)[-1] == speaker


# mood_before.subject_before: a partial quote in Konjunktiv I with no quote credited before it
# reports the person the sentence before is about (German only).
@pytest.mark.parametrize("body, speaker", [
    ("Professorin Helga Brandt bleibt skeptisch. Sie hält den Plan für verfrüht. Aber das heiße nicht, "
     "»dass wir das Projekt einfach aufgeben«.", "Helga Brandt"),
    ("Direktor Jonas Albrecht bleibt skeptisch. Er hält den Plan für verfrüht. Doch das heiße nicht, "
     "»dass wir das Projekt einfach aufgeben«.", "Jonas Albrecht"),
    ("Direktor Jonas Albrecht hat Zweifel am Plan der Stadt. Aber das heiße nicht, "
     "»dass wir das Projekt einfach aufgeben«.", "Jonas Albrecht"),
    # the quote's sentence has a subject of its own: not the person before
    ("Direktor Jonas Albrecht hat Zweifel am Plan der Stadt. Die Verwaltung sei aber bereit, "
     "»das Projekt gründlich zu prüfen«.", None),
    # "Sie" with a plural verb: they, no one person
    ("Direktor Jonas Albrecht traf die Anwohner. Sie halten den Plan für verfrüht. Aber das heiße nicht, "
     "»dass wir das Projekt einfach aufgeben«.", None),
])
def test_reported_mood_after_a_sentence_about_someone(body, speaker):
    assert _speakers(body, "de")[-1] == speaker


# surname_forms.given_before_particle: "Lotte (von) Tobisch-Labotyn" is the fullest form of "Tobisch".
def test_given_name_before_a_bracketed_particle():
    body = ("Mit vollem Namen hieß sie Marta (von) Keller-Brandau. Später zog Keller nach Wien. "
            "„Ich habe nie zurückgeschaut“, erzählte Keller.")
    assert _speakers(body, "de")[-1] == "Marta Keller-Brandau"


@pytest.mark.parametrize("body", [
    # a sentence that opens on a phrase, not a person; "man": a body's voice, no one person
    "Im Laufe des Jahres fiel der Umsatz der Firma Brandt stark. Man habe »harte Schritte« eingeleitet.",
    "Im Laufe des Jahres fiel der Umsatz der Firma Brandt stark. Aber das heiße nicht, »dass alles verloren ist«.",
])
def test_reported_mood_names_no_phrase(body):
    assert _speakers(body, "de")[-1] is None


# colon_de._pronoun_after_phrase: the pronoun after the verb of a colon lead-in that opens on
# a phrase, read from the sentences before.
@pytest.mark.parametrize("body, speaker", [
    ("Professorin Helga Brandt leitete das Institut zwanzig Jahre lang. Und trotz allem Erfolg war sie "
     "manchmal auch müde: „Ich hätte gern mehr Zeit für die Familie gehabt.“", "Helga Brandt"),
    ("Direktor Jonas Albrecht leitete das Institut zwanzig Jahre lang. Nach dem Abschied war er "
     "oft nachdenklich: „Ich hätte gern mehr Zeit für die Familie gehabt.“", "Jonas Albrecht"),
    # a subject of its own before the verb: not this rule's
    ("Direktor Jonas Albrecht leitete das Institut zwanzig Jahre lang. Der Reporter fragte ihn "
     "nachdenklich: „Hätten Sie gern mehr Zeit für die Familie gehabt?“", None),
    # a plural verb: "sie" are they
    ("Direktor Jonas Albrecht leitete das Institut zwanzig Jahre lang. Nach dem Abschied waren sie "
     "oft nachdenklich: „Wir hätten gern mehr Zeit gehabt.“", None),
])
def test_colon_lead_in_with_a_pronoun_after_the_verb(body, speaker):
    assert _speakers(body, "de")[-1] == speaker


# implied._person_before with role_subjects.opening_role: a verb with no subject after a sentence
# that opens on a role ("O parlamentar é contrário ...") is the role's holder, if the article gave
# the role to one person; otherwise null.
@pytest.mark.parametrize("body, lang, speaker", [
    ("O pedido é do senador Paulo Arantes, que quer ouvir o ministro. O parlamentar é contrário ao "
     "projeto. “Isso não resolve nada para ninguém”, justifica.", "pt", "Paulo Arantes"),
    ("El pedido es del senador Pablo Arrieta, que quiere escuchar al ministro. El legislador es "
     "contrario al proyecto. «Esto no resuelve nada para nadie», justificó.", "es", "Pablo Arrieta"),
    # two legislators named: no one
    ("O pedido é do senador Paulo Arantes e do senador Marcos Lima. O parlamentar é contrário ao "
     "projeto. “Isso não resolve nada para ninguém”, justifica.", "pt", None),
])
def test_dropped_subject_after_a_role(body, lang, speaker):
    got = [q.speaker for q in extract_quotes("", [], body, lang)]
    assert got[-1] == speaker


@pytest.mark.parametrize("sentence, lang, role", [
    ("O parlamentar é contrário ao projeto.", "pt", "O parlamentar"),
    ("La ministre a tranché.", "fr", "La ministre"),
    ("Die Ministerin hat entschieden.", "de", "Die Ministerin"),
    ("Der Ministerin gefiel das nicht.", "de", None),  # a dative
    ("O projeto do parlamentar é ruim.", "pt", None),  # no role opens it
])
def test_opening_role(sentence, lang, role):
    with use(lang):
        assert opening_role(sentence, 0, len(sentence)) == role
