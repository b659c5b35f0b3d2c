"""Rule ``colon_opening_name`` (issue 16): a German sentence that opens on a person's name as its
subject and leads into a quote with a colon, whatever its verb: "Der Geschäftsführer des Vereins
Karl Obermeier pflichtet ihm bei: „…“", "Anna Roth, die Sprecherin der Gruppe, schließt einen
Rücktritt aus: „…“". The verb is no reporting verb (so ``lead_in`` finds no cue), yet the colon
hands the sentence over to its subject's words; without this rule the quote went on with the
speaker of the quote before (a wrong name) or with no one.

The name is a known first name and a surname (two or three capitalized words) at the end of the
phrase the sentence opens on (after an article and role words in capitals, "des", "der", "von"),
followed by a lower-case verb, or by an apposition set off by commas that opens on an article.
Anything else (a quote mark or a line break in the lead-in, a lead-in longer than ``_READ``, a
phrase on a preposition, no first name): None (rather null than wrong)."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_org

COLON_OPENING_NAME: Final = "colon_opening_name"
_READ: Final = 300  # characters of the lead-in read (one sentence, bounded)
_WORD: Final = re.compile(r"[^\W\d_][\w’'.\-]{0,40},?")
_ARTICLES: Final = frozenset("der die".split())
_LINKS: Final = frozenset("des der von vom".split())  # inside the opening phrase ("Der Chef des Vereins X Y")
_MARKS: Final = "„“”»«›‹\"‚‘’"
_APPOSITION_MAX: Final = 12  # words of an apposition read for its closing comma


def _opening_name(words: list[str]) -> tuple[int, int] | None:
    """(start, end) indexes in ``words`` of the name the sentence opens on, then where its verb
    or apposition starts as the end, when the shape holds (see the module); else None."""
    k = 1 if words and words[0].lower() in _ARTICLES else 0
    run_end = k
    while run_end < len(words) and (words[run_end][:1].isupper() or words[run_end] in _LINKS and run_end > k):
        run_end += 1
        if words[run_end - 1].endswith(","):
            break
    if run_end - k < 2 or run_end >= len(words):
        return None
    tail = [w.rstrip(",") for w in words[k:run_end]]
    if words[k].rstrip(",").lower() in FUNCTION_WORDS or any(w in _LINKS for w in tail[-2:]):
        return None  # "Nach dem Spiel ...", a phrase on a preposition; "... des Vereins": no name at the end
    for n in (3, 2):
        name = " ".join(tail[-n:])
        if len(tail) >= n and all(w[:1].isupper() for w in tail[-n:]) and first_name_sex(name) is not None \
                and not is_org(name):
            return run_end - n, run_end
    return None


def _verb_follows(words: list[str], end: int) -> bool:
    """After the name: a lower-case word that is no function word (the verb: "pflichtet"), or
    an apposition on an article closed by a comma before such a word ("…, der Trainer der
    Gäste, schließt …")."""
    if not words[end - 1].endswith(","):
        w = words[end]
        return w[:1].islower() and w.rstrip(",").lower() not in FUNCTION_WORDS
    if words[end].lower() not in _ARTICLES:
        return False
    for j in range(end, min(len(words) - 1, end + _APPOSITION_MAX)):
        if words[j].endswith(","):
            w = words[j + 1]
            return w[:1].islower() and w.rstrip(",").lower() not in FUNCTION_WORDS
    return False


def colon_opening_name(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, the person a sentence leading into the quote with a colon opens on as its
    subject (see the module), or None."""
    if current_language().code != "de" or site.zone != "body":
        return None
    text, span = site.text, site.span
    lo = site.sent_lo
    lead = text[lo:span.open_at].rstrip()
    if not lead.endswith(":") or span.open_at - lo > _READ or "\n" in lead or any(c in lead for c in _MARKS):
        return None
    matches = list(_WORD.finditer(lead))
    words = [m.group() for m in matches]
    found = _opening_name(words)
    if found is None or not _verb_follows(words, found[1]):
        return None
    start, end = found
    mention = " ".join(w.rstrip(",") for w in words[start:end])
    return Finding(mention, None, "explicit", lo + matches[start].start(), COLON_OPENING_NAME)
