"""The README documents what the CLI and the JSON form offer."""

from __future__ import annotations

import click
import pytest

from articlecli import parse
from articlecli.cli import cli

from .conftest import ROOT

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
