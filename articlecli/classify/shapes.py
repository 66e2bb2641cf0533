"""What a body line's shape says, read before anything is decided: the row of a schedule or a table
(`shape_of`, `shaped_runs`), a box of links set inside the story (a product's name or its retailer line is in
`products`). The span (where the story ends) and the run rules both read them."""

from __future__ import annotations

import regex

from .. import dates, rx
from .. import patterns as P
from ..normalize import Line
from .features import Features
from .products import buy_boxes
from .stamps import LIST_MARKERS as _MARKERS
from .stamps import live_posts

# a month's or a weekday's name or its short form ("June", "Sept.", "Thu"); not a word they open ("Market")
_MONTH_OR_DAY = frozenset((*dates.MONTHS, *dates.WEEKDAYS))

_FRACTIONS = "½¼¾⅓⅔⅛"

_TIME_LEAD = rx.compile(r"^\d{1,2}(?::\d{2})?\s*+[ap]\.?m\b", regex.IGNORECASE)


_SEPARATORS = (" – ", " — ", " - ", " @ ", ": ", " | ", " • ")

# a result between two names ("Rovers 2-1 United", "IES Río Duernas 5 – 3 IES Valdecastro"): a results table's row
_SCORE = rx.compile(r"\p{L}[\p{L}.)]*+\s\d{1,3}\s?+[–—-]\s?+\d{1,3}\s\p{Lu}")
_SCORE_ROW_LONGEST = 120  # characters of a result's row, at most
SCORE_SHAPE: tuple[str, tuple[str, ...]] = ("score", ())


def list_item(text: str) -> bool:
    """`patterns.LIST_ITEM` matches the line ("- Roof repairs", "2) Costs", "b. Ferries"): a line opening with an
    ASCII character that is no digit, "*" or "-", and no "." or ")" after it, is spared the pattern."""
    first = text[:1]
    if first.isascii() and not first.isdigit() and first not in "*-" and text[1:2] not in ".)":
        return False
    return P.LIST_ITEM.match(text) is not None


def inline_boxes(lines: list[Line], feats: list[Features]) -> set[int]:
    """A box of links set inside the story ("Related Links" / two titles / the story goes on): its
    lines, which do not end the story. A box needs prose above it and two paragraphs after it (or a
    subheading and two paragraphs)."""
    out: set[int] = set()
    for i, f in enumerate(feats):
        if not f.soft_stop or f.hard_stop or not any(feats[k].prose for k in range(max(0, i - 3), i)):
            continue
        k = i + 1
        while k < len(lines) and k - i <= 6 and not feats[k].prose and not feats[k].soft_stop:
            k += 1
        if not 2 <= k - i <= 6 or k + 1 >= len(lines) or feats[k].soft_stop:
            continue
        if _goes_on(feats, k):
            out.update(range(i, k))
    return out


def _goes_on(feats: list[Features], k: int) -> bool:
    """The story goes on at line `k`, under a box: running text (not a teaser's blurb, a line alone), or a
    subheading over two lines of it ("Related topics" / three topics / "What causes landslips?" / its text)."""
    if feats[k].words >= 12:
        return feats[k + 1].prose
    return k + 2 < len(feats) and feats[k + 1].words >= 12 and feats[k + 1].prose and feats[k + 2].prose


def entry_row(text: str) -> bool:
    """A row of a table or a listing that no story's title nor subheading is: a result ("Rovers 2-1 United"), or a
    date or a time opening a line of separated fields ("Sunday 13 December – Trefelyn – Capel Seion, 11am")."""
    if not dates.has_digit(text):
        return False  # (the cheap test first: each shape of such a row holds a figure)
    shape = shape_of(text)
    return shape is not None and (shape == SCORE_SHAPE or (shape[0] in ("date", "time") and bool(shape[1])))


def shape_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The shape that the lines of a list or a table share, or None for a line with no such shape:
    how it begins (a month or weekday, a time, a number, a short code in capitals, a marker) and the
    separators it uses ("June 9 – Riverton, OR @ Harbor Hall" -> ('date', (' – ', ' @ ')))."""
    first = text.split(None, 1)[0] if text.strip() else ""
    seps = tuple([s for s in _SEPARATORS if s in text])
    lead: str | None
    if first.rstrip(".,:").lower() in _MONTH_OR_DAY:
        lead = "date"
    elif text[:1].isdigit() and _TIME_LEAD.match(text):
        lead = "time"
    elif first[:1].isdigit() or first[:1] in _FRACTIONS:
        second = text.split(None, 2)[1:2]
        # "8 pork sausages", "½ tsp salt": a quantity (an ingredient); "27 Oddest Cases" is a title; "9 June: ...",
        # "2–6 June – ...": a date, the day first
        if second and second[0].rstrip(".,:").lower() in _MONTH_OR_DAY:
            lead = "date"
        else:
            lead = "quantity" if second and second[0][:1].islower() else "number"
    elif (text[1:2] in ".)" or text[:1] in _MARKERS) and P.LIST_ITEM.match(text):  # what a marker opens with
        lead = "marker"
    elif len(text) <= _SCORE_ROW_LONGEST and dates.has_digit(text) and _SCORE.search(text) is not None:
        return SCORE_SHAPE  # a result's row, its round's label before a colon or not ("Final: Rovers 2-1 United")
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


# "Harbour Ferries HFL $8.20 -4.1%": a row of a table of figures, two or more figures closing the line
_FIGURES_END = rx.compile(r"(?:\s++[-+−]?[$£€]?\d[\d.,]*+%?){2,}$")


def figures_row(text: str) -> bool:
    """A line closing with two or more figures (a price and its change): a table's row, not an item's name."""
    return (text[-1:].isdigit() or text[-1:] == "%") and _FIGURES_END.search(text) is not None
