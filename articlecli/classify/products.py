"""What a roundup's lines say about its products, read before anything is decided: an item's name and its price,
its retailer line ("See it at ShopMart", "$39 at Acme"), its labelled fields ("Price: £49.99"), and the boxes to
buy it. The span (where the story ends) and the run rules read them with the shapes of `shapes`."""

from __future__ import annotations

import re as std_re

import regex

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..normalize import Line
from .features import Features

# a price closing an item's name, a few words after it at most: "Acme Pulse Mini for $39", "Acme Lamp, £24.99
# (was £30)"; not a sum inside a sentence ("Port Carrick, where £21 million will rebuild the wall")
_SIGN = "[" + "".join(rx.escape(c) for c in L.CURRENCY_SIGNS) + "]"  # one currency sign

PRICE = rx.compile(rf"(?:{_SIGN}\s?+\d|\d\s?+(?:{'|'.join(L.CURRENCY_CODES)})\b)[^\s]*+(?:\s++\S++){{0,3}}$")

RETAILER_LINE = rx.compile(
    rf"^(?:\L<leads>)(?:\s*+:\s*+{_SIGN}\d[\d.,]*+)?\s++(?:at|from|on)\s++\S.{{0,50}}$"  # "Buy it: $89 at Loma"
    rf"|^(?:{_SIGN}|\p{{Lu}}{{1,3}}{_SIGN}|(?-i:\L<codes>)\.?+\s?+)\d[\d.,]*+\s++(?:at|from|on)\s++\S.{{0,40}}"
    rf"(?:[,;|]\s*+{_SIGN}\d[\d.,]*+\s++(?:at|from|on)\s++\S.{{0,40}})?$",  # "$449 at Loma, $469 at Acme": two shops
    regex.IGNORECASE,
    leads=P.phrase_list(L.RETAILER_LEADS),
    codes=list(L.CURRENCY_PREFIXES),
)

_FIELD_LABELS = frozenset((*L.PRODUCT_FIELD_LABELS, *L.LISTING_FIELD_LABELS))  # "Tickets: £5": no product's name
_FIGURE_WORDS = frozenset(L.FIGURE_WORDS)

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

# a code's first two letters, a set to look up; a code of one letter with each digit after it ("P5,899", "R1,299")
_CODE_HEADS = frozenset(
    [c[:2] for c in L.CURRENCY_PREFIXES if len(c) > 1]
    + [c + d for c in L.CURRENCY_PREFIXES if len(c) == 1 for d in "123456789"]
)

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
    """ "Price: £49.99", "Cons: Slow, heavy when full": a labelled field of a roundup's item, not its name; a
    box's row of figures under a label of words ("Pre-tax loss: €3.1m (-12%)", `figures_field`); a row of
    labelled figures parted by bars (`spec_row`)."""
    # (a "Label: value" row whose label is of the roundup's table alone: see `patterns.LABEL_ROW`)
    colon = text.find(":", 0, 22)  # the cheap test: a label is short
    if colon > 0 and (text[:colon].strip().casefold() in _FIELD_LABELS or figures_field(text, colon)):
        return True
    return spec_row(text)


FIELD_LABEL_WORDS = 4  # the label of a box's row of figures: this many words at most


def figures_field(text: str, colon: int) -> bool:
    """A label of a few words, its colon at `colon`, then figures alone, each a number with its sign, unit or
    change, or its magnitude in words ("Attendance: 6,420", "Revenue: S$412.8m (-6%)", "Revenue: TT$5.8 billion
    (up 6%)"): a fact box's row, never an item's name or a subheading ("Day 3: 40km to Fenby" says more)."""
    label, value = text[:colon].split(), text[colon + 1 :].split()
    if not (1 <= len(label) <= FIELD_LABEL_WORDS and value) or any(ch.isdigit() for ch in text[:colon]):
        return False
    # (a figure's magnitude or change in words, "TT$5.8 billion (up 6%)", read only where a token has no digit)
    words = [token for token in value if not any(ch.isdigit() for ch in token)]
    return len(words) < len(value) and all(w.strip("()[],;").casefold() in _FIGURE_WORDS for w in words)


# the bars and dots that part the fields of a spec row ("Capacity 1 l | Weight 690 g", "Serves 4 · Prep 30 min")
_FIELD_BARS = (" | ", " · ")
_FIELD_WORDS = 5  # a field is a label and its figure: "After 8 hrs: 64°C", "Bake 1 hr 15 min"


def spec_row(text: str) -> bool:
    """Two or more labelled figures parted by bars or dots, each field a capitalised label with a figure in it
    ("Volume 1.2 l | Mass 610 g | After 8 hrs: 64°C", "Serves 6 · Prep 20 min · Bake 45 min"): an item's row of
    specifications or a recipe's, a row of the story's table, not a heading or a widget ("3 min read | 12 comments"
    has no label first); a field may also be a label and a value in words, where another holds a figure ("Ice
    retention: up to 5 days | Charging: USB-C")."""
    bar = next((b for b in _FIELD_BARS if b in text), None)
    if bar is None:
        return False
    fields = text.split(bar)
    if len(fields) < 2 or not all(f[:1].isupper() and len(f.split()) <= _LABELLED_FIELD_WORDS for f in fields):
        return False
    figured = [any(ch.isdigit() for ch in f) for f in fields]
    return any(figured) and all(
        (digit and len(f.split()) <= _FIELD_WORDS) or P.label_row(f) for f, digit in zip(fields, figured, strict=True)
    )


_LABELLED_FIELD_WORDS = 7  # a field of a label and its value in words: "Ice retention: up to 5 days", at most
