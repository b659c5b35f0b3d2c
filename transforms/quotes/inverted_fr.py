"""The French subject pronoun written after its verb (issue 16): "explique-t-elle", "dit-il",
"avait-elle prévenu". An object pronoun may stand before the verb ("nous explique-t-elle",
"me confie-t-il", "s'inquiète-t-elle", "se félicite-t-il"), which leaves the pronoun after the
verb its subject all the same: the one who speaks, never the one spoken to. Pure data and one
function, shared by ``trailing.after_quote`` and ``rules_fr.inverted_pronoun``."""
from __future__ import annotations

import re
from typing import Final

# The object pronouns that stand between a closing mark and an inverted verb.
CLITICS: Final = r"(?:[smtl][’']|(?:se|me|te|nous|vous|lui|leur|le|la|les)[^\S\n]++)"
# The pronoun right after a verb: "-t-elle" between vowels, "-il" after a verb ending in d or t
# ("dit-il", "répond-elle", "s'inquiétait-elle").
_AFTER_VERB: Final = re.compile(r"-(?:t-)?(il|elle)\b")


def pronoun_after_verb(text: str, verb_end: int) -> str | None:
    """The subject pronoun written right after the verb that ends at ``verb_end`` ("elle" in
    "explique-t-elle"), else None."""
    m = _AFTER_VERB.match(text, verb_end)
    return m.group(1) if m else None


def pronoun_before_more(text: str, verb_end: int) -> str | None:
    """The inverted subject pronoun after the verb that ends at ``verb_end`` when the clause goes
    on after it: "« … », explique-t-elle à Paul Girard" is hers, the one after "à" or "au micro
    de" is spoken to (stop 57: ``trailing.after_quote`` read "t-elle à Paul Girard"); with
    nothing after the pronoun, ``rules_fr.inverted_pronoun`` reads it. Else None."""
    m = _AFTER_VERB.match(text, verb_end)
    return m.group(1) if m and text[m.end():m.end() + 2].strip(" .,;:!?»”\n") else None
