"""Single lines and what they are on their own: debris, credits, captions, prose."""

from __future__ import annotations

import pytest

from articlecli.captions import caption_lead, credit_only, split_caption
from articlecli.classify import debris_reason, is_prose
from articlecli.patterns import WORD

DEBRIS = [
    ("0:00", "player"),
    ("0:07 / 0:15", "player"),
    ("Your video will play in 00:25", "player"),
    ("Updated:", "empty-date-line"),
    ("Published", "empty-date-line"),
    ("Last Updated:", "empty-date-line"),
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Share", "share"),
    ("Share this story", "share"),
    ("Share on Facebook", "share"),
    ("Click to share on Pinterest (Opens in new window)", "share"),
    ("Follow us on Twitter", "share"),
    ("Tweet", "share"),
    ("SIGN UP FOR OUR NEWSLETTER", "newsletter"),
    ("Get our weekly Harbor Business newsletter", "newsletter"),
    ("Sign up for breaking news alerts delivered to your inbox", "newsletter"),
    ("Let the morning briefing land in your inbox. The stories that matter, every weekday.", "newsletter"),
    ("Get Harbor Weekly delivered to your door each month. 12 issues for £9.99", "newsletter"),
    ("No spam, ever. You can unsubscribe at any time.", "newsletter"),
    ("Read more: Ferry operator plans record share sale in Harbour City", "related"),
    ("READ MORE: Town well closed after water scare", "related"),
    ("[Read: Why the ferry strike keeps coming back]", "related"),
    ("Related: Renters now spend more on heating", "related"),
    ("5 Min Read", "read-time"),
    ("___", "separator"),
    ("197 Shares", "counter"),
    ("4553", "counter"),
    ("harbor-wall-vote-1200x800.jpg", "image-file"),
    ("Image 1 of 8", "gallery"),
    ("1  /  23", "counter"),
    ("© 2021 Tidewater Broadcasting Ltd. All Rights Reserved.", "copyright"),
    ("Copyright 2021 Tidewater Media, LLC", "copyright"),
    ("Tags: Ferries", "tags"),
    ("Filed Under: Harbor Wall, Flooding", "tags"),
    ("@mkowalski_news", "link"),
    ("https://www.example.com/news/story-123.html", "link"),
    ("<span class=promoLabel>Sponsored by </span>", "markup"),
    ("View all (4)", "label"),
    ("Comments (12)", "share"),
    ("Powered by RateFinder.com", "sponsor"),
    ("Presented by Harbor Savings Bank", "sponsor"),
    ("RATEFINDER.COM", "link"),
    ("harbordaily.co.uk", "link"),
    ("Listen · 4:32 min", "player"),
    ("Listen (4 min)", "player"),
    ("Reading time: 4 minutes", "read-time"),
    ("Save article", "share"),
    ("Gift this article", "share"),
    ("Sponsored Content", "advertisement"),
    # the share row and advertising label of pages in other languages
    ("Partager sur X", "share"),
    ("Copier le lien", "share"),
    ("Condividi", "share"),
    ("Artikel teilen", "share"),
    ("Publicité", "advertisement"),
    ("Pubblicità", "advertisement"),
    ("Publicidad", "advertisement"),
    ("Continue reading the main story", "advertisement"),
    ("Enter your email address", "newsletter"),
    ("By signing up, you accept the Harbor Daily terms and privacy notice", "newsletter"),
    ("Thanks for subscribing!", "newsletter"),
    ("Skip to main content", "label"),
    ("— Lina Marsh (@linamarsh) March 3, 2024", "embed"),
    ("A post shared by Lina Marsh (@linamarsh)", "embed"),
    ("View this post on Instagram", "embed"),
    ("3-Minute Listen", "player"),
    ("Heard on Morning Edition", "player"),
    ("Sponsor Message", "advertisement"),
]


