"""Batteries of whole made-up news articles, each quote annotated by the guide (issue 16, stop 57).

Five batteries written in our own words by readers who had not seen the extractor's rules, each
in the habits of a kind of outlet (English hard news and features, German, Spanish and
Portuguese, French; 67 articles, 845 quotes), every answer set from docs/gold-annotation.md
before the first run. They measure how the extractor reads typical whole articles (speakers
introduced once, then by surname, pronoun or description; statements, spokespeople, headlines,
interviews) and are a development aid: rules have been mended from them, so their scores
flatter; the general-news gold set's test part is the figure to report.

    python -m bench.battery [-v] [NAME ...]

prints, per battery, speakers right of the quotes found, kinds right, quotes missing or extra,
and the null controls kept (quotes whose answer is no one); ``-v`` lists every wrong quote with
the rule and the mention that gave it.
"""
