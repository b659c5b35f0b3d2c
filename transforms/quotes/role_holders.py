"""Rule ``titled_holder`` (issue 16): a definite description made of a title ("the minister",
"the Prime Minister", "the U.S. president", "the foreign minister") stands for the one person
the article wrote that title before ("Prime Minister Ann Hollis", "Russian President Ivan
Petrov"), and only where the description's other words agree with how the article titled him
or her:

- a capitalized modifier ("U.S.", "French", "UN") must be one the article wrote before that
  person's title ("French President Luc Moreau"); a person titled with another one ("Russian
  President Ivan Petrov") is someone else, and one titled with none is taken only when the
  modifier stands near the person's name elsewhere (``role_places.modifier_fits``);
- a title word among the modifiers ("foreign" in "the foreign minister") must be one of that
  person's title words;
- "the president" with no modifier, where several were titled so, is the one titled with none
  ("President Ann Ruiz" beside "French President Luc Roy");
- a person titled "former ...", "then-...", "ex-..." or "late ..." is never "the president" (only
  "the former president"): with a past and a current holder, "the president" is the current one.

Two people left (two presidents, two ministers) or none: no one (null speaker, the words kept
in ``speaker_mention``). Rather null than wrong: which one is meant is a guess."""
from __future__ import annotations

import re
from typing import Final, NamedTuple

from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.lexicon import ACRONYM_TITLES, FUNCTION_WORDS, TITLE_ALIASES, TITLES
from newsbeam.transforms.quotes.name_runs import titled_names
from newsbeam.transforms.quotes.role_places import modifier_fits
from newsbeam.transforms.quotes.tokens import trim

_READ: Final = 200_000  # characters of a zone read for titles (bounded)
_BEFORE: Final = 40  # characters before a title read for its modifiers
# Spellings of one country or body: "U.S." is "US" and "American"; "Britain’s" is "British".
_SAME: Final = {"american": "us", "america": "us", "usa": "us", "britain": "uk", "british": "uk",
         "un": "un", "united": "", "nations": ""}
_FORMER: Final = frozenset("former ex ex- late then outgoing".split())
# Title words that make another office of the same title ("Vice President" is not "the president").
# Prefixes of a word that make the title a past one: "then-Canadian Prime Minister ...",
# "ex-President ...", "former-Senator ...".
_PAST_PREFIXES: Final = ("then-", "ex-", "former-")
_RANKS: Final = frozenset("vice deputy assistant associate lieutenant under chief".split())


# "the mayor, Leo Varga,", "The Prime Minister, Ana Holm,", "the mayor of Springfield, Ann Roe,": a
# title, then its holder set off by commas (stop 53); up to two words before the title ("the
# city's mayor", "The Prime Minister"), a place after it; an owner for "the" ("Acme’s CEO", s62).
_APPOSED: Final = re.compile(
    r"(?:\b[Tt]he|\b[A-Z][\w\-]{0,30}+(?:’s|'s))[^\S\n]++((?:[\w.’'\-]{1,30}+[^\S\n]++){0,2}?)("
    + "|".join(sorted([w for t in TITLES if len(t) > 2 and t.isalpha() for w in (t, t.capitalize())]
                      + [t.upper() for t in ACRONYM_TITLES], key=len, reverse=True))
    + r")(?:[^\S\n]++of[^\S\n]++((?:[A-Z][\w'’\-]{0,30}+[^\S\n]++){0,2}[A-Z][\w'’\-]{0,30}+))?"
    + r",[^\S\n]++((?:[A-Z][\w'’\-]{0,30}+\.?[^\S\n]++){0,2}[A-Z][\w'’\-]{1,30}+),")


class Titled(NamedTuple):
    titles: frozenset[str]  # "premier", "president", "minister" (aliases resolved)
    modifiers: frozenset[str]  # capitalized words before the title, normalized ("us", "russian")
    former: bool
    name: str


def _norm(word: str) -> str:
    w = word.strip(",.;:()“”\"'").replace(".", "")
    for end in ("’s", "'s"):
        if w.endswith(end):
            w = w[:-2]
    w = w.lower()
    return _SAME.get(w, w)


def _title(word: str) -> str:
    w = trim(word).rstrip(".")
    return TITLE_ALIASES.get(w, w)


def _before_title(words: list[str]) -> tuple[bool, set[str]]:
    """Whether the words right before a title say "former", and the capitalized words among
    them ("Russian", "Britain’s" -> "uk"): read back to a sentence's or clause's end."""
    mods: set[str] = set()
    for word in reversed(words[-3:]):
        low = word.lower()
        if low in _FORMER or low.startswith(_PAST_PREFIXES):
            rest = word[low.find("-") + 1:] if low.startswith(_PAST_PREFIXES) else ""
            if rest[:1].isupper() and _norm(rest):
                mods.add(_norm(rest))  # "then-Canadian": a Canadian one, then
            return True, mods
        if not word[:1].isupper() or word.endswith((",", ";", ":", "!", "?", ")")) or \
                word.endswith(".") and word.count(".") == 1 or trim(low) in FUNCTION_WORDS:
            break
        if _norm(word):
            mods.add(_norm(word))
    return False, mods