@pytest.mark.parametrize(("line", "reason"), DEBRIS, ids=[d[0][:30] for d in DEBRIS])
def test_debris(line: str, reason: str) -> None:
    assert debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Modern electric ferry models have a range of about 300 miles.",
        "Mayor Dalton’s Push for Longer Library Hours",
        "Share the road with cyclists, police urged drivers on Monday.",
        "Advertisers have many local papers to choose from in the county.",
        "1. Finland",
        "Powered by the tide, the turbine runs day and night and needs no fuel at all, engineers say.",
        "U.S.",
        "The vote (2019)",
        "Listen to the radio, he said, and you will hear it.",
        "Save the children, she urged the crowd on Friday.",
        "Subscribers to the service pay $10 a month, the company said.",
        "Heard on the street, the rumours spread fast, a local trader said.",
        # a story's sentence may open as a sign-up box's consent notice does, and agree to nothing
        "By signing up for the night course, Mara Quist learned to weld in six weeks.",
        "By subscribing to three seed catalogues, the club found varieties no shop sold.",
    ],
)
def test_not_debris(line: str) -> None:
    assert debris_reason(line) is None


CREDITS = [
    ("Photo: Linh Vo, AP", "Linh Vo, AP"),
    ("Photo by Tobias Grant/TechDesk", "Tobias Grant/TechDesk"),
    ("Image Credit: DeskHub", "DeskHub"),
    ("(Image credit: Night Sky Monthly)", "Night Sky Monthly"),
    ("(Image: © NASA/ESA/M. Okonkwo/SWRI)", "NASA/ESA/M. Okonkwo/SWRI"),
    ("(Rosalind Avery / Associated Press)", "Rosalind Avery / Associated Press"),
    ("Main image credit: Getty", "Getty"),
    ("© REUTERS / POOL", "REUTERS / POOL"),
    ("PAUL BRENNER/AFP/Getty Images", "PAUL BRENNER/AFP/Getty Images"),
    ("GETTY", "GETTY"),
    ("Courtesy Harbor Museum", "Courtesy Harbor Museum"),
    ("Oksana Hrytsenko/AP", "Oksana Hrytsenko/AP"),
    ("Photograph: Kim Lee/EPA", "Kim Lee/EPA"),
    ("Credit...Kendra Lowe for The Daily Ledger", "Kendra Lowe for The Daily Ledger"),  # an ellipsis for a colon
    ("Image source, PA Media", "PA Media"),
]


@pytest.mark.parametrize(("line", "credit"), CREDITS, ids=[c[0][:30] for c in CREDITS])
def test_credit_only(line: str, credit: str) -> None:
    assert credit_only(line) == credit


@pytest.mark.parametrize(
    "line",
    [
        "Organize / See All Teams Help",
        "Group B: Norway, Chile/Kenya/Peru/Vietnam*",
        "Image 1 of / 23",
        "14/09/2021 Gareth Blythe",
        "The Associated Press reported the story on Monday.",
    ],
)
def test_not_credit(line: str) -> None:
    assert credit_only(line) is None


