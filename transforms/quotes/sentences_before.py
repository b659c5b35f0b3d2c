"""Who "he" or "she" is from the sentences before the pronoun's own (``resolve.antecedent``'s
second step, after the pronoun's own sentence): the nearest sentence whose subject, or the person
one of its quotes is credited to, is a person of the pronoun's sex, going back past sentences
whose subject is the same pronoun; "" where those sentences are about someone the article does
not name ("A spokesman for the union disagreed."). Moved out of ``resolve`` whole (stop 42), with
the helpers only it reads. Reads the article's context and, for an unnamed subject, updates it
(``ctx.unnamed_pronoun_at``): not pure, one call for each pronoun.
"""
from __future__ import annotations

from newsbeam.transforms.quotes.bare_names import bare_subject, sole_candidate, titled_subject, used_as_body
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.antecedents import (
    _unnamed_person, described_newcomer, main_after_fronted, object_pronoun, plural_group, role_then_name)
from newsbeam.transforms.quotes.lexicon import (
    DETERMINERS, FUNCTION_WORDS, KIN, POSSESSIVE_PRONOUNS, PRONOUNS, ROLE_WORDS, TITLES)
from newsbeam.transforms.quotes.kin_gender import KIN_GENDER
from newsbeam.transforms.quotes.mononyms import mononym_subject
from newsbeam.transforms.quotes.kin_named import kin_named_subject, pronoun_owner, talked_about
from newsbeam.transforms.quotes.role_places import modifier_fits
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.unnamed import pronoun_can_name
from newsbeam.transforms.quotes.unnamed_speakers import unnamed_in
from newsbeam.transforms.quotes.unnamed_passage import unnamed_after_opening, unnamed_subject
from newsbeam.transforms.quotes.thing_owner import alone_in, speech_owner, thing_owner


def subject_before(ctx: ArticleContext, text: str, lo: int, before: int, gender: str,
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
        relative = kin_named_subject(text, s_lo, hi)
        if relative and " " in (split_title(relative) or "") and not talked_about(text, hi, before, gender):
            # (a first name alone, or a quote that speaks of the relative: as before)
            # "Harry's older brother Prince William arrived.", "His brother, Mark Hale, spoke.":
            # the relative named acts, not the possessor.
            full = ctx.names.fullest(split_title(relative))
            if (ctx.genders.get(full) or ctx.names.gender(full) or KIN_GENDER.get(
                    trim(text[s_lo:hi].split(relative, 1)[0].split()[-1]).strip(","), gender)) == gender:
                return "" if pronoun_owner(text, s_lo, gender) else full  # "His son, Luke Brant, scored": either man
            hi = s_lo
            continue  # "His sister, Ann Lee, arrived. “…,” he said.": not the "he"
        opening = [trim(w).strip(",;:") for w in text[s_lo:min(hi, s_lo + 40)].split()[:2]]
        if len(opening) == 2 and opening[0] in POSSESSIVE_PRONOUNS and opening[1] in KIN:
            if KIN_GENDER.get(opening[1], gender) == gender:
                return ""  # "Her father, Brad, worried ... “...,” he said.": a relative, not the one named before
            hi = s_lo
            continue  # "His daughter took the stage. “...,” he said.": she is not the "he"
        if _unnamed_person(text, s_lo, hi) or unnamed_after_opening(text, s_lo, hi):
            if object_pronoun(text, s_lo, hi, pronoun):
                hi = s_lo  # "A volunteer once asked her why. “…,” she said.": she is the one asked (s50)
                continue
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
                owner = thing_owner(ctx, words + text[subj[1]:min(hi, subj[1] + 60)].split()[:3], gender)
                if owner and alone_in(ctx, text, s_lo, hi, owner):
                    return owner  # "Ann Lee's new song topped the charts. She said …": its owner
                owner = speech_owner(ctx, text, s_lo, hi, gender)
                if owner:
                    return owner  # "Bhumjaithai’s victory bears out Anutin's argument …": whose words
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
                        _verb_follows(text, subj[1], hi):
                    # "Tunisian Islamists and secular forces ...": not a he or she; "The Lee
                    # relationship matters": a name that qualifies a thing; "The EP (its first
                    # track samples Anne Sexton) allowed ...": a thing, past its aside (stop 45).
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
                    return _bare_antecedent(ctx, text, lo, subj, before, gender, hi) or \
                        titled_subject(ctx, mention, gender)
                full = ctx.names.fullest(split_title(mention))
                if (ctx.genders.get(full) or ctx.names.gender(full)) in (None, gender):
                    return full
                return None
            else:
                owner = thing_owner(ctx, words, gender)
                if owner and alone_in(ctx, text, s_lo, hi, owner):
                    return owner  # "Tom Hale's company went bankrupt. “…,” he said.": its owner
                owner = speech_owner(ctx, text, s_lo, hi, gender)
                if owner:
                    return owner  # "The vote provides grist for Ann Lee's argument …": whose words
                person = _role_holder(ctx, words)
                if person and (ctx.genders.get(person) or ctx.names.gender(person)) in (None, gender):
                    # "Earlier, the minister had met with Ann Lee. “...,” he said.": the
                    # minister the article named with that title, not the person he met.
                    return person
                return described_newcomer(ctx, text, mention, s_lo, gender)  # else the nearest name
        elif owner := speech_owner(ctx, text, s_lo, hi, gender):
            return owner  # "The vote bears out Ann Lee's argument. “…,” she said.": whose words
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


def _verb_follows(text: str, end: int, hi: int) -> bool:
    """The word after a subject ending at ``end`` is in lower case (its verb), past an aside in
    parentheses right after it ("The EP (the first track …) allowed"): at most 200 characters."""
    at = end
    while at < hi and text[at] == " ":
        at += 1
    if at < hi and text[at] == "(":
        close = text.find(")", at, min(hi, at + 200))
        if close < 0:
            return False
        at = close + 1
    return text[at:at + 2].strip()[:1].islower()


def _bare_antecedent(ctx: ArticleContext, text: str, lo: int, subj: tuple[int, int], before: int,
                     gender: str, hi: int = -1) -> str | None:
    """The subject ``subj`` as a bare name said once ("Ann Lee was worried. “…,” she said."),
    when it is the only one in the passage who can be the pronoun, but for the names in its own
    sentence (ending at ``hi``) after it (s62); None otherwise."""
    bare = bare_subject(text, *subj) if current_language().code == "en" else None
    if bare is None and current_language().code == "en" and " " not in text[subj[0]:subj[1]]:
        # "Drake has cancelled two dates of his tour. “…,” he said.": a name of one word (mononyms.py, s54)
        return mononym_subject(ctx, text, lo, subj, text.find(".", subj[1], before) % (before + 1), before, gender)
    if bare is None or used_as_body(text, bare):
        return None
    if first_name_sex(bare) == gender:
        # (stop 53) a first name of the pronoun's sex: only someone in its own paragraph rivals it
        # ("In 2019, Ian Moss lamented … / Meanwhile, Paul Grey kept writing … “…,” he tells one.")
        lo = max(lo, text.rfind("\n", 0, subj[0]) + 1)
    return bare if sole_candidate(ctx, text, lo, before, bare, gender, (subj[1], hi)) else None


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
