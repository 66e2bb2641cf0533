"""Where a byline without "By" sits in the header, the evidence for reading a short line as one: right under
the headline or beside a date line, next to a caption, an outlet between the headline and the date, a wire agency
in lower case beside the date; and the label above that names a sponsor or an issuer ("Presented by"), not an
author."""

from __future__ import annotations

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..bylines import Byline, is_name, known_given, parse_byline, read_names_line
from .byline_shapes import outlet_tail
from .evidence import AUTHOR_LABEL, role_line
from .page import Page, Role


def issuer_label_above(page: Page, i: int) -> bool:
    """The line above ends in "by" but is no author's label: "News provided by", "Presented by", "Sponsored by"
    name the company that issued or paid for the page, not its author."""
    above = page.lines[i - 1].text if i > 0 else ""
    return above[-3:].lower() == " by" and not AUTHOR_LABEL.fullmatch(above)


def masthead_again(page: Page, head: int, i: int) -> bool:
    """The line under a byline is the page's masthead printed again ("Harbour Courier-Ledger" at the top of the page
    and under "Jane Doe and Omar Pike"): the outlet the authors write for, not one more author."""
    if (
        i - 1 <= head
        or len(page.lines[i].text) > 60
        or not masthead_printed_again(page, head, page.lines[i].text, whole=True)
    ):
        return False  # (the cheap tests first)
    above = page.lines[i - 1].text
    return (
        page.decisions[i - 1].role is Role.BYLINE
        or page.feats[i - 1].byline is not None
        or (read_names_line(above) is not None)
    )


def masthead_printed_again(page: Page, head: int, text: str, *, whole: bool = False) -> bool:
    """A line under a byline is the site's name printed again from a line over the headline: the whole line
    (`whole`: "Harbour Courier-Ledger" among the page's first six lines and alone under the byline, read for every
    name alone in the header, so only where a masthead sits), or its first field (before a comma or a bar) opening
    with that line ("Valley Radio News, Eastbay" under the masthead "Valley Radio"). The one reader of a masthead
    printed again, for the header's names (`masthead_again`: the whole line, as a name alone there may be one) and
    for the bylines once all are read (`byline_echoes.outlets_under_bylines`)."""
    field = text if whole else FIRST_FIELD.split(text, maxsplit=1)[0]
    folded = field.strip().casefold() + " "
    for k in range(min(head, 6) if whole else head):
        top = page.lines[k].text.strip()
        if len(top) < 4 or not top[:1].isupper():
            continue
        key = top.casefold() + " "
        if folded == key or (not whole and folded.startswith(key)):
            return True
    return False


FIRST_FIELD = rx.compile(r"\s*+(?:,|\||•|·)\s*+")


def weak_name_place(page: Page, head: int, i: int) -> str:
    """Where a name of a name's shape only stands: beside the headline, a date or a caption; over its job title
    or its paper's staff wherever the header prints it ("Jorunn Vasquez" / "Western Correspondent" under the lead
    picture); else away from the header (no byline)."""
    if beside_header(page, head, i):
        return "beside-the-header"
    if i + 1 < page.body_start and role_line(page.lines[i + 1].text):
        return "over-its-job-title"
    return "away-from-the-header"


def foot_author(page: Page) -> tuple[int, Byline] | None:
    """ "Prepared by: Tomasz Wilk, Press Office", "Author: Ines Duarte" in the box of fields closing a story (a
    government's or an institution's news room prints its author there, beside "Published:" and "Last
    modified:"): the line and its byline, when it names people only (`lexicon.FOOT_AUTHOR_LABELS`)."""
    lines = page.lines
    for k in range(max(page.body_start, page.body_end - 3), min(len(lines), page.body_end + 8)):
        t = lines[k].text
        if ":" not in t[:14] or len(t) > 80 or rx.fold(t[:12]).split(":", 1)[0] not in _FOOT_AUTHOR_LABELS:
            continue
        b = parse_byline(t)
        if b is not None and len(b.authors) <= 3 and all(is_name(a.name) for a in b.authors):
            return k, b
    return None


_FOOT_AUTHOR_LABELS = frozenset(L.FOOT_AUTHOR_LABELS)


def beside_date(page: Page, head: int, i: int) -> bool:
    """Right under the headline, or beside a date line (page furniture skipped): where a byline sits, not a
    picture's credit (which sits under its caption)."""
    d = page.decisions
    up, down = i - 1, i + 1
    while up > head and d[up].role is Role.DEBRIS:
        up -= 1
    while down < page.body_start and d[down].role is Role.DEBRIS:
        down += 1
    return up == head or d[up].role is Role.DATE or (down < page.body_start and d[down].role is Role.DATE)


def agency_beside_date(page: Page, head: int, i: int) -> bool:
    """A wire agency alone beside the date, printed in the house's lower case ("dpa" under "14.05.2024 | 11:20
    Uhr"): the story's byline, where a capitalised agency is read as a name."""
    t = page.lines[i].text.strip(" .")
    return t[:1].islower() and P.WIRE_AGENCY.match(t) is not None and beside_date(page, head, i)


def beside_header(page: Page, head: int, i: int) -> bool:
    """Next to the headline, a date line or a caption (skipping debris)."""
    d = page.decisions

    def neighbour(step: int) -> int | None:
        k = i + step
        while 0 <= k < page.body_start and d[k].role is Role.DEBRIS:
            k += step
        return k if 0 <= k < page.body_start else None

    for k in (neighbour(-1), neighbour(1)):
        if k is not None and (
            k == head
            or d[k].role in (Role.DATE, Role.CAPTION, Role.BYLINE)
            or (k == head + 1 and d[k].role is Role.OUTSIDE and page.feats[k].words >= 5)
        ):
            return True
    return False


def org_between(page: Page, head: int, i: int) -> bool:
    """An outlet named between the headline and the date ("Telegraph Sport"): an organisation byline."""
    nxt = i + 1
    text = page.lines[i].text
    return (
        i == head + 1
        and nxt < page.body_start
        and page.decisions[nxt].role is Role.DATE
        and 2 <= len(text.split()) <= 4
        and outlet_tail(text)
    )


_CLUB_ENDS = frozenset(L.CLUB_NAME_ENDS)


def name_in_date_bar(t: str, headline: str = "") -> Byline | None:
    """A date line printed as a bar of fields that opens with a person's name ("Tobias Wend | Columns |
    June 3, 2023", "Ana Reyes · Metro · 12 March 2024"): the name signs the story; the section is no author. A
    club's name ("Westfield Rovers | Sport | ...", `lexicon.CLUB_NAME_ENDS`) or the title printed again ("Ferry
    Strike Ends | Harbour Herald | ...") is in a name's shape too; a known given name first is a person's."""
    if "|" not in t and "·" not in t and "•" not in t:
        return None
    first, *rest = P.BAR.split(t, maxsplit=1)
    if not rest or dates.has_digit(first) or not is_name(first):
        return None
    if not known_given(first) and (first.split()[-1].lower() in _CLUB_ENDS or _in_title(first, headline)):
        return None
    return read_names_line(first)


def _in_title(field: str, headline: str) -> bool:
    """Every word of the field is a word of the headline ("Ferry Strike Ends" under "Ferry Strike Ends")."""
    title = {w.strip(",.:;!?'’\"").lower() for w in headline.split()}
    return bool(title) and all(w.strip(",.").lower() in title for w in field.split())