def titled_people(texts: list[str]) -> list[Titled]:
    """Every person an article writes after a title ("Russian President Ivan Petrov"), with the
    title words, the capitalized words before them and whether they were "former"."""
    out: list[Titled] = []
    for text in texts:
        text = text[:_READ]
        for m in titled_names(text):
            words = m.group(2).split()
            owner = next((k for k, w in enumerate(words) if w.endswith(("’s", "'s"))), None)
            if owner is not None:
                words = words[:owner] + [words[owner][:-2]]
            end = next((k for k, w in enumerate(words) if w.endswith(".") and len(w) > 2 and "." not in w[:-1]), None)
            if end is not None:
                words = words[:end] + [words[end][:-1]]  # "President Trump. He": the sentence ends
            titles = [m.group(1).lower().rstrip(".")]
            while len(words) > 1 and trim(words[0]) in TITLES:
                titles.append(trim(words.pop(0)))
            low = [TITLE_ALIASES.get(t, t) for t in titles]
            if "prime" in low and "minister" in low:
                low = [t for t in low if t not in ("prime", "minister")] + ["premier"]
            former, mods = _before_title(text[max(0, m.start() - _BEFORE):m.start()].split())
            former = former or any(t in _FORMER for t in low)  # "Former President Tom Barlow"
            lead = text[max(0, m.start() - 4):m.start()].split()
            if lead and lead[-1] in ("Lt.", "Lt"):
                low.append("lieutenant")  # "Lt. Gov. Ann Lee": a lieutenant governor, no governor
            out.append(Titled(frozenset(t for t in low if t not in _FORMER), frozenset(mods), former,
                              " ".join(words)))
        out.extend(_apposed(text))
        out.extend(_titled_of(text))
    return out


# "Secretary of State Marco Ruiz", "Minister of Foreign Affairs Ana Lopez": a title, "of", its
# capitalized complement, then the holder's name (``_titled_of`` reads where one ends and the
# other begins).
_TITLE_OF: Final = re.compile(
    r"\b(" + "|".join(sorted((t.capitalize() for t in TITLES if len(t) > 3 and t.isalpha()), key=len, reverse=True))
    + r")[^\S\n]++of[^\S\n]++")
_AFTER_OF: Final = 120  # characters read after "of" for the complement and the name
_INITIAL_OR_SUFFIX: Final = re.compile(r"[A-Z]\.|Jr\.|Sr\.|II|III|IV")


def _titled_of(text: str) -> list[Titled]:
    """The holders ``_TITLE_OF`` finds in ``text``: after the complement's first word, the name
    opens on the first word the first-name lists hold and runs over two or three capitalized
    words ("Secretary of State Marco Ruiz" is a secretary with the modifier "state"); none
    found: no one."""
    out: list[Titled] = []
    for m in _TITLE_OF.finditer(text):
        words = text[m.end():m.end() + _AFTER_OF].split()[:8]
        run = 0
        while run < len(words) and (words[run][:1].isupper() or words[run] in ("and", "the") and run):
            run += 1
            if words[run - 1][-1:] in ",;:" or words[run - 1][-1:] == "." and not _INITIAL_OR_SUFFIX.fullmatch(words[run - 1]):
                break
        # the name: the run's last two words, on a first name ("Mayor of Santa Barbara Randy Rowse":
        # not "Barbara Randy Rowse", s55 final read)
        core_end = run - 1 if run >= 1 and words[run - 1] in ("Jr.", "Sr.", "II", "III", "IV") else run
        start = core_end - 2
        if start >= 1 and _INITIAL_OR_SUFFIX.fullmatch(words[start]):
            start -= 1  # "Lloyd J. Austin", "Robert F. Kennedy Jr.": the initial and the suffix are the name's
        name = [w.rstrip(",;:") for w in words[start:run]] if start >= 1 else []
        if name and name[-1].endswith(".") and not _INITIAL_OR_SUFFIX.fullmatch(name[-1]):
            name[-1] = name[-1][:-1]
        if len(name) < 2 or not is_first_name(name[0]) or words[start - 1] == "and":
            continue
        former, mods = _before_title(text[max(0, m.start() - _BEFORE):m.start()].split())
        mods |= {_norm(w) for w in words[:start] if _norm(w) and w.lower() not in FUNCTION_WORDS}
        out.append(Titled(frozenset((_title(m.group(1)),)), frozenset(mods), former, " ".join(name)))
    return out


def _apposed(text: str) -> list[Titled]:
    """The holders ``_APPOSED`` finds in ``text``: "the mayor, Leo Varga," is a mayor."""
    out: list[Titled] = []
    for m in _APPOSED.finditer(text):
        before = m.group(1).split()
        title = _title(m.group(2))
        if before and before[-1].lower() == "prime" and title == "minister":
            before, title = before[:-1], "premier"
        former = any(w.lower() in _FORMER or w.lower().startswith(_PAST_PREFIXES) for w in before)
        mods = {_norm(w) for w in before + (m.group(3) or "").split() if w[:1].isupper() and _norm(w)}
        out.append(Titled(frozenset((title,)), frozenset(mods), former, m.group(4)))  # ("the mayor of Springfield, Ann Roe,")
    return out


