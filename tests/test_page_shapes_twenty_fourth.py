"""Speakers of pages dense in quotes from many countries and in more than one language (the twenty-fourth probe
set: a German council story, a Spanish fishing port, an Indian court order, a South African water cut, a Kenyan
county levy, an Australian flood, a Canadian trade story, a Singapore hawker centre).

A case is a few blocks (paragraphs) and the (quote, speaker) pairs a careful reader gives them; its id names the
class, as the commit that added the rule does. The lines are written from scratch, unlike the pages' own.
"""

from __future__ import annotations

import pytest

from articlecli.captions import split_caption
from articlecli.classify.debris import debris_shape

from .speakers import speakers_of

CASES = [
    # Australia and New Zealand's councillor: "Cr Name" is a title and a surname, the person named in full before
    pytest.param(
        [
            "Mayor Denise Pattullo said the shire had the money ready in March.",
            '"We have been waiting on the state for a year," Cr Pattullo said.',
        ],
        [("We have been waiting on the state for a year,", "Denise Pattullo")],
        id="titles/cr-before-a-surname",
    ),
    pytest.param(
        [
            "Cr Hemi Walker, who chairs the regional transport committee, moved the motion on Tuesday.",
            'Cr Walker said: "Nobody on this council wants the ferry to go."',
        ],
        [("Nobody on this council wants the ferry to go.", "Hemi Walker")],
        id="titles/cr-before-a-full-name",
    ),
    # the name right after an article, before a colon, is what the sentence's verb acts on: its subject speaks
    pytest.param(
        [
            "Resident Marta Quinlan has lived by the canal for 40 years.",
            'She blamed the Waterways Trust: "They were told about the wall in 2019."',
        ],
        [("They were told about the wall in 2019.", "Marta Quinlan")],
        id="colon/a-name-after-an-article-is-an-object",
    ),
    pytest.param(
        [
            "Die Anwohnerin Gisela Brandner wohnt seit 1988 an der Hauptstraße.",
            "Sie kritisierte den Zeitplan der Stadtwerke: „Seit zwei Jahren wird uns das versprochen.“",
        ],
        [("Seit zwei Jahren wird uns das versprochen.", "Gisela Brandner")],
        id="colon/a-german-object-and-its-pronoun-subject",
    ),
    pytest.param(
        ['Retired postman Kevin Ashdown: "The bus was the only way into town for us."'],
        [("The bus was the only way into town for us.", "Kevin Ashdown")],
        id="colon/a-described-name-before-its-colon-speaks",
    ),
    # a description with a name in apposition opening a sentence that ends in a colon: the name speaks
    pytest.param(
        [
            "Farmer Pieter Smit lost 40 sheep in the storm.",
            'His neighbour, Anneke Botha, was more blunt: "The warnings came a day too late."',
        ],
        [("The warnings came a day too late.", "Anneke Botha")],
        id="colon/a-name-in-apposition-to-the-subject",
    ),
    pytest.param(
        [
            "El pescador Andrés Villar lleva 30 años en el muelle.",
            "Su hija, Nerea Villar Otxoa, lo tiene claro: «Si no hay cuota, no hay barco»",
        ],
        [("Si no hay cuota, no hay barco", "Nerea Villar Otxoa")],
        id="colon/a-spanish-name-in-apposition-to-the-subject",
    ),
    # a sentence of another language opening with a subject pronoun, ending in the quote's colon: the pronoun speaks
    pytest.param(
        [
            "Stefan Köhler leitet die Feuerwehr in Altenbrunn seit sieben Jahren.",
            "Er blieb am Dienstag gelassen: „Wir haben genug Sandsäcke für zwei Wochen.“",
        ],
        [("Wir haben genug Sandsäcke für zwei Wochen.", "Stefan Köhler")],
        id="colon/a-german-pronoun-subject",
    ),
    # a German cue whose particle ends the clause, the speaker between: „…“, teilte … mit. / fügte … hinzu.
    pytest.param(
        ["„Der Zug fällt bis Freitag aus“, teilte eine Sprecherin der Bahngesellschaft Weserland am Morgen mit."],
        [("Der Zug fällt bis Freitag aus", "Bahngesellschaft Weserland")],
        id="foreign/a-split-verb-and-an-unnamed-spokeswoman",
    ),
    pytest.param(
        [
            "Landrätin Heike Vossberg besuchte am Montag die Baustelle.",
            "„Wir liegen im Zeitplan“, fügte Vossberg nach dem Rundgang hinzu.",
        ],
        [("Wir liegen im Zeitplan", "Heike Vossberg")],
        id="foreign/a-split-verb-and-a-surname",
    ),
    # an unnamed spokesperson of a body named after the noun speaks for that body; a body in lower case stays
    pytest.param(
        ["«Las obras terminarán en julio», dijo un portavoz del Ayuntamiento de Villaseca."],
        [("Las obras terminarán en julio", "Ayuntamiento de Villaseca")],
        id="foreign/a-spanish-spokesperson-of-a-named-body",
    ),
    pytest.param(
        ["„De brug gaat pas in juni open”, aldus een woordvoerder van de provincie."],
        [("De brug gaat pas in juni open", "woordvoerder van de provincie")],
        id="foreign/a-spokesperson-of-a-body-in-lower-case-stays-described",
    ),
    # verbs that call a thing by the quoted words, as "called" does in English: the subject's words, not a term
    pytest.param(
        ["Der Fraktionsvorsitzende Ralf Timmer bezeichnete den Entwurf als „halbherzig“."],
        [("halbherzig", "Ralf Timmer")],
        id="foreign/a-german-naming-verb",
    ),
    pytest.param(
        ["El concejal de Urbanismo, Tomás Ibarra Gil, calificó el proyecto de «precipitado»."],
        [("precipitado", "Tomás Ibarra Gil")],
        id="foreign/a-spanish-naming-verb-and-a-name-in-apposition",
    ),
    pytest.param(
        ["Wethouder Sanne de Wit noemde het besluit „onbegrijpelijk”."],
        [("onbegrijpelijk", "Sanne de Wit")],
        id="foreign/a-dutch-naming-verb",
    ),
    # German role nouns are compounds, capitalised before a name; a kin noun after a possessive is no name either
    pytest.param(
        ["„Wir prüfen den Vorgang“, sagte Pressesprecherin Jana Wolff."],
        [("Wir prüfen den Vorgang", "Jana Wolff")],
        id="names/a-german-role-compound-before-a-name",
    ),
    pytest.param(
        ["„Der Unterricht beginnt wie geplant“, so Schulleiter Tobias Rainer."],
        [("Der Unterricht beginnt wie geplant", "Tobias Rainer")],
        id="names/a-german-role-compound-after-so",
    ),
    pytest.param(
        [
            "Der Wirt Anton Brandl schließt sein Gasthaus nach 31 Jahren.",
            "Seine Tochter Lena Brandl nannte die Entscheidung „traurig, aber richtig“.",
        ],
        [("traurig, aber richtig", "Lena Brandl")],
        id="names/a-kin-noun-after-a-possessive",
    ),
    # a role noun capitalised only because it opens the sentence is no part of the name after it
    pytest.param(
        [
            "Claimant Yusuf Adebayo-Kane told the tribunal he had been dismissed by text message.",
            '"I found out I had lost my job from my phone," Mr Adebayo-Kane said.',
        ],
        [("I found out I had lost my job from my phone,", "Yusuf Adebayo-Kane")],
        id="names/an-occupation-noun-opening-the-sentence",
    ),
    # surnames with particles, capitalised at a sentence's start, and names of more than five words with them
    pytest.param(
        [
            "«Vamos a recurrir», dijo la presidenta de la asociación, María Teresa de la Vega Ruiz.",
            "Según De la Vega, el recurso estará listo «antes del verano».",
        ],
        [
            ("Vamos a recurrir", "María Teresa de la Vega Ruiz"),
            ("antes del verano", "María Teresa de la Vega Ruiz"),
        ],
        id="names/a-particle-surname-then-a-second-surname",
    ),
    pytest.param(
        [
            "Grain analyst Hendrik van der Merwe said prices had fallen for three weeks.",
            '"Buyers are sitting on their hands," Van der Merwe said.',
        ],
        [("Buyers are sitting on their hands,", "Hendrik van der Merwe")],
        id="names/a-particle-surname-opening-the-sentence",
    ),
    pytest.param(
        [
            "Councillor Pieter Janse van Rensburg chaired the meeting.",
            'Asked about the budget, Janse van Rensburg said: "The money is there."',
        ],
        [("The money is there.", "Pieter Janse van Rensburg")],
        id="names/an-afrikaans-compound-surname",
    ),
    # of two people sharing a surname, the one named last before it speaks; a gendered title tells apart two
    # people sharing a family name printed first
    pytest.param(
        [
            "Ramiro Ochoa, de 58 años, lleva toda la vida en la lonja. «Esto no lo había visto nunca», dijo Ochoa.",
            "Su sobrino, Iñigo Ochoa, es patrón de un cerquero.",
        ],
        [("Esto no lo había visto nunca", "Ramiro Ochoa")],
        id="names/a-shared-surname-the-last-named",
    ),
    pytest.param(
        [
            "Grace Mwangi, 61, has sold vegetables at the market for 20 years.",
            "Her son, Brian Mwangi, drives the family's delivery van.",
            '"We lose a day\'s stock every time the road floods," Mwangi said.',
        ],
        [("We lose a day's stock every time the road floods,", "Brian Mwangi")],
        id="names/a-shared-surname-in-english",
    ),
    pytest.param(
        [
            "Mr Lim Boon Keat, 70, has run the drinks stall since 1982. His daughter, Ms Lim Hui Ling, 35, helps him.",
            '"I will keep the stall if the rent stays," said Ms Lim.',
            '"My hands are not what they were," Mr Lim said.',
        ],
        [
            ("I will keep the stall if the rent stays,", "Lim Hui Ling"),
            ("My hands are not what they were,", "Lim Boon Keat"),
        ],
        id="names/a-family-name-first-told-apart-by-a-title",
    ),
    # a court's written words speak as the court that gave them: "The order added that …", "the judgment said"
    pytest.param(
        [
            "In its order on Monday, the Madras High Court said the wetland must be restored.",
            'The order added that officials who delayed the survey "shall be held accountable" at the next hearing.',
        ],
        [("shall be held accountable", "Madras High Court")],
        id="documents/a-courts-order-added",
    ),
    pytest.param(
        [
            "The Employment Appeal Tribunal ruled for the drivers on Thursday.",
            'The judgment said the company\'s contracts were "a sham designed to avoid obligations".',
        ],
        [("a sham designed to avoid obligations", "Employment Appeal Tribunal")],
        id="documents/a-judgment-said",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), CASES)
