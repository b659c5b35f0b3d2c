"""The language of an article and its word lists: what the rules add to the English lexicon.

The extractor's lexicon (lexicon.py) is English. An article in German, Spanish, French or
Portuguese adds its language's reporting verbs, "according to" words, words that are never part
of a name, words that end a noun phrase and the auxiliaries of the perfect; each language keeps
its lists in its own module (lexicon_de.py, lexicon_es.py, lexicon_fr.py, lexicon_pt.py).

The language is told from the article's words (its commonest function words), unless the caller
knows it; ``use(lang)`` makes it the current one for the duration of one extraction (a context
variable, so threads and Beam workers never see each other's). English has no additions, so an
English article's output does not depend on the other languages' lists.
"""
from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import re
import types
from collections.abc import Callable, Iterator
from typing import Final

from newsbeam.transforms.quotes import lexicon_de, lexicon_es, lexicon_fr, lexicon_pt
from newsbeam.transforms.quotes.lexicon import ATTITUDE_VERBS, OPINION_VERBS


@dataclasses.dataclass(frozen=True, slots=True)
class Language:
    """One language's additions to the English lexicon (all lowercase words)."""

    code: str
    cues: frozenset[str] = frozenset()  # reporting verbs
    according: frozenset[str] = frozenset()  # "laut X", "según X", "selon X": the source follows
    function_words: frozenset[str] = frozenset()  # capitalized at a sentence start, never a name
    np_stop: frozenset[str] = frozenset()  # end a noun phrase read after its verb
    auxiliaries: frozenset[str] = frozenset()  # of the perfect, between a subject and its participle
    # Personal pronouns ("er", "ella", "il"): never a speaker for now. Resolved to the person
    # they stand for with the English antecedent rules, they went to the wrong person more often
    # than to the right one in German: rather null than wrong.
    pronouns: dict[str, str] = dataclasses.field(default_factory=dict)
    short_attribution: str | None = None  # German ", so Müller."
    stopwords: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()  # "der Journalist", "la portavoz": a description
    genitives: frozenset[str] = frozenset()  # "der Sprecher des Ministeriums", "el alcalde de Lima"
    for_word: str | None = None  # "Para X, ...", "Pour X, ...": X's view follows
    adjuncts: frozenset[str] = frozenset()  # open a when/where/to whom after a closing attribution
    prepositions: frozenset[str] = frozenset()  # a name right after one is no subject
    adverbs: frozenset[str] = frozenset()  # between a subject and its verb ("también dijo", "a aussi déclaré")
    relatives: frozenset[str] = frozenset()  # ", quien dijo", ", qui a déclaré": the phrase before speaks
    # Open a phrase set off by a comma before the subject ("Pourtant, ...", "Posée à ..., elle").
    openers: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    disjunctive: dict[str, str] = dataclasses.field(default_factory=dict)  # "lui" -> "il"
    opinion: frozenset[str] = frozenset()  # verbs of believing: a partial quote in their clause is the subject's
    # Cues that report speech only right after a quote, set off by a comma or a dash ("“…”,
    # disparou o ministro"): found there only (cues._language_cues).
    after_quote_cues: frozenset[str] = frozenset()
    # Participles that report speech only right after an auxiliary of the perfect (Spanish "ha
    # subrayado", not "el destacado economista"): found there only (cues._language_cues).
    perfect_cues: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    # Verbs of speech in more than one word ("dio a conocer", "a mis en garde"): the form that
    # opens one -> the words that may complete it, lowercase, longest first (cues._language_cues).
    phrase_cues: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    phrase_participles: frozenset[str] = frozenset()  # of those forms, cues only after an auxiliary
    # Words that are no cues anywhere else (English words: French "lance"), found right after a
    # quote's closing mark and comma only (cues._language_cues); kept out of ``cues``.
    mark_only_cues: frozenset[str] = frozenset()


