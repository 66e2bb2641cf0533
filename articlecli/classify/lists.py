"""Runs of list-shaped lines in the body: a product roundup's items and retailer lines, award labels under
an item's title, a label above a list or a table, a table of contents repeating the headings. The rules are
run from `runs.RUN_RULES`, in its order.
"""

from __future__ import annotations

import functools

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from .page import Decision, Page, Role
from .products import PRICE, buy_boxes, item_name, priced, product_field, retailer_line
from .shapes import SCORE_SHAPE, figures_row, list_item, shape_of
from .span import body_lines, body_span, paragraph_after
from .words import key_of, title_case


# ---------------------------------------------------------------- award labels
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
    retail = [  # (read as prose only where its full stop closes the shop's legal form: "$64.99 at Denali Supply Co.")
        i
        for i in span
        if feats[i].words <= _SHOP_WORDS
        and (not feats[i].prose or lines[i].text[-8:].lower().endswith(_LEGAL_ENDS))
        and retailer_line(lines[i].text, feats[i])
    ]
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
    for r in retail:  # the name printed above its retailer line (and above its rating: "Rating: 4 out of 5")
        k = r - 1
        while k in span and (_unnamed(d[k]) or (d[k].role is not Role.DEBRIS and product_field(lines[k].text))):
            k -= 1
        named = d[k].role in (Role.PARAGRAPH, Role.HEADING) or d[k].reason == "non-prose" if k in span else False
        if named and item_name(lines, feats, k):
            items.add(k)
    # two priced names one right under the other have no text under them: the rows of a list ("Repair: up to
    # €8,000" / "Replacement: up to €12,000"), no items' subheadings
    items = {i for i in items if i + 1 not in items and i - 1 not in items}
    if len(items) >= 2:
        for i in items:
            page.decide(i, Decision(Role.HEADING, rule="runs/product-items"))
    ends = retail
    if len(items) >= 2:  # in a roundup, under the item's field that closes it too ("Weight: 3 oz | Battery: AAA")
        ends = [*retail, *(r for r in span if d[r].rule == "body/line-of-a-block" and _field_row(lines[r].text))]
    for r in ends:  # a section's title glued under the retailer line that closes the section before
        k = r + 1
        glued_title = k in span and d[k].rule == "body/line-of-a-block" and feats[k].title and feats[k].words <= 12
        if glued_title and paragraph_after(lines, feats, st, span, k) and not P.ends_sentence(lines[k].text):
            page.decide(k, Decision(Role.HEADING, rule="runs/product-items"))
    _buy_boxes(page, span)


_SHOP_WORDS = 12  # a retailer line is this short (as `products.retailer_line` reads it): the cheap test first
_LEGAL_ENDS = tuple(f" {form}." for form in L.COMPANY_LEGAL_FORMS if len(form) <= 6)  # " co.", " ltd." (lower case)


def _field_row(text: str) -> bool:
    """An item's field (`product_field`), or a row of two or more labelled fields parted by bars ("Lumens: 900 |
    Weight: 3.4 oz | Battery: rechargeable"), each a short capitalised label before its colon."""
    if product_field(text):
        return True
    fields = text.split(" | ") if " | " in text else ()
    return len(fields) >= 2 and all(0 < f.find(":") <= _LABEL_CHARS and f[:1].isupper() for f in fields)


_LABEL_CHARS = 22  # a field's label before its colon: this long at most (as `products.product_field` reads it)


def _unnamed(d: Decision) -> bool:
    """Debris above a retailer line that is no product's name: a button, a credit (a name set apart as a line of
    no sentence, "Best overall: Acme Boot", is)."""
    return d.role is Role.DEBRIS and d.reason != "non-prose"


def _buy_boxes(page: Page, span: range) -> None:
    """A roundup's items each over a box to buy it: the name is a subheading, the box (its own title for
    the product, price, shop, button) is removed; the item's features or blurb stay."""
    for name, item, box in buy_boxes(page.lines, page.feats):
        if name not in span:
            continue
        page.decide(name, Decision(Role.HEADING, rule="runs/buy-boxes"))
        _award_label_over(page, span, name)
        for k in item:
            if k != name and page.decisions[k].role is Role.HEADING:  # a feature between longer ones
                page.decide(k, Decision(Role.PARAGRAPH, rule="runs/buy-boxes"))
        for k in box:
            if k in span and k != name:
                page.decide(k, Decision(Role.DEBRIS, "retailer", rule="runs/buy-boxes"))


