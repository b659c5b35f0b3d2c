"""A quote's fields once its mention is found (``extract._zone_quotes``, for each quote):
the speaker the mention resolves to (``resolve.resolve``, a pronoun of another language read
from the paragraph), then the checks that null a speaker that names no one (a description, a
heading, a people, a word of no name), and what the article's context keeps of it for the quotes
after (the last speaker, the people credited, the unnamed). Moved out of ``extract`` whole
(stop 42). Not pure: it reads and updates the article's context (last speaker, credits,
people, the unnamed), so it runs once for each quote.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.particle_tails import with_particle_tail
from newsbeam.transforms.quotes.kind_bodies_de import kind_body_de
from newsbeam.transforms.quotes.voices_intl import hands_over, in_own_clause_de, member_before, voice_owner_intl
from newsbeam.transforms.quotes.bodies_intl import body_name
from newsbeam.transforms.quotes.institutions import glued_or_unnamed_de, institution_de, institution_fr, lower_body_fr, \
    without_occupation_de
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.kind_spokesperson import issuer_of_document, spokesperson_of_kind
from newsbeam.transforms.quotes.common_words import headline_common_word, is_heading_label, names_no_word
from newsbeam.transforms.quotes.kinds import short
from newsbeam.transforms.quotes.kind_voice_intl import kind_subject_intl
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.place_then_name import title_phrase
from newsbeam.transforms.quotes.subject_head import describes_no_one, head_speaker, is_demonym, national_adjective, \
    title_crowd
from newsbeam.transforms.quotes.pronouns_intl import personal_pronoun, pronoun_antecedent
from newsbeam.transforms.quotes.pronoun_before import SUBJECT_BEFORE
from newsbeam.transforms.quotes.headline_role import all_roles, headline_role_holder, role_only
from newsbeam.transforms.quotes.clitic_subject import clitic_mention, clitic_speaker
from newsbeam.transforms.quotes.org_surnames import shortened_person
from newsbeam.transforms.quotes.labels_intl import labelled_paragraph
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.acronym_bodies import article_acronym
from newsbeam.transforms.quotes.implied import PRO_DROP
from newsbeam.transforms.quotes.names_de import carried_owner_de, firm_word_de, names_no_one, possessor_phrase, role_taken_for_name, with_initial_stop
from newsbeam.transforms.quotes.heads_intl import bare_body
from newsbeam.transforms.quotes.written_out import WRITTEN_OUT, written_out
from newsbeam.transforms.quotes.caps_heading import caps_heading
from newsbeam.transforms.quotes.names_someone import names_someone
from newsbeam.transforms.quotes.resolve import resolve
from newsbeam.transforms.quotes.described_roles import description_holder
from newsbeam.transforms.quotes.name_heads import opening_lowercase, with_suffix, with_suffix_stop
from newsbeam.transforms.quotes.null_terms import term_of_no_one
from newsbeam.transforms.quotes.crowds import and_before, joined_body, members_body
from newsbeam.transforms.quotes.tokens import mention_at
from newsbeam.transforms.quotes.no_names import is_thing_acronym, names_a_crowd, role_alone, title_alone
from newsbeam.transforms.quotes.unnamed_speakers import note_unnamed
from newsbeam.transforms.quotes.unnamed_passage import note_unnamed_more
from newsbeam.transforms.quotes.unnamed_sources import unnamed_sources


def _sentence_start(text: str, ctx: ArticleContext, at: int) -> int:
    """Where the sentence holding ``at`` starts, within its paragraph."""
    assert ctx.sentences is not None
    return ctx.sentences.start(text.rfind("\n", 0, at) + 1, at)


# Lowercase particles a name never opens on (Spanish, Portuguese).
_PARTICLE_OPENINGS: Final = ("de ", "del ", "da ", "do ", "dos ", "das ")


def _without_relative(mention: str) -> str:
    """``mention`` without a relative pronoun that closes it ("el intendente, quien" -> "el
    intendente"), in the languages that list them."""
    words = mention.rstrip().rsplit(None, 1)
    relatives = current_language().relatives
    if len(words) == 2 and relatives and words[1].lower() in relatives:
        return words[0].rstrip(" ,")
    return mention


def _person_after_body(mention: str) -> bool:
    """Whether the spokesperson phrase ``mention`` ends on two plain capitalized words after a
    one-word body ("Sprecher des Landeskriminalamts Gjon Berisha"): the spokesperson's own name,
    no part of the body's (s57 mend: the body is not the speaker)."""
    words = mention.strip(" ,.;:").split()
    tail = words[-2:]
    return len(words) >= 4 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in tail) and \
        words[-3][:1].isupper() and not tail[0].endswith(("er", "e", "en", "es"))


