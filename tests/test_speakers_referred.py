"""Speakers referred to in many ways (the fifteenth probe set: a rugby report, a running profile, an obituary, a civic
society, a league and government departments, an inquiry, a feature, a Nigerian market page): by nationality or
age, by a role the article gave them in apposition, by a title alone, by a knight's given name; Welsh, Irish and
Scottish Gaelic given names and the gender they tell.

A case is a few blocks (paragraphs unless marked) and the (quote, speaker) pairs a careful reader gives them;
its id names the class, as the commit that added the rule does.
"""

from __future__ import annotations

import pytest

from .speakers import speakers_of

CASES = [
    # a place whose name holds a particle ("Maes y Gog", "Pont de Normandie") is no person: its last word
    # stands alone only inside it, so "the 22-year-old" is the player named before it
    pytest.param(
        [
            "Owain Jenkins kicked 18 points as Cwmderi beat Portreath 27-15 at Maes y Gog on Saturday.",
            '"I will remember this one for a long time," the 22-year-old said.',
        ],
        [("I will remember this one for a long time,", "Owain Jenkins")],
        id="names/place-with-a-particle-is-no-person",
    ),
    # Welsh, Irish and Scottish Gaelic given names tell a person's gender: "she" passes over the man named first
    pytest.param(
        [
            "Aoife Kearney presented Tadhg Moran with the award at the parish hall in Ballyferriter.",
            '"I owe this to everyone who stayed late on Tuesdays," he said.',
        ],
        [("I owe this to everyone who stayed late on Tuesdays,", "Tadhg Moran")],
        id="names/irish-given-names-tell-gender",
    ),
    pytest.param(
        [
            "Emyr Jones converted twice before team manager Angharad Lloyd brought on three replacements.",
            '"We needed more pace out wide," she said.',
        ],
        [("We needed more pace out wide,", "Angharad Lloyd")],
        id="names/welsh-given-names-tell-gender",
    ),
    # a nationality alone is the person the story printed with it: "the Kenyan said", "said the Welshman"
    pytest.param(
        [
            "Daniel Kibet, the Kenya relay runner who moved to Eastmere in March, won his heat by a stride.",
            '"I felt the wind at the last barrier and kept going," the Kenyan said.',
        ],
        [("I felt the wind at the last barrier and kept going,", "Daniel Kibet")],
        id="description/nationality-alone",
    ),
    pytest.param(
        [
            "Welsh prop Gethin Bevan was sent to the sin bin for arguing with the referee.",
            '"I only asked him what the penalty was for," said the Welshman.',
        ],
        [("I only asked him what the penalty was for,", "Gethin Bevan")],
        id="description/nationality-noun-after-the-verb",
    ),
    # a role given by its owner in apposition to a name ("Its chairwoman, Name,", "Cwmderi's captain, Name,") is
    # who "the trust's chairwoman" and "the club's captain" are later
    pytest.param(
        [
            'Its chairwoman, Beatrice Olowe, said donations had been "far beyond anything we hoped for".',
            '"We expected to be holding raffles for years," the trust\'s chairwoman said.',
        ],
        [
            ("far beyond anything we hoped for", "Beatrice Olowe"),
            ("We expected to be holding raffles for years,", "Beatrice Olowe"),
        ],
        id="apposition/owner-role-then-name",
    ),
    pytest.param(
        [
            "Cwmderi's captain, Owain Jenkins, crossed for the opening try after a quick tap penalty.",
            '"We kept the ball and waited for the gaps," the club\'s captain said.',
        ],
        [("We kept the ball and waited for the gaps,", "Owain Jenkins")],
        id="apposition/team-captain-then-the-clubs-captain",
    ),
    # a traditional or local title of a place, then the name with a bracketed honorific: "the Iyaloja said"
    pytest.param(
        [
            "The Iyaloja of the market, Chief (Mrs) Bolanle Ogunbiyi, said nobody was hurt when the stalls burned.",
            '"Most of these traders borrowed to buy their stock. Now it is ashes," the Iyaloja said.',
        ],
        [("Most of these traders borrowed to buy their stock. Now it is ashes,", "Bolanle Ogunbiyi")],
        id="apposition/title-of-a-place-then-name",
    ),
    pytest.param(
        [
            "The Iyaloja of the market, Chief (Mrs) Bolanle Ogunbiyi, said nobody was hurt but that the traders had "
            'lost stock "worth more than a year of sales".'
        ],
        [("worth more than a year of sales", "Bolanle Ogunbiyi")],
        id="apposition/title-of-a-place-then-name-speaks",
    ),
    # a knight or a dame by the honorific and given name ("Sir Gerald"): the one named in full with it; and "he
    # said" after a paragraph that opens with him is his, not the unnamed spokesman's who spoke before it
    pytest.param(
        [
            "The chair of the review, Sir Gerald Tregarthen, said the minutes would be released in full.",
            '"We will give the review whatever it asks of us," a spokesman for Orwell County Council said.',
            "After the morning session Sir Gerald thanked the families for coming.",
            '"I am grateful to Mr Adeyemi above all for telling us about the night his brother died," he said.',
        ],
        [
            ("We will give the review whatever it asks of us,", "Orwell County Council"),
            (
                "I am grateful to Mr Adeyemi above all for telling us about the night his brother died,",
                "Gerald Tregarthen",
            ),
        ],
        id="names/knight-by-given-name",
    ),
    # a title naming its field after "for the" or "of" ("Minister for the Islands Name"): the name starts at its
    # given name, and the title is who "the minister" or "the director" is later
    pytest.param(
        [
            'Minister for the Islands Dónal Ó Floinn said she had been "a teacher who never stopped learning".',
            '"She gave the islands a reason to stay," the minister said in a statement.',
        ],
        [
            ("a teacher who never stopped learning", "Dónal Ó Floinn"),
            ("She gave the islands a reason to stay,", "Dónal Ó Floinn"),
        ],
        id="names/title-for-the-field-then-the-title",
    ),
    pytest.param(
        [
            "Director of Public Works Alan Reyes met residents of Harbour Row on Tuesday evening.",
            '"The pipes under this street are older than anyone in the room," the director said.',
        ],
        [("The pipes under this street are older than anyone in the room,", "Alan Reyes")],
        id="names/title-of-the-field-then-the-title",
    ),
    # a role and a name in apposition before the verb: the name speaks, not a name earlier in the sentence, when
    # the role's owner is plural ("the visitors' director of rugby"), a relative "whose", or the role is a group's
    # member of some age ("One of the volunteers, 16-year-old Name,") or an agent that is a company
    pytest.param(
        [
            "Cwmderi led after tries from centre Daniel Kibet and lock Emyr Jones, and the visitors' director "
            'of rugby, Neil Llewellyn, said afterwards that his team "let the match slip in ten minutes".'
        ],
        [("let the match slip in ten minutes", "Neil Llewellyn")],
        id="apposition/plural-owner-role-then-name",
    ),
    pytest.param(
        [
            "Most of the planting was done by pupils from Eastmere Sixth Form, whose biology teacher, Farah "
            'Siddiqui, said they had "got more from four Saturdays than from a month of lessons".'
        ],
        [("got more from four Saturdays than from a month of lessons", "Farah Siddiqui")],
        id="apposition/whose-role-then-name",
    ),
    pytest.param(
        ['One of the volunteers, 16-year-old Jade Okoro, said: "I\'d never held a spade before April."'],
        [("I'd never held a spade before April.", "Jade Okoro")],
        id="apposition/one-of-a-group-then-age-and-name",
    ),
    pytest.param(
        ['The letting agent, Marlow Estate Services, said on Friday it was "working with residents to fix the lifts".'],
        [("working with residents to fix the lifts", "Marlow Estate Services")],
        id="apposition/agent-then-company",
    ),
    # a headline's or standfirst's quote with no cue (or read as a term), of words the story quotes again in a
    # speaker's mouth, is that speaker's
    pytest.param(
        [
            ("headline", "Jenkins boots Cwmderi into final as 'a day I will never forget' caps his season"),
            '"It was a day I will never forget," Owain Jenkins said after the semi-final.',
        ],
        [("a day I will never forget", "Owain Jenkins"), ("It was a day I will never forget,", "Owain Jenkins")],
        id="headline/echoed-in-a-speakers-words",
    ),
    pytest.param(
        [
            ("deck", "Lawyer for the families says complaints were 'lost in a drawer'"),
            "Adaeze Obaseki, who acts for the families of those who died, said in her opening remarks that "
            'complaints had been "lost in a drawer".',
        ],
        [("lost in a drawer", "Adaeze Obaseki"), ("lost in a drawer", "Adaeze Obaseki")],
        id="headline/standfirst-term-echoed-in-a-speakers-words",
    ),
    # the writer introduces an interview ("We asked Name about ..."): the answers after it, quotes alone, are the
    # one asked's, not the last speaker's ("we" is the writer, no one quoted)
    pytest.param(
        [
            '"She speaks better Welsh after a year than I speak Portuguese after ten," Bethan Rowlands said.',
            "We asked Lucas Almeida about the season, his academy and his plans.",
            '"This is the biggest game of my life, and my parents fly in on Friday, so I have to win."',
            '"For the kids nobody picked. We coach 60 of them every weekend now."',
        ],
        [
            ("She speaks better Welsh after a year than I speak Portuguese after ten,", "Bethan Rowlands"),
            (
                "This is the biggest game of my life, and my parents fly in on Friday, so I have to win.",
                "Lucas Almeida",
            ),
            ("For the kids nobody picked. We coach 60 of them every weekend now.", "Lucas Almeida"),
        ],
        id="interview/we-asked-name",
    ),
    # a headline led by a quote and a colon, then a name's possessive ("'...': Almeida's long road"): the one
    # the article names so speaks (a possessive of no one it names, "Britain's", is checked as a colon cue is)
    pytest.param(
        [
            ("headline", "‘I play for the kids nobody picked’: Almeida’s long road to Cardiff"),
            "Lucas Almeida Ferreira still keeps the boots he wore at his first trial.",
        ],
        [("I play for the kids nobody picked", "Lucas Almeida Ferreira")],
        id="headline/quote-colon-then-a-possessive",
    ),
    # a body "founded by Name" (or "set up", "established"): who "the group's founder" is later
    pytest.param(
        [
            "The choir was founded in 1965 by Winifred Oakes, now 90, who still sings at every concert.",
            '"Every chapel in the valley had a choir in my childhood," the group\'s founder said.',
        ],
        [("Every chapel in the valley had a choir in my childhood,", "Winifred Oakes")],
        id="description/founded-by-then-the-founder",
    ),
    # an organisation's name printed in two capitalised runs, joined by "and" or going on after "of": the whole
    # name speaks, past a country's possessive ("Kenya's Ministry of Sports and Heritage" is "the ministry")
    pytest.param(
        [
            "Watch Manager Dylan Hughes of Orwell Fire and Rescue Service will give evidence next week.",
            '"We will help the review in any way we are asked," a spokesman for the service said.',
        ],
        [("We will help the review in any way we are asked,", "Orwell Fire and Rescue Service")],
        id="org/name-joined-by-and",
    ),
    pytest.param(
        [
            "In Nairobi, Kenya’s Ministry of Sports and Heritage said it had written to the French embassy.",
            '"The athlete is one of our own and we will support her," the ministry said.',
        ],
        [("The athlete is one of our own and we will support her,", "Ministry of Sports and Heritage")],
        id="org/country-possessive-before-a-ministry-of",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), CASES)
