"""Classes of pages the eighteenth probe set (tests/probes, EIGHTEENTH_PAGES in test_probes.py) showed the parser
missing, on publishing platforms and newsrooms: a blog platform's publication name printed over the post's title
and again under `Published in`; a broadcaster's player titles with their length (`Audio: ... (4 min 38 sec)`,
`Watch: ... (2:14)`) taken for the headline or ending the story; a government release's issuer named alone under
its title (`Ministry of Forests and Lands`) taken for the standfirst; a donation box's title over its pitch
after the story. Each page here is written from scratch, and each is read printed a line a block and with a
blank line between every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.fact_lines import issuer_name

_BODY = """
Ferry workers walked off the job on Monday, halting deliveries of food and fuel to the outer islands.
The union said the strike would last until the operator agreed to a new pay offer for its crews.
The operator said it had offered a four percent rise and would meet union leaders again on Wednesday.
Shops on the outer islands said they had bread and milk for two more days at most.
"""

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_TITLE = "A week at the end of the line"  # words the story does not print again, as a post's title often has
_SUBTITLE = "Four days into the ferry strike, the outer islands are counting loaves. I went to see how they manage."


def _spaced(page: str, spaced: bool) -> str:
    return "\n\n".join(line for line in page.split("\n") if line) + "\n" if spaced else page


def _page(*header: str, middle: str = "", tail: str = "", spaced: bool = False) -> str:
    lines = _BODY.strip().split("\n")
    body = "\n".join(lines[:2]) + ("\n" + middle if middle else "") + "\n" + "\n".join(lines[2:])
    return _spaced("\n".join(header) + "\n" + body + "\n" + tail, spaced)


# (header lines): a publication's name over the post and under `Published in`, in the platforms' forms
PUBLICATION_HEADERS = [
    pytest.param(
        (
            "Sign in",
            "The Harbour Pages",
            "Homepage",
            "Follow",
            _TITLE,
            _SUBTITLE,
            "Mia Lund",
            "Mia Lund",
            "·",
            "Follow",
            "Published in",
            "The Harbour Pages",
            "·",
            "6 min read",
            "·",
            "Mar 12, 2024",
            "412",
            "11",
        ),
        id="the name twice, the label on its own line",
    ),
    pytest.param(
        ("The Harbour Pages", _TITLE, _SUBTITLE, "Mia Lund", "Publicado en", "The Harbour Pages", "Mar 12, 2024"),
        id="a label in Spanish",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("header", PUBLICATION_HEADERS)
def test_a_publication_name_is_no_title(header: tuple[str, ...], spaced: bool) -> None:
    article = articlecli.parse(_page(*header, spaced=spaced))
    assert (article.headline, article.deck) == (_TITLE, _SUBTITLE)
    assert [a.name for a in article.authors] == ["Mia Lund"]


_STORY = "Ferry crew walk off over new roster, leaving island without weekend sailings"
_STAND = "Islanders face a weekend with no ferry after crew refused a roster they say leaves them too tired to sail."

# (the player's title under the byline and date): an interview's audio or a video, with its length
PLAYER_TITLES = [
    pytest.param("Audio: The ferry company's chief executive speaks to Morning Report (4 min 38 sec)", id="audio"),
    pytest.param("Listen: Crew delegate Ray Atherley on the new roster (3:12)", id="listen, m:ss"),
    pytest.param("Video: Crew members explain why they refused the roster (12 minutes)", id="video, minutes"),
    pytest.param("Watch: The Carra Spirit tied up at Portgale (1:02:10)", id="watch, h:mm:ss"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("player", PLAYER_TITLES)
def test_a_player_title_over_the_story_is_no_headline(player: str, spaced: bool) -> None:
    header = (
        "Regional",
        _STORY,
        "Listen to this article",
        "3 min",
        "Share",
        _STAND,
        "Tomasz Rydel, Regional Reporter",
        "14 May 2024, 7:48am",
        "Morning Report",
        "Presented by Huia Tanner and Mark Bellweather",
        player,
    )
    article = articlecli.parse(_page(*header, spaced=spaced))
    assert (article.headline, article.deck) == (_STORY, _STAND)


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("player", PLAYER_TITLES)
def test_a_player_title_between_paragraphs_does_not_end_the_story(player: str, spaced: bool) -> None:
    article = articlecli.parse(
        _page(
            _STORY,
            "Tomasz Rydel, Regional Reporter",
            "14 May 2024, 7:48am",
            tail=f"{player}\nThe union said it would meet the company on Wednesday.\n"
            "Related stories\nCarra ferry fares to rise by 8 percent\n",
            spaced=spaced,
        )
    )
    assert article.paragraphs[-1].text == "The union said it would meet the company on Wednesday."
    assert player not in [p.text for p in article.paragraphs]


# (the issuer's line under a release's title): a ministry, a department, an office, a service
ISSUERS = [
    pytest.param("Ministry of Forests and Lands", id="ministry of"),
    pytest.param("Department for Coastal Affairs", id="department for"),
    pytest.param("Office of the Premier", id="office of the"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("issuer", ISSUERS)
def test_a_release_issuer_is_no_standfirst(issuer: str, spaced: bool) -> None:
    header = (
        "Newsroom",
        "News release",
        "Wildfire crews hired early as dry spring raises fire risk",
        issuer,
        "May 6, 2024 10:30 AM",
        "Share",
    )
    article = articlecli.parse(_page(*header, spaced=spaced))
    assert article.headline == "Wildfire crews hired early as dry spring raises fire risk"
    assert article.deck is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ministry of Forests and Lands", True),
        ("Harbour County Council", True),
        ("Ministry to hire wildfire crews three weeks early", False),  # a standfirst in the ministry's words
        ("Crews start three weeks early as the forests dry out", False),
        ("Department of Health.", False),  # a sentence's stop: not a name alone
        ("Northmere Wildfire Service", True),
        ("HARBOUR LIBRARY NEWS", False),  # a masthead's label in capitals
    ],
)
def test_issuer_name(line: str, expected: bool) -> None:
    assert issuer_name(line) is expected


_DONATION_BOXES = [
    pytest.param(
        (
            "Donate to The Campus Lantern",
            "Your donation will support the student journalists of Corran "
            "College, who report on the campus every week of the year. Donate today.",
        ),
        id="a student paper",
    ),
    pytest.param(
        (
            "Support local news",
            "Your gift will support the reporters of the Harbour Gazette, who cover the "
            "council, the courts and the schools of the coast every week.",
        ),
        id="a local paper",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", _DONATION_BOXES)
def test_a_donation_box_after_the_story_is_no_section(box: tuple[str, str], spaced: bool) -> None:
    article = articlecli.parse(
        _page(
            _STORY,
            "By Mia Lund",
            "March 12, 2024",
            tail="\n".join(box) + "\nMore in News\nLibrary extends exam-week hours\n",
            spaced=spaced,
        )
    )
    assert [h.text for h in article.headings] == []
    assert article.paragraphs[-1].text == _BODY.strip().split("\n")[-1]


# Speakers on these pages. (paragraphs, the quote, its speaker): an organisation's "it" after a frame that
# names a letter or a statement and its addressee without a comma; a utility named by its kind of service
# ("Harbour Water", "Coastline Rail"); "he" after a woman spoke, the man named since by a name the lexicon does
# not know the gender of; "she" after a paragraph that opens with a new person ("Name, who ..." / "Name, 23, ...").
SPEAKERS = [
    pytest.param(
        (
            "Bridge Street will close for eight weeks while the main beneath it is replaced, Harbour Water has"
            " confirmed.",
            "The company said the work could not wait. In a letter to residents it said the old main had"
            " \u201creached the end of its safe working life\u201d after two bursts last winter.",
        ),
        "reached the end of its safe working life",
        "Harbour Water",
        id="a letter to residents, then 'it said'",
    ),
    pytest.param(
        (
            "Coastline Rail will run buses instead of trains between Portgale and Wenmouth for two weekends.",
            "In an email to season ticket holders it said the work was \u201cthe last big job before the summer\u201d.",
        ),
        "the last big job before the summer",
        "Coastline Rail",
        id="an email to ticket holders, then 'it said'",
    ),
    pytest.param(
        (
            "\u201cWe have run out of room at the old site,\u201d said Ingrid Halden, the company's chief executive.",
            "The council's head of economic development, Fergal Nuttall, welcomed the announcement.",
            "\u201cThese are skilled jobs in a town that has lost two large employers,\u201d he said.",
        ),
        "These are skilled jobs in a town that has lost two large employers",
        "Fergal Nuttall",
        id="'he' after a woman spoke, a man since named",
    ),
    pytest.param(
        (
            "\u201cThey look like a museum that can't make up its mind,\u201d said Rhona Gilchrist, a farmer.",
            "Saoirse Lindqvist, who joined the group last year, had eight pieces in the firing. Two survived whole.",
            "\u201cYou lose things. That is the price of the good ones,\u201d she said.",
        ),
        "You lose things. That is the price of the good ones",
        "Saoirse Lindqvist",
        id="'she' after a paragraph opening with 'Name, who'",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), SPEAKERS)
def test_speakers_on_platform_pages(paragraphs: tuple[str, ...], quote: str, speaker: str) -> None:
    page = "Works close the high street for eight weeks\n\nBy Jane Doe\n\n" + "\n\n".join(paragraphs) + "\n"
    found = {q.text.rstrip(","): q.speaker for q in articlecli.parse(page).quotes}
    assert found[quote] == speaker


# (a release's quotes section): each speaker's name and role over a spaced dash, the quote on the next line
RELEASE_QUOTES = [
    pytest.param(
        ("Anika Lunde, Minister of Forests and Lands -", "Darius Wekerle, fire chief, Northmere Wildfire Service -"),
        id="hyphens",
    ),
    pytest.param(
        ("Anika Lunde, Minister of Forests and Lands –", "Darius Wekerle, fire chief, Northmere Wildfire Service –"),
        id="en dashes",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("labels", RELEASE_QUOTES)
def test_a_release_speaker_label_over_its_quote(labels: tuple[str, str], spaced: bool) -> None:
    first, second = "We cannot control the weather, but we can be ready for it.", "Our crews are ready to go."
    section = f'Quotes:\n{labels[0]}\n"{first}"\n{labels[1]}\n"{second}"'
    page = _page("Wildfire crews hired early", "May 6, 2024 10:30 AM", middle=section, spaced=spaced)
    article = articlecli.parse(page)
    assert {q.text: q.speaker for q in article.quotes} == {first: "Anika Lunde", second: "Darius Wekerle"}
    assert not {h.text for h in article.headings} & set(labels)
