"""The rule ``possessed_speech``: a partial quote that follows someone's words named by a noun
inside the writer's sentence, "after Ann Lee's conclusion that the plan was “deeply flawed”",
"her standing rose after her call for “a total freeze”", "after Lee's frank plea to “fix every
road”". The owner of the speech noun ("Ann Lee's", "her") said the quoted words.

``lead_in`` already reads "Lee's assertion that “...”" when the possessive opens the sentence's
lead-in; this rule reads the noun phrase anywhere in the sentence, before the quote, when the
evidence is clear: a noun of speech right after the possessive (two adjectives at most between
them), joined to the quote by "that", "of", "for" or "to" and a few words (never "as": "denounced
Lee's remarks as “...”" is the judgment of the sentence's subject), with no sentence end, no
semicolon and no reporting cue between, and no reporting verb of the sentence's own (a reporter
takes the words: PolNeAR's convention, and the safe one). Otherwise no one (the next rules read
on). A quote it credits carries no one on to the next (the possessor is not the sentence's
subject). English only. Pure functions; the sentence is read as a bounded window of tokens.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, POSSESSIVE_PRONOUNS
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.tokens import is_possessive, name_word, strip_possessive, tokens

POSSESSED_SPEECH: Final = "possessed_speech"  # the rule's name (rules.RULES, Quote.rule)
# Nouns that name what someone said: "her call for", "Lee's conclusion that".
SPEECH_NOUNS: Final = frozenset("""
claim claims statement remark remarks comment comments words assertion description promise pledge
vow warning response reply answer argument accusation suggestion insistence contention call calls
conclusion rejection dictum demand demands plea criticism denial admission pitch appeal charge
characterization characterisation prediction boast complaint complaints
""".split())
# Words that join the speech noun to the quote: "call for “...”", "conclusion that it was “...”".
_LINKS: Final = frozenset("that of for to".split())
# Nouns whose "to" or "of" names the listener or the target, not the words: "Lee's response to
# the “crisis”", "her criticism of the “woke” label".
_TARGET_LINKS: Final = {"to": frozenset("response reply answer comment comments".split()),
                 "of": frozenset("criticism rejection denial complaint complaints".split())}
_ADJECTIVES_MAX: Final = 2  # "Lee's recent evidence-free assertion"
_LINK_WORDS_MAX: Final = 8  # words from the link to the quote's opening mark
_WINDOW: Final = 30  # tokens before the quote read at most
_CHARS: Final = 300  # characters before the quote tokenized at most
_POSSESSOR_WORDS_MAX: Final = 4  # "Director James Comey's"
_LINK_STARTS: Final = tuple(sorted(_LINKS))


def possessor(toks: list[tuple[int, int, str]], k: int) -> tuple[str, str] | None:
    """The mention (as written) and how of the possessive that ends at token ``k``: "Ann
    Lee's" -> ("Ann Lee's", explicit), "her" -> ("her", pronoun); None when ``k`` is no
    possessive of someone."""
    word = toks[k][2]
    low = word.lower()
    if low in POSSESSIVE_PRONOUNS and low != "its":
        return word, "pronoun"
    if not (is_possessive(word) and name_word(word)):
        return None
    first = k
    while first > 0 and k - first + 1 < _POSSESSOR_WORDS_MAX and name_word(toks[first - 1][2]) and \
            not is_possessive(toks[first - 1][2]):
        first -= 1  # "President Reagan's", but not "While Sanders's" nor "Perhaps Lee's"
    words = [t[2] for t in toks[first:k]] + [strip_possessive(word).rstrip("'’")]
    if not is_person_like(" ".join(words)):
        return None
    return " ".join(t[2] for t in toks[first:k + 1]), "explicit"


def _noun_before_link(window: str) -> bool:
    """Whether a speech noun stands right before a link word in ``window`` ("claim that",
    "call for"), read from its lowercased words: a necessary condition of ``possessed_speech_at``
    (never a sufficient one), so that most quotes are answered without splitting the window into
    tokens. Between two tokens only spaces and "_" stand (tokens._TOKEN), so a noun token then a
    link token are two neighbouring words here, the first ending in the noun's letters (the
    letters of a token are a word's last), the second starting with the link's."""
    words = window.lower().replace("_", " ").split()
    for i in range(1, len(words)):
        if words[i].startswith(_LINK_STARTS):
            before = words[i - 1]
            j = len(before)
            while j > 0 and "a" <= before[j - 1] <= "z":
                j -= 1
            if before[j:] in SPEECH_NOUNS:
                return True
    return False


def possessed_speech_at(text: str, ctx: ArticleContext, lo: int, hi: int, close: int, end: int) -> Finding | None:
    """The owner of the speech noun that leads, in ``text[lo:hi]`` (the quote's sentence up to
    its opening mark), into the quote at ``hi``; ``close``: its closing mark, ``end``: the end
    of its sentence. A sentence that reports speech with a verb of its own, before the
    possessive or after the quote ("According to aides, Lee's call for “...”", "From Lee's
    call for “...”, Roe described ..."), gives the words to its reporter: no one here."""
    if current_language().code != "en":
        return None
    window = text[max(lo, hi - _CHARS):hi]
    if "s " not in window and "s’" not in window and "s'" not in window and "her " not in window and \
            "their " not in window:
        return None  # no possessive before the quote (the common case, read without tokens)
    if not _noun_before_link(window):
        return None  # no "claim that", "call for" ...: no speech noun can lead into the quote
    toks = tokens(text, max(lo, hi - _CHARS), hi)[-_WINDOW:]
    if len(toks) < 2:
        return None
    assert ctx.cues is not None  # set by extract._zone_quotes before any rule runs
    for n in range(len(toks) - 1, -1, -1):
        if len(toks) - 1 - n > _LINK_WORDS_MAX:
            return None
        tok = toks[n][2]
        if tok in (";", ".", "!", "?", "(", ")") or tok.endswith((".", ";")) and n < len(toks) - 1:
            return None
        if tok.lower() not in SPEECH_NOUNS:
            continue
        following = toks[n + 1][2].lower() if n + 1 < len(toks) else ""
        if following not in _LINKS:
            # "her call was a “mistake”", "saying Lee's comments “are ...”": the noun is not
            # what leads into the quote (it is the subject of the quoted words' clause)
            return None
        if tok.lower() in _TARGET_LINKS.get(following, ()):
            return None
        if ctx.cues.first(toks[n][1], hi) is not None:
            return None  # "Lee's claim, Roe said, was “...”": the cue after it says who
        for k in range(n - 1, max(-1, n - 2 - _ADJECTIVES_MAX), -1):
            owner = possessor(toks, k)
            if owner is not None:
                if ctx.cues.first(lo, toks[k][0]) is not None or close >= 0 and ctx.cues.first(close, end) is not None:
                    return None  # "The town said Lee's claim that ... “...”": someone else reports it
                return Finding(owner[0], tok, owner[1], toks[n][0])
            word = toks[k][2]
            if not word[:1].islower() or word in FUNCTION_WORDS:
                return None
        return None
    return None


def possessed_speech(site: Site, ctx: ArticleContext) -> Finding | None:
    """Rule ``possessed_speech``: a quote in the writer's sentence after "X's call for",
    "her conclusion that ...": X (or the pronoun's person)."""
    span = site.span
    if site.zone == "title" or span.open_at <= site.sent_lo:
        return None
    assert ctx.sentences is not None  # set by extract._zone_quotes before any rule runs
    p_hi = site.paragraphs[span.paragraph][1]
    # the whole sentence, not only from the quote before it: "According to aides, ... “A” ... “B”"
    lo = ctx.sentences.start(site.p_lo, span.open_at)
    return possessed_speech_at(site.text, ctx, lo, span.open_at, span.close_at,
                               ctx.sentences.end(max(span.close_at, span.open_at), p_hi))
