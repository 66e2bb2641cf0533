"""Classes of pages the twenty-third probe set (tests/probes, TWENTY_THIRD_PAGES in test_probes.py) showed the
parser missing, on pages rich in pictures: credits in forms the lexicon lacked (the kind of picture before the
label, `Drone photo by Name`; an archive, `Herald archive`; a licence beside the name, `Name [CC BY-SA 4.0]`); a
credit printed above its caption where the spacing says nothing (the credit glued to both neighbours, or set
apart from both): read from what the neighbours say, the story's sentence above and a picture's description
below; a picture closing the story, its caption over `File photo`, kept in the story. Each page here is written
from scratch, and each is read printed a line a block and with a blank line between every two lines (both occur
in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli import captions as C

from .pages import captions as _captions
from .pages import join_lines
from .pages import paragraphs as _paragraphs
from .speakers import speakers_of

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Regional News",
    "Old bridge at Carrow Ford to reopen after two years of repairs",
    "By Tilde Marsh",
    "May 9, 2024",
)
_BODY = (
    "The stone bridge at Carrow Ford will reopen to traffic on Saturday after two years of repairs.",
    "Engineers found cracks in two of its five arches in the spring of 2022 and closed it the same week.",
    "The county said the work had cost 3.2 million pounds, most of it paid by a heritage grant.",
    "Drivers have had to take a 14-mile detour through Wexley since the bridge closed.",
    "The reopening will be marked with a parade of vintage tractors across the bridge at noon.",
)
_FOOTER = ("Related", "County to review speed limits on rural roads", "Contact us", "© 2024 The Carrow Echo")


def _page(*middle: str, after: int = 2, tail: tuple[str, ...] = (), spaced: bool = False) -> str:
    lines = [*_HEADER, *_BODY[:after], *middle, *_BODY[after:], *tail, *_FOOTER]
    return join_lines(lines, spaced)


# (a credit line, the credit): the kind of picture before the label, an archive's, a licence beside the name
CREDIT_FORMS = [
    pytest.param("Drone photo by Anneke Vos", "Anneke Vos", id="drone photo by"),
    pytest.param("Aerial photo: Harbour Surveys Ltd", "Harbour Surveys Ltd", id="aerial photo:"),
    pytest.param("Satellite image: Orbis Imaging", "Orbis Imaging", id="satellite image:"),
    pytest.param("Drone image by Kwesi Adjei/Coastline Press", "Kwesi Adjei/Coastline Press", id="drone image by"),
    pytest.param("Gazette archive", "Gazette archive", id="an outlet's archive"),
    pytest.param("Wexley Museum archives", "Wexley Museum archives", id="a museum's archives"),
    pytest.param("Ilse Brandt [CC BY-SA 4.0]", "Ilse Brandt", id="a name, its licence in brackets"),
    pytest.param("Photo: Renato Salles (CC BY 2.0)", "Renato Salles", id="a label, a name, its licence"),
    pytest.param("Wikimedia Commons/Jo Ortega, CC BY-SA 3.0", "Wikimedia Commons/Jo Ortega", id="after a comma"),
    pytest.param("CC BY 4.0 / Devan Iyer", "Devan Iyer", id="the licence first"),
    pytest.param("The photo", None, id="no one named before a picture's kind"),
    pytest.param("Our archives", None, id="a possessive before an archive"),
    pytest.param("From the archive", None, id="a section's title"),
    pytest.param("Aerial photo of the flooded valley", None, id="a description after the kind"),
    pytest.param("The licence is CC BY-SA 4.0", None, id="a sentence naming a licence"),
]


@pytest.mark.parametrize(("line", "credit"), CREDIT_FORMS)
def test_credit_forms(line: str, credit: str | None) -> None:
    assert C.credit_only(line) == credit


# (the credit line, the caption under it): printed above its caption, between two paragraphs of the story
CREDITS_ABOVE = [
    pytest.param(
        "PHOTO | ANNA SVENSSON",
        "Tractor owners Jim Hollis and his daughter Kate with their 1952 Ferguson at the show field on Sunday.",
        "ANNA SVENSSON",
        id="a name and a scene with no verb",
    ),
    pytest.param(
        "Courtesy of the Hollis family",
        "Jim Hollis, second from left, and the bridge gang who last repointed the arches in 1979.",
        "Courtesy of the Hollis family",
        id="a position cue",
    ),
    pytest.param(
        "Drone photo by Anneke Vos",
        "The five arches of the bridge from upstream at dawn, with the new parapet above the water.",
        "Anneke Vos",
        id="a thing and where, no verb",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("credit_line", "caption", "credit"), CREDITS_ABOVE)
def test_a_credit_above_its_caption_where_the_spacing_says_nothing(
    credit_line: str, caption: str, credit: str, spaced: bool
) -> None:
    page = _page(credit_line, caption, after=3, spaced=spaced)
    assert _captions(page) == [(caption, credit)]
    assert _paragraphs(page) == list(_BODY)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_quotation_above_a_credit_is_the_story(spaced: bool) -> None:
    quote = '"We have waited two years for this," said Bronagh Tully, who runs the ford cafe.'
    caption = "Bronagh Tully, left, and her sister Aoife outside the cafe at Carrow Ford."
    page = _page(quote, "Courtesy of Bronagh Tully", caption, after=3, spaced=spaced)
    assert _captions(page) == [(caption, "Courtesy of Bronagh Tully")]
    assert quote in _paragraphs(page)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_credit_under_its_caption_stays_with_it(spaced: bool) -> None:
    """A caption that says what its picture shows with a verb, over its credit, keeps it (the credit is not
    moved to the paragraph under it, which has no verb of the list either)."""
    caption = "Workers replace the parapet stones on the bridge's north side in March."
    page = _page(caption, "Photo: Anna Svensson/Carrow Echo", after=3, spaced=spaced)
    assert _captions(page) == [(caption, "Anna Svensson/Carrow Echo")]


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_lead_caption_under_the_header_keeps_the_credit_under_it(spaced: bool) -> None:
    """Under the date, a short sentence over a credit is the lead picture's caption, even with the story's
    first paragraph, which has no verb of the list, under the credit."""
    caption = "The bridge at Carrow Ford has carried the Wexley road since 1790."
    opening = "Carrow Ford's old bridge, closed for two years of repairs, about to open again on Saturday to traffic."
    page = ("\n\n" if spaced else "\n").join((*_HEADER, caption, "Pic: Anna Svensson", opening, *_BODY[1:], *_FOOTER))
    assert _captions(page) == [(caption, "Anna Svensson")]


# (the picture closing the story): its caption and credit under the last paragraph, above the page's furniture
CLOSING_PICTURES = [
    pytest.param(("The toll house at Carrow Ford, 1911: the bridge keeper and his family.", "File photo"), id="file"),
    pytest.param(
        ("The bridge gang in 1979, with Jim Hollis second from the right.", "Courtesy of the Hollis family"),
        id="courtesy",
    ),
    pytest.param(
        ("The ford before the bridge was built, in a drawing of 1788.", "Wexley Museum archives"), id="archive"
    ),
    pytest.param(("5 of 5", "The new parapet seen from the riverbank.", "Image: Supplied"), id="under a counter"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("picture", CLOSING_PICTURES)
def test_a_picture_closing_the_story_is_in_it(picture: tuple[str, ...], spaced: bool) -> None:
    page = _page(after=len(_BODY), tail=picture, spaced=spaced)
    credit = C.credit_only(picture[-1])
    assert _captions(page) == [(picture[-2], credit)]
    assert _paragraphs(page) == list(_BODY)


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("sign_off", ["AAP", "Reuters"])
def test_an_agency_under_the_last_paragraph_makes_it_no_caption(sign_off: str, spaced: bool) -> None:
    page = _page(after=len(_BODY), tail=(sign_off,), spaced=spaced)
    assert _captions(page) == []
    assert _paragraphs(page)[-1] == _BODY[-1]


# (the paragraph naming her or him with a courtesy title of another language, the name, the pronoun): a man
# named between them, so that the title's gender decides
FOREIGN_COURTESY_TITLES = [
    pytest.param(
        "Our host was Doña Rosaura Quintero, who keeps a guest room over the bakery.",
        "Rosaura Quintero",
        "she",
        id="dona",
    ),
    pytest.param("Señora Lucía Ferrer has run the bakery on the plaza since 1988.", "Lucía Ferrer", "she", id="senora"),
    pytest.param(
        "The oldest boatman, Senhor Abílio Costa, still rows the ferry himself.", "Abílio Costa", "he", id="senhor"
    ),
    pytest.param("Signora Carla Bellini keeps the keys to the bell tower.", "Carla Bellini", "she", id="signora"),
    pytest.param("Madame Sylvie Arnaud, who owns the inn, met us at the quay.", "Sylvie Arnaud", "she", id="madame"),
    pytest.param(
        "Herr Jonas Albrecht, the harbour master, showed us the old charts.", "Jonas Albrecht", "he", id="herr"
    ),
]


@pytest.mark.parametrize(("named", "name", "pronoun"), FOREIGN_COURTESY_TITLES)
def test_a_courtesy_title_of_another_language_is_no_part_of_the_name(named: str, name: str, pronoun: str) -> None:
    other = "His niece Lucía Ruiz drove us" if pronoun == "he" else "Her nephew Andrés Ruiz drove us"
    blocks = (named, other + " in a van held together with wire.", f'"Nobody hurries here," {pronoun} told me.')
    assert speakers_of(*blocks) == [("Nobody hurries here,", name)]


# (the paragraph naming a body only as the owner of something, the description that stands for it, the body)
OWNING_BODIES = [
    pytest.param(
        "Harbour Ferries Ltd's newest boat arrived on Monday.", "The company", "Harbour Ferries Ltd", id="ltd"
    ),
    pytest.param(
        "Profits at Northgate Holdings' shipping arm fell by a third.", "The company", "Northgate Holdings", id="s'"
    ),
    pytest.param(
        "Engineers from the Coastal Flood Authority's survey team walked the wall.",
        "The agency",
        "Coastal Flood Authority",
        id="agency, an authority",
    ),
    pytest.param(
        "The launch comes weeks before the Southern Space Research Centre's probe reaches the comet.",
        "The agency",
        "Southern Space Research Centre",
        id="agency, a centre",
    ),
    pytest.param(
        "The Energy Standards Commission's report named four suppliers.",
        "The regulator",
        "Energy Standards Commission",
        id="regulator, a commission",
    ),
]


@pytest.mark.parametrize(("named", "description", "body"), OWNING_BODIES)
def test_a_body_named_as_an_owner_is_what_its_description_stands_for(named: str, description: str, body: str) -> None:
    said = f'{description} said in a statement that it was "confident the work will be finished on time".'
    assert speakers_of(named, said) == [("confident the work will be finished on time", body)]


# (a credit broken over two lines, the credit): the first line ends with a mark or a word joining it to the next
SPLIT_CREDITS = [
    pytest.param(
        ("Photo by Devan Iyer,", "Marrow Point Lifeboat Station"),
        "Devan Iyer, Marrow Point Lifeboat Station",
        id="comma",
    ),
    pytest.param(("Photo: Jo Ortega/", "Carrow Echo"), "Jo Ortega/ Carrow Echo", id="slash"),
    pytest.param(("Photo: Anna Svensson for", "The Carrow Echo"), "Anna Svensson for The Carrow Echo", id="for"),
    pytest.param(
        ("Picture: Wexley Museum and", "Hollis Family Archive"), "Wexley Museum and Hollis Family Archive", id="and"
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("credit_lines", "credit"), SPLIT_CREDITS)
def test_a_credit_printed_over_two_lines(credit_lines: tuple[str, str], credit: str, spaced: bool) -> None:
    caption = "Workers replace the parapet stones on the bridge's north side in March."
    page = _page(caption, *credit_lines, after=3, spaced=spaced)
    assert _captions(page) == [(caption, credit)]
    assert _paragraphs(page) == list(_BODY)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_credit_ending_in_a_comma_takes_no_sentence_under_it(spaced: bool) -> None:
    caption = "Workers replace the parapet stones on the bridge's north side in March."
    page = _page(caption, "Photo by Devan Iyer,", "The bridge reopens on Saturday.", after=3, spaced=spaced)
    assert ("The bridge reopens on Saturday.") in _paragraphs(page)


_FEATURE = (
    "The bus from the station climbs for an hour before the valley opens out below the road, and most of the"
    " passengers are walkers with their boots already on.",
    "Wexley sits at the head of the valley, a single street of stone houses, a church, a tea room and one pub,"
    " with the ridge rising straight behind it.",
    "Where to stay",
    "The Plough has three rooms above the bar and serves breakfast until ten; book ahead in August, when the"
    " rooms go months in advance.",
    "Most walkers stay two nights and climb the ridge on the day between, coming down in time for dinner at the"
    " long table by the fire.",
    "What to do",
    "The ridge path starts behind the church and takes about four hours there and back, with a steep scramble"
    " near the top that is easier than it looks.",
    "The tea room at the top of the street opens at eight in summer and sells maps, flapjacks and plasters.",
    "Getting there",
    "Trains run to Carrow every two hours from the city; the bus to Wexley meets most of them at the station.",
)
_PICTURE = ("The Plough's bar on a wet evening in October.", "Photo: Anna Svensson/Carrow Echo")  # a credited picture


def _feature(at: int, line: str, *, spaced: bool, picture: tuple[str, ...] = ()) -> str:
    assert at <= 7  # the picture, if any, between the last two paragraphs of the section "What to do"
    lines = [*_HEADER, *_FEATURE[:at], line, *_FEATURE[at:7], *picture, *_FEATURE[7:], *_FOOTER]
    return join_lines(lines, spaced)


# (a caption with no credit between paragraphs of a feature whose subheadings are short titles, where it stands)
UNCREDITED_CAPTIONS = [
    pytest.param("The morning bus waits at the top of the pass above Wexley before the descent", 1, (), id="a clause"),
    pytest.param("Walkers cross the stepping stones below Wexley church on the ridge path", 4, (), id="plural subject"),
    pytest.param("A stone cottage on the single street of Wexley.", 4, _PICTURE, id="an article, a full stop"),
    pytest.param("An old milestone on the ridge path above Wexley, in June.", 7, (), id="an, its time after a comma"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "at", "picture"), UNCREDITED_CAPTIONS)
def test_an_uncredited_caption_among_short_subheadings(
    line: str, at: int, picture: tuple[str, ...], spaced: bool
) -> None:
    article = articlecli.parse(_feature(at, line, spaced=spaced, picture=picture))
    assert (line, None) in [(c.text, c.credit) for c in article.captions]
    assert line not in [h.text for h in article.headings] + [p.text for p in article.paragraphs]
    assert [h.text for h in article.headings] == ["Where to stay", "What to do", "Getting there"]


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_long_subheading_among_long_ones_stays_a_subheading(spaced: bool) -> None:
    """Where the page's subheadings are all as long as sentences, one more of them is no caption."""
    long_titles = {
        "Where to stay": "The Plough keeps three rooms above the bar for walkers",
        "What to do": "Walkers climb the ridge path behind the church in four hours",
    }
    lines = [long_titles.get(line, line) for line in _FEATURE if line != "Getting there"]
    page = ("\n\n" if spaced else "\n").join((*_HEADER, *lines, *_FOOTER)) + "\n"
    article = articlecli.parse(page)
    assert list(article.captions) == []


