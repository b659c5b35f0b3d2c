"""A written work as the subject of the writer's sentence (issue 16, stop 45): book reviews and
culture pages sum a book up in their own sentences and weave its phrases into them ("His book
“The Future of Work” foresaw “hyperspecialisation”", "le livre dénonçait le caractère
« intimidant » de certains mots", "Der Roman beschreibt eine „Stadt ohne Schatten“", "El libro
retrata una «generación perdida»"). The guide (batch D agreement): the reviewed book's phrases in
the reviewer's summary are its author's, ``partial``, even without a verb of saying; the writer's
scare quote is the wrong kind for them.

The shape read: a determiner or possessive and a noun for a book-length work (``_NOUNS``) at the
start of a sentence or clause, an optional title in marks, author ("by Ann Lee", "d'Ann Lee",
"von Ann Lee") and year, then a verb (no copula, no passive: "Das Buch ist „…“" is the writer's
own judgement), and the quote within five words of that verb, no other quote between. A quote
right after a naming word ("a hero called “…”") is a name: left alone.

The speaker is the work's author when the article says it: the author phrase of the subject, a
possessive name ("Ann Lee's novel"), or, for "the book", one author named with a work noun
("the new novel by Ann Lee", "l'ouvrage d'Ann Lee") earlier in the paragraph or the one before;
two authors there, or none, or one word after "by"/"de" ("el libro de Job"), or a possessive
pronoun ("his book": on a review page its resolution gave a wrong name on the gold set's dev
part): null, still ``partial``. Pure; every pattern is matched on a window of at most
``_WINDOW`` characters before the quote (``_REACH`` for the earlier author).
"""
from __future__ import annotations

import re
from typing import Final, NamedTuple

WORK_VOICE: Final = "work_voice"

_WINDOW: Final = 240  # characters of the sentence before the quote
_REACH: Final = 900  # characters back to an earlier "book by Ann Lee"

