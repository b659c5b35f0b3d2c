"""The rules that look before a quote with no attribution of its own: the quote before it
(``previous_quote``), the reported sentence before it, a dropped subject (es/pt), the writer's
paragraph before it. They are tried in ``rules.RULES`` after the rules that read the quote's own
sentence."""

from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.comme_clause import COMME_CLAUSE
from newsbeam.transforms.quotes.newer_subject_rom import newer_subject_rom
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.inside_subject import preposition_before
from newsbeam.transforms.quotes.inverted_before import inverted_subject_before
from newsbeam.transforms.quotes.implied import PRO_DROP, dropped_subject_antecedent, dropped_subject_cue
from newsbeam.transforms.quotes.inverted_close import closes_inverted
from newsbeam.transforms.quotes.shapes import known_person, lead_in, sentence_subject
from newsbeam.transforms.quotes.trailing import closing_sentence_before, connective_opens, heading_line, \
    quote_ends_paragraph
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.sources import group_subject
from newsbeam.transforms.quotes.group_openers import opening_group
from newsbeam.transforms.quotes.relatives import after_relative_quote
from newsbeam.transforms.quotes.embedded_speaker import told_inside
from newsbeam.transforms.quotes.outlet_source import OUTLET_RULES
from newsbeam.transforms.quotes.own_attribution import own_subject_after
from newsbeam.transforms.quotes.own_description import own_attitude_subject, own_described_subject, own_plain_subject
from newsbeam.transforms.quotes.possessed_speech import POSSESSED_SPEECH
from newsbeam.transforms.quotes.signed_after import SIGNED_AFTER
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.pronoun_before import pronoun_before
from newsbeam.transforms.quotes.pronoun_chains import unnamed_newcomer
from newsbeam.transforms.quotes.unnamed import opens_on_someone_new
from newsbeam.transforms.quotes.named_between import someone_else_named
from newsbeam.transforms.quotes.lexicon import DETERMINERS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.tokens import mark_end

# A name of two or three words set off by commas after a titled subject ("The mayor, Lisa Tran, visited").
_APPOSED_NAME: Final = re.compile(r"(?:[A-Z][\w’'\-]+[^\S\n]+){1,2}[A-Z][\w’'\-]+")

# A German lead-in sentence whose subject is "er"/"sie" before its verb, ending on a colon: it
# names its own speaker, whom the chain must not pass over (review41 #11).
_PRONOUN_LEAD_DE: Final = re.compile(r"[^\S\n]{0,4}(?:Er|Sie)[^\S\n]+[a-zäöüß][^:\n.!?]{0,200}:[^\S\n]*$")
# How far into a sentence an unnamed newcomer stands as its subject ("Dann meldete sich eine
# Anwohnerin zu Wort"): _newcomer_opens.
_NEWCOMER_AT: Final = 40
# The marks that end a sentence inside a quote's closing mark (_closes_sentence).
_STOPS: Final = ".?!"


