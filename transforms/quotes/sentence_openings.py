"""What opens a sentence before its subject, for ``phrases.subject_of``: a dateline
("WASHINGTON, Dec. 8 (UPI) —"), a participle phrase ("Founded in 2003, Palantir ..."), the
comma-closed pieces of an introductory phrase (a state, a phrase of time) and a name closing it
as its appositive ("On another rival, Mr. Vance, Mr. Hale was asked"). Each gives where the
sentence goes on. Moved out of ``phrases`` whole (stop 42). Pure functions over tokens.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.adverb_participle import opens_on_adverb_participle
from newsbeam.transforms.quotes.lexicon import ATTITUDE_VERBS, CUES, OPINION_VERBS
from newsbeam.transforms.quotes.tokens import is_cap, is_possessive, trim


def opens_participle(toks: list[tuple[int, int, str]]) -> bool:
    """A sentence that opens on a participle phrase: "Founded in 2003, Palantir ...", "Being
    the oldest, it ..." (a capitalized -ed or -ing word before a lowercase one)."""
    first = toks[0][2]
    if opens_on_adverb_participle(toks):
        return True  # "Hastily politicizing the tragedy, Lee cast ...", "Long regarded as ..., Lee"
    return len(toks) > 1 and first[:1].isupper() and first.lower().endswith(("ed", "ing")) \
        and toks[1][2][:1].islower()


# Words that open a phrase of time, on a gerund: "after staying neutral all spring".
_TIME_PHRASES: Final = frozenset(("after", "before", "during", "following"))
# US states and their abbreviations in datelines and places: "Portsmouth, N.H., on Tuesday".
_STATES: Final = frozenset("""
alabama ala alaska arizona ariz arkansas ark california calif colorado colo connecticut conn
delaware del florida fla georgia ga hawaii idaho illinois ill indiana ind iowa kansas kan kans
kentucky ky louisiana la maine maryland md massachusetts mass michigan mich minnesota minn
mississippi miss missouri mo montana mont nebraska neb nevada nev n.h n.j n.m n.y n.c n.d
ohio oklahoma okla oregon ore pennsylvania pa rhode r.i s.c s.d tennessee tenn texas utah
vermont vt virginia va washington wash w.va wisconsin wis wyoming wyo d.c
""".split())
_DASHES: Final = frozenset(("—", "–", "-", "--"))


def after_dateline(toks: list[tuple[int, int, str]]) -> int:
    """Where the sentence goes on after a dateline ("WASHINGTON, Dec. 8 (UPI) —", "DECATUR,
    Ill. —", "Washington (AFP) –"), or 0 when it opens on none."""
    for d in range(1, min(len(toks), 9)):
        if toks[d][2] in _DASHES:
            head = toks[:d]
            nxt = toks[d + 1][2] if d + 1 < len(toks) else ""
            if len(nxt) == 1 and nxt not in "AI":
                return 0  # "BRASÍLIA (Reuters) - O candidato ...": not English after all
            if (toks[0][2].isupper() and len(toks[0][2]) > 2 or toks[d - 1][2] == ")") and all(
                    t[2][:1].isupper() or t[2][:1].isdigit() or t[2] in ",()" for t in head):
                return d + 1
            return 0
    return 0


def past_place_and_time(toks: list[tuple[int, int, str]], k: int) -> int:
    """``k`` moved past the comma-closed pieces of an introductory phrase that follow it: a
    state ("In Ames, Iowa, ...") or a phrase of time ("..., on Sunday, Mrs. Clinton")."""
    for _ in range(3):
        j = k
        # "..., after staying neutral all spring, Warren": a phrase of time on a gerund (rule
        # ``time_phrase_opener``) may run to eight words ("after the coup, Lee refused" is left).
        timed = k + 1 < len(toks) and toks[k][2] in _TIME_PHRASES and toks[k + 1][2].endswith("ing")
        reach = 8 if timed else 4
        while j < len(toks) and j - k < reach and toks[j][2] != ",":
            j += 1
        if j == k or j >= len(toks) or toks[j][2] != ",":
            break
        chunk = [trim(t[2]) for t in toks[k:j]]
        if " ".join(chunk) in _STATES or chunk[0] in _STATES and len(chunk) == 1 or \
                chunk[0] in ("on", "in", "at", "last", "this") and not is_cap(toks[k][2]) or \
                timed:
            k = j + 1
        else:
            break
    return k


