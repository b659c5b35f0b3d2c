"""German: a definite description standing for the person named just before it ("Tom Weber
führt den Hof seit 1998. „…“, sagt der Landwirt."; "Der Ex-Profi sagt: …"). German news names
a person once and then refers back by a role, a nationality or a family noun, as English does
with "he" (an age, "die 34-Jährige", is aged_antecedent's); the article before the description
("der", "die") gives the sex. The description is the person's when that person is the last one
of a sex that could fit named before it, the article quoted them before or gave them that sex (a
title, a role, a pronoun; a first name's sex only rules a person out, and "die Bäuerin" after
"Tom Weber" may be his wife), the sentence that last named them names no one else who
could fit, no one else quoted or of that sex was named in the stretch read, and the noun
introduced no unnamed newcomer since ("eine Bahn-Sprecherin … die Bahn-Sprecherin"). The last
step of ``described_roles.description_holder``, after the steps that find who the article gave
the role to. Pure functions, bounded reads: what they read of a zone's whole text (its names,
the words it writes after an article, the sex it gives a name) is found once, in a ``_Memo``
kept on the article's context, and each quote reads only the names in its window."""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex, is_first_name
from newsbeam.transforms.quotes.gender_de import noun_gender, stated_gender
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.lexicon_de import DETERMINERS
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.names_de import is_role_noun
from newsbeam.transforms.quotes.opening_description import opens_on_description
from newsbeam.transforms.quotes.pronouns_de import gender_of
from newsbeam.transforms.quotes.role_compounds import other_office
from newsbeam.transforms.quotes.sentence_start import opens_sentence
from newsbeam.transforms.quotes.titles import is_compound_title, is_title_word

_WINDOW: Final = 3_000  # characters before the quote read for the person referred back to
_ARTICLE_GENDER: Final = {"der": "m", "die": "f"}
# A definite description: the article (of either case), at most two adjectives (lower case, or a
# count in figures: "der 15-malige Major-Sieger"), one noun (capitalized, as German writes nouns).
_DESCRIPTION: Final = re.compile(r"((?i:der|die))[^\S\n]{1,3}(?:[a-zäöüß0-9][\w\-]{1,25}[^\S\n]{1,3}){0,2}"
                                 r"([A-ZÄÖÜ][\w\-]{2,40})")
# Nouns of a person that are no role noun: a nationality's or a people's weak masculine
# ("der Franzose", "der Brite") and the nouns said of either sex ("der Ex-Profi", "der Star").
_WEAK_PEOPLE: Final = ("ose", "ite", "ane", "ene", "ier", "äne", "ede", "ine", "ale")
_EITHER_SEX: Final = frozenset("profi star coach routinier".split())
# A country's, a region's or a city's man, in "-er" (s54: "sagte der Österreicher", "der Walliser"):
# listed, since "der Hersteller", "der Veranstalter", "der Sender" are bodies; or a place's name
# the article writes as a word of its own, with "-er" after it ("Oberstdorf" … "der Oberstdorfer").
_DEMONYMS_ER: Final = frozenset("""österreicher schweizer amerikaner italiener spanier norweger niederländer
holländer belgier luxemburger isländer engländer japaner australier brasilianer argentinier mexikaner
kolumbianer ukrainer kenianer tiroler südtiroler kärntner steirer vorarlberger salzburger wiener berliner
hamburger münchner kölner frankfurter stuttgarter dresdner leipziger walliser berner zürcher basler
luzerner bündner""".split())
# An indefinite article, at most two adjectives and the noun after them: someone unnamed
# ("eine Sprecherin", "ein junger Polizist", "eine Bahn-Sprecherin").
_INDEFINITE_NOUN: Final = re.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Ee]ines|[Jj]eder)[^\S\n]{1,3}"
    r"(?:[a-zäöüß][\w\-]{1,25}[^\S\n]{1,3}){0,2}([\w\-]{1,61})")
_PREFIX_MAX: Final = 20  # letters of the word before the noun's hyphen ("Bahn-Sprecherin")