# (a chart's title, its note on what it measures, its source line, the credit)
CHARTS = [
    pytest.param(("How high the river rose", "Level, metres above the gauge", "Source: Wexley Water Board"), id="a"),
    pytest.param(
        ("Traffic over the bridge since 2019", "Vehicles a day, thousands", "Source: Carrow County Council"), id="b"
    ),
    pytest.param(("Repair costs by year", "In millions of pounds", "Sources: county accounts; Heritage Fund"), id="c"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("chart", CHARTS)
def test_a_charts_title_over_its_note_is_its_caption(chart: tuple[str, str, str], spaced: bool) -> None:
    page = _page(*chart, after=3, spaced=spaced)
    assert _captions(page) == [(chart[0], C.credit_only(chart[2]))]
    assert _paragraphs(page) == list(_BODY)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_sentence_over_a_charts_note_is_the_story(spaced: bool) -> None:
    """The story's sentence over a note and a source keeps its place: a chart's title ends no sentence."""
    page = _page("Vehicles a day, thousands", "Source: Carrow County Council", after=3, spaced=spaced)
    assert _BODY[2] in _paragraphs(page)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_tables_rows_over_its_source_are_no_chart(spaced: bool) -> None:
    rows = ("Carrow Ford bridge 3.2m 2022", "Wexley viaduct 1.1m 2023", "Source: Carrow County Council, 2024")
    page = _page(*rows, after=3, spaced=spaced)
    assert rows[0] not in [text for text, _ in _captions(page)]


# (a fact box: its label, its labelled rows), each row repeating a name or a figure of the story
FACT_BOXES = [
    pytest.param(
        (
            "The bridge",
            "Built: 1790",
            "Arches: five, two of them rebuilt",
            "Repairs: 3.2 million pounds, most of it a heritage grant",
            "Reopens: Saturday, with a parade at noon",
        ),
        id="a bridge's facts",
    ),
    pytest.param(
        (
            "Fact file",
            "Detour: 14 miles through Wexley",
            "Closed: spring 2022, after cracks in two arches",
            "Grant: Heritage Fund, 2.5 million pounds",
        ),
        id="a fact file",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", FACT_BOXES)
def test_a_fact_box_inside_the_story_keeps_its_rows(box: tuple[str, ...], spaced: bool) -> None:
    article = articlecli.parse(_page(*box, after=3, spaced=spaced))
    assert [p.text for p in article.paragraphs] == [*_BODY[:3], *box[1:], *_BODY[3:]]
    assert [h.text for h in article.headings] == [box[0]]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", FACT_BOXES)
def test_a_fact_box_closing_the_story_is_in_it(box: tuple[str, ...], spaced: bool) -> None:
    article = articlecli.parse(_page(after=len(_BODY), tail=box, spaced=spaced))
    assert [p.text for p in article.paragraphs] == [*_BODY, *box[1:]]


@pytest.mark.parametrize(
    "spaced",
    [
        # glued to the story's last paragraph, the box's rows are read as lines of its block (since before the
        # twenty-third set: the span's weights, not the closing-box rule)
        pytest.param(False, id="a line a block", marks=pytest.mark.xfail(reason="a glued box's rows join the story")),
        pytest.param(True, id="blank lines between"),
    ],
)
def test_a_contact_box_after_the_story_is_the_pages(spaced: bool) -> None:
    box = (
        "Contact the newsroom",
        "Phone: 01632 960 411",
        "Email: news@carrowecho.example",
        "Post: 2 Mill Lane, Carrow",
    )
    article = articlecli.parse(_page(after=len(_BODY), tail=box, spaced=spaced))
    assert [p.text for p in article.paragraphs] == list(_BODY)
