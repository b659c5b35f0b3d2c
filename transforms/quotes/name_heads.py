"""Where a person's name begins when words that are no title stand before its surname: the
particles of a surname written without the given name ("said von der Leyen"), a title of rank
that is how a person with one name is called ("Lady Gaga", "Prince Harry"), a body's name run
into the name after it ("of the European Commission Ursula von der Leyen").

Pure word tests on a mention's tokens; names.py, titles.py and resolve.py call them where they
cut a mention down to its name (issue 16, stop 44: "Leyen", "Gaga", "Harry" were the speakers).
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.job_titles import job_word
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, ORG_HEADS, PARTICLES, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.tokens import trim

# Particles that open a surname written without its given name ("von der Leyen", "van der
# Berg", "de la Cruz"): pairs, which no language uses as a preposition before a name in a
# mention, and Dutch "van" (German "von", Romance "de", "da", "dos" are prepositions too:
# "Worte von Merkel", "palabras de Sánchez" are left as they were).
PARTICLE_PAIRS: Final = frozenset({
    ("von", "der"), ("van", "der"), ("van", "den"), ("van", "de"), ("von", "dem"),
    ("de", "la"), ("de", "las"), ("de", "los"), ("de", "le"), ("del", "la")})
_LONE_PARTICLES: Final = frozenset({"van"})

# Titles of rank that, before a single name, are how that person is called: "Lady Gaga",
# "Prince Harry", "Pope Francis". The single word alone is a first name (or half a stage
# name); the title and the word are the fullest name the article gives. Not "Sir"/"Lord"/"Dame"
# (their holders have surnames), nor offices ("President Trump"), nor "Sheikh" (a family name
# too: "Sheikh Hasina" read as a man's title took a "he" meant for the man named before her).
NOBLE_TITLES: Final = frozenset("lady prince princess king queen pope papst".split())
_REGNAL: Final = re.compile(r"[^\S\n]{1,3}[IVX]{1,5}\b")
# The name goes on after the single word: a capitalized word or a particle ("First Lady Melania
# Trump", "Crown Prince Mohammed bin Salman"); the rank is then a title before a full name.
_NAME_GOES_ON: Final = re.compile(r"[^\S\n]{1,3}(?:[A-Z]|(?:bin|ibn|al|el|von|van|de|da|del|dos|le|la)[\s-])")
# Words that make a title of the rank word after them: "First Lady", "Crown Prince", "Grand
# Duke": the two words are an office, and the word after them a given name, not the name.
_RANK_OPENERS: Final = frozenset("first crown grand".split())


# An Arabic surname written with its article in lower case and a hyphen ("al-Mansour",
# "el-Sayed", "ash-Shara"): a capitalized name word for the name's tests, though it opens in
# lower case (issue 16, stop 45: "said Abdullah al-Mansour" gave no one).
# (not "at-Large", an English office: "Councilwoman at-Large Jane Doe", read45names)
_ARABIC_ARTICLE: Final = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|ur)-(?!Large\b)[A-Z][a-z]")


def arabic_article_name(tok: str) -> bool:
    """``tok`` is a surname with a lower-case Arabic article before a hyphen ("al-Mansour")."""
    return _ARABIC_ARTICLE.match(tok) is not None


# A generational suffix after a full name: "Robert F. Kennedy Jr", "Harry B. Harris Jr.,".
_SUFFIX_AFTER: Final = re.compile(r",?[^\S\n](Jr|Sr|II|III|IV)\b")
_SUFFIX_SEEN: Final = 40
# A job title after "Sr."/"Jr.": "Jane Doe, Sr. Vice President of Sales", "Tom Lee, Jr.
# Developer": the seniority of the job, not a generational suffix (read45names).
_JOB_AFTER: Final = re.compile(r"\.?[^\S\n]{1,3}([A-Z][a-z]{1,20})")
_SENIORITY_HEADS: Final = frozenset("""vice associate assistant staff account software product sales
marketing research communications business principal executive""".split())  # occurrences of the full name read at most
_SUFFIX_WORDS: Final = frozenset("jr sr ii iii iv".split())


def always_suffixed(texts: list[str], full: str) -> str | None:
    """The suffix ("Jr", "III") the texts write after every occurrence of ``full`` (at least
    one), else None: "Kennedy said" is Robert F. Kennedy Jr where he is never written without
    it; where "Donald Trump" is written alone too, "Donald Trump Jr." is another person."""
    found: str | None = None
    seen = 0
    for text in texts:
        pos = text.find(full)
        while pos >= 0 and seen < _SUFFIX_SEEN:
            seen += 1
            end = pos + len(full)
            if (pos == 0 or not text[pos - 1].isalnum()) and not text[end:end + 1].isalnum():
                m = _SUFFIX_AFTER.match(text, end)
                if m is None or found not in (None, m.group(1)) or _job_after(text, m.end()):
                    return None
                found = m.group(1)
            pos = text.find(full, end)
    return found


def _job_after(text: str, at: int) -> bool:
    """A job title follows the suffix ending at ``at`` ("Sr. Vice President", "Jr. Developer")."""
    m = _JOB_AFTER.match(text, at)
    return m is not None and (trim(m.group(1)) in _SENIORITY_HEADS or job_word(m.group(1)))


def with_suffix(name: str, texts: list[str]) -> str:
    """``name`` with the generational suffix the texts always write after it ("Robert F.
    Kennedy" -> "Robert F. Kennedy Jr"); unchanged when it has one, or when the texts write it
    without one too (``always_suffixed``)."""
    if name.rsplit(None, 1)[-1].rstrip(".").lower() in _SUFFIX_WORDS:
        return name
    kept = always_suffixed(texts, name)
    return f"{name} {kept}" if kept else name


def with_suffix_stop(name: str, text: str) -> str:
    """``name`` with the full stop of a closing "Jr."/"Sr." where the text writes the name so
    ("Robert F. Kennedy Jr." as the guide writes it; the name's trims drop closing stops)."""
    if name.endswith((" Jr", " Sr")) and text.find(name + ".", 0, 400_000) >= 0:  # (bounded)
        return name + "."
    last = name.rsplit(" ", 1)[-1]
    if len(last) >= 3 and last[-2] == "." and last[-1].isupper() and text.find(name + ".", 0, 400_000) >= 0:
        return name + "."  # "the U.S.", "U.K." (stop 49): an abbreviation keeps its last stop
    return name


def particle_surname(mention: str) -> str | None:
    """The whole mention when it is a surname's particles and the surname ("von der Leyen",
    "van Dijk"), else None: the particles are part of the name, not words before it."""
    words = mention.split()
    if len(words) not in (2, 3) or not words[-1][:1].isupper() or not words[-1][1:2].islower():
        return None
    lead = tuple(words[:-1])
    if lead in PARTICLE_PAIRS or len(lead) == 1 and lead[0] in _LONE_PARTICLES:
        return mention.strip(" .,’'")
    return None


def keeps_rank_title(words: list[str], start: int, after: str = "") -> int:
    """Where a name starts in ``words`` once titles end at ``start``: one word earlier when
    that word is a title of rank and a single name follows ("Lady Gaga", "Prince Harry"), not
    when ``after`` (the text after the name) opens on a regnal number ("King Charles III" is
    "Charles III" as before), nor when the name goes on after the word ("First Lady Melania
    Trump": a title before a full name), nor after a word that makes the rank an office ("First
    Lady Melania", "Crown Prince Mohammed")."""
    if start >= 1 and start == len(words) - 1 and trim(words[start - 1]) in NOBLE_TITLES and \
            words[start - 1][:1].isupper() and words[start][1:2].islower() and not _REGNAL.match(after) \
            and not _NAME_GOES_ON.match(after) and not (start >= 2 and trim(words[start - 2]) in _RANK_OPENERS):
        return start - 1
    return start


def after_body_name(name: tuple[str, ...]) -> tuple[str, ...]:
    """``name`` without a body's name run into it ("Commission Ursula von der Leyen" ->
    "Ursula von der Leyen"): the words after the last organisation head, when they open on a
    first name of one sex and hold a surname; else ``name`` unchanged."""
    last_head = -1
    for n, word in enumerate(name[:-1]):
        if trim(word) in ORG_HEADS:
            last_head = n
    tail = name[last_head + 1:]
    if last_head < 0 or len(tail) < 2 or first_name_sex(" ".join(tail)) is None:
        return name
    return tail


# Conjunctions a title-case headline capitalizes ("Christie Goes After Trump And Marco Rubio",
# "Hillary Clinton Under Pressure In U.S. While Clinton ..."), and a sentence opens on ("But
# Podliska said"): no name holds one, so a name runs from the word after the last of them.
_CONJUNCTIONS: Final = frozenset("""and but while when as if or yet though although because whereas
und aber während mais pero mientras enquanto""".split())
# The ones that also join the names inside a firm's name ("Johnson And Johnson", "Marks And
# Spencer"): a name runs from the word after them only when a full name with a first name follows.
_JOINING: Final = frozenset(["and", "und", "or"])


def _joins_names(word: str) -> bool:
    """A capitalized conjunction, or a hyphenated title ("Editor-in-Chief",
    "Secretary-Treasurer": every part a title, role or small word) standing inside a name."""
    if not word[:1].isupper():
        return False
    low = trim(word)
    if low in _CONJUNCTIONS:
        return True
    parts = low.split("-")
    return len(parts) >= 2 and any(p in TITLES for p in parts) and \
        all(p in TITLES or p in ROLE_WORDS or p in FUNCTION_WORDS for p in parts)


def after_joining_word(name: tuple[str, ...]) -> tuple[str, ...]:
    """``name`` from the word after its last capitalized conjunction or hyphenated title
    ("Trump And Marco Rubio" -> "Marco Rubio", "Editor-in-Chief Martin Baron" -> "Martin
    Baron"); ``name`` unchanged when none stands before its last word, or when an "And" is not
    followed by a full name that opens on a first name ("Johnson And Johnson")."""
    for n in range(len(name) - 2, -1, -1):
        if _joins_names(name[n]):
            tail = name[n + 1:]
            if trim(name[n]) in _JOINING and (len(tail) < 2 or first_name_sex(" ".join(tail)) is None):
                return name  # "Johnson And Johnson", "Procter Und Gamble": a firm's name, whole
            return tail
    return name


def without_joining_word(name: str) -> str:
    """``after_joining_word`` on a name written as one string ("And Ann Lee" -> "Ann Lee")."""
    words = tuple(name.split())
    kept = after_joining_word(words)
    return name if kept is words else " ".join(kept)


# Lower-case words that may stand before a body's name in a speaker without making it a
# description: "the far-right Vox party" is the Vox party, "the ruling Harbor Party" the party.
_MAX_MODIFIERS: Final = 2


def opening_lowercase(speaker: str) -> str | None:
    """An English speaker that opens in lower case, as a nominal with a capitalized word in it
    leaves it ("the paradox of Nancy", "a copy of the letter reviewed by The Post", "the
    far-right Vox party"): from its first capitalized word when only a modifier or two stand
    before it ("Vox party"), else None: a thing said of someone, a document or a part of a group
    is no one's name ("rather null than wrong"). A name written so stays ("eBay", "de Blasio")."""
    words = speaker.split()
    if len(words) == 1 or not words[0].islower() or trim(words[0]) in PARTICLES:
        return speaker  # "eBay", "easyJet", "de Blasio", "van der Berg": names as written
    first = next((n for n, w in enumerate(words) if w[:1].isupper()), None)
    if first is None or first > _MAX_MODIFIERS:
        return None
    lead = [trim(w) for w in words[:first]]
    if any(w in FUNCTION_WORDS or w in ROLE_WORDS or w in TITLES or not w.isalpha() and "-" not in w
           for w in lead):
        return None
    return " ".join(words[first:])
