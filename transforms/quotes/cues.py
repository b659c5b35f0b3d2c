"""Reporting cues: every speech verb of a zone, found once and looked up by range."""
from __future__ import annotations

import operator
import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_es, lexicon_pt
from newsbeam.transforms.quotes.quote_opens import placed_cue
from newsbeam.transforms.quotes.language import Language, ascii_lower, current as current_language
from newsbeam.transforms.quotes.lexicon import (
    ADVERBS, CUES, CUE_PARTICLES, DETERMINERS, GROUP_WORDS, NOMINAL_HEADS, NOUNISH, PREPOSITIONS, PRONOUNS)
from newsbeam.transforms.quotes.noun_after_name import noun_after_name
from newsbeam.transforms.quotes.offsets import bisect_left
from newsbeam.transforms.quotes.share_cue import SHARE_FORMS, reports_sharing
from newsbeam.transforms.quotes.so_described import so_names_speaker
from newsbeam.transforms.quotes.asides import writers_aside
from newsbeam.transforms.quotes.dated_modifier import compound_part
from newsbeam.transforms.quotes.to_blame import is_to_blame
from newsbeam.transforms.quotes.tokens import is_possessive

class Cue:
    """A reporting cue found in a text: ``start``, ``end`` and the words."""

    __slots__ = ("s", "e", "word")

    def __init__(self, s: int, e: int, word: str):
        self.s, self.e, self.word = s, e, word

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self) -> str:
        return self.word


_ASCII_WORD: Final = re.compile(r"[A-Za-z]+")
_WORD: Final = re.compile(r"[^\W\d_]+")  # a word of any script, for the cues of other languages
_PARTICLE_AFTER: Final = re.compile(r"\s+(to|out|on|it|in|of|up|back)\b")
# "went on" reports speech only before "to" ("went on to say"), "about" or a stop ("went on TV": no cue).
_GO_ON: Final = frozenset(("went", "goes"))
# An "-ly" adverb or "at length" before the comma or colon keeps the cue ("He went on angrily, “…”").
_GOES_SOMEWHERE: Final = re.compile(
    r"[^\S\n]+(?!to\b|about\b|and\b|at[^\S\n]+length\b|[a-z]{2,20}ly[^\S\n]*[,:])[A-Za-z]")

_ASCII_LETTERS: Final = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CUE_START: Final = operator.attrgetter("s")
_CUE_KEYS: Final = CUES | frozenset(CUE_PARTICLES) | SHARE_FORMS  # ("share": a cue of the index only)
_CUE_BYTES: Final = frozenset(w.encode() for w in _CUE_KEYS)
_SEPARATOR_CHARS: Final = b",.;:!?\"'()[]{}<>/\\|*&^%$#@+=~`-_0123456789"
_SEPARATORS: Final = bytes.maketrans(_SEPARATOR_CHARS, b" " * len(_SEPARATOR_CHARS))
# Every byte but the ASCII letters as a space ("?", which stands for any other character, too).
_NON_LETTER_BYTES: Final = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_NOT_LETTERS: Final = bytes.maketrans(_NON_LETTER_BYTES, b" " * len(_NON_LETTER_BYTES))
# What the split of a zone into words (_SEPARATORS, then bytes.split) treats as a letter, a
# separator or a space: every byte but the ASCII control characters outside \t\n\v\f\r.
_PLAIN_BYTES: Final = bytes(b for b in range(256) if not (b < 32 and b not in b"\t\n\x0b\x0c\r" or b == 127))
# Words besides the cues whose presence a zone's CueIndex records (CueIndex.word_positions): the
# nouns of shapes._POSSESSED_WORDS ("Ochoa's claim that ...").
POSSESSED_NOUNS: Final = frozenset("""
claim claims statement statements remark remarks comment comments words assertion assertions
description descriptions promise promises pledge pledges vow vows warning warnings phrase phrases
response responses reply answer answers tweet tweets post posts message messages speech argument
arguments accusation accusations suggestion suggestions insistence view contention slogan motto
catchphrase""".split())
INDEXED_WORDS: Final = POSSESSED_NOUNS
_INDEXED_BYTES: Final = _CUE_BYTES | frozenset(w.encode() for w in INDEXED_WORDS)
# The word sets ``CueIndex.word_positions`` has found to be subsets of ``_INDEXED_BYTES``.
_CHECKED_WORDS: Final[set[frozenset[bytes]]] = set()


