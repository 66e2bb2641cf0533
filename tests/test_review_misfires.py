"""Ordinary pages a review wrote from scratch, on which rules of the twenty-first to twenty-third probe sets fired
where they should not: a kicker's label taken for a box's field, a vote's tally or a time for a match's score, a
team or a title in a date bar for the author, a caption's credit moved onto the story's next line, a paragraph
without its full stop for a caption, a programme's times for a live blog's stamps, a menu row for the headline.
Each row is a line or a page written for this file."""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.byline_places import name_in_date_bar
from articlecli.classify.fact_lines import score_line

_BYLINE = "By Nadia Okoro"
_DATE = "March 4, 2025"
_STORY = [
    "The harbour board voted on Monday night to raise mooring fees at Port Adair by a fifth from April.",
    '"We have held fees for six years," said board chair Helen Varga.',
    "Fishermen's leader Sean Mallory said some boats would leave for cheaper harbours along the coast.",
]


def _parse(lines: list[str]) -> articlecli.Article:
    return articlecli.parse("\n\n".join(lines) + "\n")


# ---------------------------------------------------------------- a vote's tally or a time is no match's score
@pytest.mark.parametrize(
    "line",
    [
        "Council Votes 5-2 To Close Westfield Library",
        "Port Board Approves Increase 6-1 Over Fishermen's Objections",
        "Council Meets At 7:30 Tonight",
        "Harbour Trust Backs Plan 4-3 After Long Debate",
    ],
)
def test_a_title_with_a_tally_or_a_time_is_no_score_line(line: str) -> None:
    assert not score_line(line)


def test_a_deck_with_a_tally_is_the_deck() -> None:
    head, deck = "Mooring Fees To Rise In Spring", "Port Board Approves Increase 6-1 Over Fishermen's Objections"
    article = _parse([head, deck, _BYLINE, _DATE, *_STORY])
    assert (article.headline, article.deck) == (head, deck)


# ---------------------------------------------------------------- a kicker's label over the title is no box's field
@pytest.mark.parametrize(
    "above",
    [pytest.param([], id="first line"), pytest.param(["Harbour Herald", "Home", "News"], id="under a menu")],
)
@pytest.mark.parametrize(
    "head",
    [
        "Released: Harbour activist freed after 400 days in detention",
        "Where: The new battleground in the harbour election",
        "Tickets: Why the ferry pass costs more this summer",
    ],
)
def test_a_kicker_label_opening_the_title_keeps_the_headline(above: list[str], head: str) -> None:
    article = _parse([*above, head, _BYLINE, _DATE, *_STORY])
    assert article.headline == head


def test_a_lone_field_under_the_headline_is_still_furniture() -> None:
    head = "Did ferry fares really fall by a third? Only if you pay cash"
    article = _parse([head, "Who said it: Piet Varga, transport minister", _BYLINE, _DATE, *_STORY])
    assert article.headline == head
    assert "Who said it: Piet Varga, transport minister" in [r.text for r in article.removed]


# ---------------------------------------------------------------- a team or a title opening a date bar signs nothing
@pytest.mark.parametrize(
    ("head", "bar"),
    [
        ("Storm Leaves 40,000 Without Power", "Westfield Rovers | Sport | March 4, 2025"),
        ("Storm Leaves 40,000 Without Power", "Harbour City · Football · 4 March 2025"),
    ],
)
def test_a_date_bar_opening_with_no_person_names_no_author(head: str, bar: str) -> None:
    deck = "Crews work through the night as winds hit 70 mph along the coast"
    story = [
        "HARBOURTON — More than 40,000 homes lost power on Tuesday as a storm brought down lines across the county.",
        '"Our crews will work through the night," said utility spokesman Rob Tan.',
    ]
    article = _parse([head, deck, bar, *story])
    assert not article.authors
    assert (article.headline, article.deck) == (head, deck)


# ---------------------------------------------------------------- a news picture's caption keeps the credit under it
@pytest.mark.parametrize(
    ("caption", "after"),
    [
        (
            "Jonas Lund is mobbed by teammates after his second goal against Harbour City at Quay Park on Saturday.",
            "Rovers and City meet again at Quay Park in the cup quarter-final next month.",
        ),
        (
            "Mayor Ada Rowe speaks to reporters outside the town hall in Westfield, March 4, 2025.",
            "The council meets again at the town hall in April to set the budget.",
        ),
    ],
)
def test_a_credit_under_a_news_picture_caption_credits_it(caption: str, after: str) -> None:
    page = "\n\n".join(["Lund double sends Rovers top", "By Kofi Mensah", _DATE])
    page += "\n\nWestfield Rovers went top of the league on Saturday with a 2-1 win over Harbour City at Quay Park."
    page += "\n\nJonas Lund scored twice before half-time, first with a header and then with a low shot.\n"
    page += f"{caption}\nPhoto: Ann Moss/Westfield Gazette\n{after}\n\n"
    page += "City pulled a goal back through Pavel Horak but could not find an equaliser.\n"
    article = articlecli.parse(page)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Ann Moss/Westfield Gazette")]
    assert after in [p.text for p in article.paragraphs]


