"""Classes of subheadings the parser got wrong on unseen pages, each read from the words any outlet prints, not
from one page's shape: the note closing an event's box of labelled rows ("When: ..." / "Where: ..." / "Price: ..." /
"Booking essential"), in the languages the tables hold, is one more line of the box and not a subheading over the
next item; the next item's own title stays a subheading. Each page is written from scratch and read printed a
line a block and with a blank line between every two lines.
"""

from __future__ import annotations

import pytest

import articlecli

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_INTRO = (
    "Half-term is here, and so is the rain. These are the week's best events across the valley, most of them indoors.",
    "Prices were checked with the organisers on Monday; several venues ask families to book ahead this year.",
)
_NEXT_ITEM = (
    "Riverside Puppet Festival",
    "Six companies from three countries put on shows in the town's old corn exchange over four days.",
)


def _page(label: str, rows: tuple[str, ...], note: str, spaced: bool) -> str:
    lines = (
        "What's On",
        "Ten things to do with the children this week, from puppets to a night at the museum",
        "By Orla Penhallow",
        "12 February 2025",
        *_INTRO,
        label,
        "The museum stays open after dark for torch-lit tours of the fossil hall, with a quiz at the end.",
        *rows,
        note,
        *_NEXT_ITEM,
        "Most Read",
        "© 2025 Valley Courier Ltd",
    )
    return join_lines(lines, spaced)


_EN_ROWS = (
    "When: Friday 14 February, 6pm to 9pm",
    "Where: Dunmore Natural History Museum",
    "Price: £6, under-fives free",
)

# (the item's title, its rows, the note under them)
NOTES = [
    pytest.param("Museum Late", _EN_ROWS, "Booking essential", id="booking essential"),
    pytest.param("Night at the Museum", _EN_ROWS, "Booking required.", id="booking required, a full stop"),
    pytest.param("Torchlight Tours", _EN_ROWS, "Sold out", id="sold out"),
    pytest.param("Fossil Hall After Dark", _EN_ROWS, "Free entry, no booking", id="free entry, more words"),
    pytest.param("Fossil Hall After Dark", _EN_ROWS, "Suitable for all ages", id="suitable for all ages"),
    pytest.param(
        "Family Science Day",
        ("When: Saturday 15 February, all day", "Venue: Kelso Street Library", "Cost: Free"),
        "Drop-in, no need to book",
        id="other labels, drop-in",
    ),
    pytest.param(
        "Nuit au musée",
        ("Quand : vendredi 14 février, de 18 h à 21 h", "Où : Muséum de Valfleury", "Tarif : 6 €"),
        "Réservation obligatoire",
        id="French",
    ),
    pytest.param(
        "Noche en el museo",
        ("Cuándo: viernes 14 de febrero, 18.00", "Dónde: Museo de Ciencias de Olmedal", "Precio: 6 euros"),
        "Entrada libre hasta completar aforo",
        id="Spanish",
    ),
    pytest.param(
        "Lange Nacht im Museum",
        ("Wann: Freitag, 14. Februar, 18 Uhr", "Wo: Naturkundemuseum Erlbach", "Preis: 6 Euro"),
        "Anmeldung erforderlich",
        id="German",
    ),
    pytest.param(
        "Una notte al museo",
        ("Quando: venerdì 14 febbraio, ore 18", "Dove: Museo civico di Valtorre", "Biglietto: 6 euro"),
        "Prenotazione obbligatoria",
        id="Italian",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("label", "rows", "note"), NOTES)
def test_a_listings_note_is_a_line_of_its_box(label: str, rows: tuple[str, ...], note: str, spaced: bool) -> None:
    article = articlecli.parse(_page(label, rows, note, spaced))
    headings = [h.text for h in article.headings]
    assert note not in headings
    paragraphs = [p.text for p in article.paragraphs]
    assert note in paragraphs
    assert all(row in paragraphs for row in rows)  # (French rows too, a space before the colon: "Où : ...")
    if spaced:  # (glued under the box, the next title is read as one more of its lines: not this rule's matter)
        assert "Riverside Puppet Festival" in headings


@pytest.mark.parametrize(("label", "rows", "note"), NOTES)
def test_a_listings_note_glued_under_its_rows_is_not_the_next_boxs_label(
    label: str, rows: tuple[str, ...], note: str
) -> None:
    page = "\n\n".join(
        (
            "What's On",
            "Ten things to do with the children this week, from puppets to a night at the museum",
            "By Orla Penhallow",
            "12 February 2025",
            *_INTRO,
            "\n".join((label, *rows, note)),
            "The museum stays open after dark for torch-lit tours of the fossil hall, with a quiz at the end.",
            "Most Read",
        )
    )
    article = articlecli.parse(page + "\n")
    assert note not in [h.text for h in article.headings]


# (a subheading under a box of rows that is not a listing's note: it stays a subheading)
TITLES = [
    pytest.param("Booking tips for busy weeks", id="a title opening with a note's first word"),
    pytest.param("Free Science Saturday", id="a title with 'free'"),
    pytest.param("Drop Zone Trampoline Park", id="drop, not drop-in"),
    pytest.param("Completely Wild Zoo Night", id="complet-, a longer word"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("title", TITLES)
def test_a_title_under_a_box_stays_a_subheading(title: str, spaced: bool) -> None:
    lines = (
        "What's On",
        "Ten things to do with the children this week, from puppets to a night at the museum",
        "By Orla Penhallow",
        "12 February 2025",
        *_INTRO,
        "Museum Late",
        "The museum stays open after dark for torch-lit tours of the fossil hall, with a quiz at the end.",
        *_EN_ROWS,
        title,
        "Families can spend the afternoon on a course of nets and slides, with a cafe for the grown-ups beside it.",
        "Most Read",
        "© 2025 Valley Courier Ltd",
    )
    article = articlecli.parse(join_lines(lines, spaced))
    assert title in [h.text for h in article.headings]
