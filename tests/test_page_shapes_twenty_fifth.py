"""Speakers, captions and titles of pages in English dense in quotes from countries and beats the corpus has little
of (the twenty-fifth probe set: a Philippine Senate hearing, a Nigerian cement market, a Scottish sheriff court, a
US Midwest school board on a TV station's site, a New Zealand netball coach, a shipping trade title).

A case is a few blocks (paragraphs) and the (quote, speaker) pairs a careful reader gives them; its id names the
class, as the commit that added the rule does. The lines are written from scratch, unlike the pages' own.
"""

from __future__ import annotations

import pytest

from articlecli import captions as C
from articlecli.classify.tail import furniture_kind
from articlecli.pipeline import parse

from .speakers import speakers_of

CASES = [
    # names with the Philippines' particles ("dela", "delos", "de los") and a given name abbreviated ("Ma.")
    pytest.param(
        ["“We will not sign a blank cheque,” Sen. Ma. Teresa dela Cruz-Villanueva, who chairs the panel, said."],
        [("We will not sign a blank cheque,", "Ma. Teresa dela Cruz-Villanueva")],
        id="names/an-abbreviated-given-name-and-dela",
    ),
    pytest.param(
        [
            "Vice Mayor Joy dela Rosa opposed the new market fees.",
            'Dela Rosa said: "The vendors were never consulted."',
        ],
        [("The vendors were never consulted.", "Joy dela Rosa")],
        id="names/dela-capitalised-at-a-sentences-start",
    ),
    pytest.param(
        [
            "Gov. Ernesto de los Angeles Jr. inspected the collapsed bridge on Saturday.",
            "“Somebody signed off on this, and we will find out who,” the governor said.",
        ],
        [("Somebody signed off on this, and we will find out who,", "Ernesto de los Angeles Jr.")],
        id="names/de-los-then-the-role",
    ),
    pytest.param(
        ["“We wait four hours for one fare,” said Md. Abdul Karim, who drives an auto-rickshaw in Khulna."],
        [("We wait four hours for one fare,", "Md. Abdul Karim")],
        id="names/md-abbreviated-before-a-bangladeshi-name",
    ),
    # the Philippines', Nigeria's and Kenya's abbreviated titles ("Atty.", "Engr.", "Eng.") are titles: the role
    # they stand for names the person later
    pytest.param(
        [
            "Atty. Lorna Bautista, counsel for the petitioners, filed the motion on Friday.",
            "“The ordinance is void on its face,” the attorney said.",
        ],
        [("The ordinance is void on its face,", "Lorna Bautista")],
        id="titles/atty-then-the-attorney",
    ),
    pytest.param(
        [
            "The collapse was inspected by Engr. Ramon Aquino-Lim of the city's building office.",
            "“The columns were never built to plan,” the engineer said.",
        ],
        [("The columns were never built to plan,", "Ramon Aquino-Lim")],
        id="titles/engr-then-the-engineer",
    ),
    pytest.param(
        ["“We need the permits by June,” Eng. Grace Wanjiru said."],
        [("We need the permits by June,", "Grace Wanjiru")],
        id="titles/eng-before-a-kenyan-name",
    ),
    # a person "of the" body they belong to: the person speaks, not the body
    pytest.param(
        ['Jane Moss of the Greenfield Residents Group said the closure was "a slap in the face."'],
        [("a slap in the face.", "Jane Moss")],
        id="of-the/a-person-of-a-named-body",
    ),
    pytest.param(
        [
            "Pedro Lim of the jeepney drivers' group Samahan ng Tsuper, who joined the strike, said the fare rise was "
            "“too little, too late.”"
        ],
        [("too little, too late.", "Pedro Lim")],
        id="of-the/a-person-of-a-body-described-then-named",
    ),
    pytest.param(
        ["Council member Rhoda Quist of the Westside Tenants Union told reporters: “Rents doubled in four years.”"],
        [("Rents doubled in four years.", "Rhoda Quist")],
        id="of-the/a-person-of-a-union-before-a-colon",
    ),
    pytest.param(
        ['Tomás Ferreira of the growers\' cooperative said the frost had cost them "half the crop."'],
        [("half the crop.", "Tomás Ferreira")],
        id="of-the/a-person-of-a-body-described-only",
    ),
    # ... while a title "of the" body before a name in apposition is the title: the name speaks
    pytest.param(
        ["Director of the Lakes Water Board, Eng. Samuel Otieno, said: “The pumps will run again by Friday.”"],
        [("The pumps will run again by Friday.", "Samuel Otieno")],
        id="of-the/a-title-of-a-body-then-the-name",
    ),
    # when a source spoke is no part of it: "the trust in March", "the ministry on Tuesday"
    pytest.param(
        [
            "The Northgate Ratepayers' Association has opposed the rates rise since January.",
            'A submission by the association in March warned that "pensioners will be priced out of their homes."',
        ],
        [("pensioners will be priced out of their homes.", "Northgate Ratepayers' Association")],
        id="documents/a-time-after-the-issuer",
    ),
    pytest.param(
        [
            "The Coastal Fisheries Authority issued new quotas for the season.",
            'A statement from the authority on Monday said the limits were "based on the best science available."',
        ],
        [("based on the best science available.", "Coastal Fisheries Authority")],
        id="documents/a-weekday-after-the-issuer",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), CASES)