# ---------------------------------------------------------------- a paragraph without its full stop is no caption
@pytest.mark.parametrize(
    "line",
    [
        "Bookings open in March and can be made through the tourist office or online at calecainns.example",
        "Tickets for the ferry must be bought at the harbour office before noon on the day",
    ],
)
def test_a_paragraph_lacking_its_full_stop_among_short_titles_stays_a_paragraph(line: str) -> None:
    page = [
        "Three days on the slow coast road",
        "By Maya Rennick",
        _DATE,
        "The road south from Caleta hugs the cliffs for sixty miles, and nobody drives it in a hurry.",
        "We left at dawn with a full tank and a bag of oranges from the market.",
        "Where to stay",
        "The inn by the quay has four rooms, each with a view of the fishing boats.",
        "Rooms cost 60 euros a night with breakfast, and the owner cooks dinner on request.",
        line,
        "The inn closes from November to February, when the ferries stop running.",
        "Getting there",
        "Buses leave Caleta twice a day and take four hours to reach Punta Brava.",
        "The last bus back leaves at six, and the drivers do not wait for stragglers.",
    ]
    article = _parse(page)
    assert not article.captions
    assert line in [p.text for p in article.paragraphs]


# ---------------------------------------------------------------- a programme's times are no live blog's stamps
@pytest.mark.parametrize(
    "times",
    [pytest.param(("10am", "2pm", "9:30pm"), id="am and pm"), pytest.param(("9am", "12:30pm", "8pm"), id="noon")],
)
def test_a_programme_keeps_its_times(times: tuple[str, str, str]) -> None:
    items = [
        ("Parade sets off", "The parade leaves the town hall and follows the harbour wall to the pier."),
        ("Regatta", "Sixty boats will race from the pier to the lighthouse and back, the first start at noon."),
        ("Fireworks", "The display will be fired from a barge in the outer harbour and seen from the whole seafront."),
    ]
    page = "\n\n".join(
        [
            "Harbour festival returns this weekend",
            "By Tom Hale",
            _DATE,
            "The Port Adair harbour festival returns on Saturday after a two-year break, with a parade and a regatta.",
            "Organiser Ann Lee said she expected 20,000 visitors to come to the harbour over the day.",
            "Here is the day's programme.",
        ]
    )
    for time, (title, text) in zip(times, items, strict=True):
        page += f"\n\n{time}\n{title}\n{text}"
    page += "\n\nRoads around the harbour will close from early morning, police said.\n"
    article = articlecli.parse(page)
    assert [h.text for h in article.headings] == list(times)
    assert not [r.text for r in article.removed if r.text in times]


# ---------------------------------------------------------------- a menu row is no headline, however short the page
@pytest.mark.parametrize(
    "row",
    [
        "Home | News | Sport | Business | Weather",
        "Home | Local News | Sport | What's On",
        "Home / News / Sport / Weather",
    ],
)
def test_a_menu_row_over_the_title_is_no_headline(row: str) -> None:
    head = "Westfield Rovers sign Lund on three-year deal"
    page = "\n".join(["Harbour Herald", row, head, "By Kofi Mensah", _DATE]) + "\n\n"
    page += "Westfield Rovers have signed striker Jonas Lund on a three-year deal.\n\n"
    page += '"This is the club I wanted," Lund said.\n'
    assert articlecli.parse(page).headline == head


@pytest.mark.parametrize(
    ("bar", "head", "signed"),
    [
        ("Ferry Strike Ends | Harbour Herald | March 4, 2025", "Ferry Strike Ends After Nine Days", False),
        ("Port Adair Athletic | Sport | March 4, 2025", "Late goal keeps Athletic up", False),
        ("Kadri Tamm | Opinion | March 4, 2025", "Why the ferry strike ended", True),
        ("Ada Brenner | Opinion | March 4, 2025", "Ada Brenner: why I left the council", True),
    ],
)
def test_a_date_bar_names_its_writer_only(bar: str, head: str, signed: bool) -> None:
    assert (name_in_date_bar(bar, head) is not None) is signed


