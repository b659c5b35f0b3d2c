"""A partial quote in a sentence whose subject is a document of a named author, with no verb of
saying (issue 16, s54): "Cloudflare's new policy blocks crawlers that take content “without
permission”", "The report, published by Oxfam on Monday, calls the trend “alarming”", "The
roadmap drawn up by Reza Pahlavi envisages a “democratic transition”", "A Pentagon statement on
Sunday called the strike “proportionate”". The guide: written text is its named author's (a
report, a letter, a statement, a post). No rule read these (no cue, or a cue whose subject is
the document), and the words became the writer's scare quotes.

The sentence opens (after "The", "A", "An") on the document named with its author: the author's
possessive before it ("Cloudflare's new policy"), a participle of making and "by" after it
("The report, published by Oxfam,"; never "seen by", "obtained by": whoever read it), "from"
after it ("The resignation letter from Transport Secretary Louise Haigh"), or a body's name
before it ("A Human Rights Watch investigation"). The author, titles taken off, is the speaker
(rule ``document_issuer``). English only; one bounded match at the sentence's start."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.lexicon import CALENDAR, FUNCTION_WORDS, PRONOUNS, ROLE_WORDS
from newsbeam.transforms.quotes.bare_names import FIRM_ENDINGS
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.names import is_org
from newsbeam.transforms.quotes.titles import split_title

DOCUMENT_ISSUER: Final = "document_issuer"
_DOCS: Final = (r"(?:report|study|survey|poll|memo|letter|statement|release|article|post|tweet|website|blog|"
                r"editorial|email|message|plan|roadmap|manifesto|memoir|petition|draft|policy|proposal|forecast|"
                r"investigation|guidance|strategy|document|notice|agenda|review|analysis|assessment|complaint|"
                r"motion|resolution|advisory|budget|terms(?:[^\S\n]of[^\S\n]service)?)")
_NAME: Final = r"((?:[A-Z][\w’'.\-]*[^\S\n](?:(?:of|for|and|the)[^\S\n])?){0,4}[A-Z][\w’'.\-]*)"
_ADJ: Final = r"(?:[a-z][\w\-]{1,20}[^\S\n]){0,3}"
_MAKING: Final = (r"(?:published|written|authored|started|drawn[^\S\n]up|issued|released|compiled|produced|"
                  r"commissioned|prepared|signed|filed|posted|sent|unveiled|presented|led|launched|drafted)")
# "Cloudflare's new policy", "The Green Party's manifesto": the possessor.
_POSSESSED: Final = re.compile(r"(?:The[^\S\n]|A[^\S\n]|An[^\S\n])?" + _NAME + r"[’']s[^\S\n]" + _ADJ + _DOCS + r"\b")
# "The report, published by Oxfam", "The roadmap drawn up by Reza Pahlavi", "The letter from X".
_MADE_BY: Final = re.compile(r"(?:The|A|An)[^\S\n]" + _ADJ + _DOCS + r",?[^\S\n](?:" + _MAKING + r"[^\S\n](?:[a-z]+[^\S\n]){0,2}?by|from)"
                             r"[^\S\n](?:the[^\S\n])?(?:[a-z\-]{3,20}[^\S\n]){0,2}?" + _NAME)
# "A Human Rights Watch investigation", "A Pentagon statement": a body's name before the document.
_BODY_DOC: Final = re.compile(r"(?:The|A|An)[^\S\n]((?:[A-Z][\w’'\-]*[^\S\n]){1,4})" + _DOCS + r"\b")
# A lower-case role word and a name after the run read as the author ("Leeds| student Amira Said").
_ROLE_THEN_NAME: Final = re.compile(r"[^\S\n]([a-z]{3,20})[^\S\n]([A-Z][\w’'\-]+(?:[^\S\n][A-Z][\w’'\-]+){1,2})")
_TIMES: Final = frozenset("today yesterday tomorrow tonight".split())
_READ: Final = 200  # characters of the sentence read for its subject (bounded)


def authored_subject(text: str, ctx: ArticleContext, lo: int, open_at: int) -> Finding | None:
    """The named author of the document that opens the sentence at ``lo`` (before the quote at
    ``open_at``), as a finding of rule ``document_issuer``; None for any other sentence."""
    hi = min(open_at, lo + _READ)
    m = _POSSESSED.match(text, lo, hi) or _MADE_BY.match(text, lo, hi) or _BODY_DOC.match(text, lo, hi)
    if m is None:
        return None
    lead = text[m.start():m.start(1)].split()
    before_name = [w for w in lead[lead.index("by") + 1 if "by" in lead else len(lead):] if w != "the"]
    if any(w not in ROLE_WORDS for w in before_name):
        return None  # ("signed by headteacher Rosa Kemble": a role before the name, s55; not "by hand Ann Lee")
    name = " ".join(m.group(1).split())
    role = _ROLE_THEN_NAME.match(text, m.end(1), hi)
    if role is not None and role.group(1) in ROLE_WORDS:
        name = role.group(2)  # "started by Leeds student Amira Said": the student, not Leeds
    words = name.split()
    if not words or words[0].lower() in FUNCTION_WORDS or words[0].lower() in PRONOUNS or \
            words[0].lower() in CALENDAR or words[0].lower() in _TIMES:
        return None  # "The …", "His …", "Monday's report", "Today's memo": no author named
    author = split_title(name) or name
    return Finding(author, None, "explicit", -1, DOCUMENT_ISSUER)


def document_mention(mention: str | None) -> bool:
    """Whether a rule's mention is only the document itself, no author ("The report", "" of "A
    Pentagon statement …": the lead-in read no name), so that its author may be read instead."""
    if mention is None:
        return False
    words = mention.split()
    return not words or words[0] in ("The", "A", "An") and _DOC_WORD.search(mention) is not None and \
        not any(w[:1].isupper() for w in words[1:])