def _phrase_verbs(data: str) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """A lexicon's PHRASE_VERBS read: ``tails/...: forms | participle`` a line."""
    tails: dict[str, set[str]] = {}
    participles: set[str] = set()
    for line in data.strip().splitlines():
        words, _, forms = line.partition(":")
        simple, _, perfect = forms.partition("|")
        participles.update(perfect.split())
        for form in simple.split() + perfect.split():
            tails.setdefault(form, set()).update(w.strip() for w in words.split("/"))
    return ({form: tuple(sorted(ends, key=len, reverse=True)) for form, ends in tails.items()},
            frozenset(participles))


ENGLISH: Final = Language("en", stopwords=frozenset("the and of to is that for with was on it as".split()), for_word="for")


def _language(code: str, module: types.ModuleType, auxiliaries: str, short: str | None = None) -> Language:
    cues = module.CUES | module.ACCORDING | ({short} if short else frozenset())
    return Language(code, cues, module.ACCORDING, module.FUNCTION_WORDS | frozenset(module.PRONOUNS),
                    module.NP_STOP, frozenset(auxiliaries.split()), dict(module.PRONOUNS), short,
                    module.STOPWORDS, module.DETERMINERS, module.GENITIVES, module.FOR_WORD,
                    module.ADJUNCTS, module.PREPOSITIONS, module.ADVERBS, module.RELATIVES,
                    getattr(module, "OPENERS", frozenset()), getattr(module, "PARTICIPLE_ENDINGS", ()),
                    dict(getattr(module, "DISJUNCTIVE", {})), module.OPINION,
                    getattr(module, "AFTER_QUOTE_CUES", frozenset()),
                    getattr(module, "PERFECT_CUES", frozenset()), getattr(module, "PERFECT_AUXILIARIES", frozenset()),
                    *_phrase_verbs(getattr(module, "PHRASE_VERBS", "")),
                    getattr(module, "MARK_ONLY_CUES", frozenset()))


LANGUAGES: Final[dict[str, Language]] = {
    "en": ENGLISH,
    "de": _language("de", lexicon_de, "hat haben hatte hatten habe", lexicon_de.SO),
    "es": _language("es", lexicon_es, "ha han había habían haya"),
    "fr": _language("fr", lexicon_fr, "a ont avait avaient aurait auraient s'est s’est s'était s’était s' s’"),
    "pt": _language("pt", lexicon_pt, "tem têm tinha tinham havia"),
}
# The Romance languages read (Spanish, French, Portuguese), and those of them whose names end
# before "de"/"da" and a body's capital after a full name ("Juan Pérez del Instituto").
ROMANCE: Final = frozenset(("es", "fr", "pt"))
BODY_AFTER_NAME: Final = frozenset(("es", "pt"))

# How news in these languages introduces a person after the name: an appositive that opens with
# an article or a relative pronoun (", la ministra", ", quien", ", der Chef", ", dem Chef", ", qui"), or a
# bare role of a body (", candidata del partido", ", directeur de", ", Chef von").
_INTRODUCERS: Final = {
    "de": "der|die|dem|den|ein|eine|einer|eines|einem|dessen|deren|selbst",
    "es": "el|la|un|una|quien|de|exministro|exministra",
    "fr": "le|la|un|une|qui|lui|elle",
    "pt": "o|a|um|uma|que",
}
_INTRODUCED: Final = {code: re.compile(r",[^\S\n]++(?:(?:" + words + r")\b|[^\W\d_]++[^\S\n]++"
                                r"(?:(?:de|del|da|do|des|du|der|von|vom)\b|d['’](?=[^\W\d_])))")
               for code, words in _INTRODUCERS.items()}


def introduced_after(text: str, end: int) -> bool:
    """Whether ``text`` introduces a person right after ``end`` the way the current language's
    news does (never in English, which name_runs.INTRODUCED_BY reads)."""
    pattern = _INTRODUCED.get(current().code)
    return pattern is not None and pattern.match(text, end) is not None


_CURRENT: Final[contextvars.ContextVar[Language]] = contextvars.ContextVar("quotes_language", default=ENGLISH)
_WORD: Final = re.compile(r"[^\W\d_]+")
_SAMPLE: Final = 6000  # characters read to tell the language


