"""Whom a personal pronoun stands for in an article not in English ("„...“, sagt er.", "dijo
ella"): the person last credited in the paragraph, else the subject or the one person named in
the sentences before it (moved out of extract.py, whose quotes it resolves)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes.person_nouns import trade_noun
from newsbeam.transforms.quotes.clause_antecedent_de import opening_clause_person
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.described_roles import description_holder
from newsbeam.transforms.quotes.gender_fr import stated_gender
from newsbeam.transforms.quotes.headline_person import headline_speaker
from newsbeam.transforms.quotes.introduced_once import article_title_gender_fr
from newsbeam.transforms.quotes.implied import only_person_before, section_person, sole_person_in, someone_else_named
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.newer_antecedent import newer_antecedent
from newsbeam.transforms.quotes.person_nouns import article_gender, person_noun
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.pronoun_lead import pronoun_lead
from newsbeam.transforms.quotes.pronoun_chains import chained_subject, pronoun_subject, unnamed_newcomer
from newsbeam.transforms.quotes.pronouns_de import candidate_test, gender_of
from newsbeam.transforms.quotes.role_subjects import role_in
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.titles import is_compound_title, is_title_word, split_title


def personal_pronoun(found: Finding) -> str | None:
    """The personal pronoun of the article's language that is the whole mention ("er", "ella"),
    unless it is plural by its verb (German "sagten sie": they)."""
    lang = current_language()
    low = found.mention.strip(" .,;:!?").lower()
    low = lang.disjunctive.get(low, low) if found.rule == "pronoun_view" else low
    if low not in lang.pronouns:
        return None
    if lang.code == "de" and low == "sie" and (found.cue or "").lower().endswith("en"):
        return None
    return low


def _credited_between(ctx: ArticleContext, lo: int, hi: int, pronoun: str, text: str) -> str | None:
    """The person last credited with a quote opening in [lo, hi), or None; for German "sie"
    only a woman as far as the article shows (see ``pronoun_antecedent``; pronouns_de)."""
    for offset, person, _ in reversed(ctx.credits):
        if offset < lo:
            break
        if offset < hi:
            return person if pronoun != "sie" or gender_of(text, ctx, person) == "f" else None
    return None


def _opens_paragraph(lead: str, pronoun: str) -> bool:
    """Whether the words of a quote's paragraph before it are none, or only the pronoun, its
    verb and up to two lower-case words before a colon ("Er ergänzte:", "Sie fügte hinzu:"), or
    one or two short sentences of the same pronoun as their subject and nothing named ("Ella no
    se rinde.", "Elle ne baisse pas les bras.": stop 47; the chain goes on to the paragraph
    before)."""
    words = lead.split()
    spaced = len(words) > 1 and words[-1] == ":"
    if spaced:  # French sets a space before the colon: "Elle explique :" (s58), its verb a cue ("Elle lit le panneau :": not, adv58)
        words = words[:-2] + [words[-2] + ":"]
    if not words or 2 <= len(words) <= 4 and words[0].lower() == pronoun and words[-1].endswith(":") \
            and all(w.islower() for w in words[1:]) and (not spaced or words[1].rstrip(":").lower() in current_language().cues):
        return True
    return pronoun_lead(lead, pronoun)


def earlier_sentence_person(text: str, ctx: ArticleContext, q_lo: int, last_lo: int, q_hi: int, gender: str,
                            keep: Callable[[str, int], bool] | None) -> str | None:
    """The one person named in the sentence before the last of a paragraph (``text[q_lo:q_hi]``,
    its last sentence at ``last_lo``), of ``gender``, when the last sentence names one person of the
    other gender or no one ("El alcalde Tomás Gil abrió la sesión. La concejala Ana Ruiz se opuso
    al plan." for "él"); None otherwise (two people, someone unnamed of that gender)."""
    last = sole_person_in(text, ctx, last_lo, q_hi, keep)
    if last is not None and _agreeing(last, ctx, gender, text) is not None or last_lo <= q_lo:
        return None
    if last is None and any(" " in run and run.split()[0].lower() not in current_language().determiners
                            and is_person_like(run) for run, _ in names_in(text, last_lo, q_hi)):
        return None  # (two people named there, or a name the index does not know: not past it)
    if unnamed_newcomer(text, last_lo, q_hi, gender):
        return None
    assert ctx.sentences is not None
    prev_lo = ctx.sentences.start(q_lo, last_lo - 1)
    person = _agreeing(sole_person_in(text, ctx, prev_lo, last_lo, keep), ctx, gender, text)
    if person is None or _rival_in(text, q_lo, q_hi, (person, last)) or _unnamed_role(text, last_lo, q_hi, gender):
        return None  # (read47c: "El concejal Luis Vera lo apoyó." before, "igual que Luis Vera", "el portavoz")
    return person


# An article or a possessive and the lower-case word after it: "el portavoz", "un vecino", "son collègue".
_ROLE_WORD: Final = re.compile(r"(?<![\w\-'’])(el|la|del|al|un|una|su|o|a|do|da|ao|um|uma|seu|sua|le|du|au|une|son|sa)"
                               r"[^\S\n]{1,3}+([a-zà-ÿ][\w\-]{1,30}+)", re.IGNORECASE)
_ROLE_GENDERS: Final[dict[str, dict[str, str | None]]] = {
    "es": {"el": "m", "del": "m", "al": "m", "un": "m", "la": "f", "una": "f", "su": None},
    "pt": {"o": "m", "do": "m", "ao": "m", "um": "m", "seu": "m", "a": "f", "da": "f", "uma": "f", "sua": "f"},
    "fr": {"le": "m", "du": "m", "au": "m", "un": "m", "la": "f", "une": "f", "son": None, "sa": "f"},
}
# Nouns of kin, peers and neighbours that are no title or trade (``is_title_word``, ``person_noun``).
_KIN: Final = frozenset(
    "marido esposo esposa mujer hombre hijo hija hermano hermana padre madre colega compañero compañera líder "
    "vecino vecina testigo mari époux épouse femme homme fils fille frère sœur père mère collègue compagnon "
    "compagne voisin voisine témoin homem mulher filho filha irmão irmã pai mãe companheiro companheira "
    "vizinho vizinha testemunha".split())


def _unnamed_role(text: str, lo: int, hi: int, gender: str) -> bool:
    """Whether the sentence ``text[lo:hi]`` names someone unnamed by a role, a trade or kin whose
    article or possessive gives ``gender`` or no gender ("igual que el portavoz", "con el apoyo de
    un vecino", "comme son collègue", "assim como o líder"): one "él" may stand for (read47c)."""
    genders = _ROLE_GENDERS.get(current_language().code, {})
    for m in _ROLE_WORD.finditer(text, lo, min(hi, lo + _ROLE_SCAN)):
        art, noun = m.group(1).lower(), m.group(2).lower()
        if art in genders and genders[art] in (None, gender) and \
                (noun in _KIN or is_title_word(noun) or person_noun(noun)):
            return True
    return False


_ROLE_SCAN: Final = 400  # characters of a sentence read for an unnamed role


def _rival_in(text: str, lo: int, hi: int, known: tuple[str | None, ...]) -> bool:
    """Whether ``text[lo:hi]`` names someone by two capitalized words or more besides the
    ``known`` people ("ante Luis Vera", "El concejal Luis Vera lo apoyó."): the pronoun that
    skips a sentence may be theirs (read47c)."""
    words = {w for person in known if person for w in person.split()}
    determiners = current_language().determiners
    return any(" " in run and run.split()[0].lower() not in determiners and is_person_like(run)
               and not set(split_title(run).split()) <= words for run, _ in names_in(text, lo, hi))


def pronoun_antecedent(text: str, ctx: ArticleContext, before: int, pronoun: str) -> str | None:
    """Whom "er"/"ella"/"il" stands for (``_antecedent``). In German, what the article shows once
    by "er" or "sie" about someone's sex holds for its later pronouns (pronouns_de): "Während
    Ennesto schwieg, ..." after "„...“, führte er aus" is no "sie"."""
    person = _antecedent(text, ctx, before, pronoun)
    if person and current_language().code == "de":
        ctx.genders.setdefault(person, "m" if pronoun == "er" else "f")
    return person


def _antecedent(text: str, ctx: ArticleContext, before: int, pronoun: str) -> str | None:
    """Whom "er"/"ella"/"il" stands for in an article not in English: the person last credited
    with a quote in the same paragraph, else the subject of one of the (at most three) sentences
    before it in the paragraph, if the article names that subject as a person, or the one person
    such a sentence names (a subject after its verb); for a quote that opens its paragraph, the
    same in the paragraph before; else the one person the article has named so far, if it named
    only one; else null. German "sie" is the person last credited only where the article shows she is a woman (no
    gender is known for most names, and a woman answering a man is common): else only a subject
    before it."""
    p_lo = text.rfind("\n", 0, before) + 1
    lang = current_language()
    gender = "m" if lang.pronouns.get(pronoun) == "he" else "f"
    # (in German, the people a sentence names who can be the one: pronouns_de)
    keep = candidate_test(text, ctx, gender) if lang.code == "de" else None
    # (the person last credited, unless the article gave them the other gender: "«…», dijo el
    # urbanista X. / «…», dijo ella." is not X)
    if lang.code == "de" and (person := opening_clause_person(text, ctx, p_lo, before, pronoun)):
        return person  # "Als Anna Keller den Saal betrat, sagte sie: „…“" (clause_antecedent_de)
    person = _agreeing(_credited_between(ctx, p_lo, before, pronoun, text), ctx, gender, text)
    if person:  # (unless a sentence since opens on someone else: "Herrmann rief … auf. „…“, sagte er")
        if _newcomer_since(text, ctx, p_lo, before, gender):
            return None  # "„…“, sagte er. Ein Zuschauer sah das anders. „…“, meinte er." (s54)
        return newer_antecedent(text, ctx, p_lo, before, person, gender) or person
    hi = before
    chained = False  # (German) the paragraph's first sentence read has the pronoun as its subject

    def agrees(who: str | None) -> str | None:  # the gender test, for pronoun_chains
        return _agreeing(who, ctx, gender, text)

    for _ in range(3):
        assert ctx.sentences is not None
        s_lo = ctx.sentences.start(p_lo, hi - 1) if hi > p_lo else p_lo
        chained = keep is not None and s_lo <= p_lo and pronoun_subject(text, s_lo, hi, pronoun)
        subj = subject_of(text, s_lo, hi)
        if subj:
            mention = text[subj[0]:subj[1]]
            name = split_title(mention)
            words = name.split()
            quoted = _quoted_by_first_name(name, ctx)
            if quoted and _agreeing(quoted, ctx, gender, text):
                # "Marie-Pierre ne fait plus cours. Elle affirme « ... »": the first name of
                # the one person quoted so far who bears it.
                return quoted
            if name and is_person_like(mention) and all(w.lower() not in lang.function_words for w in words) \
                    and words[0].lower() not in lang.determiners \
                    and (ctx.names.is_person(name) or len(words) >= 2 or is_titled(mention, name)) \
                    and text[subj[1]:subj[1] + 1] not in ("'", "’"):
                # (not a possessor: "Relotius' engste Vertraute ist ...": the sentence is about
                # the one he trusts; nor a person of the other gender, as far as the article shows)
                person = _agreeing(ctx.names.fullest(name), ctx, gender, text)
                if person:
                    return person
        if unnamed_newcomer(text, s_lo, _before_word(text, s_lo, hi, pronoun), gender):
            return None  # "Ein Sprecher der Gewerkschaft widersprach. „…“, sagte er.": someone unnamed
        person = _agreeing(sole_person_in(text, ctx, s_lo, _before_word(text, s_lo, hi, pronoun), keep), ctx, gender, text)
        if person:
            # "Zum Glück klopft da Renato an die Tür. «…», sagt er.": the subject after its
            # verb, the one person a sentence before names (in the pronoun's own sentence, only
            # before the pronoun: "il accuse Boris Faure d’« insultes »" is not Faure's).
            return person
        if s_lo > p_lo:
            # "... spielte Tobisch in der Staatsoper. ... prägte die Schauspielerin den
            # Opernball. „...“, sagte sie": the role is the one person the sentence before names.
            person = role_antecedent(text, ctx, s_lo, _before_word(text, s_lo, hi, pronoun), gender,
                                     ctx.sentences.start(p_lo, s_lo - 1))
            if person:
                return person
        if s_lo <= p_lo:
            break
        hi = s_lo - 1
    if chained and p_lo > 1:
        # "Anna Keller führt die Bäckerei. / Sie hat viel erlebt. „…“, sagte sie.": the chain of
        # "sie" goes on into the paragraphs before (pronoun_chains).
        person = chained_subject(text, ctx, p_lo, pronoun, gender, keep, agrees)
        if person is not None:
            return person or None
    if _opens_paragraph(text[p_lo:before].strip(" \"'“”«»„‚‘›‹"), pronoun) and p_lo > 1:
        # The quote opens its paragraph, or only the pronoun and its verb lead into it ("Er
        # ergänzte: „...“"): the person last credited in the paragraph before, else the one
        # person named in its last sentence.
        q_hi = p_lo - 1
        while q_hi > 0 and text[q_hi - 1] in "\n\r ":
            q_hi -= 1
        q_lo = text.rfind("\n", 0, q_hi) + 1
        if _bare_link(text[q_lo:q_hi]) and q_lo > 1:
            # an embedded post's address between the two (its own paragraph): read above it
            q_hi = q_lo - 1
            while q_hi > 0 and text[q_hi - 1] in "\n\r ":
                q_hi -= 1
            q_lo = text.rfind("\n", 0, q_hi) + 1
        person = _agreeing(_credited_between(ctx, q_lo, q_hi, pronoun, text), ctx, gender, text)
        if person and (lang.code != "fr" or stated_gender(text, person) in (None, gender)):
            return person  # (in French, not "le préfet, Marc Leroy" for "confie-t-elle")
        if q_hi > q_lo:
            assert ctx.sentences is not None
            last_lo = ctx.sentences.start(q_lo, q_hi - 1)
            person = _agreeing(sole_person_in(text, ctx, last_lo, q_hi, keep), ctx, gender, text)
            if person:
                return person
            person = earlier_sentence_person(text, ctx, q_lo, last_lo, q_hi, gender, keep)
            if person:
                return person  # "El alcalde X abrió la sesión. La concejala Y se opuso. / «…», dijo él." (stop 47)
        if keep is not None:
            # "Sie hat viel erlebt. / „…“, sagte sie.": the chain of "sie" before the quote
            person = chained_subject(text, ctx, p_lo, pronoun, gender, keep, agrees)
            if person is not None:
                return person or None
    if lang.code == "fr":
        person = _agreeing(_credited_paragraphs_before(text, ctx, p_lo, before), ctx, gender, text)
        if person is None:
            heading = _heading_before(text, p_lo)
            # A section under its own heading that names one person is about that person.
            person = _agreeing(section_person(text, ctx, heading, before), ctx, gender, text) if heading >= 0 else None
        if person and stated_gender(text, person) in (None, gender):
            return person
    # A portrait names one person: the pronoun is that person's (of a gender that agrees).
    person = _agreeing(only_person_before(text, ctx, before, keep), ctx, gender, text)
    if person is None and lang.code == "fr":  # named in the headline only: "X : « … »" / "…, dit-elle."
        person = _agreeing(headline_speaker(text, ctx, before), ctx, gender, text)
    if person and _rival_named_twice(text, person, max(0, before - _RIVAL_WINDOW), before):
        return None  # "Daniela Büchner und Ennesto Monté ... Ennesto Monté": two people, not one
    return person


_INDEFINITE_ARTICLES: Final = frozenset("ein eine un une una um uma".split())


def _newcomer_since(text: str, ctx: ArticleContext, p_lo: int, before: int, gender: str) -> bool:
    """Whether the sentence right before the pronoun's (in the paragraph from ``p_lo``), after the
    quote last credited, brings in someone unnamed of ``gender`` (``unnamed_newcomer``)."""
    assert ctx.sentences is not None
    s_lo = ctx.sentences.start(p_lo, before)
    if s_lo <= p_lo:
        return False
    prev_lo = ctx.sentences.start(p_lo, s_lo - 1)
    words = text[prev_lo:s_lo].split()[:4]
    k = next((n for n, w in enumerate(words) if w.lower() in _INDEFINITE_ARTICLES), -1)
    # the newcomer is the sentence's subject: its first words ("Ein Zuschauer sah …"), or in German
    # after a fronted word and the verb ("Dann meldete sich eine Anwohnerin …"); not an object ("Il a
    # salué un spectateur") nor an apposition ("Weber, selbst ein Zuschauer, …") (read54)
    subject = k == 0 or current_language().code == "de" and k in (2, 3) and words[1].islower() and "," not in words[0]
    return subject and ctx.last_speaker_at < prev_lo and unnamed_newcomer(text, prev_lo, s_lo, gender)


def _bare_link(line: str) -> bool:
    """A paragraph that is a web address alone ("https://www.instagram.com/p/..."): an embed."""
    line = line.strip()
    return line.startswith(("http://", "https://")) and " " not in line


def role_antecedent(text: str, ctx: ArticleContext, lo: int, hi: int, gender: str, prev_lo: int) -> str | None:
    """The person the role that is the subject of ``text[lo:hi]`` stands for ("prägte die
    Schauspielerin den Opernball"), if its article agrees with ``gender``: the one the article
    gave it to (``description_holder``), else the one person named in the sentence before it
    (``text[prev_lo:lo]``), of a gender that agrees; else None."""
    role = role_in(text, lo, hi, gender)
    if role is None:
        return None
    person = _agreeing(description_holder(text, ctx, role, lo), ctx, gender, text)
    if person or prev_lo >= lo:
        return person
    keep = candidate_test(text, ctx, gender) if current_language().code == "de" else None
    return _agreeing(sole_person_in(text, ctx, prev_lo, lo, keep), ctx, gender, text)


_PARAGRAPHS_BACK: Final = 2  # paragraphs of the writer's (headings not counted) read back for a credit
_HEADING_MAX: Final = 120  # characters of a heading line, which ends on no stop


def _credited_paragraphs_before(text: str, ctx: ArticleContext, p_lo: int, before: int) -> str | None:
    """The person last credited with a quote in the (at most two) paragraphs before the one at
    ``p_lo``, headings skipped ("« ... », glisse-t-il. / Un nouveau cap / Pourtant, le métier
    est pour lui ..."), if no one else is named from that quote to ``before``: French goes on
    with "il"/"elle" for the one last quoted. None otherwise."""
    hi = p_lo - 1
    for _ in range(_PARAGRAPHS_BACK + 1):
        while hi > 0 and text[hi - 1] in "\n\r ":
            hi -= 1
        if hi <= 0:
            return None
        lo = text.rfind("\n", 0, hi) + 1
        if _is_heading(text[lo:hi]):
            hi = lo - 1  # a heading: read on above it, without counting it
            continue
        for offset, person, close in reversed(ctx.credits):
            if offset < lo:
                break
            if offset < hi:
                return None if someone_else_named(text, ctx, max(close, offset), before, person) else person
        hi = lo - 1
    return None


_SECTION_PARAGRAPHS: Final = 4  # paragraphs read back for the heading of a pronoun's section


def _heading_before(text: str, p_lo: int) -> int:
    """Where the text under the nearest heading line above the paragraph at ``p_lo`` starts
    (at most four paragraphs up), else -1."""
    hi = p_lo - 1
    for _ in range(_SECTION_PARAGRAPHS):
        while hi > 0 and text[hi - 1] in "\n\r ":
            hi -= 1
        if hi <= 0:
            return -1
        lo = text.rfind("\n", 0, hi) + 1
        if _is_heading(text[lo:hi]):
            return hi
        hi = lo - 1
    return -1


def _is_heading(line: str) -> bool:
    """A short line that ends on no stop: a subheading ("Un nouveau cap")."""
    return len(line) <= _HEADING_MAX and line[-1:] not in ".!?…»”\":,;" and line[:1].isupper()


_RIVAL_WINDOW: Final = 8000  # characters before the pronoun read for a second person


def _rival_named_twice(text: str, person: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` names someone else by a full name of two or more words, twice:
    a person whose name the article's name index did not take for one ("Ennesto Monté", whose
    surname never stands alone) is still a second person a pronoun may stand for."""
    lang = current_language()
    seen: set[str] = set()
    for run, _ in names_in(text, lo, hi):
        words = run.split()
        if len(words) < 2 or words[-1] in person.split() or \
                any(w.lower() in lang.function_words or w.lower() in TITLES for w in words):
            continue
        if run in seen:
            return True
        seen.add(run)
    return False


def _quoted_by_first_name(name: str, ctx: ArticleContext) -> str | None:
    """The one person credited with a quote so far whose full name opens on ``name``, a single
    capitalized word ("Marie-Pierre" -> "Marie-Pierre Dausse"); none or two: None."""
    if not name or " " in name or not name[:1].isupper() or name.lower() in current_language().function_words:
        return None
    found = {p for _, p, _ in ctx.credits if len(p.split()) > 1 and p.split()[0] == name}
    return found.pop() if len(found) == 1 else None


def _before_word(text: str, lo: int, hi: int, word: str) -> int:
    """Where the last ``word`` (a pronoun) between ``lo`` and ``hi`` starts, else ``hi``."""
    at = text.lower().rfind(word, lo, hi) if hi - lo < 2000 else -1
    while at >= 0:
        if not text[at - 1:at].isalpha() and not text[at + len(word):at + len(word) + 1].isalpha():
            return at
        at = text.lower().rfind(word, lo, at)
    return hi


def _agreeing(person: str | None, ctx: ArticleContext, gender: str, text: str) -> str | None:
    """``person``, unless the article shows a gender that does not agree with the pronoun's (in
    German also by a title or role next to the name: "Ministerin Anna Keller" is no "er"; in
    French "le conseiller Camille Roux" is no "elle", read47c)."""
    if not person:
        return None
    # German: a title or role noun next to the name; Spanish, Portuguese: "la abogada X"
    code = current_language().code
    known = gender_of(text, ctx, person) if code == "de" else \
        gender_of(text, ctx, person, article_title_gender_fr if code == "fr" else article_gender)
    return person if known in (None, gender) else None


def is_titled(mention: str, speaker: str) -> bool:
    """The mention gives the speaker a title right before the name: "Sportredaktor Samuel",
    "Co-Redaktionsleiter Gabriel", "Bürgermeisterin Weber": someone, even named by one word."""
    words = mention.strip(" .,;:").split()
    n = len(speaker.split())
    if len(words) <= n or " ".join(words[-n:]) != speaker:
        return False
    title = words[-n - 1].lower()
    if len(words) > n + 1 and title.isalpha() and title == words[-n - 1] and not trade_noun(title) and \
            not is_compound_title(title) and title not in TITLES:
        title = words[-n - 2].lower()  # "la cantante colombiana Shakira": one adjective after the trade (s54)
    return title in TITLES or is_compound_title(title) or trade_noun(title)  # ("la cantante Shakira", stop 53)
