"""Runs of same-shaped lines in a body, decided together: pages in styles a news corpus seldom has."""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify import products, runs, shapes, stamps

from .conftest import GOLDEN, SEEDS

_HEAD = """{title}

By Lena Ortiz

April 2, 2024

The island's ferry operator published its summer plans on Monday, after two years of complaints about late crossings.

"""

# (the title, the body after the first paragraph, the headings wanted, the paragraphs wanted after the first)
PAGES = [
    pytest.param(
        "Meet the harbour master who keeps the ferries running",
        """Lena Ortiz: What does a normal day look like for you?

Ivo Marsh: It starts at five with the weather report, then the first crossing at six, then paperwork.

Lena Ortiz: What was the hardest night of your career?

Ivo Marsh: The winter the power failed across the port. We guided three ferries in by hand radio.
""",
        [
            "Lena Ortiz: What does a normal day look like for you?",
            "Lena Ortiz: What was the hardest night of your career?",
        ],
        [
            "Ivo Marsh: It starts at five with the weather report, then the first crossing at six, then paperwork.",
            "Ivo Marsh: The winter the power failed across the port. We guided three ferries in by hand radio.",
        ],
        id="interview by speaker labels: the one who asks gives the headings",
    ),
    pytest.param(
        "Five minutes with the new ferry chief",
        """Q: Why did you take the job?

A: Trip to the islands.

Q: What comes first?

A: Timetables first, then the fares, then the old boats that keep breaking down in winter.
""",
        ["Q: Why did you take the job?", "Q: What comes first?"],
        [
            "A: Trip to the islands.",
            "A: Timetables first, then the fares, then the old boats that keep breaking down in winter.",
        ],
        id="Q and A marks: short answers are paragraphs, not headings",
    ),
    pytest.param(
        "What the new ferry timetable means for you",
        """What changes on weekdays?

The first crossing now leaves at 6:30 rather than 6:00, and the midday boat has been dropped on Tuesdays.

Don't season tickets cover the late boat?

They do: the operator said season tickets would be valid on every crossing, including the Friday sailing.
""",
        ["What changes on weekdays?", "Don't season tickets cover the late boat?"],
        [
            "The first crossing now leaves at 6:30 rather than 6:00, and the midday boat has been dropped on Tuesdays.",
            "They do: the operator said season tickets would be valid on every crossing, including the Friday sailing.",
        ],
        id="questions standing between paragraphs",
    ),
    pytest.param(
        "A lifeboat cox on thirty years of call-outs",
        """How did you first join the crew?

My father was a fisherman, and the station was at the end of our street, so I signed up at seventeen.

What was the worst night?

The winter of the ferry fire, when we were out for eleven hours and brought forty people in off the sea.

You have said the job has changed. How?

The boats are faster and the radios better, but the people we pull out of the water are cold and scared.

You would be scared too, out there in the dark, right?

The crew talk about it more now than they did when I started, which is a good thing for all of us.

(Would she do it again?)

She says she would, and that the new station opening in June is the thing she is proudest of in thirty years.
""",
        ["How did you first join the crew?", "What was the worst night?", "You have said the job has changed. How?"],
        [
            "My father was a fisherman, and the station was at the end of our street, so I signed up at seventeen.",
            "The winter of the ferry fire, when we were out for eleven hours and brought forty people in off the sea.",
            "The boats are faster and the radios better, but the people we pull out of the water are cold and scared.",
            "You would be scared too, out there in the dark, right?",
            "The crew talk about it more now than they did when I started, which is a good thing for all of us.",
            "(Would she do it again?)",
            "She says she would, and that the new station opening in June is the thing she is proudest of in thirty "
            "years.",
        ],
        id="an interview's questions: one with no question word among them is one too; a tag question is not",
    ),
    pytest.param(
        "Five things to watch in the harbour vote",
        """WHO IS LEADING THE PUSH FOR THE NEW MARINA?

The developer behind the plan has spent heavily on adverts, and two councillors spoke in its favour.

WILL THE FISHING FLEET KEEP ITS BERTHS?

The plan keeps twelve berths for working boats, fewer than today, and fishermen say it is not enough.
""",
        ["WHO IS LEADING THE PUSH FOR THE NEW MARINA?", "WILL THE FISHING FLEET KEEP ITS BERTHS?"],
        [
            "The developer behind the plan has spent heavily on adverts, and two councillors spoke in its favour.",
            "The plan keeps twelve berths for working boats, fewer than today, and fishermen say it is not enough.",
        ],
        id="ALL-CAPS crossheads, long ones included",
    ),
    pytest.param(
        "Three ways to cut your energy bill",
        """2. Bleed your radiators

Air trapped at the top of a radiator stops it heating fully, and the job takes only a few minutes.

3. "Turn it down one degree"

Most homes will not feel the difference, but the saving over a winter can be worth a tank of fuel.
""",
        ["2. Bleed your radiators", '3. "Turn it down one degree"'],
        [
            "Air trapped at the top of a radiator stops it heating fully, and the job takes only a few minutes.",
            "Most homes will not feel the difference, but the saving over a winter can be worth a tank of fuel.",
        ],
        id="numbered items with paragraphs between them",
    ),
    pytest.param(
        "Three ways to cut your ferry fares",
        """1. Buy a carnet.

A book of ten single tickets costs the same as eight bought one at a time, and it never runs out.

2. Travel midweek.

Midweek crossings cost least, and the operator halves the fare on them in winter.

3. The operator says it will review fares in the autumn. It gave no date for the review.

4. Passengers' groups want a cap on the car fare, which has doubled in five years, they say.
""",
        ["1. Buy a carnet.", "2. Travel midweek."],
        [
            "A book of ten single tickets costs the same as eight bought one at a time, and it never runs out.",
            "Midweek crossings cost least, and the operator halves the fare on them in winter.",
            "3. The operator says it will review fares in the autumn. It gave no date for the review.",
            "4. Passengers' groups want a cap on the car fare, which has doubled in five years, they say.",
        ],
        id="numbered item titles with a full stop; numbered sentences stay paragraphs",
    ),
    pytest.param(
        "Five moments from the harbour inquiry",
        """Here are the moments that mattered:

"We were never told"
Harbour master Ivo Marsh on the night of the flood

Marsh told the inquiry that nobody from the council had warned the port before the gates were opened.

He said the first he knew of the flood was a call from a fisherman on the quay just after midnight.

2. The missing report
Inquiry hears the surveyor's report was never sent

The surveyor said she had written to the council twice about the state of the gates in the spring.

Neither letter was answered, she said, and the report itself was never put before the harbour committee.

3. A row over the budget
Councillor Lena Ortiz questioned on the repairs

Ortiz said the repairs had been cut from the budget because nobody had asked for them to be kept.

She told the inquiry she regretted the decision and had asked for the money to be restored last year.

4. What comes next
The inquiry's chair on the final report

The chair said the final report would be published in the autumn, after the last witnesses are heard.

Families of those whose homes were flooded have asked for it to be published in full, without redactions.
""",
        ['"We were never told"', "2. The missing report", "3. A row over the budget", "4. What comes next"],
        [
            "Here are the moments that mattered:",
            "Marsh told the inquiry that nobody from the council had warned the port before the gates were opened.",
            "He said the first he knew of the flood was a call from a fisherman on the quay just after midnight.",
            "The surveyor said she had written to the council twice about the state of the gates in the spring.",
            "Neither letter was answered, she said, and the report itself was never put before the harbour committee.",
            "Ortiz said the repairs had been cut from the budget because nobody had asked for them to be kept.",
            "She told the inquiry she regretted the decision and had asked for the money to be restored last year.",
            "The chair said the final report would be published in the autumn, after the last witnesses are heard.",
            "Families of those whose homes were flooded have asked for it to be published in full, without redactions.",
        ],
        id="numbered items each with a video's title glued under them: the titles removed, item 1 found",
    ),
    pytest.param(
        "Four ways to save on the ferry",
        """Regular passengers told us how they keep the cost of the crossing down.
1. Buy a carnet
Ten tickets cost the same as eight.
A carnet never expires, and it can be shared.
2. Travel midweek
Midweek sailings are the cheapest.
The operator halves the fare on them in winter.
3. Leave the car
Foot passengers pay a fifth of the car fare.
The bus meets every boat on the island side.
""",
        ["1. Buy a carnet", "2. Travel midweek", "3. Leave the car"],
        [
            "Regular passengers told us how they keep the cost of the crossing down.",
            "Ten tickets cost the same as eight.",
            "A carnet never expires, and it can be shared.",
            "Midweek sailings are the cheapest.",
            "The operator halves the fare on them in winter.",
            "Foot passengers pay a fifth of the car fare.",
            "The bus meets every boat on the island side.",
        ],
        id="numbered items on a page without blank lines: the first sentence under each is text",
    ),
    pytest.param(
        "The best budget speakers of the year",
        """Acme Pulse Mini for $39
See it at ShopMart

The Pulse Mini is the loudest speaker we tried at this price, and its battery lasted through two days.

Harbor Sound Cube for $59
Get it at Coastal Electronics

The Cube sounds fuller than its size suggests, though its bass thins out when you push the volume.
""",
        ["Acme Pulse Mini for $39", "Harbor Sound Cube for $59"],
        [
            "The Pulse Mini is the loudest speaker we tried at this price, and its battery lasted through two days.",
            "The Cube sounds fuller than its size suggests, though its bass thins out when you push the volume.",
        ],
        id="product roundup: items are headings, retailer lines removed",
    ),
    pytest.param(
        "Harbor Lights announce spring tour",
        """Tickets go on sale next week through the venues, with a presale for members of the fan club.

Harbor Lights Tour Dates
May 4 – Riverton, OR @ Harbor Hall
May 5 – Salem, OR @ Elsinore Theatre
May 7 – Eugene, OR @ McDonald Theatre

The band's new album, recorded in a converted cannery on the coast, is due out in April.
""",
        ["Harbor Lights Tour Dates"],
        [
            "Tickets go on sale next week through the venues, with a presale for members of the fan club.",
            "May 4 – Riverton, OR @ Harbor Hall",
            "May 5 – Salem, OR @ Elsinore Theatre",
            "May 7 – Eugene, OR @ McDonald Theatre",
            "The band's new album, recorded in a converted cannery on the coast, is due out in April.",
        ],
        id="a schedule kept as paragraphs under its label",
    ),
    pytest.param(
        "Forty harbours share the coastal defence fund",
        """The money will pay for new walls, revetments and drainage over six years. The largest schemes are:
Westport and Ferry Point, where £34 million will fund a rock revetment
Port Carrick, where £21 million will rebuild the harbour wall
Isle Quay, where £18 million will move the coast road inland
Councils will be able to bid for a further £20 million for smaller schemes from July, the ministry said.
""",
        [],
        [
            "The money will pay for new walls, revetments and drainage over six years. The largest schemes are:",
            "Westport and Ferry Point, where £34 million will fund a rock revetment",
            "Port Carrick, where £21 million will rebuild the harbour wall",
            "Isle Quay, where £18 million will move the coast road inland",
            "Councils will be able to bid for a further £20 million for smaller schemes from July, the ministry said.",
        ],
        id="a list of sums is no roundup: a price names an item only at the end of its line",
    ),
    pytest.param(
        "Storm live: ferries cancelled as gales hit the coast",
        """9:05 a.m.

The harbour authority has closed the port to all traffic until at least midday, a spokesman said.

8:40 a.m.

Coastguard crews were called to the breakwater after waves swept a car into the harbour.
""",
        ["9:05 a.m.", "8:40 a.m."],
        [
            "The harbour authority has closed the port to all traffic until at least midday, a spokesman said.",
            "Coastguard crews were called to the breakwater after waves swept a car into the harbour.",
        ],
        id="a live blog's time stamps",
    ),
    pytest.param(
        "Storm live: ferries cancelled as gales hit the coast",
        """14.32

Harbour closed to all traffic

The harbour authority has closed the port to all traffic until midday tomorrow, a spokesman said.

13.58

Coastguard called to breakwater

Coastguard crews were called to the breakwater after waves swept a parked car into the harbour basin.

13.15

Power cut on the island

About two thousand homes on the island have lost power, the electricity company said on its website.
""",
        ["Harbour closed to all traffic", "Coastguard called to breakwater", "Power cut on the island"],
        [
            "The harbour authority has closed the port to all traffic until midday tomorrow, a spokesman said.",
            "Coastguard crews were called to the breakwater after waves swept a parked car into the harbour basin.",
            "About two thousand homes on the island have lost power, the electricity company said on its website.",
        ],
        id="a live blog's bare 24-hour time stamps ('14.32') over its posts' titles",
    ),
    pytest.param(
        "Three ways to sleep better on a night ferry",
        """1. Book a cabin early

Cabins on the overnight crossing sell out weeks ahead in summer, and the lounge seats do not recline.

Summary

A cabin booked a month ahead costs less than one bought at the port, and you choose its deck.

2. Bring your own earplugs

The engines are loudest on the lower decks, where most of the cheaper cabins are, passengers say.

Summary

Earplugs and an upper-deck cabin cut the engine noise by half, even on a rough night at sea.

3. Skip the late bar

Crew members say the bar stays busy until two on weekend sailings, right above the quiet cabins.

SUMMARY

Ask for a cabin at the bow, away from the bar and the car deck, when you book or when you board.
""",
        ["1. Book a cabin early", "2. Bring your own earplugs", "3. Skip the late bar"],
        [
            "Cabins on the overnight crossing sell out weeks ahead in summer, and the lounge seats do not recline.",
            "A cabin booked a month ahead costs less than one bought at the port, and you choose its deck.",
            "The engines are loudest on the lower decks, where most of the cheaper cabins are, passengers say.",
            "Earplugs and an upper-deck cabin cut the engine noise by half, even on a rough night at sea.",
            "Crew members say the bar stays busy until two on weekend sailings, right above the quiet cabins.",
            "Ask for a cabin at the bow, away from the bar and the car deck, when you book or when you board.",
        ],
        id="a box label printed over every tip's recap is not a heading",
    ),
    pytest.param(
        "How to pay off a mortgage ten years early",
        """Paying a mortgage off early takes years of small choices, and most of them start with the monthly budget.

Three steps to start
1. Overpay a little each month

Even a small overpayment each month cuts years off a loan, because it comes off the capital at once.

Most lenders allow overpayments of up to a tenth of the balance each year without any charge at all.

2. Move to a shorter term

A shorter term raises the monthly payment but brings the total interest down by thousands over the loan.

Brokers say the switch is easiest when a fixed rate ends, since there is no fee for leaving the deal.
""",
        ["Three steps to start", "1. Overpay a little each month", "2. Move to a shorter term"],
        [
            "Paying a mortgage off early takes years of small choices, and most of them start with the monthly budget.",
            "Even a small overpayment each month cuts years off a loan, because it comes off the capital at once.",
            "Most lenders allow overpayments of up to a tenth of the balance each year without any charge at all.",
            "A shorter term raises the monthly payment but brings the total interest down by thousands over the loan.",
            "Brokers say the switch is easiest when a fixed rate ends, since there is no fee for leaving the deal.",
        ],
        id="a list's title glued above its first numbered subheading",
    ),
    pytest.param(
        "Harbour Rovers ratings: who stood out in the cup win",
        """The back four kept a clean sheet for the first time since August, and the keeper had barely a save to make.
Defenders
Pos Player Mins Rating
Pos Player Mins Rating
CB Ivo Marsh 90 8 Two blocks and a header cleared off the line.
CB Omar Pike 90 7 Won every aerial duel he contested.
FB Jo Lee 78 6 Booked early, then careful.
The midfield was less tidy, giving the ball away in their own half three times before the break.
Midfield
Pos Player Mins Rating
MF Lena Ortiz 90 7 One assist and one booking.
MF Rae Quist 64 6 Replaced after an hour.
MF Ada Rowe 26 6 Kept it simple.
The manager said after the game that the squad would rest three of its defenders for the league match on Saturday.
""",
        ["Defenders", "Midfield"],
        [
            "The back four kept a clean sheet for the first time since August, and the keeper had barely a save to "
            "make.",
            "CB Ivo Marsh 90 8 Two blocks and a header cleared off the line.",
            "CB Omar Pike 90 7 Won every aerial duel he contested.",
            "FB Jo Lee 78 6 Booked early, then careful.",
            "The midfield was less tidy, giving the ball away in their own half three times before the break.",
            "MF Lena Ortiz 90 7 One assist and one booking.",
            "MF Rae Quist 64 6 Replaced after an hour.",
            "MF Ada Rowe 26 6 Kept it simple.",
            "The manager said after the game that the squad would rest three of its defenders for the league match on "
            "Saturday.",
        ],
        id="a table's title above its column names, not the column names (removed, printed over every table)",
    ),
    pytest.param(
        "The best early deals on ferry-friendly gear",
        "We asked the regular passengers on the island crossings which gear they would not travel without, and then "
        "we went looking for the best early prices on it, from speakers for the long evening sailings to bags for wet "
        "decks.\n\nMost of the picks below are already cheaper than they were last month, and two of them are at the "
        "lowest price we have seen this year. We will keep this list up to date as the sales go on.\n\n"
        """Acme Pulse Mini speaker
Twelve hours of battery
Splash resistant
Pairs with two phones at once

Acme Pulse Mini Bluetooth Speaker (2024 Model) - Blue
$39.00
Available from ShopMart
Buy Now

Harbor Travel Pillow
Memory foam
Folds into its own pouch

Harbor Travel Pillow, Grey, One Size
The maker asks us not to print the price.
Buy Now

Coastal Dry Bag 20L
Roll-top seal keeps a phone and a jumper dry on deck
Shoulder strap

Coastal Dry Bag 20L - Yellow
$24.99
Available from ShopMart
Buy Now

Prices were checked on the morning of publication and may change; the retailers pay us a share of some sales.
""",
        ["Acme Pulse Mini speaker", "Harbor Travel Pillow", "Coastal Dry Bag 20L"],
        [
            "We asked the regular passengers on the island crossings which gear they would not travel without, and "
            "then we went looking for the best early prices on it, from speakers for the long evening sailings to bags "
            "for wet decks.",
            "Most of the picks below are already cheaper than they were last month, and two of them are at the lowest "
            "price we have seen this year. We will keep this list up to date as the sales go on.",
            "Twelve hours of battery",
            "Splash resistant",
            "Pairs with two phones at once",
            "Memory foam",
            "Folds into its own pouch",
            "Roll-top seal keeps a phone and a jumper dry on deck",
            "Shoulder strap",
            "Prices were checked on the morning of publication and may change; the retailers pay us a share of some "
            "sales.",
        ],
        id="a roundup's items, each over a box to buy it: the names are headings, the boxes removed",
    ),
    pytest.param(
        "What to pack for a winter crossing",
        """Regular passengers on the island ferries told us what they never cross without in winter.
Keep your hands warm
The deck rail is metal and the wind off the water is bitter, so gloves matter more than a coat.
Harbor Fleece Gloves
Buy it: $24 at ShopMart
Bring something to sit on
The benches on the open deck are wet for most of the winter, even on the days when it does not rain.
Quay Folding Cushion
Buy it: $18 at Coastal Outfitters
The crossing takes forty minutes in good weather and up to an hour and a half when the sea is rough.
""",
        ["Keep your hands warm", "Harbor Fleece Gloves", "Bring something to sit on", "Quay Folding Cushion"],
        [
            "Regular passengers on the island ferries told us what they never cross without in winter.",
            "The deck rail is metal and the wind off the water is bitter, so gloves matter more than a coat.",
            "The benches on the open deck are wet for most of the winter, even on the days when it does not rain.",
            "The crossing takes forty minutes in good weather and up to an hour and a half when the sea is rough.",
        ],
        id="shoppable cards between sections ('Buy it: $24 at Shop'), no blank lines: the next section's title too",
    ),
]


