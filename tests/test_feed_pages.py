"""Text as it comes from news databases, feeds and mail: the furniture they set around a story (the classes the
seventh probes showed). Every page and line here is written from scratch."""

from __future__ import annotations

import datetime as dt

import pytest

from articlecli import parse
from articlecli.classify import debris_reason
from articlecli.pipeline import ParseOptions

from .conftest import quotes_of
from .stories import BODY, OPENING

STORY = "\n\n".join(["", *BODY, ""])

# (the page's header above the story, headline, standfirst)
HEADERS = [
    # a wire feed item in a reader: service lines, then the headline with its version label glued on
    (
        "Harbour Wire Service - World\nPriority: 2\nSlug: HARBOUR-LIBRARY/ (UPDATE 2)\nSent: 12-Mar-2024 06:47 GMT\n"
        "UPDATE 2-Council votes to close harbour library as roof repair costs double\nBy Jane Doe",
        "Council votes to close harbour library as roof repair costs double",
        None,
    ),
    # ... and a wire editor's note in brackets under it, which is no standfirst
    (
        "REFILE-Council votes to close harbour library as roof repair costs double\n"
        "(Adds mayor's comment in paragraph 2, detail on the petition)\nBy Jane Doe",
        "Council votes to close harbour library as roof repair costs double",
        None,
    ),
    # a newsletter e-mail: its name, the title, the subtitle, the writer's name and a date without a year
    (
        "Forwarded this email? Subscribe here for more\nThe Harbour Letter\n"
        "Why the harbour library is closing, and who decided\n"
        "Three meetings, one leaking roof and a council vote nobody noticed\nJane Doe\nMar 12\nREAD IN APP",
        "Why the harbour library is closing, and who decided",
        "Three meetings, one leaking roof and a council vote nobody noticed",
    ),
    # a blog platform's post: a title of two sentences, its subtitle, the writer's name over "Follow"
    (
        "Sign in\nMember-only story\nOur harbour library is closing. Nobody asked the readers.\n"
        "How a leaking roof and a doubled repair bill ended a hundred and twenty years of lending\n"
        "Jane Doe\nFollow\nPublished in Harbour Matters\n6 min read\nMar 12, 2024",
        "Our harbour library is closing. Nobody asked the readers.",
        "How a leaking roof and a doubled repair bill ended a hundred and twenty years of lending",
    ),
    # a library database's record: the title, the author surname first, the citation line, then the abstract
    # under its label and the story under "Full text"
    (
        "Back to results\nDocument 3 of 18\nCouncil votes to close harbour library\nDoe, Jane.\n"
        "The Harbour Herald; Harbourton, Me. [Harbourton, Me]. 12 Mar 2024: A.3.\nCite\nEmail\nAbstract\n"
        "The town will close its library at the end of the year after the cost of mending the roof doubled.\n"
        "Full text",
        "Council votes to close harbour library",
        "The town will close its library at the end of the year after the cost of mending the roof doubled.",
    ),
]


@pytest.mark.parametrize(
    ("header", "headline", "deck"), HEADERS, ids=[h[1][:30] + str(i) for i, h in enumerate(HEADERS)]
)
def test_the_headline_and_standfirst_of_feed_and_database_text(header: str, headline: str, deck: str | None) -> None:
    article = parse(header + "\n" + STORY, ParseOptions(now=dt.datetime(2024, 5, 14, tzinfo=dt.timezone.utc)))
    assert (article.headline, article.deck) == (headline, deck)


def test_a_library_record_names_its_author_surname_first_and_dates_the_story_in_its_citation() -> None:
    article = parse(HEADERS[4][0] + "\n" + STORY)
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published is not None and article.published.iso == "2024-03-12"
    assert "Full text" not in [h.text for h in article.headings]


TITLE = "Council votes to close harbour library as roof repair costs double"
# (a wire headline as its feed prints it, the headline read): a wire service's version labels, one or several,
# are no part of the title; a hyphen inside the title is
VERSION_LABELS = [
    (f"UPDATE 2-{TITLE}", TITLE),
    (f"UPDATE 12-{TITLE}", TITLE),
    (f"RPT-UPDATE 1-{TITLE}", TITLE),
    (f"CORRECTED-UPDATE 3-{TITLE}", TITLE),
    (f"BREAKINGVIEWS-{TITLE}", TITLE),
    (f"FACTBOX-{TITLE}", TITLE),
    *[
        (title, title)
        for title in ("G-7 ministers back harbour library repairs", "UPDATE-free: why we kept the old system")
    ],
]


