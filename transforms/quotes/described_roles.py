"""Who a description stands for in an article not in English: "le ministre de la Santé" ->
the "ministre de la Santé Roman Prymula" written before it, "la Rectora" -> "Rosario Díaz,
rectora de la Escuela", "O parlamentar" -> the legislator named just before (roles_intl). Each step
gives a name only when the article gave the role to one person; otherwise null."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from newsbeam.transforms.quotes.place_described import place_agrees
from newsbeam.transforms.quotes.body_voice_de import compound_voice
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.described_antecedent import described_antecedent
from newsbeam.transforms.quotes.described_fr import named_before_description
from newsbeam.transforms.quotes.generic_titles import generic_minister
from newsbeam.transforms.quotes.implied import another_person, described_person
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.loose_roles import loose_role_holder
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.postposed import head_description
from newsbeam.transforms.quotes.roles_intl import earlier_role
from newsbeam.transforms.quotes.role_compounds import other_office
from newsbeam.transforms.quotes.titles import is_compound_title, is_title_word
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.written_out import written_out


def description_holder(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """The person the description ``mention`` (credited explicitly before ``before``) stands for,
    or None: a body's spokesperson for the body, the role given to one person before, then the steps of roles_intl (role words and
    their generic synonyms, one resolver), generic_titles (a minister's description in other
    words), implied and, in German, the one person a description refers back to
    (described_antecedent), in French the one person named before a description in a paragraph
    that credited no one (described_fr), in that order."""
    mention = _with_article(text, _GLUED.sub("", mention), before)  # "sagte der Minister.Zudem sollte ...": a missing space
    mention = _from_article(mention)  # "zeigte sich der Trainer": the description, not its verb
    return place_agrees(text, mention, acronym_voice(text, mention) or role_holder(text, ctx, mention, before) or earlier_role(
        ctx, text, before, mention.strip(" .,;:").split()) or _body_voice(text, ctx, mention) or generic_minister(
        text, ctx, mention, before) or described_person(
        text, ctx, mention, before) or loose_role_holder(
        text, ctx, mention, before) or described_antecedent(text, ctx, mention, before) or \
        named_before_description(text, ctx, mention, before) or (
        description_holder(text, ctx, head, before) if (head := head_description(mention, text, before)) else None))


def _body_voice(text: str, ctx: ArticleContext, mention: str) -> str | None:
    """``compound_voice`` after the named spokesperson was looked for, never a person ("ein
    Selenskyj-Sprecher" speaks for the man, whom the guide does not credit: fix44)."""
    body = compound_voice(text, mention)
    return None if body is None or ctx.names.is_person(body) or ctx.names.is_person(body.split()[-1]) else body


# A German body's spokesperson by the body's acronym: "eine HZB-Sprecherin", "der NABU-Sprecher".
_VOICE: Final = re.compile(r"(?:ein|eine|der|die)[^\S\n]{1,3}([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7})-(?:Presse)?[Ss]precher(?:in)?")


def acronym_voice(text: str, mention: str) -> str | None:
    """German: "eine HZB-Sprecherin" where the article spells HZB out ("Das Helmholtz-Zentrum Berlin
    (HZB)"): the body speaks through its spokesperson, as "a CIA spokesperson" is the CIA's in
    English (resolve). An acronym the article does not spell out, or a word ("eine
    Bahn-Sprecherin"): None (an unnamed person)."""
    m = _VOICE.fullmatch(mention.strip(" .,;:"))
    if m is None or current_language().code != "de":
        return None
    full = written_out(m.group(1), text)
    return full if full != m.group(1) else None


_ARTICLE_BACK: Final = 400  # characters before the quote searched for a German role word's article
_DEFINITE_DE: Final = frozenset("der die Der Die".split())


def _with_article(text: str, mention: str, before: int) -> str:
    """A German role word read without its article ("Autor" where the sentence opens "Der Autor
    ..., beschreibt ...") with the definite article written right before it in the text before the
    quote: a definite description, as the steps above read one. Any other mention as it is."""
    if current_language().code != "de" or " " in mention.strip() or not mention[:1].isupper() or \
            not is_title_word(trim(mention.strip(" .,;:"))):
        return mention
    at = text.rfind(mention, max(0, before - _ARTICLE_BACK), before)
    words = text[max(0, at - _ADJECTIVES_BACK):at].split()[-1 - _ADJECTIVES_MAX:] if at > 0 else []
    for n in range(len(words) - 1, -1, -1):  # the article, then at most two adjectives before the noun
        if words[n] in _DEFINITE_DE and text[at - 1:at].isspace():
            # "Der 53-jährige Coach sagt:", "so die frustrierte Trainerin": the description whole
            return " ".join([words[n].lower(), *words[n + 1:], mention])
        if not _ADJECTIVE.fullmatch(words[n]):
            break
    return mention


_VERB_WORDS_MAX: Final = 2  # lower-case words read before a German description's article


def _from_article(mention: str) -> str:
    """A German mention that opens on lower-case words before a definite description ("zeigte
    sich der Landeshauptmann", read before "betont" taken for the reporting verb in "„…“, zeigte
    sich der Landeshauptmann betont zuversichtlich"): the description from its article, the
    subject of the verb. Any other mention as it is."""
    words = mention.split()
    if current_language().code != "de" or not words or not words[0].islower() or words[0] in _DEFINITE_DE:
        return mention
    for n in range(1, min(len(words) - 1, _VERB_WORDS_MAX + 1)):
        if words[n] in _DEFINITE_DE:
            return " ".join(words[n:]) if all(w.islower() for w in words[:n]) else mention
    return mention


_ADJECTIVES_MAX: Final = 2  # adjectives between a German description's article and its noun
_ADJECTIVES_BACK: Final = 60  # characters read before the noun for them
# An adjective of a description: lower case ("frustrierte") or an age or count ("53-jährige").
_ADJECTIVE: Final = re.compile(r"[a-zäöüß0-9][\w\-]{1,25}")


_GLUED: Final = re.compile(r"(?<=[^\W\d_]{3})\.[A-ZÄÖÜ][^\W\d_]{1,30}$")  # "Minister.Zudem", not "U.S"
_INFLECTIONS: Final = frozenset(["", "en", "n", "s", "es"])  # endings of one role word's case or number
_PARTICLES: Final = frozenset("de del la los da do dos das von van der".split())  # "Rosario del Pilar Díaz"
_INDEFINITE: Final = frozenset("un una une um uma ein eine einer einem einen".split())
_ROLE_WINDOW: Final = 10_000  # characters before a quote searched for the person a role was given to
_RUN_AFTER: Final = re.compile(r"[^\S\n]+((?:[^\W\d_][\w'’\-]*[^\S\n]+){0,3}[^\W\d_][\w'’\-]*)")


def role_holder(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """The person an article not in English gave the role a description names: "le ministre
    de la Santé" -> the "ministre de la Santé Roman Prymula" written before it; "la Rectora"
    -> "Rosario Díaz, rectora de la Escuela". The role must open on a title; the person must
    be the only one the article gave it to before the quote."""
    lang = current_language()
    words = mention.strip(" .,;:").split()
    role = words[1:] if words and words[0].lower() in lang.determiners else words
    if words and words[0].lower() in _INDEFINITE:
        return None  # "disse um ministro do governo": someone not named, no holder of the role before (s57)
    if not role or len(role) == len(words) and len(words) > 1:
        return None  # "le ministre de la Santé", "la Rectora", "Rectora"; not "Ministre Roman Prymula"
    if trim(role[0]).lower() not in TITLES and not is_compound_title(trim(role[0]).lower()):
        return None
    phrase = " ".join(role).lower()
    lo = max(0, before - _ROLE_WINDOW)
    held = _given(text, ctx, phrase, lo, before)
    if held is None:
        return None
    person, given = held
    if len(role) == 1 and person not in ctx.people and all(
            text.find(w, given + len(person), before) < 0 for w in {person.split()[0], person.split()[-1]}) \
            and another_person(text, ctx, given + len(person), before, person):
        # "o senador Alexandre Saraiva" named once in passing, then "Pacheco ... O senador
        # criticou": a bare title fits many; its holder is meant when quoted already, named
        # again since (by the first or last word of the name) or no one else was named since.
        return None
    return person


def _given(text: str, ctx: ArticleContext, phrase: str, lo: int, before: int) -> tuple[str, int] | None:
    """The one person the role ``phrase`` (lower case) is written beside in ``text[lo:before]``,
    and where the last such role ends; None for no one or several people. Read from the zone's
    occurrences of the phrase found once (``_Occurrences``) where the text's lower case keeps its
    positions; else by a search of the window."""
    kept = ctx.role_phrases
    if kept is None or kept[0] is not text:
        lowered = text.lower()  # (its own name: mypyc types a variable by its first assignment)
        kept = ctx.role_phrases = (text, lowered if len(lowered) == len(text) and "Σ" not in text else None, {})
    low, tables = kept[1], kept[2]
    if low is None or any(phrase[:k] == phrase[-k:] for k in range(1, len(phrase))):
        return _given_in_window(text, ctx, phrase, lo, before)  # positions shift, or occurrences overlap
    table = tables.get(phrase)
    if table is None:
        table = tables[phrase] = _Occurrences(text, low, phrase)
    return table.given(ctx, lo, before)


def _given_in_window(text: str, ctx: ArticleContext, phrase: str, lo: int, before: int) -> tuple[str, int] | None:
    """``_given`` by a search of ``text[lo:before]`` in lower case."""
    low = text[lo:before].lower()
    found: set[str] = set()
    given = before
    at = low.find(phrase)
    while at >= 0 and len(found) < 3:
        pos = lo + at
        if not _own_word(text, lo, pos, pos + len(phrase)):
            at = low.find(phrase, at + len(phrase))
            continue  # "Präsidentin", "Vizepräsident", "Co-Trainer": another role
        person = _beside(text, ctx, pos, pos + len(phrase))
        if person:
            found.add(person)
            given = pos + len(phrase)
        at = low.find(phrase, at + len(phrase))
    return (found.pop(), given) if len(found) == 1 else None


def _beside(text: str, ctx: ArticleContext, pos: int, end: int) -> str | None:
    """The person named right after the role written at ``text[pos:end]`` ("ministre de la Santé
    Roman Prymula"), or right before it and a comma ("Rosa Díaz, rectora de ...")."""
    after = _RUN_AFTER.match(text, end)
    person = None
    if after:
        run = []
        for w in after.group(1).split():
            if not w[:1].isupper():
                break
            run.append(w)
        person = _person_of(" ".join(run), ctx) if run else None
    if person is None:
        head = text[max(0, pos - 80):pos].rstrip(" \t")
        head = head[head.rfind("\n") + 1:]  # a name never runs over a line break
        if head.endswith(","):
            person = _person_of(" ".join(head[:-1].split()[-5:]), ctx)
    return person


class _Occurrences:
    """Where a zone writes one role phrase (``at``, every occurrence: the phrase never overlaps
    itself), and, asked for as windows reach them, the person each one is written beside
    (``_beside``) when it is a word of its own (``_own_word``, read over the ``_COMPOUND``
    characters before it). Each window then reads the people of its occurrences, not the text."""

    __slots__ = ("text", "size", "at", "people", "hits", "_read")

    def __init__(self, text: str, low: str, phrase: str) -> None:
        self.text = text
        self.size = len(phrase)
        self.at: list[int] = []
        found = low.find(phrase)
        while found >= 0:
            self.at.append(found)
            found = low.find(phrase, found + 1)
        self.people: dict[int, str | None] = {}  # occurrence -> the person beside it
        self.hits: list[int] = []  # the occurrences read, own words with a person beside them
        self._read = 0  # occurrences read so far

    def _person(self, ctx: ArticleContext, pos: int) -> str | None:
        if pos not in self.people:
            self.people[pos] = _beside(self.text, ctx, pos, pos + self.size)
        return self.people[pos]

    def given(self, ctx: ArticleContext, lo: int, before: int) -> tuple[str, int] | None:
        """``_given`` for the window ``lo:before``."""
        text, size, at = self.text, self.size, self.at
        last = bisect_right(at, before - size)  # the occurrences that end in the window
        while self._read < last:
            pos = at[self._read]
            if _own_word(text, max(0, pos - _COMPOUND), pos, pos + size) and self._person(ctx, pos):
                self.hits.append(pos)
            self._read += 1
        # Near the window's start a compound is read only from the window's start on.
        people: list[tuple[int, str]] = []
        for i in range(bisect_left(at, lo), last):
            pos = at[i]
            if pos >= lo + _COMPOUND:
                break
            person = self._person(ctx, pos) if _own_word(text, lo, pos, pos + size) else None
            if person:
                people.append((pos, person))
        far = self.hits[bisect_left(self.hits, lo + _COMPOUND):bisect_right(self.hits, before - size)]
        names = {person for _, person in people} | {self.people[pos] or "" for pos in far}
        if len(names) != 1:
            return None
        pos = far[-1] if far else people[-1][0]
        return names.pop(), pos + size


_COMPOUND: Final = 40  # characters before a role read for the compound it ends ("Vizepräsident")


def _own_word(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the role written at ``text[start:end]`` ends a word and, inside a compound
    ("Wirtschaftsminister"), is no other office ("Vizepräsident", "Co-Trainer")."""
    rest = end
    while rest < len(text) and rest - end < 4 and text[rest].isalpha():
        rest += 1
    if text[end:rest] not in _INFLECTIONS or rest < len(text) and (text[rest].isalpha() or text[rest] == "-"):
        return False  # "Präsidentin" is not "der Präsident" (but "des Präsidenten" is)
    word_at = start
    while word_at > lo and start - word_at < _COMPOUND and (text[word_at - 1].isalpha() or text[word_at - 1] == "-"):
        word_at -= 1
    return word_at == start or not other_office(text[word_at:end])


def _person_of(run: str, ctx: ArticleContext) -> str | None:
    """The name in a run of capitalized words, if it is a person's (two words or more, or one the
    article uses as a name)."""
    words: list[str] = []
    for w in reversed(run.split()):  # the capitalized words that end the run, particles inside
        if w[:1].isupper() or words and w in _PARTICLES:
            words.insert(0, w)
        else:
            break
    while words and words[0] in _PARTICLES:
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    lang = current_language()
    if any(w.lower() in lang.function_words for w in words) or not is_person_like(name):
        return None
    if len(words) >= 2 or ctx.names.is_person(name):
        return ctx.names.fullest(name)
    return None
