"""Byline lines as printed on real pages, and what they say: authors, roles, affiliations, agency."""

from __future__ import annotations

import pytest

from articlecli import lexicon as L
from articlecli.bylines import (
    DESK_LAST_WORDS,
    foreign_byline,
    has_byline_lead,
    is_name,
    parse_byline,
    read_names_line,
    restore_case,
    signs_as_desk,
    unglue,
)

# (line, [(name, role, affiliation), ...], agency)
BYLINES = [
    # plain leads
    ("By Jane Doe", [("Jane Doe", None, None)], None),
    ("by Jane Doe", [("Jane Doe", None, None)], None),
    ("BY JANE DOE", [("Jane Doe", None, None)], None),
    ("By: Jane Doe", [("Jane Doe", None, None)], None),
    ("Words by Oliver Grant", [("Oliver Grant", None, None)], None),
    ("Analysis by Priya Raman, CNN", [("Priya Raman", None, "CNN")], None),
    ("Written by Tomás Álvarez", [("Tomás Álvarez", None, None)], None),
    ("Story by Amara Okafor", [("Amara Okafor", None, None)], None),
    ("Posted by Kevin Brooks", [("Kevin Brooks", None, None)], None),
    # several authors
    ("By Jane Doe and Ali Khan", [("Jane Doe", None, None), ("Ali Khan", None, None)], None),
    ("By Jane Doe & Ali Khan", [("Jane Doe", None, None), ("Ali Khan", None, None)], None),
    (
        "By Jane Doe, Ali Khan and Maria Lopez",
        [("Jane Doe", None, None), ("Ali Khan", None, None), ("Maria Lopez", None, None)],
        None,
    ),
    ("By Jane Doe; Ali Khan", [("Jane Doe", None, None), ("Ali Khan", None, None)], None),
    ("By Jane Doe | Ali Khan", [("Jane Doe", None, None), ("Ali Khan", None, None)], None),
    (
        "By Ruth Park , Minh Tran on Thursday, March 4th, 2021 at 10:15 a.m.",
        [("Ruth Park", None, None), ("Minh Tran", None, None)],
        None,
    ),
    # agencies
    ("By Jane Doe, Reuters", [("Jane Doe", None, "Reuters")], "Reuters"),
    (
        "By Jane Doe and Ali Khan, Associated Press",
        [("Jane Doe", None, "Associated Press"), ("Ali Khan", None, "Associated Press")],
        "Associated Press",
    ),
    (
        "By MARY CLARKE and JOHN PETERS Associated Press",  # the agency glued to the last name
        [("Mary Clarke", None, "Associated Press"), ("John Peters", None, "Associated Press")],
        "Associated Press",
    ),
    ("By Jane Doe Reuters", [("Jane Doe", None, "Reuters")], "Reuters"),
    ("By the Associated Press", [("The Associated Press", None, None)], "Associated Press"),  # as printed
    # a role for an outlet, in capitals or not
    (
        "By REBECCA ENGLISH, ROYAL EDITOR FOR THE DAILY MAIL",
        [("Rebecca English", "Royal Editor", "The Daily Mail")],
        None,
    ),
    (
        "By Jane Doe, Senior Political Correspondent for The Ledger",
        [("Jane Doe", "Senior Political Correspondent", "The Ledger")],
        None,
    ),
    ("By JANE DOE FOR DAILYMAIL.COM", [("Jane Doe", None, "Dailymail.com")], None),
    # who made the pictures is no author
    ("Story by Jane Doe | Photos by John Roe", [("Jane Doe", None, None)], None),
    ("By Jane Doe, Photography by John Roe and Ali Khan", [("Jane Doe", None, None)], None),
    ("By THE ASSOCIATED PRESS", [("The Associated Press", None, None)], "Associated Press"),
    ("By the Editorial Board", [("The Editorial Board", None, None)], None),
    # a date's label left beside the name
    ("By Jane Doe Updated March 3, 2024", [("Jane Doe", None, None)], None),
    ("By Jane Doe, Last updated: 2 hours ago", [("Jane Doe", None, None)], None),
    ("Reuters", [("Reuters", None, None)], "Reuters"),
    ("REUTERS", [("Reuters", None, None)], "Reuters"),
    ("Associated Press", [("Associated Press", None, None)], "Associated Press"),
    ("Reuters, Washington,", [("Reuters", None, None)], "Reuters"),
    ("AFP", [("AFP", None, None)], "AFP"),
    ("By PTI", [("PTI", None, None)], "PTI"),
    ("Reuters March 4, 2021 9:47 PM", [("Reuters", None, None)], "Reuters"),
    (" Associated Press March 5, 2021, 7:16 AM", [("Associated Press", None, None)], "Associated Press"),
    # roles and outlets
    (
        "By Marta Lind Oduya, Senior Staff Technologist, Harbor Rights Watch, Housing, and Tenancy Program",
        [("Marta Lind Oduya", "Senior Staff Technologist", "Harbor Rights Watch")],
        None,
    ),
    ("Owen Pritchard, AP National Security Writer", [("Owen Pritchard", "National Security Writer", "AP")], None),
    ("Tom Kessler, Ap Auto Writer", [("Tom Kessler", "Auto Writer", "AP")], None),
    ("Analysis by Chris Hale, CNN Editor-at-large", [("Chris Hale", "Editor-at-large", "CNN")], None),
    ("By Dana K. Whitlow, Lakeview.com", [("Dana K. Whitlow", None, "Lakeview.com")], None),
    ("By Andy Sato | Fox News", [("Andy Sato", None, "Fox News")], None),
    ("By Michael HiltonBusiness Columnist", [("Michael Hilton", "Business Columnist", None)], None),
    ("VICTOR TANNER, FUTURISM", [("Victor Tanner", None, "FUTURISM")], None),
    ("Nina CastellanosView More Articles", [("Nina Castellanos", None, None)], None),
    # dates, times and handles glued on
    ("Dan Goodwin - Apr 16, 2015 8:02 pm UTC", [("Dan Goodwin", None, None)], None),
    ("by Petra Quill14 Jan 2022318", [("Petra Quill", None, None)], None),
    ("by Steven Musk January 18, 2017 11:00 PM PST", [("Steven Musk", None, None)], None),
    ("by Tamsin Hale @tamsinhale February 9, 2021: 3:05 PM ET", [("Tamsin Hale", None, None)], None),
    ("Sarah Gold March 9, 2017 13", [("Sarah Gold", None, None)], None),
    ("Rhys Calder 1 day ago", [("Rhys Calder", None, None)], None),
    ("Catherine Shaw @catherineshaw / 2 days", [("Catherine Shaw", None, None)], None),
    ("By Tess Bond - 11/19/19 06:56 AM EST", [("Tess Bond", None, None)], None),
    ("8:20 AM PST 03/04/2021 by Declan Moorcroft", [("Declan Moorcroft", None, None)], None),
    ("3/18/2021 6:40 AM PST BY KTV STAFF", [("KTV Staff", None, None)], None),
    ("BY PRIYA DESHMUKH ON 03/02/21 AT 2:30 PM EST", [("Priya Deshmukh", None, None)], None),
    ("14/09/2021 Gareth Blythe All, Books, Gear Reviews, News", [("Gareth Blythe", None, "Gear Reviews")], None),
    ("By Ivo Brandt 2021-03-04T14:27:05Z Science & Oceans", [("Ivo Brandt", None, "Oceans")], None),
    ("By Erin Cole March 18 at 3:57 PM Follow @erincole", [("Erin Cole", None, None)], None),
    ("By Jane Doe jane.doe@example.com", [("Jane Doe", None, None)], None),
    ("By Jane Doe https://example.com/jane", [("Jane Doe", None, None)], None),
    # names that must stay whole
    ("By Abby Shelby", [("Abby Shelby", None, None)], None),
    ("By Shelby Abbott and Abby Byrd", [("Shelby Abbott", None, None), ("Abby Byrd", None, None)], None),
    ("By Martin Luther King Jr.", [("Martin Luther King Jr.", None, None)], None),
    ("By John Smith III", [("John Smith III", None, None)], None),
    ("By Ludwig van Beethoven", [("Ludwig van Beethoven", None, None)], None),
    ("By Corinne DeLacey, CNN", [("Corinne DeLacey", None, "CNN")], None),
    ("By Patrick McDonald", [("Patrick McDonald", None, None)], None),
    ("By J. R. R. Tolkien", [("J. R. R. Tolkien", None, None)], None),
    ("By Zoë Ångström", [("Zoë Ångström", None, None)], None),
    ("By Seán Ó Ríordáin", [("Seán Ó Ríordáin", None, None)], None),
    ("BY MARY-JANE O'NEIL", [("Mary-Jane O'Neil", None, None)], None),
]