def _award_label_over(page: Page, span: range, name: int) -> None:
    """A roundup's award label glued above the item's name ("Best value" / "Brackwell Trail Shell", "Also
    good" over the next products): the item's label, as under it (`award_labels`)."""
    k = name - 1
    t = page.lines[k].text if k in span else ""
    d = page.decisions[k] if t else None
    if d is None or page.feats[k].words > 5:
        return
    if d.role not in (Role.PARAGRAPH, Role.HEADING) and d.reason != "non-prose":  # (set a block a line: no block's)
        return
    if not P.ends_sentence(t) and _AWARD.match(t):
        page.decide(k, Decision(Role.DEBRIS, "label", rule="runs/award-label"))


# ---------------------------------------------------------------- a label above a list or table


def list_labels(page: Page) -> None:
    """A short title over two or more same-shaped lines (a schedule, a table's rows, rows closing with figures,
    a fact box's labelled rows: "Key figures" / "Raw cocoa: 2,900 cedis/bag" / "Depots still open: 3 of 9")
    labels them: a subheading ("Tour dates" / "June 9 – Riverton, OR @ Harbor Hall" / "June 10 – ...", "Full
    results" / "Ann Lee Harbour Party 4,812 52.1%" / ...). A table's column names printed between the title and
    its rows ("Pos Player Mins % Rating") are not its title."""
    lines, st, span = page.lines, page, body_span(page)
    d = st.decisions
    columns: set[int] = set()  # column-name rows already read under a title
    for i in span:
        if i in columns or not _label_line(page, i):
            continue
        heads = _column_rows(page, span, i)
        first = heads[-1] + 1 if heads else i + 1
        # (past furniture set among the rows, an ad slot; a scrap no rule read is a row of another shape)
        rows = [k for k in range(first, min(span.stop, first + 5)) if _a_row_or_scrap(d[k])][:2]
        if len(rows) < 2 or any(d[k].role is not Role.PARAGRAPH for k in rows):
            continue
        shapes = {shape_of(lines[k].text) for k in rows}
        # (a page printed a block a line sets no row apart from the rows above it)
        above = i - 1 in span and (not lines[i].blank_before or (i - 1 in page.shaped and page.spaced))
        # (a round's label between two tables of results is no line among their rows: "Under-12 girls")
        glued_row_above = above and shape_of(lines[i - 1].text) in shapes and shapes != {SCORE_SHAPE}
        same = (len(shapes) == 1 and None not in shapes) or all(figures_row(lines[k].text) for k in rows)
        same = same or all(_box_row(page, k) for k in rows)
        if same and not glued_row_above and i - 1 not in page.box_titles:  # (a line among the rows; the first
            # row of a box under its title: "MATCH FACTS" / "Rovers 2-1 United" / "Scorers: ..." / "Attendance: ...")
            page.decide(i, Decision(Role.HEADING, rule="runs/list-label"))
            columns.update(heads)
            for k in heads:  # the column names printed again over every table: the tables' furniture
                if page.feats[k].dup >= 2:
                    page.decide(k, Decision(Role.DEBRIS, "label", rule="runs/table-columns"))


def _box_row(page: Page, k: int) -> bool:
    """A fact box's labelled row, no sentence ("Employees: 3,900"; a speaker's turn "ANN LEE: Good morning." is)."""
    t = page.lines[k].text
    return not page.feats[k].prose and ":" in t[: P.LABEL_REACH] and P.LABEL_ROW.match(t) is not None


def _a_row_or_scrap(decision: Decision) -> bool:
    return decision.role is not Role.DEBRIS or decision.reason == "non-prose"


_BLOCK_LINE = "body/line-of-a-block"


def labels_after_rows(page: Page) -> None:
    """Boxes printed one under another, each a short label over its rows ("Probable line-ups" / a team a
    line / "Form guide" / "Team: W W D W L" / "What they said" / the quotes): a label glued under the rows of
    the box above is the next box's subheading, not one more row, when those rows are labelled fields or
    sentences ("Price: £32,995", "... Akande, Wills.") and it is neither."""
    lines, d, span = page.lines, page.decisions, body_span(page)
    for i in span:
        if d[i].role is not Role.HEADING and not (d[i].role is Role.PARAGRAPH and lines[i].text[-1:] == ":"):
            continue  # a subheading, or a sentence leading into its rows ("Tuesday to Friday, the forecast is:")
        rows: list[int] = []
        k = i + 1
        while k in span and not lines[k].blank_before and d[k].rule in _ROW_RULES:
            if rows and _next_label(page, k, rows):
                page.decide(k, Decision(Role.HEADING, rule="runs/label-after-rows"))
                rows = []
            else:
                rows.append(k)
            k += 1


