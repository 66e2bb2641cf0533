"""`--explain`: every line's role and the rule that decided it, the header's candidates, and the
rule of every removed line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from articlecli import ParseOptions, parse
from articlecli.cli import cli

PAGE = (
    "Storm Batters Harbor Town\n\n"
    "By Jane Doe\n\n"
    "Advertisement\n\n"
    "The storm hit the harbor town on Tuesday night, flooding dozens of homes.\n\n"
    "Residents said the water rose within an hour.\n"
)
# headline, standfirst, a name alone as the byline, an ad slot in the body
PAGE_WITH_DECK = (
    "Ferry Service Suspended After Storm Damages the Pier\n\n"
    "Crossings to the islands will not resume before the weekend, the operator said.\n\n"
    "Jorunn Halvik\n\n"
    "The ferry operator cancelled every crossing on Wednesday after waves damaged the north pier.\n\n"
    "Advertisement\n\n"
    "Engineers will inspect the pier on Thursday morning, the company said in a statement.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def explained(runner: CliRunner, page: str) -> dict[str, object]:
    result = runner.invoke(cli, ["parse", "-", "--json", "--explain"], input=page)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data["explain"], dict)
    return data["explain"]


def test_every_line_has_its_role_and_rule(runner: CliRunner) -> None:
    lines = explained(runner, PAGE)["lines"]
    assert lines == [
        {"line": 1, "role": "headline", "rule": "header/headline", "text": "Storm Batters Harbor Town"},
        {"line": 3, "role": "byline", "rule": "header/byline", "text": "By Jane Doe"},
        {"line": 5, "role": "debris", "rule": "header/debris", "reason": "advertisement", "text": "Advertisement"},
        {
            "line": 7,
            "role": "paragraph",
            "rule": "body/paragraph",
            "text": "The storm hit the harbor town on Tuesday night, flooding dozens of homes.",
        },
        {
            "line": 9,
            "role": "paragraph",
            "rule": "body/paragraph",
            "text": "Residents said the water rose within an hour.",
        },
    ]


def test_the_headline_candidates_with_their_scores_and_weights(runner: CliRunner) -> None:
    headline = explained(runner, PAGE)["headline"]
    assert headline == {
        "line": 1,
        "candidates": [
            {
                "line": 1,
                "text": "Storm Batters Harbor Town",
                "score": 2.625,
                "weights": {
                    "four-words-or-more": 1.0,
                    "name-shaped": -1.5,
                    "above-byline": 1.5,
                    "first-line": 0.5,
                    "words-back-in-the-story": 1.125,
                },
            }
        ],
        "passed_over": [],
    }


def test_a_line_ruled_out_as_the_headline_is_passed_over_and_says_so(runner: CliRunner) -> None:
    page = PAGE.replace("By Jane Doe", "Email this story to a friend\n\nBy Jane Doe")
    headline = explained(runner, page)["headline"]
    assert headline["passed_over"] == [
        {"line": 3, "text": "Email this story to a friend", "taken": False, "why": "ruled out: widget"}
    ]


def test_the_deck_and_byline_candidates_say_why(runner: CliRunner) -> None:
    explain = explained(runner, PAGE_WITH_DECK)
    assert explain["deck"] == {
        "line": 3,
        "candidates": [
            {
                "line": 3,
                "text": "Crossings to the islands will not resume before the weekend, the operator said.",
                "taken": True,
                "why": "the first sentence-like line under the headline",
            }
        ],
    }
    assert explain["byline"] == {
        "lines": [5],
        "candidates": [
            {"line": 5, "text": "Jorunn Halvik", "taken": True, "why": "a name alone under the headline"},
        ],
    }


def test_a_line_decided_twice_names_the_rule_it_overruled(runner: CliRunner) -> None:
    page = (
        "The storm hit the harbor town on Tuesday night, flooding dozens of homes along the quay.\n\n"
        "Volunteers fill sandbags outside the town hall.\n"
        "Photo: Jane Doe/Harbor Press\n\n"
        "Residents said the water rose within an hour and that the pumps could not keep up with it.\n"
    )
    lines = explained(runner, page)["lines"]
    assert [(item["rule"], item.get("overruled")) for item in lines] == [
        ("body/paragraph", None),
        ("pictures/sentence-above-credit", ["body/paragraph"]),
        ("pictures/credit-after-caption", ["pictures/credit-line"]),
        ("body/paragraph", None),
    ]


def test_removed_lines_carry_their_rule(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", "-", "--json"], input=PAGE_WITH_DECK)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["removed"] == [{"text": "Advertisement", "reason": "advertisement", "rule": "body/debris", "line": 9}]
    assert "explain" not in data


def test_explain_needs_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", "-", "--explain"], input=PAGE)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: --explain adds to the JSON: use it with --json or --jsonl"
    assert result.stdout == ""


def test_show_prints_each_line_with_its_rule_in_a_margin(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", "-", "--explain", "--plain", "--width", "80"], input=PAGE)
    assert result.exit_code == 0, result.output
    tail = [line.rstrip() for line in result.stdout.splitlines()[-6:]]
    assert tail == [
        "how each line was read",
        "    1 header/headline  Storm Batters Harbor Town",
        "    3 header/byline    By Jane Doe",
        "    5 header/debris    Advertisement",
        "    7 body/paragraph   The storm hit the harbor town on Tuesday night, flooding…",
        "    9 body/paragraph   Residents said the water rose within an hour.",
    ]


def test_show_without_explain_has_no_margin(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", "-", "--plain", "--width", "80"], input=PAGE)
    assert result.exit_code == 0, result.output
    assert "how each line was read" not in result.stdout


def test_the_library_explains_only_when_asked() -> None:
    assert parse(PAGE).explain is None
    assert "explain" not in parse(PAGE).to_dict()
    explain = parse(PAGE, ParseOptions(explain=True)).explain
    assert explain is not None
    assert [item["rule"] for item in explain["lines"]] == [
        "header/headline",
        "header/byline",
        "header/debris",
        "body/paragraph",
        "body/paragraph",
    ]
