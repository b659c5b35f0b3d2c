"""The names an article uses: titles split off, the fullest form, genders, roles."""
from __future__ import annotations

import functools
import operator
import re

from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.language import introduced_after
from newsbeam.transforms.quotes.lexicon import (
    ABBREVIATIONS, CUES, FUNCTION_WORDS, GENDERED, ORG_HEADS, PARTICLES, PLACE_WORDS, PRONOUNS,
    ROLE_WORDS, SUFFIXES, TITLES, TITLE_ALIASES)
from newsbeam.transforms.quotes.lexicon_de import TITLE_SUFFIXES as COMPOUND_TITLE_SUFFIXES
from newsbeam.transforms.quotes.tokens import is_cap, strip_possessive, subsequence, trim

def _leading_roles(toks: list[str], k: int) -> int:
    """Past the role words that open a run of capitalized words at a sentence's start
    ("Historian William Dalrymple", "Economist Ana Ruiz"), as long as two words of name remain
    (a one-word name after a role word may be the role word's own surname: "Son Heung-min")."""
    while len(toks) - k > 2 and trim(toks[k]) in ROLE_WORDS:
        k += 1
    return k


def _after_of(text: str, pos: int, toks: list[str]) -> bool:
    """Whether the words ``toks`` (ending at ``pos``'s word) follow a capitalized word and
    "of" in ``text``: "Minister of Finance Ana Ruiz", "District of Vermont Jane Roe" (not
    "supporters of Donald J. Trump")."""
    lo = text.rfind(toks[0], max(0, pos - 80), pos)
    if lo < 4 or not text[max(0, lo - 4):lo].endswith(("of ", "for ")):
        return False
    before = text[max(0, lo - 40):lo].split()
    return len(before) >= 2 and before[-2][:1].isupper() and \
        trim(before[-2]) not in FUNCTION_WORDS


def _after_title_of(text: str, pos: int, toks: list[str]) -> bool:
    """In an article not in English, whether the words ``toks`` (ending at ``pos``'s word)
    follow a title and its "of" words: "le ministre de la Santé Roman Prymula", "el secretario
    de Estado Juan Pérez" ("Santé", "Estado" end the title, not start the name)."""
    lang = current_language()
    if lang.code == "en":
        return False
    lo = text.rfind(toks[0], max(0, pos - 80), pos)
    before = text[max(0, lo - 60):lo].split()
    k = len(before) - 1
    while k >= 0 and before[k].lower() in lang.determiners:
        k -= 1
    if k < 1 or before[k].lower() not in lang.genitives:
        return False
    title = trim(before[k - 1]).lower()
    return title in TITLES or is_compound_title(title)


def is_compound_title(low: str) -> bool:
    """A German compound that ends on a title: "pressesprecher", "hsv-präsident"."""
    return len(low) > 6 and low.endswith(COMPOUND_TITLE_SUFFIXES) and \
        any(len(low) > len(s) + 2 for s in COMPOUND_TITLE_SUFFIXES if low.endswith(s))


def split_title(mention: str) -> str:
    """The name in a mention (memoized: mentions repeat across articles)."""
    name = _SPLIT_CACHE.get(mention)
    if name is None:
        if len(_SPLIT_CACHE) > 50_000:
            _SPLIT_CACHE.clear()
        name = _SPLIT_CACHE[mention] = _split_title(mention)
    return name


_SPLIT_CACHE: dict[str, str] = {}