# Classes of byline the readers once missed (issue 13), each with lines written for the test.
BYLINE_CLASSES = [
    # an organisation or a desk signs the story: the desk is the author, as printed
    ("Our Foreign Staff", [("Our Foreign Staff", None, None)], None),
    ("By Our Special Correspondent", [("Our Special Correspondent", None, None)], None),
    ("Harbour News wire services", [("Harbour News wire services", None, None)], None),
    ("Coastal News Bureau", [("Coastal News Bureau", None, None)], None),
    ("New Delhi, Valley News Bureau | Updated : 19 May 2021, 09:01 AM", [("Valley News Bureau", None, None)], None),
    ("Posted by Harbour Desk", [("Harbour Desk", None, None)], None),
    ("By The Associated Press", [("The Associated Press", None, None)], "Associated Press"),
    ("Riverside Gazette Editorial Staff", [("Riverside Gazette Editorial Staff", None, None)], None),
    # a news service's desk with a pipe and an update time; a desk's role alone after "By"
    ("TNN | Updated: Apr 2, 2024, 08:10 IST", [("TNN", None, None)], None),
    ("By Staff Reporter", [("Staff Reporter", None, None)], None),
    ("By Special Correspondent", [("Special Correspondent", None, None)], None),
    # a relative date word inside an outlet's name, not a date ("Today" between two capitalised words)
    ("Posted on April 2, 2024 at 9:05 am by Lakeside Today Staff", [("Lakeside Today Staff", None, None)], None),
    ("By Ana Ruiz Today 9:05 AM", [("Ana Ruiz", None, None)], None),
    # ... and signing in lower case, as the desk of an outlet named with "Today" or "Now"
    ("By Riverbend Today staff", [("Riverbend Today staff", None, None)], None),
    ("By Harbour Now desk", [("Harbour Now desk", None, None)], None),
    ("By Ana Ruiz today", [("Ana Ruiz", None, None)], None),
    # a handle glued to the name
    ("By Rae Quist@rquist", [("Rae Quist", None, None)], None),
    ("By Tom Ferris@TomFerrisNFL Mar 3, 2021, 9:15am EST", [("Tom Ferris", None, None)], None),
    # an outlet in capitals glued to the name
    ("By Ivo MarshHBCNews", [("Ivo Marsh", None, None)], None),
    ("By Lena OrtizCNN", [("Lena Ortiz", None, "CNN")], None),
    # an outlet after "|" or after the names (several authors without "By") is their outlet, not another author
    ("By Lena Ortiz | Coastal Herald", [("Lena Ortiz", None, "Coastal Herald")], None),
    (
        "Mia Lund and Omar Pike Coastal Herald",
        [("Mia Lund", None, "Coastal Herald"), ("Omar Pike", None, "Coastal Herald")],
        None,
    ),
]


