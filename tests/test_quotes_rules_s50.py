"""Speakers, stop 50 (issue 16): each case in our own words.

- A body named after its members ("Americans for Prosperity", "Citizens for Fair Taxes",
  "Physicians for Human Rights", "Friends of the Earth") is the speaker whole; before, its "for"/"of"
  was read as where a person works and "Americans" spoke (crowds.py, names.is_person_like). A
  surname that ends in -s before where its bearer works ("Evans of the University of Leeds") stays
  a person; a crowd alone ("Americans said") names no one.
- A middle name no list of first names holds, before a nickname ("Tom Roe “Tig” Tiegan"), stays
  in the fullest name (nicknames._given).
- A peer's title of a place is what the article calls them by ("said the Duke of Kent" -> "Duke of
  Kent") where it gives them no other name; where it does, that name (resolve.peerage).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str = "en", title: str = "") -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, lang)]


def _last(body: str, lang: str = "en", title: str = "") -> str | None:
    return _speakers(body, lang, title)[-1]


# --- A body named after its members -------------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("“The levy hurts renters,” said Americans for Prosperity in a statement.", "Americans for Prosperity"),
    ("“The levy hurts renters,” Citizens for Fair Taxes said on Monday.", "Citizens for Fair Taxes"),
    ("“Nobody was treated,” said Physicians for Human Rights.", "Physicians for Human Rights"),
    ("“The river is dying,” said Friends of the Earth.", "Friends of the Earth"),
    ("“We want the books back,” Moms for Liberty said.", "Moms for Liberty"),
])
def test_body_named_after_its_members_speaks_whole(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body, speaker", [
    ("“The data are clear,” said Evans of the University of Leeds.", "Evans"),
    ("“The data are clear,” said Jones of Yale.", "Jones"),
    ("“The data are clear,” said Center for Fair Taxes.", "Center for Fair Taxes"),
])
def test_a_surname_in_s_before_its_employer_stays_a_person(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    "“We are tired of waiting,” Americans said in the poll.",
    "“We are tired of waiting,” Canadians told pollsters.",
])
def test_a_people_alone_names_no_one(body: str) -> None:
    assert _last(body) is None


# --- A middle name before a nickname -------------------------------------------------------------

def test_middle_name_no_list_holds_stays_before_a_nickname() -> None:
    body = "Tom Roe “Tig” Tiegan spoke at the rally. “We will win this,” Tiegan said."
    assert _last(body) == "Tom Roe Tiegan"


@pytest.mark.parametrize("body, speaker", [
    ("Senator Roe “Tig” Tiegan spoke at the rally. “We will win this,” Tiegan said.", "Roe Tiegan"),
    ("Marine John “Tig” Tiegen spoke. “We will win this,” Tiegen said.", "John Tiegen"),
])
def test_a_title_or_other_sex_before_a_nickname_is_no_given_name(body: str, speaker: str) -> None:
    assert _last(body) == speaker


# --- A peer's title ------------------------------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("The Duke of Kent opened the hall. “It is a great day,” said the Duke of Kent.", "Duke of Kent"),
    ("“It is a great day,” the Princess of Wales said at the opening.", "Princess of Wales"),
    ("The Earl of Wessex opened the hall. “It is a great day,” said the Earl of Wessex.", "Earl of Wessex"),
    ("Prince Edward, the Duke of Kent, opened the hall. “It is a great day,” said the Duke of Kent.",
     "Prince Edward"),
])
def test_a_peer_is_called_by_their_title(body: str, speaker: str) -> None:
    assert _last(body) == speaker


def test_an_office_no_one_holds_stays_no_one() -> None:
    assert _last("“Rates will hold,” said the Governor of the Bank of England.") is None


# --- "according to" an outlet after a sentence that names who spoke ------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Minister Jan Novak said he would resign “to protect the party,” according to the daily Pravda.", "Jan Novak"),
    ("Mayor Ruth Okafor told a radio station that the visitors “must stay away,” according to the Courier.",
     "Ruth Okafor"),
])
def test_the_outlet_after_a_sentence_naming_the_speaker_is_the_channel(body: str, speaker: str) -> None:
    assert _last(body) == speaker


def test_according_to_stays_the_source_when_no_one_else_is_named() -> None:
    assert _last("The plan is “a disaster,” according to Ann Lee.") == "Ann Lee"


# --- "compared with" is no verb of speech ---------------------------------------------------------

def test_compared_with_leaves_a_roundup_phrase_to_the_critic() -> None:
    body = ("The House spent hours on the inquiry, said Ann Lee in the Courier. But the party has lost interest, "
            "even though the sum amounts to “a rounding error” when compared with the rest.")
    assert _last(body) == "Ann Lee"


def test_compared_with_an_object_still_reports() -> None:
    assert _last("Tom Hale compared the press to “the enemy of the people.”") == "Tom Hale"


# --- Words named by what carries them, with its owner ---------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Senator Ann Lee wrote to the board. Lee’s letter called the plan “reckless and rushed.”", "Ann Lee"),
    ("Senator Ann Lee wrote to the board. Her letter called the plan “reckless and rushed.”", "Ann Lee"),
    ("Tom Hale’s statement described the vote as “a farce.”", "Tom Hale"),
    ("Tom Hale’s statement read: “We will appeal.”", "Tom Hale"),
    ("Tom Hale’s latest tweet read “We won.”", "Tom Hale"),
    ("Acme’s annual report warned of “material weakness.”", "Acme"),
    ("A message from Tom Hale assured members that he is “fully committed.”", "Tom Hale"),
    ("A letter from the Harbor Union called the offer “an insult.”", "Harbor Union"),
])
def test_words_are_their_carriers_owners(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    "Tom Hale’s lawyer called the ruling “absurd.”",
    "Tom Hale’s critics called the ruling “absurd.”",
    "A lawyer for Tom Hale called the ruling “absurd.”",
    "A letter from voters called the offer “an insult.”",
])
def test_an_owners_people_are_not_the_owner(body: str) -> None:
    assert _last(body) is None


# --- "the police" and a quote that is a verb's subject --------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("The Harbor Police arrested two men on Sunday. “The men were armed,” the police said.", "Harbor Police"),
    ("The U.K.’s Metropolitan Police has opened an inquiry. “Two men have been held,” the police said.",
     "Metropolitan Police"),
])
def test_the_police_are_the_one_force_named(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    "Police in Leeds arrested two men. “The men were armed,” the police said.",
    "The Harbor Police and the Dover Police arrested two men. “The men were armed,” the police said.",
    "The Harbor Police came at once. The bodies were found after a “young female relative” called the police.",
])
def test_the_police_with_no_one_force_named_or_called_is_no_one(body: str) -> None:
    assert _last(body) is None


def test_a_quoted_noun_phrase_is_the_subject_of_the_verb_after_it() -> None:
    assert _last("The bodies were found after a “young female relative” called Ann Lee.") is None
    assert _last("“Come here,” called Ann Lee.") == "Ann Lee"


# --- A body called by a like kind's word -----------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("The Harbor Space Research Commission (Harsco) said the launch failed. However, the agency said the "
     "report was “based on fabricated claims.”", "Harbor Space Research Commission"),
    ("The Food and Drug Administration approved the drug. “It is safe,” the agency said.", "Food and Drug Administration"),
    ("The Organisation of Coastal States added its voice. In a statement, the bloc said the claims were “fabricated.”",
     "Organisation of Coastal States"),
    ("The European Union imposed new tariffs. “This is a fair response,” the bloc said.", "European Union"),
])
def test_a_body_called_by_a_like_kinds_word(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    # another body of the kind, introduced after the named one
    "The Dover Board of Elections ruled first. But a harbor ballot commission was more careful. "
    "That, the commission said, “would be helpful.”",
    # two of them
    "The European Union and the African Union met. “We agree,” the bloc said.",
])
def test_a_like_kind_with_no_one_body_is_no_one(body: str) -> None:
    assert _last(body) is None


def test_a_person_and_a_body_joined_by_and_are_not_one_name() -> None:
    body = "President Tom Hale met officials. Hale and Justice Department officials met. “It is safe,” the department said."
    assert _last(body) == "Justice Department"


# --- A report's author as the subject of "published"; a list's first name --------------------------

@pytest.mark.parametrize("body, speaker", [
    ("The Harbor Council on Trade published a survey of 12 countries. Most respondents see the port as a "
     "partner. “The region is alone,” the report said.", "Harbor Council on Trade"),
    ("The Lowland Institute released its annual poll on Tuesday. “Trust has collapsed,” the report said.",
     "Lowland Institute"),
])
def test_the_report_is_its_publishers(body: str, speaker: str) -> None:
    assert _last(body) == speaker


def test_a_report_with_two_authors_named_is_no_ones() -> None:
    body = ("The Lowland Institute released its annual poll on Tuesday. The Harbor Trust published a report too. "
            "“Trust has collapsed,” the report said.")
    assert _last(body) is None


@pytest.mark.parametrize("body, speaker", [
    ("Chile, Peru and Bolivia said in a joint statement that the dam was “a shared responsibility.”", "Chile"),
    ("In a joint statement, Chile, Peru and Bolivia said the dam was “a shared responsibility.”", "Chile"),
    ("Norland, Vessia and Ostmark issued a statement on Monday, saying the dam was “a shared responsibility.”",
     "Norland"),
    ("Ann Lee and Tom Hale said the plan was “a shared responsibility.”", "Ann Lee"),
])
def test_a_list_of_speakers_gives_its_first(body: str, speaker: str) -> None:
    assert _last(body) == speaker


# --- "asked her": the one asked is the "she" after -------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Dana Whitfield runs the shelter alone. A volunteer once asked her why. “Someone has to,” she said.",
     "Dana Whitfield"),
    ("Tom Hale runs the shelter alone. A volunteer once asked him why. “Someone has to,” he said.", "Tom Hale"),
])
def test_an_unnamed_person_who_addresses_the_named_one_is_not_the_pronoun(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    "Dana Whitfield runs the shelter alone. A volunteer once lost her keys there. “Someone has to,” she said.",
    "Tom Hale runs the shelter alone. A spokesman for the union disagreed. “Someone has to,” he said.",
])
def test_an_unnamed_newcomer_stays_the_pronoun(body: str) -> None:
    assert _last(body) is None


# --- ", said The Guardian" after "that …" is inverted, not a relative clause's subject -----------------

def test_said_after_a_comma_closes_a_relative_clause_inverted() -> None:
    body = ("Several of the proposals target the “support systems” that surround carers, said The Harbor Times. "
            "These include specialist placements, “as an alternative to custody”.")
    assert _speakers(body) == ["Harbor Times", "Harbor Times"]
    assert _last("The “dirty tricks” that Ann Lee accused Tom Hale of were old.") == "Ann Lee"


# --- Verbs of stance the subject voices the words with --------------------------------------------

@pytest.mark.parametrize("body", [
    "Ann Lee pointed to the report as proof that the plan was “doomed from the start.”",
    "Ann Lee singled out the agency for allegedly “ignoring every warning.”",
    "Ann Lee doubled down on the importance of the “very close relationship” with Norland.",
    "Ann Lee pressed the minister for “a deal.”",
    "Ann Lee campaigned on a promise to “fix the roads first.”",
])
def test_a_stance_verb_gives_the_subject_the_words(body: str) -> None:
    assert _last(body) == "Ann Lee"


def test_the_noun_forms_of_those_verbs_voice_nothing() -> None:
    body = ("At one point, Tom Hale coached Ann Lee to “breathe, breathe.” That prompted Jo Roe to make a joke and "
            "call Ann Lee “very flexible,” a knock on her shifting positions.")
    assert _speakers(body)[-1] != "Tom Hale"


# --- A palace speaks; a police spokesperson speaks for the one force named --------------------------

def test_the_statement_of_a_palace_that_said() -> None:
    body = ("Harbor Palace said King Tomas will support police.\n"
            "“The King has made clear his concern,” the statement read.")
    assert _last(body) == "Harbor Palace"


@pytest.mark.parametrize("body, speaker", [
    ("Thames Vale Police confirmed the report. Last week, the same police force said it was reviewing it.\n"
     "“We are aware of reports,” a police spokesperson told the Courier.", "Thames Vale Police"),
    ("Police in Leeds arrested two men.\n“We are aware of reports,” a police spokesperson told the Courier.", None),
])
def test_a_police_spokesperson_speaks_for_the_one_force_named(body: str, speaker: str | None) -> None:
    assert _last(body) == speaker


# --- A closing attribution before a dash; a gerund after a preposition reports no one ----------------

def test_a_closing_attribution_ends_at_a_dash() -> None:
    body = ("Many fans “seemed genuinely moved” when the two stars appeared to fall for each other, said the "
            "Harbor Times – only for the affair to be revealed as a “sloppily executed” stunt.")
    assert _speakers(body) == ["Harbor Times", "Harbor Times"]


def test_a_gerund_after_a_preposition_leaves_the_paraphrase_to_its_source() -> None:
    body = ("Today’s stunts are less formally planned, marketing agent Ann Lee told the paper. The idea is to "
            "generate talk without explicitly confirming a romance: “never lie, but don’t rush to clarify either”.")
    assert _last(body) == "Ann Lee"
    body = ("Today’s stunts are less formally planned, marketing agent Ann Lee told the paper. Tom Hale then "
            "confirmed a romance: “never lie, but don’t rush to clarify either”.")
    assert _last(body) != "Ann Lee"


# --- Roundups: "asked X in Y", gerunds between; a named framework is scare -------------------------

def test_a_roundup_question_credits_the_critic() -> None:
    body = ("And why would the owner sell? asked Ann Lee in The Courier. If he does, he will be rewarded, and the "
            "bots may appear to be thinking and talking like humans, but if the owner has taught us anything, it’s "
            "that “billionaires are only benevolent until they’re not.”")
    assert _last(body) == "Ann Lee"


@pytest.mark.parametrize("body", [
    "Tom Hale advanced the “one country, two systems” framework in 1984.",
    "Ann Lee said the “zero tolerance” policy had failed.",
])
def test_a_quoted_name_of_a_framework_is_scare(body: str) -> None:
    quotes = extract_quotes("", [], body, "en")
    assert [(q.kind, q.speaker) for q in quotes] == [("scare", None)]


def test_a_named_framework_does_not_break_the_speakers_chain() -> None:
    body = ("“You take a model meant for one place and try it in another,” Tom Hale told the Courier on Monday, "
            "adding that the freedoms promised under the “one country, two systems” framework have all but "
            "disappeared. “Of course, the island feels like it’s next.”")
    assert _speakers(body) == ["Tom Hale", None, "Tom Hale"]


# --- A headline that opens on its quote, then a colon and a person ---------------------------------

def _title_speakers(title: str, body: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(title, [], body, "en") if q.zone == "title"]


def test_a_headline_quote_before_a_colon_is_the_person_after_it() -> None:
    assert _title_speakers("‘I Never Fail the People’: Prime Minister Ana Ruiz Doesn’t Plan to Quit",
                           "Prime Minister Ana Ruiz spoke on Monday.") == ["Ana Ruiz"]


@pytest.mark.parametrize("title, body", [
    ("‘That’s Our Territory’: Hale Uses Davos to Press His Claim", "Tom Hale spoke in Davos on Monday. Davos was cold."),
    ("‘Heartbreaking’: Fans React to Ana Ruiz Resignation", "Prime Minister Ana Ruiz spoke on Monday."),
])
def test_a_headline_quote_before_a_colon_and_no_person_the_body_names(title: str, body: str) -> None:
    assert _title_speakers(title, body) in ([None], [])


# --- "He" as a surname ---------------------------------------------------------------------------

def test_he_after_a_quotes_comma_is_the_person_surnamed_he() -> None:
    body = ("It was a day of pride for He Lanfang. In March, He, the founder of a robot maker, showed a new model.\n"
            "“At first, it made me sad,” He tells the Courier. “But later, I was proud.”")
    assert _speakers(body) == ["He Lanfang", "He Lanfang"]


def test_he_opening_a_sentence_stays_a_pronoun() -> None:
    body = "It was a day of pride for He Lanfang and Tom Hale. He smiled. “It was hard,” he said."
    assert _last(body) != "He Lanfang"


# --- "X’s letter to Y": the letter's owner, not its addressee ---------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Ann Lee’s letter to the board called the plan “reckless and rushed.”", "Ann Lee"),
    ("President Tom Hale wrote to Ann Roe. Hale’s letter to Roe went on to tie his warning to “purely selfish aims.”",
     "Tom Hale"),
    ("Hale’ fundraising email to his supporters notes that the candidate “fought for fair wages.”", "Hale"),
])
def test_a_carriers_owner_is_the_subject_not_its_addressee(body: str, speaker: str) -> None:
    assert _last(body) == speaker


# --- German: a name's text in the genitive ("Hubers letzter Brief") ----------------------------------

@pytest.mark.parametrize("body", [
    "Karl Huber schrieb an den Rat. Hubers letzter Brief endet mit dem Satz: „Ich habe getan, was ich konnte.“",
    "Karl Huber schrieb an den Rat. Hubers Brief endet mit dem Satz: „Ich habe getan, was ich konnte.“",
])
def test_german_genitive_owner_of_a_text(body: str) -> None:
    assert _last(body, "de") == "Karl Huber"


def test_german_genitive_owner_of_a_person_is_not_the_speaker() -> None:
    assert _last("Karl Huber schrieb an den Rat. Hubers Anwalt sagte: „Wir klagen.“", "de") is None


# --- A label paragraph that names whose text the quoted paragraph is ------------------------------

@pytest.mark.parametrize("lang, body, speaker", [
    ("de", "Antwort der Staatssekretärin Eva Brandt vom 12. Januar 2022:\n„Die Bundesregierung prüft den Vorgang.“",
     "Eva Brandt"),
    ("de", "Schriftliche Frage der Bundestagsabgeordneten Jana Roth (Die Linke):\n„Wie viele Anträge wurden gestellt?“",
     "Jana Roth"),
    ("en", "Statement from Mayor Ann Lee:\n“We will rebuild the bridge.”", "Ann Lee"),
])
def test_a_label_paragraph_names_the_texts_author(lang: str, body: str, speaker: str) -> None:
    assert _last(body, lang) == speaker


# --- A body's document speaks for the body ---------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("“We stressed the need for calm,” the State Department readout said.", "State Department"),
    ("A Pentagon memo said the plan was “deeply flawed.”", "Pentagon"),
    ("A Harbor University study said the plan was “deeply flawed.”", "Harbor University"),
])
def test_a_bodys_document_is_the_bodys(body: str, speaker: str) -> None:
    assert _last(body) == speaker


# --- A party before a title; "The Governor" in capitals -------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Norland’s Gov. Ann Lee spoke on Tuesday. The Democratic Governor urged lawmakers to “stop being complicit.”",
     "Ann Lee"),
    ("Norland’s Gov. Ann Lee spoke on Tuesday. The Governor urged lawmakers to “stop being complicit.”", "Ann Lee"),
    ("Norland Gov. Tom Hale and Vessia Gov. Ann Lee spoke. The Democratic governor urged lawmakers to “stop "
     "being complicit.”", None),
    ("The Governor urged lawmakers to “stop being complicit.”", None),
])
def test_a_party_adjective_before_a_title_names_its_one_holder(body: str, speaker: str | None) -> None:
    assert _last(body) == speaker


# --- read50: edges a second reader found, mended ---------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Tom Hale called it a “terrible” deal for farmers.", "Tom Hale"),
    ("Ann Lee said the “reckless” policy would hurt farmers.", "Ann Lee"),
    ("Ann Lee described her “common-sense” approach to the voters.", "Ann Lee"),
    ("What Ann Lee called a “let a thousand flowers bloom” approach won support.", "Ann Lee"),
    ("It was a “disgrace” said Ann Lee, the mayor.", "Ann Lee"),
    ("The Guardian published a poll by YouGov last week. The poll said voters were “deeply divided.”", "YouGov"),
])
def test_read50_the_speakers_words_stay_theirs(body: str, speaker: str) -> None:
    assert _last(body) == speaker


@pytest.mark.parametrize("body", [
    "The Harbor Police and Dover Valley Police launched inquiries. The suspect has not been “arrested yet,” the police said.",
    "The Harbor Police and Dover Valley Police launched inquiries. “We are investigating,” a police spokesperson said.",
    "Acme Research and Beta Labs published a survey. The report said voters were “deeply divided.”",
    "Ann Lee was pressed by reporters on the “missing millions.”",
    "The pastor said, He Gives Hope, then prayed with Ann Lee. “We are saved,” He said.",
])
def test_read50_no_one_named(body: str) -> None:
    assert _last(body) is None


@pytest.mark.parametrize("title, body", [
    ("‘Liar’: President Ann Lee Sues Newspaper Over Headline", "President Ann Lee sued the Courier, which called her a liar."),
    ("‘A Monster’: Senator Tom Hale Hits Back at Ann Lee", "Ann Lee called Senator Tom Hale a monster. Tom Hale hit back."),
])
def test_read50_a_headline_quote_not_in_the_first_person_is_not_the_named_ones(title: str, body: str) -> None:
    assert _title_speakers(title, body) in ([None], [])


def test_a_body_named_after_its_members_cut_by_the_subjects_reading() -> None:
    from newsbeam.transforms.quotes.crowds import members_body
    text = "Citizens for Fair Taxes advocates rules."
    assert members_body(text, len("Citizens"), "Citizens") == "Citizens for Fair Taxes"
    assert members_body("Citizens in Leeds said so.", len("Citizens"), "Citizens") is None
    assert members_body("Iranian Protesters for days said so.", len("Iranian Protesters"), "Iranian Protesters") is None


# --- French: "peut-on lire" after an outlet that published --------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("Le Courrier publie une enquête sur le ministre. Il aurait « ignoré les alertes », peut-on lire.", "Le Courrier"),
    ("Le Courrier publie une enquête sur le ministre. Il aurait « ignoré les alertes », peut-on lire dans le décret.",
     None),
    ("Le ministre aurait « ignoré les alertes », peut-on lire.", None),
])
def test_french_read_in_the_outlet_that_published(body: str, speaker: str | None) -> None:
    assert _last(body, "fr") == speaker


# --- read50de: German and French edges a second reader found, mended -------------------------------

@pytest.mark.parametrize("lang, body", [
    ("fr", "Le Monde publie une tribune de Jean Dupont. « Il faut agir », peut-on lire."),
    ("fr", "Mediapart publie le jugement. « Le prévenu est relaxé », peut-on lire."),
    ("fr", "Mediapart publie une enquête. « Le député ment », peut-on lire dans un rapport."),
    ("en", "Response of the Week:\n“Do better.”"),
    ("de", "Der Autobauer Ford kündigte Stellenabbau an. Fords Erklärung: „Wir müssen sparen.“"),
])
def test_read50de_no_outlet_firm_or_heading_taken_for_the_author(lang: str, body: str) -> None:
    assert _last(body, lang) is None


@pytest.mark.parametrize("body, speaker", [
    ("Mais Le Courrier révèle une autre version. Il aurait « ignoré les alertes », peut-on lire.", "Le Courrier"),
    ("Le Journal du Soir publie un article sur le ministre. Il aurait « ignoré les alertes », peut-on lire.",
     "Le Journal du Soir"),
    ("Le Courrier révèle qu’une enquête est ouverte. Il serait soupçonné de « fraude », peut-on lire dans le "
     "quotidien du soir.", "Le Courrier"),
])
def test_read50de_the_outlets_name_whole(body: str, speaker: str) -> None:
    assert _last(body, "fr") == speaker