def _split_title(mention: str) -> str:
    """The name in a mention: its last run of capitalized words, titles dropped.

    "Department of Homeland Security chief Kristi Noem" -> "Kristi Noem";
    "Representative Tom J. Ochoa of Ohio" -> "Tom J. Ochoa";
    "Democratic vice-presidential nominee Gov. Ana Ruiz" -> "Ana Ruiz".
    """
    toks = mention.replace(",", " , ").split()
    runs: list[list[str]] = []
    cur: list[str] = []
    after_prep = False
    prep_before: list[bool] = []
    for t in toks:
        lt = trim(t)
        if t != "," and (is_cap(t) or (cur and lt in PARTICLES) or (cur and lt in SUFFIXES)):
            if not cur:
                prep_before.append(after_prep)
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
                cur = []
            # A comma ends a run too: "the leader of the Harbor Party, Lina Haddad".
            after_prep = lt in ("of", "for", "at", "from", "in", "the", "with", "to")
    if cur:
        runs.append(cur)
    if not runs:
        return ""
    # A run after "of"/"for" names a place or an employer, not the speaker ...
    eligible = [r for r, p in zip(runs, prep_before) if not p] or runs
    best = eligible[-1]
    later = runs.index(best) + 1
    if trim(best[-1]) in TITLES and later < len(runs) and len(runs[-1]) >= 2 and \
            trim(runs[-1][-1]) not in ORG_HEADS:
        # ... unless the title runs on through it: "Secretary of State Marco Rubio", "Mayor of
        # Windsor Drew Dilkens", "Acting U.S. Attorney for the District of Vermont Jane Roe"
        # end on the name: its last two words (three with an initial: "Walter A. Reed").
        tail = runs[-1]
        size = 3 if len(tail) >= 3 and (len(trim(tail[-2])) == 1 or trim(tail[-2]) in PARTICLES) else 2
        return " ".join(tail[-size:]).strip(" .,’'")
    # A possessive names an employer or a place: "Square’s Megan Quinn", "the ACLU's Jay Stanley".
    # (A single word after it stays: "Tom’s Hardware", "Iran’s Mission" are names too.)
    for n in range(len(best) - 3, -1, -1):
        if best[n].endswith(("’s", "'s")):
            best = best[n + 1:]
            break
    # Titles: keep what follows the last title word.
    k = 0
    for n, t in enumerate(best):
        if (trim(t) in TITLES or is_compound_title(trim(t))) and n < len(best) - 1:
            k = n + 1
    name = best[_leading_roles(best, k):]
    return " ".join(name).strip(" .,’'") if name else ""


# " of the Workers Party" closing a mention. Possessive quantifiers and a start only at the first
# space of a run make it linear: the capitalized words after the preposition can be split into
# words in one way only, so no backtracking is needed (the plain "(?:[A-Z][\w.'’\-]*\s*)+$" of
# the past tried every split of "AAAA...A&T": exponential, issue 13).
_TRAILING_PLACE = re.compile(
    r"(?<!\s)\s++(?:of|for|from|at|in)\s++(?:the\s++)?(?:[A-Z][\w.'’\-]*+[^\S\n]*+)++$")


def is_org(name: str) -> bool:
    """A name with an organisation's head word in it: "Harbor City Police Department"."""
    return any(trim(t) in ORG_HEADS for t in name.split())


def is_person_like(mention: str) -> bool:
    """A mention that names someone (ends in a capitalized word, once a trailing "of the
    Workers Party" is set aside) rather than describing them ("the Trump administration")."""
    known = _PERSON_LIKE.get(mention)
    if known is None:
        if len(_PERSON_LIKE) > 50_000:
            _PERSON_LIKE.clear()
        toks = _TRAILING_PLACE.sub("", mention).split() if " of " in mention or " for " in mention \
            or " from " in mention or " at " in mention or " in " in mention else mention.split()
        known = _PERSON_LIKE[mention] = bool(toks) and is_cap(toks[-1]) and \
            trim(toks[-1]) not in ORG_HEADS
    return known


_PERSON_LIKE: dict[str, bool] = {}




def _given_name_like(word: str) -> bool:
    """A word that can stand before a surname as a given name: "Matthew" (Prince), not a title,
    a role, an abbreviation ("U.S." President) or a place word."""
    low = trim(word)
    return word[:1].isupper() and word[1:2].islower() and "." not in word and low not in TITLES \
        and low not in ROLE_WORDS and low not in FUNCTION_WORDS and low not in PLACE_WORDS