def test_speakers_of_pages_from_other_countries(blocks: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*blocks) == expected


# A broadcaster credits its own pictures by its call sign, alone or with what it credits
CALL_SIGN_CREDITS = [
    ("Trustees hear from parents before Monday's vote. (WKBT Photo)", "WKBT Photo"),
    ("Snow crews clear Route 30 before dawn. (KDLR file photo)", "KDLR file photo"),
    ("The old mill burned for six hours. (KVRN-TV Image)", "KVRN-TV Image"),
    ("Voters line up at the library. (WXNT)", "WXNT"),
]


@pytest.mark.parametrize(("line", "credit"), CALL_SIGN_CREDITS)
def test_a_broadcasters_call_sign_credits_its_picture(line: str, credit: str) -> None:
    split = C.split_caption(line)
    assert split is not None and split[1] == credit


# New Zealand papers close a caption with its label, a spaced slash and who took or gave the picture; a caption
# that quotes someone is a caption still
SLASHED_CREDITS = [
    ("Captain Aroha Tipene: “We never stopped believing.” Photo / Supplied", "Supplied"),
    ("Fans at the “Harbour Lights” final. Picture / Jo Lee", "Jo Lee"),
    ("The new wharf at Ōpōtiki on Tuesday. Photo / Mark Ruwhiu", "Mark Ruwhiu"),
]


@pytest.mark.parametrize(("line", "credit"), SLASHED_CREDITS)
def test_a_credit_after_a_spaced_slash(line: str, credit: str) -> None:
    split = C.split_caption(line)
    assert C.labelled_credit_tail(line) and split is not None and split[1] == credit


def test_a_slash_in_a_sentence_is_no_credit() -> None:
    assert not C.labelled_credit_tail("The vote was split 4 / 3 and the motion failed.")


# A station's label of the video player beside the text
VIDEO_LABELS = [
    "Video above: Crews reopen the bridge after three weeks",
    "WATCH BELOW: Firefighters describe the rescue",
    "Related video: How the levy would change your tax bill",
    "In the video above, the mayor explains the plan",
]


@pytest.mark.parametrize("line", VIDEO_LABELS[:3])
def test_a_label_of_the_video_beside_the_text(line: str) -> None:
    assert furniture_kind(line) == "video"


# A title of one sentence that asks, or quotes a question at its end, over its standfirst: the title is the headline
QUESTION_TITLES = [
    ("Councillors grill port chief over dredging bill: ‘Where did the money go?’", "Chief blames contractor"),
    ("Is the Wairoa bridge safe to cross after the floods?", "Engineers say checks"),
    ('Board asks superintendent: "Why were parents told last?"', "District says letters"),
]


@pytest.mark.parametrize(("title", "deck_start"), QUESTION_TITLES)
def test_a_question_title_over_its_standfirst(title: str, deck_start: str) -> None:
    deck = deck_start + " were delayed by the weather; residents want an answer this week"
    page = "\n".join(
        [
            "The Valley Courier",
            "News",
            "Sport",
            "Opinion",
            title,
            deck,
            "By Mere Tautahi",
            "June 4, 2024",
            "Residents packed the hall on Monday night to hear what had gone wrong, and why nobody had told them.",
            "The work was due to finish in March. It is now expected to run into next year, officials said.",
            "A further meeting will be held on June 18.",
        ]
    )
    article = parse(page)
    assert article.headline == title
    assert article.deck == deck
