"""Furniture set inside the story body, and subheadings of many shapes (the twenty-sixth probe set: a regional
daily, a broadcaster, a national site, a trade title, a city site and a magazine, each with link boxes, ad slots,
sign-up boxes, a poll and players between paragraphs, and crossheads in capitals, title case, a question, a
quotation, with a colon or a full stop).

Each case is a page written from scratch around one class (its id names it, as the commit that added the rule
does), in other words, outlets and orders than the probe pages'.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.debris import debris_reason
from articlecli.classify.tail import furniture_kind

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Metro News",
    "Harbour council approves night buses for the port district",
    "By Ines Carvalho-Reid",
    "June 4, 2024",
)
_BODY = (
    "Night buses will run through the Kellhaven port district from September after councillors approved a trial.",
    "The service will run every 30 minutes between midnight and five in the morning on four routes.",
    "Shift workers at the Kellhaven container terminal have asked for a night service for ten years.",
    "The trial will cost about 1.4 million a year, shared between the council and the port company.",
    "Councillors will review the figures at the end of the first year before deciding whether to keep it.",
    "The first buses will leave the central station at ten past midnight on September 2.",
)
_FOOTER = ("More from Metro News", "Ferry timetable changes for the summer", "Contact us", "© 2024 Metro News")


def _page(*middle: str, after: int = 2, spaced: bool = False) -> str:
    lines = [*_HEADER, *_BODY[:after], *middle, *_BODY[after:], *_FOOTER]
    return join_lines(lines, spaced)


def _parse(page: str) -> tuple[list[str], list[str]]:
    article = articlecli.parse(page)
    return [p.text for p in article.paragraphs], [h.text for h in article.headings]


# a box of links set in the story: its label, its titles, then an ad slot or a crosshead over the story's text
LINK_BOXES = [
    pytest.param(
        ("Also read:", "Dock workers vote on new shift pattern at container terminal", "- Advertisement -"),
        None,
        id="a label over a title, an ad slot between dashes under it",
    ),
    pytest.param(
        ("Also see", "Why the port's cranes are idle for three days next week", "Key figures"),
        "Key figures",
        id="a crosshead of two words under a title",
    ),
    pytest.param(
        (
            "ALSO READ",
            "Taxi drivers warn of longer waits after midnight in the old town",
            "Cycle hire scheme extends opening hours to 2am this summer",
            "— ADVERTISEMENT —",
        ),
        None,
        id="capitals over two titles, an ad label between long dashes",
    ),
    pytest.param(
        ("Also read", "Council to publish its transport plan after the summer break", "THE ROUTES"),
        "THE ROUTES",
        id="a crosshead in capitals under a title",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("box", "crosshead"), LINK_BOXES)
def test_a_link_box_ends_at_an_ad_slot_or_a_crosshead(
    box: tuple[str, ...], crosshead: str | None, spaced: bool
) -> None:
    paragraphs, headings = _parse(_page(*box, spaced=spaced))
    assert paragraphs == list(_BODY)
    assert (crosshead in headings) if crosshead else not headings


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("- Advertisement -", "advertisement", id="hyphens"),
        pytest.param("– Advertising –", "advertisement", id="en dashes"),
        pytest.param("—ADVERTISEMENT—", "advertisement", id="long dashes, no spaces"),
        pytest.param("Voiced by artificial intelligence.", "player", id="a player's note"),
        pytest.param("Listen to this story", "player", id="a player's label"),
        pytest.param("Share your views", "label", id="a reader prompt"),
        pytest.param("Have your say:", "label", id="a reader prompt with a colon"),
        pytest.param("View results", "label", id="a poll's button"),
        pytest.param("- Ferries -", None, id="another word between dashes"),
        pytest.param("- Advertisement rates rise", None, id="a list item about adverts"),
    ],
)
def test_furniture_lines(line: str, reason: str | None) -> None:
    assert debris_reason(line) == reason


# a reader poll set in the story: label and question, options, buttons; the story goes on under it
POLLS = [
    pytest.param(("POLL: Should the night buses run all year?", "Yes", "No", "Not sure", "Vote"), id="capitals"),
    pytest.param(
        ("Quick poll: Would you use a night bus?", "Every week", "Now and then", "Never", "Submit", "View results"),
        id="two buttons",
    ),
    pytest.param(("Your say: Is 30 minutes often enough?", "Yes", "No", "See results"), id="your say"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("poll", POLLS)
def test_a_poll_in_the_story_does_not_end_it(poll: tuple[str, ...], spaced: bool) -> None:
    paragraphs, _ = _parse(_page(*poll, after=4, spaced=spaced))
    assert paragraphs == list(_BODY)


# a sign-up box between paragraphs: title, pitch, button (and a consent line); the story goes on under it
SIGN_UP_BOXES = [
    pytest.param(
        (
            "Sign up for the Harbour Commute newsletter",
            "Road and rail news for the city, every weekday at 7am.",
            "Sign up",
            "By signing up you agree to our privacy policy.",
        ),
        id="title, pitch, button, consent",
    ),
    pytest.param(
        ("Get our free morning newsletter", "The stories that matter in your district, before breakfast.", "Subscribe"),
        id="title, pitch, button",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", SIGN_UP_BOXES)
def test_a_sign_up_box_in_the_story_does_not_end_it(box: tuple[str, ...], spaced: bool) -> None:
    paragraphs, _ = _parse(_page(*box, after=4, spaced=spaced))
    assert paragraphs == list(_BODY)


_SECTIONS = ("What happens next?", "Money and Timing")


def _sectioned(line: str, spaced: bool) -> str:
    """A page with two subheadings of other shapes and `line` over a section of its own."""
    body = [_BODY[0], _BODY[1], _SECTIONS[0], _BODY[2], line, _BODY[3], _SECTIONS[1], _BODY[4], _BODY[5]]
    return ("\n\n" if spaced else "\n").join([*_HEADER, *body, *_FOOTER]) + "\n"


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("line", "heading"),
    [
        pytest.param("Who pays:", True, id="a question's word and a colon"),
        pytest.param("“A lifeline for us”:", True, id="a quotation and a colon"),
        pytest.param("Routes and Stops:", True, id="title case and a colon"),
        pytest.param("Fares to stay flat.", True, id="headlinese with a full stop"),
        pytest.param("Drivers still wanted.", True, id="three words with a full stop"),
        pytest.param("Officials gave three reasons:", False, id="an intro to what follows"),
        pytest.param("Think about it:", False, id="an imperative with a colon"),
        pytest.param("Nobody was hurt.", False, id="a short sentence"),
        pytest.param("But it is late.", False, id="a sentence opening with a conjunction"),
        pytest.param("He declined to comment.", False, id="a pronoun opens it"),
    ],
)
def test_punctuated_crossheads(line: str, heading: bool, spaced: bool) -> None:
    paragraphs, headings = _parse(_sectioned(line, spaced))
    assert (line in headings) is heading
    assert (line in paragraphs) is not heading


@pytest.mark.parametrize("line", ["Fares to stay flat.", "Drivers still wanted."])
def test_headlinese_on_a_page_without_subheadings_is_its_text(line: str) -> None:
    paragraphs, headings = _parse(_page(line, after=3))
    assert line in paragraphs and not headings


# the story's own timeline closing it, under a short label: its dated rows repeat the story's names and figures
TIMELINES = [
    pytest.param(
        (
            "Key dates",
            "2016 – Kellhaven port company first proposes a night service",
            "2021: Shift workers at Kellhaven petition the council",
            "2024 – Council approves a trial from September",
        ),
        id="en dashes and a colon",
    ),
    pytest.param(
        (
            "The road to the trial",
            "2019 - Study finds demand for night buses in Kellhaven",
            "2022 - Port company offers to pay half of 1.4 million a year",
            "2023 - Shift workers at the terminal join the campaign in September",
        ),
        id="hyphens",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", TIMELINES)
def test_a_timeline_closing_the_story_is_its_own(box: tuple[str, ...], spaced: bool) -> None:
    page = ("\n\n" if spaced else "\n").join([*_HEADER, *_BODY, *box, *_FOOTER]) + "\n"
    paragraphs, _ = _parse(page)
    assert paragraphs[: len(_BODY)] == list(_BODY)
    assert paragraphs[-3:] == list(box[1:])  # (its label a subheading or not: the rows are the story's)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        pytest.param(
            "Does your street have a night bus? Tell us about it at transport@metronews.example.",
            "invitation",
            id="tell us, an address",
        ),
        pytest.param(
            "Were you at the meeting? Let us know what you thought: letters@harbourdaily.example",
            "invitation",
            id="let us know, an address",
        ),
        pytest.param(
            "Have a memory of the old ferry? Drop us a line at ferry@coastweekly.example",
            "invitation",
            id="drop us a line",
        ),
        pytest.param("Will the buses run at Christmas? Nobody at the council would say.", None, id="no address"),
    ],
)
def test_a_reader_prompt_with_an_address_is_an_invitation(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind
