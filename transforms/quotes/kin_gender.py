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

# "son, Tom Reyes": the kin noun (lower case, a whole word), a comma, then the name run. Matched
# at each comma whose word ends as a kin noun does (found with str.find: a comma follows most
# words that end no kin noun, and this reads three characters of them, not the word).
_KIN_THEN_NAME: Final = re.compile(r",[^\S\n]+(?=[A-Z])")
# The last three letters of every kin noun (each has three or more).
_KIN_ENDINGS: Final = frozenset(noun[-3:] for noun in KIN_GENDER)


def kin_genders(texts: list[str]) -> dict[str, str]:
    """Each name written right after a gendered kin noun and its comma, as written (possessive
    stripped), with that gender: the first one the article gives."""
    found: dict[str, str] = {}
    for text in texts:
        at = text.find(",")
        while at >= 0:
            comma, at = at, text.find(",", at + 1)
            if comma < 3 or text[comma - 3:comma] not in _KIN_ENDINGS:
                continue
            m = _KIN_THEN_NAME.match(text, comma)
            if m is None:
                continue
            start = comma
            while start > 0 and start > comma - 14 and text[start - 1].isalpha():
                start -= 1
            gender = KIN_GENDER.get(text[start:comma])
            if gender is None or start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
                continue
            run = PERSON_RUN.match(text, m.end())
            if run is None:
                continue
            name = " ".join(strip_possessive(w) for w in run.group().split())
            found.setdefault(name, gender)
    return found
