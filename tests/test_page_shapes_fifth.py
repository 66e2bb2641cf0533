"""Classes of pages the fifth probe set (tests/probes, FIFTH_PAGES in test_probes.py) showed the parser
missing: a long headline over a shorter standfirst, a headline with an exclamation inside, credits of a
magazine's photographer and of a TV station, a short pull quote. Each page here is written from scratch."""

from __future__ import annotations

import pytest

import articlecli

_BODY = """

Ferry workers walked off the job on Monday, halting deliveries of food and fuel to the outer islands.

The union said the strike would last until the operator agreed to a new pay offer for its crews.

{picture}

The operator said it had offered a four percent rise and would meet union leaders again on Wednesday.

Talks are due to resume on Wednesday, a spokesman for the operator said in a statement on Monday.
"""


def _page(*header: str, picture: str = "") -> str:
    return "\n".join(header) + _BODY.format(picture=picture)


HEADLINES = [
    pytest.param(
        (
            "News",
            "Island boss 'kept crews unpaid for months to cover his own gambling debts'",
            "Ferry workers walk off the job as the union rejects a pay offer",
            "By Mia Lund",
            "March 12, 2021",
        ),
        "Island boss 'kept crews unpaid for months to cover his own gambling debts'",
        "Ferry workers walk off the job as the union rejects a pay offer",
        id="a long headline over a shorter standfirst, both without a full stop",
    ),
    pytest.param(
        (
            "Celebrity",
            "Rita Chow and Omar Pike are married! See the photos from their island wedding",
            "The singer and the skipper wed on the quay in front of 30 guests",
            "By Mia Lund",
            "March 12, 2021",
        ),
        "Rita Chow and Omar Pike are married! See the photos from their island wedding",
        "The singer and the skipper wed on the quay in front of 30 guests",
        id="a headline with an exclamation inside over its standfirst",
    ),
    pytest.param(
        (
            "Features",
            "The Last Crossing",
            "For forty years one ferry has carried the island's post. This winter it stops.",
            "By Mia Lund",
            "Photographs by Ferry Union Archive",
            "March 12, 2021",
        ),
        "The Last Crossing",
        "For forty years one ferry has carried the island's post. This winter it stops.",
        id="a photographer credited for the whole piece under the byline",
    ),
]


@pytest.mark.parametrize(("header", "headline", "deck"), HEADLINES)
def test_headline_and_standfirst(header: tuple[str, ...], headline: str, deck: str) -> None:
    article = articlecli.parse(_page(*header))
    assert (article.headline, article.deck) == (headline, deck)
    assert [a.name for a in article.authors] == ["Mia Lund"]
    assert not article.captions


CAPTIONS = [
    pytest.param(
        "Crews on the quay at Westport on Monday. Omar Pike for The Island Review",
        "Crews on the quay at Westport on Monday.",
        "Omar Pike for The Island Review",
        id="a name for an outlet after the caption's full stop",
    ),
    pytest.param(
        "Water pours across the ferry ramp on Monday morning. (KWPT)",
        "Water pours across the ferry ramp on Monday morning.",
        "KWPT",
        id="a TV station's call sign in brackets",
    ),
    pytest.param(
        "The ferry leaves the north quay on its last run. (WXNT-TV)",
        "The ferry leaves the north quay on its last run.",
        "WXNT-TV",
        id="a call sign with its band",
    ),
]


@pytest.mark.parametrize(("picture", "caption", "credit"), CAPTIONS)
def test_caption_between_paragraphs(picture: str, caption: str, credit: str) -> None:
    article = articlecli.parse(_page("Ferry strike halts island deliveries", "By Mia Lund", picture=picture))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert len(article.paragraphs) == 4


NOT_CAPTIONS = [
    pytest.param("The crews said they would stay out for the fans. (NATO)", id="an acronym that is no call sign"),
    pytest.param("The union said the offer was a good one for the operator.", id="a sentence ending 'for the ...'"),
]


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_no_caption_between_paragraphs(line: str) -> None:
    article = articlecli.parse(_page("Ferry strike halts island deliveries", "By Mia Lund", picture=line))
    assert not article.captions
    assert len(article.paragraphs) == 5


