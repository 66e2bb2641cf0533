"""What the deck and byline choosers weigh, as named weights: the evidence each found on a line it looked at
(`Weighed.evidence`, a name from the tables below) adds up to the line's score in `--explain`.

The choosers decide by first match (`header.choose_deck`, `names.name_bylines`, ...); the weights are set
so that a line is taken exactly when its score is above zero: evidence that settles a line against it is
worth -3, more than everything else together. A name "not-a-title:KIND" is the weight "not-a-title", KIND
what the line says it is (`title_kinds.not_a_title`: widget, label, caption, date-or-time, names, ...).
"""

from __future__ import annotations

from . import examples as ex
from .weights import Weight

_H = ex.HEADLINE
_BY = ex.BYLINE
_DATE = "March 3, 2024"
_LIVE_SUMMARY = "Councillors meet tonight to vote on closing the harbour library at the end of the year."
header = ex.header
_UNCLOSED = "The harbour library will close as its roof repairs cost twice the budget"
_SHARES = "> The council will close the harbour library at the end of the year."  # the headline's words, more

# The line weighed is marked "> " in each example (tests/test_explain.py runs each).
DECK_WEIGHTS: dict[str, Weight] = {
    # where it sits: under the headline, before the byline and the dates, or after them
    # over a headline printed again as the page's title, under the menu or a breadcrumb (header.deck_over_headline)
    "over-a-title-printed-again": Weight(
        1.0, header(f"{_H} - Harbour Herald", "News › Local", f"> {ex.DECK[:-1]} on the library roof", _H, _BY)
    ),
    "before-the-byline": Weight(1.0, header(_H, f"> {ex.DECK}", _BY)),
    "after-the-byline": Weight(-1.0, header(_H, _BY, _DATE, f"> {ex.DECK}", "Share this story")),
    # a sentence: five words or more, not in capitals, no label ("...:") and no name alone
    "sentence-like": Weight(1.0, header(_H, f"> {ex.DECK}", _BY)),
    # after the byline: a long sentence with at most two unread lines under it
    "set-apart-from-the-body": Weight(1.0, header(_H, _BY, _DATE, f"> {ex.DECK}", "Share this story")),
    # after the byline: a long sentence about the headline's subject, and what is under it
    "shares-headline-words": Weight(0.5, header(_H, _BY, _SHARES, *"ABC")),
    "no-credit-under-it": Weight(0.5, header(_H, _BY, _SHARES, *"ABC")),
    "credit-under-it": Weight(
        -1.5,
        header(_H, _BY, _SHARES, "Readers leave the library on Monday. (Photo: Jane Doe/AP)", *"ABC"),
    ),
    # after the byline and before the date: "By Jo Alto" / "The LC 500 looks good with the roof off" / date
    "title-between-byline-and-date": Weight(1.0, header(_H, _BY, "> The Library Closes Its Doors Today", _DATE)),
    # after the byline or date and over another, no full stop: "By Jo Alto" / a summary / "Jo Alto" or a date
    "unclosed-between-anchors": Weight(
        2.0, header(_H, _BY, "> Readers say the council never asked them about the roof", "Jane Doe", _DATE)
    ),
    # the body's first paragraph, a summary (a sentence or two of prose), and the story opening under it
    "opens-the-body": Weight(0.25, header(_H, _DATE, f"> {ex.DECK}", "HARBOURTON, Maine (AP) — " + ex.OPENING)),
    "before-dateline": Weight(0.75, header(_H, _DATE, f"> {ex.DECK}", "HARBOURTON, Maine (AP) — " + ex.OPENING)),
    # after the byline: a sentence of the headline's words without its full stop, over the story's opening
    "unclosed-over-story": Weight(0.75, header(_H, _BY, _DATE, f"> {_UNCLOSED}", ex.OPENING)),
    "before-drop-cap": Weight(0.75, header(_H, _BY, f"> {ex.DECK}", "T\nhe town council voted on Tuesday.")),
    "above-lead-picture": Weight(
        0.75, header(_H, _DATE, f"> {ex.DECK}", "Readers at the library on Monday. Jane Doe/AP")
    ),
    "over-live-posts": Weight(
        0.75,
        "\n\n".join(
            (
                _H,
                _DATE,
                f"> {_LIVE_SUMMARY}",
                "Follow our live coverage below.",
                "10:05",
                ex.OPENING,
                "09:40",
                ex.MIDDLE,
            )
        ),
    ),
    # what settles it against: the line says it is something else
    "headline-again": Weight(-3.0, header(_H, "> Harbour Library Votes", _BY)),
    "under-a-related-label": Weight(-3.0, header(_H, "Related", "> Harbour cafe wins a national award", _BY)),
    "not-a-title": Weight(-3.0, header(_H, "> Sponsored: The harbour at dawn", _BY)),
    "a-note-credit-or-bio": Weight(-3.0, header(_H, "> Editor's note: this story was updated on Tuesday.", _BY)),
    "not-sentence-like": Weight(-3.0, header(_H, "> What the council decided on Tuesday:", _BY)),
    # the subject of a tribute with the years of a life ("Ann Lee, 1939-2024"), printed under its title
    "life-years": Weight(-3.0, header(_H, "> Ann Lee, harbour master, 1939-2024", _BY)),
    # a review's details under its rating, under its title ("★★★☆☆" / "Harbour Hall, until 9 March")
    "under-a-rating": Weight(-3.0, header(_H, "★★★☆☆", "> Harbour Hall, until 9 March", _BY)),
    # the body issuing a release, named alone under its title ("Ministry of Forests and Lands" / the date)
    "issuer-name": Weight(-3.0, header(_H, "> Ministry of Harbours and Coasts", _DATE)),
    # a match's score box under its report's title ("Harbour Town 2-1 Port Adair Rovers", "Lund 12', 80'")
    "score-line": Weight(-3.0, header(_H, "> Harbour Town 2-1 Port Adair Rovers", _BY)),
}

