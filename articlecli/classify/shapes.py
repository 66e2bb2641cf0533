"""What a body line's shape says, read before anything is decided: the row of a schedule or a table
(`shape_of`, `shaped_runs`), a product's name or its retailer line, a box of links set inside the story.
The span (where the story ends) and the run rules both read them."""

from __future__ import annotations

import re as std_re

import regex

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..normalize import Line
from .features import Features
from .stamps import LIST_MARKERS as _MARKERS
from .stamps import live_posts

# a price closing an item's name, a few words after it at most: "Acme Pulse Mini for $39", "Acme Lamp, £24.99
# (was £30)"; not a sum inside a sentence ("Port Carrick, where £21 million will rebuild the wall")
_SIGN = "[" + "".join(rx.escape(c) for c in L.CURRENCY_SIGNS) + "]"  # one currency sign
PRICE = rx.compile(rf"(?:{_SIGN}\s?+\d|\d\s?+(?:{'|'.join(L.CURRENCY_CODES)})\b)[^\s]*+(?:\s++\S++){{0,3}}$")

RETAILER_LINE = rx.compile(
    rf"^(?:\L<leads>)(?:\s*+:\s*+{_SIGN}\d[\d.,]*+)?\s++(?:at|from|on)\s++\S.{{0,50}}$"  # "Buy it: $89 at Loma"
    rf"|^(?:{_SIGN}|\p{{Lu}}{{1,3}}{_SIGN}|(?-i:\L<codes>)\.?+\s?+)\d[\d.,]*+\s++(?:at|from|on)\s++\S.{{0,40}}$",
    regex.IGNORECASE,
    leads=P.phrase_list(L.RETAILER_LEADS),
    codes=list(L.CURRENCY_PREFIXES),
)

# a month's or a weekday's name or its short form ("June", "Sept.", "Thu"); not a word they open ("Market")
_MONTH_OR_DAY = frozenset((*dates.MONTHS, *dates.WEEKDAYS))
_FIELD_LABELS = frozenset(L.PRODUCT_FIELD_LABELS)

_FRACTIONS = "½¼¾⅓⅔⅛"

_TIME_LEAD = rx.compile(r"^\d{1,2}(?::\d{2})?\s*+[ap]\.?m\b", regex.IGNORECASE)


_SEPARATORS = (" – ", " — ", " - ", " @ ", ": ", " | ", " • ")
# the first word of a retailer line, for a cheap test with the standard library's engine
# (a lead's first word or a sign after up to three letters, in any case; a currency's code as printed before its
# amount, as `RETAILER_LINE` reads it: "SEK 899", "Rs. 4,999")
RETAILER_HINT = rx.compile_std(
    "|".join(sorted({std_re.escape(w.split()[0]) for w in L.RETAILER_LEADS}))
    + "|[A-Z]{0,3}"
    + _SIGN
    + "|(?-i:"
    + "|".join(sorted(map(std_re.escape, L.CURRENCY_PREFIXES)))
    + r")\.?\s?\d",
    std_re.IGNORECASE,
)
# what RETAILER_HINT matches, in lower case: a line opening in ASCII is read against them as plain text (beyond
# ASCII, a character may fold to a lead's letter: "ſ", "K")
_RETAILER_HEADS = tuple(sorted({w.split()[0].lower() for w in L.RETAILER_LEADS} | set(L.CURRENCY_SIGNS)))
_CURRENCY_PREFIXES = tuple(L.CURRENCY_PREFIXES)
_CODE_HEADS = frozenset(c[:2] for c in L.CURRENCY_PREFIXES)  # a code's first two letters, a set to look up
_ASCII_SPACES = " \t\n\r\f\v"
_RETAILER_HEAD_SIZE = max(map(len, _RETAILER_HEADS))
# a currency sign; or a sign or a code (`priced`): looked for as plain text, a scan at C speed where a pattern
# reads every character of a paragraph
_PRICE_MARKS = (*L.CURRENCY_SIGNS, *L.CURRENCY_CODES)


def retailer_hint(text: str) -> bool:
    """`RETAILER_HINT` matches the line's start."""
    head = text[:_RETAILER_HEAD_SIZE]
    if head.isascii():
        if head.lower().startswith(_RETAILER_HEADS):
            return True
        # a dollar after its country's letters ("NZ$89"), in any case
        if "$" in head[:4]:
            dollar = head.index("$")
            if head[:dollar].isalpha():
                return True
        # a currency's code as printed before the amount ("SEK 899", "Rs. 4,999")
        return head[:2] in _CODE_HEADS and _code_before_amount(head)
    return RETAILER_HINT.match(text) is not None


