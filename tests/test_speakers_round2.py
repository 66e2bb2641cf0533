"""Who "he said" or "she said" is after a person named first with an age spelled out opening the sentence
("Nineteen-year-old Name scored ..."): the run of capitals holds the age, the registry the name after it.

A case is a few paragraphs and the (quote, speaker) pairs a careful reader gives them; its id names the class.
Every line is written for the test (invented people, places and bodies).
"""

from __future__ import annotations

import pytest

from .speakers import speakers_of

RULES = [
    # An age spelled out opens the sentence and the run of capitals: the name after it is a person's.
    pytest.param(
        [
            "Twenty-year-old Taika Morunga-Bell scored 143 for the Eastbay Herons on the opening day at Kereru Park.",
            "The Herons declared on 402 for seven.",
            "Morunga-Bell, who was called up only last month, said he had not looked at the board all afternoon.",
            "“I only found out when the lads started clapping,” he said.",
        ],
        [("I only found out when the lads started clapping,", "Taika Morunga-Bell")],
        id="age-spelled-out-opens-the-name",
    ),
    pytest.param(
        [
            "Seventeen-year-old Ilse Varbanova won the junior title for the Dunmore Larks on Sunday.",
            "The Larks finished top of the table.",
            "Varbanova said the wind had made the final round a lottery.",
            "“I just tried to keep the ball low,” she said.",
        ],
        [("I just tried to keep the ball low,", "Ilse Varbanova")],
        id="age-spelled-out-opens-the-name/she",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_rule(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*paragraphs) == expected
