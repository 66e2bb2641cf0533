"""More forms of photo credits as real pages print them: a photographer's label, a credit in brackets
naming whom the picture was taken for, a credit after a dash or glued in capitals to the full stop."""

from __future__ import annotations

import pytest

import articlecli
from articlecli import captions as C

# A whole line that is a credit: (line, credit).
CREDIT_LINES = [
    ("Photographer: Lena Ortiz/Bloomberg", "Lena Ortiz/Bloomberg"),  # a picture desk's label
    ("Photographers: Lena Ortiz and Omar Pike", "Lena Ortiz and Omar Pike"),
    ("(Lena Ortiz for The Coastal Herald)", "Lena Ortiz for The Coastal Herald"),  # taken for the paper
    ("Sources: Harbour Trust; county records", "Harbour Trust; county records"),  # a chart's sources
    ("Unsplash", "Unsplash"),  # a picture library alone
    ("Wikimedia Commons", "Wikimedia Commons"),
    ("AP Photo", "AP Photo"),  # an agency's photo desk
    ("Lena Ortiz, staff photographer", "Lena Ortiz, staff photographer"),  # the desk in lower case
    ("Harbor Press file photo", "Harbor Press file photo"),  # a source and what the picture is
    ("Harbour Trust handout", "Harbour Trust handout"),
    ("U.S. Coast Guard photo", "U.S. Coast Guard photo"),
    ("YouTube screenshot", "YouTube screenshot"),
    ("Screenshot/YouTube", "Screenshot/YouTube"),
    ("Screenshot via Harbour Trust", "Screenshot via Harbour Trust"),
]


@pytest.mark.parametrize(("line", "credit"), CREDIT_LINES, ids=[c[0] for c in CREDIT_LINES])
def test_a_credit_line(line: str, credit: str) -> None:
    assert C.credit_only(line) == credit


