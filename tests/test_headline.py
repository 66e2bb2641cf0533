"""The headline chosen from evidence: every named weight and veto on its example, and pages in
styles whose header holds a line that is not the title (widgets, captions, bylines without "By",
date lines, labels, related titles, tables, contact lines) right next to the real one."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.classify import Page, read_example
from articlecli.classify.vetoes import HEADLINE_VETOES, Veto, headline_veto
from articlecli.classify.weights import HEADLINE_WEIGHTS


def _read(example: str) -> tuple[Page, int]:
    """The page of an example, and the number of its line marked "> " (blank lines are no lines)."""
    lines = example.split("\n")
    marked = next(n for n, line in enumerate(lines) if line.startswith("> "))
    lines[marked] = lines[marked][2:]
    return read_example("\n".join(lines)), sum(1 for line in lines[:marked] if line.strip())


@pytest.mark.parametrize("name", sorted(HEADLINE_WEIGHTS))
def test_every_weight_applies_to_its_example(name: str) -> None:
    page, marked = _read(HEADLINE_WEIGHTS[name].example)
    scores = dict(page.headline_scores)
    assert marked in scores, f"line {marked} was not weighed: {headline_veto(page, marked)}"
    assert name in dict(scores[marked].parts)


@pytest.mark.parametrize("veto", HEADLINE_VETOES, ids=[v.name for v in HEADLINE_VETOES])
def test_every_veto_rules_out_its_example(veto: Veto) -> None:
    page, marked = _read(veto.example)
    assert headline_veto(page, marked) == veto.name
    assert marked not in dict(page.headline_scores)


STORY = (
    "The ferry strike entered its third day on Monday, and operators said deliveries of food and fuel to the"
    " island had stopped.\n"
    "Union leaders said talks with the operator would resume on Friday, while shops on the island reported"
    " empty shelves.\n"
)
TITLE = "Ferry strike halts island deliveries"

# The header of a page (the story follows it): the title, and next to it a line that sits where a
# headline or a standfirst sits but says by its own text that it is something else.
HEADERS = [
    pytest.param(f"World\n{TITLE}\nMia Lund and Omar Pike Coastal Herald\n", None, id="names and an outlet without By"),
    pytest.param(f"{TITLE}\nToday 9:05 AM\n", None, id="a date line of today"),
    pytest.param(
        f"{TITLE}\nLast Updated : Mar 12, 2021 09:10 AM IST | Source: Harbour Wire\n",
        None,
        id="a labelled date line with its source",
    ),
    pytest.param(
        f"News\n{TITLE}\nDock workers at the gate on Monday.Lena Ortiz / Reuters file\nBy Lena Ortiz\n",
        None,
        id="a caption with a glued credit",
    ),
    pytest.param(
        f"{TITLE}\nDock workers, pictured, at the gate of the island terminal on Monday\n", None, id="a caption"
    ),
    pytest.param(f"{TITLE}\nchevron_left See Every Story\n", None, id="an icon's name and a nav label"),
    pytest.param(f"{TITLE}\nSponsored: Ten ways to save on winter fuel\n12 March 2021\n", None, id="a sponsor label"),
    pytest.param(f"{TITLE}\nTips for the newsroom: desk@coastalherald.example\n", None, id="a contact line"),
    pytest.param(
        f"Reviews › Audio\n{TITLE}\nRating: 4 out of 5 stars\n$149 at Harbour Electronics\nLena Ortiz\n"
        "March 12, 2021\n",
        None,
        id="a retailer's price line over the byline",
    ),
    pytest.param(
        f"Island News\nMarkets\n{TITLE}\nLena Marsh · Senior Reporter\nUpdated Tue, Mar 12, 2021, 8:02 AM\n",
        None,
        id="a name and role over the date",
    ),
    pytest.param(
        f"Trending: Bus fares | Harbour fees | Ferry strike\n{TITLE}\nBy Lena Ortiz\n", None, id="a topics bar"
    ),
    pytest.param(f"News / Islands / Ferry strike\n{TITLE}\nLena Ortiz\nMarch 12, 2021\n", None, id="a breadcrumb"),
    pytest.param(
        f"Home | News | Sport | Weather\n{TITLE}\nIsland deliveries halted for a third day\n12 March 2021\n",
        "Island deliveries halted for a third day",
        id="a menu row over the title is no link of a list",
    ),
    pytest.param(
        f"News | Local | Business\n{TITLE}\nShops on the island run short of bread and fuel\nBy Lena Ortiz\n",
        "Shops on the island run short of bread and fuel",
        id="a menu row of three over title and standfirst",
    ),
    pytest.param(
        f"News\n{TITLE}\nBy Lena Ortiz\nMarch 12, 2021\nMore on:\nFerries\n"
        "Harbour fees to rise for the third year running\nNew timetable for the island ferries from May\n"
        "See also\nHarbour fees to rise for the third year running\n",
        None,
        id="a box of related titles, one printed again",
    ),
]


@pytest.mark.parametrize(("header", "deck"), HEADERS)
def test_the_title_and_standfirst_win_over_the_line_beside_them(header: str, deck: str | None) -> None:
    art = parse(header + STORY)
    assert (art.headline, art.deck) == (TITLE, deck)


def test_the_dates_of_a_list_of_other_stories_are_not_the_articles() -> None:
    page = (
        "Harbour fees to rise for the third year running\n11 March 2021\n"
        f"New timetable for the island ferries from May\n10 March 2021\n{TITLE}\nBy Lena Ortiz\n" + STORY
    )
    art = parse(page)
    assert (art.headline, art.published) == (TITLE, None)


def test_a_title_printed_in_the_first_lines_of_the_story_over_its_date_is_the_headline() -> None:
    """A long title (as long as a sentence, no full stop) after a breadcrumb that ends with it, then its date."""
    title = "Harbour operator and union agree to resume talks on the island ferry strike as shop shelves run empty"
    art = parse(f"Home News Business News {title}\n{title}\nMarch 12, 2021\n" + STORY)
    assert (art.headline, str(art.published.iso if art.published else None)) == (title, "2021-03-12")


TRIBUTE = "Hundreds gather on the quay to remember the island's ferry captain"
TRIBUTE_STORY = (
    "Oscar Pike, who steered the island ferry for 40 years, was remembered on Saturday by several hundred people"
    " who lined the quay as the ferry sounded its horn.\n"
    "Pike died on March 2 at the age of 72. His daughter, Rosa Pike, said he had never missed a sailing.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(
            f'Community\n{TRIBUTE}\nOscar "Ossie" Pike, 1948-2021\nBy Lena Ortiz | Special to the Island Times\n'
            "Mar 12, 2021\nUpdated 8 hrs ago\n",
            id="a nickname in the name line, over the byline",
        ),
        pytest.param(
            f'{TRIBUTE}\nCaptain Oscar "Ossie" Pike (1948–2021)\nLena Ortiz | Island Times\nMarch 12, 2021\n',
            id="the years in brackets",
        ),
        pytest.param(
            f"Obituaries\n{TRIBUTE}\nOscar Pike, ferry captain, 1948 - 2021\nBy Lena Ortiz\n", id="with a role"
        ),
    ],
)
def test_a_name_line_with_the_years_of_a_life_is_neither_headline_nor_standfirst(header: str) -> None:
    """A tribute or obituary prints its subject's name and years under the title ("Oscar Pike, 1948-2021")."""
    art = parse(header + TRIBUTE_STORY)
    assert (art.headline, art.deck) == (TRIBUTE, None)


