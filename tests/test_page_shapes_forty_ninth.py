"""Classes of headers the open held-out sets (forty-fourth, forty-sixth) and the forty-ninth probe set (tests/probes,
FORTY_NINTH_PAGES in test_probes.py) showed the parser missing on pages no rule was written from: a reporter's title
in Portuguese, Spanish, French or Italian after the name ("Repórter da Agência X") read as a second author; a bare
name stacked over its job title or its paper's staff ("Kayla Marsh" / "Record Staff"), where the staff line was
taken for the byline and the headline lost to its standfirst; the same name and title printed under the lead
picture; a live blog's "Live updates by A and B"; a wire editor's note after a label ("EDITORS: Adds ...") taken
for the standfirst; a lead picture's caption between the share row and the byline taken for the standfirst; an
ad slot's "Article content" label. Each page here is written from scratch, and each is read printed a line a block
and with a blank line between every two lines.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli import dates
from articlecli.bylines import parse_byline
from articlecli.classify.evidence import role_line

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_MENU = ("The Prairie Ledger", "Home", "News", "Sports", "Obituaries", "E-Edition", "NEWS")
_BODY = (
    "The town's only swimming pool will stay closed this summer after inspectors found a crack in its main tank.",
    "Council heard on Monday that repairs could cost as much as $310,000, more than twice the pool's yearly budget.",
    "The recreation director said staff would look at running buses to the pool in Marlow Junction instead.",
    "Parents who spoke at the meeting asked the council to find the money before the next season.",
)
_FOOTER = ("Related", "Library extends its winter hours", "Contact us", "© 2025 The Prairie Ledger")


def _page(*header: str, spaced: bool = False, menu: tuple[str, ...] = _MENU) -> str:
    return ("\n\n" if spaced else "\n").join((*menu, *header, *_BODY, *_FOOTER)) + "\n"


# (a byline, its authors): a reporter's title after the name in a Romance language opens its own segment
ROMANCE_ROLES = [
    pytest.param("Por Renata Lobo Farias - Repórter da Folha do Cerrado - Goiânia", ["Renata Lobo Farias"], id="pt"),
    pytest.param("Por Tiago Mendes | Jornalista do Diário do Planalto", ["Tiago Mendes"], id="pt jornalista"),
    pytest.param("Por Ana Quiroga, Corresponsal en Montevideo", ["Ana Quiroga"], id="es corresponsal"),
    pytest.param("Por Mercedes Albaladejo - Periodista de La Voz del Segura", ["Mercedes Albaladejo"], id="es"),
    pytest.param("Par Hélène Roussel, Correspondante à Dakar", ["Hélène Roussel"], id="fr"),
    pytest.param("Di Marco Bellandi - Corrispondente da Bruxelles", ["Marco Bellandi"], id="it"),
    pytest.param("Por Lia Torres e Caio Brandt - Repórteres", ["Lia Torres", "Caio Brandt"], id="pt plural"),
]


@pytest.mark.parametrize(("line", "authors"), ROMANCE_ROLES)
def test_a_romance_reporters_title_is_no_second_author(line: str, authors: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert [a.name for a in byline.authors][: len(authors)] == authors
    assert len(byline.authors) == len(authors)


ROLE_LINES = [
    pytest.param("Record Staff", True, id="a paper's staff"),
    pytest.param("Gazette Staff", True, id="another paper's staff"),
    pytest.param("Senior Reporter", True, id="a title"),
    pytest.param("Local Journalism Initiative Reporter", True, id="a programme's reporter"),
    pytest.param("Western Correspondent", True, id="a correspondent"),
    pytest.param("Staff Writer", True, id="staff writer"),
    pytest.param("Meet our staff", False, id="a link"),
    pytest.param("The staff at the pool said it was closed", False, id="a sentence"),
    pytest.param("Pool Manager Report", False, id="not a journalist's"),
    pytest.param("Project Director", False, id="the title of someone a story is about"),
    pytest.param("Staff Photographer", False, id="a photographer's"),
]


@pytest.mark.parametrize(("line", "expected"), ROLE_LINES)
def test_role_line(line: str, expected: bool) -> None:
    assert role_line(line) is expected


HEADLINE = "Town pool to stay shut all summer after crack found in main tank"
DECK = "Inspectors found the damage during spring checks, and repairs could top $310,000"

# (a bare name of no given name the lexicon knows, the line under it): the name is the author, the line its unit
NAME_OVER_ROLE = [
    pytest.param("Jorunn Kvalheim", "Ledger Staff", id="a paper's staff"),
    pytest.param("Aksel Varga", "Senior Reporter", id="a title"),
    pytest.param("Oyelaran Mbeki", "Local Journalism Initiative Reporter", id="a programme's reporter"),
    pytest.param("Tavita Roos", "Herald Staff", id="another paper's staff"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("name", "role"), NAME_OVER_ROLE)
def test_a_bare_name_over_its_role_is_the_byline_and_the_title_above_its_standfirst_the_headline(
    name: str, role: str, spaced: bool
) -> None:
    page = _page(HEADLINE, DECK, name, role, "Apr 02, 2025", "Updated 3 hrs ago", "Facebook", "Email", spaced=spaced)
    result = articlecli.parse(page)
    assert result.headline == HEADLINE
    assert result.deck == DECK
    assert [a.name for a in result.authors] == [name]


# a broadcaster's page: the lead picture's caption (no credit) between the share row and a name over its title
BROADCASTER_MENU = ("Skip to main content", "Lakeland", "News", "Sport", "Weather", "Player", "Donegal")


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("caption", "name", "role"),
    [
        pytest.param(
            "The empty pool at Carrigbeg leisure centre this morning", "Ciarán Ó Dálaigh", "Northwest Correspondent"
        ),
        pytest.param("Lifeguards outside the leisure centre on Tuesday", "Eimear Nic Giolla", "Education Reporter"),
    ],
)
def test_a_name_over_its_title_under_the_lead_picture_is_the_byline_and_the_caption_no_standfirst(
    caption: str, name: str, role: str, spaced: bool
) -> None:
    header = (HEADLINE, "Updated / Tuesday, 3 Jun 2025 16:20", "Listen", "Share", "Save", caption, name, role)
    result = articlecli.parse(_page(*header, spaced=spaced, menu=BROADCASTER_MENU))
    assert result.headline == HEADLINE
    assert result.deck is None
    assert [a.name for a in result.authors] == [name]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("Live updates by Hemi Walker and Sunita Rao", ["Hemi Walker", "Sunita Rao"], id="live updates by"),
        pytest.param("Live coverage by Dario Pellegrin", ["Dario Pellegrin"], id="live coverage by"),
        pytest.param("Updates by Kofi Mensah-Ayew", ["Kofi Mensah-Ayew"], id="updates by"),
    ],
)
def test_a_live_blogs_writers(line: str, names: list[str], spaced: bool) -> None:
    header = ("LIVE", "Pool closure live: council meets as parents call for repairs", line, "Updated 4.10pm, Tue 3 Jun")
    result = articlecli.parse(_page(*header, spaced=spaced))
    assert [a.name for a in result.authors] == names


# a wire editor's note after a label, under the headline: no standfirst
EDITOR_NOTES = [
    pytest.param("EDITORS: Adds council's comment in paragraphs 3-4", id="EDITORS:"),
    pytest.param("Editors: Updates with repair estimate", id="Editors:"),
    pytest.param("ATTN: Recasts lead, adds details", id="ATTN:"),
    pytest.param("Note to editors: Corrects spelling of Marlow Junction in paragraph 3", id="note to editors"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("note", EDITOR_NOTES)
def test_a_wire_editors_note_after_a_label_is_no_standfirst(note: str, spaced: bool) -> None:
    header = ("PRAIRIE WIRE", "SLUG: POOL-CLOSURE", HEADLINE, note, "By Jonas Ekwueme")
    result = articlecli.parse(_page(*header, spaced=spaced, menu=()))
    assert result.headline == HEADLINE
    assert result.deck is None


@pytest.mark.parametrize("spaced", SPACINGS)
def test_an_editors_note_of_words_is_still_read_as_before(spaced: bool) -> None:
    """A label without a wire note's verb after it stays what it was (a note of the story, or the standfirst)."""
    header = (HEADLINE, "Editors: the pool that wasn't", "By Jonas Ekwueme")
    result = articlecli.parse(_page(*header, spaced=spaced))
    assert result.headline == HEADLINE


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("label", ["Article content", "ARTICLE CONTENT"])
def test_an_ad_slots_label_in_the_body_is_no_heading(label: str, spaced: bool) -> None:
    lines = (HEADLINE, "By Jonas Ekwueme", "Apr 02, 2025", *_BODY[:2], label, *_BODY[2:], *_FOOTER)
    result = articlecli.parse(("\n\n" if spaced else "\n").join(lines) + "\n")
    assert [h.text for h in result.headings] == []
    assert [p.text for p in result.paragraphs] == list(_BODY)


