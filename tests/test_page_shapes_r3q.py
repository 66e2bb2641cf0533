"""Who holds a role the page names once and quotes by later (the seventy-third to seventy-fifth probe sets, the
stop's held-out pages, showed the resolver leaving the role as the speaker): a post of several words given a holder
in apposition after its owner ("the council's deputy returning officer, Name,") and quoted by the post alone ("the
returning officer said"); a name in apposition printed with its town ("Their attorney, Name of Town, called");
a document's signer in apposition to it ("The letter, signed by chief executive Name, said").

Each case is a passage written from scratch around one class, in other words, outlets and orders than the pages.
"""

from __future__ import annotations

import pytest

import articlecli


def _speakers(*paragraphs: str) -> list[str | None]:
    page = "\n\n".join(["News", "Town hall votes on the harbour plan", "By Noor Haddad", "March 9, 2024", *paragraphs])
    return [q.speaker for q in articlecli.parse(page + "\n").quotes]


# a post of two or three words whose holder the page names after its owner, quoted by the post alone
POST_HOLDERS = [
    pytest.param(
        (
            "Harbour District Council's deputy returning officer, Mairead Quilty, said 14 ballots had been spoiled.",
            "“Both agents watched the recount and neither raised a concern,” the returning officer said.",
        ),
        "Mairead Quilty",
        id="the council's deputy returning officer",
    ),
    pytest.param(
        (
            "The clinic's medical director, Dr Tomasz Wielgosz, met families on Tuesday morning.",
            "“Nobody will lose an appointment because of the move,” said the medical director.",
        ),
        "Tomasz Wielgosz",
        id="said the medical director, inverted",
    ),
    pytest.param(
        (
            "Kestrel Rovers' assistant head coach, Anele Dlamini, took the session after the final whistle.",
            "“We gave them two goals and you cannot do that away from home,” the head coach told reporters.",
        ),
        "Anele Dlamini",
        id="a team's assistant head coach, told",
    ),
    pytest.param(
        (
            "Its chief finance officer, Beatriz Olmedo, presented the accounts to shareholders.",
            "“The debt is lower than at any time since 2015,” the finance officer said.",
        ),
        "Beatriz Olmedo",
        id="its chief finance officer",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), POST_HOLDERS)
def test_a_post_quoted_alone_is_its_holder(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speakers(*paragraphs) == [speaker]


# a name in apposition to the clause's subject, printed with its town or the body it is from
NAMES_WITH_HOMES = [
    pytest.param(
        "Their lawyer, Brendan Okafor of Leeds, called the deal “a shabby compromise.”",
        "Brendan Okafor",
        id="their lawyer, a name of a town",
    ),
    pytest.param(
        "Her brother, Kwame Asante from Tema, said the family had “waited long enough” for an answer.",
        "Kwame Asante",
        id="her brother, a name from a town",
    ),
    pytest.param(
        "The group's spokesman, Ilkka Rantanen of Vaasa, described the ruling as “a good day for the coast.”",
        "Ilkka Rantanen",
        id="a group's spokesman, described as",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), NAMES_WITH_HOMES)
def test_a_name_in_apposition_with_its_town_speaks(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]


# a document whose signer is printed in apposition to it speaks in its signer's words
SIGNED_DOCUMENTS = [
    pytest.param(
        "The letter, signed by chief executive Oluwaseun Adeyemi, said the company had found “no evidence of misuse.”",
        "Oluwaseun Adeyemi",
        id="a letter signed by a chief executive",
    ),
    pytest.param(
        "The open letter, written by Dr Hanne Solberg, says the plan is “a risk to every patient on the ward.”",
        "Hanne Solberg",
        id="an open letter written by a doctor",
    ),
    pytest.param(
        "The statement, signed by the club's secretary Rhodri Pugh, said members had voted “by a clear margin.”",
        "Rhodri Pugh",
        id="a statement signed by a club's secretary",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), SIGNED_DOCUMENTS)
def test_a_signed_document_speaks_for_its_signer(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]
