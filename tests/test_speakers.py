"""Who said it: one class of attribution per case, on short pages written for the test.

Each case is a few paragraphs and the (quote, speaker) pairs a careful reader gives them; the
case's id names the class of writing it stands for.
"""

from __future__ import annotations

import pytest
import regex

from articlecli import attribution
from articlecli.people import Registry

from .speakers import speakers_of

CASES = [
    # A pronoun is the paragraph's subject, not a person named after it as an object.
    pytest.param(
        [
            "Guitarist Tom Reyes joined the band on stage.",
            "Reyes introduced Marco Bellini’s solo. “You may know him from the radio,” he said.",
        ],
        [("You may know him from the radio,", "Tom Reyes")],
        id="pronoun/paragraph-subject-before-object",
    ),
    pytest.param(
        [
            "Colonel Dara Whitcombe testified on Thursday.",
            "Whitcombe was the second witness who heard the call with President Amir Castell. "
            "He said he had worried about “legal exposure” from the summary.",
        ],
        [("legal exposure", "Dara Whitcombe")],
        id="pronoun/paragraph-subject-before-later-name",
    ),
    # ... and a pronoun passes over the paragraph's other people whose name says otherwise.
    pytest.param(
        [
            "Maria Lindqvist ran the night shift at the data centre.",
            "Helen Osei joined the team in 1961.",
            "Once Lindqvist arrived, Robert Hale gave her a manual. “He carried it all in his head,” she said.",
        ],
        [("He carried it all in his head,", "Maria Lindqvist")],
        id="pronoun/fitting-person-in-paragraph",
    ),
    # "has written": a written source is quoted like a spoken one.
    pytest.param(
        [
            "“The importer pays the duty at the border,” Lena Dubrow, an economist at the Harbour "
            "Institute, has written. “The exporter pays nothing.”"
        ],
        [("The importer pays the duty at the border,", "Lena Dubrow"), ("The exporter pays nothing.", "Lena Dubrow")],
        id="cue/has-written",
    ),
    # An unnamed source keeps its description, past a relative clause in apposition ...
    pytest.param(
        [
            "One reader on Quillboard, which is the town’s busiest forum, posted: “Who approved this road?”",
            "Another reportedly said: “The bridge was fine last year.”",
        ],
        [
            ("Who approved this road?", "reader on Quillboard"),
            ("The bridge was fine last year.", "reader on Quillboard"),
        ],
        id="unnamed/description-and-another",
    ),
    # ... but "another" after a named speaker is nobody the text names.
    pytest.param(
        [
            "“We will reopen on Monday,” said Pia Marsh, who runs the bakery.",
            "Another trader said: “We lost a week of sales.”",
        ],
        [("We will reopen on Monday,", "Pia Marsh"), ("We lost a week of sales.", "trader")],
        id="unnamed/another-after-a-name",
    ),
    # An organisation named by a description is the organisation, not a person with a like title.
    pytest.param(
        [
            "Foreign Minister Tomas Szalai said the decision was a mistake.",
            "The Danish foreign ministry said it “regrets any step that makes talks harder”.",
        ],
        [("regrets any step that makes talks harder", "Danish foreign ministry")],
        id="organisation/described-not-a-person",
    ),
    # An unnamed spokesperson speaks for the organisation.
    pytest.param(
        [
            "Foreign Minister Tomas Szalai said the decision was a mistake.",
            "A spokesperson for the Harbour Authority said the berths “will stay closed until spring”.",
        ],
        [("will stay closed until spring", "Harbour Authority")],
        id="organisation/spokesperson-for",
    ),
    # The subject of the cue verb, not an organisation named in its apposition ...
    pytest.param(
        ["Ivo Marsh, head of field work for Operation Clearwater, Inc., says: “The river is cleaner than in 1990.”"],
        [("The river is cleaner than in 1990.", "Ivo Marsh")],
        id="subject/organisation-in-apposition",
    ),
    # ... nor the object of a preposition in a description: the described person is the speaker.
    pytest.param(
        [
            "Ambassador Teodor Rusu arrived in London on Monday.",
            "Moldova’s ambassador to Britain accused the council of delay and warned it “cannot go on like this”.",
        ],
        [("cannot go on like this", "Teodor Rusu")],
        id="subject/described-person-not-the-object",
    ),
    # A title with its department before the name: "Secretary of State X".
    pytest.param(
        ["Secretary of Transport Nadia Okafor said the line would “open on time and on budget”."],
        [("open on time and on budget", "Nadia Okafor")],
        id="subject/title-of-department",
    ),
    # A document speaks for its issuer when the article names it.
    pytest.param(
        [
            "A 2021 study by the Centre for Coastal Policy Research, a Plymouth think tank, concluded that, "
            "on its usual measures, “the cost falls on local buyers.”"
        ],
        [("the cost falls on local buyers.", "Centre for Coastal Policy Research")],
        id="document/study-by-issuer",
    ),
    pytest.param(
        ["Brokerages are upbeat.", "“The market is pricing in a recovery,” said a report from Harbour Equities."],
        [("The market is pricing in a recovery,", "Harbour Equities")],
        id="document/report-from-issuer",
    ),
    # An owner's name is not the subject: "Reyes's claims" did not speak.
    pytest.param(
        [
            "Singer Ana Reyes left the label last year.",
            "Harbour Records has denied Reyes’s claims, saying they were “untrue and hurtful.”",
        ],
        [("untrue and hurtful.", "Harbour Records")],
        id="subject/owner-is-not-the-speaker",
    ),
    # A speaker is a name printed in the article: two links' texts glued together are two names.
    pytest.param(
        [
            "Rep. Nadia HollisNadia HollisSenate panel: budget talks stall | Storm hits coast",
            "Hollis asked for mercy in a letter, saying a long sentence would not help. "
            "She added, “We must answer hate with patience.”",
        ],
        [("We must answer hate with patience.", "Nadia Hollis")],
        id="name/glued-link-texts",
    ),
    # An acronym is the organisation whose initials it spells, printed in full elsewhere.
    pytest.param(
        [
            "We used figures published by the Coastal Fisheries Authority last year.",
            "The CFA says the northern stock “has not recovered since 2015”.",
        ],
        [("has not recovered since 2015", "Coastal Fisheries Authority")],
        id="organisation/acronym-spelled-out",
    ),
    # A conjunction opening the sentence is not part of the speaker's name.
    pytest.param(
        [
            "Immunologist Ravi Talwar has studied the cells for a decade.",
            "The cells help the body fight off invaders. But Talwar cautioned that the cells, first "
            "described by Tom Brandt, might also cause harm.",
            "“You may not always want to overreact,” he said.",
        ],
        [("You may not always want to overreact,", "Ravi Talwar")],
        id="subject/conjunction-before-name",
    ),
    # A short quote after "her" or "the" is speech when its sentence goes on to say who spoke.
    pytest.param(
        ["Vera Lund sold her first novel in 1988. The long court case then left her “rather worn out,” she said."],
        [("rather worn out,", "Vera Lund")],
        id="short-quote/cut-by-its-cue",
    ),
    # An organisation's acronym that is also a question word.
    pytest.param(
        ["Untreated, the infection is “almost always fatal”, says WHO."],
        [("almost always fatal", "WHO")],
        id="organisation/acronym-who",
    ),
    # A cue verb coordinated with an earlier verb shares its subject.
    pytest.param(
        ["In a short video, Tom Reyes spoke about the flood and noted there must be “no blame” for it."],
        [("no blame", "Tom Reyes")],
        id="subject/coordinated-verb",
    ),
    # A colon after a frame that is no speaking verb: the sentence's subject is the speaker; after the
    # author's own words, nobody is.
    pytest.param(
        [
            "Skipper Bob Alden spent forty years at sea.",
            "Alden summed up the trip from a wooden boat to the fish counter of a grocery chain: "
            "“It’s old school meets new school.”",
            "The figures are stark: “One in five boats is gone.”",
            "Regardless of the figures, the union’s advice is a sound one: “Learn a second trade before winter.”",
        ],
        [
            ("It’s old school meets new school.", "Bob Alden"),
            ("One in five boats is gone.", None),
            ("Learn a second trade before winter.", None),
        ],
        id="colon/after-a-non-speech-frame",
    ),
    # "he" is the last speaker even when the name is not a known given name; a firm whose last word
    # recurs in other firms' names ("Securities") is no person.
    pytest.param(
        [
            "Brokers at Harbor Securities and Delta Securities are cautious about midcaps.",
            "Pankaj Verma, head of research at Coral Securities, pointed out that the market is narrow.",
            "“It is a stock-specific market,” he said.",
        ],
        [("It is a stock-specific market,", "Pankaj Verma")],
        id="pronoun/last-speaker-with-an-unknown-given-name",
    ),
    # "he" is the person the paragraph reports as speaking, before other people it names.
    pytest.param(
        [
            "Players can buy Orbit Max for $9 a month, and Max service comes with new games.",
            "Orbit Max is built on the firm’s own servers. The key to its success, says Jack Bruner, is scale. "
            "“We have one of the largest networks in the world,” he says.",
        ],
        [("We have one of the largest networks in the world,", "Jack Bruner")],
        id="pronoun/reported-speaker-of-the-paragraph",
    ),
    # A participle after a comma shares the sentence's subject; that subject is who "he" is next.
    pytest.param(
        [
            "Coach Bruce Dalton spoke after practice.",
            "“We are close,” said Ryan Sutter, the captain.",
            "Dalton met his squad before training on Friday, urging them to “trust the plan”.",
            "“Nobody in this league has a better back line,” he said.",
        ],
        [
            ("We are close,", "Ryan Sutter"),
            ("trust the plan", "Bruce Dalton"),
            ("Nobody in this league has a better back line,", "Bruce Dalton"),
        ],
        id="subject/participle-after-comma",
    ),
    # A given name that is also a month's abbreviation is still a name.
    pytest.param(
        ["“It was seen as rote,” said Mar Hollis, a historian at the Harbour Institute of Technology."],
        [("It was seen as rote,", "Mar Hollis")],
        id="name/given-name-like-a-month",
    ),
    # "the group" is the organisation the article named in apposition to it.
    pytest.param(
        [
            "Cleaners signed an open letter. The group, Harbour Workers Coalition, formed in recent weeks.",
            "In a separate post, the group added that the firm “is not keeping its promise”.",
        ],
        [("is not keeping its promise", "Harbour Workers Coalition")],
        id="organisation/named-in-apposition",
    ),
    # A paragraph that is all quote, after a paragraph about a person that quotes no one, is theirs.
    pytest.param(
        [
            "“The sea is telling us something,” says Ana Wiremu, an elder of the tribe.",
            "Ana Wiremu at her farm, the place where she was born and grew up.",
            "“We feel that the public is not listening. We need to change that.”",
        ],
        [
            ("The sea is telling us something,", "Ana Wiremu"),
            ("We feel that the public is not listening. We need to change that.", "Ana Wiremu"),
        ],
        id="context/standalone-after-a-paragraph-about-them",
    ),
    # "she" is the person the paragraph describes by a title the article gave her.
    pytest.param(
        [
            "The play stars actress Mary Brekke and was staged by Charlie Bain.",
            "“The fog machine is my enemy,” Bain said.",
            "Between the runs, the actress had no wish to try a new career. "
            "“I always wanted a stage more than a screen,” she said.",
        ],
        [
            ("The fog machine is my enemy,", "Charlie Bain"),
            ("I always wanted a stage more than a screen,", "Mary Brekke"),
        ],
        id="pronoun/described-by-her-title",
    ),
    # A quote inside a sentence whose own speaking verb comes first: the outlet reporting it at the
    # end is not the speaker.
    pytest.param(
        [
            "Chief executive Jon Marek said in a memo that the “gap between our two labels matters less now” "
            "after the price cuts, the Harbour Ledger reported."
        ],
        [("gap between our two labels matters less now", "Jon Marek")],
        id="subject/verb-before-a-quote-inside-its-sentence",
    ),
    # An organisation's "it" is the organisation, never the person who spoke last.
    pytest.param(
        [
            "“The berths are safe,” harbour master Tom Reyes said.",
            "The Harbour Authority disagreed. “We regret the delay,” it said.",
        ],
        [("The berths are safe,", "Tom Reyes"), ("We regret the delay,", "Harbour Authority")],
        id="organisation/it-said",
    ),
    # "he" after a paragraph that quotes no one: the person its last sentence is about.
    pytest.param(
        [
            "“It takes time,” coach Bruce Dalton said.",
            "Until Saturday, Owen Pryce, 33, had one goal in twelve matches. Defenseman Mark Rusk, "
            "who teased Pryce about his boots, could see how low his friend felt.",
            "“He lives for goals,” he said.",
        ],
        [("It takes time,", "Bruce Dalton"), ("He lives for goals,", "Mark Rusk")],
        id="pronoun/last-sentence-of-the-paragraph-before",
    ),
    # "she" is an unnamed person the paragraph describes, who keeps the description.
    pytest.param(
        [
            "“Teens share too much,” said Ana Ruiz, a researcher.",
            "The magazine spoke to one mother, who knew her son had a public profile. "
            "“I am so far ahead of other parents,” she said.",
        ],
        [("Teens share too much,", "Ana Ruiz"), ("I am so far ahead of other parents,", "mother")],
        id="unnamed/pronoun-for-a-described-person",
    ),
    # "the report" is whoever the article says released it.
    pytest.param(
        [
            "A new report released last week by the Harbour Institute for Fair Wages casts doubt on that.",
            "As the report states: “The birth lottery matters more here than elsewhere.”",
        ],
        [("The birth lottery matters more here than elsewhere.", "Harbour Institute for Fair Wages")],
        id="document/the-report-to-its-issuer",
    ),
    # "the statement read" is whoever the article says issued the statement, not the last speaker.
    pytest.param(
        [
            "On Monday, Harbour Records issued a statement meant to end the row.",
            "Singer Ana Reyes disagreed, saying she was “never asked”.",
            "“We have always honoured her requests,” the statement read.",
        ],
        [("never asked", "Ana Reyes"), ("We have always honoured her requests,", "Harbour Records")],
        id="document/the-statement-to-its-issuer",
    ),
    # A colon introduces what follows it: a quoted word further on is no speech of the verb before it.
    pytest.param(
        ["A reader wrote in: <b>alert(“x”)</b> and that was that."],
        [],
        id="colon/introduces-what-follows-it",
    ),
    # A description in apposition to a name is that person: "Name, a spokesman for X, …, said".
    pytest.param(
        [
            "Ivo Marsh, a spokesman for Operation Clearwater, the state program that funds the plant, said the "
            "deal allowed for delays. “The money is tied to jobs that exist,” he said.",
            "A union organiser, Rhona Bell, said: “Nobody wants the island to go hungry.”",
        ],
        [
            ("The money is tied to jobs that exist,", "Ivo Marsh"),
            ("Nobody wants the island to go hungry.", "Rhona Bell"),
        ],
        id="subject/description-in-apposition-to-a-name",
    ),
    # A habit's frame between the speaker and the verb: "He used to tell me,", "she always says", "as he liked to".
    pytest.param(
        [
            "I learned the trade from Teodor Wray, who had a kiln outside Carrow. "
            "He used to tell me, “The fire decides the colour.”",
        ],
        [("The fire decides the colour.", "Teodor Wray")],
        id="frame/used-to-between-speaker-and-verb",
    ),
    pytest.param(
        [
            "The ferry's skipper, Ines Moller, has crossed the sound twice a day since 1998. "
            "She always says, “The sea keeps its own timetable.”",
        ],
        [("The sea keeps its own timetable.", "Ines Moller")],
        id="frame/always-between-speaker-and-verb",
    ),
    pytest.param(
        [
            "Harbour master Ivo Marsh likes to say: “No boat ever sank in the harbour office.”",
        ],
        [("No boat ever sank in the harbour office.", "Ivo Marsh")],
        id="frame/likes-to-between-speaker-and-verb",
    ),
    # Two verbs of one subject joined by "but": the second verb's quote is the subject's, past a role before the name.
    pytest.param(
        [
            "Local councillor Bev Amadi welcomed the jobs the project brought but said the company still owed "
            "residents “proper answers on fire safety”.",
        ],
        [("proper answers on fire safety", "Bev Amadi")],
        id="subject/role-and-name-then-but-said",
    ),
    pytest.param(
        ["Harbour master Ivo Marsh praised the crews but warned that the quay was “not built for ships this size”."],
        [("not built for ships this size", "Ivo Marsh")],
        id="subject/role-and-name-then-but-warned",
    ),
    pytest.param(
        ["The mayor, Ann Lee, thanked the volunteers but said the town could not “keep asking the same people”."],
        [("keep asking the same people", "Ann Lee")],
        id="subject/name-in-apposition-then-but-said",
    ),
    # An unnamed spokesperson "for" an organisation is no clause subject ("for" is no verb): the organisation speaks.
    pytest.param(
        [
            "A spokesman for Harbour Ferries, which sails to four islands, said the firm backed “fair fares” "
            "but warned that a cap “would cut the winter timetable”.",
        ],
        [("fair fares", "Harbour Ferries"), ("would cut the winter timetable", "Harbour Ferries")],
        id="subject/spokesperson-for-an-organisation-then-but-warned",
    ),
    # An article or a possessive is followed by a noun or its adjective, never by an adverb: a word in "-ly" right
    # after one goes on with the description before the verb ("for the daily said" is no "quickly said").
    pytest.param(
        ["A spokesman for the daily said “the sale will not change what we print”."],
        [("the sale will not change what we print", "the daily")],
        id="description/ly-word-after-an-article-before-the-verb",
    ),
    pytest.param(
        ["The Northgate Courier closed its print edition.", "“We had no choice,” a spokeswoman for the weekly said."],
        [("We had no choice,", "the weekly")],
        id="description/ly-word-after-an-article-after-the-quote",
    ),
    pytest.param(
        ["A reader of the monthly wrote: “I have taken it for forty years.”"],
        [("I have taken it for forty years.", "reader of the monthly")],
        id="description/ly-word-after-an-article-before-a-colon",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_speaker(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(*paragraphs) == expected


NOT_PEOPLE = [
    # an organisation word opens no person's name
    pytest.param(
        "Amir Vance, the Harbour City Planning Council Bridges lead, spoke about the bridges.",
        "Council Bridges",
        id="organisation-word-first",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_not_a_person(text: str, name: str) -> None:
    registry = Registry()
    registry.add_text(text)
    assert not registry.finish().is_person(name, strict=False)


@pytest.mark.parametrize("quotes", [500, 2000])
def test_pronoun_quotes_look_back_once_per_paragraph(quotes: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph of many “…,” he said quotes reads each speaking verb's subject a bounded number of
    times, not once per quote for every verb in the stretch before it (counted, not timed)."""
    calls = 0
    subject_before = attribution._subject_before

    def counted(text: str, verb: regex.Match[str]) -> regex.Match[str] | None:
        nonlocal calls
        calls += 1
        return subject_before(text, verb)

    monkeypatch.setattr(attribution, "_subject_before", counted)
    # each cue differs from the one before, so that no quote simply keeps the speaker of the last
    paragraph = " ".join(f"“Step {n} is done,” he {('said', 'added')[n % 2]}." for n in range(quotes))
    found = speakers_of("Harbour engineer Tom Reyes spoke on Monday.", paragraph)
    assert len(found) == quotes and {speaker for _, speaker in found} == {"Tom Reyes"}
    assert calls <= 3 * quotes
