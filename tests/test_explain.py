"""`--explain`: every line's role and the rule that decided it, the header's candidates, and the
rule of every removed line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import articlecli.classify
from articlecli import ParseOptions, parse
from articlecli.classify.candidates import BYLINE_WEIGHTS, DECK_WEIGHTS
from articlecli.cli import cli

PROBES = Path(__file__).parent / "probes"

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
                "taken": True,
            }
        ],
        "passed_over": [],
        "rule": "header/headline",
    }


def test_a_line_ruled_out_as_the_headline_is_passed_over_and_says_so(runner: CliRunner) -> None:
    page = PAGE.replace("By Jane Doe", "Sponsored: The harbour at dawn\n\nBy Jane Doe")
    headline = explained(runner, page)["headline"]
    assert headline["passed_over"] == [
        {"line": 3, "text": "Sponsored: The harbour at dawn", "taken": False, "why": "ruled out: label"}
    ]


# A widget's line (page furniture before the header is weighed) and the standfirst for the deck; a name alone and a job
# title under it for the byline.
PAGE_WEIGHED = (
    "Ferry Service Suspended After Storm Damages the Pier\n\n"
    "Email this story to a friend\n\n"
    "Crossings to the islands will not resume before the weekend, the operator said.\n\n"
    "Jane Doe\n\n"
    "Transport Editor\n\n"
    "The ferry operator cancelled every crossing on Wednesday after waves damaged the north pier.\n\n"
    "Engineers will inspect the pier on Thursday morning, the company said in a statement.\n"
)
DECK_TEXT = "Crossings to the islands will not resume before the weekend, the operator said."


def test_the_deck_candidates_have_scores_and_named_weights(runner: CliRunner) -> None:
    # (the widget's line is page furniture before the header is weighed: rule header/widget-text)
    assert explained(runner, PAGE_WEIGHED)["deck"] == {
        "line": 5,
        "candidates": [
            {
                "line": 5,
                "text": DECK_TEXT,
                "taken": True,
                "score": 2.0,
                "weights": {"before-the-byline": 1.0, "sentence-like": 1.0},
            },
        ],
    }


def test_the_byline_candidates_have_scores_and_named_weights(runner: CliRunner) -> None:
    assert explained(runner, PAGE_WEIGHED)["byline"] == {
        "lines": [7],
        "candidates": [
            {"line": 7, "text": "Jane Doe", "taken": True, "score": 1.0, "weights": {"known-given-name": 1.0}},
            {
                "line": 9,
                "text": "Transport Editor",
                "taken": False,
                "score": -3.0,
                "weights": {"job-title-under-a-byline": -3.0},
            },
        ],
    }


def test_a_name_away_from_the_header_scores_below_zero(runner: CliRunner) -> None:
    # a name's shape, no given name the lexicon knows, and no job title under it (over "Transport Editor" it is a
    # byline wherever it stands: the weight "over-its-job-title")
    page = PAGE_WEIGHED.replace("Jane Doe", "Jorunn Halvik").replace("Transport Editor", "Harbour news")
    assert explained(runner, page)["byline"]["candidates"][0] == {
        "line": 7,
        "text": "Jorunn Halvik",
        "taken": False,
        "score": -0.5,
        "weights": {"name-shape": 0.5, "away-from-the-header": -1.0},
    }


def _marked(example: str) -> tuple[str, int]:
    """An example without its "> " mark, and the number of the marked input line."""
    lines = example.split("\n")
    marked = next(n for n, line in enumerate(lines) if line.startswith("> "))
    lines[marked] = lines[marked][2:]
    return "\n".join(lines), marked + 1


WEIGHT_EXAMPLES = [
    pytest.param(part, name, weight.example, id=f"{part}/{name}")
    for part, table in (("deck", DECK_WEIGHTS), ("byline", BYLINE_WEIGHTS))
    for name, weight in table.items()
]


@pytest.mark.parametrize(("part", "name", "example"), WEIGHT_EXAMPLES)
def test_every_deck_and_byline_weight_applies_to_its_example(part: str, name: str, example: str) -> None:
    text, number = _marked(example)
    explain = parse(text, ParseOptions(explain=True)).explain
    assert explain is not None
    (candidate,) = [c for c in explain[part]["candidates"] if c["line"] == number]
    assert name in {weight.partition(":")[0] for weight in candidate["weights"]}


PAGES = [_marked(w.example)[0] for table in (DECK_WEIGHTS, BYLINE_WEIGHTS) for w in table.values()]
PAGES += [p.read_text(encoding="utf-8") for p in sorted(PROBES.glob("*.txt"))]


def test_a_deck_or_byline_candidate_is_taken_exactly_when_its_score_is_above_zero() -> None:
    """The choosers decide by first match; the weights are set so that the score tells the same."""
    weighed = 0
    for page in PAGES:
        explain = parse(page, ParseOptions(explain=True)).explain
        assert explain is not None
        for part in ("deck", "byline"):
            for c in explain[part]["candidates"]:
                assert (c["score"] > 0) == c["taken"], (part, c)
                assert c["score"] == round(sum(c["weights"].values()), 3)
                weighed += 1
    assert weighed > len(WEIGHT_EXAMPLES)


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


def test_show_prints_each_line_with_its_rule_in_a_margin_then_the_header_candidates(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", "-", "--explain", "--plain", "--width", "80"], input=PAGE_WEIGHED)
    assert result.exit_code == 0, result.output
    out = [line.rstrip() for line in result.stdout.splitlines()]
    assert out[out.index("how each line was read") :] == [
        "how each line was read",
        "    1 header/headline     Ferry Service Suspended After Storm Damages the Pier",
        "    3 header/widget-text  Email this story to a friend",
        "    5 header/deck         Crossings to the islands will not resume before the w…",
        "    7 header/name-byline  Jane Doe",
        "    9 page/chrome         Transport Editor",
        "   11 body/paragraph      The ferry operator cancelled every crossing on Wednes…",
        "   13 body/paragraph      Engineers will inspect the pier on Thursday morning, …",
        "",
        "what the header weighed",
        "headline",
        "*    1  +3.86  Ferry Service Suspended After Storm Damages the Pier",
        "               four-words-or-more=+1, above-name=+1.2,",
        "               deck-or-summary-between=+0.3, first-line=+0.5,",
        "               words-back-in-the-story=+0.857",
        "     5  +1.25  Crossings to the islands will not resume before the weekend, the…",
        "               four-words-or-more=+1, full-stop=-0.7, above-name=+1.2,",
        "               under-its-title=-1, words-back-in-the-story=+0.75",
        "     9  -1.50  Transport Editor",
        "               two-words=-2, above-body=+0.5",
        "deck",
        "*    5  +2.00  Crossings to the islands will not resume before the weekend, the…",
        "               before-the-byline=+1, sentence-like=+1",
        "byline",
        "*    7  +1.00  Jane Doe",
        "               known-given-name=+1",
        "     9  -3.00  Transport Editor",
        "               job-title-under-a-byline=-3",
    ]


def test_show_says_when_no_line_was_weighed(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", "-", "--explain", "--plain", "--width", "80"], input=PAGE)
    assert result.exit_code == 0, result.output
    assert "deck: no candidates" in result.stdout.splitlines()


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


def test_every_standfirst_evidence_has_a_deck_weight() -> None:
    """A standfirst rule's evidence is looked up in DECK_WEIGHTS under --explain: a rule added without its
    weight would fail there, and only there."""
    from articlecli.classify.standfirst import STANDFIRST_EVIDENCE

    evidence = {rule.partition("/standfirst-")[2] for rule, _, _ in STANDFIRST_EVIDENCE}
    assert evidence and evidence <= DECK_WEIGHTS.keys(), evidence - DECK_WEIGHTS.keys()
    assert "opens-the-body" in DECK_WEIGHTS


_EVIDENCE_NAMED = re.compile(r'byline_candidates\.append\(Weighed\([^()]*\(\s*"([a-z-]+)",\s*\)\)\)')


def test_every_byline_evidence_the_classifier_names_has_a_weight() -> None:
    """`--explain` scores a byline candidate by its evidence's weight: evidence named nowhere in the table fails
    there on the first page that shows it (a KeyError), so every name the source writes is looked up here."""
    package = Path(articlecli.classify.__file__).parent
    named = {name for path in package.glob("*.py") for name in _EVIDENCE_NAMED.findall(path.read_text("utf-8"))}
    assert "signed-under-the-story" in named
    assert named <= set(BYLINE_WEIGHTS)
