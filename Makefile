# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Made last, once the venv has a working pip: `python3 -m venv` without Debian's python3-venv
# leaves a .venv/bin/python with no pip, which must not pass for a venv.
VENV_READY := $(VENV)/.ready
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_DIST := $(VENV)/.installed-dist
# Debian packages Qt needs from the system: GLib and the graphics, font, keyboard and D-Bus
# libraries every desktop has (also offscreen, so `make test` needs them), and the X11
# libraries its xcb plugin loads for a window. The README's "Before you start" and
# desktop/system_check.py name the same ones (a test checks).
APP_DEBS := libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 \
            libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
            libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
# `make dist` needs them too (the bundle carries the X11 ones, so it starts on desktops
# that lack them), and the menu entry's validator.
DIST_DEBS := $(APP_DEBS) desktop-file-utils

.PHONY: run test lint fuzz bench dist clean

# A venv left without pip is made again. Before anything is made, what the system lacks
# (python3-venv, and the libraries Qt needs for the target) is named in one line.
$(VENV_READY):
	@if [ -e $(VENV) ] && ! $(BIN)/python -m pip --version >/dev/null 2>&1; then \
	  echo "$(VENV) has no working pip (made without python3-venv?): making it again"; rm -rf $(VENV); fi
	@if [ -e $(VENV) ]; then venv=; else venv=--venv; fi; $(PYTHON) desktop/system_check.py $$venv $(SYSTEM_CHECK)
	[ -e $(VENV) ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(STAMP_RUN): pyproject.toml $(VENV_READY)
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml $(VENV_READY)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_DIST): pyproject.toml $(VENV_READY)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(STAMP_RUN)

# `make run ARGS="guide FILE --format md"` runs a command instead of opening the window.
run: SYSTEM_CHECK = $(if $(ARGS),,--window)
run: $(STAMP_RUN)
	@$(BIN)/porchlight $(ARGS)

# The types (mypy, strict on guides and desktop) and the import contracts are checked before the
# tests: a broken seam between the desktop and the engine fails `make test`, as CI runs it.
test: SYSTEM_CHECK = --offscreen
test: $(STAMP_TEST)
	@$(PYTHON) desktop/system_check.py --offscreen
	$(BIN)/python -m mypy guides desktop
	$(BIN)/python -c "from importlinter.cli import lint_imports_command; lint_imports_command()"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP_TEST)
	$(BIN)/ruff check guides desktop tests bench
	$(BIN)/mypy guides desktop
	$(BIN)/lint-imports

# bench_goals first: each goal beside its baseline, met or MISSED. A bench that cannot
# measure (bench_bundle without `make dist`) is named at the end and fails the target.
# The long fuzz run: thousands of mutated files per format within a time budget; what fails is
# written to fuzz-failures/ as reproducers. `make fuzz FUZZ_ARGS="--per-format 500 --budget 300"`.
fuzz: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/fuzz/run_fuzz.py $(FUZZ_ARGS)

bench: $(STAMP_TEST)
	@failed=""; for b in bench/bench_goals.py $$(ls bench/bench_*.py | grep -v bench_goals); do \
	  echo "== $$b"; $(BIN)/python $$b || failed="$$failed $$b"; done; \
	if [ -n "$$failed" ]; then echo "not measured or failed:$$failed"; exit 1; fi

# The installable app: dist/porchlight/ and dist/porchlight-VERSION-linux-ARCH.tar.gz
# (docs/packaging.md; Windows and macOS builds are described there).
dist: $(STAMP_DIST)
	packaging/linux/ensure-packages.sh $(DIST_DEBS)
	$(BIN)/python packaging/build_dist.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
