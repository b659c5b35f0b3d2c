"""French shapes of attribution, grouped by rule (issue 16): a phrase set off before the subject,
"selon lui" / "pour elle", two people joined by "et", the passive. Made-up sentences."""
from __future__ import annotations

import pytest
from tests.quote_probes import FR_LEAD, probes


_credit = probes(FR_LEAD, "fr")[0]  # (text, speaker, rule) of each quote after a French lead


# phrases.subject_of: an adverb, a preposition, a date or a participle opens the sentence and a
# comma closes it; the subject comes after ("Pourtant, ...", "Le 3 mai, Jean Morel ...").
@pytest.mark.parametrize("body, speaker", [
    # A date opens the sentence before the one the pronoun stands for.
    ("Le 3 mai, Jean Morel frappe un rival. Pour sa défense, il accuse Paul Roux d'« insultes racistes ».",
     "Jean Morel"),
    ("À la sortie du conseil, Anne Roy quitte la salle. Elle dénonce un « vote truqué ».", "Anne Roy"),
    # A participle: the pronoun after it is the subject, resolved to the woman named before.
    ("Sophie Martin est venue avec sa fille. Posée à la terrasse, elle s'inquiète : « On ne tiendra pas. »",
     "Sophie Martin"),
    # A name and its apposition is no opening phrase: the name is the subject.
    ("Jean Morel, député du Nord, répond : « Je ne partirai pas. »", "Jean Morel"),
    ("Interrogée par la presse, Claire Dubois a répondu : « Je reste. »", "Claire Dubois"),
])
def test_phrase_before_the_subject(body, speaker):
    assert _credit(body)[-1][1] == speaker


# shapes.lead_in: a description as the subject before a colon is someone else than the speaker
# of the quote before (null unless the article gave that role to someone), never inherited.
@pytest.mark.parametrize("body, speaker", [
    ("« Nous ne lâcherons rien », affirme Paul Durand. Assise près du portail, la jeune femme "
     "s'inquiète toutefois : « On ne tiendra pas longtemps. »", None),
    ("La ministre de la Culture, Claire Dubois, était à Lyon. La ministre explique : « On verra. »",
     "Claire Dubois"),
    # The sentence's first word is no speaker ("Pourtant", "Posée"): no mention of it.
    ("Le métier change. Pourtant, le salaire reste bas : « On ne tiendra pas. »", None),
])
def test_description_before_a_colon(body, speaker):
    text, got, rule = _credit(body)[-1]
    assert got == speaker
    assert rule != "previous_quote"


# rules_fr.pronoun_view: "selon lui", "pour elle" give the view of the person the pronoun stands
# for, read from the sentences before (never the sentence's own subject).
@pytest.mark.parametrize("body, speaker", [
    ("Claire Dubois a lu le rapport. Selon elle, la réforme est « une catastrophe ».", "Claire Dubois"),
    ("Claire Dubois a lu le rapport. Pour elle, « c'est une catastrophe ».", "Claire Dubois"),
    ("Marc Lenoir enseigne depuis vingt ans. Pourtant, le métier est pour lui une vocation : "
     "« J'ai choisi ce métier par passion. »", "Marc Lenoir"),
    ("Claire Dubois a lu le rapport. La hausse des prix illustrerait selon elle un « état de malaise ».",
     "Claire Dubois"),
    ("Marc Lenoir a lu le rapport. Anne Roy, pour lui, reste « la meilleure ».", "Marc Lenoir"),
])
def test_pronoun_view(body, speaker):
    text, got, rule = _credit(body)[-1]
    assert (got, rule) == (speaker, "pronoun_view")


@pytest.mark.parametrize("body", [
    # "pour elle" inside a clause is whom something is for, not whose view.
    "Claire Dubois a lu le rapport. Paul Roux a voté pour elle et parle d'une « belle victoire ».",
    # No one named before: the pronoun stands for no one known.
    "Pour elle, « c'est une catastrophe ».",
])
def test_pronoun_view_not_taken(body):
    text, got, rule = _credit(body)[-1]
    assert got is None or rule != "pronoun_view"
    assert got != "Claire Dubois"


