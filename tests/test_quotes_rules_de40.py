"""German speakers, stop 40 (issue 16): made-up sentences, grouped by mechanism.

first_names: German, Austrian and Swiss first names (faker's lists, merged by
``bench.first_names``) give a sex where the US counts saw too few births; a name the German lists
give to the other sex than the US counts, or to both, gives none.
"""
from __future__ import annotations

import pytest

from bench.first_names import with_german
from newsbeam.transforms.quotes.first_names import first_name_sex


# --- first_names: German first names ------------------------------------------------------------

@pytest.mark.parametrize("name, sex", [
    ("Jürgen Albers", "m"), ("Heike Brandt", "f"), ("Uwe Lorenz", "m"), ("Silke Rautenberg", "f"),
    ("Detlef Sommer", "m"), ("Gudrun Pohl", "f"), ("Hans-Jürgen Wolter", "m"), ("Reto Gasser", "m"),
    ("Annalena Kirsch", "f"), ("Friedrich Kamm", "m"), ("Ute Vogler", "f"), ("Horst Dreher", "m"),
])
def test_german_first_names_give_a_sex(name: str, sex: str) -> None:
    assert first_name_sex(name) == sex


@pytest.mark.parametrize("name", [
    "Andrea Lenz",   # a woman in Germany, a man in Italy
    "Kay Heller",    # a man in Germany, a woman in the US counts
    "Jasmin Kurt",   # both sexes in the German lists
    "Kai Brenner",   # a name of the other sex abroad
    "Jürgen",        # one word: no first name read
])
def test_names_of_both_sexes_give_none(name: str) -> None:
    assert first_name_sex(name) is None


def test_merge_keeps_us_judgement_of_names_it_saw() -> None:
    kept = {"anna": "f", "kay": "f", "chris": "m"}
    seen = {"anna", "kay", "chris", "jo"}
    german = {"anna": "f", "kay": "m", "jo": "f", "uwe": "m", "kim": None, "camille": "f"}
    merged = with_german(kept, seen, german)
    # "kay": the German lists say the other sex; "jo": the US counts saw it and left it undecided;
    # "kim": both sexes in Germany; "camille": of the other sex abroad
    assert merged == {"anna": "f", "chris": "m", "uwe": "m"}


# --- names_de.past_noun_before_particle: a noun before "von" is no given name -------------------

from newsbeam.transforms.quotes.names_de import past_noun_before_particle  # noqa: E402


@pytest.mark.parametrize("run, name", [
    ("Fotos von Lena", "Lena"),                       # a noun, then the person
    ("Bilder vom Hamburger Hafen", "Hamburger Hafen"),
    ("Ursula von der Tann", "Ursula von der Tann"),   # a given name: the whole noble name
    ("Karl-Theodor zu Brenningen", "Karl-Theodor zu Brenningen"),
    ("Hans van Beek", "Hans van Beek"),
    ("Jonas Brandt", "Jonas Brandt"),                 # no particle: unchanged
])
def test_a_noun_before_a_particle_is_no_part_of_the_name(run: str, name: str) -> None:
    toks = run.split()
    assert " ".join(toks[past_noun_before_particle(toks, 0):]) == name


def test_a_description_of_photos_is_no_speaker() -> None:
    # "Lena" is widened to the fullest form the article gives it: "Fotos von Lena" is none
    from newsbeam.transforms.quotes.extract import extract_quotes
    body = ("Das Buch ist gerade erschienen und wird in den Buchhandlungen schon stark nachgefragt, wie der "
            "Verlag am Montag berichtete.\n\nLena Hartwig hat ein Kochbuch geschrieben. Hartwig ist für viele "
            "junge Frauen ein Vorbild. Lena wurde durch ihre Bilder im Netz bekannt. \"Stark ist das neue "
            "Schlank\" ist ihr Motto. Früher hatte Lena mit ihrer Zierlichkeit zu kämpfen.\n\nIm Buch finden "
            "sich viele Fotos von Lena und schöne Zitate.\n")
    assert [q.speaker for q in extract_quotes("Ein Buch", [], body, language="de")] == ["Lena Hartwig"]


