"""German: who spoke a quote told with no reporting verb next to it, in three shapes of regional,
church, sport and trade press (none46):

- the sentence after a quote that stands alone opens with "So" or "Mit diesen Worten" and puts
  its subject after the verb: "„…“ So beschreibt Kantorin Ruth Albers den Klang.", "„…“ Mit
  diesen Worten eröffnete Ortsvorsteher Bernd Kuhl das Dorffest." (rule ``so_after_de``);
- a quote closed by a conviction: "„…“, ist Geschäftsführer Timo Rasch überzeugt.", "„…“, ist
  sich die Trainerin sicher." (rule ``so_after_de`` too: the words after the comma);
- a noun of speech and its owner after the quote: "„…“, so das Fazit von Trainerin Anna Keller.",
  "„…“, lautete die Botschaft von Bischof Karl Zorn." (the nouns of ``possessed_label_de``);
- a quote named as a sentence at the head of a sentence whose subject follows the verb: "Mit dem
  Satz „…“ sorgte Bischof Georg Leitner für Heiterkeit." (rule ``so_after_de``).

Each credits the subject that follows the verb only when it is a person's name (with its title or
not) or a description of one ("die Trainerin"); "So sieht es auch X" / "ähnlich" (X agrees with
someone else's words), a negation, and a verb that gives the words to another ("zitiert") credit
no one: the rule returns None and the next rules read on. The sentence after a quote is read
only when the quote stands alone as a sentence (nothing of the writer's before it in its
sentence). The second reader (read46n) found the subject wrong where the verb's object names
someone else's words or a written text ("So erklärte Historiker X den Satz von Y", "die letzten
Worte Jesu", "das Schild"), where a clause reports what others said (", was die Beamten gerufen
hatten"), for two subjects ("sind X und Y überzeugt"), a question, and after "Mit dem Satz „…“"
for a verb about someone else's sentence ("konnte X wenig anfangen", "ärgerte sich X über"):
each of these credits no one now. "Mit dem Satz „…“ sorgte X für …", read here first, is
``with_words`` (with_words_de.py) since the merge of stop 46, with read46n's verbs of using the
sentence (``USING_VERBS`` there). Pure functions; every pattern is anchored (``match``) or scans a window of at most
one short sentence.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.possessed_label_de import SPEECH_NOUNS_DE
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import mark_end

SO_AFTER: Final = "so_after_de"
_READ: Final = 200  # characters read after the closing mark (one sentence)
# The next sentence's opener, then its finite verb: "So beschreibt", "Mit diesen Worten eröffnete".
_OPENER: Final = re.compile(r"[^\S\n]{0,3}+(?:So|Mit[^\S\n]{1,3}+(?:diesen|den|solchen)[^\S\n]{1,3}+Worten|"
                            r"Mit[^\S\n]{1,3}+(?:diesem|dem)[^\S\n]{1,3}+(?:Satz|Appell|Aufruf|Wunsch))"
                            r"[^\S\n]{1,3}+([a-zäöüß]{3,16}+)[^\S\n]{1,3}+")
# After the quote, a noun of speech and its owner: ", so das Fazit von X", ", lautete die Botschaft von
# X", "So das Fazit von X.", "Das ist das Fazit von X.", ", so das Fazit der Trainerin" (group 1:
# adjective, 2: noun).
_NOUN_OF: Final = re.compile(r"[^\S\n]{0,3}+(?:[,–—][^\S\n]{0,3}+)?(?:[Ss]o[^\S\n]{1,3}+(?:lautet(?:e)?[^\S\n]{1,3}+)?|"
                             r"lautete?[^\S\n]{1,3}+|(?:Das|Dies)[^\S\n]{1,3}+(?:ist|war)[^\S\n]{1,3}+)"
                             r"(?:das|die|der)[^\S\n]{1,3}+(?:([a-zäöüß]{3,20}+)[^\S\n]{1,3}+)?"
                             r"([A-ZÄÖÜ][a-zäöüß]{2,30}+)[^\S\n]{1,3}+(?:von[^\S\n]{1,3}+|(?=(?:des|der)[^\S\n]))")
# A quote closed by a conviction: ", ist X überzeugt", ", ist sich X sicher".
_BELIEF_VERB: Final = re.compile(r"[^\S\n]{0,3}+,[^\S\n]{0,3}+(ist|war|zeigt|zeigte)[^\S\n]{1,3}+")
_BELIEFS: Final = frozenset("überzeugt sicher zuversichtlich gewiss".split())
# (stop 48) The same in a sentence of its own after a quote that stands alone: "„…“ Davon ist X
# überzeugt.", "„…“ Da ist sich X sicher.", "„…“ Dessen ist sich X gewiss."
_BELIEF_SENTENCE: Final = re.compile(r"[^\S\n]{0,3}+(?:Davon|Da|Dessen|Darin)[^\S\n]{1,3}+(ist|war)[^\S\n]{1,3}+")
# Verbs after "So" that describe or sum up the words as their subject's ("So beschreibt X den
# Klang", "So fasst X zusammen"), besides the language's reporting cues.
_DESCRIBING: Final = frozenset("""
beschreibt beschrieb schildert schilderte formuliert formulierte umschreibt umschrieb fasst fasste
bringt brachte kommentiert kommentierte bilanziert bilanzierte resümiert resümierte erklärt erklärte
begründet begründete eröffnete eröffnet begrüßte begrüßt beendete beendet schloss schließt
verabschiedete verabschiedet sorgte sorgt appelliert appellierte warb wirbt mahnt mahnte
""".split())
# Verbs that give the words to someone other than their subject ("Mit dem Satz „…“ zitiert X
# seinen Vater"), or that judge them.
_OTHERS_WORDS: Final = frozenset("zitiert zitierte kritisiert kritisierte widerspricht widersprach bestreitet "
                                 "bestritt hört hörte las liest".split())
# The subject agrees with the words rather than saying them: "So sieht es auch X".
_AGREEING: Final = frozenset("auch ähnlich ebenfalls genauso ebenso".split())
_NEGATION: Final = re.compile(r"(?<!\w)(?:nicht|nichts|nie|niemals|keineswegs|kaum|wenig)(?!\w)")
# read46n: words after the subject that make the quote someone else's words, which the subject
# explains, comments or reports ("So erklärte Historiker X den berühmten Satz von Y", "So
# kommentierte Trainer X die Worte seines Kapitäns", "So beschreibt Pfarrer X die letzten Worte
# Jesu"), or a clause that reports what others said ("So schilderte Zeuge X, was die Beamten
# gerufen hatten"), or a written text ("So beschreibt Hotelier X das Schild an seiner Tür"): the
# subject is no speaker of the quote then.
_OTHERS_WORDS_NOUNS: Final = frozenset("""
Wort Worte Worten Satz Sätze Satzes Ausspruch Aussprüche Zitat Zitate Spruch Sprüche Parole Parolen
Motto Äußerung Äußerungen Aussage Aussagen Ruf Rufe Schlachtruf Losung Redewendung Sprichwort
Schild Schilder Inschrift Aufschrift Plakat Plakate Transparent Transparente Banner Schriftzug Slogan
""".split())
_DEMONSTRATIVES: Final = frozenset("dieser diese diesen diesem dieses jener jene jenen jenem solche solchen".split())
_PREPOSITIONS: Final = frozenset("zu zum zur auf über nach vor gegen mit an am von".split())
_CLAUSE: Final = re.compile(r",[^\S\n]{0,3}+(?:was|wie|wer|wen|wem|dass|ob|worauf|womit)(?!\w)")
# Articles that open the verb's object after its subject ("eröffnete X das Fest"), and the
# particles of names an article may follow ("von der Leyen").
_OBJECT_ARTICLES: Final = frozenset("das den dem die der des ein eine einen einem einer seinen seine ihren ihre".split())
_NAME_PARTICLES: Final = frozenset("von van zu vom zur de".split())
_WORD: Final = re.compile(r"[^\W\d_]++")


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the sentence from ``lo`` ends (its full stop, "!", "?", a line end), or ``hi``."""
    for k in range(lo, hi):
        if text[k] in ".!?\n":
            return k
    return hi


