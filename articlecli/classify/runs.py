"""Runs of same-shaped lines in the body, decided together as one structure.

A line alone cannot say whether "3. Cut the sugar" or "Don't tariffs produce revenue?" is a subheading;
the set of lines shaped like it can. Each rule below looks at the whole body once, after the line by
line pass (`body.read_body`), and re-decides the lines of the structure it finds: the questions and
answers of an interview, a set of question subheadings, numbered items, ALL-CAPS crossheads, product
items with their retailer lines, a label above a list or table. RUN_RULES is the table, in the order
the rules run; the rules of text in turns (comments, interviews, questions) are in `turns`, of lists
(roundups, list labels, contents lists) in `lists`, of a table's or a listing's entries in `entries`, the line
shapes they read in `shapes`.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import lexicon as L
from .. import patterns as P
from ..normalize import Line
from . import examples as ex
from .entries import entries
from .features import Features
from .lists import (
    award_labels,
    contents_list,
    contents_row,
    labels_after_rows,
    last_list_items,
    list_labels,
    listing_notes,
    product_items,
)
from .live import live_times
from .lookalikes import not_headings, repeated_labels
from .numbered import item_media_titles, numbered_headings, title_over_items
from .page import PAGE_CHROME, Decision, Page, Role
from .products import currency_sign, retailer_hint
from .schedules import DAY_LABEL_CHARS, day_label, day_labels
from .span import body_span, paragraph_after
from .turns import comment_section, interview, punctuated_crossheads, question, question_headings
from .words import content_words, title_case


class RunRule:
    """A structure found over the whole body, with a few lines it decides (the rule's example), and
    the kind of line it needs in the body (see `_hints`): without one, the rule is not run."""

    __slots__ = ("decide", "example", "name", "needs")

    def __init__(self, name: str, decide: Callable[[Page], None], example: str, needs: str | None = None) -> None:
        self.name = name
        self.decide = decide
        self.example = example
        self.needs = needs


# ---------------------------------------------------------------- ALL-CAPS crossheads
def caps_crossheads(page: Page) -> None:
    """Two or more short ALL-CAPS lines each followed by running text: crossheads, even when long
    or ending in "?" ("WILL THEY TAX THE FERRIES?"), not links."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    found = [
        i
        for i in span
        if feats[i].all_caps and _crosshead(lines, feats, st, i) and paragraph_after(lines, feats, st, span, i)
    ]
    if len(found) >= 2:
        for i in found:
            page.decide(i, Decision(Role.HEADING, rule="runs/caps-crossheads"))


def _crosshead(lines: list[Line], feats: list[Features], st: Page, i: int) -> bool:
    """An ALL-CAPS line kept as text, or a long one read as a link that asks a question (a link's
    title in capitals does not: "IVO MARSH VOTED OFF THE SHOW")."""
    f = feats[i]
    if not f.all_caps or not 1 <= f.words <= 14 or f.credit is not None or f.soft_stop or f.hard_stop:
        return False
    role = st.decisions[i].role
    if role is Role.DEBRIS:
        return st.decisions[i].reason == "related" and question(lines[i].text) and f.debris is None
    return role in (Role.HEADING, Role.PARAGRAPH)


# ---------------------------------------------------------------- a subheading over the first paragraph
# the names of a share widget's buttons ("Share this: Twitter Facebook Email"): two in a line make it the widget
_SHARE_WORDS = frozenset(w for w in L.DEBRIS_LINES["share"] if " " not in w)


# a subheading over the story shares this many words with the paragraph under it, when no other one is in the body
_ECHOED_WORDS = 2
_CALL_TO_ACTION = frozenset(L.CALL_TO_ACTION_OPENERS)


def heading_over_story(page: Page) -> None:
    """A title alone right above the story's first paragraph, under the header (its headline, date or
    byline): the story's first subheading, not page chrome ("Harbour Ferries Add Two Crossings a Day"),
    when the body has other subheadings or the paragraph under it repeats its words; a call to act on a
    link ("Click Here to Read the Full Report") or a title of another story is none."""
    k = page.body_start - 1
    if page.headline is None or k <= page.headline or page.decisions[k] is not PAGE_CHROME:
        return
    lines, f = page.lines, page.feats[k]
    t = lines[k].text
    if not lines[k].blank_after or not f.title or not 3 <= f.words <= 14 or f.all_caps or f.debris is not None:
        return
    if P.ends_sentence(t) or t.endswith(":") or not title_case(t) or f.date_line or f.byline is not None:
        return
    if sum(1 for w in f.key.split() if w in _SHARE_WORDS) >= 2:
        return
    above = page.decisions[k - 1]
    if not lines[k].blank_before or above is PAGE_CHROME or f.credit is not None or f.caption is not None:
        return
    if t.split(None, 1)[0].lower() in _CALL_TO_ACTION:
        return
    echoed = len(content_words(t) & content_words(lines[page.body_start].text)) >= _ECHOED_WORDS
    if echoed or any(d.role is Role.HEADING for d in page.decisions[page.body_start : page.body_end + 1]):
        page.decide(k, Decision(Role.HEADING, rule="runs/heading-over-story"))


