"""Who said it, by class of writing: each rule of attribution with lines written for the test.

A case is a few paragraphs and the (quote, speaker) pairs a careful reader gives them; its id is the
rule's name, as the report and the commit that added it call it.
"""

from __future__ import annotations

import pytest

from articlecli import parse

from .speakers import speakers_of

RULES = [
    # The sentence a partial quote sits in goes on past an abbreviation's full stop to its attribution.
    pytest.param(
        ["Port fees rose by a third, “a step backwards” for the U.S. economy, Senator Ada Voss said on Monday."],
        [("a step backwards", "Ada Voss")],
        id="after-quote/abbreviation-ends-no-clause",
    ),
    # "said <a description>, <title> <Name>": the name in apposition speaks, past its own title.
    pytest.param(
        [
            "Voters heard the plan “would never pass” before the vote, said another member of the council, "
            "former deputy mayor Lena Ortiz."
        ],
        [("would never pass", "Lena Ortiz")],
        id="verb-who/description-then-titled-name",
    ),
    # A quote that is the subject of its sentence: the sentence goes on after it to its attribution.
    pytest.param(
        ["“The delays hurt” Harbour families most, Mayor Ellen Marsh said."],
        [("The delays hurt", "Ellen Marsh")],
        id="after-quote/quote-as-subject",
    ),
    # A colon after a frame whose subject is a person set off by a clause of its own.
    pytest.param(
        [
            "The engineer Lena Ortiz led the survey.",
            "Ortiz, who flew in from the Oslo office on Monday, had a simpler answer: “We build the bridge.”",
        ],
        [("We build the bridge.", "Lena Ortiz")],
        id="colon/subject-with-relative-clause",
    ),
    # ... and that frame, between two quotes, stops the first quote's speaker from going on.
    pytest.param(
        [
            "Director Milo Trent and the singer Odile Barrow heard the demo last spring.",
            "“It hooked me straight away,” Trent said. “It simply fit.” Barrow, who phoned in from a shoot for "
            "“Lowland,” had a similar reaction: “It was the tune from the opening bar.”",
        ],
        [
            ("It hooked me straight away,", "Milo Trent"),
            ("It simply fit.", "Milo Trent"),
            ("It was the tune from the opening bar.", "Odile Barrow"),
        ],
        id="colon/new-frame-stops-the-last-speaker",
    ),
    # "the company said": the organisation the article names last, when no organisation has spoken.
    pytest.param(
        [
            "Northgate Holdings cut prices on hundreds of items this month, its chief executive Ruth Alder said.",
            "Meanwhile, the company claims the discounts have handed customers “several million pounds "
            "in savings” over the winter.",
        ],
        [("several million pounds in savings", "Northgate Holdings")],
        id="description/the-company-to-the-organisation-named",
    ),
    # ... the last company named, past an association or a council named since
    pytest.param(
        [
            "Northgate Holdings cut prices on hundreds of items this month.",
            "The Harbour Fishermen’s Association welcomed the cuts on Tuesday.",
            "The company claims the cuts have saved shoppers “several million pounds in savings” over the winter.",
        ],
        [("several million pounds in savings", "Northgate Holdings")],
        id="description/the-company-past-an-association",
    ),
    # A surname of several words printed alone is the person named in full: "Van Der Hoek".
    pytest.param(
        [
            "Marcus Van Der Hoek left the stage show on Sunday night, the producer Iris Quarrie said.",
            "“My knee gave way,” Van Der Hoek said. “I need an operation.”",
            "“Some seasons simply end early,” said the actor.",
        ],
        [
            ("My knee gave way,", "Marcus Van Der Hoek"),
            ("I need an operation.", "Marcus Van Der Hoek"),
            ("Some seasons simply end early,", "Marcus Van Der Hoek"),
        ],
        id="name/surname-of-several-words",
    ),
    # A description naming the person by a role, with a quoted title in it: "the “Tidewater” actor".
    pytest.param(
        [
            "The actor Mara Quist joined the cast on Monday, the show’s producer Iris Quarrie said.",
            "“Seeing that first scan is a moment we will keep for ever,” the “Tidewater” actor said on air.",
        ],
        [("Seeing that first scan is a moment we will keep for ever,", "Mara Quist")],
        id="description/role-with-a-quoted-title",
    ),
    # A speaker is a name printed in the article: an owner's "’s" inside a name stays.
    pytest.param(
        ["In an editorial on Monday, Farmer’s Weekly said the new levy was “a tax on every harvest.”"],
        [("a tax on every harvest.", "Farmer’s Weekly")],
        id="name/printed-as-in-the-article",
    ),
    # A document is its issuer's: "X sent a letter" … "the letter reads".
    pytest.param(
        [
            "The Harbour Residents Association sent a letter to the council on Friday.",
            "“We ask that the vote be delayed until the survey is published,” the letter reads.",
        ],
        [("We ask that the vote be delayed until the survey is published,", "Harbour Residents Association")],
        id="document/the-letter-to-its-sender",
    ),
    # "… sent a letter to management stating that …": the one who sent it speaks, as the text names it.
    pytest.param(
        [
            "The group, Dockside Porters Union, formed in March and last week sent a letter to management "
            "stating that its members “will not be blamed for the delays.”"
        ],
        [("will not be blamed for the delays.", "Dockside Porters Union")],
        id="document/sent-then-stating",
    ),
    # "the company": the business the story names most, not the last one it happens to mention.
    pytest.param(
        [
            "Northgate Holdings cut prices again this month. Northgate Holdings now sells fish below cost.",
            "Its supplier, Besecker Fish Company, has kept its own prices.",
            "The company claims the cuts have saved shoppers “several million pounds in savings” over the winter.",
        ],
        [("several million pounds in savings", "Northgate Holdings")],
        id="description/the-company-named-most",
    ),
    # An organisation's "they": the organisation named in the paragraph before, when none has spoken.
    pytest.param(
        [
            "Mayor Lina Roth backed the bridge on Monday.",
            "The Harbour Council voted to delay it by a year.",
            "“We need more time to study the costs,” they said in a statement.",
        ],
        [("We need more time to study the costs,", "Harbour Council")],
        id="pronoun/they-to-the-organisation",
    ),
    # A question from the audience: the unnamed questioner as described.
    pytest.param(
        [
            "Mayor Lina Roth took questions at the town hall on Monday.",
            "A woman in the front row asked: “Who pays for the overruns?”",
            "“The contractor does,” Roth replied.",
        ],
        [("Who pays for the overruns?", "woman in the front row"), ("The contractor does,", "Lina Roth")],
        id="description/a-question-from-the-audience",
    ),
    # A form of "be" before a speaking verb's -ing form: the subject before it speaks.
    pytest.param(
        [
            "The pilot Ruth Alder flew the last leg alone.",
            "Over the strait, she was telling herself, “Keep the wings level and breathe.”",
        ],
        [("Keep the wings level and breathe.", "Ruth Alder")],
        id="subject/be-before-an-ing-cue",
    ),
    # An unnamed source described by a source noun over another ("a city council member", "a senior county
    # engineer"): the description runs to its last noun, after the cue as before it.
    pytest.param(
        ["“The ramp will be rebuilt by summer,” said a city council member."],
        [("The ramp will be rebuilt by summer,", "city council member")],
        id="verb-who/description-of-two-source-nouns",
    ),
    pytest.param(
        ["“We found cracks in every pier,” said a senior county engineer, who asked not to be named."],
        [("We found cracks in every pier,", "senior county engineer")],
        id="verb-who/description-with-a-role-noun",
    ),
    pytest.param(
        ["“Nobody warned us,” one shopkeeper told the council."],
        [("Nobody warned us,", "shopkeeper")],
        id="who-verb/description-with-a-role-noun",
    ),
    # A title after the possessive of a common noun ("the council's chief engineer"), the name in apposition:
    # the name speaks, and a short quote it frames is kept.
    pytest.param(
        ["The council's chief engineer, Omar Pike, told reporters the pier was “beyond repair”."],
        [("beyond repair", "Omar Pike")],
        id="who-verb/possessive-title-then-name",
    ),
    pytest.param(
        ["The museum's curator, Ines Brandt, said: “We waited ten years.”"],
        [("We waited ten years.", "Ines Brandt")],
        id="who-verb/possessive-title-then-name-colon",
    ),
    # An unnamed source named later by the same noun in apposition ("one fisheries researcher" ... "The researcher,
    # Dr Ines Brandt of ..."): the name, the fullest the article gives.
    pytest.param(
        [
            "“The results surprised us,” said one fisheries researcher who was not part of the survey.",
            "The researcher, Dr Ines Brandt of the Harbour Institute, added that the sample was small.",
            "“We need another year of data,” she said.",
        ],
        [("The results surprised us,", "Ines Brandt"), ("We need another year of data,", "Ines Brandt")],
        id="described/unnamed-then-named-in-apposition",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RULES)
def test_rule(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*paragraphs) == expected


# "I" in the story's own words is its one author: a first-person column, a blog post, an essay.
FIRST_PERSON_PAGE = """How a bakery van ate my pension

By Pamela Reyes

I was baking bread for three cafés from a rented garage when the van came up at auction.

As I signed the papers, I was telling myself, “The van pays for itself. The bread sells anyway.”

I rang my sister that evening and told her roughly this …

“Oof! The loan is huge but the orders keep coming!”

My accountant, Ruth Alder, was less sure. “You could lose all of it,” she said.
"""


def test_first_person_narration_is_the_bylines_author() -> None:
    article = parse(FIRST_PERSON_PAGE)
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("The van pays for itself. The bread sells anyway.", "Pamela Reyes"),
        ("Oof! The loan is huge but the orders keep coming!", "Pamela Reyes"),
        ("You could lose all of it,", "Ruth Alder"),
    ]
    # with two authors, "I" is neither for certain
    page = FIRST_PERSON_PAGE.replace("By Pamela Reyes", "By Pamela Reyes and Tom Hale")
    assert [q.speaker for q in parse(page).quotes] == [None, None, "Ruth Alder"]


# An organisation named by its kind first ("the Ministry of Health") is no person whose title holds its
# last word ("Health Minister Ana Ruiz").
HEADED_ORGS = [
    ("the Ministry of Health says will", "Health Minister Ana Ruiz", "Ministry of Health"),
    ("the Department for Transport said would", "Transport Secretary Omar Pike", "Department for Transport"),
]


@pytest.mark.parametrize(("frame", "minister", "org"), HEADED_ORGS, ids=[h[2] for h in HEADED_ORGS])
def test_an_organisation_headed_by_its_kind_is_no_persons_title(frame: str, minister: str, org: str) -> None:
    page = (
        "Waiting Lists to Be Cut by Spring\n\nBy Jo Lee\n\n"
        f"The new limits are what {frame} “cut waiting lists by a third”.\n\n"
        "Hospitals have until April to comply.\n\n"
        f"“We will not move on this,” said {minister} on Monday.\n"
    )
    name = minister.split(None, 2)[2]
    assert [(q.text, q.speaker) for q in parse(page).quotes] == [
        ("cut waiting lists by a third", org),
        ("We will not move on this,", name),
    ]
