"""Whether a rule's speaker names someone (``names_someone``): the checks every explicit
finding passes before its speaker is kept, apart from extract.py.

In languages that capitalize nouns, a capitalized mention is weak evidence of a name; in any
language a month, the writer's "I" or an instruction's verb names no one.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.institutions import firm_after_kind_de, longer_name_de, named_institution_de
from newsbeam.transforms.quotes.kind_named_bodies import named_after_kind
from newsbeam.transforms.quotes.kin_reference import kin_noun, named_relative
from newsbeam.transforms.quotes.heads_intl import article_proper_name
from newsbeam.transforms.quotes.heisst_es import HEISST_ES_BEI, legal_name, with_legal_form
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.acronym_bodies import ACRONYM_ARTICLE_LANGS, named_by_acronym
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import CALENDAR, TITLES
from newsbeam.transforms.quotes.names_de import is_group_plural, is_role_noun
from newsbeam.transforms.quotes.once_named import bare_subject_name
from newsbeam.transforms.quotes.outlet_source import OUTLET_RULES
from newsbeam.transforms.quotes.place_described import place_adjective
from newsbeam.transforms.quotes.role_complements import PARTICLES, particle_name
from newsbeam.transforms.quotes.pronouns_intl import is_titled
from newsbeam.transforms.quotes.rules import SENTENCE_SUBJECT, SPEECH_SUBJECT
from newsbeam.transforms.quotes.signed_after import SIGNED_AFTER
from newsbeam.transforms.quotes.surname_first_de import surname_before_cue
from newsbeam.transforms.quotes.surname_first_rom import one_word_subject_fr, surname_before_cue_rom
from newsbeam.transforms.quotes.titles import is_compound_title, is_title_word, split_title
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.written_out import written_out

# The fallbacks that take a sentence's subject: their one-word "names" need more evidence.
SUBJECT_RULES: Final = frozenset([SENTENCE_SUBJECT, "subject_before", SPEECH_SUBJECT])


# Words that never name a speaker: the writer in the first person ("The editor I was talking
# to ...", "I" as a sentence's subject: whoever wrote the piece, not a name), and the verbs a
# page opens an instruction with ("See live results here.", "Read more:"), which a missing
# space after a period can leave right before a clause's object; an interview's label for its
# unnamed interviewer ("Interviewer: “…”", "Frage:"; the guide: null, s54).
_NOT_NAMES: Final = frozenset("""i me my we us our see read watch click follow sign subscribe listen
    interviewer interviewerin intervieweur question frage q answer antwort pregunta respuesta pergunta resposta
    learn check find get join share tap visit download register""".split())


def _named_relative_is(text: str, found: Finding, noun: str, speaker: str) -> bool:
    """Whether ``speaker`` is the relative the article named by ``noun`` before the cue ("seinem
    Sohn Trey"): only that name, not whatever else a relation's mention resolved to ("ihrem Sohn
    Geld gegeben … Ihr Sohn sagte" names no one; read47b)."""
    relative = named_relative(text, found.cue_at if found.cue_at > 0 else len(text), noun) if text else None
    return relative is not None and relative.split()[0] in speaker.split()


def names_someone(found: Finding, speaker: str, ctx: ArticleContext, text: str = "") -> bool:
    """In languages that capitalize nouns or open sentences with words English does not know,
    a capitalized mention is weak evidence of a name: "der Journalist", "la Rectora" (a
    description: null) and a subject taken with no verb ("Zögerliches Kopfnicken", "Zwischen")
    need the article to use the words as someone's name. English keeps its own rules, but in any
    language a month or a weekday alone ("... until January, after residents responded") is a
    date, not a speaker, unless the article names a person by that one word."""
    if speaker.lower() in CALENDAR and not ctx.names.is_person(speaker):
        return False
    if speaker.lower() in _NOT_NAMES and not ctx.names.is_person(speaker):
        return False  # the narrator, or an instruction's verb: no one named
    lang = current_language()
    if lang.code == "en" or found.rule in OUTLET_RULES:
        return True  # (an outlet's name may open on its article: "El País", outlet_source)
    noun = kin_noun(found.mention.split())
    if noun is not None and speaker.lower() not in found.mention.lower() and \
            _named_relative_is(text, found, noun, speaker):
        return True  # "Sein Sohn sagte" after "seinem Sohn Trey": the relative the article named (kin_reference)
    if lang.code == "de" and " " not in speaker and is_group_plural(speaker.lower()):
        return False  # "„…“, sagen Anwohner": a group, no one named (stop 53)
    if lang.code == "de" and place_and_role(speaker):
        return False  # "sagte der Münchner Oberbürgermeister": a description, no name
    if written_out(speaker, text) != speaker:
        return True  # "der AStA", spelled out in the article: a body's name
    words = found.mention.split()
    if lang.code in ACRONYM_ARTICLE_LANGS and named_by_acronym(words, speaker, lang.determiners, text, found.cue_at,
                                                                found.rule):
        return True  # "según la ONU", "La DGSA informó": a body's acronym (acronym_bodies)
    acronym = words[1].strip(".,;:") if len(words) == 2 and words[0].lower() in lang.determiners else ""
    if acronym and acronym != speaker and written_out(acronym, text) == speaker:
        return True  # "teilte das AWI mit" after "Das Alfred-Wegener-Institut (AWI)": the body spelled out
    if lang.code == "fr" and "et" in words[1:-1] and all(w[:1].isupper() for w in words if w != "et"):
        return False  # "Anne Roy et Marc Lenoir" (rules.lead_in_rule): two people, not one
    if named_after_kind(found.mention, speaker, text, found.cue_at):
        return True  # "la petrolera YPF", "a mineradora Vale": a body named after its kind (kind_named_bodies)
    if lang.code == "de" and firm_after_kind_de(found.mention, speaker):
        return True  # "der Chemiekonzern BASF": a firm named after its kind (institutions, s62)
    if lang.code == "de" and named_institution_de(speaker) and not longer_name_de(text, speaker, found.cue_at):
        return True  # "erklärte der Bundesrechnungshof": a body of its own, not a noun (institutions)
    if article_proper_name(words, speaker, text):
        return True  # "afirmou a Petrobras", "disse o Flamengo": a body's name after its article (s55)
    if words and words[0].lower() in lang.determiners and len(speaker.split()) == 1 and \
            not is_titled(found.mention, speaker):
        return False  # ("la Rectora": a description; "la cantante Shakira", "el papa Francisco": one named, s53)
    if speaker.split()[0].lower() in lang.determiners:
        return False  # "dem Pantone Color Institute" after "laut": a body, or no one
    if len(words) > 1 and words[0].lower() in lang.determiners and trim(words[1]) in TITLES and \
            trim(speaker.split()[-1]) not in {trim(w.strip(",")) for w in words[2:]}:
        # "le ministre de la Santé" taken for the name "Santé Roman": a description, whose
        # capitalized words name the department (the role's holder is looked up instead).
        return False
    if found.rule == HEISST_ES_BEI and speaker != found.mention and first_name_sex(speaker) is None and \
            not legal_name(found.mention, speaker):
        # a body's name widened to another run of capitals ("Hashtag Alpinfix"), not to a
        # person's full name ("Peter Moser") or its legal form: not sure, no one
        return False
    if found.rule == HEISST_ES_BEI and " " not in speaker:
        # "heißt es beim ÖAMTC", "heißt es bei Alpinfix" where the article names "Alpinfix
        # GmbH": a body's name; "heißt es beim Verband": a noun, no one (heisst_es.py)
        return len(speaker) >= 2 and speaker.isupper() or ctx.names.fullest(speaker) != speaker \
            or ctx.names.is_person(speaker) or with_legal_form(speaker, text)
    titled = is_titled(found.mention, speaker) or found.rule in ("heading_name", SIGNED_AFTER)
    if " " not in speaker and not ctx.names.is_person(speaker) and not titled and not (
            (found.rule in ("after_quote", "adjunct_before_verb") or subject_after_verb(found, text) or surname_before_cue(found, text)
             or surname_before_cue_rom(found, text, ctx.names) or one_word_subject_fr(found, text, ctx.names))
            and found.cue
            and split_title(found.mention.strip(" .,")) == speaker
            and speaker.lower() not in TITLES and not is_compound_title(speaker.lower())
            and all(w[:1].isupper() for w in found.mention.split())):
        # "Experten", "Clip", "Papier": a capitalized noun, not a name; but the one word right
        # after the verb that follows a quote, titles aside, is its subject ("„...“, findet
        # Olivier.", "sagt Sportredaktor Samuel"), as is the one right after the verb that leads
        # into a quote ("erzählte Tobler damals: „...“", rule ``subject_after_verb``)
        return False
    if found.rule in SUBJECT_RULES or found.cue == ":":
        return titled or ctx.names.is_person(speaker) or bare_subject_name(found, speaker, text, ctx.names) or \
            _particle_person(speaker, ctx) or len(speaker.split()) == 2 and first_name_sex(speaker) is not None and \
            (found.rule in SUBJECT_RULES and _after_role(found.mention, text) or _colon_subject(found.mention, text))
        # (a first name of one sex and a surname, the colon's own subject: "Auch Anna Berg sieht das so:";
        # not an interview's label "Korinna Hennig: …, die die Meinung vertreten: „…“", s55)
    return True


_READ: Final = 100_000  # characters read for the colon after a subject (bounded)


def _after_role(mention: str, text: str) -> bool:
    """``mention`` is written right after a role noun and its article ("Die Ärztin Maren Holt"):
    someone described, so a person (not "Maria Himmelfahrt", a feast)."""
    m = re.search(r"\b(?:[Dd]er|[Dd]ie)[^\S\n]+(\w+)[^\S\n]+" + re.escape(mention), text[:_READ])
    return m is not None and is_title_word(m.group(1).lower())


def _colon_subject(mention: str, text: str) -> bool:
    """``mention`` opens a clause of its own that ends on a colon, a verb between: "Auch Anna Berg
    sieht das so:"; not an interview's label ("Korinna Hollmann: …") nor one of two people
    ("Jonas Brenner (SV Musterstadt) und Lena Hofmann (TSV …):")."""
    m = re.search(re.escape(mention) + r"[^\S\n]+([^.!?:\n(]{1,60}):", text[:_READ])
    return m is not None and not {"und", "and", "et", "y", "e"} & set(m.group(1).split())


def _particle_person(speaker: str, ctx: ArticleContext) -> bool:
    """A Spanish or Portuguese name with a particle whose first word is a first name ("Luis de la
    Fuente fue tajante: «…»"): a person's, though the name index reads no "de la" inside a name."""
    words = speaker.split()
    return current_language().code in ("es", "pt") and len(words) >= 3 and \
        any(w in PARTICLES for w in words[1:-1]) and words[-1][:1].isupper() and particle_name(speaker, ctx)


def subject_after_verb(found: Finding, text: str) -> bool:
    """A lead-in's mention that stands right after its reporting verb: "erzählte Tobler damals
    auch: „...“" (German puts the subject after the verb when the sentence opens on something
    else), as after a separable verb's finite part ("„...“, fährt Tobler fort."); not after
    "laut" ("Laut Experten ...": a noun, no name)."""
    cue = found.cue
    if found.rule not in ("lead_in", "separable_verb") or not cue or found.cue_at < 0 or cue.lower() in current_language().according \
            or text[found.cue_at:found.cue_at + len(cue)] != cue:
        return False
    after = text[found.cue_at + len(cue):found.cue_at + len(cue) + len(found.mention) + 4]
    return after[:1].isspace() and after.lstrip(" \t").startswith(found.mention)


def place_and_role(speaker: str) -> bool:
    """A German "name" of two words that is a place's adjective and a role noun: "Münchner
    Oberbürgermeister", "Augsburger Bischof" (the description of someone, with no name); not a
    given name before a surname that is a title word ("Peter Fürst")."""
    words = speaker.split()
    if len(words) != 2 or not place_adjective(words[0]) or first_name_sex(speaker) is not None:
        return False
    last = trim(words[1])
    return last in TITLES or is_compound_title(last) or is_role_noun(last)
