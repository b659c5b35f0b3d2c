"""From a mention to a speaker: pronouns, roles, the fullest name."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.body_described import described_by_body, without_acronym
from newsbeam.transforms.quotes.bare_names import bare_subject, sole_candidate, titled_subject, used_as_body
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.antecedents import (
    _unnamed_person, aged_subject, described_newcomer, described_subject, named_person, nearest_person, opening_subject, own_subject,
    main_after_fronted, named_in_passage, plural_group, role_then_name)
from newsbeam.transforms.quotes.lexicon import (
    CUES, DETERMINERS, FUNCTION_WORDS, GROUP_WORDS, KIN, ORG_NOUNS, PERSONAL, POSSESSIVE_PRONOUNS,
    PRONOUNS, ROLE_WORDS, SPOKESPEOPLE, TITLES)
from newsbeam.transforms.quotes.described import CHIEF_WORDS
from newsbeam.transforms.quotes.kin_gender import KIN_GENDER
from newsbeam.transforms.quotes.role_places import modifier_fits
from newsbeam.transforms.quotes.closing_reporter import reported_before
from newsbeam.transforms.quotes.issuers import (DEFINITE, PLATFORMS, document_subject, earlier_issuer,
    earlier_voice, owner_of_voice, platform_is_subject, platform_owner, platform_poster)
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.names_de import without_year
from newsbeam.transforms.quotes.outlet_source import OUTLET_RULES
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.sources import is_placed_source
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import is_title_word, split_title, without_role_word
from newsbeam.transforms.quotes.tokens import NAME_HOMOGRAPHS, trim
from newsbeam.transforms.quotes.unnamed import described_holder, pronoun_can_name, speaks_for_someone, without_of_topic
from newsbeam.transforms.quotes.unnamed_speakers import unnamed_in
from newsbeam.transforms.quotes.unnamed_passage import unnamed_after_opening, unnamed_subject
from newsbeam.transforms.quotes.speaking_body import kind_body
from newsbeam.transforms.quotes.honorific_sex import honorific_person, person_of_sex
from newsbeam.transforms.quotes.relative_head import relative_head
from newsbeam.transforms.quotes.sole_person import sole_person
from newsbeam.transforms.quotes.it_subject import own_body
from newsbeam.transforms.quotes.voice_owner import voice_owner
from newsbeam.transforms.quotes.team_lead import team_lead
from newsbeam.transforms.quotes.reported_within import REPORTED_WITHIN

# (Starting only at a run's first space, taken whole: linear, where ",?\s+" tried every space of a
# long run as a start.)
_RELATIVE_TAIL: Final = re.compile(r"(?<!\s),?\s++(?:who|which|that)$")
_RELATIVE_ENDINGS: Final = ("who", "which", "that", "who\n", "which\n", "that\n")  # where it can match
_BARE_RELATIVES: Final = frozenset(("who", "which", "that", "whom"))


# Where a piece names its writer in its own text: an editor's note ("excerpts from Ann Lee's new
# book", "adapted from ... by Ann Lee"), a byline line ("By Ann Lee") or the heading of an
# excerpt ("From “Field Notes” by Ann Lee").
_NAME: Final = r"([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3})"
_NARRATOR: Final = re.compile(
    r"\b(?:excerpts?|excerpted|adapted|extracts?) from [^.\n]{0,80}?\b" + _NAME + r"[’']s? "
    r"(?:[\w-]+ ){0,3}(?:book|memoir|essay)\b"
    r"|\b(?:[Ee]xcerpted|[Aa]dapted) from [^\n]{0,120}?\bby " + _NAME + r"\b"
    r"|(?:^|\n)[^\S\n]*By " + _NAME + r"[^\S\n]*\n"
    r"|(?:^|\n)[^\S\n]*From [“\"][^”\"\n]{1,150}[”\"] by " + _NAME)
_ANSWER_LABEL: Final = re.compile(r"[^\S\n]*((?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?" + _NAME[1:-1] + r"):[^\S\n]")
_PARTIES: Final = frozenset(["democrats", "republicans"])  # a party speaks as a body


def narrator(text: str, before: int) -> str | None:
    """The writer of a first-person passage where the text before it names them, the last
    such statement before ``before`` (an excerpt's heading after an interview), else None: an
    "I" outside quotation marks is no one else."""
    found = None
    for m in _NARRATOR.finditer(text, max(0, before - 20000), before):
        found = next(g for g in m.groups() if g)
    return found


def resolve(found: Finding, ctx: ArticleContext, text: str, before: int) -> tuple[str | None, str]:
    """(speaker, attribution) for a mention of the quote that opens at ``before``."""
    mention = without_year(found.mention)  # "wie Foucault 1982 sagte": when, not who (German)
    head = relative_head(found.mention, text, found.cue_at, ctx) if found.how != "inherited" else None
    if head:
        return head, "explicit"  # "Ruth Kim, a senator who called it “…”": the name the description stands beside
    if mention.endswith(_RELATIVE_ENDINGS):
        mention = _RELATIVE_TAIL.sub("", mention)
    relatives = current_language().relatives
    if relatives and mention.rsplit(None, 1)[-1:] and mention.rsplit(None, 1)[-1].lower() in relatives:
        # "Ana Ruiz, quien" -> "Ana Ruiz"; a relative pronoun whose phrase was not found: no one.
        mention = mention.rsplit(None, 1)[0].rstrip(" ,") if " " in mention.strip() else ""
        if not mention:
            return None, found.how
    if current_language().code == "en":
        mention = platform_owner(without_of_topic(mention))  # "... of the plan", "her Twitter account"
    words = mention.split()
    low = words[0].lower() if words else ""
    if found.how == "inherited":
        return ctx.last_speaker, "inherited"
    if found.rule in OUTLET_RULES:
        return ctx.names.fullest(mention), "explicit"  # "Le Canard enchaîné", "Le Pen" (the fullest)
    if found.rule == REPORTED_WITHIN or is_placed_source(mention):
        # a subject inside another's report (reported_within.py); "a person close to Lee": not Lee
        return None, "explicit"
    if described_by_body(mention):
        return None, "explicit"  # "el rector de la Universidad Nacional": not the university
    issuer = document_subject(ctx, text, found.cue_at)
    if issuer:  # "A post by the President’s Secretariat on X said": the issuer, whatever stands before the verb
        return issuer, "explicit"
    if mention in PLATFORMS and found.how == "explicit":
        if platform_is_subject(text, mention, found.cue_at if found.cue_at >= 0 else before):
            return mention, "explicit"  # "Twitter said in a statement": the company speaks
        # "Ann Lee posted to Twitter asking “...”": a platform carries words, it does not say
        # them; the sentence's subject does, if a person.
        return platform_poster(ctx, text, found.cue_at), "explicit"
    if len(words) == 1 and low in _BARE_RELATIVES and found.cue and found.cue.split()[0].lower() in CUES:
        # "the groups who wrote to her say", "a surrogate who said": a relative pronoun whose
        # phrase was not read, subject of a reporting verb, stands for someone unnamed here,
        # never the last speaker ("Americans who are “victims”" is no one speaking).
        return None, "pronoun"
    if len(words) == 1 and (low in PRONOUNS or low in POSSESSIVE_PRONOUNS):
        low = POSSESSIVE_PRONOUNS.get(low, low)
        if low in ("he", "she"):
            person = antecedent(ctx, text, before, "m" if low == "he" else "f", found.cue_at)
            if person is None and ctx.unnamed_pronoun_at == before:
                found.rule = "unnamed_speaker_pronoun"  # the unnamed one before, shown in --explain
            return person, "pronoun"
        if low == "i":
            # "“Your Honor,” I said": the first person outside quotation marks is the writer,
            # never a third person named before; named only where the piece says whose it is.
            label = _ANSWER_LABEL.match(text, text.rfind("\n", 0, before) + 1)
            if label is not None and trim(label.group(1).split()[0]) not in DETERMINERS:
                # "Ann Lee: As I said, ...": an interview's answer is its label's
                return ctx.names.fullest(split_title(label.group(1)) or label.group(1)), "pronoun"
            return narrator(text, before), "pronoun"
        if low in PERSONAL:
            return ctx.last_person or ctx.last_speaker, "pronoun"
        body = own_body(ctx, text, before, found.cue_at) if low == "it" and current_language().code == "en" else None
        if body:  # "The Soviet Union used what it called “…”": the body its clause is of
            return resolve(Finding(body, found.cue, "explicit", found.cue_at, found.rule), ctx, text, before)
        if low == "it" and ctx.last_speaker in ctx.people:
            return None, "pronoun"  # "it" is a body or a document, never the person last quoted
        if low == "they" and ctx.last_speaker and ctx.last_speaker != ctx.team_lead and (
                ctx.last_speaker in ctx.people or ctx.names.is_person(ctx.last_speaker)):
            # "they" are several: never the one person last quoted (but a study's first author
            # speaks for the team, as "the researchers" does)
            return None, "pronoun"
        return ctx.last_speaker, "pronoun"
    if len(words) == 1 and trim(low) in GROUP_WORDS and trim(low) not in _PARTIES and \
            not ctx.names.is_person(trim(mention)):
        return None, found.how  # "Critics ask:", "Officials said": a group, no one named
    lead = team_lead(mention, words)
    if lead:
        # "researchers led by Jacob L. Bongers of the University of Sydney", "authors Ann Lee
        # and Tom Hale": the study's first author speaks for the team; "the team", "the
        # researchers", "the study" then mean that person.
        ctx.team_lead, ctx.team_lead_at = ctx.names.fullest(lead), before
        return ctx.team_lead, "explicit"
    if low in ("the", "their") and len(words) == 2 and trim(words[1]).lower() in _TEAM_WORDS:
        # The team last introduced before the quote, even where it did not speak: "Now,
        # scientists led by Ann Lee have shown ...".
        at = text.rfind(" led by ", max(0, before - 5000, ctx.team_lead_at), before)
        lead = team_lead(text[max(0, at - 40):at + 120], []) if at >= 0 else None
        if lead:
            ctx.team_lead, ctx.team_lead_at = ctx.names.fullest(lead), at
        if ctx.team_lead:
            return ctx.team_lead, "explicit"
    if low in DETERMINERS and "from" in words[2:4] and trim(words[words.index("from") - 1]) in ROLE_WORDS:
        # "The senator from Vermont": a role and its place, a description and not a name.
        person = ctx.names.role(trim(words[words.index("from") - 1]), text, before, mention)
        return (ctx.names.fullest(person) if person else None), "explicit"
    if low in DETERMINERS and current_language().code == "en" and speaks_for_someone(words[1:]):
        return None, "explicit"  # "a spokesman for President and CEO Tom Hale": unnamed (issue 16)
    if is_person_like(mention):
        name = split_title(mention)
        if name and all(trim(w) in FUNCTION_WORDS for w in name.split()) and not (
                trim(name) in NAME_HOMOGRAPHS and ctx.names.is_surname(name)):
            # "None of MacAlister’s", "Another": no one named ("May" is, where the article
            # names "Theresa May")
            return None, "explicit"
        bare = [w for w in words if w.lower() not in DETERMINERS]
        last = trim(name.split()[-1]) if name else ""
        if name and low in DETERMINERS and 1 < len(bare) <= 3 and last in TITLES:
            # "the Conservative MP", "the French President": the one person titled so, or no one
            return ctx.names.holder(words, text), "explicit"
        if name and current_language().code == "de" and low in current_language().determiners and " " not in name \
                and trim(name) not in TITLES and is_title_word(trim(name)):
            return None, "explicit"  # "der junge Polizist": a German role noun, no name (earlier_role's)
        if name and len(bare) == 1 and (trim(name) in TITLES or trim(name) in ROLE_WORDS) \
                and (low in DETERMINERS or not ctx.names.is_surname(name)):
            # "the President" (a title even where "French President" ran as a name), "Historian": its holder.
            person = ctx.names.role(name, text, before, mention)
            return (ctx.names.fullest(person) if person else None), "explicit"
        if name and len(name.split()) == 2 and name.split()[0].endswith(("’s", "'s")) and \
                ctx.names.is_surname(name.split()[1]):
            name = name.split()[1]  # "Nvidia’s Huang": the person the article calls Huang
        if name:
            name = without_role_word(name, text)  # "Dean Amar" where "the dean" is a role
            if name.isupper():
                full = ctx.names.fullest(name.title())
                name = full if full != name.title() else ctx.names.expansion(name) or name
            else:
                name = ctx.names.fullest_near(name, text, before)
                name = honorific_person(ctx.names, mention, name) or ""  # "Mrs. Clinton": not Bill Clinton
            if not name:
                return None, "explicit"
            if " " not in name:
                name = ctx.names.given_name(name) or name
            return without_acronym(without_role_word(_without_article(name), text)), "explicit"
    # A nominal: a role may be someone the article named with that title ("the premier"); an
    # organisation named in it speaks for itself ("The Associated Press", "Thames Valley Police").
    rest = words[1:] if low in DETERMINERS else words
    head = trim(rest[-1]) if rest else ""
    owner = owner_of_voice(rest)
    if owner:
        # "a CIA spokesperson", "a PID press release": a named body's voice or document
        # speaks for the body.
        return voice_owner(ctx.names, owner if owner.isupper() else _without_article(owner), text, before), "explicit"
    if low in DEFINITE and rest and rest[-1].islower():
        issuer = earlier_issuer(ctx, text, before, found.cue_at, rest)
        if issuer:
            # "The statement read", "the press release further stated", "the post said": the
            # document the article last named with its issuer ("a press release issued by
            # PID", "the FO statement", "a post by the President’s Secretariat").
            return issuer, "explicit"
    if low == "the" and len(rest) == 2 and head in CHIEF_WORDS and rest[0][:1].isupper() and \
            current_language().code == "en":
        # "the UN chief" after "UN Secretary-General Antonio Guterres" (rule organisation_chief)
        return ctx.names.chief_of(rest[0].strip(",.;:’")), "explicit"
    if (head in TITLES or head in ROLE_WORDS) and (rest[-1].islower() or len(rest) == 1):
        person = ctx.names.holder(words, text)  # "the U.S. president": one titled so (titled_holder)
        if person:
            return person, "explicit"
        person = ctx.names.described(words, text, before) if current_language().code == "en" else None
        if person:
            # "the 43-year-old lawyer" after "Ann Lee, 43, a lawyer": the one person the
            # article described so (rule described_person).
            return person, "explicit"
        if head in SPOKESPEOPLE and len(rest) == 1 and low == "the":
            # "the spokesperson added" after "the Foreign Office spokesperson" (rule earlier_voice)
            return earlier_voice(ctx, text, before, head), "explicit"
        # "The German leader", "the 43-year-old lawyer": a description, not a name. (Guessing
        # the one person its paragraph names was measured and dropped: a second reading of its
        # changes found 25 of 45 worse, the object or topic of the sentence taken for its speaker.)
        return None, "explicit"
    if low in DETERMINERS and current_language().code == "en" and described_holder(rest):
        return None, "explicit"  # "a resident of Dorvan", "a spokesperson for Marlow": unnamed
    if any(w[:1].isupper() for w in rest) and (rest[-1][:1].isupper() or head in ORG_NOUNS):
        return _without_article(" ".join(rest)), "explicit"
    # "the 85-year-old Nobel Peace Prize winner": a description; the person before it, if
    # alone (aged_subject).
    if current_language().code != "en":
        return None, "explicit"
    body = kind_body(words, ctx, text, before, found)  # "the ministry", "the outlet": named_bodies, speaking_body
    if body:
        return body, "explicit"
    return aged_subject(ctx, text, before, words), "explicit"


# Words for a research team and its work, that the team's named lead speaks for.
_TEAM_WORDS: Final = frozenset("team researchers scientists authors study paper".split())
def _without_article(name: str) -> str:
    """An organisation's name without a leading article or "X-based": "The Independent" ->
    "Independent", "The Ramallah-based Palestinian Authority" -> "Palestinian Authority"."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (words[k] in ("The", "the") or words[k].endswith("-based")):
        k += 1
    return " ".join(words[k:]) if k else name


def _subject_before(ctx: ArticleContext, text: str, lo: int, before: int, gender: str,
                    pronoun: str) -> str | None:
    """The person the sentences before the pronoun's own are about: the nearest one whose
    subject (or the person one of its quotes is credited to) is a person of a fitting gender,
    going back past sentences whose subject is the same pronoun. A passage keeps its subject:
    "Benj Edwards ... explained that ... He said he was sick. “...,” he said."""
    sentences = ctx.sentences
    if sentences is None:
        return None
    # A paragraph break ends a sentence whatever the stop before it looks like ("on X.").
    hi = max(sentences.start(lo, before), text.rfind("\n", 0, before) + 1)  # not the pronoun's own
    chained = False  # the last sentence read opens on the same pronoun
    person: str | None  # a credited person or a role's holder (typed for mypyc: it may be None)
    for _ in range(4):
        while hi > lo and text[hi - 1] in " \n\r":
            hi -= 1
        if hi <= lo and chained and lo > 0:
            # "“...,” Iqbal said. / He also praised Yunus’s work. / “...,” he said.": a passage
            # about the same "he" goes on into the paragraph before the window.
            lo, chained = max(0, text.rfind("\n", 0, lo - 1)), False
            while hi > lo and text[hi - 1] in " \n\r":
                hi -= 1
        if hi <= lo:
            return None
        s_lo = max(sentences.start(lo, hi - 1), text.rfind("\n", 0, hi - 1) + 1)
        # A sentence inside a credited quote ("… to our way of life. We want to unify …,”
        # Lourimi said.") is that quote's speaker's, as is one that holds the quote.
        credited = [person for at, person, end in ctx.credits if at < hi and (end < 0 or end >= s_lo)
                    and (s_lo <= at or end >= 0)]
        if not credited and unnamed_in(ctx, s_lo, hi, gender, text):
            ctx.unnamed_pronoun_at = before
            return ""  # "“…,” a resident told TIME. He added ...": that unnamed one (unnamed_speakers)
        if credited:
            person = main_after_fronted(ctx, text, s_lo, hi, gender) or credited[-1]
            if not pronoun_can_name(person):
                # "Ann Lee told a radio station that “…,” according to CNN.": a quote credited
                # to what no "he" or "she" can be; the sentence's subject if it names a person,
                # else that body (which ``antecedent`` turns into null).
                return _named_subject(ctx, text, lo, s_lo, hi, before, gender) or person
            if (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender):
                return person
            return None
        opening = [trim(w).strip(",;:") for w in text[s_lo:min(hi, s_lo + 40)].split()[:2]]
        if len(opening) == 2 and opening[0] in POSSESSIVE_PRONOUNS and opening[1] in KIN:
            if KIN_GENDER.get(opening[1], gender) == gender:
                return ""  # "Her father, Brad, worried ... “...,” he said.": a relative, not the one named before
            hi = s_lo
            continue  # "His daughter took the stage. “...,” he said.": she is not the "he"
        if _unnamed_person(text, s_lo, hi) or unnamed_after_opening(text, s_lo, hi):
            # "A spokesman for the union disagreed. “…,” he said.": someone new whom the
            # article does not name ("the spokesman", "the former president" refer back).
            return ""
        subj = subject_of(text, s_lo, hi)
        if subj is not None:
            mention = text[subj[0]:subj[1]]
            low = mention.lower()
            words = mention.split()
            head = trim(words[-1])
            if len(words) > 1 and head in KIN and (words[-2].endswith(("’s", "'s")) or
                                                    words[-2].lower() in POSSESSIVE_PRONOUNS):
                return ""  # "Rashtian’s father", "his wife": someone the article does not name
            if mention.endswith(("’s", "'s")):
                hi = s_lo
                continue  # "France’s ambassador": the possessor is not the subject
            if trim(words[0]) in FUNCTION_WORDS and trim(words[0]) not in ("the",):
                # "Several European leaders", "Regarding Rahman": no subject to go by; "In Zirab,
                # a 39-year-old man said ...": someone unnamed ("", unnamed_passage)
                return unnamed_subject(mention, text[s_lo:hi])
            if low in PRONOUNS:
                if low != pronoun:
                    return None  # the passage turned to someone else ("they", the other gender)
                chained = True
            elif trim(words[0]) in DETERMINERS and 2 <= len(words) <= 4 and trim(words[-1]) in TITLES:
                # "The American President offered few details. ... He described ...": a
                # description, not a name; the person the article gave that title, if any.
                person = ctx.names.role(trim(words[-1]), text, subj[0])
                person = ctx.names.fullest(person) if person and modifier_fits(text, words, person) else None
                if person and (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender):
                    return person
                return described_newcomer(ctx, text, mention, s_lo, gender)
            elif is_person_like(mention) and not role_then_name(mention):
                if plural_group(mention) or trim(words[0]) in DETERMINERS and \
                        text[subj[1]:subj[1] + 2].strip()[:1].islower():
                    # "Tunisian Islamists and secular forces ...": not a he or she; "The Lee
                    # relationship matters": a name that qualifies a thing.
                    hi = s_lo
                    continue
                if not known_person(mention, ctx):
                    name = split_title(mention)
                    if len(name.split()) >= 2 and _speaks(ctx, text, subj[1], hi) and \
                            (ctx.names.gender(name) or gender) == gender:
                        # "Greg Hale, a broker, said the jet suits a man of Mr. Lee's wealth.
                        # “…,” he said.": the one the sentence before reports, not a name in it.
                        return ctx.names.fullest(name)
                    # "Ann Lee was worried. “…,” she said.": a bare name said once, the only one
                    # in the passage who can be "she".
                    return _bare_antecedent(ctx, text, lo, subj, before, gender) or titled_subject(ctx, mention, gender)
                full = ctx.names.fullest(split_title(mention))
                if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender):
                    return full
                return None
            else:
                person = _role_holder(ctx, words)
                if person and (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender):
                    # "Earlier, the minister had met with Ann Lee. “...,” he said.": the
                    # minister the article named with that title, not the person he met.
                    return person
                return described_newcomer(ctx, text, mention, s_lo, gender)  # else the nearest name
        hi = s_lo
    return None


