"""German compound role words for ``roles_intl.earlier_role`` (issue 16): a bare role word ("der
Minister", "die Trainerin", "der Sprecher") stands for a person the article titled with a compound
ending in it ("Wirtschaftsminister Hubert Aiwanger", "Cheftrainerin Ella Brandt",
"Regierungssprecher Jan Roth"): a German compound is a kind of its last part. A compound whose
first part makes it another office ("Vizepräsident", "Co-Trainer", "Altbundeskanzler",
"Ehrenpräsident") is no holder of the bare word. Only the bare word reads compounds: "die
Familienministerin" is not the "Justizministerin" (rather null than wrong). Pure, bounded."""
from __future__ import annotations

import re
from typing import Final

# First parts of a compound that make another office than its last part names.
_OTHER: Final = ("vize", "co-", "ko-", "ex-", "alt", "ehren", "stellvertret", "kommissarisch", "interims", "ersatz")
_PREFIX: Final = r"[A-ZÄÖÜ][\w\-]{0,40}?"  # the first part(s) of a compound, bounded


def compound_of(heads: tuple[str, ...]) -> str:
    """A regex alternative for a compound ending in one of ``heads`` ("Minister":
    "Wirtschaftsminister", "NRW-Minister"): its first parts, then the head in lower case, or
    after a hyphen as written."""
    tails = "|".join(re.escape(h.lower()) + "|-" + re.escape(h) for h in heads)
    return _PREFIX + r"(?:" + tails + r")"


def other_office(role: str) -> bool:
    """Whether the role word ``role`` as the article wrote it is a compound naming another office
    than its last part: "Vizepräsident", "Co-Trainer", "Altkanzler"."""
    return role[:1].isupper() and role.lower().startswith(_OTHER)
