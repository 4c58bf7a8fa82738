# Two commands: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean chromium postgres

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps: reinstall only when pyproject.toml changes.
$(VENV)/.installed-core: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-all: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[all,dev]'
	touch $@ $(VENV)/.installed-core

# The demo lives in demo-out/ (its own workbook, reports, key and vault), never in ./chat-audit.xlsx.
demo: $(VENV)/.installed-core
	$(BIN)/sheets-bridge demo --out demo-out
	@echo "sheets-bridge is not on your PATH: run it as $(BIN)/sheets-bridge COMMAND, or first '. $(BIN)/activate'"
	@printf '%s\n' '(Windows: .venv\Scripts\activate). Try: $(BIN)/sheets-bridge report --workbook demo-out/chat-audit.xlsx --help'

# The report's browser tests use Debian's chromium: install it when missing (root or sudo), waiting for a
# dpkg lock another apt run holds. On CI (CI=true) a browser that cannot be installed fails the run.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium fonts-noto-color-emoji \
	      >/dev/null; } || \
	  { if [ "$${CI:-}" = true ]; then echo "chromium could not be installed: CI needs it" >&2; exit 1; fi; \
	    echo "chromium could not be installed: the browser tests will be skipped"; }

# The PostgreSQL tests (tests/pg.py) start their own server with Debian's initdb and pg_ctl: install the server
# package when missing, the same way. On CI (CI=true) a server that cannot be installed fails the run.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || \
	  { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq postgresql \
	      >/dev/null; } || \
	  { if [ "$${CI:-}" = true ]; then echo "postgresql could not be installed: CI needs it" >&2; exit 1; fi; \
	    echo "postgresql could not be installed: the PostgreSQL tests will be skipped"; }

lint: $(VENV)/.installed-all
	$(BIN)/ruff check sheets_bridge tests bench tools
	$(BIN)/mypy

test: $(VENV)/.installed-all chromium postgres lint
	$(BIN)/python -m pytest -q -n auto --durations=10
	@if [ -d apps_script/tests ]; then node --test apps_script/tests/; fi

bench: $(VENV)/.installed-all
	$(BIN)/pip install -q -e '.[all,dev,bench]'
	for b in bench/*_bench.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis demo-out chat-audit.xlsx chat-audit.xlsx.lock