@pytest.mark.parametrize(("line", "headline"), VERSION_LABELS, ids=[v[0][:24] for v in VERSION_LABELS])
@pytest.mark.parametrize("layout", ["web", "wire"])
def test_a_wire_services_version_labels_are_no_part_of_the_headline(line: str, headline: str, layout: str) -> None:
    """On a feed item read as a web page and in wire copy alike (`--layout wire`)."""
    article = parse(f"{line}\nBy Jane Doe\n{STORY}", ParseOptions(layout=layout))
    assert article.headline == headline


# (the date line under the headline, now, the publication date read)
DATE_LINES = [
    ("Sent: 12-Mar-2024 06:47 GMT", None, "2024-03-12T06:47+00:00"),
    # a date without a year and none elsewhere in the article: the latest on or before `now`
    ("Mar 12", dt.datetime(2024, 5, 14, tzinfo=dt.timezone.utc), "2024-03-12"),
    ("Dec 30", dt.datetime(2024, 5, 14, tzinfo=dt.timezone.utc), "2023-12-30"),
]


@pytest.mark.parametrize(("line", "now", "iso"), DATE_LINES, ids=[d[0] for d in DATE_LINES])
def test_feed_and_mail_date_lines(line: str, now: dt.datetime | None, iso: str) -> None:
    page = f"Council votes to close harbour library\nJane Doe\n{line}\n{STORY}"
    article = parse(page, ParseOptions(now=now))
    assert article.published is not None and article.published.iso == iso


# (a line between paragraphs, the caption and its credit)
CAPTIONS = [
    (
        "Artist's impression of the new pier from the quay. (Harbourton Port Authority)",
        ("Artist's impression of the new pier from the quay.", "Harbourton Port Authority"),
    ),
    (
        "The reading room's ceiling, photographed by the author in February.",
        ("The reading room's ceiling, photographed by the author in February.", None),
    ),
]


@pytest.mark.parametrize(("line", "caption"), CAPTIONS, ids=[c[0][:30] for c in CAPTIONS])
def test_captions_of_blog_and_feed_pages(line: str, caption: tuple[str, str | None]) -> None:
    paragraphs = STORY.strip().split("\n\n")
    page = "Council votes to close harbour library\nBy Jane Doe\n\n" + "\n\n".join(
        [*paragraphs[:2], line, *paragraphs[2:]]
    )
    assert [(c.text, c.credit) for c in parse(page).captions] == [caption]


# lines a newsletter e-mail or an e-edition prints among the paragraphs, and why each is furniture
FURNITURE = [
    (
        "The Harbour Letter is a reader-supported publication. To receive new posts and support my work, consider "
        "becoming a free or paid subscriber.",
        "newsletter",
    ),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE, ids=[f[0][:30] for f in FURNITURE])
def test_furniture_of_mail_and_e_editions(line: str, reason: str) -> None:
    assert debris_reason(line) == reason


AFTER_THE_JUMP = [
    "The mayor said the books would move to the school across the square, where a room is set aside for them.",
    "Campaigners said they would ask the county to step in before the building closes in December.",
    "The roof first leaked two winters ago, when buckets were set out in the reading room.",
]
JUMP_PAGE = f"""The Harbour Herald
Tuesday, March 12, 2024
A1
Council votes to close harbour library
Repairs to the roof would cost twice what the town can spend
BY JANE DOE
{OPENING}

Residents packed the public gallery for the vote, and several of them stood in the corridor outside the chamber.

"We have run out of ways to keep the doors open," said the mayor, Ann Lee.
Continued on Page A4
The Harbour Herald
Tuesday, March 12, 2024
A4
LIBRARY
Continued from Page A1
{AFTER_THE_JUMP[0]}

{AFTER_THE_JUMP[1]}

{AFTER_THE_JUMP[2]}
"""


def test_an_e_editions_jump_lines_are_furniture_and_the_story_reads_on_across_them() -> None:
    article = parse(JUMP_PAGE)
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[3:] == AFTER_THE_JUMP
    assert {r.reason for r in article.removed if r.text.startswith("Continued")} == {"jump"}


# (paragraphs, quotes as (text, speaker))
SPEAKERS = [
    # an unnamed spokesperson for an organisation named in lower case, by its kind: the organisation
    (
        ['A spokesman for the agriculture office said it was "aware of the reports" and would send an adviser.'],
        [("aware of the reports", "the agriculture office")],
    ),
    (
        ['A spokeswoman for the city housing department said the list was "being reviewed".'],
        [("being reviewed", "the city housing department")],
    ),
    # an organisation's "it" is never the person who spoke last
    (
        [
            '"We measured it twice," Arthur Lind said.',
            'The harbour office has since moved the board. In a statement, it said the alerts went out "in good time".',
        ],
        [("We measured it twice,", "Arthur Lind"), ("in good time", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPEAKERS, ids=[s[0][-1][:40] for s in SPEAKERS])
def test_speakers_of_organisations_in_lower_case(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes_of(*paragraphs) == expected
