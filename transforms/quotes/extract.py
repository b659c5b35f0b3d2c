"""``extract_quotes(title, bullets, body)``: every quotation of an article and who said it.

Quote, then mention, then speaker, zone by zone (title, bullets, body):

1. ``marks.find_spans`` pairs quote marks into top-level spans (the zone's text layer is built once: ``context``);
2. ``rules.attribute`` tries ``rules.RULES`` in order; the first that finds a mention credits the quote (its ``rule``);
3. ``resolve.resolve`` turns the mention into a speaker (titles split off, pronouns resolved to
   the nearest person of agreeing gender, roles to the person holding them, the fullest name),
   and ``quote_fields.make_quote`` checks that it names someone;
4. ``kinds.kind_of`` classes it ``direct``, ``partial`` or ``scare``.

Nothing here compiles a pattern per call or imports Beam; the function never raises on text.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.sung_titles import sung_title
from newsbeam.transforms.quotes.work_nouns import after_work_noun
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site, new_quote
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.kin_gender import kin_genders
from newsbeam.transforms.quotes.work_names import named_after_work_noun
from newsbeam.transforms.quotes.show_names import is_show_after_network
from newsbeam.transforms.quotes.told_show import is_show_told
from newsbeam.transforms.quotes.web_address import code_value, quoted_address
from newsbeam.transforms.quotes.named_things import named_thing, named_work
from newsbeam.transforms.quotes.kinds import (
    capital_words_inside, is_bylined_work, is_clause_fragment, is_dated_work, is_named_title, in_reported_mood, is_mentioned_word, is_modifier, is_name_after_preposition, is_quoted_heading, is_named_by_cue, is_scope_word, is_title_of_work, is_work_written, kind_of, names_a_work, only_attribution, sentences_after_comma, short, title_case,
    word_count)
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.name_kinds import appositive_name, listed_name
from newsbeam.transforms.quotes.short_sentence import is_short_sentence, said_after
from newsbeam.transforms.quotes.listener_de import told_medium
from newsbeam.transforms.quotes.split_kinds import (
    after_title_colon, breaks_off, is_dated_entry, one_attribution, signed_by_person, title_words)
from newsbeam.transforms.quotes.term_kinds import (
    after_list_noun, after_stance_word, in_reported_clause, insult_word, is_headline_fragment, is_qualifying_label,
    is_word_as_word)
from newsbeam.transforms.quotes.language import detect_article
from newsbeam.transforms.quotes.language import use as use_language
from newsbeam.transforms.quotes.language import voices_view
from newsbeam.transforms.quotes.marks import Span, find_spans, paragraph_spans
from newsbeam.transforms.quotes.mood import reported_mood_quote, reported_speaker
from newsbeam.transforms.quotes.mood_opener import MOOD_AFTER_SPEAKER, mood_after_speaker, partial_speaker
from newsbeam.transforms.quotes.mood_partial import REPORTED_MOOD_PARTIAL, mood_partial_speaker
from newsbeam.transforms.quotes.mood_before import pronoun_subject, subject_before
from newsbeam.transforms.quotes.mood_subject import mood_over_subject, newer_subject
from newsbeam.transforms.quotes.pronouns_intl import pronoun_antecedent
from newsbeam.transforms.quotes.clitic_subject import clitic_reporter
from newsbeam.transforms.quotes.incise import split_incises
from newsbeam.transforms.quotes.asides import opens_aside, resumes_after_aside
from newsbeam.transforms.quotes.labels import is_label
from newsbeam.transforms.quotes.list_marks import blank_list_marks
from newsbeam.transforms.quotes.lexicon import DETERMINERS
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.roundup_phrases import borrowed_in_roundup, in_roundup
from newsbeam.transforms.quotes.dense_phrases import judgement_in_dense_sentence, listed_after_credited
from newsbeam.transforms.quotes.chants import crowd_chant, is_chanted
from newsbeam.transforms.quotes.names_someone import SUBJECT_RULES
from newsbeam.transforms.quotes.heading_quotes import modifies_noun_in_title
from newsbeam.transforms.quotes.article_passes import credit_article
from newsbeam.transforms.quotes.quote_fields import make_quote
from newsbeam.transforms.quotes.rules import (
    CLAUSE_FRAGMENT, POSSESSED_SPEECH, QUOTED_REMARK, REPORTED_MOOD, SENTENCE_SUBJECT, SPEECH_SUBJECT, attribute)
from newsbeam.transforms.quotes.datelines import past_dateline
from newsbeam.transforms.quotes.code_argument import in_code_call
from newsbeam.transforms.quotes.fragments import named_reporter, reporting_subject
from newsbeam.transforms.quotes.inverted_reporter import INVERTED_REPORTER, inverted_reporter, joined_to
from newsbeam.transforms.quotes.agentless_naming import is_agentless_name
from newsbeam.transforms.quotes.owned_names import after_owner
from newsbeam.transforms.quotes.speech_sentence import (
    clause_reports_speech, reported_before, reports_speech, voiced_by_subject, without_speaker)
from newsbeam.transforms.quotes.known_as import apposed_naming, known_as_before
from newsbeam.transforms.quotes.judged_object import judged_by_subject, judging_subject, judging_verb, portrayal_judged
from newsbeam.transforms.quotes.judged_romance import ROMANCE, romance_judgement
from newsbeam.transforms.quotes.said_alone import not_a_title
from newsbeam.transforms.quotes.authored_documents import authored_subject, document_mention
from newsbeam.transforms.quotes.naming_clause import NAMING_CLAUSE, judged_agent, naming_mention, speaks_of_romance
from newsbeam.transforms.quotes.judged_terms import JUDGED_TERM, MAX_WORDS as JUDGED_WORDS, is_judged_term, named_agent
from newsbeam.transforms.quotes.work_voice import WORK_VOICE, work_voice
from newsbeam.transforms.quotes.passive_agent import PASSIVE_AGENT, passive_speaker
from newsbeam.transforms.quotes.incise_en import INVERTED_INCISE_EN
from newsbeam.transforms.quotes.review_titles import reviewed_title
from newsbeam.transforms.quotes.cited_titles import cited_title
from newsbeam.transforms.quotes.own_words_fr import OWN_WORDS
from newsbeam.transforms.quotes.comme_clause import COMME_CLAUSE
from newsbeam.transforms.quotes.sentence_siblings import credit_siblings
from newsbeam.transforms.quotes.opening_verb import opening_verb_subject
from newsbeam.transforms.quotes.shapes import sentence_subject
from newsbeam.transforms.quotes.speech_subject import speech_subject
from newsbeam.transforms.quotes.tokens import Sentences, mark_end
# The version of these rules lives in ``version`` (bump it there), where the run's graph reads it.
from newsbeam.transforms.quotes.version import EXTRACTOR_VERSION  # noqa: F401 (re-exported)



def extract_quotes(title: str | None, bullets: Sequence[str | None] | None, body: str | None,
                   language: str | None = None) -> list[Quote]:
    """Every quotation in the article, in reading order, with its speaker where one is given.

    ``language`` (an ISO 639-1 code) chooses the word lists of German, Spanish, French or
    Portuguese besides English; without it the language is told from the article's words."""
    title = title if isinstance(title, str) else ""
    body = blank_list_marks(body) if isinstance(body, str) else ""  # ("• Hamas condemns …": list_marks)
    items: list[str] = [b if isinstance(b, str) else "" for b in (bullets or ())]
    # The quoted spans of each zone, first: pairing the marks needs no language, and most
    # articles of a feed quote no one (nothing more to do, not even telling the language).
    layers = []
    for text in (title, *items, body):
        paragraphs = paragraph_spans(text)
        layers.append((paragraphs, find_spans(text, paragraphs)))
    if not any(spans for _, spans in layers):
        return []
    words: tuple[bytes, list[bytes]] | None = None
    if not language:
        language, words = detect_article(title, body)  # and the body's letters and words, for its cues
    with use_language(language):
        return _extract(title, items, body, layers, words)


def _extract(title: str, bullets: list[str], body: str, layers: list | None = None,
             body_words: tuple[bytes, list[bytes]] | None = None) -> list[Quote]:
    # A headline in Title Case gives no names ("Machado Insists … Turn Venezuela": not a name's form).
    ctx = ArticleContext(NameIndex([title if not title_case(title) else "", *bullets, body]), body_words)
    if current_language().code == "en":  # "his mother, Marta Okafor,": a woman, never "he"
        ctx.genders.update(kin_genders([title, *bullets, body]))
    ctx.body = body
    quotes: list[Quote] = []
    zones = [("title", 0, title)] + [("bullet", i, b) for i, b in enumerate(bullets)] + [("body", 0, body)]
    for k, (zone, index, text) in enumerate(zones):
        ctx.last_speaker, ctx.last_speaker_at, ctx.team_lead_at = None, -1, -1
        for q in _zone_quotes(text, zone, index, ctx, layers[k] if layers else None):
            quotes.append(new_quote((len(quotes), *q)))
    return credit_article(quotes, title, bullets, body, ctx.names, ctx.genders)  # the article-wide passes


def _zone_quotes(text: str, zone: str, index: int, ctx: ArticleContext,
                 layer: tuple | None = None) -> list[tuple]:
    """The quotes of one zone as Quote fields after ``position`` (the last is the rule);
    ``layer``: its (paragraphs, quoted spans) when already found."""
    paragraphs, spans = layer if layer is not None else (None, None)
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
        spans = find_spans(text, paragraphs)
    if not spans:
        return []
    lang = current_language()
    if lang.code == "fr":
        spans = split_incises(text, spans, lang.cues)  # « ..., affirme-t-elle. ... »: two quotes
    shared = ctx.body_words if zone == "body" else None
    ctx.cues = CueIndex(text, title_case=zone == "title", words=shared[1] if shared is not None else None,
                        letters=shared[0] if shared is not None else None)
    ctx.sentences = sentences = Sentences(text)
    ctx.credits, ctx.unnamed = [], []
    out: list[tuple] = []
    prev: Finding | None = None
    prev_span: Span | None = None
    speech: Span | None = None  # the last quote of the paragraph that is not a name
    prev_direct = False  # the previous quote is direct and breaks off on a comma: “A,” ...
    word_list: Span | None = None  # the last quote of a list of words quoted as words
    # the quote before a dash aside, and the last quote credited as it was
    aside: tuple[Finding | None, Span, str | None, Finding | None, Span | None] | None = None
    said: Finding | None = None  # the last quote credited to someone, and its span (Site.said)
    said_span: Span | None = None
    said_before: str | None = None  # the speaker last credited as the previous quote was
    last_reporter: tuple[str, str, int] | None = None  # the previous quote's clause_fragment reporter
    plain: set[int] = set()  # the quotes made scare only for want of a speaker
    for k, span in enumerate(spans):
        p_lo, p_hi = paragraphs[span.paragraph]
        before = speech if speech is not None and speech.paragraph == span.paragraph else None
        after = spans[k + 1] if k + 1 < len(spans) and spans[k + 1].paragraph == span.paragraph else None
        head_lo = mark_end(text, before) if before else p_lo
        tail_hi = after.open_at if after else p_hi
        quoted = text[span.start:span.end]
        kind, unvoiced = kind_of(text, span, quoted), False
        # "‘Huge mistake’: Lee quits", "“Reckless” called the plan": someone's words, cut short (term_kinds.py)
        fragment = zone == "title" and is_headline_fragment(text, span, quoted, ctx.body)
        if fragment or kind == "direct" and is_qualifying_label(text, span, quoted):
            kind = "partial"
        stage_direction = quoted[:1] in "([" and quoted.rstrip(".")[-1:] in ")]"
        written = zone != "title" and (is_named_title(text, span, quoted) or is_work_written(text, span, quoted) and
                                       ctx.cues.first(span.close_at, sentences.end(max(span.close_at, span.open_at), p_hi)) is None or
                                       # "zum Thema „Sicher im Netz“", "hits such as “Blue Morning”": a name right
                                       # after the noun for what it names, whoever speaks (rule ``work_after_noun``)
                                       named_after_work_noun(text, span, quoted, lang.code))
        # "the motto: “…”" (rule ``title_colon``), "// 2010: ›Windmacher‹ in Erfurt": a chronology's
        # entry (rule ``dated_entry``), unless a verb of saying follows in the sentence
        titled = "" if zone == "title" else "motto" if after_title_colon(text, span, quoted) else \
            "dated" if is_dated_entry(text, span, quoted) else ""
        if titled and ctx.cues.first(span.close_at, sentences.end(max(span.close_at, span.open_at), p_hi)) is not None:
            titled = ""
        # "“In Fisher,” Lee said, “the court ...”", "„Es war“, sagte Lee, „…“": the first half of a
        # quote broken by its attribution, speech however title-like its few words (rules
        # ``interrupted_opening``, ``split_halves``).
        chant = zone == "body" and is_chanted(text, span, quoted)  # "chants of “Feel the Bern”" (chants.py)
        interrupted = after is not None and breaks_off(text, span, quoted) and \
            only_attribution(text, mark_end(text, span), after.open_at) and \
            ctx.cues.first(mark_end(text, span), after.open_at) is not None and \
            not names_a_work(text, p_lo, span.open_at)
        if stage_direction or quoted_address(text, span.open_at, quoted) or code_value(text, span.open_at) or \
                zone == "body" and lang.code == "en" and is_show_told(text, span, quoted) or zone == "title" and modifies_noun_in_title(
                text, span.open_at, span.close_at, quoted, ctx.names.is_person) or \
                zone == "title" and reviewed_title(text, spans, k) or zone == "body" and told_medium(text, span) or \
                zone == "body" and lang.code == "en" and (cited_title(text, span) or named_thing(text, span, quoted) or
                                                          named_work(text, span, quoted)) or \
                not interrupted and not chant and (
                zone != "title" and (is_title_of_work(quoted, span) and not not_a_title(
                    # „sei ein „Zeichen der Hoffnung“", „Keine Worte“, schrieb sie.: no title (said_alone.py)
                    text, span, quoted, sentences.start(p_lo, span.open_at),
                    sentences.end(max(span.close_at, span.open_at), p_hi), ctx.cues, lang.code) or is_name_after_preposition(
                    text, span, quoted) or is_dated_work(text, span, quoted) or
                    is_show_after_network(text, span, quoted)) and insult_word(text, span, quoted) is None and (not is_named_by_cue(
                    text, ctx.cues, sentences.start(p_lo, span.open_at), span.open_at) or
                    # "said in her memoir, “A Road Home.”" (``title_after_work_noun``), unless reported ("…, according to X")
                    after_work_noun(text, p_lo, span.open_at) and ctx.cues.first(
                        span.close_at, sentences.end(max(span.close_at, span.open_at), p_hi)) is None or
                    # "described his proposed “Board of Peace” as ...": the owner's thing (rule ``owned_name``)
                    lang.code == "en" and (after_owner(text, span.open_at) or sung_title(text, span)))):
            # "Morning Forum", "A Song for the River": a name in quote marks, said by no one (so is a stage direction,
            # "(APPLAUSE.)", an address, “www.venner.example”: ``web_address``, and a medium told: "sagte dem „Spiegel“");
            # it does not interrupt the quotes around it either.
            out.append((zone, index, span.start, span.end, quoted, None, None, None, "none", "scare", None))
            continue
        spoken, speech = speech, span  # (a work's title gives the last spoken quote back: see ``written`` below)
        if zone != "title" and is_bylined_work(text, span, quoted):
            # "“City budget slips,” by the Courier's Tom Hale: “...”": a headline cited with its
            # byline is a work's title (rule ``bylined_work``); the excerpt after it is read
            # from its end, as after any quote.
            out.append((zone, index, span.start, span.end, quoted, None, None, None, "none", "scare", None))
            prev, prev_span, prev_direct = None, span, False
            said = said_span = None
            continue
        if aside is not None and prev_span is not None and resumes_after_aside(text, prev_span, span):
            # "“…” - the crowd chanted “…” - “and …”": the quote before the aside goes on.
            prev, prev_span, ctx.last_speaker, said, said_span = aside
        site = Site(text, zone, span, paragraphs, p_lo, head_lo, tail_hi,
                    past_dateline(text, sentences.start(head_lo, span.open_at), span.open_at), prev, prev_span, before is not None,
                    span.open_at <= p_lo or text[p_lo].isspace() and not text[p_lo:span.open_at].strip(),
                    said, said_span)
        found = attribute(site, ctx)
        if found is None and kind == "direct":
            # "Sie sei noch nicht fertig: „...“"; "X warnte davor. Es sei zu spät: „...“" (mood_opener.py)
            found = reported_mood_quote(site, ctx) or mood_after_speaker(site, ctx)
        # "was X „…“ nennt", "die von X so genannte „…“", « ce que X appelle « … » »: X's term,
        # never the agentless "so-called" below (rule ``naming_clause``, naming_clause.py)
        naming = naming_mention(text, span, lang.code) if zone != "title" and lang.code in _NAMING_LANGS else None
        if zone != "title" and naming is None and (is_mentioned_word(text, span, quoted, site.sent_lo) or known_as_before(text, span, quoted) or
                                after_stance_word(text, span, quoted, site.sent_lo) or  # rule stance_term
                                after_list_noun(text, span, quoted) or  # rule list_name
                                is_word_as_word(text, span, quoted) or in_code_call(text, span) or found is not None and  # rule word_as_word
                                is_agentless_name(text, span, found.cue, found.cue_at) or (
                word_list is not None and short(quoted) and word_list.paragraph == span.paragraph and
                text[mark_end(text, word_list):span.open_at].strip(" ,") in ("", "and", "or"))) and \
                (not _named_speaker(found, ctx) or known_as_before(text, span, quoted)):  # (known_as.py)
            # "saying words such as “hello”, “one, two” and “bye bye”": words quoted as words,
            # the writer's scare quotes, unless someone named is said to use them ("Ruiz used
            # the word “rigged”"); a sentence's first word is no one's name ("New research ...").
            # So is a name given with no one giving it: "has been dubbed a “steel ribbon”", "a
            # small room called the “quiet corner”" (rule ``agentless_naming``).
            word_list = span
            out.append((zone, index, span.start, span.end, quoted, None, None, None, "none", "scare", None))
            continue
        word_list = None
        if kind == "partial" and prev_direct and before is not None and \
                only_attribution(text, mark_end(text, before), span.open_at) and \
                text[mark_end(text, before):span.open_at].strip(" ,\t") and (
                    found is not None and prev is not None and found.cue_at >= 0 and found.cue_at == prev.cue_at or
                    one_attribution(text, mark_end(text, before), span.open_at) and
                    ctx.cues.first(mark_end(text, before), span.open_at) is not None):
            # “The new front line,” said Ann Lee, “is everywhere.”; „Wir“, so sagen sie, „sind …“ (rule ``split_halves``)
            kind = "direct"
        if found is None and kind == "partial" and zone != "title" and not capital_words_inside(text, span, quoted):
            sent_lo = site.sent_lo
            # A quoted label on a noun (‘narcoterrorist’ networks): the writer's, unless speech is reported.
            if not is_modifier(text, span, quoted) or ctx.cues.first(sent_lo, span.open_at) is not None:
                found = (sentence_subject(text, ctx, sent_lo, span.open_at) or opening_verb_subject(
                    text, ctx, sent_lo, span.open_at)) if reports_speech(text, ctx.cues, sent_lo, span.open_at) and \
                    not portrayal_judged(text, span.open_at, sent_lo) else None  # ("dismissed suggestions of him as": s62)
                if found is not None:
                    found.rule, unvoiced = SENTENCE_SUBJECT, not (voiced_by_subject(text, ctx.cues, sent_lo, span.open_at) or is_scope_word(
                        quoted) or is_judged_term(text, span, quoted, sent_lo, lang.code))  # "blocks “all” bots"; "hält X für „…“"
                    found = mood_over_subject(text, ctx, found, sentences.start(p_lo, span.open_at), sentences.end(
                        max(span.close_at, span.open_at), p_hi), span) or found  # "Die Schuhe seien „…“"
            else:
                # ... unless the subject's verb reports speech or a judgement: "Lee congratulated
                # the team on the “decisive victory” at the polls" (a quoted name or title
                # in capitals was set aside above: is_title_of_work).
                found = speech_subject(text, ctx, sent_lo, span.open_at, span.close_at)
                if found is not None:
                    found.rule = SPEECH_SUBJECT
        if (found is None or document_mention(found.mention)) and kind == "partial" and zone != "title" and lang.code == "en":
            found = authored_subject(text, ctx, site.sent_lo, span.open_at) or found  # "Oxfam's report calls it “…”" (s54)
        passive = None
        if kind == "partial" and zone != "title" and lang.code == "en" and found is not None and found.rule == "lead_in" \
                and apposed_naming(text, span):
            found = None  # "Bob Smith, dubbed the “tax king” by Ann Lee,": not Bob Smith's words; Ann Lee's below (s55)
        if kind == "partial" and zone != "title" and lang.code == "en" and (
                found is None or found.rule in (SENTENCE_SUBJECT, SPEECH_SUBJECT, "previous_quote", INVERTED_INCISE_EN)):
            # "was described by Ann Lee as “reckless”", "was called “a scam” by Ann Lee": the
            # passive's agent used the words (rule ``passive_agent``); an unnamed one: null. Also
            # inside an inverted incise's clause: "The plan, said Ann Lee, was dismissed by Tom
            # Hale as “…”" is Tom Hale's (read46p)
            passive = passive_speaker(text, span, quoted, site.sent_lo, ctx.names)
            if passive is not None:
                found, unvoiced = (Finding(passive, None, "explicit", -1, PASSIVE_AGENT) if passive else None), False
        if kind == "partial" and found is not None and sentences_after_comma(text, span, quoted):
            kind = "direct"
        credited: Finding | None = found
        reporter = None
        named = lang.code == "de" and (appositive_name(text, span, quoted) or bool(out) and out[-1][9] == "scare" and
                                       listed_name(text, span.open_at, quoted))  # "der Weinlage „X“": a name (name_kinds)
        someones = fragment or zone == "body" and site.starts_paragraph and not span.continued and \
            not text[mark_end(text, span):p_hi].strip() and is_quoted_heading(quoted)
        if someones:
            # A paragraph of its own made of a few quoted words: a subheading that quotes
            # someone (“‘Peaceful opposition’”), not the writer's term.
            kind = "partial"
        elif credited is None and kind == "partial" and naming is not None:
            # "was Ortsvorsteher Rainer Pohl „…“ nennt", "lo que el diputado X llamó «…»": the
            # clause's subject's term, partial (rule ``naming_clause``: naming_clause.py)
            someones = True
            found = credited = Finding(naming, None, "explicit", -1, NAMING_CLAUSE)
        elif credited is None and kind == "partial" and not named and in_reported_mood(
                text, sentences.start(p_lo, span.open_at), sentences.end(max(span.close_at, span.open_at), p_hi),
                span, current_language().code):
            someones = True  # "Die ATU sei die »wichtigste Organisation«": reported speech, partial
            s_lo = sentences.start(p_lo, span.open_at)
            resolve_pronoun = lambda before, pronoun: pronoun_antecedent(text, ctx, before, pronoun)  # noqa: E731
            # ("Sie sei »...«": the one "sie" stands for, before the person credited last)
            person = pronoun_subject(text, s_lo, resolve_pronoun) or reported_speaker(text, ctx, span.open_at) \
                or subject_before(text, ctx, s_lo, p_lo, resolve_pronoun)
            other = newer_subject(text, ctx, sentences.start(p_lo, span.open_at), person) if person else None
            person = person if other is None else other  # "Der Händler Tom Weber sieht das anders. ..."
            if person:
                # "..., räumt Gutierrez ein. Die ATU sei die »wichtigste Organisation«": the
                # mood of reported speech goes on with the speaker credited just before.
                found = credited = Finding(person, None, "explicit", -1, REPORTED_MOOD)
            elif other is None:  # ("": someone else named in between: null)
                person = mood_partial_speaker(text, ctx, sentences.start(p_lo, span.open_at), span.open_at)
                if person:  # "..., erklärt Jan Roth. Das sei gefährlich, denn „…“"
                    found = credited = Finding(person, None, "explicit", -1, REPORTED_MOOD_PARTIAL)
                elif person := partial_speaker(text, ctx, s_lo, p_lo, span.open_at):  # "X warnte. Es sei „…“"
                    found = credited = Finding(person, None, "explicit", -1, MOOD_AFTER_SPEAKER)
        elif credited is None and kind == "partial" and is_clause_fragment(text, span, quoted) and (
                span.open_at >= 0 and text[span.open_at] not in quoted or
                clause_reports_speech(ctx.cues, sentences, span, p_lo, p_hi)):
            # "The ministers added that it was “an attempt to tax the smallest farms”": a clause
            # lifted from someone's words, partial though no rule names who (the guide: scare
            # quotes mark terms and names, not clauses; one holding its own opening mark, in a
            # sentence that reports no speech, is marks paired wrongly): null, never the writer's term;
            # the subject of the sentence's reporting verb is kept as the mention. A clause in
            # the sentence after one that reports speech goes on with it ("..., said Ann Lee in
            # the Courier. It works only when “the facts are louder than the lies.”"): the
            # reporter is that sentence's.
            someones = True
            reporter = reporting_subject(text, ctx, site.sent_lo, span.open_at)
            before_lo = -1 if reporter is not None or clause_reports_speech(ctx.cues, sentences, span, p_lo, p_hi) else \
                reported_before(ctx.cues, sentences, span, p_lo, quoted)
            if before_lo >= 0:
                reporter = reporting_subject(text, ctx, before_lo, site.sent_lo)
            if reporter is None and before is not None and joined_to(text, before, span) and last_reporter:
                reporter = last_reporter  # "... is “framing X” and “suggesting Y”": the same reporter's
        elif credited is None and kind == "partial" and zone != "title" and not named and \
                in_reported_clause(text, ctx.cues, site.sent_lo, span.open_at):
            someones = True  # "Muitos entendem que ele é o “moderador”" (rule ``reported_clause``)
        if passive == "" and credited is None:
            someones = True  # "described by critics as “…”": someone's words, no one named
        insult = insult_word(text, span, quoted) if kind == "partial" and (
            credited is None or credited.rule in SUBJECT_RULES or credited.rule in _BORROWED_RULES) else None
        if insult is not None:
            # "als „Verräter“ beschimpft": words someone shouted, partial; the subject of a
            # passive is the one insulted, not the speaker (rule ``insult_word``)
            someones = True
            credited = None if insult == "passive" else credited
        elif credited is None and kind == "partial" and not someones and zone != "title" and \
                lang.code in ROMANCE and quoted[:1].islower() and not any(c.isupper() for c in quoted) and \
                (verb_at := speaks_of_romance(text, span.open_at, site.sent_lo)) >= 0:
            # "le maire Paul Vernet a parlé de « gâchis »", "habló de «un día histórico»": the
            # subject's word for the thing, partial; null when no subject names anyone (naming_clause.py);
            # not a capitalized name ("a parlé de « Germinal »": a title, a place), nor a name inside
            # the quote ("a parlé de « la loi Travail »", "habló de «la Liga»": read46k)
            someones = True
            subject = sentence_subject(text, ctx, site.sent_lo, verb_at)
            if subject is not None:
                subject.rule = NAMING_CLAUSE
                found = credited = subject
        elif credited is None and kind == "partial" and not someones and \
                is_judged_term(text, span, quoted, site.sent_lo, lang.code):
            # "was described as “short-sighted”"; „von X als „…“ bezeichnet", « … » par X (naming_clause.py)
            someones, agent = True, named_agent(text, span) if lang.code == "en" else judged_agent(text, span, lang.code)
            found = credited = Finding(agent, None, "explicit", -1, JUDGED_TERM) if agent else credited  # (judged_terms.py)
        elif credited is None and kind == "partial" and not someones and lang.code == "en" and \
                word_count(quoted) <= JUDGED_WORDS and not any(e in quoted.rstrip(" ,.!?…") for e in (". ", "! ", "? ")) and \
                (verb_at := judging_verb(text, span.open_at, site.sent_lo)) >= 0:
            # "Ortega dismissed the report as “fake news”": the active verb's subject judged it (judged_object.py)
            someones = True
            found = credited = judging_subject(text, site.sent_lo, verb_at) or credited
        elif credited is None and kind == "partial" and not someones and zone != "title" and \
                text[mark_end(text, span):mark_end(text, span) + 1] not in ("-", "‐") and \
                (work := work_voice(text, site.sent_lo, span.open_at, lang.code)) is not None:
            # (not "auf der „Spiegel“-Liste": a name) "His book “…” foresaw “hyperspecialisation”", "le
            # livre dénonçait le caractère « intimidant »": a reviewed work's phrase, its author's (``work_voice``)
            someones = True
            if work.author:
                found = credited = Finding(work.author, None, "explicit", -1, WORK_VOICE)
        elif credited is None and kind == "partial" and not someones and borrowed_in_roundup(site, quoted):
            someones = True  # a roundup's borrowed phrase, its source unnamed here (roundup_phrases.py, s56)
        if kind == "partial" and found is not None and found.rule in _BORROWED_RULES and found.rule != REPORTED_MOOD and \
                word_count(quoted.replace("-", "")) == 1 and not clause_reports_speech(ctx.cues, sentences, span, p_lo, p_hi) and \
                not (found.rule == SENTENCE_SUBJECT and (voices_view((found.cue or "").lower()) or is_scope_word(quoted))) and \
                not (found.rule == "previous_quote" and in_roundup(site, ctx, found)) and \
                not (lang.code == "en" and found.rule == SENTENCE_SUBJECT and
                     judged_by_subject(text, site.sent_lo, judging_verb(text, span.open_at, site.sent_lo), found)) and \
                not (found.rule == SENTENCE_SUBJECT and (lang.code in ROMANCE and romance_judgement(text, span.open_at) or lang.code == "de" and is_judged_term(text, span, quoted, site.sent_lo, "de"))) and \
                not (out and prev_span is not None and out[-1][3] == prev_span.end and listed_after_credited(
                    text, span, prev_span, out[-1][9], out[-1][5], quoted)) and \
                not judgement_in_dense_sentence(text, span, quoted, sentences.start(p_lo, span.open_at),
                                                sentences.end(max(span.close_at, span.open_at), p_hi)) and \
                not in_reported_mood(text, sentences.start(p_lo, span.open_at),
                                     sentences.end(max(span.close_at, span.open_at), p_hi), span,
                                     current_language().code):
            # One quoted word in a sentence that reports no speech ("The team has built a
            # “toolkit” for tenants"), credited only to the speaker of a quote before or to
            # the sentence's subject: the writer's term, a scare quote (which does not break
            # the chain of quotes around it). A subject whose verb judges ("Lee dismissed the
            # claim as “absurd.”") is said to use the word: it stays the subject's, as a word
            # in a sentence of reported speech stays its speaker's (rule ``reported_mood_word``);
            # so does a word of scope ("Lee has banned “all” drones": is_scope_word).
            credited = None
        elif kind in ("partial", "direct") and is_label(text, span, quoted, kind, found,
                                                            clause_reports_speech(ctx.cues, sentences, span, p_lo, p_hi)):
            # "restrictions on … (“small yards and high fences”)", "Trump's ‘Stop the Steal’ lawyer": a gloss in
            # brackets or a title-case name before its noun is the writer's label, unless its sentence reports speech.
            kind, credited = "partial", None
        if credited is None and kind == "direct" and interrupted and not title_words(quoted):
            someones = True  # "„Wir“, so sagen sie, „…“": a first half, never a scare quote (``split_halves``)
        crowd = chant and crowd_chant(text, span)  # "roused the crowd to chants of “…”": the crowd's (s61)
        if chant:  # "cries of “Shame!”", "chanting “Dump Trump.”": chanted speech is direct (rule chanted_words)
            someones, kind = someones or credited is None or crowd, "direct"
        if credited is None and kind == "direct" and zone == "body" and (
                is_short_sentence(text, span, quoted) or said_after(text, span, ctx.cues)):
            someones = True  # "said, “Enough!”", "die Frage: „Bin ich normal?“", "«Es un error», afirmó." (``short_sentence``)
        out.append(make_quote(text, span, zone, index, credited, ctx, quoted, kind, someones))
        if unvoiced and credited is found or crowd and credited is not None:
            out[-1] = without_speaker(out[-1])  # "Lee and Roy were “clinging to each other”", a crowd: not who spoke
        if credited is None and found is not None and found.how != "inherited" and lang.code == "fr":
            # "Anne Roy, une des premières « marcheuses », est « visée ... »": a new subject's
            # word, credited to no one, still ends the run of the speaker credited before it
            # (the next quote inherits this mention, not that speaker).
            ctx.last_speaker = None
        if reporter is not None and credited is None:
            named = named_reporter(ctx, reporter[0]) or clitic_reporter(reporter[0], text, ctx, span.open_at)
            inverted = None if named else inverted_reporter(ctx, text, reporter[0], reporter[2])
            out[-1] = out[-1][:5] + (named or inverted, reporter[0], reporter[1], "explicit",
                                     out[-1][9], INVERTED_REPORTER if inverted else CLAUSE_FRAGMENT)
        if written or titled == "motto" or titled and not signed_by_person(out[-1][5], ctx.names.is_person):
            # (a dated entry credited to a person is speech: "2023: “…” – Ann Lee, prime minister")
            # "Lee writes her column, “Field Notes,”": the work's title, no one's words, unless
            # the rest of the sentence reports it (“Enough,” she said; ..., according to X);
            # the sentence's subject (the writer) is still the one a pronoun after it means.
            out[-1] = (zone, index, span.start, span.end, quoted, None, None, None, "none", "scare", None)
            speech = spoken if written else speech  # "Ann Lee, author of “Home,” said: “…”": read from her name
        elif out[-1][9] == "scare":
            plain.add(len(out) - 1)  # the writer's term only for want of a speaker (sentence_siblings)
        aside = (prev, prev_span, said_before, said, said_span) if prev_span is not None and opens_aside(text, prev_span, span) \
            else None
        said_before = ctx.last_speaker
        prev, prev_span = found, span
        if found is not None and out[-1][9] != "scare" and out[-1][5 if unvoiced else 6] is not None and \
                found.rule not in (POSSESSED_SPEECH, OWN_WORDS, QUOTED_REMARK, COMME_CLAUSE):
            # Only a quote credited to someone carries its speaker on (rules_before.previous_quote); not a scare quote,
            # a title ("Sony bought “Equity,”"), nor one credited inside its own sentence by a possessive or a
            # clause (possessed_speech, own_words_fr, quoted_remark, comme_clause).
            said, said_span = found, span
        prev_direct = out[-1][9] == "direct" and breaks_off(text, span, quoted)
        last_reporter = reporter if reporter is not None and credited is None else None
    return credit_siblings(text, out, plain)


# The languages whose naming clauses naming_clause.py reads.
_NAMING_LANGS: Final = frozenset(("de", "fr", "es", "pt"))


# The rules that credit a quote with no cue of its own sentence: the speaker of the quote
# before, the sentence's subject.
_BORROWED_RULES: Final = frozenset(["previous_quote", SENTENCE_SUBJECT, REPORTED_MOOD])


def _named_speaker(found: Finding | None, ctx: ArticleContext) -> bool:
    """The finding names someone: an explicit mention of two words or more, or of one the
    article writes as a name."""
    if found is None or found.how != "explicit" or not found.mention:
        return False
    words = found.mention.split()
    if words[0].lower() in DETERMINERS:
        return False  # "the museum's director", "a spokesman": a description names no one
    return len(words) > 1 or ctx.names.is_proper(found.mention)
