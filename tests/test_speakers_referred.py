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
    # a place whose name holds a particle ("Parc y Bont", "Pont de Normandie") is no person: its last word
    # stands alone only inside it, so "the 24-year-old" is the player named before it
    pytest.param(
        [
            "Dafydd Price kicked 22 points as Llanfair beat Harbourside 32-19 at Parc y Bont on Saturday.",
            '"It has been the best week of my life," the 24-year-old said.',
        ],
        [("It has been the best week of my life,", "Dafydd Price")],
        id="names/place-with-a-particle-is-no-person",
    ),
    # Welsh, Irish and Scottish Gaelic given names tell a person's gender: "she" passes over the man named first
    pytest.param(
        [
            "Niamh Walsh introduced Ciarán Brennan to the crowd at the community hall in Dún Chaoin.",
            '"I never thought I would see this day," he said.',
        ],
        [("I never thought I would see this day,", "Ciarán Brennan")],
        id="names/irish-given-names-tell-gender",
    ),
    pytest.param(
        [
            "Rhodri Evans scored the only try before head coach Sioned Morgan made four changes.",
            '"I wanted fresh legs for the last quarter," she said.',
        ],
        [("I wanted fresh legs for the last quarter,", "Sioned Morgan")],
        id="names/welsh-given-names-tell-gender",
    ),
    # a nationality alone is the person the story printed with it: "the Kenyan said", "said the Welshman"
    pytest.param(
        [
            "Samuel Kiprono, the Kenya sevens international who joined Harbourside in January, scored his sixth try.",
            '"I just saw space and I ran," the Kenyan said.',
        ],
        [("I just saw space and I ran,", "Samuel Kiprono")],
        id="description/nationality-alone",
    ),
    pytest.param(
        [
            "Welsh fly-half Gareth Pryce was booked for his protests on the touchline.",
            '"I know the difference between a handball and a shoulder," said the Welshman.',
        ],
        [("I know the difference between a handball and a shoulder,", "Gareth Pryce")],
        id="description/nationality-noun-after-the-verb",
    ),
    # a role given by its owner in apposition to a name ("Its chairwoman, Name,", "Llanfair's captain, Name,") is
    # who "the society's chairwoman" and "the club's captain" are later
    pytest.param(
        [
            'Its chairwoman, Pauline Armitage, said the response had been "extraordinary for a town of our size".',
            '"We thought we would be rattling tins for three years," the society\'s chairwoman said.',
        ],
        [
            ("extraordinary for a town of our size", "Pauline Armitage"),
            ("We thought we would be rattling tins for three years,", "Pauline Armitage"),
        ],
        id="apposition/owner-role-then-name",
    ),
    pytest.param(
        [
            "Llanfair's captain, Rhodri Evans, scored the only try of the second half from a line-out.",
            '"We talked at half-time about patience," the club\'s captain said.',
        ],
        [("We talked at half-time about patience,", "Rhodri Evans")],
        id="apposition/team-captain-then-the-clubs-captain",
    ),
    # a traditional or local title of a place, then the name with a bracketed honorific: "the Iyaloja said"
    pytest.param(
        [
            "The Iyaloja of the market, Chief (Mrs) Folasade Adeyemi-Cole, said no life was lost in the fire.",
            '"Many of these women took loans to stock their shops. Today they have nothing," the Iyaloja said.',
        ],
        [("Many of these women took loans to stock their shops. Today they have nothing,", "Folasade Adeyemi-Cole")],
        id="apposition/title-of-a-place-then-name",
    ),
    pytest.param(
        [
            "The Iyaloja of the market, Chief (Mrs) Folasade Adeyemi-Cole, said no life was lost but that traders had "
            'lost goods worth "hundreds of millions of naira".'
        ],
        [("hundreds of millions of naira", "Folasade Adeyemi-Cole")],
        id="apposition/title-of-a-place-then-name-speaks",
    ),
    # a knight or a dame by the honorific and given name ("Sir Anthony"): the one named in full with it; and "he
    # said" after a paragraph that opens with him is his, not the unnamed spokesman's who spoke before it
    pytest.param(
        [
            "The chairman of the inquiry, Sir Anthony Ledbetter, said the emails would be published.",
            '"We will support the inquiry in every way we can," a spokesman for Brackley Fire Service said.',
            "At the end of the day's hearing Sir Anthony thanked the witnesses.",
            '"I want to thank Mrs Yusuf in particular for reliving the worst night of her life," he said.',
        ],
        [
            ("We will support the inquiry in every way we can,", "Brackley Fire Service"),
            ("I want to thank Mrs Yusuf in particular for reliving the worst night of her life,", "Anthony Ledbetter"),
        ],
        id="names/knight-by-given-name",
    ),
    # a title naming its field after "for the" or "of" ("Minister for the Gaeltacht Name"): the name starts at its
    # given name, and the title is who "the minister" or "the director" is later
    pytest.param(
        [
            'Minister for the Gaeltacht Colm Ó Dálaigh said he had been "a pioneer who never asked permission".',
            '"He gave the Gaeltacht its own voice," the minister said in a statement.',
        ],
        [
            ("a pioneer who never asked permission", "Colm Ó Dálaigh"),
            ("He gave the Gaeltacht its own voice,", "Colm Ó Dálaigh"),
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
    # member of some age ("One of the apprentices, 17-year-old Name,") or an agent that is a company
    pytest.param(
        [
            "Harbourside led after tries from wing Samuel Kiprono and flanker Iwan Tudor, and the visitors' director "
            'of rugby, Marcus Heale, said afterwards that his side "had the game in our hands for 40 minutes".'
        ],
        [("had the game in our hands for 40 minutes", "Marcus Heale")],
        id="apposition/plural-owner-role-then-name",
    ),
    pytest.param(
        [
            "Much of the work was done by apprentices from Ashcombe College, whose construction lecturer, Imran "
            'Qureshi, said the students had "learned more in six weekends than in a term of classroom work".'
        ],
        [("learned more in six weekends than in a term of classroom work", "Imran Qureshi")],
        id="apposition/whose-role-then-name",
    ),
    pytest.param(
        ['One of the apprentices, 17-year-old Chloe Maddox, said: "I\'d never used lime mortar before this spring."'],
        [("I'd never used lime mortar before this spring.", "Chloe Maddox")],
        id="apposition/one-of-a-group-then-age-and-name",
    ),
    pytest.param(
        [
            "The managing agent, Castlegate Property Services, said in a statement that it was "
            '"cooperating fully with the inquiry".'
        ],
        [("cooperating fully with the inquiry", "Castlegate Property Services")],
        id="apposition/agent-then-company",
    ),
    # a headline's or standfirst's quote with no cue (or read as a term), of words the story quotes again in a
    # speaker's mouth, is that speaker's
    pytest.param(
        [
            ("headline", "Price kicks Llanfair into final as 'the best week of my life' gets better"),
            '"It has been the best week of my life," Dafydd Price said after the semi-final.',
        ],
        [("the best week of my life", "Dafydd Price"), ("It has been the best week of my life,", "Dafydd Price")],
        id="headline/echoed-in-a-speakers-words",
    ),
    pytest.param(
        [
            ("deck", "Lawyer for bereaved families says warnings were 'filed and forgotten'"),
            "Michael Okonjo, who represents bereaved families and survivors, said in his opening statement that "
            'warnings had been "filed and forgotten".',
        ],
        [("filed and forgotten", "Michael Okonjo"), ("filed and forgotten", "Michael Okonjo")],
        id="headline/standfirst-term-echoed-in-a-speakers-words",
    ),
    # the writer introduces an interview ("We asked Name about ..."): the answers after it, quotes alone, are the
    # one asked's, not the last speaker's ("we" is the writer, no one quoted)
    pytest.param(
        [
            '"She has taught me more Swahili than I have taught her Gaelic," Callum MacLeòid said.',
            "We asked Faith Chepkoech about the race, her foundation and what comes next.",
            '"It is my first race in Scotland, and his family will be at the finish, so I cannot lose."',
            '"For the girls who were told to stop. We pay school fees for 40 girls now."',
        ],
        [
            ("She has taught me more Swahili than I have taught her Gaelic,", "Callum MacLeòid"),
            (
                "It is my first race in Scotland, and his family will be at the finish, so I cannot lose.",
                "Faith Chepkoech",
            ),
            ("For the girls who were told to stop. We pay school fees for 40 girls now.", "Faith Chepkoech"),
        ],
        id="interview/we-asked-name",
    ),
    # a headline led by a quote and a colon, then a name's possessive ("'...': Chepkoech's long road"): the one
    # the article names so speaks (a possessive of no one it names, "Britain's", is checked as a colon cue is)
    pytest.param(
        [
            ("headline", "‘I run for the girls who were told to stop’: Chepkoech’s long road to Glasgow"),
            "Faith Chepkoech Rotich still laughs about the first pair of running shoes she owned.",
        ],
        [("I run for the girls who were told to stop", "Faith Chepkoech Rotich")],
        id="headline/quote-colon-then-a-possessive",
    ),
    # a body "founded by Name" (or "set up", "established"): who "the group's founder" is later
    pytest.param(
        [
            "The society was founded in 1971 by Geoffrey Tambling, now 89, who still attends every meeting.",
            '"When I was a boy there was a brass band here every Sunday afternoon," the group\'s founder said.',
        ],
        [("When I was a boy there was a brass band here every Sunday afternoon,", "Geoffrey Tambling")],
        id="description/founded-by-then-the-founder",
    ),
    # an organisation's name printed in two capitalised runs, joined by "and" or going on after "of": the whole
    # name speaks, past a country's possessive ("Ghana's Ministry of Youth and Sports" is "the ministry")
    pytest.param(
        [
            "Station Manager Gwen Rhys of Brackley Fire and Rescue Service is due to give evidence on Thursday.",
            '"We will support the inquiry in every way we can," a spokesman for the service said.',
        ],
        [("We will support the inquiry in every way we can,", "Brackley Fire and Rescue Service")],
        id="org/name-joined-by-and",
    ),
    pytest.param(
        [
            "In Accra, Ghana’s Ministry of Youth and Sports said it had contacted the British High Commission.",
            '"The player is a son of Ghana and we will stand by him," the ministry said.',
        ],
        [("The player is a son of Ghana and we will stand by him,", "Ministry of Youth and Sports")],
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
            "The dispute between Marcus Feld and Castlegate Holdings reached the High Court in March.",
            '"We will study the judgment before deciding our next step," the company said.',
        ],
        [("We will study the judgment before deciding our next step,", "Castlegate Holdings")],
        id="person-with-a-given-name-and-a-company",
    ),
    pytest.param(
        [
            "Talks between Ruth Ambler & Wexcombe Group broke down on Friday after six hours.",
            '"The offer on the table was fair," the company said.',
        ],
        [("The offer on the table was fair,", "Wexcombe Group")],
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
            "Marta Kovacs beat Ellie Brandt in three sets to reach the final in Rome.",
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
            "Kenyan runner Mary Wanjiru led until the last bend, when Ethiopia's Hana Tesfaye went past her.",
            '"I had nothing left in my legs," the Kenyan said.',
        ],
        [("I had nothing left in my legs,", "Mary Wanjiru")],
        id="nationality-before-the-name-not-the-last-named",
    ),
    pytest.param(
        [
            "Peter Mwangi of Kenya and Luis Ortega of Spain share the lead after three rounds.",
            '"The greens are quicker than last year," the Kenyan said.',
        ],
        [("The greens are quicker than last year,", "Peter Mwangi")],
        id="name-of-a-country",
    ),
    pytest.param(
        [
            "Rhys Morgan, the former Wales captain, watched from the stand as Sean Dunne scored twice.",
            '"That boy will play for his country by the summer," said the Welshman.',
        ],
        [("That boy will play for his country by the summer,", "Rhys Morgan")],
        id="name-then-the-country-in-apposition",
    ),
    pytest.param(
        [
            "Faith Rotich still laughs about the first pair of running shoes she owned.",
            '"They were two sizes too big," the Kenyan says.',
        ],
        [("They were two sizes too big,", "Faith Rotich")],
        id="control/a-profile-of-one-person",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), NATIONALITIES)
def test_a_nationality_alone_is_the_person_printed_with_it(blocks: list[str], expected: list[tuple[str, str]]) -> None:
    assert speakers_of(*blocks) == expected
