"""Quotes in news sentences: spans, speakers and cues, one pattern of news writing per case."""

from __future__ import annotations

import pytest

from articlecli.quotes import find_spans
from articlecli.speech import Block, extract


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    blocks = [Block("paragraph", p, i) for i, p in enumerate(paragraphs)]
    quotes, _ = extract(blocks)
    return [(q.text, q.speaker, q.cue) for q in quotes]


def terms_of(*paragraphs: str) -> list[str]:
    _, terms = extract([Block("paragraph", p, i) for i, p in enumerate(paragraphs)])
    return [t.text for t in terms]


CASES = [
    # “…,” he said.
    (
        ["Mayor Ellen Marsh spoke on Monday.", "“We have waited long enough,” she said."],
        [("We have waited long enough,", "Ellen Marsh", "said")],
    ),
    # “…,” said Name, title.
    (
        ["“The formula is fair,” said Harbor Commissioner Ellen Marsh, who led the campaign."],
        [("The formula is fair,", "Ellen Marsh", "said")],
    ),
    # “…,” Name said.
    (
        ["“It will not happen again,” Dana Whitlow said."],
        [("It will not happen again,", "Dana Whitlow", "said")],
    ),
    # “…,” Name, title, said.
    (
        ["“The leaflet was designed to confuse tenants,” Iris Quarrie, director of Fair Rent Watch, told the BBC."],
        [("The leaflet was designed to confuse tenants,", "Iris Quarrie", "told")],
    ),
    # descriptor words before the name
    (
        ["“Norway also missed its export target,” Harbourbank analyst Jonas Feld said."],
        [("Norway also missed its export target,", "Jonas Feld", "said")],
    ),
    (
        ["“Salt flats keep a long record,” said desert geologist Tamsin Oduya of Terralab."],
        [("Salt flats keep a long record,", "Tamsin Oduya", "said")],
    ),
    # Name said: “…”
    (["Gen. Mark Lopez said: “We are ready.”"], [("We are ready.", "Mark Lopez", "said")]),
    # Name added: “…”
    (
        ["Ali Khan spoke first.", "Khan added: “So it means there are no secrets.”"],
        [("So it means there are no secrets.", "Ali Khan", "added")],
    ),
    # Name said, “…”
    (
        ["Okafor said, “We will not sign a deal that fails the dockers.”"],
        [("We will not sign a deal that fails the dockers.", "Okafor", "said")],
    ),
    # Name said that “…”
    (
        ["Maria Ortiz said that “nobody expected the vote to pass.”"],
        [("nobody expected the vote to pass.", "Maria Ortiz", "said")],
    ),
    # Name told Reuters: the speaker is never the outlet told
    (
        ["“We are reviewing the findings,” Priya Nair told Reuters."],
        [("We are reviewing the findings,", "Priya Nair", "told")],
    ),
    (
        ["Priya Nair told Reuters on Monday: “We are reviewing the findings.”"],
        [("We are reviewing the findings.", "Priya Nair", "told")],
    ),
    (
        [
            "He then told the BBC interviewer: “I wanted to hear it from her myself.”",
        ],
        [("I wanted to hear it from her myself.", None, "told")],
    ),
    # according to Name
    (
        ["The plan is “dead on arrival,” according to Senator Ruth Alder."],
        [("dead on arrival,", "Ruth Alder", "according to")],
    ),
    # in a statement
    (
        ["Tottenham said in a statement: “Jose is one of the world’s most accomplished managers.”"],
        [("Jose is one of the world’s most accomplished managers.", "Tottenham", "said in a statement")],
    ),
    # wrote on X
    (
        ["Noem wrote on Twitter: “Meth is a serious problem here.”"],
        [("Meth is a serious problem here.", "Noem", "wrote")],
    ),
    # Name, the defense secretary, said
    (
        ["“We will not accept intimidation,” Mark Esper, the defense secretary, said on Wednesday."],
        [("We will not accept intimidation,", "Mark Esper", "said")],
    ),
    # interrupted quote: “…,” she said. “…”
    (
        ["“The formula is fair,” Ellen Marsh said. “Nobody here carries it alone.”"],
        [
            ("The formula is fair,", "Ellen Marsh", "said"),
            ("Nobody here carries it alone.", "Ellen Marsh", None),
        ],
    ),
    # a standalone quote paragraph keeps the speaker of the paragraph before
    (
        [
            "Jose Mourinho said: “I am excited to be joining the club.”",
            "“The quality of the squad excites me.”",
        ],
        [
            ("I am excited to be joining the club.", "Jose Mourinho", "said"),
            ("The quality of the squad excites me.", "Jose Mourinho", None),
        ],
    ),
    # ... unless the paragraph before reports someone else
    (
        [
            "Jose Mourinho said: “I am excited to be joining the club.”",
            "The club chairman, Daniel Levy, said the search had been short.",
            "“He is one of the world’s most accomplished managers.”",
        ],
        [
            ("I am excited to be joining the club.", "Jose Mourinho", "said"),
            ("He is one of the world’s most accomplished managers.", "Daniel Levy", None),
        ],
    ),
    # partial quote with the speaking verb earlier in the sentence
    (
        [
            "Lloyd Austin spoke.",
            "Austin said the United States will “work with our allies to discourage it.”",
        ],
        [("work with our allies to discourage it.", "Lloyd Austin", "said")],
    ),
    (
        ["Ines Dorn said, as far as she can tell, the leak is “beyond doubt.”"],
        [("beyond doubt.", "Ines Dorn", "said")],
    ),
    # pronouns resolve to the last fitting person
    (
        ["Volodymyr Zelenskyy spoke in Iceland.", "“I think the voice of the West is not so loud,” he said."],
        [("I think the voice of the West is not so loud,", "Volodymyr Zelenskyy", "said")],
    ),
    # surname and variant spelling resolve to the full name
    (
        [
            "Ukrainian President Volodymyr Zelenskyy spoke.",
            "Zelenskiy added: “There are no secrets between partners.”",
        ],
        [("There are no secrets between partners.", "Volodymyr Zelenskyy", "added")],
    ),
    # a description that repeats a person's titles
    (
        [
            "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv.",
            "The Ukrainian president said the response was “not loud enough for the moment.”",
        ],
        [("not loud enough for the moment.", "Volodymyr Zelenskyy", "said")],
    ),
    # unnamed sources keep their description
    (
        ["“Marco is upset that his family keeps turning up in the gossip pages,” an insider told the magazine."],
        [("Marco is upset that his family keeps turning up in the gossip pages,", "insider", "told")],
    ),
    (
        ["“The decision is final,” a senior administration official said."],
        [("The decision is final,", "senior administration official", "said")],
    ),
    (
        ["“We got her, we got her!” officers announced on their radios."],
        [("We got her, we got her!", "officers", "announced")],
    ),
    # quote with a question or exclamation mark before the attribution
    (
        ["“How to understand these messages?” Zelenskyy asked."],
        [("How to understand these messages?", "Zelenskyy", "asked")],
    ),
    # nested quotes stay inside the outer one
    (
        ["“They say, ‘Oh it’s crossing red lines,’” Zelenskyy said."],
        [("They say, ‘Oh it’s crossing red lines,’", "Zelenskyy", "said")],
    ),
    # straight quotes
    (['"We will rebuild," said Mayor Tom Hale.'], [("We will rebuild,", "Tom Hale", "said")]),
    # British single quotes
    (
        ["Mr Hale said: ‘We will rebuild the seawall this year.’"],
        [("We will rebuild the seawall this year.", "Hale", "said")],
    ),
    # guillemets
    (
        ["«We are ready for the vote», said Marie Curie."],
        [("We are ready for the vote", "Marie Curie", "said")],
    ),
    # an apostrophe is not a closing mark
    (
        ["“The West’s response isn’t loud enough,” Maria Ortiz said."],
        [("The West’s response isn’t loud enough,", "Maria Ortiz", "said")],
    ),
    # ’90s is an elision, not a quote
    (["“It felt like the ’90s again,” said Kim Lee."], [("It felt like the ’90s again,", "Kim Lee", "said")]),
    # the closing marks typed as two single quotes
    (
        ["“The leaflet was designed to confuse tenants,’’ Iris Quarrie said."],
        [("The leaflet was designed to confuse tenants,", "Iris Quarrie", "said")],
    ),
    # a run-on quote: one record per paragraph, one speaker
    (
        [
            "Van Der Hoek wrote on Instagram: “We have sat through four of those hearings now.",
            "“But nobody should feel embarrassed about it.",
            "“We chose to speak up anyway.”",
        ],
        [
            ("We have sat through four of those hearings now.", "Van Der Hoek", "wrote"),
            ("But nobody should feel embarrassed about it.", "Van Der Hoek", None),
            ("We chose to speak up anyway.", "Van Der Hoek", None),
        ],
    ),
    # ... attributed only in its last paragraph
    (
        [
            "“The first part of the plan is ready.",
            "“The second part comes next year,” said engineer Maya Roth.",
        ],
        [
            ("The first part of the plan is ready.", "Maya Roth", None),
            ("The second part comes next year,", "Maya Roth", "said"),
        ],
    ),
    # reported speech with a long quote and no attribution keeps speaker None
    (
        ["The sign on the door read “Closed until further notice because of the storm damage.”"],
        [("Closed until further notice because of the storm damage.", None, None)],
    ),
    # “…” with a full stop, then a short attribution sentence
    (["“We are done here.” Tom Hale said."], [("We are done here.", "Tom Hale", "said")]),
    # verbs of many kinds
    (["“It is unacceptable,” Ruth Alder argued."], [("It is unacceptable,", "Ruth Alder", "argued")]),
    (["“Do not touch it,” Ruth Alder warned."], [("Do not touch it,", "Ruth Alder", "warned")]),
    (["“We were wrong,” Ruth Alder acknowledged."], [("We were wrong,", "Ruth Alder", "acknowledged")]),
    (["“This is final,” Ruth Alder insisted."], [("This is final,", "Ruth Alder", "insisted")]),
    (["“It works,” Ruth Alder explained."], [("It works,", "Ruth Alder", "explained")]),
    (["“Great game tonight,” Ruth Alder tweeted."], [("Great game tonight,", "Ruth Alder", "tweeted")]),
    (
        ["“See you all in Madrid,” Ruth Alder posted on Instagram."],
        [("See you all in Madrid,", "Ruth Alder", "posted")],
    ),
    (
        ["“The storm caught all of us off guard,” Lopez says."],
        [("The storm caught all of us off guard,", "Lopez", "says")],
    ),
    (["“I almost died there,” Bublik said, jokingly."], [("I almost died there,", "Bublik", "said")]),
    (
        ["“Came down to a few points,” Reilly Opelka said."],
        [("Came down to a few points,", "Reilly Opelka", "said")],
    ),
    (["“That is the plan,” Ruth Alder noted."], [("That is the plan,", "Ruth Alder", "noted")]),
    (["“Do you know who I am?” Ruth Alder asked."], [("Do you know who I am?", "Ruth Alder", "asked")]),
    # Jr. and initials
    (
        ["“I regret it,” Patrick W. Carlineo Jr. said in court."],
        [("I regret it,", "Patrick W. Carlineo Jr.", "said")],
    ),
    # the company said
    (
        ["“We do not comment on rumours,” the company said in an email."],
        [("We do not comment on rumours,", "company", "said")],
    ),
    # Name wrote in a blog post
    (
        ['"I went back and forth over publishing this," developer Noor Haddad wrote in a blog post.'],
        [("I went back and forth over publishing this,", "Noor Haddad", "wrote")],
    ),
    # In X's words
    (
        ["Michael Shadlen led the study.", "In Dr. Shadlen's words, “Could the moment be the same?”"],
        [("Could the moment be the same?", "Michael Shadlen", "in the words of")],
    ),
    # acronyms resolve to the name they stand for
    (
        [
            "The Regional Water Board (RWB) samples the rivers.",
            "The RWB says the estuary “is still the worst stretch in the county.”",
        ],
        [("is still the worst stretch in the county.", "Regional Water Board", "says")],
    ),
    # a clause finishes the sentence before the attribution
    (
        ["“We need to look closely at the wording” in that bill, Samir Haddou said."],
        [("We need to look closely at the wording", "Samir Haddou", "said")],
    ),
    # “…” announced in October, said Name, title.
    (
        ['"The mayor wants a larger scheme" announced in March, said Petra Lowe, a planner.'],
        [("The mayor wants a larger scheme", "Petra Lowe", "said")],
    ),
    # a quote in a sentence after the speaker was reported
    (
        ["Nadia Brook says a sequel may follow next year. “Our aim is to build the best puzzle game.”"],
        [("Our aim is to build the best puzzle game.", "Nadia Brook", "says")],
    ),
    # naming verbs make a short quoted phrase a quote
    (["He called Omar a “terrorist” on the call."], [("terrorist", None, "called")]),
    (["Reed dubbed the company the “new Gannett” in a memo."], [("new Gannett", "Reed", "dubbed")]),
    # a titled single name
    (
        ["Prince Andrew gave an interview.", "“I didn’t sweat at the time,” he said."],
        [("I didn’t sweat at the time,", "Prince Andrew", "said")],
    ),
    # “…,” she told Tim Lee. “…”: the words between attribute both quotes, whoever is named in them
    (
        [
            "Dana Whitlow opened the shop in May.",
            '"I run it from my phone," she told Tim Lee. " You did a fine job."',
        ],
        [
            ("I run it from my phone,", "Dana Whitlow", "told"),
            ("You did a fine job.", "Dana Whitlow", "told"),
        ],
    ),
    # "he" after a paragraph that introduces someone without quoting them: that person
    (
        [
            "“I can’t support this,” Sen. Rand Paul told reporters.",
            "Senate Minority Leader Mitch McConnell, R-Ky., praised the outcome.",
            "“This is a responsible step,” he said.",
        ],
        [("I can’t support this,", "Rand Paul", "told"), ("This is a responsible step,", "Mitch McConnell", "said")],
    ),
    # a name with where the person is from; an organisation's name goes on past "of"
    (
        ["Sen. Rand Paul of Kentucky called the bill “a monument to waste” and voted against it."],
        [("a monument to waste", "Rand Paul", "called")],
    ),
    (
        ["“Rates will stay high for longer,” the Bank of England said in a statement."],
        [("Rates will stay high for longer,", "Bank of England", "said in a statement")],
    ),
    # said + a description + the name in apposition
    (
        ['"It is the one I would give my parents," said our reviewer, Tom Hale.'],
        [("It is the one I would give my parents,", "Tom Hale", "said")],
    ),
    (
        ["“We were the better side,” said the club’s chairman, Daniel Levy, after the match."],
        [("We were the better side,", "Daniel Levy", "said")],
    ),
    # an outlet and a role before the name: the name is the speaker
    (["“We’re thrilled,” said Amazon spokesperson Kelly Nantel."], [("We’re thrilled,", "Kelly Nantel", "said")]),
    (
        ["“We will see,” said White House press secretary Karine Jean-Pierre."],
        [("We will see,", "Karine Jean-Pierre", "said")],
    ),
    (["“Fine,” said Smith on Tuesday."], [("Fine,", "Smith", "said")]),
    # a description that repeats a title: an abbreviated one ("Sen."), or one printed before a surname alone
    (
        [
            "Sen. Rand Paul questioned Dr. Anthony Fauci on Tuesday.",
            "“You are wrong,” Paul said.",
            "“I am not,” Fauci replied.",
            "“Let me finish,” the senator said.",
        ],
        [
            ("You are wrong,", "Rand Paul", "said"),
            ("I am not,", "Anthony Fauci", "replied"),
            ("Let me finish,", "Rand Paul", "said"),
        ],
    ),
    (
        [
            "Ukrainian President Volodymyr Zelenskyy met President Biden on Thursday.",
            "“We will stand with Ukraine,” Biden said.",
            "“As long as it takes,” the president added.",
        ],
        [("We will stand with Ukraine,", "Biden", "said"), ("As long as it takes,", "Biden", "added")],
    ),
    # "she" is not the last man named, "he" not the last woman (given names and titles tell)
    (
        [
            "Kamala Harris and Donald Trump traded barbs on Sunday.",
            "“She is a disaster,” Trump told a rally in Ohio.",
            "“I stand by every word,” she said.",
        ],
        [("She is a disaster,", "Donald Trump", "told"), ("I stand by every word,", "Kamala Harris", "said")],
    ),
    (
        [
            "Mr. Okafor called Ms. Lindqvist after the vote.",
            "“We had a deal,” she said.",
            "“There was never a deal,” he said.",
        ],
        [("We had a deal,", "Lindqvist", "said"), ("There was never a deal,", "Okafor", "said")],
    ),
    # an "-ing" cue right after a name: the name is the object of the verb before it
    (
        ["Staff writer Lina Oduya posted to Twitter asking whether anyone had “found a working cash machine?”"],
        [("found a working cash machine?", "Lina Oduya", "posted")],
    ),
    (
        ["Jane Doe told ABC News, adding “we are done here and going home.”"],
        [("we are done here and going home.", "Jane Doe", "told")],
    ),
    # "one wrote", "another said": an unnamed person speaks; the quote is a quote, its speaker unknown
    (['Fans reacted within minutes. "I literally screamed," one wrote.'], [("I literally screamed,", None, "wrote")]),
    # a name after its owner's: "Counterpoint Research's Ivan Lam" is Ivan Lam
    (
        [
            "Counterpoint Research's Ivan Lam said the price was still high for many buyers.",
            '"It\'s a step, but not a big one," Lam said.',
        ],
        [("It's a step, but not a big one,", "Ivan Lam", "said")],
    ),
    # a role noun before a name says it is a person's, known given name or not
    (
        [
            "Bukayo Saka scored twice. Saka has now scored in five straight games.",
            '"We showed character today," Arsenal manager Mikel Arteta told Sky Sports.',
            'Chelsea boss Enzo Maresca was frustrated. "We controlled the game for an hour," he said.',
        ],
        [
            ("We showed character today,", "Mikel Arteta", "told"),
            ("We controlled the game for an hour,", "Enzo Maresca", "said"),
        ],
    ),
    # an organisation or a group described by its kind
    (['The union called the decision "a slap in the face" to workers.'], [("a slap in the face", "union", "called")]),
    (
        ['"We will fight this in court," the family said in a statement.'],
        [("We will fight this in court,", "family", "said in a statement")],
    ),
    # a middle initial ("A.") and a suffix ("Jr.") in the full name
    (
        [
            "Justice Samuel A. Alito Jr. was more sympathetic to the states.",
            "“If the platforms are just conduits, why can’t the state regulate them?” Justice Alito asked.",
        ],
        [("If the platforms are just conduits, why can’t the state regulate them?", "Samuel A. Alito Jr.", "asked")],
    ),
    # a capitalised description before a given name opens the sentence: not part of the name
    (
        ["Pensioner Mary Collins, 82, said: 'I couldn't believe it when he walked in. He was so kind.'"],
        [("I couldn't believe it when he walked in. He was so kind.", "Mary Collins", "said")],
    ),
    # a common surname that is also part of a thing's name ("Dow Jones") is still a surname
    (
        [
            "“This will cost jobs,” said state Sen. Brian Jones, the Senate minority leader.",
            "“We will keep fighting,” Jones added.",
        ],
        [("This will cost jobs,", "Brian Jones", "said"), ("We will keep fighting,", "Brian Jones", "added")],
    ),
    # "as Name put it"
    (
        ["As Dr. Anne Patel put it: “You cannot treat what you do not measure.”"],
        [("You cannot treat what you do not measure.", "Anne Patel", "put it")],
    ),
    # an organisation opening a sentence: "Environment" is no title of someone called "Agency"
    (
        ['The Environment Agency said in a statement that the scheme was "one of the most important in the region".'],
        [("one of the most important in the region", "Environment Agency", "said in a statement")],
    ),
    (
        ['"We will appeal," the Harbor Council said. "The ruling ignores the evidence."'],
        [("We will appeal,", "Harbor Council", "said"), ("The ruling ignores the evidence.", "Harbor Council", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES, ids=[c[0][-1][:40] for c in CASES])
def test_quote(paragraphs: list[str], expected: list[tuple[str, str | None, str | None]]) -> None:
    assert quotes_of(*paragraphs) == expected


# Quoted words that are not speech: scare quotes, names of plans and works, nicknames.
TERMS = [
    ("Zelenskyy has pitched a broader “victory plan” in recent weeks.", ["victory plan"]),
    (
        "The Ledger reported she asked for ferries as part of a “coastal resilience bundle” in her plan.",
        ["coastal resilience bundle"],
    ),
    ("Clicking the “Like” button tells Facebook about your browsing.", ["Like"]),
    ("“Super Mario Run” will launch on iPhone for $10.", ["Super Mario Run"]),
    ("The prison, nicknamed the “Hanoi Hilton,” held American pilots.", ["Hanoi Hilton,"]),
    ("Tech firms built what critics call the “surveillance economy.”", ["surveillance economy."]),
    ("The so-called “fake news” law passed on Tuesday.", ["fake news"]),
    ("Van Der Beek was eliminated from “Dancing with the Stars” on Monday.", ["Dancing with the Stars"]),
]


@pytest.mark.parametrize(("paragraph", "terms"), TERMS, ids=[t[0][:40] for t in TERMS])
def test_terms_are_not_quotes(paragraph: str, terms: list[str]) -> None:
    assert terms_of(paragraph) == terms
    assert all(q[0] not in terms for q in quotes_of(paragraph))


SPANS = [
    ("He said “yes” and “no.”", ["yes", "no."]),
    ("The West’s response, they’re told, isn’t loud.", []),
    ("the teams’ coach said ‘no’ and the players’ union agreed", ["no"]),
    ("Rock’n’roll in the ’90s.", []),
    ("“Outer ‘inner’ outer,” he said.", ["Outer ‘inner’ outer,"]),
    ('A stray " mark in the middle of a sentence should not swallow the rest.', []),
    ('"It works," she said. " You did a fine job."', ["It works,", "You did a fine job."]),  # a stray space
    ("Unbalanced “quote here and nothing else for the rest of the paragraph.", []),
    (
        "“Opening mark at the start, closed in the next paragraph.",
        ["Opening mark at the start, closed in the next paragraph."],
    ),
    ("”Bird flu in the year of the rooster,” another said.", ["Bird flu in the year of the rooster,"]),
    ('"Fort Worth P.D. Open the door!” an officer shouts.', ["Fort Worth P.D. Open the door!"]),
    (
        "‘Neutral’ fact-checker: ‘Are there any un-angry supporters?’",
        ["Neutral", "Are there any un-angry supporters?"],
    ),
    # an opening mark never closed, in a title, does not swallow the quotes after it
    (
        "A demo came in called “Harbour (“No Place Like Home”). “It got me at once,” he said. “It fit.”",
        ["No Place Like Home", "It got me at once,", "It fit."],
    ),
    ("Two strays “here and “there, then “a real quote,” she said.", ["a real quote,"]),
]


@pytest.mark.parametrize(("text", "spans"), SPANS, ids=[s[0][:40] for s in SPANS])
def test_spans(text: str, spans: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_spans(text)] == spans


def test_unbalanced_marks_stay_linear_and_bounded() -> None:
    text = "“" * 50_000 + " words " + "”" * 10 + " more ‘ ’ ' \" " * 10_000
    spans = find_spans(text)
    assert all(s.end <= len(text) for s in spans)


def test_offsets_point_into_the_paragraph() -> None:
    paragraph = "Dorn said the leak is “beyond doubt.” Still, she said that “some will disagree.”"
    quotes, _ = extract([Block("paragraph", paragraph, 0)])
    for q in quotes:
        assert paragraph[q.start : q.end] == q.text
