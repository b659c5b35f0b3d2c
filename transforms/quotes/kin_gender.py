"""The gender a relative's noun gives the name after it: "his mother, Marta Okafor," is a woman,
"her husband, Tom Reyes," a man. A pronoun that disagrees ("he said" after "his mother, Marta
Okafor") then never goes to the relative. Neutral kin words ("cousin", "friend") claim nothing."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.name_runs import PERSON_RUN
from newsbeam.transforms.quotes.tokens import strip_possessive

# The sex of a relative's noun, where the noun says it ("partner", "cousin" and "friend" do not).
KIN_GENDER: Final = {
    "father": "m", "son": "m", "husband": "m", "brother": "m", "uncle": "m", "grandfather": "m",
    "grandson": "m", "nephew": "m", "widower": "m", "stepfather": "m", "stepson": "m",
    "mother": "f", "daughter": "f", "wife": "f", "sister": "f", "aunt": "f", "grandmother": "f",
    "granddaughter": "f", "niece": "f", "widow": "f", "stepmother": "f", "stepdaughter": "f",
    "fiancé": "m", "fiancée": "f",
}

# "son, Tom Reyes": the kin noun (lower case, a whole word), a comma, then the name run. Found
# from the comma (a literal the engine finds fast), the noun checked behind it.
_KIN_THEN_NAME: Final = re.compile(r",[^\S\n]+(?=[A-Z])")


def kin_genders(texts: list[str]) -> dict[str, str]:
    """Each name written right after a gendered kin noun and its comma, as written (possessive
    stripped), with that gender: the first one the article gives."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _KIN_THEN_NAME.finditer(text):
            at = m.start()
            start = at
            while start > 0 and start > at - 14 and text[start - 1].isalpha():
                start -= 1
            gender = KIN_GENDER.get(text[start:at])
            if gender is None or start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
                continue
            run = PERSON_RUN.match(text, m.end())
            if run is None:
                continue
            name = " ".join(strip_possessive(w) for w in run.group().split())
            found.setdefault(name, gender)
    return found
