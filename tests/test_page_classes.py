"""Classes of line the third set of probe pages showed (tables of contents, transcript stage directions,
sign-up consent notices, a credit under the share row), each read in a short page written from scratch."""

from __future__ import annotations

import pytest

import articlecli.classify.examples as ex
from articlecli import parse
from articlecli.classify import read_example
from articlecli.classify.page import Role

_ANSWER = "The council expects to set the new charges at its meeting in June, after a month of consultation."
_MORE = "Residents can comment online or at the town hall until the end of May, the council said on Monday."


def _decided(page_text: str, line: str) -> tuple[str, str | None, str]:
    """The role, the reason and the rule of the first line of `page_text` that reads `line`."""
    page = read_example(page_text)
    i = next(k for k, ln in enumerate(page.lines) if ln.text == line)
    d = page.decisions[i]
    return (str(d.role), d.reason, d.rule)


# A table of contents above the sections: its lines come back below as headings, so they are links.
CONTENTS = [
    ("Jump to:", ["What changes in June?", "Who pays more?"]),
    ("On this page", ["The new charges", "Who is exempt"]),
    ("Contents", ["Why now", "What it costs"]),
]


@pytest.mark.parametrize(("label", "titles"), CONTENTS, ids=[c[0] for c in CONTENTS])
def test_a_table_of_contents_is_links(label: str, titles: list[str]) -> None:
    sections = [s for n, t in enumerate(titles) for s in (t, f"{_ANSWER[:-1]}, said council officer number {n}.")]
    page = ex.story("\n".join((label, *titles)), *sections, _MORE)
    assert _decided(page, label) == (str(Role.DEBRIS), "label", "runs/contents-list")
    for title in titles:
        assert _decided(page, title) == (str(Role.DEBRIS), "link", "runs/contents-list")


def test_a_heading_printed_once_more_alone_is_no_table_of_contents() -> None:
    page = ex.body("Who pays more?", _ANSWER, "What changes in June?", _MORE, "Who pays more?", _ANSWER)
    assert _decided(page, "Who pays more?")[2] != "runs/contents-list"


# A broadcast transcript's stage direction: a line in capitals inside brackets, kept as the transcript prints it
DIRECTIONS = ["(SOUNDBITE OF ARCHIVED BROADCAST)", "(LAUGHTER)", "(CROWD CHEERING)", "(BEGIN VIDEO CLIP)"]


@pytest.mark.parametrize("line", DIRECTIONS)
def test_a_stage_direction_is_no_heading(line: str) -> None:
    page = ex.body("JO PARK, HOST: The harbour opens at dawn.", line, "ANN LEE: We were there by five.")
    assert _decided(page, line) == (str(Role.PARAGRAPH), None, "body/transcript-direction")


# The consent notice of a newsletter box, however long: page furniture
CONSENT = [
    (
        "We use your sign-up to send you the stories you chose and to understand what readers like; we may show "
        "you offers from us and our partners based on that. You can unsubscribe whenever you wish. Details"
    ),
    (
        "By signing up you agree that Harbour Media may email you its newsletters and offers, and you accept our "
        "terms and our privacy notice, which explain how your data is used and how you can withdraw your consent."
    ),
]


@pytest.mark.parametrize("line", CONSENT, ids=[c[:30] for c in CONSENT])
def test_a_sign_up_consent_notice_is_furniture(line: str) -> None:
    assert _decided(ex.body(line), line)[:2] == (str(Role.DEBRIS), "newsletter")


# A credit printed right under the share row opens the lead picture: it credits the caption below it
SHARE_ROWS = [
    ("Share\nEmail", "Photo: Jo Lee/Harbor Press", "Ferry passengers queue at the terminal on Monday."),
    ("Partager sur Facebook\nCopier le lien", "Crédit photo : Léa Roux", "Des passagers attendent le ferry, lundi."),
    ("Condividi\nWhatsApp", "Foto: Marco Villa", "I passeggeri in coda al terminal, lunedì."),
]


@pytest.mark.parametrize(("row", "credit", "caption"), SHARE_ROWS, ids=[r[1] for r in SHARE_ROWS])
def test_a_credit_under_the_share_row_credits_the_caption_below(row: str, credit: str, caption: str) -> None:
    page = ex.header(ex.HEADLINE, ex.BYLINE, "May 4, 2024\n" + row + "\n" + credit + "\n" + caption)
    assert _decided(page, caption) == (str(Role.CAPTION), None, "pictures/caption-under-share-row-credit")
    assert _decided(page, credit)[:2] == (str(Role.DEBRIS), "caption-credit")


# The signature of a notice or letter reprinted whole: a line of its text, never a heading
SIGNATURES = [
    "Issued by: Ruth Okafor, Chief Executive, Harbour District Council",
    "Signed: Tom Ash, Clerk to the Parish Council",
    "Approved by the Harbour Board, 4 March 2024",
]


@pytest.mark.parametrize("line", SIGNATURES, ids=[s[:12] for s in SIGNATURES])
def test_a_notice_signature_is_no_heading(line: str) -> None:
    page = ex.body("The harbour car park will close to vehicles from Monday while the surface is relaid.", line)
    assert _decided(page, line) == (str(Role.PARAGRAPH), None, "body/signature-line")


# A desk or agency signing with a pipe and the date's label after it: the desk is the author, the date read
DESK_DATE_LINES = [
    ("TNN | Updated: Apr 2, 2024, 08:10 IST", "TNN", "2024-04-02"),
    ("PTI | Updated: Apr 2, 2024, 08:10 IST", "PTI", "2024-04-02"),
    ("IANS | Published: Apr 2, 2024, 08:10 IST", "IANS", "2024-04-02"),
]


@pytest.mark.parametrize(("line", "author", "date"), DESK_DATE_LINES, ids=[d[0][:4] for d in DESK_DATE_LINES])
def test_a_desk_with_a_pipe_and_a_date_label_signs_the_story(line: str, author: str, date: str) -> None:
    article = parse(f"{ex.HEADLINE}\n\n{line}\n\n{ex.OPENING}\n\n{ex.MIDDLE}\n")
    assert [a.name for a in article.authors] == [author]
    assert article.published is not None and article.published.iso[:10] == date
