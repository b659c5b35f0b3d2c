"""Rule ``naming_clause`` (issue 16): a term someone is said to use, read from the clause that
names them, in German, French, Spanish and Portuguese.

- what someone calls it: „was Ortsvorsteher Rainer Pohl „das neue Herz des Dorfes“ nennt",
  « ce que la préfète Anne Roussel appelle « la méthode douce » », "lo que el diputado Raúl
  Ortega llamó «la trampa fiscal»", "o que a ministra chamou de «…»";
- the term as named by someone: „die von Kämmerin Ute Sander so genannte „…“" (the agent makes
  „so genannt" someone's naming, not the agentless "so-called" of known_as.py);
- someone speaking of it: « le maire Paul Vernet a parlé de « gâchis » », "el alcalde Tomás Ruiz
  habló de «un día histórico»", "falou em «…»" (German „sprach von" is judged_terms.speaks_of);
- the agent of a judgement in the passive, which judged_terms.py and judged_romance.py find
  someone's but credit to no one: „wurde von Landrat Ewald Korff als „Luftnummer" bezeichnet",
  « qualifiée de « scandaleuse » par la ministre Claire Dumas », "calificada de «…» por X".

The guide (docs/gold-annotation.md, "Kinds"): a term the sentence reports that a person used is
``partial`` with that person, not the writer's ``scare``. Why a rule of its own: in these shapes
the one who uses the words stands inside a relative clause or after "von", where no attribution
rule looks for a subject, or the verb ("parler de", "hablar de") is no cue of speech, so the
quote fell to the writer's scare quote.

What it returns is the mention only (the words naming who: ``Ortsvorsteher Rainer Pohl``); the
caller resolves it as any explicit mention, so a description or a plural names no one (null,
partial: rather null than wrong). An impersonal subject („was man „…“ nennt", « ce qu'on
appelle », "lo que se llama", « on parle de ») is common speech: no match, the term stays the
writer's. Every pattern is anchored to the quote's opening mark and reads a bounded window.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import mark_end

NAMING_CLAUSE: Final = "naming_clause"

_WINDOW: Final = 100  # characters read before the opening mark
_AFTER: Final = 40  # characters read after the closing mark

# The words naming who: one to six words, no punctuation but a hyphen, an apostrophe or an
# initial's stop, no quote mark.
_MENTION: Final = r"(?P<who>[^\W\d_][\w’'.-]{0,30}(?:[^\S\n]{1,3}[\w’'.-]{1,30}){0,5}?)"

# German: „was X „…“ nennt": "was" (or „wie", „den/die/das") then the mention right before the
# mark; the naming verb right after the closing mark (read by _NENNT_AFTER).
_WAS_DE: Final = re.compile(r"\b(?:was|wie)[^\S\n]{1,3}" + _MENTION + r"[^\S\n]{1,3}(?:so[^\S\n]{1,3}|als[^\S\n]{1,3})?$")
_NENNT_AFTER: Final = re.compile(r"[^\S\n]{0,3}(?:nennt|nannte|nennen|nannten|genannt[^\S\n]{1,3}hat|"
                                 r"bezeichnet|bezeichnete|bezeichnen|bezeichneten)\b")
# German: „die von X so genannte „…“" (also „sogenannte", „so bezeichnete").
_VON_SO_GENANNT: Final = re.compile(r"\b(?:von|vom)[^\S\n]{1,3}" + _MENTION +
                                    r"[^\S\n]{1,3}(?:so[^\S\n]?|als[^\S\n]{1,3})(?:genannten?|genannter|genanntes|"
                                    r"genanntem|bezeichneten?|bezeichneter|bezeichnetes|bezeichnetem)[^\S\n]{1,3}$",
                                    re.IGNORECASE)
# French, Spanish, Portuguese: "ce que X appelle « … »", "lo que X llamó «…»", "o que X chamou de «…»".
_WHAT_ROMANCE: Final = re.compile(
    r"\b(?:ce[^\S\n]{1,3}qu(?:e[^\S\n]{1,3}|['’])|lo[^\S\n]{1,3}que[^\S\n]{1,3}|o[^\S\n]{1,3}que[^\S\n]{1,3}|"
    r"aquilo[^\S\n]{1,3}que[^\S\n]{1,3})" + _MENTION + r"[^\S\n]{1,3}"
    r"(?:(?:a|avait|ont|avaient|ha|han|había|habían|tem|têm)[^\S\n]{1,3})?"
    r"(?:appel(?:le|lent|lait|aient|é|ée|és|ées)|nomm(?:e|ent|ait|aient|é)|"
    r"llam(?:a|an|ó|aron|aba|aban|ado)|denomin(?:a|an|ó|aron|aba|ado)|"
    r"cham(?:a|am|ou|aram|ava|avam|ado))(?:[^\S\n]{1,3}de)?[^\S\n]{1,3}$",
    re.IGNORECASE)
# "X a parlé de « … »", "X habló de «…»", "X falou em «…»": the verb and its preposition (an
# article or two lower-case adjectives between), the subject read by the caller.
_SPEAKS_ROMANCE: Final = re.compile(
    r"\b(?P<verb>(?:(?:a|ont|avait|avaient|ha|han|había|habían|tem|têm)[^\S\n]{1,3})?"
    r"(?:parl(?:e|ent|ait|aient|é)|habl(?:a|an|ó|aron|aba|aban|ado)|fal(?:a|am|ou|aram|ava|avam|ado)))"
    r"[^\S\n]{1,3}(?:[^\W\d_]{1,20}[^\S\n]{1,3})??"  # an adverb: "a parlé ensuite de", "habló incluso de"
    r"(?:de[^\S\n]{1,3}(?:la[^\S\n]{1,3}|l['’])?|d['’]|du[^\S\n]{1,3}|des[^\S\n]{1,3}|del[^\S\n]{1,3}|"
    r"em[^\S\n]{1,3}|n[oa]s?[^\S\n]{1,3}|num[^\S\n]{1,3}|numa[^\S\n]{1,3}|d[oa]s?[^\S\n]{1,3})"
    r"(?:(?:un|une|un|una|unos|unas|el|la|los|las|um|uma|o|a|os|as)[^\S\n]{1,3})?"
    r"(?:[a-zàâçéèêëîïôûùüÿñáíóú]{2,20}[^\S\n]{1,3}){0,2}$",
    re.IGNORECASE)
# Negations before the verb or between it and the quote.
_NEGATION: Final = frozenset("ne n' n’ pas jamais no nunca jamás tampoco não nem".split())
_NEGATION_AFTER: Final = frozenset("pas jamais nunca jamás".split())
# Impersonal subjects and mentions: common talk, no one's words.
_IMPERSONAL: Final = frozenset("man on l'on l’on se uno una".split())
# A first-person subject: the writer's own term.
# With the first person's auxiliaries ("nous avons parlé de", "hemos hablado de": read46k).
_FIRST_PERSON: Final = frozenset("ich wir je j' j’ nous yo nosotros nosotras eu nós "
                                 "avons avions hemos habíamos temos tínhamos".split())


def _mention_ok(who: str, lang: str = "") -> bool:
    """Not impersonal, not the first person; in German a noun or a name among its words (a
    mention of only small words is an article: „von einer sogenannten „…"")."""
    words = who.split()
    if lang == "de" and not any(w[:1].isupper() for w in words):
        return False
    if _group_of_person(words):
        return False
    return bool(words) and not any(w.lower() in _IMPERSONAL or w.lower() in _FIRST_PERSON for w in words)


# "l'entourage de X", "les opposants à X", "la familia de X", "die Familie von X": a group named
# after a person, who is not the one who uses the words (the merged tree's last read, stop 46).
_OF_WORDS: Final = frozenset("de del des du à au aux da do dos das von vom".split())


def _group_of_person(words: list[str]) -> bool:
    """A noun that is no title before "de"/"à"/"von" and a name: the group, not the person. A title
    keeps the name ("la ministre de la Culture X" is left to the name's own reading)."""
    for k in range(1, len(words) - 1):
        if words[k].lower() in _OF_WORDS:
            noun = re.split(r"['’]", words[k - 1])[-1]
            if noun[:1].islower() and not is_title_word(noun.lower()):
                return True
            if noun[:1].isupper() and noun.lower() in ("familie", "umfeld", "lager", "anwälte", "anwalt", "gegner", "anhänger"):
                return True
    return False


def naming_mention(text: str, span: Span, lang: str) -> str | None:
    """The mention of whoever the relative or agent clause around the quote ``span`` says uses
    its words (see the module), or None. ``lang``: the article's language."""
    if span.continued or span.close_at < 0:
        return None
    lo = max(0, span.open_at - _WINDOW)
    if lang == "de":
        found = _WAS_DE.search(text, lo, span.open_at)
        if found is not None and _NENNT_AFTER.match(text, mark_end(text, span),
                                                     min(len(text), mark_end(text, span) + _AFTER)) is not None:
            who = found.group("who")
            return who if _mention_ok(who, lang) else None
        found = _VON_SO_GENANNT.search(text, lo, span.open_at)
        if found is not None:
            who = found.group("who")
            return who if _mention_ok(who, lang) else None
        return None
    if lang in ("fr", "es", "pt"):
        found = _WHAT_ROMANCE.search(text, lo, span.open_at)
        if found is not None:
            who = found.group("who")
            return who if _mention_ok(who) else None
    return None


def speaks_of_romance(text: str, open_at: int, lo: int) -> int:
    """Where the verb of "parler de", "hablar de", "falar de/em" right before the quote opening
    at ``open_at`` starts (``lo``: the sentence's start), or -1; -1 too after an impersonal or
    first-person subject („on parle de", "se habla de", "je parle de", "nous avons parlé de") or a
    negation („n'a jamais parlé de", "no habló de": read46k)."""
    found = _SPEAKS_ROMANCE.search(text, max(lo, open_at - 60), open_at)
    if found is None:
        return -1
    before = text[max(lo, found.start() - 30):found.start()].lower().split()
    if _NEGATION.intersection(before[-3:]) or _NEGATION_AFTER.intersection(text[found.start():open_at].lower().split()):
        return -1  # "n'a jamais parlé de", "no habló de", "não falou em": not said (read46k)
    if before and (before[-1] in _IMPERSONAL or _FIRST_PERSON.intersection(before[-2:]) or
                   before[-1] in ("l'on", "l’on", "qu'on", "qu’on")):
        return -1
    return found.start()


# German: „von X als „…“" (the judging verb after the quote is judged_terms' to find).
_VON_ALS: Final = re.compile(r"\b(?:von|vom)[^\S\n]{1,3}" + _MENTION + r"[^\S\n]{1,3}als[^\S\n]{1,3}$")
# French, Spanish, Portuguese: "« … » par X", "«…» por X" right after the closing mark.
# The mention, up to six words, runs to the end of the clause.
_BY_ROMANCE: Final = re.compile(r"[^\S\n,]{0,3}(?:par|por|pelo|pela)[^\S\n]{1,3}"
                                r"(?P<who>[^\W\d_][\w’'.-]{0,30}(?:[^\S\n]{1,3}[\w’'.-]{1,30}){0,5})"
                                r"(?=[^\S\n]*(?:[.,;:!?)]|$))")


def judged_agent(text: str, span: Span, lang: str) -> str | None:
    """The mention of the agent of a judgement in the passive around the quote ``span`` (a quote
    judged_terms.is_judged_term has found someone's): „von X als „…“ bezeichnet", « … » par X, «…»
    por X; None when the agent is not given or is impersonal. The agent's words must end the
    clause (a comma or a stop after them), so no longer phrase is read for a name."""
    if lang == "de":
        found = _VON_ALS.search(text, max(0, span.open_at - _WINDOW), span.open_at)
    elif lang in ("fr", "es", "pt"):
        found = _BY_ROMANCE.match(text, mark_end(text, span), min(len(text), mark_end(text, span) + _WINDOW))
    else:
        return None
    if found is None:
        return None
    who = found.group("who")
    if who.endswith(".") and len(who.split()[-1]) > 3:
        who = who[:-1]  # "par le préfet.": the sentence's stop, not an initial's (read46k)
    return who if _mention_ok(who, lang) else None
