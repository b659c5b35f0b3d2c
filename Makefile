# newsbeam: `make run` and `make test` work on a fresh machine with Python 3.11 and the package index.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    ?= out
SHARED ?= ../shared

.PHONY: run test test-corpus test-slow test-browser bench bench-quotes bench-gold bench-report golden golden-diff lint clean dask-cluster

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dask,report,browser]"
	touch $(STAMP)

## run: ingest the bundled samples in examples/inputs into ./out, query the result, write its report
run: $(STAMP)
	$(PY) -m newsbeam run --input 'examples/inputs/*' --output $(OUT)
	$(PY) examples/query.py $(OUT)
	$(PY) -m newsbeam report $(OUT) --to $(OUT)/report.html

## test: the default suite (corpus-backed tests skip when ../shared is absent)
test: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

## test-corpus: every real fixture of ../shared/corpus through the pipeline, counts by reason
test-corpus: $(STAMP)
	$(PY) -m pytest -q -s tests/test_corpus_fixtures.py

## test-slow: everything marked slow (corpus runs, runners with worker processes, 100k scale)
test-slow: $(STAMP)
	$(PY) -m pytest -q -m slow -s

## test-browser: the report opened in headless Chromium (Debian's chromium; skips without it)
test-browser: $(STAMP)
	$(PY) -m pytest -q -m browser -s

## dask-cluster: a local distributed cluster to try --runner DaskRunner against
dask-cluster: $(STAMP)
	$(PY) examples/dask_cluster.py --workers 2

bench: $(STAMP)
	$(PY) -m bench.run

bench-quotes: $(STAMP)
	$(PY) -m bench.quotes

## golden: rewrite the quote extractor's golden file (tests/golden/quotes.jsonl.gz) from ../shared
golden: $(STAMP)
	$(PY) -m bench.quotes_golden write

## golden-diff: what the extractor now says differently from the golden file, quote by quote
golden-diff: $(STAMP)
	$(PY) -m bench.quotes_golden diff

## bench-gold: the quote extractor on the general-news gold set, dev part (docs/gold-annotation.md)
bench-gold: $(STAMP)
	$(PY) -m bench.gold

## bench-report: newsbeam report on 1M articles and 10M quotes (generated once into /tmp): time and size
bench-report: $(STAMP)
	$(PY) -m bench.report

clean:
	rm -rf $(OUT) .pytest_cache .hypothesis
