"""Classes of pages the fifty-first probe set (tests/probes, FIFTY_FIRST_PAGES in test_probes.py) and the open
held-out sets showed the parser missing in the body: crossheads that quote the section below in other marks and
shapes than the house's ('Solid, not spectacular', ‘Where do the kids walk?’, « Réparer, c'est politique », a title
closing on a quoted term).
Each page here is written from scratch, and each is read printed a line a block and with a blank line between
every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Local News",
    "Valley growers split over plan to pipe water from the upper reservoir",
    "The irrigation board votes next month on a scheme that would end the weekly rota on the lower farms.",
    "By Ilse Marchetti",
    "April 2, 2025",
)
_BEFORE = (
    "Farmers on the lower terraces of the Ostrava valley have drawn water from the same open channel for more"
    " than a century, taking turns by a rota pinned to the door of the board's office.",
    "The board's engineers say a closed pipe from the upper reservoir would lose a tenth of the water the channel"
    " loses, and let every farm draw at the same time.",
)
_AFTER = (
    "At a meeting in the school hall on Tuesday, most of the lower growers spoke for the pipe, but several from the"
    " upper farms said it would leave their own wells short in a dry summer.",
    "The board's chair, Petra Hollis, said no decision had been taken and that the scheme would be put to a vote"
    " of all members in May.",
)


def _page(middle: str, spaced: bool, after: tuple[str, ...] = _AFTER) -> str:
    lines = [*_HEADER, *_BEFORE, middle, *after, "Related stories", "Council to review bin collection days"]
    return ("\n\n" if spaced else "\n").join(lines) + "\n"


# a crosshead made of quoted words: other marks, a comma, a question, a title closing on a quoted term
QUOTED_CROSSHEADS = [
    pytest.param("'Fair, but far too late'", id="straight single marks, one comma"),
    pytest.param("\u2018Who pays for the pipe?\u2019", id="curly single marks, a question"),
    pytest.param("\u00ab L'eau, c'est la vie \u00bb", id="guillemets with spaces and a comma"),
    pytest.param("\u201cNot one drop more\u201d", id="curly double marks"),
    pytest.param('"Enough is enough!"', id="straight double marks, an exclamation"),
    pytest.param("A \u201ctemporary\u201d rota for forty years", id="a quoted word inside a title"),
    pytest.param("Un projet \u00ab pour tout le monde \u00bb", id="a title closing on a quoted term"),
    pytest.param("The \u2018last summer\u2019 of the channel", id="single marks inside a title"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("crosshead", QUOTED_CROSSHEADS)
def test_quoted_crosshead_is_a_heading(crosshead: str, spaced: bool) -> None:
    """A few words in quotation marks, or a short title closing on a quoted term, alone between paragraphs: the
    section's crosshead, not a paragraph."""
    article = articlecli.parse(_page(crosshead, spaced))
    assert [h.text for h in article.headings] == [crosshead]
    assert crosshead not in [p.text for p in article.paragraphs]
    assert [p.text for p in article.paragraphs][-1] == _AFTER[-1]


# the reverse: lines in marks that are someone's words, kept as paragraphs
QUOTED_PARAGRAPHS = [
    pytest.param("\u201cPetra, why are we paying twice?\u201d", id="a question speaking to someone"),
    pytest.param("\u201cWe will not sign it.\u201d", id="a sentence with its stop"),
    pytest.param(
        "\u201cThe pipe is fine, the price is fine, but the rota worked and nobody asked us,\u201d one grower said.",
        id="a quote and its cue",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("said", QUOTED_PARAGRAPHS)
def test_quoted_words_said_are_no_heading(said: str, spaced: bool) -> None:
    """Words in marks that are a sentence, a question put to someone, or carry their cue: a paragraph."""
    article = articlecli.parse(_page(said, spaced))
    assert article.headings == ()
    assert said in [p.text for p in article.paragraphs]
