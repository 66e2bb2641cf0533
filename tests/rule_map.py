"""Which module of the classifier decides a line by each rule name, read from the source with `ast`.

`tests/test_rules.py` fails when one name is written from two modules; `tests/test_docs.py` when the README's
map of rules ("A rule, from its name") differs from what this reads. Rewrite that map after adding a rule:

    python -m tests.rule_map --write
"""

from __future__ import annotations

import ast
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "articlecli" / "classify"
README = ROOT / "README.md"
RULE_NAME = re.compile(r"(?:page|export|header|pictures|body|runs|tail)/[a-z0-9-]+")
BEGIN = "<!-- rule map: python -m tests.rule_map --write -->"
END = "<!-- end of the rule map -->"


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _in_a_test(start: ast.AST, parents: dict[ast.AST, ast.AST], read_only: set[str]) -> bool:
    """The name is read here, not written: inside a comparison ("d[i].rule == ..."), an example's key, or the
    value of a constant that is itself only compared."""
    child: ast.AST = start
    node: ast.AST | None = parents.get(start)
    while node is not None and not isinstance(node, ast.stmt):
        if isinstance(node, ast.Compare):
            return True
        if isinstance(node, ast.Dict) and child in node.keys:  # EXAMPLES = {"body/...": ...}
            return True
        child, node = node, parents.get(node)
    if isinstance(node, ast.Assign):
        targets = [t for t in node.targets if isinstance(t, ast.Name)]
        if targets and all(t.id in read_only for t in targets):
            return True
        return any(isinstance(t, ast.Subscript) and child is t for t in node.targets)  # EXAMPLES["runs/..."] = ...
    return False


def _compared(node: ast.AST, parents: dict[ast.AST, ast.AST], read_only: set[str]) -> bool:
    """The name is compared with a decision's rule here ("d[i].rule == ...", "... in _ROW_RULES")."""
    up: ast.AST | None = node
    while up is not None and not isinstance(up, ast.stmt):
        if isinstance(up, ast.Compare):
            return True
        up = parents.get(up)
    targets = [t for t in up.targets if isinstance(t, ast.Name)] if isinstance(up, ast.Assign) else []
    return bool(targets) and all(t.id in read_only for t in targets)


def _rule_names() -> Iterator[tuple[str, ast.Constant, dict[ast.AST, ast.AST], set[str]]]:
    """Every rule name in the classifier's source: its module, its node, the module's parents map and the
    module's constants read only in comparisons."""
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        read_only = _compared_constants(tree, parents)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and RULE_NAME.fullmatch(node.value):
                yield path.name, node, parents, read_only


def rule_readers() -> dict[str, set[str]]:
    """Every rule name a pass asks about ("was this line decided by ..."), with the modules that ask."""
    readers: dict[str, set[str]] = {}
    for module, node, parents, read_only in _rule_names():
        if _compared(node, parents, read_only):
            readers.setdefault(node.value, set()).add(module)
    return readers


def _compared_constants(tree: ast.Module, parents: dict[ast.AST, ast.AST]) -> set[str]:
    """Module constants ("_ROW_RULES") read only in comparisons, or in other such constants."""
    assigned = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    uses = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in assigned]
    read_only = set(assigned)
    changed = True
    while changed:
        changed = False
        for use in uses:
            if use.id in read_only and not _in_a_test(use, parents, read_only - {use.id}):
                read_only.discard(use.id)
                changed = True
    return read_only


def _readers_deciding_elsewhere() -> set[str]:
    """The body rows' readers that never use the rule's name they are given: the decision is made, under its
    own name, by the pass they call (`read_label`) or before them (`already_decided`)."""
    tree = ast.parse((PACKAGE / "body_readers.py").read_text(encoding="utf-8"))
    return {
        f.name
        for f in tree.body
        if isinstance(f, ast.FunctionDef)
        and "rule" in [a.arg for a in f.args.args]
        and not any(isinstance(n, ast.Name) and n.id == "rule" for n in ast.walk(f))
    }


def _declares(call: ast.AST | None, elsewhere: set[str]) -> bool:
    """A table's row that names a rule another module's code decides by: a structure rule (`RunRule`, its
    detector writes the decision) or a body row whose reader decides elsewhere."""
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
        return False
    if call.func.id == "RunRule":
        return True
    reader = call.args[2] if call.func.id == "line_rule" and len(call.args) > 2 else None
    return isinstance(reader, ast.Name) and reader.id in elsewhere


def rule_writers() -> dict[str, set[str]]:
    """Every rule name, with the modules of the classifier that decide a line by it: a rule name in the source,
    unless it is only compared with a decision's rule, an example's key, or a table's row that names a rule
    another module decides by (`_declares`)."""
    elsewhere = _readers_deciding_elsewhere()
    writers: dict[str, set[str]] = {}
    for module, node, parents, read_only in _rule_names():
        if not _in_a_test(node, parents, read_only) and not _declares(parents.get(node), elsewhere):
            writers.setdefault(node.value, set()).add(module)
    return writers


def rule_map() -> str:
    """The README's map: each module of the classifier with the rules it decides by."""
    by_module: dict[str, list[str]] = {}
    for name, modules in rule_writers().items():
        for module in modules:
            by_module.setdefault(module, []).append(name)
    rows = [
        textwrap.fill(
            f"- `{m}`: " + ", ".join(f"`{n}`" for n in sorted(by_module[m])),
            width=116,
            subsequent_indent="  ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        for m in sorted(by_module)
    ]
    return "\n".join((BEGIN, *rows, END))


def readme_map(readme: str) -> str:
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    return readme[start:end]


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    if sys.argv[1:] == ["--write"]:
        README.write_text(text.replace(readme_map(text), rule_map()), encoding="utf-8")
    else:
        print(rule_map())
