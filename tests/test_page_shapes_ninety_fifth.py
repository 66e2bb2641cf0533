"""Classes of headers the stop of the ninety-fifth probe set (tests/probes, NINETY_FIFTH_PAGES in test_probes.py) found
the parser missing on group A's pages: a year glued to the clock in another language's date line; a review's
"Reviewed by Name" alone; a broadcaster's newsroom signing with a number in its name; a second author carried over
to the next line after a bar's fields or another language's "and"; a breadcrumb whose last section holds a figure,
a weather widget, a sponsor's label and a contributor's tag read as the headline or the standfirst; a standfirst
printed over the headline; and, behind the standfirst read right, a role in another language resolved to a name
that is not its holder. Each line and page here is written from scratch, in other words and languages than the
pages the rules were written from; each page is read a line a block and with blank lines between.
"""

from __future__ import annotations

import datetime as dt

import pytest

from articlecli.classify.title_kinds import contributor_tag, menu_row, sponsor_tail, weather_widget
from articlecli.pipeline import ParseOptions, parse
from articlecli.speech import _other_clause_between

from .pages import join_lines

NOW = dt.datetime(2024, 5, 14, 16, 0, tzinfo=dt.timezone.utc)
SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_TITLE = "Night ferry to the outer islands cut to three sailings a week from June"
_OPENING = (
    "The operator of the night ferry to the outer islands will cut the service to three sailings a week from June, "
    "it said on Monday, blaming the cost of fuel and a shortage of crew."
)
_BODY = (
    _OPENING,
    "Islanders who travel to the mainland hospital for treatment said the cut would force them to stay overnight.",
    "The operator said it would review the timetable again in the autumn.",
)
_FOOTER = ("Related stories", "Harbour council approves new slipway", "© 2024 The Island Courier")


def _page(header: tuple[str, ...], spaced: bool) -> str:
    return join_lines(["The Island Courier", "News", "Islands", *header, *_BODY, *_FOOTER], spaced)


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse(text, ParseOptions(now=NOW))


# (a date line as printed, the day): the year glued to the clock, in several languages (rule: dates.foreign_date_line)
GLUED_DATES = [
    pytest.param("Lunes 13 de mayo de 202408:45", "2024-05-13", id="es"),
    pytest.param("Lundi 13 mai 202408h45", "2024-05-13", id="fr"),
    pytest.param("13 de maio de 20248:45", "2024-05-13", id="pt"),
    pytest.param("Montag, 13. Mai 202408:45 Uhr", "2024-05-13", id="de"),
    pytest.param("lunedì 13 maggio 202418:05", "2024-05-13", id="it"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "day"), GLUED_DATES)
def test_a_year_glued_to_the_clock_is_read(line: str, day: str, spaced: bool) -> None:
    a = _read(_page((_TITLE, "By Mara Quill", line), spaced))
    assert a.published is not None and a.published.iso is not None and a.published.iso[:10] == day


