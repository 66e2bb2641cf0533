"""Classes of lines the ninety-seventh stop's caption and credit work met (tests/probes, NINETY_SEVENTH_PAGES in
test_probes.py, and group A): a time alone under its date's label (one reader for the live blog's stamps and the
header's). Each table is written from scratch, in other words, languages and spacings than the pages read.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli import captions as C
from articlecli.classify import stamps

from .pages import captions as _captions
from .pages import join_lines
from .pages import paragraphs as _paragraphs

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

# (a line, whether it is a time stamp alone on its line): a date's label of one or more words, joined to the time
# by a word of lexicon.STAMP_LABEL_JOINS or a colon, or none
LABELLED_STAMPS = [
    pytest.param("Updated at 1:23 p.m.", True, id="label at time"),
    pytest.param("Last updated: 10:12 a.m. EST", True, id="two-word label, colon, zone"),
    pytest.param("Aktualisiert um 14:05 Uhr", True, id="German um"),
    pytest.param("Mis à jour à 14h05", True, id="French à, 14h05"),
    pytest.param("Atualizado às 10h05", True, id="Portuguese às"),
    pytest.param("Pubblicato alle 9:40", True, id="Italian alle"),
    pytest.param("Posted on 6:45 pm", True, id="posted on"),
    pytest.param("Publié 9h40", True, id="one-word label"),
    pytest.param("Updated at the station", False, id="no time"),
    pytest.param("Updated at 1:23 p.m. after the council met", False, id="a sentence goes on"),
    pytest.param("Published Oct. 27, 2026 5:12 p.m.", False, id="a date and a time: a date line, no stamp"),
]


@pytest.mark.parametrize(("line", "stamp"), LABELLED_STAMPS)
def test_a_time_under_its_label_is_a_stamp(line: str, stamp: bool) -> None:
    assert stamps.time_stamp(line) is stamp


# (a line alone, the credit read from it): a label that opens a title as often as a credit (a video's, a gallery's,
# a chart's), then a colon, a bar or a spaced dash: only a name or a credit's shape after it is a credit
TITLE_LABELS = [
    pytest.param("VIDEO | Farmers describe the night the dam gave way", None, id="video bar, a title"),
    pytest.param("Video – Crowds line the route of the parade", None, id="video dash, a title"),
    pytest.param("Vídeo | Así fue la llegada del primer tren", None, id="Spanish video bar"),
    pytest.param("Gallery | The harbour festival in pictures", None, id="gallery bar"),
    pytest.param("Video | Marta Ilves", "Marta Ilves", id="video bar, a name"),
    pytest.param("Video - Pita Ula/Harbour Wire", "Pita Ula/Harbour Wire", id="video dash, a slashed credit"),
]


@pytest.mark.parametrize(("line", "credit"), TITLE_LABELS)
def test_a_title_after_a_media_label_is_no_credit(line: str, credit: str | None) -> None:
    assert C.credit_only(line) == credit


# (a caption line, the credit split from its end): an agency's initials after an abbreviated label; a descriptor
# printed as dotted initials; a credit whose own brackets close it
CREDIT_TAILS = [
    pytest.param("Strażacy na moście w Lipnie w sobotę. Fot. KPA", "KPA", id="Polish Fot. initials"),
    pytest.param("Le maire devant la mairie, lundi. Ph. AFB", "AFB", id="French Ph. initials"),
    pytest.param("Os bombeiros junto à ponte, no sábado. D.R.", "D.R.", id="Portuguese D.R."),
    pytest.param("La alcaldesa en el pleno del lunes. D.R.", "D.R.", id="Spanish D.R."),
    pytest.param(
        "Dockers at the quay on Monday. Picture: Lwazi Mthethwa / Harbour News Agency (HNA)",
        "Lwazi Mthethwa / Harbour News Agency (HNA)",
        id="an agency's initials in brackets closing the credit",
    ),
    pytest.param(
        "The tower from the beach. Photo: Kai Rebane (CC BY-SA 4.0)", "Kai Rebane (CC BY-SA 4.0)", id="a licence"
    ),
    pytest.param(
        "The quay in 1958, before the flood wall. Gazette Archive", "Gazette Archive", id="Title Case archive"
    ),
    pytest.param("The old mill in 1971. Valley Echo File Photo", "Valley Echo File Photo", id="Title Case file photo"),
    pytest.param(
        "Rangers mend the fence near the tank. Pic courtesy Forest Department",
        "Pic courtesy Forest Department",
        id="pic courtesy, kept whole as photo courtesy is",
    ),
    pytest.param("Rangers mend the fence near the tank. Our Archives", None, id="a possessive before archives"),
    pytest.param("The talks were held in the U.S.", None, id="initials ending a sentence"),
    pytest.param("Talks resumed on Monday. U.N.", None, id="initials no descriptor spells"),
]


@pytest.mark.parametrize(("line", "credit"), CREDIT_TAILS)
def test_a_credit_at_a_captions_end(line: str, credit: str | None) -> None:
    found = C.split_caption(line)
    assert (found[1] if found else None) == credit


@pytest.mark.parametrize(
    ("text", "unwrapped"),
    [
        ("(Jo Lee/AP)", "Jo Lee/AP"),
        ("[Ana Ruiz, El Faro]", "Ana Ruiz, El Faro"),
        ("Harbour Agency (HA))", "Harbour Agency (HA)"),
    ],
)
def test_a_credit_keeps_its_own_brackets(text: str, unwrapped: str) -> None:
    assert C.unwrap(text) == unwrapped


_HEADER = ("Valley News", "Lantern parade returns to Pentre after two quiet winters", "By Ffion Howells", "May 9, 2024")
_BODY = (
    "The lantern parade will wind through Pentre on Saturday for the first time since 2022.",
    "Organisers said more than 200 children had made lanterns at workshops in the village hall.",
    "The parade leaves the old school at 5pm and ends at the chapel, where there will be soup and music.",
    "Road closures will be in place on High Street from 4.30pm until the parade has passed.",
)
_TAIL = ("Get our newsletter", "Sign up", "Most Read", "Man rescued from river near Pontfaen", "© 2024 Valley News")


# (a picture's caption under the story's last paragraph, the credit line under it, what the parser reads): a credit
# one picture's label opens (a colon or "by" after it) makes the line above the picture's caption; a credit of all
# the page's pictures ("Pictures by ..."), a main image's, a data source's does not
CLOSING_PICTURES = [
    pytest.param("Lantern makers at work in the village hall.", "Image: Valley News", "Valley News", id="image:"),
    pytest.param("Der Umzug zieht durch die Hauptstraße.", "Foto: Lena Brandt", "Lena Brandt", id="German foto:"),
    pytest.param("Children with their lanterns at the old school.", "Photo by Osian Rees", "Osian Rees", id="photo by"),
    pytest.param(
        "Los faroles en la plaza del pueblo.", "Imagen: Ayuntamiento de Pentre", "Ayuntamiento de Pentre", id="imagen:"
    ),
    pytest.param(
        "The parade is expected to draw a record crowd this year.", "PICTURES BY OSIAN REES", None, id="pictures by"
    ),
    pytest.param(
        "The parade is expected to draw a record crowd this year.", "Main image credit: Getty", None, id="main image"
    ),
    pytest.param("Entries have risen by a third since 2022.", "Source: Pentre Community Council", None, id="source:"),
]


@pytest.mark.parametrize(("caption", "credit_line", "credit"), CLOSING_PICTURES)
@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_picture_closing_the_story_over_its_labelled_credit(
    caption: str, credit_line: str, credit: str | None, spaced: bool
) -> None:
    page = join_lines((*_HEADER, *_BODY, caption, credit_line, *_TAIL), spaced)
    if credit is None:
        assert (caption, None) not in _captions(page) and all(c[0] != caption for c in _captions(page))
    else:
        assert (caption, credit) in _captions(page)
        assert caption not in _paragraphs(page)


_LEAD = ("Share", "Email")
_STORY = (
    "The old quarry at Rochefaux opened to walkers on Saturday after four years of work by the reserve's volunteers.",
    "The path climbs past the ponds where natterjack toads breed and ends at a viewpoint over the quarry face.",
    "Peregrine falcons nest on the main face, and the path keeps well away from it between February and June.",
    "The reserve hopes to welcome 20,000 visitors a year, most of them on foot from the railway station.",
)


# (the lead picture's credit line over its caption, a credit between a sentence of the story and a short caption,
# the caption under it): with every line set apart, the page's first credit printed above its caption says where the
# second belongs
CREDITS_ABOVE = [
    pytest.param(
        "Photo: Anouk Lemaire/Reserve Press",
        "Crédit : Belpresse / Jonas Hertog",
        "Walkers on the new path on Saturday.",
        id="French crédit",
    ),
    pytest.param(
        "Foto: Lara Vogt", "Foto: Nils Brand/dpa", "Besucher am Aussichtspunkt über dem Steinbruch.", id="German foto"
    ),
    pytest.param(
        "Picture: Mpho Dube / Reserve News",
        "Picture: Sipho Zulu / Reserve News",
        "Volunteers clear the last stretch of the path.",
        id="picture:",
    ),
]


@pytest.mark.parametrize(("lead_credit", "credit_line", "caption"), CREDITS_ABOVE)
def test_a_credit_set_apart_goes_where_the_page_prints_its_credits(
    lead_credit: str, credit_line: str, caption: str
) -> None:
    first_caption = "The quarry face seen from the new viewpoint."
    lines = (*_HEADER, *_LEAD, lead_credit, first_caption, *_STORY[:3], credit_line, caption, _STORY[3])
    page = join_lines(lines, True)
    found = _captions(page)
    assert (caption, C.credit_only(credit_line)) in found
    assert _STORY[2] in _paragraphs(page)


def test_a_credit_set_apart_stays_under_its_caption_where_the_page_prints_them_so() -> None:
    """The page's first credit is printed under its caption: the second credits the sentence above it."""
    caption_above = "Peregrine falcons on the main face of the quarry."
    lines = (
        *_HEADER,
        *_STORY[:2],
        caption_above,
        "Photo: Anouk Lemaire/Reserve Press",
        "Walkers on the path.",
        *_STORY[2:],
    )
    found = _captions(join_lines(lines, True))
    assert (caption_above, "Anouk Lemaire/Reserve Press") in found


