"""From a mention to a speaker: pronouns, roles, the fullest name."""
from __future__ import annotations

import re

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.antecedents import (
    _unnamed_person, nearest_person, opening_subject, own_subject, plural_group)
from newsbeam.transforms.quotes.lexicon import (
    DETERMINERS, FUNCTION_WORDS, KIN, ORG_HEADS, ORG_NOUNS, PERSONAL, POSSESSIVE_PRONOUNS,
    PRONOUNS, ROLE_WORDS, SPOKESPEOPLE, TITLE_ALIASES, TITLES)
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.name_runs import names_before
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import NAME_HOMOGRAPHS, trim

# (Starting only at a run's first space, taken whole: linear, where ",?\s+" tried every space of a
# long run as a start.)
_RELATIVE_TAIL = re.compile(r"(?<!\s),?\s++(?:who|which|that)$")
_RELATIVE_ENDINGS = ("who", "which", "that", "who\n", "which\n", "that\n")  # where it can match


def resolve(found: Finding, ctx: ArticleContext, text: str, before: int) -> tuple[str | None, str]:
    """(speaker, attribution) for a mention of the quote that opens at ``before``."""
    mention = found.mention
    if mention.endswith(_RELATIVE_ENDINGS):
        mention = _RELATIVE_TAIL.sub("", mention)
    words = mention.split()
    low = words[0].lower() if words else ""
    if found.how == "inherited":
        return ctx.last_speaker, "inherited"
    issuer = _document_subject(ctx, text, found.cue_at)
    if issuer:
        # "A post by the President’s Secretariat on X said ...": the document speaks for
        # whoever issued it, whatever word stands right before the verb.
        return issuer, "explicit"
    if mention in _PLATFORMS and found.how == "explicit":
        # "Ann Lee posted to Twitter asking “...”": a platform carries words, it does not say
        # them; the sentence's subject does, if a person.
        return _platform_poster(ctx, text, found.cue_at), "explicit"
    if len(words) == 1 and (low in PRONOUNS or low in POSSESSIVE_PRONOUNS):
        low = POSSESSIVE_PRONOUNS.get(low, low)
        if low in ("he", "she"):
            return antecedent(ctx, text, before, "m" if low == "he" else "f", found.cue_at), "pronoun"
        if low in PERSONAL:
            return ctx.last_person or ctx.last_speaker, "pronoun"
        if low == "it" and ctx.last_speaker in ctx.people:
            return None, "pronoun"  # "it" is a body or a document, never the person last quoted
        return ctx.last_speaker, "pronoun"
    lead = _team_lead(mention, words)
    if lead:
        # "researchers led by Jacob L. Bongers of the University of Sydney", "authors Ann Lee
        # and Tom Hale": the study's first author speaks for the team; "the team", "the
        # researchers", "the study" then mean that person.
        ctx.team_lead, ctx.team_lead_at = ctx.names.fullest(lead), before
        return ctx.team_lead, "explicit"
    if low in ("the", "their") and len(words) == 2 and trim(words[1]).lower() in _TEAM_WORDS:
        # The team last introduced before the quote, even where it did not speak: "Now,
        # scientists led by Ann Lee have shown ...".
        at = text.rfind(" led by ", max(0, before - 5000, ctx.team_lead_at), before)
        lead = _team_lead(text[max(0, at - 40):at + 120], []) if at >= 0 else None
        if lead:
            ctx.team_lead, ctx.team_lead_at = ctx.names.fullest(lead), at
        if ctx.team_lead:
            return ctx.team_lead, "explicit"
    if is_person_like(mention):
        name = split_title(mention)
        if name and all(trim(w) in FUNCTION_WORDS for w in name.split()) and not (
                trim(name) in NAME_HOMOGRAPHS and ctx.names.is_surname(name)):
            # "None of MacAlister’s", "Another": no one named ("May" is, where the article
            # names "Theresa May")
            return None, "explicit"
        bare = [w for w in words if w.lower() not in DETERMINERS]
        last = trim(name.split()[-1]) if name else ""
        if name and low in DETERMINERS and 1 < len(bare) <= 3 and last in TITLES:
            # "the Conservative MP", "a Labour councillor", "the French President": a
            # description, not a name (which president the article means is a guess).
            return None, "explicit"
        if name and len(bare) == 1 and (trim(name) in TITLES or trim(name) in ROLE_WORDS) \
                and not ctx.names.is_surname(name):
            # "the President", "Historian": the person the article gave that title, if any.
            person = ctx.names.role(name)
            return (ctx.names.fullest(person) if person else None), "explicit"
        if name and len(name.split()) == 2 and name.split()[0].endswith(("’s", "'s")) and \
                ctx.names.is_surname(name.split()[1]):
            name = name.split()[1]  # "Nvidia’s Huang": the person the article calls Huang
        if name:
            if name.isupper():
                full = ctx.names.fullest(name.title())
                name = full if full != name.title() else ctx.names.expansion(name) or name
            else:
                name = ctx.names.fullest_near(name, text, before)
            if " " not in name:
                name = ctx.names.given_name(name) or name
            return _without_article(name), "explicit"
    # A nominal: a role may be someone the article named with that title ("the premier"); an
    # organisation named in it speaks for itself ("The Associated Press", "Thames Valley Police").
    rest = words[1:] if low in DETERMINERS else words
    head = trim(rest[-1]) if rest else ""
    owner = _owner_of_voice(rest)
    if owner:
        # "a CIA spokesperson", "a PID press release": a named body's voice or document
        # speaks for the body.
        return (ctx.names.expansion(owner) or owner) if owner.isupper() else \
            ctx.names.fullest(_without_article(owner)), "explicit"
    if low in _DEFINITE and rest and rest[-1].islower():
        issuer = _earlier_issuer(ctx, text, before, found.cue_at, rest)
        if issuer:
            # "The statement read", "the press release further stated", "the post said": the
            # document the article last named with its issuer ("a press release issued by
            # PID", "the FO statement", "a post by the President’s Secretariat").
            return issuer, "explicit"
    if (head in TITLES or head in ROLE_WORDS) and (rest[-1].islower() or len(rest) == 1):
        person = ctx.names.role(head)
        if person:
            return ctx.names.fullest(person), "explicit"
        if low == "the" and head not in _UNNAMED_ROLES and current_language().code == "en":
            # "“...,” says the 43-year-old lawyer", "the US president says": the one person
            # the paragraph names, if it names exactly one; else a description (null).
            return _sole_person_of_paragraph(ctx, text, before), "explicit"
        return None, "explicit"  # "The German leader": a description, not a name
    if any(w[:1].isupper() for w in rest) and (rest[-1][:1].isupper() or head in ORG_NOUNS):
        return _without_article(" ".join(rest)), "explicit"
    return None, "explicit"  # "the 85-year-old Nobel Peace Prize winner": a description


