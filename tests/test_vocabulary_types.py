"""The records' enumerated fields are typed with the vocabularies of `model.py`: mypy --strict rejects a
record built with a value outside them (at run time the fields are plain strings)."""

from __future__ import annotations

import pytest

api = pytest.importorskip("mypy.api", reason="mypy is a test extra: pip install 'articlecli[test]'")

HEAD = """\
from articlecli.classify.page import Decision, Role
from articlecli.model import BodyBlock, DateValue, DocumentError, Mention, Note, Quote, Removed, Source, Term
"""

# (a record built, whether mypy accepts it)
CASES = [
    ('Note("bio", "Jane Doe is a reporter in Harbourton.", 9)', True),
    ('Note("footnote", "Jane Doe is a reporter in Harbourton.", 9)', False),
    ('Removed("Share this story", "share", 3)', True),
    ('Removed("Share this story", "sharing", 3)', False),
    ('Quote("We won,", "Ann Lee", None, "said", "paragraph", 0, 1, 8, "full")', True),
    ('Quote("We won,", "Ann Lee", None, "said", "paragraph", 0, 1, 8, "whole")', False),
    ('Quote("We won,", "Ann Lee", None, "said", "sidebar", 0, 1, 8, "full")', False),
    ('Term("tiny homes", "para", 0, 4, 14)', False),
    ('BodyBlock("heading", "What happens next", 12)', True),
    ('BodyBlock("subheading", "What happens next", 12)', False),
    ('DateValue("2024-03-03", "March 3", "March 3", "year-from-article")', True),
    ('DateValue("2024-03-03", "March 3", "March 3", "guessed")', False),
    ('Mention("on Oct. 29", None, 4, "unknown")', False),
    ('DocumentError(Source(), "html", 1, "not an export")', False),
    ('Decision(Role.DEBRIS, "advertisement", rule="body/debris")', True),
    ('Decision(Role.DEBRIS, "ad", rule="body/debris")', False),
    ('Decision("para", rule="body/paragraph")', False),
    ('Decision(Role.NOTE, note_kind="aside", rule="tail/end-note")', False),
]


@pytest.fixture(scope="module")
def flagged(tmp_path_factory: pytest.TempPathFactory) -> set[int]:
    """The numbers of the cases mypy --strict rejects, each case on its own line after HEAD."""
    folder = tmp_path_factory.mktemp("types")
    source = folder / "records.py"
    source.write_text(HEAD + "".join(f"{record}\n" for record, _ in CASES), encoding="utf-8")
    out, _, _ = api.run(["--strict", "--cache-dir", str(folder / "cache"), "--python-version", "3.10", str(source)])
    lines = [line for line in out.splitlines() if line.startswith(str(source)) and "[arg-type]" in line]
    return {int(line.split(":")[1]) - HEAD.count("\n") - 1 for line in lines}


@pytest.mark.parametrize(("number", "record", "accepted"), [(n, r, ok) for n, (r, ok) in enumerate(CASES)])
def test_mypy_accepts_a_record_exactly_when_its_values_are_in_the_vocabulary(
    flagged: set[int], number: int, record: str, accepted: bool
) -> None:
    assert (number not in flagged) == accepted, record
