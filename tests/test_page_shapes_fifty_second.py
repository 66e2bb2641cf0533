"""Classes of pages the fifty-second probe set (tests/probes, FIFTY_SECOND_PAGES in test_probes.py) showed the
parser missing, on photo-rich pages whose captions carry no credit: a gallery set inside the story (its label, its
counters, a caption under each, a control after the last) ended the story there; a caption read as a subheading
between paragraphs, though it dates its scene or names a person after a role noun; a lead picture's caption left in
the header, dating its scene; one sentence saying what a person named does and where, on a page whose pictures
carry no credit of their own;. Each page here is written from scratch, and
each is read printed a line a block and with a blank line between every two lines.
"""

from __future__ import annotations

import pytest

import articlecli

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Valley News",
    "Hill villages count the cost after the spring floods",
    "By Marek Sobczak",
    "April 9, 2024",
)
_BODY = (
    "Floodwater reached the first floors of 60 houses in Dolne Brzozy on Sunday night, the district office said.",
    "The river rose by two metres in six hours after three days of rain on the hills above the village.",
    "Volunteers from four fire brigades pumped out cellars until Tuesday and handed out sandbags to every street.",
    "The district will pay for new boilers in the worst-hit houses, its head told a meeting in the school hall.",
    "Residents have asked for a higher embankment along the stretch of river behind the church.",
    "Work on a study of the embankment is due to start in June and should take a year.",
)
_FOOTER = ("Related", "Bridge on the county road reopens", "Contact us", "© 2024 Valley News")


def _page(*middle: str, after: int = 3, spaced: bool = False) -> str:
    lines = [*_HEADER, *_BODY[:after], *middle, *_BODY[after:], *_FOOTER]
    return join_lines(lines, spaced)