def _code_before_amount(head: str) -> bool:
    """A currency's code opening `head` (ASCII) is followed by its amount: a dot, a space, a digit, each optional
    but the digit."""
    for code in _CURRENCY_PREFIXES:
        if head.startswith(code):
            rest = head[len(code) :]
            rest = rest[1:] if rest[:1] == "." else rest
            rest = rest[1:] if rest[:1] and rest[:1] in _ASCII_SPACES else rest
            if rest[:1].isdigit():
                return True
    return False


def currency_sign(text: str) -> bool:
    """The line holds a currency sign ("$", "£", "€")."""
    for sign in L.CURRENCY_SIGNS:  # noqa: SIM110 (a loop: `any` over a generator costs more than the tests)
        if sign in text:
            return True
    return False


def list_item(text: str) -> bool:
    """`patterns.LIST_ITEM` matches the line ("- Roof repairs", "2) Costs", "b. Ferries"): a line opening with an
    ASCII character that is no digit, "*" or "-", and no "." or ")" after it, is spared the pattern."""
    first = text[:1]
    if first.isascii() and not first.isdigit() and first not in "*-" and text[1:2] not in ".)":
        return False
    return P.LIST_ITEM.match(text) is not None


def inline_boxes(lines: list[Line], feats: list[Features]) -> set[int]:
    """A box of links set inside the story ("Related Links" / two titles / the story goes on): its
    lines, which do not end the story. A box needs prose above it and two paragraphs after it."""
    out: set[int] = set()
    for i, f in enumerate(feats):
        if not f.soft_stop or f.hard_stop or not any(feats[k].prose for k in range(max(0, i - 3), i)):
            continue
        k = i + 1
        while k < len(lines) and k - i <= 6 and not feats[k].prose and not feats[k].soft_stop:
            k += 1
        if not 2 <= k - i <= 6 or k + 1 >= len(lines) or feats[k].soft_stop:
            continue
        if feats[k].words >= 12 and feats[k + 1].prose:  # the story goes on (not a teaser's blurb)
            out.update(range(i, k))
    return out


