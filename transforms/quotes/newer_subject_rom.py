"""Spanish and Portuguese: a quote whose verb drops its subject ("«…», añadió.", "“…”, disse.")
after a sentence that opens on someone newly named ("Después, el consejero de Salud, Pedro
Amurrio, felicitó a los equipos.", "Depois, o governador Álvaro Queiroz visitou o abrigo.") is
that person's, not the speaker credited before that sentence: a new speaker enters named, and
the guide keeps a quotation's speaker only over a writer's sentence that names the same speaker
or none (issue 16, stop 55 battery: both rules that read on, ``previous_quote`` and
``dropped_subject``, carried the speaker before over the new name). Only a subject the sentence
opens on (after an opener closed by a comma, an article and a title or a trade: never an object,
a street, a genitive: "saludó a Pedro Gil", "En la calle José Martí"), and one who acts: a
passive, a negation or an object pronoun after the name ("fue abucheado", "no acudió", "se negó",
"lo condenó") leaves the speaker before (the adversarial reads of stop 55). Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.titles import split_title

_SENTENCES: Final = 2  # sentences read back from the quote for the new subject
_OPENING: Final = 60  # characters from a sentence's start within which its subject's name stands


def newer_subject_rom(text: str, ctx: ArticleContext, credited_at: int, before: int, person: str) -> str | None:
    """The person another than ``person`` whom a sentence between the quote credited at
    ``credited_at`` and the one at ``before`` opens on as its acting subject (see the module),
    nearest first; None when no such sentence names anyone else, or the first person named there
    is no such subject."""
    if ctx.sentences is None:
        return None
    p_lo = text.rfind("\n", 0, before) + 1
    hi = before
    for _ in range(_SENTENCES):
        s_lo = ctx.sentences.start(p_lo, hi - 1) if hi > p_lo else p_lo
        if s_lo <= credited_at or hi <= p_lo:
            return None
        for written, end in names_in(text, s_lo, min(hi, s_lo + _OPENING)):
            name = ctx.names.fullest(split_title(written) or written)
            if " " not in name or not (first_name_sex(name) is not None or ctx.names.is_person(name)) or \
                    name.split()[0].lower() in _PLACE_HEADS:
                continue
            at = end - len(name) if text[max(0, end - len(name)):end] == name else end - len(written)
            if not _opens_on(text, s_lo, at) or _NOT_ACTING.match(text, end, hi):
                # "Después saludó a Pedro Gil", "En la calle José Martí": an object, a place; "Pedro Gil
                # fue abucheado", "no acudió": what befell the new one, who says nothing
                return None
            return name if name != person and not person.endswith(" " + name.split()[-1]) else None
        hi = s_lo - 1
    return None


# After the name: a passive or a negation ("fue abucheado", "não compareceu", "lo condenó").
_NOT_ACTING: Final = re.compile(r",?[^\S\n]*+(?:[^,\n]{0,40}?,[^\S\n]*+)?(?:no|não|nunca|tampoco|también|também|fue|fueron|foi|foram|"
                                r"ha[^\S\n]+sido|tem[^\S\n]+sido|será|serão|sería|seria|resultó|resultou|murió|morreu|falleció|"
                                r"faleceu|permanece|sigue|segue|se|lo|la|los|las|le|les|o|a|os|as|lhe)\b", re.IGNORECASE)


# An opener closed by a comma before a sentence's subject ("Después,", "Por su parte,", "Depois,").
_OPENER: Final = re.compile(r"[^,\n]{1,25}+,[^\S\n]*+")
_ARTICLES: Final = frozenset("el la los las o a os as".split())
_OF: Final = frozenset("de del da do das dos".split())
_PLACE_HEADS: Final = frozenset("calle avenida avenue plaza praça rua avenida paseo estadio estádio".split())


def _opens_on(text: str, s_lo: int, at: int) -> bool:
    """Whether the name at ``at`` is the subject its sentence (from ``s_lo``) opens on: only an
    opener closed by a comma, an article, lower-case words of a title or a trade and their
    complement ("el consejero de Salud,") stand before it; never a verb or a preposition."""
    lo = s_lo
    opener = _OPENER.match(text, s_lo, at)
    if opener is not None and not any(w[:1].isupper() for w in text[s_lo:opener.end()].split()[1:]):
        lo = opener.end()  # ("Por su parte, Germán Alcocer cree", not "Después, el consejero de Salud,")
    words = text[lo:at].replace(",", " ").split()
    if not words:
        return True
    if words[0].lower() not in _ARTICLES:
        return False
    for k, w in enumerate(words[1:], 1):
        low = w.lower()
        if not (low in TITLES or trade_noun(low) or low in _OF and k + 1 < len(words) and words[k + 1][:1].isupper()
                or w[:1].isupper() and words[k - 1].lower() in _OF):
            return False
    return True