def _cue_at(text: str, word: str, start: int, end: int) -> Cue | None:
    follow = CUE_PARTICLES.get(word)
    if follow:
        nxt = _PARTICLE_AFTER.match(text, end)
        if nxt and nxt.group(1).lower() == follow and not (
                word in _GO_ON and _GOES_SOMEWHERE.match(text, nxt.end())):
            return Cue(start, nxt.end(), text[start:nxt.end()])
        if word not in CUES:
            return None
    return Cue(start, end, text[start:end])


def _located_cues(text: str, raw: bytes, present: frozenset[bytes]) -> list[Cue]:
    """The cues of ``text`` whose words are ASCII, in order: each of the cue words ``present`` in the text, found
    in ``raw`` (``ascii_lower(text)``) and kept where no letter touches it (ASCII, or one ``raw`` holds as "?").
    Found with ``str.find`` in ``raw`` decoded (one byte, one character): compiled, a ``str.find`` is a
    direct call and a ``bytes.find`` a method call, ~1,000 instructions more, ~45 times a seed-like article."""
    found: list[Cue] = []
    size_raw = len(raw)
    low = raw.decode("ascii")
    for word in present:
        size = len(word)
        name = word.decode()
        follow = name in CUE_PARTICLES
        pos = low.find(name)
        while pos >= 0:
            end = pos + size
            # (the byte before and the one after: no ASCII letter, in either case)
            before = raw[pos - 1] if pos > 0 else 32
            after = raw[end] if end < size_raw else 32
            if not (97 <= before <= 122 or 65 <= before <= 90 or before == 63 and text[pos - 1].isalpha()) and \
                    not (97 <= after <= 122 or 65 <= after <= 90 or after == 63 and text[end].isalpha()):  # ("demandé")
                if follow:
                    cue = _cue_at(text, name, pos, end)
                    if cue:
                        found.append(cue)
                else:
                    found.append(Cue(pos, end, text[pos:end]))
            pos = low.find(name, end)
    found.sort(key=_CUE_START)
    return found


def word_before(text: str, pos: int, lo: int = 0) -> str:
    """The whitespace-delimited word that ends before ``pos`` (spaces skipped), or ""."""
    words = text[max(lo, pos - 40):pos].rsplit(None, 1)  # (the last word alone, as split()[-1])
    return words[-1] if words else ""


def _is_verb_use(text: str, cue: Cue, title_case: bool) -> bool:
    """Whether a cue word is used as a reporting verb where it stands."""
    word = cue.word
    if compound_part(text, cue.s) or writers_aside(text, cue.s, cue.e):
        return False  # "the two-term mayor": half of a hyphenated word (pn44); "and I quote," (s61)
    if word.lower() in SHARE_FORMS:
        return reports_sharing(text, cue.s, cue.e)  # "“…,” he shared", not "Apple shares fell"
    if word[:1].isupper() and not title_case:
        # Capitalized mid-sentence it is part of a name ("United Nations", "The Courier").
        k = cue.s - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] not in ".!?\"“”‘’'\n:":
            return False
    low = word.lower()
    if low == "blame" and is_to_blame(text[max(0, cue.s - 50):cue.s], low):
        return False  # "is partly to blame for": who is at fault, no speech (to_blame.py)
    if low in NOUNISH and not low.endswith("s") and low != "read" and _modified_noun(text, cue.s, cue.e):
        return False  # "said in a blog post, “…”", "wrote in an Instagram post on Monday: “…”"
    if low in NOUNISH:
        prev = word_before(text, cue.s)
        if prev and current_language().code == "en" and noun_after_name(text[max(0, cue.s - 60):cue.s], low,
                                                                                  text[cue.e:cue.e + 20]):
            return False  # "GOP state leaders", "a Senate report": a compound's noun (noun_after_name.py)
        if prev:
            lp = prev.lower().strip(".,;:")
            if lp in DETERMINERS or is_possessive(prev) or lp in PREPOSITIONS or lp.endswith("'s") \
                    or (not title_case and prev[-1:].isalpha() and lp not in PRONOUNS
                        and not prev[:1].isupper() and lp not in ADVERBS and lp not in GROUP_WORDS
                        and lp not in NOMINAL_HEADS):
                return False
    if low == "compared" and (text[cue.e:cue.e + 6].split()[:1] == ["with"] or word_before(text, cue.s) in ("when", "as", "if")):
        return False  # "amounts to “a rounding error” when compared with …" (s50; "Talk compared to ‘…’" still reports)
    if low in _PASSIVE_PRONE:
        prev = word_before(text, cue.s)
        nxt = text[cue.e:cue.e + 40].split()
        if (prev.endswith(",") or prev.lower() in _PASSIVE_AUXILIARIES) and not (
                nxt and (nxt[0][:1].isupper() or nxt[0] == "that" or nxt[0] in _OBJECT_PRONOUNS)):
            # "Ann Lee, charged last year by the DOJ, ...", "he was accused of lying": the
            # passive of an accusation is news of the one accused, not words they said (a
            # passive takes no "that" and no object: "Tom Hale, the union's head, charged that
            # ...", "Ann Lee, in response, accused him of ..." accuse).
            return False
    return True


