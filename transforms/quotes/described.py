"""Rule ``described_person``: the people an article describes with a common noun, so that a
later description without a name ("the 43-year-old lawyer", "the historian") stands for the
one person the article gave that noun.

Three shapes give a person a description: an appositive after the name ("Ann Lee, 43, a lawyer
from Leeds,", "Tom Hale, the historian who ..."), "is"/"was" and the noun after it ("Ann Lee is a
43-year-old lawyer.") and a lowercase noun right before it
("historian Tom Hale said"). A noun the article gives to two different people, or to no one,
names no one: the description then stays a description (null speaker, the words kept in
``speaker_mention``). Capitalized titles before a name ("President Ruiz") are the name index's
own roles (``NameIndex.role``), which come first.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.person_nouns import TRADES_EN

# Role words that are modifiers of another noun, or too vague to stand for one person.
_NOT_HEADS: Final = frozenset("""
vice presidential press campaign state former deputy assistant acting top senior longtime then
veteran retired head chief police member partner independent democrat republican fellow
son daughter wife husband mother father sister brother widow star owner boss
""".split())  # ("boss": of which body, organisation_chief reads; "the refs boss" is no other boss, s62)
HEADS: Final = frozenset(w for w in ROLE_WORDS if w not in _NOT_HEADS and w.isalpha())


def agent_head(word: str) -> bool:
    """Whether ``word`` is a noun of a trade the role lists lack (``person_nouns.TRADES_EN``), a
    description's head as the role words are ("Tom Luboku, a musician from Sydney," then "the
    musician said", s59); resolve reads it only where ``NameIndex.described`` finds one person."""
    return word in TRADES_EN


# The heads a description may have: the role words and the trades the role lists lack. (Titles
# as heads, "Anna Berg, a coach from Oslo," then "the coach said", were tried at s60 and dropped:
# three adversarial reads found "the head coach", "the interim coach", "the state ombudsman", "the
# ship's captain" resolved to the one holder named.)
_DESCRIBED_HEADS: Final = HEADS | TRADES_EN


_SP: Final = r"[^\S\n]+"
# Capitalized words; a period only after an initial ("Ann B. Lee"), never a sentence's end.
_NAME: Final = r"((?:(?:[A-Z]\.|[A-Z][\w’'\-]*)" + _SP + r"){1,3}[A-Z][\w’'\-]+)"
_MOD: Final = r"(?:[a-z0-9][\w‑\-’']*" + _SP + r"){0,3}?"
_HEAD: Final = r"([a-z]+)"
# "Ann Lee, 43, a lawyer from Leeds," / "Tom Hale, the town's historian, said" / "Ann Lee, Acme’s
# chief executive," (a named owner for the article, s62)
_APPOSITIVE: Final = re.compile(
    r"(?<![\w’'\-.])" + _NAME + r"," + _SP + r"(?:(\d{1,3})," + _SP + r")?"
    + r"(?:an?|the|[A-Z][\w\-]{0,30}(?:’s|'s))" + _SP
    + r"(" + _MOD + r")" + _HEAD + r"(?=[,.;:]|" + _SP + r"(?:from|at|for|of|in|with|who|and|based|on|"
    + r"signed|hired|appointed|elected|born|raised|whose|since|now)\b)")  # ("a striker signed from Ashdown", s55)
# "Ann Lee is a 43-year-old lawyer from Leeds." / "Tom Hale, who was a historian,"
_COPULAR: Final = re.compile(
    r"(?<![\w’'\-.])" + _NAME + r"(?:," + _SP + r"who)?" + _SP + r"(?:is|was)" + _SP + r"an?" + _SP
    + r"(" + _MOD + r")" + _HEAD + r"(?=[,.;:]|" + _SP + r"(?:from|at|for|of|in|with|who|and|based|on|too)\b)")
# "historian Tom Hale said", "the veteran lawyer Ann Lee"
_BEFORE_NAME: Final = re.compile(r"(?<![\w’'\-.])" + _HEAD + _SP + _NAME + r"(?![\w’'\-])")
# "Historian Tom Hale runs the archive.": a role word opening a sentence, capitalized as the
# sentence's first word, before a name (s51: "the historian" had named no one).
_OPENING_ROLE: Final = re.compile(r"(?:^|(?<=[.!?”] )|(?<=\n))([A-Z][a-z]+)" + _SP + _NAME + r"(?![\w’'\-])"
                                  r"(?:,[^\S\n]+(\d{1,3}),)?")  # ("Lawyer Ann Lee, 51, filed": her age, read51)
