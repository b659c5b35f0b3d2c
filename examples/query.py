"""The example query `make run` prints: who is quoted most, read through newsbeam's own API.

Needs nothing beyond what `make run` installs (pyarrow comes with newsbeam); with the readers
extra (`pip install '.[readers]'`) the same is one DuckDB query:
    newsbeam.open_dataset("out").duckdb().sql("select speaker, count(*) ... group by speaker")
"""
import sys

import pyarrow.compute as pc

import newsbeam

out = sys.argv[1] if len(sys.argv) > 1 else "out"
quotes = newsbeam.open_dataset(out).to_table("quotes", columns=["speaker", "text"])
quotes = quotes.filter(pc.is_valid(quotes["speaker"]))
top = (quotes.group_by("speaker", use_threads=False).aggregate([("text", "count"), ("text", "first")])
       .sort_by([("text_count", "descending"), ("speaker", "ascending")]).slice(0, 8))
print("\n-- who is quoted most (examples/query.py)")
print(f"{'speaker':<24} {'quotes':>6}  example")
for speaker, count, example in zip(*(top[c].to_pylist() for c in ("speaker", "text_count", "text_first"))):
    print(f"{speaker:<24} {count:>6}  {example[:70]}")