# A roundup with a table of contents repeating its item titles, award labels under the titles, and labelled
# fields (price, cons) that are no item's name.
PAGES.append(
    pytest.param(
        "The best rain jackets for island walks",
        """Jump to:
1. Skerry Shell
2. Harbour Packlite

1. Skerry Shell
Best overall
Price: £120
It kept us dry through a four-hour crossing of the moor in driving rain, and the hood stays put in a gale.
£120 at Outdoorly

2. Harbour Packlite
Best budget pick
Price: £45
It packs into its own pocket and weighs less than a bottle of water, though the seams let in a little rain.
Cons: Thin, runs small
£45 at Outdoorly

We wore each jacket on at least three wet walks on the island, and sprayed each with a hose for ten minutes.
""",
        ["1. Skerry Shell", "2. Harbour Packlite"],
        [
            "Price: £120",
            "It kept us dry through a four-hour crossing of the moor in driving rain, "
            "and the hood stays put in a gale.",
            "Price: £45",
            "It packs into its own pocket and weighs less than a bottle of water, "
            "though the seams let in a little rain.",
            "Cons: Thin, runs small",
            "We wore each jacket on at least three wet walks on the island, "
            "and sprayed each with a hose for ten minutes.",
        ],
        id="a roundup's contents list, award labels and labelled fields",
    )
)


