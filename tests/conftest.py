from __future__ import annotations

import os
from pathlib import Path

import pytest

from articlecli.speech import Block, extract

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEEDS = ROOT / "seeds"
# The evaluation corpus: the scorer and the hand-checked dev articles with their gold files, other
# people's text kept beside the repository, never in it. A fresh clone has none: its tests are skipped.
EVAL = Path(os.environ.get("ARTICLECLI_EVAL") or ROOT.parent / "shared" / "eval")
CORPUS_PRESENT = (EVAL / "score.py").is_file() and (EVAL / "dev").is_dir()
NO_CORPUS = (
    f"the evaluation corpus is not here ({EVAL}: the scorer and the hand-checked dev articles, "
    "other people's text kept outside this repository); its accuracy floors were not checked"
)

os.environ.setdefault("TERM", "dumb")


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    """The quotes of these paragraphs, as (text, speaker): what the speaker tables of the page-class tests read."""
    quotes, _ = extract([Block("paragraph", p, i) for i, p in enumerate(paragraphs)])
    return [(q.text, q.speaker) for q in quotes]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from the parser")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say it in one line when the corpus tests could not run (a fresh clone has no corpus)."""
    if not CORPUS_PRESENT:
        terminalreporter.write_line(f"corpus: {NO_CORPUS}")
