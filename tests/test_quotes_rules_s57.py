"""Speakers, stop 57 (issue 16): each case in our own words.

The shapes come from five batteries of whole made-up articles written the way outlets of each
kind write (bench/battery, set 1: English hard news and features, German, Spanish and Portuguese,
French; 845 quotes annotated by the guide before they were run). Three adversarial reads (92, 71
and 38 passages made worse by a first, second and third version) narrowed each English edit or
made us drop it; their traps stay here.

Kept:

- A relative named after a possessive pronoun of the other sex, who says something there, is the
  "he" or "she" that follows ("Her son, Daniel Lind, said …. “…,” he said."; was no one:
  kin_named.pronoun_owner), unless the paragraph names before it someone who may be that pronoun
  (a first name of that sex or one the lists do not hold: "Detective Mark Dunn said …"); "said
  to have been", "said by police" and "called police" are no saying. A relative who speaks is no
  relative who is gone ("said she died peacefully": kin_named_subject).
- French "« … », explique-t-elle à Paul Girard": the inverted pronoun speaks, not the one spoken to
  (was "t-elle à Paul Girard"; trailing.after_quote).
- French "a déclaré l’Élysée dans …", "selon l’Insee,", "l’OMS lundi": a name after its elided
  article when the name ends there (subjects_fr.elided_name): an acronym or one of a few
  institutions' one-word names; not "l’Union européenne" (cut), a national ("l’Allemand"), a
  region nor a nickname ("l’Ogre").
- A headline's one-word speaker that is a word for people the body writes in lower case
  ("Survivor: “…”") is no one (common_words.headline_common_word); "Labour", "Target", "Rose" stay.
- "the company" after sentences of its paragraph that go on about it by its first word or an "It"
  that speaks (subject_company), not past a second company.
- "a commission spokeswoman" for the body the sentence before opens on, alone, with that head
  (kind_spokesperson.spokesperson_of_kind), none of its kind named shortly before.
- "<Name> has issued a statement calling … “…”" for a name that opens its sentence
  (kind_spokesperson.issuer_of_document), not one inside the subject ("The family of … Ann Lee").
- Honorifics of other English-speaking countries (Cllr, Alhaji, Madam, Mdm, Engr, Datuk) are no part
  of the name.

Dropped after the adversarial reads (their traps stay as tests): a name after a title of several
words read on to a third word ("Prime Minister Arif Mehmood Chaudhry": parties, places and
countries written after the name, "Narendra Modi India"), an English second surname ("Tomás
Arrieta Vidal" … "Arrieta": "Dua Lipa Glastonbury", "Cristiano Ronaldo Instagram"), and a name
the first-name lists do not hold, set off after a role word, as the next pronoun (its sex is not
known: "Olayemi Cardoso" with "she").
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _all(body: str, lang: str = "en") -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes("", [], body, lang)]


@pytest.mark.parametrize("body, speaker", [
    ("Her son, Daniel Lind, said the funeral would be on Friday. “She conducted right up to the end,” he said.",
     "Daniel Lind"),
    ("Her son, Daniel Osei-Lind, said she died peacefully at home. “She conducted right up to the end,” he said.",
     "Daniel Osei-Lind"),
    ("His daughter, Maria Lind, said the funeral would be on Friday. “He never stopped working,” she said.",
     "Maria Lind"),
])
def test_a_relative_named_after_a_pronoun_of_the_other_sex_is_the_pronoun(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1:] == (speaker, "direct")


@pytest.mark.parametrize("body", [
    # "his" may be the "he": the coach or his son (read45names)
    "Coach Tom Brant praised the team. His son, Luke Brant, scored twice. “It was a great game,” he said.",
    # a relative who is gone does not speak next
    "Coach Tom Brant praised the team. His late father, Mark Brant, was a miner. “It was a great game,” he said.",
])
def test_but_not_a_relative_of_the_same_sex_nor_one_who_is_gone(body: str) -> None:
    (found,) = _all(body)
    assert found[1] != "Luke Brant" and found[1] != "Mark Brant"


@pytest.mark.parametrize("body, speaker", [
    ("Anne Roux dirige la mairie depuis 2014. « Il faut agir », explique-t-elle à Paul Girard.", "Anne Roux"),
    ("Nathalie Combarieu dirige l’Observatoire. « Il faut agir », explique-t-elle au micro de Thibault Lenormand.",
     "Nathalie Combarieu"),
    ("Anne Roux dirige la mairie depuis 2014. « Il faut agir », dit-elle au Parisien.", "Anne Roux"),
    ("« Il faut agir », confie-t-elle à Paul Girard.", None),
    ("Anne Roux dirige la mairie depuis 2014. « Il faut agir », explique-t-il à Paul Girard.", None),
    ("Anne Roux dirige la mairie depuis 2014. « Il faut agir », explique-t-elle.", "Anne Roux"),
])
def test_french_an_inverted_pronoun_speaks_not_the_one_spoken_to(body: str, speaker: str | None) -> None:
    (found,) = _all(body, "fr")
    assert found[1:] == (speaker, "direct")


@pytest.mark.parametrize("body, speaker, kind", [
    ("« Nous ne céderons pas », a déclaré l’Élysée dans un communiqué.", "Élysée", "direct"),
    ("« Nous ne céderons pas », a déclaré l'Élysée dans un communiqué.", "Élysée", "direct"),
    ("Selon l’Insee, le chômage « repart à la hausse » depuis le printemps.", "Insee", "partial"),
    # an elided role stays a description: no name is read from it
    ("« Nous sommes inquiets », a confié l’entraîneur du club.", None, "direct"),
])
def test_french_a_name_after_its_elided_article(body: str, speaker: str | None, kind: str) -> None:
    (found,) = _all(body, "fr")
    assert found[1:] == (speaker, kind)


@pytest.mark.parametrize("title, body", [
    ("Survivor: “I thought I would die”", "A survivor of the crash spoke to reporters on Monday."),
    ("Residents: “We were not warned”", "Residents of the estate were angry. Several residents said no one called."),
])
def test_a_headlines_common_noun_is_no_speaker(title: str, body: str) -> None:
    (found,) = [q for q in extract_quotes(title, [], body, "en") if q.zone == "title"]
    assert found.speaker is None


@pytest.mark.parametrize("title, body, speaker", [
    # a name the article capitalizes inside a sentence, or gives a fuller name
    ("Nato: “We are ready”", "Talks with Nato ended on Monday. Nato said the alliance was united.", "Nato"),
    ("Macron: “We will not yield”", "Macron spoke in Lyon. Emmanuel Macron said the reform would pass.",
     "Emmanuel Macron"),
    # a short item that never writes the word in lower case keeps it
    ("Iran: “The text is unacceptable”", "Iran said the text could not be signed.", "Iran"),
])
def test_but_a_headlines_name_stays(title: str, body: str, speaker: str) -> None:
    (found,) = [q for q in extract_quotes(title, [], body, "en") if q.zone == "title"]
    assert found.speaker == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Larkspur Devices unveiled its new phone on Tuesday. In a blog post, Larkspur explained the decision "
     "to drop the charger. “Most of our customers already own one,” the company wrote.", "Larkspur Devices"),
    ("Brightwell Foods recalled two brands of soup on Friday. It said no one had fallen ill. "
     "“We are acting out of caution,” the company said.", "Brightwell Foods"),
])
def test_the_company_after_sentences_that_go_on_about_it(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1] == speaker


@pytest.mark.parametrize("body", [
    # the sentence between is about someone else
    "Larkspur Devices unveiled its new phone on Tuesday. In a blog post, a rival explained the decision. "
    "“Most of our customers already own one,” the company wrote.",
    # the company of an earlier paragraph, past a sentence about it in this one
    "Larkspur Devices unveiled its new phone on Tuesday.\nIn a blog post, Larkspur explained the decision. "
    "“Most of our customers already own one,” the company wrote.",
])
def test_but_not_past_a_sentence_about_another_or_a_paragraph(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


@pytest.mark.parametrize("body, speaker", [
    ("The Halvard Electoral Commission published its latest estimate on Sunday. A commission spokeswoman "
     "described the turnout as “exceptional by any standard”.", "Halvard Electoral Commission"),
    ("The U.S. State Department said it was following events closely. “We urge restraint on all sides,” "
     "a department spokesperson said.", "U.S. State Department"),
    ("The Health Ministry said on Monday the clinics would close. “Nobody will lose care,” a ministry "
     "spokesman said.", "Health Ministry"),
])
def test_a_spokesperson_of_the_kind_of_body_named_before(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1] == speaker


@pytest.mark.parametrize("body", [
    "The Health Ministry and the Finance Ministry met on Monday. “Talks were useful,” a ministry spokesman said.",
    "“Talks were useful,” a ministry spokesman said.",
    "The city of Dorvan closed the bridge. “It is unsafe,” a city spokesman said.",
])
def test_but_no_body_or_two_of_that_kind_is_no_one(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


@pytest.mark.parametrize("body, speaker", [
    ("The Northern Shipowners' Association has issued a statement warning that the levy “risks pushing "
     "cargo to other ports”.", "Northern Shipowners' Association"),
    ("Halvard First has put out a statement calling the exit poll “a fantasy”.", "Halvard First"),
    ("Ukraine's Foreign Ministry has issued a statement calling the strike “a war crime”.",
     "Ukraine's Foreign Ministry"),
    ("Senator Ann Lee has issued a statement calling the bill “cruel”.", "Ann Lee"),
])
def test_a_statement_issued_by_the_sentences_subject(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1:] == (speaker, "partial")


@pytest.mark.parametrize("body", [
    "Lawyers for Tom Hale have issued a statement calling the verdict “a travesty”.",
    "The company has issued a statement calling the claims “false”.",
])
def test_but_not_a_name_inside_the_subject_nor_no_name(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


@pytest.mark.parametrize("body, speaker", [
    ("Tom Hale Monday announced the plan. “It is over,” Hale said.", "Tom Hale"),
    ("She appeared on The Rachel Maddow Show on Monday. “It is over,” Maddow said.", "Rachel Maddow"),
    ("Gloria Estefan Miami concert was cancelled. She had flown in from Miami. “It is over,” Estefan said.",
     "Gloria Estefan"),
])
def test_but_not_a_day_a_show_or_a_place(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1] == speaker


# The second read (an adversarial reader, 92 passages where a first version gave a wrong name or a
# worse one): each edit mended, its traps kept here.
@pytest.mark.parametrize("body, speaker", [
    ("Prime Minister Ann Lee Tuesday announced a new budget. “It is fair,” the prime minister said.", "Ann Lee"),
    ("Deputy Minister Tom Hale Labour's candidate, lost his seat. “It is over,” the deputy minister said.",
     "Tom Hale"),
    ("In a call with Prime Minister Ann Lee President Tom Hale agreed to talks. “We are close,” the prime "
     "minister said.", "Ann Lee"),
    ("Vice President Ann Lee U.S. troops will stay. “We are close,” the vice president said.", "Ann Lee"),
])
def test_second_read_a_titles_name_stops_before_what_is_no_name(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1] == speaker


@pytest.mark.parametrize("body", [
    "Police Chief Tom Hale said the victim, Ann Lee, 34, was found on Sunday. Her brother, Mark Lee, identified "
    "the body. “This is a tragic case,” he said.",
    "Coach Tom Brant praised Ann Lee after the match. Her brother, Mark Lee, scored twice. “It was a great game,” he said.",
    "Ann Lee, 81, died on Monday. Her husband, Tom Hale, said to have been her rock, died in 2010. “She was strong,” he said.",
])
def test_second_read_a_relative_who_does_not_speak_leaves_the_pronoun_open(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


@pytest.mark.parametrize("body", [
    "« Le dossier est clos », a affirmé l’Union européenne mardi.",
    "« Le dossier est clos », a affirmé l’Union des industries chimiques mardi.",
    "Thomas Müller a marqué deux fois. « Je suis heureux », a confié l’Allemand.",
    "« C'était dur », a reconnu l’Ivoirien Didier Drogba.",
])
def test_second_read_french_no_cut_name_nor_national_after_the_elided_article(body: str) -> None:
    (found,) = _all(body, "fr")
    assert found[1] not in ("Union", "Allemand", "Ivoirien Didier Drogba", "Ivoirien")


@pytest.mark.parametrize("title, body, speaker", [
    ("Labour: “We will scrap the tax”", "Labour pledged to scrap it. Farmers have warned of labour shortages.",
     "Labour"),
    ("Target: “We are cutting prices”", "Target said sales fell. The chain missed its sales target.", "Target"),
    ("Rose: “I am not leaving”", "Rose told reporters she would stay. Ticket prices rose 5%.", "Rose"),
])
def test_second_read_a_headline_name_that_is_also_a_word_stays(title: str, body: str, speaker: str) -> None:
    (found,) = [q for q in extract_quotes(title, [], body, "en") if q.zone == "title"]
    assert found.speaker == speaker


@pytest.mark.parametrize("body", [
    "After Health Ministry figures showed a rise, the clinics closed. “Nobody will lose care,” a ministry spokesman said.",
    "Russia's Foreign Ministry summoned the ambassador on Monday.\nIn Kyiv, officials were defiant. “We will not be "
    "intimidated,” a ministry spokesman said.",
    "Ann Lee left the Conservative Party last year and joined Reform. “She is welcome,” a party spokesman said.",
    "The lawyer representing Tom Hale has issued a statement calling the verdict “a travesty”.",
])
def test_second_read_a_spokesperson_or_statement_of_a_body_named_in_passing(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


@pytest.mark.parametrize("body, speaker", [
    ("Tom Brady Patriots fans cheered. “It is over,” Brady said.", "Tom Brady"),
    ("Ann Lee Brazilian striker was there. “It is over,” Lee said.", "Ann Lee"),
    ("The final was held at the Ana Ruiz Stadium on Sunday. “It is over,” Ruiz said.", "Ana Ruiz"),
    ("Meanwhile Tom Hale has issued a statement. “It is cruel,” Hale said.", "Tom Hale"),
])
def test_second_read_no_second_surname_that_is_no_name(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1] == speaker


def test_french_an_elided_name_before_a_day() -> None:
    (found,) = _all("« Le dossier est clos », a déclaré l’OMS lundi.", "fr")
    assert found[1] == "OMS"


@pytest.mark.parametrize("body", [
    "Ann Lee, 60, was found dead on Monday. Her son, Daniel Lind, said by police to have fled the scene, was "
    "arrested on Tuesday. “We have our man,” he said.",
    "Detective Mark Dunn said Ann Lee was shot at close range. Her husband, Tom Lee, said she had no enemies. "
    "“We are looking for a white van,” he said.",
    "Larkspur Devices sued Brightwell Foods on Monday. It is the third such suit this year. “The claims are "
    "baseless,” the company said.",
    "Larkspur Devices lost a lawsuit to Brightwell Foods. It must pay $10m in damages. “Justice has been served,” "
    "the company said.",
    "The Health Ministry said 40 people had died, a figure the Interior Ministry disputed. “The numbers are "
    "wrong,” a ministry spokesman said.",
    "Oxford University beat Cambridge University in the boat race. “We will be back next year,” a university "
    "spokesman said.",
    "Reform Party leader Nigel Farage said the Tories were finished. “Voters will decide,” a party spokesman said.",
    "Its manager, Yiannis Kostaras, pours coffee while his wife bakes. “Nobody leaves hungry,” she says.",
])
def test_third_read_no_name_where_the_passage_leaves_it_open(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


@pytest.mark.parametrize("body", [
    "The family of murdered schoolgirl Ann Lee have released a statement describing her as “a shining light”.",
    "Only one Republican has issued a statement calling the attack “unacceptable”.",
])
def test_third_read_a_statement_of_a_name_inside_the_subject_is_no_ones(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


@pytest.mark.parametrize("body, speaker", [
    ("Dua Lipa Glastonbury set was a triumph. “It was magic,” Lipa said.", "Dua Lipa"),
    ("Carlos Alcaraz Wimbledon title defence begins on Monday. “I am ready,” Alcaraz said.", "Carlos Alcaraz"),
])
def test_third_read_no_second_surname_nor_place_in_the_name(body: str, speaker: str) -> None:
    (found,) = _all(body)
    assert found[1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Liberal Democrat group leader Cllr Fiona Marchbank said the plan “will turn the town grey”.", "Fiona Marchbank"),
    ("“These rules are long overdue,” said Madam Rosnah Ismail, 58, a retiree.", "Rosnah Ismail"),
    ("The chairman of the association, Alhaji Sani Danjuma-Kwari, said prices would “keep rising”.",
     "Sani Danjuma-Kwari"),
    ("“Order, order,” said Madam Speaker.", None),
])
def test_honorifics_of_other_english_speaking_countries_are_no_part_of_the_name(body: str, speaker: str | None) -> None:
    (found,) = _all(body)
    assert found[1] == speaker


@pytest.mark.parametrize("body", [
    "Senior Conservative MPs have issued a statement calling the plan “reckless”.",
    "The Federal Trade Commission fined Larkspur on Monday.\nThe European Commission is expected to follow. "
    "“We are cooperating,” a commission spokeswoman said.",
    "Inspector Olumide Bakare said the boy was found on Sunday. His mother, Ada Obi, said he had run away. "
    "“We searched everywhere,” she said.",
])
def test_fourth_read_groups_two_bodies_and_unknown_first_names_leave_it_open(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


# The final read (27 French and German, 8 Spanish, Portuguese and English passages made worse).
@pytest.mark.parametrize("body", [
    "“Buy fresh,” said Madam. She sells vegetables in the market.",
    "“Buy fresh,” said Senator. She sells vegetables in the market.",
    "Angry Lagos Traders have issued a statement calling the ban “wicked”.",
])
def test_final_read_no_pronoun_nor_group_is_a_name(body: str) -> None:
    (found,) = _all(body)
    assert found[1] is None


@pytest.mark.parametrize("lang, body", [
    ("es", "El entrenador del Barcelona, Hansi Flick, elogió al equipo.\n\n«Fue un error del árbitro», dijo el "
           "técnico del Real Madrid."),
    ("pt", "O presidente da Junta de Freguesia de Campanhã, Ernesto Santos, pediu mais policiamento.\n\n“Aqui "
           "ninguém nos ouve”, disse o autarca de Lisboa."),
    ("pt", "O presidente da Câmara Municipal de Sintra, Marco Almeida, visitou a escola.\n\n“Faltam professores”, "
           "disse o autarca de Cascais."),
])
def test_final_read_a_role_of_another_club_or_town_is_not_the_holder_named(lang: str, body: str) -> None:
    (found,) = _all(body, lang)
    assert found[1] is None


# A last second reader of the code found these.
def test_an_opening_phrase_of_time_or_place_is_no_one_named_before() -> None:
    body = "In March the river rose. Her son, Daniel Lind, said she died. “It was awful,” he said."
    (found,) = _all(body)
    assert found[1] == "Daniel Lind"


@pytest.mark.parametrize("body, speaker", [
    ("The Ministry of Health said on Monday the clinics would close. “Nobody will lose care,” a ministry "
     "spokesman said.", "Ministry of Health"),
    ("The Ministry said on Monday the clinics would close. “Nobody will lose care,” a ministry spokesman said.",
     None),
])
def test_a_spokesperson_of_a_ministry_named_with_of(body: str, speaker: str | None) -> None:
    (found,) = _all(body)
    assert found[1] == speaker
