"""Set-up from a fresh clone: supported Pythons, pinned tools, the editable install, no corpus."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import articlecli

from .conftest import ROOT

PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
# What the standard library's `re` takes only from Python 3.11: possessive quantifiers, atomic groups
_FROM_311 = re.compile(r"(?<!\\)(?:[*+?}]\+)|\(\?>")


def _stdlib_patterns() -> list[tuple[str, str]]:
    """Every compiled pattern of the standard library's `re` held by a module of the package."""
    found = []
    for info in pkgutil.iter_modules(articlecli.__path__, "articlecli."):
        if info.name == "articlecli.__main__":  # runs the CLI
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name}.{name}", value.pattern))
    return found


@pytest.mark.parametrize(("name", "pattern"), _stdlib_patterns())
def test_standard_library_patterns_compile_on_python_310(name: str, pattern: str) -> None:
    """The project supports Python 3.10, whose `re` refuses `*+` and `(?>...)` ("multiple repeat")."""
    assert _FROM_311.search(pattern) is None, f"{name}: use the regex module (rx.compile) for {pattern!r}"


def test_python_310_is_supported_and_tested_where_installed() -> None:
    assert 'requires-python = ">=3.10"' in PYPROJECT.splitlines()
    assert 'target-version = "py310"' in PYPROJECT.splitlines()
    test_recipe = MAKEFILE.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "$(MAKE) --no-print-directory test310" in test_recipe


@pytest.mark.parametrize("tool", ["pytest", "hypothesis", "ruff", "mypy"])
def test_test_tools_are_pinned_to_a_range(tool: str) -> None:
    """A new ruff or mypy release brings new checks: the versions that pass are pinned, both ends."""
    (spec,) = re.findall(rf'^\s*"({tool}[^"]*)",$', PYPROJECT, flags=re.MULTILINE)
    assert re.fullmatch(rf"{tool}>=[\d.]+,<[\d.]+", spec), spec


def test_ci_runs_the_suite_the_linter_and_the_type_checker() -> None:
    steps = [
        line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if line.startswith("make")
    ]
    assert steps == ["make test", "make lint", "make typecheck"]


def test_the_package_is_imported_before_a_folder_named_articlecli_in_the_current_directory(tmp_path: Path) -> None:
    """A default `git clone` makes a folder `articlecli`: Python started beside it (in the clone's parent)
    must still import the installed package, not the folder as a namespace package."""
    clone = tmp_path / "articlecli"
    (clone / "seeds").mkdir(parents=True)
    (clone / "README.md").write_text("# articlecli\n", encoding="utf-8")
    code = "import articlecli; from articlecli import ParseOptions; print(articlecli.__file__)"
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == Path(articlecli.__file__)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE") and k != "MFLAGS"}
    return {**env, **extra}


def test_make_score_without_the_corpus_says_so_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "eval"
    done = subprocess.run(
        ["make", "-s", "--no-print-directory", "-C", str(ROOT), "score", f"EVAL={missing}"],
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == (
        f"make score: the evaluation corpus is not here ({missing}: the scorer and the hand-checked dev "
        "articles, other people's text kept outside this repository): nothing to score\n"
    )


def test_the_suite_without_the_corpus_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "eval"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_corpus_exports.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=_clean_env(ARTICLECLI_EVAL=str(missing)),
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    reason = (
        f"the evaluation corpus is not here ({missing}: the scorer and the hand-checked dev articles, "
        "other people's text kept outside this repository); its accuracy floors were not checked"
    )
    lines = done.stdout.splitlines()
    assert f"corpus: {reason}" in lines
    assert any(line.startswith("SKIPPED") and line.endswith(reason) for line in lines)


def test_no_source_holds_a_merge_conflicts_markers() -> None:
    # a conflict left inside a triple-quoted table is no syntax error: it became three "words" of a lexicon table once
    root = Path(__file__).resolve().parent.parent
    marked = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted((*root.glob("articlecli/**/*.py"), *root.glob("tests/*.py"), root / "README.md"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith(("<<<<<<< ", ">>>>>>> ")) or line == "======="
    ]
    assert marked == []
