"""The main text of an HTML page: trafilatura's extraction, run on the tree newsbeam parsed, as
paragraphs.

``trafilatura.bare_extraction`` copies any tree it is given before it prunes it (trafilatura
2.3.1, ``core.py``: ``if tree is filecontent: tree = copy(tree)``), and has no option to skip the
copy; given bytes it parses the page itself, which costs 4x the copy. newsbeam reads everything
it needs from its tree first (metadata, highlights, htmldate's date) and has no further use for
it, so the extraction runs on the tree itself: ``extract_body`` is ``bare_extraction``'s own
sequence for newsbeam's options (no metadata, no comments, tables, no deduplication, no language
filter, no XPath pruning) without the copy, which cost 0.9 ms a page (2-3% of trafilatura's own
time on html-eval-dev). It also asks for no text output: ``bare_extraction``'s default
``output_format="python"`` serializes the body to text (``xmltotxt``), which newsbeam never
reads; its paragraphs come from the body tree (``_blocks``). And its options are built once
and copied for each page: trafilatura's ``Extractor`` reads its settings from a ConfigParser and
formats today's date on every construction (0.2 ms a page).
``tests/test_maintext.py`` holds all three to what ``bare_extraction`` gives.
"""
from __future__ import annotations

import copy
import functools
from collections.abc import Iterator

import lxml.etree

__all__ = ["extract_body", "main_text"]

# The groups of trafilatura's output tree (its XML-TEI-like vocabulary), whose children are
# the paragraphs: every other block (p, head, quote, code, item, row) is one.
_GROUPS = frozenset(("list", "table", "div", "body"))


@functools.lru_cache(maxsize=1)
def _base_options():
    # Imported by the first page, not by every run (0.2 s of CPU).
    from trafilatura.settings import Extractor

    return Extractor(output_format="txt", comments=False, tables=True, dedup=False)


def options_for(url: str | None):
    """trafilatura's options for one page: ``Extractor(output_format="txt", comments=False,
    tables=True, dedup=False, url=url)``, copied from one built once. (Its ``date_params``,
    read only with metadata, keep the day of the first page.)"""
    options = copy.copy(_base_options())
    options.url = url
    source = url or None  # as Extractor sets it (source=None)
    options.source = source and source.encode("utf-8", "replace").decode("utf-8")
    return options


def extract_body(root, url: str | None = None):
    """trafilatura's main-text tree of the page (its ``<body>`` of ``p``, ``head``, ``list``...),
    or None when it keeps nothing. Prunes ``root`` in place. Raises what trafilatura raises."""
    from trafilatura.core import trafilatura_sequence

    options = options_for(url)
    # What bare_extraction does around the sequence, for these options.
    body, text, _, comments = trafilatura_sequence(root, options, options.url)
    if options.max_tree_size and len(body) > options.max_tree_size:
        lxml.etree.strip_tags(body, "hi")
        if len(body) > options.max_tree_size:
            return None
    if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
        return None
    return body


def main_text(root, url: str | None = None) -> tuple[str, ...]:
    """The paragraphs of the page's main text, by trafilatura, which prunes ``root``: the caller
    reads nothing from it afterwards."""
    try:
        body = extract_body(root, url)
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        return ()
    return tuple(_blocks(body)) if body is not None else ()


def _blocks(body) -> Iterator[str]:
    """One string per block of trafilatura's output tree, in reading order.

    Iterative, as everything that walks input here: a list in a list in a list is text too.
    A line break inside a paragraph (``<lb/>``, from ``<br>``) ends a paragraph: pages that
    write their text in one ``<div>`` with ``<br>``s between the paragraphs mean it.
    """
    stack = [iter(body)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        if not isinstance(el.tag, str):
            continue
        if el.tag in _GROUPS or (el.tag in ("item", "cell") and el.find("list") is not None):
            if el.tag == "item" and el.text and el.text.strip():
                yield " ".join(el.text.split())
            stack.append(iter(el))
            continue
        if el.tag == "row":
            text = " ".join(" ".join("".join(cell.itertext()).split()) for cell in el)
            if text.strip():
                yield text.strip()
            continue
        yield from _lines(el)


def _lines(el) -> Iterator[str]:
    for lb in el.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    for line in "".join(el.itertext()).split("\n"):
        line = " ".join(line.split())
        if line:
            yield line
