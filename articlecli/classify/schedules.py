"""Lines of a list that the body rules would drop as page furniture: a schedule's lines led by a date
("Friday, March 7: 61,500 visitors"), read as date lines, and labelled rows under a sentence leading into
them ("Emergency services: 112"), read as scraps when a blank line sets each apart."""

from __future__ import annotations

import functools

import regex

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..dates import is_date_line
from .page import Decision, Page, Role
from .shapes import figures_row

# what a date line may hold besides the date: never the subject of a schedule's line
_DATE_WORDS = frozenset(
    (*L.MONTHS, *L.WEEKDAYS, *L.TIME_ZONES, *L.DATE_LINE_WORDS, *(w for kind in L.DATE_LABELS.values() for w in kind))
)
_WORD = rx.compile(r"[^\W\d_]{3,}+", P.FLAGS)
_MARKS = (":", "–", "—", " - ")  # one of them parts a schedule line's date from its subject
_ITEM_WORDS = 8  # an item of a list set a line each is a few words
_MOST_ITEMS = 12  # how far back a list's lead is looked for
_LEAD_WORDS = 4  # a sentence leading into a list ("The tour stops at:"), not a box's label ("Read more:")
_BOX_LABEL_WORDS = 5  # a box's label over its rows ("If you go", "Fact box", "At a glance")


@functools.cache  # built on first use: most pages print no schedule
def _dated_item() -> regex.Pattern[str]:
    """A day and month (a weekday before them, a year after them or not), a range of days or a month alone, then a
    colon or a dash, then the rest: "Friday, March 7: 61,500 visitors", "May 4 – Riverton, OR @ Harbor Hall",
    "9 July - Semi-final, Brightwell", "April 3 to 19 – Clerks visit each street", "October – Count released"."""
    return rx.compile(
        r"^(?:(?:\L<wd>)\.?,?\s++)?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*+(?:to|-|–)\s*+\d{1,2}(?:st|nd|rd|th)?)?\s++(?:\L<mo>)\.?"
        r"|(?:\L<mo>)\.?(?:\s++\d{1,2}(?:st|nd|rd|th)?(?:\s*+(?:to|-|–)\s*+\d{1,2}(?:st|nd|rd|th)?)?)?)"
        r"(?:,?\s++\d{4})?\s*+(?::|[–—]|\s-)\s*+(?P<rest>\S.*)$",
        P.FLAGS,
        wd=P.phrase_list(L.WEEKDAYS),
        mo=P.phrase_list(tuple(L.MONTHS)),
    )


def _dated_line(text: str) -> bool:
    """A line led by a date whose rest says what happens on it (a word that is no part of a date line)."""
    if not any(mark in text for mark in _MARKS):
        return False
    m = _dated_item().match(text)
    if m is None:
        return False
    rest = m.group("rest")
    return any(w.casefold() not in _DATE_WORDS for w in _WORD.findall(rest)) and not is_date_line(rest)


def dated_item(page: Page, i: int) -> bool:
    """Line `i` is one of a run of lines each led by a date and saying what happens on it: a schedule's or a
    calendar's lines (paragraphs), not date lines (page furniture)."""
    if not _dated_line(page.lines[i].text):
        return False
    return any(page.body_start <= j <= page.body_end and _dated_line(page.lines[j].text) for j in (i - 1, i + 1))


def _item_shape(page: Page, k: int) -> str | None:
    """What kind of list line `k` is: "row", a labelled row ("Emergency services: 112"); "short", a short line
    that ends no sentence ("Churchill Park, Lautoka (main gate)"); None, no list's line."""
    t, f = page.lines[k].text, page.feats[k]
    if ":" in t[: P.LABEL_REACH] and P.WORDS_LABEL_ROW.match(t) is not None:
        shape: str | None = "row"
    elif f.words <= _ITEM_WORDS and not f.prose and t[-1:] not in ".!?:" and (t[:1].isupper() or t[:1].isdigit()):
        shape = "short"
    else:
        return None
    return None if f.date_line else shape  # (a live blog's time stamp after the list is no item: a date line)


def _may_lead_or_list(page: Page, k: int) -> bool:
    """Line `k` may lead into a list (it ends with a colon) or be one of its lines (a few words, or a label)."""
    t = page.lines[k].text
    return t[-1:] == ":" or page.feats[k].words <= _ITEM_WORDS or ":" in t[:42]


def row_under_lead(page: Page, i: int) -> bool:
    """Line `i` is an item of a list of two or more under a sentence that leads into them with a colon ("A
    reminder of the numbers to call if you need help:" / "Emergency services: 112" / ...), or a labelled row
    under a box's label (`_box_label`) or under a table's rows of figures (its totals: "Turnout: 41.2%"), each set
    apart by a blank line (glued, they are read as a block): an item of the list, not a scrap or a subheading.
    The items of a list share a shape: a short title under labelled rows is the next section's subheading."""
    lines = page.lines
    if not lines[i].blank_before or i - 1 < page.body_start:
        return False
    if lines[i].text.find(":", 0, _LISTING_LABEL_REACH) > 0 and _listing_row(page, i):
        return True  # an event's detail row under its text ("Where: Town Hall")
    if not _may_lead_or_list(page, i - 1):
        return False  # (most short lines stand under a paragraph of the story: read no further)
    shape = _item_shape(page, i)
    if shape is None:
        return False
    j = i - 1
    while j > max(page.body_start, i - _MOST_ITEMS) and lines[j].blank_before and _item_shape(page, j) == shape:
        j -= 1  # (each item set apart: under a block of items glued together, a line set apart is not one)
    if j < page.body_start:
        return False
    box_row = shape == "row" and not page.feats[i].prose
    if box_row and figures_row(lines[j].text):
        return True  # a table's totals under its rows ("Turnout: 41.2%"), one or more
    if not (_leads_in(page, j) or (box_row and _box_label(page, j))):
        return False
    return i - j >= 2 or (i + 1 <= page.body_end and _item_shape(page, i + 1) == shape)


