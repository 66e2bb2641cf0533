"""Captions on pages the rules were not written from (issue #13; the rules written from group A's held-out sets,
checked on group B and on the seventy-eighth probe set, written blind): a picture's caption with no credit standing
alone between two of the story's paragraphs, told by evidence that holds across outlets and languages
(`classify/caption_evidence.py`: where it sits, what it says, its length against its neighbours, each a named
weight), never by its full stop alone; and the story's own short sentences in the same places, which stay
paragraphs. Each page is written from scratch and read printed a line a block and with a blank line between every
two lines.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli import ParseOptions
from articlecli import captions as C

from .pages import captions as _captions
from .pages import join_lines
from .pages import paragraphs as _paragraphs

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Local News",
    "Saltmarsh boatyard reopens slipway after two-year rebuild",
    "By Orla Brennan",
    "April 18, 2025",
    "Shipwrights haul a restored fishing boat up the new slipway on Tuesday. Photo: Declan Moran/Estuary Courier",
)
_ABOVE = (
    "The boatyard at Saltmarsh Point reopened its slipway on Tuesday after a two-year rebuild that cost the harbour "
    "trust 1.4 million euros, most of it from a coastal heritage fund.",
    "Ines Kowalczyk, who has run the yard since 2009, said the old timber rails had rotted so badly that no boat "
    "heavier than four tonnes could be hauled out safely before the work began.",
)
_BELOW = (
    "The new rails are set in concrete and can take boats of up to forty tonnes, which the trust says will bring "
    "back the trawlers that have gone to yards in the north for their winter refits.",
    "A second phase, to rebuild the sheds along the quay, is due to start in the autumn if the trust can raise "
    "the rest of the money from local businesses and the county council.",
)
_HEADING = "Winter refits"
_FOOTER = ("Related", "Harbour trust names new chair", "Contact us", "© 2025 Estuary Courier")


def _page(line: str, *, spaced: bool, at_a_break: bool) -> str:
    """`line` between two paragraphs of the story: over a subheading (`at_a_break`) or over the next paragraph."""
    middle = (line, _HEADING) if at_a_break else (line,)
    return join_lines((*_HEADER, *_ABOVE, *middle, *_BELOW, *_FOOTER), spaced)


# (a caption with no credit, set over a subheading or between two paragraphs): what it says varies
CAPTIONS = [
    pytest.param("Volunteers scrape the hull of the Maid of Inish on the new cradle.", True, id="a group, present"),
    pytest.param("The slipway's winch house at dusk.", True, id="a thing and a time, no verb"),
    pytest.param("A workshop with reclaimed oak benches and a new forge.", True, id="a thing, no verb"),
    pytest.param("The old rails, photographed in 2022 before the rebuild.", True, id="a participle after a comma"),
    pytest.param("Ines Kowalczyk with the yard's oldest caulking mallet.", False, id="a person the story names"),
    pytest.param("Apprentices fit new planks to a yawl in the main shed on Monday.", False, id="a group and a day"),
    pytest.param("Ines Kowalczyk na oficina do estaleiro em Saltmarsh.", False, id="a name, then another language"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("caption", "at_a_break"), CAPTIONS)
def test_a_caption_with_no_credit_between_paragraphs(caption: str, at_a_break: bool, spaced: bool) -> None:
    page = _page(caption, spaced=spaced, at_a_break=at_a_break)
    assert (caption, None) in _captions(page)
    assert caption not in _paragraphs(page)


# (the story's own short sentence in the same places): a verb of the past or of a sentence's frame, a verb of
# saying, a pronoun or an adverb of the story's time, another language's sentence with nothing of a picture
STORY_LINES = [
    pytest.param("The trust will decide on the sheds in June.", True, id="will"),
    pytest.param("Kowalczyk says the yard has six boats booked in.", True, id="a verb of saying"),
    pytest.param("The ferry company declined to comment.", True, id="a past tense before its object"),
    pytest.param("The slipway reopened in March after the rails were laid.", True, id="a past tense, a time"),
    pytest.param("She has hired two apprentices for the season.", False, id="a pronoun opening it"),
    pytest.param("Most skippers already book their refits in the south.", True, id="an adverb of the story's time"),
    pytest.param("Die Werft hat die Kosten bisher nicht beziffert.", True, id="another language, no picture's word"),
    pytest.param("Tickets for the open day are available at the quay.", False, id="are"),
    pytest.param("Skippers expect the first trawlers on the rails by Friday evening.", True, id="a verb of the mind"),
    pytest.param("The new winch pulls 40 tonnes up the rails in six minutes.", True, id="a figure of the story"),
    pytest.param("Vote no on the harbour levy in May.", True, id="a call to the reader"),
    pytest.param("The winter ferry timetable resumes on Monday.", True, id="what is due on a day"),
    pytest.param("Every evening the skippers gather at the harbour bar.", False, id="a habit of the story"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "at_a_break"), STORY_LINES)
def test_the_story_s_short_sentence_stays_a_paragraph(line: str, at_a_break: bool, spaced: bool) -> None:
    page = _page(line, spaced=spaced, at_a_break=at_a_break)
    assert line in _paragraphs(page)


def test_no_caption_with_no_credit_on_a_page_printing_no_picture() -> None:
    """A page printing no picture's caption prints no uncredited one either: the evidence is not read."""
    line = "The slipway's winch house at dusk."
    header = _HEADER[:-1]
    page = join_lines((*header, *_ABOVE, line, _HEADING, *_BELOW, *_FOOTER), False)
    assert line in _paragraphs(page)


