"""German quotes that go on from reported speech, messages sent, a subject after its verb
followed by adverbs, and the titles and possessors that are no speaker. Made-up sentences,
grouped by the rule (or lexicon entry) that credits them."""
from __future__ import annotations

from newsbeam.transforms.quotes import extract_quotes

INTRO = ("Die Stadt hat am Montag den neuen Haushalt beschlossen, und die Opposition ist nicht "
         "zufrieden mit dem Ergebnis der Abstimmung.\n\n")
FELDHAUS = INTRO + ("Die Architektin Maria Feldhaus hat am Montag ihr neues Projekt vorgestellt. "
                    "„Wir bauen für die Menschen, nicht für die Preise“, sagte Feldhaus.\n\n")


def _quotes(body: str):
    return extract_quotes("", [], body, "de")


def _last(body: str):
    q = _quotes(body)[-1]
    return q.speaker, q.kind, q.rule


# subject_then_adverbs: the subject right after the verb, then adverbs, then the colon.
def test_subject_after_the_verb_then_adverbs():
    body = FELDHAUS + "Sie plane nicht gern unter Druck, erzählte Feldhaus damals auch: „Ich brauche Ruhe.“"
    assert _last(body) == ("Maria Feldhaus", "direct", "lead_in")
    one = INTRO + "Sie plane nicht gern unter Druck, erzählte Obermaier später: „Ich brauche Ruhe.“"
    assert _last(one)[0] == "Obermaier"  # one word right after the verb: its subject


def test_a_noun_after_laut_is_no_name():
    body = INTRO + "Laut Experten ist das Modell selten, und viele kaufen es „wegen der Marke“ im Laden."
    assert _last(body)[0] is None


def test_words_after_the_subject_that_are_no_adverbs_keep_it_no_subject():
    body = INTRO + "Am Abend erklärte Obermaier den Gästen im Saal: „Ich brauche Ruhe.“"
    assert _last(body)[0] is None


# reported_mood_quote: a direct quote going on from a sentence in Konjunktiv I.
def test_quote_after_a_colon_of_reported_speech_is_the_reported_persons():
    body = FELDHAUS + "Sie sei mit der Planung noch nicht fertig: „Das Dach fehlt uns noch. Es dauert.“"
    assert _last(body) == ("Maria Feldhaus", "direct", "reported_mood_quote")


def test_quote_opening_the_sentence_after_reported_speech():
    body = INTRO + ("Der Verband verkläre die Lage, sagte Jonas Brandt am Samstag der Zeitung.\n\n"
                    "Ein Treffen sei auf dieser Basis nicht sinnvoll. „Wenn der Verband einlädt, "
                    "komme ich gerne und beantworte alle Fragen.“")
    assert _last(body) == ("Jonas Brandt", "direct", "reported_mood_quote")


def test_no_reported_speech_before_no_speaker():
    body = FELDHAUS + "Ein Umzug ist vorerst nicht geplant. „Wir bleiben in der Stadt, solange es geht.“"
    assert _last(body)[0] is None


def test_someone_else_named_as_the_subject_is_not_the_last_speaker():
    body = FELDHAUS + "Ihr Nachbar Karl Obermeier sei anderer Meinung: „Das passt hier nicht hin.“"
    assert _last(body)[0] != "Maria Feldhaus"


def test_reported_speech_with_no_person_reported_before_stays_null():
    body = INTRO + "Ein Treffen sei nicht sinnvoll. „Wir warten lieber ab, bis alles geklärt ist.“"
    assert _last(body)[0] is None


# reported_mood_word: one quoted word in a sentence of reported speech stays its speaker's.
def test_one_word_in_reported_speech_is_partial_and_the_speakers():
    body = FELDHAUS.rstrip() + " Die Kosten seien „gewaltig“, und die Stadt müsse helfen."
    assert _last(body) == ("Maria Feldhaus", "partial", "previous_quote")


def test_one_word_in_the_writers_own_sentence_is_a_scare_quote():
    body = FELDHAUS.rstrip() + " Die Kosten sind „gewaltig“, und die Stadt muss helfen."
    assert _last(body)[:2] == (None, "scare")


# message_sent: the sender of a message written out after a colon.
def test_message_sent_by_a_pronoun_or_a_name():
    body = FELDHAUS + "Am Abend schickt sie ihrem Kollegen eine Nachricht: „Wir haben es geschafft.“"
    assert _last(body) == ("Maria Feldhaus", "direct", "message_sent")
    body = FELDHAUS + "Später schickte Feldhaus eine WhatsApp-Nachricht an das Team: „Morgen feiern wir.“"
    assert _last(body) == ("Maria Feldhaus", "direct", "message_sent")


def test_message_to_the_reader_names_no_sender():
    body = INTRO + "Die Firma schickt Ihnen eine Mail: „Ihr Paket ist angekommen.“"
    assert _last(body)[0] is None


def test_message_verb_without_a_message_is_no_rule_of_messages():
    body = FELDHAUS + "Am Abend schickt sie die Pläne an das Amt: „Jetzt warten wir.“"
    assert _last(body)[2] != "message_sent"


# Titles (lexicon_de.TITLES): professions before a name are split off.
def test_professions_before_a_name_are_titles():
    body = INTRO + "„Wir fangen neu an“, sagte die stellvertretende Leiterin Eva Roth."
    assert _last(body)[0] == "Eva Roth"
    assert _quotes(FELDHAUS)[-1].speaker == "Maria Feldhaus"


# pronoun_antecedent: a possessor opening a sentence is not what it is about.
def test_possessor_is_no_antecedent_of_a_pronoun():
    body = INTRO + ("Jonas Brandt leitet das Amt seit Jahren.\n\n"
                    "Klaus' engste Vertraute ist die Leiterin Eva Roth, nur wenig älter als er. "
                    "In der Nacht schickt sie ihm eine Nachricht: „Ich komme gleich.“")
    assert _last(body)[0] not in ("Klaus", "Jonas Brandt")