CAPTIONS = [
    (
        "Finance Minister Irena Kovalenko at a briefing in Lviv on Aug. 4, 2024. (Taras Melnyk/Reuters)",
        "Finance Minister Irena Kovalenko at a briefing in Lviv on Aug. 4, 2024.",
        "Taras Melnyk/Reuters",
    ),
    (
        "Finance Minister Irena Kovalenko meets reporters in Odesa, on Sept. 20, 2024. Marek Wolny/Pool Photo via AP",
        "Finance Minister Irena Kovalenko meets reporters in Odesa, on Sept. 20, 2024.",
        "Marek Wolny/Pool Photo via AP",
    ),
    ("Salmonella bacteria under a microscope (Image: GETTY)", "Salmonella bacteria under a microscope", "GETTY"),
    ("Harbor Trust founder Ada Brennan (AFP)", "Harbor Trust founder Ada Brennan", "AFP"),
    (
        "Millport General Hospital in Millport, where the crew were treatedCredit: EPA",
        "Millport General Hospital in Millport, where the crew were treated",
        "EPA",
    ),
    (
        "Rep. Dana Whitfield speaks at the Capitol on May 12, 2021.R. Lane Hollis / AP file",
        "Rep. Dana Whitfield speaks at the Capitol on May 12, 2021.",
        "R. Lane Hollis / AP file",
    ),
    (
        "FILE PHOTO: Dock workers load a cargo ship at the port of Rotterdam, Netherlands, March 2, 2021. "
        "REUTERS/Pieter Maes",
        "FILE PHOTO: Dock workers load a cargo ship at the port of Rotterdam, Netherlands, March 2, 2021.",
        "REUTERS/Pieter Maes",
    ),
    (
        "‘The river has never been this high.’ Photograph: AFP via Getty",
        "‘The river has never been this high.’",
        "AFP via Getty",
    ),
    (
        "Mayor Eric Dalton at City Hall on Tuesday.Credit...Kendra Lowe for The Daily Ledger",
        "Mayor Eric Dalton at City Hall on Tuesday.",
        "Kendra Lowe for The Daily Ledger",
    ),
    (
        "Protesters gather outside parliament. Picture: Getty Images",
        "Protesters gather outside parliament.",
        "Getty Images",
    ),
    ("Supporters cheer at the rally. [Jane Doe/Al Jazeera]", "Supporters cheer at the rally.", "Jane Doe/Al Jazeera"),
    (
        "The new stadium, seen from above. Image credit: City of Leeds",
        "The new stadium, seen from above.",
        "City of Leeds",
    ),
    (
        "A worker at the plant in Ohio. Photographer: Nolan Reyes/Bloomberg",
        "A worker at the plant in Ohio.",
        "Nolan Reyes/Bloomberg",
    ),
    (
        "The singer performs at the harbour festival. | Getty Images",
        "The singer performs at the harbour festival.",
        "Getty Images",
    ),
    (  # the caption's label goes, as on a line of its own
        "Photo: A fishing boat off the coast of Oregon. (Getty Images)",
        "A fishing boat off the coast of Oregon.",
        "Getty Images",
    ),
    (
        "Europa in false colour, 2008. (NASA/JPL/Deep Sky Imaging Lab)",
        "Europa in false colour, 2008.",
        "NASA/JPL/Deep Sky Imaging Lab",
    ),
]


@pytest.mark.parametrize(("line", "text", "credit"), CAPTIONS, ids=[c[0][:40] for c in CAPTIONS])
def test_caption_with_glued_credit(line: str, text: str, credit: str) -> None:
    assert split_caption(line) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The Harbor Transit Authority (HTA) and the county have shared the costs of the study.",
        "Oats release their sugar slowly, so you stay full for hours after breakfast (12).",
        "He said the report was wrong. Smith disagreed.",
        "“We won,” said Jane Doe, the mayor.",
        "Oil falls | Markets | Business",
        "The ruling was upheld [by the appeals court in March].",
    ],
)
def test_paragraphs_are_not_captions(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "Image: Lena Marsh has signed a contract to coach the county side",
            "Lena Marsh has signed a contract to coach the county side",
        ),
        ("Above: A shared workshop in Harbor City.", "A shared workshop in Harbor City."),
        ("FILE PHOTO: Dock workers load a cargo ship", "FILE PHOTO: Dock workers load a cargo ship"),
    ],
)
def test_caption_lead(line: str, text: str) -> None:
    assert caption_lead(line) == text


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("No one is watching.", True),
        ("It's complicated.", False),  # two words: too short to tell
        ("Mayor Dalton’s Push for Longer Library Hours", False),
        ("Millport man admits sending threats to the town hall and the mayor", False),
        ("The job board published its review of 2021 hiring trends based on the search filters.", True),
        ("1. Begin slowly and accept that nobody is keeping score", False),
        ("NISSAN SENTRA", False),
    ],
)
def test_is_prose(line: str, prose: bool) -> None:
    assert is_prose(line, WORD.findall(line)) is prose


GALLERY_IN_THE_STORY = """FLOOD FEARS
River bursts its banks after a week of rain, leaving three villages cut off
Jane Doe
18 Nov 2019, 19:09

A FARMER who tried to move his sheep to higher ground had to be rescued by helicopter on Monday.

The 61-year-old is the second person to be lifted from the fields this week, say officials.

4
The river at Millbrook, where the water rose by two metres overnightCredit: PA
4
Volunteers fill sandbags outside the village hall in MillbrookCredit: Getty - Contributor

Rescue teams said the water had reached the first floor of several houses by the afternoon.

Forecasters expect more rain on Wednesday, and the county has opened two shelters for families.

Schools in the three villages will stay closed until the roads are safe again, the council said.
"""


