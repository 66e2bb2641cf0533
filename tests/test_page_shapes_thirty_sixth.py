"""Classes of header the thirty-sixth probe set (tests/probes, THIRTY_SIXTH_PAGES in test_probes.py) and the held-out
sets open to it (thirty-third, thirty-fourth) showed the parser missing: a date line whose month is abbreviated in
lower case, as Dutch, Spanish, Portuguese, French, German and Italian pages print it ("4 dec. 2026", "04 dic 2026");
a byline without "By" that prints the journalist's title before the name ("Court reporter Fiona Lee") or, with no
comma, after it ("Rhys ap Owen Rugby Correspondent"); a foreign byline whose lead also opens surnames ("Von", "Di")
before two names joined; a lead picture's caption between the standfirst and the byline, which hid the header in
the story's first lines; the points under a summary box's label read as captions; a headline under its section's
kicker passed over for the standfirst under it. Each page here is written from scratch, and each is read printed a
line a block and with a blank line between every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_MENU = ("Home", "News", "Sport", "Business", "Opinion", "Subscribe")
_BODY = (
    "The old swing bridge over the Marrow canal will close for repairs on Monday, the county council said.",
    "Engineers found corrosion in the turning gear during an inspection in the autumn and advised urgent work.",
    "Drivers will face a detour of about four miles through Eastcombe while the bridge is shut.",
    "The council expects the work to take ten weeks and to cost about 1.4 million pounds.",
    "Cyclists and walkers will be able to cross on a temporary footbridge from the second week.",
)
_FOOTER = ("Related", "Bus station to get new shelters", "Contact us", "© 2026 The Marrow Courier")
_HEADLINE = "Marrow canal swing bridge to close for ten weeks of repairs"
_DECK = "Council says corrosion in the turning gear cannot wait until the summer"


def _page(*header: str, spaced: bool = False, menu: tuple[str, ...] = _MENU) -> str:
    lines = [*menu, *header, *_BODY, *_FOOTER]
    return join_lines(lines, spaced)


def _published(page: str) -> str | None:
    value = articlecli.parse(page).published
    return value.iso[:10] if value is not None and value.iso else None


# (a date line in another language, its date): the month abbreviated in lower case, with or without its full stop,
# a clock, a place or a label beside it
LOWER_CASE_MONTHS = [
    pytest.param("2 dec. 2026, 09:51", "2026-12-02", id="nl dec."),
    pytest.param("12 mrt 2026 om 09:15", "2026-03-12", id="nl mrt, om"),
    pytest.param("Gepubliceerd: 3 okt. 2026", "2026-10-03", id="nl label, okt."),
    pytest.param("Castellón - 02 dic 2026 - 07:15 CET", "2026-12-02", id="es place, dic, zone"),
    pytest.param("18 ene 2026", "2026-01-18", id="es ene"),
    pytest.param("Publicado: 5 abr. 2026, 10h20", "2026-04-05", id="es label, abr."),
    pytest.param("05 dez. 2026 às 08:40", "2026-12-05", id="pt dez., às"),
    pytest.param("Atualizado 22 fev 2026", "2026-02-22", id="pt label, fev"),
    pytest.param("7 févr. 2026 à 18h05", "2026-02-07", id="fr févr."),
    pytest.param("9 déc. 2026", "2026-12-09", id="fr déc."),
    pytest.param("3. okt. 2026, 16:48 Uhr", "2026-10-03", id="de okt."),
    pytest.param("14 ott 2026, 11:00", "2026-10-14", id="it ott"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("date_line", "iso"), LOWER_CASE_MONTHS)
def test_a_month_abbreviated_in_lower_case_dates_the_story(date_line: str, iso: str, spaced: bool) -> None:
    page = _page(_HEADLINE, "Ana Ferreira Lopes", date_line, spaced=spaced)
    assert _published(page) == iso


# lines that hold a lower-case word spelt as a month's abbreviation and a year, and are no date of the story
NOT_DATES = [
    pytest.param("Dec 4, 2026", "2026-12-04", id="English, capital"),
    pytest.param("Posted by jan 2026 fan club", None, id="a handle"),
]


@pytest.mark.parametrize(("date_line", "iso"), NOT_DATES)
def test_a_capitalised_or_stray_abbreviation_is_read_as_before(date_line: str, iso: str | None) -> None:
    assert _published(_page(_HEADLINE, "By Ana Lopes", date_line)) == iso


def _authors(page: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in articlecli.parse(page).authors]


# (a byline line without "By", the author, the title): the journalist's title before the name, or after it with no
# comma, with a qualifier (a beat, a place, seniority) and names with particles or of three words
TITLED_BYLINES = [
    pytest.param("Court reporter Fiona Lee", "Fiona Lee", "Court reporter", id="title first, lower case"),
    pytest.param(
        "Transport Correspondent Aoife Ní Chathail", "Aoife Ní Chathail", "Transport Correspondent", id="title first"
    ),
    pytest.param(
        "Senior Political Reporter Tomasz Wierzbicki",
        "Tomasz Wierzbicki",
        "Senior Political Reporter",
        id="three words of title first",
    ),
    pytest.param("Education Editor Amaka Obi-Nwosu", "Amaka Obi-Nwosu", "Education Editor", id="editor first"),
    pytest.param("Rhys ap Owen Rugby Correspondent", "Rhys ap Owen", "Rugby Correspondent", id="Welsh ap, title after"),
    pytest.param("Fiona Lee Court Reporter", "Fiona Lee", "Court Reporter", id="title after, no comma"),
    pytest.param("Grace Mwangi Kamau Nairobi Correspondent", "Grace Mwangi Kamau", "Nairobi Correspondent", id="three"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("byline", "name", "role"), TITLED_BYLINES)
def test_a_journalists_title_beside_the_name_is_no_part_of_it(byline: str, name: str, role: str, spaced: bool) -> None:
    page = _page("NEWS", _HEADLINE, _DECK, byline, "Tuesday 1 December 2026, 6:40 pm", spaced=spaced)
    parsed = articlecli.parse(page)
    assert [(a.name, a.role) for a in parsed.authors] == [(name, role)]
    assert parsed.headline == _HEADLINE
    assert parsed.deck == _DECK


# a name of three words and a bare title after it: the last word is the name's, not the title's qualifier, unless
# it is a beat, a section or a desk's place (above)
@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By Efua Adomako Bekoe Correspondent", "Efua Adomako Bekoe"),
        ("Lucía Orozco Ibarrondo Editor", "Lucía Orozco Ibarrondo"),
        ("By Sarah Jane Pruitt Reporter", "Sarah Jane Pruitt"),
    ],
)
def test_the_last_word_of_a_name_of_three_before_a_bare_title_is_the_names(byline: str, name: str) -> None:
    page = _page("NEWS", _HEADLINE, _DECK, byline, "Tuesday 1 December 2026, 6:40 pm")
    assert [a for a, _ in _authors(page)] == [name]


# (a foreign byline whose lead also opens surnames, its authors)
JOINED_BYLINES = [
    pytest.param("Von Jonas Brandt und Mira Öztürk", ["Jonas Brandt", "Mira Öztürk"], id="Von A und B"),
    pytest.param("Di Giulia Rossi e Marco Bellandi", ["Giulia Rossi", "Marco Bellandi"], id="Di A e B"),
    pytest.param(
        "Von Lena Maria Vogt, Tarek Haddad und Ute Kern", ["Lena Maria Vogt", "Tarek Haddad", "Ute Kern"], id="three"
    ),
]


@pytest.mark.parametrize(("byline", "names"), JOINED_BYLINES)
def test_a_lead_that_opens_surnames_signs_two_names_joined(byline: str, names: list[str]) -> None:
    page = _page(_HEADLINE, _DECK, byline, "Aktualisiert am 02.12.2026, 11:07 Uhr")
    assert [a for a, _ in _authors(page)] == names


def test_a_surname_after_von_in_a_title_is_no_byline() -> None:
    page = _page("Von Miller und Brady feiern den Sieg in Harbour City", "By Ana Lopes", "5 December 2026")
    assert [a for a, _ in _authors(page)] == ["Ana Lopes"]


# (the lead picture's caption between the standfirst and the byline): a credit after a label, in brackets, glued
LEAD_CAPTIONS = [
    pytest.param("The swing bridge, built in 1911, will get a new turning gear. Photo: Sam Okafor", id="Photo:"),
    pytest.param("Traffic queues at the bridge on Friday. (Photo: Anil Rao/Courier)", id="bracketed"),
    pytest.param("The bridge from the towpath. Foto: Rui Lopes/Arquivo", id="Foto: name/archive"),
    pytest.param("Engineers inspect the gear in October. © Beeld Noord / Joost Harms", id="© agency / name"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("caption", LEAD_CAPTIONS)
def test_a_lead_caption_between_standfirst_and_byline_leaves_the_header_whole(caption: str, spaced: bool) -> None:
    # a headline and a standfirst with no full stop, long enough to read as the story's first lines
    headline = "Marrow canal swing bridge to close for ten weeks after engineers find its turning gear corroded"
    deck = "Council promises a free shuttle bus for pupils and a temporary footbridge for walkers before the spring"
    page = _page(headline, deck, caption, "Inês Carvalhal Medeiros", "07 de novembro de 2026, 10:25", spaced=spaced)
    parsed = articlecli.parse(page)
    assert (parsed.headline, parsed.deck) == (headline, deck)
    assert [a.name for a in parsed.authors] == ["Inês Carvalhal Medeiros"]
    assert parsed.paragraphs[0].text == _BODY[0]


# (a summary box's label, its points) between the header and the story
SUMMARY_BOXES = [
    pytest.param("Key points", id="Key points"),
    pytest.param("Das Wichtigste in Kürze", id="de"),
    pytest.param("In het kort", id="nl"),
    pytest.param("Lo más importante:", id="es, colon"),
]


@pytest.mark.parametrize("label", SUMMARY_BOXES)
def test_the_points_under_a_summary_label_are_no_captions(label: str) -> None:
    points = (
        "The bridge closes on Monday for ten weeks.",
        "A temporary footbridge opens in the second week.",
    )
    page = _page(_HEADLINE, _DECK, "By Ana Lopes", "5 December 2026", "Share", label, *points)
    assert [c.text for c in articlecli.parse(page).captions] == []


# (the menu, the kicker): the story's section printed again over the headline, in capitals or as printed
KICKERS = [
    pytest.param(("Inicio", "Ciencia", "Cultura", "Deportes"), "CIENCIA", id="es, capitals"),
    pytest.param(("Home", "Local", "Politics", "Sport"), "Politics", id="as in the menu"),
    pytest.param(("Startseite", "Region", "Wirtschaft"), "REGION", id="de"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("menu", "kicker"), KICKERS)
def test_the_line_under_the_sections_kicker_is_the_headline(menu: tuple[str, ...], kicker: str, spaced: bool) -> None:
    # a standfirst without a full stop, longer than the title, its words as much the story's
    headline = "Swing bridge on the Marrow canal closes for repairs"
    deck = "Engineers found corrosion in the turning gear of the old bridge and the council expects ten weeks of work"
    page = _page(kicker, headline, deck, "Ana Lopes", "02 dic 2026 - 07:15 CET", spaced=spaced, menu=menu)
    parsed = articlecli.parse(page)
    assert (parsed.headline, parsed.deck) == (headline, deck)
