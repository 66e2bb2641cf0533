"""The header furniture of big outlets' article pages, and a speaker of a body they quote (the thirty-second probe
set: a UK national daily, a US business site, a German wire agency's English service, an Australian broadcaster, an
Indian magazine, a South African business daily).

Each case is a page or a few blocks written from scratch around one class (its id names it, as the commit that added
the rule does), in other words, outlets, countries and orders than the probe pages'.
"""

from __future__ import annotations

import pytest

import articlecli

from .pages import join_lines
from .speakers import speakers_of

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_STORY = (
    "The regional council approved a plan on Monday to close the Lindqvist ferry crossing for four months of repairs.",
    "Drivers will be sent on a 40-kilometre detour through Ostby while the ramps on both banks are rebuilt.",
    "“There was no cheaper way to do this, and waiting would only have made it worse,” council leader Ingrid Salo"
    " said.",
    "The crossing is due to reopen before the summer season begins in June.",
)


def _page(*header: str, story: tuple[str, ...] = _STORY, spaced: bool = False) -> str:
    lines = ["The Fjordland Courier", "News", "Business", "Sport", "Culture", *header, *story, "© 2024 Fjordland Media"]
    return join_lines(lines, spaced)


_TITLE = "Lindqvist ferry crossing to close for four months of repairs"

# A lead picture printed between the headline (or its standfirst) and the byline: its caption and its credit line
# are neither lines between the headline and the byline nor links of a list; the header goes on past them
LEAD_PICTURES = [
    pytest.param(
        ("The ferry ramp at Ostby, where cracks were found in October", "Photograph: Mats Ek for the Courier"),
        "By Per Lindgren, Transport Correspondent",
        "Per Lindgren",
        id="caption-without-full-stop-and-photograph-credit",
    ),
    pytest.param(
        ("Cars queue for the last crossing of the day on Sunday.", "Picture: Hanna Berg"),
        "Per Lindgren",
        "Per Lindgren",
        id="caption-with-full-stop-and-picture-credit",
    ),
    pytest.param(
        ("The Lindqvist ferry leaves the east bank. The crossing carries 2,000 cars a day.", "IMAGE: LARS HOLM"),
        "Words by Per Lindgren | Photographs by Lars Holm",
        "Per Lindgren",
        id="two-sentence-caption-and-a-words-and-photographs-byline",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("picture", "byline", "author"), LEAD_PICTURES)
def test_a_lead_picture_between_headline_and_byline(
    picture: tuple[str, str], byline: str, author: str, spaced: bool
) -> None:
    article = articlecli.parse(_page(_TITLE, *picture, byline, "12 November 2024", spaced=spaced))
    assert article.headline == _TITLE
    assert [a.name for a in article.authors] == [author]
    assert article.published is not None
    assert (article.published.iso or "")[:10] == "2024-11-12"
    assert picture[0] not in [p.text for p in article.paragraphs]


_DECK = (
    "The repairs will cost 14 million kronor. “We had no choice,” says the council's engineer, “the ramps were"
    " failing.”"
)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_quoting_standfirst_over_a_lead_picture(spaced: bool) -> None:
    picture = ("A diver inspects the east ramp of the ferry crossing in October.", "Photo: Hanna Berg")
    article = articlecli.parse(_page(_TITLE, _DECK, *picture, "By Per Lindgren", "12 November 2024", spaced=spaced))
    assert article.deck == _DECK
    assert [a.name for a in article.authors] == ["Per Lindgren"]
    assert article.paragraphs[0].text == _STORY[0]


# Names signing a wire story, their outlet in brackets and the others' copy after them: the names alone are authors
SOURCE_TAILS = [
    pytest.param("Anja Richter, Lukas Brandt (Rheinpress) with agencies", ["Anja Richter", "Lukas Brandt"], id="two"),
    pytest.param("Sofie Janssens with agencies", ["Sofie Janssens"], id="one-name-with-agencies"),
    pytest.param("Rahul Mehta and agencies", ["Rahul Mehta"], id="one-name-and-agencies"),
    pytest.param("Pieter de Vries, Eline Bakker with wires", ["Pieter de Vries", "Eline Bakker"], id="with-wires"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "authors"), SOURCE_TAILS)
def test_names_with_the_others_copy_after_them(line: str, authors: list[str], spaced: bool) -> None:
    article = articlecli.parse(_page(_TITLE, "12.11.2024 08:30", line, spaced=spaced))
    assert article.headline == _TITLE
    assert [a.name for a in article.authors] == authors


# A person named after the verb, then "of" or "from" a body with a role noun before its name: the person speaks
MEMBERS_OF_BODIES = [
    pytest.param(
        ["“Buses are not a luxury,” said Marit Solberg of the group Riders First."],
        [("Buses are not a luxury,", "Marit Solberg")],
        id="of-the-group",
    ),
    pytest.param(
        ["“Every closed ward costs lives,” said Dr Femi Adeyemi from the charity Health Watch Lagos."],
        [("Every closed ward costs lives,", "Femi Adeyemi")],
        id="from-the-charity",
    ),
    pytest.param(
        ["“The fish stocks are recovering,” said Ana Costa of the research institute Mar Vivo."],
        [("The fish stocks are recovering,", "Ana Costa")],
        id="of-the-research-institute",
    ),
    pytest.param(
        ["“We expect a full refund,” said Harbour Airways spokesperson Dana Whitlow."],
        [("We expect a full refund,", "Dana Whitlow")],
        id="still-past-a-role-after-an-outlet",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), MEMBERS_OF_BODIES)
def test_a_member_of_a_body_after_the_verb(blocks: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*blocks) == expected
