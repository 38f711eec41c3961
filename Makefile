# sitrep: one command to set up, one to run the main job, one to test.
PY ?= .venv/bin/python
DB ?= examples.sitrep.db

.PHONY: setup run test lint eval bench

setup:            ## virtualenv, pinned dependencies, spaCy models, gazetteer index, web assets
	bash scripts/setup.sh

run: setup        ## extract the examples, store them, serve the map on http://127.0.0.1:8000
	.venv/bin/sitrep extract examples/ --format jsonl -o examples.events.jsonl
	.venv/bin/sitrep ingest examples/ --db $(DB)
	.venv/bin/sitrep serve --db $(DB) --host 127.0.0.1 --port 8000

test:             ## the whole test suite (the command CI runs)
	$(PY) -m pytest

lint:
	.venv/bin/ruff check src tests benchmarks
	.venv/bin/mypy

eval:             ## quality figures on ../shared gold sets (not part of the project)
	$(PY) benchmarks/evaluate.py

bench:
	$(PY) benchmarks/speed.py
