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


# A topic label and a section path of two parts over the headline, then a standfirst and a byline: the path
# ("News > Marsh Court inquiry") is no link of a list, so the headline under it is not one either.
_INQUIRY = """Brackley Evening Post
Sign in | Subscribe
News
Sport
Business
Marsh Court inquiry
News > Marsh Court inquiry
Caretaker tells fire inquiry he reported faulty doors at least six times
Lawyer for bereaved families says warnings were filed and forgotten
By Anjali Desai, Chief Reporter
Published: 10:14, 8 May 2024 | Updated: 17:52, 8 May 2024
The former caretaker of a tower block where three people died told a public inquiry that he reported broken doors.
Derek Mullins, 58, worked at Marsh Court, a 14-storey block on the Eastfield estate, from 2011 until the fire.
Questioned by counsel to the inquiry, he said he had logged the faults on the managing agent's system and by email.
The chairman of the inquiry said the emails would be published on the inquiry's website on Thursday.
"""


@pytest.mark.parametrize("spaced", SPACINGS)
def test_headline_under_a_section_path_of_two_parts(spaced: bool) -> None:
    page = "\n\n".join(line for line in _INQUIRY.split("\n") if line) + "\n" if spaced else _INQUIRY
    article = articlecli.parse(page)
    assert article.headline == "Caretaker tells fire inquiry he reported faulty doors at least six times"
    assert article.deck == "Lawyer for bereaved families says warnings were filed and forgotten"
    assert [a.name for a in article.authors] == ["Anjali Desai"]


# A caption opening "Pictured:" between paragraphs, with who supplied the picture in brackets after its full stop.
_PICTURED = """Bandstand saved as civic society raises £48,000 in six months
By Lucy Hartnell
11 May 2024
A Victorian bandstand in Ashcombe Park that was fenced off as unsafe in 2019 will reopen this summer.
The Ashcombe Civic Society launched its appeal in November with a target of £40,000 and passed it in April.
{caption}
Much of the work was carried out by apprentices from the town's college over six weekends this spring.
The first concert, by Ashcombe Silver Band, will be held on Sunday 14 July, the society said on Friday.
"""
PICTURED = [
    pytest.param(
        "Pictured: the bandstand as it stood in 1952, from the society's archive. (Ashcombe Civic Society)",
        ("the bandstand as it stood in 1952, from the society's archive.", "Ashcombe Civic Society"),
        id="an organisation in brackets",
    ),
    pytest.param(
        "Pictured: volunteers repaint the railings on Saturday. (Ashcombe Advertiser)",
        ("volunteers repaint the railings on Saturday.", "Ashcombe Advertiser"),
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