# A second review of a day's rules found these (each line written for the test).
@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("Updated 04/11/2024 16:20 EDT", "2024-04-11T16:20-04:00"),
        ("03/05/2024 10:30 ET", "2024-03-05T10:30-05:00"),
        ("08/05/2024 14:32", "2024-05-08T14:32"),
    ],
)
def test_a_us_zone_after_a_24_hour_clock_keeps_a_slashed_date_month_first(date_line: str, published: str) -> None:
    page = f"Harbour bridge to reopen\n\nBy Jo Lee\n\n{date_line}\n\nThe bridge will reopen on Friday.\n"
    found = articlecli.parse(page).published
    assert found is not None and found.iso == published


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share your views on the draft plan at one of our four drop-in sessions, the council said.", None),
        ("Tell us what you think of our market square, the leaflet adds.", None),
        ("Have your say: should the market move? Let us know in the comments below.", "invitation"),
        ("Share your views: email us at letters@gazette.example", "invitation"),
    ],
)
def test_a_reader_prompt_is_the_sites_only_with_its_comments_or_mail(line: str, kind: str | None) -> None:
    from articlecli.classify.tail import furniture_kind

    assert furniture_kind(line) == kind


# A third review: a picture's credit over a related box, a list's last row over a subheading, a caption as the deck.
_ORCHARD = [
    "Inside the old mill orchard",
    "By Tomas Ruiz",
    "Sunday 14 April 2024",
    "Pears have been grown on the slopes above Denholm since the mill was built.",
    "Wenna Tolver, 79, still prunes the trees her father planted before the war.",
]
_ORCHARD_END = [
    "Late frosts have cost the orchard half its blossom in three of the last five years.",
    '"The trees are older than I am," she says.',
]


@pytest.mark.parametrize(
    ("caption", "credit", "box"),
    [
        ("Wenna Tolver among the pear trees above Denholm.", "TOMAS RUIZ", ["Read more", "Denholm perry wins a prize"]),
        ("The mill pond at dawn.", "NINA OKAFOR", ["Read more", "Why the mill closed in 1961"]),
        ("Wenna Tolver with her pruning saw.", "KARL BRANDT", ["Related", "Pear blossom arrives early"]),
    ],
)
def test_a_credit_over_a_related_box_credits_the_caption_above(caption: str, credit: str, box: list[str]) -> None:
    article = articlecli.parse("\n".join([*_ORCHARD, caption, credit, *box, *_ORCHARD_END]) + "\n")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert credit not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("spaced", [False, True], ids=["glued", "spaced"])
@pytest.mark.parametrize(
    ("label", "rows", "subheading"),
    [
        ("Goals:", ["Ames 12", "Hale 40", "Ames 88"], "How it turned"),
        ("Tries:", ["Okoro 7", "Lund 55"], "The turning point"),
        ("Scorecard:", ["Millbrook 212-8", "Denholm 190"], "Rain stops play"),
    ],
)
def test_a_list_mid_story_does_not_take_the_subheading_under_it(
    label: str, rows: list[str], subheading: str, spaced: bool
) -> None:
    page = [
        "Millbrook win the derby to go top",
        "By Nadia Okoro",
        "Saturday 9 March 2024",
        "Millbrook climbed to first in the county league after a late goal from Ames gave them victory over Denholm.",
        "Denholm had led at the break through Hale and Okoro, but Millbrook came back strongly with Lund.",
        label,
        *rows,
        subheading,
        "The home side changed their shape at half-time and pressed much higher up the pitch.",
        '"We found our feet," the Millbrook captain said.',
    ]
    article = articlecli.parse(("\n\n" if spaced else "\n").join(page) + "\n")
    assert subheading not in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    "caption",
    [
        "Workers inspect the damaged section of the Denholm sea wall on Wednesday morning after the storm",
        "Volunteers gather on the Denholm sea wall to clear debris left by the storm on Tuesday",
        "Council engineer Ada Rowe (left) at the breach in the Denholm sea wall after the storm",
    ],
)
def test_a_caption_with_no_credit_under_the_date_is_no_deck(caption: str) -> None:
    story = [
        "The sea wall at Denholm will be rebuilt at a cost of £3 million, the county council said on Wednesday.",
        "The wall was breached in two places during Tuesday's storm.",
        '"We will rebuild it stronger," council leader Ruth Abel said.',
    ]
    article = _parse(["Denholm sea wall to be rebuilt after storm", "By Jo Penrose", "14 March 2024", caption, *story])
    assert article.deck is None


def test_an_unclosed_summary_under_the_date_is_still_the_deck() -> None:
    deck = "Mooring fees at Denholm rose by a fifth as the harbour board moved to clear its storm debts"
    story = [
        "The harbour board voted late on Monday to raise mooring fees at Denholm by a fifth from April.",
        '"We have held fees for six years," said board chair Oriel Tamsett.',
    ]
    article = _parse(["Denholm mooring fees rise by a fifth", "By Jo Penrose", "14 March 2024", deck, *story])
    assert article.deck == deck
