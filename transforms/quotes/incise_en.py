"""English inverted incises: a sentence that opens on its topic, then a reporting verb set off by
commas with its subject after it, then the rest of the reported sentence with the quote (rule
``inverted_incise_en``).

"The plan, said Ann Lee, was “dead on arrival”", "Her debut, writes critic Tom Hale, is “a quiet
triumph”", "The scandal is growing, said Ann Lee in the Courier, and “nobody has noticed”": the
words after the incise are the reported sentence's, and so the incise's subject's, partial (the
guide: `Roe said the plan was “dead on arrival”`). Without this the subject was looked for before
the verb ("The plan", "The scandal"): the thing talked about stood in for the speaker, or no one.

Read like the German verb-second incise (verb_second_de.inverted_incise): the verb follows a
comma that closes a phrase of the sentence's own; after it a noun phrase that names one person the
way the clause-fragment rules accept it (fragments.named_reporter: a full name the article uses for
a person; inverted_reporter: "says Ruiz" for Ana Ruiz, "said Ann Lee in The Ledger"; never a body,
"said Harbor Trust", nor several writers) or a given name and a surname named in passing ("said
Ann Lee,"), then a comma within a few words of adjuncts ("in the Courier"), with no quote mark between the verb and
that comma, and no relative clause after it ("noted Lee, who is known as …": the quote is
then the relative clause's, not the incise's sentence) nor an apposition that runs on to the
quote ("writes Tom Hale, a descendant of the ‘…’"). No incise after a sentence adverb ("Forbes,
however, says that …": the subject is before it) nor with a clause after the verb ("says that"). Only verbs of saying and writing in the
past or present ("said", "writes", "argues"): "according to" and the participles have rules of
their own, and a descriptive subject ("said officials", "writes the critic") names no one
(rather null than wrong). Not when the quote right after a word of naming, a sign's or a chant's
text ("is known as “…”", "read “…”", "chanted “…”": read46p): the words are then no one's or
another voice's), nor when another verb of saying ("The defence, said Ann Lee, argued the evidence was
“thin”", "what the bank calls “…”") or a passive's named agent stands between ("was rejected by Tom Hale as
“…”").
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.cues import Cue, CueIndex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import SENTENCE_ADVERBS
from newsbeam.transforms.quotes.fragments import named_reporter
from newsbeam.transforms.quotes.inverted_reporter import inverted_reporter, one_person_named
from newsbeam.transforms.quotes.name_runs import given_name_like
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.trade_titles import is_degree

# The rule's name (--explain).
INVERTED_INCISE_EN: Final = "inverted_incise_en"

_VERBS: Final = frozenset("""said says writes wrote argues argued adds added notes noted explains explained
insists insisted warns warned claims claimed recalls recalled observes observed suggests suggested
contends contended maintains maintained reckons reckoned""".split())
_TAIL: Final = 40  # at most this many characters of adjuncts after the name ("in the Courier")
_MARKS: Final = "“”\"«»‘’"
_PARTICLES: Final = frozenset("de da del van von der bin al".split())
_RELATIVES: Final = frozenset("who whom whose which where".split())
# Sentence adverbs set off by commas before the verb ("Forbes, however, says"): not an incise.
_ADVERBS: Final = frozenset("however though too also meanwhile instead indeed moreover then now still "
                            "therefore furthermore nonetheless nevertheless".split())
# Words that open the verb's object clause, not a subject after the verb.
_CLAUSE_WORDS: Final = frozenset("that how what whether if why when there it this these those".split())
# A word that hands the quote to another voice than the incise's right before it: a name or a
# nickname ("is known locally as “the Gulls”", "is called “…”"), the text of a sign or a chant
# ("read “closed for good”", "chanted “…”"), a title ("titled “…”"): the words are not the
# incise's person's (read46p).
_OTHER_VOICE: Final = re.compile(
    r"\b(?:known|referred[^\S\n]{1,3}to|nicknamed|dubbed|named|called|calls|call|termed|terms|titled|entitled|read|reads|reading|"
    r"chanted|chanting|chant|sang|sing|sings|shouted|inscribed|labell?ed|branded|marked|signed)"
    r"(?:[^\S\n]{1,3}[a-z]+ly)?(?:[^\S\n]{1,3}(?:as|it|them|him|her|us|me|simply|only))?"
    r"(?:[^\S\n]{1,3}(?:an?|the))?[^\S\n]{0,3}$")
_OTHER_REACH: Final = 60  # how far before the quote that word may start
# A named agent of a passive between the incise and the quote: "The plan, said Ann Lee, was
# rejected by Tom Hale as “…”": the words are the agent's, or unclear (read46p).
_NAMED_BY: Final = re.compile(r"\bby[^\S\n]{1,3}(?:the[^\S\n]{1,3})?[A-Z]")
# Words that open an apposition to the name ("Tom Hale, a historian, …").
_APPOSITION_OPENERS: Final = frozenset("a an the one his her their its".split())


def _name_words(words: list[str]) -> list[str]:
    """The capitalized words that end ``words`` ("the critic Ann de Vries" -> Ann de Vries)."""
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in _PARTICLES):
        k -= 1
    return words[k:]


def _given_and_surname(name: list[str]) -> bool:
    """A given name and a surname ("Ann Lee", "Ann de Vries"): a person named in passing, as an
    incise names a writer or a source."""
    return 2 <= len(name) <= 4 and given_name_like(name[0]) and \
        all(w[:1].isupper() and w[1:2].islower() or w in _PARTICLES for w in name)


def inverted_incise_en(text: str, lo: int, hi: int, cue: Cue, ctx: ArticleContext | None,
                       cues: CueIndex | None = None) -> tuple[int, int] | None:
    """In English, the subject of a reporting verb right after a comma, when the verb and the name
    after it make an incise closed by a comma before the quote at ``hi``: "The plan, said Ann Lee,
    was “…”". None when the verb opens its sentence, follows no comma, is no verb of saying or
    writing, or is followed by no name and comma, or when another reporting verb (in ``cues``)
    stands between the incise and the quote."""
    if current_language().code != "en" or cue.word.lower() not in _VERBS or cue.s <= lo:
        return None
    head = text[lo:cue.s].rstrip()
    if not head.endswith(",") or not head.rstrip(" ,").strip() or head[-2:-1] in _MARKS:
        return None  # ("“A,” said Lee, “B”": the split quote's own rules read it)
    if head[:-1].rsplit(None, 1)[-1].lower() in _ADVERBS:
        return None  # "Forbes, however, says that …": the subject stands before the adverb
    np = np_after(text, cue.e + 1, min(hi, cue.e + 1 + 120))
    if np is None:
        return None
    mention = text[np[0]:np[1]]
    words = mention.split()
    if ctx is None or words[0].lower() in _CLAUSE_WORDS:
        return None  # "says that Mr. Lee is …": the verb's object clause, no subject after the verb
    if any(is_degree(w.rstrip(",")) for w in words[1:]):
        return None  # "said Jones, PhD, was": a degree is no name (the merged tree's last read)
    name = " ".join(_name_words(words))  # ("the critic Ann Lee": the name after the description)
    if not name or not one_person_named(text, name, np[1]):
        return None  # "said Harbor Trust", "said Rosa Lind and Paul Serra": no one person named
    if inverted_reporter(ctx, text, name, np[1]) is None and named_reporter(ctx, name) is None and \
            not _given_and_surname(name.split()):
        return None  # "said officials", "writes the critic", "says Lee" (no Lee named in full)
    close = text.find(",", np[1], min(hi, np[1] + _TAIL))
    if close < 0 or any(c in text[cue.e:close] for c in _MARKS):
        return None
    following = text[close + 1:close + 12].split()
    if following and following[0].lower() in _RELATIVES:
        return None  # "noted Bengio, who is known as one of the “godfathers of AI”": a relative clause
    if following and following[0].lower() in _APPOSITION_OPENERS and text.find(",", close + 1, hi) < 0:
        return None  # "writes Tom Hale, a descendant of the ‘…’": the quote is in the name's apposition
    if _OTHER_VOICE.search(text, max(close, hi - _OTHER_REACH), hi):
        return None  # "The team, said Ann Lee, is known as “the Gulls”": a name, not her words
    if cues is not None and cues.between(close, hi):
        return None  # "The coach, said Ann Lee, had warned of “…”": the quote is the coach's words
    if _NAMED_BY.search(text, close, hi):
        return None  # "The plan, said Ann Lee, was rejected by Tom Hale as “…”": another's words
    return np


# One-word sentence openers that are no one's name: "Yes, says Ann Lee, …" (and the adverbs in -ly).
_OPENER_WORDS: Final = SENTENCE_ADVERBS | frozenset(
    "yes no sometimes often usually mostly now today yesterday perhaps maybe probably still sure well so again".split())
_SET_OFF_VERBS: Final = _VERBS | {"say"}
_TIME_CLOSERS: Final = frozenset("later after afterwards ago earlier before".split())  # "Hours later, said …"


def set_off_subject(text: str, lo: int, cue: Cue, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The noun phrase after a reporting verb when ``np``, the phrase before it, is a one-word sentence
    adverb (any word in -ly, so a name in -ly too: "Kelly, says Hale, was never there" is Hale's; or
    the first word of a phrase of time, "Hours later,") that opens the sentence, set off
    by a comma before an inverted incise ("Probably, says Landowski, the hype will fade", "Yes, say
    the analysts,"): the adverb is no subject, the phrase after the verb is, whether or not
    ``inverted_incise_en`` takes it as a name (a surname the article never gives in full, a
    description: the adverb had stood in for the speaker, and with no finding a short quote after
    it fell to scare; s60). A noun phrase before the incise stays as before ("The minister, says
    Reuters, resigned": the minister's words follow). Only in English, for its verbs of saying, with
    a noun phrase right after the verb closed by a comma; else None."""
    if np is None or current_language().code != "en" or cue.word.lower() not in _SET_OFF_VERBS or text[lo:np[0]].strip():
        return None
    between, word = text[np[1]:cue.s].split(), text[np[0]:np[1]]
    timed = len(between) == 1 and between[0][:-1] in _TIME_CLOSERS and between[0].endswith(",")  # "Hours later,"
    if " " in word or not (between == [","] and (word.lower().endswith("ly") or word.lower() in _OPENER_WORDS) or timed):
        return None
    after = np_after(text, cue.e + 1, min(len(text), cue.e + 1 + 80))
    if after is None or text[after[1]:after[1] + 1] != "," or text[after[0]:after[1]].split()[0].lower() in _CLAUSE_WORDS:
        return None
    return after
