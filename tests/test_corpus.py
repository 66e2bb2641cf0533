"""Accuracy on the dev corpus in ../shared/eval (skipped where it is absent, as in a fresh clone).

The floors are what the rules reach today on the 125 articles: a change that loses accuracy fails here.
The corpus articles are read, never copied into the project.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType
from typing import Any

import pytest

from articlecli import ParseOptions
from articlecli.sources import SourceRef, process

from .conftest import CORPUS_PRESENT, EVAL, NO_CORPUS

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS_PRESENT, reason=NO_CORPUS),
]

FLOORS = {
    "structure_score": 0.97,
    "headline": 0.99,
    "deck": 0.95,
    "authors": 0.99,
    "captions": 0.96,
    "headings": 0.94,
    "paragraphs": 0.98,
    "published": 0.99,
    "quote_score": 0.92,
    "quotes": 0.97,
    "attribution": 0.945,
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("articlecli_eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    score = _scorer()
    sc = score.Scorer()
    failed = []
    for art_id, path, gold in score.load_corpus([EVAL / "dev"]):
        (record,) = process(SourceRef(str(path)), ParseOptions())
        if "error" in record:
            failed.append(art_id)
        sc.score(art_id, gold, record)
    return {**sc.report(), "failed": failed}


def _value(report: dict[str, Any], field: str) -> float:
    v = report[field]
    if isinstance(v, dict):
        return float(v.get("f1", v.get("accuracy")))
    return float(v)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_no_accuracy_lost(report: dict[str, Any], field: str) -> None:
    assert _value(report, field) >= FLOORS[field], f"{field} fell to {_value(report, field):.3f}"


def test_every_article_parses(report: dict[str, Any]) -> None:
    assert report["failed"] == []
