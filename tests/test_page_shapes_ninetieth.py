"""The header's furniture, read as the rules of the ninetieth set's stop read it (tests/header_stress.py found the
classes): each table holds lines written from scratch, in other words, outlets, languages and orders than the pages
the rules were written from, put into a header whose headline, standfirst, byline and date are known."""

from __future__ import annotations

import datetime as dt

import pytest

from articlecli.classify.title_kinds import not_a_title
from articlecli.model import Article
from articlecli.pipeline import ParseOptions, parse

NOW = dt.datetime(2024, 5, 14, 16, 0, tzinfo=dt.timezone.utc)
BODY = (
    "The regional council voted on Thursday to close the old quay to lorries from the first of June, after engineers "
    "found cracks in two of its five piers.",
    "Fishing boats will still land their catch at the quay, but trucks collecting it will have to wait at the new "
    "yard on Salt Road, a kilometre inland.",
    '"We cannot take the risk of a pier giving way under a loaded truck," the council\'s engineer, Ilse Marwick, said.',
)


def _page(*header: str, blank: bool = True) -> Article:
    sep = "\n\n" if blank else "\n"
    text = sep.join(("Harbour Gazette", "News", "Sport", "Business", *header, *BODY)) + "\n"
    return parse(text, ParseOptions(now=NOW))


TITLE = "Cracked piers close the old quay to lorries"
DECK = "Trucks will have to load fish at a new yard a kilometre inland from June"
BYLINE = "By Marit Olsen"
DATE = "10 May 2024"


# A breadcrumb trail or share text ending in the headline, over it: the headline printed again under a label.
@pytest.mark.parametrize(
    "crumb",
    [
        f"Home › News › Regions › {TITLE}",
        f"Inicio / Noticias / {TITLE}",
        f"Startseite > Lokales > {TITLE}",
        f"Accueil » Actualités » {TITLE}",
        f"Share on WhatsApp: {TITLE}",
        f"News | Coast | {TITLE}",
    ],
)
def test_a_trail_ending_in_the_headline_is_no_headline(crumb: str) -> None:
    art = _page(crumb, TITLE, DECK, BYLINE, DATE)
    assert (art.headline, art.deck) == (TITLE, DECK)


# A widget's text or button between the headline and its standfirst, or between the standfirst and the byline.
WIDGETS = [
    "Share this story with your neighbours",
    "Send this article to a friend",
    "Email this page",
    "Text size",
    "Font size A+ A-",
    "A- A A+",
    "Tamaño del texto",
    "Taille du texte",
    "Schriftgröße",
    "Escuchar nota",
    "Guardar",
    "Merken",
    "Imprimer",
    "Bookmark",
]


@pytest.mark.parametrize("widget", WIDGETS)
@pytest.mark.parametrize("blank", [True, False])
def test_a_widget_under_the_headline_is_furniture(widget: str, blank: bool) -> None:
    # (the sentence under it is the standfirst or, under a share row, the lead picture's caption without a credit:
    # credit_places.lead_caption_under_share_row decides; either way it is no headline)
    art = _page(TITLE, widget, DECK, BYLINE, DATE, blank=blank)
    assert (art.headline, [a.name for a in art.authors]) == (TITLE, ["Marit Olsen"])
    assert art.deck == DECK or (DECK, None) in [(c.text, c.credit) for c in art.captions]


@pytest.mark.parametrize("widget", WIDGETS[::3])
def test_a_widget_over_the_byline_is_furniture(widget: str) -> None:
    art = _page(TITLE, DECK, widget, BYLINE, DATE)
    assert (art.headline, art.deck) == (TITLE, DECK)


# Another story's title with its own date: the date is not the article's.
@pytest.mark.parametrize(
    "related",
    [
        ("Related: Ferry fares rise again on the island route", "3 March 2023"),
        ("READ MORE: Fish prices fall as the winter catch comes in", "January 12, 2024"),
        ("Lesen Sie auch: Neue Brücke über den Hafen eröffnet", "03.02.2024"),
        ("Te puede interesar: El puerto amplía su muelle norte", "4 de febrero de 2024"),
        ("Lire aussi : La criée rouvre après six mois de travaux", "2 avril 2024"),
    ],
)
@pytest.mark.parametrize("where", ["over-the-headline", "over-the-byline", "over-the-body"])
def test_a_related_titles_date_is_not_the_articles(related: tuple[str, str], where: str) -> None:
    if where == "over-the-headline":
        header = (*related, TITLE, DECK, BYLINE, DATE)
    elif where == "over-the-byline":
        header = (TITLE, DECK, *related, BYLINE, DATE)
    else:
        header = (TITLE, DECK, BYLINE, DATE, *related)
    art = _page(*header)
    assert art.published is not None and art.published.iso is not None
    assert (art.headline, art.published.iso[:10]) == (TITLE, "2024-05-10")


@pytest.mark.parametrize(
    "other",
    [
        ("Harbour board names its first woman chair", "8 May 2024"),
        ("Seal pup rescued from the marina slipway", "Tuesday 7 May 2024"),
    ],
)
def test_a_title_and_its_date_over_the_headline_are_another_storys(other: tuple[str, str]) -> None:
    art = _page(*other, TITLE, DECK, BYLINE, DATE)
    assert art.published is not None and art.published.iso is not None
    assert (art.headline, art.published.iso[:10]) == (TITLE, "2024-05-10")


# A date line between the headline and its standfirst: still a title over its standfirst.
@pytest.mark.parametrize(
    "date",
    [
        "Last Updated : 10-05-2024 09:10 IST",
        "PUBLISHED FRI, MAY 10 2024 9:10 AM EST",
        "Publicado el 10 de mayo de 2024",
        "Veröffentlicht am 10.05.2024 um 09:10 Uhr",
        "05.10.2024 09:00 AM",
    ],
)
def test_a_date_between_headline_and_standfirst(date: str) -> None:
    art = _page(
        TITLE, date, "Engineers found cracks in two of the five piers, and trucks will load fish inland", BYLINE
    )
    assert art.headline == TITLE
    assert art.deck == "Engineers found cracks in two of the five piers, and trucks will load fish inland"


# A byline without "By": a name and its outlet, no comma.
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Aidan Fortier Coastal Herald", "names"),
        ("Maria Olsen Harbour Gazette", "names"),
        ("Marit Olsen Harbour Gazette", None),  # a given name the lexicon does not know: a name's shape is not enough
        ("Ruth Adjei Eastbay Times", "names"),
        ("Emma Clarke joins the Harbour Herald", None),
        ("Storm hits the Coastal Herald offices", None),
        ("Harbour Herald", None),
    ],
)
def test_a_name_and_its_outlet_are_a_byline(line: str, kind: str | None) -> None:
    assert not_a_title(line) == kind


# A summary between the byline and a date or a name: the standfirst, set inside the header.
@pytest.mark.parametrize(
    ("byline", "under"),
    [
        ("Posted by Marit Olsen", DATE),
        ("Written by Marit Olsen", "Marit Olsen"),
        ("Marit Olsen Harbour Gazette", DATE),
        ("By Marit Olsen", "Updated 10 May 2024, 9:10am"),
    ],
)
def test_a_summary_between_the_headlines_anchors_is_the_standfirst(byline: str, under: str) -> None:
    art = _page(TITLE, byline, DECK, under, DATE)
    assert (art.headline, art.deck) == (TITLE, DECK)
