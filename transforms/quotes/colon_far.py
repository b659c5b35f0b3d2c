"""Rule ``colon_far_subject`` (issue 16): a German sentence that leads into a quote with a colon
names its speaker as the sentence's subject, often far from the colon. German puts that subject
first ("Der Jurist Dr. Tom Weber prüft das Urteil und zeigt auf, wie Nutzer vorgehen können:")
or, when something else opens the sentence, right after the finite verb in second place
("Deshalb tröstet Pfarrer Jan Ruhl die Gemeinde:", "Über den Moment, in dem er es erfuhr,
schrieb Tom Weber:", "Als die Seite online ging, ist Anwalt Tom Weber begeistert und schreibt:").
The general colon lead-in (shapes.lead_in) reads the words next to the colon and finds a noun
there ("Gemeinde", "Facebook") or nothing: null.

The rule credits the name only when the sentence has no other subject: it opens on the name
(after an article and role words) or on a phrase that cannot be a subject (a preposition, an
adverb, a clause, a number, "Den"/"Dem"), the verb is a lower-case word right before the name,
and after the name the sentence holds no other person's name, no pronoun subject and no clause
of its own ("..., und der Minister sagt:"): a comma may open only a dependent clause ("wie",
"dass", "ob"). Rather null than wrong: any doubt leaves the quote to the rules after it. In
``RULES`` after ``colon_subject``, and called by ``rules.lead_in_rule`` when the colon lead-in
found only a noun ("Nutzer", "März"). Pure.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.kinds import REPORTED_MOOD
from newsbeam.transforms.quotes.fronted_de import FRONTED_PHRASE
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_de import FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.shapes import lead_in
from newsbeam.transforms.quotes.titles import split_title

COLON_FAR_SUBJECT: Final = "colon_far_subject"
_READ: Final = 400  # characters of the lead-in sentence read at most (bounded)
_MARKS: Final = "„“”»«›‹\"‚‘’"
_WORD: Final = re.compile(r"[^\W\d_][\w’'.\-]{0,40}|\d{1,4}\.?|[,;()–—]")
# Articles and determiners a subject may open on; the forms that cannot be nominative open a
# fronted object ("Den Clip kommentierte ...") and are no subject.
_NOMINATIVE: Final = frozenset("der die das ein eine dieser diese dieses jener jene jenes kein keine "
                               "unser unsere sein seine ihr ihre mein meine".split())
_INDEFINITE: Final = frozenset("ein eine kein keine".split())
_OBLIQUE: Final = frozenset("den dem einen einem diesen diesem des eines".split())
# Words that may open a fronted phrase before the verb: prepositions, adverbs, conjunctions.
_FRONTED: Final = frozenset("""
an auf aus bei beim durch für gegen in im mit nach ohne seit um unter von vom vor zu zum zur
zwischen über am ins angesichts nach während wegen trotz neben hinter via
deshalb daher dann danach später zuvor zudem außerdem dazu darauf damals heute gestern
schließlich anschließend abschließend nun jetzt auch so also trotzdem dennoch dabei hierzu
dafür darüber daraufhin sodann ebenso natürlich zunächst zuletzt erst immerhin allerdings
als nachdem bevor während wenn weil obwohl sobald seitdem
""".split())
# Words that may open a dependent clause after a comma: the clause's own subject is not the
# sentence's ("zeigt auf, wie Nutzer vorgehen können:").
_SUBORDINATE: Final = frozenset("wie dass ob was wo warum weshalb wieso weil wenn als nachdem bevor "
                                "damit um ohne statt worauf wofür womit".split())
# Adverbs that may stand between the verb and the subject ("sagt auch Tom Weber").
_BETWEEN: Final = frozenset("sich auch nun noch dann jetzt sogar selbst erneut nochmals abschließend".split())
_PRONOUNS: Final = frozenset("er sie es ich wir ihr man".split())
# Prepositions whose name is a thing spoken of, not someone spoken for ("das Urteil zu Google");
# "an", "von" and "nach" are left out: "erinnert an Anna Keller:" may quote her.
_OBJECT_PREPOSITIONS: Final = frozenset("zu zum zur mit gegen für bei beim über auf in im aus".split())
# Words of a body, not a person: "Die Firma Nordbau GmbH prüft ...:" is left to the other rules.
_BODIES: Final = frozenset("""Firma Unternehmen Konzern Verein Verband Stadt Gemeinde Partei Gewerkschaft
Messe Klinik Hochschule Universität Ministerium Behörde Bank GmbH AG KG SE e.V eV Co""".split())
# Articles and possessives: a lower-case word after one is an adjective, not a verb.
_DETERMINERS: Final = frozenset("""der die das des dem den ein eine einer eines einem einen kein keine
keiner keinem keinen sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren unser unsere unserer
dieser diese dieses diesem diesen jener jene jenes""".split())


def _lead_sentence(site: Site, ctx: ArticleContext) -> tuple[int, int] | None:
    """(start, colon) of the sentence that leads into the quote with a colon: in its paragraph
    right before the opening mark, or the previous paragraph when that ends on a colon and the
    quote opens its own."""
    text, span = site.text, site.span
    before = text[site.sent_lo:span.open_at].rstrip()
    if before.endswith(":") and "\n" not in before:
        colon = site.sent_lo + len(before) - 1
        # (from the sentence's start, before any quote inside it: "hat Max Frisch in seiner
        # „Glosse“ formuliert:")
        lo = ctx.sentences.start(max(site.p_lo, colon - _READ), colon) if ctx.sentences is not None else site.sent_lo
        return min(lo, site.sent_lo), colon
    if site.zone == "body" and site.starts_paragraph and span.paragraph > 0 and ctx.sentences is not None:
        q_lo, q_hi = site.paragraphs[span.paragraph - 1]
        lead = text[q_lo:q_hi].rstrip()
        if lead.endswith(":"):
            end = q_lo + len(lead) - 1
            return ctx.sentences.start(q_lo, end), end
    return None


_ORDINAL_END: Final = re.compile(r"(?<![\w.])\d{1,2}\.[^\S\n]*+$")


def _past_ordinals(text: str, lo: int, colon: int, site: Site, ctx: ArticleContext) -> int:
    """The sentence's start moved back over a date's ordinal the sentence splitter ends a
    sentence on ("Als am 11. März die Seite online ging, ..."), at most twice."""
    floor = max(0, colon - _READ)
    for _ in range(2):
        if ctx.sentences is None or lo <= floor or _ORDINAL_END.search(text, max(floor, lo - 8), lo) is None:
            break
        earlier = ctx.sentences.start(floor, lo - 2)
        if earlier >= lo or "\n" in text[earlier:lo]:
            break
        lo = earlier
    return lo


def _name_at(words: list[str], k: int, ctx: ArticleContext) -> tuple[str, int] | None:
    """(the name, the index after it) of the capitalized run from ``words[k]``, role words and
    titles before it split off ("Anwalt Tom Weber" -> "Tom Weber"), when it names a person:
    two words or more, or one the article uses as a person's name."""
    j = k
    while j < len(words) and words[j][:1].isupper() and words[j].lower() not in FUNCTION_WORDS:
        j += 1
    if j == k or j - k > 6:
        return None
    mention = " ".join(w.rstrip(".") if not re.fullmatch(r"[A-ZÄÖÜ]\.", w) else w for w in words[k:j])
    name = split_title(mention) if is_person_like(mention) else ""
    if name and re.fullmatch(r"[A-ZÄÖÜ]\.", words[j - 1]) and not name.endswith("."):
        name += "."  # "Lutz S.": the initial keeps its period
    parts = name.split()
    if not parts or len(parts) > 3 or is_org(name) or any(is_role_noun(w.lower()) for w in parts) or \
            any(w.rstrip(".,") in _BODIES for w in mention.split()):
        return None  # (four words or more: two names in a row, "dankte Tom Weber Anna Keller")
    if len(parts) < 2 and not (ctx.names.is_person(name) and len(ctx.names.fullest(name).split()) >= 2):
        return None  # one word: only a surname the article gives a fuller name to
    return name, j


