"""Profiles, interviews and long features (the twenty-ninth probe set: a music magazine, a weekend sports section, a
business weekly, a podcast write-up, a long read, a design Q&A, a feature of two voices and an arts review, with
many paragraphs per speaker): titles that quote their subject, subheadings under a pull quote, and the speaker
over paragraphs (relatives of one surname, a subject called by age or role, pronouns by a relative's noun).

Each case is a page or a paragraph written from scratch around one class (its id names it, as the commit that added
the rule does), in other words, outlets and orders than the probe pages'.
"""

from __future__ import annotations

import pytest

import articlecli

from .pages import join_lines

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]

_BODY = (
    "When Dagny Holm opened her first workshop in a disused dairy in 2011, she had one lathe and no customers.",
    "Today the studio employs nine people and ships chairs to four continents, most of them made from local ash.",
    "She still sweeps the floor herself at the end of every day, and she still answers the phone.",
    "The studio's waiting list for its best-known chair is now fourteen months long.",
    "Holm says she has no plans to open a second workshop, whatever her accountant thinks.",
)


def _page(*header: str, spaced: bool = False) -> str:
    lines = ["Timber & Grain", "Design", "Interiors", "Subscribe", *header, *_BODY, "© 2024 Timber & Grain"]
    return join_lines(lines, spaced)


