"""The shapes an attribution takes before a quote, and what they share: the sentence that leads
into it ("Ann Lee said: “...”", "Ochoa’s claim that ..."), a transcript label ("HOST: ..."), a
headline's speaker, the subject of a partial quote's sentence (speech_subject.py keeps it where
a verb of speech follows the quote); the Finding a shape gives and who counts as a known person. After the quote: trailing.py; implied speakers: implied.py."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.owned_gap import in_fronted_adjunct, new_clause_between
from newsbeam.transforms.quotes.open_appositive import open_appositive
from newsbeam.transforms.quotes.kin_reference import kin_noun, kin_subject_de
from newsbeam.transforms.quotes.capital_titles import titled_article
from newsbeam.transforms.quotes.appositive_span import set_off
from newsbeam.transforms.quotes.raised_subject import raised
from newsbeam.transforms.quotes.clause_after_adjuncts import CLAUSE_AFTER_ADJUNCTS, clause_after_adjuncts
from newsbeam.transforms.quotes.complement_clause import in_complement
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.coordination import coordinated_subject
from newsbeam.transforms.quotes.coordinated_before import first_of_coordinated
from newsbeam.transforms.quotes.cues import POSSESSED_NOUNS, Cue, CueIndex
from newsbeam.transforms.quotes.lexicon import (ADVERBS, CALENDAR, FUNCTION_WORDS, GROUP_WORDS, ING_CUES,
                                               NOMINAL_HEADS, NP_STOP, POSSESSIVE_PRONOUNS, PRONOUNS, ACCORDING_OPENERS)
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import SURNAME_ADVERBS
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.participle_object import object_before_participle, subject_fits
from newsbeam.transforms.quotes.pronoun_clause import person_subject, pronoun_clause_subject
from newsbeam.transforms.quotes.offsets import bisect_left
from newsbeam.transforms.quotes.participles import attribution_before_participle, noise_subject, subordinate_subject, \
    verb_first
from newsbeam.transforms.quotes.phrases import np_after, np_before, subject_of
from newsbeam.transforms.quotes.sources import group_subject
from newsbeam.transforms.quotes.subjects_fr import described_subject, passive_after
from newsbeam.transforms.quotes.subordinate_subject import named_clause_subject
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import according, capital_pronoun, in_closed_aside, trim
from newsbeam.transforms.quotes.verb_second_de import inverted_incise, without_dative_opener
from newsbeam.transforms.quotes.incise_en import INVERTED_INCISE_EN, inverted_incise_en, set_off_subject
from newsbeam.transforms.quotes.verb_second_clause import VERB_SECOND_CLAUSE, verb_second_clause
from newsbeam.transforms.quotes.topics import fronted_topic, past_modifier
from newsbeam.transforms.quotes.unlisted_heads import described_head
from newsbeam.transforms.quotes.fronted_de import FRONTED_PHRASE, fronted_phrase, fronted_subject, time_phrase_end, \
    subject_and_object

# "HOST: Welcome back, ..." opening a quoted transcript line.
LABEL: Final = re.compile(r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s")
_COORDINATED: Final = re.compile(r"\b(?:and|but|then)\s+$")
# The same in the other languages: "ist begeistert und schreibt: „...“", "y dijo", "et a dit".
_COORDINATED_REACH: Final = 400
_COORDINATED_FOREIGN: Final = re.compile(r"(?<!\w)(?:und|aber|dann|y|pero|et|mais|puis|e|mas)[^\S\n]+$")
# "<a line of text> - PollDesk: “...”": a source's label after a dash, in the 60 characters before the quote.
_DASH_LABEL: Final = re.compile(r"[^\S\n][-–—][^\S\n]++([A-Z][\w.'’\-]*+(?:[^\S\n][A-Z][\w.'’\-]*+){0,3}):[^\S\n]*+$")
# "Trump's claim that ...", "his remarks about ...": words the possessor said.
# (The possessor starts with a character class, so the engine skips to its first letters; its words are
# read up to 40 letters at a time and never given back: a scan from every capital stays linear.)
_POSSESSED_WORDS: Final = re.compile(
    r"([A-Zhti](?:(?<=[A-Z])(?:[\w.\-]{0,40}+\s++[A-Z]){0,3}[\w\-]{0,40}+(?=['’]s\s)|(?<=h)(?<!\w.)(?:is|er)(?=\s)"
    r"|(?<=t)(?<!\w.)heir(?=\s)|(?<=i)(?<!\w.)ts(?=\s)))"
    r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:claims?|statements?|remarks?|"
    r"comments?|words|assertions?|descriptions?|promises?|pledges?|vows?|warnings?|phrases?|"
    r"responses?|reply|answers?|tweets?|posts?|messages?|speech|arguments?|accusations?|"
    r"suggestions?|insistence|view|contention|slogan|motto|catchphrase)\b")
# Capitalized words that open a sentence before a possessor and are no part of its name.
_OPENING_PREPOSITIONS: Final = frozenset("In On At For To From By With As And But After Before Despite Under".split())
# The nouns _POSSESSED_WORDS ends on: where none stands in a lead-in, it cannot match there.
POSSESSED_NOUNS_BYTES: Final = frozenset(w.encode() for w in POSSESSED_NOUNS)
# The verb after a subject, past auxiliaries, adverbs, a phrase of time or place ("Lee on Monday denounced"): the cue.
_NEXT_WORD: Final = re.compile(r"[\s,]+(?:(?:has|have|had|also|then|later|once|again|since|yesterday|today|earlier|"
                               r"last[^\S\n]+(?:week|month|year|night)|(?:on|in|at)[^\S\n]+[A-Z][a-z]{1,12}+\.?"
                               r"(?:[^\S\n]+\d{1,2}\b)?|[a-z]+ly)\s+)*([a-z]+)")
# "... Ann Lee and " right before "her students": the one who leads the group (read up to its end).
_LEAD_AND: Final = re.compile(r"(?<![\w'’\-])((?:[A-Z][\w'’\-]{0,40}+\s+){0,3}[A-Z][\w'’\-]{0,40}+|[Hh]e|[Ss]he)\s+and\s+$")
_AS_PER: Final = {code: re.compile(r"[^\S\n]*+(?:" + "|".join(f"[{p[0].upper()}{p[0]}]" + p[1:].replace(" ", r"[^\S\n]+")
                                                    for p in phrases) + r")[^\S\n]+")
           for code, phrases in ACCORDING_OPENERS.items()}
_PERSONAL_SUBJECTS: Final = frozenset("he she they we i".split())
_OBJECTS: Final = frozenset("him her them me us you it".split())
_TOLD: Final = frozenset("told tells tell".split())  # the listener after: "A local, …, told the Mirror:" (s62)


def finding(text: str, np: tuple[int, int], cue: Cue | None, cue_word: str | None = None,
            rule: str | None = None) -> Finding:
    mention = text[np[0]:np[1]]
    words = mention.split()
    first = words[0].lower() if words else ""
    relatives = current_language().relatives  # ", quien dijo", ", qui a déclaré"
    how = "pronoun" if (first in PRONOUNS or first in POSSESSIVE_PRONOUNS or first in relatives) and \
        len(words) == 1 and not capital_pronoun(words[0], cue_word or (cue.word if cue else "")) else "explicit"
    if how == "pronoun" and (first in ("who", "which", "that") or first in relatives):
        k = np[0]  # "Jane Doe, who ... said": the relative pronoun stands for the phrase before it.
        while k > 0 and text[k - 1] in " ,":
            k -= 1
        antecedent = np_before(text, k, max(0, k - 300)) if k < np[0] else None
        if antecedent:
            # (with the article of a capitalized title: "el Presidente, quien", s57)
            mention, how = text[titled_article(text, antecedent[0], current_language().code):np[1]], "explicit"
    elif first in ("his", "her") and len(words) > 1:
        # "she and her students predicted", "Lee and his colleagues noted": a group led by the
        # one named or meant first, who speaks for it.
        lead = _LEAD_AND.search(text, max(0, np[0] - 80), np[0])
        if lead and (lead.group(1).lower() in ("he", "she") or is_person_like(lead.group(1))):
            mention = lead.group(1)
            how = "pronoun" if mention.lower() in PRONOUNS else "explicit"
    word = cue_word if cue_word is not None else (cue.word if cue else None)
    return Finding(mention, " ".join(word.split()) if word else None, how, cue.s if cue else -1, rule)


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


def lead_in(text: str, cues: CueIndex, lo: int, hi: int, prev: Finding | None,
            ctx: ArticleContext | None = None) -> Finding | None:
    """Attribution in the sentence that leads into a quote (``text[lo:hi]``)."""
    start = max(lo, hi - 60)  # (a label holds its colon: no colon, no regex pass)
    label = _DASH_LABEL.search(text, start, hi) if text.find(":", start, hi) >= 0 else None
    if label is not None:
        return Finding(label[1], ":", "explicit", label.end(1))
    found_cues = cues.between(lo, hi)
    for cue in reversed(found_cues):
        low = cue.word.lower()
        if in_closed_aside(text, lo, cue.s, cue.e, hi):
            continue  # "cities roam (how is never explained), eating “absorbing” towns"
        if according(low):
            np = np_after(text, cue.e + 1, hi)
            if np:
                return finding(text, np, cue)
            continue
        if (second := verb_second_clause(text, lo, hi, cue, cues, ctx)) is not None:
            return finding(text, second, cue, rule=VERB_SECOND_CLAUSE)  # "Am Montag sagte Lee, man müsse „…“"
        if (noise := noise_subject(text, lo, cue)) is not None:
            return finding(text, noise, cue)  # "where workers had gathered, chanting": theirs
        participle = (low in ING_CUES or low.endswith("ing")) and text[lo:cue.s].rstrip().endswith(",")
        np = None if participle else (open_appositive(text, lo, cue.s) if current_language().code == "en" else None) or \
            np_before(text, cue.s, lo)  # ("Ann Lee, Chief Financial Officer of Brask said": Ann Lee)
        governed = np is not None and object_before_participle(text, np, cue.s, low)
        if governed:
            np = None  # "wrote in a statement to the Herald explaining": the Herald is no subject
        incise = inverted_incise(text, lo, hi, cue, ctx) or \
            inverted_incise_en(text, lo, hi, cue, ctx, cues)  # "Darüber, sagt Petra Lang, müsse man ...", "The plan, said Lee, was"
        np = _pronoun_after_verb(text, lo, cue) or incise or (set_off_subject(text, lo, cue, np) or without_dative_opener(text, np, cue, hi))
        fronted = (np is None or np[1] <= cue.s and np != incise) and fronted_phrase(text, lo, cue.s)
        np = None if fronted else np  # "Zur Bedeutung der Halle sagt Anna Keller:": the subject after the verb
        if np and low in ING_CUES and text[np[0]].islower():
            np = _subject_of_object(text, lo, np) or np
        if np and current_language().code == "en" and in_complement(text, found_cues, cue, np[0], hi):
            continue  # "Lee said her party would continue “...”": the outer verb's quote
        if np and current_language().code == "en" and not participle:
            np = coordinated_subject(text, lo, np) or np  # "ministers from Chile, Kenya and Peru said": no one
        if np and not participle:
            np = first_of_coordinated(text, lo, np) or np  # "Ann Lee and Tom Hale said": the first named
        if np:
            found = finding(text, np, cue)
            found.rule = (INVERTED_INCISE_EN if current_language().code == "en" else "incise_before") \
                if np == incise else found.rule  # (the shape rules_de reads too)
            return found
        coordinated = (_COORDINATED if current_language().code == "en" else _COORDINATED_FOREIGN).search(
            text, max(lo, cue.s - 7), cue.s)
        if coordinated and current_language().code != "en" and cue.s - lo > _COORDINATED_REACH:
            continue  # (a clause that long is no plain "X ... und sagte")
        if coordinated and current_language().code != "en":
            # "Lutz Sommer ist begeistert und schreibt: „...“": the subject of the clause before
            # "und", when it names someone; else no one here (never the previous speaker).
            subj = subject_of(text, lo, cue.s) or (kin_subject_de(text, lo, cue.s) if current_language().code == "de" else None)
            mention = text[subj[0]:subj[1]] if subj else ""
            if subj and (known_person(mention, ctx) or len(split_title(mention).split()) >= 2 and
                         is_person_like(mention) or kin_noun(mention.split())):
                return finding(text, subj, cue)
            continue
        incise = attribution_before_participle(text, lo, found_cues, cue) if participle else None
        if incise is not None:
            return finding(text, incise, cue)
        if participle or low.endswith("ing") or coordinated:
            # "..., arguing that": the participle's subject is the sentence's, not the phrase before the
            # comma ("in Lisbon, Portugal, arguing"); a sentence without one continues the previous quote's speaker.
            # (subject_of is read once: it tokenizes the whole clause before the cue)
            subj = subject_of(text, lo, cue.s)
            late = None if subj else clause_after_adjuncts(text, lo, cue.s, ctx)
            subj = subj or subordinate_subject(text, lo, cue.s) or late
            if governed and (subj is None or not subject_fits(text[subj[0]:subj[1]], ctx)):
                continue  # (the subject search found no one who fits: no one named here)
            clause = pronoun_clause_subject(text, lo, cue.s, subj)
            if clause is not None and subj is not None and person_subject(text[subj[0]:subj[1]], ctx):
                # "..., though he used stronger words, saying": "he", read from right after it (the
                # sentence's subject is whom a pronoun in a clause of it means, antecedents.own_subject)
                return Finding(text[clause[0]:clause[1]], cue.word, "pronoun", clause[1], "pronoun_clause")
            # "He went on to endorse Lee, calling her ...": a personal pronoun is the participle's
            # subject as much as a name is (resolved like any "he"), not the previous speaker,
            # unless the previous quote's cue is in this sentence ("'…,' she said, but added").
            personal = subj is not None and text[subj[0]:subj[1]].lower() in _PERSONAL_SUBJECTS and \
                not (prev is not None and prev.cue_at >= lo)
            if prev is not None and prev.mention and (subj is None or not known_person(
                    text[subj[0]:subj[1]], ctx) and not personal):
                group = None if participle or current_language().code != "en" else group_subject(text, lo, cue.s)
                if group:
                    return finding(text, group, cue)  # "the question parents keep asking:": no one named
                return Finding(prev.mention, cue.word, "inherited", prev.cue_at)
            subj = subj or (np_before(text, cue.s, lo) if participle else None)
            if subj:
                found = finding(text, subj, cue)
                if governed or subj == late:  # (shown in --explain as the rule that decided)
                    found.rule = "participle_object" if governed else CLAUSE_AFTER_ADJUNCTS
                return found
            continue
        if ctx is not None and _infinitive_of_subject(text[max(lo, cue.s - 60):cue.s]):
            # "Lee was prompted to say, “...”", "broke in to announce: “...”": the sentence subject's.
            subject = sentence_subject(text, ctx, _clause_start(text, lo, cue.s), cue.s) or \
                sentence_subject(text, ctx, lo, cue.s)
            if subject is not None:
                return Finding(subject.mention, cue.word, subject.how, cue.s)
        # "Said Ruiz: ..." puts the subject after its verb.
        np = np_after(text, cue.e + 1, hi) if cue.e < hi else None
        if np and current_language().code != "en" and \
                text[np[0]:np[1]].split(None, 1)[0].lower() in current_language().prepositions:
            np = None  # "schreibt auf Facebook: „...“": where, not who
        if fronted and np and text[np[0]:np[1]].lower() == "sie":
            np = None  # "Zur Inszenierung sagte sie:": she or they, with no gender known for given names
        if fronted and np and subject_and_object(text, np):
            np = None  # "Im Vorwort zitiert Herausgeber Tom Weber Goethe:"
        after = fronted_subject(text, np, hi) if fronted and np else None
        if after is not None:
            found = finding(text, after, cue)  # "Zur Lage sagte Weber am Montag:", "…, Petra Lang:"
            found.rule = FRONTED_PHRASE
            return found
        if np and _only_adverbs(text[np[1]:hi]):
            if current_language().code != "en" or verb_first(text, lo, cue.s) and \
                    text[np[0]:np[1]].lower() not in _OBJECTS and low not in _TOLD:
                found = finding(text, np, cue)
                found.rule = FRONTED_PHRASE if fronted else found.rule
                return found
            # "Peace Now called the measure a “...”": the phrase after the verb is its object; the verb's subject
            # is before it, the sentence's (or someone unnamed, null, when the verb sits in a clause of its own).
            own = _clause_subject(text, lo, cue)
            if own is not None:
                return own
        if np and not text[lo:cue.s].strip() and text[np[1]:np[1] + 1] == "," and \
                text[np[1]:hi].rstrip(" \"“‘'").endswith((",", ":")):
            return finding(text, np, cue)  # "Said Ann Lee, who grew up nearby, “...”"
    # "As per the ministry, the envoy “noted that ...”": "as per" opening the sentence is "according to".
    opener = _AS_PER.get(current_language().code)
    as_per = opener.match(text, lo, hi) if opener is not None else None
    if as_per is not None:
        np = np_after(text, as_per.end(), hi)
        if np and text[np[1]:np[1] + 1] == ",":
            return finding(text, np, None, " ".join(as_per.group().lower().split()))
    # "Ochoa’s claim that the count was “rigged”": the words are the possessor's.
    owned = None
    nouns = cues.word_positions(POSSESSED_NOUNS_BYTES)
    # (A word that runs on past hi is cut there, and its start may then be one of the nouns.)
    if nouns is None or bisect_left(nouns, lo) < bisect_left(nouns, hi) or \
            text[hi - 1:hi + 1].isalpha() and text[hi - 1:hi + 1].isascii() and hi > lo:
        for owned in _POSSESSED_WORDS.finditer(text, lo, hi):
            pass
    if owned is not None and not _judged(text[owned.end():hi]) and not new_clause_between(text, owned.end(), hi) \
            and not in_fronted_adjunct(text, lo, owned.start(1), owned.end()):
        owner = owned.span(1)
        first = text[owner[0]:owner[1]].split(None, 1)
        if len(first) == 2 and first[0] in _OPENING_PREPOSITIONS:
            owner = (owner[1] - len(first[1]), owner[1])  # "In Lee's view": Lee, not "In Lee" (stop 47)
        found = finding(text, owner, None, owned.group(0).split()[-1])
        if found.how == "pronoun":  # "Lee defended his remarks": the noun stands where a verb
            # would, so "his" is read as the "he" of "what he called" (antecedents.own_subject).
            found.cue_at = owned.end() - len(found.cue or "")
        return found
    stripped = text[lo:hi].rstrip()
    if stripped.endswith(":"):
        said = text[subj[0]:subj[1]] if (subj := past_modifier(text, subject_of(text, time_phrase_end(text, lo, hi), hi))) else ""
        if subj and said and (is_person_like(said) or described_subject(said) or
                              said.lower() in ("he", "she") and current_language().code == "en"):
            # "And she is sure it will fail: “...”": he or she too (resolved like any pronoun).
            if said.lower() in ("he", "she") and current_language().code == "en":
                topic = fronted_topic(text, lo, subj[0])
                if topic is not None:
                    return finding(text, topic, None, ":")  # "As for Ruiz, she is sure ...:"
            return finding(text, subj, None, ":")
    elif stripped.endswith(","):
        # "Lee issued a statement, “...”": its issuer's, as after a colon (rule ``issued_statement``).
        issued = _ISSUED_STATEMENT.search(text, max(lo, hi - 80), hi)
        if issued is not None:
            np = np_before(text, issued.start(), lo)
            if np and is_person_like(text[np[0]:np[1]]):
                return finding(text, np, None, issued.group(1))
    return None


def _only_adverbs(rest: str) -> bool:
    """Nothing but punctuation between the subject after its verb and the quote; in a language
    other than English also up to three of its adverbs ("erzählte Lindner damals auch: „...“",
    rule ``subject_then_adverbs``)."""
    stripped = rest.strip(" ,:\"“‘'")
    if not stripped:
        return True
    words, lang = stripped.split(), current_language()
    return lang.code != "en" and len(words) <= 3 and rest.rstrip().endswith(":") and \
        all(w.lower() in lang.adverbs for w in words)


_ISSUED_STATEMENT: Final = re.compile(r"\b(issued|released|put out|sent out|posted|tweeted|gave)[^\S\n]+(?:a|an)[^\S\n]+"
                               r"(?:[a-z]+[^\S\n]+)?(?:statement|message|tweet|note|email|e-mail|memo|response)"
                               r"[^\S\n]*,[^\S\n]*[\"“‘']?$")


_GERMAN_PRONOUN_AFTER: Final = re.compile(r"[^\S\n]++(er|sie)\b")
_FIRST_WORD: Final = re.compile(r"[\s„“»«\"]*+(\w++)")


def _pronoun_after_verb(text: str, lo: int, cue: Cue) -> tuple[int, int] | None:
    """German puts the subject after the verb when something else opens the sentence ("Zwischen den
    Bissen dichtet er: „...“"): the pronoun after the verb is the subject. "er" always; "sie" (also
    "her", "them") after a preposition or a sentence adverb that is a surname too ("Ferner", s62)."""
    if current_language().code != "de":
        return None
    m = _GERMAN_PRONOUN_AFTER.match(text, cue.e)
    first = _FIRST_WORD.match(text, lo, cue.s) if m is not None else None
    if m is None or first is None:
        return None  # no pronoun after the verb, or nothing before it (the verb opens the sentence)
    if m.group(1) == "sie" and first.group(1).lower() not in current_language().prepositions | _MORE_PREPOSITIONS \
            and first.group(1).lower() not in SURNAME_ADVERBS:
        return None
    return m.span(1)


_MORE_PREPOSITIONS: Final = frozenset("zwischen neben hinter nach bei während wegen trotz".split())


_OWN_CLAUSE: Final = frozenset("that which who whom to be been being is are was were".split())


def _clause_subject(text: str, lo: int, cue: Cue) -> Finding | None:
    """The subject of a verb that has its subject before it: the sentence's, when nothing
    between them opens a clause of the verb's own; a finding with no one (null) when the
    verb is in a relative or infinitive clause or passive ("a model that watchers called",
    "prompted Lee to accuse Hale of", "is being branded"); None when the subject is no one
    who speaks ("This suggests that the ...")."""
    words = [trim(w) for w in text[max(lo, cue.s - 80):cue.s].split()]
    subj = subject_of(text, lo, cue.s)
    between = text[subj[1]:cue.s].split() if subj else words[-4:]
    if subj and set_off(text, subj[1], cue.s):
        between = []  # "Ann Lee, a professor at Yale who advised Sen. Tom Hale, called": her appositive
    if subj and raised([trim(w) for w in between]):
        return finding(text, subj, cue)  # "Ann Lee is reported to have called the Saudis “...”"
    if words and words[-1] == "to":
        # "prompted Lee to accuse Hale of": the object before it (null); "went on to say": the subject's.
        obj = words[-2] if len(words) > 1 else ""
        before_to = text[max(lo, cue.s - 80):cue.s].split()
        if obj in _OBJECTS or len(before_to) > 1 and before_to[-2][:1].isupper():
            return Finding("", cue.word, "explicit", cue.s)
        return None
    named = named_clause_subject(text, lo, cue.s) if current_language().code == "en" else None
    if named:  # "... when Ann Lee in her first speech called": a clause's own named subject (s61)
        return finding(text, named, cue)
    if any(trim(w) in _OWN_CLAUSE for w in between[-6:]) or (words and words[-1] in _OWN_CLAUSE):
        return Finding(_description_before(text, lo, cue), cue.word, "explicit", cue.s)
    if subj is None:
        # No subject read: null, unless right after a quote, whose speaker goes on ("“...” and has insisted").
        after_quote = any(c in text[max(0, lo - 4):lo] for c in "”’\"»")
        return None if after_quote else Finding(_description_before(text, lo, cue), cue.word, "explicit", cue.s)
    if any(w[:1].isupper() and trim(w).lower().rstrip(".") not in _CALENDAR for w in between):
        # "Israeli anti-settlement watchdog Peace Now called": a name the subject's parse stopped short
        # of; no guess (but "...; one lawmaker called": the description is kept).
        return Finding(_description_before(text, lo, cue), cue.word, "explicit", cue.s)
    mention = text[subj[0]:subj[1]].lower()
    if mention in ("this", "that", "it", "these", "those", "there"):
        return None
    return finding(text, subj, cue)


# Days and months (and their abbreviations) between a subject and its verb are no name the
# parse stopped short of: "Lee on Thursday told ..." (rule ``dated_subject``).
_CALENDAR: Final = CALENDAR | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _description_before(text: str, lo: int, cue: Cue) -> str:
    """The words that describe an unnamed speaker right before the verb ("what former employees
    have called", "one lawmaker called", "as an American diplomat put it"), kept as the mention
    of a quote whose speaker stays null (rule ``unnamed_description``); "" when the words there
    are no such description (a name, a pronoun, a thing)."""
    words = _CLAUSE_BREAK.split(text[max(lo, cue.s - 80):cue.s])[-1].split()
    while words and (words[-1].lower() in ADVERBS or words[-1].lower() in _AUXILIARIES):
        words.pop()
    head = words[-1] if words else ""
    if not head.islower():
        return ""
    listed = head in NOMINAL_HEADS or head in GROUP_WORDS or head + "s" in GROUP_WORDS
    k = len(words) - 1
    while k > 0 and len(words) - k < 5:
        word = words[k - 1]
        low = word.lower()
        if low in _QUANTIFIERS:
            k -= 1
            break  # "one lawmaker", "an American diplomat": the phrase opens here
        if not word.replace("-", "").isalpha() or low in _NOT_IN_DESCRIPTION or \
                not (word.islower() or k > 1 and words[k - 2].lower() in _QUANTIFIERS):
            break
        k -= 1
    phrase = words[k:]
    if len(phrase) < 2 or phrase[0].lower() not in _QUANTIFIERS and not phrase[0].islower():
        return ""
    if not listed and not described_head(phrase, words[k - 1] if k > 0 else ""):
        return ""  # (a head no list holds: a description by its shape, unlisted_heads)
    return " ".join(phrase)


_CLAUSE_BREAK: Final = re.compile(r"[;:,()“”\"]")
_AUXILIARIES: Final = frozenset("has have had was were is are will would could can may might did does do".split())
_QUANTIFIERS: Final = frozenset("a an the one another some several many two three four few other".split())
# Words that open a clause or phrase of their own before a description: "is what former employees".
_NOT_IN_DESCRIPTION: Final = FUNCTION_WORDS | NP_STOP | frozenset("what whether".split())


def _infinitive_of_subject(head: str) -> bool:
    """``head`` (the sentence's last words before a reporting verb) ends on "to" after a verb, so the
    reporting verb is an infinitive whose subject is the sentence's: "Lee was prompted to",
    "Lee rose to"; not after an object ("urged Lee to", "asked him to") or a comma."""
    words = head.split()
    if len(words) < 3 or words[-1] != "to":
        return False
    before = words[-2]
    return before.replace("-", "").isalpha() and before.islower() and before not in _OBJECTS and \
        before not in FUNCTION_WORDS


_CLAUSE_OPENERS: Final = (", ", " that ", " so ", " and ", " but ", " when ", " while ", " as ")


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the last clause of ``text[lo:hi]`` starts: after its last comma or conjunction
    ("The debate was calm, so Tom Hale was prompted to" -> "Tom Hale ...")."""
    best = lo
    for opener in _CLAUSE_OPENERS:
        at = text.rfind(opener, max(lo, hi - 300), hi)
        if at >= 0:
            best = max(best, at + len(opener))
    return best


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


def sentence_subject(text: str, ctx: ArticleContext, lo: int, hi: int, people_only: bool = False) -> Finding | None:
    """The subject of the sentence a partial quote sits in, when it names who is speaking: "Ruiz branded
    the plan a ‘shell game’" credits Ruiz (the word after it: the cue). A single capitalized word only if
    the article uses it as someone's name: a sentence's first word is capitalized ("Guano is ...")."""
    subj = subject_of(text, lo, hi)
    if not subj:
        return None
    mention, after = text[subj[0]:subj[1]], text[subj[1]:subj[1] + 30].split(None, 1)
    low = mention.lower()
    if mention[:4] in ("The ", "the ") and text.startswith((" and ", ", the "), subj[1]):
        return None  # "The king and queen thanked …", "The coach, the players and the fans": several (s62)
    if mention.endswith(("’s", "'s")) or mention.startswith("The ") and after and after[0].endswith(("’s", "'s")) and after[0].islower():
        return None  # "The White House’s attempt to ...", "The Oscar winner’s interloper": a possessor, no subject
    if not (low in PRONOUNS and low not in ("it", "this", "which", "that", "you")
            or is_person_like(mention) and (" " in mention or ctx.names.is_proper(mention))
            or low.split()[-1] in NOMINAL_HEADS and not people_only):
        return None
    if passive_after(text, subj[1], hi):
        return None  # "Yves Lévy a été nommé « conseiller d'État »": what was done to the subject
    verb = _NEXT_WORD.match(text, subj[1], hi)
    cue = verb.group(1) if verb and verb.group(1).islower() else None
    how = "pronoun" if low in PRONOUNS else "explicit"
    return Finding(mention, cue, how, -1)