# Roles that papers give people they do not name ("the official said", "the aide added"):
# never guessed from the paragraph.
_UNNAMED_ROLES = SPOKESPEOPLE | KIN | frozenset("""
official aide adviser advisor source member officer staff staffer analyst strategist operative
surrogate supporter critic opponent rival ally expert partner fellow student teacher friend
neighbor neighbour witness resident worker employee person man woman official's
""".split())
# Quoted stretches left out when looking for the people a paragraph names.
_QUOTED_STRETCH = re.compile(r"“[^”\n]{0,2000}+”|\"[^\"\n]{0,2000}+\"")


def _sole_person_of_paragraph(ctx: ArticleContext, text: str, before: int) -> str | None:
    """The one person the paragraph around ``before`` names outside its quotes (at their
    fullest), or None when it names none or several."""
    p_lo = text.rfind("\n", 0, before) + 1
    p_hi = text.find("\n", before)
    if p_hi < 0:
        p_hi = len(text)
    if p_hi - p_lo > 3000:
        return None
    paragraph = _QUOTED_STRETCH.sub(lambda m: " " * len(m.group()), text[p_lo:p_hi])
    found: set[str] = set()
    for run, end in names_before(paragraph, 0, len(paragraph)):
        name = split_title(run) or run
        if not name or name.isupper() or not ctx.names.is_person(name):
            continue
        full = ctx.names.fullest(name)
        if full.split()[0].endswith("ing") and len(full.split()[0]) > 5 or \
                trim(full.split()[-1]).lower() in TITLES or trim(full.split()[-1]).lower() in TITLE_ALIASES:
            continue  # "Excluding Israeli ...", "Florida Rep": a participle, a title; no name
        opener = paragraph[:end - len(run)].rstrip()[-1:] in ("", ".", "!", "?", ":")
        if opener and full == run and full not in ctx.people and ctx.names.gender(full) is None:
            continue  # "More GOP donors ...": a sentence's first word, capitalized for that
        found.add(full)
        if len(found) > 1:
            return None
    return found.pop() if found else None


