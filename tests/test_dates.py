"""Date lines as news pages print them, and the ISO values read from them."""

from __future__ import annotations

import datetime as dt

import pytest

from articlecli import lexicon as L
from articlecli.dates import article_year, find_dates, is_date_line, read_date_line

NOW = dt.datetime(2019, 11, 20, 12, 0, tzinfo=dt.timezone.utc)

# (line, published ISO, updated ISO)
DATE_LINES = [
    ("April 5, 2018 | 6:00 PM", "2018-04-05T18:00", None),
    ("Apr 16, 2015 8:02 pm UTC", "2015-04-16T20:02+00:00", None),
    ("22 Dec, 2016", "2016-12-22", None),
    ("January 18, 2017 11:00 PM PST", "2017-01-18T23:00-08:00", None),
    ("February 9, 2021: 3:05 PM ET", "2021-02-09T15:05-05:00", None),
    ("Published Thursday 8 July 2021", "2021-07-08", None),
    ("2/26/2015 7:11 AM PST", "2015-02-26T07:11-08:00", None),
    ("Published March 3rd, 2021 - 06:35 GMT", "2021-03-03T06:35+00:00", None),
    ("October 12, 2017", "2017-10-12", None),
    ("November 19th, 2019 at 8:40 AM", "2019-11-19T08:40", None),
    ("Updated on: March 2, 2021 / 11:48 AM", None, "2021-03-02T11:48"),
    ("Nov 19, 2019 at 6:46 pm ET • 2 min read", "2019-11-19T18:46-05:00", None),
    ("Updated 4:12 am CST, Wednesday, March 3, 2021", None, "2021-03-03T04:12-06:00"),
    ("Wednesday 3 March 2021 8:37 am", "2021-03-03T08:37", None),
    ("Updated 1726 GMT (0126 HKT) March 1, 2021", None, "2021-03-01T17:26+00:00"),
    ("Nov 20 2019, 11:06am ist", "2019-11-20T11:06+05:30", None),
    ("updated: Mar 3 2021, 16:52pm ist", None, "2021-03-03T16:52+05:30"),
    (
        "PUBLISHED: 00:14, Tue, Mar 2, 2021 | UPDATED: 09:38, Tue, Mar 2, 2021",
        "2021-03-02T00:14",
        "2021-03-02T09:38",
    ),
    ("Nov. 19, 2019", "2019-11-19", None),
    (
        "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
        "2019-11-18T16:07",
        "2019-11-18T17:36-06:00",
    ),
    ("Nov. 19, 2019, 8:41 AM UTC", "2019-11-19T08:41+00:00", None),
    ("11/13/19 AT 4:00 PM EST", "2019-11-13T16:00-05:00", None),
    ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "2019-11-19T00:21", None),
    ("18 NOV 2019", "2019-11-18", None),
    ("Wednesday 3 March 2021 10:05, UK", "2021-03-03T10:05", None),
    ("2019-11-18T20:51:19Z", "2019-11-18T20:51+00:00", None),
    ("21:17 18.11.2019", "2019-11-18T21:17", None),
    ("19 November 2019 • 1:16pm", "2019-11-19T13:16", None),
    ("Mon 18 Nov 2019 18.54 GMT", "2019-11-18T18:54+00:00", None),
    ("November 18, 2019 9:14 AM GMT+1", "2019-11-18T09:14+01:00", None),  # the offset after GMT counts
    ("November 18, 20199:14 AM GMT+1Updated 3 hours ago", "2019-11-18T09:14+01:00", None),
    ("November 18, 2019 9:14 AM UTC-4", "2019-11-18T09:14-04:00", None),
    ("Last modified on Mon 18 Nov 2019 18.56 GMT", None, "2019-11-18T18:56+00:00"),
    ("11/19/19 06:56 AM EST", "2019-11-19T06:56-05:00", None),
    ("18 Nov 2019, 19:09", "2019-11-18T19:09", None),
    ("Updated: 18 Nov 2019, 19:11", None, "2019-11-18T19:11"),
    (
        "Published 6:12 AM EST, March 3, 2024 | Updated 9:40 AM EST",
        "2024-03-03T06:12-05:00",
        "2024-03-03T09:40-05:00",
    ),
    ("Updated: Nov. 19, 2019 10:33 a.m. ET", None, "2019-11-19T10:33-05:00"),
    ("2019-11-18T23:03:00Z", "2019-11-18T23:03+00:00", None),
    ("July 4, 2024 at 9:00 a.m. EDT", "2024-07-04T09:00-04:00", None),
    ("Posted: June 1, 2023 12:00 PM ET", "2023-06-01T12:00-04:00", None),  # ET in summer is EDT
    ("Dec. 24, 2023, 11:59 p.m. PT", "2023-12-24T23:59-08:00", None),
    ("31/12/2021", "2021-12-31", None),
    ("2021-03-04", "2021-03-04", None),
    ("Published 3 March 2022, 14:05 BST", "2022-03-03T14:05+01:00", None),
]


