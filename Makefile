# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_DIST := $(VENV)/.installed-dist
# Debian packages for `make dist`: the X11 libraries Qt's xcb plugin loads (the bundle
# carries them, so it starts on desktops that lack libxcb-cursor and friends), what Qt
# loads for the offscreen smoke check, and the menu entry's validator.
DIST_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
             libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
             desktop-file-utils

.PHONY: run test lint bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_DIST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/porchlight $(ARGS)

test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP_TEST)
	$(BIN)/ruff check guides desktop tests bench
	$(BIN)/mypy guides
	$(BIN)/lint-imports

bench: $(STAMP_TEST)
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

# The installable app: dist/porchlight/ and dist/porchlight-VERSION-linux-ARCH.tar.gz
# (docs/packaging.md; Windows and macOS builds are described there).
dist: $(STAMP_DIST)
	packaging/linux/ensure-packages.sh $(DIST_DEBS)
	$(BIN)/python packaging/build_dist.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
