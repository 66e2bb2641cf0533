"""`--explain` beyond the lines: where the story starts and ends (`span`, and each line outside it), which headline
candidate was taken and the rule that overruled the scores, which line gave each date (`dates`) and which credit
form split each caption (`captions`), on pages written from scratch."""

from __future__ import annotations

from typing import Any

import pytest

from articlecli import ParseOptions, parse
from articlecli.classify.explain_fields import DATE_RULES
from articlecli.classify.explain_span import SPAN_STEPS


def explained(page: str) -> dict[str, Any]:
    explain = parse(page, ParseOptions(explain=True)).explain
    assert explain is not None
    return dict(explain)


@pytest.mark.parametrize("name", sorted(SPAN_STEPS))
def test_a_span_step_sets_an_end_of_its_example(name: str) -> None:
    found = explained(SPAN_STEPS[name].page)["span"]
    assert name in (found["start_rule"], found["end_rule"])


def test_the_span_names_its_lines_and_the_run_s_neighbours() -> None:
    found = explained(SPAN_STEPS["span/past-link-box"].page)["span"]
    assert (found["start"], found["end"]) == (5, 13)
    run, moved = found["steps"]
    assert (run["rule"], run["start"], run["end"]) == ("span/densest-prose-run", 5, 9)
    assert run["before"]["line"] == 3 and run["after"]["line"] == 10
    assert run["after"]["weight"] < 0
    assert moved == {"rule": "span/past-link-box", "end": 13}


def test_a_line_outside_the_story_says_which_end_and_why() -> None:
    lines = {item["line"]: item for item in explained(SPAN_STEPS["span/past-link-box"].page)["lines"]}
    assert lines[14]["role"] == "outside"
    assert (lines[14]["span"], lines[14]["span_rule"]) == ("after-end", "span/past-link-box")
    assert "span" not in lines[7]  # a paragraph of the story


def test_a_page_with_no_story() -> None:
    found = explained(SPAN_STEPS["span/no-story"].page)
    assert found["span"]["start"] is None
    assert {item.get("span") for item in found["lines"] if item["role"] == "outside"} == {"no-story"}


HEAD = "Harbour Council Votes to Close the Old Ferry Pier"
STORY = (
    "The Harbour Council voted on Tuesday to close the old ferry pier after its own survey found the deck had "
    "rotted through.\n\nCouncillors said repairs would cost more than the harbour budget for the next five years.\n"
)


def test_the_taken_headline_candidate_is_marked() -> None:
    headline = explained(f"{HEAD}\n\nBy Jane Doe\n\n{STORY}")["headline"]
    assert headline["rule"] == "header/headline"
    assert [c["taken"] for c in headline["candidates"]] == [
        c["line"] == headline["line"] for c in headline["candidates"]
    ]
    assert any(c["taken"] for c in headline["candidates"])
    assert "overruled" not in headline


def test_a_title_printed_twice_its_first_printing_overrules_the_scores() -> None:
    # the title over the menu, and again over the byline where it scores best: its first printing is the headline
    page = f"{HEAD}\n\nHome\n\nNews\n\nSport\n\n{HEAD}\n\nBy Jane Doe\n\n{STORY}"
    headline = explained(page)["headline"]
    top = max(headline["candidates"], key=lambda c: c["score"])
    assert top["line"] != headline["line"] and not top["taken"]
    assert headline["overruled"]["top_scored"] == top["line"]
    assert headline["overruled"]["rule"] == headline["rule"]
    assert "first printing" in headline["overruled"]["why"]


@pytest.mark.parametrize("name", sorted(DATE_RULES))
def test_a_date_rule_gives_the_date_of_its_example(name: str) -> None:
    rule = DATE_RULES[name]
    found = explained(rule.page)["dates"]
    assert found[rule.field] is not None and found[rule.field]["rule"] == name


