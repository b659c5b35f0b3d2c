"""Second read of roles45 (stop 45): the German academic titles read as abbreviations ("Ing.",
"Mag.") are German only; in English, Spanish or French text a stop after "Ing"/"Mag" is read as
before, so the title never joins a name there. All sentences made up for these tests."""
from newsbeam.transforms.quotes import extract_quotes


def _speakers(body: str, lang: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", [], body, lang)]


def test_spanish_ing_title_stays_out_of_the_full_name() -> None:
    body = 'La obra la dirige el Ing. Tomás Lozano. "Vamos a tiempo", dijo Lozano.'
    assert _speakers(body, "es") == ["Tomás Lozano"]


def test_spanish_ing_title_keeps_the_dropped_subject() -> None:
    body = 'La obra la dirige el Ing. Tomás Lozano. "Vamos a tiempo", dijo el ingeniero.'
    assert _speakers(body, "es") == ["Tomás Lozano"]


def test_spanish_mag_title_gives_no_titled_name() -> None:
    body = '"Nada está decidido", afirmó la Mag. Lucía Serrano.'
    assert _speakers(body, "es") != ["Mag. Lucía Serrano"]


def test_english_mag_surname_resolves_to_the_full_name() -> None:
    body = 'Greta Holm chairs the board. Mag. Holm said: "We will not sell."'
    assert _speakers(body, "en") == ["Greta Holm"]


def test_french_ing_title_gives_no_titled_name() -> None:
    body = "« Le chantier avance », a déclaré Ing. Luc Perrin."
    assert _speakers(body, "fr") != ["Ing. Luc Perrin"]


def test_german_titles_still_split_off() -> None:
    body = "„Der Absatz zieht an“, sagt KommR Ing. Walter Ebner, Obmann der Sparte."
    assert _speakers(body, "de") == ["Walter Ebner"]
