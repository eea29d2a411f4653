# Two entry points for a fresh machine (Python 3.11, nothing installed by hand):
#   make report   set up .venv/ and run the main job on seeds/ (figures/ out)
#   make test     set up .venv/ and run the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# all = toxicity,report,ray: what the report and the tests use; dev, devset: the tests' tools
EXTRAS ?= all,dev,devset

.PHONY: setup report parse test lint bench clean

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
	MPLBACKEND=Agg $(PY) -m pytest -q

lint: setup
	$(PY) -m ruff check comments tests benchmarks

bench: setup
	$(PY) -m pip install --quiet -e ".[bench]"
	for b in benchmarks/*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