# current(): the language of the article being extracted (English outside an extraction). The
# context variable's own ``get``, with no Python frame around it: the rules ask ~130 times an
# article.
current: Final[Callable[[], Language]] = _CURRENT.get


def voices_view(verb: str) -> bool:
    """``verb`` (lower case) judges, greets, foresees or believes: a partial quote in its clause
    is its subject's words though it reports no speech ("Lee dismissed the plan as “a fantasy”",
    "Ann Lee believes the reform is a “dead letter”"); in English or the current language."""
    return verb in ATTITUDE_VERBS or verb in OPINION_VERBS or verb in current().opinion


# Final: compiled code reads them as C statics, not module-dict lookups (once a word, below).
_STOPWORDS: Final[frozenset[str]] = frozenset().union(*(lang.stopwords for lang in LANGUAGES.values()))
_ASCII_STOPWORDS: Final[frozenset[bytes]] = frozenset(w.encode() for w in _STOPWORDS if w.isascii())
_LONGEST: Final = max(len(w) for w in _ASCII_STOPWORDS)
# Each ASCII stopword's place in a list of counts: counting a word is one dict lookup and a list
# item, where a set test, then a dict's get and set keyed by the word, were three lookups.
_ASCII_STOPWORD_LIST: Final[list[bytes]] = sorted(_ASCII_STOPWORDS)
_ASCII_STOPWORD_NAMES: Final[list[str]] = [w.decode() for w in _ASCII_STOPWORD_LIST]
_ASCII_STOPWORD_INDEX: Final[dict[bytes, int]] = {w: i for i, w in enumerate(_ASCII_STOPWORD_LIST)}


def _shape(size: int, first: int, last: int) -> int:
    """A word's place in ``_STOPWORD_SHAPES``: its length (1 to ``_LONGEST``), its first and its
    last byte (their low five bits: the letters a-z and "?" of a sample's words are 1-26 and 31)."""
    return (size - 1) << 10 | (first & 31) << 5 | (last & 31)


# 1 where some ASCII stopword has that length, first and last byte. Most words of a sample that
# are no stopword ("a", "in", "he", "has", "said") have none: ``_tally`` hashes and looks up only
# the others (compiled, the lookup of a fresh bytes word is ~290 instructions, the test ~40). A
# stopword always passes, so the counts are the lookup's own.
def _stopword_shapes() -> bytes:
    table = bytearray(_shape(_LONGEST + 1, 0, 0))
    for w in _ASCII_STOPWORDS:
        table[_shape(len(w), w[0], w[-1])] = 1
    return bytes(table)


_STOPWORD_SHAPES: Final = _stopword_shapes()
# One translation that spaces every byte but the ASCII letters and "?" and lowers the capitals:
# ``bytes.translate(_TO_SPACE).lower()`` in one pass over the sample instead of two.
_TO_SPACE: Final = bytes(b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 or b == 63 else 32 for b in range(256))
_COMMON_MARKS: Final = "“”‘’—–…?"  # not letters: read as spaces, they leave most English text ASCII


# The only characters outside ASCII whose lower case is in ASCII or longer than one character
# (tests/test_quotes_fast_paths.py checks it against every code point of this Python).
FOLDS_TO_ASCII: Final = ("\u0130", "\u212a")  # İ -> "i̇", Kelvin sign -> "k"


def ascii_lower(text: str) -> bytes | None:
    """``text.lower().encode("ascii", "replace")`` (one byte a character, "?" for anything not
    ASCII), or None where that lower case is not one character for one (then offsets would not
    carry over). Encoded first and lowered as bytes: ``str.lower`` of a text with curly quotes
    reads every character through the Unicode tables, four times the cost."""
    if FOLDS_TO_ASCII[0] in text or FOLDS_TO_ASCII[1] in text:
        low = text.lower()
        return low.encode("ascii", "replace") if len(low) == len(text) else None
    return text.encode("ascii", "replace").lower()


