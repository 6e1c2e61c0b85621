# The two commands a newcomer needs: `make run` and `make test`. Both set up .venv/ first.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-sqlite test-scaleout messages bench lint compare-sample

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $$(tools/find-python) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The web application with its demo workspace: gunicorn and the background worker together,
# data under var/ (OWNUP_DATA_DIR to move it). Ctrl-C stops both.
run: setup
	$(BIN)/python -m ownup.web migrate --noinput -v0
	$(BIN)/python -m ownup.web collectstatic --noinput -v0
	$(BIN)/python -m ownup.web load_demo
	@echo ""
	@echo "  ownup is running at http://$${OWNUP_BIND:-127.0.0.1:8000}  (Ctrl-C to stop)"
	@echo ""
	$(BIN)/python -m ownup.web ownup_serve

# The whole suite on SQLite with the database task queue, then the web suite again on
# PostgreSQL with the Redis-backed queue (the scale-out set-up), against the real servers.
test: setup
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-scaleout

test-sqlite: setup
	$(BIN)/pytest

SCALEOUT_ENV := DATABASE_URL=postgres://postgres@127.0.0.1:5432/ownup \
	OWNUP_TASK_BACKEND=rq REDIS_URL=redis://127.0.0.1:6379/15

test-scaleout: setup
	@if ! $(BIN)/python -m ownup.web.core.services_up; then \
	  if [ "$$CI" = "true" ]; then echo "PostgreSQL or Redis missing under CI: failing"; exit 1; fi; \
	  echo "SKIPPED the PostgreSQL + Redis run: servers not reachable on 127.0.0.1"; exit 0; \
	fi; \
	$(SCALEOUT_ENV) $(BIN)/pytest tests/web

# Rebuild the French catalogues after changing any translatable string (needs GNU gettext).
messages: setup
	cd ownup/web && ../../$(BIN)/python -m django makemessages -l fr --no-obsolete \
	  --ignore 'incidents/*' --ignore 'static/*' --settings=ownup.web.settings
	cd ownup/web && ../../$(BIN)/python -m django compilemessages --settings=ownup.web.settings

bench: setup
	$(BIN)/python benchmarks/run.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
