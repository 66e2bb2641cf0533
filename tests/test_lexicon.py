"""The lexicon holds knowledge the package uses: a table nothing reads is knowledge written twice or dead.

A table counts as used when code of the package reads it by name (`L.WIRE_AGENCIES`, or a bare
`WIRE_AGENCIES` imported from the lexicon), including a table of the lexicon built from it; a
name in a comment or a docstring does not count.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from articlecli import lexicon

PACKAGE = Path(lexicon.__file__).resolve().parent


def _tables() -> list[str]:
    """The public tables of lexicon.py, in the order they are written."""
    return [
        n
        for n, v in vars(lexicon).items()
        if n.isupper()
        and not n.startswith("_")
        and (isinstance(v, tuple | dict | frozenset) or (n.endswith("_TEXT") and isinstance(v, str)))
    ]  # (a list kept as its text, `..._TEXT`, is cut where it is read: one string is cheaper to start with)


@functools.cache
def _names_read() -> frozenset[str]:
    """Every name the package's code reads, bare (`X`) or as an attribute (`L.X`)."""
    read: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                read.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                read.add(node.attr)
    return frozenset(read)


# Unused today, each in a block another area is changing: they fail here until that area builds its
# patterns from them (issue 12 item 5), and then pass, and the strict xfail says to drop the mark.
_UNUSED: dict[str, str] = {}


@pytest.mark.parametrize(
    "table",
    [pytest.param(t, marks=pytest.mark.xfail(reason=f"#12: {_UNUSED[t]}")) if t in _UNUSED else t for t in _tables()],
)
def test_every_lexicon_table_is_used(table: str) -> None:
    assert table in _names_read(), f"lexicon.{table} is read nowhere in the package: build a pattern from it or drop it"


def test_the_tables_are_every_public_name_the_lexicon_assigns() -> None:
    """The tables tested above are those lexicon.py writes, so none escapes the test by its type."""
    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    assigned = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name) and not target.id.startswith("_")
    ]
    assert assigned == _tables()


def test_a_journalists_role_head_is_a_role_head_written_once() -> None:
    """`ROLE_HEADS` is built from `JOURNALIST_ROLE_HEADS` and the other heads: no head is written in both."""
    others = lexicon.ROLE_HEADS[len(lexicon.JOURNALIST_ROLE_HEADS) :]
    assert lexicon.ROLE_HEADS[: len(lexicon.JOURNALIST_ROLE_HEADS)] == lexicon.JOURNALIST_ROLE_HEADS
    assert not set(others) & set(lexicon.JOURNALIST_ROLE_HEADS)
    assert len(set(lexicon.ROLE_HEADS)) == len(lexicon.ROLE_HEADS)


def test_read_also_labels_and_box_titles_are_written_in_their_comparison_form() -> None:
    """`classify.evidence` reads `FOREIGN_READ_ALSO` and its labels, and `classify.words.box_titles` reads `BOX_TITLES`
    (an apostrophe made a space), as comparison keys, none through `key_of` (no cost at start-up)."""
    from articlecli.classify.words import key_of

    assert all(key_of(t) == t for t in (*lexicon.FOREIGN_READ_ALSO, *lexicon.FOREIGN_READ_ALSO_LABELS))
    assert all(key_of(t) == t.replace("'", " ") for t in lexicon.BOX_TITLES)
