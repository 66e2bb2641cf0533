"""Court, police, inquest, council and tribunal reports (the twenty-eighth probe set: a sentencing, a trial, an inquest,
a police appeal, a council vote, a regulator's ruling, a petition, an arbitration award, of six countries), where the
speakers are judges, counsel and officers named by role or title, rulings and filings, organisations, families.

Each case is written from scratch around one class (its id names it, as the commit that added the rule does), in
other words, outlets and orders than the probe pages'.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.debris import debris_reason

from .pages import captions as _captions
from .pages import join_lines
from .speakers import speakers_of

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Valley Courier",
    "Magistrates to sit on Saturdays to clear backlog of traffic cases",
    "By Priya Walcott",
    "14 March 2024",
)
_BODY = (
    "Magistrates at Brennock will hear traffic cases on Saturday mornings from April to clear a backlog of 2,300.",
    "Some drivers have waited more than a year for a hearing on speeding and parking charges, court staff said.",
    "The extra sittings will run for six months and will be reviewed in the autumn by the court service.",
    "Defence solicitors in the town said the change was welcome but would stretch their own small firms.",
    "The first Saturday sitting is on April 6, when 40 cases are listed before two benches of magistrates.",
)
_FOOTER = ("More from the Courier", "Bypass roadworks to start in May", "Contact us", "© 2024 Valley Courier")


def _page(*middle: str, after: int = 2, spaced: bool = False) -> str:
    lines = [*_HEADER, *_BODY[:after], *middle, *_BODY[after:], *_FOOTER]
    return join_lines(lines, spaced)


# A broadcaster's picture printed for screen readers: the source's label and its credit, then the caption's label and
# the caption on one line after a comma; the credit is the caption's under it, never the paragraph's above it.
LABELLED_PICTURES = [
    pytest.param(
        ("Image source, Brennock Courts Service", "Image caption, The courthouse on Castle Street will open at 9am"),
        ("The courthouse on Castle Street will open at 9am", "Brennock Courts Service"),
        id="image source then caption, comma",
    ),
    pytest.param(
        ("Image source, Getty Images", "Image caption, Drivers queue outside the court office on Monday"),
        ("Drivers queue outside the court office on Monday", "Getty Images"),
        id="agency credit",
    ),
    pytest.param(
        ("Image source, Family handout", "Image caption, Seren Price was described as “kind to everyone”"),
        ("Seren Price was described as “kind to everyone”", "Family handout"),
        id="a caption quoting someone",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("picture", "caption"), LABELLED_PICTURES)
def test_a_labelled_caption_on_one_line_takes_the_credit_above_it(
    picture: tuple[str, str], caption: tuple[str, str], spaced: bool
) -> None:
    page = _page(*picture, after=3, spaced=spaced)
    assert _captions(page) == [caption]
    assert [p.text for p in articlecli.parse(page).paragraphs] == list(_BODY)


# A picture's caption closed by its labelled credit, under a "Follow us" line and over the story's dateline: the
# picture's, not a title of a box of links under that label.
FOLLOW_THEN_PICTURE = [
    pytest.param(
        "Follow us on Google News",
        "Lawyers outside the district court in Kestrel Nagar on Monday. (Photo: Imran Qureshi)",
        ("Lawyers outside the district court in Kestrel Nagar on Monday.", "Imran Qureshi"),
        id="google news, photo label",
    ),
    pytest.param(
        "Follow us on WhatsApp",
        "The municipal office at Tarapur, where the hearing was held. (Picture by Asha Menon)",
        ("The municipal office at Tarapur, where the hearing was held.", "Asha Menon"),
        id="whatsapp, picture by",
    ),
]


@pytest.mark.parametrize(("label", "line", "caption"), FOLLOW_THEN_PICTURE)
def test_a_credited_caption_under_a_follow_line_is_no_box_title(
    label: str, line: str, caption: tuple[str, str]
) -> None:
    page = "\n\n".join(
        (
            "The Western Sentinel",
            "High Court seeks reply on pleas against new parking fees",
            "Anil Mathur / Kestrel Nagar",
            "Updated: Mar 2, 2024 09:10 IST",
            label,
            line,
            "KESTREL NAGAR: The High Court on Monday sought replies from the city on four pleas against parking fees.",
            "The petitioners, traders from the old market, say the fees were raised fourfold without notice.",
            "The matter will be heard next on March 20.",
            "© 2024 The Western Sentinel",
        )
    )
    assert _captions(page) == [caption]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("Share: Facebook | X | WhatsApp | Email", "share", id="a label, bars"),
        pytest.param("Share this article: Facebook, LinkedIn, Email", "share", id="a label, commas"),
        pytest.param("Facebook Twitter Email Print", "share", id="buttons in a row, no label"),
        pytest.param("Share on: X · Facebook · Copy link", "share", id="dots and a two-word button"),
        pytest.param("Facebook and X users shared the appeal", None, id="a sentence naming platforms"),
        pytest.param("Share prices fell after the ruling", None, id="a sentence opening with share"),
        pytest.param("Email: newsdesk@courier.example", None, id="a contact line"),
    ],
)
def test_a_share_row_on_one_line(line: str, reason: str | None) -> None:
    assert debris_reason(line) == reason


# Who a quote's speaker is, in court, police and council copy.
SPEAKERS = [
    # a courtesy title with a surname two people of the story share: the one named last, nearby
    pytest.param(
        [
            "Tomasz Nowak, 19, was struck by a van on the A61 in January.",
            'His brother, Pawel Nowak, said the family were "still waiting for answers".',
            '"Tomasz loved that stretch of road," Mr Nowak said.',
        ],
        [("still waiting for answers", "Pawel Nowak"), ("Tomasz loved that stretch of road,", "Pawel Nowak")],
        id="shared-surname/title-picks-the-one-named-last",
    ),
    pytest.param(
        [
            "Leanne Okoro chairs the planning committee; her mother-in-law, Grace Okoro, led the objectors.",
            'Speaking after the vote, Mrs Okoro said: "We will take this to the ombudsman."',
        ],
        [("We will take this to the ombudsman.", "Grace Okoro")],
        id="shared-surname/title-in-the-same-paragraph",
    ),
    # a bare surname two men share, then "he said": still that surname's man, not the last speaker (the one named
    # first: his son is introduced after him by a kin noun, tests/test_page_shapes_twenty_ninth.py)
    pytest.param(
        [
            "Magistrate Ruth Ebrahim upheld the appeal of Sipho Ndlovu against his dismissal.",
            '"The process was flawed from the start," Ebrahim wrote.',
            "Speaking outside the court, Ndlovu said he would return to work on Monday.",
            '"I have waited a long time for this," he said.',
            "His son, Themba Ndlovu, drove him to the hearing.",
        ],
        [
            ("The process was flawed from the start,", "Ruth Ebrahim"),
            ("I have waited a long time for this,", "Sipho Ndlovu"),
        ],
        id="shared-surname/bare-surname-is-a-person",
    ),
    # "the spokesman" after "a police spokesman": the body he speaks for
    pytest.param(
        [
            "Officers from Kerrow Valley Police searched the house on Tuesday.",
            "A police spokesman said two men had been arrested.",
            '"Both remain in custody," the spokesman said.',
        ],
        [("Both remain in custody,", "Kerrow Valley Police")],
        id="spokesperson/the-spokesman-after",
    ),
    # a judge of a higher court titled "Justice", then "the judge"
    pytest.param(
        [
            "Justice Meera Kulkarni adjourned the hearing to May 2.",
            '"The state cannot keep asking for time," the judge said.',
        ],
        [("The state cannot keep asking for time,", "Meera Kulkarni")],
        id="role/the-judge-for-justice",
    ),
    # a court's or tribunal's written words: the court named, even after another body
    pytest.param(
        [
            "The Harbour Employment Tribunal upheld the claim against Ferrow Logistics.",
            "According to the decision, Ferrow Logistics had cut her shifts after she complained.",
            '"Her complaint was the reason for the cuts," the decision said.',
        ],
        [("Her complaint was the reason for the cuts,", "Harbour Employment Tribunal")],
        id="document/decision-to-its-court",
    ),
    pytest.param(
        [
            "A three-member panel of the Coastal Planning Tribunal heard the appeal in March.",
            'The panel called the council\'s evidence "thin and late".',
        ],
        [("thin and late", "Coastal Planning Tribunal")],
        id="document/the-panel-to-its-tribunal",
    ),
    pytest.param(
        [
            ("deck", "Panel says the council's survey of residents was 'flawed from the first page'"),
            "A panel of the Kestrel Planning Tribunal heard the appeal over four days.",
            "It ruled for the residents and ordered the council to pay their costs.",
        ],
        [("flawed from the first page", "Kestrel Planning Tribunal")],
        id="document/a-standfirst-panel",
    ),
    # a petition filed by a named body: that body
    pytest.param(
        [
            'The petition, filed by the Old Market Traders\' Association, says the fees are "a tax by another name".',
        ],
        [("a tax by another name", "Old Market Traders' Association")],
        id="document/filed-by",
    ),
    # a document owned by a body of a kind the story names: that body
    pytest.param(
        [
            "Members of Wendham Borough Council will vote on the plan next week.",
            "The council's own report, published on Friday, said the depot was needed.",
            'It warned that delays would "push costs up by a third".',
        ],
        [("push costs up by a third", "Wendham Borough Council")],
        id="document/owned-by-a-kind",
    ),
    # "the company": a business whose name ends in its trade
    pytest.param(
        [
            "Drivers at Ridgeway Coaches walked out on Monday.",
            'The company said the strike was "regrettable and unnecessary".',
        ],
        [("regrettable and unnecessary", "Ridgeway Coaches")],
        id="organisation/the-company-by-its-trade",
    ),
    pytest.param(
        [
            "The regulator fined Kilnsey Logistics after a forklift injured a worker.",
            'The firm called the fine "disproportionate".',
        ],
        [("disproportionate", "Kilnsey Logistics")],
        id="organisation/the-firm-by-its-trade",
    ),
    # a kin noun in apposition to a name, as its subject
    pytest.param(
        ['Her grandmother, Edith Mwangi, said in a letter read to the court that she was "ashamed of nothing".'],
        [("ashamed of nothing", "Edith Mwangi")],
        id="kin/grandmother-in-apposition",
    ),
    pytest.param(
        ['Mr Brandt\'s nephew, Lukas Brandt, said the family had been "left in the dark for months".'],
        [("left in the dark for months", "Lukas Brandt")],
        id="kin/nephew-of-a-named-man",
    ),
    # a court's verbs: ruled, submitted
    pytest.param(
        ['Judge Colm Ferris ruled that the search had been "unlawful from the outset".'],
        [("unlawful from the outset", "Colm Ferris")],
        id="verb/ruled",
    ),
    pytest.param(
        ['"The delay is entirely the state\'s," counsel Arjun Bhatt submitted.'],
        [("The delay is entirely the state's,", "Arjun Bhatt")],
        id="verb/submitted",
    ),
    # a named person's relative described by the name: the one the story names in apposition to that noun
    pytest.param(
        [
            ("caption", 'Mia Laine\'s father said she was "the bravest person I know"'),
            'Her father, Aarne Laine, told the inquest she was "the bravest person I know".',
        ],
        [("the bravest person I know", "Aarne Laine"), ("the bravest person I know", "Aarne Laine")],
        id="kin/a-named-person's-father",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), SPEAKERS)
def test_speakers_in_court_and_council_copy(
    blocks: list[str | tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert speakers_of(*blocks) == expected
