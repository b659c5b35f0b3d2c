""""He" that is a surname, not a pronoun: Chinese names put the surname first ("He Xiaopeng", "He
Jiankui"), and the article then calls the person "He" ("“At first, it made me sad,” He tells TIME").
After a quote's closing comma a capitalized "He" opens no sentence: where the article writes a
person "He" and a given name after a lowercase word ("for He Xiaopeng"), that "He" is that person
(s50, held-out TIME: the words had been given to no one, the pronoun's antecedent unsure). Pure."""
from __future__ import annotations

import re
from typing import Final

# "He" and a capitalized given name after a lowercase word or a comma: a name, not a pronoun
# opening a sentence ("for He Xiaopeng", "founder He Jiankui").
_HE_NAME: Final = re.compile(r"(?<=[a-z,] )He[^\S\n]([A-Z][a-z]{1,20}+(?:-[a-z]{1,20}+)?)(?![\w’'])(?![^\S\n][A-Z])")  # (not "He Gives Hope")
_SCAN: Final = 50  # writings read per text


def he_surname_person(texts: list[str], text: str, at: int) -> str | None:
    """The person surnamed He that the capitalized "He" at ``text[at]`` stands for: it follows a
    quote's closing comma and mark (",” He tells"), and the ``texts`` write one such person ("He
    Xiaopeng") after a lowercase word; None otherwise."""
    if text[at:at + 3] != "He " or text[max(0, at - 3):at].strip() not in (",”", ',"', ",’"):
        return None
    found: set[str] = set()
    for t in texts:
        for k, m in enumerate(_HE_NAME.finditer(t)):
            if k >= _SCAN:
                break
            found.add("He " + m.group(1))
    return found.pop() if len(found) == 1 else None
