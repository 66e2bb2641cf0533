"""Classes of pages the eighth probe set (tests/probes, EIGHTH_PAGES in test_probes.py) showed the parser
missing: a photographer named for the whole piece with a label, a desk of an outlet named with "Today"
signing in lower case, a map's credit after a graphic's label, a caption ending "Picture supplied", captions
with no credit right above the next subheading, a section's label glued under the rows of the list
before it, a speech verb inside what an earlier one reports; and, on a page printed a block a line, a box of
labelled rows that ended the story and a list's last line read as a subheading. Each page here is written
from scratch."""

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


BYLINES = [
    pytest.param(
        ("The Last Crossing", "By Mia Lund", "Photography: Omar Pike", "March 12, 2021"),
        ["Mia Lund"],
        id="a photographer labelled 'Photography:' under the byline",
    ),
    pytest.param(
        ("The Last Crossing", "Words: Mia Lund", "Photographs: Omar Pike", "March 12, 2021"),
        ["Mia Lund"],
        id="'Photographs:' under a 'Words:' byline",
    ),
    pytest.param(
        ("Ferry strike halts island deliveries", "By Harbour Today staff", "March 12, 2021"),
        ["Harbour Today staff"],
        id="an outlet named with 'Today' whose staff signs in lower case",
    ),
]


@pytest.mark.parametrize(("header", "authors"), BYLINES)
def test_byline_and_no_caption(header: tuple[str, ...], authors: list[str]) -> None:
    article = articlecli.parse(_page(*header))
    assert [a.name for a in article.authors] == authors
    assert not article.captions
    assert len(article.paragraphs) == 4


CAPTIONS = [
    pytest.param(
        "The crews' meeting point on the quay at Westport on Monday.\nGraphic: Westport Today",
        "The crews' meeting point on the quay at Westport on Monday.",
        "Westport Today",
        id="a map's caption over 'Graphic: Outlet'",
    ),
    pytest.param(
        "The routes the ferries will not sail until the strike ends\nMap: Skerry Daily",
        "The routes the ferries will not sail until the strike ends",
        "Skerry Daily",
        id="a map's caption with no full stop over 'Map: Outlet'",
    ),
    pytest.param(
        "Ferry skipper Ana Ruiz on the bridge of the Island Star on Monday. Picture supplied",
        "Ferry skipper Ana Ruiz on the bridge of the Island Star on Monday.",
        "Picture supplied",
        id="'Picture supplied' after the caption's full stop",
    ),
    pytest.param(
        "Crews wait on the quay at Westport on Monday. Photo supplied",
        "Crews wait on the quay at Westport on Monday.",
        "Photo supplied",
        id="'Photo supplied' after the caption's full stop",
    ),
]


@pytest.mark.parametrize(("picture", "caption", "credit"), CAPTIONS)
def test_caption_between_paragraphs(picture: str, caption: str, credit: str) -> None:
    article = articlecli.parse(_page("Ferry strike halts island deliveries", "By Mia Lund", picture=picture))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert len(article.paragraphs) == 4


_SECTION = """Ferry strike halts island deliveries
By Mia Lund
March 12, 2021
Ferry workers walked off the job on Monday, halting deliveries of food and fuel to the outer islands.
The union said the strike would last until the operator agreed to a new pay offer for its crews.
{caption}
{heading}
The operator said it had offered a four percent rise and would meet union leaders again on Wednesday.
Shops on the outer islands said they had bread and milk for two more days at most.
{title}
Union leaders
Talks are due to resume on Wednesday, a spokesman for the operator said in a statement on Monday.
The union said its members would picket the quay at Westport every morning until then.
"""

# (a caption closing a section, the subheading under it, and a long title over a subheading further down,
# with no verb: a title's nouns or a specification line, no caption)
CAPTIONS_OVER_SUBHEADINGS = [
    pytest.param(
        "Gulls follow the last ferry out of Westport on Monday evening",
        "What the operator says",
        "The four stages of the Harbour Ferries Recovery Plan",
        id="a caption naming a place over a subheading",
    ),
    pytest.param(
        "The crew cabin has two bunks and a stove bolted to the floor",
        "Day two: the crossing",
        "5.5-inch screen with a resolution of 1080 pixels",
        id="a caption over a subheading with a colon",
    ),
    pytest.param(
        "The ramp lifts to let the freight lorries drive straight on",
        "Will the talks succeed?",
        "A ferry with two decks and a lift for the freight",
        id="a caption over a question subheading",
    ),
]


@pytest.mark.parametrize(("caption", "heading", "title"), CAPTIONS_OVER_SUBHEADINGS)
def test_caption_right_above_a_subheading(caption: str, heading: str, title: str) -> None:
    article = articlecli.parse(_SECTION.format(caption=caption, heading=heading, title=title))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None)]
    assert heading in [h.text for h in article.headings]
    assert caption not in [p.text for p in article.paragraphs]


_BOXES = """Harbour Rovers v Westport Town: Ruiz fit for the decider
By Mia Lund
March 12, 2021
Ana Ruiz will start for Harbour Rovers on Saturday after missing the last three matches with a knee injury.
Probable line-ups
Harbour Rovers (4-4-2): Lund; Pike, Marsh, Chow, Ortiz; Ruiz, Lee, Khan, Roe; Quist, Amari.
Westport Town (4-3-3): Haddad; Park, Ferris, Rowe, Ames; Ruiz, Dane, Holt; Mabry, Lane, Noor.
{label}
Harbour Rovers: W W D L W
Westport Town: L W W W D
{second}
The Rovers need a point on Saturday to go up as champions, and have lost once at home all season.
Ferry times
Saturday: 9am and 11am
Sunday: 10am
Mia Lund
"""