# Classes of date line the readers once missed (issue 13), each with lines written for the test.
DATE_LINE_CLASSES = [
    # dotted numerics: month first where the day cannot be a month, or the page prints a 12-hour
    # clock or a two-digit year, as US sites do; day first otherwise, as in Europe (13.11.2019, 23:06)
    ("11.14.2019 09:00 AM", "2019-11-14T09:00", None),
    ("03.12.2021 09:00 AM", "2021-03-12T09:00", None),
    ("Updated 04.09.18 at 7:30 pm", None, "2018-04-09T19:30"),
    ("04.09.18 in Reviews", "2018-04-09", None),
    # a label with a space before its colon, and the outlet the story comes from after a bar
    ("Last Updated : Mar 20, 2021 01:41 PM IST | Source: Harbourtimes.com", None, "2021-03-20T13:41+05:30"),
    ("Published: March 20, 2021 | From: Coastal Herald", "2021-03-20", None),
    # not in English: dateparser reads what the patterns cannot, in a few languages
    ("Publié le 12 mars 2021 à 09h10", "2021-03-12", None),
    ("Mis à jour le 3 février 2020", None, "2020-02-03"),
    ("12. März 2021, 09:10 Uhr", "2021-03-12", None),
    ("Publicado el 12 de marzo de 2021", "2021-03-12", None),
    ("Pubblicato il 12 marzo 2021 alle 09:10", "2021-03-12", None),
]


# Date lines not in English, as news pages print them, with the clock in their own forms
# ("14 h 30", "14h30", "14.30 Uhr", "às 14h30"): read whole, the time included.
FOREIGN_DATE_LINES = [
    ("Publié le 4 juin 2018 à 14 h 30", "2018-06-04T14:30", None),
    ("Mis à jour le 5 juin 2018 à 9h12", None, "2018-06-05T09:12"),
    ("Lundi 4 juin 2018 à 14h30", "2018-06-04T14:30", None),
    ("Veröffentlicht am 4. Juni 2018, 14:30 Uhr", "2018-06-04T14:30", None),
    ("Montag, 4. Juni 2018, 14.30 Uhr", "2018-06-04T14:30", None),
    ("Publicado el 4 de junio de 2018 a las 14:30", "2018-06-04T14:30", None),
    ("lunes, 4 de junio de 2018, 14:30", "2018-06-04T14:30", None),
    ("Pubblicato il 4 giugno 2018 alle 14:30", "2018-06-04T14:30", None),
    ("4 de junho de 2018 às 14h30", "2018-06-04T14:30", None),
    ("Atualizado em 4 de junho de 2018 às 14h30", None, "2018-06-04T14:30"),
    ("Gepubliceerd op 4 juni 2018 14.30 uur", "2018-06-04T14:30", None),
]


# A numeric date gives its day first beside a label in another language or a zone east of Greenwich, and
# is read with dashes too (12-03-2021); a US page's stays month first.
NUMERIC_DATE_LINES = [
    ("Mis à jour le 05/06/2018 à 09h12", None, "2018-06-05T09:12"),
    ("Actualizado: 12/03/2021 - 09:00", None, "2021-03-12T09:00"),
    ("Publicado em 05/06/2018 14h30", "2018-06-05T14:30", None),
    ("First published on: 12-03-2021 at 09:10 IST", "2021-03-12T09:10+05:30", None),
    ("Updated: 05/06/2021 10:15 AEST", None, "2021-06-05T10:15+10:00"),
    ("03-12-2021 09:10 AM EST", "2021-03-12T09:10-05:00", None),
]


# English date lines of pages in Africa, Asia and Oceania, with their zones.
ZONED_DATE_LINES = [
    ("12 March 2021 9:10am SAST", "2021-03-12T09:10+02:00", None),
    ("Published: 12th March 2021 9:10 am WAT", "2021-03-12T09:10+01:00", None),
    ("Updated - March 12, 2021 at 09:10 AM EAT.", None, "2021-03-12T09:10+03:00"),
    ("12 Mar 2021 | 09:10 AM CAT", "2021-03-12T09:10+02:00", None),
]


@pytest.mark.parametrize(("line", "published", "updated"), ZONED_DATE_LINES, ids=[d[0] for d in ZONED_DATE_LINES])
def test_zoned_date_line(line: str, published: str | None, updated: str | None) -> None:
    assert is_date_line(line)
    got = read_date_line(line, year_hint=None, now=None)
    assert (got.published.iso if got.published else None) == published
    assert (got.updated.iso if got.updated else None) == updated