# (a gallery's label under the story's last paragraph, its slides as printed, the captions and credits read): the
# label alone or with its title, a counter over each slide, the credit on the caption's line, under it, after a bare
# label, or a name in capitals
GALLERIES_AFTER_STORY = [
    pytest.param(
        ("Photo gallery", "1/2", "Lanterns drying on the chapel wall. (Submitted by the Pentre Lantern Group)", "2/2"),
        [("Lanterns drying on the chapel wall.", "Submitted by the Pentre Lantern Group")],
        id="label, counters, bracketed credit",
    ),
    pytest.param(
        ("Fotogalería: el desfile de faroles (18 fotos)", "Los niños del colegio con sus faroles.", "LUCÍA FERRER"),
        [("Los niños del colegio con sus faroles.", "LUCÍA FERRER")],
        id="titled label, capitals name",
    ),
    pytest.param(
        (
            "Gallery",
            "Image 1 of 2",
            "The parade leaves the old school.",
            "Photograph:",
            "Osian Rees",
            "Image 2 of 2",
            "Soup is served at the chapel.",
            "Photograph:",
            "Osian Rees",
        ),
        [("The parade leaves the old school.", "Osian Rees"), ("Soup is served at the chapel.", "Osian Rees")],
        id="bare label over the name",
    ),
]


