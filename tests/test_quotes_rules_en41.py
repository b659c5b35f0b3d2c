"""Stop 41, en41: English resolution mechanisms (issue 16). Grouped by mechanism; made-up
sentences only."""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import extract_quotes
from newsbeam.transforms.quotes.cues import CueIndex, speech_verb
from newsbeam.transforms.quotes.language import use

INTRO = "The river town voted on its budget on Tuesday.\n\n"


def _speaker(body: str, words: str, lang: str = "en") -> str | None:
    found = extract_quotes("", [], INTRO + body, lang)
    hits = [q for q in found if q.text == words]
    assert len(hits) == 1, [(q.text, q.speaker, q.rule) for q in found]
    return hits[0].speaker


# Mechanism: one test of whether a cue is a language's verb of speech (cues.speech_verb), which
# sees verbs in several words ("dio a conocer", "a mis en garde", "pointed out") as the main
# rules do; the rules that asked ``cue.word in lang.cues`` missed them.
@pytest.mark.parametrize("text, lang, said, expected", [
    ("El alcalde dio a conocer el plan.", "es", "dio a conocer", True),
    ("El alcalde afirmó que el plan sigue.", "es", "afirmó", True),
    ("Le maire a mis en garde les élus.", "fr", "mis en garde", True),
    ("The mayor pointed out the cost.", "en", "pointed out", True),
    ("The mayor went on to say more.", "en", "went on", True),
    ("According to the mayor, the plan stands.", "en", "According to", False),
    ("Según el alcalde, el plan sigue.", "es", "Según", False),
])
def test_speech_verb(text: str, lang: str, said: str, expected: bool) -> None:
    with use(lang) as language:
        cues = [c for c in CueIndex(text).cues if c.word == said]
        assert len(cues) == 1, [c.word for c in CueIndex(text).cues]
        assert speech_verb(cues[0], language) is expected


# embedded_speaker with a verb in several words inside the "que" clause: the clause's subject
# speaks (unnamed here: null), not the one who tells of it.
@pytest.mark.parametrize("body, words, lang", [
    ("El presupuesto fue aprobado por un voto. Ana Ruiz contó que su padre dio a conocer: "
     "«Nunca cerramos la biblioteca».", "Nunca cerramos la biblioteca", "es"),
    ("Le budget a été voté. Anne Roux a raconté que son père a mis en garde : « Ne fermez jamais "
     "la bibliothèque ».", "Ne fermez jamais la bibliothèque", "fr"),
])
def test_embedded_speaker_phrase_verb(body: str, words: str, lang: str) -> None:
    assert _speaker(body, words, lang) is None


# Mechanism: "it" in a clause of its own sentence ("what it called") is the sentence's subject
# when that subject names a body (it_subject.own_body); another clause's subject between them,
# or "It" as the subject itself: not that.
@pytest.mark.parametrize("body, words, speaker", [
    ("The Harbor Authority used what it called “temporary berths” for the ferries.",
     "temporary berths", "Harbor Authority"),
    ("Northwind Freight said on Monday that what it calls “legacy fees” will end in May.",
     "legacy fees", "Northwind Freight"),
    ("The Lowland Council has pledged to close what it described as “a costly loophole” by June.",
     "a costly loophole", "Lowland Council"),
    # Another subject's clause in between: its subject may be what "it" means.
    ("Talks with Northwind Freight have stalled, but the port hopes that what it calls “a fair "
     "deal” is near.", "a fair deal", None),
    # A person as the subject: "it" is no one they are.
    ("Ann Lee toured the ferry terminal and what it calls “the island lifeline” on Monday.",
     "the island lifeline", None),
    # fix41 (review 4): the subject's verb in the passive: the agent names the practice, not it.
    ("Eastgate Mills was fined by the trade commission over what it called “unfair pricing.”",
     "unfair pricing.", None),
    ("Northwind Freight was sued by the state of Ohio over what it called “hidden fees.”",
     "hidden fees.", None),
    ("Northwind Freight was quietly sued over what it called “hidden fees.”", "hidden fees.", None),
])
def test_it_own_body(body: str, words: str, speaker: str | None) -> None:
    assert _speaker(body, words) == speaker