# a box's line, a schedule's, a list's (under a lead, or marked: "1. Ann Lee (Rovers) 31:04", "- Roof repairs")
_ROW_RULES = (_BLOCK_LINE, "body/dated-item", "body/row-under-lead", "body/list-item")


def _next_label(page: Page, k: int, rows: list[int]) -> bool:
    """Line `k` is a short title unlike the rows above it (each a labelled field or a sentence), with running
    text or more rows under it."""
    t, f = page.lines[k].text, page.feats[k]
    if not f.title or f.words > 6 or ":" in t or P.ends_sentence(t) or not t[:1].isupper() or shape_of(t):
        return False
    if f.name_like or not all(_row_like(page.lines[r].text) for r in rows) or listing_note(t):
        return False  # a name under a list is its author's, at the end of the story; a note is the box's last row
    nxt = k + 1
    if nxt > page.body_end:
        return False
    if page.decisions[nxt].rule in _ROW_RULES:
        return _row_like(page.lines[nxt].text)
    return page.feats[nxt].prose and page.decisions[nxt].role is Role.PARAGRAPH


# ---------------------------------------------------------------- a listing's note
def listing_notes(page: Page) -> None:
    """The note closing an event's box of labelled rows, set apart as a subheading would be ("When: Saturday, 5pm"
    / "Where: the quay" / "Price: Free" / "Booking essential"), or dropped as a stray short line: one more line of the
    box, a paragraph, when its words are a listing's note (`L.LISTING_NOTES_TEXT`) and the two lines above it are
    labelled rows."""
    lines, feats, d = page.lines, page.feats, page.decisions
    for i in range(page.body_start + 2, page.body_end + 1):
        if feats[i].words > 6 or not (d[i].role is Role.HEADING or _a_scrap(d[i])):
            continue
        if all(d[k].rule in _ROW_RULES and ":" in lines[k].text[:40] for k in (i - 1, i - 2)) and listing_note(
            lines[i].text
        ):
            page.decide(i, Decision(Role.PARAGRAPH, rule="runs/listing-note"))


def _a_scrap(decision: Decision) -> bool:
    return decision.role is Role.DEBRIS and decision.reason == "non-prose"


@functools.cache  # cut on first use: few pages print a listing
def _listing_notes() -> tuple[str, ...]:
    return tuple(n.strip() for n in " ".join(L.LISTING_NOTES_TEXT.split()).split(","))


def listing_note(text: str) -> bool:
    """The line opens with the words of a listing's note ("Booking essential", "Entrée libre", "Sold out")."""
    low = text.lower().rstrip(" .!")
    return any(low.startswith(n) and not low[len(n) : len(n) + 1].isalnum() for n in _listing_notes())


_LIST_LINES = ("body/long-line", _BLOCK_LINE)


def last_list_items(page: Page) -> None:
    """The last line of a list printed a line each, over the paragraph after the list, is one more item,
    not a subheading over that paragraph ("Shower and change clothes after ..." / "Dry washing indoors on
    high-count days" / the next paragraph): two lines above it read as a list's lines (`_list_line`), and it is
    one as long as they are, of their shape ("1:15pm – ..." / "2:40pm – ...")."""
    lines, feats, d = page.lines, page.feats, page.decisions
    for i in range(page.body_start + 2, page.body_end + 1):
        if d[i].rule != "body/heading" or feats[i].words < 6 or title_case(lines[i].text):
            continue
        above = (i - 2, i - 1)
        if any(not _list_line(page, k) or title_case(lines[k].text) for k in above):
            continue
        shape = shape_of(lines[i].text)
        if all(shape_of(lines[k].text) == shape for k in above):
            page.decide(i, Decision(Role.PARAGRAPH, rule="runs/last-list-item"))


def _list_line(page: Page, k: int) -> bool:
    """Line `k` reads as a list's line: decided so, or a paragraph that ends no sentence ("Recycles 38 lakh litres of
    water a day, about 92 per cent of the unit's use": an item long enough to read as running text)."""
    d = page.decisions[k]
    return d.rule in _LIST_LINES or (d.role is Role.PARAGRAPH and not P.ends_sentence(page.lines[k].text))


def _row_like(text: str) -> bool:
    """A row of a box: a labelled field ("Price: £32,995"), a sentence, or a marked item ("2. Ann Lee (Rovers)")."""
    return ":" in text[:40] or P.ends_sentence(text) or list_item(text)