@pytest.mark.parametrize(("gallery", "want"), GALLERIES_AFTER_STORY)
@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_gallery_under_the_story_is_read(gallery: tuple[str, ...], want: list[tuple[str, str]], spaced: bool) -> None:
    page = join_lines((*_HEADER, *_BODY, *gallery, *_TAIL), spaced)
    found = _captions(page)
    for caption in want:
        assert caption in found


def test_the_story_goes_on_under_its_gallery() -> None:
    closing = "The chapel committee said any money raised would go to the village's new defibrillator fund this winter."
    gallery = ("Gallery", "Image 1 of 1", "The parade leaves the old school.", "Photograph:", "Osian Rees")
    page = join_lines((*_HEADER, *_BODY, *gallery, closing, *_TAIL), False)
    assert closing in _paragraphs(page)


def test_a_box_of_links_under_the_story_is_no_gallery() -> None:
    box = ("More stories", "Council to review speed limits on rural roads", "Man rescued from river near Pontfaen")
    page = join_lines((*_HEADER, *_BODY, *box, *_TAIL), False)
    assert _captions(page) == []


_LIVE_HEADER = ("Live", "Storm live: roads shut as rain sets records across the island", "By Mei Chan", "May 9, 2024")
_POSTS = (
    "11:40am",
    "Ferries suspended",
    "All ferries to the outlying islands were suspended at 11am, the operator said, and would not resume before 3pm.",
    "Passengers already at the pier were told to wait in the terminal building, where staff handed out water.",
    "11:20am",
    "Schools close early",
    "The education bureau told all schools to send pupils home by noon, with staff staying until every child is met.",
    "Parents said the roads around the schools were already jammed by 11am as cars queued in the rain.",
)
_LATER = (
    "10:20am",
    "Rail line suspended",
    "Trains between the harbour and the airport stopped at 10.15am after water flooded a tunnel entrance.",
    "The rail operator said buses would run between the stations, but warned of long queues at both ends.",
)


