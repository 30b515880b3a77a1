# Easy Read Participation. `make run` to try it, `make test` to check it. `make help` lists all.
SHELL := /bin/bash
PY := .venv/bin/python
# Test workers (pytest-xdist). The browser tests are two groups, one per half of the languages.
TEST_WORKERS ?= 2
PIP := .venv/bin/pip
FLASK := .venv/bin/flask
export FLASK_APP := wsgi.py
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help run test test-postgres bench serve setup db translations i18n-extract i18n-update lint clean pictures
# A PostgreSQL server binary on this machine: `make test` then also runs the PostgreSQL pass.
PG_INITDB := $(firstword $(wildcard /usr/lib/postgresql/*/bin/initdb) $(shell command -v initdb 2>/dev/null))

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: setup ## Set everything up and serve the app at http://127.0.0.1:5000
	@scripts/system-deps.sh run
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory .stamp-node; fi
	@$(FLASK) speech status 2>/dev/null || true
	@echo ""
	@echo "  Open http://127.0.0.1:5000 in a browser."
	@echo "  Staff pages: http://127.0.0.1:5000/staff/login"
	@echo "  Demo login (demo data only): admin@example.org / $$($(FLASK) demo-password)"
	@echo ""
	$(FLASK) run --host 127.0.0.1 --port 5000

test: .stamp-venv-dev .stamp-node translations ## Set up and run every test, browser tests included, then again on PostgreSQL
	@scripts/system-deps.sh test
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup
ifneq ($(PG_INITDB),)
	@$(MAKE) --no-print-directory test-postgres
else
	@echo ""
	@echo "  SKIPPED the PostgreSQL pass: no PostgreSQL binaries (/usr/lib/postgresql/*/bin/initdb)."
	@echo "  Install them with: sudo apt-get install postgresql   (no server needs to run)"
	@echo "  Or run against your own server: TEST_DATABASE_URL=postgresql+psycopg://... make test"
endif

test-postgres: .stamp-venv-dev translations ## Functional, unit, security and scale tests on a throwaway PostgreSQL server
	scripts/pg-throwaway.sh $(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup tests/functional tests/unit tests/security tests/scale

bench: .stamp-venv-dev translations ## Measure speed and size; prints a table, saves bench/results.md
	@scripts/system-deps.sh bench || true
ifneq ($(PG_INITDB),)
	scripts/pg-throwaway.sh $(PY) -m bench
else
	$(PY) -m bench
endif

serve: setup ## Serve under gunicorn with ProductionConfig (put deploy/nginx.conf in front)
	EASYREAD_CONFIG=production .venv/bin/gunicorn -c gunicorn.conf.py wsgi:app

setup: .stamp-venv translations db

db: .stamp-venv
	@mkdir -p instance
	@$(FLASK) db upgrade
	@$(FLASK) seed

translations: .stamp-venv ## Compile the translation catalogs
	@.venv/bin/pybabel compile -d translations > /dev/null

.stamp-venv: requirements.txt
	@test -x $(PY) || python3 -m venv .venv
	@$(PIP) install -q --disable-pip-version-check -r requirements.txt
	@touch $@

.stamp-venv-dev: .stamp-venv requirements-dev.txt
	@$(PIP) install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

.stamp-node: package.json package-lock.json
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@

pictures: .stamp-node ## Rebuild the picture word index and the demo's SVGs from the OpenMoji package
	$(PY) scripts/openmoji_library.py

i18n-extract: .stamp-venv ## Extract messages into translations/messages.pot
	.venv/bin/pybabel extract -F babel.cfg -k _l -o translations/messages.pot --no-location --sort-output --project "Easy Read Participation" .

i18n-update: i18n-extract ## Update every catalog from the template
	.venv/bin/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-pot-creation-date

clean: ## Remove the virtualenv, node modules and local database
	rm -rf .venv node_modules instance .stamp-*