BYLINE_WEIGHTS: dict[str, Weight] = {
    # the line says so: "By ...", or a name beside a date (`bylines.parse_byline`)
    "says-it-is-a-byline": Weight(2.0, header(_H, f"> {_BY}")),
    # a name alone: with a given name the lexicon knows, or only a name's shape
    "known-given-name": Weight(1.0, header(_H, "> Jane Doe")),
    "name-shape": Weight(0.5, header(_H, "> Jorunn Vasquez")),
    "beside-the-header": Weight(0.5, header(_H, "> Jorunn Vasquez")),
    "away-from-the-header": Weight(-1.0, header(_H, ex.DECK, "Harbour", "> Jorunn Vasquez", "Library")),
    # a name of a name's shape only, over its job title or its paper's staff, wherever the header prints it (a
    # broadcaster's byline under the lead picture: "Jorunn Vasquez" / "Western Correspondent")
    "over-its-job-title": Weight(
        0.5, header(_H, _DATE, "Share", "The pier at dusk on Monday", "> Jorunn Vasquez", "Western Correspondent")
    ),
    # what is around it says it is an author
    "author-label-above": Weight(1.0, header(_H, "Author:", "> Jane Doe")),
    "outlet-before-a-date": Weight(1.0, header(_H, "> Harbour Herald Sport", _DATE)),
    "agency-beside-a-date": Weight(1.0, header(_H, _DATE, "> dpa")),
    "above-the-headline-and-its-date": Weight(1.0, header("> Jane Doe", "Local", "03.12.2024 09:00 AM", _H)),
    # a columnist's name as the column's label, right above the headline, a date under it, the name nowhere in
    # the story
    "columnist-over-the-headline": Weight(1.0, header("Opinion", "> Jane Doe", _H, ex.DECK, _DATE)),
    "outlet-in-a-date-line": Weight(1.0, header(_H, "> Updated on: March 3, 2024 / 9:10 AM / Harbour News")),
    "names-without-by": Weight(1.0, header(_H, "> Mia Lund and Omar Pike | Harbour Herald")),
    "desk-role-alone": Weight(1.0, header(_H, "> Staff Correspondent", _DATE)),
    "source-agency-line": Weight(1.0, header(_H, "> Source: Xinhua", _DATE)),
    "original-by-under-the-story": Weight(1.0, header(_H, _DATE) + "\n> (Japanese original by Jane Doe)\n"),
    # "Prepared by: Jane Doe, Press Office" in the box of fields closing a story that prints no byline
    "labelled-author-closing-the-story": Weight(
        1.0, header(_H, _DATE) + "\n> Prepared by: Jane Doe, Press Office\nPublished: 03.03.2024 10:40\n"
    ),
    "site-name-over-the-date": Weight(
        1.0,
        header(
            "Harbour News in English",
            _H,
            "The library's reading room on Mill Street.",
            "Source: Ann Lee/Harbour News",
            "> Harbour News",
            "03.03.2024 14:20",
        ),
    ),
    "name-and-outlet-beside-a-date": Weight(1.0, header(_H, "> Jane Doe / Reuters", _DATE)),
    "name-in-a-date-bar": Weight(1.0, header(_H, "> Jane Doe | Opinion | March 3, 2024")),
    # a byline carried over to the next line: "By Jane Doe" / "and Omar Pike"
    "byline-carried-over": Weight(1.0, header(_H, _BY, "> and Omar Pike", _DATE)),
    "names-beside-date": Weight(1.0, header(_H, "> Anna Keller, Jonas Weber (Nordpress) with agencies", _DATE)),
    "name-slash-desk": Weight(1.0, header(_H, "> Jane Doe/Senior Harbour Writer", _DATE)),
    # with no byline, a name signed with a dash under the story's last paragraph
    "signed-under-the-story": Weight(1.0, header(_H, _DATE) + "\n> — Jane Doe\n"),
    "bio-closing-the-story": Weight(
        1.0, header(_H, _DATE) + "\n> Jane Doe is a retired librarian who lives in Harbourton.\n"
    ),
    # what settles it against
    "job-title-under-a-byline": Weight(-3.0, header(_H, "Jane Doe", "> Senior Audio Editor")),
    # the site's name printed again under the byline: the writers' paper, not a second author
    "outlet-under-a-byline": Weight(
        -3.0, header("Harbour Radio", _H, "Jane Doe", "> Harbour Radio News, Eastbay", _DATE)
    ),
    # a desk's name in the page's top bar while a "By" line under the headline names a person
    "desk-over-the-headline": Weight(-3.0, header("> HARBOUR SPORTS DESK", "Home", _H, _BY, _DATE)),
    "under-an-issuer-label": Weight(-3.0, header(_H, "News provided by", "> Harbour Shipping Company")),
    "the-masthead-again": Weight(-3.0, header("Harbour Ledger", "News", _H, "Jane Doe", "> Harbour Ledger", _DATE)),
    # an obituary's card under its title: the subject's name over the years of the life
    "name-over-the-years-of-a-life": Weight(-3.0, header(_H, "> Ann Lee", "3 May 1939 – 2 March 2024", _DATE)),
    "not-read-as-a-name": Weight(-3.0, header(_H, "Author:", "> the harbour desk")),
}