def test_pictures_inside_the_story_do_not_cut_it() -> None:
    """Captions glued to their credits (with a gallery's counter) sit inside the body: the
    paragraphs above them are the story's first paragraphs, not a standfirst and a caption."""
    from articlecli import parse

    art = parse(GALLERY_IN_THE_STORY)
    texts = [p.text for p in art.paragraphs]
    assert texts[0].startswith("A FARMER") and texts[1].startswith("The 61-year-old")
    assert art.deck is None
    assert [(c.text, c.credit) for c in art.captions] == [
        ("The river at Millbrook, where the water rose by two metres overnight", "PA"),
        ("Volunteers fill sandbags outside the village hall in Millbrook", "Getty - Contributor"),
    ]


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Email Jane Doe at jdoe@example.com or follow her @janedoe.", True),
        ("Follow us on Twitter @HarborNews and on Facebook.", True),
        ("Join our reader forums to keep talking about the harbor and more!", True),
        ("Harbor Daily is part of Coast Media Inc, a publishing group. Visit our corporate site.", True),
        ("Get breaking harbor news and the latest updates on storms and more!", True),
        ("The agency will follow up with the families next week.", False),
        ("Contact tracing began on Monday, officials said.", False),
        ("Residents were told to sign up for flood warnings, the mayor said, though few did.", False),
    ],
)
def test_promo(line: str, promo: bool) -> None:
    from articlecli.classify import is_promo

    assert is_promo(line) is promo


STORY_WITH_A_PAGE_TAIL = """Harbor wall plan approved after two-year fight

By Jane Doe

The town council voted on Tuesday to rebuild the harbor wall, ending a dispute that lasted two years.

Residents who live along the water said the vote came too late for some of the older houses.

Work on the wall is expected to start in the spring and to last about eighteen months.

Editor's note: An earlier version of this report gave the wrong date for the vote.

Email Jane Doe at jdoe@example.com or follow her @janedoe.

Join our reader forums to keep talking about the harbor and more!

You may also like...

Who will pay for the next storm?
"""


def test_the_page_around_the_story_end_is_not_the_story() -> None:
    """Calls to action, contact lines and a list of links after the last paragraph are page
    furniture; an end note among them is still a note."""
    from articlecli import parse

    art = parse(STORY_WITH_A_PAGE_TAIL)
    assert [p.text[:12] for p in art.paragraphs] == ["The town cou", "Residents wh", "Work on the "]
    assert [(n.kind, n.text[:14]) for n in art.notes] == [("correction", "Editor's note:")]
    reasons = {r.text[:10]: r.reason for r in art.removed}
    assert reasons["Email Jane"] == "promo" and reasons["Join our r"] == "promo"
    assert "Who will pay for the next storm?" not in [p.text for p in art.paragraphs]


STORY_WITH_AN_AD_SLOT = """Skip to main content
World
Business
Council approves new flood barrier after decade of delays
The £42m scheme will protect 3,000 homes along the river, but residents say it comes too late
By Hannah Clarke
Published 14 March 2024, 06:00 GMT
Share
Councillors voted 31 to 4 on Wednesday evening to approve a new flood barrier for Millbridge.
The barrier, which will stretch for 1.2 miles along the River Wend, is expected to be finished by 2027.
"This is the day we have been waiting for," said Margaret Osei, who chairs the local flood group.
Advertisement
Residents will be consulted on the design of the walkways in the summer.
Related: Flood defences failing across England, report warns
Topics
Flooding
"""


def test_a_standfirst_without_a_full_stop_and_an_ad_slot_before_the_last_paragraph() -> None:
    """A standfirst twice the headline's length is the deck even with no full stop at its end;
    an "Advertisement" slot inside the story does not cut off the paragraph after it."""
    from articlecli import parse

    art = parse(STORY_WITH_AN_AD_SLOT)
    assert art.headline == "Council approves new flood barrier after decade of delays"
    assert art.deck is not None and art.deck.startswith("The £42m scheme")
    assert art.paragraphs[-1].text.startswith("Residents will be consulted")
    assert [r.reason for r in art.removed if r.text == "Advertisement"] == ["advertisement"]


