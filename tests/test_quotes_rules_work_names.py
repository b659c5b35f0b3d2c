"""Names quoted right after the noun for what they name (transforms/quotes/work_names.py, rule
``work_after_noun``, with German compounds and French elision) and words quoted after a noun for
words in other languages (kinds.WORD_NOUNS), on made-up sentences, grouped by rule: the name is a
scare quote with no speaker, whoever the sentence says spoke; speech after such a noun and a
comma or colon is not a name."""
from __future__ import annotations

import pytest

from tests.records import quote_with_words
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.work_names import (
    _EXAMPLE_LINKS, _is_work_noun, _words_before, is_name_of_work, named_after_work_noun)


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    end = start + len(words)
    return Span(start, end, start - 1, end, "“", 0)


# --- work_after_noun: the name after the noun is no one's words --------------------------------

@pytest.mark.parametrize("lang,text,words", [
    ("de", "In ihrem Buch „Wege durch den Nebel“ beschreibt Clara Wendt das Leben am Deich.",
     "Wege durch den Nebel"),
    ("de", "Mehr Hinweise zum Thema „Sicher radeln im Winter“ finden Sie unten.", "Sicher radeln im Winter"),
    ("de", "„Wir helfen gern“, sagte Jonas Brede auf einer Tagung zum Thema „Hilfe für Pendler“.",
     "Hilfe für Pendler"),
    ("de", "Sie fürchten, das Stück „Verwaltungsreform“ werde noch lange gespielt.", "Verwaltungsreform"),
    ("en", "The committee said the singer known for hits such as “Blue Harbor Nights” will open the show.",
     "Blue Harbor Nights"),
    ("en", "Lena Ortiz said the song “Paper Lanterns” changed her life.", "Paper Lanterns"),
    ("es", "Marta Ibarra presentó el programa «Vecinos al día» en la radio local.", "Vecinos al día"),
    ("fr", "Odile Ferrand a lancé la campagne « Ville propre » lundi.", "Ville propre"),
    ("pt", "Caio Menezes lançou o projeto “Rua Viva” na segunda-feira.", "Rua Viva"),
    # a poem, a paper, a party (the last part of a compound), an event, a hotel
    ("de", "Wie Ina Roth im Gedicht „Nebelhorn“ zeigt, bleibt vieles offen.", "Nebelhorn"),
    ("de", "Laut einem Bericht der Zeitung „Abendpost“ steigen die Mieten.", "Abendpost"),
    ("de", "„Wir bleiben dabei“, sagt Paul Ries, Abgeordneter der Öko-Partei „Grüne Mitte“.", "Grüne Mitte"),
    ("de", "Das dritte Forum „Sport mit Herz“ findet im Mai statt.", "Sport mit Herz"),
    ("de", "Die Feier fand im Hotel „Haus am See“ in Kassel statt.", "Haus am See"),
    # a German compound („Vereinsmagazin", „Kinofilm"), a French noun after an elided article
    ("de", "„Wir trainieren viel“, sagte Trainer Udo Falk im Vereinsmagazin „Blau und Weiß“.", "Blau und Weiß"),
    ("de", "Die Firma nennt ihr neues Modell nach dem Kinofilm „Der stille Berg“, sagt Jan Ruhe.",
     "Der stille Berg"),
    ("fr", "Dans son livre « Les ombres du port » , Anne Verlaine raconte son enfance.", "Les ombres du port"),
    ("fr", "Paul Girard était l'invité de l'émission « Bonjour la ville » mardi, a-t-il rappelé.",
     "Bonjour la ville"),
])
def test_name_after_work_noun_is_scare(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert (quote.kind, quote.speaker) == ("scare", None)


@pytest.mark.parametrize("lang,text,words,speaker", [
    # a clause after the noun is what the work says or does: not a name
    ("en", "Lena Ortiz said the movie “was a mess from start to finish.”", "was a mess from start to finish.",
     "Lena Ortiz"),
    # after a comma the noun's words may be quoted: speech, not a name
    ("en", "“I was born by the sea,” Lena Ortiz wrote in her memoir. “It shaped me,” she said.",
     "It shaped me,", "Lena Ortiz"),
])
def test_speech_after_work_noun_stays_speech(lang, text, words, speaker):
    quote = quote_with_words(text, lang, words)
    assert quote.kind != "scare" and quote.speaker == speaker


@pytest.mark.parametrize("text,words,expected", [
    ("the book “Stone Garden” is out", "Stone Garden", True),
    ("zum Thema „Schutz vor Kälte“", "Schutz vor Kälte", True),
    ("films like “Night Train” sold out", "Night Train", True),
    ("the series “Dark Water,” which aired", "Dark Water,", True),
    # a comma, a colon or a verb before the mark: not right after the noun
    ("his memoir, “Stone Garden”", "Stone Garden", False),
    ("the motto: “Stone Garden”", "Stone Garden", False),
    ("she said “Stone Garden”", "Stone Garden", False),
    # not a name: a sentence, a question, lower case
    ("the song “Why Not? Come Home”", "Why Not? Come Home", False),
    ("the film “Rain fell. We left”", "Rain fell. We left", False),
    ("the film “was long”", "was long", False),
])
def test_named_after_work_noun(text, words, expected):
    assert named_after_work_noun(text, _span(text, words), words, "en") is expected


def test_name_of_work_length():
    text = "the book “" + " ".join(["Word"] * 13) + "”"
    words = " ".join(["Word"] * 13)
    assert not is_name_of_work(words, _span(text, words))
    assert is_name_of_work("Twelve Words", _span("the book “Twelve Words”", "Twelve Words"))


# --- work_after_noun in German and French: compounds, elision, names in lower case ---------------

@pytest.mark.parametrize("text, lang, quoted, expected", [
    ("In ihrem Buch „", "de", "Wege durch den Nebel", True),
    ("des Verbandsmagazins „", "de", "Blau und Weiß", True),  # a compound, in the genitive
    ("zum Thema „", "de", "sicher radeln im Winter", True),  # a German name may open in lower case
    ("Sie schreibt in ihrem Buch: „", "de", "Wir haben alles versucht.", False),  # quoted from it
    ("Mit dem Satz „", "de", "Wir haben alles versucht", False),  # a word for speech
    ("Das Mitglied „", "de", "Otto", False),  # "lied" counts only whole
    ("Die Redaktion „", "de", "Otto", False),  # so does "aktion"
    ("Er nannte es „", "de", "Unsinn", False),
    ("dans son livre « ", "fr", "Les ombres", True),
    ("l'émission « ", "fr", "Bonjour la ville", True),  # after an elided article
    ("dans son livre, « ", "fr", "Nous avons tout essayé", False),
    ("In her Kinderbuch “", "en", "Wege", False),  # compounds count in German only
    ("Im Buch „", "de", " ".join(["Wort"] * 20), False),  # too long for a name
])
def test_named_after_work_noun_de_fr(text, lang, quoted, expected):
    text = text + quoted
    start = len(text) - len(quoted)
    open_at = text.rindex("„" if "„" in text else "«" if "«" in text else "“", 0, start)
    span = Span(start, len(text), open_at, len(text), text[open_at], 0)
    assert named_after_work_noun(text, span, quoted, lang) is expected


# --- mentioned_word: nouns for words in French, Spanish, Portuguese -----------------------------

@pytest.mark.parametrize("lang,text,words", [
    ("fr", "Dans ce débat, le mot « austérité » revient sans cesse.", "austérité"),
    ("es", "En ese debate, la palabra «austeridad» aparece sin cesar.", "austeridad"),
    ("pt", "Nesse debate, a palavra “austeridade” aparece sem parar.", "austeridade"),
])
def test_word_after_word_noun_is_scare(lang, text, words):
    quote = quote_with_words(text, lang, words)
    assert (quote.kind, quote.speaker) == ("scare", None)


# --- mentioned_word: a description before the word names no one who uses it -------------------

@pytest.mark.parametrize("text,words,kind,speaker", [
    # the subject is a description ("the school's principal"): the word is mentioned as a word
    ("A parents' group wrote to the school's principal arguing that the use of the term “Harvest Day” "
     "misleads families.", "Harvest Day", "scare", None),
    # a named person who uses the word keeps it
    ("Ann Ruiz said the word “rigged” fits the vote.", "rigged", "partial", "Ann Ruiz"),
])
def test_word_noun_after_description(text, words, kind, speaker):
    quote = quote_with_words(text, "en", words)
    assert (quote.kind, quote.speaker) == (kind, speaker)


# --- work_after_noun's quick test of the word before the mark (speed only) ----------------------

def _without_quick_test(text: str, span: Span, quoted: str, lang: str) -> bool:
    """named_after_work_noun as it read before ``_may_name_work``: the quote's words first."""
    if not is_name_of_work(quoted, span, lang):
        return False
    words = _words_before(text, span.open_at)
    if not words:
        return False
    if _is_work_noun(words[-1], lang):
        return True
    return any(len(words) > len(link) and tuple(w.lower() for w in words[-len(link):]) == link and
               _is_work_noun(words[-len(link) - 1], lang) for link in _EXAMPLE_LINKS)


@pytest.mark.parametrize("before", [
    "the song “", "the SONG “", "hits such as “", "hits Such As “", "films like “", "albums including “",
    "she said “", "Lee's “", "the re’song “", "l'émission “", "l’Émission “", "the Kinderbuch “",
    "das Verbandsmagazin “", "das Mitglied “", "the song, “", "the song  \u00a0“", "the song    “",
    "song “", "“", "x" * 70 + "song “", "a songs “", "the 2024 song “", "the song_ “",
])
@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_quick_test_keeps_the_answer(before, lang):
    quoted = "Blue Harbor Nights"
    text = before + quoted + "” played."
    span = Span(len(before), len(before) + len(quoted), len(before) - 1, len(before) + len(quoted), "“", 0)
    assert named_after_work_noun(text, span, quoted, lang) is _without_quick_test(text, span, quoted, lang)
