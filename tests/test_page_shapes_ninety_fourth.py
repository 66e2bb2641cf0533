"""Speakers on pages never seen (the ninety-fourth stop): one ranking for the people of the story who share a
surname (a surname alone, a courtesy title and a surname, "he" or "she" for a paragraph's subject of the other
gender, the register's reading of a surname printed shorter than a name), by named evidence in order: a title's
or pronoun's gender, the one named last nearby, the one introduced so far.

Each case is a passage written from scratch around one class, in other words, outlets, orders and languages than
the pages.
"""

from __future__ import annotations

import pytest

import articlecli


def _speakers(*paragraphs: str, head: tuple[str, ...] = ()) -> list[str | None]:
    head = head or ("News", "Valley towns count the cost of the storm", "By Ines Okafor", "June 3, 2024")
    page = "\n\n".join([*head, *paragraphs])
    return [q.speaker for q in articlecli.parse(page + "\n").quotes]


# two people of one surname: which of them a surname, a titled surname or a pronoun means
SHARED_SURNAME = [
    pytest.param(
        (
            "Councillor Hemant Dookie asked the board to publish its repair schedule.",
            "Shopkeeper Anjali Dookie, who is not related to the councillor, said trade had halved.",
            "“People stopped coming when the water went,” Dookie said.",
        ),
        ["Anjali Dookie"],
        id="surname alone: the one named last, a paragraph before",
    ),
    pytest.param(
        (
            "Nurse Thandiwe Moyo and her brother, Sipho Moyo, waited at the clinic gate for an hour.",
            "“We were told to come back tomorrow,” Ms Moyo said.",
        ),
        ["Thandiwe Moyo"],
        id="courtesy title: the one of that gender named nearby",
    ),
    pytest.param(
        (
            "Farmer Gerrit Visser lost forty head of cattle in the flood.",
            "Cattle were found three kilometres downstream on Tuesday.",
            "The district's vet inspected the herd before noon.",
            "“I have never seen the river this high,” Mr Visser said.",
            "His cousin, Marike Visser, later opened a collection for the family.",
        ),
        ["Gerrit Visser"],
        id="titled surname: the one introduced so far, not a namesake printed later",
    ),
    pytest.param(
        (
            "Ana Kovač runs the bakery on the square, with her husband Luka Kovač.",
            "Kovač now bakes through the night to keep up with orders.",
            "“We sleep in the afternoons,” he said.",
        ),
        ["Luka Kovač"],
        id="pronoun: the paragraph's subject shares a surname with one of the pronoun's gender",
    ),
    pytest.param(
        (
            "El concejal Ramón Ibarra pidió una auditoría del contrato.",
            "Su hija, la abogada Lucía Ibarra, representa a los vecinos afectados.",
            "«Nadie nos avisó de los cortes», dijo Ibarra.",
        ),
        ["Lucía Ibarra"],
        id="Spanish: a surname alone, the one named last with it",
    ),
    pytest.param(
        (
            "O pescador Joaquim Mabote perdeu o barco na tempestade de sábado.",
            "A mulher dele, Rosa Mabote, vende peixe no mercado municipal desde 1998.",
            "“Sem barco não há peixe, e sem peixe não há escola para os filhos”, disse a senhora Mabote.",
        ),
        ["Rosa Mabote"],
        id="Portuguese: a titled surname, the one of that gender named nearby",
    ),
    pytest.param(
        (
            "Bürgermeister Klaus Brandl eröffnete die Sitzung um acht Uhr.",
            "Anwohnerin Sabine Brandl, mit dem Bürgermeister nicht verwandt, sprach für die Initiative.",
            "„Wir warten seit drei Jahren auf die Lärmschutzwand“, sagte Frau Brandl.",
        ),
        ["Sabine Brandl"],
        id="German: Frau and a surname two people share",
    ),
    pytest.param(
        (
            "Unter den Geretteten ist auch Maria Brückner, 81.",
            "Ihr Enkel Peter Brückner hat sie am Morgen mit dem Boot geholt. „Das Wasser stand bis zur Tür“, "
            "erzählt der 24-Jährige.",
            "„Ich habe nur meine Tabletten mitgenommen“, sagt Frau Brückner.",
        ),
        ["Peter Brückner", "Maria Brückner"],
        id="German: a possessive and a kin noun before a name, then Frau and the shared surname",
    ),
    pytest.param(
        (
            "Councillor Inés Carvajal Moreno tabled the motion against the new car park.",
            "“We will not withdraw it,” Carvajal Moreno said.",
            "Her cousin, Tomás Carvajal Moreno, voted against.",
        ),
        ["Inés Carvajal Moreno"],
        id="a surname of two words two people share: the one introduced so far",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), SHARED_SURNAME)
