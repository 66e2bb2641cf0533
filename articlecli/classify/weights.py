"""The headline's named weights: what makes a header line the headline, each with the page it applies to
(`headline.headline_score` adds them up; `--explain` prints their names)."""

from __future__ import annotations

from . import examples as ex


class Weight:
    """How much a piece of evidence counts, and a page where it applies (the line weighed marked "> ":
    tests/test_headline.py runs each)."""

    __slots__ = ("example", "value")

    def __init__(self, value: float, example: str) -> None:
        self.value = value
        self.example = example


_H = ex.HEADLINE
header = ex.header

# What makes a header line the headline: each named weight is added to a candidate's score when its
# test holds (`headline_score`), and the score keeps the names (`--explain` prints them).
HEADLINE_WEIGHTS: dict[str, Weight] = {
    "four-words-or-more": Weight(1.0, header(f"> {_H}", "By Jane Doe")),
    "three-words": Weight(0.0, header("> Harbour Library Closes", "By Jane Doe")),
    "two-words": Weight(-2.0, header("> Library Closes", "By Jane Doe")),
    # plain copy, not a page's menu
    "short-title-opening-the-text": Weight(1.0, header("> Library Closes", "By Jane Doe")),
    "over-forty-words": Weight(
        -2.0, header("> " + " ".join(["council votes on the harbour library"] * 7), "By Jane Doe")
    ),
    # as the page's title: also a headline that asks and answers ("Is X? Firms say yes")
    "printed-again": Weight(2.0, header(f"{_H} | Harbour Herald", "News", f"> {_H}", "By Jane Doe")),
    "all-caps-short": Weight(-1.5, header("> HARBOUR LIBRARY NEWS", "By Jane Doe")),
    "all-caps": Weight(-0.3, header(f"> {_H.upper()}", "By Jane Doe")),
    "ends-like-a-sentence": Weight(
        -1.5, header("> The council met on Tuesday. It voted to close the library.", "By Jane Doe")
    ),
    "sentence-inside": Weight(-1.2, header("> Council meets. Library to close", "By Jane Doe")),
    # "Ann Lee and Omar Pike are married! See the photos": an exclamation inside a line is a title's, no sentence
    "exclaims": Weight(0.0, header("> Ann Lee and Omar Pike are married! See the first photos", "By Jane Doe")),
    # "Did parking get cheaper? Not after six": a question and its short answer, a title's shape
    "asks-and-answers": Weight(0.0, header("> Did harbour fees really double? Not for most boats", "By Jane Doe")),
    "full-stop": Weight(-0.7, header("> The harbour library will close at the end of the year.", "By Jane Doe")),
    # "Breaking -", "Exclusive:": a label over the headline
    "kicker-end": Weight(-2.0, header("> News from the harbour -", _H, "By Jane Doe")),
    # "In pictures: ...": a promo for a gallery, or the title of a photo story (its standfirst and byline
    # under it say which)
    "gallery-title": Weight(-1.0, header("> In pictures: the harbour library's last day", "By Jane Doe")),
    # the nearest anchor below: its own line, or the body when there is none
    "above-byline": Weight(1.5, header(f"> {_H}", "By Jane Doe")),
    "above-name": Weight(1.2, header(f"> {_H}", "Jane Doe")),
    # shared between the date lines of the header
    "above-date": Weight(1.0, header(f"> {_H}", "12 March 2024")),
    "above-weak-name": Weight(0.6, header(f"> {_H}", "Jorunn Vasquez")),
    "above-body": Weight(0.5, header(f"> {_H}")),
    # headline, standfirst (or summary points), byline: the usual order
    "deck-or-summary-between": Weight(
        0.3, header(f"> {_H}", "The roof costs too much to mend, the council says.", "By Jane Doe")
    ),
    # for each unread line between it and its anchor (up to MAX_GAP of them)
    "line-between": Weight(-0.4, header(f"> {_H}", "Harbour weather report", "By Jane Doe")),
    "in-list-of-links": Weight(
        -2.0,
        header(
            "Home",
            "> Bus fares to rise in the spring",
            "Harbour cafe wins a national award",
            "New ferry route opens",
            _H,
        ),
    ),
    # evidence that holds across sites: printed again, its words back in the story, what it is not
    # at the end of share text ("... for: <title>") or of a breadcrumb
    "printed-after-a-label": Weight(2.0, header(f"> {_H}", "By Jane Doe", f"Share All sharing options for: {_H}")),
    # times the share of its content words in the first paragraphs
    "words-back-in-the-story": Weight(1.5, header(f"> {_H}", "By Jane Doe")),
    # the text opens with it
    "first-line": Weight(0.5, header(f"> {_H}", "By Jane Doe")),
    # a name, maybe with a role: more likely a byline
    "name-shaped": Weight(-1.5, header("> Storm Batters Harbor Town", "12 March 2024")),
    # the subject of an obituary or tribute printed under its title with the years of a life: a title only
    # when nothing better is printed
    "life-years": Weight(-1.5, header(_H, "> Harold Brennan, mayor of Harbourton, 1939-2024", "By Jane Doe")),
    # "Ann Lee obituary", "Obituary: Ann Lee": the title of an obituary, over a standfirst of the life that is
    # longer and more sentence-like than it ("Potter whose jugs ...")
    "obituary-title": Weight(
        1.5,
        header(
            "> Ann Lee obituary",
            "Librarian who kept the harbour library open through two floods and a fire",
            "By Jane Doe",
        ),
    ),
    # "Harbour Town 2-1 Port Adair Rovers": a match's score box between the report's title and its byline (a match
    # centre with nothing better printed may be titled by it)
    "score-line": Weight(
        -2.0, header("Late goal sends Town top", "> Harbour Town 2-1 Port Adair Rovers", "By Jane Doe")
    ),
    # "And what one town did about it": the second line of a title, or a standfirst
    "continues-a-line": Weight(
        -1.0, header("Why small towns lose their libraries", "> And what one town did about it")
    ),
    # '"We are ready," the mayor said on Monday': a sentence, not a title
    "reported-speech": Weight(
        -1.0, header('> "We have run out of ways," the mayor said on Tuesday at the council', "By Jane Doe")
    ),
    # a standfirst, its words shared with the title-shaped line above it
    "under-its-title": Weight(
        -1.0, header(_H, "> The library will close as its roof costs too much to mend", "By Jane Doe")
    ),
    # an interview's standfirst ("Coach Ann Lee on the season ...") under its title, a quote alone of the interviewee
    "under-a-quoted-title": Weight(
        -2.0, header("“We train in the dark all winter”", "> Coach Ann Lee on the winter programme", "By Jane Doe")
    ),
    # a review's details under its rating, under its title ("Harbour Hall, until 9 March" under "★★★☆☆")
    "under-a-rating": Weight(-2.0, header(_H, "★★★☆☆", "> Harbour Hall, until 9 March", "By Jane Doe")),
    # a live blog's entry title, under its time stamp ("4:52 p.m.")
    "under-a-time-stamp": Weight(-2.0, header(_H, "By Jane Doe", "9:05 a.m.", "> Ferry workers walk out at dawn")),
    # under the story's section printed again as its kicker ("Politics" in the menu, "POLITICS" over the title): a
    # kicker stands over a headline, never over its standfirst
    "under-its-section-label": Weight(
        0.5,
        header("News", "Politics", "Sport", "POLITICS", f"> {_H}", "The roof costs too much to mend", "By Jane Doe"),
    ),
    # in a box of links under "See also", "More on:"
    "under-a-related-label": Weight(
        -2.5, header(_H, "By Jane Doe", "See also", "> Harbour cafe wins a national award")
    ),
}
