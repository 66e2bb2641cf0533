"""Every rule of the classifier decides a line of its own example (pySBD's golden rules).

A rule is a name given to a decision ("header/headline", "body/related-list"): its example is a
short page, written from scratch, with a line that rule decides. A rule without an example fails
here, and so does an example that its rule does not decide (a later rule may overrule it: the
decision still has to be made).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import articlecli.classify as classify_package
from articlecli.classify import RULE_EXAMPLES, Decision, classify, read_example
from articlecli.classify import body as body_module
from articlecli.classify.body import BODY_RULES, LineRule
from articlecli.normalize import normalize, split_lines

from .rule_map import rule_readers, rule_writers

PACKAGE = Path(classify_package.__file__).parent
RULE_NAME = re.compile(r'"((?:page|export|header|pictures|body|runs|tail)/[a-z0-9-]+)"')


def rules_in_source() -> set[str]:
    """Every rule name the classifier's source writes as a string."""
    return {name for path in PACKAGE.glob("*.py") for name in RULE_NAME.findall(path.read_text(encoding="utf-8"))}


RULES = sorted(rules_in_source())


def test_the_rules_are_found() -> None:
    assert {"header/headline", "body/paragraph", "pictures/credit-after-caption", "tail/end-note"} <= set(RULES)


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_has_an_example(rule: str) -> None:
    assert RULE_EXAMPLES.get(rule), f"rule {rule} has no example: add one beside it"


@pytest.mark.parametrize("rule", RULES)
def test_a_rule_decides_a_line_of_its_example(rule: str) -> None:
    page = read_example(RULE_EXAMPLES.get(rule, ""))
    assert page.trace is not None
    decided = {name for _, name in page.trace} | {d.rule for d in page.decisions}  # "page/chrome": the default
    assert rule in decided


def test_every_example_belongs_to_a_rule() -> None:
    assert set(RULE_EXAMPLES) <= set(RULES)


FIXED = [r for r in BODY_RULES if isinstance(r.decision, Decision)]


@pytest.mark.parametrize("rule", FIXED, ids=[r.name for r in FIXED])
def test_a_body_rule_decides_its_example_as_it_says(rule: LineRule) -> None:
    page = read_example(rule.example)
    assert [d for d in page.decisions if d.rule == rule.name] != []
    assert {d for d in page.decisions if d.rule == rule.name} == {rule.decision}


def test_body_rules_have_one_name_each() -> None:
    names = [r.name for r in BODY_RULES]
    assert len(names) == len(set(names))


def test_a_headline_score_is_the_sum_of_its_named_weights() -> None:
    page = read_example(RULE_EXAMPLES["header/headline"])
    assert page.headline_scores
    for _, score in page.headline_scores:
        assert score.total == pytest.approx(sum(value for _, value in score.parts))


ROOT = PACKAGE.parent.parent
PAGES = sorted(
    [
        *(ROOT / "tests" / "golden").glob("*.txt"),
        *(ROOT / "seeds").glob("*.txt"),
        *(ROOT / "tests" / "fixtures").rglob("*.txt"),
    ]
)


def decisions_of(text: str, *, body_only: bool) -> list[Decision]:
    return list(classify(split_lines(normalize(text)), body_only=body_only).decisions)


@pytest.mark.parametrize("body_only", [False, True], ids=["web", "export"])
def test_the_body_walk_skips_only_rules_that_cannot_hold(body_only: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """`lines` and `needs` let the walk skip rules; with every rule tried on every line, no decision changes."""
    texts = [p.read_text(encoding="utf-8") for p in PAGES] + [
        ex.split("\n", 1)[1] if ex.startswith("# ") else ex for ex in RULE_EXAMPLES.values()
    ]
    fast = [decisions_of(text, body_only=body_only) for text in texts]
    every_rule = tuple(rule._replace(lines="any", needs=None) for rule in BODY_RULES)
    monkeypatch.setattr(body_module, "BODY_RULES", every_rule)
    assert [decisions_of(text, body_only=body_only) for text in texts] == fast


def test_every_decision_names_its_rule() -> None:
    texts = [p.read_text(encoding="utf-8") for p in PAGES] + list(RULE_EXAMPLES.values())
    unnamed = {
        (d.role, d.reason)
        for text in texts
        for body_only in (False, True)
        for d in decisions_of(text.split("\n", 1)[1] if text.startswith("# ") else text, body_only=body_only)
        if not RULE_NAME.fullmatch(f'"{d.rule}"')
    }
    assert unnamed == set()


MODULE_LINE_LIMIT = 420  # "no module of the classifier over ~400 lines" (#12): split along a stage's seam


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_classifier_module_is_over_the_limit(path: Path) -> None:
    count = len(path.read_text(encoding="utf-8").splitlines())
    assert count <= MODULE_LINE_LIMIT, (
        f"articlecli/classify/{path.name} has {count} lines, over {MODULE_LINE_LIMIT}: split it along a seam "
        "that names a stage (a pure move, tools such as mvdefs.py), or move a table beside its rules"
    )


def test_a_rule_is_written_in_one_module() -> None:
    """One name, one path: a rule decided from two modules has one example, and the other path's never runs."""
    shared = {name: sorted(modules) for name, modules in rule_writers().items() if len(modules) > 1}
    assert shared == {}, f"rule names written from two modules (give each path a name and an example): {shared}"


def test_the_writers_are_found() -> None:
    writers = rule_writers()
    assert writers["body/paragraph"] == {"body.py"}
    assert writers["pictures/credit-second-line"] == {"credit_places.py"}
    assert writers["pictures/labelled-caption"] == writers["pictures/caption-label"] == {"pictures.py"}
    assert writers["runs/comments"] == {"turns.py"}
    assert set(writers) == set(RULES)


def test_a_rule_asked_about_is_a_rule_written() -> None:
    """A pass that asks "was this line decided by rule X" (`tests/rule_map.rule_readers`) names a rule some module
    writes: renaming a rule without its readers fails here instead of changing what the readers decide."""
    writers = rule_writers()
    stale = {name: sorted(modules) for name, modules in rule_readers().items() if name not in writers}
    assert stale == {}, f"passes ask about rules that no module writes (renamed?): {stale}"
    assert {"body/heading", "header/name-byline", "body/sign-up-pitch"} <= set(rule_readers())


def test_a_box_of_links_is_a_fact_on_the_page_not_a_rule_name() -> None:
    """The graphics pass reads the lines the body read as a box of links or a gallery's link from the page
    (`Page.link_boxes`, which those rules' reader records), not by asking their names: renaming or adding a rule
    that reads a box cannot change what it decides there."""
    from articlecli.classify import read_example
    from articlecli.classify.body import BODY_RULES

    readers = rule_readers()
    assert not {"body/link-box", "body/gallery-link"} & {
        n for n, modules in readers.items() if "graphics.py" in modules
    }
    for rule in (r for r in BODY_RULES if r.name in ("body/link-box", "body/gallery-link")):
        page = read_example(rule.example)
        boxed = [i for i, d in enumerate(page.decisions) if d.rule == rule.name]
        assert boxed and set(boxed) <= page.link_boxes, rule.name
