"""Kinds of short quoted words by the words around them (issue 16: partial vs scare), in English,
German, Spanish, French and Portuguese. Pure functions; each is one named rule.

- ``stance_term``: a quote right after a word by which the writer keeps the term at a distance
  ("the so-called", "the infamous", "the proverbial", „die sogenannte“, "el llamado", "le
  soi-disant", "a chamada"): the writer's scare quote, not anyone's words.
- ``list_name``: a quote right after a noun for a list or a category and "of" ("its list of
  “banned items”", "la liste des « métiers en tension »"): the entry's or the list's name, a
  scare quote.
- ``word_as_word``: a function word after an article ("a “but”", "un « mais »") or a
  scandal's nickname in ``-gate``: a word quoted as a word, scare.
- ``headline_fragment``: a headline that opens on a quote and a colon (“‘Huge mistake’: Lee
  quits”), the quote no sentence: words someone said, cut short, partial (not direct, not scare).
- ``qualifying_label``: a quote of up to three words followed by a verb of judging or naming
  (“‘Reckless’ called the mayor the plan”, "« Un désastre », c'est ainsi qu'il a qualifié …"):
  the label someone gave, partial, not a direct sentence.
- ``insult_word``: a quote beside a verb of insulting ("als „Verräter“ beschimpft", "was
  insulted as a “coward”", "tildó de «traidor»"): words someone shouted, partial even when the
  article does not say who (null speaker), never the writer's term.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.clause_verbs import clause_verbs_before, said_clause
from newsbeam.transforms.quotes.group_voices import group_reports
from newsbeam.transforms.quotes.cues import CueIndex, speech_verb
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.marks import Span, find_spans
from newsbeam.transforms.quotes.tokens import WORDS, mark_end

# Words right before a quote that set the term at a distance (rule ``stance_term``). Lower case;
# one word each; "so-called" and "sog." read as one word.
STANCE_WORDS: Final = frozenset("""
so-called infamous notorious proverbial dreaded much-vaunted vaunted much-touted self-styled
self-proclaimed so-named
sogenannte sogenannten sogenannter sogenanntes sogenanntem sog. selbsternannte selbsternannten
selbsternannter berüchtigte berüchtigten berüchtigter vermeintliche vermeintlichen vermeintlicher
autodenominado autodenominada autodenominados autodenominadas supuesto supuesta supuestos supuestas
soi-disant prétendu prétendue prétendus prétendues autoproclamé autoproclamée autoproclamés
suposto suposta supostos supostas pretenso pretensa autoproclamado autoproclamada
""".split())
# Words that set a term at a distance only after an article ("el llamado “X”", "le fameux « X »",
# "a chamada “X”"; "hizo un llamado", "um chamado" are a call, not a naming).
_STANCE_AFTER_ARTICLE: Final = frozenset("""
llamado llamada llamados llamadas denominado denominada denominados denominadas famoso famosa
famosos famosas fameux fameuse fameuses chamado chamada chamados chamadas tal
""".split())
_DEFINITE: Final = frozenset("el la los las le les ce cette ces o a os as".split())
# Stance words that mark a person's own words when a possessive stands before them ("his
# infamous “go back home” remark", "Hale's notorious line"): not the writer's distance.
_OWNABLE_STANCE: Final = frozenset("""
infamous notorious proverbial dreaded much-vaunted vaunted much-touted berüchtigte berüchtigten berüchtigter
""".split())
# Possessive determiners of third persons: "her list of “traitors”" is her list and her words
# ("my list of", "our list of": the writer's own, the writer's term).
_POSSESSIVES: Final = frozenset("""
his her their sein seine seinen seiner seinem ihr ihre ihren ihrer ihrem
""".split())


def _possessive(word: str) -> bool:
    """A possessive determiner or an English genitive ("Hale's", "Hale’s")."""
    return word in _POSSESSIVES or word.endswith(("'s", "’s"))


def after_stance_word(text: str, span: Span, quoted: str, lo: int) -> bool:
    """Up to three words right after one of ``STANCE_WORDS`` (or one of
    ``_STANCE_AFTER_ARTICLE`` after a definite article), ``lo`` the sentence's start."""
    if span.continued or len(quoted) > 40:
        return False
    words = text[max(lo, span.open_at - 40):span.open_at].lower().split()
    if not words:
        return False
    if words[-1] in STANCE_WORDS:
        found = not (words[-1] in _OWNABLE_STANCE and len(words) > 1 and _possessive(words[-2]))
    else:
        found = words[-1] in _STANCE_AFTER_ARTICLE and len(words) > 1 and words[-2] in _DEFINITE
    # the quote's words last: reading them costs more than the words before it (~10,000
    # instructions compiled), and most quotes follow no stance word
    return found and len(WORDS.findall(quoted)) <= 3


