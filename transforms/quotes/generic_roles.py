"""A generic description of a legislator ("o parlamentar", "el legislador", "la congresista")
stands for a person the article named with one of the titles it covers ("o senador Lasier
Martins", "la diputada Ana Ruiz"), though never with that word itself (so ``earlier_role`` finds
no one): the one such person named in the text just before the description (its paragraph and
the one before). Two such people there, or none: no one (rather null than a guess). Spanish and
Portuguese; a step after ``resolve`` like ``earlier_role``. Pure functions, bounded reads."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language

# The generic word, by language, and the titles it covers.
_GENERIC: Final = {
    "es": frozenset("legislador legisladora parlamentario parlamentaria congresista".split()),
    "pt": frozenset("parlamentar congressista legislador legisladora".split()),
}
_COVERED: Final = {
    "es": "senador|senadora|diputado|diputada|legislador|legisladora|congresista|asambleísta|concejal|concejala",
    "pt": "senador|senadora|deputado|deputada|vereador|vereadora|congressista",
}
_ARTICLES: Final = frozenset("el la o a".split())
_WORD: Final = r"[A-ZÀ-ÖØ-Þ][\w’'\-]{1,30}"
_NAME: Final = r"(" + _WORD + r"(?:[^\S\n]{1,3}(?:d[eao]s?[^\S\n]{1,3}|del[^\S\n]{1,3})?" + _WORD + r"){1,3})"
# A covered title, at most a few words of its qualifier ("federal", "do Podemos"), then the name;
# or the name, a comma and the title.


def _either_case(titles: str) -> str:
    return "|".join(f"[{t[0]}{t[0].upper()}]{t[1:]}" for t in titles.split("|"))


_HOLDER: Final = {code: re.compile(r"(?<![\w\-])(?:" + _either_case(titles) + r")(?:[^\S\n]{1,3}[a-zà-ÿ\-]{1,20}){0,3}?"
                            r"[^\S\n]{1,3},?[^\S\n]{0,3}" + _NAME + r"|" + _NAME + r",[^\S\n]{1,3}(?:"
                            + _either_case(titles) + r")\b")
           for code, titles in _COVERED.items()}
_READ: Final = 20_000  # characters read back for the holders of the covered titles (bounded)


def generic_holder(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """The person a generic legislator description (``mention``: "O parlamentar") stands for, or
    None (see the module's account)."""
    code = current_language().code
    words = mention.strip(" .,;:").split()
    if code not in _GENERIC or len(words) != 2 or words[0].lower() not in _ARTICLES or \
            words[1].lower() not in _GENERIC[code]:
        return None
    at = text.rfind(mention, max(0, before - _READ), before)
    at = before if at < 0 else at
    holders: dict[str, str] = {}
    for m in _HOLDER[code].finditer(text, max(0, at - _READ), at):
        name = m.group(1) or m.group(2)
        if name and name.split()[0].lower() not in _ARTICLES:
            holders.setdefault(name.split()[-1], ctx.names.fullest(name))
    # The text just before the description: its paragraph and the one before.
    lo = text.rfind("\n", 0, at)
    lo = text.rfind("\n", 0, lo - 1) if lo > 0 else 0
    window = text[max(0, lo, at - _READ):at]
    named = {holders[s] for s in holders if re.search(r"(?<![\w\-])" + re.escape(s) + r"(?![\w\-])", window)}
    return named.pop() if len(named) == 1 else None
