"""What `--explain` says of the fields read after the lines are classified: the dates (`explain.dates`: each line
read, what its reader read, which became published and updated, and why) and the captions (`explain.captions`:
the rule of each caption's line and the credit form that split its credit off)."""

from __future__ import annotations

from typing import Any

from ..captions import credit_form, split_caption_by
from ..dates import LineDates
from ..model import DateValue, Record
from ..normalize import Line
from .caption_evidence import WEIGHTS
from .page import Page, Role


class DateRule(Record):
    """Why a date became the article's published or updated date, with a page it applies to."""

    decides: str
    page: str
    field: str  # "published" or "updated": the date the rule gives on its page


_STORY = "\n\nThe council voted on Tuesday to close the old ferry pier after its survey found the deck had rotted.\n"

# Why a date was taken (tests/test_explain_more.py runs each example).
DATE_RULES: dict[str, DateRule] = {
    "dates/first-read": DateRule(
        "the first line, in order, that gives a date: an export's date field, the header's date and byline lines "
        "(a print edition's date last), the end notes that say where the story first ran",
        "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe\n\nMarch 3, 2026" + _STORY,
        "published",
    ),
    "dates/full-date-over-no-year": DateRule(
        "a later line's full date over a date read earlier that could not be resolved (no year, or 'ago' with no "
        "clock to count from)",
        "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe | 2 hours ago\n\n"
        "Published March 3, 2026" + _STORY,
        "published",
    ),
    "dates/first-updated": DateRule(
        "the first updated date read ('Updated ...')",
        "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe\n\n"
        "Published March 3, 2026 | Updated March 4, 2026" + _STORY,
        "updated",
    ),
    "dates/only-updated": DateRule(
        "a page that prints only an updated date was published then or before",
        "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe\n\nUpdated March 4, 2026" + _STORY,
        "published",
    ),
    "dates/dateline": DateRule(
        "no date on the page but the dateline's, opening the story",
        "Harbour Council Votes to Close the Old Ferry Pier\n\nBy Jane Doe\n\n"
        "HARBOURTON, March 3, 2026 -- The council voted on Tuesday to close the old ferry pier after its survey "
        "found the deck had rotted.\n",
        "published",
    ),
}


def date_read(
    why: dict[str, Any],
    lines: list[Line],
    page: Page,
    i: int | None,
    read: LineDates,
    before: tuple[DateValue | None, DateValue | None],
    after: tuple[DateValue | None, DateValue | None],
) -> None:
    """Note one line read for the dates (None: an export's date field): what was read, and whether it became the
    published or the updated date, and why."""
    entry: dict[str, Any] = {"line": lines[i].number if i is not None else None, "source": _source(page, i)}
    entry["text"] = lines[i].text if i is not None else (read.published or read.updated or _NO_TEXT).source
    entry["read"] = {name: _value(v) for name, v in (("published", read.published), ("updated", read.updated)) if v}
    gave = []
    if after[0] is not before[0]:
        rule = "dates/first-read" if before[0] is None else "dates/full-date-over-no-year"
        why["published"] = {"line": entry["line"], "rule": rule}
        gave.append("published")
    if after[1] is not before[1]:
        why["updated"] = {"line": entry["line"], "rule": "dates/first-updated"}
        gave.append("updated")
    entry["gave"] = gave
    why["candidates"].append(entry)


_NO_TEXT = DateValue(None, "", "")


def _source(page: Page, i: int | None) -> str:
    """What the line read is: an export's field, or the rule that decided it."""
    return "field/export-date" if i is None else page.decisions[i].rule


def _value(v: DateValue) -> dict[str, Any]:
    return {"iso": v.iso, "text": v.text, "resolved": v.resolved}


def captions(page: Page) -> list[dict[str, Any]]:
    """Each caption line: the rule that decided it, its caption and credit, and how the credit was split off: the
    form of `captions.CREDIT_TAILS` that read the line's end ("credit-tail/bracketed"), a credit alone on its line
    ("line/name-desk"), or a credit printed on a line apart ("apart/courtesy", with `credit_line`)."""
    out = []
    for i, d in enumerate(page.decisions):
        if d.role is not Role.CAPTION:
            continue
        text = page.lines[i].text
        item: dict[str, Any] = {"line": page.lines[i].number, "rule": d.rule, "caption": d.text, "credit": d.credit}
        if i in page.caption_evidence:  # a caption with no credit told by its evidence: each piece and its weight
            item["evidence"] = {name: WEIGHTS[name] for name in page.caption_evidence[i]}
        if d.credit and not d.text:  # a credit alone on its line
            form = credit_form(text)
            item["credit_form"] = f"line/{form[0]}" if form is not None else "line"
        elif d.credit and d.credit in text:
            item["credit_form"] = _split_by(text)
        elif d.credit:
            item["credit_form"] = _apart(d.credit)
            near = range(max(0, i - 3), min(len(page.lines), i + 4))
            item["credit_line"] = next(
                (page.lines[k].number for k in near if k != i and d.credit in page.lines[k].text), None
            )
        out.append(item)
    return out


def _split_by(text: str) -> str:
    """The form that split a caption line's own credit off: the one `captions.split_caption_by` read, else
    "in-line" (a credit read in the line by another reader)."""
    found = split_caption_by(text)
    return "in-line" if found is None else found[2]


def _apart(credit: str) -> str:
    """The form of a credit printed on a line of its own, beside its caption."""
    form = credit_form(credit)
    return f"apart/{form[0]}" if form is not None else "apart"