# Nouns for a list or a category, and the words of "of" after them (rule ``list_name``).
LIST_NOUNS: Final = frozenset("""
list lists category categories ranking rankings
liste listen kategorie kategorien rangliste
lista listas categoría categorías categoria categorias
liste listes catégorie catégories classement
""".split())
_LIST_OF: Final = frozenset("of der von des de del do da dos das du".split())
_ELIDED: Final = re.compile(r"\b(?:d[’']|de[^\S\n]+l[’'])$")


def after_list_noun(text: str, span: Span, quoted: str) -> bool:
    """Up to eight words, no sentence ending inside them, right after a noun of ``LIST_NOUNS``
    and its "of" ("list of", "Liste der", "lista de", "liste des", "liste d'")."""
    if span.continued or len(quoted) > 90 or ". " in quoted:
        return False
    before = text[max(0, span.open_at - 40):span.open_at]
    if not _may_hold_list_noun(before.lower()):
        return False  # most quotes: no noun of LIST_NOUNS before them, no regex run
    elided = _ELIDED.search(before)
    words = (before[:elided.start()] if elided else before).lower().split()
    if not elided:
        if len(words) < 2 or words[-1] not in _LIST_OF:
            return False
        words = words[:-1]
    # "her list of “traitors”": the owner's list, the owner's words
    return bool(words) and words[-1] in LIST_NOUNS and not (len(words) > 1 and words[-2] in _POSSESSIVES) and \
        len(WORDS.findall(quoted)) <= 8


def _may_hold_list_noun(low: str) -> bool:
    """``low`` (lower case) holds one of the stems that every noun of ``LIST_NOUNS`` holds: a
    quick test that rules out most quotes before ``after_list_noun`` runs a regex."""
    return "list" in low or "categ" in low or "kategor" in low or "catég" in low or "ranking" in low or \
        "classement" in low


# Subject pronouns that open a sentence, in the five languages: a headline quote opening on one
# is a sentence someone said (“‘We will win’: Lee”), direct.
_SUBJECTS: Final = frozenset("""
i i’m i'm we you he she they it it’s it's this that there
ich wir du er sie es man das
yo tú él ella nosotros nosotras ellos ellas
je j’ai j'ai tu il elle on nous vous ils elles c’est c'est
eu ele ela nós eles elas
""".split())


# A subject pronoun contracted with its verb ("that’s", "we’re", "it'll").
_CONTRACTED: Final = re.compile(r"[’'](?:s|re|m|ll|ve|d)$")
# Auxiliary and modal verbs and object pronouns: a headline quote holding one is a clause with
# its verb ("‘Australia must let them in’", "‘His death haunts me’"), a sentence, direct.
_VERB_WORDS: Final = frozenset("""
is are was were am be been has have had will would can could should must may might shall do does
did don’t don't won’t won't can’t can't isn’t isn't me us him them
ist sind war waren wird werden hat haben hatte muss müssen kann können soll sollen will wollen
darf mich dich uns euch ihn ihm ihnen
es son fue fueron está están ha han será debe deben puede pueden nos
est sont était étaient ont sera doit peut peuvent va vont
é são foi foram está estão tem têm será deve devem pode podem vai vão
""".split())


def _capitalized(words: list[str]) -> bool:
    """Every word of four letters or more opens on a capital (title case), and there is one."""
    long = [w for w in words if len(w) > 3]
    return bool(long) and all(w[:1].isupper() for w in long)


def _in_a_longer_quote(word: str, body: str) -> bool:
    """``word`` stands, as a word, inside a quote of more words in ``body`` (the first 40 quotes)."""
    low = word.lower()
    for span in find_spans(body)[:40]:
        words = WORDS.findall(body[span.start:span.end].lower())
        if len(words) > 1 and low in words:
            return True
    return False


