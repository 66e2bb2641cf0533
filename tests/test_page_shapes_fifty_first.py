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


_GUIDE_HEADER = (
    "Reviews",
    "The best e-bike lights for winter commuting, tested on unlit roads",
    "We rode six lights for a month of dark mornings. Three are worth their price.",
    "By Tomasz Wrona",
    "November 20, 2025",
)
_GUIDE_INTRO = (
    "Most bikes come with a light that lets others see you, not one that lets you see the road. On an unlit lane"
    " at six in the morning, that difference matters.",
    "We rode every light on the same 14-kilometre route twice a week and timed each battery from full to empty.",
)
_GUIDE_ITEMS = (
    (
        "1. Lumera Beam 900 – best overall",
        "The Beam 900 lit the whole lane and both verges, and its mount did not slip once on the cobbles by the"
        " station.",
        "£64.99 at Cyclepath",
    ),
    (
        "2. Rook Night Rider – best budget light",
        "Half the price of the Lumera and not half as bright, though its beam is narrow on fast descents.",
        "£29.00 at Halford Lane",
    ),
    (
        "3. Orbis Dual – best for long rides",
        "Two batteries you can swap at the roadside mean it never left us in the dark on a long ride.",
        "£89.50 at Cyclepath",
    ),
)

# the row of specifications under each item's text: labelled figures parted by bars or dots, of other kinds
SPEC_ROWS = [
    pytest.param(
        (
            "Output 900 lm | Battery 3 h | Weight 140 g",
            "Output 400 lm | Battery 5 h | Weight 95 g",
            "Output 1,200 lm | Battery 2 x 4 h | Weight 210 g",
        ),
        id="bars, three fields",
    ),
    pytest.param(
        ("Lumens: 900 · Runtime: 3 hrs", "Lumens: 400 · Runtime: 5 hrs", "Lumens: 1200 · Runtime: 8 hrs"),
        id="dots, labels with colons",
    ),
    pytest.param(
        ("Range 60 km | Price £1,299", "Range 35 km | Price £849", "Range 90 km | Price £1,950"),
        id="bars, two fields, a price among them",
    ),
]


def _guide(rows: tuple[str, ...], spaced: bool) -> str:
    body: list[str] = list(_GUIDE_INTRO)
    for (title, text, shop), row in zip(_GUIDE_ITEMS, rows, strict=True):
        body += [title, text, row, shop]
    lines = [*_GUIDE_HEADER, *body, "How we tested", _AFTER[0], "You might also like", "The best bike locks"]
    return ("\n\n" if spaced else "\n").join(lines) + "\n"


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("rows", SPEC_ROWS)
def test_spec_row_is_the_items_paragraph(rows: tuple[str, ...], spaced: bool) -> None:
    """A row of labelled figures parted by bars or dots under an item's text is the item's row of the story, not a
    heading (nor a teaser that takes the next item's title with it) and not a widget: every item title stays a
    heading, the retailer lines go."""
    article = articlecli.parse(_guide(rows, spaced))
    assert [h.text for h in article.headings] == [title for title, _, _ in _GUIDE_ITEMS] + ["How we tested"]
    paragraphs = [p.text for p in article.paragraphs]
    assert all(row in paragraphs for row in rows)
    assert not {shop for _, _, shop in _GUIDE_ITEMS} & set(paragraphs)


# a fact box's rows whose figures carry their magnitude or change in words
FIGURE_ROWS = [
    pytest.param(
        ("Revenue: R2.1 billion (up 4%)", "Operating profit: R310 million (down 12%)", "Staff: 4,200"),
        id="billions and a change in brackets",
    ),
    pytest.param(
        ("Turnover: Rs 38 crore", "Net profit: Rs 2.4 crore (up 11%)", "Dividend: 120 per cent"),
        id="crore and per cent",
    ),
    pytest.param(("Sales: €61 million", "Dividend: 14 cents", "Debt: €1.2 billion"), id="cents among millions"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("rows", FIGURE_ROWS)
def test_fact_box_figures_in_words_are_rows(rows: tuple[str, ...], spaced: bool) -> None:
    """A fact box of `Label: figure` rows, the figures with a magnitude or a change in words, set between the
    story's paragraphs (the price in them is no product's): its rows are paragraphs, never item headings."""
    article = articlecli.parse(_page("\n".join(rows), spaced))
    assert not {h.text for h in article.headings} & set(rows)
    paragraphs = [p.text for p in article.paragraphs]
    assert all(row in paragraphs for row in rows)
    assert paragraphs[-1] == _AFTER[-1]
