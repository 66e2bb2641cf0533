"""Photo credits and captions: the credit grammar, line by line, and pictures on whole pages."""

from __future__ import annotations

import pytest

import articlecli
from articlecli import captions as C

# A whole line that is a credit, in each form of the grammar: (line, form, credit).
CREDIT_FORMS = [
    ("Rita Chow, AP", "name-desk", "Rita Chow, AP"),  # a photographer and an agency after a comma
    ("Lena Ortiz | Wire Photo", "name-desk", "Lena Ortiz | Wire Photo"),  # a credit split at a bar
    ("Mia Lund, Staff", "name-desk", "Mia Lund, Staff"),  # the paper's own desk
    ("Jane Doe via AP", "via", "Jane Doe via AP"),
    ("Handout via Reuters", "via", "Handout via Reuters"),
    ("Getty Images for Netflix", "via", "Getty Images for Netflix"),
    ("Omar Pike for the Harbour Herald", "via", "Omar Pike for the Harbour Herald"),
    ("Courtesy of the Lund family", "courtesy", "Courtesy of the Lund family"),  # kept as printed
    ("Courtesy Harbour Trust", "courtesy", "Courtesy Harbour Trust"),
    ("Image copyright Getty Images", "phrase-lead", "Getty Images"),  # printed above its caption
    ("Photo courtesy of Jane Doe", "phrase-lead", "Jane Doe"),
    ("Staff photo by Omar Pike", "phrase-lead", "Omar Pike"),
    ("Submitted photo", "descriptor", "Submitted photo"),  # no one named: a reader sent it
    ("Contributed", "descriptor", "Contributed"),
    ("File photo", "descriptor", "File photo"),
    ("[Reuters]", "square", "Reuters"),
    ("[Jane Doe/AP]", "square", "Jane Doe/AP"),
]


@pytest.mark.parametrize(("line", "form", "credit"), CREDIT_FORMS, ids=[c[0] for c in CREDIT_FORMS])
def test_credit_form(line: str, form: str, credit: str) -> None:
    assert C.credit_form(line) == (form, credit)
    assert C.credit_only(line) == credit


