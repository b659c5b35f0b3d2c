"""A name right after Spanish or Portuguese "con"/"com" ("with") is whom the subject met, talked
to or stood beside, never the subject: "En entrevista con Podría Ser Peor, el alcalde … relató",
"se reunió con el ministro Ana Ruiz", "junto con Pedro Lira". The first person named in a
sentence stands for a dropped subject after it (``implied._first_person_in``); a name after "con"
is passed over there, as a place after "la zona de" is (``place_nouns``)."""
from __future__ import annotations

import re
from typing import Final

_WITH: Final = re.compile(r"(?<![^\W\d_])(?:[Cc]on|[Cc]om)[^\S\n]+(?:(?:el|la|los|las|o|a|os|as)[^\S\n]+)?$")
_REACH: Final = 12  # characters before a name read for "con" and an article


def after_with(text: str, at: int) -> bool:
    """Whether the capitalized word at ``at`` follows "con"/"com" (an article between allowed)."""
    return _WITH.search(text, max(0, at - _REACH), at) is not None