def shape_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The shape that the lines of a list or a table share, or None for a line with no such shape:
    how it begins (a month or weekday, a time, a number, a short code in capitals, a marker) and the
    separators it uses ("June 9 – Riverton, OR @ Harbor Hall" -> ('date', (' – ', ' @ ')))."""
    first = text.split(None, 1)[0] if text.strip() else ""
    seps = tuple([s for s in _SEPARATORS if s in text])
    lead: str | None
    if first.rstrip(".,").lower() in _MONTH_OR_DAY:
        lead = "date"
    elif text[:1].isdigit() and _TIME_LEAD.match(text):
        lead = "time"
    elif first[:1].isdigit() or first[:1] in _FRACTIONS:
        second = text.split(None, 2)[1:2]
        # "8 pork sausages", "½ tsp salt": a quantity (an ingredient); "27 Oddest Cases" is a title
        lead = "quantity" if second and second[0][:1].islower() else "number"
    elif (text[1:2] in ".)" or text[:1] in _MARKERS) and P.LIST_ITEM.match(text):  # what a marker opens with
        lead = "marker"
    elif first.isupper() and first.isalpha() and len(first) <= 4 and first not in ("A", "I"):
        lead = first  # "LB Joe Moss 61 88%": a table row's code
    else:
        lead = None
    if lead is None and not seps:
        return None
    return (lead or "word", seps)


def shaped_runs(lines: list[Line], feats: list[Features], spaced: bool | None = None) -> set[int]:
    """Three or more lines one under another sharing a shape (see `shape_of`), with the title line
    above them: a schedule or a table's rows, not page chrome; and a table's title and column names
    (see `table_heads`). A blank line sets a row apart from the rows above it, but on a page that prints one
    between every two lines (`spaced`, see `spaced_page`), where none does ("YOU WILL NEED" / "" / "2 cups red
    lentils" / "" / "1 onion, chopped": the rows are one list as they would be glued)."""
    out: set[int] = set()
    run: list[int] = []
    current: tuple[str, tuple[str, ...]] | None = None
    n = len(lines)
    spaced = spaced_page(lines) if spaced is None else spaced
    apart = [False] * n if spaced else [line.blank_before for line in lines]
    shapes = [
        _row_shape(lines, feats, i, apart, spaced) for i in range(n)
    ]  # each line's read once (a gap reads the next)
    shapes.append(None)
    apart.append(True)
    for i in range(n + 1):
        shape = shapes[i]
        if shape is None and current is not None and _gap_in_rows(feats, shapes, i, current, apart):
            shape = current  # "A small bunch of sage" among the quantities: a row all the same
        if shape is not None and shape == current and not apart[i]:
            run.append(i)
            continue
        label = run[0] - 1 if run else -1
        if len(run) >= 3 and not (label >= 0 and (feats[label].soft_stop or feats[label].hard_stop)):
            out.update(run)  # (under "Latest news" or "Most read", a list of links, not the story's)
            if label >= 0 and feats[label].title and not feats[label].prose and feats[label].debris is None:
                out.add(label)
        run, current = ([i], shape) if shape is not None else ([], None)
    out |= table_heads(lines, feats) | live_posts(lines, feats)
    for name, _item, box in buy_boxes(lines, feats):
        out.update(range(name, box.stop))  # a roundup's items: the story goes on through them
    return out


def table_heads(lines: list[Line], feats: list[Features]) -> set[int]:
    """A table's title and column names glued above two or more rows that open with the same code in
    capitals ("Defenders" / "Pos Player Mins Rating" / "CB Ivo Marsh 90 8 ..." / "CB ..."): the story's
    own table, its rows running text or not."""
    out: set[int] = set()
    first, code = 0, None  # the first row of the run so far, and its code
    for i, line in enumerate(lines):
        t = line.text
        row = _row_code(t) if t[1:2].isupper() or t[1:2] == " " else None  # (a cheap test first)
        if row is not None and row == code and not line.blank_before:
            if i == first + 1:  # a second row: the lines glued above the first are the table's head
                k = first
                while k - 1 >= 0 and first - k < 3 and not lines[k].blank_before and feats[k - 1].title:
                    k -= 1
                    out.add(k)
            continue
        first, code = i, row
    return out


def _row_code(text: str) -> str | None:
    """The short code in capitals a table's row opens with ("LB Joe Moss 74 ..."), or None."""
    if not text[:1].isupper() or " " not in text[1:5]:
        return None
    first = text.split(None, 1)[0]
    return first if first.isupper() and first.isalpha() and first not in ("A", "I") else None


def spaced_page(lines: list[Line]) -> bool:
    """The page prints a blank line between every two lines (nine in ten lines or more): its spacing sets
    nothing apart."""
    return sum(line.blank_before for line in lines) * 10 >= len(lines) * 9


def _gap_in_rows(
    feats: list[Features],
    shapes: list[tuple[str, tuple[str, ...]] | None],
    i: int,
    shape: tuple[str, tuple[str, ...]],
    apart: list[bool],
) -> bool:
    """A short line with no shape of its own between two rows of `shape` (`shapes`: each line's row
    shape), glued to both (`apart`: what sets a line apart, see `shaped_runs`)."""
    n = len(feats)
    if i + 1 >= n or apart[i] or apart[i + 1]:
        return False
    f = feats[i]
    return not f.prose and f.debris is None and 1 <= f.words <= 8 and shapes[i + 1] == shape


def _row_shape(
    lines: list[Line], feats: list[Features], i: int, apart: list[bool], spaced: bool
) -> tuple[str, tuple[str, ...]] | None:
    """Line `i`'s shape as a row (`apart`: see `shaped_runs`); on a page printed a block a line (`spaced`), only
    a row that opens with a date, a time, a quantity or a code: separators alone ("(Graphic: Assets - here)")
    are as often links set a block each."""
    f = feats[i]
    if f.prose or f.debris is not None or f.words < 3 or len(lines[i].text) > 160:
        return None
    if apart[i] and (i + 1 >= len(lines) or apart[i + 1]):
        return None  # a row has a row glued to it above or below
    shape = shape_of(lines[i].text)
    if shape is None or not row_shape(shape) or (spaced and shape[0] == "word"):
        return None
    return shape


def row_shape(shape: tuple[str, tuple[str, ...]]) -> bool:
    """A shape that rows of a schedule or table have and link titles seldom do: separators, a date or
    time first, or a code in capitals ("27 Oddest Medical Cases" is a title)."""
    lead, seps = shape
    return bool(seps) or lead not in ("word", "number", "marker")


def product_lines(lines: list[Line], feats: list[Features]) -> tuple[set[int], set[int]]:
    """A roundup's item names and retailer lines ("Acme Pulse Mini for $39" / "See it at ShopMart"); and, where two
    items or more have a retailer line, the items' own short lines around them (`_item_furniture`)."""
    out: set[int] = set()
    shops: list[int] = []
    for i, line in enumerate(lines):
        if feats[i].prose or feats[i].words > 14:
            continue
        if retailer_line(line.text, feats[i]):
            out.add(i)
            shops.append(i)
            if i > 0 and item_name(lines, feats, i - 1):
                out.add(i - 1)
        elif priced(line.text) and item_name(lines, feats, i) and PRICE.search(line.text):
            out.add(i)
    return out, _item_furniture(lines, feats, shops) if len(shops) >= 2 else set()


# lines of an item's own furniture above its retailer line (title, rating) and below it (pros, cons, button), at most
ITEM_ABOVE, ITEM_BELOW = 3, 8


def _item_furniture(lines: list[Line], feats: list[Features], shops: list[int]) -> set[int]:
    """A roundup's items each with a retailer line: the short lines around it that are the item's own (its
    title, "Rating: 4 out of 5", "Pros: ...", "Cons: ...", the "Buy now" button) are the story's list, not the
    page's furniture, so that the story runs on past them to the next item. The titles stand above the retailer
    line; what follows the last item (a box of related titles) is not the item's."""
    out: set[int] = set()
    for r in shops:
        for k in range(max(0, r - ITEM_ABOVE), min(len(lines), r + ITEM_BELOW + 1)):
            f = feats[k]
            if f.prose or f.words > 14 or f.hard_stop or (f.soft_stop and f.debris != "retailer"):
                continue  # (a box's label after the last item, "Related reviews", ends the story as before)
            own = f.debris == "retailer" or product_field(lines[k].text)
            if own or (k < r and f.debris is None and item_name(lines, feats, k)):  # a title above its shop
                out.add(k)
    return out


def buy_boxes(lines: list[Line], feats: list[Features]) -> list[tuple[int, range, range]]:
    """A roundup's items, each a name over its blurb or its features, then a box to buy it ("Acme Lamp
    (Latest Model)" / "$39.00" / "Available from ShopMart" / "Buy Now"): for two boxes or more, each
    item's (name, lines from the name to the box, the box's lines). A box is a group of lines with a
    button in it; the name opens the group above it, or the box itself."""
    buttons = [i for i, f in enumerate(feats) if f.debris == "retailer"]  # "Buy Now", "View deal"
    if len(buttons) < 2:
        return []
    found: list[tuple[int, range, range]] = []
    taken, priced_boxes = -1, 0  # the last line of the box before; boxes that print a price or a shop
    for b in buttons:
        box = _group(lines, b)
        if len(box) > 8 or len(box) == 1:  # no blank line around the box, or one around every line
            box = _priced_lines_over(lines, feats, b, taken)
            name = _name_over(lines, feats, box.start, taken) if box else None
            if name is not None:
                priced_boxes += 1
                found.append((name, range(name, box.start), box))
                taken = box.stop - 1
            continue
        if box.start <= taken or b != box.stop - 1:  # a box ends with its button
            continue
        priced_boxes += any(_price_or_shop(lines, feats, k) for k in box)
        # the item opens after the box before (close enough) or with the group above the box
        first = taken + 1 if taken >= 0 and box.start - taken <= 16 else _group(lines, max(0, box.start - 1)).start
        if first < box.start and box.start - first <= 16 and _item_name(lines, feats, first):
            found.append((first, range(first, box.start), box))
        elif _item_name(lines, feats, box.start) and not _price_or_shop(lines, feats, box.start):
            found.append((box.start, range(box.start, box.start), box))
        taken = box.stop - 1
    if priced_boxes < 2:
        return []
    return found if len(found) >= 2 else []


def _priced_lines_over(lines: list[Line], feats: list[Features], b: int, taken: int) -> range:
    """A box told by its lines where the spacing tells nothing: the button at `b` and the prices or shops right
    above it ("$189 at Store" / "$195 at Shop" / "Buy now"), below the box before (`taken`); empty without one."""
    start = b
    while start - 1 > taken and b - start < 4 and _price_or_shop(lines, feats, start - 1):
        start -= 1
    return range(start, b + 1) if start < b else range(b, b)


def _name_over(lines: list[Line], feats: list[Features], start: int, taken: int) -> int | None:
    """The item's name over its blurb and its picture's credit, above its box (which opens at `start`): the
    first title-like line going up past running text, within 16 lines and below the box before (`taken`)."""
    k, prose = start - 1, False
    while k > taken and start - k <= 16:
        f = feats[k]
        if f.prose:
            prose = True
        elif f.credit is None and _item_name(lines, feats, k):
            return k if prose else None
        k -= 1
    return None


# how far `_group` walks each way: a box is at most 8 lines and an item's name at most 16 lines above its box,
# so a group cut here is too long for either, as the whole group would be (a page with no blank line is
# not walked again for every button)
_GROUP_REACH = 17


def _group(lines: list[Line], i: int) -> range:
    """The lines around `i` with no blank line between them, at most `_GROUP_REACH` lines each way."""
    start, stop = i, i + 1
    low, high = max(0, i - _GROUP_REACH), min(len(lines), i + 1 + _GROUP_REACH)
    while start > low and not lines[start].blank_before:
        start -= 1
    while stop < high and not lines[stop].blank_before:
        stop += 1
    return range(start, stop)


def _price_or_shop(lines: list[Line], feats: list[Features], i: int) -> bool:
    t = lines[i].text
    return (priced(t) and feats[i].words <= 3) or retailer_line(t, feats[i])


def _item_name(lines: list[Line], feats: list[Features], i: int) -> bool:
    f = feats[i]
    return item_name(lines, feats, i) and f.debris is None and f.credit is None and not f.date_line


def retailer_line(text: str, f: Features) -> bool:
    """ "See it at ShopMart", "$39 at Acme": a product's retailer (cheap tests first)."""
    return f.words <= 12 and retailer_hint(text) and RETAILER_LINE.match(text) is not None


# "Harbour Ferries HFL $8.20 -4.1%": a row of a table of figures, two or more figures closing the line
_FIGURES_END = rx.compile(r"(?:\s++[-+−]?[$£€]?\d[\d.,]*+%?){2,}$")


def figures_row(text: str) -> bool:
    """A line closing with two or more figures (a price and its change): a table's row, not an item's name."""
    return (text[-1:].isdigit() or text[-1:] == "%") and _FIGURES_END.search(text) is not None


def priced(text: str) -> bool:
    """The line holds a currency sign or code ("$8.20", "EUR 12")."""
    for mark in _PRICE_MARKS:  # noqa: SIM110 (a loop, as in `currency_sign`)
        if mark in text:
            return True
    return False


def item_name(lines: list[Line], feats: list[Features], i: int) -> bool:
    t = lines[i].text
    return not feats[i].prose and 1 <= feats[i].words <= 14 and not P.ends_sentence(t) and not product_field(t)


def product_field(text: str) -> bool:
    """ "Price: £49.99", "Cons: Slow, heavy when full": a labelled field of a roundup's item, not its name; and a
    box's row of figures under a label of words ("Net profit: S$27.4m (-18%)", `figures_field`)."""
    # (a "Label: value" row whose label is of the roundup's table alone: see `patterns.LABEL_ROW`)
    colon = text.find(":", 0, 22)  # the cheap test: a label is short
    return colon > 0 and (text[:colon].strip().casefold() in _FIELD_LABELS or figures_field(text, colon))


FIELD_LABEL_WORDS = 4  # the label of a box's row of figures: this many words at most


def figures_field(text: str, colon: int) -> bool:
    """A label of a few words, its colon at `colon`, then figures alone, each a number with its sign, unit or
    change ("Attendance: 6,420", "Revenue: S$412.8m (-6%)"): a fact box's row, never an item's name or a
    subheading ("Day 3: 40km to Fenby" says more than figures)."""
    label, value = text[:colon].split(), text[colon + 1 :].split()
    if not (1 <= len(label) <= FIELD_LABEL_WORDS and value) or any(ch.isdigit() for ch in text[:colon]):
        return False
    return all(any(ch.isdigit() for ch in token) for token in value)