def test_explain_names_the_evidence() -> None:
    caption = "The slipway's winch house at dusk."
    explained = articlecli.parse(_page(caption, spaced=False, at_a_break=True), ParseOptions(explain=True)).explain
    assert explained is not None
    found = [c for c in explained["captions"] if c["caption"] == caption]
    assert found and found[0]["rule"] == "pictures/caption-by-evidence"
    assert {"at-a-break", "short-beside-story", "no-verb-of-the-story"} <= set(found[0]["evidence"])


# (a credit alone on its line, the credit read): a picture handed in by a reader or a family (kept whole, as
# "Courtesy of ..." is), a descriptor and then whose picture it was, the French and Hungarian labels the lexicon lacked
CREDIT_FORMS = [
    pytest.param("Submitted by Tove Lindqvist", "Submitted by Tove Lindqvist", id="submitted by, kept whole"),
    pytest.param("Supplied by the Okafor family", "Supplied by the Okafor family", id="supplied by, kept whole"),
    pytest.param("Photo d'archives La Gazette", "Photo d'archives La Gazette", id="an archive's, then whose"),
    pytest.param("Archivo El Tiempo", "Archivo El Tiempo", id="archivo, then whose"),
    pytest.param("Photographie : Anne Roussel", "Anne Roussel", id="photographie"),
    pytest.param("Kép: Szabó Márta", "Szabó Márta", id="kép"),
    pytest.param("Provided by European Research Council", None, id="provided by: a story's source"),
    pytest.param("Archivo de la ciudad en obras", None, id="a descriptor, then no source"),
]


@pytest.mark.parametrize(("line", "credit"), CREDIT_FORMS)
def test_credit_forms(line: str, credit: str | None) -> None:
    assert C.credit_only(line) == credit


# (a caption with its credit after it on the same line, the caption, the credit): a chart's label in other languages
# after its caption (`FOREIGN_GRAPHIC_LABELS`, read only there: each is looked for in every line with a colon)
CREDIT_TAILS = [
    pytest.param(
        "Anteil der Windkraft am Strommix seit 2010, in Prozent. Grafik: Nordblatt",
        "Anteil der Windkraft am Strommix seit 2010, in Prozent.",
        "Nordblatt",
        id="a chart's credit in German",
    ),
    pytest.param(
        "Hectáreas de viñedo por comuna, 2024. Gráfico: El Vigía",
        "Hectáreas de viñedo por comuna, 2024.",
        "El Vigía",
        id="a chart's credit in Spanish",
    ),
    pytest.param(
        "Évolution du trafic au port depuis 2015, en milliers de passagers. Graphique : Le Courrier",
        "Évolution du trafic au port depuis 2015, en milliers de passagers.",
        "Le Courrier",
        id="a chart's credit in French, a space before the colon",
    ),
    pytest.param(
        "Llegadas de turistas por mes, 2025. Infografía: Diario del Valle",
        "Llegadas de turistas por mes, 2025.",
        "Diario del Valle",
        id="an infographic's credit in Spanish",
    ),
    pytest.param(
        "Flood water covers the lower car park on Sunday morning. (Submitted by Tove Lindqvist)",
        "Flood water covers the lower car park on Sunday morning.",
        "Submitted by Tove Lindqvist",
        id="a reader's picture in brackets",
    ),
    pytest.param(
        "La halle aux grains lors de sa construction, en 1931. (Photo d'archives LG)",
        "La halle aux grains lors de sa construction, en 1931.",
        "Photo d'archives LG",
        id="an archive's picture and the paper's letters",
    ),
    pytest.param(
        "A komp indulás előtt a kikötőben. Kép: Szabó Márta",
        "A komp indulás előtt a kikötőben.",
        "Szabó Márta",
        id="a Hungarian label",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "caption", "credit"), CREDIT_TAILS)
def test_a_credit_after_its_caption(line: str, caption: str, credit: str, spaced: bool) -> None:
    page = _page(line, spaced=spaced, at_a_break=False)
    assert (caption, credit) in _captions(page)
    assert line not in _paragraphs(page)
