"""Names in a sentence's opening adjunct (issue 16, stop 43): "Devant Michel Darras, le philosophe
dénonce", "Face à Marie Dupont, le ministre a lancé", "Junto a Pedro Ruiz, el ministro dijo",
"Ao lado de Pedro Costa, o ministro disse", "Beside Ann Lee, the mayor said".

A preposition is never part of a name: the words that open a run of capitalized words at a
sentence's start ("Devant", "Selon", "Beside", "Diante de") are cut off where names are read
(``opening_words``). And a name a preposition governs in the phrase that opens its clause is no
apposition of the description after its comma: "Devant Michel Darras, le philosophe dénonce" says
the philosopher is someone else, where "Michel Darras, le philosophe, dénonce" says he is him
(``in_opening_adjunct``). Pure functions, bounded reads."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import DETERMINERS, FUNCTION_WORDS, LOWER_PARTICLES, PARTICLES, PRONOUNS
from newsbeam.transforms.quotes.tokens import trim

# Characters read back from a name for the start of its clause (an adjunct's head is short).
_BACK: Final = 40
# Words of an adjunct's head before the name: "Aux côtés de", "Ao lado de", "À la demande de".
_HEAD_WORDS: Final = 4
# Words that head a prepositional phrase and can be part of no name there, though not function
# words (a name may hold them: "Frente Amplio"): "Frente a", "Ao lado de", "Aux côtés de", "Next to".
# A participle and its agent opening a clause ("Interrogé par", "Consultada por", "Procurado pela",
# "Asked by", "Befragt von"): the name after it asked, it did not speak.
_AGENT_PREPOSITIONS: Final = frozenset("par por pelo pela by von".split())
_PARTICIPLE_ENDINGS: Final = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas",
                              "ed", "gt", "ragt")
ADJUNCT_HEADS: Final = frozenset("frente cerca next close".split())
# What ends the stretch before a clause (a sentence's end, a line, a comma, an opening mark).
_CLAUSE_STARTS: Final = ".!?;:,\n«“„(\"—–"


def _no_name_word(word: str) -> bool:
    """A word that opens a sentence and is never part of a name there: a function word of
    English or of the article's language ("Devant", "Selon", "Beside"), other than an article,
    a particle or a pronoun, which may be ("Le Pen", "Del Bosque", "Elle Fanning")."""
    low = trim(word).lower()
    if low in FUNCTION_WORDS:
        return True
    lang = current_language()
    return low in lang.function_words and low not in lang.determiners and low not in PARTICLES \
        and low not in LOWER_PARTICLES and low not in lang.pronouns


def opening_words(words: list[str]) -> int:
    """How many of ``words`` (a run of capitalized words, a name's candidate) open it without
    being part of the name: function words ("Devant Michel Darras", "Beside Ann Lee") and a
    particle right after them ("Diante de Pedro Costa"); the last word always stays."""
    k = 0
    while k < len(words) - 1 and _no_name_word(words[k]):
        k += 1
    while 0 < k < len(words) - 1 and words[k] in PARTICLES:
        k += 1
    return k


def in_opening_adjunct(text: str, name_at: int) -> bool:
    """Whether the name at ``name_at`` is governed by a preposition that opens its clause:
    between the clause's start (a sentence's end, a comma, a line) and the name stand at most
    ``_HEAD_WORDS`` words, the first a function word that is no article or pronoun ("Devant",
    "Face à", "Junto a", "Ao lado de", "Beside", "Selon"), the last one too or a preposition ("Le
    ministre Jean Morel" opens no adjunct)."""
    lo = max(0, name_at - _BACK)
    start = max(text.rfind(c, lo, name_at) for c in _CLAUSE_STARTS)
    if start < 0 and lo > 0:
        return False  # the clause opened further back: no short adjunct
    words = text[start + 1:name_at].split()
    if not 0 < len(words) <= _HEAD_WORDS or not words[0][:1].isalpha():
        return False
    lang = current_language()
    first, last = words[0].lower(), trim(words[-1]).lower()
    if len(words) <= 3 and last in _AGENT_PREPOSITIONS and first.endswith(_PARTICIPLE_ENDINGS):
        return True  # "Interrogé par France Inter, le ministre …", "Consultado por EFE, …": the interviewer (stop 47)
    return (_no_name_word(first) or first in ADJUNCT_HEADS) and first not in DETERMINERS and first not in lang.determiners \
        and first not in PRONOUNS and first not in lang.pronouns \
        and (_no_name_word(last) or last in lang.prepositions or last in PARTICLES)


def governed_run(text: str, at: int, run: str) -> bool:
    """Whether the capitalized run ``run`` written at ``at`` names someone inside an opening
    adjunct, with the preposition in the run ("Devant Michel Darras", "Selon Jean Morel") or
    before it ("Face à Marie Dupont")."""
    words = run.split()
    cut = opening_words(words)
    name_at = text.find(words[cut], at) if cut else at
    return in_opening_adjunct(text, name_at if name_at >= 0 else at)


# Prepositions of place before a name: "en Palacio Nacional, la mandataria indicó" (s57) names
# where she spoke, no one in apposition to her, and no one else who was named.
_LOCATIVE: Final = frozenset("en em no na nos nas num numa desde hacia dans à au aux in im aus".split())


def placed_run(text: str, at: int, run: str) -> bool:
    """Whether the capitalized run ``run`` written at ``at`` is a place: right after a
    preposition of place, and opening with no first name ("en Palacio Nacional", not "confía en
    Pedro Gil")."""
    before = text[max(0, at - 12):at].split()
    return bool(before) and before[-1].lower() in _LOCATIVE and text[at - 1:at].isspace() \
        and not is_first_name(trim(run.split()[0]))


def not_named_here(text: str, at: int, run: str) -> bool:
    """The capitalized ``run`` at ``at`` names no one new in the writer's words: governed by a
    preposition (``governed_run``), a place after one (``placed_run``), or inside quoted words
    (``open_quotation``)."""
    return governed_run(text, at, run) or placed_run(text, at, run) or open_quotation(text, at)


_PARAGRAPH_READ: Final = 3_000  # characters of a name's paragraph read for an open quotation


def open_quotation(text: str, at: int) -> bool:
    """Whether the text of the paragraph before a name at ``at`` leaves a quotation open: the name
    is in quoted words ("a uma “Black Friday mais fraca”", s57), not someone the writer names. Read
    in the name's paragraph only (from its start, bounded by ``_PARAGRAPH_READ``): a quotation over
    several paragraphs opens its mark again in each one and closes it only in the last
    ("«…¶«…»"), which leaves no name after it quoted."""
    before = text[max(text.rfind("\n", 0, at) + 1, at - _PARAGRAPH_READ):at]
    curly = before.count("„") != before.count("“") if "„" in before else before.count("“") != before.count("”")
    return curly or before.count("«") != before.count("»") or before.count('"') % 2 == 1  # (»…« too)