@pytest.mark.parametrize(("title", "body", "headings", "paragraphs"), PAGES)
def test_runs_decided_together(title: str, body: str, headings: list[str], paragraphs: list[str]) -> None:
    article = articlecli.parse(_HEAD.format(title=title) + body)
    assert article.headline == title
    assert [h.text for h in article.headings] == headings
    assert [p.text for p in article.paragraphs][1:] == paragraphs


def test_retailer_lines_are_removed() -> None:
    roundup = next(p for p in PAGES if "retailer lines removed" in str(p.id))
    page = _HEAD.format(title="The best budget speakers of the year") + roundup.values[1]
    removed = {(r.text, r.reason) for r in articlecli.parse(page).removed}
    assert {("See it at ShopMart", "retailer"), ("Get it at Coastal Electronics", "retailer")} <= removed


STAMPS = [
    ("14.32", True),
    ("9:05 a.m.", True),
    ("Updated 10:40 GMT", True),
    ("Posted 9:15 CET", True),  # any zone the lexicon knows
    ("Edited 21:05 AEDT", True),  # any date label of one word
    ("Updated 10:40 Harbour", False),  # no zone
    ("Modified 12", False),  # a label and a number: no minutes, no a.m. or zone
    ("12.75", False),  # a number, not a time
    ("2024", False),
]


