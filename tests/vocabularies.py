"""The string vocabularies of `articlecli/model.py` (`Layout`, `RemovalReason`, ...) as mypy reads them.

At run time each is `str` (a Literal field costs start-up), so their values are read from the source: every
`Name = Literal[...]` assignment in the module.
"""

from __future__ import annotations

import ast
from pathlib import Path

MODEL = Path(__file__).resolve().parent.parent / "articlecli" / "model.py"


def _literals() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for node in ast.walk(ast.parse(MODEL.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript)):
            continue
        if isinstance(node.value.value, ast.Name) and node.value.value.id == "Literal":
            (target,) = node.targets
            assert isinstance(target, ast.Name)
            items = node.value.slice.elts if isinstance(node.value.slice, ast.Tuple) else [node.value.slice]
            found[target.id] = tuple(ast.literal_eval(item) for item in items)
    return found


LITERALS = _literals()


def values(name: str) -> tuple[str, ...]:
    """The values of one vocabulary, in the order written: values("Layout") == ("web", "wire", ...)."""
    return LITERALS[name]
