"""Classes of lines the open held-out pages (the ninety-ninth to hundred-first sets) showed the parser missing,
changed as mechanisms for every outlet: a subheading printed twice in a row (its text and the copy an anchor or an
accessible label adds when a page is copied), read as a block's two rows or as a caption and its alt text; a page's
skip link in another language ("Vai al contenuto principale", "Zum Inhalt springen") taken as the headline. Each
page here is written from scratch.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify import caption_evidence

from .pages import captions, join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = (
    "Fenmouth Gazette",
    "Allotment holders fight plan to sell riverside plots for housing",
    "By Tomasz Whitcombe",
    "March 3, 2024",
)
_BODY = (
    "Allotment holders in Fenmouth have started a petition against a council plan to sell 40 riverside plots.",
    "The council says the sale would raise 2.4 million pounds for repairs to the town's two leisure centres.",
    "Some families have tended the same plots for three generations, and a waiting list runs to 90 names.",
    "A public meeting on the plan is to be held at the Corn Exchange on Thursday evening, the council said.",
    "The petition had gathered more than 1,100 signatures by Sunday, organisers said at the gates.",
)
_FOOTER = ("More from the Gazette", "Bus station to close for repairs in May", "© 2024 Fenmouth Gazette")


def _page(*middle: str, after: int = 2, spaced: bool = False, header: tuple[str, ...] = _HEADER) -> str:
    return join_lines([*header, *_BODY[:after], *middle, *_BODY[after:], *_FOOTER], spaced)


# ---------------------------------------------------------------- a subheading printed twice in a row

TWICE = [
    "What happens next",
    "A waiting list of 90",
    "Why the council wants to sell",  # no question mark
    "Is there another way?",
    "Lo que viene ahora",
    "Wie geht es weiter?",
    "Un quartier en colère",
    "The vote",
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("heading", TWICE)
def test_a_subheading_printed_twice_is_one_subheading(heading: str, spaced: bool) -> None:
    article = articlecli.parse(_page(heading, heading, spaced=spaced))
    assert [h.text for h in article.headings] == [heading]
    assert heading not in [p.text for p in article.paragraphs]
    assert [r.reason for r in article.removed if r.text == heading] == ["repeated-heading"]
    assert len(article.paragraphs) == len(_BODY)


NOT_TWICE = [
    # a caption printed again with its full stop stays one picture, never a subheading
    pytest.param(
        ("Plot holders at the gates on Sunday.", "Plot holders at the gates on Sunday."),
        id="a caption printed twice",
    ),
    # a label of the page's furniture printed twice stays furniture
    pytest.param(("Advertisement", "Advertisement"), id="an advertisement label twice"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("middle", NOT_TWICE)
def test_other_lines_printed_twice_are_no_subheading(middle: tuple[str, ...], spaced: bool) -> None:
    article = articlecli.parse(_page(*middle, spaced=spaced))
    assert list(article.headings) == []


# ---------------------------------------------------------------- a skip link in another language


SKIP_LINKS = [
    "Vai al contenuto principale",
    "Zum Inhalt springen",
    "Aller au contenu principal",
    "Ir al contenido",
    "Pular para o conteúdo",
    "Ga naar de inhoud",
    "Hoppa till innehållet",
    "Skip to main content",
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("skip", SKIP_LINKS)
def test_a_skip_link_is_no_headline(skip: str, spaced: bool) -> None:
    menu = ("Fenmouth Gazette", "The valley's paper since 1921", "Subscribe", "Sign in", "Home", "News", "Sport")
    header = (skip, *menu, "News › Fenmouth", _HEADER[1], "Plots have been tended by the same families for decades.")
    header += _HEADER[2:]
    article = articlecli.parse(_page(header=header, spaced=spaced))
    assert article.headline == _HEADER[1]
    assert [r.reason for r in article.removed if r.text == skip] == ["label"]  # furniture by its words


# ---------------------------------------------------------------- the page's date and writer under the story

_NO_DATE_HEADER = ("Fenmouth Gazette", "Allotment holders fight plan to sell riverside plots for housing")

UNDER_STORY_DATES = [
    ("Published May 7, 2024 · Updated May 8, 2024", "2024-05-07"),
    ("Posted on 7 May 2024, 10:15", "2024-05-07T10:15"),
    ("07-05-24, 09:40 Laatst bijgewerkt: 08-05-24, 11:02", "2024-05-07T09:40"),
    ("Publicerad 7 maj 2024 kl. 06.00", "2024-05-07T06:00"),
    ("Publié le 7 mai 2024 à 18h00, modifié le 8 mai 2024 à 09h12", "2024-05-07T18:00"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "iso"), UNDER_STORY_DATES)
def test_a_labelled_date_under_the_story_dates_a_page_with_none_above(line: str, iso: str, spaced: bool) -> None:
    page = join_lines([*_NO_DATE_HEADER, "By Tomasz Whitcombe", *_BODY, "Read also", _FOOTER[1], line], spaced)
    article = articlecli.parse(page)
    assert article.published is not None and article.published.iso == iso


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_bare_date_under_a_linked_title_dates_that_story_not_the_page(spaced: bool) -> None:
    page = join_lines([*_NO_DATE_HEADER, "By Tomasz Whitcombe", *_BODY, "Read also", _FOOTER[1], "May 2, 2024"], spaced)
    assert articlecli.parse(page).published is None


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("dash", ["—", "–", "--"])
def test_a_name_signed_under_the_story_is_its_writer(dash: str, spaced: bool) -> None:
    page = join_lines([*_NO_DATE_HEADER, "March 3, 2024", *_BODY, f"{dash} Awino Kanyadudi", *_FOOTER], spaced)
    assert [a.name for a in articlecli.parse(page).authors] == ["Awino Kanyadudi"]


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_signature_is_no_writer_under_a_byline_or_among_signed_posts(spaced: bool) -> None:
    bylined = join_lines([*_HEADER, *_BODY, "— Awino Kanyadudi", *_FOOTER], spaced)
    assert [a.name for a in articlecli.parse(bylined).authors] == ["Tomasz Whitcombe"]
    posts = [_BODY[0], "— Jenna Begay", _BODY[1], _BODY[2], _BODY[3], _BODY[4], "— Luis Carrasco"]
    signed_posts = join_lines([*_NO_DATE_HEADER, "March 3, 2024", *posts, *_FOOTER], spaced)
    assert list(articlecli.parse(signed_posts).authors) == []


@pytest.mark.parametrize("spaced", SPACINGS)
def test_an_agency_signing_off_is_no_writer(spaced: bool) -> None:
    page = join_lines([*_NO_DATE_HEADER, "March 3, 2024", *_BODY, "— Harbour Press Agency", *_FOOTER], spaced)
    assert list(articlecli.parse(page).authors) == []


# ---------------------------------------------------------------- credits in other languages' words

_CAPTION = "Plot holders at the gates of the riverside allotments on Sunday afternoon"

CREDITED = [
    # a picture's word opening a bracketed credit, no colon after it
    pytest.param((f"{_CAPTION} (foto Paolo Greco/Fotolampo)",), "Paolo Greco/Fotolampo", id="(foto Name/Agency)"),
    pytest.param((f"{_CAPTION} (photo Jean Roy)",), "Jean Roy", id="(photo Name)"),
    pytest.param((f"{_CAPTION} (Foto Stadt Lindau)",), "Stadt Lindau", id="(Foto Body)"),
    # a picture's word and a person's name, alone under the caption
    pytest.param((_CAPTION, "Foto Francesca Orlandi"), "Francesca Orlandi", id="Foto Name under"),
    pytest.param((_CAPTION, "Photo Jean Roy"), "Jean Roy", id="Photo Name under"),
    # other languages' courtesies, over the caption, kept whole as a courtesy is
    pytest.param(
        ("Per gentile concessione della Protezione civile", _CAPTION + "."),
        "Per gentile concessione della Protezione civile",
        id="per gentile concessione",
    ),
    pytest.param(
        ("Mit freundlicher Genehmigung von Anna Berg", _CAPTION + "."),
        "Mit freundlicher Genehmigung von Anna Berg",
        id="mit freundlicher Genehmigung",
    ),
]


@pytest.mark.parametrize(("middle", "credit"), CREDITED)
def test_credits_in_other_words_credit_their_caption(middle: tuple[str, ...], credit: str) -> None:
    found = captions(_page(*middle, after=2, spaced=True))
    assert [c for _, c in found] == [credit]
    assert found[0][0] is not None and found[0][0].startswith("Plot holders")


def test_a_gallery_after_a_picture_word_is_no_credit() -> None:
    assert all(credit is None for _, credit in captions(_page(_CAPTION, "Foto Galerie Lindau", after=2, spaced=True)))


# ---------------------------------------------------------------- a caption of names, and a plan that is no scene

NAMES_THEN_CREDIT = [
    ("Rangiwhero District Mayor Hēmi Kawana. Photo / Coastline Courier", "Coastline Courier"),
    ("Council Chief Executive Dame Ruth Ellery. Picture / Valley Times", "Valley Times"),
    ("Harbourmaster Ivo Marsh. Foto / Hafenblatt", "Hafenblatt"),
]


@pytest.mark.parametrize(("line", "credit"), NAMES_THEN_CREDIT)
def test_a_caption_of_names_keeps_its_credit_after_the_full_stop(line: str, credit: str) -> None:
    found = captions(_page(line, after=2, spaced=True))
    assert found == [(line[: line.index(". ") + 1], credit)]


PLANS = [
    ("The traders plan to present a petition to the county assembly on Thursday.", True),
    ("Residents hope to meet the minister before the summer recess begins.", True),
    ("A plan to rebuild the pier, on show at the town hall.", False),  # the noun after an article: a picture's
    ("Stallholders and their hope chests at the old market hall.", False),
]


@pytest.mark.parametrize(("line", "story"), PLANS)
def test_a_group_planning_is_the_story_not_a_picture(line: str, story: bool) -> None:
    """A verb of wanting before "to" tells the story, no picture shows it (the caption evidence's veto)."""
    words = line.split()
    low = [w.strip(".,").lower() for w in words]
    assert caption_evidence._verb_of_the_story(line, words, low, caption_evidence._words()) is story


# ---------------------------------------------------------------- a roundup's numbered items are no teasers

_ITEMS = (
    ("1. Best Overall: The Harbourline Rain Jacket Pro", "It kept our tester dry through a week of coastal squalls."),
    ("2. Best for Cyclists: Spokewise Reflective Shell Two", "Its cut leaves room for a helmet under the hood."),
    ("3. Best Budget Pick: Driftwood Packable Jacket", "At half the price of the others it still sheds a downpour."),
    ("4. Best for Children: Puddlejump Junior Raincoat", "The sleeves roll up and snap in place as a child grows."),
    ("5. Best Splurge: Northmere Three Layer Storm Coat", "It is heavy, but nothing else we tried kept out a gale."),
)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_roundup_s_numbered_items_in_title_case_are_its_subheadings(spaced: bool) -> None:
    middle = [line for item in _ITEMS for line in item]
    article = articlecli.parse(_page(*middle, after=2, spaced=spaced))
    assert [h.text for h in article.headings] == [title for title, _ in _ITEMS]


# ---------------------------------------------------------------- a link to another story in Scandinavian words

READ_ALSO = [
    "LÄS OCKSÅ: Nya busskort – så funkar det",
    "Läs också: Kommunen höjer taxan för parkering",
    "Les også: Fergen står i to uker til",
    "LÆS OGSÅ: Byrådet udskyder beslutningen",
]


@pytest.mark.parametrize("line", READ_ALSO)
def test_a_read_also_link_is_no_subheading(line: str) -> None:
    article = articlecli.parse(_page(line, after=2, spaced=True))
    assert list(article.headings) == []
    assert [r.reason for r in article.removed if r.text == line] == ["related"]


# ---------------------------------------------------------------- a live page's furniture between its posts

_LIVE_HEADER = (
    "Valley Courier",
    "Live: floodwater closes the river road as rain goes on",
    "By Ana Ruiz",
    "May 3, 2024",
)
_POSTS = (
    ("4:10 p.m.", "Bridge closed to cars", "Police closed the old bridge to cars after the river rose a metre."),
    ("3:25 p.m.", "Shelter opens at the school", "A shelter opened at the high school gym for families leaving home."),
    ("2:40 p.m.", "Trains stopped on the valley line", "Rail services between the two towns were halted."),
)


def _live(signed: bool, widget: str | None = None, spaced: bool = True) -> str:
    lines: list[str] = [*_LIVE_HEADER, "The river road is closed and a shelter is open at the high school.", "Share"]
    for n, (stamp, title, text) in enumerate(_POSTS):
        if n == 1 and widget:
            lines.append(widget)  # (between the posts, where a live page prints it)
        lines += [stamp, title, text, "The council said more updates would follow this evening."]
        if signed:
            lines.append(("— Tomas Byrne", "— Mele Fonua", "— Ana Ruiz")[n])
    return join_lines([*lines, *_FOOTER], spaced)


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_writer_signing_a_live_post_is_furniture(spaced: bool) -> None:
    article = articlecli.parse(_live(signed=True, spaced=spaced))
    paragraphs = [p.text for p in article.paragraphs]
    assert not any(p.startswith("—") for p in paragraphs)
    assert [r.reason for r in article.removed if r.text == "— Mele Fonua"] == ["byline"]


@pytest.mark.parametrize("widget", ["Refresh for updates", "Refresh for the latest"])
def test_a_refresh_prompt_is_no_subheading(widget: str) -> None:
    article = articlecli.parse(_live(signed=False, widget=widget))
    assert widget not in [h.text for h in article.headings]


# ---------------------------------------------------------------- a colon closing a paragraph frames the next one

_FRAMED = [
    (
        "Councillor Mia Lund, who chairs the transport committee, said the figures came late. "
        "Harbourmaster Ivo Marsh was more cautious:",
        "“We cannot set fares until we know what the new boat costs to run.”",
        "Ivo Marsh",
    ),
    (
        "Enligt Nyman kan en utbildning starta i höst. Mats Lindqvist på bolaget är mer försiktig:",
        "”En utbildning tar minst ett halvår.”",
        "Mats Lindqvist",
    ),
    (
        "La alcaldesa Rosa Quintero prometió una solución. El vecino Julián Ortega fue tajante:",
        "“No queremos más promesas, queremos agua.”",
        "Julián Ortega",
    ),
]


@pytest.mark.parametrize(("frame", "quote", "speaker"), _FRAMED)
def test_a_paragraph_ending_in_a_colon_gives_the_next_paragraph_s_quote_its_speaker(
    frame: str, quote: str, speaker: str
) -> None:
    article = articlecli.parse(_page(frame, quote, after=2, spaced=True))
    (found,) = [q for q in article.quotes if q.text in quote]
    assert found.speaker == speaker


# ---------------------------------------------------------------- indirect speech of another language, then a quote

_REPORTED_ABROAD = [
    (
        "”Vi har valt att glesa ut i förväg”, säger Mats Lindqvist, trafikchef på bolaget.",
        "Han säger att bolaget har försökt prioritera skolskjutsarna.",
        "”Men det går inte att göra det här utan att någon drabbas.”",
        "Mats Lindqvist",
    ),
    (
        "« Nous avons tout essayé », affirme Claire Dumont, la présidente de l'association.",
        "Elle explique que la commune n'a jamais répondu aux courriers.",
        "« On ne peut pas continuer comme ça. »",
        "Claire Dumont",
    ),
]


@pytest.mark.parametrize(("said", "reported", "quote", "speaker"), _REPORTED_ABROAD)
def test_a_quote_alone_after_indirect_speech_of_another_language_is_the_reporter_s(
    said: str, reported: str, quote: str, speaker: str
) -> None:
    other = "Ein Sprecher der Stadt sagte am Montag, man prüfe den Fall."
    article = articlecli.parse(_page(said, other, reported, quote, after=2, spaced=True))
    (found,) = [q for q in article.quotes if q.text.strip("”“„« »") in quote]
    assert found.speaker == speaker


# ---------------------------------------------------------------- a priest's abbreviated title

PRIESTS = [
    (
        "Fr Colm Hehir, the parish priest, said the village was relieved.",
        "“It was a long year,” Fr Hehir said.",
        "Colm Hehir",
    ),
    ("Fr. Tomás Ortega led the procession.", "“Everyone came out,” said Fr. Ortega.", "Tomás Ortega"),
    ("Msgr. Paul Okafor opened the hall.", "“It belongs to the parish,” Msgr. Okafor said.", "Paul Okafor"),
]


@pytest.mark.parametrize(("named", "quoted", "speaker"), PRIESTS)
def test_a_priest_s_title_is_no_part_of_his_name(named: str, quoted: str, speaker: str) -> None:
    article = articlecli.parse(_page(named, quoted, after=2, spaced=True))
    assert [q.speaker for q in article.quotes] == [speaker]


# ---------------------------------------------------------------- a match's score box over a report's headline

SCORE_BOXES = [
    (
        "FULL TIME",
        "Harbour Town 2 – 1 Port Adair Rovers",
        "Goals: Okafor 34', Lund 89' — Pike 61' (pen)",
        "Att: 3,412 · Quay Park",
    ),
    ("FT", "Harbour Town 3-0 Port Adair", "Scorers: Okafor 12', 50', Lund 77'", "Attendance: 2,040"),
    ("ENDSTAND", "FC Hafenstadt 1:1 SV Nordheim", "Tore: Berger 23' – Kaya 88'", "Zuschauer: 4.100"),
]
_REPORT = (
    "Late Lund header sends Harbour Town top of the table",
    "The substitute struck with a minute left as ten-man Rovers ran out of legs",
    "By Tomas Byrne",
    "March 3, 2024",
)


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", SCORE_BOXES)
def test_a_score_box_over_the_headline_is_no_list_of_links(box: tuple[str, ...], spaced: bool) -> None:
    page = join_lines(["Harbour Sport", "Football", *box, *_REPORT, *_BODY, *_FOOTER], spaced)
    article = articlecli.parse(page)
    assert (article.headline, article.deck) == _REPORT[:2]