def _word_then_capitalized(text: str, word: str):
    """(start, following word) where ``word`` stands before spaces (no line break) and a
    capitalized word: the matches of ``re.escape(word) + r"[^\S\n]+([A-Z][\w'’\-]+)"`` as
    ``finditer`` gives them, found with ``str.find`` (a pattern compiled per word cost more than
    the scan: one compile per one-word speaker of every article)."""
    size, n = len(word), len(text)
    pos = text.find(word)
    while pos >= 0:
        j = k = pos + size
        while j < n and text[j] != "\n" and text[j].isspace():
            j += 1
        if j > k and j + 1 < n and "A" <= text[j] <= "Z":
            e = j + 1
            while e < n and (text[e].isalnum() or text[e] in "_'’-"):
                e += 1
            if e > j + 1:
                yield pos, text[j:e]
                pos = text.find(word, e)
                continue
        pos = text.find(word, pos + 1)


class NameIndex:
    """The names an article uses, to widen a surname to its fullest form.

    Lazy: a name's forms are looked up the first time a quote is credited to it, which keeps
    articles without quotes (most of a feed) free.
    """

    __slots__ = ("_texts", "_forms", "_roles", "_fullest", "_genders", "_where", "_rival_cache",
                 "_mention_cache")

    def __init__(self, texts: list[str]):
        self._texts = [t for t in texts if t]
        self._forms: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self._roles: dict[str, str] | None = None
        self._fullest: dict[str, str] = {}
        self._genders: dict[str, str] | None = None
        self._where: dict[str, list[tuple[int, int]]] | None = None
        self._rival_cache: dict[str, list[str]] = {}
        self._mention_cache: dict[str, list[tuple[int, int]]] = {}

    def _forms_of(self, last: str) -> dict[tuple[str, ...], list[int]]:
        cached = self._forms.get(last)
        if cached is not None:
            return cached
        forms: dict[tuple[str, ...], list[int]] = {}
        order = 0
        if self._where is None and len(self._forms) >= 24:
            # Past a couple of dozen names, index where every capitalized word stands in one
            # pass: a scan per name would make a long text with many names quadratic.
            self._where = {}
            for t_index, text in enumerate(self._texts):
                for m in _CAP_WORD.finditer(text):
                    self._where.setdefault(m.group(), []).append((t_index, m.start()))
        # The first 200 mentions are plenty to find the fullest form.
        texts = self._texts
        alone = (last,)
        for t_index, pos in (self._where.get(last, ()) if self._where is not None
                             else self._mentions(last))[:200]:
            text = texts[t_index]
            # Most mentions follow a lowercase word or punctuation (the first checks of
            # _name_words_before): the form is the name alone.
            if pos < 2 or not text[pos - 1].isspace() or (
                    not text[(before := _word_start(text, pos - 1))].isupper()
                    and text[before:pos - 1] not in PARTICLES):
                entry = forms.get(alone)
                if entry is None:
                    forms[alone] = [1, order]
                else:
                    entry[0] += 1
                order += 1
                continue
            toks = _name_words_ending(text, pos) + [last]
            k = 0
            while k < len(toks) - 1 and (trim(toks[k]) in TITLES or is_compound_title(trim(toks[k]))):
                k += 1
            for n in range(k, len(toks) - 1):
                if trim(toks[n]) in TITLES or is_compound_title(trim(toks[n])):
                    k = n + 1  # "Treasury Secretary Ana Ruiz" -> "Ana Ruiz"
            k = _leading_roles(toks, k)
            lang = current_language()
            while k < len(toks) - 1 and (trim(toks[k]) in FUNCTION_WORDS or
                                         trim(toks[k]) in CUES or trim(toks[k]) in lang.function_words
                                         or trim(toks[k]) in lang.cues):
                k += 1  # "In Lisbon", "Meanwhile Ochoa", "Para Ingrid": a sentence's first word
            for n in range(len(toks) - 2, k - 1, -1):
                if toks[n].endswith(("’s", "'s")):
                    k = n + 1  # "Square’s Megan Quinn": the possessor is not the name
                    break
            if len(toks) - k >= 3 and (_after_of(text, pos, toks[k:]) or _after_title_of(text, pos, toks[k:])):
                k += 1  # "Minister of Finance Ana Ruiz": "Finance" ends the title
            name = tuple(toks[k:])
            if len(name) == 1 or not any(trim(t) in ORG_HEADS for t in name[:-1]):
                entry = forms.setdefault(name, [0, order])
                entry[0] += 1
                order += 1
        self._forms[last] = forms
        return forms

    def _mentions(self, last: str) -> list[tuple[int, int]]:
        """(text index, offset) of ``last`` as a whole word, found with ``str.find`` (once a
        word: ``is_proper`` asks again for the word ``fullest`` has just looked up)."""
        cached = self._mention_cache.get(last)
        if cached is not None:
            return cached
        out = self._mention_cache[last] = []
        size = len(last)
        for t_index, text in enumerate(self._texts):
            pos = text.find(last)
            while pos >= 0 and len(out) < 200:
                end = pos + size
                if (pos == 0 or not text[pos - 1].isalnum()) and not text[end:end + 1].isalnum():
                    out.append((t_index, pos))
                pos = text.find(last, end)
        return out

    def fullest(self, name: str) -> str:
        """The longest form of ``name`` the article gives: same last word, containing it."""
        known = self._fullest.get(name)
        if known is None:
            known = self._fullest[name] = self._widen(name)
        return known

    def is_surname(self, word: str) -> bool:
        """Whether the article uses ``word`` as the last word of someone's name ("Matthew
        Prince"), not only as a title ("Prince William" has it first, "Vice President" is all
        title)."""
        word = strip_possessive(word)
        return any(len(form) >= 2 and _given_name_like(form[-2]) for form in self._forms_of(word))

    def fullest_near(self, name: str, text: str, before: int) -> str:
        """``fullest``, except when the article names two people with that surname ("Ahsan
        Iqbal", "Allama Muhammad Iqbal"; "Tarique Rahman" and his father "Ziaur Rahman"): then
        the one it introduced first, before ``before``. A story names its main subject first;
        a relative or namesake comes up in passing."""
        full = self.fullest(name)
        rivals = self._rival_cache.get(name)
        if rivals is None:
            rivals = self._rival_cache[name] = self._rivals(name)
        if len(rivals) < 2:
            return full
        where = {r: text.find(r, 0, before) for r in rivals}
        named = [r for r in rivals if where[r] >= 0]
        return min(named, key=where.__getitem__) if named else full

    def _rivals(self, name: str) -> list[str]:
        """The longest forms of ``name`` that are not part of one another: different people."""
        toks = [strip_possessive(t) for t in name.split()]
        if not toks:
            return []
        want = [t.lower() for t in toks if t.lower() not in SUFFIXES]
        forms = [f for f in self._forms_of(toks[-1]) if 2 <= len(f) <= 4 and
                 subsequence(want, [t.lower() for t in f])]
        lows = {f: [t.lower() for t in f] for f in forms}
        return [" ".join(f) for f in forms
                if not any(g != f and subsequence(lows[f], lows[g]) for g in forms)]

    def _widen(self, name: str) -> str:
        toks = [strip_possessive(t) for t in name.split()]
        if not toks:
            return name
        last = toks[-1]
        if last.lower() in SUFFIXES and len(toks) > 1:
            last = toks[-2]
        forms = self._forms_of(last)
        want = [t.lower() for t in toks if t.lower() not in SUFFIXES]
        best, best_key = None, None
        for form, (count, first) in forms.items():
            low = [t.lower() for t in form]
            if len(form) > 4 or not subsequence(want, low):
                continue
            key = (len(form) >= 2, count, min(len(form), 3), -first)
            if best_key is None or key > best_key:
                best, best_key = form, key
        if best is None or len(best) < len(want):
            return name
        return " ".join(best)

    def given_name(self, word: str) -> str | None:
        """The full name a one-word speaker is the first word of, when the article names
        exactly one such person, with a title, and never uses the word as a surname: "PM
        Shehbaz" -> "Shehbaz Sharif" (given names in South Asian reports, family names first)."""
        low = trim(word)
        if not is_cap(word) or low in TITLES or low in ROLE_WORDS or low in FUNCTION_WORDS or \
                low in ORG_HEADS or low in PLACE_WORDS or self.fullest(word) != word:
            return None
        found = set()
        titled = False  # "Prime Minister Shehbaz Sharif": a title says it is a person
        for text in self._texts:
            for start, nxt in _word_then_capitalized(text, word):
                if start and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
                    continue
                nxt = strip_possessive(nxt)
                low = nxt.lower()
                if low in FUNCTION_WORDS or low in ORG_HEADS or low in CUES or low in TITLES \
                        or low in ROLE_WORDS or low in PRONOUNS:
                    continue
                found.add(nxt)
                if len(found) > 1:
                    return None
                before = text[max(0, start - 30):start].split()
                titled = titled or bool(before) and trim(before[-1]) in TITLES
        if len(found) != 1:
            return None
        full = f"{word} {found.pop()}"
        return full if titled or self.is_person(full) else None

    def gender(self, name: str) -> str | None:
        """"m" or "f" when the article writes Mr./Ms. (or a gendered role) before the surname."""
        last = strip_possessive(name.split()[-1]) if name.split() else ""
        if not last:
            return None
        if self._genders is None:
            # One pass over the texts: every word of the name after "Mr.", "Ms.",
            # "spokeswoman" ... takes that gender (the first one the article gives).
            self._genders = {}
            for text in self._texts:
                for m in _honorifics(text):
                    run = _PERSON_RUN.match(text, m.end())
                    if run:
                        gender = GENDERED[m.group(1).lower().rstrip(".")]
                        for word in run.group().split():
                            self._genders.setdefault(strip_possessive(word), gender)
        return self._genders.get(last)

    def is_person(self, name: str) -> bool:
        """A run of capitalized words the article uses as someone's name (two words or more
        somewhere, or after Mr./Ms.)."""
        if self.gender(name) is not None:
            return True
        full = self.fullest(name)
        words = full.split()
        if len(words) < 2 or any(trim(t) in ORG_HEADS for t in words) or \
                trim(words[0]) in PLACE_WORDS:
            return False
        # People are called by their surname alone on second mention; places and bodies
        # ("South Harbor", "Harbor Trade Accord") are not.
        return (words[-1],) in self._forms_of(words[-1]) or self._introduced(full)

    def _introduced(self, full: str) -> bool:
        """Whether the article introduces ``full`` the way news introduces a person: an
        appositive after it ("Sarah Thomas, a nurse,", ", 45,", ", who", ", Iran’s 2003 Nobel
        laureate,") or a title or role word before it ("Judge Cynthia Rufe", "nurse Sarah
        Thomas")."""
        for text in self._texts:
            pos = text.find(full)
            seen = 0
            while pos >= 0 and seen < 20:
                end = pos + len(full)
                if _INTRODUCED_BY.match(text, end) or introduced_after(text, end):
                    return True
                before = text[max(0, pos - 30):pos].split()
                if before and (trim(before[-1]) in TITLES or before[-1].islower() and
                               trim(before[-1]) in ROLE_WORDS):
                    return True
                pos = text.find(full, end)
                seen += 1
        return False

    def is_proper(self, word: str) -> bool:
        """A capitalized word the article also writes capitalized inside a sentence (or after
        Mr./Ms.): a name, not a sentence's first word ("Obama" against "Guano", "Check")."""
        word = strip_possessive(word)
        if self.gender(word) is not None or self.fullest(word) != word:
            return True
        for t_index, pos in self._mentions(word):
            text = self._texts[t_index]
            k = pos - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if k >= 0 and k < pos - 1 and (text[k].isalnum() or text[k] in ",;:—–-"):
                return True
        return False

    def expansion(self, acronym: str) -> str | None:
        """The name an acronym stands for, when the article writes it out: "AP" ->
        "Associated Press", "ISPR" -> "Inter-Services Public Relations" (the first run of
        capitalized words, with "of", "for", "and", "the" inside, whose initials spell it)."""
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            return None
        for text in self._texts:
            for m in _CAP_RUN.finditer(text):
                words = m.group().split()
                initials = [w[0] for w in words if w[0].isupper() for w in w.split("-") if w]
                if "".join(initials) == acronym:
                    return m.group()
                # A run may hold more than the name: "the Associated Press" inside "Week
                # Associated Press": its last words.
                for k in range(1, len(words)):
                    tail = words[k:]
                    if tail[0][0].isupper() and "".join(
                            p[0] for w in tail if w[0].isupper() for p in w.split("-") if p) == acronym:
                        return " ".join(tail)
        return None

    def role(self, word: str) -> str | None:
        """The person the article introduced with this title ("President Ruiz" for "the
        president"), if any."""
        if self._roles is None:
            self._roles = {}
            for text in self._texts:
                for m in _TITLE_NAME.finditer(text):
                    # "Prime Minister Shehbaz Sharif": every title word names the person, and
                    # "the premier" is the prime minister.
                    words = m.group(2).split()
                    titles = [m.group(1).lower().rstrip(".")]
                    while len(words) > 1 and trim(words[0]) in TITLES:
                        titles.append(trim(words.pop(0)))
                    if "prime" in titles and "minister" in titles:
                        titles.append("premier")
                        titles.remove("minister")  # "the minister" is another one
                    for title in titles:
                        self._roles.setdefault(TITLE_ALIASES.get(title, title), " ".join(words))
        word = trim(word)
        return self._roles.get(TITLE_ALIASES.get(word, word))


