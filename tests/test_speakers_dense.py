"""Speakers on pages dense in quotes (the twelfth probe set: court, council, press conference, results, protest,
health scare, school board, political row): unnamed spokespeople, organisations named in lower case or by their
initials, descriptions of people named before, and the roles headlines and standfirsts give as speakers.

A case is a few blocks (paragraphs unless marked) and the (quote, speaker) pairs a careful reader gives them;
its id names the class, as the commit that added the rule does.
"""

from __future__ import annotations

import pytest

from articlecli import parse
from articlecli.bylines import parse_byline

from .speakers import speakers_of

CASES = [
    # "for the family": a noun ending in -ly is no adverb before the verb, and the family speaks
    pytest.param(
        ['After the hearing a spokeswoman for the family said they were "grateful to the jury".'],
        [("grateful to the jury", "the family")],
        id="spokesperson/for-a-family",
    ),
    # the spokesperson's "he said" in the next paragraph is still the body's, not the last man named
    pytest.param(
        [
            "Carl Bewley, 41, was cleared of all charges.",
            'A spokesman for the family said they would "think about an appeal".',
            '"We are shocked by this verdict," he said.',
        ],
        [("think about an appeal", "the family"), ("We are shocked by this verdict,", "the family")],
        id="spokesperson/pronoun-after",
    ),
    # a body of a kind the article names, in lower case after "for the" or before the noun
    pytest.param(
        [
            "Patients were moved by Northcote Community Health Trust to another ward.",
            'A spokeswoman for the trust said: "No operations have been cancelled."',
        ],
        [("No operations have been cancelled.", "Northcote Community Health Trust")],
        id="spokesperson/for-the-kind-named",
    ),
    pytest.param(
        [
            "Officers from Marlow Vale Police closed the road at 4am.",
            'A police spokeswoman said: "We would ask drivers to avoid the area."',
        ],
        [("We would ask drivers to avoid the area.", "Marlow Vale Police")],
        id="spokesperson/kind-before-noun",
    ),
    # a spokesman for someone titled: the one the article so titles
    pytest.param(
        [
            "Health minister Ruth Ames was asked to explain the figures.",
            "Asked whether Prime Minister Tobias Fenn still backed her, a spokesman for the Prime Minister said: "
            '"Yes. He has every confidence in her."',
        ],
        [("Yes. He has every confidence in her.", "Tobias Fenn")],
        id="spokesperson/for-a-title",
    ),
    # an organisation's kind in lower case as the subject: "the federation", "the force", "the district"
    pytest.param(
        [
            "The Dockers' Federation balloted its members last week.",
            'The federation said in a statement that the offer was "nowhere near enough".',
        ],
        [("nowhere near enough", "Dockers' Federation")],
        id="org-kind/the-federation",
    ),
    pytest.param(
        [
            "Dunmere Police arrested two men on Friday.",
            'The force said later that both had been "released under investigation".',
        ],
        [("released under investigation", "Dunmere Police")],
        id="org-kind/the-force-is-the-police",
    ),
    pytest.param(
        ['In an email, the district said: "Classes resume on Monday."'],
        [("Classes resume on Monday.", "district")],
        id="org-kind/the-district",
    ),
    # an organisation's initials in brackets after a name joined by "&": "it said" and the initials are it
    pytest.param(
        [
            "Barton & Lowe Engineering (BLE) lost its contract.",
            'BLE said in a statement it was disappointed. "We will appeal," it said.',
        ],
        [("We will appeal,", "Barton & Lowe Engineering")],
        id="org-initials/ampersand",
    ),
    # "Mrs Surname" with a man of the same surname named first: the title's gender picks her
    pytest.param(
        [
            "Brenda Hollick sat beside her son. Her husband, Dennis Hollick, died in March.",
            "The court heard Mr Hollick had been a careful driver. Mrs Hollick said she was relieved.",
            '"I can sleep again," the 70-year-old said.',
        ],
        [("I can sleep again,", "Brenda Hollick")],
        id="names/title-gender-picks-surname",
    ),
    # a role and a name in apposition after an opening clause: the named one speaks, not the clause's object
    pytest.param(
        [
            "In a victim statement read to the court, her brother, Owen Tallis, described the night.",
            '"I heard the phone and I knew."',
        ],
        [("I heard the phone and I knew.", "Owen Tallis")],
        id="apposition/role-then-name-after-clause",
    ),
    # a past role or a team's role for someone named before
    pytest.param(
        [
            "Councillor Nia Brandt, who chairs the committee, backed the plan.",
            '"It is the right decision," the retired headteacher said.',
        ],
        [("It is the right decision,", "Nia Brandt")],
        id="description/past-role",
    ),
    pytest.param(
        [
            'Wexford Athletic manager Dara Quinn said the result was "hard to take".',
            "Striker Colm Healy limped off in the first half.",
            'The Athletic boss added that Healy would have "a scan tomorrow".',
        ],
        [("hard to take", "Dara Quinn"), ("a scan tomorrow", "Dara Quinn")],
        id="description/team-boss-is-its-manager",
    ),
    # a speech verb whose subject is an unnamed source inside what an organisation reports: the organisation's
    pytest.param(
        [
            "Marlow Vale Police said officers had asked the drivers to leave and towed the cars only after "
            '"three clear warnings".'
        ],
        [("three clear warnings", "Marlow Vale Police")],
        id="reported/unnamed-source-inside-a-report",
    ),
    # a speech verb's "-ing" form after "after", "while", "before": the sentence's subject spoke
    pytest.param(
        ['Transport minister Hugo Vance apologised after telling a radio phone-in that cyclists were "a menace".'],
        [("a menace", "Hugo Vance")],
        id="participle/after-telling",
    ),
    # a headline's or standfirst's role without its article
    pytest.param(
        [
            ("deck", "Board chair says the plan 'will not survive the summer'"),
            'Board Chair Alma Voss said the plan "will not survive the summer".',
        ],
        [("will not survive the summer", "Alma Voss"), ("will not survive the summer", "Alma Voss")],
        id="headline/role-before-quote",
    ),
    pytest.param(
        [
            ("headline", "Sales fall as buyers 'wait and see', says boss"),
            'Chief executive Lena Dahl said buyers would "wait and see".',
        ],
        [("wait and see", "Lena Dahl"), ("wait and see", "Lena Dahl")],
        id="headline/says-role-after-quote",
    ),
    pytest.param(
        [
            ("headline", "'We need a new back row': Marsh warns Harbour after heavy defeat"),
            "Harbour coach Colin Marsh said his side had been outplayed.",
        ],
        [("We need a new back row", "Colin Marsh")],
        id="headline/name-after-the-quote-and-colon",
    ),
    pytest.param(
        [
            ("deck", "Surgeon says waiting lists are 'the worst in a generation'"),
            'Dr Omar Feld, a surgeon at the city hospital, said lists were "the worst in a generation".',
        ],
        [("the worst in a generation", "Omar Feld"), ("the worst in a generation", "Omar Feld")],
        id="headline/role-described-in-apposition",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), CASES)
