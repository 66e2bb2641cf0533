"""The README documents what the CLI and the JSON form offer."""

from __future__ import annotations

import re
from typing import Any

import click
import pytest

from articlecli import Article, parse, parse_all
from articlecli.cli import cli

from .conftest import ROOT
from .rule_map import readme_map, rule_map
from .vocabularies import LITERALS, values

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_two_commands() -> None:
    assert "make run" in README and "make test" in README


@pytest.mark.parametrize("name", sorted(cli.commands))  # type: ignore[attr-defined]
def test_every_command_is_documented(name: str) -> None:
    assert f"articlecli {name}" in README


@pytest.mark.parametrize(
    "option",
    sorted(
        {
            opt
            for command in cli.commands.values()  # type: ignore[attr-defined]
            for param in command.params
            if isinstance(param, click.Option)
            for opt in param.opts
            if opt.startswith("--") and opt not in ("--help",)
        }
    ),
)
def test_every_option_is_documented(option: str) -> None:
    assert option in README


@pytest.mark.parametrize("key", list(parse("Headline\n\nBy Jane Doe\n\nText of a story.").to_dict()))
def test_every_json_key_is_documented(key: str) -> None:
    assert f"`{key}`" in README


def test_the_licence_text_is_the_one_pyproject_names() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    assert 'license = "MIT"' in pyproject
    assert 'license-files = ["LICENSE"]' in pyproject
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n\nCopyright (c) ")
    assert "Permission is hereby granted, free of charge" in licence


# ------------------------------------------------------------------ enumerated values
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "`layout`": values("Layout"),
    "`body[].type`": values("BlockType"),
    "`quotes[].kind`": values("QuoteKind"),
    "`quotes[].block`": values("QuoteBlock"),
    "`notes[].kind`": values("NoteKind"),
    "`removed[].reason`": values("RemovalReason"),
    "`dates.published.resolved`, `dates.updated.resolved`": values("DateResolved"),
    "`dates_mentioned[].resolved`": values("MentionResolved"),
    "line roles": values("LineRole"),
}


def _readme_values(field: str) -> str:
    """The README's bullet for one enumerated field, in its 'Enumerated values' list."""
    section = README.split("**Enumerated values.**", 1)[1].split("\n\n**", 1)[0]
    bullets = [" ".join(b.split()) for b in section.split("\n- ")[1:]]
    (bullet,) = [b for b in bullets if b.startswith(field + ":") or b.startswith(field + " (")]
    return bullet


@pytest.mark.parametrize(("field", "value"), [(field, value) for field, kind in VOCABULARIES.items() for value in kind])
def test_every_value_of_every_enumerated_field_is_documented(field: str, value: str) -> None:
    assert f"`{value}`" in _readme_values(field)


def _values(records: list[dict[str, Any]]) -> dict[str, set[str]]:
    """The values each enumerated field takes in these records."""
    found: dict[str, set[str]] = {field: set() for field in VOCABULARIES}
    for r in records:
        found["`layout`"].add(r["layout"])
        found["`body[].type`"] |= {b["type"] for b in r["body"]}
        found["`quotes[].kind`"] |= {q["kind"] for q in r["quotes"]}
        found["`quotes[].block`"] |= {q["block"] for q in r["quotes"]}
        found["`notes[].kind`"] |= {n["kind"] for n in r["notes"]}
        found["`removed[].reason`"] |= {x["reason"] for x in r["removed"]}
        dates = [d for d in r["dates"].values() if d is not None]
        found["`dates.published.resolved`, `dates.updated.resolved`"] |= {d["resolved"] for d in dates}
        found["`dates_mentioned[].resolved`"] |= {m["resolved"] for m in r["dates_mentioned"]}
    return found


def test_the_values_the_parser_gives_are_the_documented_ones() -> None:
    """Every golden case, fixture and seed, and a few lines made to give the rarer values."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/golden/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/fixtures/**/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))]
    texts.append("Storm hits the coast\n\nPublished 2 hours ago\n\nThe storm hit on May 3, the mayor said today.\n")
    records = [a.to_dict() for text in texts for a in parse_all(text) if isinstance(a, Article)]
    found = _values(records)
    for field, kind in VOCABULARIES.items():
        assert found[field] <= set(kind), field
    assert "relative" in found["`dates.published.resolved`, `dates.updated.resolved`"]
    assert "unresolved" in found["`dates_mentioned[].resolved`"]


def test_removal_reasons_from_the_lexicon_and_line_roles_from_the_classifier_are_in_the_types() -> None:
    from articlecli import patterns as P
    from articlecli.classify import Role

    # "number" is reported as "counter", "rating" (a review's stars) as "label"
    shapes = {name.replace("_", "-") for name in P.DEBRIS_SHAPE.groupindex} - {"number", "rating"}
    assert set(P.DEBRIS_PHRASE.values()) | shapes <= set(values("RemovalReason"))
    assert {v for k, v in vars(Role).items() if k.isupper()} == set(values("LineRole"))


_ASIDE = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")  # "(`0:00`, `Listen to this article`)": examples


@pytest.mark.parametrize("field", VOCABULARIES)
def test_the_readme_lists_no_value_an_enumerated_field_cannot_take(field: str) -> None:
    """The values are the bullet's words in backticks, outside its examples in brackets."""
    listed = re.findall(r"`([^`]+)`", _ASIDE.sub("", _readme_values(field).partition(":")[2]))
    assert sorted(listed) == sorted(VOCABULARIES[field])


def test_every_vocabulary_of_the_model_is_documented() -> None:
    assert len(LITERALS) == len(VOCABULARIES)
    assert {values(name) for name in LITERALS} == set(VOCABULARIES.values())


def test_where_the_code_can_name_the_values_it_gives_they_are_the_vocabulary() -> None:
    """What the data and the tables of the code can produce, value for value."""
    from articlecli import layouts
    from articlecli.classify import notes

    assert set(layouts.LAYOUTS) - {"auto"} == set(values("Layout"))
    # an end note's kind is the group of the pattern that read it, "bio" (a sentence about an author) or "note"
    assert set(notes._NOTE_LEAD.groupindex) | {"bio", "note"} == set(values("NoteKind"))
    # a block of the body is a line of the article: every role but those dropped into `removed`
    assert set(values("BlockType")) == set(values("LineRole")) - {"debris", "outside"}
    assert set(values("QuoteBlock")) <= set(values("BlockType"))


def test_the_map_of_rules_is_the_code_s() -> None:
    """README's "A rule, from its name": each module of the classifier with the rules it decides by."""
    assert readme_map(README) == rule_map(), "README's map of rules is stale: run `python -m tests.rule_map --write`"
