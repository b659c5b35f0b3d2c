"""An argument in code written in running text: ``it("should return an empty list")``,
``fetch("https://…")``. The opening mark stands right after a parenthesis that follows a word
with no space (a call): the words are a string in a program, the writer's quotation of code,
never anyone's speech, whoever the sentence's subject is ("The guide said it(“…”) is the first
test": the guide did not say the string). A scare quote (extract.py sets it aside as it does
words quoted as words). Pure.
"""
from __future__ import annotations

from newsbeam.transforms.quotes.marks import Span


def in_code_call(text: str, span: Span) -> bool:
    """Whether the quote ``span`` opens right after "(" glued to a word: ``name(“…”)``."""
    k = span.open_at
    return k >= 2 and text[k - 1] == "(" and (text[k - 2].isalnum() or text[k - 2] == "_")
