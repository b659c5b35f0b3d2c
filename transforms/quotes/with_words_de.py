"""German "mit den Worten „…“": a quote given as the words with which someone does something.
Regional and church copy writes it two ways (stop 46, dereg46):

- the phrase opens the sentence and the subject follows the verb after the quote: "Mit den
  Worten „Heute ist ein guter Tag“ eröffnete Bürgermeisterin Anna Gruber die Sitzung", "Mit dem
  Satz „…“ sorgte Papst Franziskus für Aufsehen";
- the phrase closes a sentence whose subject opens it: "Anna Gruber eröffnete die Sitzung mit
  den Worten „…“".

The rule ``with_words`` credits that subject. Only a name (titles split off later, as anywhere)
or a personal pronoun is taken, and of a name only its own words ("hat Angela Merkel Geschichte
geschrieben" is Angela Merkel): anything else, a description or a body, is left to the other
rules. A passive ("wurde X verabschiedet": words said to X) and a verb of quoting ("zitierte
ihren Vorgänger": another's words) credit no one, unless the one quoted is named ("Die Zeitung
zitierte Anna Keller mit den Worten": Anna Keller). Pure functions, bounded reads."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.tokens import mark_end
from newsbeam.transforms.quotes.titles import is_title_word

WITH_WORDS: Final = "with_words"  # the name the rule is recorded under

# "mit den Worten", "Mit dem Satz", "mit einem klaren Appell": at most two words between "mit" and
# the noun of speech, then the quote's opening mark (at most a colon between).
_NOUNS: Final = (r"(?:Worten|Satz|Sätzen|Ausspruch|Ausruf|Appell|Aufruf|Aussage|Ansage|Bemerkung|Kommentar|Versprechen|Bitte|"
                 r"Frage|Forderung|Warnung)")
_WITH_WORDS_BEFORE: Final = re.compile(
    r"(?<![\w\-])([Mm]it)[^\S\n]{1,3}+(?:[a-zäöüß]{2,12}+[^\S\n]{1,3}+){1,2}" + _NOUNS + r"[^\S\n]{0,2}:?[^\S\n]{0,2}$")
_BEFORE_READ: Final = 60  # characters before the opening mark read for the phrase
# After the closing mark: an optional comma, the verb (in lower case), then the subject.
_VERB_AFTER: Final = re.compile(r"[^\S\n]{0,3}+,?[^\S\n]{0,3}+([a-zäöüß]{2,20}+)[^\S\n]{1,3}+")
# The subject at a sentence's start, before its verb: capitalized words (titles and a name) or a pronoun.
_SUBJECT_FIRST: Final = re.compile(r"((?:[A-ZÄÖÜ][\w\-.]{0,30}+[^\S\n]{1,3}+){1,5}?|(?:Er|Sie)[^\S\n]{1,3}+)([a-zäöüß]{2,20}+)\b")
# Verbs whose subject does not speak the words: the passive's auxiliary, verbs of quoting.
_NOT_SPEAKING: Final = frozenset("""wurde wurden wird werden worden zitiert zitierte zitierten zitieren
las liest""".split())
_PRONOUNS: Final = frozenset(["er", "sie"])
# When the phrase opens the sentence ("Mit dem Satz „…“ VERB X"), only a verb by which the subject
# uses the words himself (he opens, greets, surprises, provokes with them: read46n, none46's
# after_sentence_de.py, which read this shape first); "konnte X wenig anfangen", "ärgerte sich X
# über Y", "beschäftigt sich X", "beginnt Thomas Manns Erzählung" are about someone else's words.
USING_VERBS: Final = frozenset("""
sorgte sorgt überraschte überrascht provozierte provoziert erntete erntet reagierte reagiert antwortete
antwortet konterte kontert schockierte schockiert empörte empört begeisterte begeistert beeindruckte
irritierte polarisierte löste machte erinnerte erinnert warb wirbt eröffnete eröffnet begrüßte begrüßt
verabschiedete verabschiedet beendete beendet schloss schließt mahnte mahnt appellierte appelliert
konfrontierte konfrontiert dankte dankt meldete meldet wandte wendet
""".split())
# A perfect tense: the auxiliary after the quote, the participle at the clause's end ("Mit den
# Worten „…“ hat X die Saison eröffnet"), one of the verbs above or their participles in ge-.
_AUXILIARIES: Final = frozenset("hat hatte haben hatten".split())
_USING_PARTICIPLES: Final = USING_VERBS | frozenset("""gesorgt geerntet geantwortet gekontert gemacht
geworben geschlossen gemahnt gedankt gemeldet gewandt gelöst""".split())
# Of those, the ones whose reflexive still uses the words ("verabschiedete sich Pfarrer X",
# "meldete sich X zu Wort"); "erinnerte sich X" remembers them.
_REFLEXIVE_USING: Final = frozenset("verabschiedete verabschiedet meldete meldet wandte wendet".split())
# (read46d) Words that join a second subject ("Anna Gruber und ihr Mann begrüßten … mit den Worten",
# "eröffneten Anna Gruber und Karl Moser"): a plural subject, no one speaker; the lazy subject
# pattern would read "und" as the verb. And negations: "X hat die Sitzung nicht mit den Worten
# „…“ eröffnet" says X did not speak them.
_JOINERS: Final = frozenset("und oder sowie bzw samt mitsamt wie".split())
_NEGATIONS: Final = frozenset("nicht nie niemals keineswegs keinesfalls".split())
# A clause opened after the verb, whose own subject does what "mit den Worten" says: "Anna Gruber
# erinnerte an ihren Vorgänger, der sich mit den Worten „…“ verabschiedet hatte" (read46d); one
# closed before "mit" ("begrüßte Eva Roth, die neu ist, mit den Worten") is no matter.
_CLAUSE: Final = re.compile(
    r",[^\S\n]{0,3}+(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|als|weil|nachdem|wenn|dass|ob|"
    r"während|bevor|seit|wo)\b")
_PARTICLES: Final = frozenset("ab an auf aus bei ein mit nach vor zu zurück weg fort los hin her dar vorbei".split())
_WORD_AFTER: Final = re.compile(r"[^\S\n]{1,3}+([a-zäöüß]{2,20}+)\b")  # the word right after the quote (no comma)
_NAME_WORDS: Final = 5  # words of a subject read at most


def with_words(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of a sentence that gives the quote as the words with which it acts, or None."""
    if current_language().code != "de" or site.span.close_at < 0:
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _BEFORE_READ)
    m = _WITH_WORDS_BEFORE.search(text, lo, span.open_at)
    if m is None:
        return None
    cue_at = m.start(1)
    if not text[site.sent_lo:cue_at].strip():
        return _subject_after(text, site, m.group(1), cue_at)  # "Mit den Worten „…“ eröffnete X ..."
    return _subject_before(text, site, cue_at, m.group(1))  # "X eröffnete ... mit den Worten „…“"


