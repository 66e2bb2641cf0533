"""Short lines between paragraphs: which are subheadings, and which only stand where one would.

Each case is a line set between two paragraphs of a short page written from scratch; the table says
whether the parser keeps it as a subheading, and if not, whether it stays text or is removed (and why).
"""

from __future__ import annotations

import pytest

import articlecli

_PAGE = """Harbour library to close after ninety years

By Lena Ortiz

April 2, 2024

The town's library will close its doors in June, after the council failed to find the money to repair its roof.

{line}

Most of the books will move to the school across the square, where a reading room is due to open in January.

The council will decide in March whether the building is sold or kept for the town, a spokesman said.
"""

# (the line, what it is: "heading", "paragraph" or the reason it is removed)
LINES = [
    # a sentence with something after its full stop is a sentence, not a title
    ("We queued for an hour before the doors opened. 🙁", "paragraph"),
    ("Why the roof matters. (More)", "non-prose"),
    # a widget's words glued to the end of the text before them
    ("Thanks for reading!Visit Website", "non-prose"),
    ("Nobody saw the bill coming.'Click To Tweet", "paragraph"),
    # the site's show or app promoted where a subheading would stand
    ("THE HARBOUR HOUR -- NOW ON YOUTUBE!", "promo"),
    ("Harbour Hour, Episode 12 -- Watch Now", "promo"),
    ("GET THE CHECKLIST: FREE DOWNLOAD!", "promo"),
    # who supplied the story
    ("Provided by Harbour County Council", "sponsor"),
    # negative cases: titles these rules leave alone
    ("Costs doubled in a year", "heading"),
    ("What happens to the books?", "heading"),
    ("Ready? Set? Read!", "heading"),
    ("Watching the roof fall in", "heading"),
    # a subheading naming what a promotion would (its call neither closing the line after a dash nor in capitals)
    ("Why the library found fans on YouTube", "heading"),
    ("How to watch now that the council streams its meetings", "heading"),
    ("What the new episodes of the council's podcast will cover", "heading"),
]


def _what(line: str) -> str:
    article = articlecli.parse(_PAGE.format(line=line))
    if line in [h.text for h in article.headings]:
        return "heading"
    if line in [p.text for p in article.paragraphs]:
        return "paragraph"
    reasons = [r.reason for r in article.removed if r.text == line]
    return reasons[0] if reasons else "missing"


@pytest.mark.parametrize(("line", "what"), LINES, ids=[line for line, _ in LINES])
def test_a_line_between_paragraphs(line: str, what: str) -> None:
    assert _what(line) == what


_GLUED = """Harbour library to close after ninety years
By Lena Ortiz
April 2, 2024
The town's library will close its doors in June, after the council failed to find the money to repair its roof.
Most of the books will move to the school across the square, where a reading room is due to open in January.
Image caption,
Volunteers pack the first boxes of books in the reading room
{line}
Ada Rowe, 79, has borrowed books from the library every week since she was a girl, and her mother before her.
She has given the library her mother's reading diaries, which list every book the family borrowed since 1931.
"""


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("A family story", True),  # a subheading printed right under a picture's caption
        ("Ada Rowe at the library door", True),
    ],
)
def test_a_subheading_right_under_a_caption(line: str, heading: bool) -> None:
    article = articlecli.parse(_GLUED.format(line=line))
    assert [c.text for c in article.captions] == ["Volunteers pack the first boxes of books in the reading room"]
    assert (line in [h.text for h in article.headings]) is heading


def test_a_label_under_a_videos_blurb_is_not_a_subheading() -> None:
    blurb = "Video: At the county book fair, the head librarian says what the closure means for readers."
    page = _PAGE.format(line=blurb + "\n\nBOOKFAIR TALKS")
    article = articlecli.parse(page)
    assert "BOOKFAIR TALKS" not in [h.text for h in article.headings]
    assert ("BOOKFAIR TALKS", "player") in [(r.text, r.reason) for r in article.removed]
