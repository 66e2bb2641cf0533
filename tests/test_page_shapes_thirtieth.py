"""Service journalism and structured bodies (the thirtieth probe set: an explainer, a how-to, a shopping roundup, a
travel guide, a recipe, a live blog, a "what we know" update and an election guide): lists and boxes set in the
story whatever the page's spacing, captions with no credit told by their place, and subheadings of many shapes.

Each case is a page written from scratch around one class (its id names it, as the commit that added the rule
does), in other words, outlets and orders than the probe pages'.
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.tail import furniture_kind

_HEADER = (
    "Harbour Weekly",
    "Food",
    "A slow-cooked bean stew for the first cold week of autumn",
    "By Marta Oyelaran-Fisk",
    "October 3, 2024",
)
_OPENING = (
    "When the nights draw in at the market in Kellhaven, the stall holders start cooking beans again.",
    "This is the stew Rosa Almeida makes in the back of her bakery, and she was happy to share it with readers.",
)
_CLOSING = (
    "Leave the stew to rest for ten minutes before serving, and keep any leftovers in the fridge for three days.",
    "It freezes well, and Almeida says it tastes better on the second day than on the first.",
)
_FOOTER = ("More from Food", "Five soups for a wet weekend", "Contact us", "© 2024 Harbour Weekly")


def _spaced(*middle: str) -> str:
    """A page printed a block a line: a blank line between every two lines, the story's lists too."""
    return "\n\n".join((*_HEADER, *_OPENING, *middle, *_CLOSING, *_FOOTER)) + "\n"


def _parse(page: str) -> tuple[list[str], list[str]]:
    article = articlecli.parse(page)
    return [p.text for p in article.paragraphs], [h.text for h in article.headings]


# a list of the story set a block a line (quantities, times, dates, codes): one row a paragraph, the story going on
# under it; a short line with no shape under a row is the list's (its last row, a row between); its label a
# subheading
SET_APART_LISTS = [
    pytest.param(
        (
            "What you need",
            "400g dried butter beans, soaked overnight",
            "2 onions, sliced",
            "3 cloves garlic",
            "Olive oil",
            "1 tsp smoked paprika",
            "A bay leaf",
        ),
        ("What you need",),
        id="ingredients, a line with no quantity among them and last",
    ),
    pytest.param(
        (
            "Market hours",
            "7am to 9am: fish and shellfish",
            "9am to noon: fruit and vegetables",
            "noon to 3pm: hot food and bakers",
            "3pm to 5pm: flowers and plants",
        ),
        ("Market hours",),
        id="a day's hours, each a time and what it is for",
    ),
    pytest.param(
        (
            "Dates for the diary",
            "October 12 – Harvest fair on the quay",
            "November 2 – Lantern walk from the church",
            "December 7 – Christmas market opens",
        ),
        ("Dates for the diary",),
        id="a schedule of dates with dashes",
    ),
    pytest.param(
        ("For the sauce", "2 tbsp tomato paste", "½ tsp chilli flakes", "250ml vegetable stock", "Salt and pepper"),
        ("For the sauce",),
        id="a sub-list's label over quantities and fractions",
    ),
]


@pytest.mark.parametrize(("box", "headings"), SET_APART_LISTS)
def test_a_list_set_a_block_a_line_is_the_story_s(box: tuple[str, ...], headings: tuple[str, ...]) -> None:
    paragraphs, found = _parse(_spaced(*box))
    assert [h for h in found if h in box] == list(headings)
    rows = [line for line in box if line not in headings]
    assert [p for p in paragraphs if p in box] == rows
    assert paragraphs[-2:] == list(_CLOSING)  # the story goes on under the list


@pytest.mark.parametrize("title", ["How to apply", "Where to buy tickets"])
def test_a_subheading_under_a_schedule_set_a_block_a_line(title: str) -> None:
    """A short line with no shape under a schedule's last row, over running text, is the next section's title."""
    box = (
        "October 12: Harvest fair on the quay",
        "November 2: Lantern walk from the church",
        "December 7: Christmas market opens",
        title,
    )
    paragraphs, headings = _parse(_spaced(*box))
    assert headings == [title]
    assert [p for p in paragraphs if p in box] == list(box[:3])


