"""German speaker shapes, stop 63, branch s63de2 (issue 16). Our own sentences, traps beside.

1. A possessive and a noun before a colon (possessed_label_de.py): the nouns "Ziel", "Worte",
   "Hoffnung", "Sorge" were not listed ("Ihr Ziel: „…“"); a short phrase after the noun ("Seine
   Worte nach dem Spiel: „…“") was not read; a clause between the colon and the quote ("Seine
   Kritik: Die Stadt habe „…“") was not read; a hyphenated role before the name in the sentence
   before ("Die Grünen-Politikerin Lena Vogt … Ihre Forderung:") was taken for a thing.
2. A title and a name after "Für" ("Für die Chefin Anna Berger steht fest: „…“", "Für den Trainer
   Marco Lindner ist klar:"): only a bare name was read (titled.titled_after_for_de).
3. "Er"/"Sie" and a verb in the singular opening a partial quote's sentence ("Sie hält die
   Schließung für „fahrlässig“"): the fallback read English pronouns only (pronoun_opener_de.py).
4. A spokesperson of a named body with a partial quote in the spokesperson's clause ("Ein Sprecher
   von BMW sprach von einem „…“"): the body was credited only where the quote was handed over by a
   colon, a comma or "dass" (voices_intl.in_own_clause_de).
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _one(body: str) -> tuple[str, str | None]:
    quotes = extract_quotes("", [], body, "de")
    assert len(quotes) == 1
    return quotes[0].kind, quotes[0].speaker


@pytest.mark.parametrize("body, kind, speaker", [
    # 1. a possessive and a noun of speech or aim before a colon
    ("Jana Wolff leitet die Bäckerei seit 2010. Ihr Ziel: „Brot wie früher backen“.", "direct", "Jana Wolff"),
    ("Der Wirt Tobias Brenner plant einen Umbau. Sein Ziel: „Wir wollen mehr Gäste im Winter.“",
     "direct", "Tobias Brenner"),
    ("Lukas Sander erzielte zwei Tore. Seine Worte nach dem Abpfiff: „Das war mein bester Tag.“",
     "direct", "Lukas Sander"),
    ("Lukas Sander erzielte zwei Tore. Seine Worte: „Das war mein bester Tag.“", "direct", "Lukas Sander"),
    ("Der Landwirt Georg Haller ist wütend. Seine Kritik: Die Behörden hätten „viel zu spät“ reagiert.",
     "partial", "Georg Haller"),
    ("Die Pflegerin Sonja Lutz betreut viele Familien. Ihr Eindruck: Es fehle „an allen Ecken“.",
     "partial", "Sonja Lutz"),
    ("Die Grünen-Politikerin Clara Jost sprach vor dem Rat. Ihre Forderung: „Mehr Busse für die Dörfer.“",
     "direct", "Clara Jost"),
    ("Die Rektorin Heike Brandl blickt nach vorn. Ihre Hoffnung: dass die Schule „bald saniert“ wird.",
     "partial", "Heike Brandl"),
    # 2. a title before the name after "Für"
    ("Für die Chefin Jana Wolff steht fest: „Wir bleiben in der Altstadt.“", "direct", "Jana Wolff"),
    ("Für den Trainer Lukas Sander ist klar: „Wir müssen defensiv besser stehen.“", "direct", "Lukas Sander"),
    ("Für die SPD-Politikerin Clara Jost steht fest: „Das Gesetz kommt zu spät.“", "direct", "Clara Jost"),
    # 3. "Er"/"Sie" opening the sentence of a partial quote
    ("Die Ärztin Sonja Lutz sieht das anders. Sie hält die Schließung der Station für „unverantwortlich“.",
     "partial", "Sonja Lutz"),
    ("Georg Haller ist Ortsvorsteher. Er hält den neuen Radweg für „reine Geldverschwendung“.",
     "partial", "Georg Haller"),
    ("Georg Haller ist Ortsvorsteher. Doch er hält den Plan für „völlig verfehlt“.", "partial", "Georg Haller"),
    # 4. a spokesperson of a named body, a partial quote in the clause
    ("Ein Sprecher von Bosch sprach von einem „vorübergehenden Lieferengpass“.", "partial", "Bosch"),
    ("Eine Sprecherin der Deutschen Bahn sprach von einem „bedauerlichen Einzelfall“.", "partial", "Deutsche Bahn"),
    ("Eine Sprecherin von Siemens nannte die Zahlen „solide“.", "partial", "Siemens"),
])
def test_shapes_credit_the_speaker(body: str, kind: str, speaker: str) -> None:
    assert _one(body) == (kind, speaker)


@pytest.mark.parametrize("body", [
    # 1. a body, a group, two people or a possession before the label: no one
    "Die Firma Brandt hat Insolvenz angemeldet. Ihr Ziel: „Ein Neuanfang im Herbst“.",
    "Der Verein steht vor dem Aufstieg. Sein Ziel: „Bundesliga 2026“.",
    "Jana Wolff und Tobias Brenner führen den Hof. Ihr Ziel: „Bio für alle“.",
    "Die Stadt plant eine Reform. Ihr Ziel: Die Verwaltung soll „schlanker“ werden.",
    "Tobias Brenner ist neuer Trainer. Sein Haus: „Ein Traum“.",
    "Die Grünen-Politiker um Clara Jost sprachen im Rat. Ihre Forderung: „Mehr Busse für die Dörfer.“",
    # 2. a relative or a body after "Für"
    "Für die Tochter Jana Wolff steht fest: „Wir bleiben in der Altstadt.“",
    "Für die Firma Brandt steht fest: „Wir bleiben in der Altstadt.“",
    # 3. a plural "sie", a thing before "sie", no person of that sex, no judging verb
    "Die Anwohner sind empört. Sie halten den Plan für „absurd“.",
    "Die Firma hat geklagt. Sie hält das Urteil für „falsch“.",
    "Georg Haller ist Ortsvorsteher. Sie hält den Plan für „falsch“.",
    "Georg Haller ist Ortsvorsteher. Er fährt jeden Tag mit dem „Flixbus“.",
    # 4. an unnamed body, or the paper told
    "Ein Sprecher sprach von einem „vorübergehenden Lieferengpass“.",
    "Ein Sprecher des Ministeriums sprach von einer „ernsten Lage“.",
])
def test_traps_credit_no_one(body: str) -> None:
    assert _one(body)[1] is None


@pytest.mark.parametrize("body, speaker", [
    # near passages that were right before and stay right
    ("Lukas Sander erzielte zwei Tore. Sein Fazit: „Das war mein bester Tag.“", "Lukas Sander"),
    ("Für Jana Wolff steht fest: „Wir bleiben in der Altstadt.“", "Jana Wolff"),
    ("Die Ärztin Sonja Lutz sieht das anders. Sie nennt die Schließung „unverantwortlich“.", "Sonja Lutz"),
    ("Ein Sprecher von Bosch sagte: „Wir prüfen den Fall.“", "Bosch"),
    ("„Wir prüfen den Fall“, sagte ein Sprecher von Bosch.", "Bosch"),
])
def test_near_passages_stay_right(body: str, speaker: str) -> None:
    assert _one(body)[1] == speaker
