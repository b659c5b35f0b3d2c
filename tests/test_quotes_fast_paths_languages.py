"""speed20's fast paths, checked against the plain code they replace (made-up text only).

- ``rule_languages``: ``rules.attribute`` skips, per language, the rules that test for another
  language first (the same first rule credits every quote);
- ``cues.CueIndex.word_positions``: the subset test once a word set, and a body split by
  ``language.detect_article`` known to hold no control character.
"""
from __future__ import annotations

import pytest

from newsbeam.transforms.quotes import compiled
from newsbeam.transforms.quotes import rules as rules_module
from newsbeam.transforms.quotes.cues import CueIndex, POSSESSED_NOUNS
from newsbeam.transforms.quotes.extract import extract_quotes
from newsbeam.transforms.quotes.language import LANGUAGES, current, detect_article, use
from newsbeam.transforms.quotes.rule_languages import ONLY_IN, rules_for


# Made-up articles in the five languages, with quotes the language rules credit.
_ARTICLES = {
    "de": ("Streit um den Hafen", [], "Der Bürgermeister Jonas Wendt sagte: „Wir bauen weiter.“\n\n"
           "„Das ist falsch“, so Petra Lindner. Laut Lindner sei der Plan „viel zu teuer“.\n\n"
           "Vom „größten Projekt“ sprach Minister Karl Roth. Das sagte Roth, wie die Zeitung berichtete.\n\n"
           "Die 46-jährige Anna Weber kündigte an: „Wir klagen.“ „Nie wieder“, meinte sie."),
    "fr": ("Le port en débat", [], "« Nous ne reculerons pas », affirme Claire Dubois.\n\n"
           "Pour Anne Roy, c'est « une erreur ». « C'est grave », a-t-elle ajouté.\n\n"
           "C'est ainsi que Marc Lenoir l'a dit : « Rien ne change. » Selon Le Monde, « tout est prêt »."),
    "es": ("El puerto", [], "«No vamos a parar», dijo el alcalde Pedro Gil.\n\n"
           "«Es un error», de acuerdo con Ana Ruiz. Según El País, «todo está listo».\n\n"
           "Para Ana Ruiz la solución está en «el diálogo». «Lo haremos», aseguró."),
    "pt": ("O porto", [], "“Não vamos parar”, disse o prefeito João Lima.\n\n"
           "“É um erro”, segundo Maria Costa. Para Maria Costa, a solução é “o diálogo”.\n\n"
           "“Vamos fazer”, afirmou. Muitos entendem que ele é o “moderador”."),
    "en": ("Harbour plan", ["Lee says “no”"], "“We will build,” said Mayor Ann Lee.\n\n"
           "Tom Hale believes the plan is a “dead letter.” “It is over,” he said.\n\n"
           "Critics called it a “fraudulent scheme”, according to the Courier."),
}


# Compiled, ``attribute`` reads RULES and its table as C statics: patching them has no effect.
_PURE_ONLY = pytest.mark.skipif(compiled.is_compiled(), reason="patches rules' tables (pure Python only)")


@_PURE_ONLY
def test_rules_of_other_languages_credit_nothing_there(monkeypatch):
    calls: list[tuple[str, str, bool]] = []

    def watched(name, rule):
        def run(site, ctx):
            found = rule(site, ctx)
            calls.append((name, current().code, found is not None))
            return found
        return run

    monkeypatch.setattr(rules_module, "RULES", tuple((n, watched(n, r)) for n, r in rules_module.RULES))
    monkeypatch.setattr(rules_module, "_RULES_BY_LANGUAGE", {})
    for title, bullets, body in _ARTICLES.values():
        for code in LANGUAGES:
            extract_quotes(title, bullets, body, language=code)
    wrong = [(n, code) for n, code, found in calls if n in ONLY_IN and code not in ONLY_IN[n] and found]
    assert not wrong
    tried = {(n, code) for n, code, _ in calls if n in ONLY_IN and code not in ONLY_IN[n]}
    assert len(tried) >= 40  # the gated rules were run in other languages
    credited = {n for n, code, found in calls if n in ONLY_IN and found}
    assert len(credited) >= 3  # and some of them credit quotes in their own


@_PURE_ONLY
def test_skipping_them_changes_no_quote(monkeypatch):
    gated = {code: [(q.speaker, q.rule, q.kind) for t, b, body in _ARTICLES.values()
                    for q in extract_quotes(t, b, body, language=code)] for code in LANGUAGES}
    monkeypatch.setattr(rules_module, "_RULES_BY_LANGUAGE", {})
    for code in LANGUAGES:
        assert gated[code] == [(q.speaker, q.rule, q.kind) for t, b, body in _ARTICLES.values()
                               for q in extract_quotes(t, b, body, language=code)]


