# make run     - set everything up and open the window on the demo corpus
# make test    - set everything up and run the whole test suite (offscreen)
# make wheel   - the installable package, dist/razmetka-*.whl
# make bundle  - the frozen program, dist/razmetka/razmetka (see packaging/README.md)
# make desktop - add Razmetka to this user's menu and file types (the razmetka on PATH)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
# The window runs from the package as users install it: no test extras, no editable install.
RUN_VENV ?= .venv-run
RUN_BIN  := $(RUN_VENV)/bin
SOURCES  := pyproject.toml $(shell find desktop resources seeds -type f -not -path '*/__pycache__/*')

# Libraries Qt's X11 platform plugin loads; the offscreen tests need none of them.
QT_X11_DEBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core

.PHONY: setup run demo test test-packaging lint bench system-deps wheel bundle desktop

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

# Reinstalled when any shipped file changes (a non-editable install is a copy).
$(RUN_VENV)/.installed: $(SOURCES)
	$(PYTHON) -m venv $(RUN_VENV)
	$(RUN_BIN)/python -m pip install --quiet --upgrade pip
	$(RUN_BIN)/python -m pip install --quiet .
	touch $@

system-deps:
	@sh packaging/system-deps.sh $(QT_X11_DEBS)

run: $(RUN_VENV)/.installed system-deps
	$(RUN_BIN)/razmetka demo

demo: run

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The wheel in a fresh environment, then the frozen build (a few minutes; not part of `test`).
test-packaging: setup system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m 'wheel or bundle' tests/packaging

wheel: setup
	$(BIN)/python -m pip wheel --quiet --no-deps -w dist .

bundle: system-deps
	sh packaging/bundle.sh

desktop:
	sh packaging/linux/install.sh

lint: setup
	$(BIN)/ruff check desktop tests benchmarks packaging
	$(BIN)/mypy

bench: setup
	$(BIN)/python benchmarks/bench_core.py
