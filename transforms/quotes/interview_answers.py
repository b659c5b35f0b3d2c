"""An interview's answer labelled as such ("R: «…»", "Antwort: „…“", "Réponse : « … »", "Answer:
“…”") is the interviewee's, the one person the piece's opening names as interviewed ("Entrevistamos a
la escritora Clara Montiel", "Im Gespräch mit dieser Zeitung erklärt Bürgermeisterin Karin
Woltersdorf …", "Entretien avec la chercheuse Anne-Laure Fabre"). The guide: in interviews, the person
who speaks the line; the label "R" or "Antwort" is no one's name (names_someone), and the answer came
out null (issue 16, stop 55 battery). Rather null than wrong: the label must open its paragraph,
the opening (the zone's first 600 characters) must say it is an interview, and name one person
there. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.name_runs import names_in
from newsbeam.transforms.quotes.titles import split_title

_ANSWER_LABELS: Final = frozenset("r resp resp. respuesta resposta antwort réponse reponse answer".split())
# Words that say the piece is an interview, in its opening.
_INTERVIEW: Final = re.compile(r"(?i:interview|talks?\s+to|spoke\s+(?:to|with)|in\s+conversation\s+with|"
                               r"entrevist\w{0,8}|convers\w{0,8}\s+com|entretien\s+avec|rencontre\s+avec|"
                               r"im\s+gespräch\s+mit|sprach\s+mit|gespräch)")
_OPENING: Final = 600  # characters of the zone read for the interview's opening


def answer_label(mention: str | None, text: str, open_at: int) -> bool:
    """Whether ``mention`` is an answer's label that opens the quote's paragraph ("R:", "Antwort:")."""
    if not mention or mention.strip(" :").lower() not in _ANSWER_LABELS:
        return False
    p_lo = text.rfind("\n", 0, open_at) + 1
    return text[p_lo:open_at].strip().rstrip(":").strip().lower() == mention.strip(" :").lower()


def interviewee(ctx: ArticleContext, text: str) -> str | None:
    """The one person the opening of ``text`` names in a sentence that says it is an interview."""
    opening = text[:_OPENING]
    cue = _INTERVIEW.search(opening)
    if cue is None or ctx.sentences is None:
        return None
    lo = ctx.sentences.start(0, cue.start())
    hi = ctx.sentences.end(cue.start(), min(len(text), _OPENING))
    people = {ctx.names.fullest(split_title(name) or name) for name, _ in names_in(text, lo, hi)
              if " " in (split_title(name) or name) and (first_name_sex(split_title(name) or name) is not None
                                                          or ctx.names.is_person(split_title(name) or name))}
    return people.pop() if len(people) == 1 else None
