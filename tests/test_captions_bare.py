"""Captions with no credit, told by their shape and place between paragraphs; and the lines of the
same length that stay the story's text or its subheadings."""

from __future__ import annotations

import pytest

import articlecli

_PAGE = """Quarry village fights to keep its school

By Tomas Reyes

June 3, 2024

Parents in Kellbrook have collected nine hundred signatures against the county's plan to close the school.

The school, which opened in 1911, now teaches forty-one pupils in three classes, down from ninety a decade ago.

{lines}

The county says the building needs repairs it cannot afford and that the pupils would be better served in town.

A decision is expected when the education committee meets again in September, after a consultation over the summer.
"""

_BETWEEN = "Teachers say the bus ride to town would take almost an hour each way for the youngest children in winter."


def _parse(*lines: str) -> articlecli.Article:
    return articlecli.parse(_PAGE.format(lines=f"\n\n{_BETWEEN}\n\n".join(lines)))


# One line alone between paragraphs, a caption with no credit and no full stop: a name, then where.
ONE_CAPTION = [
    pytest.param("Head teacher Ines Moller at the school gate, where she was once a pupil herself", id="name at"),
    pytest.param("Ada Rowe with her twin sons in the playground the parents repainted last summer", id="name with"),
    pytest.param("Kellbrook Primary seen from the quarry road, with the church tower behind it", id="place seen"),
    pytest.param("Head teacher Ines Moller on her last day, in July.", id="a name and where, with a full stop"),
    pytest.param(
        "Clockwise from top: the hall where the village holds its fairs, with the honours boards the old pupils "
        "paid for in 1958; the classroom that still has its coal stove, now a reading corner; the bell above "
        "the porch, rung each morning at nine by the oldest pupil; and the garden where the school grows the "
        "vegetables served at lunch.",
        id="a picture set's caption, long",
    ),
]


@pytest.mark.parametrize("line", ONE_CAPTION)
def test_one_caption_without_credit(line: str) -> None:
    article = _parse(line)
    assert [(c.text, c.credit) for c in article.captions] == [(line, None)]
    assert line not in [p.text for p in article.paragraphs]
    assert not article.headings


def test_a_photo_essay_captions_without_credits() -> None:
    # several descriptions with no full stop, each alone between paragraphs: a photo essay's captions
    captions = [
        "The classroom where three year groups share one teacher, its windows facing the Quarrie quarry",
        "Pupils from Kellbrook Primary plant the school garden, which supplies the kitchen from May to October",
    ]
    article = _parse(*captions)
    assert [c.text for c in article.captions] == captions
    assert [p.text for p in article.paragraphs].count(_BETWEEN) == 1


def test_a_photo_essay_captions_naming_no_one() -> None:
    # what the picture shows and where, with no name in it: the same shape, repeated
    captions = [
        "The crushing plant at dusk, seen from the footpath that runs along the quarry's western edge",
        "Lorries waiting at the lower gate before the morning shift, their engines running in the cold",
    ]
    article = _parse(*captions)
    assert [c.text for c in article.captions] == captions


# Lines of the same length between paragraphs that are the story's text or its subheadings.
NOT_CAPTIONS = [
    pytest.param("How the county weighed the cost of repairs against the bus fares", "heading", id="a question word"),
    pytest.param("What the Parents Have Asked the County to Publish Before September", "heading", id="title case"),
    pytest.param("Why I moved my children to Kellbrook and what we will do next", "heading", id="the writer's I"),
    pytest.param("Ines Moller on what a village loses with its school", "heading", id="an interview subheading"),
    pytest.param("The school's future", "heading", id="short"),
]

# Short sentences of the same opening that are the story's text.
NOT_CAPTION_SENTENCES = [
    pytest.param("Ines Moller at the county office said the plan was final.", id="a verb of speech"),
    pytest.param("Ines Moller in the end stayed on.", id="a verb at the end"),
    pytest.param("Email Ines Moller at imoller@example.com or follow her.", id="a promo's call"),
    pytest.param("Follow Ines Moller on Harbourgram for more.", id="a promo's call, no address"),
    pytest.param("Ines Moller at first refused to talk about it. She has since changed her mind.", id="two sentences"),
    # short sentences with no verb, on a page with no picture: the writer's
    pytest.param("Ada Rowe at the council meeting on Tuesday.", id="a name, where and when, no picture"),
    pytest.param("Harbour Road near the library in the rain.", id="a place, where, no picture"),
]

_CREDITED = "Pupils wait for the school bus at the quarry gate. Photo: Jo Lee/Kellbrook Times"


# A short line with a full stop and no verb, a name then where, on a page whose other pictures are captioned:
# (the line, is it a caption)
FRAGMENTS_BESIDE_PICTURES = [
    ("Ada Rowe at the council meeting on Tuesday.", True),
    ("Harbour Road near the library in the rain.", True),
    ("Ines Moller at the county office said the plan was final.", False),  # a verb of speech
]


@pytest.mark.parametrize(("line", "caption"), FRAGMENTS_BESIDE_PICTURES, ids=[f[0] for f in FRAGMENTS_BESIDE_PICTURES])
def test_a_short_line_with_no_verb_on_a_page_with_pictures(line: str, caption: bool) -> None:
    article = _parse(line, _CREDITED)
    assert (line in [c.text for c in article.captions]) is caption
    assert (line in [p.text for p in article.paragraphs]) is not caption


@pytest.mark.parametrize("line", NOT_CAPTION_SENTENCES)
def test_a_sentence_is_not_a_caption(line: str) -> None:
    article = _parse(line)
    assert article.captions == ()
    assert line in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(("line", "role"), NOT_CAPTIONS)
def test_not_a_caption(line: str, role: str) -> None:
    article = _parse(line)
    assert article.captions == ()
    assert [h.text for h in article.headings] == [line]


NOT_CAPTIONS_REPEATED = [
    pytest.param(
        ("Welcome to the first of our guides to choosing a school for your child", "Here's how to read the figures"),
        id="the writer talks to the reader",
    ),
    pytest.param(
        (
            "Quarry owners fined after dust from the crushing plant coated Kellbrook gardens",
            "County to review Kellbrook school bus routes after complaints from parents in three villages",
        ),
        id="links to other stories set between paragraphs",
    ),
    pytest.param(
        (
            "Ask the school for its last inspection report and read the summary first",
            "Visit on an ordinary school day rather than an open evening",
        ),
        id="advice with no one named",
    ),
]


@pytest.mark.parametrize("lines", NOT_CAPTIONS_REPEATED)
def test_repeated_lines_without_full_stops_that_are_not_captions(lines: tuple[str, ...]) -> None:
    article = _parse(*lines)
    assert article.captions == ()


def test_a_caption_on_a_page_printing_no_blank_lines() -> None:
    # every line its own paragraph, none set apart by blank lines: the caption stands as they do
    caption = "Head teacher Ines Moller on her last day, in July."
    page = _PAGE.format(lines=caption).replace("\n\n", "\n")
    article = articlecli.parse(page)
    assert [c.text for c in article.captions] == [caption]
    assert caption not in [p.text for p in article.paragraphs]
