"""Classes of pages the fourteenth probe set (tests/probes, FOURTEENTH_PAGES in test_probes.py) showed the parser
missing, where the byline and the headline are hard: a body signing an editorial or an agencies' rewrite
without "By" (`Editorial Board`, `Staff and agencies`); a newsletter's issue label over a title of two short
sentences, each with its full stop; a review's address and opening hours between the standfirst and the byline;
an opinion column signed only in its author box after the story (the name alone over `Name is a ...`); a
letters prompt after the story. Each page here is written from scratch, and each is read printed a line a
block and with a blank line between every two lines (both occur in copies of real pages).
"""

from __future__ import annotations

import pytest

import articlecli
from articlecli.classify.tail import furniture_kind

_BODY = """
Ferry workers walked off the job on Monday, halting deliveries of food and fuel to the outer islands.
The union said the strike would last until the operator agreed to a new pay offer for its crews.
The operator said it had offered a four percent rise and would meet union leaders again on Wednesday.
Shops on the outer islands said they had bread and milk for two more days at most.
"""

SPACINGS = [pytest.param(False, id="a line a block"), pytest.param(True, id="blank lines between")]


def _spaced(page: str, spaced: bool) -> str:
    return "\n\n".join(line for line in page.split("\n") if line) + "\n" if spaced else page


def _page(*header: str, tail: str = "", spaced: bool = False) -> str:
    return _spaced("\n".join(header) + _BODY + tail, spaced)


