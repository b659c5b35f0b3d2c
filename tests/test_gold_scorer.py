"""``python -m bench.gold`` scores the current extractor on the gold set read from ../shared."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from bench.gold import corpus as gc
from bench.gold import score, sheets
from tests.corpus import corpus_dir

pytestmark = pytest.mark.slow


def test_scorer_runs_on_the_dev_part_and_finds_every_annotated_document():
    corpus_dir("html-eval-dev")
    out = io.StringIO()
    total = score.run("dev", show_errors=True, out=out)
    text = out.getvalue()
    assert total is not None and total.gold > 0
    # A gold quote can leave the text when the body extractor changes (trafilatura's bodies of
    # the html-eval-dev pages dropped one); the scorer counts it as missed. More than a few
    # means the bodies or the matching broke.
    assert total.gone <= 0.01 * total.gold, f"{total.gone} gold quotes are no longer in the text newsbeam reads"
    assert "no longer read" not in text
    # The quote-mark layer is the part that works; a low recall means the matching broke.
    assert total.matched / total.gold > 0.9
    assert 0 < total.speaker_ok <= total.matched and 0 < total.kind_ok <= total.matched
    assert text.rstrip().splitlines()[-1].startswith("bench-gold dev: recall ")


def test_command_refuses_to_list_test_errors_and_skips_without_the_corpus(tmp_path, monkeypatch):
    done = subprocess.run([sys.executable, "-m", "bench.gold", "--test", "--errors"], cwd=gc.ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "dev errors only" in done.stderr
    monkeypatch.setattr(gc, "CORPUS", tmp_path / "absent")
    out = io.StringIO()
    assert score.run("dev", show_errors=False, out=out) is None
    assert "skipped" in out.getvalue()


def test_batch_c_is_the_choice_of_new_outlets_read_again_from_the_corpus():
    """``bench.gold.sheets --batch C`` chose its documents from outlets not in batches A and B:
    choosing again from the corpus gives the same documents, none of them already in the set."""
    corpus_dir("html-eval-dev")
    rows = score.load_rows("docs.jsonl")
    old = [row for row in rows if row["batch"] in ("A", "B")]
    new = [row for row in rows if row["batch"] == "C"]
    found, articles = sheets.candidates()
    chosen = sheets.choose_new(found, old, len(new))
    assert [c.doc for c in chosen] == [row["doc"] for row in new]
    assert not {c.doc for c in chosen} & {row["doc"] for row in old}
    assert all(articles[c.doc] is not None for c in chosen)


def test_batch_e_is_the_choice_of_publications_new_to_the_set_read_again_from_the_corpus():
    """``bench.gold.sheets --batch E`` chose html-eval-dev pages of D_PUBLICATIONS and
    E_PUBLICATIONS only (the held-out pool had no news outlet left): choosing again from the corpus
    gives the same documents in the same order, each read with the body its sheet was made from."""
    corpus_dir("html-eval-dev")
    rows = score.load_rows("docs.jsonl")
    old = [row for row in rows if row["batch"] != "E"]
    new = [row for row in rows if row["batch"] == "E"]
    found, articles = sheets.e_candidates()
    chosen = sheets.choose_fewest(found, old, len(new), english_share=sheets.E_ENGLISH_SHARE,
                                  per_outlet=sheets.PER_E_OUTLET, new_only=True)
    assert [c.doc for c in chosen] == [row["doc"] for row in new]
    pages = sheets._pages_of(sheets.D_PUBLICATIONS | sheets.E_PUBLICATIONS)
    for row in new:
        assert pages.get(row["doc"]) == row["outlet"], row["doc"]
        assert gc.sha1(articles[row["doc"]].body) == row["body_sha1"], row["doc"]


def test_batches_given_together_score_the_union_of_their_documents():
    corpus_dir("html-eval-dev")
    totals = {batch: score.run("dev", show_errors=False, out=io.StringIO(), batch=batch)
              for batch in ("A", "b", "A,B")}
    assert all(total is not None and total.gold > 0 for total in totals.values())
    assert totals["A,B"].gold == totals["A"].gold + totals["b"].gold
    assert totals["A,B"].speaker_ok == totals["A"].speaker_ok + totals["b"].speaker_ok
