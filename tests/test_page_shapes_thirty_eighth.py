"""The body of pages of kinds the rules were not written from (the thirty-eighth probe set and the held-out sets'
errors: boxes of links in other languages with a crosshead under them, ad slots and share labels set in the story,
captions and credits in other forms).

Each case is a page or a few lines written from scratch around one class (its id names it, as the commit that added
the rule does), in other words, outlets, countries and orders than the probe pages'.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.debris import debris_reason
from articlecli.classify.products import figures_field

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_HEADER = ("The Valley Post", "News", "Region", "Sport", "Region")


def _page(title: str, byline: str, date: str, *body: str, spaced: bool = True) -> str:
    lines = [*_HEADER, title, byline, date, *body, "Contact", "© 2026 Valley Post Media"]
    return join_lines(lines, spaced)


# the story around the lines of a case: four paragraphs before them, two after
_BEFORE = (
    "Harvest crews on the Meyer farm started a week early this year because of the dry autumn weather.",
    "The co-operative says yields are up by a tenth on last year across the district's 40 farms.",
    "“We have not had a start like this since 2011,” co-operative chair Liesl van der Merwe said on Tuesday.",
    "Storage at the Dunmore depot is already two-thirds full, and the co-operative has hired extra trucks.",
)
_AFTER = (
    "Buyers at the Dunmore depot paid less per tonne than in any November since the depot opened.",
    "The co-operative will publish its final harvest figures at its annual meeting in February.",
)


def _parse(page: str) -> articlecli.Article:
    return articlecli.parse(page)


# A box of links to other stories set in the story, under its label in another language, over a crosshead of up to
# five words that is shorter than the titles above it: the titles are links, the crosshead the story's own
LINK_BOXES = [
    pytest.param(
        "Leggi anche:",
        "Il porto di Castelmare chiude per lavori fino a marzo",
        "Chi paga il conto",
        "Il comune ha stimato i costi in 4 milioni di euro, coperti in parte dalla Regione.",
        id="italian-label-five-words",
    ),
    pytest.param(
        "À lire aussi :",
        "Les pêcheurs de Port-Ravel manifestent devant la préfecture",
        "Une saison perdue",
        "Les chalutiers sont restés à quai pendant onze semaines, selon la coopérative.",
        id="french-label-with-its-space-before-the-colon",
    ),
    pytest.param(
        "Te puede interesar",
        "Los embalses de la cuenca bajan al 30 por ciento de su capacidad",
        "Lo que piden los regantes",
        "Los regantes reclaman que se adelanten las obras del canal antes del verano.",
        id="spanish-label-no-colon",
    ),
    pytest.param(
        "Veja também:",
        "Prefeitura anuncia novo horário para os ônibus da zona rural",
        "O que dizem os motoristas",
        "O sindicato dos motoristas diz que a mudança aumenta a jornada sem aumentar o salário.",
        id="portuguese-label",
    ),
    pytest.param(
        "Potrebbe interessarti anche:",
        "La Regione annuncia un piano per il lavoro sulla costa nord della provincia",
        "Quanto costa il pedaggio",
        "La società autostradale chiederà 2,40 euro per tratta dal primo gennaio.",
        id="italian-label-also",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("label", "link", "crosshead", "after"), LINK_BOXES)
def test_a_crosshead_under_a_box_of_links_in_another_language(
    label: str, link: str, crosshead: str, after: str, spaced: bool
) -> None:
    body = (*_BEFORE, label, link, crosshead, after, *_AFTER)
    article = _parse(_page("A headline of a story in the region", "Jo Marlow", "4 December 2026", *body, spaced=spaced))
    paragraphs = [p.text for p in article.paragraphs]
    assert [h.text for h in article.headings] == [crosshead]
    assert label not in paragraphs and link not in paragraphs
    assert after in paragraphs


def test_a_short_last_title_of_a_box_of_links_is_no_crosshead() -> None:
    """A box's second title of five words under a first of eight is one of its links: a crosshead of five words
    stands under a title four words longer at least."""
    box = (
        "Lesen Sie auch:",
        "Sturm über dem Vogelsberg: Baum stürzt auf Kreisstraße",
        "Fährbetrieb am Edersee wieder aufgenommen",
    )
    body = (*_BEFORE, *box, *_AFTER)
    article = _parse(_page("A headline of a story in the region", "Jo Marlow", "4 December 2026", *body))
    assert not article.headings
    assert [p.text for p in article.paragraphs] == [*_BEFORE, *_AFTER]


# The label of an ad slot and a prompt to share the story, set between paragraphs: furniture, and the crosshead under
# them the story's own
SLOT_LABELS = [
    pytest.param("Story continues below", id="ad-slot-label"),
    pytest.param("Story continues after advertisement", id="ad-slot-label-after"),
    pytest.param("Story continues below this ad", id="ad-slot-label-this-ad"),
    pytest.param("Kindly share this story:", id="share-prompt-kindly"),
    pytest.param("Please share this story", id="share-prompt-please"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("label", SLOT_LABELS)
def test_an_ad_slot_or_share_prompt_in_the_story_is_furniture(label: str, spaced: bool) -> None:
    body = (*_BEFORE, label, "Prices at the gate", *_AFTER)
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    assert label not in [p.text for p in article.paragraphs]
    assert [h.text for h in article.headings] == ["Prices at the gate"]


# A non-profit newsroom's appeal set in the story or after it: its title, its pitch and its button are furniture,
# the story's crosshead and paragraphs after it are the story's
DONATION_BOXES = [
    pytest.param(
        (
            "Keep coastal news free",
            "The Shoreline Record is a nonprofit newsroom funded by readers like you. Gifts are matched this month.",
            "Donate today",
        ),
        id="title-pitch-button",
    ),
    pytest.param(
        ("Valle Abierto es un medio sin fines de lucro. Tu aporte sostiene nuestras investigaciones.", "Donar"),
        id="spanish-pitch-button",
    ),
    pytest.param(
        (
            "Apoie o jornalismo local",
            "O Correio do Sertão é um site sem fins lucrativos. Sua doação mantém as reportagens abertas a todos.",
            "Doe agora",
        ),
        id="portuguese-title-pitch-button",
    ),
    pytest.param(
        ("La Gazette du Morvan est un média à but non lucratif. Soutenez une information libre.", "Faire un don"),
        id="french-pitch-button",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("box", DONATION_BOXES)
def test_a_non_profit_newsroom_s_appeal_is_furniture(box: tuple[str, ...], spaced: bool) -> None:
    body = (*_BEFORE, *box, "What comes next", *_AFTER)
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    paragraphs = [p.text for p in article.paragraphs]
    assert not set(box) & set(paragraphs)
    assert [h.text for h in article.headings] == ["What comes next"]
    assert paragraphs[-2:] == list(_AFTER)


def test_a_story_about_a_charity_s_appeal_keeps_its_sentences() -> None:
    """A story's sentence about a non-profit group over a short line that is no button stays the story's."""
    body = (
        *_BEFORE,
        "The food bank is a non-profit group run by volunteers, and it relies on donations from local farms.",
        "Its shelves were half empty by the end of October, its manager said.",
        *_AFTER,
    )
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    assert body[4] in [p.text for p in article.paragraphs]


# A crosshead in capitals glued under a paragraph of speech (a quotation opening it) titles what follows: no credit
# of a caption, and the quotation stays a paragraph; under a caption's sentence, a name or agency in capitals is one
CAPITALS_UNDER_SPEECH = [
    pytest.param("“We were told the money was there. It never was,” Ms Ferreira said.", "WHERE IT WENT", id="curly"),
    pytest.param('"Nobody asked the drivers," said union rep Tomasz Wrona.', "NEXT STEPS", id="straight-said-first"),
    pytest.param("« On nous a oubliés », a déclaré la maire, Odile Perrin.", "LA SUITE", id="guillemets"),
]


@pytest.mark.parametrize(("speech", "crosshead"), CAPITALS_UNDER_SPEECH)
def test_a_crosshead_in_capitals_under_speech_is_no_credit(speech: str, crosshead: str) -> None:
    body = (*_BEFORE, speech, crosshead, *_AFTER)
    article = _parse(
        _page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body, spaced=False)
    )
    assert speech in [p.text for p in article.paragraphs]
    assert [h.text for h in article.headings] == [crosshead]
    assert not article.captions


def test_an_agency_in_capitals_under_a_caption_s_sentence_is_its_credit() -> None:
    caption = "Trucks queue at the Dunmore depot on Monday morning."
    body = (*_BEFORE, caption, "REUTERS", *_AFTER)
    article = _parse(
        _page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body, spaced=False)
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "REUTERS")]


# A gallery's slide printed with no credit, between its counter and the next slide's counter: a caption, as the
# slides around it with a credit are
SLIDE_COUNTERS = [
    pytest.param(("Image 1 of 3", "Image 2 of 3", "Image 3 of 3"), id="image-n-of-m"),
    pytest.param(("Photo 1 of 3", "Photo 2 of 3", "Photo 3 of 3"), id="photo-n-of-m"),
    pytest.param(("1 of 3", "2 of 3", "3 of 3"), id="bare-n-of-m"),
    pytest.param(("1 / 3", "2 / 3", "3 / 3"), id="n-slash-m"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("counters", SLIDE_COUNTERS)
def test_a_gallery_slide_with_no_credit_is_a_caption(counters: tuple[str, str, str], spaced: bool) -> None:
    slides = (
        counters[0],
        "Floats gather on Harbour Road before the parade sets off. Photo: Keri Tane",
        counters[1],
        "Children from Wharekura school lead the drummers past the wharf.",
        counters[2],
        "The mayor, Ani Rewiti, judges the best-dressed float. Photo: Keri Tane",
    )
    body = (*slides, *_BEFORE, *_AFTER)
    title = "In pictures: Floats, drums and sunshine at the Harbour Day parade"
    article = _parse(_page(title, "Mere Holloway", "6 December 2026", *body, spaced=spaced))
    assert [c.text for c in article.captions] == [slides[1][: slides[1].index(" Photo:")], slides[3], slides[5][:-17]]
    assert slides[3] not in [p.text for p in article.paragraphs]


# The label of the story's own box of labelled rows set apart mid-story: a subheading, its rows paragraphs, and the
# story goes on under the box
BOX_LABELS = [
    pytest.param("AT A GLANCE", ("Length of line: 38 km", "Stations: 6", "Budget: £6.4bn"), id="capitals"),
    pytest.param("By the numbers", ("Farms: 40", "Tonnes stored: 12,500", "Trucks hired: 18"), id="by-the-numbers"),
    pytest.param(
        "If you go",
        ("Where: Dunmore showgrounds", "When: Saturday, 9am to 4pm", "Entry: free for under-12s"),
        id="if-you-go",
    ),
    pytest.param("Datos clave", ("Inversión: 1.900 millones", "Puestos: 80", "Apertura: sábado"), id="spanish"),
]


@pytest.mark.parametrize(("label", "rows"), BOX_LABELS)
def test_a_box_label_over_labelled_rows_is_a_subheading(label: str, rows: tuple[str, ...]) -> None:
    body = (*_BEFORE, label, *rows, *_AFTER)
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    paragraphs = [p.text for p in article.paragraphs]
    assert [h.text for h in article.headings] == [label]
    assert paragraphs[-5:] == [*rows, *_AFTER]


# A note on a page's shopping links, however it is worded: furniture; a story's sentence about commissions is not
AFFILIATE_LINES = [
    pytest.param("Kitchen Notes may earn a commission when you buy through links on our site.", "retailer", id="site"),
    pytest.param("If you click a link and buy something, we may receive a small commission.", "retailer", id="small"),
    pytest.param(
        "Our picks are independent. When you shop through our links, we may get an affiliate commission.",
        "retailer",
        id="affiliate",
    ),
    pytest.param("Estate agents may earn a commission of up to 2% on each sale, the report found.", None, id="story"),
    pytest.param("The commission may link the two inquiries when it reports in March.", None, id="a-commission"),
]


@pytest.mark.parametrize(("line", "reason"), AFFILIATE_LINES)
def test_an_affiliate_disclosure_is_furniture(line: str, reason: str | None) -> None:
    assert debris_reason(line) == reason


# A box's row of figures under a label of words is never a subheading nor a roundup's item, whatever follows it;
# a title with a colon that says more than figures may be one
FIGURE_ROWS = [
    pytest.param("Attendance: 6,420", True, id="attendance"),
    pytest.param("Net profit: S$27.4m (-18%)", True, id="profit-and-change"),
    pytest.param("Turnout: 61.4%", True, id="turnout"),
    pytest.param("Budget 2027: €4.1bn", False, id="a-figure-in-the-label"),
    pytest.param("Day 3: 40km to Fenby", False, id="stage-title"),
    pytest.param("Best overall: Acme Trail lamp, $39", False, id="roundup-item"),
    pytest.param("Why it matters: 2,000 jobs", False, id="a-word-after-the-figure"),
]


@pytest.mark.parametrize(("line", "row"), FIGURE_ROWS)
def test_a_labelled_row_of_figures(line: str, row: bool) -> None:
    assert figures_field(line, line.index(":")) is row


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("line", ["Attendance: 6,420", "Revenue: R1.2bn (+4%)", "Votes cast: 18,204"])
def test_a_row_of_figures_over_the_story_is_no_subheading(line: str, spaced: bool) -> None:
    body = (*_BEFORE, line, *_AFTER)
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    assert not article.headings


# A sign-up box set in the story in another language, or with its button glued to its pitch: its title, pitch and
# button are furniture, the story's paragraphs around it are the story's
SIGN_UP_BOXES = [
    pytest.param(
        ("La newsletter du Morvan", "Chaque lundi, l'essentiel de l'actualité locale.", "Inscrivez-vous"), id="fr"
    ),
    pytest.param(("Newsletter Valle", "Todos los viernes, lo mejor de la semana.", "Suscríbete"), id="es"),
    pytest.param(
        ("Der Newsletter am Abend", "Jeden Abend die wichtigsten Nachrichten aus der Region.", "Jetzt abonnieren"),
        id="de",
    ),
    pytest.param(
        ("Sign up for the Valley Weekender", "Every Friday, our picks for the weekend. Sign up"),
        id="button-glued-to-the-pitch",
    ),
    pytest.param(
        ("Iscriviti alla newsletter del Corriere di Valdaso", "Ogni martedì le notizie della valle. Iscriviti"),
        id="it-button-glued-to-the-pitch",
    ),
]


@pytest.mark.parametrize("box", SIGN_UP_BOXES)
def test_a_sign_up_box_in_the_story(box: tuple[str, ...]) -> None:
    body = (*_BEFORE, *box, *_AFTER)
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    assert [p.text for p in article.paragraphs] == [*_BEFORE, *_AFTER]
    assert not article.headings


# A lead picture under a share label, over a story opening with its dateline, its caption closed by a credit of a
# name and an outlet with a slash between: a caption, not the title of a box of links the share label would open
SLASH_CREDITS = [
    pytest.param(" — AZMAN YUSOF/The Harbour Star", "AZMAN YUSOF/The Harbour Star", id="dash-capitals"),
    pytest.param(" - Farah Idris/Valley Post", "Farah Idris/Valley Post", id="hyphen"),
    pytest.param(" Pic: Chen Wei Ling/The Star Weekly", "Chen Wei Ling/The Star Weekly", id="pic-label"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("tail", "credit"), SLASH_CREDITS)
def test_a_lead_caption_under_a_share_label(tail: str, credit: str, spaced: bool) -> None:
    caption = "Growers unload their harvest at the Dunmore depot yesterday."
    story = ("DUNMORE: " + _BEFORE[0], *_BEFORE[1:], *_AFTER)  # a dateline opening the story
    body = ("5 min read", "Share this article", caption + tail, *story)
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [p.text for p in article.paragraphs] == list(story)


# A caption with no credit closed by a bracketed note of what the picture is: a caption between paragraphs, not a
# subheading or a paragraph
KIND_NOTES = [
    pytest.param("The new ticket hall as it will look from the concourse (computer rendering)", id="rendering"),
    pytest.param("Farmers queue at a procurement centre in the district (Representational image)", id="india"),
    pytest.param("How the footbridge will cross the river at Dunmore (artist's impression)", id="impression"),
    pytest.param("A combine harvester in a wheat field near the town (stock photo)", id="stock"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("caption", KIND_NOTES)
def test_a_caption_closed_by_its_picture_s_kind(caption: str, spaced: bool) -> None:
    body = (*_BEFORE, caption, *_AFTER)
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    # (the note is kept with the caption, or read as its credit where its last word is a picture's: "stock photo")
    assert [c.text for c in article.captions] in ([caption], [caption[: caption.index(" (")]])
    assert not article.headings
    assert [p.text for p in article.paragraphs] == [*_BEFORE, *_AFTER]


# A box of a few lines set a block each mid-story under its label in capitals (a fixture, its date, its labelled
# rows): the story goes on under it
MATCH_BOXES = [
    pytest.param(
        ("MATCH FACTS", "Dunmore Rovers v Harbour Town", "Saturday 12 December, kick-off 3pm", "Venue: Meyer Park"),
        id="match-facts",
    ),
    pytest.param(
        ("FIXTURE", "Valley Kings v Coast Wanderers", "Friday 4 December, 7.45pm", "Referee: Tom Ashe", "TV: Live"),
        id="fixture-with-two-labelled-rows",
    ),
    pytest.param(
        ("THE DETAILS", "Dunmore Harvest Fair", "Sunday 6 December, 10am to 4pm", "Entry: Free", "Parking: Meyer Park"),
        id="event-details",
    ),
]


@pytest.mark.parametrize("box", MATCH_BOXES)
def test_the_story_goes_on_under_a_box_of_rows(box: tuple[str, ...]) -> None:
    body = (*_BEFORE, *box, *_AFTER)
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    # (a labelled row alone at the box's end may still be read as a subheading: not this rule's class)
    assert [p.text for p in article.paragraphs][-2:] == list(_AFTER)


# A share row's label printed with the headline it shares, after the story: furniture, not its last paragraph
SHARE_LABELS = [
    pytest.param("Share this Story: ", id="share-this-story"),
    pytest.param("Share this article: ", id="share-this-article"),
    pytest.param("Share: ", id="share"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("label", SHARE_LABELS)
def test_a_share_label_with_the_headline_is_furniture(label: str, spaced: bool) -> None:
    title = "Early harvest lifts yields in the district? Growers say it is only half the story"
    body = (*_BEFORE, *_AFTER, label + title)
    article = _parse(_page(title, "By Ana Pereira", "May 3, 2026", *body, spaced=spaced))
    assert [p.text for p in article.paragraphs] == [*_BEFORE, *_AFTER]


# A box of links set before the story's last paragraph: the sentence under its titles, alone before the page's next
# box, repeating words of the story, is the story's last paragraph; a blurb under a title that repeats nothing of the
# story, or running text going on under it, is not
LAST_AFTER_LINKS = [
    pytest.param("Related stories", "The co-operative will publish its final harvest figures in February.", id="en"),
    pytest.param("READ MORE:", "Storage at the depot will be reviewed by the co-operative in February.", id="caps"),
    pytest.param("Lees ook", "The co-operative says the final harvest figures will follow in February.", id="nl-label"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("label", "last"), LAST_AFTER_LINKS)
def test_the_story_s_last_paragraph_under_a_box_of_links(label: str, last: str, spaced: bool) -> None:
    box = (label, "Council approves new bus lanes on Harbour Road", "Dunmore school marks its centenary with a fair")
    body = (*_BEFORE, _AFTER[0], *box, last, "Most read", "Three new cafés open on the quay")
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    assert [p.text for p in article.paragraphs] == [*_BEFORE, _AFTER[0], last]


def test_a_blurb_under_a_box_of_links_is_not_the_story_s() -> None:
    box = ("Related stories", "Council approves new bus lanes on Harbour Road", "Dunmore school marks its centenary")
    blurb = "Pupils and teachers past and present gathered for a day of games and music."
    body = (*_BEFORE, _AFTER[0], *box, blurb, "Most read", "Three new cafés open on the quay")
    article = _parse(_page("Early harvest lifts yields in the district", "By Ana Pereira", "May 3, 2026", *body))
    assert blurb not in [p.text for p in article.paragraphs]


def test_the_donate_buttons_are_written_as_their_keys() -> None:
    """`inserts.donation_boxes` looks a button up by the line's key: the lexicon writes each as its key is."""
    from articlecli import lexicon as L
    from articlecli.classify.words import key_of

    assert [w for w in L.DONATE_BUTTONS if key_of(w) != w] == []
