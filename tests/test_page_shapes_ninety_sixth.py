"""Classes of lines the body of unseen pages showed the parser missing (stop s17, the ninety-sixth probe set): a how-
to's list under its label (`What you'll need` over lines of no shape, then `Steps`), read as the story's own rows as
a recipe's are; a practical box closing the story (`Praktische Hinweise` / `Anfahrt: ...` rows that read as
sentences / a short last row / the trip's note), kept whole, its rows paragraphs under its title; a roundup's
numbered items each glued over a row of labelled specs (`Battery: 40 hours | Charging: USB-C`), the items its
subheadings, the rows its text; a results table under its rounds' labels (`Under-14 girls` / `Rovers 2-1 United`,
also a label over one result and a label after a box of links), the labels subheadings, the results rows. Each page
here is written from scratch, and each is read printed a line a block and with a blank line between every two lines.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.products import spec_row
from articlecli.classify.shapes import SCORE_SHAPE, shape_of

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Lakeside Weekly",
    "Home & Garden",
    "How to build a bird box from one plank in an afternoon",
    "By Oskar Lindqvist",
    "March 3, 2025",
)
_INTRO = (
    "Blue tits start looking for nest sites in early spring, so a box put up this month may have tenants by April.",
    "Carpenter Hanna Berg, who has built boxes for the parish nature group for twelve years, showed us her design.",
)
_OUTRO = (
    "Fix the box at least two metres up, facing north or east, away from the hottest sun and the prevailing wind.",
    "Clean it out every autumn once the birds have left, and the box should last for ten years or more in the garden.",
)
_FOOTER = ("Related", "Ten plants that feed bees in March", "© 2025 Lakeside Weekly")


def _page(*middle: str, spaced: bool = False) -> str:
    return join_lines([*_HEADER, *_INTRO, *middle, *_OUTRO, *_FOOTER], spaced)


# ---------------------------------------------------------------- a how-to's list under its label

_ROWS = (
    "One untreated pine plank, 150 cm long",
    "Galvanised screws",
    "A drill with a 28 mm bit",
    "Sandpaper and a pencil",
)
_STEPS = (
    "1. Saw the plank into six pieces: front, back, roof, floor and two sides, following the plan below.",
    "2. Drill the entrance hole 12 cm above the floor, then sand its edge so that no splinter is left.",
    "3. Screw the sides to the back, then the front and the floor, and fix the roof with one hinge.",
)

# (the label over a how-to's list of things of no one shape, in the languages the tables hold)
HOWTO_LABELS = [
    pytest.param("What you'll need", id="en what you'll need"),
    pytest.param("What you need", id="en what you need"),
    pytest.param("You'll need:", id="en you'll need colon"),
    pytest.param("Tools and materials", id="en tools and materials"),
    pytest.param("Lo que necesitas", id="es lo que necesitas"),
    pytest.param("Das brauchen Sie", id="de das brauchen sie"),
    pytest.param("Ce qu’il vous faut", id="fr ce qu'il vous faut, curly apostrophe"),
    pytest.param("Occorrente", id="it occorrente"),
    pytest.param("Benodigdheden", id="nl benodigdheden"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("label", HOWTO_LABELS)
def test_howto_label_heads_its_list(label: str, spaced: bool) -> None:
    """The label over its things, then its steps under their own label: both labels subheadings, every row kept."""
    art = articlecli.parse(_page(label, *_ROWS, "Steps", *_STEPS, spaced=spaced))
    assert [h.text for h in art.headings] == [label, "Steps"]
    assert [p.text for p in art.paragraphs] == [*_INTRO, *_ROWS, *_STEPS, *_OUTRO]


@pytest.mark.parametrize("label", HOWTO_LABELS[:3])
def test_howto_list_glued_over_the_text(label: str) -> None:
    """Printed a line a block, the list's last row glued over the story's text is a row, not a subheading."""
    art = articlecli.parse(_page(label, *_ROWS))
    assert [h.text for h in art.headings] == [label]
    assert [p.text for p in art.paragraphs] == [*_INTRO, *_ROWS, *_OUTRO]


# ---------------------------------------------------------------- a practical box closing the story

# (a box's title by its words over labelled rows that read as sentences, the last one with no full stop, and a
# disclosure under them: the story's own box, kept whole to its last line)
PRACTICAL_BOXES = [
    pytest.param(
        (
            "PRACTICAL INFORMATION",
            "Getting there: Trains run hourly from the city to Nordby, and the bus meets every one of them.",
            "Staying there: The Harbour Inn has doubles from €95, breakfast included.",
            "Tourist office: Harbour Street, open daily from nine to five",
        ),
        id="en practical information",
    ),
    pytest.param(
        (
            "Información práctica",
            "Cómo llegar: Autobús 21 desde la estación hasta la plaza, cada media hora.",
            "Dónde dormir: Albergue del Castillo, desde 28 euros la noche con desayuno.",
            "Mapa: Hoja 4 del mapa comarcal",
        ),
        id="es información práctica",
    ),
    pytest.param(
        (
            "Praktische Hinweise",
            "Anfahrt: Mit der Regionalbahn bis Kirchdorf, von dort zu Fuß in zwanzig Minuten.",
            "Unterkunft: Gasthof zur Post, Doppelzimmer ab 88 Euro mit Frühstück.",
            "Karte: Wanderkarte 7, Kirchdorf und Umgebung",
        ),
        id="de praktische hinweise",
    ),
    pytest.param(
        (
            "Infos pratiques",
            "Adresse : 4, rue du Port",
            "Horaires : du mardi au dimanche, de 10 h à 18 h ; fermé le lundi et les jours fériés.",
            "Tél. : 02 00 00 00 45",
        ),
        id="fr infos pratiques, a short row under a sentence",
    ),
]
_DISCLOSURE = "The trip was supported by the regional tourist board."


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", PRACTICAL_BOXES)
def test_practical_box_kept_to_its_last_row(box: tuple[str, ...], spaced: bool) -> None:
    page = join_lines([*_HEADER, *_INTRO, *_OUTRO, *box, _DISCLOSURE, *_FOOTER], spaced)
    art = articlecli.parse(page)
    assert [h.text for h in art.headings] == [box[0]]
    assert [p.text for p in art.paragraphs] == [*_INTRO, *_OUTRO, *box[1:], _DISCLOSURE]


# ---------------------------------------------------------------- a roundup's numbered items over rows of specs

_ITEMS = (
    (
        "1. Nordlys Folding Headtorch",
        "Brightness: 350 lumens | Battery: 12 hours on low | Charging: USB-C",
        "It sat steady on a running hat and lit the trail well enough for a night descent in the rain.",
    ),
    (
        "2. Fjellbu Down Booties",
        "Fill: duck down | Weight: 180g | Sizes: S to XL",
        "Warm enough for a night in the hut, with a sole stiff enough to cross the yard to the woodshed.",
    ),
    (
        "3. Kvist Enamel Mug Set",
        "Volume: 350ml | Pieces: 4 | Dishwasher: yes",
        "They chip if dropped on rock, as enamel does, but they have survived two summers of camp washing-up.",
    ),
)
_RETAILER = "$29 at Harbour Outdoor Supply"


@pytest.mark.parametrize("spaced", SPACINGS)
def test_numbered_items_over_spec_rows(spaced: bool) -> None:
    middle = [line for name, specs, text in _ITEMS for line in (name, specs, text, _RETAILER)]
    art = articlecli.parse(_page(*middle, spaced=spaced))
    assert [h.text for h in art.headings] == [name for name, _, _ in _ITEMS]
    kept = [p.text for p in art.paragraphs]
    assert kept == [*_INTRO, *(line for _, specs, text in _ITEMS for line in (specs, text)), *_OUTRO]


# (a row of fields parted by bars, whether it is a row of specs: a figure in one field at least, the others a
# label and its value)
SPEC_ROWS = [
    pytest.param("Capacity: 20L | Weight: 1.1kg | Colour: forest green", True, id="labels, one value in words"),
    pytest.param("Autonomie : 40 heures | Recharge : USB-C", True, id="fr spaced colon"),
    pytest.param("Gewicht: 540 g · Material: Edelstahl", True, id="de dotted"),
    pytest.param("Volume 1.2 l | Mass 610 g", True, id="figures without colons"),
    pytest.param("Home | News | Sport", False, id="a menu"),
    pytest.param("Share: Facebook | Email", False, id="no figure"),
    pytest.param("3 min read | 12 comments", False, id="a widget"),
]


@pytest.mark.parametrize(("row", "want"), SPEC_ROWS)
def test_spec_row(row: str, want: bool) -> None:
    assert spec_row(row) is want


# ---------------------------------------------------------------- a results table under its rounds' labels

# (rounds' labels, each over its results, the last round a single final over the story's text)
RESULTS = [
    pytest.param(
        (
            (
                "Under-12 boys",
                "Harbour Rovers 2-1 Quay United",
                "Westfield 0-0 Old Town",
                "Final: Westfield 1-3 Rovers",
            ),
            ("Under-14 girls", "Final: Old Town 4-2 Harbour Rovers"),
        ),
        id="en",
    ),
    pytest.param(
        (
            ("Benjamín mixto", "CEIP San Roque 3 – 1 CEIP El Pinar", "CRA Los Olmos 2 – 2 CEIP Santa Ana"),
            ("Cadete femenino", "Final: IES Sierra Alta 1 – 0 IES La Vega"),
        ),
        id="es spaced dashes",
    ),
    pytest.param(
        (
            ("E-Jugend", "SV Kirchdorf 3 - 1 TSV Au", "FC Moosbach 0 - 2 SV Kirchdorf"),
            ("D-Jugend", "Finale: TSV Au 2 - 1 FC Moosbach"),
        ),
        id="de hyphens",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("rounds", RESULTS)
def test_results_under_their_labels(rounds: tuple[tuple[str, ...], ...], spaced: bool) -> None:
    middle = [line for block in rounds for line in block]
    art = articlecli.parse(_page(*middle, spaced=spaced))
    assert [h.text for h in art.headings] == [block[0] for block in rounds]
    rows = [line for block in rounds for line in block[1:]]
    assert [p.text for p in art.paragraphs] == [*_INTRO, *rows, *_OUTRO]


def test_one_result_alone_is_no_table() -> None:
    """A page with one result over its text keeps its reading: no table of results to read it in."""
    art = articlecli.parse(_page("Final: Harbour Rovers 2-1 Quay United", spaced=True))
    assert "Final: Harbour Rovers 2-1 Quay United" not in [p.text for p in art.paragraphs]


SCORES = [
    pytest.param("Harbour Rovers 2-1 Quay United", True, id="hyphen"),
    pytest.param("IES Río Duernas 5 – 3 IES Valdecastro", True, id="spaced dash"),
    pytest.param("Final: Westfield 1-3 Rovers (4-3 on penalties)", True, id="round's label and penalties"),
    pytest.param("June 2-6 Harbour Festival", False, id="a date range"),
    pytest.param("Ages 5 to 11, Harbour Hall", False, id="no score"),
    pytest.param("The vote was 7-2 in favour", False, id="a vote in a sentence"),
]


@pytest.mark.parametrize(("row", "want"), SCORES)
def test_score_shape(row: str, want: bool) -> None:
    assert (shape_of(row) == SCORE_SHAPE) is want


# ---------------------------------------------------------------- a listing's sections of dated events

_EVENTS = (
    "Markets",
    "Saturday 6 June – Nordby – Harbour Hall, 10am to 4pm",
    "Forty stalls of local food and crafts, with a brass band on the quay in the afternoon.",
    "Sunday 7 June – Westvik – Old School, 11am to 3pm",
    "A small makers' market in the school hall, with proceeds going to the roof appeal.",
    "Related",
    "Harbour Hall reopens after two years of repairs to its roof and windows",
    "Ferry timetable changes over the summer holidays for island routes",
    "Concerts",
    "Friday 12 June – Nordby – St Olaf's Church, 7.30pm",
    "The choir's summer concert, with a programme of folk songs from the islands.",
)
_HEADS = ("Markets", "Concerts")
_LINKS = _EVENTS[5:8]


@pytest.mark.parametrize("spaced", SPACINGS)
def test_listing_sections_of_dated_events(spaced: bool) -> None:
    """Each section's label a subheading, each event's line and blurb paragraphs, across a box of links."""
    art = articlecli.parse(_page(*_EVENTS, spaced=spaced))
    assert [h.text for h in art.headings] == list(_HEADS)
    rows = [line for line in _EVENTS if line not in _HEADS and line not in _LINKS]
    assert [p.text for p in art.paragraphs] == [*_INTRO, *rows, *_OUTRO]


def test_a_note_among_glued_events_is_no_label() -> None:
    """A listing's note between two events printed a line a block is one more row, never a section's label."""
    rows = (
        "Saturday 6 June – Nordby – Harbour Hall, 10am",
        "Free entry",
        "Sunday 7 June – Westvik – Old School, 11am",
        "Booking essential",
        "Friday 12 June – Nordby – St Olaf's Church, 7.30pm",
    )
    art = articlecli.parse(_page("What's on", *rows))
    assert "Free entry" not in [h.text for h in art.headings]
    assert "Booking essential" not in [h.text for h in art.headings]


# ---------------------------------------------------------------- an author's box closing the story

# (the author's name and role over the bio under the story: the box's line, not a subheading)
AUTHOR_BOXES = [
    pytest.param("Oskar Lindqvist, Garden Editor", id="role after a comma"),
    pytest.param("Oskar Lindqvist, Staff Reporter", id="staff reporter"),
    pytest.param("About Oskar Lindqvist", id="about the author"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("title", AUTHOR_BOXES)
def test_author_box_title_is_no_heading(title: str, spaced: bool) -> None:
    bio = "Oskar Lindqvist writes about gardens and woodwork for the Weekly. He has built forty bird boxes."
    page = join_lines([*_HEADER, *_INTRO, *_OUTRO, title, bio, *_FOOTER], spaced)
    assert [h.text for h in articlecli.parse(page).headings] == []