def previous_quote(site: Site, ctx: ArticleContext) -> Finding | None:
    """A quote with no attribution of its own, next to the last one credited to someone, continues
    it: in the same paragraph with no cue of a later sentence between them, or opening the
    paragraph after one that closes on that quote. Scare quotes and titles in between carry no
    one forward: the distance is measured from the credited quote."""
    prev, prev_span, span, text = site.said, site.said_span, site.span, site.text
    aside = _scare_in_sentence(site, ctx) or after_relative_quote(site, ctx)
    if aside is not None:
        return aside
    if prev is None or not prev.mention or prev_span is None or prev.rule in ("read_in", SIGNED_AFTER) or \
            prev.rule in OUTLET_RULES and ctx.names.fullest(prev.mention) == prev.mention:
        # (words read in a publication, or a signature's, are no one's to go on with; but "a
        # déclaré Le Pen" is the Marine Le Pen the article named: a person goes on)
        return None
    if told_inside(site, ctx, prev):
        return None  # someone quoted inside another's account: not beyond that sentence
    if own_subject_after(site, ctx):
        return None  # "« ... », a écrit Le Monde dans son éditorial": its own source, not read
    if current_language().code == "de" and _PRONOUN_LEAD_DE.match(text, site.sent_lo, span.open_at):
        return None  # "Sie wandte sich dann an die Gäste: „…“": a pronoun's lead-in, colon_far's to read
    if current_language().code in ("es", "pt") and newer_subject_rom(
            text, ctx, prev_span.open_at, span.open_at, ctx.names.fullest(prev.mention)):
        return None  # "«…», dijo. Pedro Amurrio felicitó a los equipos. «…», añadió.": his (dropped_subject, s55)
    if prev_span.paragraph == span.paragraph:
        if own_described_subject(site, ctx, prev.mention):
            return None  # "La DGSA informó “…”. El productor tampoco pidió la “…”": not the DGSA's
        if own_plain_subject(site, ctx, prev.mention):
            return None  # "Os moradores dizem que …. A prefeitura lançou o programa “…”": no one's to go on
        if own_attitude_subject(site, ctx, ctx.names.fullest(prev.mention)):
            return None  # "Ann Roe said “…”. Tom Lee indicated that … “…”": Tom Lee's (speech_subject)
        # Cues in the sentence that credits the previous quote ("..., Noem said, referring
        # to ...") do not start a new attribution; one in a later sentence does.
        gap_lo = mark_end(text, prev_span)
        assert ctx.sentences is not None and ctx.cues is not None
        if not _closes_sentence(text, prev_span, prev):
            gap_lo = ctx.sentences.end(max(gap_lo, prev.cue_at), site.sent_lo)
        if ctx.cues.first(gap_lo, site.sent_lo) is None and not _someone_new_between(text, ctx, gap_lo, site.sent_lo) \
                and not someone_else_named(text, ctx, gap_lo, site.sent_lo, prev.mention):
            own = ctx.cues.between(site.sent_lo, span.open_at) if current_language().code == "en" else []
            group = group_subject(text, site.sent_lo, own[-1].s) if own else None
            group = group or opening_group(text, site.sent_lo, span.open_at)
            if group:  # "... the question parents keep asking: “...”", "Rights groups estimate “…”": no one named
                return Finding(text[group[0]:group[1]], own[-1].word if own else None, "explicit", own[-1].s if own else -1)
            return Finding(prev.mention, prev.cue, "inherited", prev.cue_at)
    elif prev_span.paragraph == span.paragraph - 1 and site.starts_paragraph and \
            quote_ends_paragraph(text, prev_span, site.paragraphs) and not heading_line(site, ctx):
        return Finding(prev.mention, prev.cue, "inherited", prev.cue_at)
    return None


def _closes_sentence(text: str, span: Span, found: Finding) -> bool:
    """The quote at ``span``, credited by a cue before it (``found``), ends its sentence with the
    full stop inside its marks ("Lee called it a “rotten bargain.”"): the next sentence starts
    after the marks, and is read for a cue or a name (not skipped as the rest of the quote's)."""
    return 0 < span.close_at and text[span.close_at - 1] in _STOPS and found.cue_at < span.open_at


def _someone_new_between(text: str, ctx: ArticleContext, lo: int, hi: int) -> bool:
    """A sentence in ``text[lo:hi]`` (at most four) opens on someone new and unnamed ("A
    spokesman for the union disagreed."): the quote after it is not the speaker's before."""
    assert ctx.sentences is not None
    for _ in range(4):
        while lo < hi and text[lo].isspace():
            lo += 1
        if lo >= hi:
            return False
        end = ctx.sentences.end(lo, hi)
        if opens_on_someone_new(text[lo:min(hi, lo + 80)]) or _newcomer_opens(text, lo, end):
            return True
        lo = end
    return False