# Before a noun and its modifiers: an article or a possessive ("a blog post", "his Facebook post").
_NOUN_OPENERS: Final = frozenset("a an his her its their our my your".split())
_NOUN_PREPOSITIONS: Final = frozenset("in on via through from".split())
_NOUN_FOLLOWERS: Final = frozenset(",:“\"‘'—–")
# Words that cannot be a noun's modifier: a verb could follow them ("a man who would post").
_NOT_MODIFIERS: Final = frozenset("who which that would will can could may might must should to did does do "
                                  "not also and or but".split())


def _modified_noun(text: str, at: int, end: int) -> bool:
    """Whether the cue word at ``at`` (ending at ``end``) ends a noun phrase after a preposition,
    opened by an article or a possessive, one to three modifiers between, none of them a plural
    ("in a blog post", "in an Instagram post", "in a social media post", "in his Facebook post":
    a singular subject would need "posts"; "From Lee's Facebook post:" stays Lee's), and the
    words go on to the quote (a comma, a colon or a quotation mark next, or "on"/"that": "in a
    blog post on Monday, “…”")."""
    nxt = text[end:end + 12].lstrip(" ")
    if not (nxt[:1] in _NOUN_FOLLOWERS or nxt.split(" ", 1)[0] in ("on", "that")):
        return False
    words = text[max(0, at - 70):at].split()[-5:]
    for k in range(len(words) - 1, max(0, len(words) - 4), -1):
        w = words[k]
        lw = w.lower()
        if k < len(words) - 1 and lw in _NOUN_OPENERS:
            return words[k - 1].lower() in _NOUN_PREPOSITIONS
        if not w[:1].isalpha() or not w[-1:].isalpha() or lw in _NOT_MODIFIERS or lw in PRONOUNS or \
                lw in _NOUN_OPENERS or lw in NOUNISH or \
                (lw.endswith("s") and not lw.endswith(("ss", "us", "is"))):
            # (a noun of speech is the head: "Lee's Facebook post read: “…”")
            return False
    return False


# Verbs of accusing, a cue in the active ("Lee charged that ...") but not in the passive.
_PASSIVE_PRONE: Final = frozenset("charged accused".split())
_PASSIVE_AUXILIARIES: Final = frozenset("was were been being is are be".split())
_OBJECT_PRONOUNS: Final = frozenset("him her them me us you".split())  # ("accused it" could be "accused, it")