# an institution's news room: no byline in the header; the box of fields closing the story names the author
FOOT_BOXES = [
    pytest.param(
        ("Prepared by: Halina Wróbel, Press Office", "Published: 02.04.2025 10:40"), ["Halina Wróbel"], id="pl"
    ),
    pytest.param(("Author: Ines Duarte", "Last updated: 2 April 2025"), ["Ines Duarte"], id="author:"),
    pytest.param(
        ("Written by: Kwame Asante-Boateng, Communications Unit", "Page reviewed: 02/04/2025"),
        ["Kwame Asante-Boateng"],
        id="written by:",
    ),
    pytest.param(("Author: Press Office", "Published: 02.04.2025"), [], id="an office, no one named"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("box", "names"), FOOT_BOXES)
def test_a_labelled_author_in_the_box_closing_the_story(box: tuple[str, ...], names: list[str], spaced: bool) -> None:
    menu = ("Ministry of Parks and Waterways", "English", "About the Ministry", "News", "Press office", "Contact")
    lines = (*menu, HEADLINE, "02.04.2025", *_BODY, *box, "Print", "Share", "Back to news")
    result = articlecli.parse(("\n\n" if spaced else "\n").join(lines) + "\n")
    assert [a.name for a in result.authors] == names
    assert [p.text for p in result.paragraphs] == list(_BODY)


@pytest.mark.parametrize(
    ("line", "authors", "unit"),
    [
        pytest.param("By Tomasz Wilk, Press Office", ["Tomasz Wilk"], "Press Office", id="a press office"),
        pytest.param("By Jane Oduya, Communications Unit", ["Jane Oduya"], "Communications Unit", id="a unit"),
        pytest.param("By Li Wen, Media Office", ["Li Wen"], "Media Office", id="a media office"),
    ],
)
def test_an_office_after_the_name_is_no_second_author(line: str, authors: list[str], unit: str) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert [a.name for a in byline.authors] == authors
    assert byline.authors[0].affiliation == unit


# a dashed date with a two-digit year before a 24-hour clock, as Dutch and Belgian regional sites stamp a story; a
# Dutch label beside it
DASHED_SHORT_YEAR = [
    pytest.param("04-12-26, 07:00", "2026-12-04T07:00", None, id="day first with a clock"),
    pytest.param("12-03-25 14:20", "2025-03-12T14:20", None, id="no comma"),
    pytest.param("Geplaatst: 09-05-25, 18:45", "2025-05-09T18:45", None, id="published label"),
    pytest.param("Laatste update: 06-11-26, 16:37", None, "2026-11-06T16:37", id="update label"),
    pytest.param("Aangepast 21-01-25, 11:03", None, "2025-01-21T11:03", id="changed label"),
]


@pytest.mark.parametrize(("line", "published", "updated"), DASHED_SHORT_YEAR)
def test_a_dashed_date_with_a_two_digit_year_and_a_clock(line: str, published: str | None, updated: str | None) -> None:
    read = dates.read_date_line(line, year_hint=None, now=None)
    assert (read.published and read.published.iso) == published
    assert (read.updated and read.updated.iso) == updated


@pytest.mark.parametrize("line", ["Final score 12-10-24", "10-12-26", "Ages 12-15-18", "Rooms 04-12-26 on floor 3"])
def test_dashed_numbers_without_a_clock_are_no_date(line: str) -> None:
    assert not dates.is_date_line(line)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_dutch_regional_stamp_dates_the_story(spaced: bool) -> None:
    header = (HEADLINE, DECK, "Jorunn Kvalheim", "09-05-25, 18:45", "Laatste update: 10-05-25, 08:02", "Lees voor")
    result = articlecli.parse(_page(*header, spaced=spaced))
    assert result.published is not None and result.published.iso[:10] == "2025-05-09"


# an author box at the foot titled with the author's name ("About Name") over the bio: furniture, no subheading
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("title", "bio"),
    [
        pytest.param(
            "About Niamh Corcoran", "Niamh Corcoran is a reporter with the Ledger covering the west of the county."
        ),
        pytest.param("ABOUT TOBIAS REINHOLT", "Tobias Reinholt writes about farming and rural life for the Ledger."),
        pytest.param("About Ama Owusu-Ansah", "Ama Owusu-Ansah covers health and education. Email ama@ledger.example"),
    ],
)
def test_an_author_box_titled_with_the_name_is_no_heading(title: str, bio: str, spaced: bool) -> None:
    name = bio.split(" is ")[0].split(" writes ")[0].split(" covers ")[0]
    lines = (HEADLINE, f"Posted by {name} on 2nd April 2025 at 9:10 am", *_BODY, title, bio, "View all posts", *_FOOTER)
    result = articlecli.parse(("\n\n" if spaced else "\n").join(lines) + "\n")
    assert [h.text for h in result.headings] == []
    assert [p.text for p in result.paragraphs] == list(_BODY)