_ISLAND_STORY = (
    "Islanders packed the village hall on Tuesday evening to hear what the operator had to say about winter.\n\n"
    "The council will vote on the future of the crossing at its March meeting, a spokeswoman said.\n\n"
    "A petition to keep the winter sailings has gathered more than 3,000 names since January.\n"
)


# A magazine's title in two short sentences, the last without a full stop, over a standfirst that shares its
# words: (title, standfirst, byline and date, the story's first paragraphs).
TWO_SENTENCE_TITLES = [
    pytest.param(
        "The ferry has crossed to the island for 60 years. This winter it may stop",
        "The operator says the crossing loses money, and the council will decide on its future in March.",
        "By Lena Ortiz\n\nMarch 12, 2021",
        "The island ferry made its first crossing in 1964, and it has run twice a day ever since, storms aside.\n\n"
        "The operator told the council on Monday that the crossing lost money every winter.\n\n",
        id="a news feature",
    ),
    pytest.param(
        "Ivo Marsh has kept the island lighthouse for 31 years. He isn't ready to leave",
        "The island lighthouse keeper on storms, solitude and the automation plan that would end his job next year.",
        "Interview by Lena Ortiz\n\nMarch 12, 2021",
        "Ivo Marsh climbs the 112 steps of the island lighthouse twice a day, and has done since 1993.\n\n"
        "The lighthouse authority plans to automate the light next year.\n\n",
        id="an interview",
    ),
]


