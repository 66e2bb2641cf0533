"""Runs of same-shaped lines in the body, decided together as one structure.

A line alone cannot say whether "3. Cut the sugar" or "Don't tariffs produce revenue?" is a subheading;
the set of lines shaped like it can. Each rule below looks at the whole body once, after the line by
line pass (`body.read_body`), and re-decides the lines of the structure it finds: the questions and
answers of an interview, a set of question subheadings, numbered items, ALL-CAPS crossheads, product
items with their retailer lines, a label above a list or table. RUN_RULES is the table, in the order
the rules run; the rules of text in turns (comments, interviews, questions) are in `turns`, the line
shapes they read in `shapes`.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..normalize import Line
from . import examples as ex
from .features import Features, content_words, title_case
from .lookalikes import not_headings, repeated_labels
from .numbered import item_media_titles, numbered_headings, title_over_items
from .page import PAGE_CHROME, Decision, Page, Role
from .shapes import (
    CURRENCY_SIGN,
    PRICE,
    RETAILER_HINT,
    buy_boxes,
    figures_row,
    item_name,
    priced,
    retailer_line,
    shape_of,
    time_stamp,
)
from .span import body_lines, body_span, next_text, paragraph_after
from .turns import comment_section, interview, question, question_headings


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


# ---------------------------------------------------------------- live blogs
def live_times(page: Page) -> None:
    """A live blog's time stamps, each over its post ("9:05 a.m." / the post): two or more are the
    blog's subheadings; over a post's own title (the subheading), a time stamp is furniture."""
    lines, st, span = page.lines, page, body_span(page)
    d = st.decisions
    found = [
        i
        for i in span
        if d[i].role in (Role.PARAGRAPH, Role.HEADING, Role.DEBRIS)
        and time_stamp(lines[i].text)
        and _post_after(st, span, i)
    ]
    above = _posts_above_body(page) if found else []
    if len(found) + len(above) < 2:
        return
    for i in found:
        k = next_text(st, span, i)
        if k is not None and d[k].role is Role.HEADING:
            page.decide(i, Decision(Role.DEBRIS, "date-line", rule="runs/live-times"))
        else:
            page.decide(i, Decision(Role.HEADING, rule="runs/live-times"))
    for stamp, title, text in above:
        page.decide(stamp, Decision(Role.DEBRIS, "date-line", rule="runs/live-first-post"))
        page.decide(title, Decision(Role.HEADING, rule="runs/live-first-post"))
        for k in text:
            page.decide(k, Decision(Role.PARAGRAPH, rule="runs/live-first-post"))


_READ_AS_HEADER = ("pictures/lead-image-caption", "page/chrome")  # how the header pass reads a post's sentences


def _posts_above_body(page: Page) -> list[tuple[int, int, list[int]]]:
    """A live blog's first posts printed right under the header, where the header pass left them as page
    furniture or lead captions ("Pinned" / "14:32" / the post's title / its text): (time stamp, title, the
    lines of its text) for each, below the header's last byline, date or standfirst."""
    d, lines, feats = page.decisions, page.lines, page.feats
    top = max([page.headline or 0, page.deck or 0, *page.bylines, *page.date_lines])
    out: list[tuple[int, int, list[int]]] = []
    for k in range(top + 1, page.body_start - 1):
        if not lines[k].text[:1].isdigit() or d[k].role not in (Role.DEBRIS, Role.OUTSIDE):
            continue
        title = k + 1
        if d[title].role is not Role.OUTSIDE or not feats[title].title or feats[title].words > 15:
            continue
        if not time_stamp(lines[k].text):
            continue
        text = []
        for m in range(title + 1, page.body_start):
            if d[m].role is Role.DEBRIS:
                break
            if d[m].rule in _READ_AS_HEADER and feats[m].prose:
                text.append(m)
        out.append((k, title, text))
    return out


def _post_after(st: Page, span: range, i: int) -> bool:
    """A post follows the time stamp: its title or its first paragraph."""
    k = next_text(st, span, i)
    return k is not None and st.decisions[k].role in (Role.PARAGRAPH, Role.HEADING)