def is_headline_fragment(text: str, span: Span, quoted: str, article: str = "") -> bool:
    """``text`` is a headline that opens on the quote ``span``; a colon follows it (inside its
    marks or right after them); it has one to six words, no stop, question or exclamation mark
    inside or at its end, and does not open on a subject pronoun: the words someone said, cut
    short for the headline (“‘Huge mistake’: Lee quits”, "“Arschloch”: Paar trennt sich"); one
    word only when the ``article``'s body quotes it inside longer words ("„Tatort“: …", a show)."""
    if span.continued or span.close_at < 0 or text[:span.open_at].strip():
        return False
    body = quoted.rstrip()
    colon_inside = body.endswith(":")
    body = body.rstrip(": ")
    if not colon_inside and not text[mark_end(text, span):].lstrip(" ")[:1] == ":":
        return False
    words = WORDS.findall(body)
    if not 1 <= len(words) <= 6 or any(c in body for c in ".!?¿¡;"):
        return False
    if len(words) >= 2 and current_language().code != "de" and _capitalized(words) and \
            not _capitalized(WORDS.findall(text[mark_end(text, span):])):
        return False  # "‘Silent Harbor’: season two review": a work's title in a sentence-case headline
    if len(words) == 1 and not _in_a_longer_quote(words[0], article):
        return False  # "“Oppenheimer”: …", "„Tatort“: …": a work's or a show's name, unless cut from a quote
    first = words[0].lower()
    if first in _SUBJECTS or _CONTRACTED.search(first):
        return False  # "‘We will win’: …", "‘That’s our land’: …": a sentence, direct
    return not any(w.lower() in _VERB_WORDS for w in words)


# Verbs of judging or naming, by their stems, after a short quote (rule ``qualifying_label``):
# "“De rigor” calificó el plan", "“Reckless,” the mayor called it" is not here (a subject
# between), "« Un choc », c'est ainsi qu'il a qualifié …".
_QUALIFYING: Final = (r"(?:calific|tild|tach|denomin|describi|qualifi|décri|surnomm|baptis|bezeichne|nannte|"
                      r"classific|descrev|chamou|called|described|dubbed|branded|labell?ed|termed)")
_LABEL_AFTER: Final = re.compile(
    r"[^\S\n]*+,?+[^\S\n]*+(?:" + _QUALIFYING + r"|c[’']est[^\S\n]++(?:ainsi|comme[^\S\n]++ça|de[^\S\n]++cette"
    r"[^\S\n]++(?:façon|manière))[^\S\n]++qu(?:e[^\S\n]++|[’'])(?:[^\W\d_]+[^\S\n]++){0,5}?"
    r"(?:qualifi|décri|résum|nomm|surnomm|baptis|appel))", re.IGNORECASE)


def is_qualifying_label(text: str, span: Span, quoted: str) -> bool:
    """Up to three words (no sentence: no stop, question or exclamation mark at their end)
    followed, after a comma or not, by a verb of judging or naming, or by French "c'est ainsi
    que … a qualifié": the label someone gave something, partial."""
    if span.continued or span.close_at < 0 or len(quoted) > 40 or quoted.rstrip(" ,")[-1:] in ".!?…":
        return False
    end = mark_end(text, span)
    hi = min(len(text), end + 80)
    # the verb after the quote first: most quotes have none, and reading the quote's words costs more
    return _LABEL_AFTER.match(text, end, hi) is not None and 1 <= len(WORDS.findall(quoted)) <= 3 and \
        _CALLED_OUT.match(text, end, hi) is None


# "“Run,” called the coach from the sideline", "“Help me,” called a voice.": "called" with its
# subject after it and nothing named is a speech verb (called out), the quote a sentence.
_CALLED_OUT: Final = re.compile(
    r"[^\S\n]*+,?+[^\S\n]*+called[^\S\n]++(?:out[^\S\n]++)?(?:(?:the|a|an|one|his|her|their)[^\S\n]++)?"
    r"(?:(?!(?:the|a|an|it|him|her|them|this|that)\b)[^\W\d_]+[^\S\n]++){0,2}?"
    r"(?!(?:the|a|an|it|him|her|them|this|that)\b)[^\W\d_]+[^\S\n]*+"
    r"(?:[,.;:!?]|$|(?:from|across|to|at|in|out|and|as|over)\b)")


# Verbs of insulting (rule ``insult_word``): before the quote (a few words between: "insulted
# him as a", "le traitèrent de", "lo tildó de") or right after it ("als „…“ beschimpft").
_INSULT: Final = (r"(?:insult|beschimpf|beleidig|verhöhn|verunglimpf|geschmäh|schmäht|taunt|jeer|heckl|"
                  r"tild|trait(?:è|é|er)|xing)")
_INSULT_BEFORE: Final = re.compile(r"\b" + _INSULT + r"[^\W\d_]*(?:[^\S\n]++[^\W\d_’']+){0,3}"
                                   r"[^\S\n]++(?:as|als|de|d[’']|comme|como|a|an)[^\S\n]*+$", re.IGNORECASE)
