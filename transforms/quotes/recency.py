"""The recency tie-break of role resolution (issue 16): when an article gave a role to several
people ("o senador Lasier Martins", "o senador Eduardo Girão"; "President Donald Trump",
"President Emmanuel Macron"), a description of that role ("o parlamentar", "the President")
stands for the one of them named last in the text just before it: its paragraph and the two
before. None named there, or the last two named in one sentence: no one (rather null than a
guess). Used by ``roles_intl.earlier_role`` and ``NameIndex.role``. Pure functions, bounded reads."""
from __future__ import annotations

from typing import Final

_READ: Final = 20_000  # characters read back from the description (bounded)
_PARAGRAPHS: Final = 3  # the description's paragraph and the two before


def most_recent(text: str, surnames: list[str], before: int) -> str | None:
    """Of several people the article gave a role ("o senador Lasier Martins", "o senador Eduardo
    Girão"), the one (by ``surnames``) named last in the text just before ``before``: its
    paragraph and the two before. None when none of them is named there, or when the last two
    named there share a sentence ("a deputada Carla Mendes e o senador Otávio Lins"): a tie."""
    floor = max(0, before - _READ)
    lo = before
    for _ in range(_PARAGRAPHS):  # back to the break before each paragraph
        lo = text.rfind("\n", floor, lo)
        if lo < 0:
            lo = floor
            break
        while lo > floor and text[lo - 1] == "\n":
            lo -= 1  # a blank line: one break
    last: list[tuple[int, str]] = []
    for surname in surnames:
        at = _last_word(text, surname, lo, before)
        if at >= 0:
            last.append((at, surname))
    if not last:
        return None
    last.sort(reverse=True)
    if len(last) > 1 and not _ends_sentence(text[last[1][0]:last[0][0]]):
        return None
    return last[0][1]


def _last_word(text: str, word: str, lo: int, hi: int) -> int:
    """Where ``word`` is written last as a whole word in ``text[lo:hi]``, or -1."""
    at = text.rfind(word, lo, hi)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and \
                (end >= len(text) or not (text[end].isalnum() or text[end] == "-")):
            return at
        at = text.rfind(word, lo, at)
    return -1


def _ends_sentence(between: str) -> bool:
    """Whether a sentence ends in ``between``: a line break, "?" or "!" before a space, or a full
    stop after a word that is no abbreviation ("spoke.", "Sanders.", not "Sen.", "U.S.")."""
    if "\n" in between or "? " in between or "! " in between:
        return True
    at = between.find(". ")
    while at >= 0:
        word = between[:at].rsplit(None, 1)[-1] if between[:at].strip() else ""
        if word[:1].islower() or word[:1].isdigit() or len(word) > 3 and "." not in word:
            return True
        at = between.find(". ", at + 2)
    return False