_DOC_WORD: Final = re.compile(r"\b" + _DOCS + r"\b")


# After a document's words: who made it ("a statement from Acme Corp", "a release issued by the
# Dorvan Police Service", "the report by Oxfam").
_FROM_AUTHOR: Final = re.compile(r",?[^\S\n](?:" + _MAKING + r"[^\S\n](?:[a-z]+[^\S\n]){0,2}?by|from|by)"
                                 r"[^\S\n](?:the[^\S\n])?" + _NAME)
_NEAR: Final = 80  # characters after the cue read for the mention
_COMPASS: Final = frozenset("west east north south left".split())
# A document and who read it: "a statement seen by Reuters", "documents obtained by the Courier".
_READ_BY: Final = re.compile(r"(?:[Aa]n?|[Tt]he)[^\S\n]" + _ADJ + _DOCS + r"s?,?[^\S\n](?:seen|obtained|reviewed|viewed|read)"
                             r"[^\S\n]by\b")


def author_after(text: str, mention: str, cue_at: int, before: int) -> str | None:
    """The named author written right after a document that speaks ("according to a statement
    from Acme Corp", "said a release issued by the Dorvan Police Service", "A statement from Acme
    Corp said"), titles taken off; "" (no one) for a document and who read it ("a statement seen
    by Reuters"); None when ``mention`` is no bare document ("a statement", "the report") or no
    name follows it (s55)."""
    words = mention.split()
    if _READ_BY.match(mention):
        return ""  # "according to a statement seen by Reuters": who read it, not who wrote it
    if not words or not document_mention(" ".join([words[0].capitalize()] + words[1:])):
        return None
    at = text.find(mention, cue_at, cue_at + _NEAR + len(mention)) if cue_at >= 0 else -1
    if at < 0:
        at = text.rfind(mention, max(0, (cue_at if cue_at >= 0 else before) - _NEAR - len(mention)),
                        cue_at if cue_at >= 0 else before)
    m = _FROM_AUTHOR.match(text, at + len(mention), at + len(mention) + _READ) if at >= 0 else None
    if m is None:
        return None
    words = m.group(1).split()
    end = next((k for k, w in enumerate(words) if w.endswith(".") and len(w) > 2 and "." not in w[:-1]), None)
    if end is not None:
        words = words[:end] + [words[end][:-1]]  # "… from the RCMP. All": the sentence ends
    name = " ".join(words)
    first = name.split()[0].lower()
    if first in FUNCTION_WORDS or first in PRONOUNS or first in CALENDAR or name.endswith(("’s", "'s")):
        return None  # ("a statement from Tom Hale’s lawyer": the lawyer's, unnamed)
    author = split_title(name) or name
    if author.split()[0].lower() in _COMPASS and author.split()[-1].lower() == "bank":
        return None  # "a report from the West Bank": a place
    if not (is_org(author) or author.isupper() or first_name_sex(author) is not None or
            author.split()[-1].lower().rstrip(".") in FIRM_ENDINGS):
        return None  # "a report from the Gaza Strip", "from Kyiv": a place as often as an author (s55 final read)
    return author