@pytest.mark.parametrize(("line", "authors", "agency"), BYLINE_CLASSES, ids=[b[0][:40] for b in BYLINE_CLASSES])
def test_byline_class(line: str, authors: list[tuple[str, str | None, str | None]], agency: str | None) -> None:
    b = parse_byline(line)
    assert b is not None
    assert [(a.name, a.role, a.affiliation) for a in b.authors] == authors
    assert b.agency == agency


# Leads of bylines printed by pages around the world: "Reported by:", a label with a colon ("Text:",
# "Reporter:"), a wire agency that writes its name in lower case.
BYLINE_LEAD_CLASSES = [
    ("Reported by: Jane Doe", [("Jane Doe", None, None)], None),
    ("Reporter: Omar Pike", [("Omar Pike", None, None)], None),
    ("Text: Ana de la Cruz", [("Ana de la Cruz", None, None)], None),
    ("Reporting: Jane Doe, Omar Pike", [("Jane Doe", None, None), ("Omar Pike", None, None)], None),
    ("By dpa", [("DPA", None, None)], "DPA"),
    # "By" in other languages, and their "and"
    ("Par Jeanne Martin", [("Jeanne Martin", None, None)], None),
    (
        "Par Jeanne Martin et Paul Roy, 12 mars 2021 à 09h10",
        [("Jeanne Martin", None, None), ("Paul Roy", None, None)],
        None,
    ),
    ("Por Ana Ruiz y Luis Gómez", [("Ana Ruiz", None, None), ("Luis Gómez", None, None)], None),
    ("Von Anna Meier und Eva Roth", [("Anna Meier", None, None), ("Eva Roth", None, None)], None),
    ("Di Marco Rossi", [("Marco Rossi", None, None)], None),
    ("Von Tilda Brandt", [("Tilda Brandt", None, None)], None),
    ("Door Eva Jansen", [("Eva Jansen", None, None)], None),
    # a desk's name, then "on" or "at" its date
    ("Posted by Harbour Desk on March 12, 2021", [("Harbour Desk", None, None)], None),
    ("By Coastal News Desk at 9:10 AM", [("Coastal News Desk", None, None)], None),
]