TABLOID_STORY = """HORROR CRASH
Mum, 34, killed after car ploughs into bus stop
Emma Wright
Published: 14:32, 3 Feb 2025
A MUM has died and her two young children were hurt when a car mounted the pavement in Leeds.
The woman, named locally as Kerry Adams, was pronounced dead at the scene on Monday morning.
Emergency services at the scene on Monday morningCredit: Yorkshire Live
Det Insp Sarah Khan said: "Our thoughts are with the family at this incredibly difficult time."
She appealed for anyone with dashcam footage to come forward.
"Any information, however small, could help us," she said.
Flowers have been left at the sceneCredit: Yorkshire Live
Most read in The Daily Ledger
Do you have a story for the news desk?
"""


def test_a_caption_under_the_last_paragraph_and_a_police_rank() -> None:
    """A caption glued to its credit right under the story's last paragraph is a caption, not
    page chrome; "Det Insp" is a rank before the speaker's name."""
    from articlecli import parse

    art = parse(TABLOID_STORY)
    assert [(c.text, c.credit) for c in art.captions] == [
        ("Emergency services at the scene on Monday morning", "Yorkshire Live"),
        ("Flowers have been left at the scene", "Yorkshire Live"),
    ]
    assert art.paragraphs[-1].text.startswith('"Any information')
    assert [q.speaker for q in art.quotes] == ["Sarah Khan", "Sarah Khan"]


OPINION_COLUMN = """Opinion
Our cities are not ready for the heat that is coming
Summers are getting longer and hotter. Local governments need to act before the next heatwave.
Alex Moreno
Alex Moreno is a contributing columnist who writes about urban policy.
July 2, 2024 at 6:00 a.m. EDT
Listen
Last summer, my neighbor spent three nights sleeping in her car because it was the only cool place.
She is 79. Her apartment, on the top floor of a brick building, reached 96 degrees inside.
Cities know what works: shade trees, cooling centers that stay open at night, and checks on people.
"""


def test_a_sentence_about_the_author_under_the_byline_is_a_bio_not_a_caption() -> None:
    from articlecli import parse

    art = parse(OPINION_COLUMN)
    assert [a.name for a in art.authors] == ["Alex Moreno"]
    assert art.captions == ()
    assert [(n.kind, n.text[:20]) for n in art.notes] == [("bio", "Alex Moreno is a con")]


CAPTION_ABOVE_THE_BYLINE = """Mayor Defends Budget Cuts as Libraries Reduce Hours
The plan would close branches on Sundays across the city, saving about $22 million a year.
Mayor Eric Dalton at City Hall on Tuesday.Credit...Kendra Lowe for The Daily Ledger
By Benjamin Hart and Alicia Wong
Nov. 12, 2024
Mayor Eric Dalton on Tuesday defended his plan to cut library hours, saying the city had no choice.
The cuts would close all 82 branches on Sundays starting in January, library officials said.
"""


def test_a_caption_with_its_credit_above_the_byline_is_no_headline() -> None:
    from articlecli import parse

    art = parse(CAPTION_ABOVE_THE_BYLINE)
    assert art.headline == "Mayor Defends Budget Cuts as Libraries Reduce Hours"
    assert art.deck is not None and art.deck.startswith("The plan would close")
    assert [(c.text, c.credit) for c in art.captions] == [
        ("Mayor Eric Dalton at City Hall on Tuesday.", "Kendra Lowe for The Daily Ledger")
    ]


TWO_TITLES_ON_TOP = """Ten years after the flood, a town rebuilds its trust
How Millbrook learned to live with the river
By Grace Obi
Published 9:00 AM ET, Sun April 6, 2025
MILLBROOK, Vt. — The water came at night, and by morning Main Street was a river.
Ruth Ellery, who has run the hardware store on Main Street for 31 years, remembers watching it rise.
Ellery reopened six months later. Many of her neighbors never did, and their lots are empty.
"""


