"""A quoted judgement that a verb of judging gives someone, said or not who (rule ``judged_term``).

"The closures were described as “short-sighted”", "the budget was branded “a betrayal” by a
councillor", „hat den Plan als „Luftnummer“ bezeichnet", „was Forscher als „Kipppunkte“
bezeichnen": the sentence reports that someone judged the thing with those words, so they are
someone's words (partial, the guide's ``officials called it “a setback”``), not the writer's
term, even when no rule reads who (null then: rather null than wrong).

Why a verb of its own: the attribution rules read a speaker only from a subject beside the verb;
a passive ("was described as"), a verb far from its subject (the German perfect, „hat … als
„X“ bezeichnet") or one after a relative („was Forscher als „X“ bezeichnen") gives them no
subject, and the quote fell to the writer's scare quote. Naming verbs ("dubbed", "branded",
"called", „bezeichnet" in the passive) also give a thing its name ("is dubbed the “steel
ribbon”", „wird als „Crowdfunding“ bezeichnet": the writer's term, agentless_naming.py): they
count here only with the one who named given ("by campaigners", „von Anwohnern").
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.considered_terms import considered_term
from newsbeam.transforms.quotes.judged_romance import ROMANCE, romance_judgement
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS, mark_end

# The most words a judgement holds ("a betrayal of the town", "devastating news for the county").
MAX_WORDS: Final = 8

# English verbs of judging, before the quote (an "as" and an article between or not), and
# "accused of" ("was accused of “cowardice”"): a judgement whoever gives it. Naming verbs:
# only with "by" after the quote.
_JUDGING_EN: Final = re.compile(
    r"\b(?:described|derided|denounced|condemned|critici[sz]ed|slammed|hailed|dismissed|decried|"
    r"lambasted|castigated|ridiculed|mocked|praised)[^\S\n]{1,3}as[^\S\n]{1,3}(?:(?:an?|the)[^\S\n]{1,3})?$|"
    r"\baccused[^\S\n]{1,3}of[^\S\n]{1,3}(?:(?:an?|the)[^\S\n]{1,3})?$",
    re.IGNORECASE)
_NAMING_EN: Final = re.compile(
    r"\b(?:branded|labell?ed|dubbed|called|termed)[^\S\n]{1,3}(?:as[^\S\n]{1,3})?(?:(?:an?|the)[^\S\n]{1,3})?$",
    re.IGNORECASE)
_BY_AGENT: Final = re.compile(r"[^\S\n,]{0,3}by[^\S\n]")

# German: "als" before the quote and the verb after it, at the end of its clause („als „X“
# bezeichnet.", „als „X“ kritisiert hat,"), up to two words between („als „X“ scharf kritisiert").
_ALS_BEFORE: Final = re.compile(r"\bals[^\S\n]{1,3}$")
_JUDGING_DE: Final = re.compile(
    r"[^\S\n]{0,3}(?:[^\W\d_]{1,20}[^\S\n]{1,3}){0,2}?(?P<verb>bezeichneten|bezeichnete|bezeichnen|bezeichnet|kritisier(?:ten|te|en|t)|"
    r"verurteil(?:ten|te|en|t)|gebrandmarkt|brandmark(?:ten|te|en|t)|abgetan|abtun|abtaten|abtat|verspottet|"
    r"verspotten|gefeiert|feier(?:ten|te|n|t)|gegeißelt|geißel(?:ten|te|n|t))(?P<after>[^\S\n]{0,3}[^\W\d_]{0,12})",
    re.IGNORECASE)
# After the verb: the end of the clause or an auxiliary; not a noun („die als „X“ bezeichnete
# Reform": an attribute, read as a name as often as a judgement).
_CLAUSE_END: Final = frozenset("hat haben hatte hatten hätte hätten habe wird werden wurde wurden worden "
                               "sei seien war und oder".split())
_PASSIVE_DE: Final = frozenset("wird werden wurde wurden worden".split())
_VON_AGENT: Final = re.compile(r"\b(?:von|vom)[^\S\n]")


# German "sprechen von": „Der Minister spricht von „Schande“", „sprach eine Sprecherin von einer
# „Transformation“", „sprach Müntefering von „…“": the subject's word for the thing, someone's words
# whether or not a rule reads the subject (inverted after the verb, a description). The verb
# before "von", up to 60 characters of its subject between, no quote mark or sentence end in them.
# Up to two lower-case attributive adjectives may stand before the quote („von einer drohenden
# „…“", „vom endgültigen „Aus“"), never "sogenannt", "angeblich", "vermeintlich", "selbsternannt" (the writer's distance) nor a capitalized noun
# („von der Kampagne „…“": a name in apposition), hence case-sensitive there.
_SPEAKS_OF: Final = re.compile(
    r"(?i:\b(?:sprach|sprachen|spricht|sprechen|sprecht)\b[^.;:!?\n„“”\"»«]{0,60}?\b(?:von|vom)[^\S\n]{1,3}"
    r"(?:(?:einer|einem|einen|eines|der|dem|den|des)[^\S\n]{1,3})?)"
    r"(?:(?!so[^\S\n]?genannt|angeblich|vermeintlich|selbst[^\S\n]?ernannt)[a-zäöüß]{2,20}(?:e|em|en|er|es)[^\S\n]{1,3}){0,2}$")
# "spricht man von „…“": common talk, no one's words (fix44, review44 #16).
_IMPERSONAL: Final = re.compile(r"\bman\b")


def speaks_of(text: str, open_at: int, lo: int = 0) -> bool:
    """German "sprechen von" right before the quote opening at ``open_at`` (``lo`` the sentence's
    start): the subject's word for the thing, never a name after "von" (kinds.is_name_after_preposition)."""
    found = _SPEAKS_OF.search(text, max(lo, open_at - 90), open_at)
    return found is not None and _IMPERSONAL.search(found.group()) is None


