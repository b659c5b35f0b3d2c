"""Probe helpers for the per-rule quote tests: a made-up body read by the extractor, and the one
quote a test looks at found by its words. Each helper calls ``extract_quotes`` the way the tests
that share it always have (an empty or a missing title, a language told or detected), so moving a
test onto it changes nothing it asserts."""
from __future__ import annotations

from collections.abc import Callable

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes import extract_quotes

# An opening paragraph of a French article, before the sentences a test reads.
FR_LEAD = ("Le gouvernement a présenté lundi le nouveau budget et les députés de l'opposition ne sont "
           "pas contents du résultat du vote dans la capitale.\n")
# The same in each Romance language: some text first, so the language is read and the name index
# has text to read.
ROMANCE_LEAD = {
    "es": "El gobierno presentó el lunes el nuevo presupuesto y los diputados de la oposición no están "
          "contentos con el resultado de la votación en la capital.\n",
    "fr": FR_LEAD,
    "pt": "O governo apresentou na segunda-feira o novo orçamento e os deputados da oposição não estão "
          "contentes com o resultado da votação na capital.\n",
}


def speaker_after(leads: dict[str, str]) -> Callable[[str, str, str], str | None]:
    """``speaker(lang, body, words)``: the speaker of the one quote ``words`` in ``body`` read
    after ``leads[lang]`` in that language."""

    def speaker(lang: str, body: str, words: str) -> str | None:
        quotes = [q for q in extract_quotes("", [], leads[lang] + body, lang) if q.text == words]
        assert len(quotes) == 1
        return quotes[0].speaker

    return speaker


romance_speaker = speaker_after(ROMANCE_LEAD)  # after ``ROMANCE_LEAD[lang]``


def probes(intro: str, language: str) -> tuple[Callable, Callable]:
    """``(quotes, found)`` for bodies read after ``intro`` in ``language``: ``quotes(body)`` lists
    (text, speaker, rule) of every quote, ``found(body, words)`` the one quote whose text is
    ``words`` (asserting there is exactly one)."""

    def quotes(body: str):
        return [(q.text, q.speaker, q.rule) for q in extract_quotes("", [], intro + body, language)]

    def found(body: str, words: str):
        hits = [q for q in quotes(body) if q[0] == words]
        assert len(hits) == 1, quotes(body)
        return hits[0]

    return quotes, found


def quote_after(intro: str, language: str, strip: str = "") -> Callable[[str, str], Quote]:
    """``quote(body, words)``: the one whole quote whose text is ``words`` in ``body`` read after
    ``intro`` in ``language`` (asserting there is exactly one; the failure lists every quote).
    ``strip``: characters taken off both ends of a quote's text before it is compared."""
    quotes, _ = probes(intro, language)

    def quote(body: str, words: str) -> Quote:
        hits = [q for q in extract_quotes("", [], intro + body, language) if q.text.strip(strip) == words]
        assert len(hits) == 1, quotes(body)
        return hits[0]

    return quote


def only_quote(body: str, words: str) -> Quote:
    """The one quote of ``body`` (language detected) whose text is ``words``; asserts there is
    exactly one."""
    found = [q for q in extract_quotes("", [], body) if q.text == words]
    assert len(found) == 1, [q.text for q in extract_quotes("", [], body)]
    return found[0]


def only_speaker(body: str, words: str) -> str | None:
    """The speaker of ``only_quote``."""
    return only_quote(body, words).speaker


def first_quote(body: str, words: str, lang: str = "en", title: str | None = None) -> Quote:
    """The first quote of ``body`` (in ``lang``, under ``title``) whose text is ``words``."""
    quotes = extract_quotes(title, None, body, language=lang)
    found = [q for q in quotes if q.text == words]
    assert found, [q.text for q in quotes]
    return found[0]


def first_quote_starting(body: str, words: str) -> Quote:
    """The first quote of ``body`` (no title, language detected) whose text starts with ``words``."""
    found = [q for q in extract_quotes(None, None, body) if q.text.startswith(words)]
    assert found, [q.text for q in extract_quotes(None, None, body)]
    return found[0]


def only_direct(body: str, lang: str) -> tuple[str | None, str | None]:
    """The speaker and the mention of the one direct quote of ``body`` in ``lang``."""
    quotes = [q for q in extract_quotes("", [], body, language=lang) if q.kind == "direct"]
    assert len(quotes) == 1
    return quotes[0].speaker, quotes[0].speaker_mention


def last_credit(body: str, lang: str) -> tuple[str | None, str | None]:
    """The speaker and the rule of the last quote of ``body`` in ``lang``."""
    q = extract_quotes("", [], body, lang)[-1]
    return q.speaker, q.rule


def speakers_of(body: str) -> list[str | None]:
    """The speaker of each quote of ``body`` read as English."""
    return [q.speaker for q in extract_quotes("", [], body, "en")]


def speaker_rule_after(intro: str, language: str) -> Callable[[str, str], tuple[str | None, str | None]]:
    """``found(body, words)``: the (speaker, rule) of the one quote ``words`` in ``body`` read after
    ``intro`` in ``language``."""
    quote = quote_after(intro, language)

    def found(body: str, words: str) -> tuple[str | None, str | None]:
        hit = quote(body, words)
        return hit.speaker, hit.rule

    return found
