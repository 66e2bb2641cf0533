"""Probe stories for speakers, in styles the dev corpus lacks: a court report with speakers of both
genders, an interview in named turns, a wire story quoting a ministry, its spokeswoman and a union, and
a sports recap with a coach and a player. Written from scratch; each pair is what a careful reader gives.
"""

from __future__ import annotations

import pytest

from articlecli.speech import Block, extract

COURT = [
    "A former harbour master lied to investigators about the night the ferry sank, a prosecutor told a jury at "
    "Riverton Crown Court on Tuesday.",
    "Prosecutor Helen Ashdown said Dmitri Vale, 58, had “every chance to turn the boat around” and chose not to.",
    "“He knew the forecast. He read it aloud to the crew,” she said.",
    "Vale, of Northgate, denies manslaughter. His barrister, Colin Pryce, told the court his client had followed "
    "the rules in force at the time.",
    "“My client is not on trial for the weather,” he said.",
    "Judge Miriam Okafor warned jurors not to read about the case online. “You must decide it on the evidence "
    "you hear in this room,” she told them.",
    "The trial continues.",
]
INTERVIEW = [
    "Harbour engineer Lena Ortiz has spent a decade building floating docks. We asked her about the new bridge.",
    "Q: Why a floating bridge?",
    "Ortiz: “The seabed here is soft clay. Piles would sink another metre every decade.”",
    "Q: What worries you most?",
    "Ortiz: “Wind. A floating deck moves, and people do not like a road that moves.”",
]
WIRE = [
    "OSLO, March 4 (Reuters) - Norway's fisheries ministry said on Monday it would cut the cod quota by a fifth.",
    "“The stock is at its lowest level in 30 years and we have no choice,” the ministry said in a statement.",
    "A spokeswoman for the ministry, Ingrid Dahl, said the cut would be reviewed in a year. “If the stock "
    "recovers, the quota will rise again,” she said.",
    "The Norwegian Fishermen's Association said it would appeal. “This decision will empty our harbours,” it said.",
]
SPORTS = [
    "Harbour City coach Mark Delaney praised his side's defence after a 2-0 win over Riverton on Saturday.",
    "“We kept our shape for ninety minutes, and that is what wins you games away from home,” Delaney said.",
    "Striker Ana Morales, who scored both goals, was more modest. “The first one was a lucky bounce,” she said. "
    "“The second I will take.”",
    "Delaney said he would rest Morales on Wednesday. “She has played every minute this month,” he said.",
]

PROBES = [
    pytest.param(
        COURT,
        [
            ("every chance to turn the boat around", "Helen Ashdown"),
            ("He knew the forecast. He read it aloud to the crew,", "Helen Ashdown"),
            # the paragraph before reports the barrister speaking: "he" is him, not its subject
            ("My client is not on trial for the weather,", "Colin Pryce"),
            ("You must decide it on the evidence you hear in this room,", "Miriam Okafor"),
        ],
        id="court-report",
    ),
    pytest.param(
        INTERVIEW,
        [
            ("The seabed here is soft clay. Piles would sink another metre every decade.", "Lena Ortiz"),
            ("Wind. A floating deck moves, and people do not like a road that moves.", "Lena Ortiz"),
        ],
        id="interview-in-named-turns",
    ),
    pytest.param(
        WIRE,
        [
            # "a spokeswoman for the ministry, Ingrid Dahl," names the spokeswoman, not the ministry
            ("The stock is at its lowest level in 30 years and we have no choice,", "ministry"),
            ("If the stock recovers, the quota will rise again,", "Ingrid Dahl"),
            ("This decision will empty our harbours,", "Norwegian Fishermen's Association"),
        ],
        id="wire-ministry-spokeswoman-union",
    ),
    pytest.param(
        SPORTS,
        [
            ("We kept our shape for ninety minutes, and that is what wins you games away from home,", "Mark Delaney"),
            ("The first one was a lucky bounce,", "Ana Morales"),
            ("The second I will take.", "Ana Morales"),
            ("She has played every minute this month,", "Mark Delaney"),
        ],
        id="sports-coach-and-player",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PROBES)
def test_probe(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    quotes, _ = extract([Block("paragraph", p, i) for i, p in enumerate(paragraphs)])
    assert [(q.text, q.speaker) for q in quotes] == expected
