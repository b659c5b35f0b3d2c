# %% [markdown]
# # newsbeam in a notebook
#
# This file is a notebook in the "percent" format: Jupyter (with jupytext), VS Code and PyCharm
# open it as cells, and `python examples/notebook.py` runs it top to bottom. It needs the
# readers extra: `pip install '.[readers]'` (DuckDB, Polars, pandas).

# %%
import tempfile
from pathlib import Path

import newsbeam

ROOT = Path(__file__).resolve().parents[1] if "__file__" in globals() else Path.cwd()
out = Path(tempfile.mkdtemp(prefix="newsbeam-notebook-")) / "out"

# %% [markdown]
# ## Ingest
# `newsbeam.ingest` takes globs (or a list of them) and the output directory; everything else is
# a keyword: `feeds=`, `partition_by=`, `mode=`, `runner=`, `pipeline_options=` ...

# %%
result = newsbeam.ingest([str(ROOT / "examples" / "inputs" / "*")], out, partition_by="source,date")
print(result.status, result.run_id)
print(f"{result.articles} articles, {result.bullets} bullets, {result.quotes} quotes, "
      f"{result.rejects} rejects {dict(result.rejects_by_reason)}")

# %% [markdown]
# ## Read it back
# `open_dataset` gives each table to pandas, Polars, pyarrow or DuckDB.

# %%
ds = newsbeam.open_dataset(out)
articles = ds.to_pandas("articles")
articles[["source", "date", "title", "word_count"]].sort_values("date")

# %%
import polars as pl

(ds.to_polars("quotes")
   .filter(pl.col("speaker").is_not_null())
   .group_by("speaker").agg(pl.len().alias("quotes"))
   .sort("quotes", descending=True)
   .head(5)
   .collect())

# %%
con = ds.duckdb()  # one view per table
con.sql("""
    SELECT a.title, q.speaker, q.text
    FROM quotes q JOIN articles a USING (article_id)
    WHERE q.kind = 'direct' AND q.speaker IS NOT NULL
    ORDER BY a.title, q.position
    LIMIT 5
""").show()

# %% [markdown]
# ## Rejects are data
# Every input ends up as articles or as rejects with a stable reason code.

# %%
ds.to_pandas("rejects")[["input", "reason", "detail"]]