def _listing_row(page: Page, i: int) -> bool:
    """Line `i` is an event listing's detail row under the event's text ("Where: Town Hall", "Time: 8am to 3pm"),
    right under it or under its other rows, its label one of `lexicon.LISTING_FIELD_LABELS`: a row of the story's
    listing, not a scrap."""
    j = i
    while j > i - _MOST_LISTING_ROWS and j - 1 >= page.body_start and _listing_field(page, j):
        if page.feats[j - 1].prose:
            return True
        j -= 1
    return False


def _listing_field(page: Page, i: int) -> bool:
    return not page.feats[i].prose and listing_field(page.lines[i].text)


def listing_field(text: str) -> bool:
    """A labelled row whose label is one of an event listing's fields ("Where: Town Hall", "Entry: Free")."""
    colon = text.find(":", 0, _LISTING_LABEL_REACH)
    # (French sets a space before the colon: "Où : Muséum de Valfleury")
    return (
        colon > 0
        and text[:colon].rstrip().casefold() in _listing_labels()
        and P.WORDS_LABEL_ROW.match(text) is not None
    )


_LISTING_LABEL_REACH = 16  # "Opening hours:", "Registration:"
_MOST_LISTING_ROWS = 6  # an event's rows under its text: where, when, tickets, ...


@functools.cache  # built on first use: most pages print no listing
def _listing_labels() -> frozenset[str]:
    return frozenset(L.LISTING_FIELD_LABELS)


def _leads_in(page: Page, j: int) -> bool:
    """Line `j` is a sentence leading into a list with a colon ("The tour stops at:")."""
    f = page.feats[j]
    return page.lines[j].text[-1:] == ":" and f.words >= _LEAD_WORDS and f.prose


def box_label_over_rows(page: Page, i: int) -> bool:
    """Line `i` is a box's label over its labelled rows set apart ("AT A GLANCE" / "Cost of dam: Sh18.2 billion" /
    "Families relocated: 612"): the subheading of the story's own box, as its rows are the story's."""
    if any(ch.isdigit() for ch in page.lines[i].text):
        return False  # "Sunday 6 December, kick-off 3pm": a row of the box (its date), not its label
    return _box_label(page, i) and i + 1 <= page.body_end and row_under_lead(page, i + 1)


def _box_label(page: Page, j: int) -> bool:
    """Line `j`, over two or more labelled rows set apart, is a box's label of a few words ("If you go" over
    "What: ...", "When: ..."): the rows are the box's, the story's own."""
    t, f = page.lines[j].text, page.feats[j]
    return not f.prose and 1 <= f.words <= _BOX_LABEL_WORDS and t[:1].isupper() and t[-1:] not in ".!?:,;"


# ---------------------------------------------------------------- a listing's days
DAY_LABEL_CHARS = 10  # "Wednesday", "SATURDAY:"
_ITEM_TITLE_WORDS = 8  # an event's title under its day: a few words


def day_label(text: str) -> bool:
    """A weekday alone on a line, its name whole ("FRIDAY", "Saturday:"; "Sun" alone is no day's label)."""
    return text.rstrip(":").casefold() in _weekdays()


def day_labels(page: Page) -> None:
    """Two or more weekdays alone on a line ("FRIDAY", "Saturday:"), each over an item's title or its text: the
    days of a listing or a programme (what's on, a festival's days), its subheadings, not scraps or date lines;
    an item's title glued under its day, over the item's text, is a subheading too."""
    lines, d, feats = page.lines, page.decisions, page.feats
    span = range(page.body_start, page.body_end + 1)
    days = [
        i
        for i in span
        if len(lines[i].text) <= DAY_LABEL_CHARS
        and day_label(lines[i].text)
        and i + 1 in span
        and d[i + 1].role in (Role.HEADING, Role.PARAGRAPH)
        and not feats[i + 1].date_line
    ]
    if len(days) < 2:
        return
    for i in days:
        page.decide(i, Decision(Role.HEADING, rule="runs/day-labels"))
        k = i + 1  # the first item's title, read as a line of a block with its day
        title = d[k].role is Role.PARAGRAPH and not feats[k].prose and feats[k].title
        if title and feats[k].words <= _ITEM_TITLE_WORDS and k + 1 in span and feats[k + 1].prose:
            page.decide(k, Decision(Role.HEADING, rule="runs/day-labels"))


@functools.cache  # built on first use: most bodies hold no line this short
def _weekdays() -> frozenset[str]:
    return frozenset(L.WEEKDAYS_IN_FULL)
