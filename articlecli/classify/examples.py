"""The pieces the rules' examples are written with (a made-up local story), and how an example is read.

An example is a short page: `body("Advertisement")` is that line between two paragraphs of a
story, `story(...)` the same under a headline and a byline. A first line "# export" reads the
page as an export's body; "# wire" as wire copy whose first line is its slug.
"""

from __future__ import annotations

HEADLINE = "Council Votes to Close Harbour Library"
BYLINE = "By Jane Doe"
DECK = "Repairs to the roof would cost twice what the town can spend."
OPENING = (
    "The town council voted on Tuesday to close the harbour library at the end of the year, saying the cost "
    "of repairing its roof had doubled since the spring and that the budget could not stretch that far."
)
MIDDLE = (
    "Residents packed the public gallery for the vote. \u201cWe have run out of ways to keep the doors open,\u201d "
    "said the mayor, Ann Lee, adding that the books would move to the school across the square."
)
CLOSING = (
    "Campaigners said they would ask the county to step in before the building closes in December, and a "
    "petition to save it had gathered more than two thousand names by Wednesday evening."
)
ENDING = (
    "The roof first leaked two winters ago, when buckets were set out in the reading room, and the county has "
    "twice refused to share the cost of a new one, leaving the town to find the money on its own."
)


def body(*lines: str) -> str:
    """`lines` in the middle of the story, two paragraphs above and two below (blank lines between)."""
    return "\n\n".join((OPENING, MIDDLE, *lines, CLOSING, ENDING)) + "\n"


def story(*lines: str) -> str:
    """`lines` in the story, under its headline and byline."""
    return f"{HEADLINE}\n\n{BYLINE}\n\n" + body(*lines)


def header(*lines: str) -> str:
    """`lines` above the story's paragraphs."""
    return "\n\n".join((*lines, OPENING, MIDDLE, CLOSING, ENDING)) + "\n"