# (a short label under the rows of the box above is the next box's subheading; a name under the last rows,
# the writer's, is not)
LABELS_AFTER_ROWS = [
    pytest.param("Form guide", "What they said", id="labels under sentence rows and under labelled rows"),
    pytest.param("Recent form", "Prediction", id="other labels of a preview"),
]


@pytest.mark.parametrize(("label", "second"), LABELS_AFTER_ROWS)
def test_a_label_under_the_rows_of_the_box_above(label: str, second: str) -> None:
    article = articlecli.parse(_BOXES.format(label=label, second=second))
    assert [h.text for h in article.headings][:3] == ["Probable line-ups", label, second]
    assert "Mia Lund" not in [h.text for h in article.headings]


_QUOTE_PAGE = """Clinic adds a session
By Mia Lund
March 12, 2021
The number of adults referred to the hospital with hay fever has risen by about a fifth since 2019.
{line}
The clinic will review the extra session in the autumn.
"""

# (a speech verb inside what an earlier verb reports is no cue: the earlier verb's subject speaks)
REPORTED_VERBS = [
    pytest.param(
        'A spokeswoman for Westport General Hospital said its allergy clinic had added a second session "to keep '
        'waiting times under eight weeks".',
        "Westport General Hospital",
        id="'had added' inside what a spokeswoman said",
    ),
    pytest.param(
        'A spokesman for the Harbour Ferry Company said its Westport depot had added two crews "to clear the '
        'backlog by Friday".',
        "Harbour Ferry Company",
        id="'had added' inside what an organisation's spokesman said",
    ),
]


@pytest.mark.parametrize(("line", "speaker"), REPORTED_VERBS)
def test_speaker_of_a_quote_after_a_reported_verb(line: str, speaker: str) -> None:
    article = articlecli.parse(_QUOTE_PAGE.format(line=line))
    assert [q.speaker for q in article.quotes] == [speaker]


def _spaced(page: str) -> str:
    """The page printed a block a line, a blank line between every two (as many pages are copied)."""
    return "\n\n".join(page.strip().split("\n")) + "\n"


_SPACED_BOX = """Harbour Rovers v Westport Town: Ruiz fit for the decider
By Mia Lund
March 12, 2021
Ana Ruiz will start for Harbour Rovers on Saturday after missing the last three matches with a knee injury.
The forward trained fully on Thursday, and the manager confirmed she would return in place of Ivo Marsh.
Team details
Kick-off: Saturday 3pm, Harbour Park
Referee: Jo Ainsley
Harbour Rovers (4-4-2): Lund; Pike, Marsh, Chow, Ortiz; Ruiz, Lee, Khan, Roe; Quist, Amari.
Westport Town (4-3-3): Haddad; Park, Ferris, Rowe, Ames; Ruiz, Dane, Holt; Mabry, Lane, Noor.
Prediction
The Rovers need a point on Saturday to go up as champions, and have lost once at home all season.
About 300 tickets remain in the East Stand, on sale online until 10am on Saturday.
"""

_SPACED_LIST = """Boil water notice for Westport
By Mia Lund
March 12, 2021
Residents of Westport have been told to boil tap water after a main burst under the harbour road on Monday.
The water company said the notice would stay in place until tests came back clear, probably on Thursday.
Crews found the burst main under the harbour road on Monday morning after residents reported brown water.
Shops on the harbour front sold out of bottled water by lunchtime, and the council opened two collection points.
What to do
Boil tap water for drinking and brushing teeth until the notice ends
Let boiled water cool before giving it to babies or pets
Use bottled water for baby formula if you can get it
Volunteers give out bottled water at the harbour car park from 8am to 6pm each day until Thursday.
The company said about 4,000 homes and the primary school on Quay Street were affected by the notice.
Engineers expect to finish the repair to the main late on Tuesday, and to start flushing the pipes overnight.
The last boil water notice in the town, in 2019, lasted five days after a storm flooded the treatment works.
Customers can check whether their street is affected on the company's website or by calling its helpline.
"""


# (a page printed a block a line: a box of labelled rows does not end the story above the paragraphs
# after it; the last line of a list over the next paragraph is an item, not a subheading)
SPACED_PAGES = [
    pytest.param(
        _spaced(_SPACED_BOX),
        "About 300 tickets remain in the East Stand, on sale online until 10am on Saturday.",
        ["Team details", "Prediction"],
        id="a box of labelled rows a block each, paragraphs after it",
    ),
    pytest.param(
        _spaced(_SPACED_LIST),
        "Use bottled water for baby formula if you can get it",
        [],
        id="a list a block a line, over the next paragraph",
    ),
]


@pytest.mark.parametrize(("page", "kept", "headings"), SPACED_PAGES)
def test_a_page_printed_a_block_a_line(page: str, kept: str, headings: list[str]) -> None:
    article = articlecli.parse(page)
    got = [h.text for h in article.headings]
    assert kept in [p.text for p in article.paragraphs]
    assert kept not in got
    assert all(h in got for h in headings)