def _subject(text: str, lo: int, end: int) -> tuple[str, int] | None:
    """The person named right at ``lo`` (a name, with its title or not, or a description of one:
    "die Trainerin"), and where the phrase ends; None for a thing or a word of agreement."""
    words = _WORD.match(text, lo, end)
    if words is not None and words.group() == "sich":
        lo = words.end() + 1  # "ist sich Landwirtin Eva Stolz sicher": the reflexive, then the subject
        words = _WORD.match(text, lo, end)
    if words is None or words.group() in _AGREEING:
        return None
    np = np_after(text, lo, end)
    if np is None or np[0] != lo:
        return None
    mention = _without_object(text[np[0]:np[1]].strip(" ,."))
    if not mention:
        return None
    first = mention.split()[0]
    lang = current_language()
    if first in lang.determiners:
        # "die Trainerin", "der neue Pfarrer": a description of someone, resolved like any other;
        # "das Buch", "die Stadt": no one
        # "der Förster Kurt Engel": an article, a title and a name
        parts = mention.split()
        titled = len(parts) >= 2 and any(is_title_word(w.lower()) for w in parts[1:3])
        return (mention, np[1]) if titled and (is_title_word(parts[-1].lower()) or is_person_like(mention)) else None
    if not first[:1].isupper() or not is_person_like(mention):
        return None
    return mention, np[1]


def _without_object(mention: str) -> str:
    """The subject without the verb's object read into it: "Bernd Kuhl das Dorffest" -> "Bernd
    Kuhl" (an article after the first word, unless a particle of a name comes before it: "von der
    Leyen")."""
    words = mention.split()
    for k in range(1, len(words)):
        if words[k] in _OBJECT_ARTICLES and words[k - 1] not in _NAME_PARTICLES:
            return " ".join(words[:k])
    return mention


