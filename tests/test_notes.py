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
    # any wire agency (lexicon.WIRE_AGENCIES) and any role (lexicon.ROLE_HEADS) before the name
    ("Kyodo correspondent Ken Sato contributed reporting from Osaka.", "contributors", [("Ken Sato", "contributed")]),
    ("Bloomberg News producer Ana Ruiz contributed to this report.", "contributors", [("Ana Ruiz", "contributed")]),
    ("The Harbour Times' intern Jane Doe contributed to this report.", "contributors", [("Jane Doe", "contributed")]),
    ("Contributing writer Jane Doe contributed to this report.", "contributors", [("Jane Doe", "contributed")]),
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
    # the visual work credited beside the text (lexicon.CREDIT_ROLES)
    (
        "(Reporting by Noor Haddad; Photography by Lena Park; Illustrations by Omar Pike)",
        "credits",
        [("Noor Haddad", "reporting"), ("Lena Park", "photography"), ("Omar Pike", "illustrations")],
    ),
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


STORY = """City council approves new budget after long debate

By Jane Doe

March 3, 2024

The city council approved a new budget on Tuesday after a debate that lasted more than six hours.

"We made hard choices tonight," said council president Maria Lopez, who cast the deciding vote.

The budget takes effect in July and includes a small increase in property taxes for most homeowners.

{last}
"""


@pytest.mark.parametrize(
    ("last", "kind"),
    [
        ("Jane Doe is a reporter for the Springfield Tribune covering city hall.", "bio"),
        # a bio that closes with a call to follow its author is a bio all the same
        (
            "Jane Doe is a reporter for the Springfield Tribune covering city hall. Follow her on Twitter @janedoe.",
            "bio",
        ),
        ("Jane Doe covers city hall for the Tribune. Follow her on X @janedoe.", "bio"),
        ("Jane Doe is a staff writer covering education. Email her at jdoe@tribune.example.", "bio"),
        # a call to follow the author is no sentence about her: page furniture
        ("Follow Jane Doe on Twitter @janedoe.", "promo"),
        # a bio of someone who did not write the story is no author's bio
        ("Maria Lopez is a lawyer who has served on the council since 2016. Follow her on Twitter @mlopez.", "promo"),
    ],
)
def test_an_authors_bio_at_the_end_is_an_end_note(last: str, kind: str) -> None:
    from articlecli import parse

    article = parse(STORY.format(last=last))
    assert [p.text for p in article.paragraphs][-1].startswith("The budget takes effect")
    found = [(n.kind, n.text) for n in article.notes] + [(r.reason, r.text) for r in article.removed]
    assert found == [(kind, last)]


@pytest.mark.parametrize("line", ["Contributing: Jane Doe, Harbour Times", "— With additional reporting by Jane Doe"])
def test_an_end_notes_contributors_label_is_read_alike_where_it_is_found_and_where_it_is_read(line: str) -> None:
    """`patterns.CONTRIBUTING_LEAD` (which finds the note) and `notes._CONTRIBUTING_LABEL` (which reads its names)
    are built from the same labels, `patterns.CONTRIBUTING_LABEL` and `patterns.WITH_CONTRIBUTORS`."""
    from articlecli import notes as notes_text
    from articlecli import patterns as P

    for pattern in (P.CONTRIBUTING_LEAD, notes_text._CONTRIBUTING_LABEL):
        assert P.CONTRIBUTING_LABEL in pattern.pattern and P.WITH_CONTRIBUTORS in pattern.pattern
    assert P.CONTRIBUTING_LEAD.match(line)
    m = notes_text._CONTRIBUTING_LABEL.match(line)
    assert m is not None and m.group("names").startswith("Jane Doe")
