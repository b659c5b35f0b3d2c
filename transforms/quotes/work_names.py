"""Rule ``work_after_noun`` (issue 16): the name of a work, a programme, an event, a paper or a
topic quoted right after the noun that says what it names is that thing's name, a scare quote
said by no one: "das Buch „Zeit der Wölfe“", "im Verbandsmagazin „Schwimmen heute“", "zum Thema
„Sicher im Netz“", "hits such as “Blue Morning”", "el programa «Hoy por ti»", "l'émission
« Bonjour la ville »"; and after its maker and "of": "author of “Our Constitution”".

It is so even in a sentence that reports speech ("Lee said the song “Blue Morning” changed her
life"): what the noun names is the title, not the words of the sentence's subject. The noun must
stand right before the opening mark, or before "such as", "like", "including" and their kin (no
comma or colon between: "in his memoir, “I was born ...”", „sagte sie in ihrem Buch: „…“"
quote the work's words). A German noun counts by the last part of a compound („Verbandsmagazins",
„Kriminalroman") and a French one after an elided article („l'émission"). Words for speech
(Satz, Worte, Frage, Aussage) are no such nouns.

The quote must read as a name. German titles are not in English title case (only nouns take
capitals), and a German or French name may open in lower case and run longer: there the quote
only has to be at most ``_MAX_WORDS_DE_FR`` words. Elsewhere it opens on a capital (or a digit),
has at most ``_MAX_WORDS`` words and no sentence ending inside it.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.lexicon_de import COMPLEMENT_VERBS, DETERMINERS as DETERMINERS_DE
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import WORDS

# Nouns (lower case) for a work, a programme, an event, a paper, a party, a hotel or a topic
# whose name may follow them, in every language at once: a German "Thema" does not name a thing
# in an English text, nor does an English "song" in a German one, but either names what follows
# it where it occurs. A German compound ending in one counts, but for ``_WHOLE_ONLY``.
WORK_NAME_NOUNS: Final = frozenset("""
book books memoir novel novels biography song songs anthem hymn album albums film films movie movies
documentary play musical
opera series sitcom podcast column essay poem painting exhibit exhibition hit hits single track
programme program project campaign initiative newsletter
buch roman biografie lied lieder song songs album film filme serie sendung projekt
kampagne programm initiative aktion reihe rubrik ausstellung stück theaterstück thema
hörbuch podcast kolumne titel single motto slogan oper dokumentation dokumentarfilm hörspiel
tournee kinofilm werk
libro novela canción álbum disco película documental serie programa proyecto campaña obra
exposición tema
livre livres roman chanson album disque film documentaire série émission programme projet campagne
ouvrage pièce exposition thème titre revue quotidien hebdomadaire spectacle essai opération
devise hashtag rubrique collection
livro romance canção música álbum disco filme documentário série programa projeto campanha
exposição tema
poema poème gedicht gedichte
newspaper magazine zeitung magazin zeitschrift journal revista periódico jornal
festival conference forum konferenz tagung wettbewerb congreso congrès congresso
partei parti partido hotel restaurant
""".split())
# Short German nouns matched only whole: a compound ending in "lied" may be a "Mitglied", one
# ending in "aktion" a "Redaktion".
_WHOLE_ONLY: Final = frozenset("lied lieder stück werk aktion".split())

# Words between the noun and a name it introduces by example ("hits such as “Blue Morning”").
_EXAMPLE_LINKS: Final = (("such", "as"), ("like",), ("including",), ("wie",), ("como",), ("comme",))

# The maker of a work, before "of" and its name ("author of “America's Unwritten Constitution”",
# "host of “The Daily Show”", "auteur de « La Peste »", "Autorin von „Unterleuten“").
_MAKERS: Final = frozenset("""author authors co-author writer director creator editor host co-host producer
composer star publisher autor autora autores auteur auteure autrice réalisateur réalisatrice créateur
créatrice diretor diretora director directora regisseur regisseurin autorin""".split())
_MAKER_LINKS: Final = frozenset("of de du des von do da".split())

# The last word of each of ``_EXAMPLE_LINKS``.
_LINK_ENDS: Final = frozenset(link[-1] for link in _EXAMPLE_LINKS) | _MAKER_LINKS

_MAX_WORDS: Final = 12
_MAX_WORDS_DE_FR: Final = 16
_WINDOW: Final = 60  # characters read before the opening mark


def _words_before(text: str, at: int) -> list[str]:
    """The words right before ``text[at]`` (within ``_WINDOW`` characters), when nothing but
    spaces stands between the last of them and ``at``; else []."""
    k = at - 1
    while k >= 0 and k > at - 4 and text[k] in " \t\u00a0\u202f":
        k -= 1
    if k < 0 or not text[k].isalpha():
        return []  # a comma, a colon, a dash or a bracket before the mark
    return WORDS.findall(text[max(0, at - _WINDOW):at])


def _may_name_work(text: str, at: int, lang: str) -> bool:
    """A quick test that ``named_after_work_noun`` needs: outside German, the letters and digits
    that end the word right before ``text[at]`` (the part after its last apostrophe) are one of
    ``WORK_NAME_NOUNS`` or end one of ``_EXAMPLE_LINKS``. Most quotes follow a verb or a name
    ("said “...”"): they are told apart here without splitting the quote or the window into
    words (``is_name_of_work`` and ``_words_before`` do, on the few left)."""
    k = at - 1
    while k >= 0 and k > at - 4 and text[k] in " \t\u00a0\u202f":
        k -= 1
    if k < 0 or not text[k].isalpha():
        return False  # as _words_before: no word right before the mark
    if lang == "de":
        return True  # a compound ends in a noun anywhere in its letters (_german_compound)
    lo = max(0, at - _WINDOW)
    j = k
    while j > lo and text[j - 1].isalnum():
        j -= 1
    last = text[j:k + 1].lower()
    return last in WORK_NAME_NOUNS or last in _LINK_ENDS


def _german_compound(word: str) -> bool:
    """``word`` (lower case) ends in one of ``WORK_NAME_NOUNS``, maybe in the genitive
    („Verbandsmagazins", „Kriminalromans")."""
    for stem in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        for i in range(0, len(stem) - 2):  # (i = 0: the noun itself in the genitive, "des Buches")
            if stem[i:] in WORK_NAME_NOUNS and (i == 0 or stem[i:] not in _WHOLE_ONLY):
                return True
    return False


def _is_work_noun(word: str, lang: str) -> bool:
    """``word`` (as written) names a work: one of ``WORK_NAME_NOUNS``, after an elided French
    article („l'émission"), or the last part of a capitalised German compound."""
    w = word.lower()
    if lang == "fr":
        w = w.rsplit("’", 1)[-1].rsplit("'", 1)[-1]
    if w in WORK_NAME_NOUNS:
        return True
    return lang == "de" and word[:1].isupper() and _german_compound(w)


def is_name_of_work(quoted: str, span: Span, lang: str = "") -> bool:
    """``quoted`` reads as a name. In German and French: at most ``_MAX_WORDS_DE_FR`` words.
    Elsewhere: opens on a capital or a digit, one to ``_MAX_WORDS`` words, no question,
    exclamation or sentence break inside (a trailing comma or full stop is the writer's
    sentence's)."""
    if lang in ("de", "fr"):
        return len(quoted.split()) <= _MAX_WORDS_DE_FR
    if span.continued or span.close_at < 0 or not (quoted[:1].isupper() or quoted[:1].isdigit()):
        return False
    body = quoted.rstrip(" ,.")
    if not body or len(body) > 100 or "?" in body or "!" in body or ". " in body or ";" in body:
        return False
    return 1 <= len(WORDS.findall(body)) <= _MAX_WORDS


def _judged_object(words: list[str], quoted: str, lang: str) -> bool:
    """German: the noun is the object of a verb of judging and the quote, opening in lower case,
    judges it: „Berger nannte das Projekt „ein Desaster“", „fand die Kampagne „misslungen“" (s63).
    A name there opens on a capital („die Stadt nennt das Projekt „Grüne Mitte“")."""
    return lang == "de" and quoted[:1].islower() and len(words) >= 3 and \
        words[-2].lower() in DETERMINERS_DE and words[-2].lower() not in _OWN and words[-3].lower() in COMPLEMENT_VERBS


# (not "Die Diakonie nannte ihr Projekt „ein Dach für alle“": naming its own)
_OWN: Final = frozenset("ihr ihre ihren sein seine seinen unser unsere unseren mein meine meinen".split())


def named_after_work_noun(text: str, span: Span, quoted: str, lang: str) -> bool:
    """The quote is a name (``is_name_of_work``) right after a noun for a work (``_is_work_noun``),
    or after one and "such as", "like", "including", "wie", "como", "comme"."""
    if not _may_name_work(text, span.open_at, lang) or not is_name_of_work(quoted, span, lang):
        return False
    words = _words_before(text, span.open_at)
    if not words:
        return False
    if _is_work_noun(words[-1], lang):
        return not _judged_object(words, quoted, lang)
    if len(words) >= 2 and words[-1].lower() in _MAKER_LINKS and words[-2].lower() in _MAKERS:
        return True  # "Ann Lee, author of “Our Constitution,” put it": the book's name
    for link in _EXAMPLE_LINKS:
        n = len(link)
        if len(words) > n and tuple(w.lower() for w in words[-n:]) == link and \
                _is_work_noun(words[-n - 1], lang):
            return True
    return False
