"""Classes of pages the forty-second probe set (tests/probes, FORTY_SECOND_PAGES in test_probes.py) showed the
parser missing on subheadings: a list article's numbered item titles, broken by a link or a video's title, cut
from the story where the link stood; a pull quote in marks, repeating a sentence printed above it, read as a
quoted crosshead; an interviewer's prompt that is no question ("Tell me about ...") among question subheadings; and,
from the open held-out set thirty-fifth, a subheading glued under a box's last row.
Each page here is written from scratch, and each is read printed a line a block and with a blank line between
every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Home & Living",
    "Six ways to keep the house warm without turning up the heating",
    "An energy adviser explains the cheap changes that make the most difference this winter.",
    "By Oona Thallberg",
    "January 8, 2025",
)
_INTRO = (
    "Heating bills in the region have risen by a fifth since last winter, and many households are looking for"
    " ways to stay warm without spending more.",
    "Energy adviser Petra Lindqvist, who visits about 30 homes a month for the county's warm homes scheme, says"
    " most of the heat that escapes a house leaves through a few places.",
    "These are the changes she recommends first.",
)
_ITEMS = (
    (
        "Close the curtains at dusk",
        "Heavy curtains drawn as soon as it gets dark keep a surprising amount of heat"
        " in the room, especially in older houses with single glazing.",
    ),
    (
        "Block the draughts under doors",
        "A draught excluder or a rolled towel at the foot of an outside door costs"
        " almost nothing and stops cold air from sweeping across the floor.",
    ),
    (
        "Bleed the radiators",
        "Air trapped at the top of a radiator stops it heating fully. A radiator key and five"
        " minutes with a cloth are all it takes.",
    ),
    (
        "Move the sofa away from the radiator",
        "Furniture pressed against a radiator soaks up its heat instead of letting it circulate through the room.",
    ),
    (
        "Turn the boiler's flow temperature down",
        "Many boilers are set hotter than they need to be. Lowering the"
        " flow temperature can cut gas use without making the house any colder.",
    ),
    (
        "Heat the person, not the room",
        "A hot water bottle, a blanket and warm socks are far cheaper than heating a"
        " whole room for one person sitting still.",
    ),
)
_FOOTER = ("More from Home & Living", "How to read your energy meter", "Contact us", "© 2025 The Fenwold Post")


def _list_page(breaks: dict[int, str], marker: str, spaced: bool) -> str:
    body: list[str] = list(_INTRO)
    for n, (title, text) in enumerate(_ITEMS, 1):
        body += [marker.format(n=n, title=title), text]
        if n in breaks:
            body.append(breaks[n])
    lines = [*_HEADER, *body, *_FOOTER]
    return join_lines(lines, spaced)


# (the lines that break the run of items, after items 2 and 4): a link to another story, a video's title
RUN_BREAKS = [
    pytest.param(
        {2: "READ MORE: Is a heat pump worth it in an old house?", 4: "WATCH: How to bleed a radiator"},
        id="read more, watch",
    ),
    pytest.param({3: "Also read: Why your energy bill went up in December"}, id="also read"),
    pytest.param({2: "RELATED: Council opens warm spaces in six libraries", 3: "Advertisement"}, id="related, ad"),
    pytest.param({1: "Video: Our adviser tries five draught excluders"}, id="a video after the first item"),
]
MARKERS = [pytest.param("{n}. {title}", id="1. Title"), pytest.param("{n}) {title}", id="1) Title")]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("marker", MARKERS)
@pytest.mark.parametrize("breaks", RUN_BREAKS)
def test_numbered_titles_go_on_past_a_link(breaks: dict[int, str], marker: str, spaced: bool) -> None:
    """Numbered titles counting on one by one with their paragraphs between are the story's own: a link or a
    video's title between two items does not end the story there; every item is a subheading, every text kept."""
    article = articlecli.parse(_list_page(breaks, marker, spaced))
    titles = [marker.format(n=n, title=title) for n, (title, _) in enumerate(_ITEMS, 1)]
    assert [h.text for h in article.headings] == titles
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[-1] == _ITEMS[-1][1]
    assert not set(breaks.values()) & set(paragraphs)


