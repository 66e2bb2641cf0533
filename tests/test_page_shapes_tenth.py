"""Classes of pages the tenth probe set (tests/probes, TENTH_PAGES in test_probes.py) showed the parser
missing, in local and metro press: the writer who took the pictures too (`Story and photos by`), a second
author stacked under the first with a title of their own, a desk signing in the plural without "By", a job
title and the outlet under a bare name; captions with no credit and no verb where the header credits the
pictures or the page has other captions, the lead picture's credit printed above its caption; a local
station's video link between paragraphs and a paper's membership pitch after the story; a speaker after a title
naming its office's field ("Director of Public Works Name said"), "he said" after an unnamed spokesman; a
gallery counted "1 / 12". Each page here is
written from scratch, and each is read printed a line a block and with a blank line between every two lines
(both occur in copies of real pages)."""

from __future__ import annotations

import pytest

import articlecli

from .conftest import quotes_of

_BODY = """
Ferry workers walked off the job on Monday, halting deliveries of food and fuel to the outer islands.
The union said the strike would last until the operator agreed to a new pay offer for its crews.
{picture}
The operator said it had offered a four percent rise and would meet union leaders again on Wednesday.
Talks are due to resume on Wednesday, a spokesman for the operator said in a statement on Monday.
"""

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]


def _page(*header: str, picture: str = "", spaced: bool = False) -> str:
    page = "\n".join(header) + _BODY.format(picture=picture)
    if not spaced:
        return page
    return "\n\n".join(line for line in page.split("\n") if line) + "\n"