_INSULT_AFTER: Final = re.compile(r"[^\S\n]*+,?+[^\S\n]*+(?:[^\W\d_]+[^\S\n]++){0,2}?(?:ge)?" + _INSULT,
                                  re.IGNORECASE)


# The stems of _INSULT in lower case, and the two letters that match one of theirs only under
# the regex's IGNORECASE ("ı", "ſ"): a window without a stem and without those cannot match.
_INSULT_STEMS: Final = ("insult", "beschimpf", "beleidig", "verhöhn", "verunglimpf", "geschmäh", "schmäht", "taunt",
                        "jeer", "heckl", "tild", "trait", "xing")


def _may_insult(window: str) -> bool:
    """``window`` may hold a verb of ``_INSULT``: one of its stems, in any case, stands in it."""
    low = window.lower()
    for stem in _INSULT_STEMS:
        if stem in low:
            return True
    return "ı" in window or "ſ" in window


_ARTICLE_BEFORE: Final = re.compile(r"\b(?:le|un|du|au|ce|les|des|aux|ces|l[’'])[^\S\n]*+$", re.IGNORECASE)


def _treaty(text: str, at: int) -> bool:
    """French "le traité", "un traité" at ``at``: the noun (a treaty), not the verb "traiter de"."""
    return text[at:at + 5].lower() == "trait" and _ARTICLE_BEFORE.search(text, max(0, at - 12), at) is not None


_PASSIVE: Final = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|fue|fueron|sido|été|foi|foram|"
                            r"wurde|wurden|worden|wird|werden)[^\S\n]++(?:[^\W\d_]+[^\S\n]++){0,2}?$", re.IGNORECASE)


def insult_word(text: str, span: Span, quoted: str) -> str | None:
    """Up to four words quoted beside a verb of insulting, words someone shouted at someone:
    ``"active"`` when the verb comes before the quote with no passive auxiliary before it (its
    subject is the one who shouted: "Lee insulted him as a “coward”"), ``"passive"`` when it is
    passive or comes after the quote ("was insulted as a “coward”", "als „Feigling“ beschimpft":
    the subject is the one insulted), None when no such verb is there."""
    if span.continued or span.close_at < 0 or len(quoted) > 50:
        return None
    lo = max(0, span.open_at - 60)
    # the regexes run only where a verb's stem stands in their window (most quotes: none)
    before = _INSULT_BEFORE.search(text, lo, span.open_at) if _may_insult(text[lo:span.open_at]) else None
    if before is not None and not _treaty(text, before.start()):
        if len(WORDS.findall(quoted)) > 4:
            return None
        return "passive" if _PASSIVE.search(text, max(0, before.start() - 30), before.start()) else "active"
    end = mark_end(text, span)
    hi = min(len(text), end + 40)
    if not _may_insult(text[end:hi]) or _INSULT_AFTER.match(text, end, hi) is None:
        return None
    return None if len(WORDS.findall(quoted)) > 4 else "passive"


# Words that open a clause of reported content (rule ``reported_clause``).
# ("lanes that are “protected”": a relative "that" before a verb opens no clause; review43 F17)
_CLAUSE_OPENERS: Final = re.compile(
    r"(?:^|[^\w])(?:that(?![^\S\n]{1,3}(?:is|are|was|were|has|have|had|will|would|can|could)\b)[^\S\n]|"
    r"(?:que|dass|daß)[^\S\n]|qu[’'](?=[^\W\d_]))", re.IGNORECASE)
_MARKS: Final = frozenset("\"“”„«»‹›")
_CLAUSE_WORDS: Final = ("that", "que", "dass", "daß", "qu'", "qu’", "ſ")


def _may_open_clause(low: str) -> bool:
    """``low`` (lowered) holds a piece _CLAUSE_OPENERS needs to match in it."""
    for piece in _CLAUSE_WORDS:
        if piece in low:
            return True
    return False


