# articlecli - two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_54b3b94515d101ea.txt

.PHONY: run test lint typecheck fmt golden bench fuzz score clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The package is installed editable; its bytecode is written here once, as pip does for a normal
# install, so that start-up does not compile the sources even where PYTHONDONTWRITEBYTECODE is set.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q articlecli
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q articlecli
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed  ## parse the seed article and print its JSON
	$(BIN)/articlecli parse $(SEED) --json

test: $(VENV)/.installed-test  ## the whole suite
	TERM=dumb $(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check articlecli tests bench
	$(BIN)/ruff format --check articlecli tests bench

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

fmt: $(VENV)/.installed-test
	$(BIN)/ruff format articlecli tests bench
	$(BIN)/ruff check --fix articlecli tests bench

golden: $(VENV)/.installed-test  ## rewrite the golden files, then review the diff
	TERM=dumb $(BIN)/python -m pytest -q tests/test_golden.py --update-golden
	git diff --stat tests/golden

score: $(VENV)/.installed  ## accuracy on the dev corpus, when ../shared/eval exists
	$(PYTHON) ../shared/eval/score.py --cmd "$(BIN)/articlecli parse --jsonl" --errors 5

bench: $(VENV)/.installed-test  ## speed and memory, as ratios against baselines from the same run
	$(BIN)/python bench/bench.py

fuzz: $(VENV)/.installed-test  ## a bounded fuzzing run (about two minutes)
	$(BIN)/python bench/fuzz.py --seconds 120

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