# A foreign lead that also opens surnames ("Von", "Di") leads a byline only before a known given name;
# the English words "Par", "Door" only before a capitalised name.
@pytest.mark.parametrize(
    "line",
    [
        "Von Miller signs with the Bills",
        "Di Maria scores twice",
        "Von Miller Joins Bills",
        "Par for the course",
        "Door prize winners",
    ],
)
def test_a_foreign_lead_before_no_name_is_no_byline_lead(line: str) -> None:
    assert not has_byline_lead(line)


@pytest.mark.parametrize(("line", "authors", "agency"), BYLINE_LEAD_CLASSES, ids=[b[0] for b in BYLINE_LEAD_CLASSES])
def test_byline_lead_class(line: str, authors: list[tuple[str, str | None, str | None]], agency: str | None) -> None:
    assert has_byline_lead(line)
    b = parse_byline(line)
    assert b is not None
    assert [(a.name, a.role, a.affiliation) for a in b.authors] == authors
    assert b.agency == agency


# Who else worked on the story, named beside its writer with a colon or "by": the editor and the
# photographer are no authors.
CREDITED_BESIDE_THE_WRITER = [
    ("Text: Jane Doe, Photos: Omar Pike", ["Jane Doe"]),
    ("By Jane Doe, Photos: Omar Pike", ["Jane Doe"]),
    ("Written By: Jane Doe | Edited By: Omar Pike", ["Jane Doe"]),
    ("Reporting by Jane Doe; Editing by Omar Pike", ["Jane Doe"]),
    ("Text and photos: Jane Doe", ["Jane Doe"]),
]


@pytest.mark.parametrize(("line", "names"), CREDITED_BESIDE_THE_WRITER, ids=[c[0] for c in CREDITED_BESIDE_THE_WRITER])
def test_an_editor_or_photographer_beside_the_writer_is_no_author(line: str, names: list[str]) -> None:
    b = parse_byline(line)
    assert b is not None
    assert [(a.name, a.role, a.affiliation) for a in b.authors] == [(n, None, None) for n in names]


# Wire agencies of Asia and Europe by their full names: the byline's agency, never a person.
WIRE_BYLINES = [
    ("By Jane Doe, Kyodo News", [("Jane Doe", None, "Kyodo News")], "Kyodo News"),
    ("Jane Doe, Press Trust of India", [("Jane Doe", None, "Press Trust of India")], "Press Trust of India"),
    ("By Omar Pike | Yonhap News Agency", [("Omar Pike", None, "Yonhap News Agency")], "Yonhap News Agency"),
    ("By Press Trust of India", [("Press Trust of India", None, None)], "Press Trust of India"),
    ("JANE DOE Kyodo News", [("Jane Doe", None, "Kyodo News")], "Kyodo News"),
]