def in_reported_clause(text: str, cues: CueIndex, lo: int, hi: int) -> bool:
    """The sentence ``text[lo:hi]`` (up to a quote's opening mark) holds a reporting verb or a
    verb of believing of the article's language and, after it, "that" ("que", "dass") opening
    the clause the quote stands in, with no other quote between: the quoted words are in what
    someone is reported to have said or thought, partial though no one is named ("Diversas voces
    advirtieron que habría un «cuadro de caos»", "Muitos entendem que ele é o “moderador”")."""
    # Every clause it reads opens on one of _CLAUSE_OPENERS' words between its verb and the
    # quote: a sentence that holds none of them, lowered, is read no further (its words' regex
    # pass is ~60,000 instructions compiled). "ſ" is the one letter IGNORECASE matches to a
    # letter of theirs ("s") that does not lower to it (tests/test_quotes_fast_paths_languages.py).
    lang = current_language()
    if lang.code == "en" and text[hi + 1:hi + 2].islower() and said_clause(text, lo, hi):
        # "The museum said the sale was “a mess”": the "that" dropped (clause_verbs.py); not a
        # name or a term in capitals ("said it would rename the app “Demumu”": scare)
        return True
    if lang.code != "en" and group_reports(text, cues, lo, hi):
        return True  # "Anwohner berichten von „…“", "des témoins évoquent une « … »" (group_voices.py, s54)
    if lang.code in ("es", "pt", "fr") and _ACCORDING_OPENS.match(text, lo, hi) and not any(c in _MARKS for c in text[lo:hi]) \
            and not _AFTER_ARTICLE.search(text, max(lo, hi - 30), hi) and text[hi + 1:hi + 3].strip()[:1].islower():
        return True  # "Según la sentencia, …", "Segundo a polícia, …", "Selon les enquêteurs, … « … »" (s55)
    if not _may_open_clause(text[lo:hi].lower()):
        return False
    ends = [cue.end() for cue in cues.between(lo, hi) if speech_verb(cue, lang)]
    # verbs of believing and the reporting verbs' gerunds are no cues ("Muitos entendem que",
    # "…, advirtiendo que"): read from the words themselves; only the last one before the quote
    # governs it ("believe that …, what they believe to be “…”": the second has no clause)
    for end in ends + clause_verbs_before(text, lo, hi, lang.code, lang.opinion)[-1:]:
        tail = text[end:hi]
        if len(tail) <= 160 and not any(c in _MARKS for c in tail) and _CLAUSE_OPENERS.search(tail):
            return True
    return False


# A sentence opening on whose account it gives, closed by a comma: "Según la sentencia,", "Segundo
# fontes do governo,", "Selon une source gouvernementale,", "De acuerdo con la Fiscalía,".
_ACCORDING_OPENS: Final = re.compile(
    r"[^\S\n]*+(?:Según|Segundo|Conforme|Selon|D[’']après|De[^\S\n]acuerdo[^\S\n]con|De[^\S\n]acordo[^\S\n]com)"
    r"[^\S\n]++[^,.;:!?\n]{1,80}+,")


# An article right before the quote: a thing named ("le « dôme de chaleur »", "la obra del “Minhocão”").
_AFTER_ARTICLE: Final = re.compile(r"(?:\b(?:le|la|les|el|los|las|o|a|os|as|un|une|um|uma|do|da|del|du)(?:[^\S\n]++[a-zà-ü\-]{2,20}+)?"
                                   r"|l[’'][a-zà-ü\-]*+|\b(?:batizad[oa]s?[^\S\n]++de|baptisée?s?|dite?s?|denominad[oa]s?|"
                                   r"llamad[oa]s?|chamad[oa]s?|appelée?s?))[^\S\n]*+$", re.IGNORECASE)


# Function words that an article turns into a noun: the word quoted as a word ("there was a
# “but”", "il y a eu un « mais »", "ein „Aber“"), rule ``word_as_word``.
_FUNCTION_WORDS: Final = frozenset("""
but if why yes no maybe because and or not
aber wenn warum ja nein vielleicht weil und oder nicht
pero si porque sí no quizás y o ni
mais si pourquoi oui non peut-être parce et ou ni
mas se porque sim não talvez e ou nem
""".split())
_ARTICLES: Final = frozenset("a an the this that un une le la ein eine einem einen einer der die das dem den des "
                             "el los las uno um uma o os as".split())


def is_word_as_word(text: str, span: Span, quoted: str) -> bool:
    """One quoted word used as a word: a function word after an article ("a “but”", "un « mais
    »", "ein „Aber“"), or a scandal's nickname in ``-gate`` ("the “Partygate” affair",
    "le « guillemetgate »"): the writer's scare quote (rule ``word_as_word``)."""
    word = quoted.strip(" ,.;:!?")
    if span.continued or not word or " " in word or len(word) > 30:
        return False
    low = word.lower()
    # "Partygate", "guillemetgate"; not a verb in -igate, -egate, -ogate ("segregate", "investigate")
    if len(low) >= 7 and low.endswith("gate") and low.isalpha() and (word[:1].isupper() or low[-5] not in "aeiouy"):
        return True
    if low not in _FUNCTION_WORDS:
        return False
    before = text[max(0, span.open_at - 12):span.open_at].lower().split()
    return bool(before) and before[-1] in _ARTICLES
