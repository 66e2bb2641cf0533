"""What rules a header line out as the headline, whatever else it has for it: HEADLINE_VETOES, a
first-match table of named evidence (a date or time line, a widget, a caption, names without "By", ...)."""

from __future__ import annotations

from collections.abc import Callable

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..model import Record
from . import examples as ex
from .echo import ends_in_another_line
from .fact_lines import issue_number, issuer_head, issuer_name, match_box_row, venue_fact
from .features import GIVEN, Features
from .page import Page, Role
from .products import retailer_line
from .title_kinds import menu_row, title_kind

_FIGURE = rx.compile(r"(?<![\p{L}\d])\d++(?:[.,]\d++)?%?")


_BY_ENDS = frozenset((" by", " By", " BY"))


# a retailer line's first letter: a price, "See it", "Get it", ..., a currency's code ("SEK 899 at ...", "NZ$89 at")
_PRICE_OR_LEAD = frozenset("$£€SsGgBbFfOoAaCc" + "".join(w[0] for w in L.CURRENCY_PREFIXES) + "N")


_UNREAD = "?"  # `not_a_title` not asked yet


_H = ex.HEADLINE
header = ex.header


VetoTest = Callable[[Page, int, Features, str], bool]


class Veto(Record):
    """Evidence that rules a line out as the headline, whatever else it has for it."""

    name: str  # stable: `headline_veto` returns it, tests/test_headline.py runs it on its example
    when: VetoTest | None  # None: what the line's own text says it is (`not_a_title`) has this name
    example: str  # a page whose line marked "> " it rules out


