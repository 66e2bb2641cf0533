"""Classes of header the fortieth probe set (tests/probes, FORTIETH_PAGES in test_probes.py) and lines written beside
it showed the parser missing: a date that opens with its year, dotted, slashed or marked by its signs, as East Asian
pages print it ("2026.09.14 08:10", "2026年3月12日"); a date line in Polish, Czech, Romanian, Ukrainian, Russian or
Turkish; a slashed or dashed date with a 24-hour clock ("12/03/2026 às 14h20", "12-03-2026, 14:20") read month
first; names without "By" joined by another language's "and" ("Jana Brenner und Till Ohlsen"); a name with a
widget after it ("· 5 min read"), its handle in brackets or where it was written ("in Lagos"); a paper's name
after the names opening with another language's article ("| El Litoral") read as an author; and a title that
quotes its speaker without a full stop ("Remedios Aráoz: "..."") passed over for the standfirst under it. Each page
here is written from scratch, and each is read printed a line a block and with a blank line between every two lines
(both occur in copies of real pages).
"""

from __future__ import annotations

import datetime as dt

import pytest

import articlecli
from articlecli.bylines import joined_abroad
from articlecli.dates import find_dates

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_MENU = ("Home", "News", "Business", "Sport", "Culture", "Subscribe")
_BODY = (
    "The city council approved a plan on Tuesday to replace the old grain wharf at Kestrel Point with a ferry pier.",
    "The wharf has been closed since a barge struck its pilings two winters ago, and repairs were ruled out.",
    "Councillors voted eleven to four for the plan, which will cost about 19 million and take two years.",
    "Fishing crews who moor beside the wharf say they were not asked where they should go during the work.",
    "The harbour board will publish a timetable for the demolition before the end of the month.",
)
_FOOTER = ("Read more", "Tram line extension opens in spring", "Contact", "© 2026 The Kestrel Gazette")
_HEADLINE = "Council backs ferry pier to replace the old grain wharf at Kestrel Point"
_DECK = "The wharf has stood empty since a barge struck its pilings, and fishing crews want to know where to moor"


def _page(*header: str, spaced: bool = False) -> str:
    lines = [*_MENU, *header, *_BODY, *_FOOTER]
    return join_lines(lines, spaced)


def _published(page: str) -> str | None:
    value = articlecli.parse(page).published
    return value.iso[:10] if value is not None and value.iso else None