@pytest.mark.parametrize(
    ("line", "published", "updated"), NUMERIC_DATE_LINES, ids=[d[0][:40] for d in NUMERIC_DATE_LINES]
)
def test_numeric_date_line_day_or_month_first(line: str, published: str | None, updated: str | None) -> None:
    assert is_date_line(line)
    got = read_date_line(line, year_hint=None, now=None)
    assert (got.published.iso if got.published else None) == published
    assert (got.updated.iso if got.updated else None) == updated


@pytest.mark.parametrize(
    ("line", "published", "updated"), FOREIGN_DATE_LINES, ids=[d[0][:40] for d in FOREIGN_DATE_LINES]
)
def test_foreign_date_line(line: str, published: str | None, updated: str | None) -> None:
    assert is_date_line(line)
    got = read_date_line(line, year_hint=None, now=None)
    assert (got.published.iso if got.published else None) == published
    assert (got.updated.iso if got.updated else None) == updated


@pytest.mark.parametrize(
    ("line", "published", "updated"), DATE_LINE_CLASSES, ids=[d[0][:40] for d in DATE_LINE_CLASSES]
)
def test_date_line_class(line: str, published: str | None, updated: str | None) -> None:
    assert is_date_line(line)
    got = read_date_line(line, year_hint=None, now=None)
    assert (got.published.iso[: len(published)] if got.published and got.published.iso else None) == published
    assert (got.updated.iso if got.updated else None) == updated


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Today 9:05 AM", "2019-11-20T09:05"),
        ("Yesterday at 10:15 PM", "2019-11-19T22:15"),
        ("Updated today 09:05", "2019-11-20T09:05"),
    ],
)
def test_today_and_yesterday_with_a_time_are_date_lines(line: str, iso: str) -> None:
    assert is_date_line(line)
    got = read_date_line(line, year_hint=None, now=NOW)
    value = got.published or got.updated
    assert value is not None and value.iso == iso and value.resolved == "relative-to-now"


@pytest.mark.parametrize(("line", "published", "updated"), DATE_LINES, ids=[d[0][:40] for d in DATE_LINES])
def test_date_line(line: str, published: str | None, updated: str | None) -> None:
    assert is_date_line(line)
    got = read_date_line(line, year_hint=None, now=None)
    assert (got.published.iso if got.published else None) == published
    assert (got.updated.iso if got.updated else None) == updated


@pytest.mark.parametrize(
    "line",
    [
        "Updated Mar 2, 7:48 AM;Posted Mar 2, 7:31 AM",
        "Posted Nov 19",
        "By Erin Cole March 18 at 3:57 PM",
    ],
)
def test_date_without_year_is_kept_as_text_with_no_iso(line: str) -> None:
    got = read_date_line(line, year_hint=None, now=None)
    value = got.published or got.updated
    assert value is not None and value.iso is None and value.text


def test_date_without_year_takes_the_article_year() -> None:
    got = read_date_line("Posted Nov 19, 6:51 AM", year_hint=2019, now=None)
    assert got.published is not None
    assert got.published.iso == "2019-11-19T06:51" and got.published.resolved == "year-from-article"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 22 hours ago", "2019-11-19T14:00+00:00"),
        ("Rhys Calder 1 day ago", "2019-11-19"),
        ("3 days ago", "2019-11-17"),
        ("yesterday", "2019-11-19"),
    ],
)
def test_relative_dates_need_now(line: str, iso: str) -> None:
    without = read_date_line(line, year_hint=None, now=None).published
    assert without is not None and without.iso is None
    with_now = read_date_line(line, year_hint=None, now=NOW).published
    assert with_now is not None and with_now.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "Omar 12, 2019",  # a name ending in a month abbreviation
        "and may 5 people",  # "may" is a verb in lower case
        "on March",  # no day
        "Mayor 12",
        "2.0 percent in 12.45 seconds",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "The 61-year-old is the second Harwick farmer to report the blight, on Mar. 1, 2021.",
        "Follow us on Twitter",
        "",
        "Marzo 2021: 12 cose da sapere sul voto",  # a title with a month, in another language
        "Today in History",
        "Morning Briefing 03/12/21",  # a title that carries its date
    ],
)
def test_not_date_lines(line: str) -> None:
    assert not is_date_line(line)


def test_article_year_is_the_commonest_printed_year() -> None:
    assert article_year(["March 18, 2015 Harbor police", "On March 18, 2015", "in 2012"]) == 2015
    assert article_year(["no dates here"]) is None