def test_the_dates_name_each_line_read_and_what_it_gave() -> None:
    found = explained(DATE_RULES["dates/full-date-over-no-year"].page)["dates"]
    assert found["published"] == {"line": 5, "rule": "dates/full-date-over-no-year"}
    byline, stamp = found["candidates"]
    assert (byline["line"], byline["source"], byline["read"]["published"]["resolved"]) == (
        3,
        "header/byline",
        "relative",
    )
    assert byline["gave"] == ["published"]  # until a full date came
    assert (stamp["line"], stamp["read"]["published"]["iso"], stamp["gave"]) == (5, "2026-03-03", ["published"])


def test_no_date_read() -> None:
    found = explained(f"{HEAD}\n\nBy Jane Doe\n\n{STORY}")["dates"]
    assert (found["published"], found["updated"]) == (None, None)
    assert [(c["line"], c["gave"]) for c in found["candidates"]] == [(3, [])]


CAPTIONS = (
    f"{HEAD}\n\nBy Jane Doe\n\n"
    "Traders pack up their stalls on the pier on Monday. (Omar Pike/Harbour Times)\n\n"
    f"{STORY}\n"
    "The north end of the pier, closed since the storm in January.\n"
    "Courtesy of the Harbour Trust\n\n"
    "Councillors said the pier would close at the end of May while they look for money to repair it.\n"
)


def test_a_caption_names_the_credit_form_that_split_it() -> None:
    captions = explained(CAPTIONS)["captions"]
    forms = {c["credit"]: (c["credit_form"], c.get("credit_line")) for c in captions if c["credit"]}
    assert forms["Omar Pike/Harbour Times"] == ("credit-tail/bracketed", None)
    assert forms["Courtesy of the Harbour Trust"] == ("apart/courtesy", 12)
    assert all(c["rule"].startswith("pictures/") for c in captions)


@pytest.mark.parametrize(
    ("line", "form"),
    [
        ("Traders pack up their stalls on the pier on Monday. (Omar Pike/Harbour Times)", "credit-tail/bracketed"),
        ("© Jo Lee Pupils queue at the school gate on Monday.", "copyright-first"),
        ("Contributed photo: The harbour robot on a test run in the basin.", "descriptor-first"),
        # a caption's lead before its colon is no credit's descriptor, whatever its brackets hold
        ("Pictured: the old pier as it stood in 1952, from the trust's archive. (Harbour Trust)", None),
        ("FILE PHOTO: Traders pack up their stalls on the pier on Monday.", None),
    ],
)
def test_the_credit_form_explained_is_the_one_that_split_the_credit(line: str, form: str | None) -> None:
    """`--explain`'s credit form is the one `captions.split_caption_by` split the line with (never a copy of its
    tests that could drift from it); a line it does not split is "in-line" when another reader found its credit."""
    from articlecli.captions import split_caption, split_caption_by
    from articlecli.classify.explain_fields import _split_by

    found = split_caption_by(line)
    assert (found[2] if found else None) == form
    assert _split_by(line) == (form or "in-line")
    assert (split_caption(line) is None) == (form is None)


@pytest.mark.parametrize("name", sorted(SPAN_STEPS))
def test_the_span_s_weights_are_those_the_densest_run_was_found_with(name: str) -> None:
    """`--explain` shows the weights `span.find_body` found the run with (kept on the page), never weighed again
    beside it: the run's lines sum to the most any run of the page does, and its neighbours' weights are those."""
    from articlecli.classify import read_example

    steps = explained(SPAN_STEPS[name].page)["span"]["steps"]
    page = read_example(SPAN_STEPS[name].page)
    if not steps or page.span_steps is None:
        return  # no run (no story, or an export's body)
    first, last = page.span_steps[:2]
    weights = page.span_weights
    assert len(weights) == len(page.lines)
    runs = [
        sum(w or 0.0 for w in weights[a : b + 1])
        for a in range(len(weights))
        for b in range(a, len(weights))
        if None not in weights[a : b + 1]
    ]
    assert sum(w or 0.0 for w in weights[first : last + 1]) == max(runs)
    run = steps[0]
    for side, k in (("before", first - 1), ("after", last + 1)):
        if run[side] is not None:
            w = weights[k]
            assert run[side]["weight"] == (None if w is None else round(w, 2))
