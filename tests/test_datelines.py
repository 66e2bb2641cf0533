"""Datelines opening a story, and the dates its body mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from articlecli import parse
from articlecli.datelines import read_dateline, read_dateline_field
from articlecli.dates import mentioned


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "date"),
    [
        ("KYIV, Ukraine (AP) — Ukraine’s president said on Tuesday", "KYIV, Ukraine", "AP", None),
        ("WASHINGTON (Reuters) - The U.S. Senate on Monday", "WASHINGTON", "Reuters", None),
        ("LONDON — Britain’s parliament voted", "LONDON", None, None),
        ("BRUSSELS, Belgium (AP) -- European Union leaders", "BRUSSELS, Belgium", "AP", None),
        ("(Reuters) — Oil prices rose on Friday", None, "Reuters", None),
        ("NEW YORK, Nov 19 (Reuters) - Stocks were flat", "NEW YORK", "Reuters", "2019-11-19"),
        ("BEIJING, Nov. 19 (Xinhua) -- China's exports", "BEIJING", "Xinhua", "2019-11-19"),
        ("NEW DELHI: The government on Monday announced", "NEW DELHI", None, None),
        ("SAN FRANCISCO, Calif. — Tech companies", "SAN FRANCISCO, Calif.", None, None),
        ("ST. LOUIS (AP) _ A man was charged", "ST. LOUIS", "AP", None),
        ("PORT-AU-PRINCE, Haiti (AP) — Gangs", "PORT-AU-PRINCE, Haiti", "AP", None),
        ("UNITED NATIONS (AP) — The Security Council", "UNITED NATIONS", "AP", None),
        ("WASHINGTON, D.C. — The Supreme Court", "WASHINGTON, D.C.", None, None),
        ("Kyiv, Ukraine — The president", "Kyiv, Ukraine", None, None),
        ("Washington (CNN) — The White House", "Washington", "CNN", None),
        ("CLEVELAND, Ohio – A judge ruled", "CLEVELAND, Ohio", None, None),
        ("MADRID — Real Madrid beat", "MADRID", None, None),
        # press releases: the release wire between slashes
        (
            "HOUSTON, March 4, 2019 /PRNewswire/ -- Northwind Energy Inc. today reported",
            "HOUSTON",
            "PRNewswire",
            "2019-03-04",
        ),
        ("SAN FRANCISCO, Jan. 5, 2019 /GLOBE NEWSWIRE/ -- Acme Corp.", "SAN FRANCISCO", "GLOBE NEWSWIRE", "2019-01-05"),
    ],
)
def test_dateline(paragraph: str, place: str | None, agency: str | None, date: str | None) -> None:
    found = read_dateline(paragraph, year=2019)
    assert found is not None
    assert (found.place, found.agency, found.date) == (place, agency, date)
    assert paragraph.startswith(found.text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The president — who spoke on Tuesday — said",
        "NATO — the alliance founded in 1949 — is",  # a lower-case sentence follows
        "UPDATE: This story has been updated.",
        "COVID-19 cases rose again this week.",
        "I — like many others — waited.",
        "Meanwhile, Mr. Smith — a lawyer — left.",
        "READ MORE: How the vote works",
        "Q: What happens next?",
        "May 4 was the day the vote was held.",  # a date in the sentence, no dash
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("field", "place", "agency", "date"),
    [
        ("MIAMI, Nov. 18", "MIAMI", None, "2019-11-18"),
        ("Kyiv, Ukraine", "Kyiv, Ukraine", None, None),
        ("WASHINGTON (AP) —", "WASHINGTON", "AP", None),
        ("HALSTEAD, Kan.", "HALSTEAD, Kan.", None, None),
    ],
)
def test_dateline_field(field: str, place: str, agency: str | None, date: str | None) -> None:
    found = read_dateline_field(field, year=2019)
    assert found is not None
    assert (found.place, found.agency, found.date) == (place, agency, date)


# A date opening the first paragraph, before a dash, is the story's dateline (a date and nothing else).
@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("Mar. 4, 2019 -- City officials said on Monday that the bridge would reopen.", "2019-03-04"),
        ("March 4, 2019 — The council met again after the vote.", "2019-03-04"),
        ("4 March 2019 – Flood warnings stayed in place along the river.", "2019-03-04"),
        ("Nov. 19 -- Shares in the harbour operator fell sharply.", "2019-11-19"),
    ],
)
def test_a_date_opening_the_story_is_its_dateline(paragraph: str, date: str) -> None:
    found = read_dateline(paragraph, year=2019)
    assert found is not None
    assert (found.place, found.agency, found.date) == (None, None, date)
    assert paragraph.startswith(found.text)


def test_a_date_opening_the_story_is_its_publication_date_when_no_other_is_printed() -> None:
    text = (
        "Bridge to reopen after repairs\n\nBy Jane Doe\n\n"
        "Mar. 4, 2019 -- City officials said on Monday that the bridge would reopen to traffic next week.\n\n"
        "Crews replaced the deck and two of the supports over the winter, the officials said.\n"
    )
    article = parse(text)
    assert article.published is not None
    assert (article.published.iso, article.published.resolved) == ("2019-03-04", "dateline")
    assert "no publication date found" not in article.warnings
    assert article.paragraphs[0].text.startswith("Mar. 4, 2019 -- City officials")


def test_dateline_in_article_keeps_the_paragraph_as_printed() -> None:
    text = (
        "Storm batters the coast\n\nBy Jane Doe\nNovember 19, 2019\n\n"
        "MIAMI (AP) — The storm made landfall on Tuesday, and thousands of homes lost power overnight.\n\n"
        "Forecasters said the rain would continue until Thursday, with more flooding expected inland.\n"
    )
    article = parse(text)
    assert article.dateline is not None
    assert article.dateline.to_dict() == {"place": "MIAMI", "agency": "AP", "date": None, "text": "MIAMI (AP) —"}
    assert article.paragraphs[0].text.startswith("MIAMI (AP) — The storm")


def test_dateline_on_its_own_line() -> None:
    text = (
        "Storm batters the coast\n\nBy Jane Doe\n\nMIAMI —\n\n"
        "The storm made landfall on Tuesday, and thousands of homes lost power overnight.\n\n"
        "Forecasters said the rain would continue until Thursday, with more flooding expected inland.\n"
    )
    article = parse(text)
    assert article.dateline is not None and article.dateline.place == "MIAMI"


# ------------------------------------------------------------------ dates mentioned
REF = dt.date(2024, 11, 5)


@pytest.mark.parametrize(
    ("paragraph", "reference", "year", "expected"),
    [
        ("The vote is set for Oct. 29, officials said.", REF, 2024, [("Oct. 29", "2024-10-29")]),
        ("He was born on March 3, 1961, in Ohio.", REF, 2024, [("March 3, 1961", "1961-03-03")]),
        # no year printed: the year that puts the date nearest the article's date
        ("The hearing is on Jan. 14.", REF, 2024, [("Jan. 14", "2025-01-14")]),
        ("It closed on Dec. 28.", dt.date(2025, 1, 3), 2025, [("Dec. 28", "2024-12-28")]),
        # a printed weekday picks the year in which the date falls on it
        (
            "The match on Saturday, May 18, drew a crowd.",
            dt.date(2019, 11, 19),
            2019,
            [("Saturday, May 18", "2019-05-18")],
        ),
        # day-month order, and a full stop that ends the sentence is not part of the date
        ("The deadline is 24 November.", REF, 2024, [("24 November", "2024-11-24")]),
        ("Filed 2024-10-01 with the court.", REF, 2024, [("2024-10-01", "2024-10-01")]),
        # without an article date, the article's year; without either, no ISO value
        ("The vote is set for Oct. 29.", None, 2023, [("Oct. 29", "2023-10-29")]),
        ("The vote is set for Oct. 29.", None, None, [("Oct. 29", None)]),
        ("No dates here, only 42 apples and 7 pears.", REF, 2024, []),
        ("Shares fell 3/4 of a point in May.", REF, 2024, []),
    ],
)
def test_dates_mentioned(
    paragraph: str, reference: dt.date | None, year: int | None, expected: list[tuple[str, str | None]]
) -> None:
    found = mentioned([paragraph], reference=reference, year=year)
    assert [(m.text, m.iso) for m in found] == expected


def test_dates_mentioned_in_article() -> None:
    text = (
        "Council sets a date for the vote\n\nBy Jane Doe\nPublished Nov. 5, 2024\n\n"
        "The council said on Monday that it would vote on Dec. 3 on the new parking fees.\n\n"
        "The fees were first proposed on Sept. 30, 2023, and have been delayed twice since then.\n"
    )
    article = parse(text)
    assert [(m["text"], m["iso"], m["paragraph"]) for m in article.to_dict()["dates_mentioned"]] == [
        ("Dec. 3", "2024-12-03", 0),
        ("Sept. 30, 2023", "2023-09-30", 1),
    ]
