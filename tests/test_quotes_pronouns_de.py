"""Stop 37's German pronoun work (helper de-a, issue 16): whom "er"/"sie" stands for. Made-up
sentences, grouped by rule: the pronoun after the verb of a colon lead-in that opens on a phrase
after any preposition (colon_de, "Am Abend sagte sie:"), ..."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes.gender_de import noun_gender, stated_gender
from tests.quote_probes import probes

INTRO = ("Der Gemeinderat von Halden hat am Montag lange über die neue Sporthalle gestritten, und die "
         "Opposition ist mit dem Ergebnis der Abstimmung gar nicht zufrieden.\n\n")
WORDS = "Wir haben lange auf diesen Tag gewartet."

_quotes, _found = probes(INTRO, "de")


def _speaker(body: str) -> str | None:
    return _found(body, WORDS)[1]


# colon_de._pronoun_after_phrase: a phrase after any preposition, joined forms too ("am", "zur")
@pytest.mark.parametrize("lead, speaker", [
    ("Anna Keller war am Montag in Halden. Am Abend sagte sie:", "Anna Keller"),
    ("Anna Keller war am Montag in Halden. Zur Wahl des Rates meinte sie:", "Anna Keller"),
    ("Tom Weber leitet das Museum seit 1998. Beim Abschied vom Team sagte er:", "Tom Weber"),
    ("Tom Weber leitet das Museum seit 1998. Angesichts der Zahlen schrieb er:", "Tom Weber"),
    # a plural verb: "sie" are they
    ("Anna Keller und Tom Weber waren am Montag in Halden. Am Abend sagten sie:", None),
])
def test_pronoun_after_a_phrase_and_the_verb(lead, speaker):
    hits = [q for q in _quotes(f"{lead} „{WORDS}“") if q[0] == WORDS]
    assert [q[1] for q in hits] == [speaker]


# implied.sole_person_in: a clause that opens the sentence on a conjunction whose subject is the
# main clause's too ("Als Anna Keller ankam, sagte sie:"); never "während", which contrasts two.
@pytest.mark.parametrize("lead, speaker", [
    ("Als Anna Keller am Montag in Halden ankam, sagte sie:", "Anna Keller"),
    ("Nachdem Tom Weber den Bericht gelesen hatte, schrieb er:", "Tom Weber"),
    ("Sobald Anna Keller die Zahlen kannte, schrieb sie:", "Anna Keller"),
    ("Während Tom Weber den Bericht las, schrieb sie:", None),
])
def test_pronoun_after_a_clause_that_opens_the_sentence(lead, speaker):
    assert _speaker(f"{lead} „{WORDS}“ Keller und Weber bleiben zwei Tage.") == speaker


# pronouns_de.candidate_test: of the people a sentence names, the ones a title or role next to the
# name gives the other sex, and a possessor, are not the one "er"/"sie" stands for.
@pytest.mark.parametrize("body, speaker", [
    ("Die Ministerin Anna Keller traf am Montag den Bürgermeister Tom Weber. Danach sagte sie:", "Anna Keller"),
    ("Die Ministerin Anna Keller traf am Montag den Bürgermeister Tom Weber. Danach sagte er:", "Tom Weber"),
    ("Ministerin Anna Keller traf am Montag Bürgermeister Tom Weber. Danach sagte er:", "Tom Weber"),
    ("Die Vorsitzende Anna Keller traf am Montag den Abgeordneten Tom Weber. Danach sagte sie:", "Anna Keller"),
    ("Am Montag kamen Tom Weber, Sprecher der Stadt, und Anna Keller, Sprecherin des Vereins. "
     "Am Abend schrieb er:", "Tom Weber"),
    # a possessor is not the one the sentence is about
    ("Webers' engste Vertraute ist die Leiterin Anna Keller. Der Bericht bringt sie auf die Spur. "
     "Am Abend schickt sie ihm eine Nachricht:", "Anna Keller"),
    # a role that gives the only person named the other sex: no one
    ("Tom Webers Anwältin Anna Keller kam am Montag nach Halden. Am Abend sagte er:", None),
    # two people, one a minister: "er" is the other; no title, but first names (first_names) tell
    # them apart; neither does: no one
    ("Am Montag trafen sich Ministerin Anna Keller und Tom Weber in Halden. Danach sagte er:", "Tom Weber"),
    ("Am Montag trafen sich Anna Keller und Tom Weber in Halden. Danach sagte er:", "Tom Weber"),
    ("Am Montag trafen sich Kim Keller und Tom Weber in Halden. Danach sagte er:", None),
    ("Am Montag trafen sich Ministerin Anna Keller und Bürgermeisterin Eva Roth. Danach sagte sie:", None),
])
def test_pronoun_among_people_told_apart_by_their_titles(body, speaker):
    assert _speaker(f"{body} „{WORDS}“ Keller, Weber und Roth bleiben.") == speaker


# gender_de.noun_gender: a role noun's sex, by its form or, for an adjective used as a noun, by
# its article; a word said of women and men alike, or no role noun, tells none.
@pytest.mark.parametrize("noun, article, gender", [
    ("Ministerin", "", "f"), ("Pressesprecherin", "", "f"), ("SPD-Chefin", "", "f"), ("Frau", "", "f"),
    ("Minister", "", "m"), ("Pressesprecher", "", "m"), ("Herr", "", "m"), ("Experte", "", "m"),
    ("Schwiegermutter", "", "f"), ("Sohn", "", "m"),
    ("Vorsitzende", "die", "f"), ("Vorsitzende", "der", "m"), ("Vorsitzende", "", None),
    ("Vorsitzenden", "der", "f"), ("Abgeordneten", "den", "m"), ("Vorsitzenden", "", None),
    ("Abgeordnete", "eine", "f"),
    ("Mitglied", "", None), ("Star", "der", None), ("Montag", "", None), ("sagte", "", None),
])
def test_noun_gender(noun, article, gender):
    assert noun_gender(noun, article) == gender


@pytest.mark.parametrize("text, person, gender", [
    ("Am Montag sprach die stellvertretende Leiterin Eva Roth.", "Eva Roth", "f"),
    ("Später sagte Tom Weber nichts. Der Bürgermeister Tom Weber kam.", "Tom Weber", "m"),
    ("Tom Weber, Sprecher der Stadt, kam.", "Tom Weber", "m"),
    ("Anna Keller (45), Ärztin aus Halden, kam.", "Anna Keller", "f"),
    ("Eva Roth, die Vorsitzende des Vereins, kam.", "Eva Roth", "f"),
    # another word that holds the name, a verb before it, no role at all: none
    ("Die Ministerin besuchte die Kellerbar. Anna Keller kam.", "Anna Keller", None),
    ("Am Montag sagte Anna Keller, sie komme.", "Anna Keller", None),
])
def test_stated_gender(text, person, gender):
    assert stated_gender(text, person) == gender


# mood_before.pronoun_subject: a partial quote in a sentence that opens on "Er"/"Sie" and a verb
# in the singular of Konjunktiv I reports the speech of the one the pronoun stands for.
@pytest.mark.parametrize("body, words, speaker", [
    ("Ministerin Anna Keller sprach am Montag im Rat. Sie sei „sehr zufrieden mit dem Ergebnis“.",
     "sehr zufrieden mit dem Ergebnis", "Anna Keller"),
    ("Tom Weber sprach am Montag im Rat. Er wolle „auf keinen Fall aufgeben“. Weber blieb.",
     "auf keinen Fall aufgeben", "Tom Weber"),
    ("Tom Weber sprach am Montag im Rat. Und er könne „das Ergebnis gut verstehen“. Weber blieb.",
     "das Ergebnis gut verstehen", "Tom Weber"),
    # the plural ("Sie seien"): they, no one person
    ("Tom Weber sprach am Montag im Rat. Sie seien „sehr zufrieden mit dem Ergebnis“.",
     "sehr zufrieden mit dem Ergebnis", None),
])
def test_reported_mood_after_a_pronoun(body, words, speaker):
    assert _found(body, words)[1] == speaker


# pronouns_intl.pronoun_antecedent: the sex an "er" or "sie" showed once for someone holds later.
def test_a_pronoun_read_once_tells_the_sex_for_later_ones():
    body = ("Tom Weber kam am Montag nach Halden. „Wir bleiben hier“, sagte er. Am Dienstag trafen sich "
            f"Tom Weber und Anna Keller im Rathaus. Danach sagte sie: „{WORDS}“ Keller blieb.")
    assert _speaker(body) == "Anna Keller"


# implied.only_person_before with pronouns_de.candidate_test: the one person named before a
# pronoun whose sentences name no one, the people a title gives the other sex not counted.
@pytest.mark.parametrize("pronoun, speaker", [("sie", "Anna Keller"), ("er", "Tom Weber")])
def test_the_only_person_of_the_pronouns_sex(pronoun, speaker):
    body = ("Bürgermeister Tom Weber eröffnete am Montag die Halle. Weber lobte den Bau. Die Architektin "
            "Anna Keller hatte den Plan entworfen. Keller arbeitete zwei Jahre daran.\n\n"
            "Die Halle hat fünfhundert Plätze und eine neue Bühne.\n\n"
            f"Bei der Feier am Abend sagte {pronoun}: „{WORDS}“")
    assert _speaker(body) == speaker


# pronouns_intl._credited_between: "sie" is the person last credited in the paragraph where the
# article shows she is a woman; one of unknown sex, as before, is not.
@pytest.mark.parametrize("credit, speaker", [
    ("sagte Anna Keller, Sprecherin der Stadt, nach dem Treffen mit Tom Weber", "Anna Keller"),
    ("sagte Tom Weber, Sprecher der Stadt, nach dem Treffen mit Anna Keller", "Anna Keller"),
    ("sagte Anna Keller nach dem Treffen mit Tom Weber", "Anna Keller"),  # by her first name
    ("sagte Kim Keller nach dem Treffen mit Sascha Weber", None),  # first names of both sexes
])
def test_sie_goes_on_with_the_woman_credited_before(credit, speaker):
    body = (f"„Wir bleiben hier“, {credit}. Der Rat müsse bald über die Halle entscheiden. „{WORDS}“, "
            "sagte sie. Keller und Weber bleiben.")
    assert _speaker(body) == speaker


# surname_mentions (shared by gender_de and gender_fr): where a noun next to the name is read
def test_surname_mentions_start_at_the_full_name_and_skip_parts_of_words():
    from newsbeam.transforms.quotes.surname_mentions import surname_mentions
    text = "Die Webers kamen. Die Ärztin Anna Weber sagte, Weber sei müde. Weber ging."
    found = list(surname_mentions(text, "Anna Weber", 2, whole_words=True))
    assert [text[a:b] for a, b in found] == ["Anna Weber", "Weber"]  # "Webers" is no mention; at most 2
    assert [text[a:b] for a, b in surname_mentions(text, "Anna Weber", 1)] == ["Weber"]  # in "Webers"
    assert list(surname_mentions(text, "", 3)) == []
