"""The examples in the docstrings are true: each module's doctests run here."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import articlecli

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(articlecli.__path__, "articlecli.") if m.name != "articlecli.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
