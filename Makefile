# Two entry points for a fresh machine (Python 3.11, nothing installed by hand):
#   make report   set up .venv/ and run the main job on seeds/ (figures/ out)
#   make test     set up .venv/ and run the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# all = toxicity,report,ray: what the report and the tests use; dev, devset: the tests' tools
EXTRAS ?= all,dev,devset

.PHONY: setup report parse test lint bench convokit-check clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml scripts/install-torch.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	PY=$(PY) sh scripts/install-torch.sh
	$(PY) -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $@

report: setup
	$(PY) -m comments report

parse: setup
	$(PY) -m comments parse seeds/

test: setup
	$(PY) -m ruff check comments tests benchmarks
	$(PY) -m mypy
	MPLBACKEND=Agg $(PY) -m pytest -q

lint: setup
	$(PY) -m ruff check comments tests benchmarks
	$(PY) -m mypy

bench: setup
	$(PY) -m pip install --quiet -e ".[bench]"
	for b in benchmarks/*.py; do $(PY) $$b || exit 1; done

# ConvoKit loads our export and runs one of its transformers (tests/test_convokit.py). Its
# own environment: ConvoKit pulls spaCy, sentence-transformers, datasets (~2 GB, ~3 min).
convokit-check: setup
	test -x .venv-convokit/bin/python || ($(PYTHON) -m venv .venv-convokit && \
	  PY=.venv-convokit/bin/python sh scripts/install-torch.sh && \
	  .venv-convokit/bin/python -m pip install --quiet "convokit>=3.0")
	COMMENTS_CONVOKIT_PYTHON=.venv-convokit/bin/python $(PY) -m pytest -q -m convokit tests/test_convokit.py

clean:
	rm -rf $(VENV) .venv-convokit .pytest_cache .ruff_cache
