"""Where the story starts and ends, for `--explain` (`explain.span`): the steps of `span.story_span` that set the
start and the end, each with its rule and evidence, then a pass of the tail that moved the end (`notes.story_coda`)."""

from __future__ import annotations

from typing import Any

from ..model import Record
from .page import Page, Role


class SpanStep(Record):
    """A step of the span: what it decides, and a page (lines apart) whose span it sets."""

    decides: str
    page: str


_HEAD = "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe\n\n"
_STORY = (
    "The Harbour Council voted on Tuesday to close the old ferry pier, built in 1902, after its own survey found the "
    "deck had rotted through.\n\nCouncillors said repairs costing $4.2 million were more than the harbour budget for "
    "the next five years.\n\nTraders who sell bait and coffee on the pier said they would lose the summer season and "
    "asked the council for help.\n"
)

# The steps of `span.story_span` in the order it takes them (and of `span.export_span`), each with its example
# (tests/test_explain_more.py runs each).
SPAN_STEPS: dict[str, SpanStep] = {
    "span/densest-prose-run": SpanStep(
        "the densest run of prose lines: each line weighs by its length, a line of page furniture against it, a hard "
        "stop (a footer, a line that is never the story's) cuts it (`span.find_body`)",
        _HEAD + _STORY,
    ),
    "span/past-header-lines": SpanStep(
        "the start moved past the byline, dates and players among the run's first lines (`span.header_end`)",
        "Harbour Council Votes to Close the Old Ferry Pier\nThe council says repairs to the century-old pier would "
        "cost more than the harbour budget for five years, and traders fear for the summer.\nBy Jane Doe\n"
        + _STORY.replace("\n\n", "\n"),
    ),
    "span/past-box-titles": SpanStep(
        "the start moved past a box of other stories' titles under its label, to the story's dateline "
        "(`span._past_box_titles`)",
        "Harbour Council Votes to Close the Old Ferry Pier\nBy Jane Doe\nMost popular\n"
        "Storm closes the coast road for a week as crews clear fallen trees and repair the sea wall near the old "
        "lighthouse\nSchool bus routes change from Monday after the council agreed a new timetable with parents and "
        "drivers this week\nHARBOURTON — " + _STORY.replace("\n\n", "\n"),
    ),
    "span/past-link-box": SpanStep(
        "the end moved past a box of links set before the story's last paragraph (`closing_box.past_link_box`)",
        _HEAD + _STORY + "Related stories\nFerry fares to rise by eight percent\nNew harbour master named\n"
        "The council will meet the pier traders again in June to talk about help with the summer season.\n"
        "Most read\nStorm closes coast road\nSchool bus route changes\n",
    ),
    "span/past-closing-box": SpanStep(
        "the end moved past a fact box closing the story, most of its rows repeating the story's names and figures "
        "(`closing_box.past_closing_box`)",
        _HEAD + _STORY + "\nThe details\n\nBuilt: 1902\n\nRepairs: $4.2 million\n\nOwner: Harbour Council\n\n"
        "Contact us\n",
    ),
    "span/no-story": SpanStep("no run of prose: every line is the page's", "Menu\nHome\nNews\nSport\nContact us\n"),
    "span/export-body": SpanStep(
        "an export's body: every line, but the bylines and dates at its top (`span.export_span`)",
        "Harbour Council Votes to Close the Old Ferry Pier\nBy Jane Doe\n412 words\n3 March 2026\nThe Harbour Times\n"
        "HRBTMS\nEnglish\nCopyright 2026 Harbour Times Ltd. All rights reserved.\n\n"
        + _STORY
        + "\nDocument HRBTMS0020260303ei330000a\n",
    ),
}


def span(page: Page) -> dict[str, Any]:
    """The span's start and end lines, the rule that set each, and every step with its evidence."""
    lines = page.lines
    if page.body_end < page.body_start:
        return {"start": None, "end": None, "start_rule": "span/no-story", "end_rule": "span/no-story", "steps": []}
    if page.span_steps is None:  # an export's body
        start, end = lines[page.body_start].number, lines[page.body_end].number
        return {
            "start": start,
            "end": end,
            "start_rule": "span/export-body",
            "end_rule": "span/export-body",
            "steps": [],
        }
    first, last, start, label, body_start, end, body_end = page.span_steps
    weights = page.span_weights  # as `span.find_body` weighed the lines, kept by `span.story_span`
    steps: list[dict[str, Any]] = [
        {
            "rule": "span/densest-prose-run",
            "start": lines[first].number,
            "end": lines[last].number,
            "before": _neighbour(page, weights, first - 1, "above"),
            "after": _neighbour(page, weights, last + 1, "below"),
        }
    ]
    start_rule = end_rule = "span/densest-prose-run"
    if start != first:
        start_rule = "span/past-header-lines"
        steps.append({"rule": start_rule, "start": lines[start].number, "passed": _rules(page, first, start)})
    if body_start != start:
        start_rule = "span/past-box-titles"
        steps.append({"rule": start_rule, "start": lines[body_start].number, "label": lines[label].number})
    if end != last:
        end_rule = "span/past-link-box"
        steps.append({"rule": end_rule, "end": lines[end].number})
    if body_end != end:
        end_rule = "span/past-closing-box"
        steps.append({"rule": end_rule, "end": lines[body_end].number})
    if page.body_end != body_end:  # a tail pass took the story's own last lines back (`notes.story_coda`)
        end_rule = page.decisions[page.body_end].rule
        steps.append({"rule": end_rule, "end": lines[page.body_end].number})
    return {
        "start": lines[page.body_start].number,
        "end": lines[page.body_end].number,
        "start_rule": start_rule,
        "end_rule": end_rule,
        "steps": steps,
    }


def _neighbour(page: Page, weights: list[float | None], i: int, side: str) -> dict[str, Any] | None:
    """The line just outside the run, with its weight (None: a hard stop) and why the run stops there."""
    if not 0 <= i < len(page.lines):
        return None
    w = weights[i]
    if w is None:
        why = "a hard stop: never a line of the story"
    elif w <= 0:
        why = "weighs against the story (page furniture, or no running text)"
    else:
        why = f"running text, but the lines {side} it weigh less than nothing together"
    return {"line": page.lines[i].number, "weight": None if w is None else round(w, 2), "why": why}


def _rules(page: Page, first: int, start: int) -> list[str]:
    """The rules of the header lines the start moved past."""
    return sorted({page.decisions[k].rule for k in range(first, start)})


def outside(page: Page, i: int, found: dict[str, Any]) -> dict[str, str] | None:
    """For a line outside the story ("page/chrome", the default, or a rule's; not debris), whether it is before the
    start or after the end, and the rule that set that end of the span."""
    if page.decisions[i].role is not Role.OUTSIDE:
        return None  # (a line of debris says what it is: its own rule and reason)
    if found["start"] is None:
        return {"span": "no-story", "span_rule": "span/no-story"}
    if i < page.body_start:
        return {"span": "before-start", "span_rule": found["start_rule"]}
    if i > page.body_end:
        return {"span": "after-end", "span_rule": found["end_rule"]}
    return None