def test_a_text_opening_with_two_titles_reads_headline_then_standfirst() -> None:
    """Nothing above them: the first title is the headline, even when the second is shorter."""
    from articlecli import parse

    art = parse(TWO_TITLES_ON_TOP)
    assert art.headline == "Ten years after the flood, a town rebuilds its trust"
    assert art.deck == "How Millbrook learned to live with the river"


LIVE_BLOG = """Storm Ciara: Flights cancelled as 90mph winds batter the coast
By Jane Doe
Last updated: 9 February 2020 14:05
UK Power Networks said engineers had reconnected 15,000 of the homes that lost power overnight.
"Our teams are working as quickly and safely as possible," a spokesperson said.
13:40
Rail disruption to continue into Monday
Network Rail has warned passengers to check before they travel, with fallen trees blocking lines.
12:55
Thames Barrier closed
The Environment Agency closed the Thames Barrier this morning as a precaution against high tides.
"""


def test_a_live_blog_post_title_under_its_time_is_a_heading() -> None:
    from articlecli import parse

    art = parse(LIVE_BLOG)
    assert [h.text for h in art.headings] == ["Rail disruption to continue into Monday", "Thames Barrier closed"]
    assert len(art.paragraphs) == 4


QUESTION_HEADLINE = """Is the four-day week here to stay? Firms say yes - The Ledger
Sign in
News
Business
Is the four-day week here to stay? Firms say yes
A year after a national trial ended, nine in ten companies have kept the shorter week
Priya Natarajan
Mon 12 Feb 2024 07.00 GMT
Most of the companies that took part in the largest trial of a four-day week have kept it a year on.
Of the 61 firms that joined the trial, 54 still use a four-day week, according to a report published on Monday.
Business groups say the model works best in offices and is hard to apply in shops and hospitals.
"""


def test_a_headline_that_asks_and_answers_is_found_by_its_repeat_in_the_page_title() -> None:
    from articlecli import parse

    art = parse(QUESTION_HEADLINE)
    assert art.headline == "Is the four-day week here to stay? Firms say yes"
    assert art.deck is not None and art.deck.startswith("A year after a national trial")
    reasons = {r.text: r.reason for r in art.removed}
    assert reasons["Is the four-day week here to stay? Firms say yes - The Ledger"] == "repeated-headline"


SITE_NAME_ON_TOP = """CNN
Hurricane strengthens to Category 5 as Florida braces for landfall
By Jane Doe and Ali Khan, CNN
Updated 6:47 AM EDT, Tue October 8, 2024
Tampa, Florida (CNN) — The hurricane rapidly intensified on Monday as it churned toward the coast.
Florida's governor urged residents in evacuation zones to leave by Tuesday night, officials said.
"""


def test_the_site_name_above_the_headline_is_no_photo_credit() -> None:
    from articlecli import parse

    art = parse(SITE_NAME_ON_TOP)
    assert art.captions == ()
    assert art.headline == "Hurricane strengthens to Category 5 as Florida braces for landfall"


STANDFIRST_BETWEEN_BYLINE_AND_DATE = """Motoring
Harbor Motors unveils an electric pickup for farm work
By Nina Castellanos
The Fieldhand can tow three tonnes and charge a tractor from its battery
March 4, 2021 16:45
Harbor Motors on Tuesday showed an electric pickup truck built for farms, with a range of 300 miles.
The company said deliveries would start next spring, with a price of about $48,000 before incentives.
"""


def test_a_title_between_the_byline_and_the_date_is_the_standfirst() -> None:
    from articlecli import parse

    art = parse(STANDFIRST_BETWEEN_BYLINE_AND_DATE)
    assert art.headline == "Harbor Motors unveils an electric pickup for farm work"
    assert art.deck == "The Fieldhand can tow three tonnes and charge a tractor from its battery"


