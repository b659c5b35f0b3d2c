"""The article batteries (bench/battery): well-formed, and every quote they list is found."""
from __future__ import annotations

import json

import pytest

from bench.battery.__main__ import DATA, score

_NAMES = sorted(p.stem for p in DATA.glob("*.json"))


# Quotes a battery lists that the extractor does not find as listed: es-pt-2's "«… —admitió—. …»",
# one span (Spanish dash asides are not split as French incises are).
_MISSING = {"es-pt-2": 1}


def test_the_batteries_are_there() -> None:
    assert _NAMES == ["de", "de-2", "en-features", "en-hard-news", "en-mixed-2", "es-pt", "es-pt-2", "fr", "fr-2"]


@pytest.mark.parametrize("name", _NAMES)
def test_a_battery_is_well_formed_and_its_quotes_are_all_found(name: str) -> None:
    articles = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    assert len({a["id"] for a in articles}) == len(articles)
    for article in articles:
        assert article["lang"] in ("en", "de", "es", "pt", "fr")
        for quote in article["quotes"]:
            assert quote["starts"] and set(quote["kinds"]) <= {"direct", "partial", "scare"}
            assert all(s is None or isinstance(s, str) for s in quote["speakers"])
    counts, _ = score(articles)
    assert counts["missing"] == _MISSING.get(name, 0) and counts["extra"] == 0  # every quote listed, nothing more
