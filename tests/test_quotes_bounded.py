"""Every regex and rule of the quote extractor runs in time linear in its input (issue 13).

A pattern with nested quantifiers over the same characters backtracks exponentially on the
right input (``said a spokesman for AAAA...A&T.`` once took 9.5 s for 26 capitals, each one more
x1.8). Here every compiled pattern of the package is run over long adversarial strings the way
the extractor uses it (a scan of a whole text, or a match at one position), every attribution
rule is run on a quote set in them, and so is the whole extractor, each under a CPU-time bound
that a linear pass meets many times over and a quadratic one does not.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import time
from pathlib import Path

import pytest

import newsbeam.transforms.quotes as package
from newsbeam.transforms.quotes import compiled, extract_quotes
from newsbeam.transforms.quotes.context import ArticleContext, Site
from newsbeam.transforms.quotes.cues import CueIndex
from newsbeam.transforms.quotes.marks import find_spans, paragraph_spans
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.pattern_tables import PatternTable
from newsbeam.transforms.quotes.rules import RULES
from newsbeam.transforms.quotes.tokens import Sentences

N = 50_000
BOUND = 1.5  # CPU seconds; a linear pass over 50k characters takes milliseconds

ADVERSARIAL = {
    "capitals": "A" * N,
    "capitals-then-amp": "A" * N + "&T.",
    "spaces": " " * N,
    "newlines": "\n" * N,
    "capitalized-words": "Ab " * (N // 3),
    "capital-spaces": "A " * (N // 2),
    "commas": ", " * (N // 2),
    "curly-doubles": "“" * N,
    "curly-singles": "‘’" * (N // 2),
    "straight-singles": "'" * N,
    "straight-doubles": '"' * N,
    "initials": "A." * (N // 2),
    "honorifics": "Mr. " * (N // 4),
    "of-capitals": "of A " * (N // 5),
    "spaces-then-of": " " * N + "of A",
    "possessives": "A’s " * (N // 4),
    "cue-words": "said " * (N // 5),
    "dashes": "—" * N,
    "full-stops": "." * N,
    "sentences": "Aa. " * (N // 4),
    "labels": "AB: " * (N // 4),
    "lowercase": "a" * N,
    "hyphens": "A-" * (N // 2),
    "apostrophes": "A’" * (N // 2),
    "digits": "1," * (N // 2),
    "determiners": "the his " * (N // 8),
    "quoted-words": "“A” " * (N // 4),
    # Other languages (issue 16): spaced guillemets, a German article's short attribution and
    # verbs, letters outside ASCII, a Spanish article's "según".
    "spaced-guillemets": "« A » " * (N // 6),
    "german-so": "der die und „A“, so A " * (N // 22),
    # One "sentence" of German quotes that no rule credits: the mood of reported speech is read
    # near each quote, not over the whole sentence for each.
    "german-so-uncredited": "der die und „a“, so a " * (N // 22),
    "german-verbs": "der die und sagte erklärte " * (N // 27),
    # Many German quotes credited to a description ("sagt der Landwirt") after a name: the
    # person it refers back to is read in a window of names found once, never by a pass over the
    # whole text for each word of each name of each quote (described_antecedent, stop 39).
    "german-described": "Tom Weber lebt seit vielen Jahren in Rheda und führt dort den Hof. Im Sommer hat er "
                        "drei Kühe auf dem Markt verkauft. „A“, sagt der Landwirt. " * (N // 142),
    "umlauts": "ä" * N,
    "spanish-segun": "el los que según A, " * (N // 20),
    "spanish-incise": "«a —dijo a a a a a a a a a a a a a a a a a a a a a a a a " * (N // 56),
    "spanish-described": "Ante esto, el equipo que defiende a A " * (N // 38),
}

# How the extractor uses each pattern: "scan" runs over a whole text (finditer, split, sub,
# search), "match" only at one position. A new pattern must be added here, so that it is tested.
USES = {
    "kind_spokesperson._SPOKESPERSON": "match", "kind_spokesperson._OPENING_BODY": "match", "kind_spokesperson._OF_NAME": "match",
    "kind_spokesperson._ISSUED": "scan", "subjects_fr._ELIDED_NAME": "match",
    "quote_opens._WORD_BEFORE": "scan", "kin_named._GIVEN": "scan", "capital_titles._ARTICLE_BEFORE": "search",
    "unnamed_sources._SOURCES": "match", "bodies_fr._ACRONYM_AFTER": "match",
    "said_alone._TAIL": "match", "authored_documents._POSSESSED": "match", "authored_documents._MADE_BY": "match",
    "authored_documents._BODY_DOC": "match", "authored_documents._ROLE_THEN_NAME": "match",
    "authored_documents._DOC_WORD": "scan", "subject_company._KIND_THEN_NAME": "scan", "rules_before._APPOSED_NAME": "match", "described_fr._AGE_AFTER": "match", "team_lead._OTHER_TEAM": "scan", "said_alone._WORK_NOUN": "scan", "topics._MODIFIER_THEN_NAME": "match", "mononyms._WORD": "match",
    "mononyms._ITS": "scan", "mononyms._AGE": "match", "group_voices._WORD": "scan", "list_marks._MARK": "scan", "verb_second_de._NOTHING_AFTER": "match", "with_words_de._WITH_WORDS_BEFORE": "scan",
    "with_words_de._VERB_AFTER": "match", "with_words_de._SUBJECT_FIRST": "match",
    "with_words_de._CLAUSE": "match", "with_words_de._WORD_AFTER": "match",
    "acronym_bodies._VERB_DER_ACRONYM_COLON": "match", "singular_subject._AGE": "match", "quoted_remark._NOUN_AFTER": "match",
    "place_then_name._TITLED_RUN": "scan", "word_speakers._BARE": "match", "word_speakers._BRAND": "match",
    "relative_head._RELATIVE": "scan", "relative_head._APPOSITIVE": "scan", "relative_head._BETWEEN": "match",
    "clitic_subject._OF_BEFORE": "scan", "acronym_bodies._ROMAN": "match", "role_subjects._PHRASE": "match",
    "inverted_before._VERB_THEN_TITLED": "scan", "inverted_before._JOINED": "match",
    "colon_clause._WORD": "scan", "participles._CLAUSE_OPENER": "scan", "participles._WITH": "scan",
    "participles._TOKEN": "scan", "cues._ASCII_WORD": "scan", "cues._PARTICLE_AFTER": "match", "cues._WORD": "scan",
    "language._WORD": "scan", "language._INTRODUCED": "match", "speech_sentence._LABELLED_AS": "scan",
    "inverted_names.NAME_RUN": "match", "subject_chain._CLOSED_QUOTE": "scan",
    "kinds._APOSTROPHES": "scan", "kinds._FOLLOWING_WORD": "match",
    "kinds._UNSPACED": "scan", "kinds._YEAR_AFTER": "match", "kinds._NEXT_QUOTE": "scan",
    "show_names._ACRONYM": "match", "open_appositive._OPENING": "match", "voice_owner._GOES_ON": "match",
    "near_rival._PRONOUN_FORMS": "scan",
    "kinds._INNER_SENTENCE": "scan", "kinds._WORK_WRITTEN": "scan",
    "kinds._BYLINE_AFTER": "match", "kinds._COMMA_AFTER": "match",
    "fragments._WORDS_BEFORE": "scan", "fragments._NAME_AFTER": "match",
    "inverted_reporter._IN_PUBLICATION": "match", "inverted_reporter._AND_ANOTHER": "match",
    "inverted_reporter._CAP_WORD": "match", "inverted_reporter._MORE_NAMES": "match",
    "clause_after_adjuncts._CLAUSE": "match",
    "labels._NOUN_AFTER": "match",
    "marks._MARK": "match", "marks._MARK_SCAN": "scan",
    "marks._PARAGRAPH": "scan", "marks._ELISION": "match", "marks._YEARS": "match",
    "trailing_place._CAPITALIZED": "match", "share_cue._OPENS": "match", "share_cue._CLOSED_BEFORE": "scan",
    "share_cue._GOES_ON": "match", "background_de._BACKGROUND_TENSE": "scan", "background_de._PAST_TIME": "scan",
    "background_de._SPOKEN_ABOUT": "scan", "considered_terms._CLOSE": "scan", "place_described._PLACE_ADJECTIVE": "match",
    "name_runs.INTRODUCED_BY": "match", "name_runs._NAME_WORD": "match",
    "name_runs._HONORIFIC": "scan", "name_runs.PERSON_RUN": "scan", "name_runs._HONORIFIC_PARTS": "scan",
    "name_runs._HONORIFIC_FR": "scan", "name_heads._REGNAL": "match", "name_heads._NAME_GOES_ON": "match",
    "name_heads._ARABIC_ARTICLE": "match", "name_heads._SUFFIX_AFTER": "match", "kin_named._KIN_NAMED": "match", "name_heads._JOB_AFTER": "match",
    "name_runs.CAP_WORD": "scan", "name_runs.TITLE_NAME": "scan", "name_runs._ACRONYM_NAME": "scan", "name_runs.CAP_RUN": "scan",
    "phrases._APPOSITIVE_NAME": "match", "phrases._APPOSITIVE_NAME_END": "match",
    "sources._SOURCE_AFTER": "match", "sources._SOURCE_WHOLE": "match", "sources._SOURCE_BEFORE": "scan",
    "resolve._RELATIVE_TAIL": "scan", "issuers._ISSUED_BY": "scan", "issuers._DOC_SUBJECT": "match",
    "described_roles._RUN_AFTER": "match", "speech_sentence._SENTENCE_INSIDE": "scan",
    "headings._HEADING_NAME": "match", "rules_fr._INVERTED": "match", "inverted_fr._AFTER_VERB": "match", "for_person._NAME_WORD": "scan", "for_person_inside._WORD": "scan", "other_title._WORD": "scan", "other_title._APPOSITIVE": "match",
    "rules_fr._CEST_AINSI": "match", "rules_fr._VIEW": "scan", "rules._PAIR_BEFORE": "scan", "rules._SPLIT_ON": "match",
    "departments._DEPARTMENT": "scan", "rules_fr._READ_IN": "match", "rules_fr._LISTED": "match",
    "subjects_fr._PASSIVE_FR": "match", "subjects_fr._PASSIVE_EN": "match", "gender_fr._BEFORE": "scan", "gender_fr._AFTER": "match", "gender_de._BEFORE": "scan", "gender_de._AFTER": "match", "rules_fr._TITLE_BEFORE": "match",
    "incise._OPENER": "scan", "incise._DASH_INCISE": "scan", "incise._INVERTED": "match", "incise._NAMED": "match", "incise._END": "scan",
    "incise._COMPOUND_NAMED": "match", "incise._COMPLEMENT": "match", "incise._AGE": "match",
    "incise._SENTENCE_END": "scan", "verb_first_subject._VERB": "match",
    "verb_first_subject._WORD": "match", "verb_first_subject._LISTENER": "scan",
    "incise._COORDINATED": "match", "incise._RELATIVE": "scan", "own_attribution._INCISE_LEAD": "match", "gender_fr._ARTICLE_BEFORE": "scan",
    "adjunct_subject._WORD_AT": "match", "cues._NEXT_WORD": "match", "told_outlets._ACRONYM": "match",
    "quoted_object._QUOTES": "scan", "quoted_object._OBJECT": "scan", "quoted_object._WORD": "scan",
    "colon_de._WORD": "scan", "colon_opener_de._WORD": "scan", "topic_label_de._LABEL": "match", "topic_label_de._DATE_BEFORE": "scan",
    "surname_forms._DOUBLE": "match", "surname_forms._SECOND_SURNAME": "match", "coordinated_before._AND": "scan", "coordinated_before._TITLE_BEFORE": "scan", "coordinated_before._LIST": "scan", "he_surname._HE_NAME": "scan", "owned_words._OWNER_THEN_CARRIER": "scan", "names_de._CARRIER_AFTER": "match", "rules._LABEL_OF": "match", "crowds._MEMBERS_TAIL": "match", "rules_fr._PUBLISHED": "scan", "rules_fr._IN_A_TEXT": "match", "written_issuers._BY_AFTER": "match", "body_described._OF_TITLED": "match", "described_subject_rom._SPEECH_AFTER": "match", "aged_antecedent._AGED_LEAD_FIRST": "match", "aged_antecedent._AGED_LEAD_SECOND": "match", "view_openers._OPENER_DE": "match", "quoted_as._QUOTED_AS": "scan", "quoted_as._QUOTED_COLON": "scan", "owned_claim._CLAIM": "scan", "owned_claim._CLAUSE_ENDED": "scan", "described._OTHER_HOLDER": "scan", "fronted_de._WORD_RUN": "scan", "pronoun_lead._SENTENCE_ENDS": "scan", "pronouns_intl._ROLE_WORD": "scan", "surname_first_de._WORD": "match", "surname_first_rom._WORD": "match",
    "opening_description.DESCRIBED_FR": "scan", "headline_person._NAMED_AFTER": "match", "opening_description.DESCRIBED_DE": "scan",
    "opening_description._PATTERNS": "scan",
    "datelines._DATELINE": "match", "postposed._ADJECTIVE": "match", "kin_gender._KIN_THEN_NAME": "match",
    "rules_de._ZUFOLGE": "scan", "rules_de._AGED_AFTER": "match", "phrases._AGE_WORD": "match", "rules_de._INCISE": "scan",
    "as_said._AS": "scan", "quoted_nickname._NICK": "scan", "quoted_nickname._OPENS_QUOTE": "scan", "shapes._GERMAN_PRONOUN_AFTER": "match", "shapes._COORDINATED_FOREIGN": "scan",
    "shapes._FIRST_WORD": "match", "complement_clause._GAP": "match", "coordination._LIST_AFTER_PREP": "scan",
    "implied._AGE_AFTER": "match", "implied._DESCRIBED_OPENING": "match", "messages._WORD": "scan", "messages._SENDER": "match",
    "shapes.LABEL": "match", "trailing._DASH_ATTRIBUTION": "match", "trailing.TAIL_LEAD": "match",
    "trailing._SIGNATURE": "match", "signed_after._LIST_MARK": "match",
    "signed_after._NAME_WORD": "match", "wie_clause._WIE": "scan", "wie_clause._END": "scan",
    "wie_described._END": "scan", "wie_described._NAME_WORD": "match",
    "comme_clause._COMME": "scan", "comme_clause._END": "scan", "own_words_fr._PHRASE": "scan",
    "own_words_fr._AFTER": "match", "own_words_fr._OPENING": "match", "these_words_fr._THESE": "match", "das_after._DAS": "match", "after_sentence_de._OPENER": "match", "after_sentence_de._BELIEF_VERB": "match",
    "after_sentence_de._NEGATION": "scan",
    "after_sentence_de._WORD": "match", "possessed_label_de._LABEL": "match", "pronoun_opener_de._OPENING": "match", "after_sentence_de._NOUN_OF": "match",
    "after_sentence_de._CLAUSE": "scan", "possessed_label_de._THING_SUBJECT": "scan", "possessed_label_de._PAIR": "scan",
    "das_after._NEGATION": "scan", "das_after._SOURCE_NAMED": "scan", "aged_antecedent._AGED_AFTER": "match", "aged_antecedent._OTHER_SUBJECT": "match",
    "aged_antecedent._PERSON_NOUN": "scan", "described_antecedent._DESCRIPTION": "match",
    "described_antecedent._INDEFINITE_NOUN": "scan", "described_antecedent._AFTER_ARTICLE": "scan", "written_out._ACRONYM": "match", "repeated._WORD": "scan",
    "place_nouns._BEFORE": "scan", "with_object._WITH": "scan", "verb_first_clause._THAT": "match", "it_subject._OTHER_CLAUSE": "scan",
    "inverted_subject._LEAD": "match", "inverted_subject._DESCRIPTION": "match", "inverted_subject._PART_OF": "match",
    "verb_first_clause._ACCORDING_VERB_AFTER": "match", "verb_first_clause._ACCORDING_VERB_BEFORE": "scan",
    "view_openers._OPENER": "match", "loose_roles._NAME_THEN_DESCRIPTION": "match",
    "heading_quotes._WORD": "scan", "heading_quotes._NEXT_WORD": "match", "headline_quotes._WORD": "scan",
    "headline_quotes._TOKEN": "scan", "headline_antecedent._LABEL": "match", "headline_antecedent._WORD": "scan",
    "shapes._COORDINATED": "scan", "shapes._POSSESSED_WORDS": "scan", "shapes._NEXT_WORD": "match",
    "shapes._CLAUSE_BREAK": "scan", "shapes._ISSUED_STATEMENT": "scan",
    "speech_subject._WORD_AFTER": "match", "shapes._LEAD_AND": "scan", "shapes._AS_PER": "match", "topics._AS_FOR": "match", "shapes._DASH_LABEL": "scan",
    "headline_subject._HEADLINE_LABEL": "match", "implied._DROPPED_LEAD": "match", "trailing._NAME_THEN_VERB": "match",
    "name_runs._TITLE_APPOSITIVE": "match", "titles._TITLE_OR_NAME": "scan",
    "trailing._VERB_THEN_NAME": "match", "trailing._UNNAMED_TAIL": "match",
    "subject_chain.SET_OFF": "match", "it_subject._PASSIVE": "scan",
    "rules_before._PRONOUN_LEAD_DE": "match",
    "own_attribution._LEAD": "match", "own_attribution._WORD": "match", "own_attribution._CLAUSE_END": "scan",
    "body_described._DESCRIBED": "match", "body_described._ACRONYM": "match", "for_profession._PATTERNS": "match",
    "for_profession._SAYING": "scan", "cues._PAR": "match", "cues._AUX_FR": "scan", "cues._AFTER_MARK": "scan", "for_profession._WORD": "scan",
    "kinds._TITLE_BEFORE": "scan", "resolve._NARRATOR": "scan", "resolve._ANSWER_LABEL": "match",
    "antecedents._NAMED": "scan", "antecedents._AGED": "match", "antecedents._AGE_GIVEN": "match", "sources._PLAIN_PLURAL": "match",
    "tokens._TOKEN": "scan", "tokens._TOKEN_SPLIT": "scan", "tokens._SENTENCE_END": "scan",
    "tokens._DOT_END_SPLIT": "scan", "tokens._OTHER_END": "match", "tokens.WORDS": "scan",
    "nationals._AGE_AFTER": "match",
    "nationals._AGE_OR_COUNT": "match", "acronyms._RUN": "scan", "crowds._AND_TAIL": "match",
    "described._OPENING_ROLE": "scan", "title_frames._BEFORE": "scan", "title_frames._AFTER": "match",
    "title_frames._AS_IF": "scan", "title_frames._REFERENCE": "match", "crowds._NEXT_WORD": "match", "words_of._SAY_IT_WITH": "scan", "counted_words._COUNTED": "match", "kin_reference._KIN_SUBJECT_DE": "scan", "kin_reference._PRONOUN_SUBJECT_DE": "scan",
    "described._APPOSITIVE": "scan", "described._COPULAR": "scan", "described._BEFORE_NAME": "scan", "described._AGE": "scan",
    "issuers._OPENING_NAME": "match", "issuers._BY_WHOM": "scan", "issuers._VOICE": "scan",
    "written_issuers._WRITTEN_BY": "scan", "written_issuers._INTRODUCED": "scan", "written_issuers._NEXT_WORD": "match",
    "sole_person._POSSESSIVE_INSIDE": "scan", "sole_person._INITIAL": "match", "sole_person._UNNAMED_OF_SEX": "scan",
    "sole_person._UNNAMED_ROLE": "scan", "sole_person._APPOSITION": "match", "written_issuers._POSSESSED": "scan",
    "phrases._WORD_AT": "match", "separable._AFTER": "match", "separable._VERB_IN_LEAD": "scan",
    "separable._SUBJECT_BEFORE": "match", "separable._SUBJECT_AFTER": "match",
    "summing_up_de._SHOWN": "scan", "separable._OBJECT_VERB": "scan", "separable._CLAUSE_REST": "match", "separable._PARTICLE_COMMA": "match",  # (s63)
    "heisst_es._HEISST_ES": "match",
    "bare_names._NAME_WORD": "match", "bare_names._INITIAL": "match", "bare_names._PASSIVE_BY": "search", "antecedents._SET_OFF": "search", "whom_clause._WHOM": "search", "cued_names._THING_BEFORE": "search", "cued_names._ANOTHER": "search", "it_subject._HEAD_AFTER": "match", "institutions._LONGER_DE": "match", "institutions._LONGER_FR": "match", "role_holders._APPOSED": "scan", "role_holders._TITLE_OF": "scan", "bare_names._NEXT_NAME_WORD": "match",
    "described_roles._GLUED": "scan", "described_roles._ADJECTIVE": "match", "roles_intl._ELISION": "match", "roles_intl._WORD": "match", "roles_intl._ADJ": "match",
    "adjunct_subject._WORD": "scan", "adjunct_subject._WORD_FR": "scan", "adjunct_subject._ACRONYM": "match", "placed_subject._PLACE_PAIR": "match",
    "headline_label._LABEL": "match", "headline_label._FIRST_PERSON": "scan", "placed_subject._ACRONYM": "match",
    "headline_label._THIRD_PERSON": "scan", "issuers._RULED": "scan", "so_described._SO_PRONOUN": "match", "inverted_close._WHERE": "match", "issuers._APPEALED": "scan", "issuers._OTHER_BENCH": "scan", "according_after._PHRASE": "match",
    "role_subjects._ROLE": "scan", "surname_forms._GIVEN_PARTICLE": "scan",
    "known_as._AGENTLESS": "scan", "known_as._NAME_WITH_STOP": "match", "short_sentence._BEFORE_VERB": "match", "listener_de._REPORTS": "match", "short_sentence._WRITERS_VERB": "match", "named_pairs._ACTED_ON": "scan", "it_subject._BODY_AFTER": "scan", "role_holders._INITIAL_OR_SUFFIX": "match", "newer_subject_rom._NOT_ACTING": "match", "named_pairs._TEAM": "scan", "it_subject._OTHER_NAME": "scan", "it_subject._PEOPLE_AFTER": "scan", "coordinated_before._SIGNED_BY": "scan", "newer_subject_rom._OPENER": "match", "term_kinds._AFTER_ARTICLE": "scan", "term_kinds._ACCORDING_OPENS": "match", "institutions._LOWER_BODY_FR": "match", "institutions._BEFORE_FR": "scan", "named_pairs._PAIR": "match", "titles._FIRM": "match", "authored_documents._FROM_AUTHOR": "match", "authored_documents._READ_BY": "match", "known_as._APPOSED": "scan", "known_as._BY_AGENT": "match", "named_terms._NAMED_END": "scan", "named_terms._CHARGE_END": "scan", "named_terms._WEB_NAME": "match", "named_terms._JOINED": "scan", "spoken_after._SPEECH_NOUN": "scan",
    "joined_titles._TOKEN": "scan", "roundup_phrases._ROUNDUP_CLOSE": "scan", "roundup_phrases._ROUNDUP_ANY": "scan", "roundup_phrases._NO_PUBLICATION": "match", "roundup_phrases._THE_PUBLICATION": "match", "roundup_phrases._FIRST_PREPOSITION": "scan", "clause_kinds._THAT_CLAUSE": "scan", "clause_kinds._INNER_SENTENCE": "scan",
    "spoken_after._WORD": "scan", "spoken_after._CHANT": "scan", "chants._CHANTING": "scan", "chants._CRY": "scan", "chants._CROWD_NOUN": "scan", "subordinate_subject._WORD": "scan", "words_of._BEFORE": "scan", "voices_intl._VOICE": "match", "kind_bodies_de._CAP_WORD": "scan", "kind_bodies_de._NAME_AFTER": "match", "kind_bodies_de._LAND_TAIL": "match", "kind_bodies_de._LEGAL_NAME": "scan", "kind_bodies_de._APPOSED": "scan", "kind_bodies_de._ANOTHER": "match", "kind_bodies_de._AND_NAME": "match", "kind_bodies_de._SINGULAR_AFTER": "match", "kind_bodies_de._SENTENCE_START": "scan", "kind_bodies_de._BARE_SUBJECT": "match", "kind_bodies_de._INDEFINITE": "search", "kind_bodies_de._VOICE": "match", "kind_bodies_de._COMPOUND_VOICE": "match", "kind_bodies_de._DEFINITE": "match", "names_de._SENTENCE_STOPS": "scan", "particle_tails._TAIL": "match", "voices_intl._MEMBER_BEFORE": "search", "words_of._AFTER": "match", "words_of._POSSESSIVE": "scan", "manner_after._AFTER": "match", "per_source._PER": "scan", "per_source._AFTER": "match",
    "participle_opener._PARTICIPLE": "match", "participle_opener._SUBJECT_AFTER": "match",
    "agentless_naming._PASSIVE_BEFORE": "scan", "agentless_naming._THING_BEFORE": "scan",
    "agentless_naming._VERB_TO_QUOTE": "match", "agentless_naming._BY_AFTER": "match",
    "judged_terms._ALS_BEFORE": "scan", "judged_terms._JUDGING_DE": "match", "judged_terms._NAMING_EN": "scan",
    "judged_terms._SPEAKS_OF": "scan", "judged_terms._IMPERSONAL": "scan", "cued_names._BODY_DOCUMENT": "match", "cued_names._AGED": "match", "judged_romance._JUDGING": "scan", "judged_romance._WORD": "scan",
    "judged_terms._JUDGING_EN": "scan", "judged_terms._BY_AGENT": "match", "judged_terms._VON_AGENT": "scan", "judged_terms._NAMED_AGENT": "match",
    "unnamed_speakers._ADJUNCT": "match", "introduced_bodies._SPOKE": "scan", "introduced_bodies._BEFORE": "scan", "introduced_bodies._APPOSITIVE": "scan", "introduced_bodies._UNNAMED": "scan", "introduced_bodies._PLACE_OPENER": "scan", "sole_person._AFTER_SUBJECT": "match", "named_bodies._ANY_BODY": "scan", "named_bodies._NAMED_BY_KIND": "scan",
    "named_bodies._OWNED_BY_KIND": "scan", "named_bodies._RIVAL_BY_KIND": "scan", "named_bodies._PERSON_TITLE": "scan",
    "unnamed_speakers._NAMED_CLAUSE": "scan", "unnamed_speakers._OBJECT": "scan",
    "term_kinds._ELIDED": "scan", "term_kinds._CONTRACTED": "scan", "term_kinds._LABEL_AFTER": "match",
    "term_kinds._INSULT_BEFORE": "scan", "term_kinds._INSULT_AFTER": "match", "term_kinds._PASSIVE": "scan",
    "term_kinds._CLAUSE_OPENERS": "scan", "term_kinds._CALLED_OUT": "match", "term_kinds._ARTICLE_BEFORE": "scan",
    "coordinated_after._SECOND": "match", "coordinated_after._CLAUSE_END": "scan",
    "pronoun_clause._NAME_BEFORE": "scan", "pronoun_clause._PRONOUN": "scan", "cues._GOES_SOMEWHERE": "match",
    "embedded_speaker._QUE": "scan",
    "outlet_source._AFTER": "match", "outlet_source._CLOSING": "scan", "outlet_source._BEFORE": "match",
    "outlet_source._CITING": "match", "clause_verbs._WORD": "scan",
    "considered_terms._VERBS": "scan", "considered_terms._WORD": "scan",
    "fronted_de._FIRST": "match", "fronted_de._APPOSITIVE": "match",
    "colon_far._WORD": "scan", "colon_far._ORDINAL_END": "scan",
    "split_kinds._COMMA_AFTER": "match", "split_kinds._SENTENCE_END": "scan", "split_kinds._DATED_ENTRY": "scan",
    "split_kinds._CLAUSE_BREAK": "scan",
    "judged_object._VERBS": "scan", "owned_gap._NEW_CLAUSE": "scan", "told_show._TOLD": "scan",
    "passive_agent._AGENT_BEFORE": "scan", "passive_agent._WORD": "scan", "passive_agent._NEGATED": "scan",
    "incise_en._OTHER_VOICE": "scan", "incise_en._NAMED_BY": "scan",
    "told_show._TO_AFTER": "match", "names._SUFFIX_AFTER": "match",
    "participle_opener._PHRASE_REST": "match", "web_address._ADDRESS": "match",
    "unnamed_passage._OBJECTS": "scan", "unnamed_passage._AGE": "scan", "unnamed_passage._INDEFINITE_PHRASE": "scan",
    "so_described._AGED": "match", "so_described._AGE_NOUN": "match", "so_described._ADJECTIVE": "match",
    "so_described._COUNTED": "match", "verb_second_clause._WORD": "scan",
    "generic_titles._DESCRIPTION": "match", "generic_titles._TITLED": "scan", "introduced_once._ROLE_AFTER": "match", "introduced_once._ARTICLE_TITLE_FR": "scan", "described_roles._VOICE": "match",
    "clause_antecedent_de._OPENING": "match", "body_voice_de._VOICE": "match",
    "person_nouns._ARTICLE_NOUN": "scan", "honorifics_fr._ELIDED_NOUN": "match",
    "name_kinds.MOOD_IDIOMS": "scan", "name_kinds._ARTICLE_NOUN": "scan", "name_kinds._LIST_AFTER_QUOTE": "scan",
    "sentence_siblings._SENTENCE_END": "scan", "sentence_siblings._WORD": "scan",
    "described_given._PLAIN_WORD": "match", "described_given._LOWER_WORD": "match",
    "work_voice._AFTER_NOUN": "match", "work_voice._WORD": "scan", "work_voice._AUTHOR_OF": "scan",
    "work_voice._CO_AUTHOR": "match",
    "naming_clause._WAS_DE": "scan", "naming_clause._NENNT_AFTER": "match", "naming_clause._VON_SO_GENANNT": "scan",
    "naming_clause._WHAT_ROMANCE": "scan", "naming_clause._SPEAKS_ROMANCE": "scan", "phrase_not_title_de._INDEFINITE": "scan",
    "naming_clause._VON_ALS": "scan", "naming_clause._BY_ROMANCE": "match",
    "phrase_not_title_de._CLAUSE_END": "scan", "phrase_not_title_de._WORD": "scan",
    "trade_subject._OPENING": "match", "trade_subject._PERSON_ENDING": "match", "trade_subject._COMPLEMENT": "match", "acronym_bodies._LOWER_NOUN": "match", "acronym_bodies._FOR_ARTICLE_ACRONYM": "match",
    "according_phrase_de._PHRASE": "scan", "according_phrase_de._TWO_CAPS": "scan", "according_phrase_de._NOUN_BEFORE": "scan", "book_author_de._AFTER_OK": "match", "book_author_de._SEVERAL": "scan", "book_author_de._AFTER": "match", "book_author_de._BEFORE": "scan", "book_author_de._AUTHOR": "scan",
    "summing_up_de._VERB": "match", "summing_up_de._SUMS": "match", "summing_up_de._WORD": "scan",
    "thus_said._OPENER": "match", "thus_said._GAP": "match", "thus_said._QUOTE_MARKS": "scan",
    "cues._OBJECT_AFTER_NAME": "match",
    "pronoun_chains._INDEFINITE": "scan", "pronoun_chains._ROMANCE_INDEFINITE": "scan", "pronoun_chains._JOINED": "match", "pronoun_chains._OBJECT_FORMS": "scan", "pronoun_chains._ROMANCE_OBJECT": "scan",
    "possessed_label_intl._LABEL": "match", "possessed_label_intl._FROM_NAME": "match", "apposed_name._APPOSED": "match", "pronoun_before._AGED_EN": "match",
    "apposed_name._ANOTHER": "scan", "apposed_name._INNER_SUBJECT": "scan", "apposed_name._SUBJECT_RELATIVE": "scan",
    "apposed_name._CUE_THEN_COMMA": "match", "pronoun_before._JOINED": "match", "thing_owner._CLOSING_SINGLE": "scan",
    "thing_owner._SPEECH_OWNER": "scan", "name_particles.PARTICLE_NAME": "match", "nicknames._NICKNAMED": "scan",
    "thing_owner._PRONOUN_OF": "scan", "thing_owner._DESCRIBED": "scan", "unlisted_lead._NAME_VERB": "scan",
    "after_sentence_de._BELIEF_SENTENCE": "match",
}


def _patterns():
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.endswith("__mypyc"):
            continue  # the compiled modules' shared library (setup.py), not a module of the package
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        source = Path(compiled.source_of(module)).read_text(encoding="utf-8")
        for name, value in vars(module).items():
            # a PatternTable compiles its patterns on first use: every one of them, now
            values = value if isinstance(value, tuple) else tuple(value.values()) \
                if isinstance(value, dict) else value.every() if isinstance(value, PatternTable) else (value,)
            # a dict's values may be tuples of patterns themselves (introduced_bodies._BY_KIND)
            values = tuple(p for v in values for p in (v if isinstance(v, tuple) else (v,)))
            found = [v for v in values if isinstance(v, re.Pattern)]
            if found and re.search(rf"^{name}(?:: [^=\n]+)? = ", source, re.MULTILINE):  # defined here (": Final" or not)
                yield f"{info.name}.{name}", found


PATTERNS = dict(_patterns())


def _cpu(fn) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


def test_every_pattern_is_listed_with_its_use():
    assert set(PATTERNS) == set(USES), "list each new pattern in USES (scan or match)"


@pytest.mark.parametrize("name", sorted(USES))
def test_pattern_is_linear(name):
    slow = []
    for pattern in PATTERNS[name]:
        for key, text in ADVERSARIAL.items():
            if USES[name] == "scan":
                # One scan of the whole text: split, sub and search walk the text the way
                # finditer does (each match found from where the last one ended).
                spent = _cpu(lambda: list(pattern.finditer(text)))
            else:
                spent = _cpu(lambda: [pattern.match(text, at) for at in (0, 1, len(text) // 2)])
            if spent > BOUND:
                slow.append(f"{key}: {spent:.2f}s")
    assert not slow, f"{name} is not linear: {slow}"


def _layouts(x: str):
    """The adversarial string where each rule reads: before and after a quote, inside it, in a
    headline, after a colon paragraph, as a speaker."""
    yield "body", f"“We will win,” said a spokesman for {x}."
    yield "body", f"{x} said: “We will win.”"
    yield "body", f"“We will win.” {x}"
    yield "body", f"“{x},” he said."
    yield "body", f"He said:\n\n“{x}”"
    yield "body", f"{x}’s claim that “we will win” was wrong, said {x}."
    yield "title", f"{x} Says ‘We Will Win’"
    yield "body", x


# Strings that are nothing but quotes give the extractor 12,500 quotes in every layout (about
# 6 s of CPU for the eight): the default suite reads them in the one layout where they stand
# alone in a body, which already puts every quote through every rule; the slow suite
# (make test-slow) reads them in every layout. Every other string runs every layout in both.
QUOTE_DENSE = ("quoted-words",)


def _extractor_is_bounded(key: str, layouts) -> None:
    for zone, text in layouts:
        title, body = (text, "") if zone == "title" else ("", text)
        spent = _cpu(lambda: extract_quotes(title, [], body))
        assert spent < 2 * BOUND, f"{zone} {text[:60]!r}...: {spent:.2f}s"


@pytest.mark.parametrize("key", sorted(ADVERSARIAL))
def test_extractor_is_bounded_on_adversarial_text(key):
    layouts = list(_layouts(ADVERSARIAL[key]))
    _extractor_is_bounded(key, layouts[-1:] if key in QUOTE_DENSE else layouts)


@pytest.mark.slow
@pytest.mark.parametrize("key", QUOTE_DENSE)
def test_extractor_is_bounded_on_quote_dense_text_in_every_layout(key):
    _extractor_is_bounded(key, list(_layouts(ADVERSARIAL[key]))[:-1])


def test_the_issue_13_repro_ends_at_once():
    body = '"We will win," said a spokesman for ' + "A" * 5000 + "&T."
    assert _cpu(lambda: extract_quotes("", [], body)) < 0.5
    assert extract_quotes("", [], body)[0].text == "We will win,"


@pytest.mark.parametrize("rule_name", [name for name, _ in RULES])
def test_each_rule_is_bounded(rule_name):
    """Each rule on its own, on a quote with adversarial text all around it."""
    rule = dict(RULES)[rule_name]
    for key in ("capitals", "capitalized-words", "spaces", "commas", "of-capitals", "possessives",
                "cue-words", "initials", "labels"):
        x = ADVERSARIAL[key][:20_000]
        for zone, text in _layouts(x):
            paragraphs = paragraph_spans(text)
            spans = find_spans(text, paragraphs)
            if not spans:
                continue
            ctx = ArticleContext(NameIndex([text]))
            ctx.cues = CueIndex(text, title_case=zone == "title")
            ctx.sentences = Sentences(text)
            for span in spans[:3]:
                p_lo, p_hi = paragraphs[span.paragraph]
                site = Site(text, zone, span, paragraphs, p_lo, p_lo, p_hi,
                            ctx.sentences.start(p_lo, span.open_at), None, None, False,
                            not text[p_lo:span.open_at].strip())
                spent = _cpu(lambda: rule(site, ctx))
                assert spent < BOUND, f"{rule_name} on {key} {zone}: {spent:.2f}s"
