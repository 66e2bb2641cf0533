"""The story body, line by line: a first-match table of named rules (`BODY_RULES`) decides each
line between the body's start and end: paragraph, heading, caption, code, list item or debris."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from ..model import Record
from . import examples as ex
from .credit_places import continued_credit
from .features import Features, dateline_alone, quoted
from .inserts import code_blocks, link_widgets
from .neighbours import (
    heading_shaped,
    in_block,
    in_short_run,
    post_stamp,
    post_writer,
    question_heading,
    quoted_heading,
    updates_label,
)
from .page import Decision, Page, Role
from .pictures import adopt_caption, glued_credit, labelled_caption
from .schedules import dated_item, row_under_lead
from .shapes import figures_row

_SIGNATURE_LEADS = tuple(L.SIGNATURE_LEADS)
_QUOTE_OPENERS = frozenset('“"‘«„')


def _speaker_label(page: Page, i: int, t: str) -> bool:
    """A release's label over a quote: the speaker's name and role, then a spaced dash ("Ann Lee, Mayor of
    Harbourton –"), the quote opening the next line."""
    nxt = i + 1
    return t[-2:] in P.SPACED_DASH_ENDS and nxt < len(page.lines) and page.lines[nxt].text[:1] in _QUOTE_OPENERS


class BodyScan:
    """What the body rules read besides the line itself: the page, and what the walk met so far."""

    __slots__ = ("code", "deck_key", "head_key", "in_links", "labels", "page", "seen_paragraphs", "widgets")

    def __init__(self, page: Page) -> None:
        span = range(page.body_start, page.body_end + 1)
        self.page = page
        self.labels = page.caption_labels
        self.head_key = page.feats[page.headline].key if page.headline is not None else None
        self.deck_key = page.feats[page.deck].key if page.deck is not None else None
        self.widgets = link_widgets(page.lines, page.feats, span)
        self.code = code_blocks(page.lines, page.feats, span)
        self.seen_paragraphs: set[str] = set()
        self.in_links = False  # after "Related:" and before the next sentence: links


Predicate = Callable[[BodyScan, int, Features, str], bool]
LineKind = Literal["prose", "short", "any"]
# a decision read from the line, given the rule's name; None when it decided the lines itself
Reader = Callable[[BodyScan, int, Features, str, str], "Decision | None"]


class LineRule(Record):
    """A named rule of the body: when `when` holds for a line, the line is `decision`."""

    name: str  # stable: `--explain` prints it, tests/test_rules.py runs it on its example
    when: Predicate
    decision: Decision | Reader
    example: str  # a few lines of a page, one of which this rule decides
    # Which lines `when` can hold for, so that a walk skips the rest: "prose" (running text),
    # "short" (the other lines) or "any"; and what of the page it needs (a BodyScan attribute that
    # is empty or None on most pages: "labels", "code"), None for every page.
    lines: LineKind = "any"
    needs: str | None = None


def _under_figures(page: Page, i: int) -> bool:
    """Line `i` is under a row of a table of figures (`figures_row`), glued to it or set apart as every row is."""
    return i > 0 and figures_row(page.lines[i - 1].text)


def _beside_figures(page: Page, i: int) -> bool:
    """A row of a table of figures stands above or below line `i`, inside the body."""
    lines = page.lines
    return (i > page.body_start and figures_row(lines[i - 1].text)) or (
        i < page.body_end and figures_row(lines[i + 1].text)
    )


def _rule(
    name: str,
    when: Predicate,
    decision: Decision | Reader,
    example: str,
    *,
    lines: LineKind = "any",
    needs: str | None = None,
) -> LineRule:
    if isinstance(decision, Decision):
        decision = decision._replace(rule=name)
    return LineRule(name, when, decision, example, lines, needs)


def body_lines(page: Page) -> None:
    """Decide every line of the body by the first rule of `BODY_RULES` that holds."""
    scan = BodyScan(page)
    live = [(r.name, r.when, r.decision, r.lines) for r in BODY_RULES if r.needs is None or getattr(scan, r.needs)]
    prose_rules = [(name, when, decision) for name, when, decision, kind in live if kind != "short"]
    short_rules = [(name, when, decision) for name, when, decision, kind in live if kind != "prose"]
    lines, feats = page.lines, page.feats
    for i in range(page.body_start, page.body_end + 1):
        f = feats[i]
        t = lines[i].text
        if f.prose and P.ends_sentence(t) and not t.endswith(("...", "…")):
            scan.in_links = False
        for name, when, decision in prose_rules if f.prose else short_rules:
            if when(scan, i, f, t):
                found = decision if isinstance(decision, Decision) else decision(scan, i, f, t, name)
                if found is not None:
                    page.decide(i, found)
                break


# ------------------------------------------------------------------ readers: a decision read from the line
def _label(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    labelled_caption(s.page, i)  # the label, its caption below and a credit above
    return None


def _decided(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    return None


def _credit(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    credit = continued_credit(s.page, i, f.credit or t)  # with its second line, printed over two
    s.page.credit_lines.append(i)
    s.page.decide(i, Decision(Role.CAPTION, credit=credit, rule=rule))
    adopt_caption(s.page, i, credit)  # the caption above takes the credit
    return None


def _caption_with_credit(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    assert f.caption is not None
    return Decision(Role.CAPTION, text=C.strip_truncation(f.caption[0]), credit=f.caption[1], rule=rule)


def _caption_lead(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    text = C.caption_lead(t)
    # "Pictured: the bandstand in 1952. (Ashcombe Civic Society)": who supplied it, in brackets after it
    split = C.bracket_credit(text) if text is not None and text[-1:] == ")" else None
    if split is not None:
        return Decision(Role.CAPTION, text=split[0], credit=split[1], rule=rule)
    return Decision(Role.CAPTION, text=text, rule=rule)


def _caption_alone(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    return Decision(Role.CAPTION, text=C.strip_truncation(t), rule=rule)


def _caption_bracket_credit(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    split = C.bracket_credit(t)
    return None if split is None else Decision(Role.CAPTION, text=split[0], credit=split[1], rule=rule)


def _links_from_here(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    s.in_links = True
    return Decision(Role.DEBRIS, "related", rule=rule)


def _debris(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    return Decision(Role.DEBRIS, f.debris, rule=rule)


def _paragraph(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    s.seen_paragraphs.add(f.key)
    return Decision(Role.PARAGRAPH, rule=rule)


# The body's rules, in order: the first that holds decides the line. Running text ends at
# "body/paragraph"; the rules after it decide the short lines that are not running text.
BODY_RULES: tuple[LineRule, ...] = (
    _rule(
        "pictures/caption-label",
        lambda s, i, f, t: i in s.labels,
        _label,
        ex.body("Image source, Harbor Press\nImage caption,\nVolunteers fill sandbags outside the town hall"),
        needs="labels",
    ),
    _rule(
        "pictures/labelled-caption",
        lambda s, i, f, t: i > s.page.body_start and i - 1 in s.labels,
        _decided,
        ex.body("Image caption,\nVolunteers fill sandbags outside the town hall"),
        needs="labels",
    ),
    _rule(
        "body/repeated-headline",
        lambda s, i, f, t: f.key == s.head_key,
        Decision(Role.DEBRIS, "repeated-headline"),
        ex.story(ex.HEADLINE),
        needs="head_key",
    ),
    _rule(
        "body/repeated-deck",
        lambda s, i, f, t: f.key == s.deck_key,
        Decision(Role.DEBRIS, "repeated-deck"),
        ex.header(ex.HEADLINE, ex.DECK, ex.BYLINE, ex.OPENING, ex.DECK),
        needs="deck_key",
    ),
    _rule(
        "body/code",
        lambda s, i, f, t: i in s.code,
        Decision(Role.CODE),
        ex.body('config = {\n    "branch": "harbour",\n    "open": false,\n},'),
        lines="short",
        needs="code",
    ),
    _rule(
        "body/table-source",  # "Source: Harbour Data, 4 p.m.": the source of the table of figures above, no credit
        lambda s, i, f, t: t[:6].lower() == "source" and _under_figures(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body("Ferry\tFare\tChange\nNorth Quay\t$8.20\t-4.1%\nWestport\t$9.10\t+2.0%\nSource: Harbour Data"),
        lines="short",
    ),
    _rule(
        "pictures/credit-line",
        lambda s, i, f, t: i + 1 not in s.labels and f.credit is not None,
        _credit,
        ex.body("Photo: Jane Doe/Harbor Press"),
    ),
    _rule(
        "pictures/capitals-credit-under-caption",
        lambda s, i, f, t: i + 1 not in s.labels and glued_credit(s.page, i),
        _credit,
        ex.body("Volunteers fill sandbags outside the town hall.\nSTATISTA"),
    ),
    _rule(
        "pictures/caption-with-credit",
        lambda s, i, f, t: f.caption is not None and (not quoted(t) or C.labelled_credit_tail(t)),
        _caption_with_credit,
        ex.body("Volunteers fill sandbags outside the town hall. Photo: Jane Doe/AP"),
    ),
    _rule(
        "body/link-box",
        lambda s, i, f, t: i in s.widgets,
        Decision(Role.DEBRIS, "related"),
        ex.body("Harbour Festival Returns This Summer\nNew Ferry Timetable Starts Monday\nCouncil Tax Rise Approved"),
        needs="widgets",
    ),
    _rule(
        "pictures/caption-lead",
        lambda s, i, f, t: C.caption_lead(t) is not None,
        _caption_lead,
        ex.body("Pictured: volunteers fill sandbags outside the town hall"),
    ),
    _rule(
        "body/updates-label",  # "Latest updates" over "• 2:10 PM: The corporation says ...", "• 12:45 PM: ..."
        lambda s, i, f, t: f.soft_stop and not f.prose and updates_label(s.page, i),
        Decision(Role.HEADING),
        ex.body("Latest updates", "9:40 AM: Police closed the coast road at 9 a.m.", "9:05 AM: " + ex.MIDDLE),
        lines="short",
    ),
    _rule(
        "body/related-lead",
        # a label of a few words with a colon reads as a sentence's end, not prose ("Lesen Sie auch:")
        lambda s, i, f, t: f.soft_stop and (not f.prose or (f.words <= 4 and t.endswith(":"))),
        _links_from_here,
        ex.body("You may also like\nHarbour festival returns this summer"),
        lines="any",
    ),
    _rule("body/debris", lambda s, i, f, t: f.debris is not None, _debris, ex.body("Advertisement")),
    _rule(
        "body/dated-item",  # "Thursday, June 13: 94,000 passengers" over "Friday, June 14: ...": a schedule's lines
        lambda s, i, f, t: f.date_line and dated_item(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body(
            "Ferries run on these days:", "Saturday, June 1: Harbourton to Westport", "Sunday, June 2: Westport only"
        ),
        lines="short",
    ),
    _rule(
        "body/row-under-lead",  # "Emergency services: 112", set apart by blank lines, under "... if you need help:"
        lambda s, i, f, t: row_under_lead(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body(
            "These are the numbers to call if you need help:", "Emergency services: 112", "Harbour office: 555 0142"
        ),
        lines="short",
    ),
    _rule(
        "body/date-line",
        lambda s, i, f, t: f.date_line and not f.prose,
        Decision(Role.DEBRIS, "date-line"),
        ex.body("March 3, 2024"),
        lines="short",
    ),
    _rule(
        "body/dateline-alone",
        lambda s, i, f, t: dateline_alone(t),
        Decision(Role.DEBRIS, "dateline"),
        ex.body("HARBOURTON, Maine —"),
    ),
    _rule(
        "body/related-list",
        lambda s, i, f, t: s.in_links,
        Decision(Role.DEBRIS, "related"),
        ex.body("You may also like\nHarbour festival returns this summer"),
    ),
    _rule(
        "pictures/cue-caption-with-bracket-credit",  # ... and the name of who supplied it in brackets after it
        lambda s, i, f, t: t[-1:] == ")" and f.words <= 45 and C.caption_cue(t) and C.bracket_credit(t) is not None,
        _caption_bracket_credit,
        "The old pier was quiet on Monday.\n\nArtist's impression of the new pier. (Harbour Port Authority)\n\n"
        "Work starts in May.",
    ),
    _rule(
        "pictures/caption-by-cue",  # a caption with no credit, standing alone between paragraphs
        lambda s, i, f, t: f.words <= 45 and C.caption_cue(t) and not quoted(t),
        _caption_alone,
        "The old pier was quiet on Monday.\n\nCouncillor Ivo Marsh (left) at the quay.\n\nWork starts in May.",
    ),
    _rule(
        "body/question-heading",
        lambda s, i, f, t: f.prose and question_heading(s.page, i),
        Decision(Role.HEADING),
        ex.body("How did the costs double?"),
        lines="prose",
    ),
    _rule(
        "body/quoted-heading",
        lambda s, i, f, t: quoted_heading(s.page, i),
        Decision(Role.HEADING),
        ex.body('"Nobody told us"'),
    ),
    _rule(
        "body/repeated-paragraph",
        lambda s, i, f, t: f.prose and f.words > 5 and f.key in s.seen_paragraphs,
        Decision(Role.DEBRIS, "repeated-paragraph"),
        ex.body(ex.MIDDLE),
        lines="prose",
    ),
    _rule("body/paragraph", lambda s, i, f, t: f.prose, _paragraph, ex.story(), lines="prose"),
    # short lines from here on
    _rule(
        "body/capitals-link",  # "HARBOUR BAND CLEARED TO PLAY HITS AT THE FAIR ..."
        lambda s, i, f, t: f.all_caps and f.words > 6,
        Decision(Role.DEBRIS, "related"),
        ex.body("HARBOUR FESTIVAL RETURNS WITH FIREWORKS AND A FERRY PARADE"),
        lines="short",
    ),
    _rule(
        "body/list-item",
        lambda s, i, f, t: (
            P.LIST_ITEM.match(t) is not None and (P.NUMBERED_HEADING.match(t) is None or i in s.page.numbered)
        ),
        Decision(Role.PARAGRAPH),
        ex.body("- Roof repairs: two million pounds"),
        lines="short",
    ),
    _rule(
        "body/post-time-stamp",  # "11:20am" glued over "Trucks queue at the terminal" over the post's text
        lambda s, i, f, t: post_stamp(s.page, i),
        Decision(Role.DEBRIS, "date-line"),
        ex.body("11:20am\nFerry workers walk out at dawn\n" + ex.MIDDLE),
        lines="short",
    ),
    _rule(
        "body/post-writer",  # "10:12am" / "Holidaymakers turn to flights" / "Sam Ruatoe" / the post's text
        lambda s, i, f, t: post_writer(s.page, i),
        Decision(Role.DEBRIS, "byline"),
        ex.body("9:05 a.m.", "Ferry workers walk out at dawn", "Jane Doe", ex.MIDDLE),
        lines="short",
    ),
    _rule(
        "body/line-of-a-block",
        lambda s, i, f, t: in_block(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body("Opening hours:\nMonday to Friday\nSaturday mornings"),
        lines="short",
    ),
    _rule(
        "body/table-row",  # "Westfield 876 1,402 64" among "Old Town 2,310 1,877 95", set apart or glued
        lambda s, i, f, t: figures_row(t) and _beside_figures(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body("Turnout by ward:", "North Quay 1,204 48%", "Westfield 876 41%", "Old Town 2,310 52%"),
        lines="short",
    ),
    _rule(
        "body/export-list-item",  # a list, one item a line: "1. Lisbon" / "2. Porto"
        lambda s, i, f, t: s.page.body_only and in_short_run(s.page, i),
        Decision(Role.PARAGRAPH),
        "# export\n" + ex.body("Finland", "Norway"),
        lines="short",
    ),
    _rule(
        "body/signature-line",  # "Issued by: Ann Lee, Town Clerk": the signature of a notice reprinted whole
        lambda s, i, f, t: t[:1] in "IiSsAa" and t.lower().startswith(_SIGNATURE_LEADS),
        Decision(Role.PARAGRAPH),
        ex.body("The library will close on Friday at noon.", "Issued by: Ann Lee, Town Clerk, Harbour Council"),
        lines="short",
    ),
    _rule(
        "body/transcript-direction",  # a broadcast transcript's stage direction: "(SOUNDBITE OF MUSIC)"
        lambda s, i, f, t: t[:1] in "([" and t[-1:] in ")]" and f.all_caps,
        Decision(Role.PARAGRAPH),
        ex.body("KATE ROWE, HOST: The library closes today.", "(SOUNDBITE OF DOOR CLOSING)", "ANN LEE: It was time."),
        lines="short",
    ),
    _rule(
        "body/speaker-label",  # "Ann Lee, Mayor of Harbourton –" over "“…”": who speaks, no section's title
        lambda s, i, f, t: _speaker_label(s.page, i, t),
        Decision(Role.PARAGRAPH),
        ex.body("Ann Lee, Mayor of Harbourton –", "“The library will reopen in the spring.”"),
        lines="short",
    ),
    _rule(
        "pictures/credit-second-line",  # decided with the credit's first line above it (read before a title)
        lambda s, i, f, t: s.page.decisions[i].rule == "pictures/credit-second-line",
        _decided,
        ex.body("Readers at the library door on its last day.\nPhoto by Jane Doe,\nHarbor Press"),
        lines="short",
    ),
    _rule(
        "body/heading",
        lambda s, i, f, t: heading_shaped(s.page, i, f, t),
        Decision(Role.HEADING),
        ex.body("Costs doubled"),
        lines="short",
    ),
    _rule(
        "body/long-line",
        lambda s, i, f, t: f.words >= 6,
        Decision(Role.PARAGRAPH),
        ex.body("the library will stay open until December,"),
        lines="short",
    ),
    _rule(
        "body/export-line",  # in an export's body, nothing is page furniture
        lambda s, i, f, t: s.page.body_only,
        Decision(Role.PARAGRAPH),
        "# export\n" + ex.body("see you there"),
        lines="short",
    ),
    _rule(
        "body/non-prose",
        lambda s, i, f, t: True,
        Decision(Role.DEBRIS, "non-prose"),
        ex.body("see you there"),
        lines="short",
    ),
)
