"""A short story written from scratch that several test files set under headers, bylines and furniture of
their own: the harbour library's closing."""

from __future__ import annotations

HEADLINE = "Council votes to close harbour library as roof repair costs double"
OPENING = (
    "The town council voted on Tuesday to close the harbour library at the end of the year, saying the cost "
    "of repairing its roof had doubled since the spring."
)
BODY = [
    OPENING,
    '"We have run out of ways to keep the doors open," said the mayor, Ann Lee, adding that the books would '
    "move to the school across the square.",
    "Campaigners said they would ask the county to step in before the building closes in December, and a "
    "petition to save it had gathered two thousand names.",
    "The roof first leaked two winters ago, when buckets were set out in the reading room, and the county has "
    "twice refused to share the cost of a new one.",
]