@pytest.mark.parametrize(("title", "standfirst", "byline", "opening"), TWO_SENTENCE_TITLES)
def test_a_title_in_two_sentences_over_its_standfirst(title: str, standfirst: str, byline: str, opening: str) -> None:
    art = parse(f"Features | Interview\n\n{title}\n\n{standfirst}\n\n{byline}\n\n{opening}{_ISLAND_STORY}")
    assert (art.headline, art.deck) == (title, standfirst)


def test_a_gallery_of_people_labelled_by_name_is_neither_headline_nor_byline() -> None:
    page = (
        "Island schools take four titles at the ferry cup\n"
        "Ada Lund 100 metres\nMia Pike North Harbour\nOmar Hale Riverton\n"
        "Posted: Fri 6:45 PM, Mar 12, 2021\n" + STORY
    )
    art = parse(page)
    assert (art.headline, art.authors) == ("Island schools take four titles at the ferry cup", ())


# The standfirst, read from the headline outward, past lines that say they are something else.
DECKS = [
    pytest.param(
        f"{TITLE}\nNew, 6 comments\nTalks between the union and the operator broke down late on Sunday.\n"
        "By Lena Ortiz\n",
        "Talks between the union and the operator broke down late on Sunday.",
        id="past a comments counter",
    ),
    pytest.param(
        f"{TITLE}\nLena OrtizView More Articles\nNext-generation ferries promised for the island routes\n"
        "Harbour March 12, 2021 09:10\n",
        "Next-generation ferries promised for the island routes",
        id="a title opening with Next-, between the byline and the date",
    ),
    pytest.param(
        f"{TITLE}\nRead Later\nBy Lena Ortiz\nMarch 12, 2021\n"
        "Island shops have run short of food and fuel as the ferry strike enters its third day.\nRead Later\n"
        "Dock workers at the gate of the island terminal on Monday.\nHarbour Studio for Coastal Herald\n"
        "Lena Ortiz\nStaff Writer\nMarch 12, 2021\nView PDF/Print Mode\n",
        "Island shops have run short of food and fuel as the ferry strike enters its third day.",
        id="after the byline and date, its words the headline's, before the lead image",
    ),
    pytest.param(
        f"{TITLE}\nMeg Lund and Errin Pike, Associated Press\nUpdated 3:47 am EST, Friday, March 12, 2021\n",
        None,
        id="names with an agency, no standfirst",
    ),
    pytest.param(f"{TITLE}\nsexta-feira, 12 de março de 2021 às 9:13\n", None, id="a date line in another language"),
    pytest.param(
        f"{TITLE}\nThe operator blames the union for the stoppage, the third this year.\n"
        "Riverton, Harbour Bureau | Updated : 12 March 2021, 09:01 AM\n",
        "The operator blames the union for the stoppage, the third this year.",
        id="over a place, a bureau and a labelled date",
    ),
    pytest.param(
        f"{TITLE}\nEditor's note: This story has been updated with the union's statement.\nBy Lena Ortiz\n",
        None,
        id="no standfirst: an editor's note",
    ),
    pytest.param(
        f"{TITLE}\nThis article is more than 2 years old\nLena Ortiz\nMon 12 Mar 2021 09.10 GMT\n",
        None,
        id="no standfirst: the page's notice of the article's age",
    ),
    pytest.param(
        f"{TITLE}\nFact checked by Omar Pike\nBy Lena Ortiz\nMarch 12, 2021\n", None, id="no standfirst: a credit"
    ),
    pytest.param(
        f"{TITLE}\nBy Lena Ortiz\nLena Ortiz is a reporter covering the islands.\nMarch 12, 2021\n",
        None,
        id="no standfirst: the author's bio",
    ),
    pytest.param(
        f"{TITLE}\nLena Ortiz · 12 March 2021 · 4 min read\n", None, id="no standfirst: a name and date between dots"
    ),
    pytest.param(
        f"{TITLE}\nBy Lena Ortiz\nMarch 12, 2021\nRelated\nHarbour fees to rise again\nMarch 10, 2021\n",
        None,
        id="no standfirst in a box of links to other stories",
    ),
]


@pytest.mark.parametrize(("header", "deck"), DECKS)
def test_the_standfirst_is_read_from_the_headline_outward(header: str, deck: str | None) -> None:
    art = parse(header + STORY)
    assert (art.headline, art.deck) == (TITLE, deck)


