"""mend43: the per-quote scans of the whole text read the article's name index instead (read43
F3, F4); the outputs stay, a surname inside a longer word is no mention of it."""
from __future__ import annotations

from newsbeam.transforms.quotes import extract_quotes


def _speaker(body: str, words: str, lang: str = "en") -> str | None:
    found = [q for q in extract_quotes("", [], body, language=lang) if q.text == words]
    assert len(found) == 1
    return found[0].speaker


# subject_company: a one-word name counts where the article writes it bare inside a sentence.
def test_a_one_word_company_written_inside_a_sentence_is_credited():
    body = "Staff gathered outside Pellago on Friday.\n\nPellago cut 300 jobs. The company said it wants to “stay lean.”"
    assert _speaker(body, "stay lean.") == "Pellago"


def test_a_one_word_company_written_inside_only_as_a_possessive_is_not():
    body = "Staff gathered at Pellago’s gates.\n\nPellago cut 300 jobs. The company said it wants to “stay lean.”"
    assert _speaker(body, "stay lean.") is None


# org_surnames.org_word_person: "the" before the word (or before the given name and the word),
# read at the word's mentions, keeps the body's reading.
def test_a_surname_that_is_a_bodys_word_is_the_person():
    body = "The singer Mara Bank toured in May. “It was loud,” Bank said."
    assert _speaker(body, "It was loud,") == "Mara Bank"


def test_the_word_written_with_its_article_is_no_person():
    body = "The singer Mara Bank toured in May. The  Bank lent her money. “It was loud,” Bank said."
    assert _speaker(body, "It was loud,") == "Bank"


# place_described.place_agrees: the place is looked for around the holder's surname as a whole
# word only ("Rau", not the "Rau" of "Rauch").
def test_a_surname_inside_a_longer_word_is_no_mention_of_the_holder():
    from newsbeam.transforms.quotes.place_described import place_agrees

    far = ("Oberbürgermeisterin Eva Rau empfing am Montag die Gäste. Über Köln stieg Rauch auf. "
           "„Wir helfen allen“, so die Kölner Oberbürgermeisterin.")
    near = "Die Kölner Oberbürgermeisterin Eva Rau empfing am Montag die Gäste."
    assert place_agrees(far, "die Kölner Oberbürgermeisterin", "Eva Rau") is None
    assert place_agrees(near, "die Kölner Oberbürgermeisterin", "Eva Rau") == "Eva Rau"


# described_fr: a name after "de" is a work's topic (described_fr._topic), so "le livre de X"
# leaves the description with no one, where "X publie un livre" gives X.
def test_a_name_after_de_is_no_author_for_the_description():
    body = ("Le dernier livre de Claire Morvan paraît en mai chez un petit éditeur. La romancière dénonce "
            "une « époque pressée ».")
    assert _speaker(body, "époque pressée", "fr") is None


def test_a_name_that_acts_is_the_one_the_description_stands_for():
    body = ("Claire Morvan publie un livre en mai chez un petit éditeur. La romancière dénonce "
            "une « époque pressée ».")
    assert _speaker(body, "époque pressée", "fr") == "Claire Morvan"


# place_described.place_adjective: one reader of a German place's adjective for the three
# rules that read "place adjective + role" (place_described, so_described, names_someone).
def test_one_reader_of_a_place_adjective():
    from newsbeam.transforms.quotes.names_someone import place_and_role
    from newsbeam.transforms.quotes.place_described import place_adjective

    assert [place_adjective(w) for w in ("Kölner", "Münchner", "Minister", "Aer")] == [True, True, False, False]
    assert [place_and_role(s) for s in ("Augsburger Bischof", "Peter Fürst", "Aer Bischof")] == [True, False, False]


# newer_antecedent._in_background reads the sentence naming the newer person from the zone's
# sentences: an abbreviation ("z. B.") before the name does not cut off its passive verb.
def test_the_background_sentence_is_not_cut_at_an_abbreviation():
    from newsbeam.transforms.quotes.context import ArticleContext
    from newsbeam.transforms.quotes.names import NameIndex
    from newsbeam.transforms.quotes.newer_antecedent import _in_background
    from newsbeam.transforms.quotes.tokens import Sentences

    text = ("„Wir warten ab“, sagte Schulleiter Martin Vogt. Lukas Brandt hatte z. B. das Gebäude geplant, "
            "sagt Brandt heute. „Das hält noch lange“, sagte er.")
    ctx = ArticleContext(NameIndex([text]))
    ctx.sentences = Sentences(text)
    s_lo = text.index("„Das hält")
    assert _in_background(text, ctx, 0, s_lo, s_lo, "Lukas Brandt") is True