# A caption ending with its credit: (line, caption, credit).
CAPTION_TAILS = [
    (  # a wire photo's credit in capitals, glued to the caption's full stop
        "Cranes unload a container ship at the north quay on Monday.REUTERS/Lena Ortiz",
        "Cranes unload a container ship at the north quay on Monday.",
        "REUTERS/Lena Ortiz",
    ),
    (  # a credit in any form of the grammar glued to the full stop
        "Cranes unload a container ship at the north quay on Monday.Courtesy of the Harbour Trust",
        "Cranes unload a container ship at the north quay on Monday.",
        "Courtesy of the Harbour Trust",
    ),
    (
        "Cranes unload a container ship at the north quay on Monday.Supplied",
        "Cranes unload a container ship at the north quay on Monday.",
        "Supplied",
    ),
    (
        "Cranes unload a container ship at the north quay on Monday.Unsplash",
        "Cranes unload a container ship at the north quay on Monday.",
        "Unsplash",
    ),
    (  # a label in the page's language
        "Die Fähre liegt seit Sonntag am Anleger. Foto: Jörg Sarbach",
        "Die Fähre liegt seit Sonntag am Anleger.",
        "Jörg Sarbach",
    ),
    (
        "Der Hafen von Brake am Morgen. Bild: Anna Weber/Kreiszeitung",
        "Der Hafen von Brake am Morgen.",
        "Anna Weber/Kreiszeitung",
    ),
    (  # a slash before the photographer, as some Spanish papers print it
        "Operarios retiran rocas de la calzada este martes. / Lena Ortiz",
        "Operarios retiran rocas de la calzada este martes.",
        "Lena Ortiz",
    ),
    (  # an organisation after a bar, the caption's sentence ended
        "Cliff-top homes at Skelby, one of the towns to receive funding. | Harbour and Coast Agency",
        "Cliff-top homes at Skelby, one of the towns to receive funding.",
        "Harbour and Coast Agency",
    ),
    (  # the outlet, a colon and the photographer in brackets
        "Bus driver Lou Nguyen says passengers want Sunday services. (Harbour Herald: Sam Ridley)",
        "Bus driver Lou Nguyen says passengers want Sunday services.",
        "Harbour Herald: Sam Ridley",
    ),
    (  # after a dash, no full stop
        "Cranes unload a container ship at the north quay — Lena Ortiz/AP",
        "Cranes unload a container ship at the north quay",
        "Lena Ortiz/AP",
    ),
    (
        "Cranes unload a container ship at the north quay - Omar Pike/Harbor Press",
        "Cranes unload a container ship at the north quay",
        "Omar Pike/Harbor Press",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CAPTION_TAILS, ids=[c[2] for c in CAPTION_TAILS])
def test_a_caption_with_its_credit(line: str, caption: str, credit: str) -> None:
    assert C.may_end_with_credit(line)
    assert C.split_caption(line) == (caption, credit)


# Lines of the same shapes that are not credits, or end with none.
NOT_CREDITS = [
    "The ferry left at nine — Westport/Harbor route",  # a dash, a slash, no one named
    "Tickets cost $5 - children/students half price",
    "Ferries resumed on Monday.BREAKING/UPDATE",
    "The harbour is the town's heart.Click To Tweet",  # a share widget glued to the sentence
    "The ferry left at nine on Monday.Tickets went on sale",
    "Ferry Strike Halts Island Deliveries | Harbour Herald",  # a page title and its site, no sentence
    "(Plans for the Harbour Library)",  # a title in brackets
    "The council met on Monday. (Update: Sam Ridley)",  # a note's label, not an outlet
    "The council met on Monday. (Agenda: Budget Review)",
    "Harbour Trust annual report",  # a title, no picture's word at its end
    "Street photography",  # a subject, no source named
    "Ferry timetable screenshot tips",
    "Lena Ortiz, staff writer",  # a byline's desk, not a picture's
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_not_a_credit(line: str) -> None:
    assert C.credit_only(line) is None
    assert C.split_caption(line) is None


_PAGE = """Harbour festival returns after four years

By Mia Lund

June 3, 2024

The harbour festival will return this summer for the first time in four years, the town council said on Monday.

Organisers expect thirty thousand visitors over the weekend, with boat races, a market and a concert on the quay.

{line}

Tickets go on sale next week, and residents of the town will be able to buy them at half price until the end of June.

The council said the festival would cost less than it did in 2019 because volunteers would run the market stalls.
"""


# A line with quotation marks and a credit's label or bracket at its end: (the line, the captions it gives)
QUOTING_LINES = [
    (  # a caption quoting a song's title, its credit labelled in brackets
        'The band plays "Harbour Lights" at the last festival, in 2019. (Photos by Lena Ortiz, left, and '
        "Omar Pike/Wire Photo)",
        [
            (
                'The band plays "Harbour Lights" at the last festival, in 2019.',
                "Lena Ortiz, left, and Omar Pike/Wire Photo",
            )
        ],
    ),
    (  # a caption quoting a ferry's name, in German quotation marks, its credit labelled after it
        "Die Fähre „Weserliese“ liegt seit Sonntag am Anleger in Brake. Foto: Lena Ortiz",
        [("Die Fähre „Weserliese“ liegt seit Sonntag am Anleger in Brake.", "Lena Ortiz")],
    ),
    (  # a quoted paragraph with an aside in brackets: no credit in the brackets, the story's text
        '"We will be back next year," the organiser said. (The council had not confirmed the dates.)',
        [],
    ),
]


@pytest.mark.parametrize(("line", "captions"), QUOTING_LINES, ids=[q[0][:40] for q in QUOTING_LINES])
def test_a_quoting_line_with_a_bracket_or_label_at_its_end(line: str, captions: list[tuple[str, str]]) -> None:
    article = articlecli.parse(_PAGE.format(line=line))
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert (line in [p.text for p in article.paragraphs]) is not bool(captions)


_LEAD = """Harbour festival returns after four years

{above}

By Mia Lund

June 3, 2024

{picture}

The harbour festival will return this summer for the first time in four years, the town council said on Monday.

Organisers expect thirty thousand visitors over the weekend, with boat races, a market and a concert on the quay.

Tickets go on sale next week, and residents of the town will be able to buy them at half price until the end of June.
"""

# A lead picture above the story whose credit is an agency's name alone: (picture, caption, credit).
LEAD_PICTURES = [
    pytest.param(
        "Enlarge Image\nFestival director Ada Rowe and the harbour master at the quay\nAP",
        "Festival director Ada Rowe and the harbour master at the quay",
        "AP",
        id="a picture's control above the caption",
    ),
    pytest.param(
        "Festival director Ada Rowe (left) and the harbour master Ivo Marsh\nReuters",
        "Festival director Ada Rowe (left) and the harbour master Ivo Marsh",
        "Reuters",
        id="a caption's cue",
    ),
]


@pytest.mark.parametrize(("picture", "caption", "credit"), LEAD_PICTURES)
def test_an_agency_under_a_lead_pictures_caption_credits_it(picture: str, caption: str, credit: str) -> None:
    article = articlecli.parse(_LEAD.format(above="Boat races, a market and a concert on the quay", picture=picture))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [a.name for a in article.authors] == ["Mia Lund"]


# A chart's, a map's or a gallery's title set into the story: (lines, caption text).
GRAPHIC_TITLES = [
    pytest.param(
        "Map: Where the festival's visitors come from View Graphic", "Map: Where the festival's visitors come from"
    ),
    pytest.param(
        "Chart: Visitors to the harbour festival, 2012-2019", "Chart: Visitors to the harbour festival, 2012-2019"
    ),
    pytest.param("Inside the festival's old boat sheds\nView Photos", "Inside the festival's old boat sheds"),
]


@pytest.mark.parametrize(("lines", "caption"), GRAPHIC_TITLES)
def test_a_graphic_or_gallery_title_is_its_caption(lines: str, caption: str) -> None:
    article = articlecli.parse(_PAGE.format(line=lines))
    assert [c.text for c in article.captions] == [caption]
    assert len(article.paragraphs) == 4
    assert not article.headings


# Lines that open the same way and stay the story's: (line, paragraphs).
NOT_GRAPHIC_TITLES = [
    pytest.param("Map: the council will publish the route on its website next week.", id="a sentence"),
    pytest.param("Inside the festival's old boat sheds", id="a subheading with no gallery control"),
]


@pytest.mark.parametrize("line", NOT_GRAPHIC_TITLES)
def test_not_a_graphic_title(line: str) -> None:
    article = articlecli.parse(_PAGE.format(line=line))
    assert article.captions == ()


# Pictures between paragraphs in more printed forms: (lines, captions as (text, credit)).
MORE_PICTURES = [
    pytest.param(
        "Rowers on the quay before the last festival, in 2019. (File)",
        [("Rowers on the quay before the last festival, in 2019. (File)", None)],
        id="a file picture's mark",
    ),
    pytest.param(
        "1 of 12\nRowers on the quay before the last festival, in 2019.\n2 of 12\n"
        "Market stalls along the harbour wall. Photo: Lena Ortiz",
        [
            ("Rowers on the quay before the last festival, in 2019.", None),
            ("Market stalls along the harbour wall.", "Lena Ortiz"),
        ],
        id="a gallery's counter above each caption",
    ),
    pytest.param(
        "Photo 1 of 12: Rowers on the quay before the last festival, in 2019.",
        [("Rowers on the quay before the last festival, in 2019.", None)],
        id="a counter in the caption's label",
    ),
    pytest.param(
        "IMAGE: Rowers on the quay before the last festival, in 2019",
        [("Rowers on the quay before the last festival, in 2019", None)],
        id="a caption after a label credits take too",
    ),
    pytest.param(
        "Rowers on the quay before the last festival, in 2019. AP Photo",
        [("Rowers on the quay before the last festival, in 2019.", "AP Photo")],
        id="an agency's photo desk after the full stop",
    ),
]


@pytest.mark.parametrize(("lines", "captions"), MORE_PICTURES)
def test_more_pictures_between_paragraphs(lines: str, captions: list[tuple[str, str | None]]) -> None:
    article = articlecli.parse(_PAGE.format(line=lines))
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert len(article.paragraphs) == 4


# Lines of those shapes that are the story's text: (line).
NOT_PICTURES = [
    pytest.param("The festival was last held in 2019 (file).", id="file in a sentence"),
    pytest.param("Picture this: a quay full of rowers and a market along the harbour wall.", id="a figure of speech"),
]


@pytest.mark.parametrize("line", NOT_PICTURES)
def test_not_a_picture(line: str) -> None:
    article = articlecli.parse(_PAGE.format(line=line))
    assert article.captions == ()
