# articlecli - two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_54b3b94515d101ea.txt
# The oldest Python the project supports, where one is installed (on PATH, or pyenv's): `make test`
# runs the suite on it too, in a venv of its own. (A pyenv shim that is not selected only complains.)
PYTHON310 ?= $(shell for p in python3.10 $(HOME)/.pyenv/versions/3.10*/bin/python3.10; do \
	"$$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1 && { command -v "$$p"; break; }; done)
VENV310 := .venv310
# The evaluation corpus (the scorer and the hand-checked dev articles), kept beside the repository.
EVAL   ?= ../shared/eval

.PHONY: run test test310 lint typecheck fmt golden bench fuzz score clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The package is installed editable; its bytecode is written here once, as pip does for a normal
# install, so that start-up does not compile the sources even where PYTHONDONTWRITEBYTECODE is set.
$(VENV)/.installed: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q articlecli
	@touch $@

# the optional extras too, so that the suite runs their tests (Parquet, Dask)
$(VENV)/.installed-test: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,parquet,dask]'
	$(BIN)/python -m compileall -q articlecli
	@touch $@ $(VENV)/.installed

$(VENV310)/.installed-test: pyproject.toml Makefile
	@test -n "$(PYTHON310)" || { echo "make: no Python 3.10 found (on PATH or in ~/.pyenv/versions)"; exit 1; }
	$(PYTHON310) -m venv $(VENV310)
	$(VENV310)/bin/python -m pip install --quiet --upgrade pip
	$(VENV310)/bin/python -m pip install --quiet -e '.[test]'
	$(VENV310)/bin/python -m compileall -q articlecli
	@touch $@

run: $(VENV)/.installed  ## parse the seed article and print its JSON
	$(BIN)/articlecli parse $(SEED) --json

test: $(VENV)/.installed-test  ## the whole suite; again on Python 3.10 where it is installed
	TERM=dumb $(BIN)/python -m pytest -q
	@if [ -n "$(PYTHON310)" ]; then $(MAKE) --no-print-directory test310; \
	else echo "make test: no Python 3.10 here, so the suite ran on $$($(BIN)/python -V) only"; fi

test310: $(VENV310)/.installed-test  ## the suite on Python 3.10
	TERM=dumb $(VENV310)/bin/python -m pytest -q

lint: $(VENV)/.installed-test  ## ruff (style, complexity) and vulture (dead code; pyproject.toml says where)
	$(BIN)/ruff check articlecli tests bench vulture_whitelist.py
	$(BIN)/ruff format --check articlecli tests bench vulture_whitelist.py
	$(BIN)/vulture

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

fmt: $(VENV)/.installed-test
	$(BIN)/ruff format articlecli tests bench vulture_whitelist.py
	$(BIN)/ruff check --fix articlecli tests bench vulture_whitelist.py

golden: $(VENV)/.installed-test  ## rewrite the golden files, then review the diff
	TERM=dumb $(BIN)/python -m pytest -q tests/test_golden.py --update-golden
	git diff --stat tests/golden

score:  ## accuracy on the dev corpus, when $(EVAL) exists
	@if [ -f "$(EVAL)/score.py" ]; then \
		$(MAKE) --no-print-directory $(VENV)/.installed && \
		$(PYTHON) $(EVAL)/score.py --cmd "$(BIN)/articlecli parse --jsonl" --errors 5; \
	else echo "make score: the evaluation corpus is not here ($(EVAL): the scorer and the hand-checked dev articles, other people's text kept outside this repository): nothing to score"; fi

bench: $(VENV)/.installed-test  ## speed and memory, as ratios against baselines from the same run
	$(BIN)/python bench/bench.py

fuzz: $(VENV)/.installed-test  ## a bounded fuzzing run (about two minutes)
	$(BIN)/python bench/fuzz.py --seconds 120

clean:
	rm -rf $(VENV) $(VENV310) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
