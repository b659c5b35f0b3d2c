"""PolNeAR dev scores as floors: a change that lowers quote F1, speaker accuracy or end-to-end F1
on the held-out dev split fails here (scores, not times; the corpus's own scorer)."""
from __future__ import annotations

import json

import pytest

from tests.corpus import corpus_dir

bench = pytest.importorskip("bench.quotes")

# Measured 2026-12-01 (bench/README.md): dev-us 0.971 / 0.915 / 0.889, dev-uk 0.973 / 0.917 / 0.892.
FLOORS = {"f1@0.5": 0.968, "speaker": 0.912, "e2e": 0.886}


@pytest.fixture(scope="module")
def dev_scores():
    corpus_dir("polnear-dev")
    return bench.scores(("dev",))


@pytest.mark.parametrize("variant", ["us", "uk"])
def test_dev_scores_stay_above_their_floors(dev_scores, variant):
    m = dev_scores["dev", variant]
    got = {"f1@0.5": m["@0.5"]["f1"], "speaker": m["speaker_loose"], "e2e": m["e2e"]["f1"]}
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"dev-{variant} below its floors {FLOORS}: {low}"


def test_uk_style_scores_within_two_points_of_us(dev_scores):
    us, uk = dev_scores["dev", "us"], dev_scores["dev", "uk"]
    assert abs(us["speaker_loose"] - uk["speaker_loose"]) <= 0.02
    assert abs(us["@0.5"]["f1"] - uk["@0.5"]["f1"]) <= 0.02


def test_the_halves_of_train_split_its_articles_and_gold_between_them(tmp_path):
    # bench.quotes --splits train-a train-b: every train article in exactly one half, by a hash
    # of its key (not its order), and each half's gold holds only that half's documents.
    corpus_dir("polnear-train")
    halves = {h: {doc for doc, _ in bench.load_split(f"train-{h}", "us")} for h in "ab"}
    train = {doc for doc, _ in bench.load_split("train", "us")}
    assert halves["a"] and halves["b"] and not halves["a"] & halves["b"]
    assert halves["a"] | halves["b"] == train
    assert all(bench.half_of(doc) == "a" for doc in halves["a"])
    gold = bench.gold_file("train-b", "us", tmp_path)
    docs = {json.loads(line)["doc"] for line in gold.read_text(encoding="utf-8").splitlines()}
    listed = {json.loads(line)["doc"] for line in
              gold.with_suffix(".docs.jsonl").read_text(encoding="utf-8").splitlines()}
    assert docs <= halves["b"] and listed == halves["b"]