def past_appositive(toks: list, k: int) -> int:
    """Past a name that closes the introductory phrase as its appositive: "On another rival,
    Mr. Vance, Mr. Hale was asked ...": the subject is the second name (capitalized words
    between two commas, then capitalized words and a lower-case word that is no conjunction)."""
    j = k
    while j < min(len(toks), k + 4) and is_cap(toks[j][2]) and toks[j][2] != ",":
        j += 1
    if j == k or j >= len(toks) or toks[j][2] != ",":
        return k
    m = j + 1
    while m < min(len(toks), j + 5) and is_cap(toks[m][2]) and toks[m][2] != ",":
        if is_possessive(toks[m][2]):
            return k  # "Ann Lee, Hale's spokesman, said": the second phrase is the appositive
        m += 1
    if m == j + 1 or m >= len(toks) or is_cap(toks[m][2]) or not toks[m][2][:1].isalpha() or \
            trim(toks[m][2]) in ("and", "or", "nor"):
        return k
    return j + 1


# English conjunctions that open a clause before the main one ("Although Ruiz sees ..., she ..."),
# after at most one comma-closed sentence adverb ("However, as Ruiz ...").
_SUBORDINATORS_EN: Final = frozenset("although though while whereas as since because".split())
_ADVERBS_BEFORE_CLAUSE: Final = frozenset("however still yet indeed meanwhile moreover but and".split())


def past_opening_clause(text: str, lo: int, hi: int, toks: list[tuple[int, int, str]]) -> int:
    """Where the subject of a sentence's opening clause starts when no comma closes the clause
    before ``hi`` (for the rules that read a quote, the quote sits in the clause) and its verb
    reports or judges in the active: "Although Ruiz sees the deal as “…”, she ...", "However, as
    Ruiz has since voiced ... “…”, ..." read Ruiz (or the pronoun) as the subject; else ``lo``.
    English only. A dash or bracket before the quote is an aside ("While Ruiz faced criticism —
    often labeled a “…” by Lee — ..."): someone else's words, ``lo``; so are a passive ("was
    dubbed “…” by the press") and a possessive subject. ``toks``: tokens(lo, hi)."""
    k = 2 if len(toks) > 2 and trim(toks[0][2]) in _ADVERBS_BEFORE_CLAUSE and toks[1][2] == "," else 0
    if len(toks) < k + 3 or trim(toks[k][2]) not in _SUBORDINATORS_EN or any(t[2] == "," for t in toks[k:]):
        return lo
    subject = toks[k + 1]
    if not (is_cap(subject[2]) or trim(subject[2]) in ("he", "she", "they", "we", "i")) or is_possessive(subject[2]):
        return lo  # ("Because Oster's allies have branded ...": the allies, unnamed)
    if any(mark in text[subject[0]:hi] for mark in ("—", "–", " - ", "(")):
        return lo
    j = k + 2
    while j < len(toks) and (is_cap(toks[j][2]) or trim(toks[j][2]) in _BEFORE_VERB):
        j += 1  # the rest of the name, "has since", "also"
    if j >= len(toks) or not _holds_words(trim(toks[j][2])):
        return lo  # "Although Voss was dubbed “…” by the press", "While Voss faced chants of “…”": not hers (adv58)
    return subject[0]


# Between a clause's subject and its verb: auxiliaries of an active verb and adverbs.
_BEFORE_VERB: Final = frozenset("has have had will would also since long often repeatedly now already once "
                                "openly publicly privately".split())


def _holds_words(verb: str) -> bool:
    """A verb whose subject said or holds the quoted words in its clause: a reporting cue or a
    verb of believing or judging, in the active ("regards", "condemned", "has voiced"); not a form
    of "be" (a passive: "was dubbed", "was hailed as"), nor "faced", "heard", "received"."""
    return verb in CUES or verb in OPINION_VERBS or verb in ATTITUDE_VERBS or verb in _VIEWING


# Verbs of seeing something as something, whose subject's view the quote gives ("Although Ito sees the deal as “…”").
_VIEWING: Final = frozenset("sees saw see views viewed regards regarded".split())
