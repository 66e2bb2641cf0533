"""The English-language press of the Caribbean, the Pacific, Central Asia, the Nordic countries, West and East
Africa and the Gulf, and the page kinds the sixteenth probes printed (a fact-check box, a "what we know"
explainer, a live blog, a schedule and a forecast with list lines, a Q&A): the bylines, list lines, labels and
prompts they showed the parser missing. Every page and line here is written from scratch; each page is read
with a blank line between lines and with none."""

from __future__ import annotations

import pytest

from articlecli import parse

from .conftest import quotes_of
from .stories import BODY, HEADLINE

SPACINGS = pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])


def page(header: list[str], middle: list[str] | None = None, after: list[str] | None = None, *, blank: bool) -> str:
    """The header's lines, the story with `middle` after its second paragraph, and the lines after the story."""
    body = [*BODY[:2], *(middle or []), *BODY[2:]]
    return ("\n\n" if blank else "\n").join([*header, *body, *(after or [])]) + "\n"


# (the lines between the headline and the story, the authors): bylines without "By"
BYLINES = [
    # people whose given names the lexicon lacks, joined by "and" or a comma, over the date
    (
        ["Hamad Al Kuwari and Priya Venkataraman", "Published: Mon 13 May 2024, 6:04 PM"],
        ["Hamad Al Kuwari", "Priya Venkataraman"],
    ),
    (["Yerlan Abenov and Saule Tokayeva", "13 May 2024, 08:00"], ["Yerlan Abenov", "Saule Tokayeva"]),
    # a name glued to a writer's desk or job by a slash (Caribbean papers)
    (["Tamika Brissett/Observer Fact Check Desk", "May 12, 2024 | 6:15 PM"], ["Tamika Brissett"]),
    (["Jovan Reid/Senior Gleaner Writer", "May 12, 2024"], ["Jovan Reid"]),
    # the outlet after a bar, its name ending in "Wire", "Ledger" or "Monitor": no author
    (["Kwabena Asante-Darko | Gold Coast Wire", "13 May 2024 at 17:45"], ["Kwabena Asante-Darko"]),
    (["Losana Vakacegu | Viti Ledger", "13 May 2024"], ["Losana Vakacegu"]),
]


# ... and places or public bodies joined the same way over the date are no authors (a place's or a body's word
# opens or ends each: "Port", "Cape", "Bay", "Beach", "Council", "Guard")
NOT_BYLINES = [
    ["Port Maria and Annotto Bay", "13 May 2024"],
    ["Parish Council and Coast Guard", "May 12, 2024 | 6:15 PM"],
    ["Cape Coral and Palm Beach", "13 May 2024, 08:00"],
    ["Fire Brigade and Coast Guard", "Published: Mon 13 May 2024, 6:04 PM"],
    ["Tevita Fonua and Kingston Harbour", "May 12, 2024"],
]


@SPACINGS
@pytest.mark.parametrize("lines", NOT_BYLINES, ids=[b[0][:24] for b in NOT_BYLINES])
def test_places_and_bodies_beside_the_date_are_no_byline(lines: list[str], blank: bool) -> None:
    article = parse(page([HEADLINE, *lines], blank=blank))
    assert [a.name for a in article.authors] == []


@SPACINGS
@pytest.mark.parametrize(("lines", "authors"), BYLINES, ids=[b[0][0][:24] for b in BYLINES])
def test_bylines_without_by(lines: list[str], authors: list[str], blank: bool) -> None:
    article = parse(page([HEADLINE, *lines], blank=blank))
    assert ([a.name for a in article.authors], article.deck) == (authors, None)


@SPACINGS
def test_a_breadcrumb_trail_over_the_headline_is_no_picture_credit(blank: bool) -> None:
    header = ["Home / Fiji / Western Division", "Explainer", HEADLINE, "Losana Vakacegu", "13 May 2024"]
    article = parse(page(header, blank=blank))
    assert (article.headline, list(article.captions)) == (HEADLINE, [])


BOTH, BLANK, GLUED = (True, False), (True,), (False,)  # the spacings a row is read in: where it failed before

# (the lines set in the story, the lines that must be its paragraphs, its headings, the spacings; glued, most
# lists were read already, as a block of lines)
LISTS = [
    # a schedule's lines led by a date: the story's, not date lines
    (
        [
            "The operator expects these days to be the busiest:",
            "Thursday, June 13: 94,000 passengers",
            "Friday, June 14: 97,000 passengers",
            "Saturday, July 6: 88,000 passengers",
        ],
        ["Thursday, June 13: 94,000 passengers", "Saturday, July 6: 88,000 passengers"],
        [],
        BOTH,
    ),
    (
        ["The tour stops at:", "May 4 – Riverton @ Harbour Hall", "May 11 – Westport @ The Quay Rooms"],
        ["May 4 – Riverton @ Harbour Hall", "May 11 – Westport @ The Quay Rooms"],
        [],
        BLANK,
    ),
    # labelled rows and short items under a sentence that leads into them with a colon
    (
        [
            "A reminder of the numbers to call if you need help:",
            "Emergency services: 112",
            "Volunteer hotline: 8 (771) 300-45-45",
        ],
        ["Emergency services: 112", "Volunteer hotline: 8 (771) 300-45-45"],
        [],
        BLANK,
    ),
    (
        [
            "The board has set up water points at these places, open from 6am to 6pm:",
            "Churchill Park (main gate)",
            "Drasa settlement hall",
            "Lautoka Market car park",
        ],
        ["Churchill Park (main gate)", "Drasa settlement hall", "Lautoka Market car park"],
        [],
        BLANK,
    ),
    # a short title under the rows is the next section's subheading
    (
        [
            "Tuesday to Friday, according to the forecasters:",
            "Greater Accra: Thunderstorms in the afternoons, 24°C to 31°C",
            "Central: Heavy rain along the coast, 23°C to 30°C",
            "What the agency is doing",
            "The agency said it had cleared drains in three districts and put emergency teams on standby overnight.",
        ],
        ["Central: Heavy rain along the coast, 23°C to 30°C"],
        ["What the agency is doing"],
        GLUED,
    ),
]