# A gallery's title ("In pictures: ...") is a photo story's headline when its standfirst and byline are
# under it, and a promo when it sits among other links.
GALLERY_TITLE = "In pictures: the island waits for its ferries"


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        pytest.param(
            f"{GALLERY_TITLE}\nShops on the island count the days as the ferry strike goes on.\nBy Lena Ortiz\n",
            GALLERY_TITLE,
            id="over its standfirst and byline",
        ),
        pytest.param(
            f"{TITLE}\nBy Lena Ortiz\nSee also\n{GALLERY_TITLE}\nHarbour fees to rise again\n",
            TITLE,
            id="in a box of links",
        ),
    ],
)
def test_a_gallery_s_title_is_weighed_by_what_is_around_it(header: str, headline: str) -> None:
    assert parse(header + STORY).headline == headline


def test_names_with_an_agency_without_by_are_the_byline() -> None:
    art = parse(f"{TITLE}\nMeg Lund and Errin Pike, Associated Press\nMarch 12, 2021\n" + STORY)
    assert [a.name for a in art.authors] == ["Meg Lund", "Errin Pike"]


def test_a_narrow_win_is_reported_as_an_uncertain_headline() -> None:
    art = parse(f"Ferries\n{TITLE}\nFerry workers walk out\n" + STORY)
    assert (art.headline, [w for w in art.warnings if w.startswith("headline")]) == (
        TITLE,
        ["headline uncertain: 'Ferry workers walk out' came close"],
    )


def test_a_clear_win_is_not_reported() -> None:
    art = parse(f"{TITLE}\nBy Lena Ortiz\n" + STORY)
    assert [w for w in art.warnings if w.startswith("headline")] == []


# Probe pages in styles the corpus lacks.
PRESS_RELEASE = """FOR IMMEDIATE RELEASE
Harbour Ferries Names New Chief Executive
Former port director to lead island operator from May
RIVERTON, Maine, March 12, 2021 /PRNewswire/ -- Harbour Ferries, the island ferry operator, today named Lena Ortiz, \
the former director of Riverton Port, as its chief executive, effective May 1.
"Lena knows every crossing we run," said Omar Pike, chair of the board. "She is the right person to rebuild trust."
Ortiz succeeds Mia Lund, who retired in January after eleven years with the company.
Media contact: press@harbourferries.example
"""
LIVE_BLOG = """Coastal Herald
Home › News › Islands
Live: Ferry strike – latest updates as island shelves empty
Updated 9 minutes ago
Key events
Lena Ortiz (now) and Omar Pike (earlier)
10.42 GMT
The operator has said no sailings will run before Friday. Union leaders are due to meet the operator's managers at \
noon, and shops on the islands say they have food for two more days.
09.58 GMT
Good morning. This page follows the third day of the ferry walkout, with deliveries of food and \
fuel to the islands still halted.
"""


def test_a_press_release_title_in_title_case_over_its_subtitle() -> None:
    art = parse(PRESS_RELEASE)
    assert (art.headline, art.deck) == (
        "Harbour Ferries Names New Chief Executive",
        "Former port director to lead island operator from May",
    )


def test_a_live_blog_names_its_authors_without_by() -> None:
    art = parse(LIVE_BLOG)
    assert (art.headline, [a.name for a in art.authors]) == (
        "Live: Ferry strike – latest updates as island shelves empty",
        ["Lena Ortiz", "Omar Pike"],
    )


# A press release's title over its subtitle, a menu above them and the issuer under a label below.
NEWSWIRE = """Browse News
Submit a Release
Harbour Ferries Opens New Island Terminal in Riverton
The terminal will handle twice the freight of the old quay through the summer season
News provided by
Harbour Ferries Inc.
Mar 12, 2021, 08:30 ET
Share this article

RIVERTON, Maine, March 12, 2021 /NewsWire/ -- Harbour Ferries Inc. today opened its new island terminal, \
a year later than planned and at twice the cost first agreed with the county.

"Freight will no longer wait on the quay overnight," said Omar Pike, chair of the board.
"""

