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
Her son, Eoin Tierney, said notes from fishing crews all along the coast had kept them going this week.
"""

LONG_TITLES = [
    pytest.param(
        (
            "Maura Tierney, voice of the harbour radio in west Antrim since the 1970s, dies aged 77",
            "Harbourmaster who ran the port through three storms was 'the calm voice on the radio', say crews",
            "Siobhán Darcy",
            "Tue Jun 18 2024 - 07:30",
        ),
        id="an obituary title and standfirst of sixteen words and more, a bare name, a date",
    ),
    pytest.param(
        (
            "Harbour board votes to close the old ferry slipway at Ballycastle after seventy years of island service",
            "Crews say the new pontoon is safer for everyone, but island residents fear much longer waits in winter",
            "Ciarán Doyle",
            "Tue 18 Jun 2024 09.14 BST",
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
    assert article.published is not None and article.published.iso.startswith("2024-06-18")
    assert len(article.paragraphs) == 4


# A topic label and a section path of two parts over the headline, then a standfirst and a byline: the path
# ("News > Weir Lane inquiry") is no link of a list, so the headline under it is not one either.
_INQUIRY = """Kellow Evening Star
Sign in | Subscribe
News
Sport
Business
Weir Lane inquiry
News > Weir Lane inquiry
Engineer tells inquiry he warned about the sluice gate in four reports
Residents' barrister says the reports were never read by anyone on the board
By Priya Natarajan, Senior Reporter
Published: 09:05, 21 May 2024 | Updated: 16:40, 21 May 2024
A retired engineer who inspected the Weir Lane sluice for the water board said he had warned of its failing gate.
Colin Ashdown, 64, looked after the sluice from 2008 until the night the lane flooded, the inquiry heard.
Asked by the inquiry's counsel, he said each warning went to the board's maintenance team as a written report.
The inquiry's chair said the four reports would be put before the panel next week.
"""


@pytest.mark.parametrize("spaced", SPACINGS)
def test_headline_under_a_section_path_of_two_parts(spaced: bool) -> None:
    page = "\n\n".join(line for line in _INQUIRY.split("\n") if line) + "\n" if spaced else _INQUIRY
    article = articlecli.parse(page)
    assert article.headline == "Engineer tells inquiry he warned about the sluice gate in four reports"
    assert article.deck == "Residents' barrister says the reports were never read by anyone on the board"
    assert [a.name for a in article.authors] == ["Priya Natarajan"]


# A caption opening "Pictured:" between paragraphs, with who supplied the picture in brackets after its full stop.
_PICTURED = """Lido to reopen after swimming club raises £52,000 in eight months
By Kerensa Polglase
14 June 2024
A 1930s open-air lido in Penhallow Gardens that was drained and closed in 2018 will reopen in August.
The Penhallow Swimming Club started its appeal in October with a target of £45,000 and passed it in May.
{caption}
Most of the tiling was done by volunteers from the town's sailing club over five weekends this spring.
The first public swim will be on Saturday 3 August, the club said on Thursday.
"""
PICTURED = [
    pytest.param(
        "Pictured: the lido on its opening day in 1937, from the club's collection. (Penhallow Swimming Club)",
        ("the lido on its opening day in 1937, from the club's collection.", "Penhallow Swimming Club"),
        id="an organisation in brackets",
    ),
    pytest.param(
        "Pictured: volunteers scrub the pool floor on Sunday. (Penhallow Packet)",
        ("volunteers scrub the pool floor on Sunday.", "Penhallow Packet"),
        id="an outlet in brackets",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("caption", "expected"), PICTURED)
def test_pictured_caption_with_its_credit_in_brackets(caption: str, expected: tuple[str, str], spaced: bool) -> None:
    page = _PICTURED.format(caption=caption)
    if spaced:
        page = "\n\n".join(line for line in page.split("\n") if line) + "\n"
    article = articlecli.parse(page)
    assert [(c.text, c.credit) for c in article.captions] == [expected]
    assert not any("Pictured" in p.text for p in article.paragraphs)
