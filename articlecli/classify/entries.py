"""A table's or a listing's entries read as one set: a page of results ("Rovers 2-1 United") or of dated events
("Sunday 13 December – Trefelyn – Capel Seion, 11am", each over its blurb), under the labels of its rounds or its
sections. An entry is a row, never a subheading; the short title glued over a run of entries is the label of its
section, a subheading, though it reads alone as a stray short line or a line of a block."""

from __future__ import annotations

from .. import patterns as P
from .lists import listing_note
from .page import Decision, Page, Role
from .shapes import SCORE_SHAPE, entry_row, shape_of
from .span import body_span

ENTRIES_ON_PAGE = 3  # entries on the page, at least: a table or a listing of them
ENTRY_LONGEST = 160  # characters of an entry, at most
ENTRY_LABEL_WORDS = 6  # the words of a section's label over its entries, at most
_READ_ALONE = ("body/heading",)  # an entry read alone: a subheading over its blurb
_LABELS_READ_AS = ("body/non-prose", "body/line-of-a-block", "body/row-set-apart")  # how a label reads alone


def entries(page: Page) -> None:
    """Entries (`shapes.entry_row`), three or more in the body: each one read as a subheading is a row
    (`runs/entry-row`); the short title with no shape of its own glued over each run of them, no listing's note
    ("Booking essential"), and under no event (it would be a line among the rows; a round's label stands under the
    last result of the round above), is its section's label (`runs/entries-label`)."""
    lines, d, feats = page.lines, page.decisions, page.feats
    # (an entry is a short line and no sentence: running text is passed over before any shape is read)
    rows = [
        k
        for k in body_span(page)
        if not feats[k].prose
        and (d[k].role is Role.PARAGRAPH or d[k].rule in _READ_ALONE)
        and len(lines[k].text) <= ENTRY_LONGEST
        and entry_row(lines[k].text)
    ]
    if len(rows) < ENTRIES_ON_PAGE:
        return
    for k in rows:
        if d[k].rule in _READ_ALONE:
            page.decide(k, Decision(Role.PARAGRAPH, rule="runs/entry-row"))
        label = k - 1
        if label in rows or label <= page.body_start or d[label].rule not in _LABELS_READ_AS:
            continue
        if _label(page, label):
            page.decide(label, Decision(Role.HEADING, rule="runs/entries-label"))


def _label(page: Page, i: int) -> bool:
    t, f = page.lines[i].text, page.feats[i]
    if not f.title or f.prose or f.words > ENTRY_LABEL_WORDS or P.ends_sentence(t) or shape_of(t) is not None:
        return False
    above = page.lines[i - 1].text  # (a round's label under the last result of the round above: "Under-14 girls")
    return not listing_note(t) and (not entry_row(above) or shape_of(above) == SCORE_SHAPE)
