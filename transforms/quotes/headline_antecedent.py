"""A person the headline names as its subject or as its label ("Interview: Ann Lee on …",
"Ann Lee returns …", "Ann Lee : « … »", "Ann Lee über …", "Ann Lee: “…”") is the antecedent of
the body's "she"/"sie"/"elle"/"ella", of a description ("the 34-year-old", "der 52-Jährige",
"l'élue", "el regidor") and of the quotes that inherit from them, when the body names no other
person before the quote. News in every language names its subject once, in the headline, and
goes on with a pronoun or a description; those quotes found no antecedent in the body alone.

Applied after ``rules.RULES`` and the resolver, to the body's quotes left with no speaker (rule
``headline_antecedent``). Rather null than wrong: the headline's words must be a person (two
words or more with a first name of one sex, or a name the article uses as a person's; a one-word
label only when the body uses it again with a first name or a title), never a place, a body or a
topic ("Mali :", "Covid :"); a pronoun must agree with that person's sex, when known, and no
other person may be named in the body before the quote, nor any other person credited there
before it (a pronoun whose sex differs from that other person's is still the headline's).
Descriptions are definite, of the singular, and not a body, a group or a spokesperson.
Pure functions, bounded reads (the first ``_BODY_READ`` characters of the body).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Final

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.headline_person import described_subject
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import GROUP_WORDS, ORG_NOUNS, PLACE_WORDS
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import NameIndex, is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title

# The name the rule is recorded under (``Quote.rule``).
HEADLINE_ANTECEDENT: Final = "headline_antecedent"

_BODY_READ: Final = 20000  # characters of the body read for other people, at most
_MAX_NAME_WORDS: Final = 4
_AFTER_CUE: Final = 80  # characters after a quote read for its cue and the subject after it
_MAX_DESCRIPTION_WORDS: Final = 3  # "the former prime minister" and no longer
# A headline's leading label: the words before its first colon ("Interview:", "Ann Lee :").
_LABEL: Final = re.compile(r"^\s*([^:\n]{1,60}?)\s?:\s")
_WORD: Final = re.compile(r"[^\W\d_][\w'’.\-]*")
# The pronouns of one person, by language, with their sex.
_PRONOUNS: Final[dict[str, dict[str, str]]] = {
    "en": {"he": "m", "she": "f"},
    "de": {"er": "m", "sie": "f"},
    "fr": {"il": "m", "elle": "f"},
    "es": {"él": "m", "ella": "f"},
    "pt": {"ele": "m", "ela": "f"},
}
# The definite articles of the singular a description of one person opens with, by language.
_DEFINITE: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(("the",)),
    "de": frozenset(("der", "die")),
    "fr": frozenset(("le", "la", "l'", "l’")),
    "es": frozenset(("el", "la")),
    "pt": frozenset(("o", "a")),
}
_ARTICLES: Final = frozenset(w for words in _DEFINITE.values() for w in words) | frozenset(
    ("das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "a", "an", "un", "une", "una", "um", "uma"))
_OF: Final = frozenset(("of", "de", "du", "des", "d'", "von", "vom", "der", "del", "do", "da", "dos", "das"))
_OPENING_MARKS: Final = "\"“„«‘‚‹'»"


def _first_name_person(words: list[str], names: NameIndex) -> str | None:
    """The person ``words`` (a headline's leading capitalized run) names: the whole run when
    the article uses it as a person's name or it opens on a one-sex first name; else the run's
    first two words in a title-case headline, where the verb runs on ("Ann Lee Returns")."""
    for k in range(min(len(words), _MAX_NAME_WORDS), 1, -1):
        run = " ".join(words[:k])
        if is_org(run) or any(w.lower() in PLACE_WORDS for w in words[:k]):
            continue
        if first_name_sex(run) is not None or names.is_person(run):
            return run
    return None


def _leading_run(text: str) -> tuple[list[str], str]:
    """The capitalized words ``text`` opens with (at most ``_MAX_NAME_WORDS`` + 1) and what
    follows them ("" at the end, else its next character or word)."""
    words: list[str] = []
    pos = 0
    for m in _WORD.finditer(text):
        gap = text[pos:m.start()]
        if words and gap.strip():
            return words, gap.strip()[:1]
        if not m.group()[:1].isupper() or len(words) > _MAX_NAME_WORDS:
            return words, m.group()
        words.append(m.group().rstrip(".'’"))
        pos = m.end()
    rest = text[pos:].strip()
    return words, rest[:1]


def _verb_like(word: str) -> bool:
    """A capitalized word a title-case headline's verb or adverb looks like ("Signs",
    "Publicly"), not a surname's "Ross" or "Burns" kind (those end in ss, us, is)."""
    low = word.lower()
    return low.isalpha() and len(low) > 3 and (low.endswith("ly") or low.endswith("s") and
                                               not low.endswith(("ss", "us", "is")))