def test_rules_for_keeps_the_order_and_drops_only_other_languages_rules():
    names = [n for n, _ in rules_module.RULES]
    for code in LANGUAGES:
        kept = [n for n, _ in rules_for(rules_module.RULES, code)]
        assert kept == [n for n in names if n not in ONLY_IN or code in ONLY_IN[n]]
    assert set(ONLY_IN) <= set(names)
    english = [n for n, _ in rules_module._RULES_BY_LANGUAGE["en"]]
    assert "quoted_object" not in english and "after_quote" in english and "lead_in" in english


def test_word_positions_the_same_with_shared_words():
    nouns = frozenset(w.encode() for w in POSSESSED_NOUNS)
    body = "Lee's claim that the plan failed. Her statement: “none”. The Claims\tare\nold; a reply."
    _, shared = detect_article("Title", body)
    assert shared is not None
    letters, words = shared
    assert CueIndex(body, words=words).word_positions(nouns) == CueIndex(body).word_positions(nouns)
    assert CueIndex(body, words=words, letters=letters).word_positions(nouns) == CueIndex(body).word_positions(nouns)
    glued = "Lee's claim\x01that"
    assert detect_article("Title", glued)[1] is None  # a control character: no words shared
    assert CueIndex(glued).word_positions(nouns) is None
    with pytest.raises(ValueError):
        CueIndex(body).word_positions(frozenset({b"banana"}))
    with pytest.raises(ValueError):  # asked again: still refused
        CueIndex(body).word_positions(frozenset({b"banana"}))


# term_kinds.in_reported_clause: a sentence without a clause opener is read no further.
from newsbeam.transforms.quotes import term_kinds  # noqa: E402
from newsbeam.transforms.quotes.clause_verbs import clause_verbs_before, said_clause  # noqa: E402


def _in_reported_clause_plain(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """term_kinds.in_reported_clause before speed20 (no gate), with kind43's English "said"
    whose "that" is dropped (read before the gate: it needs no clause opener)."""
    lang = current()
    if lang.code == "en" and text[hi + 1:hi + 2].islower() and said_clause(text, lo, hi):
        return True
    ends = [cue.end() for cue in cues.between(lo, hi) if cue.word.lower() in lang.cues]
    for end in ends + clause_verbs_before(text, lo, hi, lang.code, lang.opinion)[-1:]:
        tail = text[end:hi]
        if len(tail) <= 160 and not any(c in term_kinds._MARKS for c in tail) and \
                term_kinds._CLAUSE_OPENERS.search(tail):
            return True
    return False


_PIECES = ("believe", "believes", "think", "argue", "said", "that", "THAT", "That", "que", "QUE", "qu'il",
           "qu’elle", "dass", "DASS", "daß", "DAẞ", "daſs", "the", "plan", "Lee", "entendem", "creen",
           "advirtiendo", "affirmant", "glauben", "meinen", "diciendo", "afirmando", "estiman", "piensan",
           "“", "”", "\"", "„", "«", "»", ",", ".", "2024", "½", "_", "\n", "né", "ß", "İ", "K")


def test_in_reported_clause_gives_the_plain_answer():
    import random
    rng = random.Random(20)
    positives = 0
    for _ in range(5000):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 60))]
        text = "".join(w + rng.choice((" ", " ", "", "  ")) for w in words)
        hi = rng.randint(0, len(text))
        lo = rng.randint(0, hi)
        code = rng.choice(tuple(LANGUAGES))
        with use(code):
            cues = CueIndex(text)
            want = _in_reported_clause_plain(text, cues, lo, hi)
            assert term_kinds.in_reported_clause(text, cues, lo, hi) == want, (code, text, lo, hi)
        positives += want
    assert positives > 200


def test_only_long_s_matches_a_clause_letter_without_lowering_to_it():
    import re
    import sys
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        for letter in "thaquedsß":
            if re.fullmatch(letter, c, re.IGNORECASE) and c.lower() != letter:
                assert (letter, c) == ("s", "ſ"), (letter, hex(cp))


def test_no_clause_word_no_reported_clause():
    with use("en"):
        text = "Many people believe the plan is a “bad deal”"
        assert not term_kinds.in_reported_clause(text, CueIndex(text), 0, text.index("“"))
        text = "Many people believe THAT the plan is a “bad deal”"
        assert term_kinds.in_reported_clause(text, CueIndex(text), 0, text.index("“"))
    with use("de"):
        text = "Viele glauben, daſs der Plan ein „Fehler“ sei"
        assert term_kinds.in_reported_clause(text, CueIndex(text), 0, text.index("„")) == \
            _in_reported_clause_plain(text, CueIndex(text), 0, text.index("„"))
