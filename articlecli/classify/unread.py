"""Under the headline, the anchors the patterns did not read: a date line in a form the date patterns miss, and
bylines without "By" in forms the name patterns miss (names in a date's bar, names and an outlet, names beside a
date, a name glued to a writer's desk)."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..bylines import has_byline_lead, is_name, place_or_body, read_names_line
from ..people import ORG_WORDS, ROLE_HEADS
from . import examples as ex
from .byline_places import beside_date, name_in_date_bar
from .page import Decision, Page, Role, Weighed
from .title_kinds import title_kind

_ASIDE = rx.compile(r"\s*+\([^()]{1,20}\)")  # a word or two in brackets after a name


def unread_anchors(page: Page) -> None:
    """Under the headline, a date line in a form the date patterns do not read as one ("Last Updated :
    Mar 12, 2021 09:10 AM IST | Source: Harbour Wire") is a date line, and several names without "By"
    ("Mia Lund and Omar Pike Coastal Herald") a byline, unless a "By" line names the authors."""
    head = page.headline
    if head is None:
        return
    d, lines = page.decisions, page.lines
    by_line = any(has_byline_lead(lines[k].text) for k in page.bylines)
    for i in range(head + 1, min(page.body_start, head + 8)):
        if d[i].role is not Role.OUTSIDE:
            continue
        kind = title_kind(page, i)
        named = name_in_date_bar(lines[i].text, lines[head].text) if kind == "date-or-time" and not by_line else None
        if named is not None:  # "Name | Columns | June 3, 2023": the byline, its date read with it
            page.decide(i, Decision(Role.BYLINE, byline=named, rule="header/name-in-date-bar"))
            page.bylines.append(i)
            page.byline_candidates.append(Weighed(i, True, ("name-in-a-date-bar",)))
        elif kind == "date-or-time":
            page.decide(i, Decision(Role.DATE, rule="header/unread-date-line"))
            page.date_lines.append(i)
        elif kind == "names" and not by_line:
            b = read_names_line(_ASIDE.sub("", lines[i].text))  # "Lena Ortiz (now) and Omar Pike (earlier)"
            if b is not None:
                page.decide(i, Decision(Role.BYLINE, byline=b, rule="header/names-without-by"))
                page.bylines.append(i)
                page.byline_candidates.append(Weighed(i, True, ("names-without-by",)))
        elif (
            kind in (None, "credit-tail")
            and not by_line
            and P.NAME_BAR.search(lines[i].text)
            and beside_date(page, head, i)
        ):
            b = read_names_line(lines[i].text)  # "Lena Ortiz / Reuters", "Lena Ortiz | Reporter"
            if b is not None:
                page.decide(i, Decision(Role.BYLINE, byline=b, rule="header/name-and-outlet"))
                page.bylines.append(i)
                page.byline_candidates.append(Weighed(i, True, ("name-and-outlet-beside-a-date",)))
        elif kind in (None, "credit-tail") and not by_line and _joined(lines[i].text) and beside_date(page, head, i):
            _namesbeside_date(page, i)


# a name and a writer's desk or job glued to it by a slash: "Tamika Brissett/Observer Fact Check Desk", "Jovan
# Reid/Senior Gleaner Writer" (Caribbean papers sign so; a photographer's "Name/Staff Photographer" is a credit)
_NAME_SLASH_DESK = rx.compile(r"^(?P<name>[^/|]{4,40}?)/(?P<desk>(?-i:\p{Lu})[^/|]{1,50})$", P.FLAGS)


_WRITING_ROLES = ROLE_HEADS - {"photographer", "videographer"}


_JOINS = rx.compile(r"\s*+(?:,|&|\band\b)\s*+")  # between the names of a byline


# the copy of others a byline ends with ("... with agencies"), after its names and their outlet in brackets
_SOURCE_TAIL = rx.compile(r"\s++(?:\L<tails>)$", P.FLAGS, tails=P.phrase_list(L.BYLINE_SOURCE_TAILS))


def _namesbeside_date(page: Page, i: int) -> None:
    """Beside the date line, a byline without "By" in a form the names pattern does not read: people whose given
    names the lexicon lacks joined by "and", "&" or commas ("Hamad Al Kuwari and Priya Venkataraman"), each piece read
    as a name; a name glued to a writer's desk by a slash ("Tamika Brissett/Observer Fact Check Desk"); names with
    their outlet in brackets and the others' copy after them ("Anna Keller, Jonas Weber (Nordpress) with agencies",
    read without the two)."""
    full = page.lines[i].text
    t = _source_tail(full)
    b, rule = None, ""
    if "/" in t:
        m = _NAME_SLASH_DESK.match(t)
        if m is not None and is_name(m.group("name")) and m.group("desk").rsplit(None, 1)[-1].lower() in _WRITING_ROLES:
            b, rule = read_names_line(f"{m.group('name')} / {m.group('desk')}"), "header/name-slash-desk"
    elif (t is not full or " and " in t or ", " in t or " & " in t) and all(
        _name_of_two_to_four(p) for p in _JOINS.split(t)
    ):
        b, rule = read_names_line(t), "header/names-beside-date"
    if b is None:
        return
    page.decide(i, Decision(Role.BYLINE, byline=b._replace(text=full), rule=rule))
    page.bylines.append(i)
    page.byline_candidates.append(Weighed(i, True, (rule.removeprefix("header/"),)))


def _joined(t: str) -> bool:
    """The cheap test of `_names_beside_date`: names joined, or a name and a desk glued by a slash (or the others'
    copy after a name: "... with agencies")."""
    return "/" in t or " and " in t or ", " in t or " & " in t or " with " in t


def _source_tail(t: str) -> str:
    """The names of a byline that ends with the others' copy ("Anna Keller (Nordpress) with agencies" -> "Anna
    Keller"); the line itself (the same object) when it does not."""
    if "agenc" not in t and "wire" not in t and "input" not in t:
        return t  # the cheap test first: most bylines add no one's copy
    m = _SOURCE_TAIL.search(t)
    return t if m is None else _ASIDE.sub("", t[: m.start()]).strip(" ,")


def _name_of_two_to_four(piece: str) -> bool:
    """A person's name of two to four words; not a place or a body ("Port Antonio", "Morant Bay", "Harbour
    Council", "Coast Guard"), whose first or last word says what it is, unless a known given name opens it."""
    return 2 <= len(piece.split()) <= 4 and is_name(piece) and not place_or_body(piece, ORG_WORDS)


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/unread-date-line": ex.header(ex.HEADLINE, "Posted on 3/3/2024 at 9:01am in Harbour News"),
    "header/name-in-date-bar": ex.header(ex.HEADLINE, "Jane Doe | Opinion | March 3, 2024"),
    "header/names-without-by": ex.header(ex.HEADLINE, "Mia Lund and Omar Pike | Harbour Herald"),
    "header/name-and-outlet": ex.header(ex.HEADLINE, "Jane Doe / Reuters", "March 3, 2024"),
    "header/names-beside-date": ex.header(
        ex.HEADLINE, "Anna Keller, Jonas Weber (Nordpress) with agencies", "March 3, 2024"
    ),
    "header/name-slash-desk": ex.header(ex.HEADLINE, "Jane Doe/Senior Harbour Writer", "March 3, 2024"),
}
