"""Who said it: one class of attribution per case, on short pages written for the test.

Each case is a few paragraphs and the (quote, speaker) pairs a careful reader gives them; the
case's id names the class of writing it stands for.
"""

from __future__ import annotations

import pytest

from articlecli.speech import Block, extract


def speakers_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes, _ = extract([Block("paragraph", p, i) for i, p in enumerate(paragraphs)])
    return [(q.text, q.speaker) for q in quotes]


CASES = [
    # A pronoun is the paragraph's subject, not a person named after it as an object.
    pytest.param(
        [
            "Guitarist Tom Reyes joined the band on stage.",
            "Reyes introduced Marco Bellini’s solo. “You may know him from the radio,” he said.",
        ],
        [("You may know him from the radio,", "Tom Reyes")],
        id="pronoun/paragraph-subject-before-object",
    ),
    pytest.param(
        [
            "Colonel Dara Whitcombe testified on Thursday.",
            "Whitcombe was the second witness who heard the call with President Amir Castell. "
            "He said he had worried about “legal exposure” from the summary.",
        ],
        [("legal exposure", "Dara Whitcombe")],
        id="pronoun/paragraph-subject-before-later-name",
    ),
    # ... and a pronoun passes over the paragraph's other people whose name says otherwise.
    pytest.param(
        [
            "Maria Lindqvist ran the night shift at the data centre.",
            "Helen Osei joined the team in 1961.",
            "Once Lindqvist arrived, Robert Hale gave her a manual. “He carried it all in his head,” she said.",
        ],
        [("He carried it all in his head,", "Maria Lindqvist")],
        id="pronoun/fitting-person-in-paragraph",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_speaker(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*paragraphs) == expected
