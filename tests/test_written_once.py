"""Knowledge written once: where a module needs a subset of a lexicon table, or two tables share entries, the
subset is derived from the table and the shared entries are a table of their own; each test here fails when a copy
drifts from the table it was taken from (a word added to one and not the other)."""

from __future__ import annotations

from articlecli import lexicon as L


def test_courtesy_titles_do_not_drift_between_the_foreign_and_the_regional_titles() -> None:
    """The courtesy titles ("Señora", "Herr") are one table that both others hold whole, and neither writes again."""
    for table in (L.FOREIGN_TITLES, L.REGIONAL_TITLES):
        assert len(set(table)) == len(table)
        at = table.index(L.FOREIGN_COURTESY_TITLES[0])
        assert table[at : at + len(L.FOREIGN_COURTESY_TITLES)] == L.FOREIGN_COURTESY_TITLES


def test_no_module_binds_a_name_twice() -> None:
    """A module-level name bound twice (`_COURTESY_TITLES` with the honorifics, then without) is knowledge written
    twice that has drifted: every function reads the last binding, whatever the first one's neighbours meant."""
    import ast
    from collections import Counter
    from pathlib import Path

    twice = []
    for path in sorted(Path(L.__file__).resolve().parent.rglob("*.py")):
        bound: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                bound.update(t.id for t in targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                bound[node.name] += 1
        twice += [f"{path.name}: {name}" for name, n in bound.items() if n > 1]
    assert twice == []
