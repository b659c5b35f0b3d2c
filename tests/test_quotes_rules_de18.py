"""German speakers (helper de18): a quote signed after its closing mark (``signed_after``, any
language), feminine agent nouns as role words before a name. Made-up sentences, grouped by rule
(or lexicon entry)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.language import use
from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.written_out import written_out

LIST_INTRO = ("Wir haben Leserinnen und Leser gefragt, wie sie nach einem langen Arbeitstag wieder zur "
              "Ruhe kommen, und viele Antworten bekommen.\n\n"
              "1. Einen Spaziergang im Park machen und das Handy zu Hause lassen.\n\n")


def _quotes(body: str, lang: str = "de"):
    return [(q.text, q.speaker, q.rule) for q in extract_quotes("", [], LIST_INTRO + body, lang)]


def _last(body: str, lang: str = "de"):
    return _quotes(body, lang)[-1][1:]


# signed_after: the name right after the closing mark, on the quote's own line, signs it.
@pytest.mark.parametrize("tail, speaker", [
    ("Bloggerin Greta Lindqvist (@greta.l)", "Greta Lindqvist"),
    ("Musiklehrer Tomek Baran", "Tomek Baran"),
    ("Sängerin und Podcasterin Mavi (@mavisingt)", "Mavi"),
    ("Greta Lindqvist (@greta.l)", "Greta Lindqvist"),
])
def test_signature_after_the_quote_names_its_speaker(tail, speaker):
    body = f"2. „Ich lese abends zehn Seiten in einem Roman und schlafe danach viel besser.“ {tail}"
    assert _last(body) == (speaker, "signed_after")


def test_signature_after_a_dash_names_its_speaker():  # (after_quote reads a dash first)
    body = "2. „Ich lese abends zehn Seiten in einem Roman und schlafe danach viel besser.“ – Greta Lindqvist"
    assert _last(body)[0] == "Greta Lindqvist"


COLLECTION = ("2. „Ich koche mir jeden Abend einen Tee.“ Sängerin Mavi (@mavisingt)\n\n"
              "3. „Ich gehe früh schlafen.“ Musiklehrer Tomek Baran\n\n")


@pytest.mark.parametrize("tail", ["(Greta Lindqvist)", "Greta Lindqvist"])
def test_a_name_alone_signs_a_quote_in_a_collection_of_signed_quotes(tail):
    body = COLLECTION + f"4. „Ich lese abends zehn Seiten in einem Roman.“ {tail}"
    assert _last(body) == ("Greta Lindqvist", "signed_after")


def test_a_name_alone_signs_a_quote_where_the_article_names_the_person_again():
    body = ("2. „Ich lese abends zehn Seiten in einem Roman.“ (Greta Lindqvist)\n\n"
            "Lindqvist schreibt selbst Romane.")
    assert _quotes(body)[-1][1:] == ("Greta Lindqvist", "signed_after")


@pytest.mark.parametrize("tail", [
    "Quelle Tagesschau", "(Übersetzung Redaktion)", "Deutsche Welle", "Pressemitteilung Stadtwerke",
    "Greta Lindqvist",  # a name alone, said once, in no collection: not enough to go by
])
def test_capitalized_words_alone_are_no_signature(tail):
    body = f"2. „Ich lese abends zehn Seiten in einem Roman und schlafe danach viel besser.“ {tail}"
    assert _last(body)[0] is None


def test_one_word_in_parentheses_counts_once_the_article_credited_it():
    body = ("2. „Ich koche mir jeden Abend einen Tee.“ Sängerin Mavi (@mavisingt)\n\n"
            "3. „Kein Bildschirm nach zehn Uhr.“ (Mavi)")
    assert _last(body) == ("Mavi", "signed_after")


@pytest.mark.parametrize("tail", [
    "(Berlin)",  # one word, never credited: a place or an outlet, not a signature
    "(dpa)",
    "(Foto: Greta Lindqvist)",  # a credit line, not who spoke
    "(2019)",
    "sagt die Bloggerin.",  # a sentence, no signature
    "Das hilft nicht jedem.",
])
def test_what_is_no_signature_names_no_one(tail):
    body = f"2. „Ich lese abends zehn Seiten in einem Roman und schlafe danach viel besser.“ {tail}"
    assert _last(body)[0] is None


def test_writer_words_before_the_quote_keep_their_own_attribution():
    body = ("2. Ein Leser empfiehlt ein Buch, das „alles ein bisschen leichter macht.“ (Prime Video)")
    assert _last(body)[1] != "signed_after"


def test_a_title_without_a_sentence_is_not_signed():
    body = "2. „Die Abendruhe“ (Greta Lindqvist)"
    assert _last(body)[1] != "signed_after"


def test_signature_in_an_english_list():
    body = ("2. “I switch my phone off at nine and read a novel instead.” Greta Lindqvist (@greta.l)")
    assert _last(body, "en") == ("Greta Lindqvist", "signed_after")


# names_de.is_role_noun: a feminine agent noun is a role word, not a given name.
@pytest.mark.parametrize("word, role", [
    ("bloggerin", True), ("moderatorin", True), ("stylistin", True), ("entrepreneurin", True),
    ("emotion-leserin", True), ("musiklehrer", True), ("influencerin", True),
    ("severin", False), ("martin", False), ("karin", False), ("leserin", False),
])
def test_feminine_agent_nouns_are_roles(word, role):
    assert is_role_noun(word) is role


def test_feminine_agent_noun_splits_off_the_name():
    with use("de"):
        assert split_title("Bloggerin Greta Lindqvist") == "Greta Lindqvist"
        assert split_title("Severin Baran") == "Severin Baran"


# aged_antecedent: "der 46-Jährige" after a quote, where the article gave no one that age, is the
# one person the sentence before names.
NEWS_INTRO = ("Die Nachricht kam am Sonntagabend überraschend, und im Netz wurde sie schnell geteilt "
              "und lebhaft kommentiert.\n\n")


def _news_last(body: str):
    q = extract_quotes("", [], NEWS_INTRO + body, "de")[-1]
    return q.speaker, q.rule


def test_age_after_the_quote_is_the_person_named_just_before():
    body = ("Das bestätigte Tobias Kranich am Montag. „Wir gehen getrennte Wege, und das ist "
            "gut so“, schrieb der 46-Jährige. Kranich lebt seit Jahren in Hamburg.")
    assert _news_last(body) == ("Tobias Kranich", "aged_antecedent")


def test_age_after_a_quote_that_opens_its_paragraph_reads_the_paragraph_before():
    body = ("Am Abend meldete sich Tobias Kranich bei seinen Fans.\n\n„Wir gehen getrennte Wege, "
            "und das ist gut so“, schrieb der 46-Jährige. Kranich lebt seit Jahren in Hamburg.")
    assert _news_last(body) == ("Tobias Kranich", "aged_antecedent")


@pytest.mark.parametrize("body", [
    # two people named: either may be 46
    "Das bestätigten Tobias Kranich und Lea Wendt. „Wir gehen getrennte Wege“, schrieb der 46-Jährige. "
    "Kranich und Wendt leben in Hamburg.",
    # someone else spoken of by a role: the age may be the neighbour's
    "Die Polizei befragte Tobias Kranich und seinen Nachbarn. „Ich habe nichts gehört“, sagte der 46-Jährige. "
    "Kranich lebt in Hamburg.",
    # the article gave the named person another age
    "Das bestätigte Tobias Kranich (52) am Montag. „Wir gehen getrennte Wege“, schrieb der 46-Jährige. "
    "Kranich lebt in Hamburg.",
    # no one named: someone new
    "Ein Mann aus Köln meldete sich bei der Polizei. „Ich habe nichts gehört“, sagte der 46-Jährige.",
])
def test_age_after_the_quote_names_no_one_when_unsure(body):
    assert _news_last(body)[0] is None


def test_age_given_to_someone_is_that_person():
    body = ("Lea Wendt (46) kennt Tobias Kranich seit der Schule. Das bestätigte Tobias Kranich am Montag. "
            "„Wir gehen getrennte Wege“, schrieb die 46-Jährige. Kranich lebt in Hamburg.")
    assert _news_last(body)[0] == "Lea Wendt"


# pronouns_intl: an embedded post's address between a credited quote and "er" is skipped.
def test_pronoun_reads_past_an_embedded_address():
    body = ("Das bestätigte Tobias Kranich am Montag. „Wir gehen getrennte Wege“, schrieb der 46-Jährige.\n\n"
            "https://www.instagram.com/p/AbC123xyz/\n\n"
            "„Ich bin meinem Herzen gefolgt“, führte er weiter aus. Kranich lebt in Hamburg.")
    assert _news_last(body)[0] == "Tobias Kranich"


# written_out: a body named by its acronym is the name the article spells it out to.
@pytest.mark.parametrize("speaker, text, expected", [
    ("AStA", "Der AStA (Allgemeiner Studierendenausschuss) lud ein.", "Allgemeiner Studierendenausschuss"),
    ("Studierendenvertretung AStA", "Der AStA (Allgemeiner Studierendenausschuss) lud ein.",
     "Allgemeiner Studierendenausschuss"),
    ("BUND", "Der Bund für Umwelt und Naturschutz (BUND) klagt.", "Bund für Umwelt und Naturschutz"),
    ("BUND", "Die Klage des Bundes für Umwelt und Naturschutz (BUND) läuft.", "BUND"),  # a genitive
    ("SPD", "Die SPD (Berlin) stimmte zu.", "SPD"),  # spells nothing out
    ("AStA", "Der AStA lud ein.", "AStA"),
    ("Jonas Brandt", "Jonas Brandt (SPD) lud ein.", "Jonas Brandt"),
])
def test_acronym_is_the_name_it_is_spelled_out_to(speaker, text, expected):
    assert written_out(speaker, text) == expected


def test_acronym_speaker_in_an_article():
    body = ("Der AStA (Allgemeiner Studierendenausschuss) hat die Vorlesung kritisiert. „Wir bleiben "
            "bei unserer Kritik“, schrieb der AStA am Samstag.")
    assert _news_last(body)[0] == "Allgemeiner Studierendenausschuss"


@pytest.mark.parametrize("body", [
    "Jonas Brandt kam mit seiner Frau zur Feier. „Das war ein schöner Abend“, sagte die 46-Jährige. Brandt lachte.",
    "Der Anwalt von Jonas Brandt sprach am Montag. „Wir legen Berufung ein“, sagte der 46-Jährige. Brandt schwieg.",
])
def test_age_after_the_quote_is_not_read_when_someone_else_is_described(body):
    # (a later rule, subject_before, may still credit the subject before: main's behaviour)
    assert _news_last(body)[1] != "aged_antecedent"


# written_out (mend-de): a person or a region in parentheses next to a party spells nothing out.
@pytest.mark.parametrize("speaker, text", [
    ("SPD", "Das erklärte Sabine Sommerfeld (SPD) am Freitag in Kiel."),
    ("CDU", "Carola Lorenzen (CDU) widersprach ihm."),
    ("FDP", "Die FDP (Fraktionsvize Florian Dorn) stimmte dagegen."),
    ("SPD", "Die SPD (Schwaben) wählt neu."),
])
def test_a_name_next_to_a_party_is_no_spelled_out_acronym(speaker, text):
    assert written_out(speaker, text) == speaker


def test_party_statement_is_not_given_to_a_member_named_with_the_party():
    body = ("Das erklärte Sabine Sommerfeld (SPD) am Freitag in Kiel. Sommerfeld will mehr Geld.\n\n"
            "„Wir stimmen diesem Gesetz nicht zu“, teilte die SPD am Samstag mit.")
    # (the party itself since stop 44, de44: German reads a body's acronym after an article as the
    # body, as the gold guide has an organisation speak; never the member named with it)
    assert _news_last(body)[0] == "SPD"


def test_a_spelled_out_name_covers_the_acronym():
    assert written_out("SPD", "Die Sozialdemokratische Partei Deutschlands (SPD) tagt.") == \
        "Sozialdemokratische Partei Deutschlands"


# signed_after (mend-de): a place, an outlet, a credit line or a body after the quote is no signature.
@pytest.mark.parametrize("tail", [
    "(Sankt Peterzell)", "Bad Kreuzhausen", "(Neue Rundschau)", "(Fotos Greta Lindqvist)",
    "(Übersetzung Tomek Baran)", "(New Dorvan)", "(Coral Springs)",
])
def test_a_place_or_credit_in_a_collection_is_no_signature(tail):
    body = COLLECTION + f"4. „Ich lese abends zehn Seiten in einem Roman.“ {tail}"
    assert _last(body)[0] is None


@pytest.mark.parametrize("tail", ["Stadtrat Dorvanstadt", "Sprecher Landesregierung", "Trainerin Eintracht"])
def test_a_role_and_one_word_never_named_again_is_no_signature(tail):
    body = f"2. „Wir bauen die Brücke trotzdem, auch wenn es teurer wird.“ {tail}"
    assert _last(body)[0] is None


def test_a_surname_inside_another_word_is_not_named_again():
    body = ("Die Langstreckenflüge werden teurer, und viele Reisende ärgern sich.\n\n"
            "2. „Ich fliege trotzdem, weil ich meine Familie sehen will.“ Kommentar Jonas Lang")
    assert _last(body)[0] is None


def test_an_unsigned_quote_after_a_signed_one_inherits_no_signature():
    body = COLLECTION + "4. „Ich trinke warme Milch.“ (Neue Rundschau)\n\n5. „Ich lese ein Buch.“"
    assert [q[1] for q in _quotes(body)[-2:]] == [None, None]


# names_de: a given name shaped like a feminine agent noun is no role word.
@pytest.mark.parametrize("word", ["christin", "kristin", "justin", "augustin"])
def test_given_names_like_agent_nouns_are_no_roles(word):
    assert is_role_noun(word) is False


def test_a_given_name_like_an_agent_noun_stays_in_the_name():
    body = ("Die Schule bleibt geschlossen. Christin Walber hat zwei Kinder.\n\n"
            "„Das trifft uns hart“, sagte Christin Walber.")
    assert _news_last(body)[0] == "Christin Walber"


# aged_antecedent (mend-de): an object, a possessor, the other gender or someone else by a noun.
@pytest.mark.parametrize("body", [
    # a woman (by her role) for "der"; and a man named by a noun beside her
    "Kranich ist beliebt. Ministerin Lea Kranich besuchte am Montag einen Bergmann. "
    "„Ich bin nur ein Arbeiter“, sagte der 58-Jährige.",
    # the name after "von": the victim, not the speaker
    "Kranich war Bäcker. Die Stadt trauert um den Freund von Tobias Kranich. "
    "„Er fehlt uns allen“, sagte der 58-Jährige.",
    # someone else by a nominalised adjective
    "Kranich blieb gelassen. Richter Tobias Kranich befragte am Montag den Festgenommenen. "
    "„Ich bin unschuldig“, sagte der 58-Jährige.",
    # another subject opens the sentence: the name is its object
    "Kranich schwieg. Die Feuerwehr rettete Tobias Kranich am Montag aus dem Keller. "
    "„Wir kamen gerade rechtzeitig“, sagte der 58-Jährige.",
])
def test_age_after_the_quote_is_not_an_object_or_the_other_gender(body):
    assert _news_last(body)[1] != "aged_antecedent"


def test_age_after_the_quote_is_the_subject_a_passive_names():
    body = ("Kranich hatte Glück. Tobias Kranich wurde am Montag von einem Hund gebissen. "
            "„Ich habe ihn nicht kommen sehen“, sagte der 58-Jährige.")
    assert _news_last(body) == ("Tobias Kranich", "aged_antecedent")