@pytest.mark.parametrize(("line", "authors", "agency"), WIRE_BYLINES, ids=[b[0] for b in WIRE_BYLINES])
def test_a_wire_agency_by_its_full_name(
    line: str, authors: list[tuple[str, str | None, str | None]], agency: str
) -> None:
    b = parse_byline(line)
    assert b is not None
    assert [(a.name, a.role, a.affiliation) for a in b.authors] == authors
    assert b.agency == agency


# Vietnamese names end with a syllable that is an English word too ("An", "My"): it is part of the name.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("By Lê Thị My and Omar Pike", ["Lê Thị My", "Omar Pike"]),
        ("Tran Van An, Reuters", ["Tran Van An"]),
    ],
)
def test_a_vietnamese_name_keeps_its_last_syllable(line: str, names: list[str]) -> None:
    b = parse_byline(line)
    assert b is not None
    assert [a.name for a in b.authors] == names


# Lines that say they are bylines by their own words, with no "By": a desk or a staff signs them.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Our Foreign Staff", True),
        ("Coastal News Bureau", True),
        ("Harbour News wire services", True),
        ("New Delhi, Valley News Bureau | Updated : 19 May 2021, 09:01 AM", True),
        ("Riverside Gazette Editorial Staff", True),
        ("Meet The Staff", False),
        ("Contact the newsroom", False),
        ("Staff", False),
        ("Bureau Chief", False),
        ("The bureau said the figures were revised in March.", False),
    ],
)
def test_a_desk_signature_says_it_is_a_byline(line: str, expected: bool) -> None:
    assert has_byline_lead(line) is expected


# The one test of a line signed by a desk and no one's name (`signs_as_desk`): a desk or a staff always, a desk's role
# alone only where it may stand alone (after a lead, or a line by itself); the cheap test before it is that the
# line's last word ends one of the desk's phrases (`DESK_LAST_WORDS`, from the same tables as the pattern's).
@pytest.mark.parametrize(
    ("line", "role_alone", "expected"),
    [
        ("Our Lisbon Correspondent", False, True),
        ("Southern Districts Bureau", False, True),
        ("Staff Correspondent", True, True),
        ("Special correspondent.", True, True),
        ("Staff Correspondent", False, False),
        ("Redaktion", False, True),
        ("Staff and agencies", False, True),
        ("Kestrel Valley Gazette Reporters", False, True),
        ("Foreign Correspondent Club", True, False),
        ("Ingrid Solberg", True, False),
        ("The staff were told on Monday", True, False),
    ],
)
def test_a_desk_signing_alone_is_one_test(line: str, role_alone: bool, expected: bool) -> None:
    assert signs_as_desk(line, role_alone=role_alone) is expected
    if expected and role_alone:
        assert line.rsplit(None, 1)[-1].lower().strip(".") in DESK_LAST_WORDS


# After another language's "By", a newsroom or a desk signs as `is_desk` reads one in English (the one test of a
# desk's line): the newsroom's word alone or with its article, a desk of its own name; a name or a phrase is no desk.
@pytest.mark.parametrize(
    ("line", "english"),
    [
        ("Por Redacción / Valle del Sil", "By Redacción / Valle del Sil"),
        ("Par la rédaction", "By La rédaction"),
        ("Von der Redaktion", "By Der Redaktion"),
        ("Di Redazione", "By Redazione"),
        ("Por Maresia Bureau", "By Maresia Bureau"),
        ("Par Coastal News Bureau", "By Coastal News Bureau"),  # (its "Par" was read as a word of the desk)
        ("Par Staff and agencies", "By Staff and agencies"),
        ("Por Lucía Ferrán", "By Lucía Ferrán"),
        ("Par la suite, le conseil a voté", None),
        ("Von der Brücke aus", None),
    ],
)
def test_a_newsroom_after_a_foreign_lead_is_read_as_a_desk(line: str, english: str | None) -> None:
    assert foreign_byline(line) == english


