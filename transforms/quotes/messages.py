"""Messages sent: "Am Abend schickt sie ihm eine Nachricht: „...“", "Dann schickte Gezer eine
SMS an das Team: „...“". The words after the colon are the message, and the sender, the subject
right after the verb (German puts it there when something else opens the sentence), wrote them
(rule ``message_sent``). The verbs and the nouns for a message are lexicon entries
(lexicon_de.MESSAGE_VERBS, MESSAGE_NOUNS); other languages have none yet.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_de
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language

MESSAGE_SENT: Final = "message_sent"
_LEAD_MAX: Final = 300  # characters of the lead-in read: one sentence
_WORD: Final = re.compile(r"[^\W\d_][\w\-]*")
# The sender: a personal pronoun, or one or two capitalized words (a name), right after the verb.
_SENDER: Final = re.compile(r"[^\S\n]+(er|sie|[A-ZÄÖÜ][\w\-]*(?:[^\S\n]+[A-ZÄÖÜ][\w\-]*)?)(?=[^\S\n,.;:])")
_NOT_SENDERS: Final = frozenset("ihnen ihm ihr uns euch mir dir".split())  # "schickt Ihnen": to whom
_VERBS: Final = {"de": lexicon_de.MESSAGE_VERBS}
_NOUNS: Final = {"de": lexicon_de.MESSAGE_NOUNS}


def _is_message(word: str, nouns: frozenset[str]) -> bool:
    """A noun for a message, alone or as the end of a compound ("WhatsApp-Nachricht")."""
    low = word.lower()
    return low in nouns or any(low.endswith(n) and len(low) > len(n) + 2 for n in nouns)


def message_sent(site: Site, ctx: ArticleContext) -> Finding | None:
    """The sender of the message a lead-in names before its colon (see the module's docstring)."""
    lang = current_language().code
    verbs, nouns = _VERBS.get(lang), _NOUNS.get(lang)
    text, span = site.text, site.span
    if verbs is None or nouns is None or site.sent_lo >= span.open_at or span.open_at - site.sent_lo > _LEAD_MAX:
        return None
    lead = text[site.sent_lo:span.open_at]
    if not lead.rstrip().endswith(":"):
        return None
    words = list(_WORD.finditer(text, site.sent_lo, span.open_at))
    for k, w in enumerate(words):
        if w.group(0).lower() not in verbs or k == 0:
            continue  # the verb opening the sentence is a question or a command, no sender after it
        sender = _SENDER.match(text, w.end(), span.open_at)
        if sender is None or not any(_is_message(v.group(0), nouns) for v in words[k + 1:]):
            continue
        mention = sender.group(1)
        if mention.split()[0].lower() in _NOT_SENDERS or \
                mention.split()[0].lower() in current_language().function_words and mention not in ("er", "sie"):
            continue  # "schickt Ihnen", "schickte Am ...": no sender named
        return Finding(mention, w.group(0), "explicit", w.start(), MESSAGE_SENT)
    return None