def test_a_page_set_a_block_a_line_does_not_make_links_rows() -> None:
    """Links set a block each, opening with a word and holding separators ("(Graphic: ... - here)"), stay out."""
    links = ("(Chart: Bean prices this year - here)", "(Map: Where the stalls are - here)", "(Table: Prices - here)")
    paragraphs, _ = _parse(_spaced(*links))
    assert not any(p in links for p in paragraphs)


# a reader prompt with its label, inviting comments: the site's, not a sentence of the story
READER_PROMPTS = [
    pytest.param("Have your say: should the market open on Sundays? Let us know in the comments below.", "invitation"),
    pytest.param("Share your views on the new stalls in the comments.", "invitation"),
    pytest.param("Tell us what you think: leave a comment below.", "invitation"),
    pytest.param("Have your say on the draft market plan at the town hall until Friday.", None),
    pytest.param("Residents can have your say forms at the library, the council said.", None),
]


@pytest.mark.parametrize(("line", "kind"), READER_PROMPTS)
def test_a_reader_prompt_inviting_comments_is_furniture(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


# a shopping roundup whatever its spacing (none at all, or a blank line between every two lines): each item's name
# over its blurb over its box (prices or shops, a button) is a subheading, the box removed, an award label above
# the name the item's, and the story goes on through every item to its closing section
_ROUNDUP_HEAD = (
    "Shelf Life",
    "Reviews",
    "The best cordless vacuums for small flats, tested on cat hair and crumbs",
    "Six weeks, four floors and one very hairy cat later, these are the ones worth the cupboard space.",
    "By Tomasz Wielgosz-Hart",
    "March 8, 2024",
    "We tested eleven cordless vacuums in a one-bedroom flat with rugs, floorboards and a long-haired cat.",
)
_ROUNDUP_TAIL = (
    "How we tested",
    "Every vacuum cleaned the same rug after we scattered a measured cup of oats, and we timed each battery from full.",
    "Read next",
    "The best air purifiers for hay fever",
    "© 2024 Shelf Life",
)
ROUNDUP_ITEMS = [
    pytest.param(
        (
            (
                "Top pick",
                "Brenner Featherlite V8",
                "The lightest we tried, and it still lifted every oat from the rug.",
                "£199 at Domus",
                "View deal",
            ),
            (
                "Best budget",
                "Kallio Sweep 2",
                "For under £100 it did the job, though the bin needs emptying often.",
                "£89 at Homeware Direct",
                "£92 at Kestrel",
                "Check price",
            ),
            (
                "Also great",
                "Ostrava PetPro",
                "Its motorised head pulled cat hair from the sofa in one pass.",
                "£249 at Ostrava",
                "Buy now",
            ),
        ),
        id="an award label over each name, one box with two shops",
    ),
    pytest.param(
        (
            (
                "Lund Compact",
                "Image: Lund",
                "It stands on its own in a corner and charges on the wall mount.",
                "It is loud on its top setting, about as loud as a hairdryer.",
                "$149 at Cartwell",
                "Buy now",
            ),
            (
                "Marrow Stick 3",
                "The battery lasted 41 minutes on its lowest setting, the longest of the group.",
                "$179 at Shoply",
                "Shop now",
            ),
        ),
        id="a credit under a name, two paragraphs, no award labels",
    ),
]


@pytest.mark.parametrize("spaced", [pytest.param(False, id="no blank lines"), pytest.param(True, id="blank lines")])
@pytest.mark.parametrize("items", ROUNDUP_ITEMS)
def test_a_roundup_s_items_whatever_the_spacing(items: tuple[tuple[str, ...], ...], spaced: bool) -> None:
    lines = [*_ROUNDUP_HEAD]
    for item in items:
        lines += item
    page = ("\n\n" if spaced else "\n").join((*lines, *_ROUNDUP_TAIL)) + "\n"
    paragraphs, headings = _parse(page)
    names = [line for item in items for line in item if line in _NAMES]
    assert headings == [*names, "How we tested"]
    blurbs = [line for item in items for line in item if len(line.split()) > 8]
    assert paragraphs == [_ROUNDUP_HEAD[-1], *blurbs, _ROUNDUP_TAIL[1]]


_NAMES = ("Brenner Featherlite V8", "Kallio Sweep 2", "Ostrava PetPro", "Lund Compact", "Marrow Stick 3")


# a description with no full stop closing a section right above the next subheading is a picture's caption, past an
# ad slot or a label between them, and after an item's box to buy it as after a paragraph
CAPTIONS_OVER_SUBHEADINGS = [
    pytest.param(
        ("The harbour steps at Kellhaven at high water", "Advertisement", "Where to eat"),
        "The harbour steps at Kellhaven at high water",
        id="past an ad slot",
    ),
    pytest.param(
        ("A stall holder weighs out beans at the Saturday market", "ADVERTISEMENT", "Getting there"),
        "A stall holder weighs out beans at the Saturday market",
        id="past an ad slot in capitals",
    ),
]


@pytest.mark.parametrize("spaced", [pytest.param(False, id="no blank lines"), pytest.param(True, id="blank lines")])
@pytest.mark.parametrize(("middle", "caption"), CAPTIONS_OVER_SUBHEADINGS)
def test_a_description_over_the_next_subheading_is_a_caption(
    middle: tuple[str, ...], caption: str, spaced: bool
) -> None:
    lines = (*_HEADER, *_OPENING, *middle, *_CLOSING, *_FOOTER)
    article = articlecli.parse(("\n\n" if spaced else "\n").join(lines) + "\n")
    assert [c.text for c in article.captions] == [caption]
    assert [h.text for h in article.headings] == [middle[-1]]


@pytest.mark.parametrize("spaced", [pytest.param(False, id="no blank lines"), pytest.param(True, id="blank lines")])
def test_a_description_after_an_item_s_box_is_a_caption(spaced: bool) -> None:
    item = (
        "Ostrava PetPro",
        "Its motorised head pulled cat hair from the sofa in one pass.",
        "£249 at Ostrava",
        "Buy now",
        "The PetPro's head with its rubber fins turned towards the camera",
    )
    after = (
        "Marrow Stick 3",
        "The battery lasted 41 minutes on its lowest setting, the longest of the group.",
        "$179 at Shoply",
        "Shop now",
    )
    article = articlecli.parse(
        ("\n\n" if spaced else "\n").join((*_ROUNDUP_HEAD, *item, *after, *_ROUNDUP_TAIL)) + "\n"
    )
    assert [c.text for c in article.captions] == [item[-1]]
    assert [h.text for h in article.headings] == ["Ostrava PetPro", "Marrow Stick 3", "How we tested"]


# a line in capitals glued under a sentence is a credit ("GETTY"), unless it titles what is glued under it: a
# sign-up box's pitch, or a list's rows
CAPITALS_UNDER_A_SENTENCE = [
    pytest.param(
        ("THE BEAN COUNTER", "Sign up for our weekly food newsletter, delivered every Friday."),
        None,
        id="a newsletter box's title over its pitch",
    ),
    pytest.param(
        ("WHAT YOU NEED", "400g dried butter beans", "2 onions, sliced", "1 tsp smoked paprika"),
        None,
        id="a list's title over its rows",
    ),
    pytest.param(
        ("MORE FROM FOOD", "Five soups for a wet weekend", "A cheap supper from the freezer"),
        None,
        id="a box of links' title over its titles",
    ),
    pytest.param(("STATISTA",), "STATISTA", id="a credit over the next paragraph"),
]


@pytest.mark.parametrize(("lines", "credit"), CAPITALS_UNDER_A_SENTENCE)
def test_a_line_in_capitals_over_what_it_titles_is_no_credit(lines: tuple[str, ...], credit: str | None) -> None:
    sentence = "Prices of dried beans at the Kellhaven market have risen by a fifth since the spring."
    page = "\n".join((*_HEADER, *_OPENING, sentence, *lines, *_CLOSING, *_FOOTER)) + "\n"
    article = articlecli.parse(page)
    assert [c.credit for c in article.captions] == ([credit] if credit else [])


# a live blog's post title under its time stamp, over the post's text, that reads as a credit ("Reader photos"): the
# post's title, for no picture stands between a time stamp and its post
_BLOG_HEAD = (
    "Valley Courier",
    "Live",
    "Storm Brannagh live: rail lines closed and schools shut across the valley",
    "By Iona Marsh-Whitlock",
    "Tuesday 12 November 2024",
)


@pytest.mark.parametrize("title", ["Reader photos", "Staff photos", "Readers' photos"])
@pytest.mark.parametrize("spaced", [pytest.param(False, id="no blank lines"), pytest.param(True, id="blank lines")])
def test_a_post_title_read_as_a_credit_under_a_time_stamp(title: str, spaced: bool) -> None:
    posts = (
        "9:40 a.m.",
        "Rail lines closed north of Kellhaven",
        "Valley Rail says no trains will run north of Kellhaven until the afternoon after a tree fell on the line.",
        "9:15 a.m.",
        title,
        "Send your pictures of the storm to the newsroom, but please do not put yourself at risk to take them.",
        "8:50 a.m.",
        "Schools shut",
        "Twelve primary schools in the valley have closed for the day, the education board said this morning.",
    )
    page = ("\n\n" if spaced else "\n").join((*_BLOG_HEAD, *posts, "Share this article", "© Valley Courier")) + "\n"
    article = articlecli.parse(page)
    assert title in [h.text for h in article.headings]
    assert not article.captions


# a short title over a sign-up box's pitch is the box's, not a subheading of the story
@pytest.mark.parametrize(
    "box",
    [
        ("THE BEAN COUNTER", "Sign up for our weekly food newsletter, delivered every Friday.", "Sign up"),
        ("Morning Briefing", "Get the day's top stories in your inbox. Sign up for our newsletter.", "Subscribe"),
    ],
)
def test_a_title_over_a_sign_up_pitch_is_no_subheading(box: tuple[str, ...]) -> None:
    paragraphs, headings = _parse("\n\n".join((*_HEADER, *_OPENING, *box, *_CLOSING, *_FOOTER)) + "\n")
    assert headings == []
    assert paragraphs == [*_OPENING, *_CLOSING]


# a list closing the story under a label closed by a colon, its rows repeating the story's names: the story's (the
# label a subheading, each row a paragraph), printed a block a line or glued; a box of links under "Read also:" is not
_FIRE = (
    "Valley Courier",
    "What we know about the Quarry Lane depot fire",
    "By Iona Marsh-Whitlock",
    "Tuesday 12 November 2024",
    "Crews from Kellhaven and Brannagh fought the fire at the bus depot on Quarry Lane for six hours overnight.",
    "Nobody was hurt. The county said the depot's 40 buses would be replaced by coaches from Wednesday.",
)
_FIRE_TAIL = (
    "This is a developing story. Check back later for updates.",
    "Copyright 2024 Valley Courier. All rights reserved. This material may not be republished without permission.",
    "Trending",
    "Kellhaven man jailed for depot thefts",
    "© 2024 Valley Courier",
)
CLOSING_LISTS = [
    pytest.param(
        ("Road closures:", "Quarry Lane between Mill Street and the ring road", "Depot Road from Kellhaven Bridge"),
        True,
        id="road closures",
    ),
    pytest.param(
        ("Replacement coaches:", "Route 4 from Kellhaven bus station every 20 minutes", "Route 9 from Brannagh square"),
        True,
        id="replacement services",
    ),
    pytest.param(
        ("Read also:", "Kellhaven bus fares to rise in January", "Brannagh school run changes after complaints"),
        False,
        id="a box of links under its label",
    ),
]


@pytest.mark.parametrize("spaced", [pytest.param(False, id="no blank lines"), pytest.param(True, id="blank lines")])
@pytest.mark.parametrize(("box", "story"), CLOSING_LISTS)
def test_a_list_under_a_colon_label_closing_the_story(box: tuple[str, ...], story: bool, spaced: bool) -> None:
    page = ("\n\n" if spaced else "\n").join((*_FIRE, *box, *_FIRE_TAIL)) + "\n"
    paragraphs, headings = _parse(page)
    assert [p for p in paragraphs if p in box[1:]] == (list(box[1:]) if story else [])
    assert paragraphs[: len(_FIRE) - 4] == list(_FIRE[4:])
    if story and spaced:
        assert headings == [box[0]]