# Lines of the same shapes that are not credits.
NOT_CREDITS = [
    "Tickets for Sale",  # "for" after words that are no name
    "Recipe Cards for Busy Kitchens",  # a title: "for" needs a known given name before it
    "Paris, France",  # a place, not a name and a desk
    "Smith, Jones",
    "Provided by the Harbour Marine Institute",  # a press release's origin, not a picture's
    "Officials declined to comment.",
    "Sources: the council and the county.",  # whom the story asked, not who made a picture
    "Source: the county's own figures.",
    "Download photo",  # a press picture's link under its caption
    "View image",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_not_a_credit(line: str) -> None:
    assert C.credit_only(line) is None


# A caption line ending with its credit: (line, caption, credit).
CAPTION_TAILS = [
    (
        "Dock workers at the gate on Monday. (Lena Ortiz | Wire Photo)",
        "Dock workers at the gate on Monday.",
        "Lena Ortiz | Wire Photo",
    ),
    (
        "A family waits for the last boat. Courtesy of the Lund family",
        "A family waits for the last boat.",
        "Courtesy of the Lund family",
    ),
    ("Trucks queue at the terminal. © Reuters / Jane Doe", "Trucks queue at the terminal.", "Reuters / Jane Doe"),
    ("Trucks queue at the terminal © Jane Doe", "Trucks queue at the terminal", "Jane Doe"),
    ("The new pier under construction. [Reuters]", "The new pier under construction.", "Reuters"),
    ("The new pier under construction. Submitted photo", "The new pier under construction.", "Submitted photo"),
    ("The new pier under construction. Photo by Omar Pike", "The new pier under construction.", "Omar Pike"),
    (
        "The new pier under construction. (Courtesy of Jane Doe)",
        "The new pier under construction.",
        "Courtesy of Jane Doe",
    ),
    (
        "Passengers board at Westport | Photo: Lena Ortiz, Wire Photo",
        "Passengers board at Westport",
        "Lena Ortiz, Wire Photo",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CAPTION_TAILS, ids=[c[2] for c in CAPTION_TAILS])
def test_caption_with_credit(line: str, caption: str, credit: str) -> None:
    assert C.may_end_with_credit(line)
    assert C.split_caption(line) == (caption, credit)


NO_CREDIT_TAIL = [
    "Why Ferries Cannot Sail in a Storm? It’s Complicated [Bloomberg]",  # a link and its source, no caption
    "The council met on Monday. Officials declined to comment.",
    "He went home. Then he left for Paris.",
]


@pytest.mark.parametrize("line", NO_CREDIT_TAIL)
def test_no_credit_tail(line: str) -> None:
    assert C.split_caption(line) is None


def test_caption_label_without_colon() -> None:
    assert C.caption_lead("Image caption Trucks queued at the terminal") == "Trucks queued at the terminal"


_HEAD = """Ferry strike halts island deliveries

By Mia Lund

March 12, 2021

Ferry workers walked off the job on Monday, halting deliveries of food and fuel to the outer islands.

The union said the strike would last at least three days unless the operator reopened talks on pay.

"""
_TAIL = """

The operator said it had offered a four percent rise and would meet union leaders again on Wednesday.

Talks are due to resume on Wednesday, a spokesman for the operator said in a statement on Monday.
"""

# A picture set between two paragraphs: (the lines printed for it, caption, credit).
_LONG_CUED_CAPTION = (
    "Under the microscope, a sample of the harbour silt taken in May shows the new algae stained green (at left; "
    "a close view is at right). The algae had not been seen in the estuary before this spring, and the trust "
    "now samples the silt every week."
)

PICTURES = [
    pytest.param(
        "Image copyright Getty Images\nImage caption Trucks queued at the terminal in Westport",
        "Trucks queued at the terminal in Westport",
        "Getty Images",
        id="credit above a labelled caption",
    ),
    pytest.param(
        "Courtesy of the Lund family\nA family waits for the last boat on Sunday night.",
        "A family waits for the last boat on Sunday night.",
        "Courtesy of the Lund family",
        id="credit printed before its caption",
    ),
    pytest.param(
        "Image\nPassengers board the evening ferry at Westport.Credit…Omar Pike for The Coastal Herald",
        "Passengers board the evening ferry at Westport.",
        "Omar Pike for The Coastal Herald",
        id="an Image line, then a caption glued to its credit",
    ),
    pytest.param(
        "Harbour master Ivo Marsh checks the manifest. (Lena Ortiz | Wire Photo)",
        "Harbour master Ivo Marsh checks the manifest.",
        "Lena Ortiz | Wire Photo",
        id="credit split at a bar",
    ),
    pytest.param(
        "© Rosa Keel Volunteers stack sandbags along the quay wall before the storm.",
        "Volunteers stack sandbags along the quay wall before the storm.",
        "Rosa Keel",
        id="copyright mark and photographer before the caption",
    ),
    pytest.param(
        "© Ada Rowe of Westport, Maine Ada Rowe of Westport, Maine",
        "Ada Rowe of Westport, Maine",
        "Ada Rowe of Westport, Maine",
        id="a credit printed twice for a picture of its own subject",
    ),
    pytest.param(
        _LONG_CUED_CAPTION + "\n\nCourtesy of the Harbour Trust",
        _LONG_CUED_CAPTION,
        "Courtesy of the Harbour Trust",
        id="a long caption with a picture's cue above its credit",
    ),
    pytest.param(
        "Ada Rowe, the ferry company's chief executive, at the new terminal\n(Harbour Ferries Ltd.)",
        "Ada Rowe, the ferry company's chief executive, at the new terminal",
        "Harbour Ferries Ltd.",
        id="a company's handout credit in brackets under its caption",
    ),
    pytest.param(
        "The new terminal building at Westport, seen from the water.\nDownload high-resolution image (JPG, 3.1 MB)",
        "The new terminal building at Westport, seen from the water.",
        None,
        id="a press picture's caption over its download link",
    ),
    pytest.param(
        "Harbour Ferries chief executive Ada Rowe at the Westport terminal\n\nDownload photo",
        "Harbour Ferries chief executive Ada Rowe at the Westport terminal",
        None,
        id="a caption with no full stop over a bare download link",
    ),
]


@pytest.mark.parametrize(("picture", "caption", "credit"), PICTURES)
def test_picture_between_paragraphs(picture: str, caption: str, credit: str) -> None:
    article = articlecli.parse(_HEAD + picture + _TAIL)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert len(article.paragraphs) == 4
    assert not article.headings


MORE_TAILS = [
    (  # the credit glued to the caption's last word
        "The old mill at Westport, Oregon.Lena Ortiz / Wire Photo file",
        "The old mill at Westport, Oregon.",
        "Lena Ortiz / Wire Photo file",
    ),
    (  # a labelled copyright credit after a comma, kept as printed
        "Lanterns over the canal, installation views, photos © Harbour Trust, 2023",
        "Lanterns over the canal, installation views",
        "photos © Harbour Trust, 2023",
    ),
    (  # an agency glued to the caption's full stop
        "Cranes unload a container ship at the north quay in Westport.Reuters",
        "Cranes unload a container ship at the north quay in Westport.",
        "Reuters",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), MORE_TAILS, ids=[c[2] for c in MORE_TAILS])
def test_glued_caption_credit(line: str, caption: str, credit: str) -> None:
    assert C.split_caption(line) == (caption, credit)


def test_cover_image_label() -> None:
    text = "Cover image: an artist's impression of the lantern installation on the canal"
    assert C.caption_lead(text) == "an artist's impression of the lantern installation on the canal"


def test_gallery_title_is_no_credit() -> None:
    assert C.credit_only("Photos: Titan, the Hazy Moon of Saturn") is None
    assert C.credit_only("Photos: Jane Doe/AP") == "Jane Doe/AP"


def test_credit_printed_again_in_a_gallery_is_one_picture() -> None:
    lead_picture = (
        "Workers on the pier at dawn. (AP Photo/Omar Pike)\n\nPhoto: Omar Pike / Wire\n"
        "Image 1 of 4\nClose\nPhoto: Omar Pike / Wire\n\n"
    )
    page = _HEAD.replace("March 12, 2021\n\n", "March 12, 2021\n\n" + lead_picture) + _TAIL.lstrip()
    article = articlecli.parse(page)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Workers on the pier at dawn.", "AP Photo/Omar Pike"),
        (None, "Omar Pike / Wire"),
    ]


def test_subheading_with_a_picture_under_it() -> None:
    page = _HEAD + "Pricing and the rivals\nOmar Pike/Wire" + _TAIL
    article = articlecli.parse(page)
    assert [h.text for h in article.headings] == ["Pricing and the rivals"]
    assert [(c.text, c.credit) for c in article.captions] == [(None, "Omar Pike/Wire")]


_STORY = """Council approves new harbour wall

By Mia Lund

March 12, 2024

The council voted seven to two on Thursday to fund a new harbour wall, ending a two-year argument over the old town.

Work is due to start in September and should take eighteen months, the council said, with the quay closed to cars.

{line}

The harbour master said the port would stay open to fishing boats throughout the work next year, with a temporary pier.
"""

# A line standing between paragraphs: (the line, its caption text, its credit).
STANDING_ALONE = [
    ("Councillor Ivo Marsh (left) and the harbour master at the quay on Thursday.", "same", None),
    ("In this file photo, waves break over the old harbour wall in Westport.", "same", None),
    ("An artist's impression of the new harbour wall", "same", None),
    ("FILE - A ferry leaves Westport harbour in 2019.", "same", None),
    ("Clockwise from top: the old lighthouse; a crab pot on the slipway; the harbour at low tide", "same", None),
    ("Source: Harbour Trust", None, "Harbour Trust"),  # a chart's source: the paragraph above is not its caption
    ("Chart: Harbour Trust", None, "Harbour Trust"),
]


@pytest.mark.parametrize(("line", "text", "credit"), STANDING_ALONE, ids=[s[0][:40] for s in STANDING_ALONE])
def test_caption_standing_alone(line: str, text: str | None, credit: str | None) -> None:
    article = articlecli.parse(_STORY.format(line=line))
    assert [(c.text, c.credit) for c in article.captions] == [(line if text == "same" else text, credit)]
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("form", C.CREDIT_TAILS, ids=[f.name for f in C.CREDIT_TAILS])
def test_every_credit_tail_reads_its_example(form: C.CreditTail) -> None:
    found = form.read(form.example)
    assert found is not None and found[0] > 0
    assert C.split_caption(form.example) is not None


def test_a_credit_glued_above_the_first_paragraph_does_not_take_it() -> None:
    page = (
        "Council approves new harbour wall\n\nBy Mia Lund\n\nMarch 12, 2024\n\nPhoto: Jo Lee/Wire\n"
        "The council voted seven to two on Thursday to fund a new harbour wall, ending a two-year argument over how "
        "to protect the old town from the winter storms that flood the quay.\n\n"
        "Work is due to start in September and should take eighteen months, the council said on Friday.\n"
    )
    article = articlecli.parse(page)
    assert article.paragraphs[0].text.startswith("The council voted seven to two")
    assert [c.text for c in article.captions] == [None]


def test_a_credit_printed_before_its_caption_on_one_line() -> None:
    line = "Contributed photo: The robot during a test run in the school workshop."
    assert C.split_caption(line) == ("The robot during a test run in the school workshop.", "Contributed photo")
    wire = "FILE PHOTO: Traders on the floor of the exchange, March 4, 2021. REUTERS/Jo Lee"
    assert C.split_caption(wire) == (
        "FILE PHOTO: Traders on the floor of the exchange, March 4, 2021.",
        "REUTERS/Jo Lee",
    )


def test_a_gallery_inside_the_story_does_not_end_it() -> None:
    gallery = "".join(
        f"{n} of 3\n{caption}\nPhoto: Jo Lee/Harbor Press\n\n"
        for n, caption in enumerate(
            (
                "Readers queue outside the library before it opens for the last time.",
                "The head librarian stamps the last book to be borrowed.",
                "The doors are locked at five o'clock.",
            ),
            start=1,
        )
    )
    page = (
        "The last day of the harbour library\n\nBy Mia Lund\n\nMarch 12, 2024\n\n"
        "Readers queued from early morning to return their books and say goodbye to the staff of the harbour "
        "library, which closed on Saturday after 112 years.\n\n" + gallery + "The council says the books will move "
        "to the school across the square, where a new reading room opens in January.\n"
    )
    article = articlecli.parse(page)
    assert [p.text[:24] for p in article.paragraphs] == ["Readers queued from earl", "The council says the boo"]
    assert [c.credit for c in article.captions] == ["Jo Lee/Harbor Press"] * 3


MORE_PICTURES = [
    pytest.param(
        "Smoke rises behind the church on Thursday. Omar Fadel via Reuters\nPhoto: Jo Lee / Northern Post\n"
        "Firefighters walk back from the fire line after a 14-hour shift.",
        [
            ("Smoke rises behind the church on Thursday.", "Omar Fadel via Reuters"),
            ("Firefighters walk back from the fire line after a 14-hour shift.", "Jo Lee / Northern Post"),
        ],
        id="a credit under a credited caption is the next picture's",
    ),
    pytest.param(
        "Crew members picket the slipway on Thursday. (Ilse Maran | Skerry Mail)",
        [("Crew members picket the slipway on Thursday.", "Ilse Maran | Skerry Mail")],
        id="a name and an outlet after a bar",
    ),
    pytest.param(
        "Keira Abbot, left, and coach Tobias Hale after the regional final.",
        [("Keira Abbot, left, and coach Tobias Hale after the regional final.", None)],
        id="a person's place in the picture between commas",
    ),
    pytest.param(
        "Fans queue at the north gate before the cup final on Saturday, March 9, 2024, in Westport.\n"
        "Fans queue at the north gate before the cup final on Saturday, March 9, 2024, in Westport.\n"
        "Photo: Ana K.L. Soto, AP\nPhoto: Ana K.L. Soto, AP\nImage 1 of / 4",
        [
            (
                "Fans queue at the north gate before the cup final on Saturday, March 9, 2024, in Westport.",
                "Ana K.L. Soto, AP",
            )
        ],
        id="a gallery's copies of one picture, the photographer's initials run together",
    ),
    pytest.param(
        "PHOTO GALLERY: The last sailing of the Westport ferry\n1 of 2\n"
        "Passengers wave from the deck as the ferry leaves Westport. (Jo Lee for the Island Times)\n2 of 2\n"
        "The crew lower the flag at the end of the crossing.",
        [
            ("PHOTO GALLERY: The last sailing of the Westport ferry", None),
            ("Passengers wave from the deck as the ferry leaves Westport.", "Jo Lee for the Island Times"),
            ("The crew lower the flag at the end of the crossing.", None),
        ],
        id="a gallery's title over its first counter",
    ),
]


@pytest.mark.parametrize(("picture", "captions"), MORE_PICTURES)
def test_more_pictures_between_paragraphs(picture: str, captions: list[tuple[str, str | None]]) -> None:
    article = articlecli.parse(_HEAD + picture + _TAIL)
    assert [(c.text, c.credit) for c in article.captions] == captions


def test_the_last_pictures_credit_past_the_story_end() -> None:
    page = (
        _HEAD
        + _TAIL.lstrip()
        + "\nKeira Abbot, left, and coach Tobias Hale after the final.\nJess Amari / Sportsdesk North\n"
    )
    article = articlecli.parse(page)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Keira Abbot, left, and coach Tobias Hale after the final.", "Jess Amari / Sportsdesk North")
    ]


