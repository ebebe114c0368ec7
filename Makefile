# Two commands on a fresh machine with only Python:
#   make run    creates .venv, installs zhtools, builds corpus/processed/ from corpus/raw/
#   make test   the test suite (unit, property, doctest), the linter, and a plain pip install
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test browser lint check-install check-release clean-venv

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python scripts/build_corpus.py

test: $(STAMP) browser
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check zhtools tests scripts
	$(MAKE) --no-print-directory check-install

# A plain `pip install .` into a fresh virtualenv, with the interpreter's own pip (not upgraded),
# must read an HTML page: what a researcher without our Makefile gets.
check-install:
	PY=$(PY) sh tests/install/check.sh

# The report's tests open it in headless Chromium (Debian's package) with a CJK font. Installed
# here when missing and we may (root, as on CI); elsewhere those tests skip, saying why.
browser:
	@command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
	  else echo "make browser: chromium or a CJK font is missing and cannot be installed here: the report's browser tests will skip"; fi

lint: $(STAMP)
	$(BIN)/ruff check zhtools tests scripts

# Rebuild the release in a scratch folder and compare it with corpus/processed/.
check-release: $(STAMP)
	$(BIN)/python scripts/check_release.py

clean-venv:
	rm -rf $(VENV)
