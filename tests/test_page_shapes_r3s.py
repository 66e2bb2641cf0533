"""Furniture the seventy-third to seventy-fifth probe sets showed kept as paragraphs, built for every outlet: a
contents label over one line of in-page links set apart by bars or dots ("Jump to:" / "Best overall | Best budget
| ..."), in the languages the tables hold; a shopping links' note that says the site may receive compensation rather
than a commission or a fee. Each page here is written from scratch, read a line a block and with blank lines
between.
"""

from __future__ import annotations

import pytest

import articlecli

_HEAD = ("Harbour Review", "Home | Reviews | Deals", "The best rain jackets for a wet autumn", "By Ines Varga")
_BODY = (
    "We wore eleven jackets through six weeks of coastal rain, on bikes, on ferries and on the school run.",
    "Each one went through a shower test in the office car park and a full day on the cliff path.",
    "The jackets below kept us dry longest and still packed small enough for a day bag.",
    "Our favourite was the lightest of the lot, and it cost less than half of the dearest jacket we tried.",
    "Two jackets leaked at the zip within a week, and one lost its hood in a gust on the harbour wall.",
    "Sizes run small across most brands, so order one up if you wear a fleece underneath.",
    "Prices were checked on Tuesday and may have changed since.",
)

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]


def _page(*middle: str, spaced: bool) -> str:
    lines = [*_HEAD, *_BODY[:3], *middle, *_BODY[3:], "More from Reviews", "Contact us | Privacy"]
    return ("\n\n" if spaced else "\n").join(lines) + "\n"


# (label, row): a contents label and its row of in-page links, in the outlets' forms and languages
CONTENTS_ROWS = [
    pytest.param("Jump to:", "Best overall | Best budget | Best for cyclists | Best for kids", id="jump-to-bars"),
    pytest.param("In this guide:", "How we tested · Our picks · What to look for · FAQs", id="guide-dots"),
    pytest.param("Sommaire :", "Le meilleur · Le moins cher · Pour le vélo · Pour les enfants", id="sommaire"),
    pytest.param("En este artículo:", "Cómo probamos | Los elegidos | Qué buscar", id="es-articulo"),
    pytest.param("Inhalt:", "So haben wir getestet • Unsere Favoriten • Worauf achten", id="de-inhalt"),
    pytest.param("In dit artikel:", "Zo testten we | Onze keuzes | Waar let je op", id="nl-artikel"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("label", "row"), CONTENTS_ROWS)
def test_a_contents_label_and_its_row_of_links_are_furniture(label: str, row: str, spaced: bool) -> None:
    article = articlecli.parse(_page(label, row, spaced=spaced))
    texts = [p.text for p in article.paragraphs]
    assert label not in texts
    assert row not in texts
    assert _BODY[3] in texts


# (label, row): a label or a row that is no contents list keeps its lines
NOT_CONTENTS = [
    pytest.param("Jump to:", "We tested every jacket in the rain | and in the wind.", id="sentences"),
    pytest.param("Our verdict:", "Best overall | Best budget | Best for kids", id="other-label"),
    pytest.param("Jump to:", "Best overall | Best budget", id="two-links"),
]


@pytest.mark.parametrize(("label", "row"), NOT_CONTENTS)
def test_a_row_that_is_no_contents_row_is_not_taken(label: str, row: str) -> None:
    article = articlecli.parse(_page(label, row, spaced=True))
    assert not any(d.text == row and d.rule == "runs/contents-row" for d in article.removed)


# a shopping links' note, worded around what the site may receive
AFFILIATE_NOTES = [
    "If you purchase a product or register for an account through a link on our site, we may receive compensation.",
    "When you buy through links on this page, Harbour Review may receive compensation.",
    "We may earn compensation from the retailers we link to.",
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("note", AFFILIATE_NOTES)
def test_a_note_on_compensation_from_links_is_furniture(note: str, spaced: bool) -> None:
    article = articlecli.parse(_page(note, spaced=spaced))
    assert note not in [p.text for p in article.paragraphs]
    assert _BODY[4] in [p.text for p in article.paragraphs]


# a roundup: each item's name over its shop line, its blurb and its row of fields; `shop` and `title` vary
def _roundup(shop: str, fields: str, title: str, spaced: bool) -> str:
    lines = [
        "Harbour Review",
        "The best kettles for a small kitchen",
        "By Ines Varga",
        "We boiled a litre of water four hundred times across nine kettles over a month in a shared office.",
        "Each one was judged on speed, noise, how easy it was to pour, and how hot the handle got.",
        "Best overall: Brisa Glass Rapid",
        shop,
        "It boiled a litre in just under three minutes and was the quietest kettle we tried by a clear margin.",
        "The lid opens wide enough to clean the inside with a sponge, which few of the others allowed.",
        "Best budget: Quay Steel Mini",
        "£24.99 at Lantern Home",
        "It is slow and loud, but it never leaked and the handle stayed cool through every boil we timed.",
        "Friends who borrowed it for a week asked to keep it, which is the best review we can give.",
        fields,
        title,
        "Two kettles that sold well last year leaked at the base within a fortnight of daily use.",
        "A third had a lid that sprang open when it was tipped to pour, which is a scald waiting to happen.",
        "Prices were checked on Monday and may have changed since.",
    ]
    return ("\n\n" if spaced else "\n").join(lines) + "\n"


# a shop line whose full stop closes the shop's legal form, not a sentence
SHOP_LINES = [
    "$64.99 at Denali Supply Co.",
    "£89 at Kestrel & Sons Ltd.",
    "€72 from Haverland GmbH.",
    "$45 at Northshore Outfitters Inc.",
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("shop", SHOP_LINES)
def test_a_shop_line_ending_in_a_legal_form_is_the_items_retailer(shop: str, spaced: bool) -> None:
    page = _roundup(shop, "Capacity: 1.7 l | Weight: 1.1 kg | Cord: 75 cm", "What we didn't pick", spaced)
    article = articlecli.parse(page)
    assert "Best overall: Brisa Glass Rapid" in [h.text for h in article.headings]
    assert shop not in [p.text for p in article.paragraphs]


# (the item's last row of fields, the section's title glued under it)
FIELD_ROWS_AND_TITLES = [
    pytest.param("Capacity: 1.7 l | Weight: 1.1 kg | Cord: 75 cm", "What we didn't pick", id="figures"),
    pytest.param("Capacity: 0.8 l | Finish: brushed steel | Filter: removable", "The ones we left out", id="words"),
    pytest.param("Dimensions: 22 x 16 x 25 cm", "Also tested", id="one-field"),
    pytest.param("Power: 2,200 W | Colours: black, cream, sage", "Kettles to skip", id="two-fields"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("fields", "title"), FIELD_ROWS_AND_TITLES)
def test_a_title_glued_under_an_items_row_of_fields_is_a_subheading(fields: str, title: str, spaced: bool) -> None:
    article = articlecli.parse(_roundup("£39.99 at Lantern Home", fields, title, spaced))
    assert title in [h.text for h in article.headings]
    assert fields not in [h.text for h in article.headings]
