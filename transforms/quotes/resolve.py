"""From a mention to a speaker: pronouns, roles, the fullest name."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.whom_clause import whom_opener
from newsbeam.transforms.quotes.first_names import is_first_name
from newsbeam.transforms.quotes.given_alone import given_alone
from newsbeam.transforms.quotes.rank_names import rank_full_name
from newsbeam.transforms.quotes.bare_names import bare_person
from newsbeam.transforms.quotes.body_holder import holder_after_body
from newsbeam.transforms.quotes.word_speakers import word_speaker
from newsbeam.transforms.quotes.body_described import described_by_body, without_acronym
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.counted_de import counted_role, counted_subject
from newsbeam.transforms.quotes.governed_name import governed_group
from newsbeam.transforms.quotes.antecedents import (
    aged_subject, described_subject, given_age_holder, named_person, nearest_person, opening_subject, own_subject,
    named_in_passage, role_then_name)
from newsbeam.transforms.quotes.lexicon import (
    CUES, DETERMINERS, DOCUMENTS, FUNCTION_WORDS, GROUP_WORDS, ORG_NOUNS, PERSONAL, POSSESSIVE_PRONOUNS,
    PRONOUNS, ROLE_WORDS, SPOKESPEOPLE, TITLES)
from newsbeam.transforms.quotes.described import (
    CHIEF_WORDS, agent_head, apposed_to_other, described_otherwise, described_people)
from newsbeam.transforms.quotes.closing_reporter import reported_before
from newsbeam.transforms.quotes.owned_words import carried_owner, owner_before_addressee
from newsbeam.transforms.quotes.issuers import (DEFINITE, PLATFORMS, document_subject, earlier_issuer,
    earlier_voice, owner_of_voice, platform_is_subject, platform_owner, platform_poster)
from newsbeam.transforms.quotes.kin_reference import kin_noun, mention_owner_sex, named_relative
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.names_de import without_year
from newsbeam.transforms.quotes.lexicon_de import DEFINITE_ARTICLES
from newsbeam.transforms.quotes.dated_modifier import without_day
from newsbeam.transforms.quotes.outlet_source import OUTLET_RULES
from newsbeam.transforms.quotes.nationals import aged_description, epithet, epithet_fits, person_noun, unnamed_member
from newsbeam.transforms.quotes.sources import is_placed_source
from newsbeam.transforms.quotes.titles import is_title_word, split_title, without_role_word
from newsbeam.transforms.quotes.trailing_place import office_of_body
from newsbeam.transforms.quotes.tokens import NAME_HOMOGRAPHS, capital_pronoun, mention_at, trim
from newsbeam.transforms.quotes.unnamed import (
    bare_people, described_holder, member_of_group, pronoun_can_name, speaks_for_someone, without_of_topic)
from newsbeam.transforms.quotes.named_bodies import body_by_kind, head_body
from newsbeam.transforms.quotes.he_surname import he_surname_person
from newsbeam.transforms.quotes.speaking_body import described_kind, kind_body
from newsbeam.transforms.quotes.honorific_sex import honorific_person, person_of_sex
from newsbeam.transforms.quotes.relative_head import relative_head
from newsbeam.transforms.quotes.near_rival import unrivalled
from newsbeam.transforms.quotes.org_surnames import org_word_person
from newsbeam.transforms.quotes.sentences_before import subject_before
from newsbeam.transforms.quotes.apposed_name import apposed_name
from newsbeam.transforms.quotes.bodies_intl import body_name
from newsbeam.transforms.quotes.told_outlets import is_outlet_name
from newsbeam.transforms.quotes.sole_person import sole_person
from newsbeam.transforms.quotes.authored_documents import author_after
from newsbeam.transforms.quotes.it_subject import body_before, own_body
from newsbeam.transforms.quotes.voice_owner import voice_for, voice_owner
from newsbeam.transforms.quotes.team_lead import other_team, team_lead
from newsbeam.transforms.quotes.named_pairs import pair_speaker
from newsbeam.transforms.quotes.reported_within import REPORTED_WITHIN
from newsbeam.transforms.quotes.saint_places import after_saint_word
from newsbeam.transforms.quotes.place_then_name import titled_holder

# (Starting only at a run's first space, taken whole: linear, where ",?\s+" tried every space.)
_RELATIVE_TAIL: Final = re.compile(r"(?<!\s),?\s++(?:who|which|that)$")
_RELATIVE_ENDINGS: Final = ("who", "which", "that", "who\n", "which\n", "that\n")  # where it can match
_BARE_RELATIVES: Final = frozenset(("who", "which", "that", "whom"))

# A piece's writer in its own text: "excerpts from Ann Lee's new book", "adapted from ... by Ann Lee", "By Ann Lee".
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
    mention = without_day(without_year(found.mention))  # "wie Foucault 1982 sagte": when, not who; "a Tuesday editorial"
    if current_language().code == "en" and found.how == "explicit" and unnamed_member(mention.split()):
        return None, "explicit"  # "Another Muslim who worshiped there said": someone unnamed (s52)
    if current_language().code == "de" and found.how == "explicit" and counted_role(mention, ctx):
        return counted_subject(ctx, text, before, mention), "explicit"  # "sagte der 15-malige Major-Sieger" (s52)
    if found.how == "explicit" and (body := body_name(mention, text, found.cue_at if found.cue_at >= 0 else before)) is not None:
        return body or None, "explicit"  # "La Fiscalía General del Estado informó", "o boletim da Secretaria de Saúde" (s54)
    holder = titled_holder(mention, text, found.cue_at if found.cue_at >= 0 else before) \
        if found.how == "explicit" else None
    if holder == "":
        return None, found.how  # "la hija del alcalde de Medellín Federico Gutiérrez": not the holder (read46e)
    if holder:
        found.mention = holder  # (the name is what the mention names: quote_fields.names_someone)
        full = ctx.names.fullest(holder)  # (not the run itself, that the name index may hold whole)
        return (holder if full.endswith(" " + holder) else full), "explicit"  # "el alcalde de Medellín Federico Gutiérrez"
    head = relative_head(found.mention, text, found.cue_at, ctx) if found.how != "inherited" else None
    if head is None and found.how == "explicit":
        head = apposed_name(found.mention, text, found.cue_at, ctx)  # "Ann Lee, the British diplomat, …, remarked"
    if head:
        return head, "explicit"  # "Ruth Kim, a senator who called it “…”": the name the description stands beside
    if found.how == "explicit" and after_saint_word(mention, text, found.cue_at if found.cue_at >= 0 else before):
        return None, found.how  # "el alcalde de San Martín de Valdeiglesias": a place's name, no one's
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
        mention = holder_after_body(mention) or mention  # "Bank of Canada Governor Tiff Macklem" (s62)
        mention = carried_owner(mention)  # "Tom Hale’s statement", "Her letter": the owner's words (owned_words.py)
        at = mention_at(text, found.mention, found.cue_at)
        owner = owner_before_addressee(text, at) if at > 0 else None
        if owner:  # "Trump’s letter to Støre went on to …": the letter's owner, not its addressee
            mention = found.mention = owner
    words = mention.split()
    acronym = bool(words) and capital_pronoun(words[0], found.cue or "")  # "The WHO said": no "who" (s63)
    low = words[0].lower() if words and not acronym else words[0] if words else ""
    if found.how == "inherited":
        return ctx.last_speaker, "inherited"
    if current_language().code == "en" and (pair := pair_speaker(ctx, text, before, words)):
        return pair, "explicit"  # "Amy Sorensen and Luke Barraclough were married. “…,” the couple said." (s55)
    noun = kin_noun(words) if len(words) <= 5 else None
    if noun is not None:
        relative = named_relative(text, before, noun, mention_owner_sex(words))
        if relative:  # "his son" after "his eldest son Trey": Trey (kin_reference)
            return ctx.names.fullest(relative), "explicit"
    if found.rule in OUTLET_RULES:
        return ctx.names.fullest(mention), "explicit"  # "Le Canard enchaîné", "Le Pen" (the fullest)
    if found.rule == REPORTED_WITHIN or is_placed_source(mention):
        # a subject inside another's report (reported_within.py); "a person close to Lee": not Lee
        return None, "explicit"
    if current_language().code == "en" and governed_group(mention) and not ctx.names.is_proper(mention.split()[0]):
        return None, "explicit"  # "Shoppers in Leeds said": a group, not Leeds (governed_name.py)
    if described_by_body(mention):
        return None, "explicit"  # "el rector de la Universidad Nacional": not the university
    author = author_after(text, mention, found.cue_at, before) if current_language().code == "en" and \
        found.how == "explicit" else None
    if author is not None:  # "according to a statement from Acme Corp"; "… seen by Reuters": no one (s55)
        return resolve(Finding(author, found.cue, "explicit", found.cue_at, found.rule), ctx, text, before) \
            if author else (None, "explicit")
    issuer = document_subject(ctx, text, found.cue_at)
    if issuer:  # "A post by the President’s Secretariat on X said": the issuer, whatever stands before the verb
        return issuer, "explicit"
    if mention in PLATFORMS and found.how == "explicit":
        if platform_is_subject(text, mention, found.cue_at if found.cue_at >= 0 else before):
            return mention, "explicit"  # "Twitter said in a statement": the company speaks
        # "Ann Lee posted to Twitter asking “...”": a platform carries words; the subject says them, if a person.
        return platform_poster(ctx, text, found.cue_at), "explicit"
    if len(words) == 1 and low in _BARE_RELATIVES and found.cue and found.cue.split()[0].lower() in CUES:
        # "the groups who wrote to her say", "a surrogate who said": a relative whose phrase was not read, subject of a
        # reporting verb: someone unnamed, never the last speaker.
        return None, "pronoun"
    if len(words) == 1 and (low in PRONOUNS or low in POSSESSIVE_PRONOUNS):
        low = POSSESSIVE_PRONOUNS.get(low, low)
        if mention == "He" and found.cue_at >= 3 and current_language().code == "en":
            person = he_surname_person(ctx.names.texts(), text, found.cue_at - 3)
            if person:  # "“…,” He tells TIME" after "He Xiaopeng" (he_surname.py)
                return person, "explicit"
        if low in ("he", "she"):
            person = antecedent(ctx, text, before, "m" if low == "he" else "f", found.cue_at)
            if person is None and ctx.unnamed_pronoun_at == before:
                found.rule = "unnamed_speaker_pronoun"  # the unnamed one before, shown in --explain
            return person, "pronoun"
        if low == "i":
            # "“Your Honor,” I said": "I" outside the marks is the writer, named only where the piece says whose it is.
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
        body = body_before(ctx, text, before) if low == "it" and ctx.last_speaker is None and \
            current_language().code == "en" else None
        if body:  # "Kabul Herald also announced the results. “…,” it said." (s55)
            return resolve(Finding(body, found.cue, "explicit", found.cue_at, found.rule), ctx, text, before)
        if low == "they" and ctx.last_speaker and ctx.last_speaker != ctx.team_lead and (
                ctx.last_speaker in ctx.people or ctx.names.is_person(ctx.last_speaker)):
            # "they" are several: never the one person last quoted (a study's first author speaks for the team)
            return None, "pronoun"
        return ctx.last_speaker, "pronoun"
    if len(words) == 1 and (trim(low) in GROUP_WORDS and trim(low) not in _PARTIES or bare_people(
            mention, ctx.names.texts())) and not ctx.names.is_person(trim(mention)):
        return None, found.how  # "Critics ask:", "Officials said": a group, no one named
    lead = team_lead(mention, words)
    if lead:
        # "researchers led by Jacob L. Bongers of the University of Sydney", "authors Ann Lee and Tom Hale": the
        # study's first author speaks for the team; "the team", "the researchers", "the study" then mean that person.
        ctx.team_lead, ctx.team_lead_at = ctx.names.fullest(lead), before
        return ctx.team_lead, "explicit"
    if low in ("the", "their") and len(words) == 2 and trim(words[1]).lower() in _TEAM_WORDS:
        # The team last introduced before the quote, even where it did not speak: "Now, scientists led by Ann Lee …".
        at = text.rfind(" led by ", max(0, before - 5000, ctx.team_lead_at), before)
        lead = team_lead(text[max(0, at - 40):at + 120], []) if at >= 0 and not other_team(text, at, before) else None
        if lead:
            ctx.team_lead, ctx.team_lead_at = ctx.names.fullest(lead), at
        if ctx.team_lead:
            return ctx.team_lead, "explicit"
    if low in DETERMINERS and "from" in words[2:4] and trim(words[words.index("from") - 1]) in ROLE_WORDS:
        # "The senator from Vermont": a role and its place, no name (but "the senator from Ohio, Ann Lee", s52).
        person = role_then_name(mention) or ctx.names.role(trim(words[words.index("from") - 1]), text, before, mention)
        return (ctx.names.fullest(person) if person else None), "explicit"
    if low in ("a", "an", "the") and current_language().code == "en" and (v := voice_for(ctx.names, words[1:], text, before)):
        return v, "explicit"  # "“…,” said a spokeswoman for Harlow Bank", "a spokesman for Ann Lee" stays unnamed (s58)
    if (low in DETERMINERS and current_language().code == "en" and speaks_for_someone(words[1:])) or member_of_group(words):
        return None, "explicit"  # "a spokesman for President and CEO Tom Hale": unnamed (issue 16)
    person = org_word_person(ctx, text, mention)
    if person:  # "Church shares" after "Eric Church, the singer": the person (org_surnames)
        return person, "explicit"
    aged = aged_description(found.mention, text, found.cue_at if found.cue_at >= 0 else before) \
        if current_language().code == "en" and found.how == "explicit" else None
    if aged:  # "The Oscar winner, 36,", "The Toffees boss, 53,": someone described, no name; whom, not read (s62)
        return None, "explicit"
    if current_language().code == "en" and person_noun(words):  # "the Spaniard", "the Wisconsin Republican" (s51)
        return aged_subject(ctx, text, before, words), "explicit"
    peer = peerage(words) if current_language().code == "en" else None
    if peer:  # "the Duke of Kent", "the Earl of Wessex" (earl is no title: "Earl Ray")
        return ctx.names.holder(words, text) or peer, "explicit"
    if len(words) == 1 and (one := word_speaker(ctx.names, mention, text, found.cue_at > before, found.cue or "")):
        return one, "explicit"  # "al-Sharaa said" after "Ahmed al-Sharaa"; "McDonald's said" (s62)
    if is_person_like(mention):
        name = split_title(mention)
        if name and not acronym and all(trim(w) in FUNCTION_WORDS for w in name.split()) and not (
                trim(name) in NAME_HOMOGRAPHS and ctx.names.is_surname(name)):
            return None, "explicit"  # "None of MacAlister’s", "Another": no one ("May" is, after "Theresa May")
        bare = [w for w in words if w.lower() not in DETERMINERS]
        last = trim(name.split()[-1]) if name else ""
        if name and low in DETERMINERS and 1 < len(bare) <= 3 and last in TITLES:
            # "the Conservative MP", "the French President": the one person titled so, or no one
            return ctx.names.holder(words, text), "explicit"
        if name and current_language().code == "de" and low in current_language().determiners and " " not in name \
                and trim(name) not in TITLES and is_title_word(trim(name)):
            return None, "explicit"  # "der junge Polizist": a German role noun, no name (earlier_role's)
        if name and len(bare) == 1 and low in DETERMINERS and name != bare[0] and trim(bare[0]) in TITLES:
            name = bare[0]  # "The Governor": the title, whatever split_title left of it (s50)
        if name and len(bare) == 1 and (trim(name) in TITLES or trim(name) in ROLE_WORDS) \
                and (low in DETERMINERS or not ctx.names.is_surname(name)):
            # "the President" (a title even where "French President" ran as a name), "Historian": its holder.
            person = ctx.names.role(name, text, before, mention) or (  # "Acme’s CEO, Ann Lee," (s62)
                ctx.names.holder(words, text) if low in DETERMINERS and name.isupper() else None)
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
            name = rank_full_name(ctx.names, name) or name  # "Prince Mohammed" -> "Mohammed bin Salman"
            if " " not in name:
                name = ctx.names.given_name(name) or given_alone(ctx.names, name, text) or (
                    ctx.names.given_name(name, bare_person) if current_language().code == "en" else None) or name
            name = without_acronym(without_role_word(_without_article(name), text))
            # "The IOC said" where the article writes out "International Olympic Committee" (s51)
            expanded = ctx.names.expansion(name) if name.isupper() and current_language().code == "en" else None
            return expanded or name, "explicit"  # (other languages: written_out, in quote_fields)
    # A nominal: a role may be someone titled so ("the premier"); a body named in it speaks ("Thames Valley Police").
    rest = words[1:] if low in DETERMINERS else words
    head = trim(rest[-1]) if rest else ""
    owner = owner_of_voice(rest)
    if owner:
        # "a CIA spokesperson", "a PID press release": a named body's voice or document speaks for the body.
        body = voice_owner(ctx.names, owner if owner.isupper() else _without_article(owner), text, before)
        if trim(rest[-1]) in _POLLS and body != owner and is_first_name(body.split()[0]):
            body = owner  # "A Harris poll" after "Kamala Harris": a polling firm's, no person's (read51)
        return body, "explicit"
    kind = _kind_of_voice(rest) if current_language().code == "en" else None
    if kind:
        # "a company spokeswoman", "a spokesman for the company": the company "the company" is (s54)
        return kind_body(["the", kind], ctx, text, before, found), "explicit"
    if len(rest) == 2 and rest[0] == "police" and trim(rest[1]) in SPOKESPEOPLE and current_language().code == "en":
        # "a police spokesperson told TIME" after "Thames Valley Police confirmed …": the one force named (s50)
        return body_by_kind(["the", "police"], ctx, text, before), "explicit"
    if low in DEFINITE and rest and rest[-1].islower():
        issuer = earlier_issuer(ctx, text, before, found.cue_at, rest)
        if issuer:
            # "The statement read", "the press release further stated", "the post said": the document the article
            # last named with its issuer ("a press release issued by PID", "the FO statement", "a post by ...").
            return issuer, "explicit"
    if low == "the" and len(rest) == 2 and head in CHIEF_WORDS and rest[0][:1].isupper() and \
            current_language().code == "en":
        # "the UN chief" after "UN Secretary-General Antonio Guterres", "the Arsenal boss" (organisation_chief)
        return ctx.names.chief_of(rest[0].strip(",.;:’")), "explicit"
    if (head in TITLES or head in ROLE_WORDS or rest and agent_head(trim(rest[-1])) and ctx.names.described(words, text, before)) \
            and (rest[-1].islower() or len(rest) == 1):  # ("the musician" after "Tom Luboku, a musician": s59)
        person = ctx.names.holder(words, text)  # "the U.S. president": one titled so (titled_holder)
        if person:
            return person, "explicit"
        person = ctx.names.described(words, text, before) if current_language().code == "en" else None
        if person:
            # "the 43-year-old lawyer" after "Ann Lee, 43, a lawyer": the one described so (described_person)
            return person, "explicit"
        person = given_age_holder(ctx, text, before, words) if current_language().code == "en" else None
        if person and not described_otherwise(described_people([text[:before]]), person, words) and \
                not apposed_to_other(text, words, person, before):
            # "the 43-year-old lawyer" after "Jorge Morell, 43,": the one person the article gave
            # that age, named just before (s54; an age given to anyone else too: no one).
            return person, "explicit"
        if head in SPOKESPEOPLE and len(rest) == 1 and low in ("the", "a", "an") and current_language().code == "en":
            # "the spokesperson added" after "the Foreign Office spokesperson" (rule earlier_voice);
            # "The Department of State confirmed the call. “…,” said a spokesperson." (s55)
            voice = earlier_voice(ctx, text, before, head) if low == "the" else None
            body = None if voice else body_before(ctx, text, before)
            if body:
                return resolve(Finding(body, found.cue, "explicit", found.cue_at, found.rule), ctx, text, before)
            return voice, "explicit"
        if head == "police" and len(rest) == 1 and low == "the" and current_language().code == "en" and \
                (found.cue or "").split()[:1] != ["called"]:  # (not "a relative “…” called the police")
            # "the police said" after "the Metropolitan Police has launched …": the one force named (s50)
            return kind_body(words, ctx, text, before, found), "explicit"
        # "The German leader": no name (guessing the one person its paragraph names was measured worse: 25 of 45);
        # "the singer" after "Taylor Swift thanked fans.": the subject named right before, if alone (s63).
        return epithet_fits(words, aged_subject(ctx, text, before, words)) if epithet(words) else None, "explicit"
    if low in DETERMINERS and current_language().code == "en" and described_holder(rest):
        return None, "explicit"  # "a resident of Dorvan", "a spokesperson for Marlow": unnamed
    if office_of_body(words):  # "the Governor of the Bank of England": its holder or no one (review43 F3)
        return ctx.names.holder(words, text), "explicit"
    if current_language().code == "en" and described_kind(words):
        return None, "explicit"  # "the Lebanese group": no name (s62; which body the adjective means, not read)
    if any(w[:1].isupper() for w in rest) and (rest[-1][:1].isupper() or head in ORG_NOUNS):
        if current_language().code == "de" and len(rest) > 2 and rest[0].lower() in DEFINITE_ARTICLES and \
                all(w[:1].isupper() for w in rest[1:]):
            rest = rest[1:]  # "teilte die Deutsche Bank mit": the name without its article, not "der Aufsichtsrat der Bank" (s58)
        body = _untitled_owner(_without_article(" ".join(rest)))
        # "The IOC said" where the article writes out "International Olympic Committee" (s51)
        expanded = ctx.names.expansion(body) or head_body(body, ctx.names.texts()) \
            if " " not in body and current_language().code == "en" else None  # ("the Bank": of England, s63)
        return expanded or body, "explicit"
    # "the 85-year-old Nobel Peace Prize winner": a description; the person before it, if alone (aged_subject).
    if current_language().code != "en":
        return None, "explicit"
    body = kind_body(words, ctx, text, before, found)  # "the ministry", "the outlet": named_bodies, speaking_body
    if body:
        return body, "explicit"
    return aged_subject(ctx, text, before, words), "explicit"


_POLLS: Final = frozenset(("poll", "polls", "survey"))
# Kinds of a body whose unnamed voice speaks for the one body of that kind the article just named.
_VOICED_KINDS: Final = frozenset(("company", "firm", "club"))


def _kind_of_voice(rest: list[str]) -> str | None:
    """"company" for "company spokeswoman" and "spokesman for the company" (``rest``, the words
    after the determiner), "club" for "club spokesperson"; None otherwise."""
    words = [trim(w) for w in rest]
    if len(words) == 2 and words[0] in _VOICED_KINDS and words[1] in SPOKESPEOPLE:
        return words[0]
    if len(words) == 4 and words[0] in SPOKESPEOPLE and words[1:3] == ["for", "the"] and words[3] in _VOICED_KINDS:
        return words[3]
    return None
# Words for a research team and its work, that the team's named lead speaks for.
_TEAM_WORDS: Final = frozenset("team researchers scientists authors study paper".split())
# A peer's title is what the article calls them by ("the Duke of Kent") where it gives no other name (s50).
_PEERAGE: Final = frozenset("duke duchess earl countess marquess marchioness baron baroness viscount viscountess "
                            "prince princess".split())


def peerage(words: list[str]) -> str | None:
    """ "Duke of Kent" for "the Duke of Kent" (a peerage, or a prince's title, of a place); None
    for any other office."""
    if len(words) >= 4 and words[1].lower() in _PEERAGE and words[2] == "of" and words[0].lower() == "the":
        return " ".join(words[1:]).strip(",.;:’'")
    return None


def _without_article(name: str) -> str:
    """An organisation's name without a leading article or "X-based": "The Independent" ->
    "Independent", "The Ramallah-based Palestinian Authority" -> "Palestinian Authority"."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (words[k] in ("The", "the") or words[k].endswith("-based")):
        k += 1
    return " ".join(words[k:]) if k else name


def _untitled_owner(body: str) -> str:
    """"President Macron’s office" -> "Macron’s office" (s52): the owner of a body without the
    titles before its name, as the guide writes "Macron’s office"; "CDC's website" -> "CDC": a
    document speaks for its owner (s54)."""
    for mark in ("’s ", "'s "):
        owner, sep, tail = body.partition(mark)
        if sep and owner[:1].isupper() and tail.strip(" ,.;:") in DOCUMENTS:
            return split_title(owner) or owner  # "The CDC's website advises": the CDC's words (s54)
        if sep and " " in owner and tail[:1].islower():
            name = split_title(owner)
            return (name or owner) + sep + tail
    return body


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
    opener = whom_opener(ctx, text, cue_at, pronoun)
    if opener >= 0:  # "He talked up Ken Ito, whom he described as “…”": the sentence's "He", never Ito
        return antecedent(ctx, text, opener, gender)
    found = own_subject(ctx, text, lo, before, cue_at, gender, pronoun)
    if found is None and cue_at > before:
        found = opening_subject(ctx, text, lo, before, gender)
    if found is None:  # (", said Ann Lee, a broker." right before: inverted_names)
        found = reported_before(ctx, text, lo, before, gender) or subject_before(ctx, text, lo, before, gender, pronoun)
        if found and is_outlet_name(text, found, before):
            found = None  # "Reuters asked Pep Guardiola …. “…,” he said.": an outlet is no "he" (s54)
        if found:  # another of that sex named nearer, as no subject: ambiguous (near_rival)
            found = unrivalled(ctx, text, lo, before, gender, found)
            if found is None:
                return None
    if not found and ctx.sentences is not None:
        # "... a resident named Caroline. “…,” she said": the one the sentence before the quote's introduces.
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
        if found and is_outlet_name(text, found, before):
            found = None  # "Reuters asked Pep Guardiola …": an outlet is no "he" (s54)
        found = unrivalled(ctx, text, lo, before, gender, found) if found else found
    if found is None:
        for person in reversed(ctx.people):
            known = ctx.genders.get(person) or names.gender(person)
            if known in (None, gender):
                # Past a refused name ("in her province of Pathum Thani"), someone named earlier only
                # if the passage names them: else null, not the article's best-known name.
                if not refused or named_in_passage(text, lo, before, person):
                    found = unrivalled(ctx, text, lo, before, gender, person)
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
