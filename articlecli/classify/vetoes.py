"""What rules a header line out as the headline, whatever else it has for it: HEADLINE_VETOES, a
first-match table of named evidence (a date or time line, a widget, a caption, names without "By", ...)."""

from __future__ import annotations

from collections.abc import Callable

import regex

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..bylines import ends_with_outlet, joined_abroad, place_or_body, split_name
from ..model import Record
from . import examples as ex
from .fact_lines import issue_number, issuer_head, issuer_name, venue_fact
from .features import Features, outlet_tail
from .page import Page, Role
from .products import retailer_line

_FIELD_BAR = rx.compile(r"\s*+[|•·]\s*+")


_LETTERS = rx.compile(r"\p{L}++")


_YEAR = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_DATE_WORDS = frozenset(w[:3] for w in (*dates.MONTHS, *dates.WEEKDAYS, "today", "yesterday"))


_NAME_AND_ROLE = rx.compile(r"\s++[·|/•]\s++")


_NAME_JOINS = rx.compile(r"\s*+(?:,|&|\band\b)\s*+")


_FIGURE = rx.compile(r"(?<![\p{L}\d])\d++(?:[.,]\d++)?%?")


_GIVEN = frozenset(L.GIVEN_NAMES)


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
        lambda page, i, f, t: bool(P.URL.match(t) or (f.words <= 8 and P.URL.search(t))),
        header(_H, "> Library news at www.harbourherald.example", "By Jane Doe"),
    ),
    Veto(
        "retailer",
        lambda page, i, f, t: t[:1] in _PRICE_OR_LEAD and retailer_line(t, f),
        header(_H, "> $149 at Harbour Electronics", "By Jane Doe"),
    ),
    Veto(  # a breadcrumb trail too: "Home / Local / Harbour news", "News › World › Europe"
        "menu-row",
        lambda page, i, f, t: menu_row(t),
        header("Harbour Herald", "> Home | News | Sport | Business | Weather", _H, "By Jane Doe"),
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


def title_kind(page: Page, i: int) -> str | None:
    """`not_a_title` of line `i`, read once per text on this page."""
    t = page.lines[i].text
    kinds = page.title_kinds
    if t in kinds:
        return kinds[t]
    kind = kinds[t] = not_a_title(t)
    return kind


def not_a_title(t: str) -> str | None:
    """What a header line is when its own text says it is no title: "date-or-time", "names" (a byline
    without "By"), or a kind of `patterns.NOT_A_TITLE` ("widget", "caption", "label", ...)."""
    if _date_or_time(t):
        return "date-or-time"
    kind = not_a_title_kind(t)
    if kind is not None:
        return kind.replace("_", "-")
    if _names(t):
        return "names"
    return None


# `patterns.NOT_A_TITLE` searched a part at a time, each part only when the line holds what it cannot match
# without (one scan of the whole alternation tries every part at every place of every line). As in the whole
# pattern, the part that matches leftmost wins, the first in the pattern's order at a tie
# (tests/test_fast_paths.py checks that the two agree).
_COUNTED = L.COUNTED_THINGS  # (str.endswith takes a tuple)
_PARTS: list[tuple[str, regex.Pattern[str]]] = []  # (kind, its part), in the pattern's order: built on first use
_LABEL_OPENINGS = (*L.LABEL_LEADS, *L.GALLERY_LEADS)
_OPENING_SIZE = max(map(len, (*L.WIDGET_LEADS, *_LABEL_OPENINGS)))
_FORM_BREAKS = rx.compile_std(r"\|(?=\^?\(\?P<)")  # where a named part of the alternation begins


def _parts() -> list[tuple[str, regex.Pattern[str]]]:
    """The parts of `patterns.NOT_A_TITLE`, one a kind, as they are written there (read on first use, so that
    importing the parser compiles no pattern)."""
    if not _PARTS:
        whole = P.NOT_A_TITLE.pattern.removeprefix(rx.SIMPLE_CASE)
        forms = _FORM_BREAKS.split(whole)
        lists = {k: P.phrase_list(tuple(v)) for k, v in P.NOT_A_TITLE.named_lists.items()}
        for form in forms:
            kind = form[form.index("(?P<") + 4 : form.index(">", form.index("(?P<"))]
            used = {k: v for k, v in lists.items() if f"\\L<{k}>" in form}
            _PARTS.append((kind, rx.compile(form, P.FLAGS, **used)))
    return _PARTS


def not_a_title_kind(t: str) -> str | None:
    """The kind `patterns.NOT_A_TITLE.search(t)` finds (its `lastgroup`: "site_self"), or None."""
    (_, widget), (_, label), *later = _parts()  # the first two anchored at the start of the line
    head = rx.fold(t[:_OPENING_SIZE])  # (each opens with one of its words)
    if head.startswith(L.WIDGET_LEADS) and widget.search(t) is not None:
        return "widget"  # (at the start: no part matches further left)
    if head.startswith(_LABEL_OPENINGS) and label.search(t) is not None:
        return "label"
    # for each later part, in order: whether the line holds what the part needs to match
    may_match = (
        "|" in t or "(" in t,  # gallery_count: "| 14 Photos", "(9 images)"
        ", " in t or any(map(rx.fold(t).__contains__, L.CAPTION_MARKERS)),  # caption: a cue, or a position's comma
        "/" in t or "|" in t,  # credit_tail
        "our" in t.casefold(),  # site_self: "our app", "your inbox"
        "_" in t,  # icon
        "@" in t or t[:7].casefold().startswith(("tel", "phone", "fax", "call us")),  # contact
        t.rstrip("\n")[-9:].casefold().endswith(_COUNTED),  # counter: "comments", "views", ...
    )
    kind, at = None, len(t) + 1
    for wanted, (name, part) in zip(may_match, later, strict=True):
        if wanted and at:  # (a part later in the order wins only further left)
            m = part.search(t)
            if m is not None and m.start() < at:
                kind, at = name, m.start()
    return kind


def _date_or_time(t: str) -> bool:
    """A date or time line in any form: "12 March 2021", "Today 9:05 AM", "PUBLISHED FRI, MAR 12 20219:10 AM
    EST" (year glued to the time), "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Harbour Wire"."""
    if not dates.has_digit(t):
        return False  # every date and time has a figure: most header lines are done here
    if dates.find_dates(t[:12]) or dates.TIME.match(t):
        return True
    if len(t) > 160:
        return False
    # a date field beside short ones: "New Delhi, Harbour Bureau | Updated : 19 November 2019, 09:01 AM"
    dated = [(seg, dates.is_date_line(seg)) for seg in _FIELD_BAR.split(t) if seg.strip()]
    if any(ok for _, ok in dated) and all(ok or len(seg.split()) <= 5 for seg, ok in dated):
        return True
    rest = dates.ZONE.sub(" ", dates.DATE_FILLER.sub(" ", t))
    words = _LETTERS.findall(rest)
    if words and all(w[:3].lower() in _DATE_WORDS for w in words):
        return True
    # a year and a time on a short line, in any language: "segunda-feira, 22 de janeiro de 2018 às 0:13"
    return len(words) <= 8 and bool(_YEAR.search(t)) and bool(dates.TIME.search(t)) and not P.ends_sentence(t)


def _names(t: str) -> bool:
    """Two or more people's names, with or without an outlet after them: a byline without "By"
    ("Mia Lund and Omar Pike Coastal Herald", "Lena Ortiz, Omar Pike"). With an agency or outlet
    after a comma, a name's shape is enough ("Meg Kinnard and Errin Haines, Associated Press")."""
    if _NAME_AND_ROLE.search(t) and _name_and_role(t):
        return True
    # "Jana Brenner und Till Ohlsen": names joined by another language's "and", each of two or three words (their
    # shape enough, as few such names are in the table of given names), not places
    abroad = joined_abroad(t)
    if abroad is not None:
        head = abroad.split(",", 1)[0].split("|", 1)[0]
        return not any(place_or_body(part) for part in _NAME_JOINS.split(head))
    if "," not in t and "&" not in t and "and" not in t:
        return False  # the cheap test first: one part, no names joined
    parts = _NAME_JOINS.split(t)
    outlet = len(parts) >= 3 and bool(P.agency_only(parts[-1]) or outlet_tail(parts[-1]))
    if outlet:
        parts = parts[:-1]
    elif len(parts) >= 2 and ends_with_outlet(parts[-1]):  # "... and Idris Kane Lakeland Gazette"
        name, rest = split_name(parts[-1])
        if name is not None and rest:
            parts[-1], outlet = name, True
    if not 2 <= len(parts) <= 5:
        return False
    for part in parts:
        ws = part.split()
        if not 2 <= len(ws) <= 4 or not all(w[:1].isupper() for w in ws[:2]):
            return False
        if not outlet and ws[0].lower() not in _GIVEN:
            return False
        if place_or_body(part):
            return False  # "Fort Dauphin, Palm Beach and Cape Coral": places, the last no outlet
    return True


def _name_and_role(t: str) -> bool:
    """A name, then its role or outlet after a bar or dot ("Lena Marsh · Senior Reporter", "Lena Ortiz | Coastal
    Herald")."""
    parts = _NAME_AND_ROLE.split(t)
    if len(parts) != 2:
        return False
    name, rest = split_name(parts[0].strip())
    if name is None or rest:
        return False
    if P.ROLE_WORD.search(parts[1]):
        return True  # "· Senior Reporter"
    outlet = ends_with_outlet(parts[1]) or P.agency_only(parts[1].strip())
    return outlet and name.split()[0].lower() in _GIVEN  # "Lena Ortiz | Coastal Herald"


_MENU_BARS = (*P.PATH_BARS, "|")


def menu_row(t: str) -> bool:
    """A row of a site's menu or a breadcrumb trail: three or more section names of one to four words, each
    capitalised, between one kind of bar, no figures ("Home | News | Local Sport | Weather", "Home / Kitchen /
    Best buys", "News › World › Europe"; a writer's bar holds a date: "Jane Doe | Travel | 10.05.2024").

    >>> menu_row("Home | News | Local Sport | Weather"), menu_row("Storm closes road | Harbour Herald")
    (True, False)
    """
    if "|" not in t and "/" not in t and ">" not in t and "›" not in t and "»" not in t:
        return False  # most lines hold no bar's mark: no search for a bar
    bar = next((b for b in _MENU_BARS if b in t), None)
    if bar is None or dates.has_digit(t):
        return False
    parts = t.split(bar)
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 4 and p.strip()[:1].isupper() for p in parts)


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
    return 3 <= len(ws) <= 5 and ws[0].lower() in _GIVEN and ws[1][:1].isupper() and "," not in t


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
