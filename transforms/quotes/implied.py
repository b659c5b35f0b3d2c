"""Speakers a quote's neighbourhood implies rather than names next to it: the subject a verb
drops in Spanish and Portuguese ("«...», dijo al auditorio."), the one person a sentence names
wherever it stands, the only person an article has named before a pronoun."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes import lexicon_fr
from newsbeam.transforms.quotes.newer_subject_rom import newer_subject_rom
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.cues import Cue, CueIndex, speech_verb
from newsbeam.transforms.quotes.described_given import described_given
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.gender_fr import stated_gender
from newsbeam.transforms.quotes.given_fr import given_named_fr
from newsbeam.transforms.quotes.paragraph_chain import through_paragraphs
from newsbeam.transforms.quotes.pronouns_de import gender_of
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, TITLES
from newsbeam.transforms.quotes.lexicon_de import PREPOSITIONS as DE_PREPOSITIONS, SAME_SUBJECT_CONJUNCTIONS
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.perfect_subject import PLURAL, verb_start
from newsbeam.transforms.quotes.opening_adjunct import not_named_here
from newsbeam.transforms.quotes.pronoun_lead import pronoun_lead_gender
from newsbeam.transforms.quotes.introduced_once import role_after, title_before, titled_full_name
from newsbeam.transforms.quotes.named_after_verb_de import named_after_verb
from newsbeam.transforms.quotes.surname_mentions import written_twice
from newsbeam.transforms.quotes.trade_subject import trade_holder
from newsbeam.transforms.quotes.subject_chain import quote_marks, quoted_after, subject_dropped
from newsbeam.transforms.quotes.other_title import titled_otherwise
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.role_subjects import opening_role
from newsbeam.transforms.quotes.titles import is_compound_title, split_title
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.place_nouns import after_place_noun
from newsbeam.transforms.quotes.with_object import after_with
from newsbeam.transforms.quotes.trailing import tail_lead_end
from newsbeam.transforms.quotes.verb_openers import opens_on_reporting_verb
from newsbeam.transforms.quotes.thus_said import pointing_subject

# Languages that drop the subject of a verb ("«...», dijo al auditorio.", "e disse: “...”").
PRO_DROP: Final = frozenset(["es", "pt"])
_DROPPED_LEAD: Final = re.compile(r"[\s,:]*(?:que\s*)?$")  # between the verb and the quote: ": “", " que “"
# Plural endings of the verbs of PRO_DROP languages ("respondieron", "dicen", "disseram"): no one person.
_PLURAL_VERB: Final = ("ron", "an", "en", "ram", "am", "em")
# Prepositions of place: a single capitalized word after one is where, not who ("à Paris-8",
# "im Allgäu", "en Lima"); never "de"/"von", which also own ("de Pacheco"). The contractions
# with an article ("jefe del Estado", "presidente do Senado") name an office or a body.
_PLACE_PREPOSITIONS: Final = frozenset("à au aux en em no na nos nas in im nach del do des".split())
# German words that open a sentence before a name and are no part of it: prepositions and the
# conjunctions whose clause shares the main clause's subject (implied.sole_person_in).
_NAME_OPENERS_DE: Final = DE_PREPOSITIONS | SAME_SUBJECT_CONJUNCTIONS
# German articles: one capitalized word after one is a noun ("der Lounge", "die Bahn"), never a name.
_GERMAN_ARTICLES: Final = frozenset("der die das den dem des ein eine einer eines einem einen".split())


def _person_named(name: str, ctx: ArticleContext) -> str | None:
    """``name`` as the fullest name of a person, if the article uses it as one."""
    lang = current_language()
    words = name.split()
    if not words or not is_person_like(name) or any(
            w.lower() in lang.function_words or w.lower() in FUNCTION_WORDS for w in words):
        return None
    if name.isupper() or not ctx.names.is_person(name):
        return None  # "Buró Político", "Estados Unidos", a heading "NEXOS DE JOH": no person
    return ctx.names.fullest(name)


_GIVEN_NAMED_LANGUAGES: Final = frozenset(("es", "pt"))


def _given_named(name: str, ctx: ArticleContext) -> str | None:
    """In Spanish and Portuguese, which drop the subject, a person named once with no title who
    opens a sentence ("Marta Ibarra Soler llegó a las diez. «…», dijo."): the name index knows
    no person by the surname alone, but a name of two to four words that opens on a first name
    of one sex (first_names) is someone's; its fullest form, else None. Not further into the
    sentence: "en la zona de Centurión y Sierra de Ríos" is a place."""
    if current_language().code not in _GIVEN_NAMED_LANGUAGES or not is_person_like(name) or \
            any(w.lower() in current_language().function_words or w.lower() in FUNCTION_WORDS for w in name.split()):
        return None
    full = ctx.names.fullest(name)
    return full if 2 <= len(full.split()) <= 4 and first_name_sex(full) is not None else None


def another_person(text: str, ctx: ArticleContext, lo: int, hi: int, person: str) -> bool:
    """Whether ``text[lo:hi]`` names a person other than ``person``."""
    for run, end in names_in(text, lo, hi):
        if not_named_here(text, end - len(run), run):
            continue  # "Interrogé par France Inter, le ministre": the interviewer (stop 47); "en Palacio
            # Nacional": a place; "culpou a “Copa América …”": quoted words (s57)
        other = _person_named(split_title(run) or run, ctx)
        if other and other != person and other.split()[-1] not in person.split():
            return True
    return False


def _first_person_in(text: str, ctx: ArticleContext, lo: int, hi: int) -> tuple[str | None, str]:
    """The first person named in ``text[lo:hi]``, or (None, the description) when that name
    is no name of the sentence's subject, someone it describes (``_description_before``)."""
    counted, opened, straight = lo, 0, 0  # the quote marks of text[lo:counted], counted once
    for name, end in names_in(text, lo, hi):
        if after_place_noun(text, end - len(name)) or after_with(text, end - len(name)):
            continue  # "en la zona de Centurión": a place, whatever its fullest form; "con X": whom the subject met
        if end - len(name) < counted:
            counted, opened, straight = lo, 0, 0  # (names out of order: count again from lo)
        more_opened, more_straight = quote_marks(text, counted, end - len(name))
        counted, opened, straight = end - len(name), opened + more_opened, straight + more_straight
        if quoted_after(text, counted, hi, opened, straight):
            continue  # "«No creo que Antona me haya enviado un mensaje»": the speaker's words, not the subject
        person = _person_named(split_title(name) or name, ctx) or (
            _given_named(name, ctx) if not text[lo:end - len(name)].strip(" \"'“”«»") or
            described_given(text, lo, end - len(name), end) else None)  # "La bióloga Marta Quiroga ...
        if person:
            described = _description_before(text, lo, end - len(name))
            return (None, described) if described else (person, "")
    return None, ""