_FEATURE_HEADER = (
    "Features",
    "The ferry crew who have never missed a crossing",
    "For 30 years the night boat to Skarvøy has sailed in every storm. Its crew explain how.",
    "By Halvard Moen",
    "14 February 2025",
)


def _feature(said: str, pulled: str, spaced: bool) -> str:
    lines = [
        *_FEATURE_HEADER,
        "The night ferry leaves the quay at Brennvik at 11.40 every evening, whatever the weather, and has done"
        " so since the winter of 1995.",
        said,
        "Its captain, a former trawlerman, has worked on the route for 22 years and knows every rock on it.",
        pulled,
        "Crossings are cancelled only when the harbour master closes the port, which happened twice last year.",
        "Tides and the wind",
        "The crossing takes 50 minutes on a calm night and can take more than two hours in a winter gale, when the"
        " boat has to keep well clear of the headland.",
        "Related",
        "Island school to stay open for two more years",
    ]
    return join_lines(lines, spaced)


# (a paragraph with the speaker's words, the same words pulled out in marks below it)
PULLED = [
    pytest.param(
        "\u201cYou do not beat the sea. You wait for it to let you through,\u201d said the captain, Sigrid Aune.",
        "\u201cYou wait for it to let you through\u201d",
        id="curly marks, a clause pulled",
    ),
    pytest.param(
        '"We have sailed in worse than this," deckhand Tor Eliassen said, "and we will again."',
        '"We have sailed in worse than this"',
        id="straight marks, the first part pulled",
    ),
    pytest.param(
        "Sigrid Aune said the crew had \u2018never once turned back halfway\u2019 in her time on the route.",
        "\u2018Never once turned back halfway\u2019",
        id="single marks, a partial quote pulled",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("said", "pulled"), PULLED)
def test_pull_quote_repeating_above_is_no_heading(said: str, pulled: str, spaced: bool) -> None:
    """A few words in marks set alone between paragraphs, which a paragraph above has already printed (and none
    below): a pull quote, neither a heading nor a paragraph; the crosshead below stays one."""
    article = articlecli.parse(_feature(said, pulled, spaced))
    assert [h.text for h in article.headings] == ["Tides and the wind"]
    assert pulled not in [p.text for p in article.paragraphs]
    assert said in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("spaced", SPACINGS)
def test_quoted_crosshead_over_its_section_stays(spaced: bool) -> None:
    """The reverse: words in marks that the section below quotes are its crosshead."""
    page = _feature(
        "The crew sleep on board between crossings, in four bunks behind the wheelhouse.",
        "\u201cNever once turned back\u201d",
        spaced,
    ).replace(
        "Crossings are cancelled only",
        "\u201cWe have never once turned back,\u201d said deckhand Tor Eliassen. Crossings are cancelled only",
    )
    assert "\u201cNever once turned back\u201d" in [h.text for h in articlecli.parse(page).headings]


_QA_HEADER = (
    "Interviews",
    "Noor Haddad: \u201cA library is the last free room in town\u201d",
    "The head of the Qasr al-Nahr public library on budgets, silence and the readers who never leave.",
    "Interview by Elif Sarıkaya",
    "March 3, 2025",
    "Noor Haddad has run the city's main public library for eleven years. We spoke in her office above the"
    " reading room.",
)
_ANSWERS = (
    "Because nobody else would take the job. The last director left in a hurry and the budget had been cut"
    " twice in two years.",
    "We open at eight and the first readers are waiting on the steps. Some of them stay until we close at nine"
    " in the evening.",
    "The roof leaked onto the map collection in the storm of 2019. We moved three thousand maps in one night,"
    " by hand, with volunteers.",
    "More hours, not more buildings. A library that is closed on Sundays is closed when people are free.",
)


def _qa(prompt: str, spaced: bool) -> str:
    lines = [
        *_QA_HEADER,
        "Why did you take the job?",
        _ANSWERS[0],
        "What does a normal day look like?",
        _ANSWERS[1],
        prompt,
        _ANSWERS[2],
        "What would you ask the city for?",
        _ANSWERS[3],
        "More interviews",
        "The last bookbinder on Silk Street",
    ]
    return join_lines(lines, spaced)


PROMPTS = [
    pytest.param("Tell me about the night of the flood.", id="tell me"),
    pytest.param("Talk us through what happened to the maps.", id="talk us through"),
    pytest.param("Describe the worst night the library has had.", id="describe"),
    pytest.param("Take me back to the storm of 2019.", id="take me back"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("prompt", PROMPTS)
def test_prompt_among_question_headings(prompt: str, spaced: bool) -> None:
    """Among an interview's question subheadings, the interviewer's prompt that is no question is one too."""
    article = articlecli.parse(_qa(prompt, spaced))
    assert prompt in [h.text for h in article.headings]
    assert prompt not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("spaced", SPACINGS)
def test_prompt_words_in_a_story_without_questions(spaced: bool) -> None:
    """The reverse: a story's short sentence opening `Tell me` on a page with no question subheadings stays text."""
    line = "Tell me about it, she said."
    page = (
        _qa(line, spaced)
        .replace("Why did you take the job?", "She took the job in 2014.")
        .replace("What does a normal day look like?", "Days start early.")
        .replace("What would you ask the city for?", "She wants more hours.")
    )
    assert line not in [h.text for h in articlecli.parse(page).headings]


_REPORT_HEADER = (
    "Business",
    "Battery maker to open second plant in the north, creating 900 jobs",
    "By Akosua Mensima",
    "June 2, 2025",
)
_REPORT_OPENING = (
    "Voltaro Cells will build a second battery plant outside Tamsworth, the company said on Monday, with"
    " production due to start in 2027.",
    "The plant will make cells for electric buses and ferries, and the company expects most of its output to be"
    " sold to operators in Scandinavia and the Baltic states.",
)
_REPORT_SECTION = (
    "The regional development agency said the plant would need about 300 technicians, and that the area's two"
    " colleges train fewer than a hundred a year between them.",
    "The company said it would open a training centre on the site before the plant opens.",
    "Union officials welcomed the jobs but said they would press for the training centre to be open to workers"
    " from other employers in the region, not only to the company's own recruits.",
)

# (the box's rows, the subheading glued under the last row)
BOXES = [
    pytest.param(
        ("Founded: 2009, Tamsworth", "Staff: 1,250", "Plants: Tamsworth, Hollin Bay"),
        "Skills gap",
        id="a fact box's label rows",
    ),
    pytest.param(
        ("- Builds cells for buses and ferries", "- Listed in 2019", "- Owned in part by its staff"),
        "Where the workers come from",
        id="a dash list",
    ),
    pytest.param(("• Annual output: 4 GWh", "• Investment: 600m euros"), "A question of training", id="a bullet list"),
    pytest.param(
        ("Battery: 9 hours, 30 with the case", "Weight: 5.8g a bud"),
        "Sound and fit",
        id="a specs table's labelled figures",
    ),
]


@pytest.mark.parametrize(("rows", "title"), BOXES)
def test_heading_glued_under_a_box_of_rows(rows: tuple[str, ...], title: str) -> None:
    """A short title with no mark of the rows above it, glued under the box's last row and over running text, is
    the next section's subheading; the rows stay the box's (text, not headings). Glued: a line a block only
    (set apart by blank lines, `row_set_apart` reads the same)."""
    lines = [*_REPORT_HEADER, *_REPORT_OPENING, *rows, title, *_REPORT_SECTION, "Related", "Contact us"]
    article = articlecli.parse("\n".join(lines) + "\n")
    assert title in [h.text for h in article.headings]
    assert not set(rows) & {h.text for h in article.headings}


def test_row_of_the_same_mark_stays_a_row() -> None:
    """The reverse: a last row with the rows' own mark ("Chairwoman: Ama Owusu") is the box's, not a subheading."""
    rows = ("Founded: 2009, Tamsworth", "Staff: 1,250", "Chairwoman: Ama Owusu")
    lines = [*_REPORT_HEADER, *_REPORT_OPENING, *rows, *_REPORT_SECTION, "Related", "Contact us"]
    article = articlecli.parse("\n".join(lines) + "\n")
    assert "Chairwoman: Ama Owusu" not in [h.text for h in article.headings]
