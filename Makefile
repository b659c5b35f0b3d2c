# newsbeam: `make run` and `make test` work on a fresh machine with Python 3.11 and the package index.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    ?= out
SHARED ?= ../shared

.PHONY: run test test-corpus test-slow bench bench-quotes lint clean dask-cluster

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dask]"
	touch $(STAMP)

## run: ingest the bundled samples in examples/inputs into ./out and query the result
run: $(STAMP)
	$(PY) -m newsbeam run --input 'examples/inputs/*' --output $(OUT)
	$(PY) examples/query.py $(OUT)

## test: the default suite (corpus-backed tests skip when ../shared is absent)
test: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

## test-corpus: every real fixture of ../shared/corpus through the pipeline, counts by reason
test-corpus: $(STAMP)
	$(PY) -m pytest -q -s tests/test_corpus_fixtures.py

## test-slow: everything marked slow (corpus runs, runners with worker processes, 100k scale)
test-slow: $(STAMP)
	$(PY) -m pytest -q -m slow -s

## dask-cluster: a local distributed cluster to try --runner DaskRunner against
dask-cluster: $(STAMP)
	$(PY) examples/dask_cluster.py --workers 2

## bench: throughput, Beam's overhead, memory (bench.run), then the scaling curve (bench.scaling)
bench: $(STAMP)
	$(PY) -m bench.run
	$(PY) -m bench.scaling

bench-quotes: $(STAMP)
	$(PY) -m bench.quotes

clean:
	rm -rf $(OUT) .pytest_cache .hypothesis