# A sentence whose subject is a description ("el cuerpo legal que defiende a ...", "O senador
# do Podemos pondera que ..."), after an introductory phrase closed by a comma ("Ante esto, ").
_DESCRIBED_OPENING: Final = re.compile(
    r"(?:[^\W\d_][^,.;:\n]{0,40}+,[^\S\n]++)?"
    r"((?:[Ee]l|[Ll]a|[Oo]|[Aa]|[Uu]na?|[Uu]m|[Uu]ma|[Ss]u|[Ss]eu|[Ss]ua)[^\S\n]++)[^\W\d_A-ZÁÉÍÓÚÑÇ]")
_CLAUSE_WORDS: Final = frozenset(["que", "quien", "cuyo", "cuya", "cujo", "cuja"])
_OBJECT_MARKERS: Final = frozenset(["a", "al", "ao", "à"])
_DESCRIPTION_REACH: Final = 8  # words between the article and a name that names the description's holder


def _description_before(text: str, lo: int, name_at: int) -> str:
    """The description that is the subject of the sentence at ``lo`` ("el cuerpo legal", "O
    senador do Podemos"), when the name at ``name_at`` is no name of its holder but a word of a
    clause or a complement: "el cuerpo legal que pretende demostrar la inocencia de Hernández
    aseguró" and "O senador do Podemos pondera que não há ameaça entre Pacheco e o STF" say
    nothing of Hernández's or Pacheco's. Else "": the holder's name set right after the
    description ("La ministra de Salud, Ana Ruiz, dijo", "El candidato Enrique Gómez")."""
    m = _DESCRIBED_OPENING.match(text, lo, name_at) if current_language().code in PRO_DROP else None
    if m is None:
        return ""
    words = text[m.start(1):name_at].split()
    lang = current_language()
    if words[0].lower() not in lang.determiners:
        return ""  # Spanish "A juicio de Ana Ruiz, ...", "O sea": no article
    low = [w.lower().strip(",") for w in words]
    clause = next((k for k, w in enumerate(low) if w in _CLAUSE_WORDS or w in lang.cues), None)
    if clause is None:
        if words[-1].endswith(","):
            return ""  # "El encargado del área protegida de Cerro Largo, John Rodríguez, ...": apposition
        # (Not after the personal "a": "El diario consultó a Molina." is often followed by Molina's words.)
        if len(words) <= _DESCRIPTION_REACH and (low[-1] in _OBJECT_MARKERS or not (
                low[-1] in lang.prepositions or low[-1] in lang.genitives or low[-1] in ("e", "y"))):
            return ""
    # The article, its noun and the body it belongs to ("O senador do Podemos"), no more.
    stop = min(clause if clause is not None else len(words), len(words))
    k = 2
    while k + 1 < stop and low[k] in lang.genitives and words[k + 1][:1].isupper():
        k += 2
    head = [w.strip(",") for w in words[:min(k, stop)]]
    return " ".join(head) if len(head) > 1 and head[1][:1].islower() else ""


