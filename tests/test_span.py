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
    "When you comment, please stick to the racing and be respectful of the drivers and their teams.",
    "Aviso: comentários com ofensas aos pilotos ou às equipes serão removidos pelo moderador.",
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
    "Fuel prices are climbing again. This chart shows which towns pay most.",
    "Tow crews to the rescue: a sailboat frozen in the harbour ice is freed",
)


# (the lines between the byline and the story's dateline, the ones that are a box's titles and go)
ABOVE = [
    pytest.param(("Most popular", *TITLES), TITLES, id="Most popular"),
    pytest.param(("Trending", *TITLES), TITLES, id="Trending"),
    pytest.param(("Read next", *TITLES), TITLES, id="Read next"),
    # no box label: a short line over the dateline is the story's standfirst, and nothing is removed
    pytest.param(
        ("Council tax is on the rise, and the harbour library is the first to pay for it.",), (), id="no label"
    ),
]


@pytest.mark.parametrize(("above", "titles"), ABOVE)
def test_titles_of_a_box_above_the_story_are_no_part_of_it(above: tuple[str, ...], titles: tuple[str, ...]) -> None:
    page = "\n".join(("Council Votes to Close Harbour Library", "", "By Jane Doe", "", *above))
    article = parse(page + "\n\n" + "\n\n".join((OPENING, MIDDLE, CLOSING)) + "\n")
    assert [p.text for p in article.paragraphs] == [OPENING, MIDDLE, CLOSING]
    assert article.captions == ()
    assert tuple(r.text for r in article.removed if r.rule == "page/box-titles") == titles
    assert (article.deck is None) == bool(titles)


LEDE = "The harbour library will shut its doors in December."


# (the line under a short lede, what the story's paragraphs are): running text above the story that
# reads like page furniture does not cut the lede away from it
UNDER_LEDE = [
    # a report of comments at a meeting is the story's
    (
        "Comments from residents were civil and respectful, the clerk said.",
        [LEDE, "Comments from residents were civil and respectful, the clerk said.", OPENING, MIDDLE, CLOSING],
    ),
    # a comment policy above the story is removed, and the lede stays
    ("Please keep comments civil: we remove abusive posts.", [LEDE, OPENING, MIDDLE, CLOSING]),
]


@pytest.mark.parametrize(("line", "paragraphs"), UNDER_LEDE, ids=[u[0][:30] for u in UNDER_LEDE])
def test_a_short_lede_stays_with_the_story(line: str, paragraphs: list[str]) -> None:
    page = "\n\n".join(("Council Votes to Close Harbour Library", "By Jane Doe", LEDE, line, OPENING, MIDDLE, CLOSING))
    article = parse(page + "\n")
    assert [p.text for p in article.paragraphs] == paragraphs


def test_the_cut_blurb_of_a_box_above_the_story_is_no_part_of_it() -> None:
    box = ("See also", "Ferry fares to rise in spring as fuel costs soar", "The island's ferry operator said fares,...")
    page = "\n".join(("Council Votes to Close Harbour Library", "", "By Jane Doe", "", *box))
    story = (OPENING.removeprefix("HARBOURTON, Maine — "), MIDDLE, CLOSING)
    article = parse(page + "\n\n" + "\n\n".join(story) + "\n")
    assert [p.text for p in article.paragraphs] == list(story)