def _speaks(ctx: ArticleContext, text: str, at: int, hi: int) -> bool:
    """The subject that ends at ``at`` is the one its sentence reports: a reporting verb follows
    it, right away or after an appositive set off by commas ("Ann Lee, a broker, said")."""
    cues = ctx.cues
    cue = cues.first(at, min(hi, at + 160)) if cues is not None else None
    if cue is None:
        return False
    between = text[at:cue.s].strip()
    return not between or between.startswith(",") and between.endswith(",") and "." not in between


def _bare_antecedent(ctx: ArticleContext, text: str, lo: int, subj: tuple[int, int], before: int,
                     gender: str) -> str | None:
    """The subject ``subj`` as a bare name said once ("Ann Lee was worried. “…,” she said."),
    when it is the only one in the passage who can be the pronoun; None otherwise."""
    bare = bare_subject(text, *subj) if current_language().code == "en" else None
    if bare is None or used_as_body(text, bare) or not sole_candidate(ctx, text, lo, before, bare, gender):
        return None
    return bare


def _named_subject(ctx: ArticleContext, text: str, lo: int, s_lo: int, hi: int, before: int,
                   gender: str) -> str | None:
    """The subject of the sentence ``text[s_lo:hi]`` when it names a person of a fitting gender
    (one the article counts as a person, or a bare name no one else in the passage can be
    confused with); None otherwise."""
    subj = subject_of(text, s_lo, hi)
    if subj is None:
        return None
    mention = text[subj[0]:subj[1]]
    if mention.lower() in PRONOUNS or mention.endswith(("’s", "'s")) or plural_group(mention) or \
            trim(mention.split()[0]) in DETERMINERS or not is_person_like(mention):
        return None
    if not known_person(mention, ctx):
        return _bare_antecedent(ctx, text, lo, subj, before, gender)
    full = ctx.names.fullest(split_title(mention))
    return full if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender) else None


