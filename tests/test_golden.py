"""Golden files: the full JSON of each fixture article, reviewed by hand.

Regenerate with `make golden` (pytest --update-golden) and read the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from articlecli import ParseOptions
from articlecli.sources import SourceRef, process

from .conftest import GOLDEN, ROOT, SEEDS

EXPORTS = ROOT / "tests" / "fixtures" / "exports"
CASES = sorted([*GOLDEN.glob("*.txt"), *SEEDS.glob("*.txt"), *EXPORTS.glob("*.txt")])


def render(path: Path) -> str:
    """The JSON of a file: one object, or a list of them for a file holding several articles."""
    rel = os.path.relpath(path, ROOT)
    records = process(SourceRef(rel), ParseOptions())
    return json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_golden(case: Path, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    got = render(case)
    want = GOLDEN / f"{case.stem}.json"
    if update_golden:
        want.write_text(got, encoding="utf-8")
    assert want.exists(), f"no golden file for {case.name}: run `make golden` and review it"
    assert got == want.read_text(encoding="utf-8")