_DEFINITE = frozenset(["the", "this", "that"])
# A document someone issues, and how the article says who did.
_ISSUED = r"(?:press[^\S\n]+)?(?:statement|release|post|announcement|communiqu[eé]|readout)"
_ISSUED_WORDS = frozenset("statement release post announcement communiqué communique readout".split())
_ISSUED_VERB = r"(?:issued|released|published|posted|put[^\S\n]+out|shared|sent)"
_ISSUER = r"(?<![\w’'\-])([A-Z][\w’'\-]*+(?:[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)?[A-Z][\w’'\-]*+){0,5})"
_NOT_ARTICLE = r"(?!(?:The|A|An|In|According)[^\S\n])"
# "a statement issued by PID", "the FO statement", "PID said in a statement", "a PID press
# release", "the Prime Minister’s Office said".
_ISSUED_BY = re.compile(
    r"\b" + _ISSUED + r"(?:[^\S\n]+(?:was[^\S\n]+)?" + _ISSUED_VERB + r")?[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?"
    + _ISSUER + r"|" + _NOT_ARTICLE + _ISSUER + r"(?:’s|'s)?[^\S\n]+" + _ISSUED + r"\b"
    + r"|" + _NOT_ARTICLE + _ISSUER + r"[^\S\n]+(?:said|stated|announced)\b"
    + r"|" + _NOT_ARTICLE + _ISSUER + r"[^\S\n]+(?:" + _ISSUED_VERB + r"|provided)[^\S\n]+an?[^\S\n]+"
    + r"(?:(?:written|brief|short|joint)[^\S\n]+)?" + _ISSUED + r"\b")
# Platforms carry other people's posts: "a Facebook post" is not Facebook's.
_PLATFORMS = frozenset("X Facebook Twitter Instagram TikTok YouTube LinkedIn Telegram Threads Bluesky "
                       "WhatsApp Weibo WeChat Reddit Snapchat Truth Social".split())
_DOC_SUBJECT = re.compile(
    r"[^\w\n]*+(?:(?:In|in)[^\S\n]+)?(?:[Aa]n?|[Tt]he)[^\S\n]+(?:(?:new|joint|separate|brief|short|later)[^\S\n]+)?"
    + _ISSUED + r"(?:[^\S\n]+" + _ISSUED_VERB + r")?[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?" + _ISSUER + r"[^,\n]*$")
_ISSUER_WINDOW = 4000
_LEADING_ARTICLES = frozenset(["The", "A", "An", "the", "In", "According"])


def _platform_poster(ctx: ArticleContext, text: str, cue_at: int) -> str | None:
    """The person who is the subject of the sentence that names a platform before its cue."""
    if cue_at < 0 or ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(0, cue_at), text.rfind("\n", 0, cue_at) + 1)
    subj = subject_of(text, s_lo, cue_at)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    if mention in _PLATFORMS or not is_person_like(mention) or is_org(mention) or not (
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
    if not words:
        return None
    name = " ".join(words)
    if name.isupper():
        return ctx.names.expansion(name) or name
    if not is_org(name):
        name = split_title(name) or name  # "President Ruiz released a statement": Ruiz
    return ctx.names.fullest(name)


def _document_subject(ctx: ArticleContext, text: str, cue_at: int) -> str | None:
    """The issuer of a document that is the subject of the cue's sentence ("A post by the
    President’s Secretariat on social media platform X said"), or None."""
    if cue_at < 0 or ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(0, cue_at), text.rfind("\n", 0, cue_at) + 1)
    if cue_at - s_lo > 300 or " by " not in text[s_lo:cue_at]:
        return None
    m = _DOC_SUBJECT.match(text, s_lo, cue_at)
    return _issuer_name(ctx, m.group(1)) if m else None


