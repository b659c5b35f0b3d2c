"""Noun phrases around a cue: the subject before it, the name after it, a sentence's subject."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.adjunct_subject import past_verb
from newsbeam.transforms.quotes.appositives import complement_before, in_place, relative_opening
from newsbeam.transforms.quotes.language import Language, current as current_language
from newsbeam.transforms.quotes import lexicon_es, lexicon_pt
from newsbeam.transforms.quotes.names_de import listener_after_name, without_affiliation, without_listener
from newsbeam.transforms.quotes.governed_name import governed_subject
from newsbeam.transforms.quotes.plural_subject import plural_subject
from newsbeam.transforms.quotes.singular_subject import singular_subject
from newsbeam.transforms.quotes.dated_modifier import day_modifier, time_after_name, time_phrase_before
from newsbeam.transforms.quotes.time_after_verb_rom import end_before_day
from newsbeam.transforms.quotes.described_subject_rom import article_before_body, description_before
from newsbeam.transforms.quotes.kin_reference import is_kin_word
from newsbeam.transforms.quotes.name_heads import arabic_article_name
from newsbeam.transforms.quotes.name_particles import (
    capitalized_name, inside_name_ahead, particle_of_name, particle_step, particle_surname_de)
from newsbeam.transforms.quotes.lexicon import (
    ADVERBS, CUES, DETERMINERS, FUNCTION_WORDS, GROUP_WORDS, INTRO_WORDS, LY_WORDS,
    NOMINAL_HEADS, NP_STOP, PRONOUNS, ROLE_WORDS, SENTENCE_ADVERBS, TITLES, COMMA_OPENERS)
from newsbeam.transforms.quotes.sentence_openings import (
    after_dateline, opens_participle, past_appositive, past_opening_clause, past_place_and_time)
from newsbeam.transforms.quotes.bodies_fr import body_after
from newsbeam.transforms.quotes.sources import placed_source_after, placed_source_before
from newsbeam.transforms.quotes.subjects_fr import described_noun, described_np, elided_name, elided_role
from newsbeam.transforms.quotes.subjects_fr import opens_phrase_before_subject
from newsbeam.transforms.quotes.titled import chunk_start, closing_apposition, named_after_complement, titled_subject, titled_subject_de
from newsbeam.transforms.quotes.trailing_place import person_before_place
from newsbeam.transforms.quotes.time_openers import TIME_OPENERS, past_time_phrase, time_noun_opener
from newsbeam.transforms.quotes.time_after_verb_de import time_before_subject
from newsbeam.transforms.quotes.adverbs_after_verb_de import adverbs_before_subject
from newsbeam.transforms.quotes.perfect_incise import phrase_ending
from newsbeam.transforms.quotes.title_pairs import joins_titles, on_link
from newsbeam.transforms.quotes.tokens import (
    ends_sentence, is_cap, is_possessive, name_after_verb, name_word, name_word_at, party_state, tokens, trim)

# Languages whose relations ("die Mutter", "la mère") np_core reads as a subject after an article
# (Spanish and Portuguese read theirs in described_subject_rom, before a verb that introduces words).
_KIN_SUBJECTS: Final = frozenset(("de", "fr"))


def np_core(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The noun phrase ending on ``toks[i]``, or the person it places ("Tom Ashdown in The Ledger calls", s55)."""
    found = _np_core(text, toks, i)
    j = next((k for k in range(i, -1, -1) if toks[k][0] == found[0]), -1) if found else -1
    return (person_before_place(toks, j) or found) if j > 0 else found