def _clean_rest(words: list[str], k: int, ctx: ArticleContext) -> bool:
    """After the subject: no other person's name, no pronoun subject and no clause of its own
    (a comma or "und" may go on only to a dependent clause or to a verb of the same subject). An
    appositive of capitalized nouns right after the subject is skipped ("Max Frisch, Architekt
    und Schriftsteller, hat ...")."""
    if k < len(words) and words[k] == ",":
        end = k + 1
        while end < len(words) and end - k <= 6 and (words[end][:1].isupper() or words[end] == "und"):
            end += 1
        if end < len(words) and words[end] == "," and end > k + 1:
            k = end + 1
    for i in range(k, len(words)):
        w, low = words[i], words[i].lower()
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "," and nxt and nxt.lower() not in _SUBORDINATE:
            return False
        if low in ("und", "aber", "doch", "denn", "sondern", "oder") and nxt and \
                (nxt[:1].isupper() or nxt.lower() in _PRONOUNS or nxt.lower() in _NOMINATIVE):
            return False
        if low in ("er", "sie", "ich", "wir") and (i == 0 or words[i - 1] not in (",",)):
            return False
        if w[:1].isupper() and (i == 0 or not words[i - 1][:1].isupper() and words[i - 1] not in _OBJECT_PREPOSITIONS
                                and words[i - 1].lower() not in _DETERMINERS) \
                and _name_at(words, i, ctx) is not None:
            return False  # another person: the words may be theirs ("zitiert Anna Keller:")
    return True


