"""newsbeam: news feeds, article pages and web archives to Hive-partitioned Parquet, with bullet
highlights and who said what.

The Python API (keyword-only after the first two arguments; the command line calls the same)::

    import newsbeam

    result = newsbeam.ingest(["feeds/*.xml", "articles/**/*.txt"], "out",
                             partition_by="date", mode="append", runner="FnApiRunner")
    result.articles, result.rejects, result.run_id, result.exit_code

    ds = newsbeam.open_dataset("out")
    ds.to_pandas("quotes")            # or ds.to_table (pyarrow), ds.to_polars, ds.duckdb()

The subpackages are the project's top-level folders, installed under this one name:
``newsbeam.pipeline`` (command line, options, assembly, runners), ``newsbeam.transforms`` (Beam
transforms and the pure logic they wrap) and ``newsbeam.schemas`` (record types, Arrow schemas).
Importing ``newsbeam`` is cheap: Beam and pyarrow load when ``ingest`` or ``open_dataset`` is
first used.
"""
import os

__version__ = "0.2.0"
__all__ = ["Dataset", "IngestResult", "RunFailed", "UsageError", "ingest", "open_dataset", "__version__"]

# In a source checkout the subpackages are the sibling folders (pyproject.toml maps them the same
# way for an install), so that `python -m newsbeam` and the tests work from the checkout as well.
_checkout = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if os.path.isfile(os.path.join(_checkout, "pyproject.toml")) and os.path.isfile(
        os.path.join(_checkout, "transforms", "__init__.py")):
    __path__.append(_checkout)  # noqa: F821 (a package's __path__)

_API = {"ingest": "api", "open_dataset": "reading", "IngestResult": "result", "Dataset": "reading",
        "UsageError": "errors", "RunFailed": "errors"}


def __getattr__(name):  # PEP 562: the API loads on first use
    if name in _API:
        import importlib

        value = getattr(importlib.import_module(f"newsbeam.pipeline.{_API[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsbeam' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_API))