def _np_core(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The noun phrase whose last token is ``toks[i]``."""
    s, end, word = toks[i]
    if ends_sentence(word):
        return None
    low = trim(word)
    if low.endswith(("'s", "’s")) and low[:-2] in PRONOUNS:
        return s, s + len(word) - 2  # "He’s claiming": the pronoun without its verb
    if low in PRONOUNS and low not in ("this", "you", "that") or low in current_language().pronouns:
        return s, end
    if low in current_language().relatives and i > 0 and toks[i - 1][2] == ",":
        return s, end  # ", quien dijo", ", qui a déclaré": shapes.finding reads the phrase before
    if name_word_at(toks, i, text[end:end + 16].split()[0] if text[end:end + 16].split() else "") or \
            arabic_article_name(word):  # "Ahmed al-Sharaa said", "al-Sharaa said" (s62)
        j = i
        while j - 1 >= 0:
            w = toks[j - 1][2]
            lw = trim(w)
            if ends_sentence(w) or w in (",", ".", ";", ":", "(", ")", "!", "?"):
                break
            if step := 1 if name_word(w) else particle_step(toks, j - 1):  # 3: "Carlos Ruiz de la" Comisión
                j, end = j - step, end if step == 1 else toks[j - step][1]
            elif lw in ROLE_WORDS or (lw in ("of", "for") and j - 2 >= 0 and name_word(toks[j - 2][2])) or on_link(toks, j - 1):
                j -= 1
            elif lw == "from" and j - 2 >= 0 and trim(toks[j - 2][2]) in ROLE_WORDS:
                j -= 1  # "the senator from Vermont": the place is the role's, not a speaker
            elif "-" in w and lw.split("-")[-1] in ROLE_WORDS or joins_titles(toks, j - 1):
                j -= 1  # "co-founder", "President and CEO Ann Lee", "CEO of the Harbour Fund Ann Lee"
            elif lw in SENTENCE_ADVERBS and is_cap(w) and text[max(0, toks[j - 1][0] - 3):toks[j - 1][0]].rstrip(
                    " \"”’'").endswith(","):
                j -= 1  # "“…,” Honestly Good Foods said": mid-sentence, no sentence adverb (read49)
            else:
                break
        # Never start on a connector ("of the House ...").
        while j < i and trim(toks[j][2]) in ("of", "for", "on"):
            j += 1
        if j - 1 >= 0 and trim(toks[j - 1][2]) == "the" and not ends_sentence(toks[j - 1][2]):
            j -= 1
        return toks[j][0], end
    if low in NOMINAL_HEADS or low in GROUP_WORDS:
        j = i
        steps = 0
        while j - 1 >= 0 and steps < 6:
            w = toks[j - 1][2]
            lw = trim(w)
            if lw in DETERMINERS or is_possessive(w):
                j -= 1
                if is_possessive(w) and is_cap(w):
                    # "Saudi Arabia’s foreign ministry": the owner's whole name.
                    while j - 1 >= 0 and name_word(toks[j - 1][2]) and not ends_sentence(toks[j - 1][2]) \
                            and i - j < 8:
                        j -= 1
                if is_possessive(w) and j - 1 >= 0 and trim(toks[j - 1][2]) in ("the", "a", "an"):
                    j -= 1
                return toks[j][0], end
            if w in (",", ".", ";", ":", "(", ")") or lw in NP_STOP or lw in CUES or ends_sentence(w):
                break
            j -= 1
            steps += 1
        if low in GROUP_WORDS or low in ROLE_WORDS:
            return toks[j][0], end
    lang = current_language()
    if lang.code != "en" and (low in TITLES or described_noun(low) or lang.code in _KIN_SUBJECTS and is_kin_word(low)) and i >= 1 and \
            trim(toks[i - 1][2]) in lang.determiners:
        # "O senador criticou", "la ministra afirmó": a description (the person titled so, else null).
        return toks[i - 1][0], end
    return None


def _is_ly_adverb(tok: str) -> bool:
    """"boldly", "firmly" in "he boldly stated": skipped like "also" when finding a subject."""
    return len(tok) > 4 and tok.endswith("ly") and tok.islower() and tok not in LY_WORDS


def np_before(text: str, pos: int, lo: int) -> tuple[int, int] | None:
    """The subject noun phrase that ends just before ``pos`` (a cue), as (start, end). Skips adverbs, auxiliaries,
    English phrases of time ("he later said", "The senator on Monday said"), a parenthesis ("Mike Ruiz (D-Ore.)
    said") and appositives set off by commas ("Lee Park, a writer for The Courier, said"): what they describe."""
    placed = placed_source_before(text, pos, lo)
    if placed is not None:
        return placed
    toks = tokens(text, max(lo, pos - 180), pos)
    i = len(toks) - 1
    lang = current_language()
    aux = lang.auxiliaries  # "Babiš a déclaré", "García ha dicho"
    while i >= 0:
        if toks[i][2].lower() in ADVERBS or _is_ly_adverb(toks[i][2]) or toks[i][2] in aux \
                or toks[i][2].lower() in lang.adverbs:
            i -= 1
        elif lang.code == "en" and (size := time_phrase_before(toks, i)) and not (text[pos:pos + 20].split() or [""])[0].endswith("ing"):
            i -= size
        elif lang.code == "fr" and (size := phrase_ending([t[2] for t in toks[max(0, i - 3):i + 1]], min(i, 3))) \
                and i - size >= 0 and toks[i - size][2] in aux:
            i -= size  # "Ann Roy a de son côté dénoncé", "a quant à elle déclaré" (perfect_incise): after the auxiliary
        else:
            break
    if i >= 2 and toks[i][2] in ("\"", "”", "’") and toks[i - 1][2] == "," and lang.code == "en" and \
            any(t[2] in ("\"", "“", "‘") for t in toks[max(0, i - 16):i - 1]):
        i -= 1  # "Ann Lee, author of “Home,” said": the comma inside the closing mark sets the appositive off
    if i < 0:
        return None
    if toks[i][2] == "," and i >= 3 and toks[i - 1][2] == ")" and toks[i - 3][2] == "(" and \
            toks[i - 2][2][:1].isupper() and not complement_before(toks, i - 3):
        # "Gov. Ann Lee (R-Ohio), said": nothing set off ("Jo Park, head of Rise (a Republican group), said": Park)
        i -= 1
    if toks[i][2] == "," and i >= 3 and toks[i - 2][2] == "," and party_state(toks[i - 1][2]):
        i -= 2  # "Sen. Ann Lee, R-Ky., said": the party and state describe the name before them; the
        # walk below reads the phrase before them ("Tom Hale, who defeated Sen. Ann Lee, R-Ky.,")
    if toks[i][2] == ")":
        j = i - 1
        while j >= 0 and toks[j][2] != "(" and i - j < 10:
            j -= 1
        if j <= 0 or toks[j][2] != "(":
            return None
        i = j - 1
    if toks[i][2] != ",":
        if lang.code == "de":  # (not the listener after the name, nor the body it is "vom")
            return without_affiliation(text, without_listener(text, np_core(text, toks, i)))
        described = description_before(text, toks, i, lo)  # "La madre de la víctima dijo:" (es, pt)
        if described is not None:
            return described
        core = np_core(text, toks, i)
        if core is not None and lang.code == "en" and (held := _held_by(toks, core[0], lo)) is not None:
            return np_before(text, held, lo)  # "A memo by Ann Lee obtained by the Herald warns": not the Herald
        if core is not None and lang.code == "en" and is_cap(text[core[0]:core[1]]):
            core = governed_subject(toks, core) or core  # "Shoppers in Leeds said": not Leeds (governed_name.py)
        return core or plural_subject(text, toks, i) or singular_subject(text, toks, i)
    # Appositives: walk back comma by comma to the phrase they describe.
    named = None  # the last appositive, when it is a name: the subject if nothing else is
    for _ in range(4):
        j = i - 1
        while j >= 0 and toks[j][2] not in (",", ";", ":", "(", ")") and not ends_sentence(toks[j][2]) \
                and i - j < 30:
            j -= 1
        if j >= 3 and toks[j][2] == "," and toks[j - 2][2] == "," and party_state(toks[j - 1][2]):
            j -= 2  # "Rep. Ann Lee, D-Calif., a member of the panel, said": the name before the party
        if named is None and 0 <= j and toks[j][2] == "," and 1 <= i - j - 1 <= 4 and \
                capitalized_name(toks, j + 1, i):
            named = (toks[j + 1][0], toks[i - 1][1])
        if j < 0 or toks[j][2] != ",":
            # The appositive reaches back to the start ("a lawyer, John Smith, said" is rare): the first chunk.
            start = j + 1
            if start < i:
                found = np_core(text, toks, _chunk_head(toks, start, i))
                if found and named is not None and (found[1] < toks[i - 1][1] or any(
                        trim(t[2]) in ("who", "whom") for t in toks[start:i])):
                    return named  # "The agent who brokered the deal, Ray Cruz,", "The agent in charge, Jane Roe," (s62)
                if found and (found[0] == toks[start][0] or trim(toks[start][2]) in DETERMINERS):
                    return (toks[start][0], found[1]) if found else None
            # "Match Group’s head of trust and safety, Yoel Roth, told": the name, at least.
            return named
        if named is not None and titled_subject(toks, chunk_start(toks, j)) == named:
            return named  # "la alcaldesa de Lima, Rosa Díaz, aseguró": the name, not "Lima"
        found = np_core(text, toks, j - 1) if j >= 1 else None
        if found and i - j == 2 and in_place(toks, found[0], j):
            # "Ann Lee, during a meeting in Dover, Delaware, said": a place and its state, not the subject.
            i, named = j, None
            continue
        relative = relative_opening(toks, j) if found else -1
        if relative > 0:
            # "Ann Lee, who is a pastor at Grace Church of Dover, Delaware, said": inside the relative; its head speaks.
            i, named = relative, None
            continue
        if found:
            # "Its secretary general, Agnès Callamard, said": the name is taken in.
            return with_name(text, found)
        i = j
    return named


# Participles whose agent holds or passes on a text, not its author ("a memo obtained by the Herald").
_HELD: Final = frozenset("obtained seen reviewed acquired viewed leaked forwarded".split())  # ("sent by X": its author)


def _held_by(toks: list[tuple[int, int, str]], start: int, lo: int) -> int | None:
    """Where "obtained by" (or "seen by", "leaked to") stands right before the noun phrase at
    ``start``, when a phrase precedes it: that phrase's end (the subject is read from there)."""
    k = next((n for n, t in enumerate(toks) if t[0] == start), -1)
    if k < 3 or toks[k - 1][2].lower() not in ("by", "to", "with") or toks[k - 2][2].lower() not in _HELD or \
            not toks[k - 3][2][:1].isalnum() or toks[k - 2][0] <= lo:
        return None
    return toks[k - 2][0]


def _chunk_head(toks: list[tuple[int, int, str]], start: int, stop: int) -> int:
    """The last token of the noun phrase that starts a chunk: "Lee Park" in
    "Lee Park, the attorney general"; stops before a clause word."""
    k = start
    while k + 1 < stop and toks[k + 1][2] not in (",", ";", ":") \
            and trim(toks[k + 1][2]) not in NP_STOP:
        k += 1
    return k


# The last word may be an initial after a given name ("Another user, Roland Z, wrote").
_APPOSITIVE_NAME: Final = re.compile(r",[^\S\n]+((?:[A-Z][\w'’\-]*\.?[^\S\n]+){0,3}[A-Z][\w'’\-]+"
                              r"|[A-Z][\w'’\-]+[^\S\n]+[A-Z]\.?)[^\S\n]*,")


# In other languages the name also closes the sentence: "dijo el alcalde de Lima, Jorge Muñoz."
_APPOSITIVE_NAME_END: Final = re.compile(r",[^\S\n]+((?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?[^\S\n]+(?:d[aeo]s?l?[^\S\n]+)?){0,3}[A-ZÀ-ÖØ-Þ][\w'’\-]+)[^\S\n]*[,.;]")


def with_name(text: str, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """A described speaker followed by their name, "the company’s chief executive, Tim Raines,": the
    phrase is widened to take the name in (not a party and state: "Sen. Ann Lee, R-Texas, chair of", s62)."""
    if np is None or not (text[np[1] - 1:np[1]].islower() or trim(text[np[0]:np[1]].split()[-1]) in TITLES):
        return np  # (a title closes a description too: "The Hale Group's CEO, Kim Fritts,")
    pattern = _APPOSITIVE_NAME if current_language().code == "en" else _APPOSITIVE_NAME_END
    m = pattern.match(text, np[1])
    return (np[0], m.end(1)) if m and not party_state(m.group(1).split()[0]) else np


_NP_END: Final = frozenset([",", ";", ":", "(", ")", "!", "?", "\"", "“", "”", "‘", "’", "—", "–", "―", "."])


_WORD_AT: Final = re.compile(r"[^\S\n]*+([^\W\d_]{2,20})\b")


def np_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    if current_language().code != "en":
        pos = past_verb(text, pos, hi)  # "según informó la DGSA", "según explicó a EFE el ministro ..."
    reflexive = _WORD_AT.match(text, pos, hi) if current_language().code == "de" else None
    if reflexive and reflexive[1] == "sich":
        pos = reflexive.end()  # "freut sich Karl Obermaier": the verb's reflexive, then its subject
    found = placed_source_after(text, pos, hi) or body_after(text, pos, hi) or _np_after(text, pos, hi)
    return with_name(text, found) if found else None


def _opens_prepositional_phrase(toks: list[tuple[int, int, str]], k: int, lang: Language) -> bool:
    """In a language other than English, a word of the language that is no name, then an
    article: "für die Stadt", "en el país", "pour le pays" (a phrase, not a description of a
    speaker; "auch Stenger", "ihr Trainer" are)."""
    return lang.code != "en" and toks[k][2] in lang.function_words and toks[k][2] not in lang.determiners \
        and k + 1 < len(toks) and toks[k + 1][2] in lang.determiners


def _described(toks: list[tuple[int, int, str]], lang: Language) -> bool:
    """In a language other than English, an article then a title: "le ministre", "la portavoz",
    "der Sprecher" (a description the article may have given to someone named before)."""
    return lang.code != "en" and (len(toks) > 1 and toks[0][2] in lang.determiners and (
        trim(toks[1][2]) in TITLES or described_noun(trim(toks[1][2])) or
        lang.code in _KIN_SUBJECTS and is_kin_word(trim(toks[1][2])))
                                  or elided_role(toks[0][2]))  # French "l’ambassadeur", "l’avocate"


_ABOUT_WHAT: Final = frozenset("his her their its this that these those".split())
# An age or a count before a name in German: "sagte der 23-jährige Jonas Kramer", "so der 15-malige Sieger".
_AGE_WORD: Final = re.compile(r"\d{1,3}-(?:jährige|malige|fache)[nrs]?")


# Incise verbs whose form is a noun too (es45): after an article they are the noun ("señala la
# sentencia del juez …", "según la denuncia de …"), and the phrase goes on (read45es).
_VERB_NOUNS: Final = {"es": lexicon_es.AFTER_QUOTE_NOUNS, "pt": lexicon_pt.AFTER_QUOTE_NOUNS}


def _noun_after_article(toks: list[tuple[int, int, str]], k: int, lw: str, lang: Language) -> bool:
    """Whether ``toks[k]`` (lower-cased ``lw``) is a noun of an incise verb's form right after an article."""
    return lw in _VERB_NOUNS.get(lang.code, ()) and trim(toks[k - 1][2]) in lang.determiners


def _np_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``pos`` (after a cue: "said Jane Doe, the ..."), as
    (start, end): it runs to a comma, a clause word or the end of the sentence."""
    toks = tokens(text, pos, min(hi, pos + 110))
    if not toks:
        return None
    first = toks[0][2]
    low = trim(first)
    if low in PRONOUNS and low not in ("this", "which", "that") or low in current_language().pronouns:
        return toks[0][0], toks[0][1]
    lang = current_language()
    if lang.code == "fr" and elided_name(text, toks[0][0]):
        return _np_after(text, toks[0][0] + 2, hi)  # "a déclaré l’Élysée" (subjects_fr.elided_name, s57)
    if skip := time_before_subject(toks):  # "„…“, sagte am Montag Peter Brandt" (German: time_after_verb_de)
        return _np_after(text, toks[skip][0], hi)
    if skip := adverbs_before_subject(toks):  # "„…“, sagte jetzt allerdings eine Sprecherin" (adverbs_after_verb_de)
        return _np_after(text, toks[skip][0], hi)
    if lang.code != "en" and (low in lang.adjuncts or low in ("a", "à")) and not name_word_at(toks, 0) and \
            not _described(toks, lang):  # ("le respondió la ministra a la senadora": the subject first)
        # "dijo a la prensa el ministro ...", "a déclaré à cette occasion le ministre ...": a
        # phrase of time, place or listener between the verb and a subject that opens on an article and a title.
        for k in range(1, min(len(toks) - 1, 6)):
            w = toks[k][2]
            if not (w.isalpha() or "'" in w or "’" in w) or not w[:1].islower():
                break  # "respondió a EL HERALDO ...": the listener, not the speaker
            if w in lang.determiners and trim(toks[k + 1][2]) in TITLES:
                return _np_after(text, toks[k][0], hi)
    if low in lang.determiners or lang.code == "en" and low in ("the", "a", "an"):  # ("said the mayor, Ann Lee.")
        named_last = closing_apposition(text, toks[0][0], hi)
        if named_last:
            return named_last
    if particled := particle_surname_de(text, toks):
        return particled  # "„…“, sagte von der Leyen" after "Ursula von der Leyen" (stop 49)
    given = name_after_verb(toks, text[max(0, toks[0][0] - 2):toks[0][0]])  # "said Will Reedy", "sagte Weil" (tokens)
    if not (name_word_at(toks, 0) or given or low in DETERMINERS or low in ROLE_WORDS or low in GROUP_WORDS
            or (is_cap(first) and low in ("the",)) or _described(toks, current_language())):
        # "according to veteran radio host Lee Park": a few describing words before a name.
        k = 0
        lang = current_language()
        while k < len(toks) and k < 5 and (toks[k][2].replace("-", "").isalpha() or _AGE_WORD.fullmatch(toks[k][2]) or elided_role(toks[k][2])) \
                and toks[k][2].islower() \
                and toks[k][2] not in FUNCTION_WORDS and toks[k][2] not in CUES \
                and not _opens_prepositional_phrase(toks, k, lang) \
                and (k == 0 or toks[k][2] not in lang.np_stop):
            k += 1
        if not (0 < k < len(toks) and name_word(toks[k][2])):
            return None
    end = None
    lang = current_language()
    named = False
    if lang.code in ("es", "pt", "fr") and low in ("a", "à") and not article_before_body([w.strip(".,;:!?") for _, _, w in toks[:4]], text) and not (
            lang.code == "pt" and first == "a" and len(toks) > 1 and (trim(toks[1][2]) in TITLES or described_noun(trim(toks[1][2])) or len(toks) > 2 and (
                toks[1][2].isalpha() and toks[1][2].islower() and is_cap(toks[2][2]) and name_word_at(toks, 2)))):
        # "respondió a EL HERALDO ...": the listener, not the speaker (Portuguese "a" before a title or a
        # noun and a name is its article: "disse a deputada", "disse a economista Zeina Latif", stop 53)
        return None
    for k, (s, e, w) in enumerate(toks[:14]):
        lw = trim(w)
        if w in _NP_END or lang.code == "en" and named and time_after_name(toks, k) and \
                not inside_name_ahead(toks, k):  # (not "ten" of "Erik ten Hag": s62)
            break  # ("said Okafor a year ago": the name, s60)
        if k and lang.code != "en" and not is_cap(w) and (
                lw in lang.np_stop or lw in lang.cues and not _noun_after_article(toks, k, lw, lang)
                or named and lw.isalpha()) and not (
                particle_of_name(toks, k, lang)) and \
                not (lw in ("und", "oder") and toks[k - 1][2].endswith("-")) and \
                not (lw in TITLES and trim(toks[k - 1][2]).lower() in TITLES):  # "Kommunikations- und ...", "le Premier ministre"
            # "sagte Müller am Montag", "fügte Müller hinzu", "preguntó Ingrid a los asistentes": a lowercase word after the name ends it, unless a particle of it.
            break
        if k and lw == "der" and lang.code == "de" and k + 1 < len(toks) and \
                listener_after_name(toks[k - 1][2], toks[k + 1][2], toks[k + 2][2] if k + 2 < len(toks) else "") and \
                (k == 1 or name_word(toks[k - 2][2])):
            break  # "sagte Karl Obermaier der Zeitung": the listener, in the dative, after the name
        named = named or is_cap(w)
        if k and (lw in NP_STOP and not joins_titles(toks, k) and not day_modifier(toks, k) or lw in CUES and not is_cap(w)
                  and not (trim(toks[k - 1][2]) in ("the", "a", "an") or day_modifier(toks, k - 1))) and not (
                (lw == "of" or lw in lang.genitives) and k + 1 < len(toks) and is_cap(toks[k + 1][2]) or on_link(toks, k)) and \
                not name_word_at(toks, k) and not inside_name_ahead(toks, k):
            break  # a capitalized word is a name, not a cue: "Secretary of State Marco Rubio"
        if k and lw in ("of", "about", "for") and is_cap(toks[k - 1][2]) and k + 1 < len(toks) and \
                trim(toks[k + 1][2]) in _ABOUT_WHAT:
            break  # "quipped Tom Hale of his role": what the words are about, not who
        if ends_sentence(w):
            end = e - 1
            break
        end = e
    if end is None or end <= toks[0][0]:
        return None
    return toks[0][0], end_before_day(toks, end)  # ("a déclaré la députée lundi à Paris", s60)


_CONJUNCTIONS: Final = frozenset(("but", "and", "so", "yet"))
_DAYS: Final = frozenset(("yesterday", "today", "tonight", "tomorrow"))  # "Yesterday Tom Hale said:" (stop 49)
_CONJUNCTIONS_INTL: Final = frozenset(("aber", "und", "doch", "denn", "mais",  # a name after them opens the subject
                                      "auch", "selbst", "sogar"))  # and German focus particles ("Auch Tom Weber sagte")
_THEN_WORDS: Final = frozenset(("then", "later", "now", "soon", "also", "still"))


def subject_of(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the sentence that starts at ``lo``: its first noun phrase, after an introductory phrase
    ("In a statement on Monday, the White House said ...") or an opening clause (past_opening_clause)."""
    toks = tokens(text, lo, hi)
    start = past_opening_clause(text, lo, hi, toks) if current_language().code == "en" else lo
    toks = toks if start == lo else [t for t in toks if t[0] >= start]
    if len(toks) > 1 and trim(toks[0][2]) in _CONJUNCTIONS_INTL and is_cap(toks[1][2]):
        toks = toks[1:]  # "Doch Jonas Weber entschied sich", "Mais Anne Roy a refusé"
    k = after_dateline(toks) if current_language().code == "en" else 0
    if k:
        toks = toks[k:]  # "WASHINGTON, Dec. 8 (UPI) — Ann Lee said ...": the place opens no subject
        k = 0
    comma = next((n for n, t in enumerate(toks[:20]) if t[2] == ","), None)
    if toks and comma is not None and comma < 8 and (trim(toks[0][2]) in TIME_OPENERS or time_noun_opener(toks, comma)):
        k = comma + 1  # "Hours later, Trump ...", "Back in 1999, Mr. Trump ...", "Eight years ago, he ..."
    # A participle opens a phrase only when a comma closes it ("Founded in 2003, Palantir ...", not "Minister X told")
    elif toks and (trim(toks[0][2]) in INTRO_WORDS or comma is not None and opens_participle(toks)):
        timed = past_time_phrase(toks, 0) if current_language().code == "en" else 0
        if timed and (comma is None or comma > timed):
            k = timed  # "In December Ruiz said", "At the end of 2016 Lee left": no comma after the time
        elif trim(toks[0][2]) in _CONJUNCTIONS and len(toks) > 1 and is_cap(toks[1][2]) and \
                trim(toks[1][2]) not in INTRO_WORDS:
            k = 1  # "And Obama, for all the progress he made, seems to agree": the subject follows
        elif trim(toks[0][2]) in _CONJUNCTIONS and len(toks) > 2 and trim(toks[1][2]) in _THEN_WORDS and \
                is_cap(toks[2][2]) and trim(toks[2][2]) not in INTRO_WORDS:
            k = 2  # "And then Lee went on the attack, saying": one adverb of time, then the subject
        elif comma is not None:
            k = comma + 1
            # "On May 3, 2019, Ruiz said": a date's year is not the subject.
            if k + 1 < len(toks) and toks[k][2][:1].isdigit() and toks[k + 1][2] == ",":
                k += 2
            k = past_place_and_time(toks, k)
            k = past_appositive(toks, k)
            if current_language().code == "en":
                k = past_time_phrase(toks, k)  # "Nevertheless, in December Ruiz said"
        elif trim(toks[0][2]) in ("but", "and", "so", "yet", "still", "also"):
            k = 1
        else:
            return None
    elif len(toks) > 1 and (trim(toks[0][2]) in SENTENCE_ADVERBS or trim(toks[0][2]) in _DAYS or toks[1][2] == "," and trim(toks[0][2]) in COMMA_OPENERS):
        # "Naturally Tom Hale disagreed:", "Clearly, Ann Lee was upset:": the subject follows the adverb (read49).
        k = 2 if toks[1][2] == "," else 1
    if k and k < len(toks) and trim(toks[0][2]) in TIME_OPENERS:
        k = past_place_and_time(toks, k)
    if not k and comma is not None and opens_phrase_before_subject(toks, comma):
        k = comma + 1  # "Pourtant, ...", "Le 31 août 2017, Jean Morel ...", "Posée à ..., elle ..."
    if k >= len(toks):
        return None
    start = toks[k][0]
    w = toks[k][2]
    lw = trim(w)
    if lw in PRONOUNS:
        return start, toks[k][1]
    titled = titled_subject(toks, k) or titled_subject_de(toks, k)  # "El ministro de Hacienda, Juan Pérez, dijo"
    if titled is None:
        titled = named_after_complement(toks, k)  # "La convencional de la Coordinadora, Ana Ruiz, cree"
    if titled is not None:
        return titled
    if current_language().openers:
        described = described_np(toks, k)
        if described is not None:
            return described
    if not (name_word(w) or lw in DETERMINERS):
        return None
    end = None
    prev = ""
    for n, (s, e, tok) in enumerate(toks[k:k + 12], k):
        lt = trim(tok)
        # A capitalized reporting verb after a capitalized word goes on a name: "The Post columnist Ann Lee wrote".
        named = lt in CUES and is_cap(tok) and (is_cap(prev) and prev[-1:].isalpha() and trim(prev) not in DETERMINERS
                                                and not is_possessive(prev) or prev == "of")  # "Department of State"
        if tok in (",", ";", ":", "(", "!", "?", ".") or (
                s > start and (lt in NP_STOP or lt in CUES and not named) and lt != "of"):
            break
        prev = tok
        if s > start and not is_cap(tok) and lt not in NOMINAL_HEADS and lt not in ROLE_WORDS \
                and lt != "of" and not tok.startswith(("-",)) and not inside_name_ahead(toks, n):
            break  # (not at "al-Sharaa" of "Ahmed al-Sharaa", "van" of "Louis van Gaal": s62)
        if ends_sentence(tok):
            end = e - 1
            break
        end = e
    if end is None:
        return None
    while end > start and text[end - 1] in ".,’'":
        end -= 1
    if trim(text[start:end]) in DETERMINERS:
        return None
    return with_name(text, (start, end))
