"""The names an article uses: which mentions name a person or an organisation, and the
article's name index (the fullest form of a name, genders, roles, acronyms)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes.acronyms import spelled_out
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.cued_names import widened_by_cue, widened_plainly
from newsbeam.transforms.quotes.crowds import plural_of_people
from newsbeam.transforms.quotes.described import described, described_people, organisation_chief
from newsbeam.transforms.quotes.recency import most_recent
from newsbeam.transforms.quotes.role_holders import Titled, titled_holder, titled_people
from newsbeam.transforms.quotes.language import current as current_language, introduced_after
from newsbeam.transforms.quotes.lexicon import (
    ACRONYM_TITLES, CUES, FUNCTION_WORDS, ORG_HEADS, PARTICLES, PLACE_WORDS, PRONOUNS, ROLE_WORDS, SUFFIXES,
    TITLES, TITLE_ALIASES)
from newsbeam.transforms.quotes.name_runs import (
    CAP_WORD, introduced_by, titled_names, given_name_like, honorific_genders,
    name_particle, name_words_ending, titled_after, word_start, word_then_capitalized)
from newsbeam.transforms.quotes.trade_titles import plural_owner, titled_of_before
from newsbeam.transforms.quotes.titles import after_of, after_title_of, is_title_word, leading_roles, priest_abbreviation
from newsbeam.transforms.quotes.names_de import (
    after_article, is_body_word, past_genitive_article, past_noun_before_particle, role_subject_de)
from newsbeam.transforms.quotes.name_bounds import (
    words_before_name, department_tail, name_after_department, opening_adjective, relative as _relative)
from newsbeam.transforms.quotes.job_titles import after_job_title
from newsbeam.transforms.quotes.name_heads import after_body_name, arabic_article_name, after_joining_word, keeps_rank_title
from newsbeam.transforms.quotes.heads_intl import ORG_HEADS_INTL, PLACE_WORDS_INTL
from newsbeam.transforms.quotes.opening_adjunct import opening_words
from newsbeam.transforms.quotes.honorifics_fr import after_employer_fr, after_honorific_fr
from newsbeam.transforms.quotes.person_nouns import person_noun
from newsbeam.transforms.quotes.nicknames import first_written, given_for_nickname, merge_nicknamed, nicknamed, surname_word
from newsbeam.transforms.quotes.surname_forms import (
    TWO_SURNAMES, double_surname, form_holds, given_before_particle, second_surname, with_given_name,
    written_as_place)
from newsbeam.transforms.quotes.tokens import is_cap, strip_possessive, subsequence, trim
from newsbeam.transforms.quotes.title_pairs import before_on_body
from newsbeam.transforms.quotes.trailing_place import office_of_body, without_trailing_place



# Words that make a title another office: "Vice President", "Lt. Gov.", "Deputy Minister".
_RANKS: Final = frozenset("vice deputy assistant associate lieutenant lt under chief".split())
_MENTION_BACK: Final = 600  # characters before a quote where its mention is looked for
_HOLDERS: Final = 12  # names kept per title (bounded)
# Languages whose people are written with two surnames and called by the first alone ("Ana Ruiz
# Soto" ... "Ruiz"). Not Portuguese, called by the last (tried at stop 47: it made a name read as
# an object a person where the sentence's described subject speaks, tests/test_quotes_rules_es_pt).
_SECOND_SURNAME_LANGS: Final = frozenset(("es",))


def is_org(name: str) -> bool:
    """A name with an organisation's head word in it: "Harbor City Police Department"."""
    return any(trim(t) in ORG_HEADS for t in name.split())


def is_person_like(mention: str) -> bool:
    """A mention that names someone (ends in a capitalized word, once a trailing "of the
    Workers Party" is set aside) rather than describing them ("the Trump administration", "Americans for Prosperity")."""
    known = _PERSON_LIKE.get(mention)
    if known is None:
        if len(_PERSON_LIKE) > 50_000:
            _PERSON_LIKE.clear()
        toks = without_trailing_place(mention).split() if " of " in mention or " for " in mention \
            or " from " in mention or " at " in mention or " in " in mention else mention.split()
        toks = before_on_body(toks) if " on " in mention else toks  # "the Council on Foreign Relations" (s55)
        known = _PERSON_LIKE[mention] = bool(toks) and (is_cap(toks[-1]) or len(toks) > 1 and arabic_article_name(toks[-1])) and \
            trim(toks[-1]) not in ORG_HEADS and not office_of_body(mention.split()) and \
            not (len(toks) == 1 and toks[0] != mention and plural_of_people(trim(toks[0]).lower()))
    return known