def _named_in_body(word: str, body: str, names: NameIndex) -> str | None:
    """The fuller name the body gives a one-word label ("Bedimo" -> "Ana Bedimo", "Mme Bedimo"):
    a run of two words or more ending on it that is a person's; else None."""
    for name, _end in names_in(body, 0, min(len(body), _BODY_READ)):
        parts = name.split()
        if len(parts) >= 2 and parts[-1] == word:
            bare = split_title(name) or name
            if bare != name or first_name_sex(bare) is not None or names.is_person(bare):
                return bare if len(bare.split()) >= 2 else name
    return None


def headline_person(title: str, body: str, names: NameIndex) -> str | None:
    """The person ``title`` names as its label (before a colon) or its subject (the words it
    opens with, before a lower-case word, a colon or a quotation mark); else None."""
    text = title.strip()
    label = _LABEL.match(text)
    if label is not None:
        words = label.group(1).split()
        if len(words) == 1 and words[0][:1].isupper():
            fuller = _named_in_body(words[0].rstrip(".'’"), body, names)
            if fuller is not None:
                return fuller
            text = text[label.end():]  # "Interview: Ann Lee on …": a kicker, the headline after it
        elif 2 <= len(words) <= _MAX_NAME_WORDS and all(w[:1].isupper() for w in words):
            return _first_name_person(words, names)
        else:
            return None
    words, after = _leading_run(text)
    cut = next((k for k in range(2, len(words)) if _verb_like(words[k])), None)
    if cut is not None:
        words, after = words[:cut], "s"  # "Ann Lee Signs New Deal": the subject before its verb
    if len(words) < 2 or after[:1].isupper() and len(words) > _MAX_NAME_WORDS:
        return None
    if after and not (after[:1].islower() or after in ":," or after in _OPENING_MARKS) and \
            not after[:1].isupper():
        return None
    return _first_name_person(words, names)


def _sex(person: str, names: NameIndex, genders: dict[str, str]) -> str | None:
    return first_name_sex(person) or genders.get(person) or names.titled_gender(person)


def _mention_sex(mention: str, lang: str) -> tuple[bool, str | None] | None:
    """(a pronoun?, its sex) for a mention that may stand for the headline's person: a
    pronoun of one person or a definite description of the singular; None for any other."""
    words = mention.strip(" ,.;:").split()
    if not words:
        return None
    first = words[0].lower()
    if len(words) == 1 and first in _PRONOUNS.get(lang, {}):
        return True, _PRONOUNS[lang][first]
    article, _, rest = first.partition("'") if "'" in first else first.partition("’")
    if rest:
        words = [rest, *words[1:]]
        first = article + "'"
    else:
        words = words[1:]
    cut = next((k for k, w in enumerate(words) if w.lower() in _OF), len(words))
    words = words[:cut]  # "l'ancien joueur de Metz": the description before its complement
    if first not in _DEFINITE.get(lang, frozenset()) or not words or len(words) > _MAX_DESCRIPTION_WORDS:
        return None
    head = words[-1].lower().strip(",.;:")
    if any(w[:1].isupper() for w in words[1:]) or head in GROUP_WORDS or head in ORG_NOUNS or \
            head in PLACE_WORDS or lang == "en" and head.endswith("s") and not head.endswith("ss"):
        return None  # "the Lee family", "the officials", "the company", "the spokesman"
    return False, None