def _label_line(page: Page, i: int) -> bool:
    """A short title kept as text or dropped as a stray short line: a list's or a table's label maybe."""
    d, f, t = page.decisions[i], page.feats[i], page.lines[i].text
    labelled = d.role is Role.PARAGRAPH or (d.role is Role.DEBRIS and d.reason == "non-prose")
    if not labelled or not f.title or f.words > 8 or t.endswith(":"):
        return False
    if P.ends_sentence(t) or figures_row(t):  # (a table's row, no label)
        return False
    shape = shape_of(t)  # none, or a box's label led by a name in capitals ("CMG at a glance", "NHS in numbers")
    return shape is None or (not shape[1] and shape[0].isupper() and any(w[:1].islower() for w in t.split()))


def _column_rows(page: Page, span: range, i: int) -> list[int]:
    """A table's column names glued under its title ("Linebacker" / "Pos Player Mins % Rating", printed
    once or twice), or set apart right over rows of figures, when the title opens its block (running text or a
    blank line above it)."""
    lines, feats = page.lines, page.feats
    above = i - 1
    if above in span and not lines[i].blank_before and not feats[above].prose:
        return []  # a line inside a block, not its first
    heads: list[int] = []
    k = i + 1
    while (
        k in span and len(heads) < 2 and (not lines[k].blank_before or _over_figures(page, k)) and _label_line(page, k)
    ):
        if feats[k].words < 3 or lines[k].text[:1].islower():
            break
        heads.append(k)
        k += 1
    return heads


def _over_figures(page: Page, k: int) -> bool:
    """Line `k` stands right over a row of figures: a table's column names, set apart as its rows are."""
    return k + 1 <= page.body_end and figures_row(page.lines[k + 1].text)


# ---------------------------------------------------------------- a table of contents
_CONTENTS_LABELS = frozenset(L.CONTENTS_LABELS)
_CONTENTS_LABEL_CHARS = 40  # a heading's label before its colon, a contents list's line: this long at most


def contents_list(page: Page) -> None:
    """A table of contents above the sections ("Jump to:" / the section titles): a run of two or more lines in
    a row, each printed again further down as one of the story's headings, are links to the page's own
    sections, not its text; so is the label above them, a contents label ("Jump to:", "In this article") or a
    short line glued to the run that is no sentence."""
    d, feats, span = page.decisions, page.feats, body_span(page)
    headings = [i for i in span if d[i].role is Role.HEADING]
    if len(headings) < 2:
        return
    later_heading = {feats[i].key: i for i in headings}
    for i in headings:  # and a heading's label before its colon ("Best overall" of "Best overall: Acme Pan")
        colon = page.lines[i].text.find(":", 0, _CONTENTS_LABEL_CHARS)
        if colon > 0:
            later_heading.setdefault(key_of(page.lines[i].text[:colon]), i)
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


_ROW_BARS = (" | ", " · ", " • ")  # the marks a one-line contents row sets its links apart with


def contents_row(page: Page) -> None:
    """A contents label ("Jump to:", "In this article:", "Sommaire :") over one line of in-page links set apart by
    bars or dots ("Best overall | Best budget | Best for runners"): the label and its row are the page's links to
    its own sections, not its text, wherever the sections' titles are found."""
    lines, feats = page.lines, page.feats
    for i in body_span(page):
        if feats[i].words > 4 or i + 1 > page.body_end or not lines[i].text.endswith(":"):
            continue  # (the cheap tests first: most lines are no label)
        if lines[i].text.rstrip(": ").lower() in _CONTENTS_LABELS and _links_row(lines[i + 1].text):
            page.decide(i, Decision(Role.DEBRIS, "label", rule="runs/contents-row"))
            page.decide(i + 1, Decision(Role.DEBRIS, "link", rule="runs/contents-row"))


def _links_row(text: str) -> bool:
    """Three or more short titles in a row, set apart by one of `_ROW_BARS`, none a sentence."""
    for bar in _ROW_BARS:
        items = text.split(bar)
        if len(items) >= 3 and all(0 < len(item.split()) <= 6 and not P.ends_sentence(item) for item in items):
            return True
    return False


def _contents_label(page: Page, i: int) -> bool:
    if i < 0:
        return False
    if page.lines[i].text.rstrip(": ").lower() in _CONTENTS_LABELS:
        return True
    feats = page.feats[i]
    return i >= page.body_start and not page.lines[i + 1].blank_before and feats.words <= 4 and not feats.prose