# (the line under a live post's time, its picture's credit under it, read as a caption): a report longer than a
# caption is the post's text, the credit a picture's with no caption; a short description is the picture's caption
LIVE_POSTS = [
    pytest.param(
        "The weather bureau recorded 98mm of rain at its harbour station in the hour to 10am, the most in an hour since"
        " records began there in 1961.",
        "Photo: Kit Wong",
        False,
        id="a report",
    ),
    pytest.param(
        "Der Pegel an der Brücke in Kellau stieg bis zum Mittag um weitere 40 Zentimeter, teilte die Stadt mit, und"
        " die Feuerwehr sperrte den Uferweg für Fußgänger.",
        "Foto: Lena Brandt",
        False,
        id="German report",
    ),
    pytest.param("Volunteers fill sandbags outside the market on Friday.", "Photo: Kit Wong", True, id="a caption"),
]


@pytest.mark.parametrize(("line", "credit_line", "caption"), LIVE_POSTS)
def test_a_live_posts_report_under_its_time_is_no_caption(line: str, credit_line: str, caption: bool) -> None:
    page = join_lines((*_LIVE_HEADER, *_POSTS, "10:50am", line, credit_line, *_LATER), True)
    assert (line in [c[0] for c in _captions(page)]) is caption
    assert (line in _paragraphs(page)) is not caption


# (a video's title between paragraphs, the line under it, whether that line is a subheading): read together as a
# block of short lines, the line under a video's title is a subheading once the title goes, when it is a title over
# the story's next paragraph; not a sentence
UNDER_VIDEOS = [
    pytest.param("Video: Lanterns light up the chapel", "Why the parade nearly stopped", True, id="video: title"),
    pytest.param("VIDEO | Así fue el desfile de faroles", "Un pueblo y sus faroles", True, id="Spanish video bar"),
    pytest.param("Video: So lief der Umzug durch Pentre", "Was jetzt auf Anwohner zukommt", True, id="German"),
    pytest.param("Video: Lanterns light up the chapel", "The parade was cancelled twice.", False, id="a sentence"),
]


@pytest.mark.parametrize(("video", "line", "heading"), UNDER_VIDEOS)
def test_a_title_under_a_videos_title_is_a_subheading(video: str, line: str, heading: bool) -> None:
    page = join_lines((*_HEADER, *_BODY[:2], video, line, *_BODY[2:], *_TAIL), False)
    assert (line in [h.text for h in articlecli.parse(page).headings]) is heading
