"""Classes of pages the fifty-second probe set (tests/probes, FIFTY_SECOND_PAGES in test_probes.py) showed the
parser missing, on photo-rich pages whose captions carry no credit: a gallery set inside the story (its label, its
counters, a caption under each, a control after the last) ended the story there. Each page here is written from
scratch, and each is read printed a line a block and with a blank line between every two lines.
"""

from __future__ import annotations

import pytest

import articlecli

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Valley News",
    "Hill villages count the cost after the spring floods",
    "By Marek Sobczak",
    "April 9, 2024",
)
_BODY = (
    "Floodwater reached the first floors of 60 houses in Dolne Brzozy on Sunday night, the district office said.",
    "The river rose by two metres in six hours after three days of rain on the hills above the village.",
    "Volunteers from four fire brigades pumped out cellars until Tuesday and handed out sandbags to every street.",
    "The district will pay for new boilers in the worst-hit houses, its head told a meeting in the school hall.",
    "Residents have asked for a higher embankment along the stretch of river behind the church.",
    "Work on a study of the embankment is due to start in June and should take a year.",
)
_FOOTER = ("Related", "Bridge on the county road reopens", "Contact us", "© 2024 Valley News")


def _page(*middle: str, after: int = 3, spaced: bool = False) -> str:
    lines = [*_HEADER, *_BODY[:after], *middle, *_BODY[after:], *_FOOTER]
    return ("\n\n" if spaced else "\n").join(lines) + "\n"


# (a gallery set between two paragraphs: its lines, the captions it holds)
GALLERIES = [
    pytest.param(
        (
            "IN PICTURES",
            "Photo 1 of 3",
            "A fire crew pumps water out of a cellar on Mill Street",
            "Photo 2 of 3",
            "Sandbags stacked outside the village shop.",
            "Photo 3 of 3",
            "The river at its highest, seen from the church tower",
            "Swipe for more",
        ),
        3,
        id="label, counters, control",
    ),
    pytest.param(
        (
            "1 / 4",
            "Residents clear mud from the school yard.",
            "2 / 4",
            "Ewa Lis and her neighbour Jan Wrona outside her kitchen",
            "3 / 4",
            "A tractor tows a car out of the flooded lane",
            "4 / 4",
            "The new boilers arrive on a lorry on Wednesday.",
        ),
        4,
        id="bare counters",
    ),
    pytest.param(
        (
            "Photo gallery",
            "Image 1 of 3",
            "Firefighters from Gorna Wola on the bridge at dawn",
            "Image 2 of 3",
            "A volunteer hands out bread at the fire station.",
            "Image 3 of 3",
            "Water marks on the wall of the village hall",
        ),
        3,
        id="image counters under a label",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("gallery", "captions"), GALLERIES)
def test_a_gallery_inside_the_story_does_not_end_it(gallery: tuple[str, ...], captions: int, spaced: bool) -> None:
    article = articlecli.parse(_page(*gallery, spaced=spaced))
    assert [p.text for p in article.paragraphs] == list(_BODY)
    slides = [gallery[k + 1] for k, line in enumerate(gallery[:-1]) if line[-1:].isdigit()]
    assert len(slides) == captions
    assert [c.text for c in article.captions] == slides
    assert not any(h.text in gallery for h in article.headings)