_PARTICIPLE_FR: Final = ("é", "ée", "és", "ées")
_PAR: Final = re.compile(r"[^\S\n]{1,3}+par\b")
# A closing mark and a comma or a dash, or a dash alone (an incise inside the quote: "«… —disparou
# o ministro— …»"), right before a cue of ``Language.after_quote_cues``.
_AFTER_MARK: Final = re.compile(r"(?:[”»\"'’“«][^\S\n]{0,2}[,\u2013\u2014]|[\u2013\u2014])[^\S\n]{0,2}$")
_AFTER_MARK_WINDOW: Final = 8
# An incise verb that is another verb before these words ("«Casa Digna», cuenta con fondos").
# By language: Spanish "cita a Einstein" is "quotes Einstein", Portuguese "cita a professora" has
# the article of its subject (read45es).
_AFTER_QUOTE_NOT_BEFORE: Final = {"es": lexicon_es.AFTER_QUOTE_NOT_BEFORE, "pt": lexicon_pt.AFTER_QUOTE_NOT_BEFORE}
# An incise verb whose subject, a name, is followed by a direct object of its own ("«Motomami»,
# lanza Rosalía este viernes su disco"): the verb's sense is not speech (a speech verb's object
# is the quote), and the quote is a title or a name (read45es). A time adjunct may stand between;
# a time ("el lunes") or a noun of speech ("lanzó Ana Ruiz una pregunta", "un aviso") is no such object.
_OBJECT_AFTER_NAME: Final = {
    "es": re.compile(
        r"[^\S\n]{1,3}+(?:[A-ZÁÉÍÓÚÑ][\w.]{0,20}+[^\S\n]{1,3}+){1,4}"
        r"(?:(?:(?:este|esta|el|la)[^\S\n]{1,3}+[a-záéíóúñ]{1,20}+|hoy|ayer)[^\S\n]{1,3}+)?"
        r"(?:su|sus|un|una|unos|unas|el|la|los|las)[^\S\n]{1,3}+"
        r"(?!(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|pasado|día|mes|año|fin|semana|mañana|tarde|noche"
        r"|pregunta|mensaje|aviso|advertencia|frase|crítica|dardo|reflexión|reproche|pulla|comentario|recado"
        r"|consejo|llamamiento|órdago|grito|propuesta)\b)"
        r"[a-záéíóúñ]"),
    "pt": re.compile(
        r"[^\S\n]{1,3}+(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w.]{0,20}+[^\S\n]{1,3}+){1,4}"
        r"(?:(?:(?:neste|nesta|este|esta)[^\S\n]{1,3}+[a-záéíóúâêôãõç]{1,20}+|hoje|ontem)[^\S\n]{1,3}+)?"
        r"(?:o|os|um|uma|seu|sua|seus|suas)[^\S\n]{1,3}+"
        r"(?!(?:sábado|domingo|dia|mês|ano|fim|pergunta|mensagem|aviso|alerta|frase|crítica|recado|comentário"
        r"|provocação|recado|apelo|grito|proposta)\b)[a-záéíóúâêôãõç]"),
}
# Incise verbs that are nouns too, and the words that may follow them as verbs (es, pt).
_AFTER_QUOTE_NOUNS: Final = {"es": lexicon_es.AFTER_QUOTE_NOUNS, "pt": lexicon_pt.AFTER_QUOTE_NOUNS}
_INCISE_NEXT: Final = {"es": lexicon_es.INCISE_NEXT, "pt": lexicon_pt.INCISE_NEXT}


_APPOSITION_BACK: Final = 160  # characters read back for the opening mark of a title set off by commas
_TITLE_WORDS: Final = 8  # words of a title of a work


def titled_apposition(text: str, s: int) -> bool:
    """Whether the quote that closes right before an incise verb at ``s`` is a title set off by
    commas after a noun ("Su última novela, «El viaje», cuenta la vida de …", "O filme, “Central do
    Brasil”, conta a história …"): then the verb is the sentence's, its subject the noun before,
    and the quote no one's words (read45es). A capitalized quote of a few words with no stop of
    its own, opened after a comma."""
    close = max(text.rfind("»", max(0, s - _AFTER_MARK_WINDOW), s), text.rfind("”", max(0, s - _AFTER_MARK_WINDOW), s))
    if close < 0:
        return False
    lo = max(0, close - _APPOSITION_BACK)
    opening = max(text.rfind("«", lo, close), text.rfind("“", lo, close))
    if opening < 0:
        return False
    inner = text[opening + 1:close].strip()
    return text[max(0, opening - 3):opening].rstrip().endswith(",") and inner[:1].isupper() and \
        "\n" not in inner and not inner.endswith((".", "!", "?", "…")) and len(inner.split()) <= _TITLE_WORDS


