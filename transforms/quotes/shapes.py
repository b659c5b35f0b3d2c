"""The shapes an attribution takes around a quote: what the rules read."""
from __future__ import annotations

import bisect
import re

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.cues import POSSESSED_NOUNS, Cue, CueIndex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import (
    ADVERBS, FUNCTION_WORDS, GROUP_WORDS, ING_CUES, INVERTED_CUES, NOMINAL_HEADS, NOUNISH,
    POSSESSIVE_PRONOUNS, PRONOUNS)
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import NameIndex, is_person_like
from newsbeam.transforms.quotes.phrases import np_after, np_before, subject_of
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import Sentences, according, mark_end

# "HOST: Welcome back, ..." opening a quoted transcript line.
LABEL = re.compile(r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s")
# "...” ― Ann Lee": an attribution after a dash, as under a quote in a list.
# (Possessive quantifiers: "\s*[,.]?\s*" tried every split of a run of spaces between its two
# halves, quadratic in the run.)
_DASH_ATTRIBUTION = re.compile(r"\s*+[,.]?\s*+[\u2015\u2014\u2013]+\s*|\s++-{1,2}\s+")
_TAIL_LEAD = re.compile(r"[\s,.;:!?]*")
_COORDINATED = re.compile(r"\b(?:and|but|then)\s+$")
# "Trump's claim that ...", "his remarks about ...": words the possessor said.
# (The possessor, "((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*(?=['’]s\s)|\b(?:his|her|their|its)(?=\s))",
# is written to start with a character class, so the regex engine skips to its first letters;
# its words are read up to 40 letters at a time and never given back, so that a scan that starts
# at every capital of a long word stays linear.)
_POSSESSED_WORDS = re.compile(
    r"([A-Zhti](?:(?<=[A-Z])(?:[\w.\-]{0,40}+\s++[A-Z]){0,3}[\w\-]{0,40}+(?=['’]s\s)|(?<=h)(?<!\w.)(?:is|er)(?=\s)"
    r"|(?<=t)(?<!\w.)heir(?=\s)|(?<=i)(?<!\w.)ts(?=\s)))"
    r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:claims?|statements?|remarks?|"
    r"comments?|words|assertions?|descriptions?|promises?|pledges?|vows?|warnings?|phrases?|"
    r"responses?|reply|answers?|tweets?|posts?|messages?|speech|arguments?|accusations?|"
    r"suggestions?|insistence|view|contention|slogan|motto|catchphrase)\b")
# The nouns _POSSESSED_WORDS ends on: where none stands in a lead-in, it cannot match there.
POSSESSED_NOUNS_BYTES = frozenset(w.encode() for w in POSSESSED_NOUNS)
_NEXT_WORD = re.compile(r"[\s,]+(?:(?:has|have|had|also|then|later|once|again|[a-z]+ly)\s+)*([a-z]+)")
_HEADLINE_LABEL = re.compile(r"^([A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3})(?: on [^:]{1,40})?:\s")


def new_sentence_reports_it(text: str, span: Span, sentences: Sentences, lo: int, hi: int,
                             found: Finding) -> bool:
    """Whether the attribution found after a quote is the quote's, when the quote closed its own
    sentence ("...doing.” Some experts have suggested cyberattacks."): only a sentence that is
    nothing but the attribution ("“...” Ochoa said.", "“...” said Ochoa.") reports it, or one
    whose subject is "he" or "she" (the person quoted, going on)."""
    if text[span.close_at - 1:span.close_at] not in (".", "!", "?") or found.cue_at < 0:
        return True
    if found.mention.lower() in ("he", "she"):
        return True  # "“...” She described it as ...": the person quoted goes on
    nxt = text[lo:lo + 2].lstrip()[:1]
    if not nxt.isupper():
        return True  # "“Really?” she asked." goes on in lowercase: one sentence
    end = sentences.end(found.cue_at, hi)
    words = text[found.cue_at:end].rstrip(" .!?\"'”’").split()
    cue_words = len(found.cue.split()) if found.cue else 1
    head = text[lo:found.cue_at].strip()
    mention = found.mention.strip()
    if head != mention and head.startswith(mention + ",") and head.endswith(",") and head.count(",") == 2:
        head = mention  # "“...?” Miller, a retired nurse, said ...": the appositive is the mention's
    while len(words) > cue_words and len(words[cue_words]) > 4 and words[cue_words].endswith("ly") and \
            words[cue_words].isalpha() and words[cue_words].islower():
        del words[cue_words]  # "said pleasantly into the phone"
    if len(words) > cue_words and head == mention and \
            (words[cue_words].lower() in _ADJUNCT_OPENERS or words[cue_words - 1][-1:] in ",;"):
        # "“Who do they think they are?” Trump said of Apple in February, ...": what follows
        # the verb is where and when, not a clause of its own ("... said the attack was ...").
        return True
    if len(words) > cue_words and head == mention and \
            words[cue_words - 1].lower() in LISTENER_CUES and _only_listener(words[cue_words:]):
        # "“Who knows?” Lee told Britain’s ITV on Monday.": the listener, then where and when.
        return True
    return len(words) == cue_words or not text[lo:found.cue_at].strip()


# Reporting verbs whose object is the one spoken to: "Lee told the BBC", "Lee assured voters".
LISTENER_CUES = frozenset("told tells asked asks assured assures reminded reminds informed informs".split())
# Words that end a listener and start a clause of its own ("... told the BBC the plan was dead").
_CLAUSE_WORDS = frozenset("""
that is was are were has had have will would could can may might must should did does do not
he she it they we i you there
""".split())


def _only_listener(words: list[str]) -> bool:
    """``words`` (after a verb of telling, to the end of the sentence) are a listener of at most
    five words and then nothing, or where and when: "the BBC", "Britain’s ITV television station
    in an interview aired on Monday", not "the BBC the plan was dead"."""
    for k, w in enumerate(words):
        low = w.lower().strip(",;")
        if low in _ADJUNCT_OPENERS or w.endswith((",", ";")):
            return 0 < k + w.endswith((",", ";")) <= 5
        if low in _CLAUSE_WORDS or k >= 5:
            return False
    return True


_ADJUNCT_OPENERS = frozenset("""
of in on at as during after before when while about from with recently later earlier yesterday
today tonight then last this afterward afterwards outside inside to into
""".split())


def quote_ends_paragraph(text: str, span: Span, paragraphs) -> bool:
    """The previous paragraph closes on its quote, or on a short attribution after it; a long
    stretch of narrative after the quote means the next paragraph's quote is someone else's."""
    return paragraphs[span.paragraph][1] - mark_end(text, span) < 150


def after_quote(text: str, cues: CueIndex, sentences: Sentences, lo: int, hi: int) -> Finding | None:
    """Attribution in the words that follow a quote, up to the end of their sentence."""
    # hi = min(hi, sentences.end(lo, hi) + 1, lo + 300), with the sentence end looked up here
    starts = sentences.starts
    i = bisect.bisect_left(starts, lo)
    end = starts[i] + 2 if i < len(starts) and sentences.ends[i] <= hi else hi + 1
    if end < hi:
        hi = end
    if lo + 300 < hi:
        hi = lo + 300
    pos = _TAIL_LEAD.match(text, lo, hi).end()
    # (_DASH_ATTRIBUTION's dash is where _TAIL_LEAD stops: no dash there, no match.)
    dash = _DASH_ATTRIBUTION.match(text, lo, hi) if pos < hi and text[pos] in "\u2015\u2014\u2013-" else None
    if dash and dash.end() > lo:
        np = np_after(text, dash.end(), hi)
        if np and is_person_like(text[np[0]:np[1]]):
            return Finding(text[np[0]:np[1]], None, "explicit")
    cue = cues.first(pos, hi)
    if cue is not None:  # only the first cue after the quote is read
        word = cue.word
        if cue.s == pos or current_language().code != "en" and (between := text[pos:cue.s].split()) and all(
                w in current_language().auxiliaries or w in ("–", "—") for w in between):
            # "...," said Trump / "... », a déclaré Claire Dubois" (an auxiliary of the perfect),
            # "„...“ – so Müller."
            if word.lower() in ING_CUES and current_language().code == "en":
                return None  # "...,” saying the plan was dead: what follows is said, not who
            np = np_after(text, cue.e + 1, hi) if cue.e < hi else None
            if np:
                return finding(text, np, cue)
            return None
        # "...," Jane Doe, the mayor, said / "...," he told reporters
        np = np_after(text, pos, cue.s)
        if np:
            between = text[np[1]:cue.s]
            if not between.strip() or between.lstrip().startswith((",", "(")) or \
                    all(w.lower() in ADVERBS for w in between.split()):
                return finding(text, np, cue)
            if _second_role(between):
                # "...," the Ohio senator and Republican candidate said: one person, two roles.
                return finding(text, (np[0], np[1] + len(between.rstrip())), cue)
        # "...," panel chairwoman Ana Ruiz said: a short lowercase description first.
        np = np_before(text, cue.s, pos)
        gap = text[pos:np[0]].split() if np else None
        if np and (gap == ["as"] or len(gap) <= 3 and all(
                w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in gap)):
            return finding(text, (pos, np[1]), cue)
        # "...," Match Group’s head of trust and safety, Yoel Roth, told Axios: the name set
        # off by commas right before the cue.
        if np and text[pos:np[0]].rstrip().endswith(",") and text[np[1]:cue.s].strip() == ",":
            return finding(text, np, cue)
        # "‘...’ of the plan, Mr. Ochoa said.": the sentence closes on its attribution.
        if np and text[pos:np[0]].rstrip().endswith(",") and \
                not text[cue.e:hi].strip(" .,;!?\"'”’") or np and text[cue.e:cue.e + 1] in ".,;" \
                and text[pos:np[0]].rstrip().endswith(","):
            return finding(text, np, cue)
        if according(word):
            np = np_after(text, cue.e + 1, hi)
            if np:
                return finding(text, np, cue)
        return None
    return _unlisted_verb(text, pos, hi)


# "...,” Oliver barked." / "...?” she snorted.": a name or he/she, then one past-tense verb, and
# the sentence ends (or a comma follows): an attribution, whatever the verb.
_NAME_THEN_VERB = re.compile(r"((?:[A-Z][\w'’.\-]{0,30}[^\S\n]){0,3}[A-Z][\w'’\-]{0,30}|he|she)[^\S\n]+"
                             r"([a-z]{2,20}ed)[^\S\n]*[.,!?]")


def _unlisted_verb(text: str, pos: int, hi: int) -> Finding | None:
    """A quote followed by nothing but a person and a verb the lexicon does not know (English)."""
    if current_language().code != "en":
        return None
    m = _NAME_THEN_VERB.match(text, pos, hi + 1)
    if m is None:
        return None
    mention = m.group(1)
    if mention not in ("he", "she") and (any(w.lower() in FUNCTION_WORDS for w in mention.split()) or
                                         not is_person_like(mention)):
        return None
    return Finding(mention, m.group(2), "pronoun" if mention in ("he", "she") else "explicit", m.start(2))



def _second_role(between: str) -> bool:
    """``between`` (from the end of a noun phrase to its verb) is "and" and a second description
    of the same person, ending on a role: " and Republican presidential candidate "."""
    words = between.split()
    return 2 <= len(words) <= 6 and words[0] == "and" and words[-1] in NOMINAL_HEADS and \
        all(w.isalpha() and w.lower() not in FUNCTION_WORDS for w in words[1:])


def closing_attribution(text: str, cues: CueIndex, sentences: Sentences, lo: int,
                         hi: int) -> Finding | None:
    """The attribution a sentence closes on, after a comma: ", said the Financial Times." or
    ", the Financial Times said." (``lo`` is inside the sentence, ``hi`` its paragraph's end)."""
    end = sentences.end(lo, hi)
    found = cues.between(lo, end)
    if not found:
        return None
    cue = found[-1]
    if according(cue.word):
        return None  # the words after the quote have been read for it already
    closing = text[cue.e:end].rstrip(" .!?\"'”’)")
    if text[lo:_without_auxiliary(text, lo, cue.s)].rstrip().rstrip("”’\"'").endswith(","):
        # ", said the Financial Times." / ',” said
        if cue.word.lower() not in INVERTED_CUES and cue.word.lower() not in current_language().cues:
            return None  # ", told Axios.": the words after most verbs are not the speaker
        np = np_after(text, cue.e + 1, end) if cue.e < end else None
        tail = text[np[1]:end].strip(" .!?\"'”’)") if np else ""
        if np and (not tail or closing_adjunct(tail) and text[np[0]:np[0] + 1].isupper()):
            # ", said Ann Lee at the Daily Planet." (not ", complained that he paid taxes at ...")
            return finding(text, np, cue)
    elif closing_adjunct(closing) or cue.word.lower() in ("told", "tells") and len(closing.split()) <= 4:
        # ", the Financial Times said." / ", Tom Dolphin told the BMJ."
        np = np_before(text, cue.s, lo)
        lead = text[lo:np[0]] if np else ""
        comma = lead.rfind(",")
        # The subject opens after the sentence's last comma, titles and all: ", British Medical
        # Association chair of council Tom Dolphin told the BMJ."
        if np and comma >= 0 and len(lead[comma + 1:].split()) <= 8 and not text[np[1]:cue.s].strip():
            return finding(text, np, cue)
    return None


def _without_auxiliary(text: str, lo: int, at: int) -> int:
    """``at``, or the start of the auxiliary of the perfect right before it in a language other
    than English (", a déclaré Claire Dubois.", ", ha dicho Andrés Molina."): the comma before
    the auxiliary opens the attribution."""
    lang = current_language()
    if lang.code == "en":
        return at
    head = text[lo:at].rstrip()
    k = len(head)
    while k > 0 and head[k - 1].isalpha():
        k -= 1
    return lo + k if k < len(head) and head[k:].lower() in lang.auxiliaries else at


# Words that may follow the attribution a sentence closes on: ", Ann Lee said in a statement.",
# ", said Ann Lee at the Daily Planet.", ", says Ann Lee, a spokeswoman for the council.".
CLOSING_ADJUNCTS = frozenset("in at on during last this earlier after before from of for".split())


def closing_adjunct(tail: str) -> bool:
    """``tail`` (the words after the speaker, or after the verb, to the sentence's end) says
    where, when or who else, not what: no words, a short phrase on a preposition or time word,
    or an apposition after a comma; never a quote of its own."""
    if not tail:
        return True
    words = tail.lstrip(", ").split()
    return len(words) <= 10 and not any(m in tail for m in "\"“”«»„") and \
        (tail.startswith(",") or words[0].lower() in CLOSING_ADJUNCTS or _foreign_adjunct(words[0]))


def _foreign_adjunct(word: str) -> bool:
    """In a language other than English, a word of its ADJUNCTS list (lexicon_xx.py) opens
    what follows the speaker: ", sagte Jonas Brandt am Montag.", ", dijo Andrés Molina el lunes
    en Lima.", ", a déclaré Claire Dubois lundi à Paris."."""
    return word.strip(".,;:").lower() in current_language().adjuncts


def finding(text: str, np: tuple[int, int], cue: Cue | None, cue_word: str | None = None) -> Finding:
    mention = text[np[0]:np[1]]
    words = mention.split()
    first = words[0].lower() if words else ""
    how = "pronoun" if (first in PRONOUNS or first in POSSESSIVE_PRONOUNS) and len(words) == 1 \
        else "explicit"
    if how == "pronoun" and first in ("who", "which", "that"):
        # "Jane Doe, who ... said": the relative pronoun stands for the phrase before it.
        k = np[0]
        while k > 0 and text[k - 1] in " ,":
            k -= 1
        antecedent = np_before(text, k, max(0, k - 300)) if k < np[0] else None
        if antecedent:
            mention = text[antecedent[0]:np[1]]
            how = "explicit"
    word = cue_word if cue_word is not None else (cue.word if cue else None)
    return Finding(mention, " ".join(word.split()) if word else None, how, cue.s if cue else -1)


def known_person(mention: str, ctx: ArticleContext | None) -> bool:
    """A mention of someone the article already quotes or names as a person: the subject of a
    participle's sentence ("Carney responded, firmly stating:") that takes over from the previous
    quote's speaker, where a headline fragment or a noun would not."""
    if ctx is None or not is_person_like(mention):
        return False
    name = split_title(mention)
    if not name:
        return False
    full = ctx.names.fullest(name)
    return full in ctx.people or ctx.names.is_person(name)


def lead_in(text, cues, lo, hi, prev, ctx: ArticleContext | None = None) -> Finding | None:
    """Attribution in the sentence that leads into a quote (``text[lo:hi]``)."""
    found_cues = cues.between(lo, hi)
    for cue in reversed(found_cues):
        low = cue.word.lower()
        if according(low):
            np = np_after(text, cue.e + 1, hi)
            if np:
                return finding(text, np, cue)
            continue
        participle = (low in ING_CUES or low.endswith("ing")) and text[lo:cue.s].rstrip().endswith(",")
        np = None if participle else np_before(text, cue.s, lo)
        if np and low in ING_CUES and text[np[0]].islower():
            np = _subject_of_object(text, lo, np) or np
        if np:
            return finding(text, np, cue)
        if participle or low.endswith("ing") or _COORDINATED.search(text, max(lo, cue.s - 6), cue.s):
            # "..., arguing that": the participle's subject is the sentence's, not the
            # phrase before the comma ("in Lisbon, Portugal, arguing"); a sentence without
            # one of its own continues the previous quote's speaker.
            subj = subject_of(text, lo, cue.s)
            if prev is not None and prev.mention and (subj is None or not known_person(
                    text[subj[0]:subj[1]], ctx)):
                return Finding(prev.mention, cue.word, "inherited", prev.cue_at)
            subj = subj or (np_before(text, cue.s, lo) if participle else None)
            if subj:
                return finding(text, subj, cue)
            continue
        # "Said Ruiz: ..." puts the subject after its verb.
        np = np_after(text, cue.e + 1, hi) if cue.e < hi else None
        if np and not text[np[1]:hi].strip(" ,:\"“‘'"):
            return finding(text, np, cue)
        if np and not text[lo:cue.s].strip() and text[np[1]:np[1] + 1] == "," and \
                text[np[1]:hi].rstrip(" \"“‘'").endswith((",", ":")):
            return finding(text, np, cue)  # "Said Ann Lee, who grew up nearby, “...”"
    # "Ochoa’s claim that the count was “rigged”": the words are the possessor's.
    owned = None
    nouns = cues.word_positions(POSSESSED_NOUNS_BYTES)
    # (A word that runs on past hi is cut there, and its start may then be one of the nouns.)
    if nouns is None or bisect.bisect_left(nouns, lo) < bisect.bisect_left(nouns, hi) or \
            text[hi - 1:hi + 1].isalpha() and text[hi - 1:hi + 1].isascii() and hi > lo:
        for owned in _POSSESSED_WORDS.finditer(text, lo, hi):
            pass
    if owned is not None and not _judged(text[owned.end():hi]):
        return finding(text, owned.span(1), None, owned.group(0).split()[-1])
    stripped = text[lo:hi].rstrip()
    if stripped.endswith(":"):
        subj = subject_of(text, lo, hi)
        if subj and is_person_like(text[subj[0]:subj[1]]):
            return finding(text, subj, None, ":")
    return None


def _subject_of_object(text: str, lo: int, np: tuple[int, int]) -> tuple[int, int] | None:
    """In "Lee released a statement saying", "Her office emailed supporters stating", the phrase
    before the participle is the object of the sentence's verb: the sentence's subject speaks.
    None unless that subject names someone (a name, a pronoun, a nominal head) and a verb of
    no more than three words, and no comma, stands between it and the object."""
    subj = subject_of(text, lo, np[0])
    if subj is None or subj[1] >= np[0]:
        return None
    gap = text[subj[1]:np[0]].split()
    if not 1 <= len(gap) <= 3 or any(not w.isalpha() or not w.islower() or w in FUNCTION_WORDS for w in gap):
        return None
    mention = text[subj[0]:subj[1]]
    low = mention.lower()
    if low in PRONOUNS and low in ("he", "she", "they", "we", "i") or is_person_like(mention) or \
            low.split()[-1] in NOMINAL_HEADS:
        return subj
    return None


def _judged(gap: str) -> bool:
    """The words between "Lee’s remarks" and the quote make the quote a judgment of the remarks,
    not their words: nothing ("... said Lee’s remarks “were hurtful”"), "as" ("denounced Lee’s
    remarks as “hurtful”") or one adverb ("Lee’s comments further “divide us”")."""
    words = gap.split()
    return not words or words == ["as"] or len(words) == 1 and (
        words[0] in ADVERBS or words[0] == "further" or
        len(words[0]) > 4 and words[0].endswith("ly") and words[0].isalpha() and words[0].islower())


def headline(text: str, cues: CueIndex, span: Span, names: NameIndex) -> Finding | None:
    label = _HEADLINE_LABEL.match(text)
    if label and label.end() <= span.open_at and is_person_like(label.group(1)):
        return Finding(label.group(1), ":", "explicit")
    outside = [c for c in cues.between(0, len(text)) if not (span.open_at <= c.s < span.end)]
    # In Title Case "Comments" or "Claims" may be nouns; a plain verb ("Says") is surer.
    for cue in sorted(outside, key=lambda c: (c.word.lower() in NOUNISH, abs(c.s - span.open_at))):
        np = np_before(text, cue.s, 0)
        if np and is_person_like(text[np[0]:np[1]]):
            return finding(text, np, cue)
    # A headline that ends on its quote gives the words to its subject: "Nurses March
    # Downtown To ‘Fund The Wards’". A quote inside the headline ("Take Down
    # ‘Narcoterrorist’ Regime") is the writer's label.
    if span.close_at >= 0 and not text[span.close_at + 1:].strip(" .!?\"'”’"):
        subject = _headline_subject(text, span.open_at, names)
        if subject:
            return Finding(subject, None, "explicit")
    return None


def _headline_subject(text: str, hi: int, names: NameIndex) -> str | None:
    """The noun phrase a headline opens with, when it can speak: a person the article names
    ("Ochoa", "Ana Ruiz") or a group ("Angry Nurses", "Local Farmers")."""
    words = text[:hi].split()[:5]
    best = None
    for k in range(1, min(4, len(words) - 1) + 1):
        run = words[:k]
        if not all(w[:1].isupper() for w in run):
            break
        phrase = " ".join(run)
        head = run[-1].lower().strip(".,:;")
        if head in GROUP_WORDS or head in NOMINAL_HEADS or names.is_person(phrase):
            best = phrase
    return best


def sentence_subject(text: str, ctx: ArticleContext, lo: int, hi: int, people_only: bool = False) -> Finding | None:
    """The subject of the sentence a partial quote sits in, when it names who is speaking:
    "Ruiz branded the plan a ‘shell game’" credits Ruiz. The word after it is taken as the cue.
    A single capitalized word is a speaker only if the article uses it as someone's name: a
    sentence's first word is capitalized whatever it is ("Guano is ...")."""
    subj = subject_of(text, lo, hi)
    if not subj:
        return None
    mention = text[subj[0]:subj[1]]
    low = mention.lower()
    if mention.endswith(("’s", "'s")):
        return None  # "The White House’s attempt to ...": the possessor is not the subject
    if not (low in PRONOUNS and low not in ("it", "this", "which", "that", "you")
            or is_person_like(mention) and (" " in mention or ctx.names.is_proper(mention))
            or low.split()[-1] in NOMINAL_HEADS and not people_only):
        return None
    verb = _NEXT_WORD.match(text, subj[1], hi)
    cue = verb.group(1) if verb and verb.group(1).islower() else None
    how = "pronoun" if low in PRONOUNS else "explicit"
    return Finding(mention, cue, how, -1)




# Languages that drop the subject of a verb ("«...», dijo al auditorio.", "e disse: “...”").
PRO_DROP = frozenset(["es", "pt"])
_DROPPED_LEAD = re.compile(r"[\s,:]*(?:que\s*)?$")  # between the verb and the quote: ": “", " que “"
# Plural endings of the verbs of PRO_DROP languages ("respondieron", "dicen", "disseram"): no one person.
_PLURAL_VERB = ("ron", "an", "en", "ram", "am", "em")


def _person_named(name: str, ctx: ArticleContext) -> str | None:
    """``name`` as the fullest name of a person, if the article uses it as one."""
    lang = current_language()
    words = name.split()
    if not words or not is_person_like(name) or any(
            w.lower() in lang.function_words or w.lower() in FUNCTION_WORDS for w in words):
        return None
    if name.isupper() or not ctx.names.is_person(name):
        return None  # "Buró Político", "Estados Unidos", a heading "NEXOS DE JOH": no person
    return ctx.names.fullest(name)


def _first_person_in(text: str, ctx: ArticleContext, lo: int, hi: int) -> str | None:
    for name, _ in names_in(text, lo, hi):
        person = _person_named(split_title(name) or name, ctx)
        if person:
            return person
    return None


def _person_before(text: str, ctx: ArticleContext, p_lo: int, before: int, sentences: int) -> str | None:
    """The person last credited between ``p_lo`` and ``before``, else the first person named in
    one of the ``sentences`` sentences that end there."""
    for offset, person, _ in reversed(ctx.credits):
        if offset < p_lo:
            break
        if offset < before:
            return person
    hi = before
    for _ in range(sentences):
        if hi <= p_lo:
            break
        s_lo = ctx.sentences.start(p_lo, hi - 1)
        person = _first_person_in(text, ctx, s_lo, hi)
        if person:
            return person
        hi = s_lo - 1
    return None


_ONLY_PERSON_WINDOW = 8000  # characters before a pronoun read for the people an article named


def sole_person_in(text: str, ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The one person named in ``text[lo:hi]`` (a sentence), wherever in it: in a language that
    puts the subject after its verb ("Zum Glück klopft da Renato an die Tür.") the subject need
    not open the sentence. Two people named: None."""
    found: str | None = None
    for name, _ in names_in(text, lo, hi):
        person = _person_named(split_title(name) or name, ctx)
        if person is None:
            continue
        words = person.split()
        while len(words) > 1 and words[0].islower():
            words.pop(0)  # "de Stephen Smith", the fullest form after "L’hypothèse de ..."
        person = " ".join(words)
        if _person_named(person, ctx) is None:
            continue  # "Premier" whose fullest form is "Si le Premier": no one
        if person not in ctx.people and not _named_again(text, words[-1]):
            continue  # "Nach Rafael van der Vaarts Abschiedsgala": a run that is no one's name
        if found is not None and person != found:
            return None
        found = person
    return found


def _named_again(text: str, surname: str) -> bool:
    """Whether ``text`` names ``surname`` at least twice (a person is called by it again)."""
    first = text.find(surname)
    return first >= 0 and text.find(surname, first + len(surname)) >= 0


def only_person_before(text: str, ctx: ArticleContext, before: int) -> str | None:
    """The one person the article has named before ``before`` (within the last
    ``_ONLY_PERSON_WINDOW`` characters), if it named exactly one: a portrait or an obituary is
    about its subject, so "„...“, sagte sie" is hers even where the sentences before open on
    something else ("Ihre Starrolle spielte Tobisch ..."). Two people named: None."""
    found: str | None = None
    for name, _ in names_in(text, max(0, before - _ONLY_PERSON_WINDOW), before):
        person = _person_named(split_title(name) or name, ctx)
        if person is None or _person_named(person, ctx) is None:
            continue  # "Ausbildung", whose fullest form is "Ihre Ausbildung": no one
        if found is not None and person != found:
            return None
        found = person
    return found


def dropped_subject_antecedent(text: str, ctx: ArticleContext, before: int) -> str | None:
    """Who speaks through a verb without a subject: the person last credited in the paragraph,
    else the first person named in the sentence before the quote (at most three back); when the
    quote opens its paragraph, the same in the previous paragraph's last two sentences."""
    p_lo = text.rfind("\n", 0, before) + 1
    person = _person_before(text, ctx, p_lo, before, 3)
    if person or text[p_lo:before].strip(" \"'“”«»„") or p_lo < 2:
        return person
    q_hi = p_lo - 1
    while q_hi > 0 and text[q_hi - 1] in "\n ":
        q_hi -= 1
    return _person_before(text, ctx, text.rfind("\n", 0, q_hi) + 1, q_hi, 2)


def dropped_subject_cue(text: str, cues: CueIndex, lo: int, open_at: int, close_end: int,
                        tail_hi: int) -> Cue | None:
    """A reporting verb of the article's language with no subject of its own next to a quote:
    right after it ("«...», dijo al auditorio.") or right before it ("y dijo: “...”")."""
    lang = current_language()
    if close_end >= 0:
        pos = _TAIL_LEAD.match(text, close_end, tail_hi).end() if close_end <= tail_hi else close_end
        cue = cues.first(pos, tail_hi)
        if cue is not None and cue.s == pos and cue.word.lower() in lang.cues and \
                cue.word.lower() not in lang.according and not cue.word.lower().endswith(_PLURAL_VERB):
            return cue
    before = cues.between(lo, open_at)
    if before:
        cue = before[-1]
        if cue.word.lower() in lang.cues and cue.word.lower() not in lang.according and \
                not cue.word.lower().endswith(_PLURAL_VERB) and _DROPPED_LEAD.match(text[cue.e:open_at]):
            return cue
    return None