STORY = (
    "Council approves new harbor wall after long fight\n\n"
    "By Jane Doe\n\n"
    "{date_lines}\n\n"
    "The town council voted on Tuesday to rebuild the harbor wall, ending a dispute that lasted two years.\n\n"
    "Residents who live along the water said the vote came too late for some of the older houses.\n"
)


def test_an_update_date_alone_stands_for_the_publication_date() -> None:
    from articlecli import parse

    art = parse(STORY.format(date_lines="Updated 1726 GMT (0126 HKT) March 1, 2021"))
    assert art.updated is not None and art.published is not None
    assert art.published.iso == art.updated.iso == "2021-03-01T17:26+00:00"
    assert art.published.resolved == "only-updated" and art.updated.resolved == "printed"
    assert "no publication date found" not in art.warnings


def test_a_printed_publication_date_is_not_replaced_by_the_update() -> None:
    from articlecli import parse

    art = parse(STORY.format(date_lines="Published Nov. 17, 2019 | Updated Nov. 18, 2019"))
    assert art.published is not None and art.published.iso == "2019-11-17"
    assert art.published.resolved == "printed"
    assert art.updated is not None and art.updated.iso == "2019-11-18"


# Each label of lexicon.DATE_LABELS introduces the date of its kind; each zone of lexicon.TIME_ZONES
# is read after a time: the tables are the only place that knowledge is written.
@pytest.mark.parametrize(
    ("kind", "label"), [(kind, label) for kind, labels in L.DATE_LABELS.items() for label in labels]
)
def test_every_date_label_of_the_lexicon_introduces_its_date(kind: str, label: str) -> None:
    found = read_date_line(f"{label.title()}: March 3, 2024 9:15 AM", year_hint=None, now=None)
    assert getattr(found, kind).iso == "2024-03-03T09:15"
    assert is_date_line(f"{label.title()}: March 3, 2024 9:15 AM")


@pytest.mark.parametrize("zone", sorted(L.TIME_ZONES))
def test_every_time_zone_of_the_lexicon_gives_its_offset(zone: str) -> None:
    offset = dt.timedelta(hours=L.TIME_ZONES[zone])
    want = dt.datetime(2024, 3, 3, 9, 15, tzinfo=dt.timezone(offset)).isoformat(timespec="minutes")
    assert read_date_line(f"March 3, 2024 9:15 AM {zone.upper()}", year_hint=None, now=None).published.iso == want


@pytest.mark.parametrize(("zone", "winter", "summer"), [("et", "-05:00", "-04:00"), ("pt", "-08:00", "-07:00")])
def test_us_zones_without_s_or_d_follow_daylight_saving(zone: str, winter: str, summer: str) -> None:
    assert read_date_line(f"Jan. 9, 2024 9:15 AM {zone.upper()}", year_hint=None, now=None).published.iso.endswith(
        winter
    )
    assert read_date_line(f"July 9, 2024 9:15 AM {zone.upper()}", year_hint=None, now=None).published.iso.endswith(
        summer
    )


def test_date_answers_are_kept_for_one_article_only() -> None:
    """A line's dates are read once per article and forgotten when the next article starts, so that
    no answer outlives its article (an article's lines are asked about by several rules)."""
    from articlecli import dates, parse

    parse("Harbour Ferry Fares Rise\n\nMarch 3, 2024\n\nFares rise on Monday, the council said.\n")
    assert "March 3, 2024" in dates._HITS
    parse("Storm Closes the Pier\n\nApril 9, 2025\n\nThe pier shut on Tuesday as the storm arrived.\n")
    assert "March 3, 2024" not in dates._HITS
    assert "April 9, 2025" in dates._HITS


def test_digit_answers_are_kept_for_one_article_only() -> None:
    """Whether a line holds a digit is worked out once per article (a header line is asked by a dozen rules) and
    forgotten when the next article starts; the answer kept is the digit pattern's."""
    from articlecli import dates, parse

    parse("Harbour Ferry Fares Rise\n\nMarch 3, 2024\n\nFares rise on Monday, the council said.\n")
    assert dates._DIGIT_ANSWERS.get("March 3, 2024") is True
    parse("Storm Closes the Pier\n\nApril 9, 2025\n\nThe pier shut on Tuesday as the storm arrived.\n")
    assert "March 3, 2024" not in dates._DIGIT_ANSWERS
    assert dates.has_digit("Harbour notes, part \u0663") is True  # an Arabic-Indic three
    assert dates.has_digit("Harbour notes, part \u0663") is True  # (asked again: the answer kept)
    assert dates._DIGIT_ANSWERS["Harbour notes, part \u0663"] is True
    assert dates.has_digit("No figure in this line") is False