_NOUNS: Final = {
    "en": frozenset("book novel novella memoir essay biography autobiography".split()),
    "de": frozenset("Buch Roman Essay Sachbuch Romandebüt Erzählband Debütroman Bildband".split()),
    "fr": frozenset("livre ouvrage roman récit".split()),
    "es": frozenset("libro novela".split()),
    "pt": frozenset("livro romance".split()),
}
# (not "essai", "ensayo", "ensaio": as a subject they are as often a rugby try, a clinical trial
# or a rehearsal, "L’essai d’Antoine Dupont a offert « un nouveau souffle »": second read, stop 45)
# Works a possessive names the subject of, not the author: "Tom Hale's biography".
_ABOUT_OWNER: Final = frozenset("biography".split())
# Determiners and possessives before the noun, in the subject's case.
_DETERMINERS: Final = {
    "en": frozenset("the his her their this".split()),
    "de": frozenset("das der dieses dieser sein seine ihr ihre".split()),
    "fr": frozenset("le l’ l' son ce cet".split()),
    "es": frozenset("el su este".split()),
    "pt": frozenset("o seu este esse".split()),
}
# Adjectives allowed between determiner and noun ("his latest book", "sein neuer Roman").
_ADJECTIVES: Final = frozenset("""new latest debut first recent second third final
neue neuer neues jüngste jüngster jüngstes erste erster erstes
nouveau nouvel dernier premier nuevo último primer novo último primeiro""".split())
# Words that cannot be the subject's verb: copulas and the passive (the writer's own judgement
# or description, "the book was “…”"), function words (the noun is no subject: "the book of
# “…”").
_NOT_VERBS: Final = frozenset("""
is was are were be been being becomes became seems seemed remains remained gets got
ist war sind waren sei wird wurde würde bleibt blieb scheint wirkt
est était sont fut sera semble reste devient
es fue era será está estaba sigue parece
é foi era será está estava parece
and or but of in on at to for with from by as that which who whose than about into over
und oder aber von vom im in an am auf mit für aus zu zum zur als der die das des dem den
dass daß ein eine einen wie über nach bei
et ou mais de du des d’ d' à au aux en sur dans pour par avec que qui dont comme
y o pero del al con por para que quien como sobre entre
e ou mas do da dos das no na ao com por para que quem como sobre entre
""".split())
# English verb forms: a present's -s (not -ss, -us, -is: "coronavirus") or a past's -ed, or one
# of these irregular pasts.
_EN_IRREGULAR: Final = frozenset("""foresaw saw took made gave found brought told wrote drew
began held kept left met ran sought spoke struck taught thought won""".split())
# Verbs of what befell the work, not of what it says ("The book earned “rave reviews”", "Le
# livre a reçu « un accueil glacial »", "Das Buch erhielt „vernichtende Kritiken“", "Der Roman
# landete auf der „Spiegel“-Liste"): the quote is someone else's words about it, or a name
# (second read, stop 45). Matched as the verb's (or the participle's after an auxiliary) stem.
_BEFELL: Final = tuple("""receiv earn drew draw won win got get garner attract spark trigger prompt
provok land topp tops sold sell hit reach enter carri carry bore bear met meet suffer gain
reç recev obt remport gagn suscit provoqu décroch attir rafl essuy valu vaut déclench
recib obtuv obten gan generó provoc despert atrajo atrae cosech conquist alcanz
receb obtev ganh gerou conquist alcanç colh
erhielt erhält erhalten bekam bekommt gewann gewinnt gewonnen erntet löst sorgt landet
stieß stößt erreicht verkauf kassiert""".split())
# Negations: a phrase the work does not use is no phrase of it ("The book never uses “…”").
_NEGATIONS: Final = frozenset("""not never no n’t ne n’ n' pas jamais nie nicht kein keine keinen
nunca jamás tampoco não nem nunca""".split())
_AUXILIARIES: Final = frozenset("has had hat hatte a avait ha había tem tinha".split())
_PASSIVE_AFTER: Final = frozenset("been été sido gewesen worden".split())
# A word right before the quote that names what follows ("a heroine called “…”"): a name.
_NAMING: Final = frozenset("""called named nicknamed titled entitled dubbed
genannt namens betitelt heißt appelé appelée intitulé intitulée surnommé surnommée
llamado llamada titulado titulada apodado apodada chamado chamada intitulado""".split())

# After the noun: a title in marks, an author phrase, a year, then the verb and at most five
# words before the quote (matched at the noun's end, on the window only).
_AFTER_NOUN: Final = re.compile(
    r"(?:[^\S\n]{1,3}[„“\"«‹‚‘»][^„“”\"«»‹›\n]{1,80}[“”\"»›‘’«])?"
    r"(?:,?[^\S\n]{1,3}(?:by|von|de|d[’']|del|do|da)[^\S\n]{0,3}"
    r"(?P<author>[A-ZÀ-ÖØ-Þ][\w’'.-]{0,30}(?:[^\S\n]{1,3}[A-ZÀ-ÖØ-Þ][\w’'.-]{0,30}){0,3}))?"
    r"(?:,?[^\S\n]{1,3}(?:in|en|im|em)[^\S\n]{1,3}(?:1[89]|20)\d\d,?)?"
    r"[^\S\n]{1,3}(?P<verb>[a-zß-öø-ÿ][\w’'-]{0,30})"
    r"(?P<rest>(?:[^\S\n]{1,3}[^\s„“”\"«»‹›]{1,40}){0,5})[^\S\n]{0,3}$")