def _reporter_in(text: str, ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The person a sentence's last reporting verb puts right after it: "El plan es justo,
    afirmó el presidente de la Asamblea, Ana Ruiz." (the one who goes on speaking), or None."""
    assert ctx.cues is not None
    lang = current_language()
    for cue in reversed(ctx.cues.between(lo, hi)[-3:]):
        if not speech_verb(cue, lang):
            continue
        np = np_after(text, cue.e + 1, hi) if cue.e < hi else None
        if np is None:
            return None
        mention = text[np[0]:np[1]].strip(" .,;:")
        return _person_named(split_title(mention) or mention, ctx)
    return None


def _person_before(text: str, ctx: ArticleContext, p_lo: int, before: int, sentences: int) -> tuple[str | None, str]:
    """The person last credited between ``p_lo`` and ``before``, else the person a sentence's
    reporting verb puts after it or the first person named, in one of the ``sentences``
    sentences that end there; or (None, a description) where such a sentence's subject is
    someone it describes and does not name."""
    person: str | None  # credited, then found in a sentence (typed for mypyc: it may be None)
    for offset, person, _ in reversed(ctx.credits):
        if offset < p_lo:
            break
        if offset < before:  # (unless a sentence since opens on someone newly named, s55)
            return newer_subject_rom(text, ctx, offset, before, person) or person, ""
    hi = before
    for _ in range(sentences):
        if hi <= p_lo:
            break
        assert ctx.sentences is not None
        s_lo = ctx.sentences.start(p_lo, hi - 1)
        person = _reporter_in(text, ctx, s_lo, hi)
        if person:
            return person, ""
        pointed = pointing_subject(text, ctx, s_lo, hi)
        if pointed is not None:
            # "Así se ha pronunciado la consejera sobre …" between two quotes: who spoke before
            # (thus_said.pointing_subject); a name, or the description resolved as any
            mention = text[pointed[0]:pointed[1]]
            named = _person_named(split_title(mention) or mention, ctx) if is_person_like(mention) else None
            return (named, "") if named else (None, mention)
        if subject_dropped(text, ctx, s_lo, hi):
            hi = s_lo - 1  # "«…», ha destacado en relación a Posada.": its subject is the one before
            continue
        person, described = _first_person_in(text, ctx, s_lo, hi)
        if person or described:
            return person, described  # (described, not named: no one further back)
        role = opening_role(text, s_lo, hi)
        if role:
            return None, role  # "O parlamentar é contrário ...": the role's holder, if the article gave it to one
        if (person := trade_holder(text, ctx, s_lo, hi)) is not None:
            return person or None, ""  # "El especialista señaló ...": the one last credited, or no one (trade_subject)
        hi = s_lo - 1
    return None, ""


_ONLY_PERSON_WINDOW: Final = 8000  # characters before a pronoun read for the people an article named


def sole_person_in(text: str, ctx: ArticleContext, lo: int, hi: int,
                   keep: Callable[[str, int], bool] | None = None) -> str | None:
    """The one person named in ``text[lo:hi]`` (a sentence), wherever in it: in a language that
    puts the subject after its verb ("Zum Glück klopft da Renato an die Tür.") the subject need
    not open the sentence. Two people named: None. ``keep(person, end)``, if given, tells which
    of the people named (their run ending at ``end``) may be the one: the others are passed over
    (pronouns_de: not one of the other sex, not a possessor)."""
    found: str | None = None
    german = current_language().code == "de"
    for name, end in names_in(text, lo, hi):
        first = name.split(None, 1)
        if german and len(first) > 1 and first[0].lower() in _NAME_OPENERS_DE:
            # "Als Anna Keller ankam, ...", "Für Philipp Sander, dem Vorsitzenden ...": the
            # sentence's first word is no part of the name; stripped before the tests of a
            # one-word name below; not "Während Tom Weber ...", which sets him against the one
            # who speaks
            name = first[1]
        at = end - len(name)
        if " " not in name and text[max(lo, at - 6):at].rsplit(None, 1)[-1:] in ([w] for w in _PLACE_PREPOSITIONS):
            # "étudie les lettres à Saint-Denis": one word after a preposition is a place (whose
            # fullest form may be a body's name), not the person the sentence is about.
            continue
        if after_place_noun(text, at):
            continue
        if german and " " not in name and \
                text[max(lo, at - 5):at].rsplit(None, 1)[-1:] in ([w] for w in _GERMAN_ARTICLES):
            continue  # "im Bereich der Lounge": a German noun after its article, not a name ("DB Lounge")
        person = _person_named(split_title(name) or name, ctx)
        given = None if person else given_named_fr(name, ctx)  # (French: "Paul Mercadier" named once)
        if person is None and given is None and german and named_after_verb(text, at, end, split_title(name) or name):
            given = split_title(name) or name  # "Nach 40 Jahren schließt Hans Obermaier seine …" (s54)
        person = person or given
        if person is None and _introduced_alone(text, name):
            if keep is None or keep(name, end):
                found = name if found in (None, name) else ""
            continue  # "Co-Redaktionsleiter Renato", "Antoine, 32 ans": a person by one name
        if person is None:
            continue
        words = person.split()
        while len(words) > 1 and words[0].islower():
            words.pop(0)  # "de Stephen Smith", the fullest form after "L’hypothèse de ..."
        person = " ".join(words)
        if not given and _person_named(person, ctx) is None:
            continue  # "Premier" whose fullest form is "Si le Premier": no one
        if not given and person not in ctx.people and not written_twice(text, words[-1]) and \
                not (len(words) > 1 and written_twice(text, words[0] + " ")) and \
                not written_twice(text, name.split()[-1]) and not titled_full_name(name) and \
                not (len(words) > 1 and (role_after(text, end) or title_before(text, lo, at) or
                                         _AGE_AFTER.match(text, end) is not None)):  # "Marie Lefèvre, 52 ans," (s54)
            # "Nach Rafael van der Vaarts Abschiedsgala": a run that is no one's name; a person
            # is called again by the surname, or by the first name ("Marie-Pierre Dausse ...
            # Marie-Pierre ne fait plus cours"); or introduced so, once ("Für Anna Roth, die
            # Vorsitzende des Vereins, ...").
            continue
        if keep is not None and not keep(person, end):
            continue
        if found is not None and person != found:  # ("" after a second person by one name)
            return None
        found = person
    return found or None


# A person called by one name, introduced as news introduces people: an age after the name
# (", 32 ans,", " (26)", ", 45 años") or a title or role right before it (tested by the caller).
_AGE_AFTER: Final = re.compile(r"\*?(?:,[^\S\n]*+\d{1,3}[^\S\n]++(?:ans|años|anos|Jahre)\b|[^\S\n]*+\(\d{1,3}\))")


def _introduced_alone(text: str, word: str) -> bool:
    """Whether the article introduces ``word`` (one capitalized word) as a person: a title or
    role right before it ("Co-Redaktionsleiter Renato", "Sportredaktor Christoph") or an age
    right after it ("Antoine*, 32 ans", "Trey (26)"), at one of its first 20 mentions."""
    if not word[:1].isupper() or not word.isalpha() or word.isupper() or \
            word.lower() in current_language().function_words or word.lower() in FUNCTION_WORDS:
        return False
    at, seen = text.find(word), 0
    while at >= 0 and seen < 20:
        end = at + len(word)
        if not text[end:end + 1].isalpha() and (at == 0 or not text[at - 1].isalpha()):
            if _AGE_AFTER.match(text, end):
                return True
            before = text[max(0, at - 40):at].split() if text[at - 1:at] == " " else []
            if before:
                low = before[-1].strip(",.;:()").lower()
                if low in TITLES or is_compound_title(low):
                    return True
        at, seen = text.find(word, end), seen + 1
    return False


def only_person_before(text: str, ctx: ArticleContext, before: int,
                       keep: Callable[[str, int], bool] | None = None) -> str | None:
    """The one person the article has named before ``before`` (within the last
    ``_ONLY_PERSON_WINDOW`` characters), if it named exactly one: a portrait or an obituary is
    about its subject, so "„...“, sagte sie" is hers even where the sentences before open on
    something else ("Ihre Starrolle spielte Tobisch ..."). Two people named: None. ``keep`` as
    for ``sole_person_in``: the people it refuses are not counted."""
    found: str | None = None
    for name, end in names_in(text, max(0, before - _ONLY_PERSON_WINDOW), before):
        person = _person_named(split_title(name) or name, ctx)
        if person is None or _person_named(person, ctx) is None:
            continue  # "Ausbildung", whose fullest form is "Ihre Ausbildung": no one
        if keep is not None and not keep(person, end):
            continue
        if found is not None and person != found:  # ("" after a second person by one name)
            return None
        found = person
    return found


def dropped_subject_antecedent(text: str, ctx: ArticleContext, before: int) -> tuple[str | None, str]:
    """Who speaks through a verb without a subject: the person last credited in the paragraph,
    else the first person named in the sentence before the quote (at most three back); when the
    quote opens its paragraph, or the paragraph opens on a reporting verb with no subject
    ("Relató que ... «...», explicó."), the same in the previous paragraph's last two sentences. Where
    the nearest such sentence is about someone it describes ("El abogado de Ana Ruiz habló
    ..."), no one, and that description: (None, "El abogado")."""
    p_lo = text.rfind("\n", 0, before) + 1
    person, described = _person_before(text, ctx, p_lo, before, 3)
    if person or described or p_lo < 2:
        return person, described
    lead = text[p_lo:before].strip(" \"'“”«»„")
    gender = None
    if lead:
        assert ctx.cues is not None
        gender = pronoun_lead_gender(lead)  # "Ella no se rinde. «…», dice." (stop 47)
        if gender is None and not opens_on_reporting_verb(text, ctx.cues, p_lo, before):
            return None, ""
    person, described = through_paragraphs(text, ctx, p_lo - 1, _person_before)  # (and further back: paragraph_chain)
    if gender is not None and person and ctx.names.gender(person) not in (None, gender):
        return None, ""  # "Ella …" after a man named: not his
    return person, described


_SET_OFF: Final = frozenset(",.;!?…\u2013\u2014")


def _set_off(text: str, open_at: int, close_end: int, verb_at: int) -> bool:
    """Whether the quote stands apart from a noun phrase before the verb after it: it opens its
    clause ("“De rigor” calificó la estrategia": the object, fronted), or a comma, a stop or a
    dash sets it off from the verb ("“Não vamos recuar”, disse."). A quote right after a word and
    right before the verb ("O relatório “Brasil 2030” previu ...") is inside the phrase that is
    the verb's subject: no dropped one."""
    before = text[max(0, open_at - 3):open_at].rstrip()
    return not before[-1:].isalnum() or any(ch in _SET_OFF for ch in text[max(0, close_end - 3):verb_at])


def dropped_subject_cue(text: str, cues: CueIndex, lo: int, open_at: int, close_end: int,
                        tail_hi: int) -> Cue | None:
    """A reporting verb of the article's language with no subject of its own next to a quote:
    right after it ("«...», dijo al auditorio.") or right before it ("y dijo: “...”")."""
    if close_end >= 0:
        pos = tail_lead_end(text, close_end, tail_hi)
        cue = cues.first(pos, tail_hi)
        if cue is not None and verb_start(text, cue.s) == pos and _set_off(text, open_at, close_end, pos) and \
                _singular_verb(cue.word):
            return cue  # "«...», dijo.", "«...», ha sostenido." (perfect_subject)
    before = cues.between(lo, open_at)
    if before:
        cue = before[-1]
        if _singular_verb(cue.word) and verb_start(text, cue.s) != PLURAL and _DROPPED_LEAD.match(text[cue.e:open_at]):
            return cue
    return None


def _singular_verb(word: str) -> bool:
    """A reporting verb of the article's language in the singular, of one word ("dijo") or
    several ("dio a conocer", "fez questão de frisar": the first one tells)."""
    lang = current_language()
    low = word.lower()
    head = low.split(None, 1)[0] if " " in low and low.split(None, 1)[0] in lang.phrase_cues else low
    return (head != low or low in lang.cues) and low not in lang.according and not head.endswith(_PLURAL_VERB)


# The definite articles that open a description of someone already in the story ("der
# amtierende Präsident", "el ministro", "la porte-parole"); a possessive ("su portavoz",
# "seine Sprecherin") brings in someone else.
_DEFINITE: Final = {"de": frozenset(["der", "die"]), "es": frozenset(["el", "la"]),
             "fr": frozenset(["le", "la"]), "pt": frozenset(["o", "a"])}


def described_person(text: str, ctx: ArticleContext, mention: str, before: int) -> str | None:
    """In a language other than English, whom a definite description of a role that the article
    gave no one ("weiß der amtierende HSV-Präsident", "añadió el ministro") stands for: the one
    person named in the sentence right before the quote's own, in its paragraph ("Den erhofft
    sich Jansen auch. „...“, weiß der amtierende HSV-Präsident" -> Jansen); else None."""
    words = mention.strip(" .,;:").split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in _DEFINITE.get(current_language().code, ()):
        return None
    head = trim(words[-1])
    person_noun = current_language().code == "fr" and head in lexicon_fr.PEOPLE  # "la jeune femme"
    if head not in TITLES and not is_compound_title(head) and not person_noun:
        return None
    assert ctx.sentences is not None
    p_lo = text.rfind("\n", 0, before) + 1
    if person_noun:
        return _credited_in_paragraph(text, ctx, p_lo, before, "f" if words[0].lower() == "la" else "m")
    s_lo = ctx.sentences.start(p_lo, before)
    if s_lo <= p_lo:
        return None
    lo = ctx.sentences.start(p_lo, s_lo - 1)
    person = sole_person_in(text, ctx, lo, s_lo)
    if person and titled_otherwise(text, 0, before, person, head):
        return None  # "a lancé le député Jean Roy. « ... », a déclaré le maire": not Jean Roy
    at = text.find(person.split()[-1], lo, s_lo) if person else -1
    described = _description_before(text, lo, at) if at >= 0 else ""
    if described and (trim(described.split()[1]) in TITLES or is_compound_title(trim(described.split()[1]))):
        # "O parlamentar cobra que Pacheco ...": the one named is not the one described (but
        # "La visita de Ana Ruiz terminó." is about Ana Ruiz)
        return None
    return person


def _credited_in_paragraph(text: str, ctx: ArticleContext, p_lo: int, before: int, gender: str) -> str | None:
    """The person last credited with a quote in the paragraph before ``before``, if no one else
    is named from that quote on and the article gives that person the description's gender:
    whom "la jeune femme" stands for in "« ... », glisse Zineb, étudiante. Assise au café, la
    jeune femme s'inquiète :"."""
    for offset, person, close in reversed(ctx.credits):
        if offset < p_lo:
            return None
        if offset < before:
            if someone_else_named(text, ctx, max(close, offset), before, person) or \
                    gender_of(text, ctx, person, stated_gender) != gender:
                return None  # (a description is weaker than "elle": the article, or last a first name, must show the sex)
            return person
    return None


def someone_else_named(text: str, ctx: ArticleContext, lo: int, hi: int, person: str) -> bool:
    """Whether ``text[lo:hi]`` names a person other than ``person``: one the article knows
    (``another_person``), or a run of two capitalized words or more that is no title or
    function word and shares no word with ``person`` ("Son ami Paul Roux arrive.")."""
    if another_person(text, ctx, lo, hi, person):
        return True
    lang = current_language()
    for run, _ in names_in(text, lo, hi):
        words = run.split()
        if len(words) >= 2 and not set(words) & set(person.split()) and is_person_like(run) and \
                not any(w.lower() in lang.function_words or w.lower() in FUNCTION_WORDS or w.lower() in TITLES
                        for w in words):
            return True
    return False


def section_person(text: str, ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The one person ``text[lo:hi]`` (a section under its heading) names in full, by two words
    or more written there ("l'ouvrage d'Éric Chauvier") that the article uses as a person's
    name, if it names no one else: by two capitalized words or more, or by the name of someone
    credited before ("Antoine"). Else None."""
    lang = current_language()
    credited = {p for _, p, _ in ctx.credits}
    found: set[str] = set()
    for run, _ in names_in(text, lo, hi):
        name = split_title(run) or run
        words = name.split()
        if not is_person_like(name) or any(w.lower() in lang.function_words or w.lower() in FUNCTION_WORDS
                                           for w in words):
            continue
        person = _person_named(name, ctx)
        if person is None and len(words) >= 2:
            found.add(words[-1])  # a second person, though not one the article's index knows
        elif person is not None and (person in credited or len(person.split()) >= 2 and text.find(person, lo, hi) >= 0):
            found.add(person)
        # (else "à Saint-Denis": one word, whose fullest form elsewhere may be a body's name)
    if len(found) != 1:
        return None
    person = found.pop()
    return person if person in credited or " " in person else None
