"""End notes as printed under real stories: what kind each is and whom it credits."""

from __future__ import annotations

import pytest

from articlecli.classify import note_kind
from articlecli.notes import contributors

# (line, kind, [(name, role), ...])
NOTES = [
    ("Reuters contributed to this article.", "contributors", [("Reuters", "contributed")]),
    ("Jane Doe contributed reporting from Kyiv.", "contributors", [("Jane Doe", "contributed")]),
    (
        "Associated Press writer Lisa Mascaro contributed to this report.",
        "contributors",
        [("Lisa Mascaro", "contributed")],
    ),
    (
        "Contributing: John Roe, USA TODAY; The Associated Press",
        "contributors",
        [("John Roe", "contributed"), ("The Associated Press", "contributed")],
    ),
    ("Contributing: Jane Doe and Ali Khan", "contributors", [("Jane Doe", "contributed"), ("Ali Khan", "contributed")]),
    (
        "— With assistance from Jane Doe and Ali Khan",
        "contributors",
        [("Jane Doe", "contributed"), ("Ali Khan", "contributed")],
    ),
    (
        "(Reporting by Noor Haddad; Writing by Tom Hale; Editing by Jo Lee)",
        "credits",
        [("Noor Haddad", "reporting"), ("Tom Hale", "writing"), ("Jo Lee", "editing")],
    ),
    ("Additional reporting by Tom Hale in Paris", "credits", [("Tom Hale", "additional reporting")]),
    ("Correction: An earlier version of this story misstated the date of the vote.", "correction", []),
    ("This article was originally published on The Conversation.", "origin", []),
]


@pytest.mark.parametrize(("line", "kind", "credited"), NOTES, ids=[n[0][:40] for n in NOTES])
def test_end_note(line: str, kind: str, credited: list[tuple[str, str]]) -> None:
    assert note_kind(line) == kind
    assert [(c.name, c.role) for c in contributors(line)] == credited


@pytest.mark.parametrize(
    "line",
    [
        "Contributing to the fund were 40 donors from across the state.",
        "The company contributed $2 million to the campaign, filings show.",
        "Reporters were kept behind a fence during the visit.",
    ],
)
def test_not_an_end_note(line: str) -> None:
    assert note_kind(line) is None
