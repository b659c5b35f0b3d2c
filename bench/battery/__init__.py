"""Batteries of whole made-up news articles, each quote annotated by the guide (issue 16, stop 57).

Written in our own words by readers who had not seen the extractor's rules, each article in the
habits of a kind of outlet, every answer set from docs/gold-annotation.md before the first run.
They measure how the extractor reads typical whole articles (speakers introduced once, then by
surname, pronoun or description; statements, spokespeople, headlines, interviews).

- Set 1 (``de``, ``en-features``, ``en-hard-news``, ``es-pt``, ``fr``: 67 articles, 845 quotes):
  stop 57 mended rules from it, so its scores flatter.
- Set 2 (``*-2``: 52 articles, 688 quotes, other outlets and topics): written after those mends
  and not used to write rules at stop 57; it measured how far they carry (docs/quality.md).
Neither replaces the general-news gold set's test part, the figure to report.

    python -m bench.battery [-v] [NAME ...]

prints, per battery, speakers right of the quotes found, kinds right, quotes missing or extra,
and the null controls kept (quotes whose answer is no one); ``-v`` lists every wrong quote with
the rule and the mention that gave it.
"""