def test_one_ranking_for_a_shared_surname(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert _speakers(*paragraphs) == speakers


# an unnamed spokesperson speaks for a body: "he said" in the same paragraph, "the <kind> spokesperson" later
SPOKESPERSON_BODY = [
    pytest.param(
        (
            "A Harbour Rescue Service spokesman said nobody was hurt. The tunnel had filled “to the roofs of the cars "
            "within minutes”, he said.",
        ),
        ["Harbour Rescue Service"],
        id="a body's name before the noun, 'he said' in the same paragraph",
    ),
    pytest.param(
        (
            "A spokeswoman for the Lindqvist Ferry Company said two sailings were cancelled. The crossing would reopen "
            "“once the swell drops below two metres”, she said.",
        ),
        ["Lindqvist Ferry Company"],
        id="a spokeswoman for a body, 'she said' in the same paragraph",
    ),
    pytest.param(
        (
            "A spokesperson for the Coastline Nurses Federation said members had voted “by a wide margin” to strike.",
            "“Nobody takes this lightly,” the union spokesperson said.",
        ),
        ["Coastline Nurses Federation", "Coastline Nurses Federation"],
        id="the union spokesperson: the body of the spokesperson who spoke last",
    ),
    pytest.param(
        (
            "A spokeswoman for Bayside Buses said the timetable would change. “We apologise,” she said.",
            "“We were not consulted,” the council spokesman said.",
        ),
        ["Bayside Buses", "the council"],
        id="a spokesman of another gender and kind: not the same",
    ),
    pytest.param(
        ("The Marlow Chamber of Commerce said the closure would “cost every shop on the high street”.",),
        ["Marlow Chamber of Commerce"],
        id="a chamber of commerce is a body",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), SPOKESPERSON_BODY)
def test_an_unnamed_spokesperson_speaks_for_the_body(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert _speakers(*paragraphs) == speakers


# a document speaks for its issuer: printed with it ("by consultants Name", "del Observatorio ..."), else itself
DOCUMENT_ISSUER = [
    pytest.param(
        (
            "She pointed to a 2023 survey of the bridge by consultants Meridian Structural, released under freedom "
            "of information laws.",
            "“The eastern bearings are close to the end of their design life,” the survey said.",
        ),
        ["Meridian Structural"],
        id="a survey by a role in lower case and a name",
    ),
    pytest.param(
        (
            "The council commissioned a review by the engineering firm Tasman Structures last year.",
            "“The span should be closed to heavy vehicles,” the review said.",
        ),
        ["Tasman Structures"],
        id="a review by the engineering firm Name",
    ),
    pytest.param(
        (
            "Según el informe preliminar del Observatorio Electoral del Valle, la participación fue “la más alta "
            "en veinte años”.",
        ),
        ["Observatorio Electoral del Valle"],
        id="Spanish: according to a body's document, a word after the noun",
    ),
    pytest.param(
        ("Selon le rapport annuel de la Chambre régionale des comptes, la dette reste « hors de contrôle ».",),
        ["Chambre régionale des comptes"],
        id="French: according to a body's document, the body without its article",
    ),
    pytest.param(
        ("Segundo o relatório final da Comissão de Inquérito, as obras foram feitas “sem qualquer fiscalização”.",),
        ["Comissão de Inquérito"],
        id="Portuguese: according to a body's document",
    ),
    pytest.param(
        ("The business case said the new pool would draw “at least 90,000 visits a year” to the town centre.",),
        ["business case"],
        id="a business case with no issuer named: the document",
    ),
    pytest.param(
        (
            "A message warning that the reservoir would be emptied was shared widely on Tuesday.",
            "The message read: “Leave your homes before midnight. Share to all groups.”",
        ),
        ["message"],
        id="a forwarded message with no author: the message",
    ),
    pytest.param(
        (
            "The operator, Kestrel Port Services, in a statement signed by its head of communications, Mrs Ama "
            "Boateng, said the cranes would be back “by the end of the week”.",
        ),
        ["Ama Boateng"],
        id="a statement signed by its officer: not the officer's title",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), DOCUMENT_ISSUER)
def test_a_document_speaks_for_its_issuer(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert _speakers(*paragraphs) == speakers