_PAST: Final = frozenset("former late outgoing retired erstwhile".split())
# Ranks that make the described one another holder than "the <head>" (s62: "Ann Lee, Labour’s
# deputy leader," is not "the leader"; a former one may still be: "the pollster" for a former pollster).
_RANKS: Final = frozenset("deputy vice assistant associate".split())
_OTHER_HOLDER_WORDS: Final = _RANKS | _PAST
_GOVERNING: Final = [[w] for w in "to about with for from by against of on at toward towards into".split()]
# Words before a description's head that mark another holder of the noun than the one described
# ("the opposing coach", "the other lawyer"; the adversarial reads of s60: not "new", "chief",
# "deputy", "senior", "visiting", which are as often the described one's own title).
_OTHER: Final = frozenset("other another opposing rival".split())
# The same noun given to someone else, unnamed: "Another lawyer for the family said", "the opposing coach".
_OTHER_HOLDER: Final = re.compile(r"\b(?:[Aa]nother|[Oo]ther|[Oo]pposing|[Rr]ival)" + _SP + r"([a-z]+)\b")
_AGE: Final = re.compile(r"\b(\d{1,3})[‑\-]year[‑\-]old\b")
_READ: Final = 200_000  # characters of an article read for descriptions (bounded)


def _person(name: str) -> str | None:
    words = name.split()
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower().rstrip(".") in TITLES):
        words.pop(0)  # "The", "Dr.": not part of the name
    return " ".join(words) if len(words) >= 2 else None


def described_people(texts: list[str]) -> dict[str, str]:
    """Each description head (a role word) the article gives to exactly one person, mapped
    to that person's name as written there ("lawyer" -> "Ann Lee"); the age given with it
    is kept under "<head>@<age>" so that "the 43-year-old lawyer" must agree with it."""
    seen: dict[str, set[str]] = {}
    ages: dict[str, set[str]] = {}
    past: set[str] = set()  # heads given with "former", "late", ...: "the former mayor" may be them
    ranked: set[str] = set()  # heads given with "deputy", "vice", ...: "the leader" is not them (s62)
    others: set[str] = set()  # heads also given to someone unnamed ("Another lawyer for the family")
    for text in texts:
        text = text[:_READ]
        given: list[tuple[int, int]] = []
        for m in _APPOSITIVE.finditer(text):
            head, person = m.group(4), _person(m.group(1))
            if head not in _DESCRIBED_HEADS or person is None or \
                    text[max(0, m.start() - 9):m.start()].split()[-1:] in _GOVERNING:
                continue  # ("In a letter to Ann Lee, Acme’s lawyer said": another person, s62)
            given.append(m.span())
            seen.setdefault(head, set()).add(person)
            if _RANKS.intersection(m.group(3).lower().split()):
                ranked.add(head)
            if _PAST.intersection(m.group(3).lower().split()):
                past.add(head)
            age = m.group(2) or (_AGE.search(m.group(3)) or [None, None])[1]
            if age:
                ages.setdefault(head, set()).add(age)
        for m in _COPULAR.finditer(text):
            head, person = m.group(3), _person(m.group(1))
            if head not in _DESCRIBED_HEADS or person is None:
                continue
            given.append(m.span())
            seen.setdefault(head, set()).add(person)
            if _RANKS.intersection(m.group(2).lower().split()):
                ranked.add(head)
            if _PAST.intersection(m.group(2).lower().split()):
                past.add(head)
            age = _AGE.search(m.group(2))
            if age:
                ages.setdefault(head, set()).add(age[1])
        for m in _OPENING_ROLE.finditer(text):
            head, person = m.group(1).lower(), _person(m.group(2))
            # (a title, "President Tom Barlow", is the name index's role: NameIndex.role)
            if head in _DESCRIBED_HEADS and head not in TITLES and person is not None:
                seen.setdefault(head, set()).add(person)
                if m.group(3):
                    ages.setdefault(head, set()).add(m.group(3))
        for m in _BEFORE_NAME.finditer(text):
            head, person = m.group(1), _person(m.group(2))
            if head in _DESCRIBED_HEADS and person is not None:
                seen.setdefault(head, set()).add(person)
                before = re.split(r"[^\w’'\-]+", text[max(0, m.start() - 40):m.start()].lower())
                if _RANKS.intersection(before[-2:]):
                    ranked.add(head)
                if _PAST.intersection(before[-5:]):
                    past.add(head)  # "former mayor Tom Hale", "Former Bill Clinton pollster Ann Lee"
        for m in _OTHER_HOLDER.finditer(text):
            if m.group(1) in seen and not any(a <= m.start() < b for a, b in given):
                others.add(m.group(1))  # (s60: "Another lawyer for the family")
    out: dict[str, str] = {}
    for head, people in seen.items():
        if head in others:
            continue
        # "Ann Lee" and "Lee" (or "Ann B. Lee") are one person: the longest form stands.
        longest = max(people, key=len)
        if all(p.split()[-1] == longest.split()[-1] for p in people):
            out[head] = longest
            if len(ages.get(head, ())) == 1:
                out[head + "@"] = next(iter(ages[head]))
            if head in past:
                out[head + "~"] = "past"
            if head in ranked:
                out[head + "^"] = "rank"
    return out