def _german_judgement(text: str, span: Span, lo: int) -> bool:
    """„als „X“ <verb>": an active verb of judging after the quote, or a passive one with „von"
    (the one who judged) in the clause before the quote."""
    if _ALS_BEFORE.search(text, max(lo, span.open_at - 8), span.open_at) is None:
        return False
    end = mark_end(text, span)
    found = _JUDGING_DE.match(text, end, min(len(text), end + 60))
    if found is None:
        return False
    after = found.group("after").strip().lower()
    rest = text[found.end():found.end() + 1]
    if after and after not in _CLAUSE_END or not after and rest and rest not in ".,;:!?)–—\n":
        return False  # „die als „X“ bezeichnete Reform": an attribute before a noun
    naming = found.group("verb").lower().startswith("bezeichne")
    passive = after in _PASSIVE_DE or \
        any(w in _PASSIVE_DE for w in text[max(lo, span.open_at - 60):span.open_at].lower().split())
    return not (naming and passive) or _VON_AGENT.search(text, max(lo, span.open_at - 60), span.open_at) is not None


def is_judged_term(text: str, span: Span, quoted: str, lo: int, code: str) -> bool:
    """Up to ``MAX_WORDS`` words, no sentence, that a verb of judging gives someone (``lo`` the
    sentence's start, ``code`` the article's language): someone's words, partial."""
    if span.continued or span.close_at < 0 or quoted.rstrip(" ,")[-1:] in ".!?…" or \
            not 1 <= len(WORDS.findall(quoted)) <= MAX_WORDS:
        return False
    if considered_term(text, span.open_at, code):
        return True  # "which they consider “unacceptable”", "considera “injusta”" (considered_terms.py)
    if code == "de":
        return _german_judgement(text, span, lo) or speaks_of(text, span.open_at, lo)
    if code in ROMANCE:
        return romance_judgement(text, span.open_at)  # "calificó el plan de “…”" (judged_romance.py)
    if code != "en":
        return False
    window = max(lo, span.open_at - 40)
    if _JUDGING_EN.search(text, window, span.open_at) is not None:
        return True
    return _NAMING_EN.search(text, window, span.open_at) is not None and \
        _BY_AGENT.match(text, mark_end(text, span)) is not None


# The one named after "by" ("branded “…” by Ann Lee, a councillor"): two to five capitalized words.
_NAMED_AGENT: Final = re.compile(r"[^\S\n,]{0,3}by[^\S\n]{1,3}(?P<name>[A-Z][\w’'.-]{0,30}(?:[^\S\n]{1,3}[A-Z][\w’'.-]{0,30}){1,4})")
# The rule's name, for a judged term credited to the one named after "by" (--explain).
JUDGED_TERM: Final = "judged_term"


def named_agent(text: str, span: Span) -> str | None:
    """The name of two to five capitalized words right after "by" behind the quote (English): who
    gave the judgement, when the article names them ("called “…” by Joshua Roe")."""
    found = _NAMED_AGENT.match(text, mark_end(text, span), min(len(text), mark_end(text, span) + 120))
    return found.group("name").rstrip(".") if found is not None else None