@pytest.mark.parametrize(("line", "authors", "agency"), BYLINES, ids=[b[0][:40] for b in BYLINES])
def test_byline(line: str, authors: list[tuple[str, str | None, str | None]], agency: str | None) -> None:
    b = parse_byline(line)
    assert b is not None
    assert [(a.name, a.role, a.affiliation) for a in b.authors] == authors
    assert b.agency == agency
    assert b.text == line.strip()


# Lines that name nobody.
NOT_BYLINES = [
    'By clicking "Join," you accept our house rules and Privacy Notice',
    "By 2020, when we went back to the old ledgers",
    "by the time the police arrived",
    "Middle East",
    "Tech Industry",
    "Updated on: March 2, 2021",
    "By Any Means Necessary",
    "Sony’s PlayStation VR.",  # a caption: a possessive is no part of a name
    "Harbor Town's New Mayor",
    # menu and rating labels are no names
    "Oscar Predictions",
    "Harbor Score",
    "Award Winners",
    # an outlet the story comes from is no author
    "From: Riverside Gazette",
    # a label that opens a byline only with its colon
    "Text messages show the plan",
    # an editor alone is no author
    "Edited By: Omar Pike",
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana K. Whitlow", True),
        ("PRIYA DESHMUKH", True),
        ("Ludwig van Beethoven", True),
        ("Tech Industry", False),
        ("Brent Co", False),
        ("Ryan", False),
        ("The Morning Kettle", False),
        ("Jane Doe 2019", False),
        ("Sony’s PlayStation VR", False),
        ("Dan O’Shea", True),
    ],
)
def test_is_name(text: str, expected: bool) -> None:
    assert is_name(text) is expected


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("KTV STAFF", "KTV Staff"),
        ("JANE DOE", "Jane Doe"),
        ("MARY-JANE O'NEIL", "Mary-Jane O'Neil"),
        ("Jane Doe", "Jane Doe"),
        ("AFP", "AFP"),
    ],
)
def test_restore_case(raw: str, fixed: str) -> None:
    assert restore_case(raw) == fixed


def test_unglue_keeps_camel_case_names() -> None:
    assert unglue("Corinne DeLacey") == "Corinne DeLacey"
    assert unglue("Patrick McDonald") == "Patrick McDonald"
    assert unglue("Harbor FinanceOctober 13, 2016") == "Harbor Finance October 13, 2016"


HEADER_WITH_TAG = (
    "Harbor Star's $150K Pearl Dress -- STOLEN!!!\n"
    "Delphine Szalai\n"
    "$150K Pearl Dress ... STOLEN!!!\n"
    "2/26/2015 7:11 AM PST BY GOSSIP DESK STAFF\n\n"
    "The pearl dress that Delphine Szalai wore to the awards was taken from her hotel room on Tuesday night, "
    "police sources said.\n\n"
    "Hotel staff told officers the room had been locked and that no one else had a key to it.\n"
)


def test_a_name_alone_under_the_headline_is_no_author_beside_a_by_line() -> None:
    """A "By ..." line names the authors; a name alone above it is the story's subject (a tag),
    and a piece of the headline printed again is no standfirst."""
    from articlecli import parse

    art = parse(HEADER_WITH_TAG)
    assert [a.name for a in art.authors] == ["Gossip Desk Staff"]
    assert art.deck is None


def test_a_name_alone_is_still_the_byline_without_a_by_line() -> None:
    from articlecli import parse

    art = parse(HEADER_WITH_TAG.replace(" BY GOSSIP DESK STAFF", "").replace("Delphine Szalai\n", "Colm Fair\n", 1))
    assert [a.name for a in art.authors] == ["Colm Fair"]


