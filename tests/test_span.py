"""Where the story starts and ends: running text that is the page's own does not pull the span to it."""

from __future__ import annotations

import pytest

from articlecli import parse

SCHEDULE = [
    "Round 1: 10 March – Harbour Park",
    "Round 2: 8 April – Westport Ring",
    "Round 3: 22 April – Cliff Road",
    "Round 4: 6 May – Harbour Park",
    "Round 5: 20 May – Old Quay Circuit",
]

# (what the page prints under its schedule) — running text that is the page's, not the story's
UNDER = [
    # a list of tags under its label
    "Tags\nharbour cup 2024, harbour cup calendar, harbour park karting, westport ring, cliff road circuit, old quay"
    " circuit, karting calendar 2024",
    "Topics:\nkarting in the west, harbour cup races, westport ring results, regional motorsport news, junior drivers"
    " to watch",
    # a comment policy, in English and in another language
    "As you comment, please be respectful of other readers and of the drivers and their teams.",
    "ATENÇÃO: Comentários com ofensas aos pilotos ou às equipes não serão aprovados pelo moderador.",
]


@pytest.mark.parametrize("under", UNDER, ids=[u.split("\n")[0][:30] for u in UNDER])
def test_a_schedule_page_keeps_its_schedule(under: str) -> None:
    page = "Harbour Cup 2024 Calendar\n\nHarbour Cup calendar 2024\n\n" + "\n".join(SCHEDULE) + "\n\n" + under + "\n"
    article = parse(page)
    assert [p.text for p in article.paragraphs] == SCHEDULE


OPENING = (
    "HARBOURTON, Maine — The town council voted on Tuesday to close the harbour library at the end of the year, "
    "saying the cost of repairing its roof had doubled since the spring."
)
MIDDLE = (
    "Residents packed the public gallery for the vote, and the mayor said the books would move to the school "
    "across the square before the winter."
)
CLOSING = (
    "Campaigners said they would ask the county to step in before the building closes in December, and a "
    "petition had gathered two thousand names by Wednesday."
)
TITLES = (
    "Ferry Fares Rise in Spring",
    "Council tax is on the rise. These maps show where and by how much.",
    "Tow crews to the rescue: a sailboat frozen in the harbour ice is freed",
)


@pytest.mark.parametrize("label", ["Most popular", "Trending", "Read next"])
def test_titles_of_a_box_above_the_story_are_no_part_of_it(label: str) -> None:
    page = "\n".join(("Council Votes to Close Harbour Library", "", "By Jane Doe", "", label, *TITLES))
    article = parse(page + "\n\n" + "\n\n".join((OPENING, MIDDLE, CLOSING)) + "\n")
    assert [p.text for p in article.paragraphs] == [OPENING, MIDDLE, CLOSING]
    assert article.captions == ()


def test_without_a_box_label_the_lines_above_a_dateline_stay() -> None:
    """No box of links above: a short line over the story's dateline is not cut away as a box's title; it
    is the story's standfirst (`header/standfirst-before-dateline`), and nothing is removed."""
    first = "Council tax is on the rise, and the harbour library is the first to pay for it."
    page = "\n\n".join(("Council Votes to Close Harbour Library", "By Jane Doe", first, OPENING, MIDDLE, CLOSING))
    article = parse(page + "\n")
    assert article.deck == first
    assert [p.text for p in article.paragraphs] == [OPENING, MIDDLE, CLOSING]
    assert article.removed == ()


def test_the_cut_blurb_of_a_box_above_the_story_is_no_part_of_it() -> None:
    box = ("See also", "Ferry fares to rise in spring as fuel costs soar", "The island's ferry operator said fares,...")
    page = "\n".join(("Council Votes to Close Harbour Library", "", "By Jane Doe", "", *box))
    story = (OPENING.removeprefix("HARBOURTON, Maine — "), MIDDLE, CLOSING)
    article = parse(page + "\n\n" + "\n\n".join(story) + "\n")
    assert [p.text for p in article.paragraphs] == list(story)
