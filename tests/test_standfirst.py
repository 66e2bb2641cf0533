"""The standfirst printed in the story's first lines, told from the story's lead paragraph by what follows it:
the story's own opening (a dateline, a drop capital) or the lead picture; and first paragraphs that stay
paragraphs."""

from __future__ import annotations

import pytest

from articlecli import parse

TITLE = "Harbour Ferries Opens New Island Terminal"
SUMMARY = "The terminal will handle twice the freight of the old quay when it opens in May."
LEAD = (
    "Harbour Ferries opened its new island terminal on Tuesday, a year later than planned and at twice the cost"
    " first agreed with the county."
)
REST = (
    "\n\nThe operator said the terminal would let it run two more sailings a day in summer, and that freight"
    " would no longer wait on the quay overnight.\n\n"
    "“We have waited a long time for this,” said Ada Rowe, who runs the island's grocery.\n"
)

STANDFIRSTS = [
    pytest.param(
        f"{TITLE}\nMarch 12, 2024\n{SUMMARY}\n\nRIVERTON, Maine, March 12, 2024 /NewsWire/ -- {LEAD}",
        id="a press release's summary over its dateline",
    ),
    pytest.param(
        f"{TITLE}\nBy Jane Doe\nMarch 12, 2024\n{SUMMARY}\n\nH\n\narbour Ferries opened its new island terminal on"
        " Tuesday, a year later than planned.",
        id="over a drop capital",
    ),
    pytest.param(
        f"{TITLE}\nMarch 12, 2024\n{SUMMARY}\n\nThe new terminal at dawn on Tuesday. Jane Doe/AP\n\n{LEAD}",
        id="above the lead picture",
    ),
]


@pytest.mark.parametrize("page", STANDFIRSTS)
def test_a_summary_over_the_story_s_opening_is_the_standfirst(page: str) -> None:
    art = parse(page + REST)
    assert (art.headline, art.deck) == (TITLE, SUMMARY)
    assert SUMMARY not in [p.text for p in art.paragraphs]


LONG_LEAD = (
    "Harbour Ferries opened its new island terminal on Tuesday, a year later than planned and at twice the cost"
    " first agreed with the county, and said two more sailings a day would run from the quay this summer."
)

# The story's lead paragraph stays a paragraph, whatever its length or shape.
LEADS = [
    pytest.param(f"{TITLE}\nBy Jane Doe\nMarch 12, 2024\n{SUMMARY}\n\n{LEAD}", id="no evidence after it"),
    pytest.param(
        f"{TITLE}\nMarch 12, 2024\n{LONG_LEAD}\n\nThe new terminal at dawn on Tuesday. Jane Doe/AP\n\n{LEAD}",
        id="a long first paragraph above a picture",
    ),
    pytest.param(
        f"{TITLE}\nMarch 12, 2024\n“We have waited a long time,” said the mayor on Tuesday.\n\n"
        f"RIVERTON, Maine (AP) — {LEAD}",
        id="a quotation opening the story",
    ),
    pytest.param(f"{TITLE}\nBy Jane Doe\nMarch 12, 2024\nRIVERTON, Maine (AP) — {LEAD}", id="the dateline's own"),
]


@pytest.mark.parametrize("page", LEADS)
def test_the_story_s_lead_is_no_standfirst(page: str) -> None:
    art = parse(page + REST)
    assert (art.headline, art.deck) == (TITLE, None)