# A word of the window (for the determiner and the noun).
_WORD: Final = re.compile(r"[\w’'-]+")
# An author named with a work noun earlier: "the new novel by Ann Lee", "l'ouvrage d'Éric
# Chauvier", "das Buch von Ann Lee", "el libro de Ann Lee" (group 1), "Ann Lee's novel" (group 2),
# "Ann Lees Roman" (group 3).
_NAME: Final = r"([A-ZÀ-ÖØ-Þ][\w’'.-]{1,30}(?:[^\S\n][A-ZÀ-ÖØ-Þ][\w’'.-]{1,30}){1,3})"
_AUTHOR_OF: Final = re.compile(
    r"\b(?:book|novel|novella|memoir|essay|Buch|Roman|Essay|Sachbuch|livre|ouvrage|roman|essai|récit|"
    r"libro|novela|ensayo|livro|romance|ensaio)"
    r"(?:[^\S\n]{1,3}(?:intitulé|titled|entitled|titulado)?[^\S\n]{0,3}[„“\"«‹][^„“”\"«»‹›\n]{1,80}[“”\"»›])?"
    r",?[^\S\n]{1,3}(?:by|von|de|d[’']|del|do|da)[^\S\n]{0,3}" + _NAME +
    r"|" + _NAME + r"[’']s[^\S\n](?:(?:new|latest|debut|first|recent)[^\S\n])?(?:book|novel|novella|memoir|essay)\b"
    r"|" + _NAME + r"s[^\S\n](?:(?:neue[rs]?|jüngste[rs]?)[^\S\n])?(?:Buch|Roman|Essay)\b")


class WorkVoice(NamedTuple):
    """The work whose words the quote gives: how the subject names its author (a name, a
    pronoun) or "" when the article does not say."""
    author: str


def work_voice(text: str, sent_lo: int, open_at: int, lang: str) -> WorkVoice | None:
    """The quote opening at ``open_at`` follows the verb of a sentence (from ``sent_lo``) whose
    subject is a book, a novel, an essay (see the module): its author's words, ``partial``.
    None when the sentence has no such subject."""
    nouns = _NOUNS.get(lang)
    if nouns is None or open_at <= 0:
        return None
    start = max(sent_lo, text.rfind("\n", 0, open_at) + 1)
    lo = max(start, open_at - _WINDOW)
    # (a window cut short of the sentence's start gets a mark in front: no subject opens it)
    window = text[lo:open_at] if lo == start else "\x00" + text[lo:open_at]
    lo -= len(window) - (open_at - lo)
    words = list(_WORD.finditer(window))
    for k in range(len(words) - 1, -1, -1):
        noun, elided = words[k].group(), ""
        if lang == "fr" and noun[:2].lower() in ("l’", "l'") and noun[2:] in nouns:
            noun, elided = noun[2:], noun[:2]  # "l’ouvrage": the article is part of the word
        if noun not in nouns and (lang != "en" or noun.lower() not in nouns):
            continue
        found = _subject_at(window, words, k, lang, elided)
        if found is None:
            continue
        det, owner = found
        m = _AFTER_NOUN.match(window, words[k].end())
        if m is None or not _is_verb(m.group("verb"), m.group("rest"), lang):
            return None
        rest = m.group("rest").split()
        if lang != "de" and any(w[:1].isupper() for w in rest):
            return None  # "The book borrows Lincoln’s “better angels”": someone named between (second read)
        if rest and rest[-1].lower() in _NAMING or not rest and m.group("verb").lower() in _NAMING:
            return None  # "a heroine called “…”": a name, the writer's term
        if owner and noun.lower() in _ABOUT_OWNER:
            owner = ""  # "Tom Hale's biography portrays him as “ruthless”": a work about him (read45last)
        author = m.group("author") or owner  # "the novel by Ann Lee tells", "Ann Lee's novel"
        if m.group("author") and len(author.split()) < 2:
            return WorkVoice("")  # "el libro de Job": one word is no author's name, and no other's
        if not author and det.lower() in _DEFINITE:
            author = _earlier_author(text, lo + words[k].start())  # "the book": the one named before
        return WorkVoice(author)
    return None