@pytest.mark.parametrize(
    ("line", "stop"),
    [
        ("You may also like...", True),
        ("More from Sport:", True),
        ("More games news:", True),
        ("Related stories", True),
        ("More than 20 homes were flooded on Monday.", False),
        ("More rain is expected:", False),  # a sentence leading into a list, not a box of links
        ("Related efforts stalled.", False),
    ],
)
def test_soft_stops(line: str, stop: bool) -> None:
    """Lines that open a box of links after the story (they weigh against the body going on)."""
    from articlecli.classify import features
    from articlecli.normalize import split_lines

    assert features(split_lines(line))[0].soft_stop is stop


EXPLAINER = """What we know about the outbreak
By Jane Doe
Health officials confirmed a second case of the disease in the region on Monday, the ministry said.

How is the disease spread?

It is carried by fleas that live on small animals, and it can pass between people through the air.

The good news?

It is easily treated with antibiotics if it is caught early, doctors said on Monday.

Why was the town closed?

Officials sealed off the town in May after a rise in cases among the local animal population.
"""


def test_a_short_question_between_paragraphs_is_a_subheading() -> None:
    """An explainer's question subheadings open with a question word; a rhetorical question
    ("The good news?") stays part of the text."""
    from articlecli import parse

    art = parse(EXPLAINER)
    assert [h.text for h in art.headings] == ["How is the disease spread?", "Why was the town closed?"]
    assert "The good news?" in [p.text for p in art.paragraphs]


QUOTED_SUBHEADINGS = """Doctors offer to pay for flu shots at the county jail

By Lena Ortiz

March 3, 2024

A group of local doctors has offered to pay for flu vaccines for everyone held at the county jail this winter.

"Before the season peaks"

The doctors wrote to the sheriff on Friday, saying that cases usually rise sharply in the weeks after New Year.

"Nobody told us."

That was all the sheriff's spokesman would say on Monday when asked whether the letter had been answered.

"A cheap fix"

A shot costs the county less than a day in hospital for one inmate, the doctors said in their letter.
"""


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ('"Before the season peaks"', "heading"),
        ('"A cheap fix"', "heading"),
        ('"Nobody told us."', "paragraph"),  # a sentence inside the marks: somebody said it
    ],
)
def test_a_few_quoted_words_between_paragraphs_are_a_subheading(line: str, role: str) -> None:
    from articlecli import parse

    art = parse(QUOTED_SUBHEADINGS)
    found = {h.text: "heading" for h in art.headings} | {p.text: "paragraph" for p in art.paragraphs}
    assert found.get(line) == role


EMBEDDED_POST = """Singer announces surprise album on social media
By Jane Doe
March 3, 2024
Pop star Lina Marsh announced a surprise album on Sunday night, sending fans into a frenzy.
The record, her fourth, will be released on Friday, she wrote in a post on social media.
New album. Friday. I can't wait for you to hear it pic.twitter.com/abc123
— Lina Marsh (@linamarsh) March 3, 2024
View this post on Instagram
A post shared by Lina Marsh (@linamarsh)
Fans reacted within minutes, and the announcement was shared thousands of times.
Her label, Northwind Records, declined to comment on the release on Sunday.
"""


def test_an_embedded_post_is_set_apart_and_does_not_end_the_story() -> None:
    from articlecli import parse

    art = parse(EMBEDDED_POST)
    assert [p.text[:12] for p in art.paragraphs] == ["Pop star Lin", "The record, ", "Fans reacted", "Her label, N"]
    embeds = [r.text[:12] for r in art.removed if r.reason == "embed"]
    assert embeds == ["New album. F", "— Lina Marsh", "View this po", "A post share"]


SECTION_HEADLINE_STANDFIRST = """Technology
Apple unveils cheaper iPhone as sales slow in China
The iPhone 16e costs $599 and uses the company's first in-house modem
By Mark Gurman and Debby Wu
February 19, 2025 at 4:00 PM UTC
Apple Inc. introduced a lower-cost iPhone on Wednesday, seeking to reignite demand in China.
The iPhone 16e will sell for $599, the company said in a statement. Preorders begin Friday.
"""


def test_a_longer_sentence_case_line_under_the_headline_is_its_standfirst() -> None:
    """No full stop at its end, not twice as long: the sentence-case line under a title is the
    standfirst (a Title Case line there would be the headline itself)."""
    from articlecli import parse

    art = parse(SECTION_HEADLINE_STANDFIRST)
    assert art.headline == "Apple unveils cheaper iPhone as sales slow in China"
    assert art.deck == "The iPhone 16e costs $599 and uses the company's first in-house modem"


