"""What `--explain` prints: for every line, its role and the rule that decided it; for the
headline, the deck and the bylines, the lines weighed, each with its score weight by weight."""

from __future__ import annotations

from typing import Any

from .page import Candidate, Page, Weighed
from .weights import Weight


def explain(page: Page) -> dict[str, Any]:
    """The classifier's reasons for one page, by input line number."""
    from .candidates import BYLINE_WEIGHTS, DECK_WEIGHTS  # their examples cost start-up: only when explaining

    lines = page.lines
    overruled: dict[int, list[str]] = {}
    for i, rule in page.trace or ():
        overruled.setdefault(i, []).append(rule)
    every: list[dict[str, Any]] = []
    for i, (line, d) in enumerate(zip(lines, page.decisions, strict=True)):
        item: dict[str, Any] = {"line": line.number, "role": d.role, "rule": d.rule}
        if d.reason is not None:
            item["reason"] = d.reason
        earlier = overruled.get(i, [])[:-1]
        if earlier:
            item["overruled"] = earlier  # the rules that decided the line before, in order
        item["text"] = line.text
        every.append(item)
    scored = sorted(page.headline_scores, key=lambda c: -c[1].total)
    return {
        "lines": every,
        "headline": {
            "line": _number(page, page.headline),
            "candidates": [
                {
                    "line": lines[i].number,
                    "text": lines[i].text,
                    "score": round(score.total, 3),
                    "weights": {name: round(value, 3) for name, value in score.parts},
                }
                for i, score in scored
            ],
            "passed_over": _candidates(page, page.headline_passed_over),
        },
        "deck": {"line": _number(page, page.deck), "candidates": _weighed(page, page.deck_candidates, DECK_WEIGHTS)},
        "byline": {
            "lines": [lines[i].number for i in sorted(page.bylines)],
            "candidates": _weighed(page, page.byline_candidates, BYLINE_WEIGHTS),
        },
    }


def _number(page: Page, i: int | None) -> int | None:
    return page.lines[i].number if i is not None else None


def _candidates(page: Page, weighed: list[Candidate]) -> list[dict[str, Any]]:
    return [
        {"line": page.lines[c.line].number, "text": page.lines[c.line].text, "taken": c.taken, "why": c.why}
        for c in sorted(weighed, key=lambda c: c.line)
    ]


def _weighed(page: Page, weighed: list[Weighed], table: dict[str, Weight]) -> list[dict[str, Any]]:
    """Each line weighed, in page order, with its score and the named weights that made it."""
    out = []
    for c in sorted(weighed, key=lambda c: c.line):
        named = {name: table[name.partition(":")[0]].value for name in c.evidence}
        out.append(
            {
                "line": page.lines[c.line].number,
                "text": page.lines[c.line].text,
                "taken": c.taken,
                "score": round(sum(named.values()), 3),
                "weights": named,
            }
        )
    return out
