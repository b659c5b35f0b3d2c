"""The seed article, matched completely against the expected quotes in ../shared/examples."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbeam.transforms.quotes import extract_quotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLE = SHARED / "examples" / "seed-article.txt"
EXPECTED = SHARED / "examples" / "seed-expected.json"


def _seed():
    if not (ARTICLE.exists() and EXPECTED.exists()):
        pytest.skip(f"seed article not found under {SHARED}")
    lines = [line for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, rest = lines[0], lines[1:]
    bullets = []
    while rest and rest[0].startswith("- "):
        bullets.append(rest.pop(0)[2:])
    return title, bullets, "\n\n".join(rest), json.loads(EXPECTED.read_text(encoding="utf-8"))


def _same_text(got: str, want: str) -> bool:
    # The notes allow a trailing comma or full stop to be kept or dropped.
    return got.rstrip(",.") == want.rstrip(",.")


def test_seed_bullets_are_the_expected_ones():
    _, bullets, _, expected = _seed()
    assert bullets == expected["bullets"]


def test_seed_quotes_match_completely():
    title, bullets, body, expected = _seed()
    got = extract_quotes(title, bullets, body)
    want = expected["quotes"]
    assert len(got) == len(want), [q.text for q in got]
    zones = {"title": title, "body": body}
    for n, (q, w) in enumerate(zip(got, want)):
        where = f"quote {n}: {q.text!r}"
        assert q.position == n, where
        assert q.zone == w["zone"], where
        assert q.zone_index == w.get("zone_index", 0), where
        assert _same_text(q.text, w["text"]), where
        zone_text = bullets[q.zone_index] if q.zone == "bullet" else zones[q.zone]
        assert zone_text[q.start_char:q.end_char] == q.text, where
        kinds = w["kind"] if isinstance(w["kind"], list) else [w["kind"]]
        assert q.kind in kinds, where
        assert q.speaker == w["speaker"], where
        assert q.attribution == w["attribution"], where
        for field in ("speaker_mention", "cue"):
            if field in w:
                assert getattr(q, field) == w[field], f"{where} {field}"