@pytest.mark.parametrize(("line", "stamp"), STAMPS, ids=[s[0] for s in STAMPS])
def test_time_stamp(line: str, stamp: bool) -> None:
    assert stamps.time_stamp(line) is stamp


# A roundup item's labelled field is never the item's name.
FIELDS = [
    ("Price: £49.99", True),
    ("Cons: Slow, heavy when full", True),
    ("What we like: the lid", True),
    ("Skerry Shell for £120", False),
    ("Note: prices change daily", False),
]


@pytest.mark.parametrize(("line", "field"), FIELDS)
def test_product_field(line: str, field: bool) -> None:
    assert products.product_field(line) is field


SHAPES = [
    ("June 9 – Riverton, OR @ Harbor Hall", ("date", (" – ", " @ "))),
    ("LB Joe Moss 61 88% 5 tackles", ("LB", ())),
    ("Harbour Rovers (Group B): 4th final", ("word", (": ",))),
    ("9:05 p.m. – Doors open", ("time", (" – ",))),
    ("The harbour was quiet on Monday", None),
]


@pytest.mark.parametrize(("line", "shape"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape_of(line: str, shape: tuple[str, tuple[str, ...]] | None) -> None:
    assert shapes.shape_of(line) == shape


@pytest.mark.parametrize("rule", runs.RUN_RULES, ids=[r.name for r in runs.RUN_RULES])
def test_every_run_rule_has_an_example(rule: runs.RunRule) -> None:
    assert rule.name.startswith("runs/") and rule.example.count("\n") >= 2


_STORY = """Council approves new harbour wall

By Mia Lund

March 12, 2024

The council voted seven to two on Thursday to fund a new harbour wall, ending a two-year argument over the old town.

Work is due to start in September and should take eighteen months, the council said, with the quay closed to cars.

"""


def test_reader_comments_are_removed() -> None:
    first = (
        "About time. My shop flooded twice last winter and nobody from the council came to see it, not once, though "
        "I wrote to every councillor on the list and sent photographs of the water in the cellar, the ruined stock "
        "and the mould on the walls. Eighteen months of works is a small price for a dry winter on the quay."
    )
    second = (
        "Eighteen months of a closed quay will kill the summer trade. There has to be a better way to phase the work "
        "so that the cafes can stay open in July and August, when the visitors come and most of us make the money "
        "that carries us through the winter. Nobody on the council seems to have asked the traders."
    )
    comments = (
        f"fan22 says:\nMarch 12, 2024 at 9:05 am\n{first}\nharbourwatcher says:\nMarch 12, 2024 at 10:40 am\n{second}\n"
    )
    article = articlecli.parse(_STORY + comments)
    assert len(article.paragraphs) == 2
    assert [r.text for r in article.removed if r.reason == "comments"] == [
        line for line in comments.splitlines() if line
    ]


def test_a_quotation_introduced_with_says_is_no_comment() -> None:
    letter = (
        "The letter says:\n\nThe wall cannot wait another winter, and the council must find the money now.\n\n"
        "The reply says:\n\nThe council has no money for the wall this year, and will look again in the spring.\n"
    )
    article = articlecli.parse(_STORY + letter)
    assert not [r for r in article.removed if r.reason == "comments"]


def test_an_inline_box_of_links_does_not_end_the_story() -> None:
    box = (
        "Related Links\n\nHarbour wall repairs delayed again\nStorm damage bill tops two million\n\n"
        "The two councillors who voted against said the money would be better spent on moving the homes.\n\n"
        "The harbour master said the port would stay open to fishing boats throughout the work next year.\n"
    )
    article = articlecli.parse(_STORY + box)
    assert [p.text[:24] for p in article.paragraphs] == [
        "The council voted seven ",
        "Work is due to start in ",
        "The two councillors who ",
        "The harbour master said ",
    ]
    assert {r.text for r in article.removed if r.reason == "related"} >= {"Harbour wall repairs delayed again"}


NOT_HEADINGS = [
    ("On Ledger.com: Ferry fares rise again this spring", "related"),  # the site's promoted story
    ("Gallery: The new pier | 14 Photos", "gallery"),
    ("By Mia Lund @mialund", "byline"),  # a byline printed again in the body
]


@pytest.mark.parametrize(("line", "reason"), NOT_HEADINGS, ids=[n[0] for n in NOT_HEADINGS])
def test_lines_that_only_look_like_headings(line: str, reason: str) -> None:
    end = "The harbour master said the port would stay open to fishing boats throughout the work next year.\n"
    article = articlecli.parse(_STORY + line + "\n\n" + end)
    assert not article.headings
    assert (line, reason) in {(r.text, r.reason) for r in article.removed}


MEDIA_TITLES = [
    ("Video: Storm hits the coast", "player"),
    ("Photo Gallery: The old harbour", "gallery"),
    ("Click to enlarge", "player"),
]


@pytest.mark.parametrize(("line", "reason"), MEDIA_TITLES, ids=[m[0] for m in MEDIA_TITLES])
def test_media_titles_are_not_headings(line: str, reason: str) -> None:
    end = "The harbour master said the port would stay open to fishing boats throughout the work next year.\n"
    article = articlecli.parse(_STORY + line + "\n\n" + end)
    assert not article.headings
    assert (line, reason) in {(r.text, r.reason) for r in article.removed}


def test_a_pull_quote_signed_with_its_speaker_is_removed() -> None:
    said = '"We cannot keep patching a wall built for sailing ships," said Mayor Lina Roth after the vote on Thursday.'
    pull = "“We cannot keep patching a wall built for sailing ships” — Mayor Lina Roth"
    end = "The harbour master said the port would stay open to fishing boats throughout the work next year.\n"
    article = articlecli.parse(_STORY + said + "\n\n" + pull + "\n\n" + end)
    assert pull not in [p.text for p in article.paragraphs]
    assert (pull, "pull-quote") in {(r.text, r.reason) for r in article.removed}


def test_a_retailer_button_is_not_a_heading() -> None:
    end = "The harbour master said the port would stay open to fishing boats throughout the work next year.\n"
    article = articlecli.parse(_STORY + "Buy Now\n\n" + end)
    assert not article.headings
    assert ("Buy Now", "retailer") in {(r.text, r.reason) for r in article.removed}


def test_a_gallery_blurb_is_its_caption() -> None:
    gallery = "Gallery: The old harbour wall | 12 Photos\nWaves break over the wall in the storm of 1990.\n\n"
    end = "The harbour master said the port would stay open to fishing boats throughout the work next year.\n"
    article = articlecli.parse(_STORY + gallery + end)
    assert [c.text for c in article.captions] == ["Waves break over the wall in the storm of 1990."]
    assert len(article.paragraphs) == 3


HINTED = [
    *[p.read_text(encoding="utf-8") for p in sorted([*GOLDEN.glob("*.txt"), *SEEDS.glob("*.txt")])],
    *[_HEAD.format(title=c.values[0]) + str(c.values[1]) for c in PAGES],
]


@pytest.mark.parametrize("text", HINTED)
def test_the_run_hints_change_no_decision(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    hinted = articlecli.parse(text).to_dict()
    monkeypatch.setattr(runs, "_hints", lambda page: {"colon", "label", "question", "number", "caps", "price"})
    assert articlecli.parse(text).to_dict() == hinted


def test_a_question_answered_in_two_words() -> None:
    body = (
        "How did you start?\n\nA customer left a box of old frames and a veil behind and never came back for them.\n\n"
        "Do you really work without gloves?\n\nYes. Always.\n\n"
        "What has changed since the eighties?\n\nThe mites, mostly. We lose more colonies in winter than we did.\n"
    )
    article = articlecli.parse(_HEAD.format(title="A beekeeper on forty years of honey") + body)
    assert [h.text for h in article.headings] == [
        "How did you start?",
        "Do you really work without gloves?",
        "What has changed since the eighties?",
    ]
    assert "Yes. Always." in [p.text for p in article.paragraphs]


# A live blog whose first posts are printed right under its header (a "Pinned" label, share buttons between):
# (the page, the headings wanted, the paragraphs wanted).
LIVE_FIRST_POSTS = [
    pytest.param(
        "Storm live: ferries cancelled as gales hit the coast\n\nMia Lund and Omar Pike\n\n"
        "Updated 2 April 2024, 14:40 BST\n\nShare\n\nPinned\n14:32\nHarbour closed to all traffic\n"
        "The harbour authority has closed the port until midday tomorrow, a spokesman said.\nShare\n\n"
        "13:58\nCoastguard called to breakwater\n"
        "Coastguard crews were called to the breakwater after waves swept a parked car into the harbour basin.\n"
        "Share\n\n13:15\nPower cut on the island\n"
        "About two thousand homes on the island have lost power, the electricity company said on its website.\n",
        ["Harbour closed to all traffic", "Coastguard called to breakwater", "Power cut on the island"],
        [
            "The harbour authority has closed the port until midday tomorrow, a spokesman said.",
            "Coastguard crews were called to the breakwater after waves swept a parked car into the harbour basin.",
            "About two thousand homes on the island have lost power, the electricity company said on its website.",
        ],
        id="24-hour time stamps, the first two posts under the header",
    ),
    pytest.param(
        "Island council votes on the ferry contract: live\n\nBy Lena Ortiz\n\nPublished 2 April 2024, 09:50\n\n"
        "Councillors meet this morning to decide whether to renew the ferry contract for ten more years.\n\n"
        "Share\nSave\n\nPinned\n09:48\nVote delayed\n"
        "The chair said the meeting would start late because two members were stuck on the morning crossing.\n\n"
        "09:30\nProtesters gather outside the hall\n"
        "About fifty people with placards stood on the steps of the council hall before the doors opened.\n\n"
        "09:05\nWhat is being decided\n"
        "The contract covers the two daily crossings and the freight service, and is worth four million a year.\n",
        ["Vote delayed", "Protesters gather outside the hall", "What is being decided"],
        [
            "The chair said the meeting would start late because two members were stuck on the morning crossing.",
            "About fifty people with placards stood on the steps of the council hall before the doors opened.",
            "The contract covers the two daily crossings and the freight service, and is worth four million a year.",
        ],
        id="a standfirst and share buttons over the pinned first post",
    ),
]


@pytest.mark.parametrize(("page", "headings", "paragraphs"), LIVE_FIRST_POSTS)
def test_a_live_blogs_first_posts_under_its_header(page: str, headings: list[str], paragraphs: list[str]) -> None:
    article = articlecli.parse(page)
    assert [h.text for h in article.headings] == headings
    assert [p.text for p in article.paragraphs] == paragraphs


def test_live_blog_times_over_post_titles_are_furniture() -> None:
    body = (
        "3:30 p.m.\nFerries cancelled until Friday\n"
        "The island ferry service has cancelled all sailings until Friday morning, its operator announced.\n\n"
        "2:05 p.m.\nSchools close in three counties\n"
        "Public schools in three counties will be closed on Thursday, the county offices said this afternoon.\n"
    )
    article = articlecli.parse(_HEAD.format(title="Storm live: ferries stay in port") + body)
    assert [h.text for h in article.headings] == ["Ferries cancelled until Friday", "Schools close in three counties"]
    assert {"3:30 p.m.", "2:05 p.m."} <= {r.text for r in article.removed}


def test_a_recipe_keeps_its_ingredients() -> None:
    body = (
        "Any firm eating apple works here, and I leave the skins on for colour and for the bite they give.\n\n"
        "Ingredients\n8 pork sausages\n2 red onions, cut into wedges\n3 tbsp olive oil\nA small bunch of sage\n"
        "2 tsp honey\n\nMethod\n\n"
        "Heat the oven to 200C. Put the onions and sausages in a large roasting tin and toss them in the oil.\n\n"
        "Roast for 40 minutes, brush the sausages with the honey and scatter the sage over before serving.\n"
    )
    article = articlecli.parse(_HEAD.format(title="Sausage and apple traybake") + body)
    assert [h.text for h in article.headings] == ["Ingredients", "Method"]
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[2:7] == [
        "8 pork sausages",
        "2 red onions, cut into wedges",
        "3 tbsp olive oil",
        "A small bunch of sage",
        "2 tsp honey",
    ]


def test_the_boxes_to_buy_a_roundups_items_are_removed() -> None:
    page = next(p for p in PAGES if "box to buy" in str(p.id))
    article = articlecli.parse(_HEAD.format(title=page.values[0]) + page.values[1])
    assert [(r.text, r.reason) for r in article.removed if r.text.startswith(("Coastal", "$24"))] == [
        ("Coastal Dry Bag 20L - Yellow", "retailer"),
        ("$24.99", "retailer"),
    ]


_ONE_BOX = """The novel follows a lighthouse keeper through one long winter on the island, and it is the best \
thing its author has written.

The Keeper's Winter
Hardback, 320 pages
$24.99
Buy Now

Its second half drags a little, but the ending, set on the night of the great storm, is worth the wait for it.
"""

# A product's name over its box to buy it: (the page's title, its body, the name, is the name a subheading)
NAMES_OVER_BOXES = [
    (
        "The best early deals on ferry-friendly gear",
        next(p for p in PAGES if "box to buy" in str(p.id)).values[1],
        "Coastal Dry Bag 20L",
        True,
    ),  # a roundup: a box under every item
    ("A lighthouse keeper's long winter", _ONE_BOX, "The Keeper's Winter", False),  # one box: a review's, no roundup
]


@pytest.mark.parametrize(("title", "body", "name", "heading"), NAMES_OVER_BOXES, ids=[n[2] for n in NAMES_OVER_BOXES])
def test_a_name_over_a_box_to_buy(title: str, body: str, name: str, heading: bool) -> None:
    article = articlecli.parse(_HEAD.format(title=title) + body)
    assert (name in [h.text for h in article.headings]) is heading


_OVER_STORY = """Harbour library to close after ninety years

By Lena Ortiz

April 2, 2024

{line}

The town's library will close its doors in June, after the council failed to find the money to repair its roof.

Most of the books will move to the school across the square, where a reading room is due to open in January.
{more}"""
# a subheading further down the body: the title over the first paragraph is then one of the story's too
_SECOND_HEADING = """
What Happens to the Building

The council will decide in March whether the building is sold or kept for the town, a spokesman said.
"""


@pytest.mark.parametrize(
    ("line", "more", "heading"),
    [
        # the paragraph under it repeats its words
        ("Why the Library Must Close Its Doors", "", True),
        # another subheading in the body
        ("What the Closure Means for Readers", _SECOND_HEADING, True),
        # a share widget, a sentence, a label
        ("Share this: Twitter Facebook Email", _SECOND_HEADING, False),
        ("The council met on Monday.", _SECOND_HEADING, False),
        ("Listen to this article", _SECOND_HEADING, False),
        # a call to act on a link
        ("Click Here to Read the Full Report", _SECOND_HEADING, False),
        # titles with nothing in the story to back them: the site's line, another story's title, a picture's
        ("Updated Every Hour With the Latest News", "", False),
        ("Ferry Strike Enters Its Second Week", "", False),
        ("Mayor Ann Lee Speaks at the Harbour", "", False),
    ],
)
def test_a_title_right_above_the_first_paragraph(line: str, more: str, heading: bool) -> None:
    article = articlecli.parse(_OVER_STORY.format(line=line, more=more))
    assert (line in [h.text for h in article.headings]) is heading


class _CountedLines(list):  # type: ignore[type-arg]
    """A page's lines that count how often they are read."""

    reads = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        _CountedLines.reads += 1
        return super().__getitem__(i)


def test_a_long_page_with_no_blank_line_is_not_walked_again_for_every_button() -> None:
    # 2,000 lines with no blank line between them, a "Buy Now" button under every name: each button's box
    # is looked for a few lines around it, not through the whole page
    from articlecli.classify.features import features
    from articlecli.normalize import split_lines

    text = "\n".join(f"Harbor Reading Lamp No. {n}\nBuy Now" for n in range(1000))
    lines = split_lines(text)
    feats = features(lines)
    counted = _CountedLines(lines)
    _CountedLines.reads = 0
    assert products.buy_boxes(counted, feats) == []
    assert _CountedLines.reads <= 50 * len(lines)