# Each work of lexicon.CREDIT_ROLES credited with "... by" after a byline names the picture's maker, no author.
@pytest.mark.parametrize("role", L.CREDIT_ROLES)
def test_a_credit_role_after_the_byline_is_no_author(role: str) -> None:
    b = parse_byline(f"By Mia Lund | {role.capitalize()} by Omar Pike")
    assert b is not None and [a.name for a in b.authors] == ["Mia Lund"]


# Several authors without "By": a line of names, their roles and outlet, and nothing else.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mia Lund and Omar Pike Coastal Herald", ["Mia Lund", "Omar Pike"]),
        ("Meg Ortiz and Ivo Marsh, Associated Press", ["Meg Ortiz", "Ivo Marsh"]),
        ("Lena Ortiz, Omar Pike and Mia Lund", ["Lena Ortiz", "Omar Pike", "Mia Lund"]),
        ("Omar Pike, Senior Correspondent", ["Omar Pike"]),
        ("Miguel Ortiz North Diving", None),  # a name and an event: a results label
        ("Dock workers at the gate on Monday", None),
        ("Lena Ortiz said the plan would work.", None),
        ("Oscar Predictions", None),
    ],
)
def test_a_line_of_names_is_a_byline_without_by(line: str, names: list[str] | None) -> None:
    b = read_names_line(line)
    assert (None if b is None else [a.name for a in b.authors]) == names


PAGE = (
    "Ferry strike halts island deliveries\n"
    "{byline}\n"
    "12 March 2021 • 2:15pm\n\n"
    "Ferry crews walked out on Monday, halting deliveries of food and fuel to the islands for the third time.\n\n"
    "The union said the strike would last until Thursday unless the operator returned to talks, a spokesman said.\n"
)


# A page signed by a desk, or by a name with a handle glued on, names that author.
@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Our Foreign Staff", ["Our Foreign Staff"]),
        ("Harbour News wire services", ["Harbour News wire services"]),
        ("Meridian Times wire services", ["Meridian Times wire services"]),
        ("Redacción / Cangas de Onís", ["Redacción"]),
        ("By Rae Quist@rquist", ["Rae Quist"]),
    ],
)
def test_a_page_signed_by_a_desk_or_a_handle_names_its_author(byline: str, authors: list[str]) -> None:
    from articlecli import parse

    art = parse(PAGE.format(byline=byline))
    assert [a.name for a in art.authors] == authors
    assert art.headline == "Ferry strike halts island deliveries"


STORY = (
    "Ferry crews walked out on Monday, halting deliveries of food and fuel to the islands for the third time.\n\n"
    "The union said the strike would last until Thursday unless the operator returned to talks, a spokesman said.\n"
)