@pytest.mark.parametrize(
    ("middle", "kept", "headings", "blank"),
    [(m, k, h, b) for m, k, h, spacings in LISTS for b in spacings],
    ids=[f"{m[1][:24]}-{'blank' if b else 'glued'}" for m, _, _, spacings in LISTS for b in spacings],
)
def test_list_lines_under_a_lead_are_paragraphs(
    middle: list[str], kept: list[str], headings: list[str], blank: bool
) -> None:
    article = parse(page([HEADLINE, "By Jane Doe", "May 13, 2024"], middle, blank=blank))
    assert set(kept) <= {p.text for p in article.paragraphs}
    assert [h.text for h in article.headings] == headings


def test_a_live_blogs_summary_over_its_first_posts_is_the_standfirst() -> None:
    """(A summary that shares a word with the headline: an older story's opening shares none.)"""
    summary = "The harbour library will close in December unless the county pays for a new roof, councillors heard."
    posts = ["10:05", BODY[0], "09:40", BODY[1], "09:10", BODY[2]]
    lines = [
        HEADLINE,
        "Jane Doe, Omar Pike",
        "Published: 13 May 2024, 08:00",
        summary,
        "Follow our live coverage.",
        *posts,
    ]
    article = parse("\n\n".join(lines) + "\n")
    assert article.deck == summary


# (the lines after the story, what must be no paragraph, heading or credit, the spacing)
TIP = "Have you seen a claim that needs checking? WhatsApp the Fact Check Desk at 876-555-0142."
TAILS = [
    # a box of other stories labelled in capitals, in a story with crossheads in capitals
    (["RELATED", "FACT CHECK: Is the toll the highest in the region?"], ["RELATED"], True),
    # a tip line giving a phone number
    ([TIP], [TIP], True),
    ([TIP, "RELATED", "FACT CHECK: Is the toll the highest in the region?"], [TIP, "RELATED"], False),
]


# ... and a tip line to the outlet itself in other words; an appeal in the story to call someone else (the
# police, a helpline) is the story's paragraph
PHONE_LINES = [
    ("Got a story from your street? WhatsApp us on 0770 090 0123.", True),
    ("Know more about the closure? Call our newsroom on 020 7946 0000.", True),
    ("Have a tip? Text the Harbour Gazette on 555-0199.", True),
    ("Were you at the match on Saturday? Call the incident room on 0161 555 2090.", False),
    ("Did you see the crash on the bypass? Call police on 101, quoting log 4120 of 12 May.", False),
    ("Can you help? Ring Crimestoppers anonymously on 0800 555 111.", False),
    ("Have your fields flooded? Call the council's farm helpline on 0300 555 0110.", False),
]


@pytest.mark.parametrize(("line", "furniture"), PHONE_LINES, ids=[p[0][:28] for p in PHONE_LINES])
def test_a_tip_line_sends_the_reader_to_the_outlet_not_to_anyone(line: str, furniture: bool) -> None:
    article = parse(page([HEADLINE, "By Jane Doe", "May 13, 2024"], [line], blank=True))
    assert (line in {p.text for p in article.paragraphs}) is not furniture


@pytest.mark.parametrize(("after", "dropped", "blank"), TAILS, ids=["related-capitals", "tip-line", "glued-both"])
def test_furniture_after_the_story(after: list[str], dropped: list[str], blank: bool) -> None:
    article = parse(page([HEADLINE, "By Jane Doe", "May 13, 2024"], ["VERDICT: FALSE"], after, blank=blank))
    kept = {p.text for p in article.paragraphs} | {h.text for h in article.headings}
    assert not kept & set(dropped)
    assert not {c.credit for c in article.captions} & set(dropped)


SUMMARY_LABELS = ["What you need to know:", "What we know:", "At a glance:"]


@SPACINGS
@pytest.mark.parametrize("label", SUMMARY_LABELS)
def test_a_summary_box_label_is_no_paragraph(label: str, blank: bool) -> None:
    header = [HEADLINE, "By Jane Doe", "Monday, May 13, 2024", label]
    article = parse(page(header, blank=blank))
    kept = {p.text for p in article.paragraphs} | {h.text for h in article.headings}
    assert label not in kept


# ... but the same words in the story, without the colon, head a section of it
SUBHEADINGS = ["What you need to know", "What You Need To Know", "What we know so far"]


@SPACINGS
@pytest.mark.parametrize("heading", SUBHEADINGS)
def test_a_summary_label_in_the_story_is_its_subheading(heading: str, blank: bool) -> None:
    article = parse(page([HEADLINE, "By Jane Doe", "Monday, May 13, 2024"], [heading], blank=blank))
    assert [h.text for h in article.headings] == [heading]


def test_a_quote_set_alone_is_spoken_by_the_name_on_the_dash_line_under_it() -> None:
    claim = '"Since January, gas at the pump drop 20 per cent."'
    source = "— Desmond Pryce, MP for St Elizabeth South Central, at a rally in Santa Cruz, May 4"
    assert quotes_of("The rating box.", claim, source) == [
        ("Since January, gas at the pump drop 20 per cent.", "Desmond Pryce")
    ]
