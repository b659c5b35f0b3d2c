"""A subject that opens on a definite article and a title in Spanish, Portuguese and French, the
commonest shape of attribution there: "La diputada Ana Ruiz cree ...", "El ministro de Hacienda,
Juan Pérez, dijo ...", "O senador Paulo Paim afirmou ...", "La présidente de la région, Anne
Roux, a déclaré ...". The title is split off and the name is the speaker; a title with no name
("El ministro dijo ...") is a description, resolved by the caller to the person the article
gave that title, else null. After the verb, a description that closes its sentence
on a comma and a name ("expresó el presidente de la Asamblea, Andrés Molina.") is the name."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes import lexicon_es, lexicon_fr, lexicon_pt
from newsbeam.transforms.quotes.department_lists import list_end
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.subjects_fr import elided_role
from newsbeam.transforms.quotes.title_adjectives import TITLE_ADJECTIVES
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import name_word, tokens, trim

# The singular definite articles: "un portavoz", "los ministros" describe no one person.
_DEFINITE: Final = {"es": frozenset(("el", "la")), "pt": frozenset(("o", "a")), "fr": frozenset(("le", "la"))}
# The language's own titles: English ones mean something else there ("la justice" is the courts).
_TITLES: Final = {"es": lexicon_es.TITLES, "pt": lexicon_pt.TITLES, "fr": lexicon_fr.TITLES}
# Titles only before another title ("la primera ministra", "le Premier ministre"): alone, an ordinal.
_ORDINALS: Final = frozenset(("primer", "primera", "premier", "première"))
_ADJECTIVES_MAX: Final = 2  # lower-case words between a title and its name ("la diputada socialista Ana Ruiz")
_COMPLEMENT_MAX: Final = 10  # tokens of a title's complement before its comma ("de la Comunidad de Madrid")
_NAME_MAX: Final = 5  # words of a name
_PARTY_MAX: Final = 6  # tokens of a party and state in parentheses after a name
_AND: Final = frozenset(("y", "e", "et"))
# Articles inside a surname after its particle ("de la Fuente", "de los Ríos", "da Silva" has none).
_NAME_ARTICLES: Final = frozenset(("la", "las", "los"))
_BOUNDARY: Final = frozenset((",", ";", ":", "(", ")", "!", "?", ".", "«", "»", "“", "”", "\""))


def _name_run(toks: list[tuple[int, int, str]], m: int, articles: bool = False) -> int:
    """The index past the name that starts at ``toks[m]`` (capitalized words, a particle between
    two of them: "Luis de Guindos"), or ``m`` when none starts there. With ``articles``, a particle
    and an article too ("Luis de la Fuente"): for a name closed by a comma, where no body's words
    can follow it ("Ana Ruiz de la Universidad de Chile" is read only without it)."""
    lang = current_language()
    n = m
    while n < len(toks) and n - m < _NAME_MAX:
        w = toks[n][2]
        if name_word(w) and w[-1:] not in ".:;" and w not in _BOUNDARY:
            n += 1
        elif n > m and w.lower() in lang.genitives and n + 1 < len(toks) and name_word(toks[n + 1][2]):
            n += 1
        elif articles and n > m and w.lower() in lang.genitives and n + 2 < len(toks) and \
                toks[n + 1][2] in _NAME_ARTICLES and name_word(toks[n + 2][2]):
            n += 2
        else:
            break
    return n


def _plain_word(w: str) -> bool:
    """A lower-case word that may describe a title ("socialista", "interino"), no verb or clause word."""
    lang = current_language()
    low = w.lower()
    return w.isalpha() and w.islower() and low not in lang.function_words and low not in lang.cues and \
        low not in lang.auxiliaries and low not in lang.np_stop and low not in lang.adverbs and \
        low not in lang.opinion and low not in lang.relatives and low not in lang.genitives


def titled_subject(toks: list[tuple[int, int, str]], k: int, trades: bool = True) -> tuple[int, int] | None:
    """The speaker of a subject that opens at ``toks[k]`` on a definite article and a title:
    the name after the title ("La diputada Ana Ruiz"), the name set off by commas after its
    complement ("El ministro de Hacienda, Juan Pérez,"), else the article and title alone
    ("El ministro"), a description; None for any other opening. A trade before the name ("El
    economista Julián Ortuño") opens it as a title does, unless ``trades`` is False."""
    lang = current_language()
    articles = _DEFINITE.get(lang.code)
    # (French: the article elided onto the title, one token: "L’actrice Léa Fontaine a annoncé", s54)
    elided = articles is not None and k + 1 < len(toks) and elided_role(toks[k][2], trades)
    if articles is None or k + 1 >= len(toks) or not elided and (toks[k][2].lower() not in articles or
            trim(toks[k + 1][2]) not in _TITLES[lang.code] and not (trades and trade_noun(trim(toks[k + 1][2])))):
        return None  # (a trade opens the same shape: "El economista Julián Ortuño cree ...")
    titles = _TITLES[lang.code]
    m = k + 1 if elided else k + 2
    while m < len(toks) and m - k < 5 and _plain_word(toks[m][2]) and (
            trim(toks[m][2]) in titles or trim(toks[m][2]) in TITLE_ADJECTIVES[lang.code]):
        m += 1  # "la ministra portavoz", "el secretario general"
    if m == k + 2 and not elided and trim(toks[k + 1][2]) in _ORDINALS:
        return None  # "La primera categoría ...": an ordinal, no title
    if any(t[2].lower() in _AND for t in toks[m:m + 3]):
        # "Le directeur financier et le trésorier": two people, no one speaker; but "La
        # vicepresidenta tercera y ministra de Hacienda, Ana Ruiz," is one person's two offices.
        return _two_offices(toks, m, titles)
    described = toks[k][0], toks[m - 1][1]
    # "La diputada Ana Ruiz", "la diputada socialista Ana Ruiz": the name right after.
    for skip in range(_ADJECTIVES_MAX + 1):
        at = m + skip
        if skip and not (at - 1 < len(toks) and _plain_word(toks[at - 1][2])):
            break
        end = _name_run(toks, at)
        if end > at:
            return toks[at][0], toks[end - 1][1]
    # (and after one adjective of the title's: "El mandatario boliviano, Luis Arce, fue tajante")
    c = m + 1 if m + 2 < len(toks) and toks[m + 1][2] == "," and _plain_word(toks[m][2]) else m
    if c + 1 < len(toks) and toks[c][2] == "," and name_word(toks[c + 1][2]):
        # "El seleccionador, Luis de la Fuente, fue tajante": the name set off by commas right
        # after the title; closed by a comma, else no apposition ("El alcalde, Juan y Ana ...").
        end = _name_run(toks, c + 1, articles=True)
        if end - (c + 1) >= 2 and end < len(toks) and toks[end][2] == "," and \
                not (end + 1 < len(toks) and toks[end + 1][2].lower() in _AND):
            return toks[c + 1][0], toks[end - 1][1]
        return described
    if m >= len(toks) or toks[m][2].lower() not in lang.genitives:
        return described
    # "El ministro de Hacienda, Juan Pérez, dijo": a complement, then the name between commas.
    n = _complement_comma(toks, m, m)
    if n < 0:
        return described
    end = _name_run(toks, n + 1, articles=True)
    after = end
    if after < len(toks) and toks[after][2] == "(":
        # "O presidente do Senado, Rodrigo Pacheco (PSD-MG), viu": a party after the name
        while after < len(toks) and after - end < _PARTY_MAX and toks[after][2] != ")":
            after += 1
        after += 1
    if end == n + 1 or after >= len(toks) or toks[after][2] != "," or \
            after + 1 < len(toks) and toks[after + 1][2].lower() in _AND:
        return described  # "..., Juan Pérez, y la ministra ...": two subjects, no one speaker
    return toks[n + 1][0], toks[end - 1][1]


def _two_offices(toks: list[tuple[int, int, str]], m: int, titles: frozenset[str]) -> tuple[int, int] | None:
    """The name after a subject that holds two offices joined by "y"/"e", the second a title with
    no article ("La vicepresidenta tercera y ministra para la Transición Ecológica, Ana Ruiz,
    dijo"): the name set off by commas after the second office's complement; None for any other
    shape (two people: "el director y el tesorero")."""
    a = next((i for i in range(m, min(m + 3, len(toks))) if toks[i][2].lower() in _AND), -1)
    if a < 0 or a + 2 >= len(toks) or trim(toks[a + 1][2]) not in titles:
        return None
    n = _complement_comma(toks, a + 2, a + 2)
    end = _name_run(toks, n + 1) if n >= 0 else -1
    if end <= n + 2 or end >= len(toks) or toks[end][2] != ",":
        return None  # a name of two words or more, set off by commas
    return toks[n + 1][0], toks[end - 1][1]


def _complement_comma(toks: list[tuple[int, int, str]], n: int, lo: int) -> int:
    """The index of the comma that closes a title's complement starting at token ``n`` ("de
    Hacienda," in "El ministro de Hacienda, Juan Pérez, dijo"), or -1 when no comma comes within
    _COMPLEMENT_MAX tokens of ``lo`` before a boundary, or a speech cue, auxiliary, relative or
    opinion word shows the complement is a clause."""
    lang = current_language()
    while n < len(toks) and n - lo < _COMPLEMENT_MAX and toks[n][2] not in _BOUNDARY:
        w = toks[n][2].lower()
        if w in lang.cues or w in lang.auxiliaries or w in lang.relatives or w in lang.opinion or w == "que":
            return -1
        n += 1
    return list_end(toks, n) if n < len(toks) and toks[n][2] == "," else -1  # (past "Ciencia y Deporte,")


def named_after_complement(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """A subject that opens on a definite article and a noun that is no known title, then its
    complement and a full name between commas: "La convencional de la Coordinadora, Ana Ruiz,
    cree ..." -> the name. The name has two words or more and a lower-case word (the verb)
    follows its comma; any other shape gives None (a description of no one named)."""
    lang = current_language()
    articles = _DEFINITE.get(lang.code)
    if articles is None or k + 2 >= len(toks) or toks[k][2].lower() not in articles or \
            not _plain_word(toks[k + 1][2]) or toks[k + 2][2].lower() not in lang.genitives:
        return None
    n = _complement_comma(toks, k + 2, k)
    if n < 0:
        return None
    end = _name_run(toks, n + 1)
    if end - n - 1 < 2 or end + 1 >= len(toks) or toks[end][2] != "," or \
            not toks[end + 1][2].isalpha() or not toks[end + 1][2].islower() or \
            toks[end + 1][2].lower() in _AND:
        return None
    return toks[n + 1][0], toks[end - 1][1]


def chunk_start(toks: list[tuple[int, int, str]], j: int) -> int:
    """The first token of the phrase that ends before ``toks[j]`` (back to a comma, a mark or
    the start): where a description before an appositive opens."""
    c = j
    while c - 1 >= 0 and j - c < _COMPLEMENT_MAX + 2 and toks[c - 1][2] not in _BOUNDARY:
        c -= 1
    return c


_NAME_PARTICLES: Final = frozenset("de del la las los da do dos das di von van der le".split())
_APPOSITION_WINDOW: Final = 300  # characters read for a description that ends on a name


_DASH_CLOSED: Final = frozenset(["es", "pt"])  # (incise.DASH_INCISE_LANGUAGES)


def closing_apposition(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """In a language other than English, a description after the verb that closes its sentence
    on a comma and a full name: "expresó el miembro del Buró Político y presidente de la
    Asamblea, Andrés Molina." -> the name (two to five capitalized words, particles inside); also
    on a colon before the quote ("Así lo aseguró la ministra de Trabajo, Gloria Ramírez: «…»")."""
    hi = min(hi, lo + _APPOSITION_WINDOW)
    lang = current_language()
    # Spanish and Portuguese also close the apposition on the dash that ends an incise:
    # "«…» —afirmó el ministro de Vivienda, Carlos Méndez—. «…»" (issue 16).
    stops, closers = (".;:!?\n\u2013\u2014", ".:\u2013\u2014") if lang.code in _DASH_CLOSED else (".;:!?\n", ".:")
    end = lo
    while end < hi and (text[end] not in stops or text[end] == "." and _initial_before(text, end)):
        end += 1  # ("el presidente, Juan E. Pérez.": an initial's period ends no sentence)
    if end >= hi or text[end] not in closers:  # (a colon before the quote: "Así lo dijo el ..., X: «…»")
        return None
    segment = text[lo:end]
    comma = segment.rfind(",")
    if comma < 0 or any(m in segment for m in "«»“”\"„"):
        return None
    if any(w in lang.adjuncts and w not in lang.determiners and w not in lang.genitives
           for w in segment[:comma].lower().split()[1:]):
        return None  # "dijo el presidente en la capital, Buenos Aires.": a place, not a name
    if lang.code == "en" and not _english_role(segment[:comma].split()):
        return None  # "said the mayor in the capital, Port Dorvan.", "said the report, ...": no person's role
    words = segment[comma + 1:].split()
    if not 2 <= len(words) <= 5 or not all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
            or 0 < k < len(words) - 1 and w in _NAME_PARTICLES
            or k < len(words) - 1 and len(w) == 2 and w[0].isupper() and w[1] == "."  # "John E. Herbst"
            for k, w in enumerate(words)):
        return None
    start = lo + comma + 1 + (len(segment[comma + 1:]) - len(segment[comma + 1:].lstrip()))
    return start, end


# English: a role's complement names whom the role belongs to ("the head of the chamber",
# "a spokeswoman for the council", "the director at Brask"); another preposition brings a place,
# a time or a source ("the mayor in the capital", "the spokesman on Tuesday", "a man from Lisk").
_EN_COMPLEMENT: Final = frozenset(("of", "for", "at"))
_EN_OTHER: Final = frozenset("""in on from by with to into outside inside near after before during about
over under across against between""".split())
# A second person in the complement: whose name follows the comma is not sure.
_EN_SECOND_PERSON: Final = frozenset("family families victim victims son daughter wife husband widow".split())


def _english_role(words: list[str]) -> bool:
    """Whether the English description ``words`` (its article first: "the council's planning
    chief") has a role word for its head ("chief", "mayor", "spokeswoman"), then only "of",
    "for" or "at" and no second person's noun ("the lawyer for the family of the victim")."""
    lows = [w.lower().strip(".,;:") for w in words]
    head = next((k for k, w in enumerate(lows) if k and w in _EN_COMPLEMENT), len(lows))
    role = lows[head - 1] if head > 1 else ""
    if role not in ROLE_WORDS and role not in TITLES or any(w in _EN_OTHER for w in lows):
        return False
    if any(w == "and" and nxt in ("the", "a", "an") for w, nxt in zip(lows, lows[1:])):
        return False  # "the mayor and the police chief, Ann Lee": two people
    return not any(w in _EN_SECOND_PERSON or w in ROLE_WORDS and words[k][:1].islower()
                   for k, w in enumerate(lows[head:], head))


def _initial_before(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes a name's initial: one capital after a space ("John E.")."""
    return dot >= 2 and text[dot - 1].isupper() and text[dot - 2] == " "


_FOR_READ: Final = 200  # characters read after "Para" for a titled person (bounded)


def titled_after_for(text: str, at: int, hi: int) -> tuple[int, int] | None:
    """After a sentence's opening "Para"/"Pour" at ``at``, a definite article and a title: the
    person whose view follows ("Para el economista Jorge Ibarra, ...", "Para o ministro da
    Saúde, Paulo Lima, ...") as the name's span, or the description alone when a comma closes it
    ("Para la ministra, ...": the caller resolves it to the holder, else null); None otherwise
    ("Para el gobierno, ...": no title, no person)."""
    toks = tokens(text, at, min(hi, at + _FOR_READ))
    found = titled_subject(toks, 0, trades=False)  # (a trade: for_profession's, which reads its gender)
    if found is None:
        return None
    if text[found[0]:found[0] + 1].islower() and text[found[1]:found[1] + 1] != ",":
        return None  # "Para la ministra de Salud es ...": a description that is no aside
    return found


_ARTICLES_DE: Final = frozenset(("der", "die"))
# Relatives before a name: "Die Tochter Helmut Kohl" is no Helmut Kohl.
_KIN_DE: Final = frozenset("tochter sohn mutter vater frau mann witwe witwer bruder schwester enkel enkelin".split())


def titled_subject_de(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """German: a subject that opens at ``toks[k]`` on "der"/"die", a role noun and a person's
    name of two words on a first name of one sex ("Der Historiker Paul Stein hält …", "die
    Ärztin Maren Holt warnt …"): the name; None for any other opening (s55 battery)."""
    if current_language().code != "de" or k + 3 >= len(toks) or toks[k][2].lower() not in _ARTICLES_DE:
        return None
    role, given, surname = toks[k + 1][2], toks[k + 2][2], toks[k + 3][2]
    if not role[:1].isupper() or not is_title_word(trim(role)) or not (name_word(given) and name_word(surname)) or \
            trim(role) in _KIN_DE:
        return None
    if first_name_sex(f"{given} {surname.rstrip(',.;:')}") is None or surname.rstrip(",.;:").endswith(("s", "’", "'")):
        return None  # ("Der Anwalt Jérôme Boatengs": his lawyer, the name in the genitive; null rather than wrong)
    return toks[k + 2][0], toks[k + 3][1] - (1 if surname[-1:] in ",.;:" else 0)


def titled_after_for_de(text: str, at: int, hi: int) -> int:
    """German: after a sentence's opening "Für" at ``at``, "die"/"den", a role noun and a name as
    ``titled_subject_de`` reads them ("Für die Chefin Anna Berger steht fest:", "Für den Trainer
    Marco Lindner ist klar:"): where the name starts; ``at`` for any other words (s63)."""
    toks = tokens(text, at, min(hi, at + _FOR_READ))
    if current_language().code != "de" or not toks or toks[0][2] not in ("die", "den"):
        return at
    found = titled_subject_de([(toks[0][0], toks[0][1], "der"), *toks[1:]], 0)
    return at if found is None else found[0]
