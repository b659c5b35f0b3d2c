"""The attribution rules, in the order a reader tries them: ``RULES``.

Each rule takes a quote's ``Site`` and the article's context and returns a ``Finding`` (the
mention of who spoke, the cue, how) or None; the first rule that finds something credits the
quote, and its name is recorded with the quote (``Quote.rule``, ``newsbeam extract --explain``).
To add a rule, write a function of ``(site, ctx)`` and put it in ``RULES`` where it belongs.

After the rules, a partial quote ("Ruiz branded the plan a ‘shell game’") that none of them
credits goes to the subject of its sentence (``SENTENCE_SUBJECT``, in extract.py), unless it
is the writer's label on a noun.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsbeam.transforms.quotes.headline_verbs import second_verb_subject
from newsbeam.transforms.quotes.according_phrase_de import ACCORDING_PHRASE, according_phrase
from newsbeam.transforms.quotes.book_author_de import BOOK_WORDS, book_words
from newsbeam.transforms.quotes.summing_up_de import SUMMING_UP, summing_up
from newsbeam.transforms.quotes.headline_after import stops_short_of_cue
from newsbeam.transforms.quotes.according_after import according_after
from newsbeam.transforms.quotes.words_of import WORDS_OF, words_of
from newsbeam.transforms.quotes.manner_after import MANNER_AFTER, manner_after
from newsbeam.transforms.quotes.per_source import PER_SOURCE, per_source
from newsbeam.transforms.quotes.coordinated_after import coordinated_after
from newsbeam.transforms.quotes.as_said import as_said
from newsbeam.transforms.quotes.quoted_nickname import quoted_nickname
from newsbeam.transforms.quotes.for_person import for_person
from newsbeam.transforms.quotes.for_person_inside import for_person_inside
from newsbeam.transforms.quotes.own_attribution import own_attribution
from newsbeam.transforms.quotes.first_person import first_person_after_named
from newsbeam.transforms.quotes.participle_opener import participle_subject
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.headings import heading_name
from newsbeam.transforms.quotes.headline_subject import headline, headline_subject, kicker_word, listed_first
from newsbeam.transforms.quotes.language import LANGUAGES, current as current_language
from newsbeam.transforms.quotes.rule_languages import rules_for
from newsbeam.transforms.quotes.lexicon import DOCUMENTS
from newsbeam.transforms.quotes.incise import inner_incise
from newsbeam.transforms.quotes.opening_word import opening_word
from newsbeam.transforms.quotes.inverted_subject import inverted_description
from newsbeam.transforms.quotes.issuers import subject_issuer
from newsbeam.transforms.quotes.subject_head import widen_to_description
from newsbeam.transforms.quotes.placed_subject import placed_subject
from newsbeam.transforms.quotes.adjunct_subject import person_before_acronym
from newsbeam.transforms.quotes.headline_label import HEADLINE_LABEL
from newsbeam.transforms.quotes.verb_first_clause import according_verb, verb_first_clause
from newsbeam.transforms.quotes.verb_first_subject import verb_first_subject
from newsbeam.transforms.quotes.view_openers import view_opener
from newsbeam.transforms.quotes.quoted_as import quoted_after, quoted_source
from newsbeam.transforms.quotes.owned_claim import claim_owner_at
from newsbeam.transforms.quotes.shapes import LABEL, lead_in
from newsbeam.transforms.quotes.voices_intl import voice_ending_at
from newsbeam.transforms.quotes.sentence_siblings import names_thing
from newsbeam.transforms.quotes.trailing import (
    after_quote, closing_attribution, new_sentence_reports_it, signature_line)
from newsbeam.transforms.quotes.repeated import REPEATED_QUOTE
from newsbeam.transforms.quotes.heading_quotes import HEADING_QUOTE
from newsbeam.transforms.quotes.headline_quotes import HEADLINE_QUOTE
from newsbeam.transforms.quotes.open_paragraphs import OPEN_PARAGRAPH
from newsbeam.transforms.quotes.coordinated_quotes import COORDINATED_QUOTE
from newsbeam.transforms.quotes.colon_clause import COLON_CLAUSE, colon_clause
from newsbeam.transforms.quotes.colon_de import colon_subject
from newsbeam.transforms.quotes.colon_opener_de import COLON_OPENING_NAME, colon_opening_name
from newsbeam.transforms.quotes.colon_far import COLON_FAR_SUBJECT, colon_far_subject
from newsbeam.transforms.quotes.quoted_object import quoted_object
from newsbeam.transforms.quotes.rules_before import dropped_subject, previous_quote, reported_sentence_before, \
    writer_paragraph_before
from newsbeam.transforms.quotes.rules_de import according_postposition, aged_description, incise_before, \
    prepositional_mention
from newsbeam.transforms.quotes.rules_fr import cest_ainsi, inverted_pronoun, listed_quote, no_subject, pronoun_view, read_in
from newsbeam.transforms.quotes.departments import without_department
from newsbeam.transforms.quotes.embedded_speaker import embedded_speaker
from newsbeam.transforms.quotes.inside_subject import after_preposition
from newsbeam.transforms.quotes.outlet_source import outlet_after, outlet_opener
from newsbeam.transforms.quotes.messages import message_sent
from newsbeam.transforms.quotes.possessed_speech import POSSESSED_SPEECH, possessed_speech
from newsbeam.transforms.quotes.quoted_remark import QUOTED_REMARK, quoted_remark
from newsbeam.transforms.quotes.separable import separable_verb
from newsbeam.transforms.quotes.particle_judgement_de import PARTICLE_JUDGEMENT, particle_judgement
from newsbeam.transforms.quotes.heisst_es import HEISST_ES_BEI, heisst_es_bei
from newsbeam.transforms.quotes.signed_after import SIGNED_AFTER, signed_after
from newsbeam.transforms.quotes.wie_clause import WIE_CLAUSE, wie_clause
from newsbeam.transforms.quotes.comme_clause import COMME_CLAUSE, comme_clause
from newsbeam.transforms.quotes.own_words_fr import OWN_WORDS, own_words
from newsbeam.transforms.quotes.these_words_fr import THESE_WORDS, these_words
from newsbeam.transforms.quotes.topic_label_de import topic_label
from newsbeam.transforms.quotes.das_after import DAS_AFTER, das_after
from newsbeam.transforms.quotes.after_sentence_de import SO_AFTER, so_after
from newsbeam.transforms.quotes.possessed_label_de import POSSESSED_LABEL, possessed_label
from newsbeam.transforms.quotes.possessed_label_intl import POSSESSED_LABEL_INTL, possessed_label_intl
from newsbeam.transforms.quotes.unlisted_lead import UNLISTED_LEAD, unlisted_lead
from newsbeam.transforms.quotes.with_words_de import WITH_WORDS, with_words
from newsbeam.transforms.quotes.aged_antecedent import AGED_ANTECEDENT, aged_antecedent
from newsbeam.transforms.quotes.mood import REPORTED_MOOD_QUOTE
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.lexicon import DETERMINERS
from newsbeam.transforms.quotes.tokens import according, mark_end, trim
from newsbeam.transforms.quotes.verb_colon import COLON_AFTER_VERB
from newsbeam.transforms.quotes.antecedents import OPENING_SUBJECT
from newsbeam.transforms.quotes.written_out import WRITTEN_OUT
from newsbeam.transforms.quotes.paraphrase_before import PARAPHRASE_BEFORE, paraphrase_before
from newsbeam.transforms.quotes.roundup_phrases import ROUNDUP_PHRASE, roundup_phrase
from newsbeam.transforms.quotes.reported_within import REPORTED_WITHIN, reported_within
from newsbeam.transforms.quotes.thus_said import THUS_SAID, thus_said
from newsbeam.transforms.quotes.capital_titles import lower_title

Rule = Callable[[Site, ArticleContext], "Finding | None"]

_LABEL_SECOND: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’-")


def transcript_label(site: Site, ctx: ArticleContext) -> Finding | None:
    """"HOST: Welcome back, ..." inside the quote names its speaker."""
    text, span = site.text, site.span
    # (LABEL's first two characters are a capital and a capital, "." "'" "’" or "-".)
    label = LABEL.match(text, span.start) if "A" <= text[span.start] <= "Z" and \
        text[span.start + 1:span.start + 2] in _LABEL_SECOND else None
    if label and len(label.group(1)) > 2:
        return Finding(label.group(1), ":", "explicit")
    return None


def continued_paragraph(site: Site, ctx: ArticleContext) -> Finding | None:
    """A later paragraph of a quotation that runs over several belongs to the same speaker."""
    prev = site.prev
    if site.span.continued and prev is not None and prev.mention:
        return Finding(prev.mention, prev.cue, "inherited", prev.cue_at)
    return None


def after_quote_rule(site: Site, ctx: ArticleContext) -> Finding | None:
    """The words right after the closing mark: ``," Trump said``, ``," said Trump``, ``— Trump``."""
    text, span = site.text, site.span
    if span.close_at < 0:
        return None
    cues, sentences = ctx.cues, ctx.sentences
    assert cues is not None and sentences is not None
    lo = mark_end(text, span)
    found = after_quote(text, cues, sentences, lo, site.tail_hi)
    found = quoted_after(text, found, site.tail_hi) or found  # "“…,” TASS quoted Peskov as saying": his (s62)
    if found and not new_sentence_reports_it(text, span, sentences, lo, site.tail_hi, found):
        found = None
    if found and found.cue_at >= lo and not text[lo:found.cue_at].strip() and \
            text[span.open_at - 4:span.open_at].split()[-1:] in (["a"], ["an"], ["the"]) and \
            text[span.start:span.end].rstrip()[-1:].isalnum() and (found.cue or "").partition(" ")[0] in _OBJECT_VERBS:
        return None  # "found after a “young female relative” called Ann Lee": the quote is the verb's subject (s50)
    if found and site.zone == "title" and stops_short_of_cue(text, lo, found.mention, found.cue_at):
        return None  # "With ‘Dart Frog’ Toxin, Governments Say": the word after is no speaker
    if found and not found.mention and text[site.sent_lo:span.open_at].strip():
        # "... had “attacked” Lee, and said ...": the subject is before the quote, if named there
        inner = lead_in(text, cues, site.sent_lo, span.open_at, None, ctx)
        return inner if inner is not None and inner.how == "explicit" else found
    if found and found.mention.startswith("that ") and \
            text[lo:found.cue_at].strip(" ,") == found.mention and text[lo:lo + 1].isspace() and \
            not text[lo:found.cue_at].rstrip().endswith(","):  # (", said The Guardian": inverted, s50)
        # "The “dirty tricks” that Ann Lee accused Hale of": a relative clause whose subject is
        # right before its verb; the words are the object of what that subject said.
        mention = found.mention[5:]
        how = "pronoun" if mention.lower() in ("he", "she", "they") else found.how
        found = Finding(mention, found.cue, how, found.cue_at)
    if found and found.mention.startswith("that "):
        # "“no chance” that Lee can catch Park, said Ann Ruiz": a clause that goes on after the
        # quote, not its speaker ("that Lee"); the sentence's closing attribution is read next.
        return closing_attribution(text, cues, sentences, lo, site.paragraphs[span.paragraph][1])
    if found and _attributive_verb(site, lo, found, ctx):
        return None
    if found and found.cue and according(found.cue) and found.cue_at >= lo and \
            _a_document(text[found.cue_at + len(found.cue):found.cue_at + len(found.cue) + 60]) and \
            text[site.sent_lo:span.open_at].strip():
        # "King Ann Lee said the acts “undermine the peace,” according to a statement released by
        # the court": the document carries the words of the one the sentence says spoke them.
        inner = lead_in(text, cues, site.sent_lo, span.open_at, None, ctx)
        if inner is not None and inner.how != "inherited" and not according(inner.cue or ""):
            inner.rule = "reported_inside"
            return inner
        issuer = subject_issuer(ctx, text, site.sent_lo, span.open_at, text[found.cue_at:found.cue_at + 80])
        if issuer:  # "Cloudflare will block crawlers “...,” according to an announcement"
            return Finding(issuer, found.cue, "explicit", found.cue_at, "document_issuer")
    later_source = bool(found and found.cue and according(found.cue) and (
        text[lo:found.cue_at].strip(" ,") or text[lo - 2:lo - 1] == "," and not text[lo:found.cue_at].strip()))
    # ("Jan Novak said he would resign “to protect the party,” according to the daily Pravda", s50)
    if found and found.cue_at > lo and (text[lo:found.cue_at].lstrip()[:1] == "," and
                                        text[lo - 2:lo - 1] not in (",", ".", "!", "?") and
                                        _SPLIT_ON.match(text, found.cue_at, found.cue_at + 90) is None or later_source):
        # (not a quote split by its attribution: "„Es war“, so Foucault, „nichts …“" is Foucault's)
        # "Ben Archbold said his client was held in “very onerous conditions”, national
        # broadcaster ABC said.": the words are the ones the sentence reports, if it says who
        # spoke them; the closing attribution is the report's source (also "Vox said the ban
        # makes sure that “no one objects” to it, according to the AP").
        inner = lead_in(text, cues, site.sent_lo, span.open_at, None, ctx)
        if inner is not None and later_source and ("," in text[max(inner.cue_at, site.sent_lo):span.open_at] or
                                                   not inner.mention.strip()):
            inner = None  # "After Lee asked about it, the Graysons became “agitated”": another clause's verb;
            # "a 58%-42% margin said the “…,” according to a poll": the source, not an unnamed subject
        if inner is not None and inner.how != "inherited":
            inner.rule = "reported_inside"
            return inner
    return found


# The attribution that splits a quote: its words up to a comma, then the quote's second part opens.
_SPLIT_ON: Final = re.compile(r"[^,.;:!?\n„“”\"«»]{1,80},[^\S\n]*[„“\"«‚‘]")
# Verbs whose object follows them: "a “relative” called the police" (not "a “disgrace” said Ann Lee").
_OBJECT_VERBS: Final = frozenset("called calls call told tells asked asks phoned contacted".split())
_DOCUMENT_WORDS: Final = DOCUMENTS | frozenset("announcement work paper research analysis readout".split())


def _a_document(after: str) -> bool:
    """The words ``after`` "according to" name a document by its kind ("a statement released
    by the court", "the new study", "an announcement on Tuesday"), not a body or a person."""
    words = after.split()[:4]
    if not words or words[0].lower() not in DETERMINERS:
        return False
    return any(trim(w.strip(",;:")) in _DOCUMENT_WORDS for w in words[1:])


def _attributive_verb(site: Site, lo: int, found: Finding, ctx: ArticleContext) -> bool:
    """German sets off the attribution after a quote with a comma. With none, a verb right
    after the closing mark of a quote inside its sentence belongs to the phrase ("die als
    „Rebellen“ bezeichneten Kraftwerke", "damals „Ceylon“ genannt"), unless a person's name
    follows it ("Vom „größten Projekt“ sprach Minister Lindner"); a quote that opens its
    sentence keeps its verb ("„Nichts ändert sich“ resümiert Petra Lindner")."""
    text = site.text
    if current_language().code != "de" or found.cue_at < lo or text[lo:found.cue_at].strip(" \u00a0") or \
            text[lo - 2:lo - 1] in (",", ".", "!", "?", "…") or not text[site.sent_lo:site.span.open_at].strip():
        return False
    mention = found.mention.strip(" .,;:")
    name = split_title(mention) if is_person_like(mention) else ""
    titled = bool(name) and mention != name and mention.split()[0][:1].isupper()
    return not (name and (len(name.split()) >= 2 or titled or ctx.names.is_person(name)))


def lead_in_rule(site: Site, ctx: ArticleContext) -> Finding | None:
    """The sentence that leads into the quote: ``Trump said: "...``, ``..., saying "...``,
    ``Trump's claim that "...``."""
    after_prev = site.sent_lo == site.head_lo and site.same_paragraph_before
    assert ctx.cues is not None
    topic = topic_label(site, ctx)  # "Trainer Uwe Brandt über den Sieg: „...“" (German): the name
    if topic is not None:
        return topic
    found = lead_in(site.text, ctx.cues, site.sent_lo, site.span.open_at,
                    site.prev if after_prev else None, ctx)
    if found is not None and (owner_at := claim_owner_at(site.text, found.cue_at, site.span.open_at)) >= 0:
        found = lead_in(site.text, ctx.cues, owner_at, site.span.open_at, None, ctx) or found  # "… Trump’s claim that …" (s60)
    quoted = quoted_source(site.text, site.sent_lo, site.span.open_at, found.cue_at if found is not None else -1)
    if quoted is not None:  # ("Ann Lee quoted Churchill:", "Le Courrier a cité Claire Dubois :"; s60)
        found = quoted  # "The Times quoted Ann Lee as saying": hers, not the paper's
    if found is not None and site.zone == "title" and found.cue_at > site.sent_lo + 2 and \
            site.text[found.cue_at - 2:found.cue_at] == ", ":
        found = second_verb_subject(site.text, ctx.cues, site.text.rfind("\n", 0, found.cue_at) + 1, found)  # "Lopez Says …, Warns ‘…’"
    if found is not None and found.cue == ":" and kicker_word(found.mention) and \
            0 <= (colon := site.text.find(":", site.sent_lo, site.span.open_at)):
        found = lead_in(site.text, ctx.cues, colon + 1, site.span.open_at, None, ctx)  # "Sport: Ann Lee: ‘…’", "Update: Lee: “…”" (s58)
    if found is not None and site.zone == "title" and found.cue == ":" and site.span.close_at >= 0 and \
            ctx.cues.first(site.span.close_at, len(site.text)) is not None:
        return None  # "Libya: ‘I wish I had died,’ says migrant": the words after the quote say whose
    opening = opening_word(site.text, site.sent_lo, found, ctx) if found is not None else ""
    if found is not None and opening:
        # A sentence's first word, capitalized because it is first (a participle: "Featuring",
        # "Asked"; an adjective: "Recent polls show ..., calling it “...”"), names no one:
        # "Featuring ..., it is an “embarrassing pastiche” ..., said Ann Lee." (a later rule may
        # credit it); after an adjective, the words are still someone's, unnamed.
        return None if opening == "participle" or found.cue == ":" else Finding("", found.cue, "explicit", found.cue_at, found.rule)
    if found is not None and found.how == "explicit" and current_language().code != "en" and found.mention and \
            (voice := voice_ending_at(site.text, site.sent_lo, found.mention, site.span.open_at)):
        found.mention = voice  # "Un porte-parole d’Air France a indiqué :": the body (voices_intl, s54)
    elif found is not None and found.how == "explicit" and after_preposition(site, found):
        return None
    if found is not None and found.how == "explicit":
        found.mention = person_before_acronym(found.mention)  # "Lucía Ferrer del PSOE dijo:" (s59; es, pt, fr)
    if found is not None and found.how == "explicit" and found.mention.lower() in current_language().perfect_auxiliaries \
            and site.text.startswith(found.mention, site.sent_lo) \
            and not site.text[site.sent_lo + len(found.mention):found.cue_at].strip():
        return None  # "Ha afirmado que ...": the auxiliary, no name (dropped_subject reads it); "Han Kang" stays a name
    if found is not None and reported_within(site, ctx, found):
        found.rule = REPORTED_WITHIN  # "Lee said that when Hale railed, “…”": not Hale (null)
        return found
    if found is not None and found.how == "explicit" and current_language().code == "en":
        widen_to_description(site.text, site.sent_lo, site.span.open_at, found, ctx.names)
        placed_subject(site.text, site.sent_lo, site.span.open_at, found, ctx.names)  # "Lee in Chicago says:" (s59)
    if found is not None and site.zone == "title":
        found.mention = listed_first(site.text, headline_subject(found.mention, ctx))  # "Carney Hits Back at ...: ‘...’"
    if found is not None and found.how == "explicit" and current_language().code == "de":
        far = colon_far_subject(site, ctx)  # "Der Jurist Tom Weber ... zeigt auf, wie Nutzer ...:": not "Nutzer"
        if far is not None:
            far.rule = COLON_FAR_SUBJECT
            return far
    if found is not None and found.how == "explicit" and current_language().code == "fr":
        pair = _PAIR_BEFORE.search(site.text, max(site.sent_lo, found.cue_at - 120), max(site.sent_lo, found.cue_at))
        if pair is not None and pair.group(2) == found.mention:
            # "Anne Roy et Marc Lenoir rappellent que ...": two people, neither alone (null).
            found.mention = pair.group(0).strip()
    return found


# Two names joined by "et" right before a verb: a subject of two people.
_PAIR_BEFORE: Final = re.compile(r"(?<![\w’'])((?:[A-ZÀ-ÖØ-Þ][\w’'\-]{0,30}+[^\S\n]{1,3}+){1,3})et[^\S\n]{1,3}+"
                          r"((?:[A-ZÀ-ÖØ-Þ][\w’'\-]{0,30}+[^\S\n]{1,3}+){0,2}[A-ZÀ-ÖØ-Þ][\w’'\-]{0,30}+)[^\S\n]{0,3}+$")


def closing_attribution_rule(site: Site, ctx: ArticleContext) -> Finding | None:
    """A sentence that closes on its attribution after a comma credits every quote in it,
    whatever words or quotes come between: "... “A” because of the “B” ties, said the British
    Medical Journal."."""
    text, span = site.text, site.span
    if span.close_at >= 0 and text[span.close_at - 1:span.close_at] not in ".!?":
        if names_thing(text, span.start, span.end, text[span.start:span.end]):
            return None  # "the “open door” policy": the writer's name for a thing, no one's words
        assert ctx.cues is not None and ctx.sentences is not None
        return closing_attribution(text, ctx.cues, ctx.sentences, mark_end(text, span),
                                   site.paragraphs[span.paragraph][1])
    return None


def colon_paragraph(site: Site, ctx: ArticleContext) -> Finding | None:
    """A paragraph that ends with a colon introduces the quote that opens the next one."""
    span = site.span
    if site.zone == "body" and site.starts_paragraph and span.paragraph > 0:
        q_lo, q_hi = site.paragraphs[span.paragraph - 1]
        lead = site.text[q_lo:q_hi].rstrip()
        if lead.endswith(":"):
            assert ctx.sentences is not None and ctx.cues is not None
            label = _LABEL_OF.match(lead)
            name = split_title(label.group(1)) if label and is_person_like(label.group(1)) else ""
            if label and len(name.split()) >= 2:  # "Antwort der Staatssekretärin Susanne Baumann vom 12. Januar 2022:" (s50)
                return Finding(label.group(1), ":", "explicit", q_lo + len(lead) - 1)  # (not "Response of the Week:")
            s_lo = ctx.sentences.start(q_lo, q_lo + len(lead))
            found = lead_in(site.text, ctx.cues, s_lo, q_lo + len(lead), None)
            found = quoted_source(site.text, s_lo, q_lo + len(lead), found.cue_at if found else -1) or found  # "quoted Y:" (s60)
            # ("Great investigative piece by Ann Lee ...:": no one named "Great")
            return None if found is not None and opening_word(site.text, s_lo, found, ctx) else found
    return None


# A paragraph that labels the quoted paragraph after it as a text of someone's, named in the
# genitive or after "from"/"of", a party in brackets and a date after the name left out:
# "Schriftliche Frage der Abgeordneten Cornelia Möhring (Die Linke):", "Antwort der
# Staatssekretärin Susanne Baumann vom 12. Januar 2022:", "Statement from Mayor Ann Lee:".
_LABEL_OF: Final = re.compile(
    r"(?:[A-ZÄÖÜ][a-zäöüß]+[^\S\n]+)?(?:Antwort|Frage|Stellungnahme|Erklärung|Mitteilung|Statement|Answer|Reply|Response)"
    r"[^\S\n]+(?:des|der|von|from|of|by)[^\S\n]+((?:[\w.\-]+[^\S\n]+){0,4}?[A-ZÄÖÜ][\w\-]+)"
    r"(?:[^\S\n]+\([^()\n]{1,40}\))?(?:[^\S\n]+(?:vom|am|on)[^\S\n]+[^:\n]{1,30})?[^\S\n]*:$")


def headline_rule(site: Site, ctx: ArticleContext) -> Finding | None:
    """Headlines put the speaker anywhere: "Ochoa Says ...", "..., Ochoa Says", "Ochoa: ..."."""
    if site.zone == "title":
        assert ctx.cues is not None
        return headline(site.text, ctx.cues, site.span, ctx.names)
    return None


# The order in which the rules are tried: the first that finds an attribution credits the quote.
RULES: Final[tuple[tuple[str, Rule], ...]] = (
    ("transcript_label", transcript_label),
    ("continued_paragraph", continued_paragraph),
    ("inner_incise", inner_incise),
    ("quoted_object", quoted_object),
    (QUOTED_REMARK, quoted_remark),  # "Lee criticized Reed's “…” remark": Reed's, before the chain and lead_in
    ("outlet_after", outlet_after),
    (BOOK_WORDS, book_words),  # "„…“, heißt es in dem Buch": its author (German, book_author_de.py)
    (WITH_WORDS, with_words),  # "Mit den Worten „…“ eröffnete X", "X eröffnete … mit den Worten „…“" (with_words_de.py)
    ("after_quote", after_quote_rule),
    (MANNER_AFTER, manner_after),  # "“…,” she laughs.": a verb of manner after the quote (manner_after.py)
    (SUMMING_UP, summing_up),  # "„…“, zog X Bilanz", "zeigte sich X zufrieden" (German, summing_up_de.py)
    (THUS_SAID, thus_said),  # "«…». Así lo afirmó el ministro X." (es, pt; thus_said.py)
    ("coordinated_after", coordinated_after),
    ("inverted_description", inverted_description),
    ("according_after", according_after),
    (WORDS_OF, words_of),
    (PER_SOURCE, per_source),  # "“…,” per Ann Lee." (per_source.py)
    (OWN_WORDS, own_words),  # French "selon ses mots" (own_words_fr.py)
    ("listed_quote", listed_quote),
    ("pronoun_view", pronoun_view),
    ("embedded_speaker", embedded_speaker),
    (POSSESSED_LABEL, possessed_label),  # "Sein Fazit: „…“", "Wessels Fazit: „…“" (German, possessed_label_de.py)
    (POSSESSED_LABEL_INTL, possessed_label_intl),  # "His advice: “…”", "Son conseil : « … »" (possessed_label_intl.py)
    ("lead_in", lead_in_rule),
    (UNLISTED_LEAD, unlisted_lead),  # "Ann Lee cracked, “…”": a verb the lexicon lacks (unlisted_lead.py)
    ("outlet_opener", outlet_opener),
    ("quoted_nickname", quoted_nickname),
    ("message_sent", message_sent),
    ("separable_verb", separable_verb),
    (PARTICLE_JUDGEMENT, particle_judgement),  # "X wirft Y „…“ vor", "X zeigte sich „…“" (German, s63)
    (HEISST_ES_BEI, heisst_es_bei),  # "„…“, heißt es bei Alpinfix." (heisst_es.py)
    (DAS_AFTER, das_after),  # before wie_clause: "Das sagte X, wie Y berichtete" is X's
    (SO_AFTER, so_after),  # "„…“ So beschreibt X …", "„…“, ist X überzeugt" (German, after_sentence_de.py)
    (WIE_CLAUSE, wie_clause),
    (ACCORDING_PHRASE, according_phrase),  # "Nach Angaben von X …„…“" (German, according_phrase_de.py)
    (COMME_CLAUSE, comme_clause),  # French "Comme le souligne X, …" (comme_clause.py)
    ("closing_attribution", closing_attribution_rule),
    ("signature_line", signature_line),
    (SIGNED_AFTER, signed_after),
    ("for_person", for_person),
    ("for_person_inside", for_person_inside),
    ("according_postposition", according_postposition),
    ("aged_description", aged_description),
    (AGED_ANTECEDENT, aged_antecedent),
    ("incise_before", incise_before),
    ("colon_subject", colon_subject),
    (COLON_FAR_SUBJECT, colon_far_subject),  # also in lead_in_rule, over a noun next to the colon
    (COLON_OPENING_NAME, colon_opening_name),  # a colon after a clause opening on a name, its verb no cue (German)
    ("inverted_pronoun", inverted_pronoun),
    ("cest_ainsi", cest_ainsi),
    (THESE_WORDS, these_words),  # French "« … » : cette phrase de X" (these_words_fr.py)
    ("read_in", read_in),
    ("colon_paragraph", colon_paragraph),
    ("heading_name", heading_name),
    ("headline", headline_rule),
    ("as_said", as_said),
    (POSSESSED_SPEECH, possessed_speech),
    ("verb_first_subject", verb_first_subject),  # "Aseguró el alcalde X que «…»" (es, pt)
    (COLON_CLAUSE, colon_clause),  # a colon after a clause whose verb is no cue
    ("previous_quote", previous_quote),
    ("reported_sentence_before", reported_sentence_before),
    ("dropped_subject", dropped_subject),
    ("verb_first_clause", verb_first_clause),
    ("according_verb", according_verb),
    ("view_opener", view_opener),
    ("writer_paragraph_before", writer_paragraph_before),
    ("participle_subject", participle_subject),
    (PARAPHRASE_BEFORE, paraphrase_before),
    (ROUNDUP_PHRASE, roundup_phrase),  # "..., said Ann Lee in The Courier. The “dreamy” terrace ..."
    ("first_person_after_named", first_person_after_named),
    ("own_attribution", own_attribution),
)
# Not in RULES: the fallback for partial quotes (extract.py), recorded under this name.
SENTENCE_SUBJECT: Final = "sentence_subject"
# Not in RULES either: a partial quote in a German sentence in Konjunktiv I that no rule credits
# is the speaker credited just before (extract.py).
REPORTED_MOOD: Final = "reported_mood"
# Not in RULES: a partial quote that looks like a label on a noun, in a sentence whose subject's
# verb reports speech or a judgement, is the subject's (extract.py, speech_subject.py).
SPEECH_SUBJECT: Final = "speech_subject"
# Not in RULES: a long lower-case clause in a sentence that reports speech, partial with a null
# speaker and the reporting verb's subject as the mention (extract.py, shapes.reporting_subject);
# the name right after the verb ("said Ann Lee in The Ledger") is its speaker (inverted_reporter.py).
# Not in RULES: a lead_in's subject read after two fronted phrases (clause_after_adjuncts.py).
CLAUSE_FRAGMENT: Final = "clause_fragment"
# Not in RULES: a direct quote printed twice (a pull quote), and a subheading's quote, credited
# after all the rules ran (repeated.py, heading_quotes.py); and the resolver's steps recorded
# under their own names: a "he" after a quote that is the person its sentence opens on
# (antecedents.opening_subject), across a colon after that subject's verb (verb_colon.py); an
# acronym the article spells out (written_out.py, not English).
RULE_NAMES: Final = tuple(name for name, _ in RULES) + ("reported_inside", "subject_before", "closing_sentence_before",
                                                  SENTENCE_SUBJECT, CLAUSE_FRAGMENT, "document_issuer",
                                                  REPORTED_MOOD, SPEECH_SUBJECT, REPEATED_QUOTE, HEADING_QUOTE, HEADLINE_QUOTE,
                                                  REPORTED_MOOD_QUOTE, "reported_mood_partial", "body_by_kind",
                                                  "adjunct_before_verb", "unnamed_speaker_pronoun",
                                                  "participle_object", "pronoun_clause", OPENING_SUBJECT,
                                                  COLON_AFTER_VERB, WRITTEN_OUT, "mood_over_subject",
                                                  "fronted_phrase", "inverted_reporter",
                                                  "clause_after_adjuncts", "speaking_body", REPORTED_WITHIN,
                                                  "introduced_body", "subject_company", "mood_after_speaker",
                                                  "headline_antecedent", "verb_second_clause", "read_in_outlet",
                                                  COORDINATED_QUOTE, OPEN_PARAGRAPH, HEADLINE_LABEL)


_BARE_DETERMINERS: Final = frozenset("a an the that this these those another some".split())


# RULES by language: the rules that can credit a quote in it (rule_languages.py), in order.
_RULES_BY_LANGUAGE: Final[dict[str, tuple[tuple[str, Rule], ...]]] = {
    code: rules_for(RULES, code) for code in LANGUAGES}


def attribute(site: Site, ctx: ArticleContext) -> Finding | None:
    """The first rule's finding for the quote at ``site``, named after its rule."""
    lang = current_language()
    relatives = lang.relatives
    rules = _RULES_BY_LANGUAGE.get(lang.code)
    for name, rule in rules if rules is not None else RULES:
        found = rule(site, ctx)
        if found is not None and relatives and found.mention.strip().lower() in relatives:
            continue  # ", quien dijo" whose phrase before was not found: the next rules may know
        if found is not None and found.mention and found.mention.strip() in _BARE_DETERMINERS:
            # "what critics have called a “fraudulent scheme”": an article or a demonstrative
            # alone, in lower case (the quote's own "a", "that"), names no one; the next rule reads on.
            continue
        if found is not None and (relatives and no_subject(found.mention) or
                                  prepositional_mention(found.mention, site, name == "lead_in")):
            continue  # "« ... » du bâtiment de la mairie, comme il l'a reconnu", "An Bundesrat Cassis": not a subject
        if found is not None:
            if found.rule is None:
                found.rule = name
            if relatives and found.how == "explicit":
                # "ministre des Sports Ann Roy", "jueza de Ejecución Ana Ruiz" (French, Spanish, Portuguese)
                found.mention = without_department(site.text, site, found)
                # "enfatizó el Mandatario": a description, as "el mandatario" (capital_titles.py)
                found.mention = lower_title(found.mention, lang.code)
            prev = site.prev
            if prev is not None and found.cue_at >= 0 and found.cue_at == prev.cue_at:
                # The cue that credited the previous quote: "“A,” she said, “B.”"
                found.how = "inherited"
            return found
    return None
