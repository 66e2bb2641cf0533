"""Classes of pages the twenty-second probe set (tests/probes, TWENTY_SECOND_PAGES in test_probes.py) showed the
parser missing, on pages whose body is a structure: a match's score line between the headline and the byline
taken for the standfirst; a byline of a name and its outlet parted by a middle dot (`Name · Outlet`); a table of
figures or a box of labelled rows printed a block each (a results table, an `If you go` box) ending the story or
turning the paragraphs above its `Source:` line into a caption; a live post's writer named under its title; a
`Latest updates` label over the story's own time-stamped updates read as a related box; an obituary's title
(`Name obituary`) losing to its longer standfirst. Each page here is written from scratch, and most are read
printed a line a block and with a blank line between every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.fact_lines import score_line
from articlecli.classify.stamps import stamped_update

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_OPENING = (
    "Voters in the Eastmere ward chose a new councillor on Thursday, four months after the last one stood down "
    "to take a job abroad."
)
_SECOND = "The count at the town hall finished shortly after midnight, and the result was declared at 1 a.m."
_CLOSING = (
    "The new councillor will take her seat at the next full meeting of the council, on the first Monday of "
    "the month, when the budget for the coming year is set."
)
_LAST = "Turnout was the lowest at a ward election in the borough for a decade, the returning officer said."


def _spaced(page: str, spaced: bool) -> str:
    return "\n\n".join(line for line in page.split("\n") if line) + "\n" if spaced else page


def _parse(lines: list[str], spaced: bool) -> articlecli.Article:
    return articlecli.parse(_spaced("\n".join(lines) + "\n", spaced))


def _headings(article: articlecli.Article) -> list[str]:
    return [h.text for h in article.headings]


# ---------------------------------------------------------------- a score line is no standfirst
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kestrel Park 2-1 Dunmore Wanderers", True),
        ("Harbour Town 0 – 3 Port Adair Rovers (a.e.t.)", True),
        ("Kilbride 1, Glenarm Athletic 2", True),
        ("Brighton & Hove Albion 3:3 Queens Park Rangers", True),
        ("St. Mirren 2-2 Partick Thistle (4-3 pens)", True),
        ("Rovers beat City 2-1 to go top", False),  # who did what: a headline
        ("Late goal sends Town top of the table", False),
        ("Covid-19 cases rise in three regions", False),
        ("Election 2024: the results", False),
    ],
)
def test_score_line(line: str, expected: bool) -> None:
    assert score_line(line) is expected


# (the score box printed between the headline and the byline, a line each)
SCORE_BOXES = [
    pytest.param(("FT", "Harbour Town 0-3 Port Adair Rovers", "Lund 12', 80'", "Pike 55'"), id="FT over the score"),
    pytest.param(("Full time", "Kilbride 1, Glenarm Athletic 2"), id="a comma between the sides"),
    pytest.param(("Harbour Town 1 – 1 Port Adair Rovers (4-2 pens)", "Penalties"), id="a shoot-out"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", SCORE_BOXES)
def test_a_score_box_under_the_headline_is_no_standfirst(box: tuple[str, ...], spaced: bool) -> None:
    head = "Late double keeps Rovers in the title race"
    story = [
        "Ivo Lund scored twice in the last half-hour as Port Adair Rovers came from behind at the Quay Ground.",
        "The home side had led for most of the afternoon before Lund's first, a header from a corner.",
        "Rovers' manager said his side had found their legs only after the break.",
    ]
    article = _parse(["Sport", "Football", head, *box, "By Ana Pike", "Saturday, 4 May 2024", *story], spaced)
    assert (article.headline, article.deck) == (head, None)
    assert [p.text for p in article.paragraphs] == story


# ---------------------------------------------------------------- "Name · Outlet": a byline without "By"
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("byline", "name"),
    [
        pytest.param("Hana Ostrowska · KTV News", "Hana Ostrowska", id="middle dot, outlet"),
        pytest.param("Omar Pike • Harbour Radio", "Omar Pike", id="bullet, broadcaster"),
        pytest.param("Ana Ferris · Political Reporter", "Ana Ferris", id="middle dot, job"),
    ],
)
def test_a_name_and_outlet_parted_by_a_dot_is_a_byline(byline: str, name: str, spaced: bool) -> None:
    head = "Eastmere elects its youngest councillor"
    article = _parse(["Local", head, byline, "Posted: May 03, 2024 6:15 AM | Last Updated: May 3", _OPENING], spaced)
    assert article.headline == head
    assert [a.name for a in article.authors] == [name]


# ---------------------------------------------------------------- a table of figures inside the story
# (the table: its label, column names, rows closing with figures, a source line, labelled totals)
RESULT_TABLES = [
    pytest.param(
        (
            "Full results",
            "Candidate\tParty\tVotes\tShare",
            "Ann Lee\tHarbour First\t2,104\t48.9%",
            "Omar Pike\tCoast Labour\t1,530\t35.6%",
            "Ivo Marsh\tIndependent\t667\t15.5%",
            "Source: Eastmere returning officer",
            "Turnout: 29.4%",
        ),
        id="votes and shares, a source, a turnout",
    ),
    pytest.param(
        (
            "How the wards voted",
            "North Quay 1,204 998 112",
            "Old Town 2,310 1,877 95",
            "Westfield 876 1,402 64",
            "Spoilt ballots: 271",
        ),
        id="wards, no column names",
    ),
    pytest.param(
        (
            "Final standings",
            "Team P W D L Pts",
            "Harbour Town 30 21 5 4 68",
            "Port Adair Rovers 30 20 6 4 66",
            "Kilbride 30 17 4 9 55",
            "Source: Coast League",
        ),
        id="a league table",
    ),
]


@pytest.mark.parametrize("table", RESULT_TABLES)
def test_a_table_set_apart_row_by_row_stays_in_the_story(table: tuple[str, ...]) -> None:
    """Printed with a blank line between every two lines, a table's rows are blocks of their own: the rows, its
    labelled totals and the story after them are the story's, its label a subheading, the paragraphs above its
    source line no picture's caption."""
    label, *rest = table
    article = _parse(
        ["News", "Lee takes Eastmere by 574 votes", "By Mia Lund", "May 3, 2024", _OPENING, _SECOND, *table, _CLOSING],
        spaced=True,
    )
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[:2] == [_OPENING, _SECOND]
    assert paragraphs[-1] == _CLOSING
    assert label in _headings(article)
    assert article.captions == ()
    rows = [line.replace("\t", " ") for line in rest if line[-1].isdigit() or line.endswith("%")]
    assert all(row in paragraphs for row in rows)


