"""``Hale's letter makes a blunt case: “...”``: in English, a sentence whose subject does
something other than report speech (no cue: "makes a case", "worded it carefully", "offered one
more line") and that leads into the quote with a colon credits the quote to that subject. The
colon hands the subject's words over as surely as "said" does; the verb only says how.

Tried after every rule that reads a cue (right before ``previous_quote`` in ``rules.RULES``: the
sentence's own subject comes before the last quote's speaker), and only on a plain clause: the
sentence opens on its subject (a determiner, a possessive, a capitalized word or a personal
pronoun; no fronted phrase such as "In 2019," or "The next day,"), the subject is a noun phrase
of at most ``_MAX_SUBJECT`` words (an aside between commas after it is skipped), and its verb is
no form of "be" ("The problem is simple:", "is shown by this finding:" credit no one). Nothing
quoted in the lead-in (a list, a title). Bounded: the lead-in is at most ``_READ`` characters.
Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ADVERBS, CALENDAR, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS

# The name a quote this rule credited is recorded under (``Quote.rule``).
COLON_CLAUSE: Final = "colon_clause"
_READ: Final = 240  # characters of the lead-in read back from the opening mark
_MAX_SUBJECT: Final = 8  # words of the subject, its aside left out
_MAX_ASIDE: Final = 14  # words of an aside between commas after the subject
_WORD: Final = re.compile(r"[^\s,]{1,60}+|,")
_MARKS: Final = "\"“”‘«»„"  # (’ and ' are apostrophes too: "the union's letter")
_PERSONAL: Final = frozenset("he she they we i".split())
# Words that open a verb's object or follow it as an adverb: what makes a word in "-s" a verb.
_OBJECT_OPENERS: Final = DETERMINERS | PREPOSITIONS | ADVERBS | frozenset("it that up out back down".split())
_DEMONSTRATIVES: Final = frozenset("this that these those it there here".split())
_BE: Final = frozenset("is was are were be been".split())
# Verbs that open a clause right after its subject in no regular form ("-ed", "-s").
_IRREGULAR: Final = frozenset("""
had has have did does made makes took takes gave gives put puts sent wrote spoke struck kept left
came went ran began offered shared took
""".split())
# Heads of a phrase of time or place, a fronted adjunct, never a speaker: "The next day, ...".
_TIME_HEADS: Final = CALENDAR | frozenset("""
day days week weeks month months year years morning afternoon evening night time times moment
hour hours minute minutes weekend decade era season
""".split())


def _verb_like(word: str, nxt: str) -> bool:
    """A finite verb or a participle in lower case ("makes", "worded", "had"), ``nxt`` the word
    after it. A word in "-s" is a plural noun as often ("dollar bills, ..."): a verb only when an
    object or an adverb follows it ("ends with", "makes a"). (A reporting verb's own forms are
    read by ``lead_in`` first; here "report" in "the ferry report makes" is a noun.)"""
    if not (word.islower() and word.isalpha()):
        return False
    if word in _IRREGULAR or word in _BE or len(word) > 3 and word.endswith("ed"):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and \
        nxt.lower() in _OBJECT_OPENERS


def _subject_end(words: list[str]) -> int:
    """The index of the subject's last word in ``words`` (a noun phrase from the first word),
    or -1 when the sentence does not open on one."""
    first = words[0]
    low = first.lower()
    if low in _PERSONAL:
        return 0
    if low in _DEMONSTRATIVES:
        return -1  # "This is the message:", "It reads:": what it stands for is not read here
    if low in FUNCTION_WORDS and low not in DETERMINERS or not (first[:1].isupper() or low in DETERMINERS):
        return -1  # "In 2019, ...", "There is ...", "What matters ...": no subject first
    end = 0
    k = 1
    while k < len(words) and k <= _MAX_SUBJECT:
        w = words[k]
        low = w.lower()
        if w == ",":
            return end  # an aside or the verb comes next
        if low in PREPOSITIONS:
            k += 1  # "A footnote in the report": the phrase goes on after its preposition
            continue
        if _verb_like(w, words[k + 1] if k + 1 < len(words) else "") and words[k - 1].lower() not in DETERMINERS:
            return end  # (the word right after a determiner is its noun: "Many reporters noted")
        if w.islower() and low in FUNCTION_WORDS and low not in DETERMINERS:
            return -1  # "The man who ...", "The fact that ...": no plain subject
        end = k
        k += 1
    return -1


def _verb_after(words: list[str], at: int) -> int:
    """The index of the verb after the subject that ends at ``at`` (an aside between commas and
    adverbs skipped), or -1."""
    k = at + 1
    if k < len(words) and words[k] == ",":
        close = [j for j in range(k + 1, min(len(words), k + _MAX_ASIDE + 2)) if words[j] == ","]
        if not close:
            return -1
        k = close[0] + 1
    while k < len(words) and words[k].lower() in ADVERBS and not _verb_like(words[k], ""):
        k += 1
    if k >= len(words) or not _verb_like(words[k], words[k + 1] if k + 1 < len(words) else ""):
        return -1
    if words[k] in _BE:
        return -1  # "The problem is simple:", "The case is made by this finding:": no one's act
    return k


def colon_clause(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of the sentence that leads into the quote across a colon, its verb no cue:
    "Hale's letter makes a blunt case: “...”", "The council, in its report, worded it
    carefully: “...”"."""
    if current_language().code != "en" or site.zone != "body":
        return None
    text, span = site.text, site.span
    lo = site.sent_lo
    lead = text[lo:span.open_at].rstrip()
    if not lead.endswith(":") or len(lead) > _READ or "\n" in lead or any(c in lead for c in _MARKS):
        return None
    matches = list(_WORD.finditer(lead, 0, len(lead) - 1))
    words = [m.group() for m in matches]
    if len(words) < 3:
        return None
    end = _subject_end(words)
    if end < 0 or words[end].lower() in _TIME_HEADS:
        return None
    verb = _verb_after(words, end)
    if verb < 0:
        return None
    mention = lead[matches[0].start():matches[end].end()]
    return Finding(mention, words[verb], "explicit", lo + matches[verb].start())