# several authors without By joined by "&", beside the date
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("Jorunn Kvalheim & Tavita Roos", ["Jorunn Kvalheim", "Tavita Roos"], id="two"),
        pytest.param("Oyelaran Mbeki, Aksel Varga & Li Wen", ["Oyelaran Mbeki", "Aksel Varga", "Li Wen"], id="three"),
    ],
)
def test_names_joined_by_an_ampersand_beside_the_date(line: str, names: list[str], spaced: bool) -> None:
    result = articlecli.parse(_page(HEADLINE, DECK, line, "April 2, 2025", spaced=spaced))
    assert [a.name for a in result.authors] == names


# the print edition's date is the publication date only when the page prints no other
PRINT_DATES = [
    pytest.param(("Print edition: April 4, 2025", "Published online April 2, 2025"), "2025-04-02", id="print first"),
    pytest.param(("Published : Apr 02, 2025 16:05 IST", "Print edition : Apr 23, 2025"), "2025-04-02", id="print last"),
    pytest.param(("Edición impresa: 04/04/2025", "Publicado: 02/04/2025"), "2025-04-02", id="es"),
    pytest.param(("In print: April 4, 2025",), "2025-04-04", id="only the print edition's"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("date_lines", "published"), PRINT_DATES)
def test_the_print_editions_date_comes_after_the_others(
    date_lines: tuple[str, ...], published: str, spaced: bool
) -> None:
    result = articlecli.parse(_page(HEADLINE, DECK, "By Jorunn Kvalheim", *date_lines, spaced=spaced))
    assert result.published is not None and result.published.iso[:10] == published


# a byline carried over to the next line
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(
    ("lines", "names"),
    [
        pytest.param(("By Jorunn Kvalheim", "and Tavita Roos"), ["Jorunn Kvalheim", "Tavita Roos"], id="and"),
        pytest.param(("By Aksel Varga, Senior Reporter", "& Li Wen"), ["Aksel Varga", "Li Wen"], id="& after a role"),
        pytest.param(("By Oyelaran Mbeki", "and the Ledger's news desk"), ["Oyelaran Mbeki"], id="not a name"),
        pytest.param(("By Oyelaran Mbeki", "and more from the council"), ["Oyelaran Mbeki"], id="a link"),
    ],
)
def test_a_byline_carried_over_to_the_next_line(lines: tuple[str, ...], names: list[str], spaced: bool) -> None:
    result = articlecli.parse(_page(HEADLINE, DECK, *lines, "April 2, 2025", spaced=spaced))
    assert result.headline == HEADLINE
    assert [a.name for a in result.authors] == names
    assert [p.text for p in result.paragraphs] == list(_BODY)


# a name over the title of someone the story is about, or over a photographer's title, is no byline there
@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("role", ["Project Director", "Chief Executive Officer", "Staff Photographer"])
def test_a_name_over_another_title_under_the_lead_picture_is_no_byline(role: str, spaced: bool) -> None:
    caption = "Lifeguards outside the leisure centre on Tuesday"
    header = (
        HEADLINE,
        "Updated / Tuesday, 3 Jun 2025 16:20",
        "Listen",
        "Share",
        "Save",
        caption,
        "Jorunn Kvalheim",
        role,
    )
    result = articlecli.parse(_page(*header, spaced=spaced, menu=BROADCASTER_MENU))
    assert result.headline == HEADLINE
    assert [a.name for a in result.authors] == []