def _marks_spaced(text: str) -> str:
    """``text`` with each of ``_COMMON_MARKS`` a space (one character for one)."""
    for ch in _COMMON_MARKS:
        if ch in text:
            text = text.replace(ch, " ")
    return text


def _stopwords_in(text: str) -> dict[str, int]:
    """How often each stopword of any language is a word (``_WORD``) of ``text.lower()``, found
    in C: the text is split into runs of ASCII letters as bytes, where a character outside ASCII
    is a "?" (a real "?" was made a space first); only the runs holding such a character are read
    with the pattern, from the text.

    The text is lowered as bytes, after encoding, and the words of those runs one by one: the
    same words as in ``text.lower()`` (no character's lower case changes whether it is a letter,
    checked on every code point), unless the text holds one of ``FOLDS_TO_ASCII``, when the
    text itself is lowered first. (A word lowered alone can differ from the same word lowered
    in its text only in Greek's final sigma, which no stopword holds.)"""
    lower_words = not (FOLDS_TO_ASCII[0] in text or FOLDS_TO_ASCII[1] in text)
    if not lower_words:
        text = text.lower()
    text = _marks_spaced(text)
    runs = text.encode("ascii", "replace").translate(_TO_SPACE)
    return _tally(text, runs, runs.split(), lower_words)


def _tally(text: str, runs: bytes, words: list[bytes], lower_words: bool) -> dict[str, int]:
    """The counts of ``_stopwords_in``: ``text`` with its marks spaced, ``runs`` its bytes
    (``_TO_SPACE``) and ``words`` their split."""
    # A plain loop over the words, not Counter(filter(_ASCII_STOPWORDS.__contains__, ...)):
    # compiled, the set test is a C call, where filter called the set's method wrapper once a
    # word (~340 instructions each) and Counter's __init__ ran as Python.
    tally = [0] * len(_ASCII_STOPWORD_LIST)
    if _PURE:  # interpreted, the shape test's operations cost more than the lookups they save
        for run in words:
            if len(run) <= _LONGEST:
                i = _ASCII_STOPWORD_INDEX.get(run, -1)
                if i >= 0:
                    tally[i] += 1
    else:
        for run in words:
            # No stopword is longer than _LONGEST letters: a longer word is not hashed, nor one
            # whose length, first and last letter no stopword has.
            size = len(run)
            if 0 < size <= _LONGEST and _STOPWORD_SHAPES[(size - 1) << 10 | (run[0] & 31) << 5 | (run[-1] & 31)]:
                i = _ASCII_STOPWORD_INDEX.get(run, -1)
                if i >= 0:
                    tally[i] = tally[i] + 1
    counts: dict[str, int] = {}
    for i, n in enumerate(tally):
        if n:
            counts[_ASCII_STOPWORD_NAMES[i]] = n
    at = runs.find(b"?")
    while at >= 0:
        lo = runs.rfind(b" ", 0, at) + 1
        hi = runs.find(b" ", at)
        if hi < 0:
            hi = len(runs)
        for word in _WORD.findall(text, lo, hi):
            if lower_words:
                word = word.lower()
            if word in _STOPWORDS:
                counts[word] = counts.get(word, 0) + 1
        at = runs.find(b"?", hi)
    return counts


# Pure Python (the module not compiled): ``_tally`` looks every short word up (measured: the shape
# test made the pure detection 76 -> 131 us a seed-like body; compiled it saves 70 k instructions).
_PURE: Final = isinstance(_tally, types.FunctionType)


def _decide(words: dict[str, int]) -> str:
    counts = {code: sum([words[w] for w in lang.stopwords if w in words]) for code, lang in LANGUAGES.items()}
    best = max(counts, key=lambda c: (counts[c], c == "en"))
    if best != "en" and counts[best] >= 5 and counts[best] > 2 * counts["en"]:
        return best
    return "en"


def detect(text: str) -> str:
    """The language code of ``text`` among LANGUAGES by its commonest function words; "en"
    unless another language's words clearly outnumber English ones."""
    return _decide(_stopwords_in(text[:_SAMPLE]))


