# The two commands of README.md, for a machine with only Python 3.11, pip and make.
PY ?= python3
VENV = .venv
BIN = $(VENV)/bin
# MkDocs prints a notice about MkDocs 2.0 on every run; the portal also builds with Zensical.
export NO_MKDOCS_2_WARNING = 1
# Folders ruff checks: only those that exist (bench/ may not yet).
LINT_DIRS = $(wildcard build_tools tests bench)
GENERATED = docs/van-ban docs/dan-chieu docs/danh-sach docs/_generated docs/du-lieu docs/bao-cao.md docs/tim-kiem docs/nguon-tin

.DEFAULT_GOAL := help
.PHONY: help venv build serve lint test clean system-packages

help:
	@echo "make serve  - build the portal from corpus/ and serve it on http://127.0.0.1:8000"
	@echo "make build  - build the portal into site/ (mkdocs build --strict)"
	@echo "make test   - run the whole test suite (what CI runs): ruff, then pytest"
	@echo "make clean  - remove site/ and the generated pages under docs/"

$(VENV)/.installed: requirements.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

venv: $(VENV)/.installed

# Pages and the browser's search index from corpus/, then the HTML site (MkDocs) with the letters'
# own files, built aside and swapped in whole.
build: $(VENV)/.installed
	$(BIN)/python -m build_tools build
	$(BIN)/python -m build_tools site

# The site exactly as it will be published (`mkdocs serve` also works, for editing docs/ pages).
serve: build
	@echo "Serving site/ on http://127.0.0.1:8000 (Ctrl-C stops)"
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory site

lint: $(VENV)/.installed
	$(BIN)/ruff check $(LINT_DIRS)

# Debian packages the tests use: Chromium for the browser tests (never a downloaded browser),
# Tesseract with its Vietnamese data for scans, antiword for .doc, DejaVu fonts for the PDFs the
# tests lay out, LibreOffice Writer to make the tests' .doc files.
SYSTEM_PACKAGES = chromium tesseract-ocr tesseract-ocr-vie antiword fonts-dejavu-core libreoffice-writer-nogui
system-packages:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages the tests need:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

test: lint system-packages
	$(BIN)/python -m pytest -q

clean:
	rm -rf site .cache/search-index $(GENERATED)
