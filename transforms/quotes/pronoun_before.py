"""A quote opening a sentence after one whose subject is "er"/"sie", "il"/"elle", "él"/"ella" or
"ele"/"ela", or (Spanish, Portuguese) a verb with its subject dropped: "Anna Keller leitet das
Tierheim. Sie ist skeptisch. „…“", "Anne Morel dirige le refuge. Elle est sceptique. « … »",
"Ana Ruiz dirige el refugio. Se muestra escéptica. «…»" are that person's words, as English's
"She is sceptical. “…”" is (``rules_before.reported_sentence_before`` reads a named subject
there; issue 16, stop 48: the shape of a profile, the speaker given by the paragraph's subject).

``pronoun_before`` gives the pronoun as the mention, and ``quote_fields`` resolves it as any
pronoun of these languages (``pronouns_intl.pronoun_antecedent``); a dropped subject gives the
person ``implied.dropped_subject_antecedent`` finds before that sentence. Not a pronoun that is
impersonal ("Il faut …", "Il est clair que …") or plural ("Sie sind …"), nor a verb of the weather
or of being ("Es importante …": no one's subject), nor one after two people joined as the subject
("Anna Keller und Maria Roth leiten …"; read48). Rather null than wrong: None otherwise. Pure
reads of at most ``_SCAN`` characters of the sentence before the quote's (and, to tell whom its
pronoun or dropped subject stands for, the bounded reads of the resolvers it calls).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.implied import dropped_subject_antecedent
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ROLE_WORDS
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.tokens import sentence_before, trim

SUBJECT_BEFORE: Final = "subject_before"  # the rule's name (rules.RULE_NAMES)
_SCAN: Final = 120  # characters of the sentence before read for its opening words

# English: a sentence that opens on an age as its subject and a verb ("The 45-year-old is
# confident.", "The 62-year-old grandmother still lives there."): group 1, the description.
_AGED_EN: Final = re.compile(r"[^\S\n]*+(The[^\S\n]++\d{1,3}[‑\-]year[‑\-]old(?:[^\S\n]++[a-z]{3,20}+)?)"
                             r"[^\S\n]++(?:is|was|has|had|says|said|remains|remained|still|now|also|admits|admitted|"
                             r"recalls|recalled|knows|knew|insists|insisted)\b")
# The nouns after the age that may stand for the person named before ("The 62-year-old
# grandmother"); any other ("barn", "building", "victim") is a thing or someone new (read48b).
_AGED_HEADS: Final = frozenset("man woman father mother grandfather grandmother veteran".split()) | ROLE_WORDS
# German adverbs a sentence may open on before its verb and subject pronoun (V2): "Dort sollte er …".
_V2_OPENERS: Final = frozenset("""dort dann danach damals heute jetzt nun später zuvor seitdem deshalb daher
trotzdem dabei hier inzwischen mittlerweile zudem außerdem anschließend bald oft schon""".split())
# The pronouns that open a sentence as its subject, as written there.
_OPENING: Final[dict[str, dict[str, str]]] = {
    "de": {"Er": "er", "Sie": "sie"},
    "fr": {"Il": "il", "Elle": "elle"},
    "es": {"Él": "él", "Ella": "ella"},
    "pt": {"Ele": "ele", "Ela": "ela"},
}
# German verbs of the third person singular that end in neither "-t" nor "-e" (modals).
_MODALS_DE: Final = frozenset("kann will muss soll darf mag weiß".split())
# French "il" with no one behind it: "Il faut", "Il y a", "Il s'agit", "Il semble que".
_IMPERSONAL_FR: Final = frozenset(
    "faut fallait faudra faudrait y s’agit s'agit semble semblait paraît reste restait suffit suffisait "
    "existe existait manque manquait convient importe vaut arrive fait faisait pleut se "
    # (read48) the weather, "Il vaudrait mieux", "Il apparaît que", "Il en va de", "Il s'est passé"
    "pleuvait pleuvra neige neigeait gèle gelait grêle vente tonne vaudrait valait apparaît apparaissait "
    "en s’est s'est s’était s'était semblerait paraîtrait resterait suffirait manquerait convenait "
    "importait arrivait advient".split())
# (read48) "être" and its likes, after which "il" is often no one: "Il est midi", "Il était une fois",
# "Il devient urgent d'agir", "Il est donc temps de …".
_BEING_FR: Final = frozenset("est était sera serait fut devient devenait deviendra reste restait".split())
_CLAUSE_FR: Final = ("de", "d’", "d'", "que", "qu’", "qu'")
# Words skipped after "il" ("Il ne faut pas", "Il n’y a plus") and after the verb of being ("Il est
# donc urgent", "Il est pourtant clair que").
_NEGATION_FR: Final = frozenset("ne n’ n' pas plus jamais guère point".split())
_ADVERBS_FR: Final = frozenset("donc aussi pourtant également désormais toutefois cependant vraiment bien encore "
                               "déjà trop très plus alors enfin certes néanmoins évidemment grand peut-être "
                               "sans parfois souvent toujours certainement sûrement ainsi".split())
# What "il est …" says when "il" stands for no one: the hour, a time, a need, a truth.
_IMPERSONAL_PREDICATE_FR: Final = frozenset(
    "temps midi minuit tard tôt une l’heure l'heure question hors dommage urgent nécessaire important "
    "primordial essentiel indispensable possible impossible probable improbable vrai faux clair évident "
    "certain difficile facile interdit permis prévu rare fréquent utile inutile normal logique étonnant "
    "frappant curieux regrettable légitime bon mieux préférable inévitable exclu envisageable "
    "impératif crucial vital capital".split())
# Spanish and Portuguese verbs (third person singular) that open a sentence with the subject
# dropped and take a person as the subject: a stance, a feeling, a life ("Reconoce que …", "Se
# muestra escéptica", "Vive en Lima …"). Not "es", "está", "hay", "parece": as often no one's.
_DROPPED: Final[dict[str, frozenset[str]]] = {
    # (read48) not "tiene", "lleva", "tem": as often a thing's ("Compró una casa. Tiene tres pisos.")
    "es": frozenset(
        "reconoce reconoció admite admitió cree creía confía confió confiesa confesó lamenta lamentó "
        "insiste insistió recuerda recordó sabe sabía vive vivía trabaja "
        "trabajaba conoce conocía quiere quería espera esperaba teme temía duda dudaba piensa pensaba "
        "defiende defendió sostiene sostuvo mantiene mantuvo prefiere prefería".split()),
    "pt": frozenset(
        "reconhece reconheceu admite admitiu acredita acreditava acha achava confia confiava confessa "
        "confessou lamenta lamentou insiste insistiu lembra lembrou sabe sabia vive vivia "
        "trabalha trabalhava mora morava conhece conhecia quer queria espera esperava teme temia duvida "
        "pensa pensava defende defendeu sustenta sustentou mantém manteve prefere preferia".split()),
}
# The reflexive opening of the same: "Se muestra …", "Se declara …"; Portuguese "Mostra-se …".
_REFLEXIVE: Final[dict[str, frozenset[str]]] = {
    "es": frozenset("muestra mostró declara declaró siente sintió considera consideró define definió "
                    "confiesa confesó".split()),
    "pt": frozenset("mostra-se mostrou-se declara-se declarou-se sente-se sentiu-se considera-se "
                    "considerou-se define-se definiu-se".split()),
}
# (read48) A subject of two people joined ("Anna Keller und Maria Roth leiten …", "Tom Hale y su esposa
# dirigen …"): a singular pronoun or possessive after it may stand for either.
_JOINED: Final = re.compile(r"[^\S\n]{1,3}+(?:und|sowie|et|y|e|and|&)[^\S\n]{1,3}+\w")


def pronoun_before(text: str, ctx: ArticleContext, lo: int, hi: int) -> Finding | None:
    """The speaker the sentence ``text[lo:hi]`` (the one right before a quote that opens its own
    sentence) gives by its subject pronoun or its dropped subject, as a finding of rule
    ``subject_before``; None when it opens otherwise or the language is not one of these."""
    code = current_language().code
    if code == "en":
        # "Tom Weber takes over the club. The 45-year-old is confident. “I …”": the resolver
        # reads the age as it does after a quote ("…,” the 45-year-old said": antecedents.aged_subject)
        aged = _AGED_EN.match(text, lo, min(hi, lo + _SCAN))
        if aged is None or aged.group(1).split()[-1] not in _AGED_HEADS and not aged.group(1).endswith("old"):
            return None  # (read48b) "The 200-year-old barn", "The 45-year-old victim": a thing, someone new
        return Finding(aged.group(1), None, "explicit", -1, SUBJECT_BEFORE)
    opening = _OPENING.get(code)
    if opening is None:
        return None
    words = text[lo:min(hi, lo + _SCAN)].split()
    if len(words) < 2:
        return None
    first, verb = words[0], trim(words[1])
    if code == "de" and len(words) > 2 and words[2] in ("er", "sie") and trim(first).lower() in _V2_OPENERS and \
            verb[:1].islower() and not _impersonal(code, words[2].capitalize(), words[1:]) and \
            not _joined_before(text, ctx, lo):
        # (stop 53) "Dort sollte er neue Athleten auswählen. „…“": a fronted adverb, the verb, the pronoun
        return Finding(words[2].capitalize(), None, "explicit", -1, SUBJECT_BEFORE)
    pronoun = opening.get(first)
    if pronoun is not None:
        if not verb[:1].islower() or _impersonal(code, first, words) or _joined_before(text, ctx, lo):
            return None
        return Finding(first, None, "explicit", -1, SUBJECT_BEFORE)
    if code not in _DROPPED:
        return None
    low = trim(first).lower()
    if low == "se" and verb.lower() in _REFLEXIVE[code] or low in _DROPPED[code] or low in _REFLEXIVE[code]:
        if not first[:1].isupper() or _joined_before(text, ctx, lo):
            return None
        if (low == "se" or low.endswith("-se")) and len(words) > 2 and trim(words[2 if low == "se" else 1]) == "que":
            return None  # "Mostra-se que o plano falha", "Se considera que …": impersonal
        person, _ = dropped_subject_antecedent(text, ctx, lo)
        return Finding(person, None, "explicit", -1, SUBJECT_BEFORE) if person else None
    return None


def _impersonal(code: str, first: str, words: list[str]) -> bool:
    """Whether the opening pronoun stands for no one: German "Sie" with a plural verb ("Sie sind",
    "Sie haben": they); French "Il faut", "Il y a", "Il est clair que"."""
    verb = trim(words[1]).lower()
    if code == "de" and first == "Sie":
        return not (verb.endswith(("t", "e")) and not verb.endswith("en") or verb in _MODALS_DE)
    if code == "fr" and first == "Il":
        rest = [w.lower() for w in words[1:12]]
        while rest and (rest[0] in _NEGATION_FR or rest[0].startswith(("n’", "n'"))):
            if rest[0].startswith(("n’", "n'")) and len(rest[0]) > 2:
                rest[0] = rest[0][2:]  # "n’y", "n'est"
                break
            rest = rest[1:]
        verb = trim(rest[0]) if rest else ""
        if verb in _IMPERSONAL_FR or rest and rest[0].startswith(("s’", "s'")):
            return True  # "Il s’agit", "Il s'est passé" ("Il s’est dit sceptique": null, rather than wrong)
        if verb not in _BEING_FR:
            return False
        after = [w for w in rest[1:] if w not in _ADVERBS_FR and w not in _NEGATION_FR]
        if not after:
            return True  # "Il était temps." read short: no one named
        head = trim(after[0].rstrip(",;:"))
        if head in _IMPERSONAL_PREDICATE_FR or head[:1].isdigit():
            return True  # "Il est midi", "Il est 8 heures", "Il est donc urgent d'agir"
        # "Il est clair que …", "Il est évident, pour tous, que …"
        return len(words) > 3 and trim(words[3]).lower().startswith(_CLAUSE_FR) or _clause_after(after)
    return False


def _clause_after(after: list[str]) -> bool:
    """Whether the words after "il est" hold "que"/"qu'" or "de" + an infinitive within five words
    ("Il est évident, pour tous, que …", "Il est urgent, selon lui, d'agir"): the impersonal frame."""
    for w in after[1:6]:
        w = trim(w)
        if w in ("que", "qu’", "qu'") or w.startswith(("qu’", "qu'")):
            return True
        if w.startswith(("d’", "d'")) and w[2:].endswith(("er", "ir", "re")):
            return True
    return False


def _joined_before(text: str, ctx: ArticleContext, lo: int) -> bool:
    """Whether the sentence right before the one at ``lo`` (within its paragraph) opens on two
    people joined ("Anna Keller und Maria Roth leiten das Tierheim."): whom a singular pronoun
    after it stands for is then unsure."""
    assert ctx.sentences is not None
    prev = sentence_before(text, ctx.sentences, text.rfind("\n", 0, lo) + 1, lo)
    return prev is not None and joined_subject(text, prev[0], prev[1])


def joined_subject(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` opens on a subject joined to another by "und", "et",
    "y", "e", "and" ("Tom Hale y Ana Ruiz entrenan …")."""
    subj = subject_of(text, lo, hi)
    return subj is not None and _JOINED.match(text, subj[1], hi) is not None