# (a gallery set between two paragraphs: its lines, the captions it holds)
GALLERIES = [
    pytest.param(
        (
            "IN PICTURES",
            "Photo 1 of 3",
            "A fire crew pumps water out of a cellar on Mill Street",
            "Photo 2 of 3",
            "Sandbags stacked outside the village shop.",
            "Photo 3 of 3",
            "The river at its highest, seen from the church tower",
            "Swipe for more",
        ),
        3,
        id="label, counters, control",
    ),
    pytest.param(
        (
            "1 / 4",
            "Residents clear mud from the school yard.",
            "2 / 4",
            "Ewa Lis and her neighbour Jan Wrona outside her kitchen",
            "3 / 4",
            "A tractor tows a car out of the flooded lane",
            "4 / 4",
            "The new boilers arrive on a lorry on Wednesday.",
        ),
        4,
        id="bare counters",
    ),
    pytest.param(
        (
            "Photo gallery",
            "Image 1 of 3",
            "Firefighters from Gorna Wola on the bridge at dawn",
            "Image 2 of 3",
            "A volunteer hands out bread at the fire station.",
            "Image 3 of 3",
            "Water marks on the wall of the village hall",
        ),
        3,
        id="image counters under a label",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("gallery", "captions"), GALLERIES)
def test_a_gallery_inside_the_story_does_not_end_it(gallery: tuple[str, ...], captions: int, spaced: bool) -> None:
    article = articlecli.parse(_page(*gallery, spaced=spaced))
    assert [p.text for p in article.paragraphs] == list(_BODY)
    slides = [gallery[k + 1] for k, line in enumerate(gallery[:-1]) if line[-1:].isdigit()]
    assert len(slides) == captions
    assert [c.text for c in article.captions] == slides
    assert not any(h.text in gallery for h in article.headings)


_PICTURE = "Residents clear mud from the school yard on Monday.\nPhoto: Ola Nowak"
_SAID = (
    "Halina Brzoza, who chairs the parish council, said the district would pay for new boilers in the worst-hit houses."
)


def _roles(line: str, spaced: bool) -> tuple[list[str], list[str]]:
    page = _page(_PICTURE, after=1, spaced=spaced).replace(_BODY[3], line + "\n" + _SAID)
    article = articlecli.parse(page)
    return [c.text for c in article.captions], [h.text for h in article.headings]


# (a line alone between two paragraphs, no full stop, on a page printing a picture: is it a caption?): a line
# that dates a scene or names a person after a role noun (printed in the paragraph beside it) is a picture's
# caption; a crosshead titles what follows
LINES_BETWEEN_PARAGRAPHS = [
    pytest.param("Sandbags on the church steps on Sunday evening", True, id="a weekday"),
    pytest.param("The old footbridge, built by the parish, which was swept away in 1997", True, id="a year"),
    pytest.param("Fire crews from three villages at the river bank at dawn", True, id="a time of day"),
    pytest.param("Floodwater in the main street in early April", True, id="a month"),
    pytest.param("Parish council chairwoman Halina Brzoza", True, id="a role and a name"),
    pytest.param("Retired teacher Halina Brzoza", True, id="another role and the name"),
    pytest.param("What the district will pay for", False, id="a question word"),
    pytest.param("A village on the river", False, id="a place, no time"),
    pytest.param("Learning to live with the river", False, id="a title"),
    pytest.param("The Embankment Plan For 2025", False, id="title case"),
    pytest.param("Help from the Mill Street Trust", False, id="a name, no role"),
    pytest.param("Volunteer Ewa Lis", False, id="a name not in the story"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "caption"), LINES_BETWEEN_PARAGRAPHS)
def test_a_line_dating_a_scene_or_naming_a_person_is_a_caption(line: str, caption: bool, spaced: bool) -> None:
    captions, headings = _roles(line, spaced)
    assert (line in captions) is caption
    assert (line in headings) is not caption


def _header_page(*under: str, spaced: bool) -> str:
    lines = [*_HEADER, "Share", *under, *_BODY, *_FOOTER]
    return join_lines(lines, spaced)


# (lines left between the share row under the byline and the story, the lead picture's caption among them)
HEADER_LEFTOVERS = [
    pytest.param(("The flooded lane behind the church on Sunday night",), 0, id="a weekday"),
    pytest.param(("A fire crew at the river bank at dawn",), 0, id="a time of day"),
    pytest.param(("Ewa Lis, 81, in her kitchen in late March",), 0, id="a month"),
    pytest.param(("Listen", "The river from the church tower this afternoon"), 1, id="under a player's label"),
    pytest.param(
        ("Key points", "The river rose by two metres on Sunday night", "Sixty houses were flooded in early April"),
        None,
        id="a box's points",
    ),
    pytest.param(("The river rose and flooded the village",), None, id="no time"),
    pytest.param(("Read more: Floods in March",), None, id="a link"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("under", "caption"), HEADER_LEFTOVERS)
def test_a_line_under_the_headline_dating_a_scene_is_the_lead_caption(
    under: tuple[str, ...], caption: int | None, spaced: bool
) -> None:
    article = articlecli.parse(_header_page(*under, spaced=spaced))
    assert article.headline == _HEADER[1]
    assert [c.text for c in article.captions] == ([] if caption is None else [under[caption]])
    assert [p.text for p in article.paragraphs] == list(_BODY)


_BY_PHOTOGRAPHER = ("Valley News", _HEADER[1], "By Marek Sobczak", "Photographs by Ola Nowak", _HEADER[3])
_FIRST_PICTURE = "Tadeusz Wilk on the church steps, in April."  # a caption with no credit, told by its comma


# (a sentence alone between two paragraphs, on a page whose pictures are credited for the whole piece: a caption?)
PRESENT_SCENES = [
    pytest.param("Ewa Lis sweeps mud out of her kitchen on Mill Street.", True, id="a name, present, a place"),
    pytest.param("Fire chief Jan Wrona checks a pump during the night shift.", True, id="a role before the name"),
    pytest.param("Tadeusz Wilk, 74, carries sandbags to the church door.", True, id="an age between commas"),
    pytest.param("Halina Brzoza hands out bread at the fire station.", True, id="another verb"),
    pytest.param("Ewa Lis says the water came in through the floor.", False, id="a speech verb"),
    pytest.param("Ewa Lis has lived on Mill Street since 1961.", False, id="a frame verb"),
    pytest.param("The district pays for boilers in the worst-hit houses.", False, id="no name"),
    pytest.param("Ewa Lis swept the mud out. Her son helped at the door.", False, id="two sentences"),
    pytest.param("Jan Wrona keeps three pumps.", False, id="no place"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "caption"), PRESENT_SCENES)
def test_a_person_named_doing_something_somewhere_is_a_caption(line: str, caption: bool, spaced: bool) -> None:
    lines = [*_BY_PHOTOGRAPHER, _BODY[0], _FIRST_PICTURE, *_BODY[1:3], line, *_BODY[3:], *_FOOTER]
    article = articlecli.parse(("\n\n" if spaced else "\n").join(lines) + "\n")
    assert (line in [c.text for c in article.captions]) is caption
    assert (line in [p.text for p in article.paragraphs]) is not caption


@pytest.mark.parametrize("spaced", SPACINGS)
def test_without_the_pictures_credited_such_a_sentence_is_the_story(spaced: bool) -> None:
    line = PRESENT_SCENES[0].values[0]
    article = articlecli.parse(_page(line, spaced=spaced))
    assert line in [p.text for p in article.paragraphs]


# (a line right under the story's last paragraph, above the related links, on a page whose pictures carry no credit)
CLOSING_LINES = [
    pytest.param("Jan Wrona checks the pumps at the fire station on Tuesday", True, id="no full stop"),
    pytest.param(
        "Parish priest Adam Kos blesses the new embankment stones at the river.", True, id="a role and a full stop"
    ),
    pytest.param("Ewa Lis hopes to be home by the summer", False, id="no place"),
    pytest.param("The district said it would report in June", False, id="no name, the past"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "caption"), CLOSING_LINES)
def test_a_person_in_a_picture_under_the_last_paragraph(line: str, caption: bool, spaced: bool) -> None:
    lines = [*_BY_PHOTOGRAPHER, _BODY[0], _FIRST_PICTURE, *_BODY[1:], line, *_FOOTER]
    article = articlecli.parse(("\n\n" if spaced else "\n").join(lines) + "\n")
    assert (line in [c.text for c in article.captions]) is caption
    assert all(b in [p.text for p in article.paragraphs] for b in _BODY[1:])


_ES_PAGE = (
    "Diario del Valle",
    "Las lluvias cortan la carretera de la sierra durante tres días",
    "Por Lucía Herrera Vidal",
    "9 de abril de 2024",
    "Una máquina retira el barro de la carretera en la entrada del pueblo.",
    "Foto: Andrés Molina",
    "Las lluvias de la última semana cortaron la carretera de la sierra entre Valdeoro y San Telmo durante tres días.",
    "Los vecinos de las aldeas altas quedaron aislados hasta que las máquinas retiraron el barro el martes.",
    "{line}",
    "El ayuntamiento pidió ayuda a la provincia para reparar los muros de contención antes del invierno.",
    "Las obras costarán unos dos millones de euros, según el alcalde.",
    "Noticias relacionadas",
    "© 2024 Diario del Valle",
)

# (a line between two paragraphs of a page in Spanish, Portuguese, Italian or French: a dated scene's caption?)
FOREIGN_LINES = [
    pytest.param("El puente de Valdeoro después de la crecida de marzo", True, id="Spanish month"),
    pytest.param("A estrada da serra no fim de abril", True, id="Portuguese month"),
    pytest.param("Il muro crollato durante la piena di febbraio", True, id="Italian month"),
    pytest.param("La route de la montagne à la fin mars", True, id="French month"),
    pytest.param("Lo que piden los vecinos", False, id="a crosshead"),
    pytest.param("Un muro de contención para la sierra", False, id="a title, no month"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "caption"), FOREIGN_LINES)
def test_a_line_dated_in_another_language_is_a_caption(line: str, caption: bool, spaced: bool) -> None:
    page = ("\n\n" if spaced else "\n").join(_ES_PAGE).replace("{line}", line) + "\n"
    article = articlecli.parse(page)
    assert (line in [c.text for c in article.captions]) is caption


# (a sentence under a paragraph naming "Ewa Lis", on a page whose pictures are credited in the header: a caption?)
GIVEN_NAME_SCENES = [
    pytest.param("Ewa checks the pump in her cellar on its second day.", True, id="the given name alone"),
    pytest.param("Ewa Lis waits for the fire crew at night.", True, id="a time of day, no place"),
    pytest.param("Marta checks the pump in her cellar on its second day.", False, id="a given name not printed"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "caption"), GIVEN_NAME_SCENES)
def test_a_given_name_the_story_printed_in_full(line: str, caption: bool, spaced: bool) -> None:
    named = "Ewa Lis, 81, has lived on Mill Street for sixty years and lost her boiler to the flood."
    lines = [*_BY_PHOTOGRAPHER, _BODY[0], _FIRST_PICTURE, _BODY[1], named, line, *_BODY[2:], *_FOOTER]
    article = articlecli.parse(("\n\n" if spaced else "\n").join(lines) + "\n")
    assert (line in [c.text for c in article.captions]) is caption
