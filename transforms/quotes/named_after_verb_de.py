"""German: a person named once, right after the verb of a sentence that opens on something else
(issue 16, s54): "Nach 40 Jahren schließt Hans Obermaier seine Backstube." German puts the subject
after the finite verb when a phrase opens the sentence, and news names a person so once before a
quote ("„…“, sagt er.", "Sein Fazit: „…“"). ``implied.sole_person_in`` took such a name only when
the article wrote it twice or gave it a title; a name of two words on a first name of one sex,
right after a lower-case word that is no preposition, article or conjunction (as a rule its verb;
the test reads no part of speech), and before a lower-case word that joins no second name, is a
person's. (Who a later "er" is stays the pronoun resolver's: a son named after him, "Sein Sohn
übernimmt", is not read here.) Pure function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon_de import PREPOSITIONS

# Words before or after a name that make it an object, a possessor or one of two ("den Kandidaten
# Markus Feld", "von Jonas Weber", "Lena Hartwig und Anton Falkenrath", "Während Paul Brenner").
_NOT_AROUND: Final = frozenset("""und oder sowie mit als wie während nachdem dass ob der die das den dem des
ein eine einen einem einer eines""".split())


def named_after_verb(text: str, at: int, end: int, person: str) -> bool:
    """Whether the run ``text[at:end]`` (its name ``person``, titles taken off) stands as the
    subject right after its verb: the module's shape."""
    if len(person.split()) != 2 or first_name_sex(person) is None:
        return False
    after = text[end:end + 12].split()[:1]
    before = text[max(0, at - 24):at].split()[-1:]  # (before the run, its title with it: "Bäckermeister")
    return bool(after and before) and after[0].islower() and after[0] not in _NOT_AROUND and \
        before[0].isalpha() and before[0].islower() and before[0] not in _NOT_AROUND and before[0] not in PREPOSITIONS
