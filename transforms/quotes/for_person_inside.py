"""The rule ``for_person_inside``: in French, Spanish and Portuguese, "for" and a person's name
inside a sentence, not at its start, give that person's view when they are set off as a view:
before a "que" clause ("confirme aujourd'hui pour Anne Roy que « ... »") or between commas ("La
medida es, para Ana Ruiz, «un error»"). The quotes of that sentence are theirs. A name after "for"
that is no view has neither shape ("un cadeau pour Anne Roy", "trabaja para Ana Ruiz") and gives
no one; nor does "for X" right after the quoted words: "un « camouflet » pour Emmanuel Macron, qui
..." is a blow to him, not his word.

The sentence must frame the view: "for X" follows a form of "to be" ("est", "es", "é", "reste")
or a verb of showing whose subject is no person ("L'essor ... confirme pour X que", "El acuerdo
demuestra para X que"). After any other verb "for X" is whom the subject acts for: "Le président
a demandé pour X que « ... »", "Le ministre a obtenu, pour X, « une dérogation »", "L'avocat
général a requis, pour X, « une peine »" are the subject's words (or the beneficiary's), never X's."""

from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.for_person import for_person_at
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon_es import TITLES as TITLES_ES
from newsbeam.transforms.quotes.lexicon_fr import PEOPLE as PEOPLE_FR
from newsbeam.transforms.quotes.lexicon_fr import TITLES as TITLES_FR
from newsbeam.transforms.quotes.lexicon_pt import TITLES as TITLES_PT

_LANGUAGES: Final = frozenset(("es", "fr", "pt"))
_READ: Final = 400  # characters of the sentence read on each side of the quote (bounded)
_FRAME_READ: Final = 200  # characters read before "for X" for the verb and its subject (bounded)
_WORD: Final = re.compile(r"[^\W\d_][\w'’\-]*")
# Forms of "to be" (and "remain", "seem"): "X est, pour Y, « ... »" is Y's view whoever X is.
_COPULAS: Final = frozenset("""
est sont était étaient sera seront serait seraient été reste restent demeure demeurent semble
semblent paraît
es son era eran será serán sería serían sido sigue siguen resulta resultan parece parecen
é são foi foram será serão seria seriam sido continua continuam parece parecem
""".split())
# Verbs of showing: "for Y" after them is Y's view when their subject is a thing, not a person.
_SHOWING: Final = frozenset("""
confirme confirment montre montrent prouve prouvent démontre démontrent illustre illustrent
signifie signifient représente représentent constitue constituent incarne incarnent symbolise
confirma confirman muestra muestran prueba prueban demuestra demuestran ilustra ilustran
significa significan representa representan constituye constituyen supone suponen
confirmam mostra mostram prova provam demonstra demonstram ilustram significam
representam constitui constituem
""".split())
_EXTRA_ADVERBS: Final = frozenset("""
aujourd'hui aujourd’hui donc bien surtout désormais ahora hoy agora hoje bem
""".split())
# Words of a person as a subject: "Le président", "L'avocat général", "la ministra".
_PERSON_WORDS: Final = TITLES_FR | PEOPLE_FR | TITLES_ES | TITLES_PT


def for_person_inside(site: Site, ctx: ArticleContext) -> Finding | None:
    """The person of a "for X" view inside the quote's sentence (see the module), else None.
    Two such views in the sentence: None (whose the quote is, is unsure)."""
    lang = current_language()
    word = lang.for_word
    if lang.code not in _LANGUAGES or word is None:
        return None
    text, span = site.text, site.span
    assert ctx.sentences is not None
    lo = max(site.sent_lo, span.open_at - _READ)
    hi = ctx.sentences.end(span.open_at, min(len(text), span.close_at + _READ if span.close_at >= 0 else
                                             span.open_at + _READ))
    found: Finding | None = None
    at = text.find(word, lo + 1, hi)
    while at >= 0:
        view = _view_at(text, ctx, at, hi, word, site.sent_lo)
        if view is not None:
            if found is not None and found.mention != view.mention:
                return None
            found = view
        at = text.find(word, at + len(word), hi)
    return found


def _view_at(text: str, ctx: ArticleContext, at: int, hi: int, word: str, sent_lo: int) -> Finding | None:
    """The view of "for X" at ``at`` (lowercase, mid-sentence) when set off as one."""
    if at <= sent_lo or text[at - 1:at] not in (" ", "\u00a0") or \
            text[at + len(word):at + len(word) + 1] not in (" ", "\u00a0"):
        return None
    found = for_person_at(text, ctx, at, hi, word)
    if found is None or not _framed(text, ctx, sent_lo, at):
        return None
    end = text.find(found.mention, at)
    if end < 0:
        return None
    end += len(found.mention)
    after = text[end:end + 5]
    before = text[max(sent_lo, at - 3):at].rstrip()
    if after.startswith(" que ") or after.startswith("\u00a0que "):
        return found  # "confirme pour Anne Roy que ...": the clause is the view
    if after.lstrip()[:1] == "," and before.endswith(","):
        return found  # "..., para Ana Ruiz, ..."
    return None


def _framed(text: str, ctx: ArticleContext, sent_lo: int, at: int) -> bool:
    """Whether the words before "for X" at ``at`` frame a view: a form of "to be", or a verb of
    showing whose subject is no person (see the module)."""
    lang = current_language()
    words = list(_WORD.finditer(text, max(sent_lo, at - _FRAME_READ), at))
    i = len(words) - 1
    while i >= 0 and (words[i].group().lower() in lang.adverbs or words[i].group().lower() in _EXTRA_ADVERBS):
        i -= 1
    if i < 0:
        return False
    verb = words[i].group().lower()
    if verb in _COPULAS:
        return True
    return verb in _SHOWING and not _person_subject(ctx, [m.group() for m in words[:i]])


def _person_subject(ctx: ArticleContext, words: list[str]) -> bool:
    """Whether the words before the verb hold a person: a title or person noun ("le président",
    "L'avocat"), or a run of capitalized words the article uses as someone's name."""
    run: list[str] = []
    for w in [*words, ""]:
        bare = w[2:] if w[1:2] in ("'", "’") else w
        if bare.lower() in _PERSON_WORDS:
            return True
        if w[:1].isupper():
            run.append(w)
            continue
        if len(run) >= 2 and ctx.names.is_person(" ".join(run)):
            return True
        run = []
    return False