# --- names.NameIndex.given_name: an acronym is never a given name --------------------------------

def test_an_acronym_before_a_name_is_no_given_name() -> None:
    from newsbeam.transforms.quotes.names import NameIndex
    text = ("Das BKA ermittelt seit Monaten. Nun beschreibt das BKA Jonas Brandt als Drahtzieher. "
            "Brandt schweigt. Der Anwalt Jonas Brandt hat Einspruch eingelegt.")
    assert NameIndex([text]).given_name("BKA") is None


# --- names_de.names_no_one: an abstract noun is no one's surname ---------------------------------

from newsbeam.transforms.quotes.names_de import names_no_one  # noqa: E402


@pytest.mark.parametrize("speaker, no_one", [
    ("Strenge Regelungen", True),
    ("Neue Möglichkeiten", True),
    ("Die Freiheit", True),
    ("Moderner Kapitalismus", True),
    ("Jonas Jung", False),                      # "-ung" alone: a surname
    ("Petra Hartung", False),
    ("Staatsanwaltschaft", False),              # a body that speaks
    ("Bundesamt für Sicherheit", False),        # a body's name of three words
    ("Dietmar Weisheit", False),                # after a known first name: a surname
    ("Karin Freiheit", False),
])
def test_an_abstract_noun_names_no_one(speaker: str, no_one: bool) -> None:
    assert names_no_one(speaker) is no_one


def test_a_surname_like_an_abstract_noun_after_its_verb() -> None:
    from newsbeam.transforms.quotes.extract import extract_quotes
    body = ("Der Verein hat am Samstag das dritte Spiel in Folge verloren.\n\n"
            "„Es ist vorbei“, sagte Dietmar Weisheit, der Trainer.\n")
    assert [q.speaker for q in extract_quotes("", [], body, "de")] == ["Dietmar Weisheit"]


# --- names_de.without_year (resolve): a year after the name is when, not who ----------------------

def test_a_year_after_the_name_in_a_wie_clause() -> None:
    from newsbeam.transforms.quotes.extract import extract_quotes
    body = ("Der Philosoph Jonas Brandt hat die Debatte über Jahrzehnte geprägt, und seine Bücher werden "
            "bis heute an vielen Universitäten gelesen.\n\nBrandt sprach oft über Macht. Daher sei die "
            "„Sorge um sich“, wie Brandt 1982 in einer Vorlesung sagte, „der letzte Halt“.\n")
    speakers = [q.speaker for q in extract_quotes("Brandt", [], body, language="de")]
    assert speakers == ["Jonas Brandt", "Jonas Brandt"]


@pytest.mark.parametrize("mention, kept", [
    ("Foucault 1982", "Foucault"),
    ("wie Merkel 2015", "wie Merkel"),
    ("Jonas Brandt", "Jonas Brandt"),
    ("Block 42", "Block 42"),            # no year: kept
])
def test_without_year(mention: str, kept: str) -> None:
    from newsbeam.transforms.quotes.language import use
    from newsbeam.transforms.quotes.names_de import without_year
    with use("de"):
        assert without_year(mention) == kept


# --- trailing.closing_attribution: German "man" is the subject, the name after it its object ------

@pytest.mark.parametrize("sentence", [
    'Denn das "Südliche" meint die Staaten im Süden, die man auch Tiefer Süden nennt, nämlich Georgia.',
    'Sie wohnt im "Roten Viertel", das man seit Jahren Klein Paris nennt.',
])
def test_a_name_given_by_man_is_no_speaker(sentence: str) -> None:
    from newsbeam.transforms.quotes.extract import extract_quotes
    body = ("Die Stadt hat am Montag den neuen Haushalt beschlossen, und die Opposition ist nicht zufrieden "
            "mit dem Ergebnis der Abstimmung.\n\n" + sentence)
    assert [q.speaker for q in extract_quotes("Haushalt", [], body, language="de")] == [None]