# ---------------------------------------------------------------- a table of contents
def award_labels(page: Page) -> None:
    """A roundup's award label glued under an item's title ("1. Brisa Glass Rapid" / "Best overall"): a label
    of the item, neither a paragraph nor a heading of its own."""
    lines, feats, d = page.lines, page.feats, page.decisions
    for i in body_span(page):
        k = i + 1
        if d[i].role is not Role.HEADING or k > page.body_end or lines[k].blank_before or feats[k].words > 5:
            continue
        if d[k].role is Role.PARAGRAPH and not P.ends_sentence(lines[k].text) and _AWARD.match(lines[k].text):
            page.decide(k, Decision(Role.DEBRIS, "label", rule="runs/award-label"))


_AWARD = rx.compile(r"(?:\L<leads>)(?![\p{L}])", P.FLAGS, leads=P.phrase_list(L.AWARD_LEADS))


# ---------------------------------------------------------------- product items
def product_items(page: Page) -> None:
    """A product roundup: each item's name (with its price, or with a retailer line under it) is a
    subheading; the retailer lines ("See it at ShopMart", "$39 at Acme") are removed."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    d = st.decisions
    retail = [i for i in span if not feats[i].prose and retailer_line(lines[i].text, feats[i])]
    for i in retail:
        page.decide(i, Decision(Role.DEBRIS, "retailer", rule="runs/product-items"))
    items = {
        i
        for i in body_lines(st, span)
        if item_name(lines, feats, i)
        and priced(lines[i].text)
        and PRICE.search(lines[i].text)
        and not figures_row(lines[i].text)
    }
    for r in retail:  # the name printed above its retailer line
        k = r - 1
        while k in span and d[k].role is Role.DEBRIS:
            k -= 1
        if k in span and d[k].role in (Role.PARAGRAPH, Role.HEADING) and item_name(lines, feats, k):
            items.add(k)
    if len(items) >= 2:
        for i in items:
            page.decide(i, Decision(Role.HEADING, rule="runs/product-items"))
    for r in retail:  # a section's title glued under the retailer line that closes the section before
        k = r + 1
        glued_title = k in span and d[k].rule == "body/line-of-a-block" and feats[k].title and feats[k].words <= 12
        if glued_title and paragraph_after(lines, feats, st, span, k) and not P.ends_sentence(lines[k].text):
            page.decide(k, Decision(Role.HEADING, rule="runs/product-items"))
    _buy_boxes(page, span)


def _buy_boxes(page: Page, span: range) -> None:
    """A roundup's items each over a box to buy it: the name is a subheading, the box (its own title for
    the product, price, shop, button) is removed; the item's features or blurb stay."""
    for name, item, box in buy_boxes(page.lines, page.feats):
        if name not in span:
            continue
        page.decide(name, Decision(Role.HEADING, rule="runs/buy-boxes"))
        for k in item:
            if k != name and page.decisions[k].role is Role.HEADING:  # a feature between longer ones
                page.decide(k, Decision(Role.PARAGRAPH, rule="runs/buy-boxes"))
        for k in box:
            if k in span and k != name:
                page.decide(k, Decision(Role.DEBRIS, "retailer", rule="runs/buy-boxes"))


# ---------------------------------------------------------------- a label above a list or table


