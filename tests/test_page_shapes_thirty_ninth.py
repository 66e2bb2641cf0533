"""Classes of pages the thirty-ninth probe set (tests/probes, THIRTY_NINTH_PAGES in test_probes.py) showed the
parser missing, on kinds of page besides plain news stories: a buying guide's retailer lines priced in a currency
written as its code or a country's dollar (`SEK 899 at Store`, `NZ$89 from Shop`), and its items' own lines
(title, rating, pros, cons, `Buy now`) read as the page's furniture, so that the story ended at the first item's
button; an obituary's card under its title (the subject's name over the years of the life) read as a byline
and a date; a live blog's time stamps with the hour's word of their language (`16:48 Uhr`, `14h05`), its
authors joined by "and" in that language (`Marta Quintela e Rui Gandarela`), and its posts' titles that quote
someone («Nunca vi o fogo tão perto das casas», `Landrat: „Keine Entwarnung vor Sonntag“`) read as paragraphs
or pull quotes. Each page here is written from scratch, and each is read printed a line a block and with a blank
line between every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.bylines import joined_abroad, parse_byline
from articlecli.classify.features import features
from articlecli.classify.life import life_line
from articlecli.classify.products import retailer_line
from articlecli.classify.stamps import time_stamp
from articlecli.normalize import split_lines

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]


def _join(lines: list[str], spaced: bool) -> str:
    return join_lines(lines, spaced)


# ---------------------------------------------------------------- a buying guide's retailer lines

# (a line under a product, whether it is the product's retailer line)
RETAILER_LINES = [
    pytest.param("SEK 1,299 at Fjällboden", True, id="a code, a space, the amount"),
    pytest.param("NOK 2 490 from Turbutikken", False, id="a space inside the amount is no amount"),
    pytest.param("CHF 89.90 at Alpenmarkt", True, id="a code and decimals"),
    pytest.param("Rs. 4,999 at Lanka Digital", True, id="rupees with a full stop"),
    pytest.param("Rs 12,450 from Colombo Cycle House", True, id="rupees without a full stop"),
    pytest.param("NZ$89 at Bach Supply Co", True, id="a country's dollar"),
    pytest.param("A$149 from Outback Outfitters", True, id="an Australian dollar"),
    pytest.param("KSh 3,200 at Nyali Home Centre", True, id="Kenyan shillings"),
    pytest.param("PHP 1,850 at Bayside Mart", True, id="Philippine pesos"),
    pytest.param("RM 259 at Kedai Ampang", True, id="ringgit"),
    pytest.param("SEK prices rose at the till", False, id="a code over a sentence"),
    pytest.param("Audience of 2,000 at the hall", False, id="a word opening as a code does"),
    pytest.param("Sek 899 at Nordsko", False, id="a code is printed in capitals"),
]


@pytest.mark.parametrize(("line", "retailer"), RETAILER_LINES)
def test_retailer_lines_in_other_currencies(line: str, retailer: bool) -> None:
    (f,) = features(split_lines(line))
    assert retailer_line(line, f) is retailer


def _guide(spaced: bool, currency: str, names: tuple[str, str, str]) -> str:
    awards = ("Best overall", "Best value", "Best for rain")
    items: list[str] = []
    blurbs = (
        "It was the only one of the eight that kept its shape after a month in the back of a car.",
        "For half the price of the others it does the job, though the zip sticks in the cold.",
        "The seams are taped twice and the hood has a peak that keeps rain off glasses.",
    )
    for k, (award, name, blurb) in enumerate(zip(awards, names, blurbs, strict=True)):
        items += [
            f"{award}: {name}",
            f"Rating: {4 + (k == 0) * 0.5} out of 5",
            f"{currency} {1_000 + 250 * k:,} at Harbour Outdoor",
            blurb,
            "Pros: light, packs small",
            "Cons: only two colours",
            "Buy now",
        ]
    lines = [
        "Guides",
        "The best packable jackets for a wet spring, tested on the ferry",
        "We wore nine jackets on the morning crossing for a month. These three earned their place.",
        "By Anouk Verhaegen",
        "Updated 2 April 2026",
        "If you buy through our links we may earn a commission.",
        "How we tested",
        "Each jacket was worn on the 7.10am crossing and left in a wet bag overnight before the next day's trip.",
        *items,
        "What to look for",
        "A hood that tightens at the back matters more than the fabric's rating, because wind finds every gap.",
        "Read more",
        "The best dry bags for a day on the water",
        "© 2026 Harbourline Media",
    ]
    return _join(lines, spaced)


GUIDES = [
    pytest.param("NZD", ("Kea Shell 2", "Tasman Drift", "Rapaki Storm"), id="New Zealand dollars"),
    pytest.param("INR", ("Monsoon Pro", "Kochi Lite", "Ghats Trail"), id="Indian rupees"),
    pytest.param("CHF", ("Gotthard Pac", "Limmat Lite", "Säntis Storm"), id="Swiss francs"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("currency", "names"), GUIDES)
def test_a_guide_runs_on_past_each_items_button(spaced: bool, currency: str, names: tuple[str, str, str]) -> None:
    art = articlecli.parse(_guide(spaced, currency, names))
    texts = [p.text for p in art.paragraphs]
    assert "The seams are taped twice and the hood has a peak that keeps rain off glasses." in texts
    assert any(t.startswith("A hood that tightens") for t in texts)
    headings = [h.text for h in art.headings]
    assert [h for h in headings if h.startswith("Best ")] == [
        f"Best overall: {names[0]}",
        f"Best value: {names[1]}",
        f"Best for rain: {names[2]}",
    ]
    assert not any(currency in t for t in texts + headings)  # the retailer lines are neither


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_box_after_the_last_item_still_ends_the_story(spaced: bool) -> None:
    lines = [
        "Reviews",
        "Tidewell Kettle Pro review: fast, quiet and worth the wait",
        "By Noor Haddad",
        "Updated 9 May 2026",
        "The Kettle Pro boils a litre in under three minutes and makes less noise than the fridge beside it.",
        "Its temperature dial has five settings, which tea drinkers will find more useful than coffee drinkers.",
        "The lid opens with a button at the back, a little too far from the handle for small hands.",
        "Should you buy it?",
        "Buy it if you drink green tea, or if the kettle you have wakes the house every morning.",
        "SEK 1,095 at Kökslådan",
        "SEK 1,149 at Hemma Nu",
        "Related reviews",
        "Brisa Glass kettle review",
        "Best toasters 2026",
        "Readers keep Homeline going: if you buy through one of our links, we may earn a commission on the sale.",
        "© 2026 Homeline Media",
    ]
    texts = [p.text for p in articlecli.parse(_join(lines, spaced)).paragraphs]
    assert texts[-1].startswith("Buy it if you drink green tea")


# ---------------------------------------------------------------- an obituary's card

# (a line, whether it is the years of a life alone)
LIFE_LINES = [
    pytest.param("12 March 1941 – 29 November 2026", True, id="day month year, an en dash"),
    pytest.param("March 12, 1941 - Nov. 29, 2026", True, id="month day, year, a hyphen"),
    pytest.param("(3rd May 1932 – 17th January 2025)", True, id="ordinals in brackets"),
    pytest.param("1938 – 2026", True, id="the years alone"),
    pytest.param("b. 1950 – d. 2024", True, id="born and died"),
    pytest.param("4 December 2026", False, id="one date"),
    pytest.param("June 2 2024 – June 9 2024", False, id="a week's dates, not a life"),
    pytest.param("Season 2023 – 2024", False, id="a season"),
    pytest.param("Posted 1 March 2024 - updated 2 March 2024", False, id="a date line with its update"),
]


@pytest.mark.parametrize(("line", "life"), LIFE_LINES)
def test_life_lines(line: str, life: bool) -> None:
    assert life_line(line) is life


OBITUARIES = [
    pytest.param(
        "Obituary: Marjatta Koskinen, the ferry pilot who knew every skerry",
        ("MARJATTA KOSKINEN", "2 February 1944 – 21 March 2026"),
        "Pekka Rautio",
        "26 March 2026",
        id="a name in capitals over day-month dates",
    ),
    pytest.param(
        "Tribute: the baker of Calle Estrella, remembered by the street",
        ("Rosario Benítez Lugo", "(September 8, 1936 - March 19, 2026)"),
        "Lucía Ferrer",
        "March 24, 2026",
        id="a name over month-day dates in brackets",
    ),
    pytest.param(
        "Farewell to the man who rang the harbour bell for sixty years",
        ("Tomasz Wierzbicki", "1931 – 2026"),
        "Ola Brekke",
        "21 March 2026",
        id="a name over the years alone",
    ),
    pytest.param(
        "Hallgerður Jónsdóttir: the midwife who delivered half of the fjord",
        ("Born: 4 February 1938, Bolungarvík", "Died: 22 March 2026, Ísafjörður"),
        "Sigrún Pálsdóttir",
        "28 March 2026",
        id="labelled dates of birth and death",
    ),
    pytest.param(
        "The ferryman of Nordhalm, who never missed a crossing in 52 years",
        ("Born 3 May 1931, Süderoog", "Died 19 March 2026, Nordhalm"),
        "Mira Schulz",
        "23 March 2026",
        id="labels without a colon",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("headline", "card", "author", "date"), OBITUARIES)
def test_an_obituarys_card_is_no_byline_nor_date(
    spaced: bool, headline: str, card: tuple[str, str], author: str, date: str
) -> None:
    lines = [
        "Obituaries",
        headline,
        *card,
        author,
        date,
        "The subject of this tribute, who has died aged 89, was a familiar figure on the quay for most of her life.",
        "She learned the trade from her father and took over the work when he retired in 1971.",
        "Neighbours remember her for the soup she left on doorsteps in the hard winter of 1987.",
        "She is survived by a son, three grandchildren and a great-grandson.",
        "More obituaries",
        "© 2026 The Quayside Gazette",
    ]
    art = articlecli.parse(_join(lines, spaced))
    assert [a.name for a in art.authors] == [author]
    assert art.published is not None and (art.published.iso or "").startswith("2026-03-2")
    texts = [p.text for p in art.paragraphs]
    assert card[0] not in texts and card[1] not in texts


# ---------------------------------------------------------------- a live blog's stamps, posts and bylines

# (a line, whether it is a live blog's time stamp alone)
STAMPS = [
    pytest.param("16:48 Uhr", True, id="German: the hour's word"),
    pytest.param("9.05 Uhr", True, id="German: a full stop between"),
    pytest.param("14h05", True, id="French: h between hour and minutes"),
    pytest.param("10.30 hrs", True, id="hrs after the minutes"),
    pytest.param("18:20 horas", True, id="Spanish and Portuguese horas"),
    pytest.param("12:48", True, id="the time alone, as before"),
    pytest.param("16 Uhr", False, id="an hour without minutes"),
    pytest.param("14h", False, id="an hour and its h alone"),
    pytest.param("3 hrs", False, id="a duration"),
    pytest.param("16:48 Uhrzeit", False, id="a longer word"),
]


@pytest.mark.parametrize(("line", "stamp"), STAMPS)
def test_time_stamps_with_the_hours_word(line: str, stamp: bool) -> None:
    assert time_stamp(line) is stamp


# (a byline line without a lead, the authors read from it)
JOINED_NAMES = [
    pytest.param("Marta Quintela e Rui Gandarela", ["Marta Quintela", "Rui Gandarela"], id="Portuguese e"),
    pytest.param("Lotte Jansen en Pieter Bakker", ["Lotte Jansen", "Pieter Bakker"], id="Dutch en"),
    pytest.param("Ingrid Dahl og Lars Berge", ["Ingrid Dahl", "Lars Berge"], id="Norwegian og"),
    pytest.param("Camille Roux et Hugo Blanc", ["Camille Roux", "Hugo Blanc"], id="French et"),
    pytest.param("Ana Ruiz y José Luis Pardo", ["Ana Ruiz", "José Luis Pardo"], id="Spanish y, three words"),
    pytest.param("Von Jonas Brettschneider und Mira Öztürk", ["Jonas Brettschneider", "Mira Öztürk"], id="Von, und"),
    pytest.param("Por Inés Calvo y Tomás Rey", ["Inés Calvo", "Tomás Rey"], id="Por, y"),
]


@pytest.mark.parametrize(("line", "names"), JOINED_NAMES)
def test_names_joined_in_another_language(line: str, names: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None and [a.name for a in byline.authors] == names


def test_a_word_alone_on_either_side_is_no_pair_of_names() -> None:
    assert joined_abroad("Trinidad y Tobago") is None
    assert joined_abroad("Marta Quintela e Rui Gandarela escrevem sobre o incêndio que lavra desde domingo") is None


LIVE_PAGES = [
    pytest.param(
        "LIVE",
        "Sturm über der Küste: Fähren fallen aus, Deich bei Nordhalm überspült",
        "Annika Lorenzen und Mehmet Kaya",
        ("18:10 Uhr", "17:35 Uhr", "16:50 Uhr"),
        ("Bürgermeisterin: „Bitte bleiben Sie zu Hause“", "Fährverkehr eingestellt", "Pegel in Nordhalm steigt"),
        ["Annika Lorenzen", "Mehmet Kaya"],
        id="German: Uhr stamps, a title framing a quote",
    ),
    pytest.param(
        "EN DIRECT",
        "Grève des contrôleurs : les vols annulés à Brévanne, suivez la journée",
        "Par Léa Fontaine et Karim Haddad",
        ("14h05", "13h40", "12h15"),
        ("« On ne savait rien ce matin »", "La direction appelle au calme", "Premiers retards dès l'aube"),
        ["Léa Fontaine", "Karim Haddad"],
        id="French: h stamps, a title in guillemets",
    ),
    pytest.param(
        "AO VIVO",
        "Cheias no Mondego: bairro ribeirinho evacuado, ponte velha fechada",
        "Inês Vasconcelos e Tiago Morais",
        ("15:40", "14:55", "13:20"),
        ("«A água entrou em dez minutos»", "Ponte velha fechada ao trânsito", "Proteção Civil em alerta"),
        ["Inês Vasconcelos", "Tiago Morais"],
        id="Portuguese: a title in guillemets, names joined by e",
    ),
]

_POSTS = (
    "The update came from the regional authority shortly after the last inspection of the embankment on the east side.",
    "Residents of the lower streets were asked to move their cars to the car park by the school on the hill.",
    "Crews from three neighbouring districts were sent in the early afternoon to help with the sandbags.",
)


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("label", "headline", "byline", "stamps", "titles", "names"), LIVE_PAGES)
def test_a_live_blog_in_another_language(
    spaced: bool,
    label: str,
    headline: str,
    byline: str,
    stamps: tuple[str, ...],
    titles: tuple[str, ...],
    names: list[str],
) -> None:
    posts = [line for stamp, title, text in zip(stamps, titles, _POSTS, strict=True) for line in (stamp, title, text)]
    lines = [
        "Home",
        "Region",
        label,
        headline,
        "The latest on the storm and the closures, updated through the day as we learn more.",
        byline,
        "5.12.2026",
        "Share",
        *posts,
        "More on this",
        "Storm damage: what insurers will pay for",
        "© 2026 Coastline Media",
    ]
    art = articlecli.parse(_join(lines, spaced))
    assert art.headline == headline
    assert [a.name for a in art.authors] == names
    assert [h.text for h in art.headings if h.text in titles] == list(titles)


def test_die_opening_a_german_sentence_opens_no_name() -> None:
    """ "Die Fähre Nordhalm ..." opens a sentence with the article, not a name: the town that speaks later, "Die Stadt
    Nordhalm teilte mit: „…“", is not taken for that ferry by the surname they share."""
    page = _join(
        [
            "Sturm an der Küste: Fähren fallen aus",
            "Von Annika Lorenzen",
            "5.12.2026",
            "Die Fähre Nordhalm–Süderoog fährt bis mindestens Montag nicht, teilte die Reederei am Morgen mit.",
            "Am Hafen warteten am Vormittag noch einzelne Pendler auf eine Ersatzverbindung mit dem Bus.",
            "Die Stadt Nordhalm teilte mit: „Die Turnhalle am Deich steht ab sofort als Notunterkunft bereit.“",
            "Der Wetterdienst rechnet erst am Sonntag mit einer Beruhigung der Lage an der Küste.",
        ],
        False,
    )
    (quote,) = articlecli.parse(page).quotes
    assert quote.speaker is not None and "Fähre" not in quote.speaker and "Nordhalm" in quote.speaker


