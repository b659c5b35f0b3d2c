"""French: speech verbs of every tense an article uses, "d'après X", and whom "il"/"elle" or "la
jeune femme" stands for across paragraphs, headings and sections (issue 16). Grouped by rule,
made-up sentences."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import lexicon_fr
from newsbeam.transforms.quotes.gender_fr import noun_gender, stated_gender
from newsbeam.transforms.quotes.language import LANGUAGES
from tests.quote_probes import FR_LEAD, probes

_credit = probes(FR_LEAD, "fr")[0]  # (text, speaker, rule) of each quote after a French lead


# lexicon_fr.CUES: a verb's present, passé composé, passé simple and imparfait, and the form an
# incise inverts.
@pytest.mark.parametrize("body", [
    "« On verra », poursuivait Paul Roux.",
    "« On verra », rétorqua Paul Roux.",
    "« On verra », a nuancé Paul Roux.",
    "« On verra », répliquent Paul Roux et Anne Roy.",
    "« On verra bien, sourit-il. Rien ne presse. »",
    "« Jamais », a juré Paul Roux devant la presse.",
])
def test_speech_verbs_of_every_tense(body):
    got = _credit(body)
    assert got[0][2] in ("after_quote", "inverted_pronoun", "inner_incise")


@pytest.mark.parametrize("word", ["lance", "note", "demande", "critique", "emporte", "relève", "évoque"])
def test_nouns_and_english_words_are_no_cues(word):
    assert word not in lexicon_fr.CUES
    assert word not in LANGUAGES["fr"].cues


def test_every_verb_line_is_a_verb_and_forms():
    for line in lexicon_fr._VERBS.strip().splitlines():
        verb, forms = line.split(":", 1)
        assert verb.strip() and forms.split(), line


# shapes.lead_in, "d'après X" opening a sentence: X's words, as "selon X".
@pytest.mark.parametrize("body, speaker", [
    ("D’après Marie Dupont, « la réforme sera votée avant l'été ».", "Marie Dupont"),
    ("D'après Marie Dupont, la réforme sera « votée avant l'été ».", "Marie Dupont"),
    ("D’après le rapport, la réforme sera « votée avant l'été ».", None),
])
def test_dapres_opening_a_sentence(body, speaker):
    assert _credit(body)[-1][1] == speaker


# rules_fr.pronoun_view: a speaker named after "selon lui", with a verb of her own, says the words.
@pytest.mark.parametrize("body, speaker, rule", [
    ("Paul Roux a lu le rapport. Selon lui, la ministre Claire Dubois a déclaré : « Nous ne céderons pas. »",
     "Claire Dubois", "lead_in"),
    ("Claire Dubois a lu le rapport. Selon elle, la réforme est « une catastrophe ».", "Claire Dubois",
     "pronoun_view"),
])
def test_pronoun_view_yields_to_a_named_speaker(body, speaker, rule):
    assert _credit(body)[-1][1:] == (speaker, rule)


# rules_fr.no_subject: a phrase that opens on a preposition after a quote is never its speaker.
def test_a_preposition_opens_no_subject():
    got = _credit("« Je n'ai enfreint aucune règle », a estimé Paul Roux, soulignant que la rencontre "
                  "a eu lieu dans les « espaces privés » du bâtiment de la mairie, comme il l'avait reconnu.")
    assert [g[1] for g in got] == ["Paul Roux", "Paul Roux"]
    got = _credit("Le projet de « contre-comité » des réformes Blanquer lancé par la coordination a été "
                  "reconnu comme un élément important.")
    assert got[0][1] is None


# pronouns_intl: "il"/"elle" in a paragraph that names no one is the one quoted in the
# paragraphs just before, headings skipped, if no one else is named since.
@pytest.mark.parametrize("body, speaker", [
    ("Antoine, 32 ans, est chargé de cours. « Je suis très inquiet, glisse-t-il. Mon contrat ne sera "
     "pas renouvelé. »\nDes tensions avec la direction\nPourtant, l’enseignement est pour lui une "
     "vocation : « J’ai choisi ce métier par passion. »", "Antoine"),
    ("« Nous tiendrons », affirme Paul Roux, cheminot.\nLa grève est entrée lundi dans sa troisième "
     "semaine. « Rien ne bougera, assure-t-il, sans un geste du ministre. »", "Paul Roux"),
    # Someone else named since: no one.
    ("« Je suis très inquiet », glisse Marc Lenoir devant la bibliothèque. Le recteur Paul Roux n'a pas "
     "répondu.\nDes tensions avec la direction\nPourtant, l’enseignement est pour lui une vocation : "
     "« J’ai choisi ce métier par passion. »", None),
    # A pronoun of the other gender than the article gives the one quoted: no one.
    ("« Nous tiendrons », affirme Paul Roux, militant.\nLa grève est entrée lundi dans sa troisième "
     "semaine. « Rien ne bougera », prévient-elle.", None),
])
def test_pronoun_after_the_paragraph_quoted(body, speaker):
    assert _credit(body)[-1][1] == speaker


# pronouns_intl: a section under its own heading that names one person in full is about them.
@pytest.mark.parametrize("body, speaker", [
    ("Paul Roux a parlé lundi.\nLe langage\nLes éditions du Seuil rééditent l’ouvrage de Jean Morel sur "
     "le langage.\nL’anthropologue utilise la pragmatique. « Il faudrait rendre grâce à la science, "
     "observe-t-il. Rien ne presse. »\nMorel prépare un autre livre.", "Jean Morel"),
    # Two people named in the section: no one.
    ("Le langage\nJean Morel répond à Anne Roy dans un livre.\nL’anthropologue utilise la "
     "pragmatique. « Il faudrait rendre grâce à la science », observe-t-il.\nMorel et Roy "
     "se connaissent.", None),
])
def test_pronoun_in_a_section_about_one_person(body, speaker):
    assert _credit(body)[-2 if speaker else -1][1] == speaker


# implied.described_person: "la jeune femme" as the subject right after a quote credited in the
# paragraph stands for that speaker, if the article shows the speaker's gender and it agrees;
# not after someone new.
@pytest.mark.parametrize("body, speaker", [
    ("« Il faut tenir », glisse Zineb, étudiante en lettres. Assise à la cafétéria, la jeune femme "
     "s’inquiète toutefois : « La priorité, ça reste la formation. »", "Zineb"),
    ("« Il faut tenir », glisse Paul Roux, étudiant. Assise à la cafétéria, la jeune femme "
     "s’inquiète : « La priorité, ça reste la formation. »", None),
    ("« Il faut tenir », glisse Zineb Haddad, étudiante. Son ami Paul Roux arrive. Assise à la "
     "cafétéria, la jeune femme s’inquiète : « La priorité, ça reste la formation. »", None),
    ("« Il faut tenir », dit Marc Lenoir, militant. Le philosophe ajoute : « Rien n'est joué. »",
     "Marc Lenoir"),
    # No gender shown for the one quoted: no one (rather null than wrong); a man's first name
    # shows it (first_names).
    ("« Il faut tenir », dit Dominique Lenoir. Le philosophe ajoute : « Rien n'est joué. »", None),
    ("« Il faut tenir », dit Marc Lenoir. Le philosophe ajoute : « Rien n'est joué. »", "Marc Lenoir"),
])
def test_described_person_after_a_quote(body, speaker):
    assert _credit(body)[-1][1] == speaker


@pytest.mark.parametrize("noun, gender", [
    ("étudiante", "f"), ("étudiant", "m"), ("députée", "f"), ("député", "m"), ("Mme", "f"), ("M", "m"),
    ("femme", "f"), ("homme", "m"), ("philosophe", None), ("maison", None),
])
def test_noun_gender(noun, gender):
    assert noun_gender(noun) == gender


@pytest.mark.parametrize("text, person, gender", [
    ("La députée Anne Roy a voté.", "Anne Roy", "f"),
    ("Paul Roux, 32 ans, chercheur, a voté.", "Paul Roux", "m"),
    ("Zineb, étudiante en lettres, a voté.", "Zineb", "f"),
    ("Mme Roy a voté.", "Roy", "f"),
    ("Paul Roux a voté.", "Paul Roux", None),
])
def test_stated_gender(text, person, gender):
    assert stated_gender(text, person) == gender


# after_quote / lead_in: a reflexive verb, its "s'" or "s'est" between the subject (or the mark)
# and the verb, and its feminine participle ("s'est indignée").
@pytest.mark.parametrize("body, speaker", [
    ("« C'est une honte », s'est exclamé Paul Roux.", "Paul Roux"),
    ("« C'est une honte », s’indigne la députée Anne Roy.", "Anne Roy"),
    ("« C'est une honte », s'est indignée la députée Anne Roy.", "Anne Roy"),
    ("Paul Roux s'est exclamé : « C'est une honte. »", "Paul Roux"),
])
def test_reflexive_verbs(body, speaker):
    assert _credit(body)[-1][1] == speaker


# rules_fr.inverted_pronoun: "s'est-il exclamé" (no "t" after "est"), an adverb before the
# participle; "est-il écrit" (impersonal) is no one's.
@pytest.mark.parametrize("body, speaker", [
    ("Paul Roux est venu. « C'est une honte », s'est-il exclamé.", "Paul Roux"),
    ("Anne Roy est venue. « C'est une honte, s’est-elle indignée. Nous partons. »", "Anne Roy"),
    ("Paul Roux est venu. « C'est une honte », a-t-il aussi estimé.", "Paul Roux"),
    ("Paul Roux est venu. « C'est une honte », est-il écrit.", None),
])
def test_inverted_reflexive_and_adverb(body, speaker):
    assert _credit(body)[0][1] == speaker


# rules.for_person with rules_fr.past_title: "Pour la députée Anne Roy, ..." is her view; "Pour
# la ville de Lyon", "Pour la jeune femme" name no one.
@pytest.mark.parametrize("body, speaker", [
    ("Pour la députée Anne Roy, « c'est une honte ».", "Anne Roy"),
    ("Pour le philosophe Jean Morel, la réforme est « injuste ».", "Jean Morel"),
    ("Pour la ville de Lyon, la réforme est « injuste ».", None),
    ("Pour la jeune femme, la réforme est « injuste ».", None),
])
def test_for_a_titled_person(body, speaker):
    assert _credit(body)[-1][1] == speaker