# (header lines, authors): a body that signs for the paper or for the agencies it rewrote, alone under the title
DESK_BYLINES = [
    pytest.param(
        ("Opinion", "The ferry strike must end this week", "Editorial Board", "March 12, 2021"),
        ["Editorial Board"],
        id="an editorial board",
    ),
    pytest.param(
        ("World", "Ferry strike halts island deliveries", "Staff and agencies", "Tue 12 Mar 2021 09.41 GMT"),
        ["Staff and agencies"],
        id="staff and agencies",
    ),
    pytest.param(
        ("Ferry strike halts island deliveries", "Staff and wire reports", "March 12, 2021"),
        ["Staff and wire reports"],
        id="staff and wire reports",
    ),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize(("header", "authors"), DESK_BYLINES)
def test_a_body_signing_alone_is_the_byline(header: tuple[str, ...], authors: list[str], spaced: bool) -> None:
    article = articlecli.parse(_page(*header, spaced=spaced))
    assert [a.name for a in article.authors] == authors
    assert article.headline == header[-3]


_TITLE = "The ferries are back. The crews aren't."
_SUBTITLE = "Four islands have had no evening crossing since March. The operator says it cannot find deckhands."

# (the line over the title): an issue's label, or nothing; the title is two short sentences with full stops
ISSUE_LABELS = [
    pytest.param(None, id="no label"),
    pytest.param("Issue No. 112", id="'Issue No.'"),
    pytest.param("Issue #48", id="'Issue #'"),
    pytest.param("Vol. 4, No. 12", id="volume and number"),
    pytest.param("Edition No. 31", id="'Edition No.'"),
    pytest.param("Volume 2 · Part 7", id="volume and part"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("label", ISSUE_LABELS)
def test_a_title_of_two_short_sentences_over_its_subtitle(label: str | None, spaced: bool) -> None:
    header = ("Island Notes", "Archive", *([label] if label else []), _TITLE, _SUBTITLE, "Words by Mia Lund")
    article = articlecli.parse(_page(*header, "March 12, 2021", "5 min read", spaced=spaced))
    assert (article.headline, article.deck) == (_TITLE, _SUBTITLE)
    assert [a.name for a in article.authors] == ["Mia Lund"]


# a review's fact lines between its standfirst and its byline: the place's name, rating, address, kind, hours
REVIEW_FACTS = [
    pytest.param(("14 Quay Street, Westport", "Open Wed–Sun, 5–10 p.m."), id="street address, then hours"),
    pytest.param(("220 Harbour Ave.", "Hours: 7am–3pm daily"), id="abbreviated avenue, labelled hours"),
    pytest.param(("3 Mill Lane; millhouse.example", "Open Monday to Saturday, noon to 9 p.m."), id="lane and site"),
    pytest.param(("8 Harbour Rd, Port Adair", "Open Tue–Sat, 6–11 p.m."), id="abbreviated road and town"),
    pytest.param(("41 Ocean Drive, Kingsport", "Hours: 11am–10pm daily"), id="drive and town"),
    pytest.param(("9 Fish Market St", "Open Thursday to Sunday, 5 to 10 p.m."), id="abbreviated street alone"),
]


# ... and a title that opens like one of them stays the headline
TITLES_LIKE_FACTS = [
    "Open 24 hours: the harbour diner that never closes",
    "Closed 3 years, the lido reopens for the summer",
    "10 Downing Street denies the ferry deal",
    # a feature's title of a figure and capitalised words ending in a street's word, with no place after it and
    # the word in full: no address
    "40 Years On The Road",
    "30 Years On Mill Lane",
    "24 Hours In Harbour Square",
    "7 Nights On Ocean Drive",
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("title", TITLES_LIKE_FACTS)
def test_a_title_shaped_like_a_fact_line_stays_the_headline(title: str, spaced: bool) -> None:
    article = articlecli.parse(_page(title, "By Mia Lund", "March 12, 2021", spaced=spaced))
    assert article.headline == title


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("facts", REVIEW_FACTS)
def test_a_reviews_fact_lines_are_neither_headline_nor_standfirst(facts: tuple[str, str], spaced: bool) -> None:
    title = "At the Mill House, the chowder is worth the queue"
    deck = "A small harbourside room serves the best fish in town, if you can get a table."
    address, hours = facts
    header = ("REVIEW", title, deck, "★★★☆", "3 out of 4 stars", "The Mill House", address, "Seafood | $$", hours)
    article = articlecli.parse(
        _page(*header, "Written by Mia Lund | Restaurant Critic", "March 12, 2021", spaced=spaced)
    )
    assert (article.headline, article.deck) == (title, deck)
    assert [a.name for a in article.authors] == ["Mia Lund"]


# the story's last paragraph, then an author box: the writer's name alone over a bio of them
_AUTHOR_BOX = """Harbour pilots deserve better than this
The port saved money on training. Now it is paying for it.
March 12, 2021
For 31 years I brought ships into Westport harbour, in fog, in gales and at night.
Last winter the port cut the training budget for new pilots by half, to save $90,000 a year.
Since then two ships have touched the bottom of the channel, and one lost a day in dry dock.
The port should restore the budget this spring, before a third ship finds the shoal.
{name}
{name} is a retired harbour pilot and a member of the port's safety committee.
The views expressed in this column are the author's own.
"""

AUTHOR_BOX_NAMES = [
    pytest.param("Colm Ferriday", id="a given name the lexicon lacks"),
    pytest.param("Harriet Vance", id="a known given name"),
]


@pytest.mark.parametrize("spaced", SPACINGS)
@pytest.mark.parametrize("name", AUTHOR_BOX_NAMES)
def test_an_author_box_after_the_story_names_the_writer(name: str, spaced: bool) -> None:
    article = articlecli.parse(_spaced(_AUTHOR_BOX.format(name=name), spaced))
    assert [a.name for a in article.authors] == [name]
    assert article.headings == ()
    assert name not in [p.text for p in article.paragraphs]


# (line, kind): an opinion page's prompt to write in, after the story, is the site's invitation (`furniture_kind`)
LETTERS_PROMPTS = [
    ("Have something to say? Submit a letter to the editor.", "invitation"),
    ("Have something to say about this column? Tell us in a letter to the editor.", "invitation"),
    ("Send a letter to the editor of no more than 200 words.", "invitation"),
    ("Write a letter to the editor or submit a guest column.", "invitation"),
    ("Submit a guest column on a local issue of up to 650 words.", "invitation"),
    ("Submit an op-ed through the form on our opinion page.", "invitation"),
    # ... and the story's own lines about letters stay
    ("Residents sent a letter to the council asking for a second crossing.", None),
    ("Write-in votes decided the harbour board seat, the clerk said.", None),
]


@pytest.mark.parametrize(("line", "kind"), LETTERS_PROMPTS, ids=[k[0][:40] for k in LETTERS_PROMPTS])
def test_a_letters_prompt_is_the_sites_invitation(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind
