"""Who speaks for a document or a description: the issuer of "the statement", the poster
behind a platform."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.named_bodies import body_by_kind
from newsbeam.transforms.quotes.lexicon import (
    CALENDAR, ORG_HEADS, PRONOUNS as _PRONOUNS, SPEAKING_BODIES, SPOKESPEOPLE, WEEKDAYS)
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.written_issuers import DOC_ADVERBS, KINDS as WRITTEN_KINDS, written_author

DEFINITE: Final = frozenset(["the", "this", "that"])
# A document someone issues, and how the article says who did.
_ISSUED: Final = r"(?:press[^\S\n]+)?(?:statement|release|post|announcement|communiqu[eé]|readout)"
_ISSUED_WORDS: Final = frozenset("statement release post announcement communiqué communique readout".split())
_ISSUED_VERB: Final = r"(?:issued|released|published|posted|put[^\S\n]+out|shared|sent)"
_ISSUER: Final = r"(?<![\w’'\-])([A-Z][\w’'\-]*+(?:[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)?[A-Z][\w’'\-]*+){0,5})"
_NOT_ARTICLE: Final = r"(?!(?:The|A|An|In|According)[^\S\n])"
# "a statement issued by PID", "the FO statement", "PID said in a statement", "a PID press
# release", "the Prime Minister’s Office said".
_ISSUED_BY: Final = re.compile(
    r"\b" + _ISSUED + r"(?:[^\S\n]+(?:was[^\S\n]+)?" + _ISSUED_VERB + r")?[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?"
    + _ISSUER + r"|" + _NOT_ARTICLE + _ISSUER + r"(?:’s|'s)?[^\S\n]+" + _ISSUED + r"\b"
    + r"|" + _NOT_ARTICLE + _ISSUER + r"[^\S\n]+(?:said|stated|announced)\b"
    + r"|" + _NOT_ARTICLE + _ISSUER + r"[^\S\n]+(?:" + _ISSUED_VERB + r"|provided)[^\S\n]+an?[^\S\n]+"
    + r"(?:(?:written|brief|short|joint)[^\S\n]+)?" + _ISSUED + r"\b")
# Platforms carry other people's posts: "a Facebook post" is not Facebook's.
PLATFORMS: Final = frozenset("X Facebook Twitter Instagram TikTok YouTube LinkedIn Telegram Threads Bluesky "
                       "WhatsApp Weibo WeChat Reddit Snapchat Truth Social".split())
_DOC_SUBJECT: Final = re.compile(
    r"[^\w\n]*+(?:(?:In|in)[^\S\n]+)?(?:[Aa]n?|[Tt]he)[^\S\n]+(?:(?:new|joint|separate|brief|short|later)[^\S\n]+)?"
    + _ISSUED + r"(?:[^\S\n]+" + _ISSUED_VERB + r")?[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?" + _ISSUER + r"[^,\n]*$")
_ISSUER_WINDOW: Final = 4000
_LEADING_ARTICLES: Final = frozenset(["The", "A", "An", "the", "In", "According"])


def platform_is_subject(text: str, platform: str, end: int) -> bool:
    """Whether the platform's last mention before ``end`` (in its paragraph, within 600
    characters) stands as a subject: at the paragraph's start or right after a sentence's end,
    a comma or a closing quote mark ("“...,” Twitter said", "Twitter said in a statement"),
    not after a preposition ("posted to Twitter", "wrote on Facebook")."""
    lo = max(text.rfind("\n", 0, end) + 1, end - 600)
    at = -1
    for m in re.finditer(r"(?<![\w@#])" + re.escape(platform) + r"(?![\w’'-])", text[lo:end]):
        at = lo + m.start()
    if at < 0:
        return False
    lead = text[lo:at].rstrip()
    return not lead or lead[-1] in ",.;:!?”\"’'“"


def platform_poster(ctx: ArticleContext, text: str, cue_at: int) -> str | None:
    """The person who is the subject of the sentence that names a platform before its cue."""
    if cue_at < 0 or ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(0, cue_at), text.rfind("\n", 0, cue_at) + 1)
    subj = subject_of(text, s_lo, cue_at)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    if mention in PLATFORMS or not is_person_like(mention) or is_org(mention) or not (
            known_person(mention, ctx) or len(mention.split()) > 1):
        return None
    return ctx.names.fullest(split_title(mention) or mention)


def _issuer_name(ctx: ArticleContext, name: str) -> str | None:
    """An issuer's name as the speaker: an acronym written out where the article does ("FO"
    -> "Foreign Office"), else its fullest form without a leading article."""
    words = name.split()
    while words and words[0] in _LEADING_ARTICLES:
        words.pop(0)
    while words and words[-1] in ("of", "for", "and", "the"):
        words.pop()
    if "and" in words:  # "spokesman Tom Hale and State Department spokesman": the body right before
        words = words[len(words) - words[::-1].index("and"):]
    if not words:
        return None
    name = " ".join(words)
    if name.isupper():
        return ctx.names.expansion(name) or name
    if not is_org(name):
        name = split_title(name) or name  # "President Ruiz released a statement": Ruiz
    return ctx.names.fullest(name)


def document_subject(ctx: ArticleContext, text: str, cue_at: int) -> str | None:
    """The issuer of a document that is the subject of the cue's sentence ("A post by the
    President’s Secretariat on social media platform X said"), or None."""
    if cue_at < 0 or ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(0, cue_at), text.rfind("\n", 0, cue_at) + 1)
    if cue_at - s_lo > 300 or " by " not in text[s_lo:cue_at]:
        return None
    m = _DOC_SUBJECT.match(text, s_lo, cue_at)
    return _issuer_name(ctx, m.group(1)) if m else None


# A court's written decision: its author is the court that gave it.
_RULINGS: Final = frozenset(("ruling", "judgment", "judgement"))
# A court that decides, in the sentence that names it (verbs only: "the decision" may be another
# court's, "appeal the decision to X"); an appeal to it; and another bench named after it.
_RULED: Final = re.compile(r"\b(?:ruled|rules|found|struck|overturned|upheld|dismissed|quashed|sided|ordered|"
                           r"blocked|rejected|declared|deemed|decided|threw|granted|denied)\b")
_APPEALED: Final = re.compile(r"\bappeal")
_OTHER_BENCH: Final = re.compile(r"\b(?:tribunal|panel|arbitrat[a-z]{0,6}|jury|magistrate|(?:lower|district|appeals?|"
                                 r"appellate|high|supreme|federal|state) court)\b")


def _court_ruled(ctx: ArticleContext, text: str, court: str, before: int) -> bool:
    """Whether the sentence that last names ``court`` before ``before`` (within the issuer
    window) has it decide ("struck down by London’s High Court", "The Marlow High Court ruled"),
    with no appeal in it, and no other bench is named after it ("a tribunal took up the new one",
    "the appeals court reversed it"): not a court the parties will appeal to, or went to before
    (adv58)."""
    lo = max(0, before - _ISSUER_WINDOW)
    at = text.rfind(court, lo, before)
    if at < 0 or ctx.sentences is None:
        return False
    s_lo, s_hi = ctx.sentences.start(lo, at), ctx.sentences.end(at, before)
    return _RULED.search(text, s_lo, s_hi) is not None and _APPEALED.search(text, s_lo, s_hi) is None and \
        _OTHER_BENCH.search(text, s_hi, before) is None


def earlier_issuer(ctx: ArticleContext, text: str, before: int, cue_at: int, rest: list[str]) -> str | None:
    """Who issued the document a definite mention ("the statement", "the press release
    further", "the post") refers to: the issuer of the last document the article named with
    one, or the body last said to speak, before the mention; None when none is named."""
    words = [trim(w) for w in rest if trim(w) not in DOC_ADVERBS]
    if words and words[-1] in WRITTEN_KINDS and words[-1] not in _ISSUED_WORDS:
        author = written_author(ctx, text, before, cue_at, rest)  # "the report", "the letter"
        if author is None and words == [words[-1]] and words[-1] in _RULINGS:
            # "the ruling said" after "struck down by the Lowland High Court": a ruling is a
            # court's, the one court the article named before (two courts: no one; s58)
            author = body_by_kind(["the", "court"], ctx, text, cue_at if 0 <= cue_at < before else before)
            author = author if author and _court_ruled(ctx, text, author, before) else None
        return author
    if not words or words[-1] not in _ISSUED_WORDS or len(words) > 3 or \
            any(w not in ("press", "joint", "new", words[-1]) for w in words):
        return None
    hi = cue_at if 0 <= cue_at < before else before
    issuer = None
    for m in _ISSUED_BY.finditer(text, max(0, hi - _ISSUER_WINDOW), hi):
        name = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if name.split()[-1] in PLATFORMS or m.group(3) and not (
                trim(name.partition(" of ")[0].split()[-1]).lower() in ORG_HEADS
                or name.isupper() and len(name) > 1):
            # "Ann Lee said", "Committee Chairman Ann Lee said": a person speaks, only a body's
            # words make a statement; a platform ("X", "a Facebook post") issues nothing.
            continue
        issuer = _issuer_name(ctx, name) or issuer
    # else one named with "from" ("a joint statement from Britain, France and ..."): written_author
    return issuer or written_author(ctx, text, before, cue_at, rest) or _body_before(ctx, text, hi)


# Verbs by which the sentence before a statement's quote says its subject issued or stated it.
_STATED: Final = frozenset("""issued released published denied rejected said stated announced
confirmed insisted added""".split())


def _body_before(ctx: ArticleContext, text: str, hi: int) -> str | None:
    """(stop 53) The body the sentence right before the quote's opens on, as its subject, when its
    verb says it stated something ("The Chilean government denied the claims. “…,” the
    statement said."): its name as a body's ("Chilean government"), else None."""
    if ctx.sentences is None:
        return None
    p_lo = text.rfind("\n", 0, hi) + 1
    s_lo = ctx.sentences.start(p_lo, hi)
    if s_lo <= p_lo:
        return None
    prev_lo = ctx.sentences.start(p_lo, s_lo - 1)
    subj = subject_of(text, prev_lo, s_lo)
    if subj is None or subj[0] != prev_lo + len(text[prev_lo:subj[0]]) - len(text[prev_lo:subj[0]].lstrip()):
        return None
    mention = text[subj[0]:subj[1]]
    words = mention.split()
    after = text[subj[1]:s_lo].split()[:2]
    if len(words) < 2 or trim(words[-1]).lower() not in SPEAKING_BODIES or \
            not any(w[:1].isupper() and w not in _LEADING_ARTICLES for w in words) \
            or not after or after[0].lower() not in _STATED:
        return None
    return " ".join(words[1:] if words[0] in _LEADING_ARTICLES else words)  # ("Chilean government", as the guide writes it)


_BY_WHOM: Final = re.compile(r"\b(?:by|from|of)[^\S\n]+(?:the[^\S\n]+)?[A-Z]")


def subject_issuer(ctx: ArticleContext, text: str, s_lo: int, open_at: int, document: str) -> str | None:
    """Rule ``document_issuer``: the issuer of a document "according to" names by its kind alone
    ("..., according to an announcement on Tuesday") is the subject its sentence opens on, when
    that subject names a body or a person the article knows ("Cloudflare will now block crawlers
    to prevent “...,” according to an announcement"); None when the document names its issuer
    ("a statement by the court", "a Pentagon readout": the issuer is read there) or the subject names no one
    ("It", "The change", "Several firms")."""
    doc = document.partition(". ")[0]
    if _BY_WHOM.search(doc) or not text[s_lo:open_at].strip() or \
            any(w[:1].isupper() for w in doc.split()[2:5]):
        return None  # "a statement by the court", "a Pentagon readout": the issuer is named there
    m = _OPENING_NAME.match(text, s_lo, open_at)
    if m is None:
        return None
    name = m.group(1)
    if name in PLATFORMS or trim(name).lower() in _PRONOUNS or name.split()[0] in _LEADING_ARTICLES:
        return None
    described = m.start(1) > s_lo and text[m.start(1) - 2:m.start(1)].strip()[-1:].islower()
    if is_org(name) or known_person(name, ctx) or len(name.split()) > 1 or described:
        return name  # "Harbor Lines", or "the ferry operator Portline": a name its title introduces
    return None


# A sentence that opens on a name, after at most a determiner and a few lowercase words of its
# title ("The major internet provider Cloudflare will ..."), then a lowercase word (its verb).
_OPENING_NAME: Final = re.compile(
    r"[^\S\n]*+(?:(?:The|A|An)[^\S\n]+(?:[a-z][\w\-]*+[^\S\n]+){0,5})?"
    r"([A-Z][\w’'\-]*+(?:[^\S\n]+[A-Z][\w’'\-]*+){0,3})[^\S\n]+[a-z]")


_VOICE: Final = re.compile(
    r"(?<![\w’'\-])" + _ISSUER + r"(?:’s|')?s?[^\S\n]+(spokes(?:man|woman|person))\b"
    r"|\b(spokes(?:man|woman|person))[^\S\n]+((?:[A-Z][\w’'\-]*+[^\S\n]+){1,2}[A-Z][\w’'\-]++)")
_VOICE_WINDOW: Final = 3000


def earlier_voice(ctx: ArticleContext, text: str, before: int, head: str) -> str | None:
    """Rule ``earlier_voice``: whom "the spokesperson" speaks for, from the last mention of a
    spokesperson (the same word) in the 3,000 characters before: the body that mention names
    ("a statement issued by the Foreign Office spokesperson") or the person ("spokesman Tom
    Hale"); None when the last one names neither ("a spokesperson said") or when the window
    names two voices of that word."""
    who = None
    voices: set[str] = set()
    lo = max(0, before - _VOICE_WINDOW)
    for m in re.finditer(r"\bspokes(?:man|woman|person)\b", text[lo:before]):
        at = lo + m.start()
        if m.group(0) != head:
            continue
        v = _VOICE.search(text, max(0, at - 80), min(len(text), at + 60))
        who = None
        while v is not None:
            if v.group(2) == head and v.end(2) == at + len(head):
                who = _issuer_name(ctx, v.group(1))
                break
            if v.group(3) == head and v.start(3) == at:
                who = ctx.names.fullest(v.group(4))
                break
            v = _VOICE.search(text, v.end(), min(len(text), at + 60))
        if who:
            voices.add(who)
    # two spokespeople named in the window ("White House spokesman Tom Hale and State Department
    # spokesman Ann Roy"): which one "the spokesman" is, is a guess
    return who if len(voices) < 2 else None


# What follows a platform's name in "her Twitter account", "Lee's Facebook page".
_ACCOUNT_WORDS: Final = frozenset("account accounts page feed handle profile channel post posts".split())


def platform_owner(mention: str) -> str:
    """The owner of an account named by its platform: "Her Twitter" (of "Her Twitter account
    posted: “...”") -> "Her", "Ann Lee’s Facebook page" -> "Ann Lee"; a tweet or a post is its
    poster's (docs/gold-annotation.md), never a name "Her Twitter". Any other mention as it is."""
    words = mention.split()
    if len(words) < 2 or len(words) > 6:
        return mention
    if words[-1].lower() in _ACCOUNT_WORDS:
        words = words[:-1]
    if len(words) < 2 or words[-1] not in PLATFORMS:
        return mention
    owner = words[-2]
    if owner.lower() in ("his", "her", "their", "its"):
        return " ".join(words[:-1]) if len(words) == 2 else mention
    for tail in ("’s", "'s", "’", "'"):
        if owner.endswith(tail) and len(owner) > len(tail) + 1 and owner[:1].isupper():
            return " ".join(words[:-2] + [owner[:-len(tail)]])
    return mention


VOICE_WORDS: Final = SPOKESPEOPLE | frozenset("statement release report post website readout memo analysis study survey "
                                                "letter email note filing poll editorial".split())  # ("A Pentagon memo said", s50)
# Words of a date before a document's owner ("a March Ipsos poll", "the 2024 Acme report"): no
# part of the owner's name (s51).
_DATE_WORDS: Final = (CALENDAR - WEEKDAYS) | frozenset("spring summer autumn fall winter".split())


def owner_of_voice(rest: list[str]) -> str | None:
    """The capitalized name before a body's voice or document ("CIA" in "CIA spokesperson",
    "PID" in "PID press release"), or None."""
    if "of" in rest[1:] and trim(rest[rest.index("of") - 1]) in VOICE_WORDS:
        rest = rest[:rest.index("of")]  # "the Foreign Ministry readout of the call": what it is about (s55)
    k = len(rest)
    if not k or trim(rest[-1]) not in VOICE_WORDS or not rest[-1].islower():
        return None
    k -= 1
    if k and rest[k - 1] == "press":
        k -= 1
    first = 0
    while first < k - 1 and (rest[first].lower() in _DATE_WORDS or rest[first].isdigit() and len(rest[first]) == 4):
        first += 1  # "a March Ipsos poll" is Ipsos's (s51)
    if k == 0 or not all(w[:1].isupper() and not w.endswith(("’s", "'s", ".")) for w in rest[first:k]) or k > 4:
        return None
    return " ".join(rest[first:k])
