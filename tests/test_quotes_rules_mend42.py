"""The last reader's findings on stop 42's rules, mended (helper mend42, stop 42, issue 16).
Made-up sentences, grouped by finding; each test fails on the code before the mend."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes


def _last(lang: str, body: str) -> tuple[str | None, str | None]:
    q = extract_quotes(None, None, body, language=lang)[-1]
    return q.speaker, q.rule


# --- F2 surname_first_rom: the name index's mentions (whole words, every zone), not text.find -------
@pytest.mark.parametrize("body", [
    # the word only inside a longer name ("Sotomayor"): no evidence of "Soto" inside a sentence
    "La reunión la convocó Sotomayor el martes. Soto explicó que «la obra terminará en mayo».",
    # the word also written in lower case at a sentence's end ("del campo."): a noun, no name
    "Los vecinos viven del campo. Tras la reunión, Campo indicó que «la obra terminará en mayo».",
])
def test_f2_a_one_word_mention_needs_whole_word_evidence(body: str) -> None:
    assert _last("es", body) == (None, "lead_in")


def test_f2_a_name_written_inside_a_sentence_elsewhere_stays() -> None:
    body = "La reunión la convocó Villanueva el martes. Villanueva explicó que «la obra terminará en mayo»."
    assert _last("es", body) == ("Villanueva", "lead_in")


# --- F6 plural_subject: the character before the phrase, found by a walk back (no whole-text slice) -
def test_f6_the_walk_back_reads_what_the_slice_read() -> None:
    import random

    from newsbeam.transforms.quotes.plural_subject import char_before

    rng = random.Random(42)
    for _ in range(2_000):
        text = "".join(rng.choice(' ,a”"x') for _ in range(rng.randint(0, 12)))
        at = rng.randint(0, len(text))
        assert char_before(text, at) == text[:at].rstrip(" ,")[-1:]


# --- F3 verb_openers.opener_only: a prepositional phrase ends at its FIRST comma; connectives may follow
@pytest.mark.parametrize("lang, lead, taken", [
    ("es", "Por ello, además, ", True),
    ("es", "En este sentido, también, ", True),
    ("pt", "Nesse sentido, além disso, ", True),
    ("es", "Por ello, ", True),
    ("es", "Por ello, el alcalde, ", False),  # a noun after the phrase: a subject, not a connective
    ("es", "Por ello, además, el alcalde ", False),
])
def test_f3_a_phrase_and_connectives_open_the_sentence(lang: str, lead: str, taken: bool) -> None:
    from newsbeam.transforms.quotes.language import use
    from newsbeam.transforms.quotes.verb_openers import opener_only

    with use(lang):
        assert opener_only(lead, 0, len(lead)) is taken


# --- F4 sentence_start.opens_sentence: one test of a sentence's first word for both rules --------
@pytest.mark.parametrize("text, word, opens", [
    ("Soto explicó", "Soto", True),
    ("La obra sigue. Soto explicó", "Soto", True),
    ("Y dijo: «Soto explicó", "Soto", True),  # after an opening mark (surname_first_rom did not read «)
    ("Y dijo:\t“Soto explicó", "Soto", True),
    ("La convocó Soto el martes", "Soto", False),
])
def test_f4_a_word_after_a_sentence_end_or_a_quote_mark_opens_the_sentence(text: str, word: str, opens: bool) -> None:
    from newsbeam.transforms.quotes import described_antecedent, surname_first_rom
    from newsbeam.transforms.quotes.sentence_start import opens_sentence

    assert opens_sentence(text, text.index(word)) is opens
    assert described_antecedent.opens_sentence is surname_first_rom.opens_sentence is opens_sentence