# ---------------------------------------------------------------- a box of labelled rows after the story
EVENT_BOXES = [
    pytest.param(
        (
            "If you go",
            "What: Eastmere ward surgery",
            "When: 10 a.m. to noon, Saturday",
            "Where: Eastmere Library, 4 Mill Lane.",
        ),
        id="what, when, where",
    ),
    pytest.param(
        (
            "Need to know",
            "Tickets: £12, concessions £8",
            "Doors: 7pm",
            "Venue: The Old Court House, Quay Street, Port Adair.",
        ),
        id="tickets, doors, venue",
    ),
    pytest.param(
        ("At a glance", "Cost: $4.2 million", "Opens: Spring 2026", "Paid for by: a state grant and a local levy."),
        id="a project's facts",
    ),
]


@pytest.mark.parametrize("box", EVENT_BOXES)
def test_a_box_of_labelled_rows_set_apart_does_not_end_the_story(box: tuple[str, ...]) -> None:
    label, *rows = box
    article = _parse(
        [
            "News",
            "Lee takes Eastmere by 574 votes",
            "By Mia Lund",
            "May 3, 2024",
            _OPENING,
            _SECOND,
            _CLOSING,
            *box,
            _LAST,
            "Comments",
            "Sign in to join the conversation",
            "© 2024 Harbour Gazette",
        ],
        spaced=True,
    )
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[-len(rows) - 1 :] == [*rows, _LAST]
    assert label in _headings(article)