def _role_holder(ctx: ArticleContext, words: list[str]) -> str | None:
    """The person a definite description of a role stands for ("the minister", "the US
    president" for "President Ann Lee"), when the article gave someone that title."""
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or not words[-1].islower():
        return None
    head = trim(words[-1])
    if head not in TITLES and head not in ROLE_WORDS:
        return None
    person = ctx.names.role(head)
    return ctx.names.fullest(person) if person else None


_PARAGRAPHS_READ: Final = 6  # paragraphs of one unnamed person's passage


def _same_pronoun_passage(text: str, lo: int, hi: int, pronoun: str) -> bool:
    """Every paragraph from ``lo`` (where the pronoun last stood for someone unnamed) to ``hi``
    has the pronoun in it: one passage about that person."""
    if not 0 <= lo < hi:
        return False
    paragraphs = [p for p in text[lo:hi].split("\n") if p.strip()]
    if len(paragraphs) > _PARAGRAPHS_READ:
        return False
    word = re.compile(rf"\b{pronoun}\b", re.IGNORECASE)
    return all(word.search(p) for p in paragraphs)


def antecedent(ctx: ArticleContext, text: str, before: int, gender: str, cue_at: int = -1) -> str | None:
    """Who "he" or "she" is, in this order: the subject of the pronoun's own sentence when the
    pronoun sits in a clause of it ("Ban Ki-moon condemned what he called ..."); the person the
    sentences before are about; the nearest person named before the quote (this paragraph or
    the one before); the last speaker. Each time, one whose gender, where the article shows it,
    agrees."""
    lo = text.rfind("\n", 0, before)  # this paragraph's start ...
    while lo > 0 and text[lo - 1] in "\r\n":
        lo -= 1
    lo = max(0, text.rfind("\n", 0, max(0, lo)))  # ... and the previous one's
    names = ctx.names
    pronoun = "he" if gender == "m" else "she"
    found = own_subject(ctx, text, lo, before, cue_at, gender, pronoun)
    if found is None and cue_at > before:
        found = opening_subject(ctx, text, lo, before, gender)
    if found is None:  # (", said Ann Lee, a broker." right before: inverted_names)
        found = reported_before(ctx, text, lo, before, gender) or _subject_before(ctx, text, lo, before, gender, pronoun)
    if not found and ctx.sentences is not None:
        # "... a resident named Caroline. “…,” she said": the person the sentence before the
        # quote's own introduces by name.
        s_lo = ctx.sentences.start(lo, max(lo, ctx.sentences.start(lo, before) - 2))
        found = named_person(ctx, text, max(lo, s_lo), before, gender) or found
    if found is None and described_subject(ctx, text, lo, before, pronoun):
        found = ""  # "The farm's employee told police ... he": someone unnamed
    if found == "":
        ctx.resolved[gender], ctx.unnamed_at[gender] = "", before
        return None  # the sentences before are about someone unnamed: "Rashtian’s father"
    if found is None and ctx.resolved.get(gender) == "" and _same_pronoun_passage(
            text, ctx.unnamed_at.get(gender, before), before, pronoun):
        # "The woman who started it ... “…,” she said. / She said she had no plans ... when
        # Lee came up. / “…,” she said.": the same unnamed "she" as the last one while every
        # paragraph since speaks of "she"; not a name that came up in passing.
        return None
    refused = False  # the nearest-name search passed over a name a preposition governs
    if found is None:
        found, refused = nearest_person(ctx, text, max(lo, before - 700), before, gender, pronoun)
    if found is None:
        for person in reversed(ctx.people):
            known = ctx.genders.get(person) or names.gender(person)
            if known in (None, gender):
                # Past a refused name ("in her province of Pathum Thani"), someone named
                # earlier only if the passage names them: else null, not the article's
                # best-known name.
                if not refused or named_in_passage(text, lo, before, person):
                    found = person
                break
        else:  # no one quoted who fits, no name refused: the only one of that sex (sole_person)
            found = sole_person(ctx, text, before, gender) if not refused and current_language().code == "en" else None
    if found is not None and " " in found and ctx.genders.get(found) != gender:  # "she": not Bill Clinton
        found = person_of_sex(names, found.split()[-1], found, gender, honorific=False)
    if found is not None and not pronoun_can_name(found):
        return None  # "U.S. AI", "July Thailand": capitalized words, no person
    if found is not None:
        # What the article says once about someone's pronoun holds for its later quotes.
        ctx.genders.setdefault(found, gender)
        ctx.resolved[gender] = found
    return found
