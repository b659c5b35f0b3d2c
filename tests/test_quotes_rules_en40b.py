"""Stop 40, en40b: English attributions whose rule read a relative clause's "who".
Grouped by rule; made-up sentences only."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes

INTRO = "The harbor council met on Thursday to vote on the new pier.\n\n"


def _quote(body: str, words: str, lang: str = "en"):
    hits = [q for q in extract_quotes("", [], INTRO + body, lang) if q.text == words]
    assert len(hits) == 1, [(q.text, q.speaker, q.rule) for q in extract_quotes("", [], INTRO + body, lang)]
    return hits[0]


# ``relative_head.relative_head`` (from ``resolve.resolve``): "NAME, a DESCRIPTION who VERB “…”"
# -- the relative pronoun stands for the description, the description for the name beside it.
@pytest.mark.parametrize("body, words, speaker", [
    ("The pier was opposed by Hanna Veldt, a councillor who called it “a monument to bad planning.”",
     "a monument to bad planning.", "Hanna Veldt"),
    ("Tomas Rell, a retired ferry captain who writes a column on the side, once described the pier "
     "as “a trap for small boats.”", "a trap for small boats.", "Tomas Rell"),
    # The description after a comma of its own, the relative after a second comma.
    ("“We are ready,” said Ivo Marsh, the union’s chief negotiator, who added that the deal was "
     "“fair to every dock worker.”", "fair to every dock worker.", "Ivo Marsh"),
    # A description with a possessor that is a name: the name before the comma still speaks.
    ("The council heard Greta Lund, the Harbor Trust’s lawyer who warned of “years of lawsuits.”",
     "years of lawsuits.", "Greta Lund"),
    # A title before the name is not part of the speaker.
    ("The vote was delayed by Senator Olga Brandt, a member who has long called the pier "
     "“a gift to the shipping lobby.”", "a gift to the shipping lobby.", "Olga Brandt"),
    # The relative clause's first verb phrase joined by "and" to the cue.
    ("The pier was opposed by Hanna Veldt, a councillor who chairs the planning panel and has "
     "called it “a monument to bad planning.”", "a monument to bad planning.", "Hanna Veldt"),
    # A phrase set off by commas between the pronoun and the cue.
    ("The plan drew fire from Tomas Rell, a retired captain who, in a letter to the board, "
     "called it “a trap for small boats.”", "a trap for small boats.", "Tomas Rell"),
], ids=["indefinite", "participle-far", "definite-second-comma", "possessor-description", "title-name",
        "coordinated-verb", "inserted-phrase"])
def test_relative_after_appositive_is_the_name(body, words, speaker):
    quote = _quote(body, words)
    assert quote.speaker == speaker


@pytest.mark.parametrize("body, words", [
    # No name before the description: someone unnamed.
    ("The pier was opposed by a councillor who called it “a monument to bad planning.”",
     "a monument to bad planning."),
    # A plural group with "who": no one named.
    ("Some residents, who called the pier “a monument to bad planning,” left early.",
     "a monument to bad planning,"),
    # A place before the comma is no one: the description is not the place.
    ("In Dunmore, a fisherman who called the pier “a trap for small boats” was heard.",
     "a trap for small boats"),
    # A pronoun before the comma is not a name.
    ("She met him, a stranger who called the pier “a trap for small boats.”",
     "a trap for small boats."),
    # The cue has a subject of its own inside the relative clause: the board called it so.
    ("The pier was opposed by Hanna Veldt, a councillor who says the board called it "
     "“a monument to bad planning.”", "a monument to bad planning."),
    # After "and", a new subject: the officials called it so.
    ("The plan drew fire from Tomas Rell, a retired captain who met the board and officials "
     "called it “a trap for small boats.”", "a trap for small boats."),
], ids=["no-name", "plural-group", "place", "pronoun", "own-subject", "new-subject-after-and"])
def test_relative_without_named_head_stays_null(body, words):
    assert _quote(body, words).speaker is None


def test_relative_head_is_english_only():
    # The same shape in another language's text is read by that language's rules, not this one.
    from newsbeam.transforms.quotes.context import ArticleContext
    from newsbeam.transforms.quotes.language import use
    from newsbeam.transforms.quotes.names import NameIndex
    from newsbeam.transforms.quotes.relative_head import relative_head

    text = "Hanna Veldt, a councillor who called it “a trap.”"
    ctx = ArticleContext(NameIndex([text]))  # a real context: the compiled build checks its type
    assert relative_head("a councillor who", text, text.index("called"), ctx) == "Hanna Veldt"
    with use("de"):
        assert relative_head("a councillor who", text, text.index("called"), ctx) is None


# ``cues._is_verb_use``: "accused"/"charged" after a comma is a passive ("Ann Lee, accused of
# fraud, ...") unless an object follows: "accused him of" accuses, across an inserted phrase.
@pytest.mark.parametrize("body, words, speaker, kind", [
    ("Ann Baker, in response to the remarks, accused him of having a “harbor mentality.”",
     "harbor mentality.", "Ann Baker", "partial"),
    ("Ann Baker, after a long silence, charged them with “wrecking the harbor for profit.”",
     "wrecking the harbor for profit.", "Ann Baker", "partial"),
], ids=["accused-him", "charged-them"])
def test_accusation_with_object_after_inserted_phrase(body, words, speaker, kind):
    quote = _quote(body, words)
    assert (quote.speaker, quote.kind) == (speaker, kind)


def test_accused_passive_after_comma_stays_no_cue():
    # "accused of" with no object: the one accused said nothing here.
    quote = _quote("Ann Baker, accused of fraud last year, runs a “harbor mentality” campaign.",
                   "harbor mentality")
    assert quote.rule != "lead_in" or quote.cue != "accused"


# ``honorific_sex.honorific_person`` (from ``resolve.resolve``): "Mr."/"Mrs."/"Ms." before a
# surname is the one person with that surname whose given name is not of the other sex.
@pytest.mark.parametrize("body, words, speaker", [
    # The fullest "Baker" is the man named first; "Mrs." says it is the woman.
    ("Former mayor Tom Baker opened the fair with his wife, Ann Baker, and their neighbors.\n\n"
     "“We built this pier together,” Mrs. Baker said.", "We built this pier together,", "Ann Baker"),
    # A given name of unknown sex is the only other one: "Mr." is that person.
    ("Ann Baker and Kesh Baker run the boatyard.\n\n“Boats come first,” Mr. Baker said.",
     "Boats come first,", "Kesh Baker"),
    # The only one with the surname: the article's honorific wins over the given-name counts
    # (tests/test_quotes_first_names.py, "Ms. Cole").
    ("Tom Baker runs the boatyard.\n\n“Boats come first,” Mrs. Baker said.", "Boats come first,", "Tom Baker"),
    # The honorific agrees with the name found: unchanged.
    ("Tom Baker runs the boatyard.\n\n“Boats come first,” Mr. Baker said.", "Boats come first,", "Tom Baker"),
], ids=["mrs-wife", "mr-unknown-given-name", "only-one", "agrees"])
def test_honorific_picks_the_person_of_its_sex(body, words, speaker):
    assert _quote(body, words).speaker == speaker


@pytest.mark.parametrize("body, words", [
    # Two who could be "Mrs. Baker": no one.
    ("Tom Baker, Ann Baker and Kesh Baker run the boatyard.\n\n“Boats come first,” Mrs. Baker said.",
     "Boats come first,"),
], ids=["two-could-be"])
def test_honorific_without_one_person_of_its_sex_is_null(body, words):
    assert _quote(body, words).speaker is None


def test_pronoun_takes_the_person_of_its_sex_with_the_surname():
    # "she" finds "Mrs. Baker"; the fullest "Baker" is the man named first, the woman is meant.
    body = ("Former mayor Tom Baker opened the fair with his wife, Ann Baker, on Sunday.\n\n"
            "Asked about the pier, Mrs. Baker smiled. She said it was “a gift to the whole town.”")
    assert _quote(body, "a gift to the whole town.").speaker == "Ann Baker"


def test_name_run_is_read_from_given_names_only():
    # Capitalized words that are no given name ("House", "Monday", "I") open no second name:
    # Kesh Park is the one "Mrs. Park" can be.
    body = ("Tom Park and Kesh Park spoke at the House Monday I Park event.\n\n"
            "“Boats come first,” Mrs. Park said.")
    assert _quote(body, "Boats come first,").speaker == "Kesh Park"
