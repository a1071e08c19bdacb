# The two commands of README.md, for a machine with only Python 3.11, pip and make.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: help serve build test lint clean

help:
	@echo "make serve  - build the portal from corpus/ and serve it on http://127.0.0.1:8000"
	@echo "make build  - build the portal into site/ (mkdocs build --strict)"
	@echo "make test   - run the whole test suite (what CI runs)"
	@echo "make clean  - remove the built site and the generated pages"

$(VENV)/.installed: requirements.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

build: $(VENV)/.installed
	$(BIN)/python -m build_tools build
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

serve: build
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

lint: $(VENV)/.installed
	$(BIN)/ruff check build_tools tests

test: $(VENV)/.installed lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf site docs/van-ban docs/dan-chieu docs/danh-sach docs/_generated docs/du-lieu docs/bao-cao.md