def described(index: dict[str, str], words: list[str]) -> str | None:
    """The person a description without a name (``words``, as "the 43‑year‑old lawyer"
    splits) stands for in an article whose ``described_people`` is ``index``; None when the
    article gave that noun to no one or to more than one person, or with another age."""
    if not words:
        return None
    head = words[-1].lower().strip(",.;:")
    person = index.get(head)
    if person is None:
        return None
    age = _AGE.search(" ".join(words))
    if age and index.get(head + "@", age.group(1)) != age.group(1):
        return None  # "the 51-year-old lawyer" is not the lawyer of 43 (one of unknown age may be: s51)
    marked = _OTHER_HOLDER_WORDS.intersection(w.lower() for w in words[:-1])
    if (head + "^" in index or head + "~" in index) and not marked:
        return None  # "the leader" is not "Ann Lee, Labour’s deputy leader", nor "the lawyer" a former lawyer (s62)
    if _PAST.intersection(w.lower() for w in words[:-1]) and head + "~" not in index:
        return None  # "the former mayor" is not "newly elected mayor Ann Lee"
    if any(w.lower() in _OTHER for w in words[:-1]):
        return None  # "the opposing coach", "the other lawyer": another (s60)
    return person


# Rule ``organisation_chief``: "the UN chief", "the IOC head" stand for the one person the article
# titles after that body ("UN Secretary-General Antonio Guterres").
CHIEF_WORDS: Final = frozenset("chief head leader boss".split())


def organisation_chief(texts: list[str], org: str) -> str | None:
    """The one person the article introduces as ``org`` then title words then a name, or None
    when it introduces no one so, or several people."""
    found: set[str] = set()
    pattern = re.compile(r"(?<![\w’'\-])" + re.escape(org) + r"(?:’s|'s)?" + _SP
                         + r"((?:(?:[A-Z][\w\-]*|boss|chief|head|leader)" + _SP + r"){1,3}?)"
                         + r"([A-Z][\w’'\-]+" + _SP
                         + r"(?:[A-Z]\." + _SP + r")?[A-Z][\w’'\-]+)(?![\w’'\-])")
    for text in texts:
        for m in pattern.finditer(text[:_READ]):
            titles = m.group(1).split()
            if all(part.lower() in TITLES or part in CHIEF_WORDS for t in titles for part in t.split("-")) and \
                    text[max(0, m.start() - 8):m.start()].split()[-1:] not in (["former"], ["Former"], ["then"]):
                found.add(m.group(2))  # ("Arsenal boss Mikel Arteta", s62; not "Former Arsenal boss Arsène Wenger")
    return next(iter(found)) if len(found) == 1 else None


def described_otherwise(index: dict[str, str], person: str, words: list[str]) -> bool:
    """Whether the article (its ``described_people``, ``index``) gave the head of the description
    ``words`` to someone else ("His lawyer, Ann Reid," for "the 43-year-old lawyer" after "Tom
    Hale, 43,"), or gave ``person`` role nouns none of which is that head ("Ann Lee, 43, a
    teacher"): then the description is not ``person``'s."""
    head = words[-1].lower().strip(",.;:") if words else ""
    last = person.split()[-1]
    holder = index.get(head)
    if holder is not None and holder.split()[-1] != last:
        return True  # "His lawyer, Ann Reid, …": the noun is another person's (final read)
    heads = {h for h, p in index.items() if h[-1:] not in "@~^" and p.split()[-1] == last}
    return bool(heads) and head not in heads


_APPOSED_READ: Final = 1_500  # characters before the quote read for the noun set off beside a name


def apposed_to_other(text: str, words: list[str], person: str, before: int) -> bool:
    """Whether the text just before ``before`` sets the head noun of ``words`` off beside another
    person's name ("His lawyer, Ann Reid, spoke" for "the 43-year-old lawyer" after "Tom Hale, 43,";
    final read): the description is that other person's."""
    head = words[-1].lower().strip(",.;:") if words else ""
    if not head.isalpha():
        return False
    last = person.split()[-1]
    pattern = re.compile(r"\b(?i:" + head + r"),[^\S\n]+((?:[A-Z][\w’'\-]+[^\S\n]+){0,2}[A-Z][\w’'\-]+),")
    return any(m.group(1).split()[-1] != last for m in pattern.finditer(text, max(0, before - _APPOSED_READ), before))