# First match wins (the name reported is the first that holds).
HEADLINE_VETOES: tuple[Veto, ...] = (
    Veto("size", lambda page, i, f, t: f.words < 2 or len(t) > 300, header("> Library", "By Jane Doe")),
    # a label over a name: "Author:", "News provided by", "Presented by"
    Veto("label-end", lambda page, i, f, t: t.endswith(":") or t[-3:] in _BY_ENDS, header("> News provided by", _H)),
    Veto("stop", lambda page, i, f, t: f.soft_stop or f.hard_stop, header(_H, "By Jane Doe", "> Related stories")),
    Veto(
        "credit",
        lambda page, i, f, t: f.credit is not None,
        header(_H, "> Photo: Jane Doe / Harbour Herald", "By Jane Doe"),
    ),
    Veto(
        "link",
        lambda page, i, f, t: _may_hold_url(t) and bool(P.URL.match(t) or (f.words <= 8 and P.URL.search(t))),
        header(_H, "> Library news at www.harbourherald.example", "By Jane Doe"),
    ),
    Veto(
        "retailer",
        lambda page, i, f, t: t[:1] in _PRICE_OR_LEAD and retailer_line(t, f),
        header(_H, "> $149 at Harbour Electronics", "By Jane Doe"),
    ),
    Veto(  # a row of a match's score box over the report ("Att: 3,412 · Oval Park", "Goals: Dacres 34'")
        "match-box-row",
        lambda page, i, f, t: match_box_row(t),
        header("> Att: 3,412 · Harbour Oval", _H, "By Jane Doe"),
    ),
    Veto(  # a breadcrumb trail too: "Home / Local / Harbour news", "News › World › Europe"
        "menu-row",
        lambda page, i, f, t: menu_row(t),
        header("Harbour Herald", "> Home | News | Sport | Business | Weather", _H, "By Jane Doe"),
    ),
    # "Home › News › <title>", "Share on X: <title>" over that title: the title printed again under a label
    Veto(
        "label-over-a-title",
        lambda page, i, f, t: f.words >= 7 and ends_in_another_line(page, i),
        header("Harbour Herald", f"> Home › News › {_H}", _H, "By Jane Doe"),
    ),
    Veto(
        "quote-source",
        lambda page, i, f, t: t.startswith(("—", "–")),
        header(_H, "> — Ann Lee, the mayor", "By Jane Doe"),
    ),
    Veto("date-or-time", None, header(_H, "> PUBLISHED TUE, MAR 12 20249:10 AM EST", "By Jane Doe")),
    Veto("widget", None, header(_H, "> Email this story to a friend", "By Jane Doe")),
    Veto("label", None, header(_H, "> Sponsored: The harbour at dawn", "By Jane Doe")),
    Veto("gallery-count", None, header(_H, "> The harbour at dawn | 14 Photos", "By Jane Doe")),
    Veto("caption", None, header(_H, "> Readers (left) in the library on Tuesday", "By Jane Doe")),
    Veto(
        "credit-tail",
        None,
        header(_H, "> Readers in the library on Tuesday.Jane Doe / Reuters file", "By Jane Doe"),
    ),
    Veto("site-self", None, header(_H, "> How to use our app on your phone", "By Jane Doe")),
    Veto("icon", None, header(_H, "> chevron_left Browse All Posts", "By Jane Doe")),
    Veto("contact", None, header(_H, "> Tips for the newsroom: desk@harbourherald.example", "By Jane Doe")),
    Veto("counter", None, header(_H, "> New, 6 comments", "By Jane Doe")),
    Veto("names", None, header(_H, "> Mia Lund and Omar Pike Harbour Herald", "12 March 2024")),
    Veto(
        "quoted-claim",
        lambda page, i, f, t: _before_quote_source(page, i),
        header('> "The roof costs more than the library lends"', "— Ann Lee on Tuesday, March 12, 2024", _H),
    ),
    Veto(
        "dated-title-list",
        lambda page, i, f, t: _dated_title_list(page, i),
        header(
            _H,
            "By Jane Doe",
            "> Bus fares to rise in the spring",
            "11 March 2024",
            "New ferry route opens",
            "10 March 2024",
        ),
    ),
    Veto(
        "name-labels",
        lambda page, i, f, t: in_name_label_run(page, i),
        header(_H, "> Ada Lund 100 metres", "Mia Pike North Harbour", "Omar Hale Riverton", "12 March 2024"),
    ),
    Veto(
        "issue-number",
        lambda page, i, f, t: f.words <= 6 and issue_number(t),
        header("> Issue No. 112", _H, "The permits have not come for two years.", "By Jane Doe"),
    ),
    Veto(
        "venue-facts",
        lambda page, i, f, t: f.words <= 12 and venue_fact(t),
        header(_H, "★★★☆", "> 14 Quay Street, Port Adair", "Open Wed–Sun, 5–10 p.m.", "By Jane Doe"),
    ),
    Veto(
        "publication-name",
        lambda page, i, f, t: f.words <= 8 and _publication_name(page, i),
        header("> The Long Table", _H, "Jane Doe", "Published in", "The Long Table", "Apr 22, 2024"),
    ),
    Veto(
        "issuer-name",
        lambda page, i, f, t: f.words <= 10 and not f.prose and issuer_name(t) and issuer_head(t.split()),
        header("News release", _H, "> Ministry of Harbours and Coasts", "March 3, 2024"),
    ),
    Veto(
        "player-title",
        lambda page, i, f, t: t[-1:] == ")" and ":" in t[:16] and P.PLAYER_TITLE.match(t) is not None,
        header(_H, "Jane Doe, Reporter", "12 March 2024", "> Audio: Jo Lee speaks to Morning Report (4 min 38 sec)"),
    ),
    Veto(
        "table-header",
        lambda page, i, f, t: _table_header(page, i),
        header(_H, "By Jane Doe", "> Branch Loans Visits Staff", "Harbour 1200 340 4", "Riverside 900 210 3"),
    ),
)


def _may_hold_url(t: str) -> bool:
    """Whether `patterns.URL` may match in `t`: every match holds "://" or "www." (the plain tests first, in C: most
    headline candidates hold neither, and were scanned twice by the pattern)."""
    return "://" in t or ("." in t and "ww" in t.casefold())


