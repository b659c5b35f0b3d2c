"""``newsbeam report DIR``: who is quoted, by whom and how often, as one self-contained HTML page.

``queries`` (DuckDB over the Parquet files) -> ``charts`` (Vega-Lite drawn to SVG) -> ``page``
(HTML), assembled by ``build``. The command line (``command``) imports none of them until the
report is asked for, so DuckDB and the chart renderer stay optional (``newsbeam[report]``).
"""
from __future__ import annotations

__all__ = ["Filters", "Limits", "ReportResult", "build_report", "collect", "render"]


def __getattr__(name: str):
    if name in __all__:
        from newsbeam.pipeline.report import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
