""""it" in a clause of its own sentence whose subject is a named body: "The Soviet Union used what
it called “active measures”", "Northwind said in a filing that what it calls “legacy fees” will
end". The pronoun is that subject, as ``antecedents.own_subject`` has it for "he" and "she"; the
"it" step of ``resolve`` otherwise takes the last speaker, who may be another body or none, and
the quote came out null (issue 16: stop 41, en41). Rather null than wrong: only a subject that
names something (capitalized, no person the article knows, no group of people), and only when
"it" (or "its") stands right before the reporting verb of the quote. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.antecedents import plural_group, without_auxiliaries
from newsbeam.transforms.quotes.bare_names import FIRM_ENDINGS, PLACE_ENDS
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.names import is_org
from newsbeam.transforms.quotes.lexicon import PRONOUNS, SPEAKING_BODIES
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import is_cap

# A clause of another subject between the sentence's subject and "it".
_OTHER_CLAUSE: Final = re.compile(r";|\b(?:but|while|whereas|although|though|yet)\b|,[^\S\n]+and\b")
# The subject's verb in the passive ("Google was fined by the Commission over what it called"):
# the one who judges, and "calls", is the agent, not the subject (null rather than the subject).
_PASSIVE: Final = re.compile(r"\b(?:is|was|are|were|been|being)[^\S\n]+(?:\w{1,20}ly[^\S\n]+)?\w{1,30}(?:ed|en)\b"
                             r"|[^\S\n]by[^\S\n]")
_BODY_WORDS_MAX: Final = 6  # "the Ruet-i-Hilal Committee of Pakistan": longer subjects are clauses


def own_body(ctx: ArticleContext, text: str, before: int, cue_at: int) -> str | None:
    """The subject of the sentence "it" stands in, right before the cue at ``cue_at``, when that
    subject names a body ("The Soviet Union", "Northwind"), not a person; None otherwise, and
    when "it" is the sentence's subject itself ("It said ...")."""
    if cue_at < 0 or cue_at > before or ctx.sentences is None:
        return None
    s_lo = max(ctx.sentences.start(0, cue_at), text.rfind("\n", 0, cue_at) + 1)
    lead = without_auxiliaries(text[s_lo:cue_at].rstrip())
    words = lead.split()
    if len(words) < 2 or words[-1].lower() not in ("it", "its") or lead[:-len(words[-1])].rstrip().endswith(","):
        return None
    subj = subject_of(text, s_lo, cue_at)
    if subj is None:
        return None
    if _OTHER_CLAUSE.search(text, subj[1], cue_at):
        return None  # "Talks stall, but the presidency hopes what it calls ...": another subject's clause
    if _PASSIVE.search(text, subj[1], cue_at):
        return None  # "Northwind was sued by Ohio over what it called ...": the agent's words, not the subject's
    return _body_subject(ctx, text, subj, cue_at)


def body_before(ctx: ArticleContext, text: str, before: int) -> str | None:
    """"Kabul Herald also announced the results. “…,” it said.": "it" after a quote that opens its
    sentence, or opening the quote's sentence ("It said the line would be “…”"), where no one has
    spoken yet, is the body the sentence before opens on (its subject, tested as ``own_body``
    tests it: a named body, no person, no group; a firm's name or one ``is_org`` reads, no first
    name); None when the sentence before is in another paragraph than the quote's or the one
    before it, holds a quotation, a place's name, or another body, a document or people after its
    subject ("The European Union fined Apple", "sued the city council", "obtained the draft
    report", "deported 40 people": "it" may be that one; s55 and its adversarial reads)."""
    if ctx.sentences is None or before <= 0:
        return None
    s_lo = max(ctx.sentences.start(0, before), text.rfind("\n", 0, before) + 1)
    opening = text[s_lo:before].strip(" \"“‘'")
    if opening and not opening.startswith("It ") or s_lo <= 0:
        return None  # (the quote's own sentence opens on something else than "It": other rules)
    end = len(text[:s_lo].rstrip())
    p_lo = max(ctx.sentences.start(0, end - 1), text.rfind("\n", 0, end) + 1)
    if text.count("\n", p_lo, s_lo) > 2:
        return None
    if any(mark in text[p_lo:end] for mark in "“”\"«»„"):
        return None  # (a sentence of quoted words, or one with a quote: not a body's plain statement)
    subj = subject_of(text, p_lo, end)
    body = _body_subject(ctx, text, subj, end) if subj is not None else None
    if body and subj is not None and (body.split()[-1].lower() in _PLACE_TAILS or _OTHER_NAME.search(text, subj[1], end) or
                 _PEOPLE_AFTER.search(text, subj[1], end) or _BODY_AFTER.search(text, subj[1], end)):
        # "The European Union fined Apple.", "The Home Office deported 40 people.": the other one
        # may answer as well; "Gaza City came under fire.": a place (s55 final read)
        return None
    if body and (is_first_name(body.split()[0]) or " " in body and not is_org(body) and
                 body.split()[-1].lower().rstrip(".") not in FIRM_ENDINGS):
        return None  # ("Donald", "Tom Hale", "Kelly Stone": a person's name, never "it"; a body's says so)
    if body and " " not in body and not body.isupper() and \
            re.search(rf"[a-z,][^\S\n]+{re.escape(body)}\b", text[:_READ]) is None:
        return None  # "Shoppers crowded the store.": one word capitalized only where a sentence opens
    return body


