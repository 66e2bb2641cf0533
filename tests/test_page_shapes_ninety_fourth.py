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
]


@pytest.mark.parametrize(("paragraphs", "speakers"), SHARED_SURNAME)
def test_one_ranking_for_a_shared_surname(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert _speakers(*paragraphs) == speakers
