"""Quote kinds (direct, partial, scare) by shape, on hand-written sentences: what decides that
quoted words are someone's speech or the writer's term (see docs/gold-annotation.md, Kinds)."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.kinds import is_clause_fragment, is_name_after_preposition, short, word_count
from newsbeam.transforms.quotes.marks import Span, find_spans, paragraph_spans
from tests.quote_probes import only_quote


def test_word_count_counts_unspaced_scripts_by_characters():
    assert word_count("we will win") == 3
    assert word_count("精雕细琢") == 2
    assert not short("我们一直在努力工作，也会继续努力。")
    assert short("好的")


@pytest.mark.parametrize("body, words", [
    # A single quoted word in a sentence that reports no speech, after a quote of someone's:
    # the writer's term, not that speaker's word.
    ("“We start on Monday,” said Ana Ruiz, the organizer. The group has written a “playbook” "
     "for new members.", "playbook"),
    ("“The river is rising,” Tom Abel said. “Floodwise” in this valley means a sandbag wall.",
     "Floodwise"),
    # ... or taken for the subject of its sentence.
    ("Marta Olsen sells her pottery to the “make-your-own” crowd on weekends.", "make-your-own"),
])
def test_one_borrowed_word_is_scare(body, words):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("body, words, speaker", [
    # The sentence reports speech: the word is the speaker's.
    ("“We start on Monday,” said Ana Ruiz. She called the plan “reckless” at the meeting.",
     "reckless", "Ana Ruiz"),
    # Several words are a speaker's phrase, not a term.
    ("“We start on Monday,” said Ana Ruiz. The rollout would be “slow but steady” in the north.",
     "slow but steady", "Ana Ruiz"),
])
def test_a_word_in_reported_speech_stays_partial(body, words, speaker):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


def test_a_scare_word_does_not_break_the_chain_of_quotes():
    body = ("Tom Abel called the deal a “trap” and a “gift to the landlords that will cost tenants "
            "for years.” The “rent freeze” ends in May.")
    qs = {q.text: q for q in extract_quotes("", [], body)}
    assert qs["trap"].speaker == "Tom Abel"
    assert qs["gift to the landlords that will cost tenants for years."].speaker == "Tom Abel"


@pytest.mark.parametrize("body, words", [
    # A quoted sentence after a full stop or a colon written full-width is direct.
    ("会议在周五结束。“我们明年还会再来，这里的人非常热情。”一位参加者说。",
     "我们明年还会再来，这里的人非常热情。"),
    ("一位老师表示：“孩子们每天都在进步，我们也学到了很多东西。”", "孩子们每天都在进步，我们也学到了很多东西。"),
])
def test_full_width_punctuation_opens_a_direct_quote(body, words):
    assert only_quote(body, words).kind == "direct"


@pytest.mark.parametrize("body, words, kind", [
    # A subheading made only of a few quoted words quotes someone: partial, never scare.
    ("The council met on Tuesday to vote on the budget.\n\n‘Costly mistake’\n\nThe plan failed.",
     "Costly mistake", "partial"),
    # A name in title case, one word, or a label ending on a colon are not such headings.
    ("The council met on Tuesday.\n\n“Harbor Lights”\n\nThe show opens in May.", "Harbor Lights", "scare"),
    ("The council met on Tuesday.\n\n“Update:”\n\nThe plan failed.", "Update:", "scare"),
])
def test_a_quoted_subheading_is_someones_words(body, words, kind):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == (kind, None)


@pytest.mark.parametrize("body, words", [
    # A capitalized name right after a preposition is the name of a show, an outlet, a group.
    ("“We were surprised,” says Lena Berg. The host of “Morning Harbor” agreed with her.", "Morning Harbor"),
    ("«Der Abend war lang», sagt Jonas Keller, Reporter von «Stadtfunk», am Telefon.", "Stadtfunk"),
    ("Critics argued that the law's definition of “Drone” covered toy planes.", "Drone"),
])
def test_a_name_after_a_preposition_is_scare(body, words):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


def test_speech_after_a_preposition_is_not_a_name():
    text = "The crowd answered Lena Berg with chants of “We want more” and of “Harbor Days” at the rally."
    spans = {text[s.start:s.end]: s for s in find_spans(text, paragraph_spans(text))}
    assert not is_name_after_preposition(text, spans["We want more"], "We want more")
    assert is_name_after_preposition(text, spans["Harbor Days"], "Harbor Days")


@pytest.mark.parametrize("body, words", [
    ("“It looks cheap,” said Nora Vale of the Daily Lantern.\n\n“Harbor” (2011, $90M loss)\n\n"
     "The sequel did no better.", "Harbor"),
    ("Among her favorites is “Slow Rivers” (Ito, 1998) and a few short films.", "Slow Rivers"),
])
def test_a_name_with_a_year_in_brackets_is_a_work(body, words):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


def test_a_sentence_before_a_year_in_brackets_is_still_speech():
    q = only_quote("“We will win.” (2011) was her slogan, Nora Vale said.", "We will win.")
    assert q.kind != "scare"


def test_every_paragraph_of_a_quote_over_paragraphs_is_direct():
    body = ("Nora Vale spoke after the vote.\n\n“We lost the first round, and we knew it would be hard.\n\n"
            "“but the second round is ours. We will be back in May.\n\n“Nobody should doubt that,” she said.")
    assert [q.kind for q in extract_quotes("", [], body)] == ["direct", "direct", "direct"]


@pytest.mark.parametrize("body, words", [
    ("Schon die Römer kannten «Cogito et Veritas Lux», sagte sie nie.", "Cogito et Veritas Lux"),
    ("The band's new record, “Canciones de la Costa”, came out on Friday.", "Canciones de la Costa"),
])
def test_titles_with_small_words_of_other_languages_are_works(body, words):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


_DE = ("Die Mieter in der Stadt haben sich in diesem Jahr zu einer Gruppe zusammengeschlossen, "
       "die mit den Vermietern über die Kosten und die Verträge verhandeln will.\n\n")


@pytest.mark.parametrize("body, words", [
    # German reported speech (Konjunktiv I): the quoted words are someone's, though unnamed here.
    (_DE + "Der Verein sei die »größte Gruppe« im Viertel. Mehr wurde nicht bekannt.", "größte Gruppe"),
    (_DE + "Die Abgabe werde „sehr bald“ fällig, hieß es.", "sehr bald"),
])
def test_quoted_words_in_german_reported_speech_are_partial(body, words):
    assert only_quote(body, words).kind == "partial"


@pytest.mark.parametrize("body, words", [
    # "als seien" is the writer's comparison; a subjunctive inside another quote does not count.
    (_DE + "Die Schäden wurden hingenommen, als seien sie „unvermeidlich“.", "unvermeidlich"),
    (_DE + "Nun hofft „Falke“, dass es klappt, sagte er dem Blatt: „Ich werde ihn überzeugen.“", "Falke"),
])
def test_the_writers_own_comparison_is_not_reported_speech(body, words):
    assert only_quote(body, words).kind == "scare"


@pytest.mark.parametrize("body, words", [
    # Sentences quoted after a comma are direct even when the first opens in lower case ...
    ("As Nora Vale put it, “we tried the old way for years. It never worked.”",
     "we tried the old way for years. It never worked."),
    # ... and a hashtag or a handle after a comma opens a quoted sentence.
    ("The club's post reads, “#Derby day is sold out.”", "#Derby day is sold out."),
])
def test_quoted_sentences_after_a_comma_are_direct(body, words):
    assert only_quote(body, words).kind == "direct"


def test_one_clause_after_a_comma_in_lower_case_stays_partial():
    q = only_quote("Nora Vale said the plan was, in her words, “a slow way to fail.”", "a slow way to fail.")
    assert q.kind == "partial"


@pytest.mark.parametrize("body, words, speaker", [
    # After a copula the quoted words are what the subject is, not a label on the next noun.
    ("Mayor Ann Lee spoke on Monday. She insisted the city was “absolutely” against the plan.",
     "absolutely", "Ann Lee"),
    # A possessed phrase that a preposition goes on from is the owner's words.
    ("After the count, Governor Tom Hale congratulated the mayor on her “clear mandate” in the "
     "city.", "clear mandate", "Tom Hale"),
], ids=["after-a-copula", "possessed-then-preposition"])
def test_quoted_words_that_go_on_with_the_sentence_are_not_a_label(body, words, speaker):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


@pytest.mark.parametrize("body, words", [
    # A label on the noun after it stays the writer's scare quote.
    ("The council opened a “listening” office in the old mill.", "listening"),
    ("Acme sells ‘cards’ of every shop in town.", "cards"),
], ids=["label-on-a-noun", "noun-then-of"])
def test_a_quoted_label_on_a_noun_stays_scare(body, words):
    assert only_quote(body, words).kind == "scare"


@pytest.mark.parametrize("body, words, speaker", [
    # A verb of judging, greeting or foreseeing after a named subject: the quoted words in its
    # clause are that subject's, though they look like a label on the next word.
    ("Dana Fry runs the port authority. Fry indicated that “short delays” may follow the storm.",
     "short delays", "Dana Fry"),
    ("Senator Olu Bakare congratulated the rowers on the “superb finish” at the regatta.",
     "superb finish", "Olu Bakare"),
    ("Priya Nandan dismissed the audit as a “hasty sketch” of the accounts.",
     "hasty sketch", "Priya Nandan"),
], ids=["indicated-that", "congratulated-on", "dismissed-as"])
def test_a_judging_verb_gives_its_subject_the_partial_quote(body, words, speaker):
    q = only_quote(body, words)
    assert (q.kind, q.speaker, q.rule) == ("partial", speaker, "speech_subject")


@pytest.mark.parametrize("body, words", [
    # The subject is a thing, not someone: the writer's term.
    ("The new levy welcomed “pop-up” stalls into the market.", "pop-up"),
    # A name or title in capitals after the verb is no one's words.
    ("Dana Fry praised the “Safe Streets” scheme on Sunday.", "Safe Streets"),
    # The verb is not one that reports speech or a judgement.
    ("Dana Fry painted the “lucky” boats on the quay.", "lucky"),
    # The quoted words label the noun after them: the name of a fashion, not the subject's words.
    ("Dana Fry welcomed the “slow travel” trend in the valley.", "slow travel"),
], ids=["thing-as-subject", "capitalized-name", "plain-verb", "label-on-the-next-noun"])
def test_a_label_stays_scare_without_a_speaking_subject(body, words):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("body, words", [
    # A clause lifted from someone's words in a sentence that reports speech, with no one the
    # rules can name: partial with a null speaker, not the writer's term.
    ("The union said the new rota was “drawn up without asking a single nurse on the ward”.",
     "drawn up without asking a single nurse on the ward"),
    # Words in the first person are someone's, whatever the sentence around them.
    ("Many at the depot “know we cannot keep the night buses running past March.”",
     "know we cannot keep the night buses running past March."),
])
def test_a_long_lower_case_clause_in_reported_speech_is_partial(body, words):
    q = only_quote(body, words)
    assert q.kind == "partial"


@pytest.mark.parametrize("body, words", [
    # Fewer than five words, a title in capitals, an address, an argument in code: scare.
    ("The new rota has left the wards “badly short” of nurses.", "badly short"),
    ("Pupils in the town read “The Long Night of the River” at school.",
     "The Long Night of the River"),
    ("The docs said to call fetch(“https://api.example.org/v1/items/all”) once a day.",
     "https://api.example.org/v1/items/all"),
    ("The guide said it(“should return an empty list when nothing matches”) is the first test.",
     "should return an empty list when nothing matches"),
])
def test_short_titled_coded_or_unreported_quotes_stay_scare(body, words):
    assert only_quote(body, words).kind == "scare"



@pytest.mark.parametrize("body, words, mention, cue, speaker", [
    # A clause no rule credits: partial, the reporting words kept as the mention (rule
    # ``clause_fragment``): the subject before the cue, or a name right after it. The speaker
    # stays null unless the mention is a person's full name the article uses.
    # (pn42: "The ministers added …" is lead_in's now, plural_subject; "Two of the ministers" is not)
    ("Two of the ministers added that this step reflected an attempt to “push a new tax onto the "
     "smallest farms in the valley”.", "push a new tax onto the smallest farms in the valley",
     "the ministers", "added", None),
    ("Still, says Lee, the planners are tying the budget to the stadium, “framing every cut to "
     "the library as a threat to the schools.”",
     "framing every cut to the library as a threat to the schools.", "Lee", "says", None),
    ("Though the town is small, wrote Ann Lee, a historian at the museum, its harbour was "
     "“busier than any port on the northern coast.”", "busier than any port on the northern coast.",
     "Ann Lee", "wrote", "Ann Lee"),
    ("Turning to the harbour, former Dorvan Mayor Marta Quell agreed, praising her old rival as "
     "“one of the most careful sailors that the port has known.”",
     "one of the most careful sailors that the port has known.", "Dorvan Mayor Marta Quell", "agreed",
     "Marta Quell"),
])
def test_a_clause_fragment_keeps_its_reporter_as_the_mention(body, words, mention, cue, speaker):
    q = only_quote(body, words)
    assert (q.kind, q.speaker, q.speaker_mention, q.cue) == ("partial", speaker, mention, cue)
    # (an inverted incise with a person's name is read by lead_in since stop 46: inverted_incise_en)
    assert q.rule in ("clause_fragment", "inverted_incise_en")


@pytest.mark.parametrize("text", [
    # The first word closes on a quote mark: the marks were paired wrongly, the span runs on
    # past the real quote (‘aye’) to a mark that belongs to something else.
    "Those voting ‘aye’ were declared the winners after a vote on the bylaws’ passage.",
    "The effects are “grave’, said the Courier. It will cause lasting harm to the reef”.",
])
def test_a_span_whose_first_word_closes_a_mark_is_not_a_clause(text):
    open_at = min(k for k in (text.find("‘"), text.find("“")) if k >= 0)
    close_at = max(text.rfind("’"), text.rfind("”"))
    span = Span(open_at + 1, close_at, open_at, close_at, "curly", 0)
    assert not is_clause_fragment(text, span, text[open_at + 1:close_at])
    assert is_clause_fragment("They said it was “grave for the reef and the town”.",
                              Span(18, 49, 17, 49, "curly", 0), "grave for the reef and the town")


@pytest.mark.parametrize("body, words", [
    # A quote that is the whole of a parenthesis, credited only by borrowing: a gloss, scare.
    ("“We grow what the valley gives us,” said Ana Ruiz. Her farm keeps to a simple rule "
     "(“few crops and deep roots”) and a short season.", "few crops and deep roots"),
    # A title-case name right before the lower-case noun it modifies: a label, scare.
    ("Tom Abel: the mayor’s ‘Save Our Docks’ adviser takes a seat on the board",
     "Save Our Docks"),
    ("“The port must grow,” said Tom Abel. He backed a “Build It Here” rule for ferries.",
     "Build It Here"),
])
def test_a_label_in_brackets_or_before_its_noun_is_scare(body, words):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("scare", None)


@pytest.mark.parametrize("body, words, speaker", [
    # Title case then a word that is no noun: the speaker's name for someone, partial.
    ("During the hearing, Tom Abel took to referring to her as “Madam Harbour” rather than using "
     "her title.", "Madam Harbour", "Tom Abel"),
    # Words in brackets that a reporting verb credits stay the speaker's.
    ("The harbour plan, Tom Abel said (“a plan for the next fifty years”), starts in May.",
     "a plan for the next fifty years", "Tom Abel"),
])
def test_a_name_said_of_someone_or_a_credited_bracket_stays_partial(body, words, speaker):
    q = only_quote(body, words)
    assert (q.kind, q.speaker) == ("partial", speaker)


def test_a_title_case_label_in_reported_speech_stays_the_speakers():
    body = "Tom Abel said he would use the money to fight “Big Box Retail” chains in the valley."
    q = only_quote(body, "Big Box Retail")
    assert (q.kind, q.speaker) == ("partial", "Tom Abel")


def test_a_translation_in_brackets_after_a_quote_is_not_a_label():
    body = ("“Nos vemos,” said Ana Ruiz. The first thing the crowd hears is the mayor calling them "
            "“vecinos” (“neighbours”) from a stage.")
    assert only_quote(body, "neighbours").kind == "partial"
