"""German: the subject of a separable verb of judging whose particle closes the quote's clause
(s63): "Klaus Meier wirft dem Bürgermeister „Wortbruch“ vor", "Weber wies die Vorwürfe als
„haltlos“ zurück", "Hoffmann lehnte „jede Verantwortung“ ab", "Reiter gibt zu, „anfangs
skeptisch“ gewesen zu sein". The finite verb alone reports nothing ("wirft den Ball"), so no
rule read it and the quoted words went to no one as a scare quote. And a mood shown in the
quoted words themselves: "Berger zeigte sich „enttäuscht“", "Reiter reagierte „entsetzt“ auf
…", "Berger ist „zuversichtlich“, dass …". And a finding in a "dass" clause: "Die Studie kommt
zu dem Schluss, dass die Wirtschaft „stagniert“". The subject opens the sentence and the verb follows
it (shapes.sentence_subject: a person, a body or a pronoun, never a thing). Pure, bounded to
the quote's sentence."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes import lexicon_de
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import DETERMINERS, PREPOSITIONS
from newsbeam.transforms.quotes.shapes import sentence_subject
from newsbeam.transforms.quotes.tokens import mark_end

PARTICLE_JUDGEMENT: Final = "particle_judgement_de"
_READ: Final = 200  # characters read after the closing mark: the rest of one clause
_CLAUSE_ENDS: Final = frozenset(".,;:!?\n„“”\"«»()")
_MOOD_WORDS: Final = 6  # words of a quoted mood at most ("vorsichtig optimistisch")
_GAP_WORDS: Final = 6  # words between "sich" and the quoted mood ("über das Ergebnis")
# "ist „zuversichtlich“, dass …": "sein" with a quoted state and the clause it is about.
_BEING: Final = frozenset("ist war sind waren".split())
_ABOUT: Final = (", dass ", ", ob ", ", wie ")
_BRACKETED: Final = 40  # characters of a party or place in brackets after a name
_NOUN_READ: Final = 60  # characters read before the quote for a noun it may name
_ACCUSATIVES: Final = frozenset("den das die einen ein eine".split())
_ARTICLES: Final = frozenset("der dem des einer einem".split())  # after a preposition: "in der Talkshow „…“"
_FINDER_WORDS: Final = 6  # words of a body or a paper that concludes ("Die Studie des Ifo-Instituts")
_TO_FINDING: Final = 4  # words from "zu" to the finding's noun ("zu dem eindeutigen Ergebnis,")


def _clause_after(text: str, lo: int, hi: int) -> list[str]:
    """The words from ``lo`` to the end of their clause (a stop, a comma, a mark), at most
    ``_READ`` characters on and not past ``hi``; [] when the clause runs on past them."""
    for k in range(lo, min(hi, lo + _READ)):
        if text[k] in _CLAUSE_ENDS:
            return text[lo:k].split()
    return []


def _particle_closes(text: str, site: Site, verb: str, verb_end: int) -> bool:
    """The particle of ``verb`` ends the quote's clause ("„…“ vor.", "„…“ für das Debakel ab."),
    or ends the words before the quote with a comma ("gibt zu, „…“ gewesen zu sein")."""
    span = site.span
    after = _clause_after(site.text, mark_end(text, span), site.tail_hi) if span.close_at >= 0 else []
    if after and after[-1] == lexicon_de.JUDGING_PARTICLES.get(verb):
        return True
    # (a reporting verb's particle only before the quote: "hält an der „…“ fest" holds to a term)
    particles = lexicon_de.SEPARABLE_CUES.get(verb, frozenset()) | {lexicon_de.JUDGING_PARTICLES.get(verb, "?")}
    # "wirft ihr vor, „…“", "warf ihr vor, sie habe das Projekt „…“": the particle, a comma,
    # then the quote or the clause it stands in
    words = text[verb_end:span.open_at].split()
    return any(w.endswith(",") and w[:-1] in particles for w in words)


def _shows_mood(text: str, site: Site, verb: str, verb_end: int) -> bool:
    """The quote is the mood the subject shows: lower case, a few words, after "zeigte sich (…)",
    "gab sich (…)", "reagierte", or "ist" with a "dass" clause after it."""
    span = site.span
    quoted = text[span.start:span.end].split()
    if not quoted or len(quoted) > _MOOD_WORDS or not quoted[0][:1].islower() or quoted[0] in DETERMINERS:
        return False  # (not "gab sich „die Ehre“")
    gap = text[verb_end:span.open_at].split()
    if any("," in w for w in gap) or len(gap) > _GAP_WORDS + 1 or gap and (
            gap[-1].lower() in DETERMINERS or gap[-1].lower() in PREPOSITIONS):
        return False  # "zeigte sich von der „…“ Leistung beeindruckt": inside a noun phrase
    nxt = text[mark_end(text, span):mark_end(text, span) + 2].strip()
    if nxt[:1].isupper():
        return False  # "„überragenden“ Leistung": a label on the noun after it
    if verb in lexicon_de.SHOWN_MOOD_VERBS:
        return gap[:1] == ["sich"]
    if verb in lexicon_de.REACTING_VERBS:
        return len(gap) <= 1
    return verb in _BEING and len(gap) <= 1 and span.close_at >= 0 and \
        text.startswith(_ABOUT, mark_end(text, span))


def _concludes(text: str, site: Site, verb: str, verb_end: int) -> bool:
    """The quote stands in the clause after "kommt zu dem Schluss," / "gelangte zum Ergebnis,"
    (s63): the verb, "zu" or "zum", the noun of a finding closed by a comma, then the quote's
    clause (no other comma: "…, dass die Wirtschaft „stagniert“")."""
    if verb not in lexicon_de.CONCLUDING_VERBS:
        return False
    words = text[verb_end:site.span.open_at].split()
    if not words or words[0] not in ("zu", "zum"):
        return False
    ends = [n for n, w in enumerate(words) if "," in w]
    return len(ends) == 1 and ends[0] < _TO_FINDING and words[ends[0]].rstrip(",") in lexicon_de.CONCLUSION_NOUNS


def _concluding_body(text: str, site: Site) -> tuple[str, int] | None:
    """The opening noun phrase and where its verb starts when a body or a paper concludes: an
    article, capitalised words and genitive articles, then "kommt"/"gelangte" ("Die Studie des
    Ifo-Instituts kommt zu dem Schluss", s63); sentence_subject reads people and pronouns."""
    at = site.sent_lo
    words = text[at:site.span.open_at].split()[:_FINDER_WORDS + 1]
    for n, word in enumerate(words[1:], 1):
        if word in lexicon_de.CONCLUDING_VERBS:
            head = words[:n]
            if head[0].lower() not in lexicon_de.DEFINITE_ARTICLES or \
                    not all(w[:1].isupper() and w[-1:].isalpha() or w in lexicon_de.GENITIVES for w in head[1:]):
                return None
            return " ".join(head), text.find(" " + word + " ", at) + 1
    return None


def _verb_at(text: str, lo: int, hi: int) -> int:
    """Where the word after the subject ending at ``lo`` starts, past a party or place in
    brackets ("Lena Vogt (Grüne) wirft"); -1 when it is no lower-case word."""
    k = lo
    while k < hi and text[k] == " ":
        k += 1
    if k < hi and text[k] == "(":
        close = text.find(")", k, min(hi, k + _BRACKETED))
        k = close + 1 if close > 0 else hi
        while k < hi and text[k] == " ":
            k += 1
    return k if k < hi and text[k].islower() else -1


def particle_judgement(site: Site, ctx: ArticleContext) -> Finding | None:
    """The sentence's subject when its verb's particle closes the quote's clause or the quote
    is the mood the subject shows (see the module's docstring)."""
    if current_language().code != "de" or site.zone == "title":
        return None
    text, span = site.text, site.span
    found = sentence_subject(text, ctx, site.sent_lo, span.open_at)
    at = text.find(found.mention, site.sent_lo, span.open_at) if found is not None else -1
    if found is None or at < 0:
        body = _concluding_body(text, site)
        if body is None:
            return None
        found, at = Finding(body[0], None, "explicit"), site.sent_lo
    verb_at = _verb_at(text, at + len(found.mention), span.open_at)
    if verb_at < 0:
        return None
    verb_end = text.find(" ", verb_at, span.open_at)
    if verb_end < 0:
        return None
    verb = text[verb_at:verb_end].lower()
    assert ctx.cues is not None  # set by extract._zone_quotes before any rule runs
    if ctx.cues.first(verb_end, span.open_at) is not None:
        return None  # "wirft ihm vor, gesagt zu haben, …": the later verb's words, read elsewhere
    if not (_particle_closes(text, site, verb, verb_end) or _shows_mood(text, site, verb, verb_end) or
            _concludes(text, site, verb, verb_end)) or \
            not judged_words(site, ctx) or subject_after_verb(text, verb_end, span.open_at):
        return None
    return Finding(found.mention, text[verb_at:verb_end], found.how, verb_at, PARTICLE_JUDGEMENT)


def judged_words(site: Site, ctx: ArticleContext) -> bool:
    """The quote may be its clause's subject's words: no reporter after it in its sentence, and
    no name (also read by separable._object_verb)."""
    text, span = site.text, site.span
    after = mark_end(text, span) if span.close_at >= 0 else span.end
    end = next((k for k in range(after, min(site.tail_hi, after + _READ)) if text[k] in ".!?\n"), after)
    assert ctx.cues is not None  # set by extract._zone_quotes before any rule runs
    if ctx.cues.first(after, end) is not None:
        return False  # "X schätzt die Lage als „…“ ein, sagte ein Sprecher": the reporter's words
    quoted = text[span.start:span.end].split()
    if len(quoted) > 1 and all(w[:1].isupper() for w in quoted):
        return False  # "blickt auf die „Goldenen Zwanziger“ zurück", "lehnte „Mehr Grün“ ab": a name
    before = text[max(site.sent_lo, span.open_at - _NOUN_READ):span.open_at].split()
    if len(before) >= 2 and before[-1] in ("der", "des") and before[-2].startswith("Vorw"):
        return False  # "wies den Vorwurf der „Vetternwirtschaft“ zurück": the accusers' word
    if len(quoted) == 1 and quoted[0][:1].isupper() and text[after:after + 2].strip()[:1] in _NAME_NEXT:
        return False  # "warf dem „Spiegel“ „Kampagnenjournalismus“ vor", "der „Bild“-Zeitung": a medium's name
    # "lehnte den Antrag „Grünflächen“ ab", "in der Talkshow „Maischberger“": a name set after a noun
    return not (quoted and quoted[0][:1].isupper() and len(before) >= 2 and before[-1][:1].isupper() and (
        before[-2] in _ACCUSATIVES or len(before) >= 3 and before[-2] in _ARTICLES and before[-3] in PREPOSITIONS))


# (s63) After the verb, a subject of its own: "Krause werfen Kritiker „…“ vor", "Der Stadt Wien warf
# Anna Berger „…“ vor", "Krause wirft man „…“ vor": the words before the verb are its object.
_SUBJECTS_AFTER: Final = frozenset("man niemand jemand keiner keine einer".split())
_NAME_NEXT: Final = frozenset("-„“\"«»")


def subject_after_verb(text: str, verb_end: int, hi: int) -> bool:
    """Whether the word right after the verb ending at ``verb_end`` is a subject of its own: a
    capitalized word (a name or a noun: an object right after the verb comes with its article)
    or an indefinite pronoun; also read by separable._object_verb."""
    nxt = text[verb_end:hi].split()[:1]
    return bool(nxt) and (nxt[0][:1].isupper() or nxt[0].lower() in _SUBJECTS_AFTER)
