"""Speakers and kinds, stop 56 (issue 16): each case in our own words.

The shapes come from a second reading of the held-out quotes newsbeam typed as scare quotes
(English and international news the gold set does not hold): nearly one in two of a roundup
outlet's (The Week) and one in five of a news magazine's (TIME) were someone's words.

Kept:

- More verbs of judging with an object between them and "as": "brushed off the idea as a “false
  narrative”", "referred to him as a “reformer”", "wrote off", "portrayed", "slammed"
  (judged_object): the subject's words, partial; not a passive with an adverb ("is often/now
  referred to by locals as “the Rock”"), nor "laughed off the question as “Hallelujah” rang out",
  nor the nouns "slams" and "blast".
- In an article that is a roundup (three sentences at least, in two paragraphs or more, close on
  "said X in Y.", one of them "in The Y.", none "on Monday." nor "in March.": The Week's digests), a
  lower-case phrase of two words or more that no rule credits is a borrowed phrase, partial with no
  one named (roundup_phrases.borrowed_in_roundup; the gold set's practice for The Week), not a word
  as a word, a title, an item of a list nor a label on a noun. The second reading found 39 of The
  Week's 236 held-out scare quotes to be someone's words; of the 15 held-out quotes this stop
  changes, 13 agree with it, one it left unclear, one it did not read (right by ours). A third
  adversarial read of a looser first version (two attributions, one word allowed) found 27 wrong
  kinds in 92 made-up passages (the writer's own irony, "said Jane Doe in Kyiv." read as a
  publication): the stricter detector and the two-word floor are its answer, and its traps are
  tests.
- Spanish "de la" goes on with a body's name that opens on a body's head right after its article
  ("la Organización Mundial de la Salud", "el Banco de la República"; was "Organización Mundial"),
  not after a person, a first name or a title (name_particles._body_goes_on).
- A short quote no rule credits, followed right after its comma by a verb of saying, is direct with
  no speaker, not scare ("«Es un error», afirmó.": a dropped subject no one names;
  short_sentence.said_after); not a word a dictionary defines, nor a word or a title that is the
  subject of the writer's verb after the aside ("«Guernica», señaló el guía, fue pintado …").
- German writes a medium's name in quote marks: told ("sagte der „Süddeutschen Zeitung“", "im
  Interview mit dem „Spiegel“") or reporting ("Der „Spiegel“ berichtete") it is a name, scare, no
  one's words (listener_de.told_medium, read before the rules as titles are); "sprach von der
  „Zeitenwende“" stays the speaker's, and so does a thing after a verb that tells no medium
  ("widersprach der „Schwarzmalerei“", "droht der „Super-GAU“": a fifth read's traps).
- German "„…“, ließ Bürgermeister Peter Lang wissen." (verlauten, mitteilen, ausrichten): a
  separable verb of reporting (lexicon_de.SEPARABLE_CUES).
- A roundup's source of several authors by their surnames ("said Boulton, Hodge and Sutherland on
  The Conversation.") speaks through the first, as a named pair does
  (roundup_phrases._ROUNDUP_CLOSE).
- "known as" before a lower-case name of at most four words whose stop stands inside the marks
  ("known as the “mosquito lab.”", "the “bedroom tax.”") is a name (known_as._NAME_WITH_STOP); not a
  description in the speaker's own words ("known as “a gift to our children.”", "“the one who
  finally fixed it.”": the third read's traps).

Tried and dropped (their traps that keep a speaker stay as tests):

- Tried and dropped after two adversarial reads (about 60 passages each; 39, then 54 regressions): a headline label lifted from one named
  speaker's body quote (`‘Completely Wrong’` over `labeled “completely wrong.”`): titles, programmes
  and slogans that open a speaker's sentence, fronted adverbials, owners named in the headline, body
  credits that were wrong themselves; and "known in <Place> as" / "known locally as" (months,
  institutions and descriptions: `known in March as “the worst in decades,” the minister said`). The
  traps of the second stay as tests that the quotes keep their speakers.
- Also tried and dropped: a roundup's source before a colon of the quote's own sentence ("Nobody
  wanted it, said Ann Lee in The Courier: not the readers, who prefer the “…”"); the second read
  found 10 phrases after such a colon owned by someone else (`the president’s promise to “drain the
  swamp”`, `the “coalition of the willing” Macron proposed`), and the guards against them also
  refused the one real case it was written from.
- Tried and dropped after a fourth adversarial read (35 worse of 256 passages): an acronym after a
  kind of body ("el sindicato UGT"; "un diputado del partido VOX" is no one), a body after a phrase
  of time or place ("indicó ayer el Ministerio"; "ante el Tribunal Supremo" is where), "dijo en la
  Asamblea Nacional" as no one (it lost "indicó ayer la Guardia Civil"), "avanzó"/"incidió" after a
  quote (also plain verbs after a quoted noun).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _all(title: str, body: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(q.zone, q.text, q.speaker, q.kind) for q in extract_quotes(title, [], body, lang)]


_ROUNDUP = ("The strike is a gamble, said Ann Lee in The Courier. Both sides misread the public.\n"
            "The union thinks otherwise, said Tom Fry in The Ledger. Its leaders are confident.\n"
            "Nobody will win, said Mia Park in Slate. The public has had enough.\n")


@pytest.mark.parametrize("body, speaker", [
    ("Finance Minister Lena Ortiz brushed off the warning on Monday as a “false alarm”.", "Lena Ortiz"),
    ("Coach Sam Reid brushed off the rumours as “pure fantasy”.", "Sam Reid"),
    ("Senator Ann Lee wrote off the proposal as “dead on arrival”.", "Ann Lee"),
    ("Mayor Tom Fry portrayed the strike as “a gift to our rivals”.", "Tom Fry"),
])
def test_a_judging_verb_with_its_object_gives_the_subjects_words(body: str, speaker: str) -> None:
    (found,) = _all("", body)
    assert found[2:] == (speaker, "partial")


def test_a_participle_of_judging_gives_words_but_no_name() -> None:
    (found,) = _all("", "For instance: that the senator also misjudged the ruler, having referred to him as a “reformer.”")
    assert found[2:] == (None, "partial")


@pytest.mark.parametrize("body, speaker", [
    ("Hale was known to investigators as “a dangerous and violent man,” prosecutor Ann Lee told the court.", "Ann Lee"),
    ("Ortiz made her views known in a letter as “a matter of conscience,” her lawyer Tom Fry said.", "Tom Fry"),
    ("Mayor Ruth Okafor said the estate was known across the city as “a place the council forgot”.", "Ruth Okafor"),
    ("The winter was known in March as “the worst in decades,” health minister Ann Lee told reporters.", "Ann Lee"),
])
def test_known_to_someone_as_a_description_keeps_its_speaker(body: str, speaker: str) -> None:
    assert _all("", body)[-1][2:] == (speaker, "partial")


@pytest.mark.parametrize("body", [
    "The island is often referred to by locals as “the Rock”.",
    "The island is now referred to locally as “the Rock”.",
    "Hale is also referred to in the report as “Subject 4”.",
    "Coach Sam Reid laughed off the question on Monday as “Hallelujah” rang out from the stands.",
])
def test_a_passive_label_or_an_as_of_time_is_no_judgement(body: str) -> None:
    assert _all("", body)[-1][2:] == (None, "scare")



@pytest.mark.parametrize("paragraph, phrase", [
    ("Talks have stalled and the mood is “grim and getting grimmer”.", "grim and getting grimmer"),
    ("The old certainties are “long gone”.", "long gone"),
    ("The “pregnancy prep” creators are next.", None),  # a label on a noun: no
])
def test_a_roundups_borrowed_phrase_is_someones_words(paragraph: str, phrase: str | None) -> None:
    found = {t: (s, k) for _, t, s, k in _all("", _ROUNDUP + paragraph)}
    if phrase is None:
        assert found["pregnancy prep"] == (None, "scare")
    else:
        assert found[phrase] == (None, "partial")


@pytest.mark.parametrize("paragraph, text", [
    ("The word “strike” appears in every headline.", "strike"),  # a word as a word
    ("The show “Morning Hour” covered it.", "Morning Hour"),  # a title, a capital
    ("Critics list “doom”, “gloom” and “bust” among the moods.", "doom"),  # items of a list
])
def test_but_not_words_as_words_titles_or_lists(paragraph: str, text: str) -> None:
    found = {t: (s, k) for _, t, s, k in _all("", _ROUNDUP + paragraph)}
    assert found[text] == (None, "scare")


def test_one_roundup_attribution_makes_no_roundup() -> None:
    body = "The strike is a gamble, said Ann Lee in The Courier.\nTalks have stalled and the mood is “grim and getting grimmer”."
    assert _all("", body)[-1][2:] == (None, "scare")


@pytest.mark.parametrize("body", [
    "Shin made seven films, including “Pulgasari,” a movie known as the “socialist Godzilla.”",
    "The Tribune reported that the governor had cut money for a facility that was known as the “mosquito lab.”",
])
def test_known_as_a_name_closing_its_sentence_inside_the_marks(body: str) -> None:
    assert _all("", body)[-1][2:] == (None, "scare")



@pytest.mark.parametrize("body, speaker", [
    ("Ann Lee said she hoped the park would be known as “a gift to our children.”", "Ann Lee"),
    ("Tom Fry said he was known as “a bit of a rebel, really.”", "Tom Fry"),
    ("Ann Lee said she wanted to be known as “the one who finally fixed it.”", "Ann Lee"),
])
def test_known_as_a_description_in_the_speakers_words_keeps_the_speaker(body: str, speaker: str) -> None:
    assert _all("", body)[-1][2] == speaker


@pytest.mark.parametrize("body", [
    "Police said the man, known as “big tony.”, was arrested.",
    "Ann Lee said the levy was known as the “bedroom tax.”",
])
def test_known_as_a_short_lower_case_name_with_its_stop_is_a_name(body: str) -> None:
    assert [k for _, t, _, k in _all("", body) if t.startswith(("big", "bedroom"))] == ["scare"]


def test_a_news_report_with_places_is_no_roundup() -> None:
    body = ("The strike is spreading, said Olena Kravets in Kyiv.\nTalks resumed, said Ivan Bilyk in Lviv.\n"
            "Prices rose, said Petro Ruban in Odesa.\nThe mood is “grim and getting grimmer”.")
    assert _all("", body)[-1][2:] == (None, "scare")


def test_one_word_in_a_roundup_stays_the_writers() -> None:
    assert _all("", _ROUNDUP + "The so-called reform is “bold”.")[-1][2:] == (None, "scare")


def test_a_roundup_of_several_authors_speaks_through_the_first() -> None:
    body = ("The new category would help services plan, said Okafor, Hale and Lindqvist on The Conversation. "
            "People with the highest needs may be “overlooked” and left behind.")
    assert _all("", body)[-1][2:] == ("Okafor", "partial")


def test_the_roundup_patterns_are_the_closing_one_changed() -> None:
    from newsbeam.transforms.quotes import roundup_phrases as r
    assert r._ROUNDUP_ANY.pattern != r._ROUNDUP_CLOSE.pattern and r._ROUNDUP_ANY.pattern.endswith("(?=\\s|$)")


@pytest.mark.parametrize("body, speaker", [
    ("„Wir werden nicht nachgeben“, ließ Bürgermeister Peter Lang wissen.", "Peter Lang"),
    ("„Die Preise bleiben stabil“, ließen die Stadtwerke Bochum wissen.", "Stadtwerke Bochum"),
    ("Dazu ließ Peter Lang verlauten: „Wir prüfen das.“", "Peter Lang"),
])
def test_german_liess_wissen_reports_speech(body: str, speaker: str) -> None:
    assert _all("", body, "de")[-1][2] == speaker


def test_but_liess_without_its_particle_reports_nothing() -> None:
    assert _all("", "„Komm rein“, ließ er die Tür offen.", "de")[-1][2] is None


@pytest.mark.parametrize("body, speaker", [
    ("Según la Organización Mundial de la Salud (OMS), «el riesgo es bajo».", "Organización Mundial de la Salud"),
    ("El Banco de la República informó que la inflación es «preocupante».", "Banco de la República"),
    ("«Es grave», dijo la Organización Mundial de la Salud.", "Organización Mundial de la Salud"),
])
def test_spanish_body_names_go_on_after_de_la(body: str, speaker: str) -> None:
    assert _all("", body, "es")[-1][2] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Carlos Ruiz de la Comisión Europea ha advertido que es «un error».", "Carlos Ruiz"),
    ("«Es grave», dijo Juan Pérez de la Universidad de Chile.", "Juan Pérez"),
    ("Íñigo de la Serna afirmó que es «un error».", "Íñigo de la Serna"),
])
def test_but_a_person_before_de_la_is_the_person(body: str, speaker: str) -> None:
    assert _all("", body, "es")[-1][2] == speaker


@pytest.mark.parametrize("body, lang", [
    ("«Es un error», afirmó.", "es"),  # a dropped subject no one names: someone's words all the same
    ("«Es un error», dijo uno de los vecinos.", "es"),
])
def test_a_short_quote_said_by_no_one_named_is_direct_with_no_speaker(body: str, lang: str) -> None:
    assert _all("", body, lang)[-1][2:] == (None, "direct")


def test_but_a_word_a_dictionary_defines_stays_a_word() -> None:
    assert _all("", "«Resiliencia», explica el diccionario.", "es")[-1][2:] == (None, "scare")


@pytest.mark.parametrize("body", [
    "«Es grave», dijo el profesor Cámara de la Universidad de Oviedo.",  # a surname that is a head, after a title
])
def test_a_person_after_a_title_keeps_de_la_apart(body: str) -> None:
    assert _all("", body, "es")[-1][2] == "Cámara"


@pytest.mark.parametrize("body, name", [
    ("Im Interview mit dem „Spiegel“ sagte Olaf Scholz, er habe keine Angst.", "Spiegel"),
    ("Im Gespräch mit der „Zeit“ sagte Olaf Scholz, er habe keine Angst.", "Zeit"),
    ("Der „Spiegel“ berichtete, Scholz habe keine Angst.", "Spiegel"),
    ("Scholz sagte der „Süddeutschen Zeitung“, er habe keine Angst.", "Süddeutschen Zeitung"),
    ("Thomas Müller sagte der „Bild“: „Ich höre auf.“", "Bild"),
])
def test_a_german_medium_told_or_reporting_is_a_name(body: str, name: str) -> None:
    assert [(s, k) for _, t, s, k in _all("", body, "de") if t == name] == [(None, "scare")]


def test_but_a_word_someone_speaks_of_stays_theirs() -> None:
    assert _all("", "Scholz sprach von der „Zeitenwende“.", "de")[-1][2:] == ("Scholz", "partial")


@pytest.mark.parametrize("body, speaker", [
    ("Scholz widersprach der „Schwarzmalerei“.", "Scholz"),  # a verb of contradicting takes a thing, no medium
    ("Lauterbach warnte: Es droht der „Super-GAU“.", "Lauterbach"),
])
def test_a_thing_after_a_verb_that_is_no_telling_stays_the_speakers(body: str, speaker: str) -> None:
    assert _all("", body, "de")[-1][2:] == (speaker, "partial")


@pytest.mark.parametrize("body", [
    "«Resiliencia», explica la psicóloga, es la capacidad de adaptarse.",
    "«Guernica», señaló el guía, fue pintado en 1937.",
])
def test_a_word_or_title_named_as_the_subject_after_an_aside_stays_scare(body: str) -> None:
    assert _all("", body, "es")[-1][2:] == (None, "scare")


# Tests that pin the guards and the new verbs (a final review found the cases above passing with
# some of them removed): each fails when its guard or verb is taken out.
@pytest.mark.parametrize("body, speaker", [
    ("Treasury Secretary Lena Ortiz brushed off this idea on Tuesday in Davos as a “false narrative” that "
     "“defies any logic.”", "Lena Ortiz"),
])
def test_a_judging_verb_with_a_particle_and_a_long_object(body: str, speaker: str) -> None:
    assert _all("", body)[0][2:] == (speaker, "partial")


def test_a_portrayal_in_an_infinitive_gives_someones_words() -> None:
    # ("wrote off", "slammed", "portrayed" are also cues that lead_in reads before a subject's
    # sentence; judged_object's forms matter where no subject stands before them)
    body = "Long before that, aides started to portray the shooting as a “workplace” issue."
    assert _all("", body)[-1][2:] == (None, "partial")


def test_known_as_a_phrase_with_a_pronoun_is_the_speakers_description() -> None:
    assert _all("", "Ann Lee said she wanted the park to be known as the “place we met.”")[-1][2:] == \
        ("Ann Lee", "partial")


def test_three_sources_in_one_paragraph_make_no_roundup() -> None:
    body = ("The strike is a gamble, said Ann Lee in The Courier. The union thinks otherwise, said Tom Fry in "
            "The Ledger. Nobody will win, said Mia Park in Slate.\nTalks have stalled and the mood is “grim and "
            "getting grimmer”.")
    assert _all("", body)[-1][2:] == (None, "scare")


def test_days_are_no_publications() -> None:
    body = ("The strike is a gamble, said Ann Lee on Monday.\nThe union thinks otherwise, said Tom Fry on Tuesday. "
            "Its leaders are confident.\nNobody will win, said Mia Park in The Courier.\nTalks have stalled and "
            "the mood is “grim and getting grimmer”.")
    assert _all("", body)[-1][2:] == (None, "scare")


def test_a_short_quote_with_no_comma_before_the_verb_stays_scare() -> None:
    assert _all("", "«Es un error» afirmó.", "es")[-1][2:] == (None, "scare")