NEWSLETTER_POST = """The Weekly Ledger
Subscribe
Sign in
Why local news deserts are spreading
And what one town did about it
Jane Doe
Mar 12, 2024
Share
When the Harbor Gazette printed its last edition in 2019, the town of Millport lost more than a newspaper.
It lost the people who went to school board meetings, read the budget and asked questions.
"""

LINKS_ABOVE_THE_HEADLINE = """Trending
Options narrow for the last campus protesters in the city
Bus company offers free tickets on Monday to all students
Why you should never leave a phone charging overnight
The woman whose pillow made her ill: how doctors found the cause
By Sandy Lamb, CNN
1 day ago
Doctors spent months trying to work out why a fit 44-year-old kept waking up short of breath.
The answer, it turned out, was in her bedroom, where mould had spread through an old pillow.
"""


@pytest.mark.parametrize(
    ("text", "headline", "deck"),
    [
        (NEWSLETTER_POST, "Why local news deserts are spreading", "And what one town did about it"),
        (
            LINKS_ABOVE_THE_HEADLINE,  # the last link of the list above is no headline with a standfirst
            "The woman whose pillow made her ill: how doctors found the cause",
            None,
        ),
    ],
)
def test_a_sentence_case_subtitle_under_a_title(text: str, headline: str, deck: str | None) -> None:
    from articlecli import parse

    art = parse(text)
    assert (art.headline, art.deck) == (headline, deck)


LABELLED_CAPTIONS = """Skip to content
Home
News
Sport
Rail strikes: Commuters face fresh disruption as drivers walk out
Published
3 hours ago
Share
Image source, PA Media
Image caption,
Passengers faced empty platforms at London Waterloo on Saturday
By Katy Austin
Transport correspondent
Rail passengers across England face another day of disruption as train drivers stage a fresh walkout.
Members of the drivers' union at 16 train companies are taking part in the strike, the sixth this year.
Image source, Getty Images
Image caption,
Union members on a picket line outside Euston station
The union's general secretary said it had no choice but to strike, and more walkouts may follow.
The Rail Delivery Group, which represents the operators, said the action was unnecessary.
Related Topics
"""


def test_a_caption_under_its_label_with_the_credit_above() -> None:
    """ "Image source, X" / "Image caption," / the caption: one captioned picture, in the header
    (not a headline) and inside the story (which goes on around it)."""
    from articlecli import parse

    art = parse(LABELLED_CAPTIONS)
    assert art.headline == "Rail strikes: Commuters face fresh disruption as drivers walk out"
    assert [(c.text, c.credit) for c in art.captions] == [
        ("Passengers faced empty platforms at London Waterloo on Saturday", "PA Media"),
        ("Union members on a picket line outside Euston station", "Getty Images"),
    ]
    assert [p.text[:12] for p in art.paragraphs] == ["Rail passeng", "Members of t", "The union's ", "The Rail Del"]


SUMMARY_POINTS = """Home
News
Royals
Prince makes surprise visit to flood-hit village and praises 'incredible' volunteers
The prince chatted with residents who lost their homes in the village
He was seen helping to hand out food parcels at the community centre
By JANE DOE, ROYAL EDITOR
Published: 10:03 GMT, 3 March 2024 | Updated: 12:14 GMT, 3 March 2024
The prince made a surprise visit to a flood-hit village in Somerset today, praising the volunteers.
He spent two hours in the village, where dozens of homes were flooded, and met residents at the community centre.
"""


def test_a_headline_over_summary_points_is_the_headline() -> None:
    """Summary points in sentence case between the headline and the byline, each about the story:
    the first line of the run is the headline (a list of links to other stories is not this)."""
    from articlecli import parse

    art = parse(SUMMARY_POINTS)
    assert art.headline == "Prince makes surprise visit to flood-hit village and praises 'incredible' volunteers"
    assert art.deck == "The prince chatted with residents who lost their homes in the village"
