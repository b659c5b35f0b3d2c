"""German and Austrian trade copy: the role compounds and academic titles written before (or
after) a manager's name are titles, never part of the speaker's name (issue 16, stop 45).

Every sentence here is made up for these tests, in the shape of trade magazines, club news and
regional business pages (names, firms and places invented)."""
from __future__ import annotations

import pytest

from tests.quote_probes import first_quote

_LEAD = "Die Tischlerei Brandl aus Zwettl baut eine neue Halle. "


def _speaker(sentence: str, words: str) -> str | None:
    return first_quote(_LEAD + sentence, words, lang="de").speaker


# Role compounds on heads that were not titles before: "-wart", "-obmann", "-obfrau",
# "-beauftragte", "-inhaber", "-referent", "-führer", and the bare "Obmann", "Kassier".
@pytest.mark.parametrize("role", [
    "Kassenwart", "Platzwart", "Vereinsobmann", "Obmann", "Landesobfrau", "Obfrau",
    "Sicherheitsbeauftragte", "Umweltbeauftragter", "Firmeninhaber", "Betriebsinhaberin",
    "Inhaber", "Fachreferentin", "Pressereferent", "Bergführerin", "Kassier",
])
def test_role_compound_is_split_off(role):
    assert _speaker(f"„Wir stellen heuer zwölf Leute ein“, sagte {role} Ilse Wagrainer.",
                    "Wir stellen heuer zwölf Leute ein") == "Ilse Wagrainer"


# Austrian academic and professional titles before the name, and degrees after it.
@pytest.mark.parametrize("mention", [
    "KommR Ing. Ferdinand Hollerer", "Ing. Ferdinand Hollerer", "DI Ferdinand Hollerer",
    "Mag. Ferdinand Hollerer", "DI Ferdinand Hollerer, MBA", "Mag. Ferdinand Hollerer, MSc",
    "Geschäftsführer DI Ferdinand Hollerer", "Dr. Ferdinand Hollerer, MBA",
])
def test_academic_titles_are_split_off(mention):
    assert _speaker(f"„Die Auftragslage ist stabil“, sagte {mention}.",
                    "Die Auftragslage ist stabil") == "Ferdinand Hollerer"


def test_degree_after_name_and_role_after_it():
    assert _speaker("„Die Auftragslage ist stabil“, sagte Ing. Ferdinand Hollerer, Geschäftsführer der "
                    "Hollerer Metallbau GmbH.", "Die Auftragslage ist stabil") == "Ferdinand Hollerer"


# Near misses: names that look like a title or a "-wart" role stay whole.
@pytest.mark.parametrize("name", ["Luigi Di Maio", "Rod Stewart", "Jack Ma"])
def test_name_words_that_look_like_titles_stay(name):
    assert _speaker(f"„Das war ein guter Abend“, sagte {name}.", "Das war ein guter Abend") == name


def test_two_managers_named_first_is_speaker():
    assert _speaker("„Wir müssen investieren“, sagt Vertriebsleiter Hubert Lienbacher, und "
                    "Landesobfrau Eva Strasser nickt.", "Wir müssen investieren") == "Hubert Lienbacher"