def list_labels(page: Page) -> None:
    """A short title over two or more same-shaped lines (a schedule, a table's rows) labels them: a
    subheading ("Tour dates" / "June 9 – Riverton, OR @ Harbor Hall" / "June 10 – ..."). A table's
    column names printed between the title and its rows ("Pos Player Mins % Rating") are not its title."""
    lines, st, span = page.lines, page, body_span(page)
    d = st.decisions
    columns: set[int] = set()  # column-name rows already read under a title
    for i in span:
        if i in columns or not _label_line(page, i):
            continue
        heads = _column_rows(page, span, i)
        first = heads[-1] + 1 if heads else i + 1
        rows = [k for k in range(first, min(span.stop, first + 5)) if d[k].role is not Role.DEBRIS][:2]
        if len(rows) < 2 or any(d[k].role is not Role.PARAGRAPH for k in rows):
            continue
        shapes = {shape_of(lines[k].text) for k in rows}
        glued_row_above = i - 1 in span and not lines[i].blank_before and shape_of(lines[i - 1].text) in shapes
        if len(shapes) == 1 and None not in shapes and not glued_row_above:  # (a line among the rows)
            page.decide(i, Decision(Role.HEADING, rule="runs/list-label"))
            columns.update(heads)
            for k in heads:  # the column names printed again over every table: the tables' furniture
                if page.feats[k].dup >= 2:
                    page.decide(k, Decision(Role.DEBRIS, "label", rule="runs/table-columns"))


def _label_line(page: Page, i: int) -> bool:
    """A short title kept as text or dropped as a stray short line: a list's or a table's label maybe."""
    d, f, t = page.decisions[i], page.feats[i], page.lines[i].text
    labelled = d.role is Role.PARAGRAPH or (d.role is Role.DEBRIS and d.reason == "non-prose")
    if not labelled or not f.title or f.words > 8 or t.endswith(":"):
        return False
    return not P.ends_sentence(t) and shape_of(t) is None


def _column_rows(page: Page, span: range, i: int) -> list[int]:
    """A table's column names glued under its title ("Linebacker" / "Pos Player Mins % Rating", printed
    once or twice), when the title opens its block (running text or a blank line above it)."""
    lines, feats = page.lines, page.feats
    above = i - 1
    if above in span and not lines[i].blank_before and not feats[above].prose:
        return []  # a line inside a block, not its first
    heads: list[int] = []
    k = i + 1
    while k in span and len(heads) < 2 and not lines[k].blank_before and _label_line(page, k):
        if feats[k].words < 3 or lines[k].text[:1].islower():
            break
        heads.append(k)
        k += 1
    return heads


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

# ---------------------------------------------------------------- a table of contents
_CONTENTS_LABELS = frozenset(L.CONTENTS_LABELS)


def contents_list(page: Page) -> None:
    """A table of contents above the sections ("Jump to:" / the section titles): a run of two or more lines in
    a row, each printed again further down as one of the story's headings, are links to the page's own
    sections, not its text; so is the label above them, a contents label ("Jump to:", "In this article") or a
    short line glued to the run that is no sentence."""
    d, feats, span = page.decisions, page.feats, body_span(page)
    later_heading = {feats[i].key: i for i in span if d[i].role is Role.HEADING}
    if len(later_heading) < 2:
        return
    run: list[int] = []
    for i in [*span, None]:
        if i is not None and later_heading.get(feats[i].key, -1) > i:
            run.append(i)
            continue
        if len(run) >= 2:
            for k in run:
                page.decide(k, Decision(Role.DEBRIS, "link", rule="runs/contents-list"))
            if _contents_label(page, run[0] - 1):
                page.decide(run[0] - 1, Decision(Role.DEBRIS, "label", rule="runs/contents-list"))
        run = []


def _contents_label(page: Page, i: int) -> bool:
    if i < 0:
        return False
    if page.lines[i].text.rstrip(": ").lower() in _CONTENTS_LABELS:
        return True
    feats = page.feats[i]
    return i >= page.body_start and not page.lines[i + 1].blank_before and feats.words <= 4 and not feats.prose


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
        "runs/list-label",
        list_labels,
        ex.body(
            "Last open days\nDec 1 – Harbour Library @ 9am\nDec 2 – Harbour Library @ 10am\nDec 3 – Town Hall @ 9am"
        ),
    ),
)

EXAMPLES: dict[str, str] = {rule.name: rule.example for rule in RUN_RULES}
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
    "label" (a colon near the start), "question", "number" (a digit first), "caps", "price"."""
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
        if CURRENCY_SIGN.search(t) or RETAILER_HINT.match(t):
            out.add("price")
    return out
