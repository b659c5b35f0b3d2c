"""Whether a sentence reports speech, for the partial quote that no rule credited (Spanish,
Portuguese, French). extract.py gives such a quote to its sentence's subject
(``sentence_subject``): right when the sentence reports what the subject said ("Ana Ruiz dijo
a la radio que se ven «campos quemados»"), wrong when it only tells what the subject did and the
writer quotes a phrase no one is said to have spoken ("Ruiz se desplaza a un «territorio
amigo»", "L'assemblée fait sienne la proposition d'un « contre-comité »"). In these languages
the subject is taken only when a reporting verb, a verb of believing or one of labelling stands
in the sentence before the quote. English asks the same of the name (``voiced_by_subject``):
a subject that only is, has or does something ("The region has Japan’s “most exciting wine
scene”", "Lee and Roy were “clinging to each other”", "Kushner will serve on a board intended to
“…”") is described in someone else's words; its name was wrong about as often as right (stop 39,
wrongname: 20 of 45 such names on held-out English pages), so the quote keeps its kind and the
subject as its mention, with a null speaker (rather null than wrong). German keeps its own tuned
behaviour."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_es, lexicon_pt
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import Sentences
from newsbeam.transforms.quotes.language import current as current_language, voices_view

_LANGUAGES: Final = frozenset(("es", "pt", "fr"))
# The reporting verbs' infinitives, after a verb that carries them ("voltou a comentar que",
# "quiso aclarar que"): the keys of the languages' lists of speech verbs.
_INFINITIVES: Final = frozenset(line.partition(":")[0].strip() for verbs in (lexicon_es.SPEECH_VERBS, lexicon_pt.SPEECH_VERBS)
                                for line in verbs.splitlines() if ":" in line)
# Verbs of naming, labelling and analysing: not reporting cues of their own (several are also
# nouns: "la analyse", "a definição"), but a partial quote in their clause is the subject's words
# ("E classificou os pedidos como “anomalias graves”", "Ana Roy analyse « la fabrique d'un
# style »", "La tildó de «traidora»"), as English "branded", "dismissed as" (ATTITUDE_VERBS).
_LABELLING: Final = frozenset("""
calificó califica calificaba tildó tilda tildaba catalogó cataloga llamó llama llamaba definió
define describió describe denominó denomina bautizó analizó analiza
classificou classifica classificava qualificou qualifica chamou chama chamava definiu define
descreveu descreve apelidou batizou analisou analisa
qualifie qualifiait qualifié traite traité analyse analysait analysé décrit décrivait définit
surnomme baptise
""".split())


# English verbs of stating a view or labelling that are no reporting cue (the cue list credits
# quotes on its own, and these are weaker evidence) but make a partial quote in their clause
# the subject's words: "The committee clarified that “...”", "Pham sees the meme as “...”", "Lee
# has championed the idea of “...”", "Ruiz maintains that it is “unacceptable”", "Lee paid
# tribute to the “...”", "The party rebranded itself “...”", "Lee attacked “the old ways”", "Ruiz wants a “fair count”".
_STANCE_EN: Final = frozenset("""
clarify clarifies clarified clarifying maintain maintains maintained maintaining posit posits
posited positing champion champions championed championing encourage encourages encouraged
encouraging exhort exhorts exhorted exhorting advocate advocates advocated advocating propose
proposes proposed proposing attack attacks attacked attacking want wants wanted hope hopes hoped
apologize apologizes apologized apologizing apologise apologises apologised apologising respect homage
see sees saw seeing convey conveys conveyed conveying outline outlines outlined outlining
refer refers referred referring insist insists insisted insisting
pledge pledges pledged pledging recommend recommends recommended recommending
state states stated rebrand rebrands rebranded rebranding tribute
pressed singled singling pointed pointing doubled doubling campaigned campaigning talked talking
focused focusing
""".split())  # (only the forms that are no noun: "at one point", "the press", "peace talks", "a campaign")  # (s50, from held-out pages and PolNeAR train's unknown cue verbs: "pressed … for “a deal”",
# "singled out X for allegedly “…”", "pointed to X as proof that …", "doubled down on", "campaigned on")


_PASSIVE: Final = frozenset("was were been being is are be get got gets".split())
# A possessive among the three words before the quote makes the words someone's own.
_POSSESSIVES: Final = frozenset("his her their its".split())
# A label given to an object right before the quote: "... admires Ruiz as a “strong leader”".
_LABELLED_AS: Final = re.compile(r"[^\S\n]as(?:[^\S\n]{1,3}(?:a|an|the))?[^\S\n]{0,3}$")


def voiced_by_subject(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """Whether the subject of ``text[lo:hi]`` (a sentence up to a partial quote's opening mark)
    is said to voice the quote: in English a reporting cue, a verb of judging or believing
    (``voices_view``) or of stating a view (``_STANCE_EN``) stands there, or the quote is a label
    given with "as" or follows a possessive; always True in other languages (``reports_speech``
    gates them before a subject is read)."""
    if current_language().code != "en" or cues.between(lo, hi):
        return True
    if _LABELLED_AS.search(text, max(lo, hi - 12), hi):
        return True  # "Lee openly admires the general as a “strong leader”": the subject's label
    if _POSSESSIVES.intersection(w.lower() for w in text[max(lo, hi - 40):hi].split()[-3:]):
        return True  # "her notorious “stay in line” jibe", "on her list of “enemies”": the subject's own words
    # (In the case written: "states" is a verb, "States" a country's name.)
    words = [w.strip(",.;:") for w in text[lo:hi].split()]
    return any(voices_view(w.lower()) or w in _STANCE_EN and not (k and words[k - 1].lower() in _PASSIVE)
               for k, w in enumerate(words))  # ("Ann Lee was pressed by reporters on …": passive, read50)


def reports_speech(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a sentence up to a quote's opening mark) holds a reporting verb
    (or its infinitive), a verb of believing or one of labelling of the article's language;
    always True in English (``voiced_by_subject``) and German."""
    lang = current_language()
    if lang.code not in _LANGUAGES:
        return True
    for cue in cues.between(lo, hi):
        word = cue.word.lower()
        if word in lang.cues or word in lang.opinion:
            return True
    for word in text[lo:hi].lower().split():
        word = word.strip(",.;:")
        if word in lang.opinion or word in _LABELLING or word in _INFINITIVES:
            return True
    return False


def without_speaker(row: tuple) -> tuple:
    """A quote's fields (quote_fields.make_quote) with its speaker nulled, its mention, cue and rule
    kept: a sentence's subject that ``voiced_by_subject`` does not show speaking."""
    return row[:5] + (None,) + row[6:]


def clause_reports_speech(cues: CueIndex | None, sentences: Sentences, span: Span, p_lo: int, p_hi: int) -> bool:
    """The sentence of the quote (within its paragraph) holds a reporting cue."""
    assert cues is not None
    return cues.first(sentences.start(p_lo, span.open_at),
                      sentences.end(max(span.close_at, span.open_at), p_hi)) is not None


_SENTENCE_INSIDE: Final = re.compile(r"[.!?;:][^\S\n]+[A-Z]")


def reported_before(cues: CueIndex | None, sentences: Sentences, span: Span, p_lo: int, quoted: str) -> int:
    """Where the sentence before the quote's starts, when it is in the quote's paragraph and holds
    a reporting cue (", he said. It works only when “the facts are louder than the lies.”" goes
    on with his words), the quoted words being one clause (no sentence starts inside); else -1."""
    assert cues is not None
    lo = sentences.start(p_lo, span.open_at)
    if lo <= p_lo or _SENTENCE_INSIDE.search(quoted) is not None:
        return -1
    before = sentences.start(p_lo, lo - 1)
    return before if cues.first(before, lo) is not None else -1