_READ: Final = 50_000  # characters read for a one-word subject written inside a sentence (bounded)
# Another capitalized word after the subject, not a day or a month: another one named in the sentence.
_OTHER_NAME: Final = re.compile(r"(?<=[^\S\n])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                                r"February|March|April|May|June|July|August|September|October|November|December)\b)"
                                r"[A-Z][\w’'\-]")
# People after the subject ("40 people", "the workers"): "it" may be answered for by them.
_PEOPLE_AFTER: Final = re.compile(r"(?<![\d,])\d[\d,]{0,12}+[^\S\n]++(?:[a-z\-]{2,20}+[^\S\n]++)?(?:people|workers|staff|residents|"
                                  r"migrants|customers|employees|passengers|patients)\b")
# A body or a document after the subject, in lower case: "sued the city council", "acquired a small
# start-up", "obtained the draft report": "it" may be that one (s55 second final read).
_BODY_AFTER: Final = re.compile(r"\b(?:council|club|company|firm|maker|rival|start-?up|report|draft|memo|letter|ministry|"
                                r"agency|union|bank|group|government|authority|regulator|court|school|hospital|executive|chairman|chairwoman|"
                                r"director|manager|employees?|workers?|staff|driver|player|coach|ceo|watchdog|newspaper|paper|inquiry|"
                                r"university|airline|commission|committee|department|broadcaster|network|magazine|institute|"
                                r"foundation|charity|trust|police|army)\b")
_PLACE_TAILS: Final = PLACE_ENDS | frozenset("city strip town county province region district".split())


def _body_subject(ctx: ArticleContext, text: str, subj: tuple[int, int], hi: int) -> str | None:
    """The subject at ``subj`` when it names a body ("The French presidency", "Northwind"), not
    a person, a group or a possessor; None otherwise."""
    cue_at = hi
    mention = text[subj[0]:subj[1]].strip(" ,")
    head = _HEAD_AFTER.match(text, subj[1], cue_at)
    if head is not None and head.group(0).split()[-1] in _BODY_HEADS:
        mention += head.group(0)  # "The French" + " presidency", "Israel’s" + " foreign ministry" (stop 53)
    if _described_body(mention) and not mention.endswith(("’s", "'s")) and len(mention.split()) <= _BODY_WORDS_MAX:
        return mention  # ("The French presidency": a body by its head, no person's name to test)
    named = split_title(mention) or mention
    if not mention or mention.lower() in PRONOUNS or mention.endswith(("’s", "'s")) or \
            len(mention.split()) > _BODY_WORDS_MAX or not is_cap(mention.split()[-1]) or \
            known_person(mention, ctx) or ctx.names.is_person(named) or \
            ctx.names.first_name_sex(named) is not None or plural_group(mention):
        return None
    return mention


_HEAD_AFTER: Final = re.compile(r"(?:[^\S\n]+[a-z]{2,20}){1,2}(?![\w’'-])")
# Heads of a body written in lower case after a capitalized modifier ("The French presidency",
# "Israel’s foreign ministry"): stop 53.
_BODY_HEADS: Final = SPEAKING_BODIES | frozenset("regime parliament senate military".split())


def _described_body(mention: str) -> bool:
    """A body named by a capitalized modifier and a lower-case head ("The French presidency")."""
    words = mention.split()
    return len(words) >= 2 and words[-1] in _BODY_HEADS and any(is_cap(w) for w in words[:-1] if w != "The")