# _TO_SPACE, but an ASCII control character other than \t\n\v\f\r is a NUL: the body's split
# in cues.CueIndex keeps those inside a word, so a body that holds one shares no words.
_TO_SPACE_GLUE: Final = bytes(0 if b < 32 and b not in b"\t\n\x0b\x0c\r" or b == 127 else _TO_SPACE[b]
                              for b in range(256))


def article_stopwords(title: str, body: str) -> tuple[dict[str, int], list[bytes] | None]:
    """``_stopwords_in((title + "\n" + body)[:_SAMPLE])``, and the words of the body for its
    cues.CueIndex from the same split of the body into bytes, or None (``body_words``)."""
    counts, shared = article_layer(title, body)
    return counts, shared[1] if shared is not None else None


def article_layer(title: str, body: str) -> tuple[dict[str, int], tuple[bytes, list[bytes]] | None]:
    """``article_stopwords``, with the body's letters beside its words: ``(letters, words)``,
    where ``letters`` is the body one byte a character, its ASCII letters lowered and every
    other byte no letter (a space, "?" or NUL). A cues.CueIndex finds its cue words in those
    letters as in ``ascii_lower(body)``: the same ASCII letters at the same offsets."""
    head = _SAMPLE - len(title) - 1
    if head <= 0 or FOLDS_TO_ASCII[0] in body or FOLDS_TO_ASCII[1] in body \
            or FOLDS_TO_ASCII[0] in title or FOLDS_TO_ASCII[1] in title:
        return _stopwords_in((title + "\n" + body)[:_SAMPLE]), None
    spaced = _marks_spaced(body)
    runs = spaced.encode("ascii", "replace").translate(_TO_SPACE_GLUE)
    if b"\x00" in runs:
        return _stopwords_in((title + "\n" + body)[:_SAMPLE]), None
    # The title's words and the sample's part of the body's are counted apart: "\n" is a space
    # in the runs, and each step of _stopwords_in reads one character for one.
    if len(runs) > head:
        first, rest = runs[:head], runs[head:]
        words = first.split()
        counts = _tally(spaced[:head], first, words, True)
        tail = rest.split()
        if first[-1] != 32 and rest[0] != 32:  # the sample cuts a word
            words = words[:-1] + [words[-1] + tail[0]] + tail[1:]
        else:
            words = words + tail
    else:
        words = runs.split()
        counts = _tally(spaced, runs, words, True)
    for word, n in _stopwords_in(title).items():
        counts[word] = counts.get(word, 0) + n
    # A run that holds a character outside ASCII ("?") is two words or more in the cue split.
    at = runs.find(b"?")
    while at >= 0:
        lo = runs.rfind(b" ", 0, at) + 1
        hi = runs.find(b" ", at)
        if hi < 0:
            hi = len(runs)
        words.extend(runs[lo:hi].split(b"?"))
        at = runs.find(b"?", hi)
    return counts, (runs, words)


def detect_article(title: str, body: str) -> tuple[str, tuple[bytes, list[bytes]] | None]:
    """``detect(title + "\n" + body)``, and the body's letters and words for its cues.CueIndex
    (one encoding and one split of the body for both: ``article_layer``), or None when they
    cannot be shared (control characters, the rare letters of ``FOLDS_TO_ASCII``). The words:
    every word of ASCII letters of the body's cue split (``ascii_lower(body)`` with punctuation,
    digits and "?" spaced), lowercase, besides words holding "?" and empty ones, which no cue
    matches."""
    counts, shared = article_layer(title, body)
    return _decide(counts), shared


@contextlib.contextmanager
def use(code: str | None) -> Iterator[Language]:
    """Make ``code``'s lists the current ones for the ``with`` block (unknown codes: English)."""
    lang = LANGUAGES.get((code or "en").split("-")[0].lower(), ENGLISH)
    token = _CURRENT.set(lang)
    try:
        yield lang
    finally:
        _CURRENT.reset(token)
