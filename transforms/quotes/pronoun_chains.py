"""Two readings of a pronoun outside English where the sentence walk of pronouns_intl gives up
or goes wrong (issue 16); the English reading (sentences_before.subject_before) does both already:

- a pronoun chain (German): the sentences before the quote are about the same "er" or "sie", and that
  pronoun chains back over a paragraph break to the person named as the subject before it ("Anna
  Keller führt die Bäckerei. / Sie hat sie 2010 eröffnet. Sie hat viel erlebt. „…“, sagte sie."):
  that person (``chained_subject``), read back a fixed number of sentences and paragraphs;
- an unnamed newcomer (German, French, Spanish, Portuguese): a sentence brings in a person the
  article does not name, by an indefinite article and a person noun ("Ein Sprecher der
  Gewerkschaft widersprach. „…“, sagte er.", "Un porte-parole a contesté. « … », a-t-il dit."):
  the pronoun is that one's, not the person named before (``unnamed_newcomer``): null.

Pure functions, bounded reads."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.implied import sole_person_in
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.role_subjects import opening_role, role_in
from newsbeam.transforms.quotes.titles import is_title_word, split_title

_CHAIN_PARAGRAPHS: Final = 2  # paragraphs read back past the pronoun's own
_CHAIN_SENTENCES: Final = 5  # sentences read back in them, in all
_PRONOUN_WORDS: Final = 6  # the pronoun as the subject stands within the first words of its sentence
_SCAN: Final = 300  # characters of a sentence read for a newcomer
_PLURAL_FORMS: Final = frozenset(("sind", "tun"))  # plural verbs not ending in "-en"

# Nouns of an unnamed person that are not titles or role nouns (``is_title_word``): "ein Mann",
# "eine Anwohnerin". Feminine forms are the masculine ones with "-in" (``_gender``).
_PERSON_NOUNS: Final = frozenset(
    "mann frau anwohner bewohner passant zeuge augenzeuge nachbar besucher kunde kundin zuschauer "
    "teilnehmer mitarbeiter angestellter insider vertreter fan nutzer leser".split())
# A word before "ein"/"eine" that makes it no subject ("mit ein paar", "für eine Anwohnerin").
_PREPOSITIONS: Final = frozenset(
    "an auf aus bei durch für gegen hinter in mit nach neben ohne über um unter von vor zu zwischen "
    "als wie".split())
# The Romance indefinite articles and the gender each marks; a person noun after them that is
# no title (``is_title_word`` has "porte-parole", "portavoz", "ministre"); prepositions before.
_ROMANCE_ARTICLES: Final = {
    "fr": {"un": "m", "une": "f"},
    "es": {"un": "m", "una": "f"},
    "pt": {"um": "m", "uma": "f"},
}
_ROMANCE_PERSON_NOUNS: Final = {
    "fr": frozenset("homme femme habitant habitante témoin voisin voisine passant passante riverain "
                    "riveraine employé employée salarié salariée policier policière avocat avocate "
                    "spectateur spectatrice supporter supportrice client cliente élève parent "
                    "manifestant manifestante électeur électrice lecteur lectrice".split()),
    "es": frozenset("hombre mujer vecino vecina testigo residente empleado empleada trabajador trabajadora "
                    "policía abogado abogada espectador espectadora aficionado aficionada hincha cliente "
                    "manifestante votante lector lectora".split()),
    "pt": frozenset("homem mulher morador moradora testemunha vizinho vizinha funcionário funcionária "
                    "trabalhador trabalhadora policial advogado advogada espectador espectadora torcedor "
                    "torcedora cliente manifestante eleitor eleitora leitor leitora".split()),
}
_ROMANCE_PREPOSITIONS: Final = {
    "fr": frozenset("à de pour avec par sur dans chez contre sans selon vers comme".split()),
    "es": frozenset("a de para con por en sobre contra sin ante según hacia como".split()),
    "pt": frozenset("a de para com por em sobre contra sem ante segundo como".split()),
}
# The dative pronoun after a Romance newcomer: it speaks to someone ("lui", "le", "lhe").
_ROMANCE_OBJECT: Final = {
    "fr": re.compile(r"(?<![\w\-])lui(?![\w\-])"),
    "es": re.compile(r"(?<![\w\-])le(?![\w\-])"),
    "pt": re.compile(r"(?<!\w)lhe(?![\w\-])"),  # also after the verb: "perguntou-lhe"
}
# An article, then two words at most: the noun, or an adjective and the noun.
_ROMANCE_INDEFINITE: Final = re.compile(r"(?<![\w\-’'])([Uu]n[ae]?|[Uu]ma?)[^\S\n]{1,3}+"
                                        r"([a-zà-ÿ][\w\-]{0,30}+(?:[^\S\n]{1,3}+[a-zà-ÿ][\w\-]{0,30}+)?)")
# The pronoun's person as an object after a German newcomer ("fragte ihn", "fragte sie", "ihr").
_OBJECT_FORMS: Final = {
    "m": re.compile(r"(?<![\w\-])(?:ihn|ihm)(?![\w\-])"),
    "f": re.compile(r"(?<![\w\-])(?:sie|ihr)(?![\w\-])"),
}
# An indefinite article, at most two lower-case words (adjectives, "39-jähriger"), then a noun.
_INDEFINITE: Final = re.compile(r"(?<![\w\-])([Ee]ine?)[^\S\n]{1,3}+"
                                r"((?:[a-zäöüß0-9][\w\-]{0,24}+[^\S\n]{1,3}+){0,2}?)"
                                r"([A-ZÄÖÜ][\w\-]{1,40}+)(?![\w\-])")


def unnamed_newcomer(text: str, lo: int, hi: int, gender: str) -> bool:
    """Whether the sentence ``text[lo:hi]`` brings in an unnamed person of ``gender`` ("m",
    "f") by an indefinite article ("Ein Sprecher der Gewerkschaft widersprach.", "Dann meldete
    sich eine Anwohnerin zu Wort.", "Un porte-parole du syndicat a contesté.", "Una vecina
    protestó."), not after a preposition ("mit einer Anwohnerin", "pour un voisin": no subject).
    German and the Romance languages; elsewhere False."""
    code = current_language().code
    if code == "de":
        return _german_newcomer(text, lo, hi, gender)
    articles = _ROMANCE_ARTICLES.get(code)
    if articles is None:
        return False
    for m in _ROMANCE_INDEFINITE.finditer(text, lo, min(hi, lo + _SCAN)):
        article = m.group(1).lower()
        if article not in articles or _after_preposition(text, lo, m.start(), _ROMANCE_PREPOSITIONS[code]):
            continue
        # the noun right after the article, or after one adjective before it ("un ancien ministre")
        if any(is_title_word(w) or w in _ROMANCE_PERSON_NOUNS[code] for w in m.group(2).lower().split()):
            # "Une femme lui a demandé …", "Una mujer le preguntó …": the newcomer asks, the
            # pronoun's person answers
            return articles[article] == gender and not _ROMANCE_OBJECT[code].search(text, m.start(2), min(hi, lo + _SCAN))
    return False


def _after_preposition(text: str, lo: int, at: int, prepositions: frozenset[str]) -> bool:
    """Whether the word before ``at`` (within the sentence from ``lo``) is a preposition."""
    before = text[max(lo, at - 20):at].split()
    return bool(before) and before[-1].lower().strip(",;:") in prepositions


def _german_newcomer(text: str, lo: int, hi: int, gender: str) -> bool:
    """``unnamed_newcomer`` in German: "ein"/"eine", adjectives, a capitalized person noun; not
    one who speaks to the pronoun's person ("Eine Frau fragte sie, ob sie fliehen werde.")."""
    for m in _INDEFINITE.finditer(text, lo, min(hi, lo + _SCAN)):
        if _after_preposition(text, lo, m.start(), _PREPOSITIONS):
            continue
        noun = m.group(3).lower()
        base = noun[:-2] if noun.endswith("in") and noun not in _PERSON_NOUNS else noun
        if not (is_title_word(noun) or noun in _PERSON_NOUNS or base in _PERSON_NOUNS or is_title_word(base)):
            continue
        noun_gender = _gender(m.group(1).lower(), noun)
        if noun_gender is not None:
            # "Eine Frau fragte sie, ob …": the newcomer speaks to the pronoun's person, who answers
            return noun_gender == gender and not _OBJECT_FORMS[gender].search(text, m.end(), min(hi, lo + _SCAN))
    return False


def _gender(article: str, noun: str) -> str | None:
    """The gender "ein"/"eine" and the noun agree on: "eine Anwohnerin", "eine Frau" (f); "ein
    Sprecher" (m); "eine Sprecher" agrees on none (an accusative plural reading): None."""
    feminine = noun.endswith("in") or noun in ("frau", "kundin")
    if article == "eine":
        return "f" if feminine else None
    return None if feminine else "m"


def pronoun_subject(text: str, lo: int, hi: int, pronoun: str) -> bool:
    """Whether the sentence ``text[lo:hi]`` has ``pronoun`` ("er", "sie") as its subject: its
    first word ("Sie hat viel erlebt."), or right after the verb in second place, after a
    phrase with no comma that opens on a function word, no name ("Seit 2010 steht er um vier
    auf.", "Auf Instagram schrieb er"; not "Tom Weber kennt sie")."""
    words = text[lo:min(hi, lo + 200)].split()[:_PRONOUN_WORDS]
    if len(words) < 2:
        return False
    if words[0].lower() == pronoun:
        return not _plural_verb(words[1], pronoun)
    if words[0].lower() not in current_language().function_words:
        return False
    for k in range(2, len(words)):
        if "," in words[k - 1] or "," in words[k - 2]:
            return False
        if words[k].strip(".,;:!?").lower() == pronoun and words[k - 1][:1].islower():
            return not _plural_verb(words[k - 1], pronoun)
    return False


def _plural_verb(verb: str, pronoun: str) -> bool:
    """Whether the verb beside "sie" is plural ("Sie haben", "Seitdem sind sie"): they, not she."""
    verb = verb.strip(".,;:!?").lower()
    return pronoun == "sie" and (verb.endswith("en") or verb in _PLURAL_FORMS)


def chained_subject(text: str, ctx: ArticleContext, p_lo: int, pronoun: str, gender: str,
                    keep: Callable[[str, int], bool] | None,
                    agreeing: Callable[[str | None], str | None]) -> str | None:
    """The person a chain of "er"/"sie" goes back to across the paragraph break at ``p_lo``:
    reading the sentences of the (at most two) paragraphs before it from the last, past those
    whose subject is the same pronoun, the person last credited with a quote in a sentence, else
    the one person named in it as its subject (``keep``; two: no one), of a gender that agrees (``agreeing``). "" (no one)
    where a sentence brings in an unnamed person of that gender; None where the chain breaks: a
    sentence about something else, a person of the other gender, or the bounds reached."""
    assert ctx.sentences is not None
    hi = p_lo - 1
    read = 0
    for _ in range(_CHAIN_PARAGRAPHS):
        while hi > 0 and text[hi - 1] in "\n\r ":
            hi -= 1
        if hi <= 0:
            return None
        q_lo = text.rfind("\n", 0, hi) + 1
        while hi > q_lo and read < _CHAIN_SENTENCES:
            read += 1
            s_lo = ctx.sentences.start(q_lo, hi - 1)
            credited = [person for at, person, _ in ctx.credits if s_lo <= at < hi]
            if credited:
                return agreeing(credited[-1])
            person = _named_subject(text, ctx, s_lo, hi, agreeing) or \
                agreeing(sole_person_in(text, ctx, s_lo, hi, keep))
            if person and role_in(text, s_lo, hi, gender) not in (None, opening_role(text, s_lo, hi)):
                # "Tom Weber lobte die Bäckerin. / Sie hat ...": a role of the pronoun's gender
                # beside the person the sentence names may be the one: no one (a role that opens
                # the sentence is the name's own: "Die Bäckerin Anna Keller")
                return ""
            if person:
                return person
            if unnamed_newcomer(text, s_lo, hi, gender):
                return ""
            if not pronoun_subject(text, s_lo, hi, pronoun):
                return None
            hi = s_lo
            while hi > q_lo and text[hi - 1] == " ":
                hi -= 1
        if read >= _CHAIN_SENTENCES:
            return None
        hi = q_lo - 1
    return None



_JOINED: Final = re.compile(r"\s*+(?:,|und\s|sowie\s)\s*+[A-ZÄÖÜ]")  # "Tom Weber und Anna Keller"


def _named_subject(text: str, ctx: ArticleContext, lo: int, hi: int,
                   agreeing: Callable[[str | None], str | None]) -> str | None:
    """The subject of ``text[lo:hi]`` when it names one person, whom the article knows or names
    by two words or more ("Anna Keller führt die Bäckerei."), of a gender that agrees; None for
    two joined ("Tom Weber und Anna Keller führen ..."), a possessor or no person."""
    subj = subject_of(text, lo, hi)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    name = split_title(mention)
    if not name or not is_person_like(mention) or text[subj[1]:subj[1] + 1] in ("'", "’") or \
            _JOINED.match(text, subj[1], hi) or not (ctx.names.is_person(name) or len(name.split()) >= 2):
        return None
    return agreeing(ctx.names.fullest(name))