BYLINES = [
    pytest.param(
        ("Last call at the harbour cafe", "Story and photos by Mia Lund", "March 12, 2021"),
        ["Mia Lund"],
        id="the writer who took the pictures too",
    ),
    pytest.param(
        ("Last call at the harbour cafe", "Words and pictures by Mia Lund", "March 12, 2021"),
        ["Mia Lund"],
        id="'Words and pictures by'",
    ),
    pytest.param(
        (
            "Ferry strike halts island deliveries",
            "Mia Lund, Staff Writer",
            "Omar Pike, Contributing Writer",
            "March 12, 2021",
        ),
        ["Mia Lund", "Omar Pike"],
        id="two authors stacked, each with a title of their own",
    ),
    pytest.param(
        ("Ferry strike halts island deliveries", "Staff reporters", "March 12 2021 - 6:30pm"),
        ["Staff reporters"],
        id="a desk signing in the plural without 'By'",
    ),
    pytest.param(
        ("Ferry strike halts island deliveries", "By Staff Writers", "March 12, 2021"),
        ["Staff Writers"],
        id="a desk in the plural after 'By'",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("header", "authors"), BYLINES)
def test_byline(header: tuple[str, ...], authors: list[str], spaced: bool) -> None:
    article = articlecli.parse(_page(*header, spaced=spaced))
    assert [a.name for a in article.authors] == authors
    assert article.headline == header[0]
    assert len(article.paragraphs) == 4


_TWO_PICTURES = """Ferry strike halts island deliveries
{byline}
March 12, 2021
Ferry workers walked off the job on Monday, halting deliveries of food and fuel to the outer islands.
The union said the strike would last until the operator agreed to a new pay offer for its crews.
{first}
The operator said it had offered a four percent rise and would meet union leaders again on Wednesday.
Shops on the outer islands said they had bread and milk for two more days at most.
{second}
Talks are due to resume on Wednesday, a spokesman for the operator said in a statement on Monday.
The union said its members would picket the quay at Westport every morning until then.
"""

# (byline, the line after the second paragraph, the line after the fourth, captions as (text, credit)):
# a description with a full stop and no verb, alone between paragraphs
UNCREDITED_CAPTIONS = [
    pytest.param(
        "Story and photos by Mia Lund",
        "Skipper Ana Ruiz at the wheel of her ferry on Monday morning.",
        "Deckhand Omar Pike during the last crossing before the strike.",
        [
            ("Skipper Ana Ruiz at the wheel of her ferry on Monday morning.", None),
            ("Deckhand Omar Pike during the last crossing before the strike.", None),
        ],
        id="a name, then where: the writer took the pictures",
    ),
    pytest.param(
        "By Mia Lund",
        "Pickets gather on the quay at Westport on Monday.\nContributed photo",
        "The empty ferry terminal at Westport on Tuesday morning.",
        [
            ("Pickets gather on the quay at Westport on Monday.", "Contributed photo"),
            ("The empty ferry terminal at Westport on Tuesday morning.", None),
        ],
        id="a thing described after 'The', then where, on a page with a credited caption",
    ),
    pytest.param(
        "Text and photos by Mia Lund",
        "The empty ferry shed on the quay at Westport on Monday.",
        "Deckhand Omar Pike during the last crossing before the strike.",
        [
            ("The empty ferry shed on the quay at Westport on Monday.", None),
            ("Deckhand Omar Pike during the last crossing before the strike.", None),
        ],
        id="a thing described after 'The', the writer took the pictures",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("byline", "first", "second", "captions"), UNCREDITED_CAPTIONS)
def test_caption_with_no_credit_and_no_verb(
    byline: str, first: str, second: str, captions: list[tuple[str, str | None]], spaced: bool
) -> None:
    page = _TWO_PICTURES.format(byline=byline, first=first, second=second)
    if spaced:
        page = "\n\n".join(page.strip().split("\n")) + "\n"
    article = articlecli.parse(page)
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert len(article.paragraphs) == 6


_LEAD_PICTURE = """Rural broadband grants stall as lawmakers fight over the map
By Mia Lund
May 10, 2024
{credit}
{caption}
SALEM — More than $90 million meant to bring fast internet to rural homes has not been spent.
The money is supposed to be awarded by the utilities commission to providers that wire remote areas.
Senators and the commission disagree about which areas qualify for the grants.
Providers have until Aug. 1 to apply for the first round of grants.
"""

# (credit line, the caption under it, the credit as read)
CREDITS_ABOVE_LEAD_CAPTIONS = [
    pytest.param(
        "Photo courtesy of the Senate Information Office",
        "Sen. Ada Rowe speaks during floor debate on the broadband bill on Thursday.",
        "the Senate Information Office",
        id="'Photo courtesy of' above the caption",
    ),
    pytest.param(
        "Omar Pike/Capitol News",
        "A crew lays fiber-optic cable along a county road north of Salem in April.",
        "Omar Pike/Capitol News",
        id="a photographer and the outlet above the caption",
    ),
    pytest.param(
        "Photo courtesy of the state Department of Transportation",
        "Crews inspect the underside of the Route 40 bridge north of Salem in March.",
        "the state Department of Transportation",
        id="a body named after 'the' and a word in lower case",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("credit", "caption", "read"), CREDITS_ABOVE_LEAD_CAPTIONS)
def test_lead_picture_credit_above_its_caption(credit: str, caption: str, read: str, spaced: bool) -> None:
    page = _LEAD_PICTURE.format(credit=credit, caption=caption)
    if spaced:
        page = "\n\n".join(page.strip().split("\n")) + "\n"
    article = articlecli.parse(page)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, read)]
    assert len(article.paragraphs) == 4


# (the line under a bare name): a job title, then the outlet after a comma or a bar
JOB_TITLES_AND_OUTLETS = [
    pytest.param("Statehouse Reporter, Capitol News Service", id="a title, a comma, the outlet"),
    pytest.param("Senior Writer | The Harbour Times", id="a title, a bar, the outlet"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("title", JOB_TITLES_AND_OUTLETS)
def test_a_job_title_and_outlet_under_the_name_is_no_standfirst(title: str, spaced: bool) -> None:
    article = articlecli.parse(
        _page("Ferry strike halts island deliveries", "Mia Lund", title, "March 12, 2021", spaced=spaced)
    )
    assert article.deck is None
    assert [a.name for a in article.authors] == ["Mia Lund"]
    assert len(article.paragraphs) == 4


VIDEO_LINKS = [
    pytest.param("Click to play video: Pickets describe the scene on the quay", id="'Click to play video:'"),
    pytest.param("Play Video: Pickets describe the scene on the quay", id="'Play Video:'"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("link", VIDEO_LINKS)
def test_a_video_link_between_paragraphs_is_neither_heading_nor_paragraph(link: str, spaced: bool) -> None:
    article = articlecli.parse(
        _page("Ferry strike halts island deliveries", "By Mia Lund", picture=link, spaced=spaced)
    )
    assert [h.text for h in article.headings] == []
    assert len(article.paragraphs) == 4


_CLOSING = """Last call at the harbour cafe
By Mia Lund
March 12, 2021
The harbour cafe has served breakfast to the ferry crews every morning since 1983.
Its lease runs out in June, and the owners say they cannot afford the new rent.
A petition to save the cafe has gathered more than 4,000 signatures.
The last breakfast is planned for June 29.
{pitch}
Related Stories
Harbour apartment plan heads to planning board
"""

MEMBERSHIP_PITCHES = [
    pytest.param("Support independent journalism in Westport. Become a Reader member today.", id="independent"),
    pytest.param("Support local journalism: become a member for $5 a month.", id="local"),
    pytest.param("Become a Harbour Voice member and get every story first.", id="become a member"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("pitch", MEMBERSHIP_PITCHES)
def test_a_membership_pitch_after_the_story_is_no_paragraph(pitch: str, spaced: bool) -> None:
    page = _CLOSING.format(pitch=pitch)
    if spaced:
        page = "\n\n".join(page.strip().split("\n")) + "\n"
    article = articlecli.parse(page)
    assert [p.text for p in article.paragraphs][-1] == "The last breakfast is planned for June 29."
    assert len(article.paragraphs) == 4


# (paragraph, quotes as (text, speaker)): a title naming its office's field after "of" or "for", then the name
FIELD_TITLES = [
    (
        'Vice President for Finance Harold Brandt said in an email that the college had "looked hard at every option".',
        [("looked hard at every option", "Harold Brandt")],
    ),
    (
        'Director of Public Works Alan Reyes said the pool would "open two weeks late" this summer.',
        [("open two weeks late", "Alan Reyes")],
    ),
    (
        'Commissioner for Health Ada Rowe said the clinics were "full every single day".',
        [("full every single day", "Ada Rowe")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), FIELD_TITLES, ids=[t[0][:40] for t in FIELD_TITLES])
def test_speaker_after_a_title_naming_its_field(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(paragraph) == expected


# (paragraphs, quotes as (text, speaker)): "he" or "she" under a paragraph reporting an unnamed spokesperson is
# that spokesperson, who speaks for the organisation, not the person quoted before
SPOKESPERSON_PRONOUNS = [
    (
        [
            "Mr Doyle, who was at the fete, said he owed the crew his life.",
            '"They landed in a field of barley," he said.',
            "A spokesman for Three Counties Air Ambulance said each mission costs the charity about £4,000.",
            '"Every pound raised keeps a helicopter in the air," he said.',
        ],
        [
            ("They landed in a field of barley,", "Doyle"),
            ("Every pound raised keeps a helicopter in the air,", "Three Counties Air Ambulance"),
        ],
    ),
    (
        [
            "Janet Doyle said the crew had visited the family twice since the crash.",
            "A spokeswoman for Three Counties Air Ambulance said the charity was grateful.",
            '"Events like this keep us flying," she said.',
        ],
        [("Events like this keep us flying,", "Three Counties Air Ambulance")],
    ),
    (
        [
            "A spokesman for the Millrace Chamber of Commerce said members had reported losing trade.",
            '"People just avoid the town now," he said.',
        ],
        [("People just avoid the town now,", "Millrace Chamber of Commerce")],
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"), SPOKESPERSON_PRONOUNS, ids=[s[0][-1][:40] for s in SPOKESPERSON_PRONOUNS]
)
def test_a_pronoun_after_an_unnamed_spokesperson(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes_of(*paragraphs) == expected


# a gallery between paragraphs, its counters printed with a slash, each glued over a caption with no credit
_GALLERY = """
PHOTOS: Ferry strike day one
1 / 12
Pickets gather on the quay at Westport on Monday morning.
2 / 12
The empty car deck of the Island Star, tied up at Westport.
"""


def test_a_gallery_counted_with_a_slash() -> None:
    article = articlecli.parse(_page("Ferry strike halts island deliveries", "By Mia Lund", picture=_GALLERY.strip()))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("PHOTOS: Ferry strike day one", None),
        ("Pickets gather on the quay at Westport on Monday morning.", None),
        ("The empty car deck of the Island Star, tied up at Westport.", None),
    ]
    assert len(article.paragraphs) == 4