# A header with no "By" line names its author elsewhere: above the headline's date, or as an outlet in the date
# line; a name or an outlet where no byline sits is no author.
@pytest.mark.parametrize(
    ("header", "authors"),
    [
        pytest.param(
            "Lena Ortiz\nIslands\n03.12.2021 09:00 AM\nFerry strike halts island deliveries\n",
            ["Lena Ortiz"],
            id="a name over a section label and the date, over the headline",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nUpdated on: March 12, 2021 / 9:10 AM / Coastal News\n",
            ["Coastal News"],
            id="an outlet in the date line",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nBy Omar Pike\nMarch 12, 2021 / 9:10 AM / Coastal News\n",
            ["Omar Pike"],
            id="an outlet in the date line beside a byline",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nLast Updated : Mar 12, 2021 09:10 AM IST | Source: Harbour Wire\n",
            [],
            id="a source named in the date line",
        ),
        pytest.param(
            "Lena Ortiz\nFerry strike halts island deliveries\n",
            [],
            id="a name over the headline, no date between",
        ),
        pytest.param(
            "Opinion\nLena Ortiz\nFerry strike halts island deliveries\n"
            "The islands pay for a dispute that should have been settled in the spring.\n"
            "Published Friday 12 March 2021\n",
            ["Lena Ortiz"],
            id="a columnist's name over the headline, the date under its standfirst",
        ),
        pytest.param(
            "Columnists\nOmar Pike\nFerry strike halts island deliveries\nMarch 12, 2021\n",
            ["Omar Pike"],
            id="a columnist's name over the headline, the date under it",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nBy LENA ORTIZ and OMAR PIKE Coastal Herald Staff Writers\n",
            ["Lena Ortiz", "Omar Pike"],
            id="names in capitals, then the outlet in lower case",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nHARBOURTON, March 12, 2021 — By Lena Ortiz\n",
            ["Lena Ortiz"],
            id="'By' after a dash, in a line with the place and date",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nLena Marsh · Senior Reporter\nMarch 12, 2021\n",
            ["Lena Marsh"],
            id="a name and its role after a middle dot",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nLena Marsh\nSenior Island Editor\nMarch 12, 2021\n",
            ["Lena Marsh"],
            id="a job title under the name",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nLena Ortiz · 12 March 2021 · 4 min read\n",
            ["Lena Ortiz"],
            id="a name beside its date, between middle dots",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nLena Ortiz / Reuters\nMarch 12, 2021\n",
            ["Lena Ortiz"],
            id="a name and its agency after a slash",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nUpdated 3 hours ago\nLena Ortiz | Reporter\n",
            ["Lena Ortiz"],
            id="a name and its role after a bar",
        ),
        pytest.param(
            "Ferry strike halts island deliveries\nMarch 12, 2021\nDock workers wait at the gate on Monday.\n"
            "Lena Ortiz / Reuters\n",
            [],
            id="a picture's credit under its caption",
        ),
    ],
)
def test_a_header_without_by_names_its_author_where_it_signs(header: str, authors: list[str]) -> None:
    from articlecli import parse

    assert [a.name for a in parse(header + "\n" + STORY).authors] == authors


# With no byline printed at the top, the bio closing an opinion piece names its author; a closing sentence
# about someone the story is about does not.
@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        pytest.param("Harriet Vance is a retired intensive care nurse who lives in Cedar Bend.", ["Harriet Vance"]),
        pytest.param("Lena Ortiz is a contributor to the Coastal Herald.", ["Lena Ortiz"]),
        pytest.param("Tobias Rook writes about ferries and the sea for the Coastal Herald.", ["Tobias Rook"]),
        pytest.param("Ada Rowe is the third generation of her family to run the store.", [], id="the grocer again"),
    ],
)
def test_the_bio_closing_a_piece_names_its_author(closing: str, authors: list[str]) -> None:
    from articlecli import parse

    page = (
        "Ferry strike halts island deliveries\nMarch 12, 2021\n\n" + STORY + "\nAda Rowe, who runs the island's"
        " grocery, said she had food for two more days.\n\n" + closing + "\n"
    )
    assert [a.name for a in parse(page).authors] == authors


# Several names without "By", the outlet glued to the last one, are the byline: not the standfirst.
def test_names_with_an_outlet_glued_on_are_the_byline_not_the_standfirst() -> None:
    from articlecli import parse

    art = parse(
        "Ferry strike halts island deliveries\nTove Barros and Idris Kane Lakeland Gazette\n12.03.2021\n\n" + STORY
    )
    assert (art.deck, [a.name for a in art.authors]) == (None, ["Tove Barros", "Idris Kane"])


def test_a_common_surname_is_a_name() -> None:
    assert is_name("Marcus Bell")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Fort Dauphin, Palm Beach and Cape Coral", None),
        ("Port Ellis and Kings Bay", None),
        ("Jane Doe / Senior Harbour Writer", ["Jane Doe"]),
        ("Dara House | Senior Reporter", ["Dara House"]),
        ("Dale Fort and Lena Ortiz, Harbour Herald", ["Dale Fort", "Lena Ortiz"]),
        ("Grace Beach and Omar Pike Coastal Herald", ["Grace Beach", "Omar Pike"]),
    ],
)
def test_names_without_by_are_people_not_places(line: str, names: list[str] | None) -> None:
    """A byline without "By" holds people: a name whose first or last word says it is a place or a body is none,
    unless a known given name opens it ("Grace Beach", "Dale Fort"); after a name it may be a role's words."""
    found = read_names_line(line)
    assert (None if found is None else [a.name for a in found.authors]) == names