def test_speakers_referred_to_in_many_ways(
    blocks: list[str | tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert speakers_of(*blocks) == expected


# A person and a body joined by "and" are two parties, not one organisation's name in two runs: the body speaks
# as "the company" ("the case between Name and Body"); a body's name printed in two runs still joins (controls).
JOINED_PARTIES = [
    pytest.param(
        [
            "The dispute between Marcus Feld and Redlake Holdings reached the High Court in March.",
            '"We will study the judgment before deciding our next step," the company said.',
        ],
        [("We will study the judgment before deciding our next step,", "Redlake Holdings")],
        id="person-with-a-given-name-and-a-company",
    ),
    pytest.param(
        [
            "Talks between Ruth Ambler & Wexcombe Group broke down on Friday after six hours.",
            '"The terms we proposed were fair," the company said.',
        ],
        [("The terms we proposed were fair,", "Wexcombe Group")],
        id="person-ampersand-company",
    ),
    pytest.param(
        [
            "Dr Tomasz Wierzbicki, a retired surgeon, has moored his boat at the quay for thirty years.",
            "A hearing between Wierzbicki and Lowport Harbour Trust is set for June.",
            '"We have offered him a berth on the north wall," the trust said.',
        ],
        [("We have offered him a berth on the north wall,", "Lowport Harbour Trust")],
        id="titled-persons-surname-and-a-body",
    ),
    pytest.param(
        [
            "Crews from Harlow Fire and Rescue Service were at the warehouse within eight minutes.",
            '"The building was well alight when we arrived," a spokeswoman for the service said.',
        ],
        [("The building was well alight when we arrived,", "Harlow Fire and Rescue Service")],
        id="control/a-bodys-name-in-two-runs",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), JOINED_PARTIES)
def test_a_person_and_a_body_are_two_parties(blocks: list[str], expected: list[tuple[str, str]]) -> None:
    assert speakers_of(*blocks) == expected


# A nationality alone ("the Australian said") is a person only where the article prints that nationality with the name
# ("Kenyan runner Name", "Name of Kenya", "Name, the former Wales captain"), or where the story has named one person
# yet (a profile), or, in a story that prints no other nationality, the person named last. A word that is also its
# people's plural ("the Chinese", "the Japanese") speaks for a country: it stays as printed.
NATIONALITIES = [
    pytest.param(
        [
            "Milan Petrovic of Serbia beat Tom Hadley 6-4 6-3 in the second round on Wednesday.",
            '"He served better than me when it mattered," the Australian said.',
        ],
        [("He served better than me when it mattered,", "Tom Hadley")],
        id="a-story-of-one-nationality-the-person-named-last",
    ),
    pytest.param(
        [
            "Zsofia Kovacs beat Ellie Brandt in three sets to win the title in Rome.",
            "The Hungarian lost the second set but broke twice in the third.",
            '"She was the better player in the long rallies," the German said.',
        ],
        [("She was the better player in the long rallies,", "German")],
        id="another-nationality-printed-the-nationality-stays",
    ),
    pytest.param(
        [
            "Welsh captain scores in the last minute as Harbour hold on",
            "Gareth Pryce crossed in the 79th minute to seal the win.",
            '"I have waited all season for that one," the Welshman said.',
        ],
        [("I have waited all season for that one,", "Gareth Pryce")],
        id="a-nationality-in-the-headline-not-beside-the-name",
    ),
    pytest.param(
        [
            "Daniel Reyes, the US commerce secretary, said the controls would stay.",
            '"These tariffs hurt workers on both sides," the Chinese said in a statement.',
        ],
        [("These tariffs hurt workers on both sides,", "Chinese")],
        id="a-peoples-plural-is-no-one-person",
    ),
    pytest.param(
        [
            "Japanese Trade Minister Kenji Sato met Daniel Reyes in Geneva on Monday.",
            '"We will answer in kind," the Japanese said.',
        ],
        [("We will answer in kind,", "Japanese")],
        id="a-peoples-plural-even-printed-with-a-name",
    ),
    pytest.param(
        [
            "Kenyan runner Esther Chebet led until the last bend, when Ethiopia's Hana Tesfaye went past her.",
            '"I had nothing left in my legs," the Kenyan said.',
        ],
        [("I had nothing left in my legs,", "Esther Chebet")],
        id="nationality-before-the-name-not-the-last-named",
    ),
    pytest.param(
        [
            "Peter Kimani of Kenya and Luis Ortega of Spain share the lead after three rounds.",
            '"The greens are quicker than last year," the Kenyan said.',
        ],
        [("The greens are quicker than last year,", "Peter Kimani")],
        id="name-of-a-country",
    ),
    pytest.param(
        [
            "Gethin Pritchard, the former Wales captain, watched from the stand as Sean Dunne scored twice.",
            '"That boy will play for his country by the summer," said the Welshman.',
        ],
        [("That boy will play for his country by the summer,", "Gethin Pritchard")],
        id="name-then-the-country-in-apposition",
    ),
    pytest.param(
        [
            "Esther Jepkosgei still keeps the cardboard box her first spikes came in.",
            '"My brother wore them before I did," the Kenyan says.',
        ],
        [("My brother wore them before I did,", "Esther Jepkosgei")],
        id="control/a-profile-of-one-person",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), NATIONALITIES)
def test_a_nationality_alone_is_the_person_printed_with_it(blocks: list[str], expected: list[tuple[str, str]]) -> None:
    assert speakers_of(*blocks) == expected
