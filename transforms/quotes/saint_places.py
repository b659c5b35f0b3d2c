"""A "name" that is the tail of a place named after a saint (issue 16, stop 46).

Spanish and Portuguese towns and districts are named after saints: "San Martín de
Valdeiglesias", "San Juan de Lurigancho", "Santa María de Guía", "Santo Domingo Este", "São
José dos Campos". The saint's word heads the place (name_particles reads it so in a name set off
by commas), but a mention read back from a verb stops at it: "afirmó el alcalde de San Martín
de Valdeiglesias" gave the quote to "Martín de Valdeiglesias", a given name and a particle that
look like a person's. A mention that stands right after a capitalized saint word is part of the
place's name, and no one's: the speaker is null (the holder of the office is resolved nowhere
else here; rather null than wrong). A person named after a title set off by commas ("el alcalde
de San Martín de Valdeiglesias, Luis Haro,") is read before this, and stays. The mention is
looked for near the verb that credited it (a bounded window, at most a few occurrences)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.language import current as current_language

# The capitalized words that open a place named after a saint, as written in Spanish and
# Portuguese (case-sensitive: "san" in lower case is no such word).
SAINT_WORDS: Final = frozenset(("San", "Santa", "Santo", "São", "Sant"))
_WINDOW: Final = 400  # characters either side of the verb
_TRIES: Final = 8  # occurrences of the mention looked at in the window


def after_saint_word(mention: str, text: str, at: int) -> bool:
    """``mention`` (a capitalized run), where it stands nearest ``at`` in ``text``, follows a
    saint word of a place's name: "[San] Martín de Valdeiglesias", "[São] José dos Campos"."""
    if current_language().code not in ("es", "pt"):
        return False
    m = mention.strip()
    if not m[:1].isupper() or at < 0:
        return False
    lo, hi = max(0, at - _WINDOW), min(len(text), at + _WINDOW)
    best = -1
    k = text.find(m, lo, hi)
    for _ in range(_TRIES):
        if k < 0:
            break
        if best < 0 or abs(k - at) < abs(best - at):
            best = k
        k = text.find(m, k + 1, hi)
    if best <= 0 or not text[best - 1].isspace():
        return False
    word = text[max(0, best - 12):best].split()
    return bool(word) and word[-1] in SAINT_WORDS