def colon_far_subject(site: Site, ctx: ArticleContext) -> Finding | None:
    """In German, the subject of a sentence that leads into the quote with a colon, far from the
    colon: the name that opens the sentence, or the name right after the verb in second place
    when a phrase that is no subject opens it; None when the colon lead-in already names
    someone (shapes.lead_in) or anything is in doubt."""
    if current_language().code != "de":
        return None
    lead = _lead_sentence(site, ctx)
    if lead is None:
        return None
    lo, colon = lead
    text = site.text
    if colon - lo > _READ or colon - lo < 12:
        return None
    assert ctx.cues is not None
    near = lead_in(text, ctx.cues, lo, colon + 1, None, ctx)
    named = near is not None and (near.how != "explicit" or near.mention.lower() in _PRONOUNS or
                                  _names_person(near.mention, ctx))
    if named and not _after_preposition(near):
        return None  # the colon lead-in names someone (or a pronoun does): its rule credits it
    if near is not None and near.rule == FRONTED_PHRASE:
        return None  # "In Berlin sagte die Abgeordnete:": the subject after the verb was read (s60)
    lo = _past_ordinals(text, lo, colon, site, ctx)
    lo = max(lo, text.rfind(":", lo, colon) + 1)  # "Jetzt ist es soweit: Das Team hat ...:"
    sentence = text[lo:colon]
    matches = list(_WORD.finditer(sentence))
    words = [m.group() for m in matches]
    if len(words) < 3:
        return None
    first = words[0].lower()
    pronoun = _pronoun_subject(words, matches, lo, ctx)
    if pronoun is not None and _noun_subject_before(text, lo):
        return None
    if pronoun is not None or named:
        return pronoun  # ("An Bundesrat Cassis wandte sie sich …:": the name is the object)
    k = 1 if first in _NOMINATIVE else 0
    # ("Via Instagram meldete sich …:": a preposition's capitalized object opens no name)
    opening = _name_at(words, k, ctx) if first != "via" else None
    if opening is not None and k == 1 and not is_role_noun(words[1].rstrip(".").lower()):
        # German sets no article before a name, only before the role in front of it ("Der Jurist
        # Dr. Tom Weber"): "Der Deutschen Presse-Agentur sagte eine Sprecherin:" opens on a dative
        return None
    if opening is not None and (k == 1 or first not in FUNCTION_WORDS):
        name, j = opening
        if j < len(words) and words[j].islower() and words[j] not in FUNCTION_WORDS and \
                not words[j].startswith("zitier") and \
                not any(c in sentence[:matches[j].start()] for c in _MARKS) and _clean_rest(words, j + 1, ctx):
            return Finding(name, words[j], "explicit", lo + matches[k].start())
        return None
    if first in _NOMINATIVE or not (first in _FRONTED or first in _OBLIQUE or words[0][:1].isdigit()):
        return None
    for i in range(1, len(words) - 1):
        verb = words[i]
        if not verb.islower() or verb in FUNCTION_WORDS or not verb.isalpha() or \
                words[i - 1].lower() in _DETERMINERS:
            continue  # not a verb: a function word, or an adjective after its article
        j = i + 1
        while j < len(words) and words[j] in _BETWEEN:
            j += 1
        if j >= len(words) or not words[j][:1].isupper():
            continue
        subject = _name_at(words, j, ctx)
        if subject is None:
            continue  # a noun after an adjective ("Nach langen Verhandlungen"): read on
        if verb.startswith("zitier"):
            return None  # "Den Satz zitierte Tom Weber:": someone else's words
        name, after = subject
        if any(c in sentence[:matches[j].start()] for c in _MARKS) or not _clean_rest(words, after, ctx):
            return None
        return Finding(name, verb, "explicit", lo + matches[j].start())
    return None


