# Two commands on a fresh machine with only Python:
#   make run    creates .venv, installs zhtools, builds corpus/processed/ from corpus/raw/
#   make test   the test suite (unit, property, doctest) and the linter
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint check-release clean-venv

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python scripts/build_corpus.py

test: $(STAMP)
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check zhtools tests scripts

lint: $(STAMP)
	$(BIN)/ruff check zhtools tests scripts

# Rebuild the release in a scratch folder and compare it with corpus/processed/.
check-release: $(STAMP)
	$(BIN)/python scripts/check_release.py

clean-venv:
	rm -rf $(VENV)