_SAID = "The roof first leaked two winters ago, and the county has twice refused to share the cost of a new one."
_SHUT = "The council will decide in March whether the building is sold or kept for the town."
_TOLD = "Most of the books will move to the school across the square, where the reading room opens in January."

RUN_RULES: tuple[RunRule, ...] = (
    RunRule(
        "runs/comments",
        comment_section,
        ex.body(
            "readerone says:\nMarch 3, 2024 at 9:05 am\n" + _SAID,
            "harbourfan says:\nMarch 3, 2024 at 10:40 am\n" + _TOLD,
        ),
        needs="colon",
    ),
    RunRule(
        "runs/interview",
        interview,
        ex.body("Q: Why close it now?", "A: " + _SAID, "Q: And the books?", "A: " + _TOLD),
        needs="label",
    ),
    RunRule(
        "runs/question-headings",
        question_headings,
        ex.body("Why is the library closing?", _SAID, "Don't the books have to go somewhere?", _TOLD),
        needs="question",
    ),
    RunRule(
        "runs/numbered-headings",
        numbered_headings,
        ex.body("2. The roof", _SAID, '3. "The books will move"', _TOLD),
        needs="number",
    ),
    RunRule(
        "runs/item-media-titles",
        item_media_titles,
        ex.body(
            '"Nobody told us"\nMayor Ann Lee on the vote',
            _SAID,
            "2. The roof\nInside the reading room on its last day",
            _TOLD,
            "3. The books\nVolunteers pack up the shelves",
            _SHUT,
            "4. What next\nCampaigners at the town hall",
            "Campaigners will meet again next week to decide whether to take the council to court.",
        ),
        needs="number",
    ),
    RunRule(
        "runs/title-over-items",
        title_over_items,
        ex.body("Ways to help\n1. Lend a book", _SAID, "2. Give an hour", _TOLD),
        needs="number",
    ),
    RunRule(
        "runs/caps-crossheads",
        caps_crossheads,
        ex.body("WHY IS THE HARBOUR LIBRARY CLOSING NOW?", _SAID, "WHERE WILL THE BOOKS GO?", _TOLD),
        needs="caps",
    ),
    RunRule("runs/live-times", live_times, ex.body("9:05 a.m.", _SAID, "8:40 a.m.", _TOLD)),
    RunRule(
        "runs/day-labels",
        day_labels,
        ex.body("SATURDAY", "Harbour fair", _SAID, "SUNDAY", "Boat parade", _TOLD),
        needs="day",
    ),
    RunRule(
        "runs/product-items",
        product_items,
        ex.body(
            "Acme Reading Lamp for $39\nSee it at ShopMart", _SAID, "Harbor Book Stand for $59\nGet it at Acme", _TOLD
        ),
        needs="price",
    ),
    RunRule(
        "runs/heading-over-story",
        heading_over_story,
        ex.header(ex.HEADLINE, ex.BYLINE, "March 3, 2024", "Harbour Library Roof Costs Double"),
    ),
    RunRule("runs/not-headings", not_headings, ex.body("On Gazette.com: Library hours cut again", _SAID)),
    RunRule(
        "runs/repeated-labels",
        repeated_labels,
        ex.body("KEY POINT", _SAID, "Key point", _TOLD, "KEY POINT", _SHUT),
    ),
    RunRule(
        "runs/award-label",
        award_labels,
        ex.body("1. Harbor Reading Lamp\nBest overall", _SAID, "2. Quay Book Stand\nBest budget pick", _TOLD),
        needs="number",
    ),
    RunRule(
        "runs/contents-list",
        contents_list,
        ex.body("Jump to:\n1. The roof\n2. The books", _SAID, "1. The roof", _TOLD, "2. The books", _SHUT),
    ),
    RunRule(
        "runs/contents-row",
        contents_row,
        ex.body("In this guide:\nThe roof | The books | The garden", _SAID, "The roof", _TOLD),
        needs="colon",
    ),
    RunRule(
        "runs/list-label",
        list_labels,
        ex.body(
            "Last open days\nDec 1 – Harbour Library @ 9am\nDec 2 – Harbour Library @ 10am\nDec 3 – Town Hall @ 9am"
        ),
    ),
    RunRule(
        "runs/entries-label",
        entries,
        ex.body("Under-12 boys", "Rovers 2-1 United", "Town 0-0 Harbour", "Under-12 girls", "Final: Town 3-2 Rovers"),
    ),
    RunRule(
        "runs/last-list-item",
        last_list_items,
        ex.body(
            "Keep the library's back door locked after six in the evening",
            "Return every borrowed book to the front desk by Friday",
            "Leave donated books in the boxes by the stairs",
        ),
    ),
    RunRule(
        "runs/label-after-rows",
        labels_after_rows,
        ex.body(
            "Probable line-ups\nRovers (4-4-2): Lund; Pike, Marsh, Chow, Ortiz; Ruiz, Lee, Khan, Roe; Quist, Amari."
            "\nTown (4-3-3): Haddad; Park, Ferris, Rowe, Ames; Ruiz, Dane, Holt; Mabry, Lane, Noor.\nForm guide"
            "\nRovers: W W D L W\nTown: L W W W D",
            _TOLD,
        ),
        # (no hint: rows of labelled fields, a formation's colon in a line-up, or numbered results "1) Ann Lee 34")
    ),
    RunRule(
        "runs/listing-note",
        listing_notes,
        ex.body(
            _SAID, "When: Saturday, 10am to 4pm", "Where: the old library", "Price: Free", "Booking essential", _TOLD
        ),
        needs="label",
    ),
    RunRule(  # last: it counts the subheadings the rules above found
        "runs/punctuated-crossheads",
        punctuated_crossheads,
        ex.body("Costs doubled", _SAID, "Who uses it:", _TOLD, "New books to move.", _SHUT),
    ),
)

