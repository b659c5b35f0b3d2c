"""A quote in the first person after the writer's sentences about one named person is that
person's: "Lee, 54, has run the shop for years. / “I never thought we would close.”" and, in
one paragraph, "Lee has a last tip for beginners: start slowly. “I tell my pupils ...”".

The writer's text before the quote (its paragraph, or the paragraph before when the quote opens
its own, at most 700 characters) must name exactly one person (the article's names say who is a
person), as a subject, and no unnamed newcomer ("A neighbour disagreed."), so that "rather null
than wrong" holds: a second person named there, a possessive ("Lee's wife"), a name after a
preposition or an object verb ("an apology to Lee"), a quote there that someone else said, or
words after the quote leave it to no one. The quote must say "I" or "we", or the writer's
text must end on a sentence that reports the person's speech ("Lee said the plan would fail.")
or on a colon ("Lee sums it up:").
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.name_runs import PERSON_RUN, given_name_like
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.lexicon import CUES, DETERMINERS, FUNCTION_WORDS, ROLE_WORDS
from newsbeam.transforms.quotes.titles import is_title_word, split_title
from newsbeam.transforms.quotes.tokens import WORDS, mark_end, trim
from newsbeam.transforms.quotes.unnamed import opens_on_someone_new

# The words that say a quote speaks in the first person, by language (lower case).
FIRST_PERSON: Final[dict[str, frozenset[str]]] = {
    "en": frozenset("i i'm i’m i've i’ve i'd i’d i'll i’ll me my mine myself we we're we’re we've we’ve "
                    "we'll we’ll we'd we’d us our ours ourselves".split()),
    "de": frozenset("ich mir mich mein meine meinen meinem meiner meines wir uns unser unsere unseren "
                    "unserem unserer".split()),
    "fr": frozenset("je j' j’ moi me m' m’ mon ma mes nous notre nos".split()),
    "es": frozenset("yo me mi mis conmigo nosotros nosotras nuestro nuestra nuestros nuestras".split()),
    "pt": frozenset("eu me mim meu minha meus minhas comigo nós nosso nossa nossos nossas".split()),
}
_OPENING_MARKS: Final = "“\"„«»‘'‚"
_BEFORE_MAX: Final = 700  # the writer's text read before the quote, at most (characters)
_QUOTE_MAX: Final = 400  # the quote's first characters searched for "I" or "we"
_RUNS_MAX: Final = 12  # capitalized runs looked at in that text, at most


def first_person_after_named(site: Site, ctx: ArticleContext) -> Finding | None:
    """A first-person quote opening its sentence, after the writer's text about one named person."""
    text, span = site.text, site.span
    if site.zone != "body" or span.close_at < 0 or text[site.sent_lo:span.open_at].strip() or \
            not text[span.start:span.start + 1].isupper():
        return None
    close_end = mark_end(text, span)
    if len(text[span.start:span.end].split()) < 4 or text[span.end - 1:span.end] not in ".!?…" and \
            text[close_end:close_end + 1] not in (".", "!", "?"):
        return None  # "Mortal wound": a heading in quote marks, not someone's sentence
    p_hi = site.paragraphs[span.paragraph][1]
    after = text[close_end:p_hi].lstrip(" .")
    if after and after[0] not in _OPENING_MARKS:
        return None  # "“...!” Lee's niece shouted": words after it may say who, unknown to the rules
    if site.starts_paragraph:
        if span.paragraph == 0:
            return None
        lo, hi = site.paragraphs[span.paragraph - 1]
    else:
        lo, hi = site.p_lo, span.open_at
    if hi - lo > _BEFORE_MAX or hi <= lo:
        return None  # a long stretch: not plainly about one person
    before = text[lo:hi].rstrip()
    if not (before.endswith(":") or _in_first_person(text[span.start:min(span.end, span.start + _QUOTE_MAX)])
            or _reports_last(ctx, lo, lo + len(before))):
        return None
    found = _one_person(text, ctx, lo, lo + len(before))
    said, said_span = site.said, site.said_span
    if found is not None and said is not None and said_span is not None and said_span.open_at >= lo and \
            ctx.names.fullest(split_title(said.mention) or said.mention) != ctx.names.fullest(found.mention):
        return None  # a quote in between that someone else said
    return found