def _subject_at(window: str, words: list[re.Match[str]], k: int, lang: str,
                elided: str) -> tuple[str, str] | None:
    """(determiner, possessor name) of the noun ``words[k]`` when it opens a sentence or clause:
    "the book", "his latest book", "Ann Lee's novel", "l’ouvrage" (``elided``: the article
    written into the word); else None."""
    if elided:
        return _opens_clause(window[:words[k].start()], elided, "")
    j = k - 1
    if j >= 0 and words[j].group().lower() in _ADJECTIVES:
        j -= 1
    if j < 0:
        return None
    det = words[j].group()
    owner = ""
    if lang == "en" and det.endswith(("’s", "'s")) and det[:1].isupper():
        owner, det = det[:-2], "’s"
        while j > 0 and words[j - 1].group()[:1].isupper() and words[j].start() - words[j - 1].end() == 1 and \
                len(owner.split()) < 3:
            j -= 1
            owner = words[j].group() + " " + owner
        if len(owner.split()) < 2:
            return None  # "Lee's book": a surname alone is left to no guess
    elif det.lower() not in _DETERMINERS[lang]:
        return None
    return _opens_clause(window[:words[j].start()], det, owner)


def _opens_clause(before: str, det: str, owner: str) -> tuple[str, str] | None:
    """(det, owner) when the subject opens its sentence (the window ``before`` it is empty), or
    a clause after a comma, a colon, a semicolon, a bracket or "that"; else None."""
    before = before.rstrip()
    if before and before[-1] not in ",;:(" and not before.endswith(_CLAUSE_OPENERS):
        return None
    return det, owner


_CLAUSE_OPENERS: Final = (" that", " que", " dass", " daß", " qu’", " qu'")
_DEFINITE: Final = frozenset("the this das der dieses dieser le l’ l' ce cet el este o este esse".split())


def _is_verb(verb: str, rest: str, lang: str) -> bool:
    """``verb`` can be the subject's verb: no copula, no function word, no passive; in English
    a form that inflects as a verb does."""
    low = verb.lower()
    if low in _NOT_VERBS:
        return False
    words = rest.lower().split()
    nxt = words[0] if words else ""
    if low in _NEGATIONS or any(w in _NEGATIONS or w.endswith(("n’t", "n't")) for w in words):
        return False  # "The book never uses “…”", "Le livre ne contient pas « … »"
    if low.startswith(_BEFELL) or low in _AUXILIARIES and nxt.startswith(_BEFELL):
        return False  # "The book earned “rave reviews”", "Das Buch erhielt „…“"
    if low in _AUXILIARIES and nxt in _PASSIVE_AFTER:
        return False  # "has been translated as “…”"
    if lang == "en" and low not in _AUXILIARIES:
        return low in _EN_IRREGULAR or low.endswith("ed") or \
            low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return True


def _earlier_author(text: str, at: int) -> str:
    """The one author named with a work noun in the ``_REACH`` characters before ``at`` (this
    paragraph and the one before); "" for none or two."""
    lo = max(0, at - _REACH)
    start = text.rfind("\n", lo, at)
    start = text.rfind("\n", lo, start) if start > lo else lo
    authors = set()
    for m in _AUTHOR_OF.finditer(text, max(lo, start), at):
        authors.add(next(g for g in m.groups() if g))
        if _CO_AUTHOR.match(text, m.end()):
            return ""  # "the new book by Ann Lee and Tom Roy": two authors, none of them alone
    return authors.pop() if len(authors) == 1 else ""


# A second author joined to the first ("by Ann Lee and Tom Roy", "de Marie Ndiaye et de Paul
# Roux", "von Jana Roth und Ulf Berg"): second read, stop 45.
_CO_AUTHOR: Final = re.compile(
    r"[^\S\n]{1,3}(?:and|&|und|et|y|e)[^\S\n]{1,3}(?:(?:de|von|by|del|do|da)[^\S\n]{1,3}|d[’'])?[A-ZÀ-ÖØ-Þ]")
