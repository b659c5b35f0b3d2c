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
"""
from newsbeam.transforms.quotes.extract import EXTRACTOR_VERSION, extract_quotes
from newsbeam.transforms.quotes.rules import RULE_NAMES, RULES

__all__ = ["EXTRACTOR_VERSION", "RULES", "RULE_NAMES", "extract_quotes"]