def _newcomer_opens(text: str, lo: int, hi: int) -> bool:
    """Outside English, the sentence ``text[lo:hi]`` opens on an unnamed person brought in by an
    indefinite article ("Eine Nachbarin ist skeptisch.", "Une voisine est sceptique.", "Una vecina
    protestó."), within its first ``_NEWCOMER_AT`` characters (``pronoun_chains.unnamed_newcomer``)."""
    if current_language().code == "en":
        return False
    hi = min(hi, lo + _NEWCOMER_AT)
    return unnamed_newcomer(text, lo, hi, "m") or unnamed_newcomer(text, lo, hi, "f")


def _scare_in_sentence(site: Site, ctx: ArticleContext) -> Finding | None:
    """The quote right before, set aside as the writer's word or a title though its sentence
    names who uses it, in this quote's sentence: that mention is this one's too ("Washington,
    star of “Scandal,” thanked Obama for “...”", "He rails against its “cheating” and its
    “blackmail”"), as the sentence's own subject, not an inheritance. A possessive's speaker
    (``possessed_speech``: "her call for “...”") is not the sentence's subject, nor is a
    "comme le souligne X" clause's (review43 F5)."""
    prev, prev_span = site.prev, site.prev_span
    if prev is None or prev is site.said or prev_span is None or prev.how == "inherited" or \
            prev.rule in (POSSESSED_SPEECH, COMME_CLAUSE) or prev_span.paragraph != site.span.paragraph or not prev.mention:
        return None
    assert ctx.sentences is not None
    if ctx.sentences.start(site.p_lo, prev_span.open_at) != ctx.sentences.start(site.p_lo, site.span.open_at):
        return None
    return Finding(prev.mention, prev.cue, prev.how, prev.cue_at, prev.rule)



def reported_sentence_before(site: Site, ctx: ArticleContext) -> Finding | None:
    """A quote that opens a sentence after a reported one ("..., Ochoa said. “...") is its
    speaker's; failing a cue there, the person that sentence is about ("Ruiz, who lost,
    described the count as ... ‘We will be back.’")."""
    text, span, sent_lo = site.text, site.span, site.sent_lo
    if connective_opens(site):
        return closing_sentence_before(site, ctx)  # "... said Lee. Still, “...”"
    if sent_lo > site.p_lo and text[span.start:span.start + 1].isupper() and sent_lo == span.open_at:
        assert ctx.sentences is not None and ctx.cues is not None
        prev_lo = ctx.sentences.start(max(site.head_lo, site.p_lo), sent_lo - 1)
        if prev_lo >= site.head_lo:
            closes = current_language().code == "en" and closes_inverted(text, ctx.cues, prev_lo, sent_lo)
            if closes and (found := closing_sentence_before(site, ctx)) is not None:
                return found  # "It is a familiar story, said Ann Lee. “…”": not "It" (lead_in), s58
            found = lead_in(text, ctx.cues, prev_lo, sent_lo, None)
            if found and found.how == "explicit" and preposition_before(text, prev_lo, sent_lo, found):
                # "O senador do Podemos pondera que ... “...”, afirmou.": the party is no subject;
                # the quote's own verb, with its subject dropped, is read next (dropped_subject)
                return None
            if found:
                return found
            found = closing_sentence_before(site, ctx)
            if found:
                return found
            prev_span = site.prev_span
            if _goes_on_after(text, span, site.tail_hi):
                return None  # "« Un désastre », ce mot revient souvent ...": the words are the topic
            if site.prev is None or prev_span is None or prev_span.paragraph != span.paragraph:
                found = sentence_subject(text, ctx, prev_lo, sent_lo, people_only=True)
                if found:
                    found.rule = "subject_before"
                # "presentó el candidato X.", "Sie ist skeptisch.", "Se muestra escéptica." (pronoun_before.py)
                return found or inverted_subject_before(text, prev_lo, sent_lo) or pronoun_before(text, ctx, prev_lo, sent_lo)
    return None