# ---------------------------------------------------------------- an interview's title that quotes the interviewee

# (the headline, the standfirst, the headline quote's speaker)
INTERVIEW_TITLES = [
    pytest.param(
        "‘I wrote the book my grandmother could not’",
        "Novelist Ama Darko-Mensah talks about her first novel, the village it is set in and the years it took",
        "Ama Darko-Mensah",
        id="a role, the name, talks about",
    ),
    pytest.param(
        "“We train in the dark four months a year”",
        "Rowing coach Tane Wiremu on the winter programme, the new boathouse and the crew that beat the odds",
        "Tane Wiremu",
        id="a role of two words, the name, on",
    ),
    pytest.param(
        "'A harbour is only as good as its tugs'",
        "Harbour master Ingrid Solheim reflects on forty years in the port and the ships she will not miss",
        "Ingrid Solheim",
        id="reflects on",
    ),
    pytest.param(
        "“Nobody asked us before they shut the ward”",
        "Parents in Carrow say the board ignored their letters, as chair Ingrid Solheim defends the closure",
        None,
        id="a story's standfirst naming someone else",
    ),
]


@pytest.mark.parametrize(("headline", "deck", "speaker"), INTERVIEW_TITLES)
def test_an_interviews_title_quotes_the_interviewee(headline: str, deck: str, speaker: str | None) -> None:
    surname = (speaker or "Ingrid Solheim").split()[-1]
    page = _join(
        [
            "Interviews",
            headline,
            deck,
            "By Lena Marsh",
            "March 3, 2026",
            f"{speaker or 'Ingrid Solheim'} has spent most of her working life by the water, most of it before dawn.",
            "We met on a grey morning at the end of the season, when the work was slowing down for the winter.",
            f"{surname} answered every question at length, then asked to see the photographs before we left.",
            "This interview has been edited for length.",
        ],
        False,
    )
    art = articlecli.parse(page)
    assert art.headline == headline and art.deck == deck
    speakers = [q.speaker for q in art.quotes if q.block == "headline"]
    assert speakers == [speaker] if speaker else "Ingrid Solheim" not in speakers  # (a short quote may be a term)