_PRONOUN_NAMES: Final = frozenset("he she they it we i you him her them er sie es il elle ils elles él ella ele ela".split())


def make_quote(text: str, span: Span, zone: str, index: int, found: Finding | None,
               ctx: ArticleContext, quoted: str, kind: str, someones: bool = False) -> tuple:
    """The Quote fields; with no finding, a partial or short quote is the writer's scare quote
    unless ``someones``: the words are known to be someone's though no one is named."""
    if found is None:
        if (kind == "partial" or short(quoted)) and not someones:
            kind = "scare"
        return (zone, index, span.start, span.end, quoted, None, None, None, "none", kind, None)
    ctx.take_step()
    code = current_language().code
    # A subject read from the sentence before the quote's ("The 45-year-old is confident. “…”",
    # "Sie zeigte sich frustriert über X. „…“": pronoun_before.py) is resolved from that sentence,
    # not from the quote after it.
    said_before = _sentence_start(text, ctx, span.open_at - 1) \
        if found.rule == SUBJECT_BEFORE and found.cue is None and span.open_at > 0 else span.open_at
    speaker, attribution = resolve(found, ctx, text, said_before if code == "en" else span.open_at)
    rule, mention, step = found.rule, found.mention, ctx.take_step()
    if code == "fr" and attribution == "explicit":
        speaker = institution_fr(text, mention, found.cue_at) or lower_body_fr(text, mention, found.cue_at) or speaker
        # ("la Cour de cassation", "le parquet de Paris", "le ministère des Armées": institutions)
    elif code == "de" and attribution == "explicit":
        speaker = glued_or_unnamed_de(without_occupation_de(institution_de(mention, speaker), mention), mention)  # "Bundesregierung"; "Handballer Tim Gerlach"
    if attribution == "explicit" and code != "en":
        pronoun = personal_pronoun(found)
        if pronoun:  # "„...“, sagt er.", "dijo ella": the person the paragraph is about
            # ("Anne Roy, selon lui, ...": a pronoun after a preposition is never its own
            # sentence's subject; it is read from the sentences before)
            before = _sentence_start(text, ctx, found.cue_at) if found.rule == "pronoun_view" else said_before
            speaker, attribution = pronoun_antecedent(text, ctx, before, pronoun), "pronoun"
        elif clitic_mention(found):  # "Lo dijo porque «…»": an object pronoun, the subject dropped
            speaker, attribution = clitic_speaker(text, ctx, span.open_at), "pronoun"
    if speaker and attribution == "explicit" and not names_someone(found, speaker, ctx, text) and \
            not labelled_paragraph(found, speaker, text, span.open_at):
        speaker = None
    if speaker and " " in speaker and code in ("es", "pt") and first_name_sex(speaker) is not None and mention and \
            mention.split()[-1] == speaker.split()[-1] and len(speaker.split()) > len(mention.split()):
        # (only a name widened from a shorter mention: "disse Lula"; a name written in full stays)
        speaker = with_particle_tail(ctx.names.texts(), speaker)  # "Luiz Inácio Lula" -> "… Lula da Silva"
    if attribution == "explicit" and code != "en" and mention:
        if found.cue_at > span.open_at or hands_over(text, span.open_at) or in_own_clause_de(text, span.open_at, kind) or \
                rule == "reported_sentence_before" and not _person_after_body(mention):
            # (not "sagte dem „Spiegel“", read54; "Ein Sprecher des X sagte, … . „…“": the X's, s57)
            speaker = voice_owner_intl(mention) or speaker  # "une porte-parole d'Air France": the body (voices_intl)
        if speaker and member_before(text, _mention_end(text, mention, max(found.cue_at, span.open_at)) - len(mention)):
            speaker = None  # "Un funcionario del Ministerio de Economía dijo": the member, unnamed
    if speaker is None and attribution == "explicit" and code == "en" and mention:
        speaker = spokesperson_of_kind(mention, text, span.open_at, ctx.sentences) or issuer_of_document(
            mention, text, text.rfind(mention, max(0, span.open_at - 300), span.open_at))  # (s57)
    if speaker and attribution == "explicit" and code == "en":
        if describes_no_one(mention, speaker):
            speaker = None  # "A lawyer for Tom Hale said": the lawyer speaks, unnamed
        elif rule != "transcript_label" and caps_heading(speaker, text):
            speaker = None  # "BOCA RATON, Fla. —", "IOWA POLLS NOT WRONG - ...": a dateline, a heading
        elif names_no_word(mention, speaker, text, ctx.names) or \
                found.cue in (":", None) and is_heading_label(mention, speaker, text, span.open_at, ctx.names):
            speaker = None  # "Users responded", "Trump’s ‘Appalling’ Remarks", "Film reviews:": no name
        elif zone == "title" and headline_common_word(speaker, text, ctx.names):
            speaker = None  # "Survivor: “…”": the headline's word for people, no name (s57)
        else:
            speaker = head_speaker(found, speaker, text, ctx)  # "a court in Dorvan ruled": not Dorvan
    if speaker and attribution == "explicit" and code == "en" and speaker[:1].islower():
        speaker = opening_lowercase(speaker)  # "the paradox of Nancy": no one's name (name_heads)
    if speaker and attribution != "inherited" and code == "en" and \
            (is_demonym(speaker, ctx, attribution == "pronoun") or national_adjective(speaker, mention, ctx)
             or zone == "title" and title_crowd(speaker, text, ctx)):
        # "Marlovians say", "he" read as "the Dorvanese", "The Swedish streaming giant", "Angry Nurses Say": no one
        speaker = None
    if speaker and attribution != "inherited" and (is_thing_acronym(speaker) or code == "en" and (
            names_a_crowd(speaker, text) and not ctx.names.is_person(speaker))):
        # "Iranian Protesters Say", "Users post", "state TV said": no one (no_names.py); a body named
        # after its members that the subject's reading cut ("Citizens" of "Citizens for Tax Justice")
        speaker = members_body(text, _mention_end(text, mention, max(found.cue_at, span.open_at)), speaker)
    if speaker and attribution == "explicit" and code == "en" and mention:
        # "The Food and Drug Administration said": the body's whole name, not "Food" (s51)
        at = _mention_end(text, mention, max(found.cue_at, span.open_at))
        if at < 0 and found.cue_at >= 0:  # "…,” said the Food and …": the mention after its verb
            at = text.find(mention, found.cue_at, found.cue_at + _AFTER_CUE + len(mention))
            at = at + len(mention) if at >= 0 else -1
        speaker = joined_body(text, at, speaker) or speaker
        before_and = and_before(text, at - len(mention), speaker) if at >= len(mention) and mention == speaker else None
        speaker = (before_and or None) if before_and is not None else speaker  # "Intelligence and Security" (s52)
    if speaker and zone != "title" and attribution == "explicit" and code == "en" and title_alone(speaker):
        speaker = role_alone(speaker, ctx)  # "The President added": the one president the body names
    owner = carried_owner_de(mention, text, _mention_end(text, mention, max(found.cue_at, span.open_at))) \
        if code == "de" and attribution == "explicit" and mention else None
    full_owner = ctx.names.fullest(owner) if owner else ""
    if " " in full_owner and not firm_word_de(full_owner.split()[0]):  # (a person's: "Bayerns", "Konzern Siemens" no one's)
        speaker = full_owner  # "Hubers letzter Brief endet mit dem Satz: „…“": Huber's (names_de)
    elif speaker and code == "de" and (names_no_one(speaker) or role_taken_for_name(mention, speaker) or
                                       possessor_phrase(speaker, text)):
        speaker = None  # "Recht des Grundstückseigentümers", "von ABC", "Jahren Landwirt", "Merkels Rede": no one's name
    if speaker and code in ("es", "pt") and mention and unnamed_sources(text, found, mention, ctx):
        speaker = None  # "Fuentes del Ministerio han replicado", "Fontes do Planalto": unnamed sources (s57)
    if speaker and code in ("es", "pt") and (speaker.startswith(_PARTICLE_OPENINGS) or title_phrase(speaker) and
                                             body_name(mention) != speaker):  # ("Secretaria de Saúde": a body, s54)
        # "la Jefa de Gabinete" read as the name "Jefa de Gabinete", or as the title "Jefa" and
        # the name "de Gabinete": a capitalized title and its complement is no name, and a name
        # never opens on a lowercase particle; the description is looked up below (stop 46)
        speaker = None
    if zone == "title" and attribution == "explicit" and mention and (head := role_only(mention, ctx)):
        # "Mayor Warns of ‘Dark Days’", "Crown Prince Says …": the one person the body gives the
        # role (headline_role.py); a role read as a name is no one
        speaker = headline_role_holder(head, ctx) or speaker
    if zone == "title" and speaker and attribution == "explicit" and all_roles(speaker):
        speaker = None  # "Retired General Reveals ‘…’": title case made the role a name
    if speaker is None and attribution == "explicit" and code != "en":
        # ("el intendente, quien aclaró que": the description, without its relative pronoun)
        speaker = description_holder(text, ctx, _without_relative(mention), span.open_at) or \
            kind_subject_intl(ctx, text, mention, span.open_at)  # "indicó la compañía" after "La empresa X anunció" (s55)
    if speaker and code != "en":
        # "La Policía dice": a body's bare head noun names no one, however its word extends
        stopped = with_initial_stop(speaker, text)
        speaker = None if bare_body(mention) else written_out(stopped, text)
        if speaker is not None and speaker != stopped:
            rule = WRITTEN_OUT  # "der AStA (Allgemeiner Studierendenausschuss)": the name spelled out
    if speaker is None and attribution == "explicit" and code == "de" and mention:
        speaker = kind_body_de(text, mention, span.open_at)  # "eine Sprecherin des Unternehmens" (kind_bodies_de)
    if attribution != "inherited":
        if speaker:
            ctx.last_speaker, ctx.last_speaker_at = speaker, span.open_at
            # ("Church" for "Eric Church" names a person too: org_surnames)
            named = (is_person_like(mention) or shortened_person(mention, speaker)) and \
                (rule != "document_issuer" or ctx.names.is_person(speaker))  # (a document's issuer: often a body, s54)
            if attribution == "pronoun" or named or attribution == "explicit" and code in PRO_DROP:
                # (Spanish, Portuguese: "«…», ha contestado la portavoz." goes on in "«…», ha
                # añadido.", whose subject is dropped: the description's holder is credited too.)
                ctx.credits.append((span.open_at, speaker, span.close_at))
            if attribution == "explicit" and named and not article_acronym(mention):
                ctx.last_person = speaker
                ctx.people.append(speaker)
        else:
            ctx.last_speaker = None
            if attribution == "explicit" and code == "en":
                note_unnamed(ctx, mention, span.open_at, span.close_at, kind)  # "a resident of Dorvan said"
    if code == "en":
        note_unnamed_more(ctx, found, speaker, attribution, span.open_at, span.close_at, kind, text)  # "said the businessman"
    if speaker and step and attribution == "pronoun" and rule == "after_quote":
        rule = step  # "Hale fired back: “…,” he wrote": the resolver step that named him (--explain)
    if speaker is None and not someones and term_of_no_one(text, span, found, attribution, kind, code):  # "Das „Abschneiderecht“ beschreibt"
        return (zone, index, span.start, span.end, quoted, None, None, None, "none", "scare", None)  # (null_terms.py)
    if speaker and " " in speaker and speaker.isupper() and (plain := speaker.title()) in text:
        speaker = plain  # "ALEX RIVERA: “…”" where the article writes "Alex Rivera": its normal case (s54)
    if speaker and " " in speaker:
        # "Robert F. Kennedy Jr." where the article writes him so: the suffix and its stop, on
        # the quote only (the rules read a name's last word as the surname)
        suffixed = ctx.suffixed.get(speaker)
        if suffixed is None:
            suffixed = ctx.suffixed[speaker] = with_suffix(speaker, ctx.names.texts())
        speaker = with_suffix_stop(suffixed, text)
    elif speaker and "." in speaker:
        speaker = with_suffix_stop(speaker, text)  # "The U.S. announced …": "U.S.", its stop kept
    if speaker and speaker.lower() in _PRONOUN_NAMES and speaker not in [w.strip(".,;:") for w in (mention or "").split()]:
        speaker = None  # "said Senator. She sells …": a title alone, the next sentence's pronoun is no name (s57)
    return (zone, index, span.start, span.end, quoted, speaker, mention, found.cue, attribution, kind, rule)


_AFTER_CUE: Final = 80  # characters after a cue read for the mention that follows it


def _mention_end(text: str, mention: str, before: int) -> int:
    """Where ``mention`` ends in ``text``, read back from ``before`` (its cue or the quote; -1 if not there)."""
    at = mention_at(text, mention, before)
    return at + len(mention) if at >= 0 else -1
