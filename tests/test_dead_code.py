"""vulture's whitelist stays current: each entry names something that exists and is still unused.

`make lint` runs vulture over the package with vulture_whitelist.py; these tests keep that file from
hiding more than it says: an entry whose name is gone, or is now used, must be removed.
"""

from __future__ import annotations

import ast
import functools
import importlib
from pathlib import Path

import pytest
import vulture

ROOT = Path(__file__).resolve().parent.parent
WHITELIST = ROOT / "vulture_whitelist.py"


def _entries() -> list[str]:
    """The dotted names the whitelist uses, one a statement: "quotes._Open.straight"."""
    tree = ast.parse(WHITELIST.read_text(encoding="utf-8"))
    return [ast.unparse(node.value) for node in tree.body if isinstance(node, ast.Expr) and not _is_docstring(node)]


def _is_docstring(node: ast.Expr) -> bool:
    return isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


@functools.cache
def _unused_without_whitelist() -> frozenset[tuple[str, str]]:
    """(module, name) of everything vulture reports in the package when no whitelist is given."""
    v = vulture.Vulture()
    v.scavenge([str(ROOT / "articlecli")])
    return frozenset((Path(item.filename).stem, item.name) for item in v.get_unused_code(min_confidence=60))


@pytest.mark.parametrize("entry", _entries())
def test_whitelisted_name_exists(entry: str) -> None:
    module, *attrs = entry.split(".")
    package = "articlecli.classify" if (ROOT / "articlecli" / "classify" / f"{module}.py").exists() else "articlecli"
    obj: object = importlib.import_module(f"{package}.{module}")
    for attr in attrs:
        assert hasattr(obj, attr), f"vulture_whitelist.py lists {entry}, which is gone: remove its entry"
        obj = getattr(obj, attr)


@pytest.mark.parametrize("entry", _entries())
def test_whitelisted_name_is_still_unused(entry: str) -> None:
    module, name = entry.split(".")[0], entry.split(".")[-1]
    assert (module, name) in _unused_without_whitelist(), (
        f"vulture_whitelist.py lists {entry}, which the package now uses: remove its entry"
    )


def test_whitelist_holds_only_imports_and_names() -> None:
    """Every statement is read by the tests above: a docstring, an import, or one dotted name."""
    tree = ast.parse(WHITELIST.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Expr):
            assert _is_docstring(node) or isinstance(node.value, ast.Name | ast.Attribute), ast.unparse(node)
        else:
            assert isinstance(node, ast.Import | ast.ImportFrom), ast.unparse(node)