def _subject_after(text: str, site: Site, cue: str, cue_at: int) -> Finding | None:
    end = mark_end(text, site.span)
    v = _VERB_AFTER.match(text, end, site.tail_hi)
    if v is None:
        return None
    verb_end = v.end()
    if v.group(1) in _NOT_SPEAKING:
        clause = text[verb_end:min(site.tail_hi, verb_end + 120)].split(".")[0].split()
        if v.group(1) in ("wird", "wurde") and clause and clause[-1].strip(",;!?") == "zitiert":
            name = _name_words(clause)  # "Mit den Worten „…“ wird Trainer Weber in der Bild zitiert": his words
            return Finding(name, cue, "explicit", cue_at, WITH_WORDS) if name else None
        return Finding("", cue, "explicit", cue_at, WITH_WORDS)  # "Mit den Worten „…“ wurde X verabschiedet"
    if v.group(1) in _JOINERS:
        return None  # "Mit den Worten „…“ und einem Lächeln …": no verb there
    if v.group(1) in _AUXILIARIES:
        clause = text[verb_end:min(site.tail_hi, verb_end + 120)].split(".")[0].split()
        if not clause or clause[-1].strip(",;!?") not in _USING_PARTICIPLES:
            return None  # "Mit dem Satz „…“ hat X nichts anfangen können"
    elif v.group(1) not in USING_VERBS:
        return None  # "Mit dem Satz „…“ konnte X wenig anfangen" (read46n)
    words = text[verb_end:min(site.tail_hi, verb_end + 80)].split()[:_NAME_WORDS + 1]
    if words and words[0] == "sich":
        if v.group(1) not in _REFLEXIVE_USING:
            return None  # "ärgerte sich X über Y", "beschäftigt sich X mit" (read46n)
        words = words[1:]  # the verb's reflexive, then its subject: "meldete sich Lindsey Vonn zurück"
    if words and words[0].strip(",.") in _PRONOUNS:
        return Finding(words[0].strip(",."), cue, "explicit", cue_at, WITH_WORDS)
    name = _name_words(words)
    if name and len(words) > len(name.split()) and words[len(name.split())] in _JOINERS:
        return None  # "eröffneten Anna Gruber und Karl Moser": two subjects
    return Finding(name, cue, "explicit", cue_at, WITH_WORDS) if name else None


