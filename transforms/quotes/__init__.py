"""Direct quotes and their speakers, by named rules: ``extract_quotes(title, bullets, body)``.

The modules show the method (quote -> mention -> speaker):

- ``lexicon``: the word lists, as data;
- ``marks``: quote marks paired into quoted spans; ``tokens``: tokens and sentence ends;
  ``cues``: reporting verbs; ``phrases``: noun phrases around them; ``names``: the article's
  names; ``context``: what the rules share, per article and per quote;
- ``shapes``: the shapes of attributions around a quote; ``rules``: the ordered, named rules
  (``RULES``) built from them;
- ``resolve``: a mention to a speaker; ``kinds``: direct, partial, scare;
- ``extract``: ``extract_quotes``; ``explain``: a readable account of each quote.

Importing the package is cheap: the extractor (its lexicons, patterns and rules) loads on the
first use of a name below (PEP 562), so a run's graph, which only needs ``EXTRACTOR_VERSION``
(kept in ``version``), does not load it in a process that runs no extraction.

The modules may be compiled with mypyc (setup.py); ``compiled`` decides, before any of them
loads, whether the compiled ones are used or their ``.py`` files (a stale build, NEWSBEAM_PURE).
"""
from newsbeam.transforms.quotes.compiled import select as _select_build

_select_build()

from newsbeam.transforms.quotes.version import EXTRACTOR_VERSION  # noqa: E402 (after the choice of build)

__all__ = ["EXTRACTOR_VERSION", "RULES", "RULE_NAMES", "extract_quotes"]
_LAZY = {"extract_quotes": "extract", "RULES": "rules", "RULE_NAMES": "rules"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f"newsbeam.transforms.quotes.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsbeam.transforms.quotes' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
