"""A subject the article names once, with no title and no appositive after it ("Laura Frémy
analyse « ... »"): the name index does not count it as a person, yet in languages that capitalize
only names inside a sentence, two or three plain capitalized words that read as a full name are
one. Pure functions."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.bare_names import bare_person, used_as_body
from newsbeam.transforms.quotes.context import Finding
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.named_bodies import SUBJECT_ONLY
from newsbeam.transforms.quotes.names import NameIndex

# Languages that capitalize only names inside a sentence (German capitalizes every noun:
# "Zögerliches Kopfnicken" is no one; English keeps its own rules).
_NAMES_ONLY_CAPITALIZED: Final = frozenset(["fr", "es", "pt"])


def bare_subject_name(found: Finding, speaker: str, text: str, names: NameIndex) -> bool:
    """Whether the subject ``found`` names a person the article names once: in French, Spanish
    or Portuguese, a mention that is exactly ``speaker`` and reads as a person's full name
    (``bare_names.bare_person``), never written after "at", "in", "on" or "the" in ``text``,
    whose first word ``text`` never writes in lower case. ``names`` is the article's name index
    (its cached mentions serve the German check)."""
    code = current_language().code
    if code not in _NAMES_ONLY_CAPITALIZED and code != "de" or found.mention.strip(" ,.") != speaker:
        return False
    # In German, only the rules that take a sentence's subject: a colon after an interview's
    # speaker label ("Korinna Hennig: … die Meinung vertreten: „…“") is no subject of the words.
    if code == "de" and (found.rule not in SUBJECT_ONLY and not _subject_before_verb_de(found, speaker, text)
                         or not _given_name_de(speaker, names)):
        return False  # German capitalizes nouns: only a first name tells a name from "Zögerliches Kopfnicken"
    if not bare_person(speaker) or text and used_as_body(text, speaker):
        return False
    # "Nouvelle Vague analyse « ... »": a first word the text also writes in lower case is a
    # common word, not a given name.
    first = speaker.split()[0].lower()
    return f" {first} " not in text and f" {first}," not in text


def _subject_before_verb_de(found: Finding, speaker: str, text: str) -> bool:
    """A German lead-in whose mention opens its sentence and is followed by a lowercase word, its
    verb, and then a colon ("Anna Keller brachte es auf den Punkt: „…“", stop 47): the sentence's
    subject, as the subject rules read it; not a label ("Korinna Hennig: …", a colon right after
    the name). Read at the mention's first few places in the text (bounded)."""
    if found.rule != "lead_in" or found.cue != ":":
        return False
    at = text.find(speaker)
    for _ in range(_PLACES):
        if at < 0:
            return False
        end = at + len(speaker)
        before = text[max(0, at - 2):at].strip()
        if (at == 0 or not before or before[-1] in ".!?\"“”«»") and text[end:end + 1] == " " and \
                text[end + 1:end + 2].islower() and text.find(":", end, end + _LEAD_READ) > 0 and \
                "\n" not in text[end:text.find(":", end, end + _LEAD_READ)]:
            return True
        at = text.find(speaker, end)
    return False


_PLACES: Final = 8  # places of the mention read in the text
_LEAD_READ: Final = 200  # characters of a lead-in read back for its subject


# German words before a capitalized word that make it a noun, a place or a body, not a given
# name: an article or a preposition of place ("die Rose", "in China", "bei Porsche").
_NOUN_BEFORE_DE: Final = frozenset("der die das den dem des ein eine einer einem einen in im aus bei nach von vom".split())
# Heads of a German place, body or day named after someone, often written apart ("Karl Marx
# Allee", "Robert Koch Institut", "Katharina Witt Eishalle", "Maria Himmelfahrt"): no person.
_PLACE_HEADS_DE: Final = tuple("""allee straße strasse platz gymnasium schule institut stiftung klinik
klinikum preis brücke halle himmelfahrt kirche zentrum""".split())
_MENTIONS_READ: Final = 20  # mentions of the first name read for a word before it


def _given_name_de(speaker: str, names: NameIndex) -> bool:
    """Whether the German ``speaker`` opens on a given name: a first name of one sex in the
    first-name lists (``first_names``), which the article never writes after an article or a
    preposition of place ("die Rose", "in China", "bei Porsche": a noun, a place, a firm). The
    name index's mentions of the first name are read (whole words, found once per article and
    cached), not the text searched again for every quote."""
    if first_name_sex(speaker) is None or speaker.split()[-1].lower().endswith(_PLACE_HEADS_DE):
        return False  # ("Karl Marx Allee", "Marie Curie Gymnasium": a street, a school named after someone)
    texts = names.texts()
    for t_index, at in names.mentions(speaker.split()[0])[:_MENTIONS_READ]:
        before = texts[t_index][max(0, at - 8):at].split()
        if before and before[-1].lower() in _NOUN_BEFORE_DE:
            return False  # (whole words only: "aus Karlsruhe" says nothing of "Karl")
    return True
