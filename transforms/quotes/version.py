"""The version of the quote rules, apart from them: a run's graph records it without loading them.

Change it when a change to the rules changes their output: the next run then extracts again the
articles it sees, even unchanged ones (their index rows record the version their rows were
written with).
"""
EXTRACTOR_VERSION = "2026-12-07.187-s63"