def _reports_last(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """The last sentence of ``text[lo:hi]`` reports speech ("Lee said the plan would fail.")."""
    assert ctx.sentences is not None and ctx.cues is not None
    return ctx.cues.first(ctx.sentences.start(lo, hi - 1), hi) is not None


def _without_opener(run: str) -> str:
    """``run`` without the capitalized function words a sentence opens on ("Im Frühjahr" ->
    "Frühjahr", "But Lee" -> "Lee"); nothing for a description opening on an article."""
    lang = current_language()
    words = run.split()
    if words and (trim(words[0]) in DETERMINERS or trim(words[0]) in lang.determiners):
        return ""  # "The Christian leader", "Der Trainer": a description, no name
    while words and (trim(words[0]) in FUNCTION_WORDS or trim(words[0]) in lang.function_words or
                     trim(words[0]) in lang.prepositions or trim(words[0]) in lang.stopwords):
        words = words[1:]
    return " ".join(words)


def _object_position(text: str, lo: int, at: int) -> bool:
    """The name at ``at`` stands after a preposition or, in English, after any lower-case word
    but a title ("chief executive Lee"), a conjunction ("and Lee", "since Lee") or a verb of
    saying ("said Lee"): "an apology to Lee", "Ruiz met Lee", "Ruiz told Lee" (the speaker may be
    the sentence's subject, unnamed)."""
    words = text[max(lo, at - 40):at].split()
    if not words or words[-1][-1:] in _CLAUSE_PUNCTUATION or not words[-1][:1].islower():
        return False
    low = trim(words[-1])
    lang = current_language()
    if lang.code != "en":
        return low in lang.prepositions
    if low in _TAKES_OBJECT:
        return True
    return not (low in CUES or is_title_word(low) or low in ROLE_WORDS or low in _CLAUSE_OPENERS)


_CLAUSE_PUNCTUATION: Final = frozenset(",.;:!?()—–-\"“”«»„")
# English verbs whose next name is their object, among them verbs of saying ("told Lee").
_TAKES_OBJECT: Final = frozenset("told asked urged thanked called warned reminded assured informed questioned "
                                 "pressed interviewed met beat hit sent gave saw named hired fired invited "
                                 "replaced succeeded".split())
# English words after which a name opens a clause as its subject ("since Lee spoke only ...").
_CLAUSE_OPENERS: Final = frozenset("and but as since when while because although though if that so then "
                                   "once until whereas".split())


def _in_first_person(quoted: str) -> bool:
    words = FIRST_PERSON.get(current_language().code)
    if words is None:
        return False
    return any(m.group().lower() in words for m in WORDS.finditer(quoted))


def _one_person(text: str, ctx: ArticleContext, lo: int, hi: int) -> Finding | None:
    """The one person named in ``text[lo:hi]``, or None when it names none, two, or someone
    unnamed and new, or names the person only as the owner of something."""
    assert ctx.sentences is not None
    at = lo
    for _ in range(8):
        while at < hi and text[at].isspace():
            at += 1
        if at >= hi:
            break
        if opens_on_someone_new(text[at:min(hi, at + 80)]):
            return None
        at = ctx.sentences.end(at, hi)
    found: str | None = None
    mention = ""
    seen = 0
    for m in PERSON_RUN.finditer(text, lo, hi):
        seen += 1
        if seen > _RUNS_MAX:
            return None
        run = _without_opener(m.group())
        if not run or not is_person_like(run):
            continue
        name = split_title(run)
        if not name or is_org(name):
            continue
        bare = name[:-2] if name.endswith(("'s", "’s")) else name
        full = ctx.names.fullest(bare)
        words = full.split()
        if not (full in ctx.people or ctx.names.is_person(bare) and len(words) >= 2 and
                given_name_like(words[0]) and given_name_like(words[-1])):
            continue  # (a German noun is capitalized too: "E-Mail von Mandanten", "... AStA" are no one)
        if found is not None and full != found:
            return None  # two people: the quote may be either's
        if bare != name or text[m.end():m.end() + 2] in ("'s", "’s") or _object_position(text, lo, m.start()):
            return None  # "Lee's wife", "an apology to Lee": the one who speaks may be another
        found, mention = full, bare
    if found is None:
        return None
    return Finding(mention, None, "explicit", -1)
