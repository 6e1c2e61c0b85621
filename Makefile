# The two commands a newcomer needs: `make run` and `make test`. Both set up .venv/ first.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-sqlite test-scaleout bench lint compare-sample

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $$(tools/find-python) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Until the web application lands: compare the sample pair and write its HTML report.
run: setup
	$(BIN)/ownup compare samples/brochure-approved.pdf samples/brochure-final.pdf --report report.html; \
	  status=$$?; [ $$status -le 1 ] && echo "report written to report.html"

test: setup
	$(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/run.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
