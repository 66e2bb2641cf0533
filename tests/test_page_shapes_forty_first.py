"""Classes of pages the forty-first probe set (tests/probes, FORTY_FIRST_PAGES in test_probes.py) showed the
parser missing, on pages with pictures: a paper's own credit, `Herald Photo by Name`, in brackets after its caption or
on its own line; a copyright mark before an agency and a photographer (`© Agency / Name`) read as the page's
copyright notice; a credit printed above its caption between two paragraphs, where the story's paragraph above it
(two sentences, a quotation, a long sentence) is of another shape than the one short sentence under it; a credit
under a player's label or a reading time, above the lead picture's caption. Each page here is written from
scratch, and each is read printed a line a block and with a blank line between every two lines.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli import captions as C

from .pages import captions as _captions
from .pages import join_lines
from .pages import paragraphs as _paragraphs

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Coastal Affairs",
    "Fishing co-operative opens its first cold store at Marrowby harbour",
    "By Oskar Lindqvist",
    "June 3, 2024",
)
_BODY = (
    "The Marrowby Fishers' Co-operative opened a cold store on the harbour wall on Monday, its first in 40 years.",
    "Members had sold their catch on the quay the same morning or lost it, the co-operative's chair said.",
    "The store holds 60 tonnes and was paid for with a regional grant and a loan from the members.",
    "Prices for hake at the Tuesday auction rose by a fifth after the store opened, traders said.",
    "The co-operative plans a second store at Kellan Point next year.",
)
_FOOTER = ("Related", "Harbour dredging to start in autumn", "Contact us", "© 2024 The Marrowby Mercury")


def _page(*middle: str, after: int = 2, spaced: bool = False) -> str:
    lines = [*_HEADER, *_BODY[:after], *middle, *_BODY[after:], *_FOOTER]
    return join_lines(lines, spaced)


# (a credit line, the credit): a paper's own credit before "Photo by" and a name, kept whole; a copyright mark
# before an agency and a photographer
CREDIT_FORMS = [
    pytest.param("Mercury Photo by Dagny Holm", "Mercury Photo by Dagny Holm", id="paper photo by"),
    pytest.param("Valley Times Staff Photo by Mara Quint", "Valley Times Staff Photo by Mara Quint", id="staff photo"),
    pytest.param("Courier Picture by Dan Obi", "Courier Picture by Dan Obi", id="paper picture by"),
    pytest.param("(Tribune Photos by Ama Owusu)", "Tribune Photos by Ama Owusu", id="in brackets"),
    pytest.param("Drone photo by Jo Lee", "Jo Lee", id="a picture's kind is a label"),
    pytest.param("The Mail photo by the author", None, id="no name after by"),
    pytest.param("Our Photo by Kind Permission", None, id="a possessive, not a paper"),
    pytest.param("Harbour Photo by Night", None, id="no name after by, a title"),
    pytest.param("Rita Chow, The Harbour Herald", "Rita Chow, The Harbour Herald", id="name comma paper"),
    pytest.param("Kofi Mensah, Volta TV News", "Kofi Mensah, Volta TV News", id="name comma broadcaster"),
    pytest.param("DAGNY HOLM, THE MARROWBY MERCURY", None, id="an outlet with no head word"),
    pytest.param("INES FERRO, THE KELLAN LEDGER", "INES FERRO, THE KELLAN LEDGER", id="in capitals"),
    pytest.param("Dagny Holm, Marrowby", None, id="a name and a town"),
    pytest.param("Dagny Holm, Herald reporter", None, id="a name and a job"),
    pytest.param("© NordPix / Dagny Holm", "NordPix / Dagny Holm", id="copyright agency slash name"),
    pytest.param("© Dagny Holm | Coastline Press", "Dagny Holm | Coastline Press", id="copyright name bar outlet"),
]


@pytest.mark.parametrize(("line", "credit"), CREDIT_FORMS)
def test_credit_forms(line: str, credit: str | None) -> None:
    assert C.credit_only(line) == credit


# (a caption with its credit in brackets after it, or after its full stop, the caption, the credit)
BRACKETED_HOUSE_CREDITS = [
    pytest.param(
        "Skippers queue for ice at the new store on Monday. Ines Ferro, Coast Weekly News",
        "Skippers queue for ice at the new store on Monday.",
        "Ines Ferro, Coast Weekly News",
        id="name comma outlet after the stop",
    ),
    pytest.param(
        "Net menders at work on the harbour wall on Monday. (Mercury Photo by Dagny Holm)",
        "Net menders at work on the harbour wall on Monday.",
        "Mercury Photo by Dagny Holm",
        id="paper photo by",
    ),
    pytest.param(
        "The new cold store seen from the breakwater. (Coast Weekly Picture by Ines Ferro)",
        "The new cold store seen from the breakwater.",
        "Coast Weekly Picture by Ines Ferro",
        id="two-word paper picture by",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "caption", "credit"), BRACKETED_HOUSE_CREDITS)
def test_a_caption_with_a_house_credit_in_brackets(line: str, caption: str, credit: str, spaced: bool) -> None:
    page = _page(line, after=3, spaced=spaced)
    assert _captions(page) == [(caption, credit)]
    assert _paragraphs(page) == list(_BODY)


# (the story's paragraph above the credit, the credit line, the caption under it, the credit): the paragraph above
# is of another shape than the short sentence under the credit
STORY_CREDIT_CAPTION = [
    pytest.param(
        "The harbour board approved the plan in March. Building work began a month later.",
        "© NordPix / Dagny Holm",
        "Members unload boxes of hake into the new store.",
        "NordPix / Dagny Holm",
        id="two sentences over a copyright credit",
    ),
    pytest.param(
        '"We were throwing fish back into the sea some days," said Birgit Aas, who chairs the co-operative.',
        "Submitted photo",
        "The co-operative's first boats at the quay in 1984.",
        "Submitted photo",
        id="a quotation over a submitted photo",
    ),
    pytest.param(
        "The store, designed by a firm from Kellan and built by local joiners over the winter months, runs on "
        "power from solar panels fitted to the roof of the old net loft beside it.",
        "Ines Ferro | Marrowby Mercury",
        "Solar panels on the roof of the net loft.",
        "Ines Ferro | Marrowby Mercury",
        id="a long sentence over a name and outlet",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("story", "credit_line", "caption", "credit"), STORY_CREDIT_CAPTION)
def test_a_credit_between_the_story_and_a_short_caption_is_the_caption_under_it(
    story: str, credit_line: str, caption: str, credit: str, spaced: bool
) -> None:
    page = _page(story, credit_line, caption, after=3, spaced=spaced)
    assert _captions(page) == [(caption, credit)]
    assert story in _paragraphs(page)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_line_carrying_the_story_on_under_a_credit_is_no_caption(spaced: bool) -> None:
    """Under the credit, a sentence opening with a pronoun carries the story on: the credit stays with the short
    caption above it."""
    caption = "Hake on ice in the new store on Monday."
    below = "It will also hold crab and lobster from next month."
    page = _page(caption, "Photo: Dagny Holm", below, after=3, spaced=spaced)
    assert _captions(page) == [(caption, "Dagny Holm")]
    assert below in _paragraphs(page)


# (the furniture under the date, above the lead picture's credit)
LEAD_PICTURE_OPENERS = [
    pytest.param(("Listen to this article", "4 min"), id="a player and a reading time"),
    pytest.param(("5 min read",), id="a reading time"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("opener", LEAD_PICTURE_OPENERS)
def test_a_credit_under_a_player_or_reading_time_credits_the_caption_under_it(
    opener: tuple[str, ...], spaced: bool
) -> None:
    caption = "Boats moored beside the new cold store at dawn."
    lines = (*_HEADER, *opener, "© NordPix / Dagny Holm", caption, *_BODY, *_FOOTER)
    page = ("\n\n" if spaced else "\n").join(lines) + "\n"
    assert _captions(page) == [(caption, "NordPix / Dagny Holm")]
    assert _paragraphs(page) == list(_BODY)


# (a gallery set inside the story, its credits a name and an outlet after a bar, under each caption)
GALLERIES_WITH_BAR_CREDITS = [
    pytest.param(
        (
            ("1/2", "Boxes of hake stacked in the store.", "Dagny Holm | Marrowby Mercury"),
            ("2/2", "The harbour master opens the doors.", "Dagny Holm | Marrowby Mercury"),
        ),
        id="counters, one photographer",
    ),
    pytest.param(
        (
            ("Photo 1 of 3", "Skippers queue for ice on Monday.", "Ines Ferro | Coast Weekly"),
            ("Photo 2 of 3", "A crate of crab from Kellan Point.", "Ines Ferro | Coast Weekly"),
            ("Photo 3 of 3", "Children watch from the harbour wall.", "Tom Aas | Marrowby Mercury"),
        ),
        id="photo n of m, two photographers",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("slides", GALLERIES_WITH_BAR_CREDITS)
def test_a_gallery_with_bar_credits_inside_the_story_does_not_end_it(
    slides: tuple[tuple[str, str, str], ...], spaced: bool
) -> None:
    lines = [line for slide in slides for line in slide]
    page = _page(*lines, after=3, spaced=spaced)
    assert _captions(page) == [(caption, credit) for _, caption, credit in slides]
    assert _paragraphs(page) == list(_BODY)


# (a broadcaster's video caption: the label and the video's title on one line)
MEDIA_CAPTIONS = [
    pytest.param(("Media caption, Watch: Skippers on the first day of the store",), id="one line"),
    pytest.param(("Video caption, The store's first catch is weighed in",), id="video caption"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("lines", MEDIA_CAPTIONS)
def test_a_media_caption_is_no_heading_or_paragraph(lines: tuple[str, ...], spaced: bool) -> None:
    page = _page(*lines, after=3, spaced=spaced)
    parsed = articlecli.parse(page)
    assert [h.text for h in parsed.headings] == []
    assert [p.text for p in parsed.paragraphs] == list(_BODY)