# a title that quotes its subject's words, closed by the quote mark with no full stop inside: no running text,
# so the byline and date under its standfirst are still the header's
QUOTED_TITLES = [
    pytest.param("Dagny Holm: “A chair should outlive the person who made it”", id="name, colon, curly quote"),
    pytest.param('Dagny Holm: "A chair should outlive the person who made it"', id="name, colon, straight quote"),
    pytest.param("Furniture maker Dagny Holm on “the chairs that outlive us”", id="a role, a name and 'on'"),
    pytest.param("“We sweep our own floors”: inside the busiest chair studio in the north", id="quote first"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("title", QUOTED_TITLES)
def test_a_title_quoting_its_subject_is_the_headline(title: str, spaced: bool) -> None:
    deck = "The maker has spent thirteen years in a converted dairy. She talks about ash, patience and waiting lists."
    article = articlecli.parse(_page(title, deck, "By Ruairí Costello", "April 30, 2024", spaced=spaced))
    assert article.headline == title
    assert [a.name for a in article.authors] == ["Ruairí Costello"]
    assert article.paragraphs[0].text == _BODY[0]


# a sentence that ends in a quotation still reads as running text
def test_a_sentence_ending_in_a_quotation_stays_a_paragraph() -> None:
    line = "Her accountant, she says, calls the second workshop “a conversation for next year.”"
    article = articlecli.parse(_page("Dagny Holm's long wait", "By Ruairí Costello", "April 30, 2024", line))
    assert line in [p.text for p in article.paragraphs]


_STORY = (
    "The boatyard at Skerrow has built wooden yawls since 1911, and it has never had a waiting list until now.",
    "“We turned away more orders last year than my grandfather built in his whole life,” said Ines Farrow.",
    "Farrow, who runs the yard with her two brothers, says the boom began with a television programme.",
    "She is not sure it will last, and she has not hired anyone she cannot keep through a bad winter.",
    "The yard's oldest boat, a yawl launched in 1923, still races every summer off the point.",
    "Its owner, a retired schoolteacher, says he has been offered three times what he paid for it.",
)
_PULL = "“We turned away more orders last year than my grandfather built in his whole life.”"


# a subheading set right under a pull quote is still a subheading when it names no one (a speaker's credit ends in
# a name, with or without a role before it)
UNDER_A_PULL_QUOTE = [
    pytest.param("The waiting list", True, id="sentence case, two words"),
    pytest.param("What happens in winter", True, id="a phrase ending in lower case"),
    pytest.param("Boatyard owner Ines Farrow", False, id="a role and the speaker's name: a credit"),
    pytest.param("Ines Farrow, boatbuilder", False, id="the speaker's name and her trade: a credit"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("line", "heading"), UNDER_A_PULL_QUOTE)
def test_a_subheading_under_a_pull_quote(line: str, heading: bool, spaced: bool) -> None:
    lines = ["Coast & Country", "The yawl makers of Skerrow", "By Tam Ochoa", "June 2, 2024", *_STORY[:3], _PULL]
    page = ("\n\n" if spaced else "\n").join([*lines, line, *_STORY[3:], "Share this story"]) + "\n"
    if spaced and not heading:
        pytest.skip("a credit is read only right under its pull quote, with no blank line between")
    article = articlecli.parse(page)
    assert (line in [h.text for h in article.headings]) is heading
    assert line not in [p.text for p in article.paragraphs]
    assert _PULL not in [p.text for p in article.paragraphs]


def _speakers(*paragraphs: str) -> list[str | None]:
    page = "\n\n".join(["Weekend", "A life in the long grass", "By Noor Haddad", "March 9, 2024", *paragraphs]) + "\n"
    return [q.speaker for q in articlecli.parse(page).quotes]


# a relative introduced by a kin noun after an owner's word goes by their given or full name: the surname alone,
# printed away from the relative's paragraph, is the story's subject, and the noun gives the relative's gender (right
# after the relative's paragraph it is the relative: tests/test_page_shapes_twenty_fourth.py)
RELATIVES = [
    pytest.param(
        (
            "Ilse Vandermeer has farmed the polder at Oosthaven for thirty years.",
            "Her father, Joost Vandermeer, drained the first field with a hand pump in 1961.",
            "The farm now runs to 90 hectares, most of it below sea level.",
            "“He never threw anything away, least of all water,” Vandermeer says.",
        ),
        "Ilse Vandermeer",
        id="her father, then the surname alone",
    ),
    pytest.param(
        (
            "The tailor Kwabena Osei-Bonsu cuts every suit in the shop himself.",
            "His son Yaw Osei-Bonsu keeps the accounts and answers the phone.",
            "The shop has stood on the corner of Adum Road since 1974.",
            "“I taught him to measure twice and he taught me to invoice once,” said Osei-Bonsu.",
        ),
        "Kwabena Osei-Bonsu",
        id="his son, a double-barrelled surname, the cue inverted",
    ),
    pytest.param(
        (
            "Marisol Quiroga opened the bakery on Calle Soler in 2009.",
            "Marisol's grandmother, Amparo Quiroga, left her the recipe book and the oven.",
            "The queue on Saturdays reaches the corner.",
            "“The oven is older than the street,” Quiroga said.",
        ),
        "Marisol Quiroga",
        id="an owner's name, a grandmother",
    ),
    pytest.param(
        (
            "Teodor Lind trains sled dogs outside Kiruna.",
            "His wife, Saga Lind, runs the kennel's guest cabins and its website.",
            "In January the kennel had 46 dogs and a waiting list of guests.",
            "“The dogs decide the day,” Lind said. “We only write it down.”",
        ),
        "Teodor Lind",
        id="his wife, two quotes",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), RELATIVES)
def test_a_surname_alone_is_the_subject_not_a_relative(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert set(_speakers(*paragraphs)) == {speaker}


# a relative printed by given name alone does not take the surname two people share
def test_a_relative_named_by_given_name_does_not_take_the_surname() -> None:
    speakers = _speakers(
        "Before dawn Wanjala Barasa is already on the track, his cousin Otieno a stride behind him.",
        "“The track does not care who you were last year,” says Barasa.",
        "Otieno Barasa, 22, has run for the county since he was fourteen.",
        "“He is faster than me now,” Otieno Barasa said. “I do not say it to him.”",
    )
    assert speakers == ["Wanjala Barasa", "Otieno Barasa", "Otieno Barasa"]


# "she said" after a relative's noun: the woman, not the man the noun says is one
def test_a_kin_noun_gives_a_pronoun_its_gender() -> None:
    speakers = _speakers(
        "Grace Herewini has carved the panels of the new meeting house for three years.",
        "Her uncle, Mikaere Herewini, taught her in a shed behind the marae when she was twelve.",
        "“Every panel has an argument in it somewhere,” she said.",
    )
    assert speakers == ["Grace Herewini"]


# "the 34-year-old" is the one printed with that age, not the person named last; a profile's role noun ("the
# potter", "the founder") is the person named last but for a relative of theirs
DESCRIBED = [
    pytest.param(
        (
            "Suvi Rantanen, 34, rows a single scull on the lake every morning at five.",
            "Her coach, Pekka Aalto, 61, started rowing when the lake still froze for five months.",
            "“I am slower than last year and happier,” the 34-year-old said.",
        ),
        "Suvi Rantanen",
        id="the age printed after her name, a coach named since",
    ),
    pytest.param(
        (
            "Daniel Okonkwo-Reyes makes bowls from river clay in a converted garage.",
            "His mother, Grace Okonkwo-Reyes, taught art at the school at the end of the road.",
            "“She never told me a bowl was finished,” the potter says.",
        ),
        "Daniel Okonkwo-Reyes",
        id="the potter, after his mother",
    ),
    pytest.param(
        (
            "Hana Sato started the company in a spare room with a borrowed soldering iron.",
            "Her brother, Kenji Sato, joined a year later as its first engineer.",
            "“We argued about everything except the name,” the founder said.",
        ),
        "Hana Sato",
        id="the founder, after her brother",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), DESCRIBED)
def test_a_description_is_the_subject(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speakers(*paragraphs) == [speaker]


# a quote alone in the first person singular is one person's words, not those of the company the paragraph before
# reports as saying something
def test_a_first_person_quote_is_not_the_company_s() -> None:
    speakers = _speakers(
        "Tomasz Wierzbicki started Lasowa in his garage in 2015.",
        "Wierzbicki, 44, still signs every invoice himself. Lasowa now employs 230 people and says it sold "
        "1.2 million pairs of skis last year.",
        "“I never wanted a big company. I wanted a good ski.”",
    )
    assert speakers == ["Tomasz Wierzbicki"]


# a paragraph that calls the story's subject by a profile's noun, and names no one else: its pronouns, and a quote
# alone after it, are the subject's (the one the story names most), not the person quoted last
PROFILE_NOUN_SUBJECTS = [
    pytest.param(
        (
            "Amara Okafor has run the theatre on Dock Street since 2011. Okafor, 52, was an actor first.",
            "The theatre's treasurer, Grace Adeyemi, said the books balanced for the first time last year.",
            "The director does not pretend that this will last. In an email to the cast she wrote: “Enjoy it.”",
        ),
        "Amara Okafor",
        id="the director, a pronoun in the same paragraph",
    ),
    pytest.param(
        (
            "Lorenzo Bassi has made violins in a workshop above a bakery since 1987. Bassi learned in Cremona, "
            "and Bassi still uses the plane his teacher gave him.",
            "His landlord, Pietro Conti, is less romantic. “He pays on the first of the month,” Conti said.",
            "In the evening the musician sweeps the shavings into a sack and hums to himself.",
            "“Wood remembers everything,” he says.",
        ),
        "Lorenzo Bassi",
        id="the paragraph before calls him by his trade",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), PROFILE_NOUN_SUBJECTS)
def test_a_profile_noun_is_the_story_s_subject(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speakers(*paragraphs)[-1] == speaker  # (the last quote: any quoted before it are others')


# a role in apposition before a name ("an elder, Name,", "the club's treasurer, Name,") makes it a person's, so that
# a pronoun after it in the paragraph is theirs, not the story's subject
def test_a_role_in_apposition_before_a_name_is_a_person() -> None:
    speakers = _speakers(
        "The architect Adaeze Nwosu has designed the village's new school with the people who will use it.",
        "At the first meeting a carpenter, Tiago Ferreira-Lund, took her drawing and moved every window. He said, "
        "“A classroom should look at the weather, not at the car park.”",
    )
    assert speakers == ["Tiago Ferreira-Lund"]


# a question put in the paragraph before ("Lee asks ...", "Asked by Lee whether ...") is answered by the person the
# story is about, not by the one who asked it
ASKERS = [
    pytest.param(
        (
            "Naledi Khumalo, 29, has been the only midwife on the island since 2020. Khumalo trained in Durban.",
            "On the programme, host Bram Visser asks her what a normal night looks like. Khumalo laughs.",
            "“There is no normal night. There is the night the ferry runs and the night it does not.”",
        ),
        id="the host asks, the subject laughs",
    ),
    pytest.param(
        (
            "Naledi Khumalo, 29, has been the only midwife on the island since 2020. Khumalo trained in Durban.",
            "Asked by Bram Visser whether she has thought of leaving, the 29-year-old is quiet for a while.",
            "“Every winter. And every winter someone's baby decides to come early.”",
        ),
        id="asked by the host, the subject goes quiet",
    ),
]


@pytest.mark.parametrize("paragraphs", ASKERS)
def test_the_one_asked_answers(paragraphs: tuple[str, ...]) -> None:
    assert _speakers(*paragraphs) == ["Naledi Khumalo"]


# an outlet's pitch under the story ("Support independent * journalism", "Catch all the * updates on Outlet") is no
# paragraph of it
OUTLET_PITCHES = [
    pytest.param("Support independent music journalism. Become a Friend of the Quarter Note.", id="support"),
    pytest.param("Catch all the Sports News, Match Reports and Live Updates on Ridgeback Times.", id="catch all"),
    pytest.param("Catch all the latest news on Ridgeback Times and download our app.", id="catch the latest"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("line", OUTLET_PITCHES)
def test_an_outlet_s_pitch_under_the_story(line: str, spaced: bool) -> None:
    lines = ["Ridgeback Times", "The yawl makers of Skerrow", "By Tam Ochoa", "June 2, 2024", *_STORY, line]
    page = ("\n\n" if spaced else "\n").join([*lines, "Topics", "Boats", "© 2024 Ridgeback Times"]) + "\n"
    assert line not in [p.text for p in articlecli.parse(page).paragraphs]


# a pull quote that joins a speaker's two sentences and leaves out the cue between them repeats the body
JOINED_PULL_QUOTES = [
    pytest.param(
        "“We turned away more orders last year than my grandfather built. We still said yes to the school.”",
        "“We turned away more orders last year than my grandfather built,” said Farrow. “We still said yes to the "
        "school.”",
        id="curly marks, an inverted cue between",
    ),
    pytest.param(
        '"The yard floods twice a winter. Nobody has ever lost a boat to it."',
        '"The yard floods twice a winter," Farrow said, pointing at the tide line. "Nobody has ever lost a boat '
        'to it."',
        id="straight marks, a cue and a clause between",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("pull", "paragraph"), JOINED_PULL_QUOTES)
def test_a_pull_quote_joining_two_sentences(pull: str, paragraph: str, spaced: bool) -> None:
    lines = ["Coast & Country", "The yawl makers of Skerrow", "By Tam Ochoa", "June 2, 2024", *_STORY[:2]]
    page = ("\n\n" if spaced else "\n").join([*lines, paragraph, *_STORY[2:4], pull, *_STORY[4:]]) + "\n"
    paragraphs = [p.text for p in articlecli.parse(page).paragraphs]
    assert pull not in paragraphs
    assert paragraph in paragraphs


# a quote alone whose speaker the next paragraph names ("That was the critic Name's verdict", "That is how Name puts
# it") is theirs, as the guide's quote before its cue
NAMED_AFTER = [
    pytest.param(
        (
            "“She cooks as if the guests were her creditors.”",
            "That was the food writer Imogen Tallis's verdict in 2009, and the restaurant still prints it on its menu.",
        ),
        "Imogen Tallis",
        id="that was the role Name's verdict",
    ),
    pytest.param(
        (
            "Ruth Okello has run the ferry café for eleven years.",
            "Her deputy, Samuel Otieno, said the queue for breakfast starts before six.",
            "“You feed the crew first, then the passengers, then yourself, if there is anything left.”",
            "That is how Ruth Okello describes the job, and she is not joking.",
        ),
        "Ruth Okello",
        id="that is how Name describes it",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), NAMED_AFTER)
def test_a_quote_alone_named_in_the_next_paragraph(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speakers(*paragraphs) == [speaker]


# a quote in the first person singular is one person's words, not those of the group the sentence before it names in
# apposition ("Name, director of the Network, a group that ..., said ... “I ...”"); a "we" may be the group's
FIRST_PERSON_AFTER_A_GROUP = [
    pytest.param(
        "Oyelaran Adebisi, secretary of the Coastal Anglers Forum, a group of fishers that sat on the panel, said the "
        "council had listened. “For twenty years I have launched my boat from a ramp that floods.”",
        "Oyelaran Adebisi",
        id="I, after a group in apposition",
    ),
    pytest.param(
        "Birgit Solheim-Aas, chair of the Tenants' Union, an association of 4,000 households, said the rents had "
        "doubled. “My own flat costs more than my pension.”",
        "Birgit Solheim-Aas",
        id="my, after an association in apposition",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), FIRST_PERSON_AFTER_A_GROUP)
def test_a_first_person_quote_after_a_group_in_apposition(paragraph: str, speaker: str) -> None:
    assert _speakers("The council will rebuild the harbour ramp next spring.", paragraph) == [speaker]