def test_speakers_on_pages_dense_in_quotes(
    blocks: list[str | tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert speakers_of(*blocks) == expected


# A byline naming two writers, the first with a job title: the second is a writer too, not the first's outlet.
BYLINES = [
    ("By Ann Lee, Political Editor and Tom Hale", ["Ann Lee", "Tom Hale"]),
    ("By Ann Lee, Political Editor, and Tom Hale", ["Ann Lee", "Tom Hale"]),
    ("By Ann Lee, Senior Reporter, and Omar Pike, Business Editor", ["Ann Lee", "Omar Pike"]),
]


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_a_second_writer_after_a_job_title(line: str, names: list[str]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert [a.name for a in byline.authors] == names


# A headline that opens with a quote and a colon, over a shorter standfirst and the writer's name alone: the
# quote-led line is the headline, the line under it the standfirst (with or without blank lines between).
QUOTE_LED_HEADER = [
    "Harbour Sport",
    "RUGBY",
    "'We were second to everything': Marsh rues heavy defeat at Kingsmead",
    "Harbour lose by 31 points after three first-half tries",
    "Ana Ruiz",
    "Sunday 12 May 2024, 6:10pm",
    "Harbour coach Colin Marsh said his side had been outplayed from the first minute at Kingsmead.",
    "Marsh said he would change the back row for Saturday's game against Oldbury.",
]


@pytest.mark.parametrize("spacing", ["\n", "\n\n"], ids=["no-blank-lines", "blank-lines"])
def test_a_quote_led_headline_over_its_standfirst(spacing: str) -> None:
    article = parse(spacing.join(QUOTE_LED_HEADER) + "\n")
    assert (article.headline, article.deck) == (QUOTE_LED_HEADER[2], QUOTE_LED_HEADER[3])
