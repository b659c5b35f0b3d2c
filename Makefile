# newsbeam: `make run` and `make test` work on a fresh machine with Python 3.11 and the package index.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
OUT    ?= out
SHARED ?= ../shared

.PHONY: run test test-fast test-scale test-corpus test-html-eval test-crash test-identity test-slow test-browser bench bench-quotes bench-gold bench-battery bench-report golden golden-diff lint clean dask-cluster

# Install profiles, each a stamp: `run` installs what `make run` runs (newsbeam and the report
# extra), `test` adds the test extra and Dask (the runner tests), `slow` Spark, `browser` Playwright.
# The `run` install also compiles the quote extractor with mypyc where it can (setup.py; the
# modules land beside their sources) and is redone when one of the compiled sources changes; the
# other profiles only add extras (NEWSBEAM_COMPILE=0: no second compile). `NEWSBEAM_COMPILE=0
# make run` installs pure Python, `NEWSBEAM_PURE=1 make test` runs the pure modules of a build.
COMPILED := $(filter-out %/__init__.py %/compiled.py %/version.py,$(wildcard transforms/quotes/*.py))

$(VENV)/.run: pyproject.toml setup.py $(COMPILED)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[report]"
	touch $@

$(VENV)/.test: $(VENV)/.run
	NEWSBEAM_COMPILE=0 $(PY) -m pip install --quiet -e ".[report,test,dask]"
	touch $@

$(VENV)/.slow: $(VENV)/.test
	NEWSBEAM_COMPILE=0 $(PY) -m pip install --quiet -e ".[report,test,dask,spark]"
	touch $@

$(VENV)/.browser: $(VENV)/.test
	NEWSBEAM_COMPILE=0 $(PY) -m pip install --quiet -e ".[report,test,dask,browser]"
	touch $@

$(VENV)/.dask: $(VENV)/.run
	NEWSBEAM_COMPILE=0 $(PY) -m pip install --quiet -e ".[dask]"
	touch $@

## run: ingest the bundled samples in examples/inputs into ./out, query the result, write its report
run: $(VENV)/.run
	$(VENV)/bin/newsbeam run --input 'examples/inputs/*' --output $(OUT)
	$(PY) examples/query.py $(OUT)
	$(VENV)/bin/newsbeam report $(OUT) --to $(OUT)/report.html

## test: the default suite (corpus-backed tests skip when ../shared is absent)
test: $(VENV)/.test
	$(PY) -m pytest -q -m "not slow"

## test-fast: the pure tests, no Beam pipeline run and no subprocess (tests/conftest.py marks them
## `fast` from their code; modules without one are not even imported)
test-fast: $(VENV)/.test
	$(PY) -m pytest -q -m "fast and not slow"

## test-corpus: every real fixture of ../shared/corpus through the pipeline, counts by reason
test-corpus: $(VENV)/.test
	$(PY) -m pytest -q -s tests/test_corpus_fixtures.py

## test-html-eval: body F1 floors on ../shared/corpus/html-eval-dev (0.92 all and news pages),
## and a 1 GB WARC read with flat memory
test-html-eval: $(VENV)/.test
	$(PY) -m pytest -q -s -m slow tests/test_htmlpage.py tests/test_warc.py

## test-scale: the scale tests kept out of the default suite for its time (runs of thousands of
## articles killed and raced, memory under bombs and 200 MB bodies); .ci/run runs them after `make test`
test-scale: $(VENV)/.test
	$(PY) -m pytest -q -m scale

## test-crash: runs killed at random moments (and mid-commit), then runs over other input
test-crash: $(VENV)/.test
	$(PY) -m pytest -q -s tests/test_crash_faults.py tests/test_crash_safety.py

## test-identity: the dataset of a fixed input mix (examples; with ../shared the seed, real feeds
## and pages) row for row against tests/golden/dataset_fingerprint.json
test-identity: $(VENV)/.test
	$(PY) -m pytest -q tests/test_dataset_identity.py

## test-slow: everything marked slow (corpus runs, runners with worker processes, Spark, a fresh install, 100k scale)
test-slow: $(VENV)/.slow
	$(PY) -m pytest -q -m slow -s

## test-browser: the report opened in headless Chromium (Debian's chromium; skips without it)
test-browser: $(VENV)/.browser
	$(PY) -m pytest -q -m browser -s

## dask-cluster: a local distributed cluster to try --runner DaskRunner against
dask-cluster: $(VENV)/.dask
	$(PY) examples/dask_cluster.py --workers 2

## bench: throughput, Beam's overhead, memory (bench.run), HTML and WARC pages (bench.html), then the
## scaling curve (bench.scaling)
bench: $(VENV)/.test
	$(PY) -m bench.run
	$(PY) -m bench.html
	$(PY) -m bench.scaling

bench-quotes: $(VENV)/.test
	$(PY) -m bench.quotes
	$(PY) -m bench.quotes_compiled

## golden: rewrite the quote extractor's golden file (tests/golden/quotes.jsonl.gz) from ../shared
golden: $(VENV)/.test
	$(PY) -m bench.quotes_golden write

## golden-diff: what the extractor now says differently from the golden file, quote by quote
golden-diff: $(VENV)/.test
	$(PY) -m bench.quotes_golden diff

## bench-gold: the quote extractor on the general-news gold set, dev part (docs/gold-annotation.md)
bench-gold: $(VENV)/.test
	$(PY) -m bench.gold

## bench-battery: the quote extractor on the batteries of made-up whole articles (bench/battery)
bench-battery: $(VENV)/.test
	$(PY) -m bench.battery

## bench-report: newsbeam report on 1M articles and 10M quotes (generated once into /tmp): time and size
bench-report: $(VENV)/.test
	$(PY) -m bench.report

## lint: ruff's error rules over the whole tree (undefined and unused names, syntax), then mypy
## across the package newsbeam's modules (.ci/typecheck.py; settings in pyproject.toml)
lint: $(VENV)/.test
	$(PY) -m ruff check .
	$(PY) .ci/typecheck.py

clean:
	rm -rf $(OUT) .pytest_cache .hypothesis