_PERSON_LIKE: Final[dict[str, bool]] = {}


# A generational suffix after a name ("Joseph Murray III, a lawyer,"): the appositive follows it.
_SUFFIX_AFTER: Final = re.compile(r"[^\S\n]{1,3}+(?:(?:Jr|Sr)\b\.?|(?:II|III|IV)\b)")

class NameIndex:
    """The names an article uses, to widen a surname to its fullest form.

    Lazy: a name's forms are looked up the first time a quote is credited to it, which keeps
    articles without quotes (most of a feed) free.
    """

    __slots__ = ("_texts", "_forms", "_roles", "_fullest", "_genders", "_where", "_rival_cache",
                 "_mention_cache", "_described", "_titled", "_nicks")

    def __init__(self, texts: list[str]):
        self._texts = [t for t in texts if t]
        self._forms: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self._roles: dict[str, list[tuple[str, bool]]] | None = None
        self._fullest: dict[str, str] = {}
        self._genders: dict[str, str] | None = None
        self._where: dict[str, list[tuple[int, int]]] | None = None
        self._rival_cache: dict[str, list[str]] = {}
        self._mention_cache: dict[str, list[tuple[int, int]]] = {}
        self._described: dict[str, str] | None = None
        self._titled: list[Titled] | None = None
        self._nicks: dict[str, list[tuple[str, str, str]]] | None = None  # surname -> (given, nickname, as written)

    def _nicknamed(self) -> dict[str, list[tuple[str, str, str]]]:
        """The names written with a quoted nickname (nicknames.py): one scan, the first time a name is widened."""
        if self._nicks is None:
            self._nicks = nicknamed(self._texts)
        return self._nicks

    def _forms_of(self, last: str) -> dict[tuple[str, ...], list[int]]:
        cached = self._forms.get(last)
        if cached is not None:
            return cached
        forms: dict[tuple[str, ...], list[int]] = {}
        order = 0
        german = current_language().code == "de"
        if self._where is None and len(self._forms) >= 24:
            # Past a couple of dozen names, index where every capitalized word stands in one
            # pass: a scan per name would make a long text with many names quadratic.
            self._where = {}
            for t_index, text in enumerate(self._texts):
                for m in CAP_WORD.finditer(text):
                    self._where.setdefault(m.group(), []).append((t_index, m.start()))
                    if german and "-" in m.group():  # "Tobisch" of "Lotte Tobisch-Labotyn"
                        self._where.setdefault(m.group().split("-", 1)[0], []).append((t_index, m.start()))
        # The first 200 mentions are plenty to find the fullest form.
        texts = self._texts
        alone = (last,)
        for t_index, pos in (self._where.get(last, ()) if self._where is not None
                             else self.mentions(last))[:200]:
            text = texts[t_index]
            double = double_surname(text, pos, last) if german else None
            if double is not None:
                # "Lotte Tobisch-Labotyn": the first part of a double surname is the person's
                # surname as the article shortens it ("sagte Tobisch"); the form keeps it whole.
                given = [w for w in name_words_ending(text, pos) if w[:1] != "("][-1:] or given_before_particle(text, pos)
                given = given if given and given_name_like(given[0]) and not is_title_word(trim(given[0])) else []
                forms.setdefault(tuple(given) + (double,), [0, order])[0] += 1
                order += 1
                continue
            # Most mentions follow a lowercase word or punctuation (the first checks of
            # name_runs._name_words_before): the form is the name alone.
            if pos < 2 or not text[pos - 1].isspace() or (
                    not text[(before := word_start(text, pos - 1))].isupper()
                    and not name_particle(text[before:pos - 1], german)):
                entry = forms.get(alone)
                if entry is None:
                    forms[alone] = [1, order]
                else:
                    entry[0] += 1
                order += 1
                continue
            toks = name_words_ending(text, pos) + [last]
            k = 0
            while k < len(toks) - 1 and (is_title_word(trim(toks[k])) or priest_abbreviation(toks, k)):
                k += 1  # ("P. Karl Wallner": titles.priest_abbreviation)
            for n in range(k, len(toks) - 1):
                if (is_title_word(trim(toks[n])) or priest_abbreviation(toks, n)) and \
                        toks[n] not in PARTICLES:  # ("Del." a title, "del" none)
                    k = n + 1  # "Treasury Secretary Ana Ruiz" -> "Ana Ruiz"; "Rosario del Pilar Gil" whole
            k = keeps_rank_title(toks, leading_roles(toks, k), text[pos + len(last):pos + len(last) + 8])  # "Lady Gaga"
            lang = current_language()
            if lang.code == "fr":
                k = after_honorific_fr(toks, k)  # "M. Jacques Ribard", "L'infectiologue Didier Ravault"
                k = after_employer_fr(text, pos, toks, k)  # "du Figaro Ivan Rioufol" (read46f)
            while k < len(toks) - 1 and (trim(toks[k]) in FUNCTION_WORDS or
                                         trim(toks[k]) in CUES or trim(toks[k]) in lang.function_words
                                         or trim(toks[k]) in lang.cues):
                k += 1  # "In Lisbon", "Meanwhile Ochoa", "Para Ingrid": a sentence's first word
            k += max(opening_words(toks[k - 1:]) - 1, 0) if k and toks[k] in PARTICLES else 0  # "Diante de Pedro Costa"
            for n in range(len(toks) - 2, k - 1, -1):
                if toks[n].endswith(("’s", "'s")) or plural_owner(toks[n]):
                    k = n + 1  # "Square’s Megan Quinn", "Acme Labs' Jo Roe": the possessor is not the name
                    break
            if len(toks) - k >= 3 and (after_of(text, pos, toks[k:]) or after_title_of(text, pos, toks[k:])):
                k += 1  # "Minister of Finance Ana Ruiz": "Finance" ends the title
                if department_tail(toks, k):
                    k += 1  # "de Relaciones Exteriores Marcelo Ebrard": a department of two words
                elif lang.code == "en":
                    k = name_after_department(toks, k)  # "of Homeland Security Kristi Noem"
            elif all(trim(t).lower() in lang.determiners for t in toks[:k]) and (skip := words_before_name(text, pos, toks)) > k:
                k = skip  # "dijo en Lima Pedro Gil", "a EFE Pedro Gil": no part of the name
            if opening_adjective(text, pos, toks, k):
                k += 1  # "Young Sanders supporters rally": an adjective opens the headline
            if len(toks) - k >= 3 and lang.code == "de" and toks[k + 1][:1].isupper() and \
                    after_article(text, pos, toks[k:]):
                k += 1  # "den Verkehrsplaner Jonas Wendt": after an article, a noun comes before the name
            while len(toks) - k >= 3 and lang.code == "de" and (toks[k].isupper() and toks[k].isalpha()
                                                                or is_body_word(toks[k]) or toks[k] in ("der", "des")):
                k += 1  # "des NIF John Moody", "die Planerin der ABC Ann Roth": a body ends the role
            k = past_noun_before_particle(toks, k) if lang.code == "de" else k  # "Fotos von Pamela"
            k = past_genitive_article(toks, k) if lang.code == "de" else k  # "Politik des Donald Trump"
            name = after_joining_word(after_body_name(tuple(toks[k:])))  # "Commission Ann Lee", "And Ann Lee"
            if lang.code == "en" and len(name) >= 3:
                name = tuple(after_job_title(list(name)))  # "Sales Manager Tom Hale" (job_titles)
            if lang.code in _SECOND_SURNAME_LANGS and len(name) >= 2 and given_name_like(name[0]):
                second = second_surname(text, pos + len(last))
                if second is not None and surname_word(second) and not written_as_place(texts, second):
                    name = (*name, second)  # "Ana Ruiz Soto": "Ruiz" alone is hers (the first surname)
            if len(name) == 1 or not any(trim(t) in ORG_HEADS for t in name[:-1]):
                entry = forms.setdefault(name, [0, order])
                entry[0] += 1
                order += 1
        merge_nicknamed(forms, last, self._nicknamed().get(last, []))  # "Daniela „Danni“ Büchner" (nicknames)
        self._forms[last] = forms
        return forms

    def mentions(self, last: str) -> list[tuple[int, int]]:
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
        return any(len(form) >= 2 and given_name_like(form[-2] if form[-1] == word or len(form) < 3 else form[-3])
                   for form in self._forms_of(word))  # (form[-3]: "Ana Ruiz Soto", a form of "Ruiz")

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
        where = {r: first_written(text, r, before, self._nicknamed()) for r in rivals}  # ("Ann “Sunny” Lee")
        named = [r for r in rivals if where[r] >= 0]
        return min(named, key=where.__getitem__) if named else full

    def _rivals(self, name: str) -> list[str]:
        """The longest forms of ``name`` that are not part of one another: different people."""
        toks = [strip_possessive(t) for t in name.split()]
        if not toks:
            return []
        want = [t.lower() for t in toks if t.lower() not in SUFFIXES]
        forms = [f for f in self._forms_of(toks[-1]) if 2 <= len(f) <= 4 and form_holds(want, f)]
        lows = {f: [t.lower() for t in f] for f in forms}
        return [" ".join(f) for f in forms
                if not any(g != f and subsequence(lows[f], lows[g]) for g in forms)]

    def _widen(self, name: str) -> str:
        toks = [strip_possessive(t) for t in name.split()]
        if not toks:
            return name
        last = toks[-1]
        suffix = ""
        if last.lower() in SUFFIXES and len(toks) > 1:
            last, suffix = toks[-2], toks[-1]  # "Robert F. Kennedy Jr": the suffix stays (the guide)
            if len(toks) >= 3 and (first_name_sex(" ".join(toks[:-1])) is not None
                                   or any(len(t.rstrip(".")) == 1 for t in toks[1:-1])):
                # a person's name written with its suffix is written in full ("Donald Trump
                # Jr.", "Vann R. Newkirk II"); not "World War II" (integ45)
                return name
        toks = given_for_nickname(toks, self._forms_of(last), self._nicknamed(), self._texts)  # "Magic Johnson", "Tig"
        forms = self._forms_of(last := last if suffix else toks[-1])
        want = [t.lower() for t in toks if t.lower() not in SUFFIXES]
        best, best_key = None, None
        for form, (count, first) in forms.items():
            if len(form) > 4 or not form_holds(want, form):
                continue
            key = (len(form) >= 2, count, min(len(form), 3), -first)
            if best_key is None or key > best_key:
                best, best_key = form, key
        if best is None or len(best) < len(want):
            return name
        if len(best) == 2 and current_language().code in TWO_SURNAMES:
            best = with_given_name(best, forms)
        if suffix and best[-1] == last and (first_name_sex(" ".join(best)) is not None
                                            or any(len(t.rstrip(".")) == 1 for t in best[1:])):
            best = (*best, suffix)  # "Donald Trump Jr.", not his father "Donald J. Trump"
        return " ".join(best)

    def given_name(self, word: str, plain: Callable[[str], bool] | None = None) -> str | None:
        """The full name a one-word speaker is the first word of, when the article names
        exactly one such person, with a title, and never uses the word as a surname: "PM
        Shehbaz" -> "Shehbaz Sharif" (South Asian reports); never an acronym ("das FBI Hillary Clinton").
        With ``plain``, also a full name without a title that ``plain`` takes for a person's,
        on a word no first-name list holds ("Somchai Wongsawat" for "Somchai said", stop 53:
        ``cued_names.widened_plainly``)."""
        low = trim(word)
        if not is_cap(word) or word.isupper() or is_title_word(low) or low in ROLE_WORDS or low in FUNCTION_WORDS or \
                low in ORG_HEADS or low in PLACE_WORDS or self.fullest(word) != word:  # ("Attorney-General")
            return None
        found = set()
        titled = False  # "Prime Minister Shehbaz Sharif": a title says it is a person
        for text in self._texts:
            for start, nxt in word_then_capitalized(text, word):
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
        return full if titled or self.is_person(full) or widened_by_cue(self._texts, word, full) or \
            plain is not None and plain(full) and widened_plainly(self._texts, word, full) else None

    def gender(self, name: str) -> str | None:
        """"m" or "f" when the article writes Mr./Ms. (or a gendered role) before the surname,
        else when the name's first name names one sex (``first_names``: the last resort)."""
        return self.titled_gender(name) or self.first_name_sex(name)

    def first_name_sex(self, name: str) -> str | None:
        """The sex the first name of ``name``'s fullest form gives ("Lopez" -> "Maria Lopez" -> "f")."""
        return first_name_sex(self.fullest(name)) if name.strip() else None

    def titled_gender(self, name: str) -> str | None:
        """"m" or "f" when the article writes Mr./Ms. (or a gendered role) before the surname."""
        last = strip_possessive(name.split()[-1]) if name.split() else ""
        if self._genders is None:
            self._genders = honorific_genders(self._texts)
        return self._genders.get(last) if last else None

    def is_person(self, name: str) -> bool:
        """A run of capitalized words the article uses as someone's name (two words or more
        somewhere, or after Mr./Ms.)."""
        if self.titled_gender(name) is not None:
            return True
        full = self.fullest(name)
        words = full.split()
        if len(words) < 2 or any(trim(t) in ORG_HEADS or trim(t) in ORG_HEADS_INTL for t in words) or \
                trim(words[0]) in PLACE_WORDS or trim(words[0]) in PLACE_WORDS_INTL:
            return False
        # People are called by their surname alone on second mention; places and bodies
        # ("South Harbor", "Harbor Trade Accord") are not; nor does a name's own first word,
        # when it is also its last, count as that ("Thai Rak Thai": a party, stop 53).
        return (words[-1],) in self._forms_of(words[-1]) and words[0] != words[-1] or self._introduced(full) or \
            len(words) >= 3 and current_language().code in _SECOND_SURNAME_LANGS and words[-2][:1].isupper() and \
            (words[-2],) in self._forms_of(words[-2])
        # (the first of two Spanish surnames alone: "Ruiz" for "Ana Ruiz Soto")

    def _introduced(self, full: str) -> bool:
        """Whether the article introduces ``full`` the way news introduces a person: an
        appositive after it ("Sarah Thomas, a nurse,", ", 45,", ", who", ", Iran’s 2003 Nobel
        laureate,") or a title, role or relative's word before it ("Judge Cynthia Rufe", "nurse
        Sarah Thomas", "Lee’s son, Omar Bakri")."""
        for text in self._texts:
            pos = text.find(full)
            seen = 0
            while pos >= 0 and seen < 20:
                end = pos + len(full)
                suffix = _SUFFIX_AFTER.match(text, end)
                if suffix is not None and suffix.group(0).strip()[:1] == "I" and first_name_sex(full) is not None:
                    # "Joseph Murray III, a lawyer,"; not "World War II, the deadliest war," (read45pn)
                    end = suffix.end()
                if introduced_by(text, end) or introduced_after(text, end) or titled_after(text, end):
                    return True
                before = text[max(0, pos - 30):pos].split()
                if before and (trim(before[-1]) in TITLES or before[-1].islower() and
                               (person_noun(trim(before[-1])) or _relative(before[-1])) or
                               current_language().code == "de" and role_subject_de(text, pos, end, before)):
                    # (German: "Der Bäcker Klaus Meier", "Der Vorstandschef von Siemens, Roland
                    # Busch,": a capitalized trade before the name or its apposition; stop 53)
                    return True
                if titled_of_before(text, pos):
                    return True  # "Secretary of State Dana Whitlock" (trade_titles)
                pos = text.find(full, end)
                seen += 1
        return False

    def texts(self) -> list[str]:
        """The article's zone texts the index was built from."""
        return self._texts

    def is_proper(self, word: str) -> bool:
        """A capitalized word the article also writes capitalized inside a sentence (or after
        Mr./Ms.): a name, not a sentence's first word ("Obama" against "Guano", "Check")."""
        word = strip_possessive(word)
        if self.titled_gender(word) is not None or self.fullest(word) != word:
            return True
        for t_index, pos in self.mentions(word):
            text = self._texts[t_index]
            k = pos - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if k >= 0 and k < pos - 1 and (text[k].isalnum() or text[k] in ",;:—–-"):
                return True
        return False

    def expansion(self, acronym: str) -> str | None:
        """The name an acronym stands for, when the article writes it out: "AP" ->
        "Associated Press", "ISPR" -> "Inter-Services Public Relations" (``acronyms.spelled_out``)."""
        return spelled_out(self._texts, acronym)

    def role(self, word: str, text: str = "", before: int = -1, mention: str = "") -> str | None:
        """The one person the article introduced with this title ("President Ruiz" for "the
        president"), or of several the one titled with no modifier; None when it gave the title
        to several people alike ("President Ruiz" and "President Roy": which one is a guess) or
        only with a rank ("Vice President Ann Lee", "Lt. Gov. Ann Lee": no president, no governor).
        With the description's ``text``, the quote's place (``before``) and the ``mention``
        (read back from where it stands before the quote), several alike fall to the recency
        tie-break (``recency.most_recent``)."""
        if self._roles is None:
            self._roles = {}
            for zone in self._texts:
                for m in titled_names(zone):
                    # "Prime Minister Shehbaz Sharif": every title word names the person, and
                    # "the premier" is the prime minister.
                    words = m.group(2).split()
                    owner = next((k for k, w in enumerate(words) if w.endswith(("’s", "'s"))), None)
                    if owner is not None:
                        # "Sen. Rand Paul’s Kentucky supporters": the name ends on its possessive.
                        words = words[:owner] + [words[owner][:-2]]
                    titles = [m.group(1).lower().rstrip(".")]
                    while len(words) > 1 and trim(words[0]) in TITLES:
                        titles.append(trim(words.pop(0)))
                    if "prime" in titles and "minister" in titles:
                        titles.append("premier")
                        titles.remove("minister")  # "the minister" is another one
                    lead = zone[max(0, m.start() - 12):m.start()].split()
                    if lead and lead[-1].lower().rstrip(".") in _RANKS:
                        continue  # "Lt. Gov. Ann Lee": no governor
                    ranked = next((k for k, t in enumerate(titles) if t in _RANKS), len(titles))
                    plain = not lead or not lead[-1][:1].isupper() or lead[-1][-1] in ",.;:"  # not "French President"
                    for title in titles[:ranked + 1]:  # "Vice President Ann Lee": "vice", no president
                        holders = self._roles.setdefault(TITLE_ALIASES.get(title, title), [])
                        if (" ".join(words), plain) not in holders and len(holders) < _HOLDERS:
                            holders.append((" ".join(words), plain))
        word = trim(word)
        found = self._roles.get(TITLE_ALIASES.get(word, word), [])
        for names in ([n for n, _ in found], [n for n, plain in found if plain]):
            # several titled so: the one titled with no modifier ("President Ann Ruiz" beside
            # "French President Luc Roy"), as ``titled_holder`` reads "the president"
            if names and len({self.fullest(n).split()[-1] for n in names}) == 1:
                return names[0]
        people = {self.fullest(n).split()[-1]: n for n, _ in found}
        if len(people) < 2 or before < 0 or word in ACRONYM_TITLES:
            return None  # (two CEOs, two MPs: the last named is a guess, s62)
        at = text.rfind(mention, max(0, before - _MENTION_BACK), before) if mention else -1
        surname = most_recent(text, list(people), at if at >= 0 else before)
        return people[surname] if surname else None  # else the one named just before, or no one

    def holder(self, words: list[str], text: str) -> str | None:
        """The one person the description ``words`` ("the U.S. president", "the Prime
        Minister") stands for, by the titles the article gave (rule ``titled_holder``)."""
        if self._titled is None:
            self._titled = titled_people(self._texts)
        return titled_holder(self._titled, words, text, self.fullest)

    def described(self, words: list[str], text: str, before: int) -> str | None:
        """The one person (fullest form; rule ``described_person``) the article described with the
        head noun of ``words`` ("the 43-year-old lawyer" for "Ann Lee, 43, a lawyer"): so in ``text``
        before ``before``, named in the 1,200 characters before it, no body, no one else so. Else None."""
        if len(words) < 2 or words[0].lower() != "the":
            return None  # "a lawyer", "one executive": someone else, not one already met
        if self._described is None:
            self._described = described_people(self._texts)
        person = described(self._described, words)
        if person is None or described(described_people([text[:before]]), words) != person:
            return None  # described so only after the quote ("Mitt Romney, the GOP nominee")
        full = self.fullest(person)
        last = full.split()[-1]
        if is_org(full) or last not in text[max(0, before - 1200):before]:
            return None  # a body ("the State Department, the agency"), or named too far back
        return full

    def chief_of(self, org: str) -> str | None:
        """The one person the article titles after ``org`` ("UN Secretary-General Antonio
        Guterres" for "the UN chief"), in its fullest form; None otherwise."""
        person = organisation_chief(self._texts, org)
        if person is None:
            return None
        full = self.fullest(person)  # "Antonio Guterres", not "UN Secretary-General Antonio Guterres"
        return full if full.split()[0] == person.split()[0] or not full.startswith((org, org + "’s")) else person
