"""Who a German minister's description stands for when it names the office in other words than the
article titled the person with (issue 16, a step of ``described_roles.description_holder``): "„...“,
so die Familien- und Frauenministerin." or "Die Integrationsministerin betonte ..." after
"Bundesministerin Susanne Raab". The description is the one minister of its grammatical gender
the article named before the quote ("-ministerin" a woman, "-minister" a man), and only where the
article titled that person with no portfolio ("Ministerin", "Bundesministerin",
"Landesministerin"): those say nothing the description could contradict. A minister titled with
another portfolio ("Wirtschaftsministerin Petra Lang" for "die Integrationsministerin"), two
ministers of that gender, or a former one ("Ex-Ministerin", "die frühere Ministerin") leave the
quote to no one (rather null than wrong). "die Minister" (plural) is several people. Pure, bounded."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.role_compounds import other_office
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.window_scan import zone_scan

_READ: Final = 20_000  # characters read back from the quote for the ministers it named (bounded)
# More characters than a match of ``_TITLED`` reads (~160): the zone is scanned once for all its
# quotes (window_scan.zone_scan), not 20,000 characters a quote.
_REACH: Final = 400
_HOLDERS: Final = 4  # people titled so at most (more: a list of a cabinet, no one in particular)
# The description: a definite article, then one compound on the head, or two joined ("Familien- und
# Frauenministerin"). (A rule that read the noun alone has its article back: described_roles.)
_DESCRIPTION: Final = re.compile(r"(?:der|die|Der|Die)[^\S\n]{1,3}"
                                 r"(?:[A-ZÄÖÜ][\w\-]{1,30}-[^\S\n]{1,3}(?:und|oder)[^\S\n]{1,3})?"
                                 r"([A-ZÄÖÜ][\w\-]{0,40}?)?(minister(?:in)?|Minister(?:in)?)")
# A title on the head right before a name of two or three capitalized words.
_TITLED: Final = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][\w\-]{0,40}?)?(minister(?:in)?|Minister(?:in)?)"
                            r"[^\S\n]{1,3}([A-ZÄÖÜ][\w’'\-]{1,30}(?:[^\S\n]{1,3}[A-ZÄÖÜ][\w’'.\-]{0,30}){1,2})"
                            r"(?![\w\-])")
# First parts of a compound that name no portfolio: the level of government only.
_NO_PORTFOLIO: Final = frozenset(("", "bundes", "landes", "bundes-", "landes-"))
_FORMER: Final = frozenset("frühere früheren ehemalige ehemaligen einstige einstigen damalige damaligen".split())


def generic_minister(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """The person the German description ``mention`` of a minister ("die Familien- und
    Frauenministerin", "die Integrationsministerin") stands for: the one minister of its gender
    the article titled before ``before`` with no portfolio; else None."""
    if current_language().code != "de":
        return None
    mention = mention.strip(" .,;:")
    m = _DESCRIPTION.fullmatch(mention)
    if m is None:
        return None
    head = m.group(2).lower()
    people: dict[str, set[str]] = {}
    for t in zone_scan(ctx, text, _TITLED, _REACH).finditer(max(0, before - _READ), before):
        if t.group(2).lower() != head:
            continue  # "Arbeitsminister Martin Kocher" is no "Ministerin"
        written = (t.group(1) or "") + t.group(2)
        lead = text[max(0, t.start() - 12):t.start()].split()
        if other_office(written) or lead and lead[-1].lower() in _FORMER:
            continue  # "Ex-Ministerin", "Vize-Minister", "die frühere Ministerin": not the one in office
        name = split_title(t.group(3))
        if not name or len(name.split()) < 2 or not is_person_like(name) or is_org(name):
            continue
        people.setdefault(ctx.names.fullest(name), set()).add((t.group(1) or "").lower())
        if len(people) > _HOLDERS:
            return None
    if len(people) != 1:
        return None
    person, portfolios = people.popitem()
    mine = (m.group(1) or "").lower()
    if mine not in portfolios and not portfolios & _NO_PORTFOLIO:
        return None  # "Wirtschaftsministerin Petra Lang" is not "die Integrationsministerin"
    return person