TABLES = [
    pytest.param(
        "Ferry\tFare\tChange\nNorth Quay Line\tNQL\t$8.20\t-4.1%\nWestport Express\tWPX\t$9.10\t+2.0%\n"
        "Island Runner\tIRN\t$6.45\t-0.8%\nSource: Harbour Data, 4 p.m. ET",
        id="rows of prices and changes over their source",
    ),
    pytest.param(
        "Harbour Ferries\tHFL\t$12.40\t-3.1%\nIsland Lines\tISL\t$7.05\t-1.2%",
        id="two rows of prices and changes",
    ),
]


@pytest.mark.parametrize("table", TABLES)
def test_a_table_of_figures_is_no_heading_and_no_caption(table: str) -> None:
    article = articlecli.parse(_page("Ferry strike halts island deliveries", "By Mia Lund", picture=table))
    assert not article.headings
    assert not article.captions
    story = {p.text for p in article.paragraphs}
    assert {_page().split("\n\n")[k].strip() for k in (1, 2, 4, 5)} <= story


LINK_BOXES = [
    pytest.param(
        "The union said it would ballot its members again before the summer holidays begin.\nRead More\n"
        "Man jailed for attack outside harbour pub\nDriver banned after crash on the coast road",
        "The union said it would ballot its members again before the summer holidays begin.",
        id="a paragraph glued above a 'Read More' box",
    ),
    pytest.param(
        '"We were told the money was coming," Ivo Marsh said on Monday. "It never came."\nRead more\n'
        "Council to vote on new ferry ramp\nIsland school reopens after storm repairs",
        '"We were told the money was coming," Ivo Marsh said on Monday. "It never came."',
        id="a quote paragraph glued above a 'Read more' box",
    ),
]


@pytest.mark.parametrize(("box", "paragraph"), LINK_BOXES)
def test_a_paragraph_glued_above_a_link_box_is_kept(box: str, paragraph: str) -> None:
    article = articlecli.parse(_page("Ferry strike halts island deliveries", "By Mia Lund", picture=box))
    texts = [p.text for p in article.paragraphs]
    assert paragraph in texts
    assert len(texts) == 5


SPEAKERS = [
    pytest.param(
        '"We wanted it to feel like a dinner, not a show," a source close to the couple said.',
        "source close to the couple",
        id="an unnamed source close to someone",
    ),
    pytest.param(
        '"The talks are over for this year," a person familiar with the negotiations said on Monday.',
        "person familiar with the negotiations",
        id="an unnamed source familiar with something",
    ),
    pytest.param(
        'Vance wore a gown by designer Rita Chow, who said in a post that making it was "the most nervous I have been"',
        "Rita Chow",
        id="a relative clause's who after a name",
    ),
    pytest.param(
        'The mayor thanked the skipper, Ivo Marsh, who later said the ferry was "a lifeline for the islands."',
        "Ivo Marsh",
        id="a relative clause after a name in apposition",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), SPEAKERS)
def test_speaker(paragraph: str, speaker: str) -> None:
    article = articlecli.parse(_page("Ferry strike halts island deliveries", "By Mia Lund", picture=paragraph))
    assert [q.speaker for q in article.quotes] == [speaker]


NAMED_LATER = [
    pytest.param(
        'Marsh\'s barrister said his client had made "honest mistakes in the accounts" but denied theft.\n\n'
        '"This is a tired man, not a thief," said the barrister, Colin Pryce.',
        ["Colin Pryce", "Colin Pryce"],
        id="an owner's barrister, named later after a comma and before a full stop",
    ),
    pytest.param(
        'The skipper\'s lawyer called the claim "a fantasy from start to finish."\n\n'
        "The lawyer, Rita Chow, said the crew would appeal.",
        ["Rita Chow"],
        id="an owner's lawyer, named later in apposition",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), NAMED_LATER)
def test_a_described_speaker_named_later(paragraphs: str, speakers: list[str]) -> None:
    article = articlecli.parse(_page("Ferry strike halts island deliveries", "By Mia Lund", picture=paragraphs))
    assert [q.speaker for q in article.quotes] == speakers
