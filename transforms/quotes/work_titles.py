"""Rule ``work_title_intl`` (issue 16): in German and French, a quote set right after a noun for
a work or a named thing is that thing's name, the writer's scare quote, said by no one:
„In ihrem Buch „Wege zum Glück“ beschreibt …“, „im Verbandsmagazin „Schwimmen heute“",
„das 2. Forum „Sport mit Respekt“", „zum Thema „Arbeit und Familie“", « son livre « Les
Ombres » », « l'émission « Bonjour la ville » ».

German titles are not in English title case (only nouns take capitals), so the title-case test
of ``kinds.is_title_of_work`` misses them; the noun before the mark tells. The noun must stand
right before the opening mark (no comma or colon between: „sagte sie in ihrem Buch: „…“" quotes
the book), and German compounds count by their last part („Verbandsmagazins", „Kriminalroman").
Words for speech (Satz, Worte, Frage, Aussage) are no such nouns. Long quotes (more than
``_MAX_WORDS`` words) are left to the other rules."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.tokens import word_before

_MAX_WORDS: Final = 16

# German nouns (lower case) for a work or a named thing; a compound ending in one counts.
_DE_NOUNS: Final = tuple("""
buch roman album film titel magazin zeitschrift zeitung sendung serie ausstellung projekt
programm kampagne festival podcast motto slogan forum thema kolumne gedicht theaterstück
musical oper dokumentation dokumentarfilm hörspiel tournee single song kinofilm initiative
wettbewerb
""".split())
# Short German nouns matched only whole (a compound ending in "lied" may be a "Mitglied").
_DE_WHOLE: Final = frozenset("lied liedes lieds stück stücks stückes werk werks werkes".split())
# French nouns (lower case) whose complement may be a title in quote marks.
_FR_NOUNS: Final = frozenset("""
livre livres roman album film chanson titre magazine revue journal quotidien hebdomadaire
émission série exposition spectacle pièce essai ouvrage documentaire podcast festival opération
projet programme slogan devise hashtag rubrique collection campagne
""".split())


def _german_work(word: str) -> bool:
    w = word.lower()
    if w in _DE_WHOLE:
        return True
    for stem in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else ""):
        if stem and stem.endswith(_DE_NOUNS):
            return True
    return False


def after_work_noun_intl(text: str, open_at: int, lang: str, quoted: str) -> bool:
    """The word right before the opening mark at ``open_at`` is a German or French noun for a
    work or a named thing (see the module), and the quote is short enough to be its name."""
    if lang not in ("de", "fr") or len(quoted.split()) > _MAX_WORDS:
        return False
    word = word_before(text, open_at, max(0, open_at - 40))
    if not word or not word[-1:].isalpha():
        return False  # "Buch: „…“", "livre, « … »": a quotation from it, not its name
    if lang == "de":
        return word[:1].isupper() and _german_work(word)
    return word.lower().rsplit("’", 1)[-1].rsplit("'", 1)[-1] in _FR_NOUNS
