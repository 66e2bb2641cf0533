"""The byline and date mechanisms of the ninety-first stop, each on lines unlike the pages they were written from:
names joined by "and" or "&" without "By" (in English and in another language's "and"), a desk signing alone, a
newsroom after another language's "By" and its article, a byline carried over past a job title, foreign month
abbreviations, a dateline's date over an updated one, a printed date over one given from the day the page was read.
Every line here is written from scratch; each page is read with a blank line between lines and with none."""

from __future__ import annotations

import datetime as dt

import pytest

from articlecli import parse
from articlecli.pipeline import ParseOptions

from .stories import BODY, HEADLINE

SPACINGS = pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
NOW = dt.datetime(2025, 6, 2, 12, 0, tzinfo=dt.timezone.utc)
DECK = "Campaigners say the town will lose its only free reading room, while the council says the roof cannot wait"


def page(header: list[str], *, blank: bool, first: str | None = None) -> str:
    body = [first, *BODY[1:]] if first else BODY
    return ("\n\n" if blank else "\n").join(["Coastline Weekly", "News", "Business", HEADLINE, *header, *body]) + "\n"


def read(text: str) -> tuple[list[str], str | None, str | None]:
    article = parse(text, ParseOptions(now=NOW))
    day = article.published.iso[:10] if article.published and article.published.iso else None
    return [a.name for a in article.authors], day, article.headline


# (the lines under the headline, the authors)
BYLINES = [
    # names joined by "and" or "&" without "By", over the date or over the outlet, given names known or not
    (["Sefa Owusu-Ansah and Dalia Haddad", "June 1, 2025"], ["Sefa Owusu-Ansah", "Dalia Haddad"]),
    (["Rangi Tāwhai & Moana Kerehoma", "Coastline Weekly", "1 June 2025"], ["Rangi Tāwhai", "Moana Kerehoma"]),
    (
        ["Tuyet Lan Pham, Oksana Hrytsenko and Emeka Obiora", DECK, "01/06/2025 11:20"],
        ["Tuyet Lan Pham", "Oksana Hrytsenko", "Emeka Obiora"],
    ),
    (["Bjørn Hustad og Sigrid Lie", "Publisert 01.06.2025 08:40"], ["Bjørn Hustad", "Sigrid Lie"]),
    # a desk signing alone, over the date or beside it
    (["Staff Correspondent", "Sunday, 1 June 2025"], ["Staff Correspondent"]),
    (["Our Political Staff", "June 1, 2025 at 4:05 pm"], ["Our Political Staff"]),
    # a newsroom after another language's "By" and its article
    (["Por la Redacción", "1 de junio de 2025"], ["La Redacción"]),
    (["Par la Rédaction", "Publié le 1 juin 2025 à 10h02"], ["La Rédaction"]),
    # a byline carried over past the first author's job title
    (["Hana Novak", "Courts Correspondent", "and Teodor Ilic", "June 1, 2025"], ["Hana Novak", "Teodor Ilic"]),
    (["By Aroha Nikora", "Senior Reporter", "& Wiremu Tane", "1 June 2025"], ["Aroha Nikora", "Wiremu Tane"]),
    # one name whose job title holds "and" or "&": a name and its role, not names joined
    (["Jane Doe, Health and Science Reporter", "June 1, 2025"], ["Jane Doe"]),
    (["Tomasz Wrona, Arts & Culture Editor", "1 June 2025"], ["Tomasz Wrona"]),
]


@SPACINGS
@pytest.mark.parametrize(("lines", "authors"), BYLINES, ids=[b[0][0][:24] for b in BYLINES])
def test_bylines(lines: list[str], authors: list[str], blank: bool) -> None:
    got, _, headline = read(page(lines, blank=blank))
    assert got == authors
    assert headline == HEADLINE


# names joined the same way that are no byline: places, bodies, a section's words, names in a sentence
NOT_BYLINES = [
    ["Port Louis and Grand Baie", "June 1, 2025"],
    ["Harbour Board and Pilot Service", "June 1, 2025"],
    ["Arts and Culture", "June 1, 2025"],
    ["Par la suite", "June 1, 2025"],
]


@SPACINGS
@pytest.mark.parametrize("lines", NOT_BYLINES, ids=[b[0][:24] for b in NOT_BYLINES])
def test_no_bylines(lines: list[str], blank: bool) -> None:
    got, _, _ = read(page(lines, blank=blank))
    assert got == []


# (the date lines under the byline, the first paragraph's opening or None, the published date)
DATES = [
    # a foreign month's abbreviation: capitalised where English spells none so, or an English word between day and year
    (["17. Okt. 2024, 09:10 Uhr"], None, "2024-10-17"),
    (["Publicado: 03 mar 2025 - 18:22"], None, "2025-03-03"),
    (["Pubblicato il 21 ago 2024 alle 07:45"], None, "2024-08-21"),
    (["Publicado em 9 set 2024"], None, "2024-09-09"),
    (["5 Dez. 2024"], None, "2024-12-05"),
    # a dateline's date over the only date the header prints, the day it was updated
    (["Updated May 30, 2025 9:12 AM"], "ACCRA, May 28, 2025 —", "2025-05-28"),
    (["Last updated: 30/05/2025"], "Apia, 27 May 2025 -", "2025-05-27"),
    # a printed date over one given from the day the page was read
    (["Today at 06:15", "Sat 31 May 2025 at 06:15"], None, "2025-05-31"),
    (["5 hours ago", "May 29, 2025 8:00 pm"], None, "2025-05-29"),
    (["Yesterday 21:40", "30.05.2025 21:40"], None, "2025-05-30"),
]


@SPACINGS
@pytest.mark.parametrize(("lines", "dateline", "day"), DATES, ids=[d[0][0][:24] for d in DATES])
def test_dates(lines: list[str], dateline: str | None, day: str, blank: bool) -> None:
    first = f"{dateline} {BODY[0]}" if dateline else None
    got, published, headline = read(page(["By Ilse Marchetti", *lines], blank=blank, first=first))
    assert published == day
    assert got == ["Ilse Marchetti"]
    assert headline == HEADLINE


# a lower-case word that abbreviates a month elsewhere, not between a day and a year: no date
@pytest.mark.parametrize("line", ["Set sail on 14 routes in 2025", "Mar del Plata, 2025 season"])
def test_no_month_in_english_words(line: str) -> None:
    _, published, _ = read(page(["By Ilse Marchetti", line], blank=False))
    assert published is None