# "er" and "sie" as a lead-in's subject; a verb of "sie" ending on "-en" is a plural's ("sie
# wandten sich"), no one person's.
_PERSON_PRONOUNS: Final = frozenset(("er", "sie"))
_PLURAL_ENDING: Final = "en"
# Plural forms of "sie" without that ending ("Sie sind sich einig:", "sie tun es").
_PLURAL_FORMS: Final = frozenset(("sind", "tun", "seid"))


def _pronoun_subject(words: list[str], matches: list[re.Match[str]], lo: int,
                     ctx: ArticleContext) -> Finding | None:
    """The pronoun ("er", "sie") that is the colon lead-in's subject, as English reads "She turned
    to the guests:": opening the sentence before its verb ("Er wandte sich an die Gäste:"), or
    right after the verb in second place when a phrase that is no subject opens it ("An den
    Minister wandte sie sich mit einer Bitte:"). The resolver finds whom it stands for, as for
    "sagte er". None when anything is in doubt: a plural verb, another subject after the
    pronoun ("Dann lobte sie der Trainer:"), another person named, a clause of its own."""
    first = words[0].lower()
    if words[0] in ("Er", "Sie"):
        at, verb = 0, 1
    elif first in _FRONTED or first in _OBLIQUE:
        at = next((i for i in range(2, min(len(words), 12)) if words[i] in _PERSON_PRONOUNS), -1)
        verb = at - 1
        if at < 0 or any(w == "," or w[:1] in _MARKS for w in words[1:verb]):
            return None
    else:
        return None
    word = words[verb] if 0 < verb < len(words) else ""
    if not word.isalpha() or not word.islower() or word in FUNCTION_WORDS or \
            word.startswith("zitier") or words[verb - 1].lower() in _DETERMINERS:
        return None  # no verb ("Sie, die Ärztin, ..."), or someone else's words ("zitierte er")
    pronoun = words[at].lower()
    if pronoun == "sie" and (word.endswith(_PLURAL_ENDING) or word in _PLURAL_FORMS) or word in REPORTED_MOOD["de"]:
        return None  # (Konjunktiv I, "Sie sei noch nicht fertig:": reported speech, mood's rule)
    rest = max(at, verb) + 1
    while rest < len(words) and words[rest] in _BETWEEN:
        rest += 1
    if rest < len(words) and words[rest].lower() in _NOMINATIVE and (at > 0 or words[rest].lower() not in _INDEFINITE):
        # "Dann lobte sie der Trainer:", "Sie lobte der Trainer:": "sie" is the object; not in
        # "Sie hat eine klare Meinung:" (an indefinite object after the opening pronoun)
        return None
    if not _clean_rest(words, rest, ctx):
        return None
    return Finding(pronoun, word, "explicit", lo + matches[at].start())


def _noun_subject_before(text: str, at: int) -> bool:
    """The sentence before the lead-in at ``at`` opens on an article and a noun that names no
    person ("Die neue Studie liegt vor. Sie kommt zu dem Schluss:", "Der Verband hat ..."): German
    "er"/"sie" agree with any noun's gender, so the pronoun may take up that noun, not a person."""
    before = text[max(0, at - _READ):at].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    words = _WORD.findall(before, cut + 1)[:4]
    if len(words) < 2 or words[0].lower() not in _NOMINATIVE or not words[0][:1].isupper():
        return False
    noun = next((w for w in words[1:] if w[:1].isupper()), "")
    return bool(noun) and not is_role_noun(noun.lower())


def _after_preposition(near: Finding | None) -> bool:
    """Whether the colon lead-in's mention opens on a preposition ("An Bundesrat Cassis"): the
    person is spoken to or of, and the sentence's subject may come after its verb."""
    return near is not None and near.mention.split(None, 1)[0].lower() in _FRONTED


def _names_person(mention: str, ctx: ArticleContext) -> bool:
    """Whether the lead-in's mention is a person's name (two words, or one the article uses as a
    name), not a noun next to the colon ("Firma", "Facebook")."""
    name = split_title(mention) if is_person_like(mention) else ""
    parts = name.split()
    return bool(parts) and not is_org(name) and (len(parts) >= 2 or ctx.names.is_person(name))