# rules.lead_in_rule: two people joined by "et" before the verb speak together, neither alone;
# the quotes after inherit the pair, not the second name.
def test_two_people_joined_by_et():
    got = _credit("Les journalistes Anne Roy et Marc Lenoir rappellent que le texte a eu un « mais » : "
                  "le « guillemetgate ».")
    assert [g[1] for g in got] == [None, None]
    assert _credit("Anne Roy déclare : « Nous partons. »")[-1][1] == "Anne Roy"


# shapes.sentence_subject: a subject in the passive is acted on, no speaker of the words quoted.
@pytest.mark.parametrize("body, speaker", [
    ("Le 10 octobre, Yves Lévy a été nommé « conseiller d'État en service extraordinaire ».", None),
    ("Le 4 mai, Marie de Sarnez est mise en examen pour « détournement de fonds publics ».", None),
    ("Le 4 mai, Anne Roy dénonce une « mascarade judiciaire ».", "Anne Roy"),
])
def test_passive_subject(body, speaker):
    assert _credit(body)[-1][1] == speaker


# extract: a new subject's quoted word credited to no one ends the run of the speaker before.
def test_uncredited_word_ends_the_run():
    got = _credit("Le 3 mai, Jean Morel frappe un rival. Pour sa défense, il accuse Paul Roux "
                  "d'« insultes ».\nLe 27 septembre, Mediapart publie un article. Anne Roy, une des "
                  "premières « marcheuses », est « visée par une enquête », peut-on lire.")
    assert got[0][1] == "Jean Morel"
    assert got[-1][1] != "Jean Morel"


# rules_fr.without_department: the department of a title before a name is no part of the name.
@pytest.mark.parametrize("body, speaker", [
    ("La ministre des Sports Laura Bernard annonce sa démission pour des « raisons personnelles ».",
     "Laura Bernard"),
    ("Le ministre de la Santé Roman Novak a déclaré : « Je reste. »", "Roman Novak"),
    ("« Je reste », a déclaré le ministre de la Santé Roman Novak.", "Roman Novak"),
    ("Le président de la République Paul Roux estime que la loi est « injuste ».", "Paul Roux"),
    ("« Je reste », a déclaré la ministre des Sports, Laura Bernard.", "Laura Bernard"),
    ("« Je reste », a déclaré Paul Roux, président de France Télévisions.", "Paul Roux"),
])
def test_department_before_the_name(body, speaker):
    assert _credit(body)[-1][1] == speaker


# rules_fr.read_in: "peut-on lire" after a quote: a publication's words, never the speaker before;
# the outlet's when its paragraph says it published or revealed them (read_in_outlet, stop 50).
def test_read_in_a_publication():
    got = _credit("La ministre Laura Bernard annonce sa démission pour des « raisons personnelles ». "
                  "Mediapart révèle ces « raisons » : « Le fisc a saisi la commission », peut-on lire.")
    assert got[0][1] == "Laura Bernard"
    assert got[-1][1:] == ("Mediapart", "read_in_outlet")
    got = _credit("La ministre Laura Bernard annonce sa démission pour des « raisons personnelles ». "
                  "« Le fisc a saisi la commission », peut-on lire.")
    assert got[-1][1:] == (None, "read_in")


# rules_fr.listed_quote: quotes in a list share the attribution right after the last one.
@pytest.mark.parametrize("body, speakers", [
    ("Laura Roy analyse la radio des années 70 : « une voix douce », « intime et rieuse » selon "
     "Anne Dubois.", ["Anne Dubois", "Anne Dubois"]),
    ("Le texte est jugé « injuste » et « inutile », a déclaré Paul Roux.", ["Paul Roux", "Paul Roux"]),
    # No attribution after the list: the writer's words, no one's.
    ("Qu'ils soient « gilets jaunes » ou « gilets rouges », syndiqués ou non.", [None, None]),
])
def test_listed_quotes(body, speakers):
    assert [g[1] for g in _credit(body)] == speakers