# (the byline lines, the authors): a review's lead words, with no other byline and under one
REVIEW_BYLINES = [
    pytest.param(("Reviewed by Oona Farrell",), ("Oona Farrell",), id="reviewed by"),
    pytest.param(("Reviewed by Oona Farrell", "Music Critic"), ("Oona Farrell",), id="reviewed by over a title"),
    pytest.param(("Reviewed by Oona Farrell and Piet Smit",), ("Oona Farrell", "Piet Smit"), id="two reviewers"),
    pytest.param(("By Oona Farrell", "Reviewed by Dr. Piet Smit"), ("Oona Farrell",), id="a checker under a byline"),
    pytest.param(("Crítica de Lucía Montero",), ("Lucía Montero",), id="es"),
    pytest.param(("Critique de Marc-André Dufour",), ("Marc-André Dufour",), id="fr"),
    pytest.param(("Rezension von Jana Kühl",), ("Jana Kühl",), id="de"),
    pytest.param(("Recensione di Paolo Ferri",), ("Paolo Ferri",), id="it"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("lines", "authors"), REVIEW_BYLINES)
def test_a_reviews_byline_is_read(lines: tuple[str, ...], authors: tuple[str, ...], spaced: bool) -> None:
    a = _read(_page((_TITLE, *lines, "May 13, 2024"), spaced))
    assert tuple(x.name for x in a.authors) == authors


# a broadcaster's newsroom with a number in its name, signing alone (rule header/newsroom-byline)
NEWSROOMS = [
    pytest.param("Redacción Canal 9", id="es"),
    pytest.param("Redaktion Radio 7", id="de"),
    pytest.param("Rédaction TV 8", id="fr"),
    pytest.param("Redazione Telenord 3", id="it"),
    pytest.param("Redação TV 4 Sul", id="pt"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("desk", NEWSROOMS)
def test_a_newsroom_with_a_number_signs_the_story(desk: str, spaced: bool) -> None:
    a = _read(_page((_TITLE, desk, "13/05/2024 - 08:45"), spaced))
    assert tuple(x.name for x in a.authors) == (desk,)


# a second author carried over to the next line (rule header/byline-continued)
CARRIED_BYLINES = [
    pytest.param(
        ("By Oona Farrell | ofarrell@courier.example | Island Courier", "and Piet Smit | Staff writer"), id="bars"
    ),
    pytest.param(("By Oona Farrell", "& Piet Smit | Photographer"), id="ampersand and bar"),
    pytest.param(("Por Oona Farrell", "y Piet Smit"), id="es"),
    pytest.param(("Von Oona Farrell", "und Piet Smit"), id="de"),
    pytest.param(("Par Oona Farrell", "et Piet Smit"), id="fr"),
    pytest.param(("Av Oona Farrell", "og Piet Smit"), id="no"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("lines", CARRIED_BYLINES)
def test_a_second_author_carried_over_is_read(lines: tuple[str, ...], spaced: bool) -> None:
    a = _read(_page((_TITLE, *lines, "May 13, 2024"), spaced))
    assert tuple(x.name for x in a.authors) == ("Oona Farrell", "Piet Smit")


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Sport / Motorsport / F1", True),
        ("Deportes › Fútbol › U20", True),
        ("Accueil » Sports » Pro D2", True),
        ("Nachrichten > Sport > Handball U19", True),
        ("Oona Farrell | Islands | 13.05.2024", False),  # a writer's bar, with the date
        ("Sport | Live | 18:30", False),
        ("Ferry cut / Islanders angry", False),  # two parts: a title's
    ],
)
def test_a_breadcrumb_may_hold_figures_inside_its_names(line: str, row: bool) -> None:
    assert menu_row(line) is row


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("Kirkwall 7°C Drizzle", True),
        ("Valparaíso 22 °C Despejado", True),
        ("Genève 3° Brouillard", True),
        ("Graz, -2 °C, Schnee", True),
        ("55°F Mostly Sunny", True),
        ("Harbour swim called off as sea falls to 9°C", False),
        ("Heat record: 44°C measured in Córdoba", False),
        ("Snow Expected Tonight As Temperatures Drop To -4°C In The Glens", False),
    ],
)
def test_a_weather_widget_is_no_title(line: str, widget: bool) -> None:
    assert weather_widget(line) is widget


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("Special to The Island Courier", True),
        ("Especial para La Voz del Valle", True),
        ("Exclusivo para Folha do Porto", True),
        ("Speciale per Il Corriere del Lago", True),
        ("Special forces train on the outer islands", False),
        ("Exclusive to islanders: the ferry's new fares", False),
    ],
)
def test_a_contributors_tag_is_no_title(line: str, tag: bool) -> None:
    assert contributor_tag(line) is tag


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Tides & Weather presented by Quay Motors", True),
        ("Verkehr präsentiert von Autohaus Brandl", True),
        ("La Previsión patrocinado por Seguros Almar", True),
        ("Match Centre powered by Northline Energy", True),
        ("Council says the regatta was sponsored by Quay Motors", False),
        ("Festival presented by the island trust draws 4,000", False),
    ],
)
def test_a_sponsors_label_is_no_title(line: str, label: bool) -> None:
    assert sponsor_tail(line) is label


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_standfirst_over_the_headline_is_read(spaced: bool) -> None:
    deck = "Islanders who travel to the mainland hospital fear the cut to the night ferry will force them to stay over"
    text = join_lines(
        [
            f"{_TITLE} - The Island Courier",
            "The Island Courier",
            "News",
            "News › Islands",
            deck,
            _TITLE,
            "By Mara Quill",
            "May 13, 2024",
            *_BODY,
            *_FOOTER,
        ],
        spaced,
    )
    a = _read(text)
    assert (a.headline, a.deck) == (_TITLE, deck)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_motto_over_the_headline_is_no_standfirst(spaced: bool) -> None:
    motto = "The independent voice of the harbour towns and the outer islands since 1881"
    top = [f"{_TITLE} - The Island Courier", "The Island Courier", "News", "News › Islands", motto, _TITLE]
    text = join_lines([*top, "By Mara Quill", "May 13, 2024", *_BODY, *_FOOTER], spaced)
    a = _read(text)
    assert a.headline == _TITLE and a.deck != motto


@pytest.mark.parametrize(
    ("gap", "other"),
    [
        (" a défendu son groupe, son frère ", True),  # the role is the subject of another clause
        (" defendió al equipo, su hermano ", True),
        (" provincial de Huambo, ", False),  # the holder's name after the comma
        (" de la Santé, Dr ", False),  # a title before it
        (" das Pescas, Maria do ", False),  # a name's run from its second word
        (" ", False),
    ],
)
def test_a_role_is_not_held_by_a_name_after_another_clause(gap: str, other: bool) -> None:
    assert _other_clause_between(gap) is other


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("sep", ["›", ">", "/"])
def test_a_breadcrumb_ending_in_the_headline_over_it_is_no_standfirst(sep: str, spaced: bool) -> None:
    crumbs = f"Home {sep} News {sep} {_TITLE}"
    top = [f"{_TITLE} - The Island Courier", "The Island Courier", "News", crumbs, _TITLE]
    a = _read(join_lines([*top, "By Mara Quill", "May 13, 2024", *_BODY, *_FOOTER], spaced))
    assert a.headline == _TITLE and a.deck is None
