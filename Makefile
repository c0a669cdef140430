# make run   - set everything up and open the window on the demo corpus
# make test  - set everything up and run the whole test suite (offscreen)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)

# Libraries Qt's X11 platform plugin loads; the offscreen tests need none of them.
QT_X11_DEBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core

.PHONY: setup run demo test lint bench system-deps

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

system-deps:
	@sh packaging/system-deps.sh $(QT_X11_DEBS)

run: setup system-deps
	$(BIN)/razmetka demo

demo: run

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check desktop tests benchmarks
	$(BIN)/mypy

bench: setup
	$(BIN)/python benchmarks/bench_core.py
