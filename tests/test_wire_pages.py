"""Wire copy and regional pages of other countries: the speakers their cues name, and the boxes and credits
they print between paragraphs (the classes the sixth probes showed)."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.bylines import parse_byline

from .conftest import quotes_of

# (paragraphs, quotes as (text, speaker))
SPEAKERS = [
    # a title of an organisation after the cue, the name in apposition to it: the name, not the organisation
    (
        ["«No hay otra salida», afirmó en rueda de prensa el titular de la Comisión del Agua, Ramiro Lugo Saavedra."],
        [("No hay otra salida", "Ramiro Lugo Saavedra")],
    ),
    # a party or portfolio in brackets after the name
    (
        ['"Dit kost fietsers tien minuten", zegt wethouder Marijke Hoogland (Verkeer).'],
        [("Dit kost fietsers tien minuten", "Marijke Hoogland")],
    ),
    (
        ["„Die Schule bleibt offen“, sagte Stadträtin Anna Weber (SPD)."],
        [("Die Schule bleibt offen", "Anna Weber")],
    ),
    # an unnamed source with an indefinite article: the description, without the place it spoke from
    (
        ['"Op de bus passen ook fietsen", aldus een woordvoerder van de gemeente.'],
        [("Op de bus passen ook fietsen", "woordvoerder van de gemeente")],
    ),
    (
        ["„Die Böden sind gesättigt“, sagte ein Meteorologe in Offenbach."],
        [("Die Böden sind gesättigt", "Meteorologe")],
    ),
    # the cue with no subject after it (Portuguese and Spanish leave it out): the person named before
    (
        [
            "Segundo o coordenador da Defesa Civil, coronel Fabiano de Souza, 11 cidades estão em alerta. "
            '"O solo está encharcado", afirmou.'
        ],
        [("O solo está encharcado", "Fabiano de Souza")],
    ),
    (
        ['A dona de casa Rosângela Mendes, de 48 anos, saiu com os filhos. "Saímos só com a roupa do corpo", contou.'],
        [("Saímos só com a roupa do corpo", "Rosângela Mendes")],
    ),
    (
        ["La alcaldesa de Tulum, Marisol Cen Chablé, visitó la zona. «Nadie se queda sin agua», aseguró."],
        [("Nadie se queda sin agua", "Marisol Cen Chablé")],
    ),
    # a courtesy title of three letters inside the name in apposition ("Mrs.", "Gov."): the name
    (
        ['Another resident, Mrs. Ada Etim, said, "I have three children."'],
        [("I have three children.", "Ada Etim")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPEAKERS, ids=[s[0][0][:40] for s in SPEAKERS])
def test_speakers_of_wire_and_regional_cues(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert quotes_of(*paragraphs) == expected


PAGE = """Emsland-Bote
Startseite
Region
Sport
Lingen
Neuer Radweg zwischen Lingen und Meppen freigegeben
Der Radweg entlang der Ems ist fertig. Die Stadt feiert am Samstag mit einer Radtour.
Von Jana Freese
Dienstag, 12. März 2024, 14:35 Uhr
Der neue Radweg ist seit Montag für Radfahrer freigegeben, wie die Stadt Lingen am Dienstag mitteilte.
Der Weg ist vier Meter breit und hat eine eigene Beleuchtung. Er hat rund zwei Millionen Euro gekostet.
Lesen Sie auch:
Brücke über die Ems wird saniert
Neuer Busfahrplan ab April
Advertentie
Zur Eröffnung am Samstag gibt es eine Radtour mit dem Bürgermeister und ein Fest am Rathaus.
Radfahrer auf dem neuen Weg bei Lingen. Beeld: Rob Engelaar
Die Stadt plant bereits einen zweiten Abschnitt bis nach Haselünne im kommenden Jahr.
"""


def test_a_box_of_links_under_a_label_with_a_colon_is_no_part_of_the_body() -> None:
    paragraphs = [p.text for p in parse(PAGE).paragraphs]
    assert "Lesen Sie auch:" not in paragraphs
    assert "Brücke über die Ems wird saniert" not in paragraphs
    assert "Advertentie" not in paragraphs
    assert len(paragraphs) == 4
    assert parse(PAGE).headline == "Neuer Radweg zwischen Lingen und Meppen freigegeben"


def test_a_dutch_credit_label_is_read() -> None:
    captions = [(c.text, c.credit) for c in parse(PAGE).captions]
    assert captions == [("Radfahrer auf dem neuen Weg bei Lingen.", "Rob Engelaar")]


# A lead of another language before the newsroom's name: the newsroom signs, as "By Staff" does
NEWSROOM_BYLINES = [
    ("Por Redacción", ["Redacción"]),
    ("Von Redaktion", ["Redaktion"]),
    ("Por Redação / Porto Alegre", ["Redação"]),
]


@pytest.mark.parametrize(("line", "authors"), NEWSROOM_BYLINES, ids=[b[0] for b in NEWSROOM_BYLINES])
def test_a_newsroom_signed_after_a_foreign_lead(line: str, authors: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert [a.name for a in byline.authors] == authors


AGENCY_PAGE = """Oberland-Kurier
Startseite
Region
Sport
Bayern
Nach Starkregen: Pegel der Loisach steigt auf Meldestufe zwei
In Garmisch-Partenkirchen sind Keller vollgelaufen. Die Feuerwehr rechnet am Abend mit Entspannung.
14.05.2024 | 11:20 Uhr
dpa
Teilen
Garmisch-Partenkirchen (dpa/lby) - Nach heftigen Regenfällen ist der Pegel der Loisach über Nacht gestiegen.
Die Feuerwehr war seit Mitternacht mehr als 60 Mal im Einsatz, meist wegen vollgelaufener Keller.
Erst ab Mittwoch soll es nach Angaben des Wetterdienstes trockener werden.
"""


def test_a_wire_agency_in_lower_case_beside_the_date_signs_the_story() -> None:
    article = parse(AGENCY_PAGE)
    assert [a.name.lower() for a in article.authors] == ["dpa"]
    assert article.captions == ()


@pytest.mark.parametrize(
    "lead",
    [
        "PORT ADAIR, March 4 (Reuters) - Harbour Ferries Ltd will add night sailings from May, the company said on"
        " Tuesday.",
        "SAN TELMO, Jan. 9 (AP) — Dock workers walked off the job on Thursday after talks on pay broke down again.",
        "NEW KESTREL, 4 March 2025 (AAP) - The state's grain handler has bought a second port terminal for $40"
        " million.",
    ],
)
def test_a_place_of_two_words_in_a_dateline_is_no_byline(lead: str) -> None:
    """A story's first sentence after its dateline ("PORT ADAIR, March 4 (Reuters) - ...") puts no name beside a
    date: the place is no author, and the paragraph stays in the story."""
    art = parse(
        "Harbour Ferries to add night sailings\n\nBy Lena Ortiz\n\nMarch 4, 2025\n\n"
        + lead
        + "\n\nChief executive Omar Pike said demand had grown by a third since the new terminal opened.\n"
    )
    assert [a.name for a in art.authors] == ["Lena Ortiz"]
    assert art.paragraphs[0].text == lead
