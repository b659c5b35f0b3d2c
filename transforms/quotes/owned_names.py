"""Rule ``owned_name`` (issue 16): a quoted name in title case right after an owner (`his
proposed “Board of Peace”`, `Trump’s initial “Liberation Day” tariffs`, `its “Golden Dome”
system`) names the owner's plan, body or product: the writer's scare quote, even when the
sentence reports speech (`Trump has described his proposed “Board of Peace” as ...`), where the
verb's object is the thing, not the words. Not after a verb of naming (`called his rival
“Sleepy Joe”`: the caller's words, partial). English only: the owners are English words."""
from __future__ import annotations

from typing import Final

_WINDOW: Final = 60  # characters read before the opening mark (bounded)
_OWNERS: Final = frozenset("his her its their our my your".split())
# Verbs of naming and "as": the quote after them is what someone calls the thing.
_NAMING: Final = frozenset("""call calls called calling dub dubs dubbed name names named naming nickname
nicknamed label labels labelled labeled brand brands branded term terms termed as""".split())


def _owner(word: str) -> bool:
    return word.lower() in _OWNERS or word.endswith(("'s", "’s", "s'", "s’")) and len(word) > 2


def after_owner(text: str, open_at: int) -> bool:
    """One of the two words before the opening mark at ``open_at`` is a possessive (``his``,
    ``its``, ``Trump’s``), nothing but words between them, and no verb of naming among the last
    three words or right before the owner and its own owners ("called her rival’s proposal
    “...”")."""
    words = text[max(0, open_at - _WINDOW):open_at].split()[-5:]
    if not words or any(w.lower().strip(",") in _NAMING for w in words[-3:]):
        return False
    near = words[-2:]
    base = len(words) - len(near)
    for k in range(len(near) - 1, -1, -1):
        if _owner(near[k]):
            j = base + k - 1
            while j >= 0 and (_owner(words[j]) or words[j].lower() in ("the", "a", "an")):
                j -= 1  # "her rival’s", "the mayor’s": owners of the owner, an article
            if j >= 0 and words[j].lower().strip(",") in _NAMING:
                return False
            return all(w.isalpha() or w[:1].isupper() for w in near[k + 1:])
        if not near[k].isalpha() and not near[k][:1].isupper():
            return False
    return False