# A live blog: its title and standfirst over the byline; a box of its key events; each entry's title under
# its time stamp, the first one just above the body.
LIVE_UPDATES = """Coastal Herald
Ferry strike live: Island shelves empty as talks fail for a third day
Union leaders and the operator will meet again on Friday, and shops say food will run out by the weekend.
By Lena Ortiz and Omar Pike
Updated 4:52 p.m. GMT, March 12, 2021
Key events
Operator cancels all sailings until Friday
Island grocery rations bread
4:52 p.m.
Operator cancels all sailings until Friday
Harbour Ferries said no boats would sail before Friday, as the strike entered its third day and union \
leaders said talks had broken down again.
"""


def test_a_press_release_s_title_over_its_subtitle_under_a_menu() -> None:
    art = parse(NEWSWIRE)
    assert (art.headline, art.deck, art.authors) == (
        "Harbour Ferries Opens New Island Terminal in Riverton",
        "The terminal will handle twice the freight of the old quay through the summer season",
        (),
    )


def test_a_live_blog_s_title_wins_over_its_entries_titles() -> None:
    art = parse(LIVE_UPDATES)
    assert (art.headline, art.deck) == (
        "Ferry strike live: Island shelves empty as talks fail for a third day",
        "Union leaders and the operator will meet again on Friday, and shops say food will run out by the weekend.",
    )


def test_a_section_label_over_the_title_is_no_title_over_a_subtitle() -> None:
    title = "Harbour ferries to carry cars again from May"
    art = parse(f"Island News\n{title}\nLena Ortiz\nMarch 12, 2021\n" + STORY)
    assert art.headline == title


# A text with no header but a date line: its title-shaped first line is the headline; a story that opens with
# its dateline, or with a sentence, has none printed.
@pytest.mark.parametrize(
    ("page", "headline"),
    [
        pytest.param(
            "Last Updated : Mar 12, 2021 09:10 AM IST | Source: Harbour Wire\n"
            "Ferries stay in port and shelves run empty; is the strike near its end?\n" + STORY,
            "Ferries stay in port and shelves run empty; is the strike near its end?",
            id="a title under a date line",
        ),
        pytest.param("RIVERTON, Maine (AP) — " + STORY, None, id="a dateline opening the story"),
        pytest.param("Ferries stayed in port again on Monday.\n" + STORY, None, id="a sentence opening the story"),
    ],
)
def test_a_title_opening_a_text_without_a_header(page: str, headline: str | None) -> None:
    assert parse(page).headline == headline


def test_a_press_release_s_title_is_told_by_its_subtitle_whatever_the_story_says() -> None:
    page = (
        "Browse News\nSubmit a Release\nHarbour Ferries Opens New Island Terminal\n"
        "The terminal will handle twice the freight of the old quay\nNews provided by\nHarbour Ferries Inc.\n"
        "Mar 12, 2021, 08:30 ET\n\n" + STORY
    )
    art = parse(page)
    assert (art.headline, art.deck) == (
        "Harbour Ferries Opens New Island Terminal",
        "The terminal will handle twice the freight of the old quay",
    )


# The headline printed only as the page's title: the title without the site's name, when the words after the
# dash are the site's (an outlet's name, a domain, or printed alone on the page).
@pytest.mark.parametrize(
    ("first_line", "headline"),
    [
        pytest.param(f"{TITLE} - Coastal Herald", TITLE, id="an outlet's name"),
        pytest.param(f"{TITLE} | harbourherald.com", TITLE, id="a domain"),
        pytest.param(f"{TITLE} | Islander Weekly", TITLE, id="a name printed alone on the page"),
        pytest.param(f"{TITLE} - The Long Wait", f"{TITLE} - The Long Wait", id="the title's own words"),
    ],
)
def test_a_page_title_loses_its_site_name(first_line: str, headline: str) -> None:
    menu = "Islander Weekly\nHome\nNews\nSport\n"
    assert parse(f"{first_line}\n{menu}\n" + STORY).headline == headline


@pytest.mark.parametrize(
    "places",
    [
        "Fort Dauphin, Palm Beach and Cape Coral",
        "Port Ellis, Cape Marlow and Kings Bay",
        "Mount Hale, Lake Orra and Palm Springs",
        "Harbour Council, Coast Guard and Port Ellis",
    ],
)
def test_the_places_or_bodies_a_story_is_filed_under_are_no_byline(places: str) -> None:
    """Capitalised pairs joined as names are joined, but each says by its first or last word that it is a place or
    a public body (`lexicon.PLACE_LEADS`, `PLACE_ENDS`)."""
    art = parse(f"{TITLE}\n{places}\n12 March 2021\n" + STORY)
    assert (art.headline, art.authors) == (TITLE, ())
