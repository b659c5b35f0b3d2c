"""newsbeam: news feeds, article pages and web archives to Hive-partitioned Parquet, with bullet
highlights and who said what.

The subpackages are the project's top-level folders, installed under this one name:
``newsbeam.pipeline`` (command line, options, assembly, runners), ``newsbeam.transforms`` (Beam
transforms and the pure logic they wrap) and ``newsbeam.schemas`` (record types, Arrow schemas).
"""
import os

__version__ = "0.2.0"

# In a source checkout the subpackages are the sibling folders (pyproject.toml maps them the same
# way for an install), so that `python -m newsbeam` and the tests work from the checkout as well.
_checkout = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if os.path.isfile(os.path.join(_checkout, "pyproject.toml")) and os.path.isfile(
        os.path.join(_checkout, "transforms", "__init__.py")):
    __path__.append(_checkout)  # noqa: F821 (a package's __path__)
