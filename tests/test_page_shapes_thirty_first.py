"""Header furniture of small outlets' pages and of syndicated copy, and the speakers they quote (the thirty-first
probe set: a county weekly, a small city's site, a student paper, a community radio station, a TV station, a wire
story republished by a regional site, a municipality's media release, a trade newsletter's web edition).

Each case is a page or a few blocks written from scratch around one class (its id names it, as the commit that added
the rule does), in other words, outlets, countries and orders than the probe pages'.
"""

from __future__ import annotations

import datetime as dt

import pytest

import articlecli
from articlecli.pipeline import ParseOptions

from .pages import join_lines
from .speakers import speakers_of

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]
NOW = dt.datetime(2024, 11, 20, 12, 0, tzinfo=dt.timezone.utc)

_STORY = (
    "The Eastvale school board voted on Monday night to keep the district's four-day week for another two years.",
    "Parents had split over the schedule since it began in 2022, with working families asking for a fifth day.",
    "“We heard both sides for three hours and there is no answer that pleases everyone,” board chair Lorna Pettibone"
    " said.",
    "The board will survey families again next spring before it sets the calendar for the year after.",
)


def _page(*header: str, story: tuple[str, ...] = _STORY, spaced: bool = False) -> str:
    lines = ["Eastvale Courier", "News", "Sports", "Obituaries", *header, *story, "© 2024 Eastvale Courier"]
    return join_lines(lines, spaced)


_TITLE = "School board keeps four-day week for two more years"

# A small paper's report signed by its staff, no reporter named: the desk as printed is the author
DESK_SIGNATURES = [
    pytest.param("Staff Report", "Staff Report", id="staff-report-alone"),
    pytest.param("By Staff Report", "Staff Report", id="staff-report-after-by"),
    pytest.param("STAFF REPORT", "Staff Report", id="staff-report-in-capitals"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "author"), DESK_SIGNATURES)
def test_a_staff_report_signs_the_story(line: str, author: str, spaced: bool) -> None:
    article = articlecli.parse(_page(_TITLE, line, "Nov. 12, 2024", spaced=spaced))
    assert article.headline == _TITLE
    assert [a.name for a in article.authors] == [author]


# A city councillor abbreviated as Canadian and US city papers print the title: not part of the name
CITY_TITLES = [
    pytest.param(
        ["“Nobody should wait 40 minutes in the cold for a bus,” said Coun. Ezra Lindqvist-Bae."],
        [("Nobody should wait 40 minutes in the cold for a bus,", "Ezra Lindqvist-Bae")],
        id="titles/coun-after-the-verb",
    ),
    pytest.param(
        ["“The ward has waited long enough for a crosswalk,” said Ald. Rosa Delgado-Marsh."],
        [("The ward has waited long enough for a crosswalk,", "Rosa Delgado-Marsh")],
        id="titles/ald-after-the-verb",
    ),
    pytest.param(
        [
            "Coun. Hamish Okonkwo-Price voted against the rezoning on Tuesday.",
            "“The neighbours asked for a park, and we are giving them a car park,” the councillor said.",
        ],
        [("The neighbours asked for a park, and we are giving them a car park,", "Hamish Okonkwo-Price")],
        id="titles/coun-then-the-councillor",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), CITY_TITLES)
def test_a_city_councillors_abbreviated_title(blocks: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*blocks) == expected


# A slashed numeric date with a 24-hour clock after it is printed day first, as the sites of the countries that
# write the day first print it; with AM or PM, or with no clock, it is read month first, as US sites print it
NUMERIC_DATES = [
    pytest.param("12/06/2024 09:40", "2024-06-12", id="day-first/a-clock-with-a-leading-zero"),
    pytest.param("Published: 03/04/2024, 17:15", "2024-04-03", id="day-first/a-comma-before-the-clock"),
    pytest.param("11/09/2023 21:05 | Updated 12/09/2023 07:30", "2023-09-11", id="day-first/a-published-pair"),
    pytest.param("04/11/2024 9:40 AM", "2024-04-11", id="month-first/a-12-hour-clock"),
    pytest.param("04/11/2024 09:40 PM", "2024-04-11", id="month-first/a-leading-zero-and-pm"),
    pytest.param("Posted 04/11/2024", "2024-04-11", id="month-first/no-clock"),
]


@pytest.mark.parametrize(("line", "published"), NUMERIC_DATES)
def test_a_slashed_date_with_a_24_hour_clock_is_day_first(line: str, published: str) -> None:
    article = articlecli.parse(_page(_TITLE, "By Lorna Haugen", line), ParseOptions(now=NOW))
    assert article.published is not None
    assert (article.published.iso or "")[:10] == published