def _person_noun(noun: str, article: str) -> str | None:
    """The sex the description ``article`` + ``noun`` gives, when the noun is one person's: a
    role, a title, a family noun, a people's noun ("Franzose"), a noun said of either sex
    ("Ex-Profi"); None for anything else and for a plural ("die Ökonomen")."""
    sex = _ARTICLE_GENDER[article.lower()]
    head = noun.rsplit("-", 1)[-1].lower()
    if head in _EITHER_SEX:
        return sex
    stated = noun_gender(noun, article)
    if stated is not None:
        return sex if stated == sex else None  # "die Ökonomen" (a plural), "die Experte" (no one)
    if sex == "m" and head.endswith(_WEAK_PEOPLE) and len(head) >= 5:
        return sex  # "der Franzose", "der Brite"
    if sex == "f" and head.endswith("in") and len(head) >= 5:
        return sex  # "die Französin", "die Britin"
    return None


def _demonym(noun: str, article: str, text: str, before: int) -> str | None:
    """"m" for "der Österreicher", "der Oberstdorfer" (a listed demonym, or a place the article
    names before ``before`` and "-er"); None otherwise (s54)."""
    head = noun.lower()
    if article.lower() != "der" or not head.endswith("er") or "-" in noun:
        return None
    if head in _DEMONYMS_ER:
        return "m"
    place = noun[:-2]
    return "m" if len(place) >= 4 and re.search(r"\b" + re.escape(place) + r"\b", text[max(0, before - _WINDOW):before]) \
        else None


def _introduced_unnamed(text: str, noun: str, lo: int, before: int) -> bool:
    """Whether the article introduced someone unnamed with ``noun`` in ``text[lo:before]`` ("eine
    Bahn-Sprecherin", "ein junger Polizist"): the description refers back to them."""
    head = noun.rsplit("-", 1)[-1]
    for m in _INDEFINITE_NOUN.finditer(text, lo, before):
        word = m.group(1)
        prefix = word[:len(word) - len(head) - 1]
        if word == head or word.endswith("-" + head) and 0 < len(prefix) <= _PREFIX_MAX and prefix.isalnum():
            return True
    return False


# Articles, possessives and the prepositions joined to an article, in lower case and opening a
# sentence (never in capitals): a word written after one is a German noun.
_ARTICLE_WORDS: Final = sorted(DETERMINERS | frozenset("zum zur im am vom beim ins".split()), key=len, reverse=True)
_AFTER_ARTICLE: Final = re.compile(r"\b(?:" + "|".join(w + "|" + w.capitalize() for w in _ARTICLE_WORDS)
                                   + r")[^\S\n]{1,3}([A-ZÄÖÜ][\w\-]*)")
# Endings of German abstract nouns ("Verweigerung", "Freiheit"), singular or plural, each after a stem of at least
# _STEM letters ("Übung", "Nation"; not the surname "Jung").
_NOUN_ENDINGS: Final = ("ung", "heit", "keit", "schaft", "tion", "ität", "nis", "tum",
                        "ungen", "heiten", "keiten", "schaften", "tionen", "itäten", "nisse")  # (plurals: "in Sachen Lockerungen")
_STEM: Final = 2


def _written_after_article(text: str) -> frozenset[str]:
    """The capitalized words ``text`` writes after an article ("das Geld", "zum Zeitpunkt"), and
    each one's parts before a hyphen ("Bahn" of "die Bahn-Sprecherin"): nouns."""
    out: set[str] = set()
    for m in _AFTER_ARTICLE.finditer(text):
        word = m.group(1)
        out.add(word)
        at = word.find("-")
        while at > 0:
            out.add(word[:at])
            at = word.find("-", at + 1)
    return frozenset(out)


def _noun_ending(word: str) -> bool:
    """Whether ``word`` ends like an abstract noun, after a stem ("Verweigerung"; not "Jung")."""
    low = word.lower()
    return any(low.endswith(e) and len(low) - len(e) >= _STEM for e in _NOUN_ENDINGS)


class _Memo:
    """What the descriptions of one zone read of its whole text, found once: the names it writes
    (``runs``, their ``ends``), the words it writes after an article (``nouns``), and, asked for
    one name at a time, what the name's words are (``candidates``), the sex a noun next to it
    gives (``stated``) and whether a sentence holds it inside (``inside``). The article's names
    (``ctx.names``) and its language are the same for every zone of the context it is kept on."""

    __slots__ = ("text", "runs", "ends", "nouns", "candidates", "stated", "inside")

    def __init__(self, text: str, ctx: ArticleContext) -> None:
        self.text = text
        self.runs = [part for whole, end in names_in(text, 0, len(text)) for part in _parts(whole, end)]
        self.ends = [end for _, end in self.runs]
        self.nouns = _written_after_article(text)
        self.candidates: dict[str, tuple[str, int, bool, bool] | None] = {}
        self.stated: dict[str, str | None] = {}
        self.inside: dict[str, bool] = {}

    def stated_gender(self, text: str, person: str) -> str | None:
        """``gender_de.stated_gender`` of ``person`` in this zone's text, read once a name."""
        if person not in self.stated:
            self.stated[person] = stated_gender(text, person)
        return self.stated[person]


def _memo(text: str, ctx: ArticleContext) -> _Memo:
    """The memo of ``text`` kept on ``ctx``; a new one when the zone read is another."""
    memo = ctx.described
    if not isinstance(memo, _Memo) or memo.text is not text:
        memo = ctx.described = _Memo(text, ctx)
    return memo


def _sex(memo: _Memo, ctx: ArticleContext, person: str, first_name: bool = True) -> str | None:
    """``pronouns_de.gender_of``, the sex a noun next to the name gives read once a name;
    ``first_name`` False: only the sex the article's own words give (the one that shows a person)."""
    return gender_of(memo.text, ctx, person, memo.stated_gender, first_name)


def _bare_name(run: str, ctx: ArticleContext) -> str:
    """``run`` without the words that open it and are no part of the name: an article, a title or
    role ("Der Bäcker Tom Weber"), a verb that opens the sentence ("Läuft Piotr Trochowski",
    found as a word the article never writes with the rest of the name)."""
    lang = current_language()
    words = run.split()
    while len(words) > 1 and (words[0].lower() in lang.function_words or words[0].lower() in FUNCTION_WORDS
                              or is_role_noun(words[0].lower()) or is_title_word(words[0])
                              or noun_gender(words[0]) is not None or is_compound_title(words[0].lower())):
        words.pop(0)
    if len(words) > 2 and words[0].lower() not in ctx.names.fullest(" ".join(words[1:])).lower():
        words.pop(0)
    return " ".join(words)


def _parts(run: str, end: int) -> list[tuple[str, int]]:
    """The stretches of capitalized words of ``run`` (ending at ``end``) between its lower-case
    words, each with its end: "Tom Weber und Jonas Brandt" is two people."""
    out: list[tuple[str, int]] = []
    words: list[str] = []
    at = end - len(run)
    for word in run.split(" "):
        at += len(word) + 1
        if word[:1].isupper():
            words.append(word)
            continue
        if words:
            out.append((" ".join(words), at - len(word) - 2))
        words = []
    if words:
        out.append((" ".join(words), end))
    return out


def _candidate(memo: _Memo, ctx: ArticleContext, run: str) -> tuple[str, int, bool, bool] | None:
    """What ``run`` says of the person it may name, read once a run: the person as the article
    gives the name in full, the length of the run's bare name, whether the run is one word, and
    whether a word of the name is a noun (by its ending or written after an article). None when
    it names no one: not person-like, a body's name, one word in full, a function word."""
    if run in memo.candidates:
        return memo.candidates[run]
    lang = current_language()
    name = _bare_name(run, ctx)
    person = _bare_name(ctx.names.fullest(name), ctx)  # ("Wirtschaftsminister Hubert Aiwanger")
    words = person.split()
    found = None
    given = first_name_sex(person) is not None  # "Stephan Weil": after a given name, "Weil" is a surname
    if is_person_like(name) and not is_org(name) and len(words) >= 2 and not any(
            (w.lower() in FUNCTION_WORDS or w.lower() in lang.function_words) and not (k and given)
            or w.endswith("-") for k, w in enumerate(words)):
        found = (person, len(name), " " not in name,
                 any(_noun_ending(w) or w in memo.nouns for w in words))
    memo.candidates[run] = found
    return found


def _person(memo: _Memo, ctx: ArticleContext, run: str) -> tuple[str, int] | None:
    """The person ``run`` may name, as the article gives the name in full, and the length of the
    run's bare name: two capitalized words or more, none of them a function word. German
    capitalizes its nouns, so two capitalized words ("Mehr Geld", "Medizinische Gründe") are a
    name only when neither is a noun or the article quoted the person or gave them a sex
    ("Landwirt Tom Bauer", where "der Bauer" is a noun too); so is one word widened to a full name
    ("Eltern", widened to "Dürfen Eltern" by a heading). One that is still no one's only stands in
    the way of another person (a candidate must be quoted or given a sex)."""
    found = _candidate(memo, ctx, run)
    if found is None:
        # A surname alone that the article has credited with a quote ("„…“, schildert Klimes."):
        # news that names a person by the surname only refers back to them as to a full name.
        # Not a first name alone ("Catherine"): that is a person the article named in full
        # elsewhere or a speaker read wrongly, and a description is no evidence for either.
        return (run, len(run)) if " " not in run and run in ctx.people and not is_first_name(run) else None
    person, bare, single, noun = found
    if (single or noun) and person not in ctx.people and _sex(memo, ctx, person, False) is None:
        return None
    return person, bare


_MENTIONS_READ: Final = 20  # mentions of a name read for one inside a sentence


def _inside_sentence(memo: _Memo, name: str) -> bool:
    """Whether the article writes ``name`` somewhere inside a sentence, where German capitalizes
    only nouns and names (a question heading "Dürfen Eltern …?" opens on a verb); read once a name."""
    known = memo.inside.get(name)
    if known is not None:
        return known
    text = memo.text
    at, seen, found = text.find(name), 0, False
    while at >= 0 and seen < _MENTIONS_READ and not found:
        found = not opens_sentence(text, at)
        at, seen = text.find(name, at + len(name)), seen + 1
    memo.inside[name] = found
    return found


def _people_before(memo: _Memo, ctx: ArticleContext, lo: int, hi: int) -> list[tuple[str, int]]:
    """(person, end of the mention) of the people named before ``hi``, the names ending after
    ``lo``, in order; a run that opens a sentence ("Dürfen Eltern …", "Weitere Artikel") only when
    the article writes it inside a sentence too, quoted it or gave it a sex."""
    out = []
    for k in range(bisect_right(memo.ends, lo), bisect_right(memo.ends, hi)):
        run, end = memo.runs[k]
        found = _person(memo, ctx, run)
        if found is None:
            continue
        person, bare = found
        if opens_sentence(memo.text, end - bare) and not (
                _inside_sentence(memo, person) or person in ctx.people or _sex(memo, ctx, person, False)):
            continue
        out.append((person, end))
    return out


def _sentence_around(text: str, ctx: ArticleContext, lo: int, end: int, hi: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[end - 1]`` (the zone's sentences, not before
    ``lo`` nor past ``hi``, nor across a line break)."""
    assert ctx.sentences is not None  # (set for every zone: extract._zone_quotes)
    start = max(ctx.sentences.start(lo, end - 1), text.rfind("\n", lo, end) + 1)
    stop = text.find("\n", end, hi)
    return start, min(ctx.sentences.end(end, hi), hi if stop < 0 else stop)


def _shown(memo: _Memo, ctx: ArticleContext, person: str, sex: str) -> bool:
    """Whether the article shows ``person`` can be the one described: it credited them with a
    quote before, or itself gave them the description's ``sex`` (a pronoun, an honorific, a title
    or role noun). A first name's sex (``first_names``) rules a person out of a description of the
    other sex, but is no sign that the description is theirs: "Lena Hartmann und Paul Kessler …
    „…“, so die Ministerin" is no one, when no one was called minister."""
    return person in ctx.people or _sex(memo, ctx, person, False) == sex