def test_speakers_of_pages_from_many_countries(blocks: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*blocks) == expected


# A credit naming no one, a colon and who the picture came from, in brackets after the caption (Australian and New
# Zealand broadcasters): the caption's credit, kept whole.
SUPPLIED = [
    ("The flooded main street of Tullibah on Sunday morning.", "Supplied: Tullibah SES"),
    ("Volunteers fill sandbags at the showground.", "Handout: Queensland Fire Department"),
    ("The new ferry arrives in Picton for the first time.", "Supplied: Ngaire Thompson"),
    ("Dr Mere Tawhai with the first of the clinic's new scanners.", "Supplied: Te Awa Health"),
]


@pytest.mark.parametrize(("caption", "credit"), SUPPLIED, ids=[c for _, c in SUPPLIED])
def test_a_supplied_credit_naming_its_supplier(caption: str, credit: str) -> None:
    assert split_caption(f"{caption} ({credit})") == (caption, credit)


# The photographer's name in capitals after the caption's last sentence, with no dash or label (Spanish, Italian and
# French papers): the caption's credit. Capitals that are no name, or one word, stay in the line.
CAPITALS_NAMES = [
    ("Pescadores descargan anchoa en el puerto de Bermeo, el lunes.", "ITZIAR ETXEBARRIA"),
    ("Il sindaco durante la conferenza stampa in municipio.", "GIULIA ROSSI"),
    ("Des manifestants devant la mairie de Quimperlé, samedi.", "LOUIS-MARIE LE GOFF"),
]


@pytest.mark.parametrize(("caption", "credit"), CAPITALS_NAMES, ids=[c for _, c in CAPITALS_NAMES])
def test_a_photographers_name_in_capitals_after_the_caption(caption: str, credit: str) -> None:
    assert split_caption(f"{caption} {credit}") == (caption, credit)


@pytest.mark.parametrize("line", ["The minister spoke at the summit in Geneva. NATO", "He said it twice. BUT NOT NOW"])
def test_capitals_that_are_no_name_are_no_credit(line: str) -> None:
    assert split_caption(line) is None


# A reading time under its label in the languages of the pages read: page furniture, no caption or paragraph.
READING_TIMES = ["Lesezeit: 4 Min.", "Tiempo de lectura: 3 min", "Temps de lecture : 5 minutes", "Leestijd: 2 minuten"]


@pytest.mark.parametrize("line", READING_TIMES)
def test_a_reading_time_in_other_languages(line: str) -> None:
    assert debris_shape(line) == "read_time"