# Party adjectives before a title describe its holder, as "former" does not: "the Democratic
# Governor" after "California’s Gov. Gavin Newsom" is him.
_PARTIES: Final = frozenset("democratic republican conservative labour liberal socialist green".split())
_PARTY_ALIASES: Final = {"tory": "conservative", "tories": "conservative", "democrat": "democratic", "gop": "republican"}


def _parties(words: list[str]) -> set[str]:
    """The parties ``words`` name ("Tory" is "conservative")."""
    low = (w.lower().strip(",.;:") for w in words)
    return {_PARTY_ALIASES.get(w, w) for w in low if w in _PARTIES or w in _PARTY_ALIASES}


def _description(words: list[str]) -> tuple[str, frozenset[str], frozenset[str], frozenset[str], bool] | None:
    """(head title, capitalized modifiers, title-word modifiers, other lowercase modifiers,
    former) of "the [mods] title",
    or None when ``words`` is no such description."""
    if not 2 <= len(words) <= 6 or words[0].lower() != "the":
        return None
    of_words: list[str] = []
    if "of" in words[2:-1] and all(w[:1].isupper() for w in words[words.index("of") + 1:]):
        # "the Secretary of State", "the Minister of Foreign Affairs": the complement modifies (s55)
        words, of_words = words[:words.index("of")], words[words.index("of") + 1:]
    if len(words) > 4:
        return None
    rest = [trim(w).rstrip(".") if not w[:1].isupper() or w.lower() in TITLES else w for w in words[1:]]
    low = [w.lower().rstrip(",;:") for w in rest]
    if len(low) >= 2 and low[-2:] == ["prime", "minister"]:
        low, rest = low[:-2] + ["premier"], rest[:-2] + ["premier"]
    head = TITLE_ALIASES.get(low[-1], low[-1])
    if head not in TITLES:
        return None
    caps: set[str] = set()
    title_mods: set[str] = set()
    lowered: set[str] = set()
    former = False
    for word, lw in zip(rest[:-1], low[:-1]):
        if lw in _FORMER:
            former = True
        elif lw in TITLES and (not word[:1].isupper() or lw in ("vice", "deputy", "foreign", "prime")):
            title_mods.add(TITLE_ALIASES.get(lw, lw))
        elif word[:1].isupper():
            if _norm(word) and lw not in _PARTIES:
                caps.add(_norm(word))  # ("the Democratic Governor": a party is no part of the title, s50)
        elif lw.isalpha():
            lowered.add(lw)  # "the foreign minister" after "Foreign Minister Rita Okafor" only
        else:
            return None  # "the 43-year-old lawyer": described_person's
    caps.update(_norm(w) for w in of_words if _norm(w) and w.lower() not in FUNCTION_WORDS)
    return head, frozenset(caps), frozenset(title_mods), frozenset(lowered), former


def titled_holder(people: list[Titled], words: list[str], text: str, fullest) -> str | None:
    """The one person of ``people`` (``titled_people`` of the article) the description ``words``
    stands for, in its fullest form (``fullest``), or None (see the module's rules)."""
    found = _description(words)
    if found is None:
        return None
    head, caps, title_mods, lowered, former = found
    party = _parties(words)
    exact: dict[str, str] = {}
    unmarked: dict[str, str] = {}
    plain: dict[str, str] = {}  # titled with no modifier: "President Ruiz", not "French President Roy"
    for person in people:
        if head not in person.titles or not title_mods <= person.titles or person.former != former \
                or ((person.titles | person.modifiers) & _RANKS) - title_mods - {head} \
                or party and _parties(list(person.modifiers)) - party:
            continue  # ("the Labour MP" is not "Tory MP Tom Hale", s62)
        full = fullest(person.name)
        key = full.split()[-1]
        if lowered and not lowered <= person.modifiers | person.titles:
            continue  # "the new president": a word the article did not title anyone with
        if lowered:
            exact.setdefault(key, full)
        elif not caps:
            (plain if not person.modifiers else unmarked).setdefault(key, full)
        elif caps <= person.modifiers:
            exact.setdefault(key, full)
        elif not person.modifiers:
            unmarked.setdefault(key, full)
    if lowered:
        return _one(exact)
    if caps:
        if exact:
            return _one(exact)
        unmarked = {k: v for k, v in unmarked.items() if modifier_fits(text, words, v)}
        return _one(unmarked)
    # "the president" in an article about "President Ruiz" that also titles "French President Roy"
    return _one({**plain, **unmarked}) or _one(plain)


def _one(found: dict[str, str]) -> str | None:
    """The one person of ``found`` (surname -> fullest name); a run that holds another's
    surname ("Obama Speech" in a heading beside "Obama") is that person."""
    people = [full for full in found.values()
              if not any(key != full.split()[-1] and key in full.split() for key in found)]
    return people[0] if len(people) == 1 else None
