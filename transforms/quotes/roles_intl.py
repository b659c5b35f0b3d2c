"""``earlier_role`` (German, Spanish, French, Portuguese; a step of ``extract`` after ``resolve``, as
``_role_holder`` is, not an attribution rule of ``rules.RULES``): a definite role word standing for
a person the article named with it before ("„…“, sagt der Oberst." after "Oberst Karl Weber";
"afirmó el ministro" after "el ministro de Hacienda, Tomás Ferreira"; "L'anthropologue explique"
after "l'anthropologue Lucien Marbot"): the one person the article wrote that word for, right
before the name or in an apposition. None when it wrote the word for no one, for several
people, or for something that is no person ("die Stadt Bad Ischl")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.department_lists import AREA_LIST
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.implied import another_person
from newsbeam.transforms.quotes.introduced_speaker import spoke_when_named
from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL
from newsbeam.transforms.quotes.language import ROMANCE, current as current_language
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, PLACE_WORDS
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.opening_adjunct import governed_run, not_named_here, placed_run
from newsbeam.transforms.quotes.recency import most_recent
from newsbeam.transforms.quotes.role_complements import LONG_COMPLEMENT, NAME_PARTICLE, PARTICLES, particle_name
from newsbeam.transforms.quotes.role_compounds import compound_of, other_office
from newsbeam.transforms.quotes.role_synonyms import phrase_role_words, role_words, unnamed_holder
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.window_scan import zone_scan

_READ: Final = 20_000  # characters read back from the quote for the role (bounded)
_HOLDERS: Final = 6  # people given the role at most (more: a list, no one in particular)
# More characters than a match of a role pattern and its lookahead read (role word, apposition,
# name: about 260 at most, 700 with a department's list of areas after the apposition, 1,240
# with a long complement before it (role_complements); tests/test_quotes_tidy40.py measures it).
_REACH: Final = 1_400
# Role patterns kept (role words are open: "der Oberst", "l'anthropologue"; the last ones used stay).
_PATTERNS: Final = 256
_SP: Final = r"[^\S\n]{1,3}"
# Two or three capitalized words (initials and hyphens allowed): a person's name.
_CAP: Final = r"[A-ZÀ-ÖØ-Þ]"
_NAME_WORD: Final = _CAP + r"(?:[\w’'\-]{1,30}|\.)"  # a capitalized word, or an initial ("S.")
# (A particle may stand between two of its words: "Maurício de Ferrante", role_complements.)
_NAME: Final = r"(" + _NAME_WORD + r"(?:" + _SP + NAME_PARTICLE + _NAME_WORD + r"){1,3})"  # (four words: "Luiz Inácio Lula da Silva")
_ELISION: Final = re.compile(r"[LlDd][’']")
# A department after a role with no comma before the name ("el ministro de Salud Pedro Gil", "la
# ministre de la Culture Françoise Nyssen", s51): "of", an article, one or two capitalized words
# (the fewest: the name's own words are read after it, and a first name ends the department).
_DEPARTMENT: Final = (r"[^\S\n]{1,3}(?:de|del|du|des|da|do|dos|das)(?:[^\S\n]{1,3}(?:la|las|los|el|les|a|o)|"
                      r"[^\S\n]{1,3}l[’'])?[^\S\n]{0,3}" + _CAP + r"[\w\-]{1,30}(?:" + _SP + _CAP + r"[\w\-]{1,30})??")
_WORD: Final = re.compile(r"[^\W\d_][^\W\d_\-]{2,30}(?:-[^\W\d_]{2,30})?")
_ADJ: Final = re.compile(r"[^\W\d_]{2,20}")


def role_head(words: list[str]) -> str | None:
    """The role word of a definite description ``words`` ("der Oberst", "der junge Polizist",
    "el ministro", "L'anthropologue"), or None for any other mention."""
    lang = current_language()
    if lang.code == "en" or not words or len(words) > 3:
        return None
    first = words[0]
    if len(words) == 1:
        elided = _ELISION.match(first)
        if elided is None or lang.code != "fr":
            return None
        head = first[2:]
    else:
        if first.lower() not in lang.determiners or first.lower() in ("ein", "eine", "un", "una", "une", "um", "uma"):
            return None
        if len(words) == 3 and not (_ADJ.fullmatch(words[1]) and words[1].islower()):
            return None  # "der junge Polizist": one lowercase adjective at most
        head = words[-1]
    if not _WORD.fullmatch(head) or head.lower() in FUNCTION_WORDS:
        return None
    if (lang.code == "de") != head[0].isupper():
        return None  # German nouns are capitalized; elsewhere a capital is a name
    return head


# Prepositions that join a role to the body it belongs to ("der Konzernchef von FACC", "o senador
# do Podemos", "el alcalde de Lima", "le maire de Lyon").
_OF: Final = frozenset("von vom de del do da dos das du des".split())
_NEAR: Final = 80  # characters either side of a role-and-name where the body must be written
_MODS: Final = 3  # capitalized words of a body read from a description


def _sentence(text: str, lo: int, hi: int) -> str:
    """The sentence around ``text[lo:hi]``, at most ``_NEAR`` characters either side."""
    start = max(text.rfind(". ", max(0, lo - _NEAR), lo) + 1, text.rfind("\n", max(0, lo - _NEAR), lo) + 1,
                max(0, lo - _NEAR))
    ends = [e for e in (text.find(". ", hi, hi + _NEAR), text.find("\n", hi, hi + _NEAR)) if e >= 0]
    return text[start:min(ends) if ends else hi + _NEAR]  # (a paragraph's end ends it too: s57)


def _of_modifier(words: list[str]) -> tuple[list[str], list[str]]:
    """A description with a body after its role ("der Konzernchef von FACC") split into the
    role part ("der Konzernchef") and the body's capitalized words (["FACC"]); other words as
    they are, with no body."""
    if not 4 <= len(words) <= 3 + _MODS or words[2].lower() not in _OF:
        return words, []
    mods = [w.strip("(),.;:") for w in words[3:]]
    if not all(w[:1].isupper() or w.lower() in _OF for w in mods) or not any(w[:1].isupper() for w in mods):
        return words, []
    return words[:2], [w for w in mods if w[:1].isupper()]


@lru_cache(maxsize=_PATTERNS)
def _role_pattern(heads: tuple[str, ...], compounds: bool, romance: bool = False) -> re.Pattern[str]:
    """The regex of a role word of ``heads`` right before a name ("der Oberst Karl Weber", "el
    ministro de Hacienda, Tomás Ferreira") or in an apposition after one ("Tomás Ferreira,
    ministro"); with ``romance``, after its department with no comma ("el ministro de Salud Pedro
    Gil"; not German: "des Turnvereins Ostheim Nord" is the club's name); with ``compounds``, a German compound ending in one of them too
    ("Wirtschaftsminister Hubert Aiwanger" for "der Minister"). Built once for each set of role
    words: an article asks for the same role at each of its quotes."""
    exact = "|".join("[" + re.escape(h[0].lower()) + re.escape(h[0].upper()) + "]" + re.escape(h[1:]) for h in heads)
    if compounds:
        exact += "|" + compound_of(heads)
    role = r"(?<![\w\-])(" + exact + r")(?![\w\-])"
    return re.compile(role + r"(?:[^\S\n,.;:!?]{1,3}(?:[^\n,.;:!?“”„\"«»]{1,40}|" + LONG_COMPLEMENT + r"),(?:"
                      + AREA_LIST + r")?" + ("|" + _DEPARTMENT if romance else "") + r")?" + _SP + _NAME
                      + r"(?![\w\-])"
                      + r"|" + _NAME + r"," + _SP + r"(?:\w{1,3}" + _SP + r")?" + role)


def earlier_role(ctx: ArticleContext, text: str, before: int, words: list[str]) -> str | None:
    """The one person the article named with the role word of ``words`` in the text before the
    quote (``before``): "Oberst Karl Weber", "el ministro de Hacienda, Tomás Ferreira", "Tomás
    Ferreira, ministro de Hacienda". None unless exactly one person (one surname) was so named,
    or, of several so named, one is named most recently in the text just before (``most_recent``)."""
    heads = phrase_role_words(current_language().code, words)  # "el jefe de Estado": "el presidente X"
    mods: list[str] = []
    if not heads:
        words, mods = _of_modifier(words)
        head = role_head(words)
        if head is None:
            return None
        article = words[0] if len(words) == 2 else ""  # ("el portavoz": "el vocero X", not "la vocera X")
        heads = role_words(current_language().code, head, article)  # "el mandatario": "el presidente X" too
    # "der Minister": "Wirtschaftsminister Hubert Aiwanger" too
    code = current_language().code
    pattern = _role_pattern(heads, code == "de" and len(words) == 2, code in ROMANCE)
    people: dict[str, str] = {}
    ends: dict[str, int] = {}
    for m in zone_scan(ctx, text, pattern, _REACH).finditer(max(0, before - _READ), before):
        written = m.group(1) or m.group(4)
        if written not in heads and other_office(written):
            continue  # "Vizepräsident X", "Co-Trainer X": another office than "der Präsident", "der Trainer"
        if m.group(3) and (governed_run(text, m.start(3), m.group(3)) or placed_run(text, m.start(3), m.group(3))):
            continue  # "Devant Michel Darras, le philosophe dénonce": the philosopher is another
        name = split_title(m.group(2) or m.group(3))
        between = text[m.end(1):m.start(2)] if m.group(1) and m.group(2) else ""
        dept = [w for w in between.split() if w[:1].isupper()] if between.strip() and "," not in between else []
        if dept:
            # "el ministro de Salud Pedro Gil": a department of no first name, a name that is
            # one from a first name on ("El portavoz de Ana María Ruiz", "la familia de Fernando
            # Báez Sosa": someone else's; "de la Vara Criminal Mendes Rocha": no name to tell)
            trimmed = _from_first_name(name) if name else name
            raw = m.group(2).split()  # (what split_title took off the name counts too)
            dropped = raw[:len(raw) - len(trimmed.split())] if trimmed else []
            if any(is_first_name(w) for w in dept) or not trimmed or \
                    not is_first_name(trimmed.split()[0]) or any(not w[:1].isupper() for w in dropped):
                continue
            name = trimmed
        if not name or any((trim(w).lower() in FUNCTION_WORDS and w not in PARTICLES) or trim(w).lower() in PLACE_WORDS
                           for w in name.split()) or not (known_person(name, ctx) or (
                len(name.split()) > 1 and is_person_like(name) and not is_org(name))):
            continue  # the role word right before a name of two words or more is a person's
        if not particle_name(name, ctx):
            continue  # "El director de la entidad, Caja de Ahorros,": a body, no "Ana de Souza"
        if mods and not all(mod in _sentence(text, m.start(), m.end()) for mod in mods):
            continue  # "der Konzernchef von FACC": a chief the article did not write beside FACC
        full = ctx.names.fullest(name)
        full = _from_first_name(full) if dept else full  # ("Pública Pedro Gil" read as a name: Pedro Gil)
        first_word = full.split()[0]
        if len(full.split()) > 2 and (first_word[2:] if _ELISION.match(first_word) else first_word).lower() \
                in {h.lower() for h in heads}:
            full = full.split(None, 1)[1]  # "Oberst Markus Reisner": the role is no part of the name
        key = full.split()[-1].rstrip(".")
        people.setdefault(key, full)
        ends[key] = m.end()
        if len(people) > _HOLDERS:
            return None  # many people with that role: which one is a guess
    if not people:
        return None
    surname = next(iter(people)) if len(people) == 1 else most_recent(text, list(people), before)
    if surname is None:
        return None  # two people with that role, neither (or both) named just before: a guess
    person, given = people[surname], ends[surname]
    if unnamed_holder(text, given, before, heads):
        return None  # "el portavoz de Pemex, X" ... "un vocero de Cotemar dijo" ... "El vocero": that one (s57)
    if not mods and person not in ctx.people and all(text.find(w, given, before) < 0 for w in {person.split()[0], person.split()[-1]}) \
            and (another_person(text, ctx, given, before, person) or _new_name(text, given, before, person)) \
            and not spoke_when_named(text, ctx, given):
        # "o senador Ana Lima" named once in passing, then other people, then "O senador
        # criticou": the role is meant for its holder when quoted or named again since, or
        # when no one else was named since; "der Konzernchef von FACC" says which one.
        return None
    return person


def _from_first_name(name: str) -> str:
    """``name`` from its first word that is a first name, when its own first word is none: a
    department's last word read into the name ("Pública Pedro Gil" of "el ministro de Salud
    Pública Pedro Gil", s51)."""
    words = name.split()
    if len(words) < 3 or is_first_name(words[0]):
        return name
    k = next((k for k in range(1, len(words) - 1) if is_first_name(words[k])), 0)
    return " ".join(words[k:]) if k else name


def _new_name(text: str, lo: int, hi: int, person: str) -> bool:
    """Whether ``text[lo:hi]`` writes a full name of two words or more that shares no word with
    ``person`` ("Anna Roth" after "Karl Weber"), even one the article names only once."""
    mine = set(person.split())
    for run, end in names_in(text, lo, hi):
        name = split_title(run) or run
        if not_named_here(text, end - len(run), run):
            continue  # "Interrogé par France Inter, le ministre": the interviewer, not someone new
        if len(name.split()) > 1 and is_person_like(name) and not is_org(name) and not mine & set(name.split()) \
                and not any(trim(w).lower() in ORG_HEADS_INTL for w in name.split()):  # ("Radio Mitre")
            return True
    return False