EXAMPLES: dict[str, str] = {rule.name: rule.example for rule in RUN_RULES}
EXAMPLES["runs/entry-row"] = ex.body(
    "Markets\nSaturday 12 December – Llanfeiriog – Neuadd Goffa, 10am\nForty stalls and a visit from Santa.",
    "Sunday 13 December – Trefelyn – Capel Seion, 11am",
    "A makers' market in the chapel vestry, for the roof appeal.",
    "Concerts\nFriday 18 December – Abercarrog – Town Square, 6pm\nCarols around the tree with the silver band.",
)
EXAMPLES["runs/live-first-post"] = "\n\n".join(
    (
        ex.HEADLINE,
        ex.BYLINE,
        "Updated 3 March 2024, 09:52 GMT",
        ex.DECK,
        "Share\n\nPinned\n09:40\nCouncil meets at nine",
        "Councillors are taking their seats in the chamber, and the public gallery is already full.",
        ex.OPENING,
        "09:05\nDoors open early",
        ex.MIDDLE,
        "08:40\nThe public gallery fills up",
        ex.CLOSING,
        "08:15\nCampaigners gather on the steps",
        ex.ENDING,
    )
)
EXAMPLES["runs/table-columns"] = ex.body(
    "Opening hours\nDay Opens Closes\nMON 9am 5pm\nTUE 9am 5pm",
    _SAID,
    "Holiday hours\nDay Opens Closes\nSAT 10am 1pm\nSAT 10am 2pm",
)
EXAMPLES["runs/more-questions"] = ex.body(
    "Why is the library closing?",
    _SAID,
    "You said the roof leaks. How badly?",
    _TOLD,
    "Where will the books go?",
    _SHUT,
    "Tell me about the day the doors closed.",
    _SAID,
)
EXAMPLES["runs/buy-boxes"] = ex.body(
    "Harbor Reading Lamp\nWarm light\nFolds flat",
    "Harbor Reading Lamp - Brass\n$39.00\nAvailable from ShopMart\nBuy Now",
    "Quay Book Stand\nHolds two books",
    "Quay Book Stand, Oak\n$59.00\nBuy Now",
)
EXAMPLES["runs/gallery-blurb"] = ex.body("Gallery: The last day at the library | 12 Photos\n" + _TOLD)


def decide_runs(page: Page) -> None:
    """Run every structure rule over the body, in the table's order (those whose lines are there)."""
    hints = _hints(page)
    for rule in RUN_RULES:
        if rule.needs is None or rule.needs in hints:
            rule.decide(page)


def _hints(page: Page) -> set[str]:
    """The kinds of line the body holds, read in one cheap pass: "colon" (a line ending with one),
    "label" (a colon near the start), "question",
    "number" (a digit first), "caps", "price", "day" (a weekday alone)."""
    out: set[str] = set()
    lines, feats = page.lines, page.feats
    for i in body_span(page):
        t = lines[i].text
        if not t:
            continue
        if t[-1] == ":":
            out.add("colon")
        if ":" in t[:32] or t[0] in "QA":  # "Lena Ortiz: ...", "Q. ...", "A) ..."
            out.add("label")
        if "?" in t[-3:]:
            out.add("question")
        if t[0].isdigit():
            out.add("number")
        if feats[i].all_caps:
            out.add("caps")
        if 6 <= len(t) <= DAY_LABEL_CHARS and t[0] in "MTWFSmtwfs" and day_label(t):  # ("Monday" ... "WEDNESDAY:")
            out.add("day")
        if "price" not in out and (currency_sign(t) or retailer_hint(t)):
            out.add("price")
    return out
