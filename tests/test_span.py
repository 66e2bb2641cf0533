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