# ---------------------------------------------------------------- a review's details under its rating

# (the review's title, its rating, the details line under the rating)
REVIEW_HEADERS = [
    pytest.param(
        "The Salt Road review – a ferry crossing that never quite leaves port",
        "★★★☆☆",
        "Kilnworth Playhouse, until 14 December",
        id="theatre: venue and run",
    ),
    pytest.param(
        "Winter Harbour review: a slow, beautiful film about the people who stay",
        "4/5",
        "Dir. Marit Solberg, 104 minutes, in cinemas from Friday",
        id="film: director and running time",
    ),
    pytest.param(
        "Lantern Quay Kitchen review – the best fish stew on the west coast",
        "4 out of 5",
        "12 Quay Street, Harbourton; mains £14-£22",
        id="restaurant: address and prices",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("title", "rating", "details"), REVIEW_HEADERS)
def test_a_reviews_details_under_its_rating(spaced: bool, title: str, rating: str, details: str) -> None:
    lines = [
        "Culture",
        "Reviews",
        title,
        rating,
        details,
        "By Orla Whitcombe",
        "Thursday 3 December 2026",
        "There is a lovely moment halfway through when everything stops and the room is quiet for a full minute.",
        "It is the one time the work trusts its audience; elsewhere it explains itself at every turn.",
        f"Worth the trip for that minute alone. {details}.",
        "More reviews",
        "© 2026 The Harbour Courier",
    ]
    art = articlecli.parse(_join(lines, spaced))
    assert art.headline == title
    assert art.deck != details


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_rating_over_the_title_leaves_the_title(spaced: bool) -> None:
    lines = [
        "Reviews",
        "★★★★☆",
        "Lantern Quay Kitchen review – the best fish stew on the west coast",
        "By Orla Whitcombe",
        "Thursday 3 December 2026",
        "The stew arrives in a pot big enough for two and is gone before the bread is finished.",
        "The room is small and loud, and the staff clearly love the place as much as the regulars do.",
        "© 2026 The Harbour Courier",
    ]
    assert articlecli.parse(_join(lines, spaced)).headline == lines[2]
