"""Classes of pages the fifteenth probe set (tests/probes, FIFTEENTH_PAGES in test_probes.py) showed the parser
missing around the headline: a long title over a long standfirst (sixteen words or more each, read as prose by
their length), the writer's bare name and a date line: the title and standfirst are the header, not the story.
Each page is written from scratch and read printed a line a block and with a blank line between every two lines
(both occur in copies of real pages)."""

from __future__ import annotations

import pytest

import articlecli

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_STORY = """
Maura Tierney, the harbourmaster who kept the port of Ballycastle open through three storms, has died aged 77.
She died at home on Sunday, surrounded by her family, after a short illness.
Born in Rathlin in 1946, she joined the harbour board as a clerk in 1968 and ran it for 31 years.
Her son, Eoin Tierney, said the family had been moved by messages from fishing crews along the coast.
"""

LONG_TITLES = [
    pytest.param(
        (
            "Maura Tierney, voice of the harbour radio in west Antrim for four decades, dies aged 77",
            "Harbourmaster who ran the port through three storms was 'the calm voice on the radio', say crews",
            "Nora Keane",
            "Mon May 13 2024 - 06:00",
        ),
        id="an obituary title and standfirst of sixteen words and more, a bare name, a date",
    ),
    pytest.param(
        (
            "Harbour board votes to close the old ferry slipway at Ballycastle after seventy years of island service",
            "Crews say the new pontoon is safer for everyone, but island residents fear much longer waits in winter",
            "Ciarán Doyle",
            "Mon 13 May 2024 09.14 BST",
        ),
        id="a news title and standfirst of seventeen words and more, a bare name, a date",
    ),
]


def _page(header: tuple[str, ...], *, spaced: bool) -> str:
    page = "Coast Courier\nNews\nObituaries\n" + "\n".join(header) + _STORY
    if not spaced:
        return page
    return "\n\n".join(line for line in page.split("\n") if line) + "\n"


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("header", LONG_TITLES)
def test_long_title_over_standfirst_name_and_date(header: tuple[str, ...], spaced: bool) -> None:
    article = articlecli.parse(_page(header, spaced=spaced))
    assert (article.headline, article.deck) == header[:2]
    assert [a.name for a in article.authors] == [header[2]]
    assert article.published is not None and article.published.iso.startswith("2024-05-13")
    assert len(article.paragraphs) == 4