# A run of capitalized words, "of"/"for"/"and"/"the" allowed between them (at most eight words),
# starting at a word's start only (a start inside a long word would make a scan quadratic).
_CAP_RUN = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*+(?:[^\S\n]++(?:(?:of|for|and|the)[^\S\n]++)?+[A-Z][\w’'\-]*+){1,7}")
# What follows a person's name where a report introduces them: ", a nurse", ", 45,", ", who",
# ", Iran’s ... laureate".
_INTRODUCED_BY = re.compile(r",[^\S\n]+(?:an?|the|one|who|whose|aged|\d+|[A-Z][\w.\-]*['’]s)\b")
# The capitalized words (and initials, particles) right before a surname: "Donald J. " Trump.
_NAME_WORD = re.compile(r"(?=[^\W\d_])(?:[\w'’\-]+\.?|(?:\w\.)+)$")


def _word_start(text: str, end: int) -> int:
    """Where the word (of at most 40 characters) ending at ``end`` starts: after a space, or
    after a line break."""
    lo = end - 40 if end > 40 else 0
    return max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1


def _name_words_before(text: str, pos: int) -> list[str]:
    """The capitalized words (initials, titles, particles) right before ``pos``, at most four:
    "Donald J. " before "Trump". A word with a full stop ends the run unless it abbreviates."""
    if pos < 2 or not text[pos - 1].isspace():
        return []
    # Most mentions follow a lowercase word or punctuation: nothing to collect.
    before = _word_start(text, pos - 1)
    if not text[before:before + 1].isupper() and text[before:pos - 1] not in PARTICLES:
        return []
    return _name_words_ending(text, pos)


@functools.lru_cache(maxsize=1 << 16)
def _name_word_kind(word: str) -> int:
    """1 for a word that can be part of a name before a surname (capitalized, an initial, an
    abbreviated title), 2 for a lowercase particle ("de", "van"), else 0."""
    low = word.lower()
    if word[:1].isupper() and _NAME_WORD.match(word) and (
            "." not in word[:-1] or len(word) <= 5) and not (
            word.endswith(".") and len(word) > 2 and low[:-1] not in ABBREVIATIONS and "." not in word[:-1]):
        return 1
    return 2 if low in PARTICLES else 0


def _name_words_ending(text: str, pos: int) -> list[str]:
    """The work of ``_name_words_before`` once its quick checks have passed. A name never
    runs over a paragraph break: a surname that starts a paragraph has no words before it, and
    a paragraph's first words can start a name but never the previous paragraph's last ones."""
    out: list[str] = []
    if pos < 1 or text[pos - 1] != " ":
        return out
    # At most four words are taken and a fifth ends the loop unread, so the last six pieces
    # of the split are enough.
    for word in reversed(text[max(0, pos - 70):pos].rsplit(" ", 5)[:-1]):
        if len(out) == 4 or not word:
            break
        starts_line = "\n" in word
        if starts_line:
            word = word.rsplit("\n", 1)[1]
        kind = _name_word_kind(word) if word else 0
        if kind:
            out.append(word)  # a particle right before the surname too: "Laurence des" Cars
        if kind == 0 or starts_line:
            break
    out.reverse()
    while out and out[0].lower() in PARTICLES:
        out.pop(0)
    return out


def _word_alternatives(words) -> str:
    """``\b(?:w1|w2|...)`` for words that start with a word character, written so that each
    alternative starts with a literal (the ``\b`` becomes a look-behind after the first
    letter): the regex engine then skips straight to the possible first letters."""
    # The alternatives are grouped by their first letter, in their order within each group:
    # where a letter stands only its group is tried (the engine tried every alternative at every
    # capital), and no two groups can match at one place, so the matches are the same.
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(re.escape(first) + r"(?<!\w.)(?:" + "|".join(rests) + ")" for first, rests in groups.items())


_HONORIFIC = re.compile("(" + _word_alternatives(
    "Mr Mrs Ms Miss Sir Dame Lady Lord spokesman spokeswoman congressman congresswoman chairman "
    "chairwoman businessman businesswoman".split()) + r")\.?\s+")
# \b[A-Z][\w'’\-]+...: the word boundary checked after the capital.
_PERSON_RUN = re.compile(r"[A-Z](?<!\w.)[\w'’\-]+(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z][\w'’\-]+)*")
# The same matches from patterns that each start with a literal (the \b becomes a look-behind
# after the literal), which the regex engine finds far faster than a leading character class:
# _honorifics runs them all and merges their matches by offset. (Matches never overlap: each
# starts on a word boundary and ends in spaces.)
_HONORIFIC_PARTS = tuple(re.compile(pattern) for pattern in (
    r"(M(?<!\w.)(?:r|rs|s|iss))\.?\s+",
    r"(Sir(?<!\w...))\.?\s+",
    r"(Dame(?<!\w....))\.?\s+",
    r"(L(?<!\w.)(?:ady|ord))\.?\s+",
    r"(spokes(?<!\w.{6})(?:man|woman))\.?\s+",
    r"(congress(?<!\w.{8})(?:man|woman))\.?\s+",
    r"(chair(?<!\w.{5})(?:man|woman))\.?\s+",
    r"(business(?<!\w.{8})(?:man|woman))\.?\s+",
))


def _honorifics(text: str) -> list:
    """``list(_HONORIFIC.finditer(text))``, found faster."""
    found = []
    for pattern in _HONORIFIC_PARTS:
        found.extend(pattern.finditer(text))
    if len(found) > 1:
        found.sort(key=_MATCH_START)
    return found


_MATCH_START = operator.methodcaller("start")


def names_before(text: str, lo: int, hi: int):
    """``reversed(names_in(text, lo, hi))``, each run worked out only when it is reached."""
    for m in reversed(list(_PERSON_RUN.finditer(text, lo, hi))):
        words = m.group().split()
        while len(words) > 1 and (trim(words[0]) in FUNCTION_WORDS or trim(words[0]) in CUES
                                  or trim(words[0]) in PRONOUNS):
            words.pop(0)
        if words:
            yield " ".join(words), m.end()


def names_in(text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """Capitalized runs in ``text[lo:hi]`` with their end offsets, in order, sentence-initial
    function words dropped."""
    out = []
    for m in _PERSON_RUN.finditer(text, lo, hi):
        words = m.group().split()
        while len(words) > 1 and (trim(words[0]) in FUNCTION_WORDS or trim(words[0]) in CUES
                                  or trim(words[0]) in PRONOUNS):
            words.pop(0)
        if words:
            out.append((" ".join(words), m.end()))
    return out


# A capitalized word, its possessive left out ("Trump" in "Trump’s").
_CAP_WORD = re.compile(r"[A-Z](?<![\w'’\-].)[\w\-]*(?:['’](?!s\b)[\w\-]+)*")
_TITLE_NAME = re.compile(
    r"(" + _word_alternatives(sorted((t.capitalize() for t in TITLES if len(t) > 2), key=len, reverse=True))
    + r")\.?[^\S\n]+((?:[A-Z][\w'’\-]*\.?[^\S\n]+){0,2}[A-Z][\w'’\-]+)")