def _verb_final(text: str, site: Site) -> bool:
    """Whether a lowercase verb follows the quote's closing mark, as a clause's verb comes last
    ("…, der sich mit den Worten „…“ verabschiedet hatte"); a separable particle ("„…“ ab") or
    the sentence's end after it is a main clause's ("…, wie jedes Jahr, die Gäste mit den Worten
    „…“.")."""
    v = _WORD_AFTER.match(text, mark_end(text, site.span), site.tail_hi)
    return v is not None and v.group(1) not in _PARTICLES and v.group(1) not in _JOINERS


def _subject_before(text: str, site: Site, cue_at: int, cue: str) -> Finding | None:
    sent_lo = site.sent_lo
    m = _SUBJECT_FIRST.match(text, sent_lo, cue_at)
    if m is None or m.group(2) in _JOINERS or any(w in _NEGATIONS for w in text[m.end():cue_at].split()):
        return None  # "Anna Gruber und ihr Mann …", "X hat … nicht mit den Worten …" (read46d)
    comma = text.rfind(",", m.end(), cue_at)  # the last comma: a clause still open at "mit"
    if comma >= 0 and _CLAUSE.match(text, comma, cue_at) is not None and _verb_final(text, site):
        return Finding("", cue, "explicit", cue_at, WITH_WORDS)  # ", der sich mit den Worten …": the clause's subject
    if m.group(2) in _NOT_SPEAKING:
        # "Anna Gruber zitierte ihren Vorgänger mit den Worten „…“", "Gruber wurde mit den Worten
        # „…“ verabschiedet": the words are someone else's; no one, and not the subject either.
        # But the one quoted, when named: "Die Zeitung zitierte Anna Keller mit den Worten: „…“"
        # (an outlet quoting a person: the person, the guide says; stop 47).
        quoted = text[m.end():cue_at].split()
        name = _name_words(quoted) if m.group(2).startswith("zitier") and quoted else None
        if name and name.split()[-1] == quoted[-1]:
            return Finding(name, cue, "explicit", cue_at, WITH_WORDS)
        return Finding("", cue, "explicit", cue_at, WITH_WORDS)
    words = m.group(1).split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return Finding(words[0], cue, "explicit", cue_at, WITH_WORDS)  # "Sie eröffnete ... mit den Worten"
    name = _name_words(words)
    # (the whole run before the verb must be the name and its titles: "Am Montag eröffnete" is no subject)
    return Finding(name, cue, "explicit", cue_at, WITH_WORDS) if name and name.split()[-1] == words[-1] else None


def _name_words(words: list[str]) -> str | None:
    """The titles and the name that open ``words``: titles, given names the lists know, then one
    surname ("Bürgermeisterin Anna Gruber die Sitzung" -> "Bürgermeisterin Anna Gruber",
    "Angela Merkel Geschichte" -> "Angela Merkel", "Papst Franziskus für" -> "Papst Franziskus");
    one word after a title ("Papst Franziskus für"); None when neither opens the words (a
    description, a body, a place)."""
    k = 0
    while k < len(words) and words[k][:1].isupper() and is_title_word(words[k].strip(",.").lower()):
        k += 1
    start = k
    while k < len(words) and words[k][:1].isupper() and is_first_name(words[k].strip(",.")):
        k += 1
    if k == start:
        if start and k < len(words) and words[k][:1].isupper() and words[k][-1:] not in ",." and (
                k + 1 == len(words) or words[k + 1][:1].islower()):
            return " ".join(words[:k + 1])  # one name after a title: "Papst Franziskus für", "Kardinal Schönborn"
        return None
    if k < len(words) and words[k][:1].isupper() and words[k][-1:] not in ",." and not is_first_name(words[k]):
        k += 1  # the surname ("Gruber", "Merkel")
    elif k < len(words) and words[k][:1].isupper() and words[k][-1:] in ",.":
        k += 1  # a surname that ends the phrase ("… sagte Anna Gruber.")
    return " ".join(w.strip(",.") for w in words[:k])
