"""Bylines told by what the rest of the page prints: the site's name printed again (the masthead) under a byline,
or over the story's date with no byline; a desk's name over the headline beside a writer's "By" line."""

from __future__ import annotations

from ..bylines import Author, Byline, ends_with_outlet, has_byline_lead, is_agency, is_desk, is_name
from . import examples as ex
from .byline_places import FIRST_FIELD, masthead_printed_again
from .byline_shapes import outlet_tail
from .page import Decision, Page, Role, Weighed


def site_over_date(page: Page) -> None:
    """With no byline found, the site's name printed again right above the story's date line, under the headline
    and its lead picture ("Harbour News" over "05.05.2024 14:20", the masthead "Harbour News in English"): the
    organisation signs the story, as an outlet between the headline and the date does."""
    head = page.headline
    if head is None or page.bylines:
        return
    d, lines = page.decisions, page.lines
    for j in [j for j in page.date_lines if head + 1 < j <= head + 8]:
        i, t = j - 1, lines[j - 1].text
        if d[i].role is not Role.OUTSIDE or not 2 <= len(t.split()) <= 4 or not outlet_tail(t):
            continue
        if any(d[k].role is Role.OUTSIDE for k in range(head + 1, i)) or not _masthead_opens_with(page, head, t):
            continue
        b = Byline(t, (Author(t.strip()),), None)  # the organisation as printed ("Baltic Wire News")
        page.decide(i, Decision(Role.BYLINE, byline=b, rule="header/site-over-date"))
        page.bylines.append(i)
        page.byline_candidates.append(Weighed(i, True, ("site-name-over-the-date",)))
        return


def _masthead_opens_with(page: Page, head: int, text: str) -> bool:
    """A line above the headline opens with the text, a word boundary after it (the site's name printed again)."""
    folded = text.casefold() + " "
    return any((page.lines[k].text.casefold() + " ").startswith(folded) for k in range(head))


def desk_over_headline(page: Page) -> None:
    """A desk's name printed over the headline ("ISLAND SPORTS DESK" in the page's top bar) while a "By" line
    under the headline names a person: the section's label, not a second author."""
    head = page.headline
    above = [k for k in page.bylines if head is not None and k < head]  # (few pages print one: that test first)
    if not above or not any(k > head and _person_by_line(page, k) for k in page.bylines):  # type: ignore[operator]
        return
    for k in above:
        b = page.decisions[k].byline
        if b is not None and not any(is_name(a.name) for a in b.authors) and is_desk(page.lines[k].text):
            _no_byline(
                page,
                k,
                "desk-over-the-headline",
                Decision(Role.OUTSIDE, "page-chrome", rule="header/desk-over-headline"),
            )


def _no_byline(page: Page, k: int, why: str, decision: Decision) -> None:
    """Line `k`, read as a byline, is none after all: out of the bylines, passed over among their candidates
    (`why`), and decided again."""
    page.bylines.remove(k)
    page.byline_candidates = [w for w in page.byline_candidates if w.line != k]
    page.byline_candidates.append(Weighed(k, False, (why,)))
    page.decide(k, decision)


def _person_by_line(page: Page, k: int) -> bool:
    b = page.decisions[k].byline
    return b is not None and has_byline_lead(page.lines[k].text) and any(is_name(a.name) for a in b.authors)


_READ_AS_NAMES = ("header/name-byline", "header/name-and-outlet")  # the rules that read a line as names alone


def outlets_under_bylines(page: Page) -> None:
    """Once every byline is read, a name-shaped line read as a byline under another that names a person is the
    paper they write for when it is the site's name (`_outlet_under_byline`): no author."""
    head = page.headline
    if head is None:
        return
    for i in [k for k in page.bylines if page.decisions[k].rule in _READ_AS_NAMES and k > head + 1]:
        if _outlet_under_byline(page, head, i):
            _no_byline(
                page, i, "outlet-under-a-byline", Decision(Role.DEBRIS, "byline", rule="header/outlet-under-byline")
            )


def _outlet_under_byline(page: Page, head: int, i: int) -> bool:
    """The line under a byline that names a person is the paper the person writes for, not a second author: its
    first field is the site's name printed again from above the headline ("Harbour Courier-Ledger" under "Jane
    Doe and Omar Pike"; "Valley Radio News, Eastbay" under the masthead "Valley Radio"), or ends with an outlet's
    head word ("Coastal Herald")."""
    above = page.decisions[i - 1]
    if above.role is not Role.BYLINE or above.byline is None or not is_name(above.byline.authors[-1].name):
        return False
    field = FIRST_FIELD.split(page.lines[i].text, maxsplit=1)[0].strip()
    if not 1 <= len(field.split()) <= 5 or not field[:1].isupper() or is_agency(field):
        return False  # (a wire agency under the names is the byline's agency: "Associated Press")
    return ends_with_outlet(field) or masthead_printed_again(page, head, field)


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/outlet-under-byline": ex.header(
        "Harbour Radio", ex.HEADLINE, "Jane Doe", "Harbour Radio News, Eastbay", "March 3, 2024"
    ),
    "header/site-over-date": ex.header(
        "Harbour News in English",
        "Home",
        ex.HEADLINE,
        "The library's reading room on Mill Street.",
        "Source: Ann Lee/Harbour News",
        "Harbour News",
        "03.03.2024 14:20",
    ),
    "header/desk-over-headline": ex.header(
        "HARBOUR SPORTS DESK", "Home", "Sport", ex.HEADLINE, ex.BYLINE, "March 3, 2024"
    ),
}