# (a date line, its date): the year first, dotted or slashed, with or without spaces after the marks, or each part
# marked by its sign
YEAR_FIRST_DATES = [
    pytest.param("Posted : 2026.11.23 19:05", "2026-11-23", id="dotted, label, clock"),
    pytest.param("Updated 2026.12.04", "2026-12-04", id="dotted, updated label"),
    pytest.param("2026/9/14 17:42", "2026-09-14", id="slashed, one digit"),
    pytest.param("입력 2026. 9. 14. 오후 5:42", "2026-09-14", id="ko, dotted with spaces"),
    pytest.param("2026年3月12日 14:20", "2026-03-12", id="zh/ja signs"),
    pytest.param("기사입력 2026년 3월 12일", "2026-03-12", id="ko signs"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("date_line", "iso"), YEAR_FIRST_DATES)
def test_a_date_that_opens_with_its_year_dates_the_story(date_line: str, iso: str, spaced: bool) -> None:
    page = _page(_HEADLINE, _DECK, "By Sung-min Cho", date_line, spaced=spaced)
    assert _published(page) == iso


# numbers that open with a year-like figure and are no date
@pytest.mark.parametrize("text", ["Release v2024.1.2 is out", "2026.13.01", "Version 3.2026.1.1", "1999/45/12"])
def test_a_version_or_an_impossible_month_is_no_year_first_date(text: str) -> None:
    assert find_dates(text) == []


# (a date line in an Eastern European language or Turkish, its date)
EASTERN_MONTHS = [
    pytest.param("12 marca 2026, 14:20", "2026-03-12", id="pl marca"),
    pytest.param("Opublikowano: 3 października 2026", "2026-10-03", id="pl label"),
    pytest.param("12. března 2026 14:20", "2026-03-12", id="cs března"),
    pytest.param("5 noiembrie 2026, ora 09:15", "2026-11-05", id="ro noiembrie"),
    pytest.param("12 березня 2026, 14:20", "2026-03-12", id="uk березня"),
    pytest.param("7 декабря 2026 г.", "2026-12-07", id="ru декабря"),
    pytest.param("14 Şubat 2026 10:05", "2026-02-14", id="tr Şubat"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("date_line", "iso"), EASTERN_MONTHS)
def test_an_eastern_european_month_dates_the_story(date_line: str, iso: str, spaced: bool) -> None:
    page = _page(_HEADLINE, "Marta Kowalczyk", date_line, spaced=spaced)
    assert _published(page) == iso


# (a numeric date line, its date): a slashed or dashed date with a 24-hour clock after it is day first, as the
# countries that print a 24-hour clock write it; with AM or PM it stays month first
NUMERIC_WITH_CLOCKS = [
    pytest.param("12/03/2026 14h20", "2026-03-12", id="slashed, h clock"),
    pytest.param("Publicado em 05/11/2026 às 9h05", "2026-11-05", id="pt label, às, one-digit hour"),
    pytest.param("12-03-2026, 14:20", "2026-03-12", id="dashed, colon clock"),
    pytest.param("05-11-2026 | 09:30", "2026-11-05", id="dashed, bar"),
    pytest.param("03-12-2026 9:30 AM", "2026-03-12", id="dashed, AM: month first"),
    pytest.param("03/12/2026 at 4:15 pm", "2026-03-12", id="slashed, pm: month first"),
]


@pytest.mark.parametrize(("date_line", "iso"), NUMERIC_WITH_CLOCKS)
def test_a_numeric_date_with_a_24_hour_clock_gives_its_day_first(date_line: str, iso: str) -> None:
    assert _published(_page(_HEADLINE, "By Ana Lopes", date_line)) == iso


def _authors(page: str) -> list[str]:
    return [a.name for a in articlecli.parse(page).authors]


# (a byline without "By", its authors): names joined by another language's "and", of two or three words, with
# particles, accents, an outlet after a bar
JOINED_ABROAD = [
    pytest.param("João Caldeira e Ana Luísa Prates", ["João Caldeira", "Ana Luísa Prates"], id="pt e"),
    pytest.param("María José Ferrán y Pablo Ortiz", ["María José Ferrán", "Pablo Ortiz"], id="es y"),
    pytest.param("Jana Brenner und Till Ohlsen", ["Jana Brenner", "Till Ohlsen"], id="de und"),
    pytest.param("Élodie Marchand et Hugo Ferrat", ["Élodie Marchand", "Hugo Ferrat"], id="fr et"),
    pytest.param("Sanne de Vries en Pieter Bakker", ["Sanne de Vries", "Pieter Bakker"], id="nl en, particle"),
    pytest.param("Ingrid Solheim og Tom Berg", ["Ingrid Solheim", "Tom Berg"], id="no og"),
    pytest.param("Tomasz Wiśniewski i Anna Nowak", ["Tomasz Wiśniewski", "Anna Nowak"], id="pl i"),
    pytest.param("Lucía Gómez y Andrés Villa | El Litoral", ["Lucía Gómez", "Andrés Villa"], id="outlet after bar"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("byline", "names"), JOINED_ABROAD)
def test_names_joined_by_another_languages_and_are_the_authors(byline: str, names: list[str], spaced: bool) -> None:
    page = _page(_HEADLINE, _DECK, byline, "12.03.2026, 14:20", spaced=spaced)
    parsed = articlecli.parse(page)
    assert [a.name for a in parsed.authors] == names
    assert parsed.headline == _HEADLINE


# lines with a foreign "and" between capitalised words that are no two names
@pytest.mark.parametrize(
    "text", ["Marks et Spencer", "Romeo y Julieta", "Ana Prates e João Caldeira vencem o prémio de reportagem"]
)
def test_words_joined_abroad_that_are_no_two_names(text: str) -> None:
    assert joined_abroad(text) is None


def test_a_title_naming_two_people_joined_abroad_stays_the_headline() -> None:
    headline = "Ana Prates e João Caldeira vencem o prémio nacional de reportagem"
    page = _page(headline, "By Rui Lopes", "12.03.2026, 14:20")
    parsed = articlecli.parse(page)
    assert (parsed.headline, [a.name for a in parsed.authors]) == (headline, ["Rui Lopes"])


# (a name line without "By", its author): a widget after a dot or bar, the handle in brackets, where it was written
NAMES_WITH_TAILS = [
    pytest.param("Sarah Whitcombe · 5 min read", "Sarah Whitcombe", id="reading time after a dot"),
    pytest.param("Daniel Osei | 4 mins read", "Daniel Osei", id="reading time after a bar"),
    pytest.param("Laura Brennan • Follow", "Laura Brennan", id="follow button"),
    pytest.param("Michael Adeyemi (@madeyemi)", "Michael Adeyemi", id="handle in brackets"),
    pytest.param("Sarah Whitcombe in Lagos", "Sarah Whitcombe", id="in a place"),
    pytest.param("Daniel Antwi in Koforidua and Nkawkaw", "Daniel Antwi", id="in two places"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("byline", "name"), NAMES_WITH_TAILS)
def test_a_name_with_a_widget_handle_or_place_after_it_is_the_author(byline: str, name: str, spaced: bool) -> None:
    page = _page(_HEADLINE, _DECK, byline, "12 March 2026", spaced=spaced)
    assert _authors(page) == [name]


# where it was written, two places joined by "and": neither is an author's outlet
@pytest.mark.parametrize("byline", ["Ruth Kessler in Dunmore and Ashby", "By Kofi Asamoah in Tamale and Bolgatanga"])
def test_two_places_a_byline_was_written_in_are_no_affiliation(byline: str) -> None:
    parsed = articlecli.parse(_page(_HEADLINE, _DECK, byline, "12 March 2026"))
    assert [(a.name, a.affiliation) for a in parsed.authors] == [(byline.removeprefix("By ").split(" in ")[0], None)]


# (a byline, its authors): a paper's name after the names, opening with another language's article, is no author;
# a name opening with "El" is still one
OUTLETS_AFTER_NAMES = [
    pytest.param("Por Lucía Gómez | La Voz del Sur", ["Lucía Gómez"], id="es La, bar"),
    pytest.param("Von Jana Brenner | Die Rundschau", ["Jana Brenner"], id="de Die"),
    pytest.param("Chloé Martin, Le Courrier du Sud", ["Chloé Martin"], id="fr Le, comma"),
    pytest.param("Giulia Rossi | Il Tirreno", ["Giulia Rossi"], id="it Il"),
    pytest.param("By Anna Roy and El Mehdi Benali", ["Anna Roy", "El Mehdi Benali"], id="El opening a name"),
]


@pytest.mark.parametrize(("byline", "names"), OUTLETS_AFTER_NAMES)
def test_a_papers_name_opening_with_an_article_is_no_author(byline: str, names: list[str]) -> None:
    assert _authors(_page(_HEADLINE, _DECK, byline, "12 March 2026")) == names


def test_a_title_with_in_a_place_is_no_byline() -> None:
    headline = "Flooding in Kestrel Point"
    page = _page(headline, "By Ana Lopes", "12 March 2026")
    parsed = articlecli.parse(page)
    assert (parsed.headline, [a.name for a in parsed.authors]) == (headline, ["Ana Lopes"])


# (a headline that quotes its speaker, the standfirst under it): the quote closes the line with no stop, as titles
# print one; the byline a name with an accent over its handle
QUOTED_TITLES = [
    pytest.param(
        'Remedios Aráoz: "La laguna se secó tan rápido que las garzas se fueron antes del verano"',
        "La guardaparques de la reserva cuenta cómo cambió el humedal, qué aves faltan y qué espera de las lluvias",
        id="es, straight marks",
    ),
    pytest.param(
        "Wharf manager on the collision: “We were told the pilings would hold for another decade”",
        "The man who ran Kestrel Point for twenty years says the harbour board ignored three warnings about the barge",
        id="en, curly marks",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("headline", "deck"), QUOTED_TITLES)
def test_a_title_quoting_its_speaker_without_a_stop_is_the_headline(headline: str, deck: str, spaced: bool) -> None:
    page = _page("ENTREVISTA", headline, deck, "Tobías Ugarteche@tugarteche", "21.06.2026 | 09:45", spaced=spaced)
    parsed = articlecli.parse(page, articlecli.ParseOptions(now=dt.datetime(2026, 6, 21, 12)))
    assert (parsed.headline, parsed.deck) == (headline, deck)


# (a byline line, its author): a wire agency with the place the story was filed from after a bar; a paper's name
# with a reporter's role, the desk as printed
DESKS_AND_AGENCIES = [
    pytest.param("IANS | New Delhi", "IANS", id="agency | place"),
    pytest.param("Xinhua | Beijing", "Xinhua", id="Xinhua | place"),
    pytest.param("By Harbour Post Reporter", "Harbour Post Reporter", id="By paper reporter"),
    pytest.param("Lagos Courier Correspondent", "Lagos Courier Correspondent", id="paper correspondent, no By"),
    pytest.param("Kestrel Gazette Reporters", "Kestrel Gazette Reporters", id="plural"),
]


@pytest.mark.parametrize(("byline", "author"), DESKS_AND_AGENCIES)
def test_an_agency_over_its_place_or_a_papers_reporter_signs_the_story(byline: str, author: str) -> None:
    assert _authors(_page(_HEADLINE, _DECK, byline, "12 March 2026")) == [author]


# a reporter's name alone over the paper's name and role: the role is hers, the name the author (not the desk)
NAME_OVER_PAPER_ROLE = [
    pytest.param("Wanjiru Odhiambo", "Kestrel Gazette Reporter", id="name / paper reporter"),
    pytest.param("Tomás Quiroga", "Harbour Post Correspondent", id="name / paper correspondent"),
]


@pytest.mark.parametrize(("name", "role"), NAME_OVER_PAPER_ROLE)
@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_papers_reporter_under_a_name_is_that_names_title(name: str, role: str, spaced: bool) -> None:
    assert _authors(_page(_HEADLINE, _DECK, name, role, "12 March 2026", spaced=spaced)) == [name]


# (the first paragraph's opening, its date): a dateline whose place is in title case with its date after a comma,
# a numeric date after the place, a date alone before a colon
DATELINES = [
    pytest.param("Lagos, 12 March 2026 – ", "2026-03-12", id="title-case place, day first"),
    pytest.param("Bucharest, 12.03.2026 - ", "2026-03-12", id="dotted"),
    pytest.param("Seoul, 2026.03.12 -- ", "2026-03-12", id="year first"),
    pytest.param("Nairobi, 25/11/2026: ", "2026-11-25", id="slashed, colon"),
    pytest.param("12 March 2026: ", "2026-03-12", id="date alone, colon"),
    pytest.param("ACCRA, March 12, 2026 — ", "2026-03-12", id="capitals, as before"),
]


@pytest.mark.parametrize(("opening", "iso"), DATELINES)
def test_a_dateline_opening_the_story_dates_it(opening: str, iso: str) -> None:
    page = _page(_HEADLINE, _DECK, "By Ana Lopes").replace(_BODY[0], opening + _BODY[0])
    assert _published(page) == iso


# a weekday or a date's label before the date, where a title-case place would stand: no place, no dateline
@pytest.mark.parametrize(
    "opening", ["Thursday, 15 October 2026 – ", "Sat., 17 October 2026 - ", "Posted, 15 October 2026 – "]
)
def test_a_weekday_or_a_date_label_is_no_datelines_place(opening: str) -> None:
    page = _page(_HEADLINE, _DECK, "By Ana Lopes").replace(_BODY[0], opening + _BODY[0])
    assert articlecli.parse(page).dateline is None


# a timeline under the story's first paragraph, each entry a date alone before a colon: no entry is the dateline,
# none dates the story, and the first paragraph above them stays the story's (no standfirst)
_TIMELINE_PAGE = (
    "How the quarry dispute unfolded\nBy Tomas Ekdahl\n{date}"
    "The Ostervik quarry stopped blasting last week after inspectors found cracks in three nearby houses.\n"
    "14 February 2023: Residents report cracked plaster after a blast.\n"
    "9 October 2026: The quarry is told to stop blasting.\n"
)


@pytest.mark.parametrize("date", ["", "11 October 2026\n"], ids=["no printed date", "printed date"])
def test_a_timeline_entry_below_the_first_paragraph_is_no_dateline(date: str) -> None:
    parsed = articlecli.parse(_TIMELINE_PAGE.format(date=date))
    assert parsed.dateline is None
    assert parsed.deck is None
    assert _published(_TIMELINE_PAGE.format(date=date)) == ("2026-10-11" if date else None)


# an interview's turns printed after a dialogue's dash glued to the first word: questions short enough for
# subheadings, in Spanish, Portuguese and Italian
@pytest.mark.parametrize("turn", ["—¿Hubo despidos?", "–Foi difícil?", "—E adesso?", "—¡Nunca más!"])
def test_a_short_turn_after_a_dialogue_dash_is_no_subheading(turn: str) -> None:
    page = _page(_HEADLINE, _DECK, "By Ana Lopes", "12 March 2026").replace(
        _BODY[1], f"{_BODY[1]}\n{turn}\n—No, and nobody asked the crews where they should moor during the work."
    )
    parsed = articlecli.parse(page)
    assert turn not in [h.text for h in parsed.headings]
    assert turn in [p.text for p in parsed.paragraphs]
