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