def _earlier_issuer(ctx: ArticleContext, text: str, before: int, cue_at: int, rest: list[str]) -> str | None:
    """Who issued the document a definite mention ("the statement", "the press release
    further", "the post") refers to: the issuer of the last document the article named with
    one, or the body last said to speak, before the mention; None when none is named."""
    words = [trim(w) for w in rest if trim(w) not in _DOC_ADVERBS]
    if not words or words[-1] not in _ISSUED_WORDS or len(words) > 3 or \
            any(w not in ("press", "joint", "new", words[-1]) for w in words):
        return None
    hi = cue_at if 0 <= cue_at < before else before
    issuer = None
    for m in _ISSUED_BY.finditer(text, max(0, hi - _ISSUER_WINDOW), hi):
        name = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if name.split()[-1] in _PLATFORMS or m.group(3) and not (
                trim(name.partition(" of ")[0].split()[-1]).lower() in ORG_HEADS
                or name.isupper() and len(name) > 1):
            # "Ann Lee said", "Committee Chairman Ann Lee said": a person speaks, only a body's
            # words make a statement; a platform ("X", "a Facebook post") issues nothing.
            continue
        issuer = _issuer_name(ctx, name) or issuer
    return issuer


_DOC_ADVERBS = frozenset("further also later then again additionally".split())


_VOICE_WORDS = SPOKESPEOPLE | frozenset("statement release report post website".split())


def _owner_of_voice(rest: list[str]) -> str | None:
    """The capitalized name before a body's voice or document ("CIA" in "CIA spokesperson",
    "PID" in "PID press release"), or None."""
    k = len(rest)
    if not k or trim(rest[-1]) not in _VOICE_WORDS or not rest[-1].islower():
        return None
    k -= 1
    if k and rest[k - 1] == "press":
        k -= 1
    if k == 0 or not all(w[:1].isupper() and not w.endswith(("’s", "'s", ".")) for w in rest[:k]) or k > 4:
        return None
    return " ".join(rest[:k])


# Words for a research team and its work, that the team's named lead speaks for.
_TEAM_WORDS = frozenset("team researchers scientists authors study paper".split())
_TEAM_HEADS = frozenset("researchers scientists authors team".split())
_NAME_ENDS = (" of ", " at ", " from ", ",", " and ", " in ")


def _team_lead(mention: str, words: list[str]) -> str | None:
    """The named person a team is introduced by: "researchers led by Ann Lee of X" or
    "authors Ann Lee and Tom Hale of X" -> "Ann Lee" (None when the mention is no such team)."""
    at = mention.find(" led by ")
    if at >= 0 and mention[:at].split() and trim(mention[:at].split()[-1]).lower() in _TEAM_HEADS:
        rest = mention[at + 8:]
    elif len(words) >= 3 and words[0].lower() in _TEAM_HEADS and words[1][:1].isupper():
        rest = mention[len(words[0]) + 1:]
    else:
        return None
    for end in _NAME_ENDS:
        k = rest.find(end)
        if k > 0:
            rest = rest[:k]
    rest = rest.strip()
    return rest if rest and is_person_like(rest) and len(rest.split()) >= 2 else None


