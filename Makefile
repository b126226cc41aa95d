# Quick start: `make run` launches the app, `make test` runs the whole suite (both set up .venv first).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp-install
TS := resources/translations/beehive_en.ts resources/translations/beehive_zh_CN.ts
QM := resources/translations/beehive_zh_CN.qm resources/translations/beehive_en.qm
SOURCES := $(shell find desktop ui -name '*.py' | sort)

.PHONY: setup run test lint i18n bench stress bundle selftest-bundle screenshots clean pg pg-stop

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# compat: a plain path entry; the default editable finder costs ~20 ms at every launch
	$(BIN)/pip install -q -e '.[dev]' --config-settings editable_mode=compat
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

setup: $(STAMP) $(QM)

run: setup
	$(BIN)/beehive

lint: setup
	$(BIN)/ruff check desktop ui models tests bench
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest

# Refresh the catalogs from the sources (then translate the new zh_CN entries).
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $(SOURCES) -ts $(TS) -no-obsolete -locations none

bench: setup
	$(BIN)/python bench/run.py

# The crash and fuzz suites at full size (`make test` runs them bounded).
stress: setup
	BEEHIVE_STRESS=1 $(BIN)/python -m pytest tests/stress -q

# The README's screenshots: every view of the demo community, in English and Chinese, light palette.
SHOTS := /tmp/beehive-screenshots
screenshots: setup
	rm -rf $(SHOTS) && mkdir -p docs/screens
	for lang in en zh_CN; do for view in today members structure events outputs health; do \
	  BEEHIVE_DATA_DIR=$(SHOTS) XDG_CONFIG_HOME=$(SHOTS)/config BEEHIVE_COLOR_SCHEME=light $(BIN)/python -m desktop --lang $$lang --demo \
	    --screenshot docs/screens/$$view-$$lang.png --view $$view || exit 1; done; done

# A local PostgreSQL server for trying a team workspace (initdb + pg_ctl; as root it runs as the
# unprivileged postgres/nobody user): prints the URL to pass with --db.
pg: setup
	$(BIN)/python -m tests.pg_server

pg-stop: setup
	$(BIN)/python -m tests.pg_server stop

bundle: setup
	$(BIN)/pyinstaller --noconfirm --clean build.spec

selftest-bundle:
	QT_QPA_PLATFORM=offscreen dist/beehive/beehive --self-test

clean:
	rm -rf build dist $(QM)
