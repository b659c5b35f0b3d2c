"""Stop 37, kind, on made-up sentences: review and comment roundups (issue 16). After a sentence
that closes on ``said X in Y.``, the critic's phrases in the sentences that follow are the
critic's, partial (``roundup_phrase``, transforms/quotes/roundup_phrases.py); one quoted word
there, credited by the quote before, stays the critic's (not ``reported_mood_word``'s scare);
titles, names and listed terms stay scare."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from tests.quote_probes import first_quote_starting


# -- roundup_phrase: the critic of a paraphrased column ---------------------------------------

@pytest.mark.parametrize("body,words,speaker", [
    ("The new bridge is a folly, said Ann Lee in The Harbor Courier. This “concrete monument to vanity” "
     "will cost the town dearly.", "concrete monument", "Ann Lee"),
    ("The opera drags, wrote Tom Hale in the Daily Lantern. The second act is long. Its chorus is "
     "“shrill and aimless” from the start.", "shrill and aimless", "Tom Hale"),
    ("Nobody wants the tower, argues Jo M. Roe on Riverside Review. Its lobby is a “cold glass box”.",
     "cold glass box", "Jo M. Roe"),
    # a pronoun subject in the quote's sentence: still the critic's phrase, not the subject's
    ("The mayor is rich enough, said Ann Lee in The Harbor Courier. He could keep “pouring money away” "
     "for years.", "pouring money away", "Ann Lee"),
    # one word the rule finds itself
    ("The museum has done well, said Ann Lee in The Harbor Courier. Its new wing is “luminous”.",
     "luminous", "Ann Lee"),
])
def test_roundup_phrase_is_the_critics(body, words, speaker):
    q = first_quote_starting(body, words)
    assert (q.speaker, q.kind) == (speaker, "partial")


@pytest.mark.parametrize("body,words", [
    # a title or a name in the critic's paragraph: scare, as the guide has it
    ("The staging is bold, said Ann Lee in The Harbor Courier. It borrows from Verdi’s “Otello” freely.",
     "Otello"),
    ("The film is too long, said Ann Lee in The Harbor Courier. Her “Mildred” is the best thing in it.",
     "Mildred"),
    # a word quoted as a word
    ("The book is clumsy, said Ann Lee in The Harbor Courier. It uses the word “synergy” forty times.",
     "synergy"),
    # terms listed by the writer
    ("The clinic is small, said Ann Lee in The Harbor Courier. It treats sleep disorders, including "
     "“parasomnia” and “hypersomnia”.", "parasomnia"),
])
def test_roundup_titles_and_terms_stay_scare(body, words):
    q = first_quote_starting(body, words)
    assert (q.speaker, q.kind) == (None, "scare")


@pytest.mark.parametrize("body,words", [
    # someone else reported between the critic's sentence and the quote
    ("The plan fails, said Ann Lee in The Harbor Courier. The mayor says it is fine. The budget is a "
     "“bottomless pit”.", "bottomless pit"),
    # no publication after the name: an ordinary paraphrase, not a roundup (left to the other rules)
    ("The plan fails, said Ann Lee. Its budget is a “pit”.", "pit"),
    # another paragraph
    ("The plan fails, said Ann Lee in The Harbor Courier.\n\nThe budget is a “bottomless pit”.",
     "bottomless pit"),
])
def test_roundup_phrase_needs_the_critics_paragraph(body, words):
    q = first_quote_starting(body, words)
    assert q.rule != "roundup_phrase"
    assert q.speaker is None


def test_roundup_phrase_is_english_only():
    body = ("Der Plan scheitert, said Ann Lee in The Harbor Courier. Das Budget ist ein „Fass ohne Boden“ "
            "und die Stadt zahlt.")
    found = [q for q in extract_quotes(None, None, body, language="de") if q.text.startswith("Fass")]
    assert found and found[0].rule != "roundup_phrase"


# -- in_roundup: one word credited by the quote before stays the critic's ----------------------

@pytest.mark.parametrize("body,words,speaker", [
    ("“It cannot last,” said Ann Lee in The Harbor Courier. Even the lobby is a “pastiche”.",
     "pastiche", "Ann Lee"),
    ("“Book early,” said Tom Hale in Coast Traveller. The “breezy” terrace opens in May.",
     "breezy", "Tom Hale"),
])
def test_one_word_in_a_roundup_stays_the_critics(body, words, speaker):
    q = first_quote_starting(body, words)
    assert (q.speaker, q.kind) == (speaker, "partial")


def test_one_word_outside_a_roundup_stays_scare():
    # the same layout with no publication: rule reported_mood_word as before
    q = first_quote_starting("“It cannot last,” said Ann Lee. Even the lobby is a “pastiche”.", "pastiche")
    assert (q.speaker, q.kind) == (None, "scare")


# -- dense_phrases: one word among someone's quoted phrases ------------------------------------

@pytest.mark.parametrize("body,words,speaker", [
    # listed after a quote credited to someone
    ("Ann Lee spoke at the forum. She said the report named the “main culprits” as “landlords”, "
     "“speculators” and “banks”.", "speculators", "Ann Lee"),
    ("Ann Lee spoke at the forum. She said the report named the “main culprits” as “landlords”, "
     "“speculators” and “banks”.", "banks", "Ann Lee"),
    # a word of judgement in a dense sentence: after a copula, before a noun
    ("“Cycling is freedom,” said Tom Hale. This “sturdy” frame is “superb” to ride, and the saddle "
     "is “soft enough for long tours.”", "sturdy", "Tom Hale"),
    ("“Cycling is freedom,” said Tom Hale. This “sturdy” frame is “superb” to ride, and the saddle "
     "is “soft enough for long tours.”", "superb", "Tom Hale"),
])
def test_dense_phrases_keep_the_speaker(body, words, speaker):
    q = first_quote_starting(body, words)
    assert (q.speaker, q.kind) == (speaker, "partial")


@pytest.mark.parametrize("body,words", [
    # a lone word in a sentence that reports nothing: the writer's term, as before
    ("The team built a shelter, Ann Lee said. It is “cheap”.", "cheap"),
    # terms the writer lists, not after a credited quote nor where an adjective stands
    ("Sleep can be “hard to measure”, said Ann Lee. The clinic sees “many odd cases”, including "
     "insomnia, “parasomnia” or “hypersomnia”.", "parasomnia"),
    ("Sleep can be “hard to measure”, said Ann Lee. The clinic sees “many odd cases”, including "
     "insomnia, “parasomnia” or “hypersomnia”.", "hypersomnia"),
    # a capitalized word is a name
    ("“Cycling is freedom,” said Tom Hale. The “Comet” frame is “superb” to ride and “light as air.”",
     "Comet"),
])
def test_dense_phrases_leave_terms_and_names(body, words):
    q = first_quote_starting(body, words)
    assert (q.speaker, q.kind) == (None, "scare")


# -- clause_kinds: what the writer's sentence holds besides the quote ---------------------------

@pytest.mark.parametrize("body,words,kind", [
    # only an attribution (and a sentence adverb or conjunction) before a whole quoted sentence
    ("Ultimately, said the Harbor Courier, “this is no job for amateurs.”", "this is no job", "direct"),
    ("Ann Lee spoke next. But, she adds, “the ferry will run on time.”", "the ferry will run", "direct"),
    ("Tom Hale spoke last. Hale added, “we are ready for the storm.”", "we are ready", "direct"),
    # words of the writer's own before the attribution, or a clause that goes on: partial
    ("There is some irony, Ann Lee says, “but the ferry runs on time.”", "but the ferry", "partial"),
    ("That said, “even a small boat can be a good option,” said Tom Hale.", "even a small boat", "partial"),
    ("The council met at the harbor hall and on Jan. 13 declared, “the ferry runs again.”",
     "the ferry runs", "partial"),
    ("But at the Harbor Courier, “we are watching a slow decline.”", "we are watching", "partial"),
    # a quote that completes the writer's that-clause, capital or not
    ("Ann Lee repeated her warning that if the strikers stayed out, “We will close the plant.”",
     "We will close", "partial"),
    ("Tom Hale said that once the bridge opens, “The ferry has no future.”", "The ferry has", "partial"),
    # several sentences after the condition: a passage, direct as before
    ("Tom Hale said that if the town must choose, “We choose the ferry. We choose the harbor.”",
     "We choose the ferry", "direct"),
])
def test_clause_kinds(body, words, kind):
    assert first_quote_starting(body, words).kind == kind


def test_no_wonder_is_no_verb_of_saying():
    # "No wonder – “…” have …": the quote is the subject of the writer's sentence, partial
    body = ("“The harbor is dying,” said Ann Lee. The fleet shrinks every year. No wonder – “long hours "
            "and low pay” have most crews thinking of leaving.")
    q = first_quote_starting(body, "long hours")
    assert (q.kind, q.speaker) == ("partial", "Ann Lee")


# -- a cue inside a closed aside leads into nothing after the bracket ---------------------------

def test_cue_inside_a_closed_aside_is_no_lead_in():
    body = ("In the film, towns roll on wheels (nobody asks how, and it is never explained), swallowing "
            "“tasty” villages for fuel.")
    q = first_quote_starting(body, "tasty")
    assert (q.speaker_mention, q.kind) == (None, "scare")


def test_short_bracketed_attribution_still_leads_in():
    q = first_quote_starting("Ann Lee spoke first. The plan (she said) was a “disaster” for the town.", "disaster")
    assert (q.speaker, q.kind) == ("Ann Lee", "partial")


# -- thought_after: a thought in its own words; code_value: a string literal -------------------

@pytest.mark.parametrize("body,words", [
    ("Some gadgets are so odd that when you see one, you just know “I need this!” at once.", "I need this!"),
    ("Picture the moment of suddenly thinking “Did I lock the back door?” on the motorway.",
     "Did I lock the back door?"),
])
def test_thought_after_a_verb_of_thinking_is_direct(body, words):
    q = first_quote_starting(body, words)
    assert (q.kind, q.speaker) == ("direct", None)


@pytest.mark.parametrize("body,words", [
    # no "!" or "?" of its own: a phrase of the writer's sentence, as before
    ("Ann Lee thinks “Harbor Days” will sell out.", "Harbor Days"),
    # a title after a verb of thinking: in title case, "!" or not, it stays a name
    ("Everyone who saw it thought “Mamma Mia!” was the show of the year.", "Mamma Mia!"),
])
def test_thought_after_leaves_names_and_phrases(body, words):
    assert first_quote_starting(body, words).kind != "direct"


@pytest.mark.parametrize("body,words", [
    ('Set the header first.\n\nUSER_AGENT = "Harbor/2.0 (X11; Linux x86_64) Ferry/1.1"\n\nThen send it.',
     "Harbor/2.0"),
    ('The search string is built as follows.\n\nquery = "ferry times harbor"\n\nIt is sent as is.', "ferry times"),
])
def test_code_value_is_scare(body, words):
    q = first_quote_starting(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


def test_html_attribute_is_no_code_value():
    from newsbeam.transforms.quotes.web_address import code_value
    text = '<post date="May 2">We will sail'
    assert not code_value(text, text.index('"') + 0)
    assert code_value('x = "a"', 4)


# -- "without" opens an introductory phrase: the subject comes after it --------------------------

def test_without_phrase_is_skipped_for_the_subject():
    body = ("Without naming the developer, Ann Lee denounced “reckless speculation” and declared a "
            "“new era” at the harbor.")
    assert (first_quote_starting(body, "reckless").speaker, first_quote_starting(body, "reckless").kind) == ("Ann Lee", "partial")
    assert first_quote_starting(body, "new era").speaker == "Ann Lee"


# tokens.sentences_before: the walk back over a paragraph's sentences that roundup_phrase and
# paraphrase_before share
def test_sentences_before_walks_back_nearest_first_within_floor_and_count():
    from newsbeam.transforms.quotes.tokens import Sentences, sentences_before
    text = "Intro line.\n\nOne is here. Two is there. Three is near. Quote sentence."
    p_lo = text.index("One")
    own_lo = text.index("Quote")
    sentences = Sentences(text)
    walked = [text[a:b] for a, b in sentences_before(text, sentences, p_lo, own_lo, p_lo, 5)]
    assert walked == ["Three is near.", "Two is there.", "One is here."]  # never past the paragraph
    assert len(list(sentences_before(text, sentences, p_lo, own_lo, p_lo, 2))) == 2
    floor = text.index("Two") + 2  # a sentence that starts before the floor ends the walk
    assert [text[a:b] for a, b in sentences_before(text, sentences, p_lo, own_lo, floor, 5)] == ["Three is near."]
