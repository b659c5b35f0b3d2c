"""A short quoted exclamation or question set off as a sentence (rule ``short_sentence``):
``said, “Enough!”``, ``die Frage: „Bin ich normal?“``, a paragraph that is only ``“Thank
you!”``. Three words or fewer with no one named are otherwise taken for the writer's scare
quote; a "!" or "?" of the quote's own, after a colon, a comma or a sentence's end (where
kinds.kind_of already reads a sentence, ``direct``), makes them something said or asked:
``direct``, null when no one is named (the guide: imagined, suggested or chanted speech is
direct). A term, a name or a title after a word of the writer's sentence (``host of
“Jeopardy!”``) is read as ``partial`` by kind_of and is left alone; so is a motto, a slogan or a
catchphrase named just before (``his catchphrase, “Holy cow!”``, ``a new mantra: “…!”``): the
guide calls mottos scare. A title of a work is left alone too (mend-pol, read19): after a work's
noun (``her album, “Help!”,``, work_nouns.WORK_NOUNS), or opening a sentence that goes on with a
lower-case word of the writer's when its words are capitalized as a title's (``“Oklahoma!” sold
out``: no cue, pronoun or function word), or in title case before "!" in English (``“Mamma
Mia!”``). Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.kinds import WORD_NOUNS
from newsbeam.transforms.quotes.work_nouns import WORK_NOUNS
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS, PRONOUNS
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.tokens import WORDS, mark_end

_CLOSING: Final = " \t\"'“”‘’»«›‹."
# Nouns for a saying that is a name rather than speech (with kinds.WORD_NOUNS: word, name,
# slogan, label ...), in the languages of the extractor.
_SAYING_NOUNS: Final = WORD_NOUNS | frozenset("""
motto mottos mantra mantras catchphrase catchphrases tagline taglines refrain watchword
battle-cry rallying title titles headline headlines hashtag
devise leitspruch wahlspruch parole lema eslogan lemas lema
single singles tube chanson lied buch roman titel cinta película canción libro novela obra filme livro canção
""".split())
_LOOK_BACK: Final = 60  # characters before the quote read for such a noun
_LOOK_ON: Final = 40  # characters after the quote read for the writer's verb
_SENTENCE_END: Final = ".!?:\n"


def _writers_subject(text: str, span: Span, body: str) -> bool:
    """The quote, its words all capitalized as a title's, opens its sentence (or paragraph) and a
    lower-case word of the writer's follows it, a comma aside: "“Oklahoma!” sold out its first
    week" (not "“Help!” a man shouted", nor "“This is fantastic!” beamed Ann Lee")."""
    if not all(w[:1].isupper() for w in WORDS.findall(body)):
        return False
    before = text[max(0, span.open_at - _LOOK_BACK):max(0, span.open_at)].rstrip(" \t")
    if before and before[-1] not in _SENTENCE_END:
        return False
    after = text[span.close_at + 1:span.close_at + 1 + _LOOK_ON] if span.close_at >= 0 else ""
    after = after.lstrip(" \t\"'”’»›.").lstrip(",").lstrip(" \t")
    word = WORDS.match(after)
    if word is None or not word[0][:1].islower():
        return False
    w = word[0].lower()
    lang = current_language()
    return w not in CUES and w not in lang.cues and w not in FUNCTION_WORDS and w not in PRONOUNS \
        and w not in lang.function_words


def _title_case(body: str) -> bool:
    """Two words or more, each capitalized, ending on "!", in English: "Mamma Mia!" (a title, not a
    cry; "Mr. Lee?" is a question to him)."""
    words = WORDS.findall(body)
    return current_language().code == "en" and body.endswith("!") and len(words) >= 2 and \
        all(w[:1].isupper() for w in words)


def is_short_sentence(text: str, span: Span, quoted: str) -> bool:
    """``quoted`` ends on its own "!" or "?" (a full stop after them aside), holds a word, and
    no noun for a motto, a slogan or a word stands in the four words before it."""
    body = quoted.rstrip(_CLOSING)
    if body[-1:] not in ("!", "?", "！", "？") or WORDS.search(body) is None:
        return False
    before = WORDS.findall(text, max(0, span.open_at - _LOOK_BACK), max(0, span.open_at))[-4:]
    if any(w.lower() in _SAYING_NOUNS or w.lower() in WORK_NOUNS for w in before):
        return False
    return not _title_case(body) and not _writers_subject(text, span, body)


# After a quote: its comma or dash, perhaps an object pronoun ("«No», le respondió."), then a verb.
_BEFORE_VERB: Final = re.compile(r"[^\S\n]*+[,—–]?[^\S\n]*+(?:(?:le|les|lo|se|me|nos|te|lhe|lhes)[^\S\n]++)?")
# A dictionary after a quote defines a word, no one's speech ("«Resiliencia», explica el
# diccionario"); not a sign, whose text stays direct (the guide's placards): no sign word here.
_WRITTEN_THINGS: Final = frozenset("""diccionario dicionário dictionnaire wörterbuch dictionary glossary glosario
definición definição définition""".split())


_ASIDE_MAX: Final = 80  # characters of the aside read for the writer's verb after it
# The aside (its subject), a comma, then a verb of being or meaning: the quote named is that verb's subject.
_WRITERS_VERB: Final = re.compile(
    r"[^,.;:!?\n]{0,70}+,[^\S\n]*+(?:es|fue|era|son|significa|procede|viene|quiere|ist|war|bedeutet|kommt|"
    r"is|was|means|comes|est|était|signifie|vient|é|foi|vem)\b")


def said_after(text: str, span: Span, cues: CueIndex) -> bool:
    """A verb of saying stands right after the quote's closing mark and its comma ("«Es un
    error», afirmó.", "«Es un error», dijo uno de los vecinos.", s56): someone's words, direct,
    though no rule names who (Spanish and Portuguese drop the subject); not "según" nor
    "according to", nor a verb whose subject is a dictionary or a noun for a saying or a work."""
    at = mark_end(text, span)
    pos = _BEFORE_VERB.match(text, at, at + 20)
    if pos is None or not any(c in text[at:pos.end()] for c in ",—–") and text[at - 2:at - 1] != ",":
        return False  # no comma or dash after the marks nor a comma inside them ("“Not now,” said one.")
    cue = cues.first(pos.end(), pos.end() + 30)
    if cue is None or cue.s != pos.end() or cue.word.lower() in current_language().according:
        return False
    after = {w.lower() for w in WORDS.findall(text, cue.e, cue.e + 40)[:3]}
    if after & (_SAYING_NOUNS | WORK_NOUNS | _WRITTEN_THINGS):
        return False  # "«Resiliencia», explica el diccionario"
    # "«Resiliencia», explica la psicóloga, es …", "«Guernica», señaló el guía, fue pintado …": the
    # quote is the subject of the writer's own verb after the aside, a word or a title named
    return _WRITERS_VERB.match(text, cue.e, min(len(text), cue.e + _ASIDE_MAX)) is None