def _others_words_object(rest: str) -> bool:
    """Whether the rest of the sentence after the subject has a noun of words as the verb's object
    ("die Worte seines Kapitäns", "den berühmten Satz von Y"); not after a preposition ("zu den
    Worten von Y": the subject's own comment on them; not after a demonstrative: "denn dieser Satz"
    is the quote again)."""
    words = [w.group() for w in _WORD.finditer(rest)]
    for k, word in enumerate(words):
        if word in _OTHERS_WORDS_NOUNS and not any(w in _PREPOSITIONS for w in words[max(0, k - 3):k]) and \
                (k == 0 or words[k - 1].lower() not in _DEMONSTRATIVES):
            return True
    return False


def _credit(text: str, verb: str, verb_at: int, subject_lo: int, end: int) -> Finding | None:
    """The finding for the subject that follows ``verb`` at ``subject_lo``, or None when the
    sentence negates it or the subject only agrees."""
    found = _subject(text, subject_lo, end)
    if found is None or _NEGATION.search(text, subject_lo, end):
        return None
    mention, np_hi = found
    at = text.find(mention, subject_lo, end)
    rest = text[at + len(mention):end] if at >= 0 else text[np_hi:end]  # the object may be in the phrase
    if end < len(text) and text[end] == "?":
        return None  # read46n: a question ("ist sich X sicher?") asserts nothing of X
    if rest.split()[:1] == ["und"] or _CLAUSE.search(rest) is not None or _others_words_object(rest):
        return None  # read46n: two subjects ("Anna Berg und Tim Kohl"), or another's words
    if _WORD.match(text, np_hi, end) is not None and text[np_hi:np_hi + 12].split()[:1] and \
            text[np_hi:np_hi + 12].split()[0] in _AGREEING:
        return None
    return Finding(mention, verb, "explicit", verb_at, SO_AFTER)


def _sentence_after(site: Site, lo: int, hi: int) -> Finding | None:
    """"„…“ So beschreibt X …", "„…“ Mit diesen Worten eröffnete X …"."""
    text, span = site.text, site.span
    if text[site.sent_lo:span.open_at].strip() or text[span.close_at - 1:span.close_at] not in ".!?…":
        return None  # the quote must stand alone, as a whole sentence
    m = _OPENER.match(text, lo, hi)
    if m is None:
        return None
    verb = m.group(1)
    if verb in _OTHERS_WORDS or (verb not in _DESCRIBING and verb not in current_language().cues):
        return None
    return _credit(text, verb, m.start(1), m.end(), _sentence_end(text, m.end(), hi))


def _noun_of_after(site: Site, lo: int, hi: int) -> Finding | None:
    """"„…“, so das Fazit von X.", "„…“, lautete die Botschaft von X.", "„…“ Das ist das
    Fazit von X."; a new sentence only after a quote that stands alone as one."""
    text, span = site.text, site.span
    m = _NOUN_OF.match(text, lo, hi)
    if m is None or m.group(2) not in SPEECH_NOUNS_DE:
        return None
    if "," not in text[lo:m.start(2)] and "–" not in text[lo:m.start(2)] and "—" not in text[lo:m.start(2)] and (
            text[site.sent_lo:span.open_at].strip() or text[span.close_at - 1:span.close_at] not in ".!?…"):
        return None  # "So das Fazit von X." after a quote inside a sentence of the writer's
    return _credit(text, m.group(2), m.start(2), m.end(), _sentence_end(text, m.end(), hi))


def _belief_after(site: Site, lo: int, hi: int) -> Finding | None:
    """"„…“, ist X überzeugt.", "„…“, ist sich X sicher.", "„…“ Davon ist X überzeugt."."""
    text, span = site.text, site.span
    m = _BELIEF_VERB.match(text, lo, hi)
    if m is None:
        m = _BELIEF_SENTENCE.match(text, lo, hi)
        if m is None or text[site.sent_lo:span.open_at].strip() or text[span.close_at - 1:span.close_at] not in ".!?…":
            return None  # (a new sentence only after a quote that stands alone as one)
    end = _sentence_end(text, m.end(), hi)
    rest = [w.group() for w in _WORD.finditer(text, m.end(), end)]
    if not rest or rest[-1] not in _BELIEFS or (m.group(1).startswith("zeig") and "sich" not in rest):
        return None  # "zeigte sich X zufrieden" is summing_up_de's
    return _credit(text, m.group(1), m.start(1), m.end(), end)


def so_after(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject after the verb of "„…“ So beschreibt X", "„…“, ist X überzeugt", "Mit dem
    Satz „…“ sorgte X für"; None otherwise (German only)."""
    if current_language().code != "de" or site.span.close_at < 0:
        return None
    text = site.text
    lo = mark_end(text, site.span)
    hi = min(site.tail_hi, lo + _READ)
    return _belief_after(site, lo, hi) or _noun_of_after(site, lo, hi) or \
        _sentence_after(site, lo, hi)
