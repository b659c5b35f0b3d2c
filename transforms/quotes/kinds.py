"""Kinds of quotes: direct, partial, scare; titles of works and labels said by no one."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.work_nouns import after_work_noun
from newsbeam.transforms.quotes.clause_kinds import attribution_only, completes_that_clause, thought_after
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import AFFAIR_NOUNS, CUES, DETERMINERS, PRONOUNS, TITLE_SMALL_WORDS
from newsbeam.transforms.quotes.joined_clauses import joins_writer_sentence
from newsbeam.transforms.quotes.judged_terms import speaks_of
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.named_terms import names_a_term
from newsbeam.transforms.quotes.name_kinds import listed_name, mood_idioms
from newsbeam.transforms.quotes.predicates import is_quoted_predicate
from newsbeam.transforms.quotes.spoken_after import chanted, speech_to_listener
from newsbeam.transforms.quotes.tokens import WORDS, long_words, mark_end, word_before

_APOSTROPHES: Final = re.compile(r"['’]")
def title_case(title: str) -> bool:
    """Most of the headline's words (of four letters or more) are capitalized."""
    count, capitalized = long_words(title)  # (of WORDS.findall(title), the words longer than 3)
    return count >= 3 and capitalized > 0.7 * count



def only_attribution(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` is a bare attribution between two halves of a quote: ", said Blaise
    Metreweli, head of MI6," or "he said," (short, ends on a comma, no clause of its own)."""
    gap = text[lo:hi].strip()
    return gap.endswith(",") and len(gap.split()) <= 10 and \
        " that " not in gap and not any(w.endswith("ing") for w in gap.split()[1:])



# Small words left in lower case in titles of other languages ("Audiatur et Altera Pars",
# "Der Herr der Ringe", "La Casa de Papel").
_SMALL_WORDS_ABROAD: Final = frozenset("et der die das des dem den und von vom zu im le la les du de del "
                                "el los las di il".split())


_NAMING_NOUNS: Final = frozenset("campaign initiative movement programme program project scheme summit festival "
                                "award prize tour series challenge doctrine".split())


def is_title_of_work(quoted: str, span: Span) -> bool:
    """Two to eight words in title case: a show, a book, a slogan's name, not speech; with a
    subtitle after one colon, up to fourteen ("Superminds: The Surprising Power of People and
    Computers Thinking Together", "X-Men: Dark Phoenix")."""
    subtitle = quoted.count(":") == 1 and quoted.index(":") > 1 and quoted[quoted.index(":") + 1:].strip()[:1].isupper()
    if len(quoted) > (120 if subtitle else 90) or not quoted[:1].isupper() or span.continued or \
            (":" in quoted and not subtitle) or \
            "?" in quoted or "!" in quoted or ";" in quoted or ". " in quoted:
        return False
    words = quoted_words(quoted)
    if not 2 <= len(words) <= (14 if subtitle else 8):
        return False
    if _APOSTROPHES.split(words[0].lower())[0] in ("i", "we", "you", "he", "she", "they"):
        return False  # "We're America." is speech
    if _APOSTROPHES.search(words[0]) and quoted.rstrip("’'\"” ")[-1:] in (".", "!") and \
            _APOSTROPHES.split(words[0].lower())[0] in ("it", "that", "there", "here"):
        return False  # "It’s ‘Showtime at the Apollo.’": a sentence that opens on a contraction
    words = words[:-1] if len(words) >= 3 and words[-1] in _NAMING_NOUNS else words  # "Clean Water initiative"
    # a year or a number stays in a title ("Best Companies of 2026", "Top 100 Songs")
    return all(w[:1].isupper() or w in TITLE_SMALL_WORDS or w in _SMALL_WORDS_ABROAD or w.isdigit()
               for w in words) and \
        sum(1 for w in words if w[:1].isupper()) >= 2 and words[0][:1].isupper()


# Prepositions after which a capitalized quoted name is something's name ("the reporter of
# «Harbor Lights»", "host of ‘Buenos días’", "laut den Aktivisten von »Mieter jetzt«").
NAME_PREPOSITIONS: Final = frozenset("of from von vom bei gegenüber de del du des".split())


def is_name_after_preposition(text: str, span: Span, quoted: str) -> bool:
    """One to three words starting with a capital, no sentence in them, right after one of
    ``NAME_PREPOSITIONS``: the name of a show, an outlet, a group, not anyone's speech."""
    if not short(quoted) or not quoted[:1].isupper() or span.continued or \
            quoted.rstrip()[-1:] in ".!?,;:" or not quoted_words(quoted):
        return False
    if _APOSTROPHES.split(quoted_words(quoted)[0].lower())[0] in ("i", "we", "you", "he", "she", "they"):
        return False  # "chants of “I’m with her”": speech
    return word_before(text, span.open_at, max(0, span.open_at - 40)).lower() in NAME_PREPOSITIONS and \
        not speaks_of(text, span.open_at)  # „spricht von „Schande“": a word for the thing (judged_terms)


# ``by`` and a capitalized name (or an outlet's possessive) right after a quote's closing mark.
_BYLINE_AFTER: Final = re.compile(r"[^\S\n]{0,2}(?:[,–—-][^\S\n]{0,2})?by[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
_COMMA_AFTER: Final = re.compile(r"[^\S\n]{0,2},")


def is_bylined_work(text: str, span: Span, quoted: str) -> bool:
    """A quote of up to twenty words followed by a comma, "by" and a name: a work's title with its
    author ("“The Long Winter,” by Ann Lee", "“City budget slips again,” by the Courier's Tom
    Hale:"), as a headline is cited in a roundup, not anyone's speech (rule ``bylined_work``)."""
    if span.close_at < 0 or span.continued or not quoted[:1].isupper() or len(quoted) > 160 or \
            quoted.rstrip()[-1:] in ".!?;:" or len(quoted_words(quoted)) > 20:
        return False
    end = mark_end(text, span)
    # the title is set off by a comma (inside its marks or after them): "“If it had not been
    # done” by the allies, Lee said" is an agent after a partial quote, not a byline
    if quoted.rstrip()[-1:] != "," and _COMMA_AFTER.match(text, end) is None:
        return False
    return _BYLINE_AFTER.match(text, end) is not None


# Words that say the quote after them is a title: "a story headlined “...”" (or "with the
# headline “...”"), "an email under the subject line “...”", "a report titled: “...”".
_TITLE_BEFORE: Final = re.compile(r"\b(?:headlined|the[^\S\n]+headline|titled|entitled|"
                           r"subject[^\S\n]+line|subject[^\S\n]+heading)"
                           r"[^\S\n]*[:,]?[^\S\n]*+$", re.IGNORECASE)


def is_named_title(text: str, span: Span, quoted: str) -> bool:
    """A quote of up to twenty-five words right after "headlined", "titled", "entitled" or
    "subject line": the title of a story, a report or an email, no one's speech (rule
    ``named_title``)."""
    if span.continued or len(quoted) > 200:
        return False
    lo = max(0, span.open_at - 40)
    # A case-insensitive search costs ~16,000 instructions on these 40 characters (every
    # position, every word, through the Unicode case tables); most windows hold none of the
    # words, which a lowered copy tells at a fraction of that. _TITLE_BEFORE matches only
    # where the copy holds one of these pieces: made of letters whose only case variant is
    # their ASCII capital (no i, s or k, which the pattern also matches as ı, ſ, K), each
    # lowered to itself whatever surrounds it.
    window = text[lo:span.open_at].lower()
    if "tled" not in window and "headl" not in window and "ubject" not in window:
        return False
    if len(quoted_words(quoted)) > 25:  # after the window: most quotes follow none of the words
        return False
    return _TITLE_BEFORE.search(text, lo, span.open_at) is not None


_YEAR_AFTER: Final = re.compile(r"\s?\((?:[^()\n]{0,24}\W)?(?:1[89]|20)\d\d\b")


def is_dated_work(text: str, span: Span, quoted: str) -> bool:
    """A capitalized name of up to eight words with a year in brackets right after it: a film,
    a book, a record (“Stealth” (2005, $155M loss), ‘Heat’ (Mann, 1995)), not speech."""
    if span.close_at < 0 or span.continued or not quoted[:1].isupper() or len(quoted) > 90 or \
            quoted.rstrip()[-1:] in ".!?;:":
        return False
    # The year first: it is rarely there, and its look-up is one anchored match.
    return _YEAR_AFTER.match(text, mark_end(text, span)) is not None and len(quoted_words(quoted)) <= 8


# A work someone writes, edits or publishes, named by its title right after it: "continues to
# write her weekly column, “Field Notes,”" (the verb's object, then the title in apposition).
_WORK_WRITTEN: Final = re.compile(r"\b(?:writ(?:e|es|ing)|wrote|written|edit(?:s|ed|ing)?|publish(?:es|ed|ing)?)"
                           r"[^\S\n]++(?:his|her|their|its|a|an|the|my|our|your)[^\S\n][^.!?;:“”\"‘’\n]{0,80}?,"
                           r"[^\S\n]*+$")


def is_work_written(text: str, span: Span, quoted: str) -> bool:
    """One to eight capitalized words (a title, no sentence) after a comma that follows the
    object of "write", "edit" or "publish": the work's title, not the writer's words."""
    words = quoted_words(quoted)
    if span.continued or not 1 <= len(words) <= 8 or not quoted[:1].isupper() or len(quoted) > 90 or \
            quoted.rstrip(" ,")[-1:] in ".!?;:":
        return False
    if not all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in words):
        return False
    return _WORK_WRITTEN.search(text, max(0, span.open_at - 120), span.open_at) is not None


def is_named_by_cue(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """Title-case words that someone is reported to have used: "the mayor called him “Captain Chaos”"
    (but not "he told NBC's “Meet the Press”", where the name is the show's)."""
    return cues.first(lo, hi) is not None and not names_a_work(text, lo, hi, with_work_nouns=False)


def names_a_work(text: str, lo: int, hi: int, with_work_nouns: bool = True) -> bool:
    """The word before ``hi`` (not before ``lo``) introduces the name of something: a possessive
    ("NBC's “Meet the Press”"), an article, "titled", "called", or a noun for a work ("his 2012
    memoir, “A Long Road Home.”")."""
    word = word_before(text, hi, lo).lower()
    return word.endswith(("'s", "’s", "s'", "s’")) or word in DETERMINERS or \
        word in NAME_PREPOSITIONS or \
        word in ("on", "in", "of", "titled", "called", "entitled", "named", "dubbed", "show") or \
        with_work_nouns and after_work_noun(text, lo, hi)


def is_modifier(text: str, span: Span, quoted: str) -> bool:
    """A quoted word or two used to label a noun, ``the ‘narcoterrorist’ networks``: the writer
    keeping a term at arm's length (a scare quote), not reporting speech."""
    if len(quoted) > 40 or span.close_at < 0 or quoted[-1:] in ",.!?":
        return False
    end = mark_end(text, span)  # NYT's closing '' is two characters wide
    if len(quoted_words(quoted)) > 2:
        # (s63) a longer label names an affair or a policy: the “cash for access” scandal
        nxt = _FOLLOWING_WORD.match(text, end)
        return len(quoted_words(quoted)) <= _AFFAIR_WORDS and nxt is not None and nxt.group(1) in AFFAIR_NOUNS and \
            not any(w.lower().endswith(_JUDGING_ENDINGS) for w in quoted_words(quoted))  # (not "“shocking and utterly …” scandal")
    after = text[end:end + 2]
    if not (len(after) == 2 and after[0] == " " and after[1].isalpha() and after[1].islower()):
        return False
    # Words after a copula are what the subject is ("was “absolutely” against it"), and a
    # possessed phrase that a preposition goes on from ("its “decisive victory” in the vote")
    # is the owner's: neither labels the noun after it.
    before = word_before(text, span.open_at).lower()
    if before in _COPULAS:
        return False
    nxt = _FOLLOWING_WORD.match(text, end)
    return not (before in _POSSESSIVES and nxt is not None and nxt.group(1) in _SENTENCE_GOES_ON)



_SENTENCE_GOES_ON: Final = frozenset("in on at to with by from against about into over under after "
                              "before and or but as than".split())
_COPULAS: Final = frozenset("is was are were be been being".split())
_AFFAIR_WORDS: Final = 5
_JUDGING_ENDINGS: Final = ("ly", "ing", "ful", "ous")  # adverbs and adjectives of judging: someone's words
_POSSESSIVES: Final = frozenset("his her its their our my your".split())


# Scripts written without spaces between words: Chinese, Japanese kana, Korean syllables.
_UNSPACED: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def word_count(quoted: str) -> int:
    """Words of ``quoted``; in a script written without spaces (“精雕细琢”) two characters
    count as one word."""
    unspaced = len(_UNSPACED.findall(quoted))
    if not unspaced:
        return len(quoted_words(quoted))
    return len(WORDS.findall(_UNSPACED.sub(" ", quoted))) + (unspaced + 1) // 2


# The caches of quoted_words and short: plain dicts, emptied when full (as an lru_cache of this
# size would hold them; from compiled code a dict look-up costs about half the call through an
# lru_cache's wrapper, and both are asked several times of each quote).
_CACHE_MAX: Final = 4096
_QUOTED_WORDS: Final[dict[str, tuple[str, ...]]] = {}
_SHORT: Final[dict[str, bool]] = {}


def quoted_words(quoted: str) -> tuple[str, ...]:
    """``WORDS.findall(quoted)`` as a tuple, found once for the several kind tests that read a
    quote's words (cached like ``short``)."""
    words = _QUOTED_WORDS.get(quoted)
    if words is None:
        words = tuple(WORDS.findall(quoted))
        if len(_QUOTED_WORDS) >= _CACHE_MAX:
            _QUOTED_WORDS.clear()
        _QUOTED_WORDS[quoted] = words
    return words


def short(quoted: str) -> bool:
    """Three words or fewer (asked up to four times of each quote: cached)."""
    answer = _SHORT.get(quoted)
    if answer is None:
        answer = len(quoted) < 40 and word_count(quoted) <= 3
        if len(_SHORT) >= _CACHE_MAX:
            _SHORT.clear()
        _SHORT[quoted] = answer
    return answer


def is_clause_fragment(text: str, span: Span, quoted: str) -> bool:
    """Five words or more opening on a lower-case letter ("further strengthen the ties between
    both countries", "dass wir das nicht übernehmen"): a clause or a long phrase lifted from
    someone's words; the writer's scare quotes mark terms and names, not clauses (a title of a
    work opens on a capital). Not a span whose first word closes on a quote mark (the marks
    were paired wrongly). Not an address nor an argument in code (“https://...”,
    ``it("should return a 200 status")``), nor a name, charge or title the words before name
    (rule ``named_term``)."""
    if is_quoted_predicate(text, span, quoted):
        return True  # "The plan doesn't “tackle that imbalance”" (predicates.py)
    if len(quoted.split()) < 5 or "://" in quoted or not (quoted[:1].islower() or quoted[:1].isupper() and
                                                         continues_sentence(text, span, quoted)):
        return False
    if quoted.split()[0].rstrip(",.;:!?")[-1:] in _CLOSING_MARKS:
        return False  # "voting ‘yes’ were declared ... rules’ passage": marks paired wrongly
    if names_a_term(text, span.open_at, quoted):
        return False  # "known as “the poorhouse of the bay”", « mis en examen pour « … » »
    return span.open_at == 0 or text[span.open_at - 1] not in "(=[{"


# A closing mark after the first word of a span: the word was the quote, and the span runs on
# to a mark that belongs to something else.
_CLOSING_MARKS: Final = frozenset("’”\"'»")


# Verb forms that mark the writer's sentence as reported speech (German Konjunktiv I: "Die
# Gruppe sei die »wichtigste Organisation«"): quoted words in it are someone's, partial.
REPORTED_MOOD: Final = {
    "de": frozenset("""sei seien habe werde könne müsse solle wolle dürfe möge gebe gehöre komme
        stehe liege bleibe wisse brauche heiße""".split()),
}


_NEXT_QUOTE: Final = re.compile("[\"“”„«»‹›]")
_MOOD_WINDOW: Final = 1000
_AS_IF: Final = frozenset("als ob".split())


def in_reported_mood(text: str, lo: int, hi: int, span: Span, lang: str) -> bool:
    """The sentence ``text[lo:hi]``, outside the quote ``span``, has a verb in the mood of
    reported speech of language ``lang``."""
    forms = REPORTED_MOOD.get(lang)
    if not forms:
        return False
    # A sentence is read no further than _MOOD_WINDOW characters from the quote: a "sentence" of
    # thousands of quotes with no stop in it would otherwise be read once per quote.
    lo, hi = max(lo, span.open_at - _MOOD_WINDOW), min(hi, mark_end(text, span) + _MOOD_WINDOW)
    after = _NEXT_QUOTE.split(text[mark_end(text, span):hi], maxsplit=1)[0]  # not another quote's words
    # ("sei es ein Neuwagen, sei es ein „…“", "es sei denn": set phrases, no reported speech)
    words = [w.lower() for w in WORDS.findall(mood_idioms(text[lo:span.open_at]) + " . " + mood_idioms(after))]
    # "als seien sie „alternativlos“", "als ob": as if, the writer's comparison; "so habe ich",
    # "ich werde": the first person's indicative, the writer's own sentence
    return any(w in forms and (k == 0 or words[k - 1] not in _AS_IF) and not (
        w in _FIRST_PERSON_TOO and "ich" in words[max(0, k - 1):k + 2]) for k, w in enumerate(words))


# Forms of REPORTED_MOOD that are also the first person's indicative ("ich habe", "habe ich").
_FIRST_PERSON_TOO: Final = frozenset("habe werde gebe gehöre komme stehe liege bleibe brauche heiße".split())


def is_quoted_heading(quoted: str) -> bool:
    """The words of a subheading made only of a quote: a phrase of two or three words,
    starting with a letter, not a sentence nor a label (no closing ``.!?:``), not in title case
    (“Grand Facade” is a name)."""
    words = quoted_words(quoted)
    return short(quoted) and len(words) >= 2 and quoted[:1].isalpha() and \
        quoted.rstrip()[-1:] not in ".!?:;," and not all(w[:1].isupper() for w in words)



# Nouns that introduce a quoted word as a word: "saying words such as “hello”", "the name “Amy”",
# "Stichwort „Cloud“", "le mot « crise »".
WORD_NOUNS: Final = frozenset("""
word words name names term terms phrase phrases sound sounds label labels nickname nicknames
slogan slogans hashtag hashtags expression expressions
wort wörter begriff begriffe stichwort schlagwort spitzname
palabra palabras término términos apodo expresión vocablo
mot mots terme termes surnom
palavra palavras termo termos apelido expressão
""".split())
_WORD_LINKS: Final = frozenset("such as like the a an of including".split())


def is_mentioned_word(text: str, span: Span, quoted: str, lo: int) -> bool:
    """Three words or fewer quoted as words, not as anyone's speech: after a noun for words
    ("repeated sounds like “Nairian”", "the name “Amy”") or "so-called" (``lo``: the sentence's
    start)."""
    if not short(quoted) or span.continued:
        return False
    words = text[max(lo, span.open_at - 60):span.open_at].lower().split()
    if words and words[-1] == "so-called":
        return True
    k = len(words)
    while k > 0 and k > len(words) - 3 and words[k - 1] in _WORD_LINKS:
        k -= 1
    return k > 0 and words[k - 1] in WORD_NOUNS


# Words of scope: quantifiers and negations ("all", "never", "nur", "jamais"). Quoted alone in
# lower case, one is no term, name or title; it keeps the exact wording of someone's claim.
SCOPE_WORDS: Final = frozenset("""
all every any none no never always only nothing nobody everything everyone
alle nie niemals kein keine keiner nichts immer nur
todo todos todas nunca siempre nada nadie ninguno ninguna solo sólo
tous toutes jamais toujours rien aucun aucune personne seulement
tudo nenhum nenhuma sempre
""".split())


def is_scope_word(quoted: str) -> bool:
    """One word of scope quoted in lower case ("Lee has banned “all” drones from the park",
    "la ville n'a “jamais” payé"): the claim's own wording, the subject's, not the writer's scare
    quote (a term, a name, a title or irony marks a content word; a word quoted as a word,
    "words such as “never”", is set aside before, by ``is_mentioned_word``)."""
    word = quoted.strip(" ,.;:!?")
    return word.islower() and word in SCOPE_WORDS


_FOLLOWING_WORD: Final = re.compile(r" +([a-z]+)\b")
# Full-width punctuation (Chinese, Japanese) read as its ASCII counterpart: a quote after "。"
# or "：" opens a sentence as one after "." or ":" does.
_FULL_WIDTH: Final = {"。": ".", "．": ".", "！": "!", "？": "?", "：": ":", "，": ",", "；": ";", "、": ","}


_INNER_SENTENCE: Final = re.compile(r"[.!?] +[A-Z]")


def sentences_after_comma(text: str, span: Span, quoted: str) -> bool:
    """Quoted sentences (one ends and another starts inside, and the last is closed) opened in
    lower case after a comma: "As Ann Lee put it, “we tried. It did not work.”" is direct."""
    k = span.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] == "," and quoted.rstrip("”’\"' ")[-1:] in ".!?" and \
        _INNER_SENTENCE.search(quoted) is not None


# Words that join one quote to the next in a list ("“A” or “B”", "« A » ou « B »").
_LIST_JOINS: Final = frozenset("and or und oder y o e ou et".split())


def sentence_opens_after(text: str, k: int) -> bool:
    """The word ending at ``text[k]`` joins a list of quotes, a conjunction right after a closing
    mark or a comma ("“We won” or “It works”"), or is a reporting verb ("Elle affirme « J’ai ... »"), or
    ends a heading in capitals: the quote after it is a sentence like the one before, or the one the
    verb reports, or one that opens after the heading."""
    start = k
    while start > 0 and start > k - 20 and text[start - 1].isalpha():
        start -= 1
    word = text[start:k + 1]
    if len(word) > 1 and word.isupper():
        return True  # "EBOLA SURVIVORS, THROUGH THE LENS “It’s about ...”": a heading ends before it
    word = word.lower()
    if word in CUES or word in current_language().cues:
        return True
    if word not in _LIST_JOINS:
        return False
    j = start - 1
    while j >= 0 and j > start - 4 and text[j] == " ":
        j -= 1
    # "..., she said, and “I had to ...”": a comma before the conjunction ends a clause too
    return j >= 0 and text[j] in "’”\"'»«“,"


# Words that open a clause of reported content: the quote after one is what someone said.
_THAT: Final = frozenset("that que dass daß".split())


def capital_words_inside(text: str, span: Span, quoted: str) -> bool:
    """More than three words opening on a capital right after a word of the writer's sentence
    ("acted in the film “Storm Over the Bay: Part Two”", "ran headlines such as “Rain ruins the
    fair”"): a title as often as someone's words, so the sentence's subject is not taken for
    their speaker (it stays null unless a rule finds one)."""
    if not quoted[:1].isupper() or short(quoted):
        return False
    k = span.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and (text[k].isalnum() or text[k] in "’'" and k > 0 and text[k - 1].isalpha())


def continues_sentence(text: str, span: Span, quoted: str) -> bool:
    """A quote that opens on a capital right after "that" ("Lee said that “The plan is dead”",
    "contestó que “El fiscal no dijo eso”"), not in title case: the reported clause of the
    writer's sentence, however it is capitalized."""
    words = quoted_words(quoted)
    if word_before(text, span.open_at, max(0, span.open_at - 12)).lower() not in _THAT:
        return False
    return sum(1 for w in words if w[:1].isupper()) * 2 < len(words)


def kind_of(text: str, span: Span, quoted: str) -> str:
    """``direct`` for a quoted sentence, ``partial`` for words inside the writer's sentence."""
    first = quoted[:1]
    k = span.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    prev = text[k] if k >= 0 and text[k] not in "\r\n" else ""
    prev = _FULL_WIDTH.get(prev, prev)
    if prev in ("’", "'") and k > 0 and text[k - 1].isalpha():
        prev = "s"  # "Democrats’ “largest spikes”": a possessive, not a closing quote mark
    embedded = prev.isalnum()
    if span.continued:
        return "direct"
    if (not prev or prev in ".!?…") and span.close_at >= 0 and quoted.rstrip()[-1:].isalnum():
        # "“Going on offense” seems the only way": words that open the writer's sentence.
        nxt = _FOLLOWING_WORD.match(text, mark_end(text, span))
        if nxt and nxt.group(1) not in CUES and nxt.group(1) not in PRONOUNS:
            return "partial"
    if prev in ".—–―" and joins_writer_sentence(text, k, quoted):
        return "partial"  # "said the U.S. “must be held accountable.”" (rule ``joined_clause``)
    if not prev or prev in ":.!?\"”’'…—–―":
        return "direct"
    if embedded and first.isupper() and not short(quoted) and (chanted(text, k) or speech_to_listener(text, k)):
        return "direct"  # "asked the crowd “Why wait?”", "chants of “Out! Out!”" (rule ``spoken_after``)
    if embedded and thought_after(text, k, quoted):
        return "direct"  # "you just know “I want that!”" (clause_kinds.py)
    if embedded and listed_name(text, k + 1, quoted):
        return "partial"  # "„Amerikaner“ und „Börek mit Hack“": a listed name, no sentence (name_kinds.py)
    if embedded and (not first.isupper() or short(quoted) or not sentence_opens_after(text, k)):
        return "partial"
    if prev == "," and completes_that_clause(text, k, quoted):
        return "partial"  # "warned that if they struck, “We will close.”" (clause_kinds.py)
    if prev == "," and (first.isupper() or first in "#@"):
        return "direct"  # "The post reads, “#Vote early.”": a hashtag or a handle opens it
    if first.isupper() and not short(quoted):
        return "direct"
    if prev == "," and attribution_only(text, k, quoted):
        return "direct"  # "Ultimately, said the Courier, “this is no job for amateurs.”"
    return "partial"