# A standfirst printed after the byline, the date or the reading time without its full stop: a sentence in
# sentence case that shares a word with the headline, over the story's opening
UNCLOSED_DECKS = [
    pytest.param(
        ("By Lorna Haugen", "Nov. 12, 2024", "4 min read"),
        "Parents asked for a fifth day but the board kept the four-day week until the 2026 school year",
        id="after-the-reading-time",
    ),
    pytest.param(
        ("Lorna Haugen | Education Reporter", "12 November 2024"),
        "Trustees say the shorter week keeps teachers in the district as families remain divided over it",
        id="after-a-name-and-a-bar",
    ),
    pytest.param(
        ("Published Nov. 12, 2024", "By Lorna Haugen"),
        "The board heard three hours of comment before it voted to keep the schedule for two more years",
        id="after-the-date-then-the-byline",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("anchors", "deck"), UNCLOSED_DECKS)
def test_an_unclosed_standfirst_after_the_byline(anchors: tuple[str, ...], deck: str, spaced: bool) -> None:
    article = articlecli.parse(_page(_TITLE, *anchors, deck, spaced=spaced))
    assert article.deck == deck
    assert deck not in [p.text for p in article.paragraphs]


# Not standfirsts: a subheading in title case, a teaser of a few words, a box's fields
NOT_UNCLOSED_DECKS = [
    pytest.param("What The Four-Day Week Means For Eastvale Families", id="title-case"),
    pytest.param("Four-day week stays in Eastvale", id="a-few-words"),
    pytest.param("Vote: 5-2 for the four-day week Next meeting: December 9 at the high school", id="a-box-of-fields"),
]


@pytest.mark.parametrize("line", NOT_UNCLOSED_DECKS)
def test_no_standfirst_of_other_shapes(line: str) -> None:
    article = articlecli.parse(_page(_TITLE, "By Lorna Haugen", "Nov. 12, 2024", line))
    assert article.deck is None


# The page's title, the site's name after a bar or a dash, opens the text; the headline is printed again in the
# header under the menu, beside its byline and date: the byline is that one, not the site's name under the title
PAGE_TITLES = [
    pytest.param(f"{_TITLE} - Eastvale Courier", "Meridian News Agency", id="a-dash-and-an-agency-alone"),
    pytest.param(f"{_TITLE} | Eastvale Courier", "Lorna Haugen", id="a-bar-and-a-name-alone"),
    pytest.param(f"{_TITLE} — Eastvale Courier", "Kestrel Press Agency", id="a-long-dash-and-a-press-agency"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("title", "byline"), PAGE_TITLES)
def test_the_headline_printed_again_under_the_page_title(title: str, byline: str, spaced: bool) -> None:
    lines = [title, "Eastvale Courier", "Home", "Local", "Opinion", _TITLE, byline, "12/11/2024 18:40", *_STORY]
    article = articlecli.parse(("\n\n" if spaced else "\n").join(lines) + "\n", ParseOptions(now=NOW))
    assert article.headline == _TITLE
    assert [a.name for a in article.authors] == [byline]
    assert article.published is not None
    assert (article.published.iso or "")[:10] == "2024-11-12"


SPEAKERS = [
    # "the spokesperson" after an unnamed spokesperson spoke for a body: that body again
    pytest.param(
        [
            'A council spokeswoman said the bins would "all be emptied by Friday."',
            "“We are sorry for the delay and thank residents for their patience,” the spokeswoman said.",
        ],
        [
            ("all be emptied by Friday.", "the council"),
            ("We are sorry for the delay and thank residents for their patience,", "the council"),
        ],
        id="spokesperson/a-council-spokeswoman-then-the-spokeswoman",
    ),
    pytest.param(
        [
            "A spokesman for Harbour Rail Ltd said engineers were on site.",
            "“Services should return to normal by the evening peak,” the spokesman added.",
        ],
        [("Services should return to normal by the evening peak,", "Harbour Rail Ltd")],
        id="spokesperson/a-spokesman-for-a-company-then-the-spokesman",
    ),
    # a Malay name printed without "binti" or "bin": the given name before the father's name is the person's
    pytest.param(
        [
            "Councillor Norliza Abdul Rahim toured the flooded homes along the river on Sunday.",
            "“Some families lost everything they owned in one night,” she said.",
        ],
        [("Some families lost everything they owned in one night,", "Norliza Abdul Rahim")],
        id="names/a-fathers-name-after-a-title-then-she",
    ),
    pytest.param(
        ["“The river came up faster than last year,” said Azman Abdul Hamid, a boatman in the village."],
        [("The river came up faster than last year,", "Azman Abdul Hamid")],
        id="names/a-fathers-name-after-the-verb",
    ),
    pytest.param(
        ["Hawker Zainab Abdul Ghani said: “Business has halved since the bridge closed.”"],
        [("Business has halved since the bridge closed.", "Zainab Abdul Ghani")],
        id="names/a-role-noun-before-a-given-name-and-a-fathers-name",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), SPEAKERS)
def test_speakers_of_small_outlets_pages(blocks: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*blocks) == expected


# A reporter's desk named after its place or beat, after the name and a comma: the reporter's desk, no second author
PLACED_DESKS = [
    pytest.param("Thandiwe Khumalo, KwaZulu-Natal Bureau", ["Thandiwe Khumalo"], id="a-province-bureau"),
    pytest.param("By Arjun Pillai, Kochi Bureau", ["Arjun Pillai"], id="by-and-a-city-bureau"),
    pytest.param("Mercy Wanjiku and Tom Otieno, Business Desk", ["Mercy Wanjiku", "Tom Otieno"], id="two-and-a-desk"),
    pytest.param("Coastal News Bureau", ["Coastal News Bureau"], id="the-bureau-alone-signs"),
]


@pytest.mark.parametrize(("line", "authors"), PLACED_DESKS)
def test_a_desk_after_a_reporters_name(line: str, authors: list[str]) -> None:
    article = articlecli.parse(_page(_TITLE, line, "Nov. 12, 2024"))
    assert [a.name for a in article.authors] == authors


# A wire agency's letters alone in the date line, which the story's wire dateline names in brackets: the agency
# signs the story (its own site, or a site that republishes its copy); letters the dateline does not name do not
AGENCY_LETTERS = [
    pytest.param("TNW | Updated: Oct 2 2024 08:15 IST", "Mangalpur, Oct 2 (TNW) ", ["TNW"], id="updated-after-a-bar"),
    pytest.param("HPA | Published: 14/10/2024 09:40", "KANO, Oct 14 (HPA) - ", ["HPA"], id="published-after-a-bar"),
    pytest.param("LIVE | Updated: Oct 2 2024 08:15 IST", "Mangalpur, Oct 2 - ", [], id="no-agency-in-the-dateline"),
]


@pytest.mark.parametrize(("date_line", "dateline", "authors"), AGENCY_LETTERS)
def test_an_agencys_letters_in_the_date_line(date_line: str, dateline: str, authors: list[str]) -> None:
    story = (dateline + _STORY[0], *_STORY[1:])
    article = articlecli.parse(_page(_TITLE, date_line, story=story), ParseOptions(now=NOW))
    assert [a.name for a in article.authors] == authors


# An agency's or a paper's letters saying what they credit, in brackets after a caption's sentence: the credit
LETTERS_CREDITS = [
    pytest.param("Traders count their losses at the fish market on Tuesday. (HNA Photo)", "HNA Photo", id="photo"),
    pytest.param("The old jetty before the storm, in 2019. (KT File Photo)", "KT File Photo", id="file-photo"),
    pytest.param("Rescue boats wait at the river mouth on Sunday. (TNW Pic)", "TNW Pic", id="pic"),
]


@pytest.mark.parametrize(("line", "credit"), LETTERS_CREDITS)
def test_an_agencys_letters_credit_its_picture(line: str, credit: str) -> None:
    article = articlecli.parse(
        _page(_TITLE, "By Lorna Haugen", "Nov. 12, 2024", story=(*_STORY[:2], line, *_STORY[2:]))
    )
    assert [(c.text, c.credit) for c in article.captions] == [(line[: line.rindex(" (")], credit)]


def test_letters_alone_in_brackets_are_no_credit() -> None:
    line = "The board also heard from the regional health agency. (UN)"
    article = articlecli.parse(
        _page(_TITLE, "By Lorna Haugen", "Nov. 12, 2024", story=(*_STORY[:2], line, *_STORY[2:]))
    )
    assert article.captions == ()
    assert line in [p.text for p in article.paragraphs]


# The wire's letters and its editors' initials closing its copy (the wire the dateline names in brackets), above the
# site's note on the wire's copy: no credit of a picture, no subheading; the last sentence above them stays the story's
SIGN_OFFS = [
    pytest.param("TNW ARK PLM", id="three-groups"),
    pytest.param("TNW SK", id="two-groups"),
    pytest.param("TNW/ARK/PLM", id="slashes"),
]
_LAST = "Classes will start at 8 a.m. on the four days, the district said."
_WIRE_NOTE = (
    "Disclaimer: This story has been published from a wire agency feed without changes to the text. Only the"
    " headline has been changed."
)


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("sign_off", SIGN_OFFS)
def test_a_wire_sign_off_closing_the_story(sign_off: str, spaced: bool) -> None:
    story = ("Mangalpur, Oct 2 (TNW) " + _STORY[0], *_STORY[1:], _LAST, sign_off, _WIRE_NOTE, "Tags", "Schools")
    article = articlecli.parse(_page(_TITLE, "TNW | Updated: Oct 2 2024 08:15 IST", story=story, spaced=spaced))
    assert article.captions == ()
    assert [h.text for h in article.headings] == []
    assert [p.text for p in article.paragraphs][-1] == _LAST


def test_two_agencies_under_a_caption_stay_its_credit() -> None:
    story = (
        "Mangalpur, Oct 2 (TNW) " + _STORY[0],
        _STORY[1],
        "Rescuers search the rubble of the market in Mangalpur on Monday.",
        "EPA EFE",
        *_STORY[2:],
    )
    article = articlecli.parse(_page(_TITLE, "By Lorna Haugen", "Oct. 2, 2024", story=story))
    assert [c.credit for c in article.captions] == ["EPA EFE"]