def described_antecedent(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """The person the German definite description ``mention`` (credited before ``before``)
    refers back to: the last person named before it whose sex the article does not give as the
    other one, when the article credited that person with a quote before or gave them the
    description's sex, no other such person is named in the sentence that last named them nor
    shown so in the stretch read, and the description's noun introduced no unnamed person since;
    else None."""
    if current_language().code != "de" or ctx.sentences is None:
        return None
    m = _DESCRIPTION.fullmatch(mention.strip(" .,;:"))
    sex = _person_noun(m.group(2), m.group(1)) or _demonym(m.group(2), m.group(1), text, before) \
        if m is not None else None
    if m is None or sex is None:
        return None
    memo = _memo(text, ctx)
    lo = max(0, before - _WINDOW)
    people = [(person, end) for person, end in _people_before(memo, ctx, lo, before)
              if _sex(memo, ctx, person) in (None, sex)]
    if not people:
        return None
    found, last = people[-1]
    if not _shown(memo, ctx, found, sex):
        return None  # a name the article neither quoted nor gave a sex: "die Bäuerin" may be his wife
    s_lo, s_hi = _sentence_around(text, ctx, lo, last, before)
    for person, end in people:
        if not set(person.split()) & set(found.split()) and (s_lo <= end <= s_hi or _shown(memo, ctx, person, sex)):
            return None  # "Tom Weber und Jonas Brandt führen den Hof", another man quoted: neither
    if _introduced_unnamed(text, m.group(2), last, before) or _described_since(text, last, before):
        return None  # "Tom Weber … Eine Sprecherin der Stadt … die Sprecherin": someone unnamed
    if _holds_other_role(text, found, m.group(2)):
        return None  # "Vizepräsident Harald Moosbrugger … der Präsident": another office
    if _acts_on_pronoun(text, m.group(2), before, sex):
        return None  # "Petra Lindner kam. Die Bürgermeisterin lobte sie: „…“": "sie" is Petra Lindner
    return found


def _described_since(text: str, last: int, before: int) -> bool:
    """Whether a sentence between the last name (ending at ``last``) and the quote's own lead-in
    opens on another person's definite description ("Der Bürgermeister der Nachbargemeinde sieht
    das anders."): someone unnamed came in, whom the description may stand for."""
    # (the quote's own lead-in is what follows the last sentence stop: found once, not per match)
    stop = max(text.rfind(c, last, before) for c in _SENTENCE_STOPS)
    return opens_on_description(text, last, before, "de", lambda d: d.end() <= stop and
                                _person_noun(d.group("noun"), d.group("article")) is not None)


_LEAD_READ: Final = 120  # characters before the quote read for the description's own lead-in
# The object forms of "er" and "sie": in the clause whose subject is the description, another person.
_OBJECT_PRONOUNS: Final = {"m": frozenset("ihn ihm".split()), "f": frozenset("sie ihr".split())}
_SENTENCE_STOPS: Final = ".!?\n"


def _acts_on_pronoun(text: str, noun: str, before: int, sex: str) -> bool:
    """Whether the lead-in of the quote opens on the description and holds, after it, a pronoun of
    its sex ("Die Bürgermeisterin lobte sie: „…“", "Der Trainer lobte ihn:"): the pronoun stands for
    the person named before, so the description is someone else."""
    at = text.rfind(noun, max(0, before - _LEAD_READ), before)
    if at < 0:
        return False
    lead = text[at + len(noun):before]
    return not any(c in lead for c in _SENTENCE_STOPS) and any(
        w.strip(",;:").lower() in _OBJECT_PRONOUNS[sex] for w in lead.split())


_ROLE_MENTIONS: Final = 6  # mentions of a person's name read for the role written before it
_OFFICE_MIN: Final = 5  # letters of the office two roles end on ("trainer", "ministerin"; not "erin")


def _holds_other_role(text: str, person: str, noun: str) -> bool:
    """Whether the article writes ``person`` after another office of the kind ``noun`` names: a
    compound of another office ("Vizepräsident Harald Moosbrugger" is not "der Präsident",
    "Co-Trainer …" not "der Trainer") or another compound of the same office ("Justizministerin
    Karla Wendt" is not "die Familienministerin"). "Wirtschaftsminister Hubert Aiwanger" is "der
    Minister"; a role of another kind ("Die Sängerin Lea Roth" … "die Musikerin") is a synonym."""
    want = noun.rsplit("-", 1)[-1].lower()
    at, seen = text.find(person), 0
    while at >= 0 and seen < _ROLE_MENTIONS:
        words = text[max(0, at - 60):at].split()
        role = words[-1] if words else ""
        low = role.rsplit("-", 1)[-1].lower()
        base = os.path.commonprefix([low[::-1], want[::-1]])[::-1]  # the office both end on
        if role[:1].isupper() and len(base) >= _OFFICE_MIN and is_title_word(base) and (
                other_office(role) and low.endswith(want) or not low.endswith(want)):
            return True
        at, seen = text.find(person, at + len(person)), seen + 1
    return False