def _after_cue(body: str, q: Quote) -> str:
    """The words after the quote's cue, up to a punctuation mark, when the cue follows the
    quote in its sentence ("« … », a confié le milieu offensif."): the subject set after its
    verb, which a rule that took the verb for the mention left unread; else ""."""
    if not q.cue or not q.speaker_mention or not q.speaker_mention.endswith(q.cue):
        return ""
    tail = body[q.end_char:q.end_char + _AFTER_CUE]
    at = tail.find(q.cue)
    if at < 0 or any(c in tail[:at] for c in ".!?\n"):
        return ""
    words = re.split(r"[,.;:!?\n(]", tail[at + len(q.cue):], maxsplit=1)[0]
    return words.strip()


def _in_headline(mention: str, title: str) -> bool:
    """The description's head noun is a word of the headline ("Lee says heckler deserves …" /
    "the heckler yelled"): the headline names that one beside its subject."""
    head = mention.strip(" ,.;:").split()[-1].lower()
    return head in {w.lower() for w in _WORD.findall(title)}


def credit_headline_person(quotes: list[Quote], title: str, body: str, names: NameIndex,
                           genders: dict[str, str]) -> list[Quote]:
    """``quotes`` (one article's, in reading order) where each body quote left with no speaker
    whose mention is a pronoun or a description (or that inherits from such a quote) takes the
    headline's person, when no one else is named or credited in the body before it."""
    if not any(q.zone == "body" and q.speaker is None and q.rule for q in quotes):
        return quotes
    person = headline_person(title, body, names)
    if person is None:
        return quotes
    person = names.fullest(person) if len(names.fullest(person).split()) <= _MAX_NAME_WORDS else person
    own = set(person.split())
    sex = _sex(person, names, genders)
    lang = current_language().code
    others = []  # (end, sex) of the other people the body names
    own_at = len(body)  # where the body first names the headline's person
    function_words = current_language().function_words
    for name, end in names_in(body, 0, min(len(body), _BODY_READ)):
        bare = split_title(name) or name
        if own & set(bare.split()):
            own_at = min(own_at, end)
            continue
        first = bare.split()[0].lower()
        if not is_person_like(bare) or first in _ARTICLES or first in function_words:
            continue  # "Die Schauspielerin", "Am Sonntag": a German noun after its article, no name
        if names.is_person(bare) or first_name_sex(bare) is not None or bare != name:
            others.append((end, _sex(bare, names, genders)))
    out = list(quotes)
    prev: Quote | None = None
    for k, q in enumerate(quotes):
        if q.zone != "body":
            continue
        if q.speaker is not None:
            if is_person_like(q.speaker) and not own & set(q.speaker.split()):
                break  # someone else credited: the pronouns after may be theirs
            prev = q
            continue
        take = False
        if q.attribution == "inherited" and q.rule:
            take = prev is not None and prev.speaker == person and prev.position == k - 1
        elif q.rule and q.speaker_mention:
            read = _mention_sex(q.speaker_mention, lang) or _mention_sex(_after_cue(body, q), lang)
            if read is not None:
                pronoun, wanted = read
                if pronoun and sex is not None and wanted != sex or pronoun and sex is None and lang == "de":
                    take = False  # (German "sie" is also "they": only for a woman)
                elif pronoun:
                    before = [s for end, s in others if end <= q.start_char]
                    # a person the body brings in by a description only ("La présidente du
                    # tribunal a rejeté …") may be the pronoun's too (French openings)
                    take = all(s is not None and s != wanted for s in before) and not (
                        lang == "fr" and described_subject(body, max(0, q.start_char - _BODY_READ), q.start_char))
                else:  # a description the resolver left where the body named someone is another's
                    take = own_at > q.start_char and not any(
                        end <= q.start_char for end, _ in others) and not _in_headline(q.speaker_mention, title)
        if take:
            out[k] = dataclasses.replace(q, speaker=person, rule=HEADLINE_ANTECEDENT)
        prev = out[k]
    return out