# ---------------------------------------------------------------- a live post by another writer
_POSTS = [
    (
        "11:48am",
        "Sandbags handed out at the leisure centre",
        "Volunteers are filling bags in the car park behind the leisure centre until dusk, the borough said.",
        "A council officer asked people on the lower streets to collect theirs before the evening high tide.",
    ),
    (
        "11:20am",
        "Buses diverted around Mill Lane",
        "Three routes now skirt the flooded underpass, and drivers have been told to expect half-hour delays.",
        "Commuters said the diversion had added a long walk to the station for anyone on the early service.",
    ),
    (
        "9:30am",
        "Good morning",
        "This page follows the flood warnings along the river today. Updates will appear here as they come in.",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("stamp", "title", "writer"),
    [
        pytest.param("10:12am", "Schools shut on the lower estate", "Nina Faleolo", id="am, a two-word name"),
        pytest.param("10:12", "Police close the river road", "Ana Ferris", id="24-hour clock"),
        pytest.param("10:12 a.m.", "What the forecasters say", "Mary Ellen Okafor", id="a.m., a three-word name"),
    ],
)
def test_a_writer_named_under_a_live_posts_title_is_no_heading(
    stamp: str, title: str, writer: str, spaced: bool
) -> None:
    post = [
        "The borough has closed two primary schools near the river until Thursday, a spokeswoman said on Tuesday.",
        "Parents were told by text before eight, and a few children had already set off when the message came.",
    ]
    *first, last = _POSTS
    page = ["LIVE", "River flood live: warnings along the valley", "By Mia Lund", "Updated 11:48am, 14 May 2024"]
    for p in first:
        page += p
    page += [stamp, title, writer, *post, *last, "Show more", "Related stories", "Flood defences to be reviewed"]
    article = _parse(page, spaced)
    assert title in _headings(article)
    assert writer not in _headings(article)
    assert all(line in [p.text for p in article.paragraphs] for line in post)


# ---------------------------------------------------------------- "Latest updates" over the story's updates
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• 2:10 PM: The district office says the libraries stay open late.", True),
        ("14.05 – Police have closed the coast road at Kilbride.", True),
        ("9:15 a.m. IST - The first trains have left the depot.", True),
        ("11:05 ET: The count resumes in two wards.", True),  # a zone of lexicon.TIME_ZONES
        ("14.05 Rain: heavy showers into the evening.", False),  # a short word, no zone: a link's label
        ("10:30 Bridge shut to lorries", False),  # a link's time stamp and title, no mark after the time
        ("The meeting starts at 2:10 PM: the public may attend.", False),
    ],
)
def test_stamped_update(line: str, expected: bool) -> None:
    assert stamped_update(line) is expected


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("label", "updates"),
    [
        pytest.param(
            "Latest updates",
            (
                "• 2:10 PM: The district office says cooling rooms at six libraries stay open until 9pm.",
                "• 11:30 AM: Two schools in the north sent pupils home before lunch.",
            ),
            id="bullets, 12-hour clock",
        ),
        pytest.param(
            "Latest",
            (
                "16.20 – Police have reopened the coast road at Kilbride.",
                "15.05 – A second landslip has closed the road north of Glenarm.",
                "13.40 – The council says the school will close early.",
            ),
            id="a dash after a 24-hour time",
        ),
    ],
)
def test_a_label_over_the_storys_time_stamped_updates_is_a_heading(
    label: str, updates: tuple[str, ...], spaced: bool
) -> None:
    article = _parse(
        [
            *("Weather", "Red warning for the coast as storm nears", "By Mia Lund", "May 3, 2024", _OPENING, _SECOND),
            *(label, *updates, _CLOSING, "Also Read | Why storms are getting wetter"),
        ],
        spaced,
    )
    assert label in _headings(article)
    assert [p.text for p in article.paragraphs][-len(updates) - 1 :] == [*updates, _CLOSING]


# ---------------------------------------------------------------- an obituary's title over its standfirst
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Ann Lee obituary", id="Name obituary"),
        pytest.param("Obituary: Ann Lee", id="Obituary: Name"),
        pytest.param("Ann Lee – an appreciation", id="an appreciation"),
    ],
)
def test_an_obituarys_title_is_the_headline_over_its_standfirst(title: str, spaced: bool) -> None:
    stand = "Librarian who kept the Eastmere reading room open through two floods, a fire and three budget cuts"
    body = [
        "Ann Lee, who has died aged 91, ran the reading room in Eastmere for 38 years and knew most of its "
        "borrowers by name.",
        "She was born in Port Adair, the daughter of a harbour pilot, and trained as a librarian in the city.",
        "She is survived by her nephew, Tom, and two great-nieces.",
    ]
    article = _parse(["Obituaries", title, stand, "By Mia Lund", "Thursday 30 May 2024", *body], spaced)
    assert (article.headline, article.deck) == (title, stand)