def _goes_on_after(text: str, span, hi: int) -> bool:
    """The quote's sentence goes on after it with a comma and a lower-case word (no sentence said
    alone): "« Un désastre », ce mot revient ...". Not read for a quote with no closing mark."""
    if span.close_at < 0:
        return False
    after = text[mark_end(text, span):min(hi, mark_end(text, span) + 4)].lstrip(" \u00a0\u202f")
    return after[:1] == "," and after[1:].lstrip()[:1].islower()


def dropped_subject(site: Site, ctx: ArticleContext) -> Finding | None:
    """Spanish and Portuguese drop the subject: "«...», dijo al auditorio." and "Betancourt ... y
    dijo: “...”" are said by the person the text is about (the one last credited in the
    paragraph, or the first person named in the sentences just before); none found: null."""
    if current_language().code not in PRO_DROP:
        return None
    text, span = site.text, site.span
    close_end = mark_end(text, span) if span.close_at >= 0 else -1
    assert ctx.cues is not None
    cue = dropped_subject_cue(text, ctx.cues, site.sent_lo, span.open_at, close_end, site.tail_hi)
    if cue is None or own_subject_after(site, ctx):
        return None  # (no verb, or one whose subject follows it: "\"...\", escreveu a Folha")
    person, described = dropped_subject_antecedent(text, ctx, span.open_at)
    if cue.s < span.open_at and own_described_subject(site, ctx, person):
        return None  # "El productor tampoco pidió que “…”": the verb's subject is written
    if person is None:
        # "El abogado de Ana Ruiz habló ... «...», dijo.": the one described speaks, unnamed
        return Finding(described, cue.word, "explicit", cue.s) if described else None
    return Finding(person, cue.word, "explicit", cue.s)


def writer_paragraph_before(site: Site, ctx: ArticleContext) -> Finding | None:
    """A quote that is a whole paragraph of its own, with no attribution, after a paragraph of
    the writer's that is about a person: "Lee is upbeat about the vote. / “We will win.”" is
    Lee's (shape 5: the writer's sentence names the speaker). A writer's paragraph that names
    no one between two quotes leaves the quote with the speaker of the one before it."""
    text, span = site.text, site.span
    if site.zone != "body" or not site.starts_paragraph or span.paragraph == 0 or span.close_at < 0 \
            or text[mark_end(text, span):site.paragraphs[span.paragraph][1]].strip():
        return None
    quoted = text[span.start:span.end].rstrip(" ,")
    if len(quoted.split()) < 4 or quoted[-1:] not in ".!?…" and text[span.end:span.end + 1] not in ".!?":
        return None  # "Mortal wound": a heading in quote marks, not someone's sentence
    q_lo, q_hi = site.paragraphs[span.paragraph - 1]
    prev_span = site.prev_span
    if prev_span is not None and prev_span.paragraph == span.paragraph - 1 or q_hi - q_lo > 400 or \
            text[q_hi - 1:q_hi] not in ".!?":
        return None  # the paragraph before holds a quote of its own, or is no plain sentence
    subj = subject_of(text, q_lo, q_hi)
    if subj is not None:
        mention = text[subj[0]:subj[1]]
        name = split_title(mention) if is_person_like(mention) else ""
        head, _, apposed = mention.partition(", ")
        if head.split()[0] == "The" and head.split()[-1].lower() in TITLES | ROLE_WORDS and \
                _APPOSED_NAME.fullmatch(apposed) and text[subj[1]:subj[1] + 1] == ",":
            return Finding(apposed, None, "explicit", -1)  # "The mayor, Lisa Tran, visited …" (s54)
        if mention.split()[0].lower() in DETERMINERS:
            return None  # "The Washington Post ...": a body, not a person
        if text[subj[1]:subj[1] + 2].lstrip()[:1] == ":":
            return None  # "Ann Lee: a life at sea.": a heading that names someone (heading_name's)
        if mention in ("He", "She") or known_person(mention, ctx) or len(name.split()) >= 2 and \
                not is_org(name):
            return Finding(mention, None, "pronoun" if mention in ("He", "She") else "explicit", -1)
    return None