def test_a_lead_pictures_gallery_copy_at_the_top_of_the_story_is_the_same_picture() -> None:
    caption = "Skipper Ada Rowe, left, and deckhand Ivo Marsh unload the first catch of the season at Westport."
    page = (
        "Fishing fleet returns to Westport after a record winter\n\nBy Mia Lund\n\nMarch 12, 2024\n\n"
        f"{caption}\nPhoto: Jo Lee, AP\nImage 1 of / 12\n\nClose\n\nImage 1 of 12\n{caption}\nPhoto: Jo Lee, AP\n\n"
        "The first boats of the season came back to Westport on Monday, their holds full after a winter of storms.\n\n"
        "The harbour master said the catch was the best in ten years, and that prices at the quay had held up.\n"
    )
    article = articlecli.parse(page)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Jo Lee, AP")]


def test_two_pictures_of_one_person_whose_captions_start_alike_are_two() -> None:
    lead = "Harbour master Ada Rowe of Westport, Maine, attends the opening of the new ferry terminal on Monday."
    later = "Harbour master Ada Rowe of Westport, Maine, at the quay on Tuesday, March 12, 2024."
    page = (
        f"Ferry terminal opens in Westport\n\nBy Mia Lund\n\nMarch 12, 2024\n\n{lead} (Jo Lee/AP)\n\n"
        "The new terminal opened on Monday after two years of work, the harbour board said in a statement.\n\n"
        f"{later} (Omar Pike/Reuters)\n{later} Omar Pike/Reuters\n\n"
        "The first ferry left at seven on Tuesday morning with forty passengers and two lorries on board.\n"
    )
    article = articlecli.parse(page)
    assert [(c.text, c.credit) for c in article.captions] == [(lead, "Jo Lee/AP"), (later, "Omar Pike/Reuters")]