def incise_opening(text: str, end: int, code: str) -> bool:
    """Whether the word after an incise verb that is also a noun (ending at ``end``) opens the
    verb's subject or adjunct ("«…», denuncia la activista", "«…», cuenta Ana Ruiz", "«…»,
    pregunta."), not the noun's complement ("«Vida nueva», denuncia social de …")."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return True  # punctuation or the line's end: "«¿…?», pregunta."
    word = nxt.group(1)
    return word[:1].isupper() or word.lower() in _INCISE_NEXT.get(code, ())
_ADVERB_BACK: Final = 60  # characters read back for the adverb's auxiliary ("a également jugé")
_AUX_FR: Final = re.compile(r"(?:\b(?:a|ont|avait|avaient|est|sont|était)|s[’'](?:est|était))[^\S\n]{1,3}+$")


def _after_auxiliary(text: str, at: int, lang: Language) -> bool:
    """The word before ``at`` is an auxiliary of the perfect of ``lang``, or an adverb of the
    language right after one ("a également jugé", "ha subrayado", "tem afirmado")."""
    word = word_before(text, at)
    if word.lower() in lang.adverbs:
        word = word_before(text, text.rfind(word, max(0, at - _ADVERB_BACK), at))
    return word.lower() in lang.perfect_auxiliaries


_NEXT_WORD: Final = re.compile(r"(?:[^\S\n]{1,3}+|['’])([^\W\d_]++)")  # ("d’expliquer" reads "d expliquer")
_PHRASE_WORDS: Final = 4  # the most words that complete a verb of lexicon_*.PHRASE_VERBS


def _phrase_end(text: str, end: int, tails: tuple[str, ...]) -> int:
    """Where the words of one of ``tails`` that follow ``end`` (on the same line) end, or -1."""
    words: list[str] = []
    ends: list[int] = []
    for _ in range(_PHRASE_WORDS):
        m = _NEXT_WORD.match(text, end)
        if m is None:
            break
        words.append(m.group(1).lower())
        end = m.end()
        ends.append(end)
    said = " ".join(words)
    for tail in tails:  # (longest first)
        if said == tail or said.startswith(tail + " "):
            return ends[tail.count(" ")]
    return -1


def _language_cues(text: str, lang: Language, found: list[Cue]) -> list[Cue]:
    """``found`` with the cues of an article's own language added, in order. Its verbs may hold
    letters outside ASCII ("erklärte", "señaló", "a déclaré"), so they are found word by word
    (one linear regex scan). German's short attribution "„...“, so Müller." counts only after a
    comma and before a capitalized word."""
    cues = lang.cues
    short = lang.short_attribution
    after_only = lang.after_quote_cues
    perfect_only = lang.perfect_cues
    phrases = lang.phrase_cues
    extra = []
    inside = -1  # the end of the last verb in several words: the words up to it are no cue of their own
    for m in _WORD.finditer(text):
        word = m.group()
        low = word.lower()
        s, e = m.span()
        if s < inside:
            continue
        tails = phrases.get(low)
        if tails is not None:
            # "dio a conocer", "a mis en garde", "fez questão de frisar": one cue over its words
            end = _phrase_end(text, e, tails)
            if end > 0 and (low not in lang.phrase_participles or _after_auxiliary(text, s, lang)):
                extra.append(Cue(s, end, text[s:end]))
                inside = end
                continue
        if low not in cues:
            if placed_cue(text, s, low, lang.mark_only_cues, lang.code, _AFTER_MARK, _AFTER_MARK_WINDOW):
                extra.append(Cue(s, e, word))  # "« … », lance Hugo", "Ann Roy évoque": there only (quote_opens)
            continue
        if lang.code == "fr" and low.endswith(_PARTICIPLE_FR) and _PAR.match(text, e, e + 8) and \
                not _AUX_FR.search(text, max(0, s - 14), s):
            continue  # "Jean Martin, félicité par le ministre pour son « … »": passive, the agent's praise
        if low in after_only and _AFTER_MARK.search(text, max(0, s - _AFTER_MARK_WINDOW), s) is None and \
                not (low in perfect_only and _after_auxiliary(text, s, lang)):
            continue  # "celebrou um acordo": only "“…”, celebrou o ministro" reports speech
        if low in after_only and (nxt := _NEXT_WORD.match(text, e)) is not None and \
                nxt.group(1).lower() in _AFTER_QUOTE_NOT_BEFORE.get(lang.code, {}).get(low, ()):
            continue  # "«Casa Digna», cuenta con fondos": "contar con", no speech
        if low in after_only and (obj := _OBJECT_AFTER_NAME.get(lang.code)) is not None and \
                obj.match(text, e, e + 120) is not None:
            continue  # "«Motomami», lanza Rosalía este viernes su disco": an object, no speech
        if low in after_only and lang.code in _AFTER_QUOTE_NOUNS and titled_apposition(text, s):
            continue  # "Su última novela, «El viaje», cuenta la vida de …": the title's sentence
        if low in after_only and low in _AFTER_QUOTE_NOUNS.get(lang.code, ()) and not incise_opening(text, e, lang.code):
            continue  # "«Vida nueva», denuncia social de …": the noun, an apposition to a title
        if low in perfect_only and low not in after_only and not _after_auxiliary(text, s, lang):
            continue  # "el destacado economista": only "ha destacado el economista" reports speech
        if low == short and not (text[max(0, s - 3):s].rstrip().endswith((",", "–", "—"))
                                 and so_names_speaker(text, e)):
            continue  # "„...“, so Müller.", "„...“, so die Ministerin." (so_described)
        extra.append(Cue(s, e, word))
    if not extra:
        return found
    taken = {c.s for c in found}
    if inside > 0:  # an English cue word inside a verb of several words gives way to it
        spans = [(c.s, c.e) for c in extra if " " in c.word]
        found = [c for c in found if not any(lo <= c.s < hi for lo, hi in spans)]
        taken = {c.s for c in found}
    return sorted(found + [c for c in extra if c.s not in taken], key=_CUE_START)


def speech_verb(cue: Cue, lang: Language) -> bool:
    """Whether ``cue`` is a reporting verb of ``lang``'s own lists, as the main rules read it, in
    one word ("afirmó", "erklärte") or in several: a verb of ``Language.phrase_cues`` ("dio a
    conocer", "a mis en garde") or an English verb and its particle ("pointed out", "went on to"),
    which the index finds in every language. Never an "according to" word. The one test for the
    rules that ask whether a cue is a language's verb of speech: a test of ``cue.word`` against
    ``lang.cues`` alone misses every verb in several words."""
    low = cue.word.lower()
    if low in lang.cues:
        return low not in lang.according
    head, _, rest = low.partition(" ")
    # English's lang.according is empty (tokens.according names the word too), so its
    # "according to" is named here; no language's phrase_cues holds "according".
    return bool(rest) and head not in lang.according and head != "according" and (
        head in lang.phrase_cues or CUE_PARTICLES.get(head) == rest.split()[0])


class CueIndex:
    """Every reporting cue of one text, looked up by range.

    Built for speed on long bodies: the set of words in the text is intersected with the cue
    lexicon in C, and only the cue words present are then located with ``str.find``; scanning
    every word in Python costs more than all the rest of the extraction.
    """

    __slots__ = ("starts", "cues", "_raw", "_present", "_plain", "_positions")
    starts: list[int]
    cues: list[Cue]
    _raw: bytes | None
    _present: frozenset[bytes]
    _plain: bool | None
    _positions: dict[frozenset[bytes], list[int] | None]

    def __init__(self, text: str, title_case: bool = False, words: list[bytes] | None = None,
                 letters: bytes | None = None):
        """``words``: the text's words when already split (language.detect_article, which
        splits only a text that holds no ASCII control character but \\t \\n \\v \\f \\r: so
        the text is then known to be plain, see ``word_positions``). ``letters``, given with
        them: the text one byte a character, its ASCII letters lowered and no other byte a letter
        (language.article_layer), read in place of ``ascii_lower(text)``: the cues and the
        word positions read only the letters of those bytes."""
        found: list[Cue] = []
        raw = letters if letters is not None and words is not None else ascii_lower(text)
        self._raw, self._present, self._positions = raw, frozenset(), {}
        self._plain = True if words is not None else None
        if raw is not None:
            # One byte per character ("?" for anything not ASCII), so offsets carry over. The
            # words the rules ask ``word_positions`` about are looked up in the same pass.
            if words is None:
                words = raw.translate(_SEPARATORS).split()
            self._present = _INDEXED_BYTES.intersection(words)
            found = _located_cues(text, raw, self._present.intersection(_CUE_BYTES))
        else:  # case folding changed the length (rare scripts): find words one by one
            for m in _ASCII_WORD.finditer(text):
                word = m.group().lower()
                if word in _CUE_KEYS:
                    cue = _cue_at(text, word, m.start(), m.end())
                    if cue:
                        found.append(cue)
        lang = current_language()
        if lang.code != "en":
            found = _language_cues(text, lang, found)
        # A lowercase word that is never a noun is a verb (the quick answer of _is_verb_use).
        self.cues = [c for c in found if c.word.islower() and c.word not in NOUNISH and c.word not in _PASSIVE_PRONE
                     and c.word not in SHARE_FORMS and c.word not in ("blame", "compared") or
                     _is_verb_use(text, c, title_case)]
        self.starts = [c.s for c in self.cues]

    def word_positions(self, words: frozenset[bytes]) -> list[int] | None:
        """The offsets, in order, where one of ``words`` (lowercase ASCII, as bytes; a subset of
        ``INDEXED_WORDS``) stands in the text as a whole word, in any case: a rule's cheap test
        that a pattern built on those words can match in a stretch of the zone. None when it
        cannot be told (rare scripts, ASCII control characters): the rule then reads the text.
        Found once per zone and word set."""
        known = self._positions.get(words)
        if known is not None or self._raw is None:
            return known
        if words not in _CHECKED_WORDS:
            # Checked once a word set, not once a zone: the subset test reads every word
            # (~12,000 instructions compiled for the possessed nouns).
            if not words <= _INDEXED_BYTES:
                raise ValueError("word_positions: words outside cues.INDEXED_WORDS")
            _CHECKED_WORDS.add(words)
        if self._plain is None:
            # Bytes other than letters, digits, punctuation and the spaces bytes.split splits
            # on could glue a word to its neighbour in the split that found ``_present``.
            self._plain = not self._raw.translate(None, _PLAIN_BYTES)
        if not self._plain:
            return None
        out: list[int] = []
        present = words.intersection(self._present)
        if present:
            spaced = b" " + self._raw.translate(_NOT_LETTERS) + b" "
            for word in present:
                key, size = b" " + word, len(word)
                pos = spaced.find(key)
                while pos >= 0:
                    if spaced[pos + size + 1] == 32:
                        out.append(pos)
                    pos = spaced.find(key, pos + size)
            out.sort()
        self._positions[words] = out
        return out

    def first(self, lo: int, hi: int) -> Cue | None:
        """``between(lo, hi)[0]``, or None when there is none, without the list."""
        starts = self.starts
        i = bisect_left(starts, lo)
        if i < len(starts) and starts[i] < hi:
            cue = self.cues[i]
            if cue.e <= hi:
                return cue
            # It runs past hi, so no later cue starts before hi (cues never overlap).
        return None

    def between(self, lo: int, hi: int) -> list[Cue]:
        """Cues that start in ``[lo, hi)`` and end by ``hi``."""
        starts = self.starts
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        if i == j:
            return []
        out = self.cues[i:j]
        # Cues never overlap (each is a whole word, with its particle), so their ends are in
        # order too and only the last can run past ``hi``.
        if out[-1].e > hi:
            out.pop()
        return out