def headline_veto(page: Page, i: int) -> str | None:
    """The name of the first of HEADLINE_VETOES that rules line `i` out as the headline, or None."""
    f = page.feats[i]
    t = page.lines[i].text
    kind: str | None = _UNREAD
    for name, when, _ in HEADLINE_VETOES:
        if when is None:
            if kind is _UNREAD:
                kind = title_kind(page, i)
            if kind == name:
                return name
        elif when(page, i, f, t):
            return name
    return None


_PUBLICATION_LABELS = frozenset(L.PUBLICATION_LABELS)


def _publication_name(page: Page, i: int) -> bool:
    """Line `i`, or a copy of it, is printed under a blog platform's `Published in` label: the publication's
    name, printed again over the post's title."""
    lines = page.lines
    return any(k > 0 and lines[k - 1].text.rstrip(":").casefold() in _PUBLICATION_LABELS for k in page.copies(i))


def _before_quote_source(page: Page, i: int) -> bool:
    """The next line names who said line `i` ("— Lena Ortiz on Monday, March 8"): a quoted claim, not a title."""
    k = i + 1
    while k < page.body_start and page.decisions[k].role is Role.DEBRIS:
        k += 1
    return k < page.body_start and page.lines[k].text.startswith(("— ", "– ", "-- "))


def _dated_title_list(page: Page, i: int) -> bool:
    """Line `i` is one of a list of titles each followed by its own date (other stories)."""
    d, end = page.decisions, page.body_start

    def step(k: int, direction: int) -> int:
        k += direction
        while 0 <= k < end and d[k].role is Role.DEBRIS:
            k += direction
        return k

    def date_at(k: int) -> bool:
        return 0 <= k < end and d[k].role is Role.DATE

    def title_at(k: int) -> bool:
        return 0 <= k < end and d[k].role is Role.OUTSIDE

    own = step(i, 1)
    if not date_at(own):
        return False
    after = step(own, 1)
    before = step(i, -1)
    return (title_at(after) and date_at(step(after, 1))) or (date_at(before) and title_at(step(before, -1)))


def in_name_label_run(page: Page, i: int) -> bool:
    """Line `i` is one of three or more lines in a row, each a person's name and a short label
    ("Ada Lund 100 metres" / "Mia Pike North Harbour" / "Omar Hale Riverton"): the captions of a
    gallery of people or a list of results, not a title and not a byline."""
    lines = page.lines
    if not _name_label(lines[i].text):
        return False
    run = 1
    for step in (-1, 1):
        k = i + step
        while 0 <= k < page.body_start and page.decisions[k].role is not Role.DEBRIS and _name_label(lines[k].text):
            run += 1
            k += step
    return run >= 3


def _name_label(t: str) -> bool:
    """A known given name, a surname, then one to three words."""
    ws = t.split()
    return 3 <= len(ws) <= 5 and ws[0].lower() in GIVEN and ws[1][:1].isupper() and "," not in t


def _table_header(page: Page, i: int) -> bool:
    """A row of column names over rows of figures ("Pos Player Plays % Stats" / "DL Jo Alto 63 85% 1 sack")."""
    lines, feats = page.lines, page.feats
    if feats[i].words > 10 or dates.has_digit(lines[i].text):
        return False
    nxt = i + 2 if i + 1 < len(lines) and feats[i + 1].key == feats[i].key else i + 1  # the row printed twice
    if nxt >= len(lines) or not dates.has_digit(lines[nxt].text):
        return False  # the common case, read cheaply: no figures under the line
    rows = [k for k in range(i + 1, min(len(lines), i + 4)) if feats[k].key != feats[i].key][:2]
    return len(rows) == 2 and all(
        len(_FIGURE.findall(lines[k].text)) >= 3 and not dates.find_dates(lines[k].text) for k in rows
    )
