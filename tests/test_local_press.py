"""The English-language press of other countries: speakers named with local titles, honorifics and name orders,
agency and desk bylines, and the credits their captions end with (the classes the ninth probes showed)."""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.captions import split_caption

from .conftest import quotes_of

# (paragraphs, quotes as (text, speaker))
SPEAKERS = [
    # a person referred to later by a title alone: the one the article gave that title
    (
        [
            "Tánaiste Gráinne Doherty said the budget would be published on Tuesday.",
            '"Nobody will be left short," the Tánaiste said.',
        ],
        [("Nobody will be left short,", "Gráinne Doherty")],
    ),
    (
        [
            "Tiaty OCPD Josphat Kiplagat said the herders had been warned.",
            '"We will not allow the road to close again," the OCPD said.',
        ],
        [("We will not allow the road to close again,", "Josphat Kiplagat")],
    ),
    # a style of address, once printed before the name ("His Highness ..."), alone later
    (
        [
            "His Highness Sheikh Faisal bin Hamad Al Marzooqi opened the new port on Sunday.",
            '"This port is a bridge to Africa and Asia," His Highness said.',
        ],
        [("This port is a bridge to Africa and Asia,", "Faisal bin Hamad Al Marzooqi")],
    ),
    # a rank printed in brackets between its words and the name: "the DPO" is that person, no organisation
    (
        [
            "District Police Officer (DPO) Nadeem Akhtar Sial said 12 suspects were held.",
            '"The roads are safe for travellers again," the DPO said.',
        ],
        [("The roads are safe for travellers again,", "Nadeem Akhtar Sial")],
    ),
    (
        [
            "The District Chief Executive (DCE), Mrs Abena Agyeiwaa Frimpong, inspected the road on Friday.",
            '"The contractor has two weeks to return to site," the DCE said.',
        ],
        [("The contractor has two weeks to return to site,", "Abena Agyeiwaa Frimpong")],
    ),
    # the family name printed first (Chinese names): "Mr Tan", "Madam Ong" are the person named in full before
    (
        [
            "Retiree Ong Bee Hoon, 68, said the lift had broken twice this month.",
            "“I walk up nine floors with my groceries,” Madam Ong said.",
        ],
        [("I walk up nine floors with my groceries,", "Ong Bee Hoon")],
    ),
    (
        [
            "Hawker Chua Teck Meng, 52, has sold noodles at the centre since 1998.",
            "“Rent went up again, but customers will not pay more,” said Mr Chua.",
        ],
        [("Rent went up again, but customers will not pay more,", "Chua Teck Meng")],
    ),
    # a Malay name is a given name and a father's: the short form is the given name, not the last word
    (
        [
            "Fisherman Mohd Firdaus Ramli, 29, said the boats had stayed ashore for a week.",
            "“We cannot go out when the waves are this high,” said Mr Firdaus.",
        ],
        [("We cannot go out when the waves are this high,", "Mohd Firdaus Ramli")],
    ),
    (
        [
            "Datuk Seri Ahmad Rizal Hashim, the state executive councillor, visited the centre.",
            "“Every family will receive food for a week,” said Ahmad Rizal.",
        ],
        [("Every family will receive food for a week,", "Ahmad Rizal Hashim")],
    ),
    # a local honorific before a given name or a particle: dropped, the person named in full before
    (
        [
            "Tricycle driver Arnel Dizon, 44, said he had not worked since Monday.",
            '"Wala kaming pasada ngayong linggo," Mang Arnel said.',
        ],
        [("Wala kaming pasada ngayong linggo,", "Arnel Dizon")],
    ),
    (
        [
            "Mzee Kipkemboi arap Chepkwony, a village elder, said the well had dried up in March.",
            '"We walk ten kilometres for water now," said Mzee arap Chepkwony.',
        ],
        [("We walk ten kilometres for water now,", "Kipkemboi arap Chepkwony")],
    ),
    (
        [
            "Education Cabinet Secretary Wanjiru Kamande toured the school on Friday.",
            '"Every child will sit the exam," CS Kamande said.',
        ],
        [("Every child will sit the exam,", "Wanjiru Kamande")],
    ),
    # the head of an agency named by its acronym, right after the person was named in full
    (
        [
            "Public Works Sec. Manuel Dizon-Abad inspected the bridge on Tuesday.",
            '"The repairs will be finished before the rains," the DPWH chief said.',
        ],
        [("The repairs will be finished before the rains,", "Manuel Dizon-Abad")],
    ),
    # a member named with the district she represents: the member, not the district
    (
        ['Rep. Liza Ocampo-Reyes of Cebu\'s 5th District said the plan was "a promise on paper."'],
        [("a promise on paper.", "Liza Ocampo-Reyes")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPEAKERS, ids=[s[0][-1][:40] for s in SPEAKERS])
def test_speakers_named_with_local_titles_and_name_orders(
    paragraphs: list[str], expected: list[tuple[str, str]]
) -> None:
    assert quotes_of(*paragraphs) == expected


# (caption line, (caption, credit))
CREDITS = [
    # an agency after a dash that follows the caption's sentence
    (
        "Farmers load sacks of wheat at the Multan grain market on Tuesday. — APP",
        ("Farmers load sacks of wheat at the Multan grain market on Tuesday.", "APP"),
    ),
    (
        "Volunteers pack food aid at a relief centre in Pasir Mas. — Bernama",
        ("Volunteers pack food aid at a relief centre in Pasir Mas.", "Bernama"),
    ),
    # a photographer's name in capitals after a dash glued to it
    (
        "Commuters wait for a ride along Commonwealth Avenue on Friday. —ROMEO D. GALVEZ",
        ("Commuters wait for a ride along Commonwealth Avenue on Friday.", "ROMEO D. GALVEZ"),
    ),
    # the photographer and the paper in square brackets
    (
        "Traders at the Gikomba market after the fire on Sunday. [Wilfred Nyaga, Standard]",
        ("Traders at the Gikomba market after the fire on Sunday.", "Wilfred Nyaga, Standard"),
    ),
    # the paper's initials and its photo label in capitals
    (
        "Shoppers at a night market in Toa Payoh on June 2. ST PHOTO: KELVIN TAN",
        ("Shoppers at a night market in Toa Payoh on June 2.", "KELVIN TAN"),
    ),
]


@pytest.mark.parametrize(("line", "expected"), CREDITS, ids=[c[0][-30:] for c in CREDITS])
def test_credits_of_other_countries_papers(line: str, expected: tuple[str, str]) -> None:
    assert split_caption(line) == expected


PAGE = """Harbour Daily
News
Business
Sport
{headline}
{byline}
Published May 7, 2024
QUETTA: The provincial government on Tuesday announced a relief package for farmers hit by the hailstorm.
The package includes seed, fertiliser and a cash grant for each affected household.
Officials said surveys of the damage would be completed by the end of the week.
The storm destroyed standing crops on more than 4,000 acres in three districts.
"""

# (byline line, authors): an agency that is a word only in capitals, a state agency, a compiler
BYLINES = [
    ("APP", ["APP"]),
    ("WAM", ["WAM"]),
    ("Bernama", ["Bernama"]),
    ("Compiled by Thandeka Zulu", ["Thandeka Zulu"]),
]


@pytest.mark.parametrize(("byline", "authors"), BYLINES, ids=[b[0] for b in BYLINES])
def test_agency_and_compiler_bylines(byline: str, authors: list[str]) -> None:
    article = parse(PAGE.format(headline="Relief package announced for hail-hit farmers", byline=byline))
    assert [a.name for a in article.authors] == authors
    assert article.headline == "Relief package announced for hail-hit farmers"
