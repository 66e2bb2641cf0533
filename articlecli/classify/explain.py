"""What `--explain` prints: for every line, its role and the rule that decided it; for the
headline, the deck and the bylines, the lines weighed, each with its score weight by weight."""

from __future__ import annotations

from typing import Any

from .page import Candidate, HeadlineScore, Page, Weighed
from .weights import Weight


def explain(page: Page) -> dict[str, Any]:
    """The classifier's reasons for one page, by input line number."""
    # (their examples cost start-up: only when explaining)
    from .candidates import BYLINE_WEIGHTS, DECK_WEIGHTS
    from .explain_fields import captions
    from .explain_span import outside, span

    lines = page.lines
    overruled: dict[int, list[str]] = {}
    for i, rule in page.trace or ():
        overruled.setdefault(i, []).append(rule)
    story = span(page)
    every: list[dict[str, Any]] = []
    for i, (line, d) in enumerate(zip(lines, page.decisions, strict=True)):
        item: dict[str, Any] = {"line": line.number, "role": d.role, "rule": d.rule}
        if d.reason is not None:
            item["reason"] = d.reason
        earlier = overruled.get(i, [])[:-1]
        if earlier:
            item["overruled"] = earlier  # the rules that decided the line before, in order
        item["text"] = line.text
        where = outside(page, i, story)
        if where is not None:
            item |= where
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
                    "taken": i == page.headline,
                }
                for i, score in scored
            ],
            "passed_over": _candidates(page, page.headline_passed_over),
        }
        | _headline_rule(page, scored),
        "deck": {"line": _number(page, page.deck), "candidates": _weighed(page, page.deck_candidates, DECK_WEIGHTS)},
        "byline": {
            "lines": [lines[i].number for i in sorted(page.bylines)],
            "candidates": _weighed(page, page.byline_candidates, BYLINE_WEIGHTS),
        },
        "span": story,
        "captions": captions(page),
    }


def _headline_rule(page: Page, scored: list[tuple[int, HeadlineScore]]) -> dict[str, Any]:
    """The rule that decided the headline and, when the chosen line is not the top-scored candidate (or none was
    scored), that it overruled the scores: the line the scores put first, what it became, and why."""
    if page.headline is None:
        return {"rule": None}
    head = page.headline
    rule = page.decisions[head].rule
    if scored and scored[0][0] == head:
        return {"rule": rule}
    if not scored:
        why = "no line was scored: the rule read the headline from the page's shape"
        return {"rule": rule, "overruled": {"rule": rule, "top_scored": None, "why": why}}
    top = scored[0][0]
    if page.feats[top].key == page.feats[head].key:
        why = "the top-scored title is printed more than once: its first printing is the headline"
    elif rule == "header/headline-under-page-title":
        why = "the top-scored line is the page's title with the site's name: the headline printed again under it"
    else:
        why = "the rule decided the headline after the scores, over the top-scored line"
    return {
        "rule": rule,
        "overruled": {
            "rule": rule,
            "top_scored": page.lines[top].number,
            "top_scored_role": page.decisions[top].role,
            "top_scored_rule": page.decisions[top].rule,
            "why": why,
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