def _without_article(name: str) -> str:
    """An organisation's name without a leading article or "X-based": "The Independent" ->
    "Independent", "The Ramallah-based Palestinian Authority" -> "Palestinian Authority"."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (words[k] in ("The", "the") or words[k].endswith("-based")):
        k += 1
    return " ".join(words[k:]) if k else name


def _subject_before(ctx: ArticleContext, text: str, lo: int, before: int, gender: str,
                    pronoun: str) -> str | None:
    """The person the sentences before the pronoun's own are about: the nearest one whose
    subject (or the person one of its quotes is credited to) is a person of a fitting gender,
    going back past sentences whose subject is the same pronoun. A passage keeps its subject:
    "Benj Edwards ... explained that ... He said he was sick. “...,” he said."""
    sentences = ctx.sentences
    if sentences is None:
        return None
    # A paragraph break ends a sentence whatever the stop before it looks like ("on X.").
    hi = max(sentences.start(lo, before), text.rfind("\n", 0, before) + 1)  # not the pronoun's own
    for _ in range(4):
        while hi > lo and text[hi - 1] in " \n\r":
            hi -= 1
        if hi <= lo:
            return None
        s_lo = max(sentences.start(lo, hi - 1), text.rfind("\n", 0, hi - 1) + 1)
        # A sentence inside a credited quote ("… to our way of life. We want to unify …,”
        # Lourimi said.") is that quote's speaker's, as is one that holds the quote.
        credited = [person for at, person, end in ctx.credits if at < hi and (end < 0 or end >= s_lo)
                    and (s_lo <= at or end >= 0)]
        if credited:
            person = credited[-1]
            if (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender):
                return person
            return None
        if _unnamed_person(text, s_lo, hi):
            # "A spokesman for the union disagreed. “…,” he said.": someone new whom the
            # article does not name ("the spokesman", "the former president" refer back).
            return ""
        subj = subject_of(text, s_lo, hi)
        if subj is not None:
            mention = text[subj[0]:subj[1]]
            low = mention.lower()
            words = mention.split()
            head = trim(words[-1])
            if len(words) > 1 and head in KIN and (words[-2].endswith(("’s", "'s")) or
                                                    words[-2].lower() in POSSESSIVE_PRONOUNS):
                return ""  # "Rashtian’s father", "his wife": someone the article does not name
            if mention.endswith(("’s", "'s")):
                hi = s_lo
                continue  # "France’s ambassador": the possessor is not the subject
            if trim(words[0]) in FUNCTION_WORDS and trim(words[0]) not in ("the",):
                return None  # "Several European leaders", "Regarding Rahman": no subject to go by
            if low in PRONOUNS:
                if low != pronoun:
                    return None  # the passage turned to someone else ("they", the other gender)
            elif is_person_like(mention):
                if plural_group(mention):
                    hi = s_lo
                    continue  # "Tunisian Islamists and secular forces ...": not a he or she
                if not known_person(mention, ctx):
                    return None
                full = ctx.names.fullest(split_title(mention))
                if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender):
                    return full
                return None
            else:
                person = _role_holder(ctx, words)
                if person and (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender):
                    # "Earlier, the minister had met with Ann Lee. “...,” he said.": the
                    # minister the article named with that title, not the person he met.
                    return person
                return None  # a sentence about something else: leave it to the nearest name
        hi = s_lo
    return None


def _role_holder(ctx: ArticleContext, words: list[str]) -> str | None:
    """The person a definite description of a role stands for ("the minister", "the US
    president" for "President Ann Lee"), when the article gave someone that title."""
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or not words[-1].islower():
        return None
    head = trim(words[-1])
    if head not in TITLES and head not in ROLE_WORDS:
        return None
    person = ctx.names.role(head)
    return ctx.names.fullest(person) if person else None


def antecedent(ctx: ArticleContext, text: str, before: int, gender: str, cue_at: int = -1) -> str | None:
    """Who "he" or "she" is, in this order: the subject of the pronoun's own sentence when the
    pronoun sits in a clause of it ("Ban Ki-moon condemned what he called ..."); the person the
    sentences before are about; the nearest person named before the quote (this paragraph or
    the one before); the last speaker. Each time, one whose gender, where the article shows it,
    agrees."""
    lo = text.rfind("\n", 0, before)  # this paragraph's start ...
    while lo > 0 and text[lo - 1] in "\r\n":
        lo -= 1
    lo = max(0, text.rfind("\n", 0, max(0, lo)))  # ... and the previous one's
    names = ctx.names
    pronoun = "he" if gender == "m" else "she"
    found = own_subject(ctx, text, lo, before, cue_at, gender, pronoun)
    if found is None and cue_at > before:
        found = opening_subject(ctx, text, lo, before, gender)
    if found is None:
        found = _subject_before(ctx, text, lo, before, gender, pronoun)
    if found == "":
        return None  # the sentences before are about someone unnamed: "Rashtian’s father"
    if found is None:
        found = nearest_person(ctx, text, max(lo, before - 700), before, gender, pronoun)
    if found is None:
        for person in reversed(ctx.people):
            if (ctx.genders.get(person) or names.gender(person)) in (None, gender):
                found = person
                break
    if found is not None:
        # What the article says once about someone's pronoun holds for its later quotes.
        ctx.genders.setdefault(found, gender)
        ctx.resolved[gender] = found
    return found
