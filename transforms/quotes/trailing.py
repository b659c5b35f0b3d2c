"""Attribution after a quote: the words that follow it ("...,” said Ann Lee", "...,” Ann Lee,
the mayor, said", "...” ― Ann Lee", "...,” Oliver barked"), the attribution a sentence closes on
(", the Financial Times said."), and whether a sentence after a closed quote still reports it."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.adjunct_subject import no_adjunct, subject_after_adjunct
from newsbeam.transforms.quotes.body_described import clitic_before_verb
from newsbeam.transforms.quotes.complement_clause import subject_of_report
from newsbeam.transforms.quotes.perfect_incise import verb_lead
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import CueIndex, speech_verb
from newsbeam.transforms.quotes.inverted_fr import pronoun_after_verb, pronoun_before_more
from newsbeam.transforms.quotes.joined_titles import joined_title_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import (
    ADVERBS, FUNCTION_WORDS, ING_CUES, INVERTED_CUES, NOMINAL_HEADS, ROLE_WORDS, TITLES, WEEKDAYS)
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.offsets import bisect_left
from newsbeam.transforms.quotes.dated_modifier import this_time
from newsbeam.transforms.quotes.phrases import np_after, np_before
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import Sentences, according, mark_end, trim
from newsbeam.transforms.quotes.unnamed_speakers import lowercase_adjunct
from newsbeam.transforms.quotes.unlisted_heads import quoted_passive
from newsbeam.transforms.quotes.verb_second_clause import reported_clause

# "...” ― Ann Lee": an attribution after a dash, as under a quote in a list. (Possessive
# quantifiers: "\s*[,.]?\s*" tried every split of a run of spaces between its halves.)
_DASH_ATTRIBUTION: Final = re.compile(r"\s*+[,.]?\s*+[\u2015\u2014\u2013]+\s*|\s++-{1,2}\s+")
TAIL_LEAD: Final = re.compile(r"[\s,.;:!?]*")
_LEAD_MARKS: Final = ",.;:!?"


def tail_lead_end(text: str, lo: int, hi: int) -> int:
    """Where ``TAIL_LEAD.match(text, lo, hi)`` ends, or ``lo`` where it is None (``hi < lo``): a loop, not
    a regex call (~1,700 instructions compiled, a quote's after-text read three times)."""
    size = len(text)
    pos = lo if lo < size else size  # (the regex clamps both ends to the text)
    end = hi if hi < size else size
    if end < pos:
        return lo
    while pos < end:
        ch = text[pos]
        if ch in _LEAD_MARKS or ch.isspace():  # (\s is str.isspace, tests check each code point)
            pos += 1
        else:
            break
    return pos


def new_sentence_reports_it(text: str, span: Span, sentences: Sentences, lo: int, hi: int,
                             found: Finding) -> bool:
    """Whether the attribution found after a quote is the quote's, when the quote closed its own
    sentence ("...doing.” Some experts have suggested cyberattacks."): only a sentence that is
    nothing but the attribution ("“...” Ochoa said.", "“...” said Ochoa.") reports it, or one
    whose subject is "he" or "she" (the person quoted, going on). A quote that ends a sentence
    begun before it ("Lee called him “a failed candidate.”") has its attribution there, if any."""
    if text[span.close_at - 1:span.close_at] not in (".", "!", "?") or found.cue_at < 0:
        return True
    par = text.rfind("\n", 0, span.open_at) + 1
    if text[lo:lo + 2].lstrip()[:1].isupper() and \
            any(c.isalpha() for c in text[sentences.start(par, span.open_at):span.open_at]):
        # "Lee attacked Hale, calling him “a failed candidate.” Hale fired back ...": the quote
        # ends a sentence that began before it; the next sentence is news of its own.
        return False
    if found.cue and text[found.cue_at + len(found.cue):found.cue_at + len(found.cue) + 3].lstrip()[:1] == ":":
        # "“We are not afraid.” Ann Lee said: “...”": the sentence leads into the next quote.
        return False
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
    if len(words) > cue_words and words[cue_words].lower().strip(",") in _DAYS:
        del words[cue_words]  # "posted Friday on X" (but "said Monday that ..." stays a clause)
    if len(words) > cue_words and head == mention and not reported_clause(words[cue_words:]) and \
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
LISTENER_CUES: Final = frozenset("told tells asked asks assured assures reminded reminds informed informs".split())
# Words that end a listener and start a clause of its own ("... told the BBC the plan was dead").
_CLAUSE_WORDS: Final = frozenset("""
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


_ADJUNCT_OPENERS: Final = frozenset("""
of in on at as during after before when while about from with recently later earlier yesterday
today tonight then last this afterward afterwards outside inside to into
""".split())
# A day right after the verb says when, like an adverb: "“...!” Lee posted Friday on X."
_DAYS: Final = WEEKDAYS | frozenset(("overnight",))


def quote_ends_paragraph(text: str, span: Span, paragraphs: list[tuple[int, int]]) -> bool:
    """The previous paragraph closes on its quote, or on a short attribution after it; a long
    stretch of narrative after the quote means the next paragraph's quote is someone else's."""
    return paragraphs[span.paragraph][1] - mark_end(text, span) < 150

def quote_ends_sentence(text: str, span: Span) -> bool:
    """The quote's words end their sentence: on a stop inside the marks, or right after them."""
    if text[span.end - 1:span.end] in (".", "!", "?", "…"):
        return True
    return span.close_at >= 0 and text[mark_end(text, span):mark_end(text, span) + 1] == "."


_CONNECTIVES: Final = frozenset("still but and yet however indeed instead so then".split())


def connective_opens(site: Site) -> bool:
    """The quote's sentence is a connective and the quoted words, which end it: "Still, “...”"."""
    text, span, sent_lo = site.text, site.span, site.sent_lo
    return sent_lo < span.open_at and text[span.start:span.start + 1].isupper() and \
        text[sent_lo:span.open_at].strip(" ,").lower() in _CONNECTIVES and quote_ends_sentence(text, span)


def closing_sentence_before(site: Site, ctx: ArticleContext) -> Finding | None:
    """English: "The film drags, said Ann Lee in The Daily Planet. “But it earns its ending.”" (or
    "... Still, “...”"): a quoted sentence after one that closes on its attribution goes on in
    the voice of the one who said it; the attribution must name someone (capitalized, not
    "..., tweeted a warning.")."""
    text, span, sent_lo = site.text, site.span, site.sent_lo
    if current_language().code != "en" or sent_lo <= site.p_lo or ctx.sentences is None or ctx.cues is None \
            or not quote_ends_sentence(text, span):
        return None
    prev_lo = ctx.sentences.start(max(site.head_lo, site.p_lo), sent_lo - 1)
    if prev_lo < site.head_lo:
        return None
    found = closing_attribution(text, ctx.cues, ctx.sentences, prev_lo, sent_lo)
    if found is None or not found.mention[:1].isupper():
        return None
    found.rule = "closing_sentence_before"
    return found


def heading_line(site: Site, ctx: ArticleContext) -> bool:
    """The quote is a paragraph of its own, a line of up to ten words with no sentence end in
    it, with more text after it: a cross-head quoting whoever the text under it is about, not
    the paragraph above (unless the paragraph under it names that same speaker)."""
    text, span, paragraphs = site.text, site.span, site.paragraphs
    p_lo, p_hi = paragraphs[span.paragraph]
    quoted = text[span.start:span.end].rstrip()
    if text[mark_end(text, span):p_hi].strip() or text[p_lo:span.open_at].strip() or \
            span.paragraph + 1 >= len(paragraphs) or len(quoted.split()) > 10 or \
            quoted[-1:] in ".!?…,;:—-" or any(m in quoted for m in (". ", "? ", "! ", "\n")):
        return False
    n_lo, n_hi = paragraphs[span.paragraph + 1]
    under = text[n_lo:min(n_hi, n_lo + 400)]
    names = [w for w in (ctx.last_speaker or "").split() if len(w) > 2 and w[:1].isupper()]
    return not any(re.search(r"\b" + re.escape(w) + r"\b", under) for w in names[:1] + names[-1:])


_UNNAMED_TAIL: Final = re.compile(r"[^\W\d_][^,.;:!?()\n]{0,60}+")  # "una fuente del ministerio" (bounded)


def after_quote(text: str, cues: CueIndex, sentences: Sentences, lo: int, hi: int) -> Finding | None:
    """Attribution in the words that follow a quote, up to the end of their sentence."""
    # hi = min(hi, sentences.end(lo, hi) + 1, lo + 300), with the sentence end looked up here
    starts = sentences.starts
    i = bisect_left(starts, lo)
    end = starts[i] + 2 if i < len(starts) and sentences.ends[i] <= hi else hi + 1
    if end < hi:
        hi = end
    hi = min(hi, lo + 300)
    pos = tail_lead_end(text, lo, hi)  # lo when hi < lo (no stretch after the quote)
    # (_DASH_ATTRIBUTION's dash is where TAIL_LEAD stops: no dash there, no match.)
    dash = _DASH_ATTRIBUTION.match(text, lo, hi) if pos < hi and text[pos] in "\u2015\u2014\u2013-" else None
    if dash and dash.end() > lo:
        np = np_after(text, dash.end(), hi)
        if np and is_person_like(text[np[0]:np[1]]):
            return Finding(text[np[0]:np[1]], None, "explicit")
    cue = cues.first(pos, hi)
    if cue is not None:  # only the first cue after the quote is read
        word = cue.word
        if cue.s == pos or current_language().code != "en" and (words := text[pos:cue.s].split()) and \
                verb_lead(words):
            # "...," said Trump / "... », a déclaré Claire Dubois" (an auxiliary of the perfect, an
            # object pronoun: "«…», le respondió el ministro"), "„...“ – so Müller."
            if current_language().code == "en" and (word.lower() in ING_CUES or (
                    word.split()[0].lower().endswith("ing") and not according(word))):
                # "...,” saying the plan was dead: what follows is said, not who; "...,”
                # referring to the vote: what it is about.
                return None
            if current_language().code == "fr" and (pronoun := pronoun_before_more(text, cue.e)) is not None:
                return Finding(pronoun, cue.word, "explicit", cue.s)  # "explique-t-elle à Paul Girard" (s57)
            # "«...», dijo a EFE el ministro ...": the subject after an adjunct (Spanish, Portuguese)
            at = subject_after_adjunct(text, cue.e, hi) if cue.e < hi else None
            np = no_adjunct(text, np_after(text, cue.e + 1 if at is None else at, hi)) if cue.e < hi else None
            while np and np[1] - np[0] > 1 and text[np[1] - 1] in "- ":
                np = (np[0], np[1] - 1)  # "» -aseguró María Okafor-.": the closing hyphen is the raya's (s58)
            if cue.s > pos and any(clitic_before_verb(w) for w in text[pos:cue.s].split()) and (
                    np is None or text[np[0]:np[1]].split(None, 1)[0].lower() in current_language().prepositions):
                # "«No», le respondió.": the one spoken to answers; "«…», se afirma en el informe de …": no subject.
                # Null, and no one else's quote to go on with (read20). "«…», nous explique-t-elle" is hers.
                pronoun = pronoun_after_verb(text, cue.e) if current_language().code == "fr" else None
                return Finding(pronoun or "", cue.word, "explicit", cue.s)
            if at is not None and "se" in text[pos:cue.s].lower().split() and \
                    text[cue.e:at].split(None, 1)[:1] in (["en"], ["no"], ["na"]):
                return Finding("", cue.word, "explicit", cue.s)  # "se afirma en el informe de …": impersonal
            if np and (" and " in text[np[1]:hi] or " & " in text[np[1]:hi]):
                # "...,” said Sports Minister and ROC head Lev Markov: one title, then the name
                np = joined_title_name(text, np[0], hi, ends_stretch=False) or np
            if np and not (current_language().code == "en" and subject_of_report(text, np[1], hi)):
                return finding(text, np, cue)  # (not "“…,” said the vote was …": what was said)
            if at is not None:  # "dijo a EFE una fuente del ministerio": someone after the
                # adjunct, unnamed (null, and no one else's quote to go on with)
                unnamed = _UNNAMED_TAIL.match(text, at, hi)
                return Finding(unnamed.group(0).rstrip() if unnamed else "", cue.word, "explicit", cue.s)
            return None
        if according(word):  # "... “no one objects” the Hale government, according to the AP": the source
            # is after "according to"; the words before it go on with the sentence.
            np = np_after(text, cue.e + 1, hi)
            return finding(text, np, cue) if np else None
        # "...," Jane Doe, the mayor, said / "...," he told reporters
        np = np_after(text, pos, cue.s)
        if np and this_time(text[np[0]:np[1]]) and (comma := text.find(",", np[1], cue.s)) >= 0:
            np = np_after(text, comma + 1, cue.s)  # "“…” this year, Tesla said": the time is no one (s62)
        if np and (" and " in text[np[0]:cue.s] or " & " in text[np[0]:cue.s]):
            # "...,” the Minister of Transport and Works, Ana Ruiz, said: one title, then the name
            joined = joined_title_name(text, np[0], cue.s, ends_stretch=True)
            if joined:
                return finding(text, joined, cue)
        if np:
            between = text[np[1]:cue.s]
            if between.lstrip().startswith(",") and between.strip(" ,") in ("and", "but", "and then", "and also",
                                                                             "but also"):
                # "... had “attacked” Lee, and said he ...": the phrase is the object of the quote's verb; the one
                # who said is the sentence's subject, before the quote (no one named here, rules.after_quote_rule).
                return Finding("", word, "explicit", cue.s)
            if not between.strip() or between.lstrip().startswith((",", "(")) or \
                    all(w.lower() in ADVERBS for w in between.split()) or quoted_passive(word, between):
                return finding(text, np, cue)  # (also "...," Tom Hale was quoted as saying)
            if lowercase_adjunct(between):
                found = finding(text, np, cue)
                found.rule = "adjunct_before_verb"  # "an engineer at the plant said" (unnamed_speakers)
                return found
            if _second_role(between):
                # "...," the Ohio senator and Republican candidate said: one person, two roles.
                return finding(text, (np[0], np[1] + len(between.rstrip())), cue)
        # "...," panel chairwoman Ana Ruiz said: a short lowercase description first.
        np = np_before(text, cue.s, pos)
        gap = text[pos:np[0]].split() if np else []
        if gap[:1] == ["as"]:  # (", as the publicist Ann Lee calls them", "as the Hollywood publicist")
            gap = gap[1 + (gap[1:2] == ["the"]):]
            gap = gap[1:] if len(gap) > 1 and gap[0].istitle() and gap[0].isalpha() else gap
        if np and len(gap) <= 3 and all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in gap):
            return finding(text, (pos, np[1]), cue)
        if np and _title_run(text, pos, np, cue.s):
            return finding(text, (pos, np[1]), cue)
        # "...," Match Group’s head of trust and safety, Yoel Roth, told Axios: the name set off by commas
        if np and text[pos:np[0]].rstrip().endswith(",") and text[np[1]:cue.s].strip() == ",":
            return finding(text, np, cue)
        # "‘...’ of the plan, Mr. Ochoa said.": the sentence closes on its attribution.
        if np and text[pos:np[0]].rstrip().endswith(",") and \
                not text[cue.e:hi].strip(" .,;!?\"'”’") or np and text[cue.e:cue.e + 1] in ".,;" \
                and text[pos:np[0]].rstrip().endswith(","):
            return finding(text, np, cue)
        return None
    return _unlisted_verb(text, pos, hi)


# "...,” Oliver barked." / "...?” she snorted.": a name or he/she, then one past-tense verb, and
# the sentence ends (or a comma follows): an attribution, whatever the verb.
_NAME_THEN_VERB: Final = re.compile(r"((?:[A-Z][\w'’.\-]{0,30}[^\S\n]){0,3}[A-Z][\w'’\-]{0,30}|he|she)[^\S\n]+"
                             r"([a-z]{2,20}ed)[^\S\n]*[.,!?]")


# "...,” shared Mr. Scott." / "...?” chimed Ann Lee.": the same, the verb first (the quote's
# words must end on a comma, "!" or "?" for this order: "“Jaws” starred Roy Scheider." is no quote).
_VERB_THEN_NAME: Final = re.compile(r"([a-z]{2,20}ed)[^\S\n]+((?:[A-Z][\w'’.\-]{0,30}[^\S\n]){0,3}[A-Z][\w'’\-]{0,30})"
                             r"[^\S\n]*[.,]")


def _unlisted_verb(text: str, pos: int, hi: int) -> Finding | None:
    """A quote followed by nothing but a person and a verb the lexicon does not know (English)."""
    if current_language().code != "en" or text.find("ed", pos, hi + 1) < 0:
        return None  # (both patterns hold a verb in -ed: without one, neither matches)
    m = _NAME_THEN_VERB.match(text, pos, hi + 1)
    if m is None:
        inverted = _VERB_THEN_NAME.match(text, pos, hi + 1)
        if inverted is None or text[max(0, pos - 12):pos].rstrip(" \u00a0\"”’'")[-1:] not in (",", "!", "?"):
            return None
        mention = inverted.group(2)
        if any(w.lower() in FUNCTION_WORDS for w in mention.split()) or not is_person_like(mention):
            return None
        return Finding(mention, inverted.group(1), "explicit", inverted.start(1))
    mention = m.group(1)
    if mention not in ("he", "she") and (any(w.lower() in FUNCTION_WORDS for w in mention.split()) or
                                         not is_person_like(mention)):
        return None
    return Finding(mention, m.group(2), "pronoun" if mention in ("he", "she") else "explicit", m.start(2))



# Lowercase words that join the words of a long title: "President and CEO of the Bulletin".
_TITLE_JOINERS: Final = frozenset("and of for the & at on".split())
_TITLE_RUN_MAX: Final = 12  # words of title before the name


def _title_run(text: str, pos: int, np: tuple[int, int], cue_at: int) -> bool:
    """``...,” Science and Security Board member Jon B. Wolfsthal said``: between the quote and
    a person's name right before the verb stands one long title, capitalized words and a few
    joining words and role nouns, with no comma or stop: the name is the speaker (English)."""
    if current_language().code != "en" or text[np[1]:cue_at].strip():
        return False
    gap = text[pos:np[0]].split()
    if not gap or len(gap) > _TITLE_RUN_MAX or not gap[0][:1].isupper():
        return False
    for word in gap:
        if word[-1:] in ",.;:!?\"“”‘’()" and not (word[-1:] == "." and len(word) <= 4):
            return False  # a comma or a stop: not one phrase ("Gov." and "Sen." may stand)
        if not (word[:1].isupper() or word in _TITLE_JOINERS or
                word.isalpha() and word.islower() and word not in FUNCTION_WORDS):
            return False
    words = text[pos:np[1]].split()
    if not any(trim(w) in TITLES or trim(w) in ROLE_WORDS for w in words):
        return False  # "The Guardian and Jon Lee said": no title, two subjects
    name = split_title(" ".join(words))
    size = len(name.split())
    if size < 2 or size >= len(words) or not is_person_like(name):
        return False
    # The word before the name is a title or a role noun ("Board member Jon Lee", "CEO Ann
    # Lee"), so the name's first word is sure; after "Atomic Scientists" or "the Harbor Trust"
    # it is not, nor after "Senator Ann Lee and" (null, not a guess).
    before = words[-size - 1]
    return before not in _TITLE_JOINERS and (before.islower() or trim(before) in TITLES)


def _second_role(between: str) -> bool:
    """``between`` (from the end of a noun phrase to its verb) is "and" and a second description
    of the same person, ending on a role: " and Republican presidential candidate "."""
    words = between.split()
    return 2 <= len(words) <= 6 and words[0] == "and" and words[-1] in NOMINAL_HEADS and \
        all(w.isalpha() and w.lower() not in FUNCTION_WORDS for w in words[1:])


def closing_attribution(text: str, cues: CueIndex, sentences: Sentences, lo: int, hi: int) -> Finding | None:
    """The attribution a sentence closes on, after a comma (", said the FT.", ", the FT said."; ``lo`` inside the
    sentence, ``hi`` its paragraph's end), or before a dash ``_DASH_REACH`` past the first cue (", said Slate – …")."""
    end = sentences.end(lo, hi)
    first = cues.first(lo, end)
    at = first.e if first is not None else end  # (a dash before the cue: an aside)
    end = min((k for k in (text.find(" – ", at, at + _DASH_REACH), text.find(" — ", at, at + _DASH_REACH)) if 0 <= k < end), default=end)
    found = cues.between(lo, end)
    if not found:
        return None
    cue = found[-1]
    if according(cue.word):
        return None  # the words after the quote have been read for it already
    closing = text[cue.e:end].rstrip(" .!?\"'”’)")
    if text[lo:_without_auxiliary(text, lo, cue.s)].rstrip().rstrip("”’\"'").endswith(","):
        # ", said the Financial Times." / ',” said
        if cue.word.lower() not in INVERTED_CUES and not speech_verb(cue, current_language()):
            return None  # ", told Axios.": the words after most verbs are not the speaker
        np = no_adjunct(text, np_after(text, cue.e + 1, end)) if cue.e < end else None
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
        if np and comma >= 0 and len(lead[comma + 1:].split()) <= 8 and not text[np[1]:cue.s].strip() and \
                not _impersonal(lead[comma + 1:]):
            return finding(text, np, cue)
    return None


_DASH_REACH: Final = 120  # characters after the first cue read for a dash that ends the attribution


def _impersonal(lead: str) -> bool:
    """German "man" before the verb is its subject: ", die man auch Deep South nennt," names no one."""
    return current_language().code == "de" and "man" in lead.split()


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


# Words that may follow the attribution a sentence closes on: ", Ann Lee said in a statement.", ", says
# Ann Lee, a spokeswoman.", or a bare time word (", Ann Lee said Tuesday."): the quote before it is reported.
CLOSING_ADJUNCTS: Final = frozenset("""in at on during last this earlier after before from of for
monday tuesday wednesday thursday friday saturday sunday yesterday today tonight""".split())


def closing_adjunct(tail: str) -> bool:
    """``tail`` (the words after the speaker, or after the verb, to the sentence's end) says
    where, when or who else, not what: no words, a short phrase on a preposition or time word,
    or an apposition after a comma; never a quote of its own."""
    if not tail:
        return True
    words = tail.lstrip(", ").split()
    # An apposition after a comma may be long: ", said Ann Lee, who teaches law at the University of Dayton."
    limit = 20 if tail.startswith(",") else 10
    return len(words) <= limit and not any(m in tail for m in "\"“”«»„") and \
        (tail.startswith(",") or words[0].lower() in CLOSING_ADJUNCTS or _foreign_adjunct(words[0]))


def _foreign_adjunct(word: str) -> bool:
    """In a language other than English, a word of its ADJUNCTS list (lexicon_xx.py) opens
    what follows the speaker: ", sagte Jonas Brandt am Montag.", ", dijo Andrés Molina el lunes
    en Lima.", ", a déclaré Claire Dubois lundi à Paris."."""
    return word.strip(".,;:").lower() in current_language().adjuncts


# A line that signs the quote above it: "—President Ann Lee, at the rally." or "S.C. Rep. Ann Lee."
_SIGNATURE: Final = re.compile(r"[\u2015\u2014\u2013\-]{0,2}[^\S\n]*"
                        r"((?:[A-Z][\w'’.\-]{0,30}[^\S\n]+|(?:[a-z\-]{2,20}[^\S\n]+)){0,6}"
                        r"[A-Z][\w'’\-]{0,30})[^\S\n]*(,[^\n]{0,80}|\.?)[^\S\n]*")
_SIGNATURE_MAX: Final = 120


def signature_line(site: Site, ctx: ArticleContext) -> Finding | None:
    """A quote that makes up the end of its paragraph, signed by the short line under it: a
    dash and a name ("-Ann Lee, Dayton."), or a name alone with its titles ("Former
    state senator Ann Lee."), as under a pull quote or in a collection of quotes."""
    text, span, paragraphs = site.text, site.span, site.paragraphs
    if site.zone != "body" or span.close_at < 0 or span.paragraph + 1 >= len(paragraphs):
        return None
    if text[mark_end(text, span):paragraphs[span.paragraph][1]].strip(" .,;!?\"'“”«»„’"):
        return None  # words of the writer's after the quote
    n_lo, n_hi = paragraphs[span.paragraph + 1]
    line = text[n_lo:n_hi].strip()
    if len(line) > _SIGNATURE_MAX or any(m in line for m in "\"“”«»„"):
        return None
    m = _SIGNATURE.fullmatch(line)
    if m is None:
        return None
    dashed = line[:1] in "\u2015\u2014\u2013-"
    name = m.group(1)
    words = name.split()
    if not dashed and (m.group(2).startswith(",") or not line.endswith(".")):
        return None  # an undashed signature is the name alone, closed by a period
    if any(w.islower() and trim(w) not in ROLE_WORDS and trim(w) not in TITLES for w in words) or \
            any(trim(w) in FUNCTION_WORDS for w in words) or len(words) < 2 or \
            not is_person_like(name) or is_org(split_title(name) or name):
        return None
    person = split_title(name) or name
    if not dashed and person == name or name.isupper() and not ctx.names.is_person(person):
        # "REGIONAL WORRIES", "Rising Tensions", "Ann Lee.": a subheading under the quote (the
        # next section's topic or person), not who spoke; a line without a dash signs only
        # with a title before the name.
        return None
    if span.paragraph + 2 < len(paragraphs) and \
            text[paragraphs[span.paragraph + 2][0]:paragraphs[span.paragraph + 2][1]].startswith(person):
        return None  # "Ann Lee." then "Ann Lee, 52, was ...": the heading of her section
    return Finding(name, "—" if dashed else None, "explicit", n_lo)
