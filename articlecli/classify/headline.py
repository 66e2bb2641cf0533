"""The headline: the title-like header line that scores best (repeats, length, closeness to the byline)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..normalize import Line
from . import examples as ex
from .features import Features, content_words, key_of, outlet_tail, title_case
from .page import Candidate, Decision, HeadlineScore, Page, Role, TitleWindow

_KICKER_END = rx.compile(r"[—–\-|:»]$")


_SITE_SUFFIX = rx.compile(r"[ ]*+[|\-–—:·•][ ]*+\S.{0,40}$")


_AUTHOR_LABEL = rx.compile(r"(?:\L<labels>)\s*+:?", P.FLAGS, labels=P.phrase_list(L.AUTHOR_LABELS))


_REPORTED_SPEECH = rx.compile(r"[”\"],?\s++(?:\p{L}++\s++){0,6}(?:said|told|wrote|added)\b")  # a quote, who said it


_FIELD_BAR = rx.compile(r"\s*+[|•]\s*+")


_LETTERS = rx.compile(r"\p{L}++")


_YEAR = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_DATE_WORDS = frozenset(w[:3] for w in (*dates.MONTHS, *dates.WEEKDAYS, "today", "yesterday"))


_NAME_JOINS = rx.compile(r"\s*+(?:,|&|\band\b)\s*+")


_FIGURE = rx.compile(r"(?<![\p{L}\d])\d++(?:[.,]\d++)?%?")


_GIVEN = frozenset(L.GIVEN_NAMES)


_RELATED_LABELS = frozenset(key_of(label) for label in L.RELATED_BOX_LABELS)


_UNREAD = "?"  # `not_a_title` not asked yet


_CONJUNCTIONS = frozenset(("And", "But", "Or", "So", "Yet", "Plus"))  # a line opening with one continues another


HEADER_WINDOW = 150  # how far above the body the headline is looked for (pages put menus above it)
HEADLINE_MARGIN = 0.5  # a headline that wins by less is reported as uncertain
MIN_SCORE = 0.5  # less evidence than this for the best line: no headline
STORY_CHARS = 1500  # how much of the story's opening a headline's words are looked for in
MAX_GAP = 5  # lines between a headline and its byline counted against it: a menu or a box between costs no more


class Weight(NamedTuple):
    """How much a piece of evidence counts, and a page where it applies (the line weighed marked "> ":
    tests/test_headline.py runs each)."""

    value: float
    example: str


_H = ex.HEADLINE
header = ex.header

# What makes a header line the headline: each named weight is added to a candidate's score when its
# test holds (`headline_score`), and the score keeps the names (`--explain` prints them).
HEADLINE_WEIGHTS: dict[str, Weight] = {
    "four-words-or-more": Weight(1.0, header(f"> {_H}", "By Jane Doe")),
    "three-words": Weight(0.0, header("> Harbour Library Closes", "By Jane Doe")),
    "two-words": Weight(-2.0, header("> Library Closes", "By Jane Doe")),
    # plain copy, not a page's menu
    "short-title-opening-the-text": Weight(1.0, header("> Library Closes", "By Jane Doe")),
    "over-forty-words": Weight(
        -2.0, header("> " + " ".join(["council votes on the harbour library"] * 7), "By Jane Doe")
    ),
    # as the page's title: also a headline that asks and answers ("Is X? Firms say yes")
    "printed-again": Weight(2.0, header(f"{_H} | Harbour Herald", "News", f"> {_H}", "By Jane Doe")),
    "all-caps-short": Weight(-1.5, header("> HARBOUR LIBRARY NEWS", "By Jane Doe")),
    "all-caps": Weight(-0.3, header(f"> {_H.upper()}", "By Jane Doe")),
    "ends-like-a-sentence": Weight(
        -1.5, header("> The council met on Tuesday. It voted to close the library.", "By Jane Doe")
    ),
    "sentence-inside": Weight(-1.2, header("> Council meets. Library to close", "By Jane Doe")),
    "full-stop": Weight(-0.7, header("> The harbour library will close at the end of the year.", "By Jane Doe")),
    # "Breaking -", "Exclusive:": a label over the headline
    "kicker-end": Weight(-2.0, header("> News from the harbour -", _H, "By Jane Doe")),
    # the nearest anchor below: its own line, or the body when there is none
    "above-byline": Weight(1.5, header(f"> {_H}", "By Jane Doe")),
    "above-name": Weight(1.2, header(f"> {_H}", "Jane Doe")),
    # shared between the date lines of the header
    "above-date": Weight(1.0, header(f"> {_H}", "12 March 2024")),
    "above-weak-name": Weight(0.6, header(f"> {_H}", "Jorunn Vasquez")),
    "above-body": Weight(0.5, header(f"> {_H}")),
    # headline, standfirst (or summary points), byline: the usual order
    "deck-or-summary-between": Weight(
        0.3, header(f"> {_H}", "The roof costs too much to mend, the council says.", "By Jane Doe")
    ),
    # for each unread line between it and its anchor (up to MAX_GAP of them)
    "line-between": Weight(-0.4, header(f"> {_H}", "Harbour weather report", "By Jane Doe")),
    "in-list-of-links": Weight(
        -2.0,
        header(
            "Home",
            "> Bus fares to rise in the spring",
            "Harbour cafe wins a national award",
            "New ferry route opens",
            _H,
        ),
    ),
    # evidence that holds across sites: printed again, its words back in the story, what it is not
    # at the end of share text ("... for: <title>") or of a breadcrumb
    "printed-after-a-label": Weight(2.0, header(f"> {_H}", "By Jane Doe", f"Share All sharing options for: {_H}")),
    # times the share of its content words in the first paragraphs
    "words-back-in-the-story": Weight(1.5, header(f"> {_H}", "By Jane Doe")),
    # the text opens with it
    "first-line": Weight(0.5, header(f"> {_H}", "By Jane Doe")),
    # a name, maybe with a role: more likely a byline
    "name-shaped": Weight(-1.5, header("> Storm Batters Harbor Town", "12 March 2024")),
    # "And what one town did about it": the second line of a title, or a standfirst
    "continues-a-line": Weight(
        -1.0, header("Why small towns lose their libraries", "> And what one town did about it")
    ),
    # '"We are ready," the mayor said on Monday': a sentence, not a title
    "reported-speech": Weight(
        -1.0, header('> "We have run out of ways," the mayor said on Tuesday at the council', "By Jane Doe")
    ),
    # a standfirst, its words shared with the title-shaped line above it
    "under-its-title": Weight(
        -1.0, header(_H, "> The library will close as its roof costs too much to mend", "By Jane Doe")
    ),
    # in a box of links under "See also", "More on:"
    "under-a-related-label": Weight(
        -2.5, header(_H, "By Jane Doe", "See also", "> Harbour cafe wins a national award")
    ),
}
_W = {name: weight.value for name, weight in HEADLINE_WEIGHTS.items()}


class _Tally:
    """A score being added up, with the name of every weight in it."""

    __slots__ = ("parts", "total")

    def __init__(self, name: str, value: float) -> None:
        self.total = value
        self.parts: list[tuple[str, float]] = [(name, value)]

    def add(self, name: str) -> None:
        value = _W[name]
        self.total += value
        self.parts.append((name, value))

    def add_group(self, parts: list[tuple[str, float]]) -> None:
        """Several parts added to the total as one term (their sum first)."""
        term = parts[0][1]
        for _, value in parts[1:]:
            term += value
        self.total += term
        self.parts += parts

    def score(self) -> HeadlineScore:
        return HeadlineScore(self.total, tuple(self.parts))


def read_headline(page: Page) -> None:
    """The headline, and its repeats above the body."""
    head = choose_headline(page)
    if head is not None:
        page.headline = head
        page.decide(head, Decision(Role.HEADLINE, rule="header/headline"))
        mark_repeats(page, head, Decision(Role.DEBRIS, "repeated-headline", rule="header/repeated-headline"))


def mark_repeats(page: Page, i: int, repeat: Decision) -> None:
    """The line printed again above the body: as it is, or as the page's title with the site's
    name after it ("Storm hits coast - The Ledger", "Storm hits coast | Ledger News")."""
    feats, d = page.feats, page.decisions
    key = feats[i].key
    for k in range(page.body_start):
        if k == i or d[k].role not in (Role.OUTSIDE, Role.CAPTION):
            continue
        if feats[k].key == key or _titled(feats[k].text, feats[i].text):
            page.decide(k, repeat)


def _titled(line: str, title: str) -> bool:
    """`line` is `title` and a short site name after a separator.

    >>> _titled("Storm hits coast - The Ledger", "Storm hits coast")
    True
    """
    if not line.startswith(title):
        return False
    return _SITE_SUFFIX.match(line, len(title)) is not None


def _anchor_kind(page: Page, i: int) -> str | None:
    d = page.decisions[i]
    if d.role is Role.BYLINE:
        return "byline"
    if d.role is Role.DATE:
        return "date"
    if d.role is Role.OUTSIDE and (page.feats[i].name_like == 2 or labelled_author(page.lines, i)):
        return "name"
    if d.role is Role.OUTSIDE and page.feats[i].name_like == 1:
        return "weak-name"
    return None


def choose_headline(page: Page) -> int | None:
    """The header line with the most evidence for being the headline (see `headline_score`).
    Every candidate's score is kept in `page.headline_scores`."""
    d, feats, lines = page.decisions, page.feats, page.lines
    best, best_score = None, MIN_SCORE
    # what each header line anchors (byline, date, name), and the story's words, read once for every candidate
    anchors = {k: _anchor_kind(page, k) for k in range(max(0, page.body_start - HEADER_WINDOW - 1), page.body_start)}
    story = _story_stems(page)
    for i in range(max(0, page.body_start - HEADER_WINDOW), page.body_start):
        if d[i].role is not Role.OUTSIDE or feats[i].words < 2 or labelled_author(lines, i):
            continue  # (a word alone: vetoed by size, checked here first as most menu lines are one word)
        # a name alone is a byline, unless an explicit byline follows it ("Storm Batters Coast" / "By ...")
        if feats[i].name_like == 2 and not (
            i + 1 < len(lines) and d[i + 1].role is Role.BYLINE and feats[i + 1].byline
        ):
            page.headline_passed_over.append(Candidate(i, False, "has the shape of a name alone: a byline's"))
            continue
        veto = headline_veto(page, i)
        if veto is not None:
            if feats[i].words >= 3:  # a title's length: say why it is no headline
                page.headline_passed_over.append(Candidate(i, False, f"ruled out: {veto}"))
            continue
        score = headline_score(page, i, anchors, story)
        page.headline_scores.append((i, score))
        if score.total > best_score:
            best, best_score = i, score.total
    if best is not None and feats[best].dup > 1:  # a repeated title: its first printing
        key = feats[best].key
        best = next(i for i in range(page.body_start) if feats[i].key == key and d[i].role is Role.OUTSIDE)
    return best


def headline_doubt(page: Page) -> str | None:
    """The line that came within HEADLINE_MARGIN of the chosen headline's score, if any (a
    line of other words: not the headline printed again)."""
    if page.headline is None:
        return None
    key = page.feats[page.headline].key
    mine = [score.total for i, score in page.headline_scores if page.feats[i].key == key]
    if not mine:
        return None  # decided otherwise than by score (wire copy)
    others = [(score.total, i) for i, score in page.headline_scores if page.feats[i].key != key]
    if not others:
        return None
    total, i = max(others)
    return page.lines[i].text if max(mine) - total < HEADLINE_MARGIN else None


def headline_score(
    page: Page, i: int, anchors: dict[int, str | None] | None = None, story: frozenset[str] | None = None
) -> HeadlineScore:
    """How much a header line looks like the headline, weight by weight (a line no veto rules out:
    see `headline_veto`).

    A headline has a few words, no sentence punctuation, is often printed again (as the page's
    title, at the end of share text), its words come back in the story, and it sits just above
    the byline or date (or the body, when there is neither).
    """
    f = page.feats[i]
    t = page.lines[i].text
    size = "four-words-or-more" if f.words >= 4 else ("three-words" if f.words == 3 else "two-words")
    tally = _Tally(size, _W[size])
    if i == 0 and f.words <= 3:
        tally.add("short-title-opening-the-text")
    if f.words > 40:
        tally.add("over-forty-words")
    sentences = bool(P.SENTENCE_BREAK.search(t))
    if (not sentences or f.words <= 15) and not t.endswith("."):
        if _repeated_title(page, i):
            tally.add("printed-again")
        elif _printed_after_label(page, i):
            tally.add("printed-after-a-label")
    if f.all_caps:
        tally.add("all-caps-short" if f.words <= 4 else "all-caps")
    if sentences:
        tally.add("ends-like-a-sentence" if P.ends_sentence(t) else "sentence-inside")
    if t.endswith("."):
        tally.add("full-stop")
    if _KICKER_END.search(t):
        tally.add("kicker-end")
    _add_shape(f, t, tally)
    kind, gap, summary = _add_anchor(page, i, anchors, tally)
    if _in_title_run(page, i) and not summary and not (kind in ("byline", "name", "weak-name") and gap == 0):
        tally.add("in-list-of-links")
    _add_place(page, i, tally)
    echo = _echo(page, i, _story_stems(page) if story is None else story)
    if echo:
        tally.add_group([("words-back-in-the-story", _W["words-back-in-the-story"] * echo)])
    return tally.score()


def _add_shape(f: Features, t: str, tally: _Tally) -> None:
    """What else the line's own words say: a name's shape, a continuation, reported speech."""
    if f.name_like == 1 and (f.words <= 4 or "," in t):  # a longer line in capitals is a title's shape too
        tally.add("name-shaped")
    if t.split(" ", 1)[0] in _CONJUNCTIONS:
        tally.add("continues-a-line")
    if f.words >= 8 and _REPORTED_SPEECH.search(t):
        tally.add("reported-speech")


def _add_place(page: Page, i: int, tally: _Tally) -> None:
    """Where the line sits besides its anchor: first in the text, under its title, in a box of links."""
    if i == 0:
        tally.add("first-line")
    elif _under_its_title(page, i):
        tally.add("under-its-title")
    if _under_related_label(page, i):
        tally.add("under-a-related-label")


# ------------------------------------------------------------------ vetoes
VetoTest = Callable[[Page, int, Features, str], bool]


class Veto(NamedTuple):
    """Evidence that rules a line out as the headline, whatever else it has for it."""

    name: str  # stable: `headline_veto` returns it, tests/test_headline.py runs it on its example
    when: VetoTest | None  # None: what the line's own text says it is (`not_a_title`) has this name
    example: str  # a page whose line marked "> " it rules out


# First match wins (the name reported is the first that holds).
HEADLINE_VETOES: tuple[Veto, ...] = (
    Veto("size", lambda page, i, f, t: f.words < 2 or len(t) > 300, header("> Library", "By Jane Doe")),
    Veto("label-end", lambda page, i, f, t: t.endswith(":"), header("> News from the harbour:", _H, "By Jane Doe")),
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
        "quote-source",
        lambda page, i, f, t: t.startswith(("—", "–")),
        header(_H, "> — Ann Lee, the mayor", "By Jane Doe"),
    ),
    Veto("date-or-time", None, header(_H, "> PUBLISHED TUE, MAR 12 20249:10 AM EST", "By Jane Doe")),
    Veto("widget", None, header(_H, "> Email this story to a friend", "By Jane Doe")),
    Veto("label", None, header(_H, "> Gallery: The harbour at dawn", "By Jane Doe")),
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
                kind = not_a_title(t)
            if kind == name:
                return name
        elif when(page, i, f, t):
            return name
    return None


@functools.lru_cache(maxsize=2048)
def not_a_title(t: str) -> str | None:
    """What a header line is when its own text says it is no title: "date-or-time", "names" (a byline
    without "By"), or a kind of `patterns.NOT_A_TITLE` ("widget", "caption", "label", ...)."""
    if _date_or_time(t):
        return "date-or-time"
    m = P.NOT_A_TITLE.search(t)
    if m is not None:
        return str(m.lastgroup).replace("_", "-")
    if _names(t):
        return "names"
    return None


def _date_or_time(t: str) -> bool:
    """A date or time line in any form: "12 March 2021", "Today 9:05 AM", "PUBLISHED FRI, MAR 12 20219:10 AM
    EST" (year glued to the time), "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Harbour Wire"."""
    if dates.find_dates(t[:12]) or dates.TIME.match(t):
        return True
    if not P.ANY_DIGIT.search(t) or len(t) > 160:
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
    parts = _NAME_JOINS.split(t)
    outlet = len(parts) >= 3 and bool(P.AGENCY_ONLY.match(parts[-1]) or outlet_tail(parts[-1]))
    if outlet:
        parts = parts[:-1]
    if not 2 <= len(parts) <= 5:
        return False
    for part in parts:
        ws = part.split()
        if not 2 <= len(ws) <= 4 or not all(w[:1].isupper() for w in ws[:2]):
            return False
        if not outlet and ws[0].lower() not in _GIVEN:
            return False
    return True


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
    if feats[i].words > 10 or P.ANY_DIGIT.search(lines[i].text):
        return False
    nxt = i + 2 if i + 1 < len(lines) and feats[i + 1].key == feats[i].key else i + 1  # the row printed twice
    if nxt >= len(lines) or not P.ANY_DIGIT.search(lines[nxt].text):
        return False  # the common case, read cheaply: no figures under the line
    rows = [k for k in range(i + 1, min(len(lines), i + 4)) if feats[k].key != feats[i].key][:2]
    return len(rows) == 2 and all(
        len(_FIGURE.findall(lines[k].text)) >= 3 and not dates.find_dates(lines[k].text) for k in rows
    )


# ------------------------------------------------------------------ evidence
def _printed_after_label(page: Page, i: int) -> bool:
    """The line ends another header line after a colon, bar or arrow: share text ("Share All sharing
    options for: <title>") or the end of a breadcrumb ("Home > News > <title>")."""
    feats = page.feats
    key = feats[i].key
    if len(feats[i].bag) < 3:
        return False
    text = feats[i].text
    for j in _title_window(page).long_lines:
        other = feats[j].text
        if j != i and len(other) > len(text) and feats[j].key.endswith(" " + key):
            head = other[: len(other) - len(text)].rstrip()
            if head.endswith((":", "|", ">", "›", "»", "/", "-", "–", "—")) and len(head) <= 60:
                return True
    return False


def _under_its_title(page: Page, i: int) -> bool:
    """Line `i` reads as the standfirst of the title-shaped line above it (they share words)."""
    d, feats = page.decisions, page.feats
    k = i - 1
    while k >= 0 and d[k].role is Role.DEBRIS:
        k -= 1
    return (
        k >= 0
        and d[k].role is Role.OUTSIDE
        and feats[k].title
        and feats[k].words >= 4
        and not (feats[k].name_like and feats[k].words <= 4)
        # they share words, or the title above is in Title Case and this line is not (not the last of a list of
        # links above: "Harbour Ferries Names New Chief" / "Former port director to lead the operator")
        and (
            bool(stems(page.lines[k].text) & stems(page.lines[i].text))
            or (title_case(page.lines[k].text) and not title_case(page.lines[i].text))
        )
        and _deck_between(page, k)
        and headline_veto(page, k) is None
    )


def _under_related_label(page: Page, i: int) -> bool:
    """Line `i` is in a box of links to other stories: up to five titles and a tag or two above it, the
    box's label ("See also", "More on:", "Related")."""
    k = i - 1
    for _ in range(7):
        if k < 0:
            return False
        if page.feats[k].key in _RELATED_LABELS:
            return True
        if page.decisions[k].role not in (Role.OUTSIDE, Role.DEBRIS) or page.feats[k].prose:
            return False
        k -= 1
    return False


def _echo(page: Page, i: int, story: frozenset[str]) -> float:
    """The share of the line's content words that come back in the story's first paragraphs; a line
    of fewer than four earns less (two words of two found is weaker evidence than five of six)."""
    own = stems(page.lines[i].text)
    return len(own & story) / max(len(own), 4) if own else 0.0


@functools.lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """Content words cut to their first five letters, so that "becomes" meets "becoming" and "Hitler's" meets
    "Hitler"."""
    return frozenset(w[:5] for w in content_words(text))


def _story_stems(page: Page) -> frozenset[str]:
    """The stems of the story's first paragraphs (up to STORY_CHARS characters of them)."""
    out: set[str] = set()
    left = STORY_CHARS
    for k in range(page.body_start, min(page.body_end + 1, page.body_start + 20)):
        if page.feats[k].prose:
            text = page.lines[k].text
            out |= stems(text[:left])
            left -= len(text)
            if left <= 0:
                break
    return frozenset(out)


def _add_anchor(
    page: Page, i: int, anchors: dict[int, str | None] | None, tally: _Tally
) -> tuple[str | None, int, bool]:
    """Add the weight of the nearest anchor below line `i` (byline, date, name; else the body),
    less the unread lines between; what the anchor is, how many lines between, and whether summary
    points sit between."""
    d, feats = page.decisions, page.feats
    key = feats[i].key
    deck = _deck_between(page, i)
    gap = 0
    anchor = "above-body"
    bonus = _W[anchor]
    kind = None
    first = True  # the first unread line below: the standfirst, when it reads like one
    for k in range(i + 1, min(page.body_start, i + 40)):
        kind = anchors[k] if anchors is not None and k in anchors else _anchor_kind(page, k)
        if kind is not None:
            anchor = "above-" + kind
            bonus = _W[anchor] / (max(1, len(page.date_lines)) if kind == "date" else 1)
            break
        if d[k].role is Role.OUTSIDE and feats[k].key != key:
            label = len(page.lines[k].text) <= 12 and _AUTHOR_LABEL.fullmatch(page.lines[k].text)  # "Author:"
            if not (first and deck) and not label:
                gap += 1
            first = False
    parts = [(anchor, bonus)]
    summary = _heads_summary(page, i)
    if deck or summary:
        parts.append(("deck-or-summary-between", _W["deck-or-summary-between"]))
    if gap:
        parts.append(("line-between", _W["line-between"] * min(gap, MAX_GAP)))
    tally.add_group(parts)
    return kind, gap, summary


def _deck_between(page: Page, i: int) -> bool:
    """The line after `i` reads like a standfirst (and `i` does not)."""
    d, feats, lines = page.decisions, page.feats, page.lines
    k = i + 1
    while k < page.body_start and d[k].role is not Role.OUTSIDE:
        k += 1
    if k >= page.body_start:
        return False
    f = feats[k]
    if not deck_like(lines[k].text, f) or feats[i].prose:
        return False
    if _opens_text(page, i) and feats[i].words >= 5:
        return True  # the text opens with two titles: the first is the headline, then its standfirst
    if f.words < feats[i].words:
        return False
    # a standfirst ends like a sentence, or runs on for twice the title's length without a full stop
    # ("The £42m scheme will protect 3,000 homes along the river, but residents say it comes too late")
    if P.ends_sentence(lines[k].text) or (f.prose and f.words >= max(12, 2 * feats[i].words)):
        return True
    # a sentence-case line under a title, no full stop: "Why local news deserts are spreading" /
    # "And what one town did about it" (a Title Case line there would be the headline itself)
    # (not for the last of a list of links, whose next line is the headline)
    return f.words >= 5 and feats[i].words >= 5 and not title_case(lines[k].text) and not _in_title_run(page, i)


def _opens_text(page: Page, i: int) -> bool:
    """Nothing but page furniture (debris) above line `i`: no menu, no teaser, no kicker."""
    return all(page.decisions[k].role is Role.DEBRIS for k in range(i))


def _repeated_title(page: Page, i: int) -> bool:
    """Printed again in the header - but not as part of a menu printed twice."""
    feats = page.feats
    window = _title_window(page)
    key = feats[i].key
    others = [j for j in window.by_key.get(key, ()) if j != i]
    words = feats[i].bag
    if len(words) >= 5:  # "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl": the title reworded
        others += [
            j
            for j in window.long_lines
            if feats[j].key != key and len(words & feats[j].bag) >= 0.75 * len(words | feats[j].bag)
        ]
    for j in sorted(others):
        prev_same = i > 0 and j > 0 and feats[i - 1].key == feats[j - 1].key and abs(i - j) > 1
        next_same = (
            i + 1 < len(feats) and j + 1 < len(feats) and feats[i + 1].key == feats[j + 1].key and abs(i - j) > 1
        )
        if not (prev_same or next_same):
            return True
    return False


def _title_window(page: Page) -> TitleWindow:
    lo = max(0, page.body_start - HEADER_WINDOW)
    cached = page.title_window
    if isinstance(cached, TitleWindow) and cached.span == (lo, page.body_start):
        return cached
    by_key: dict[str, list[int]] = {}
    long_lines = []
    for j in range(lo, page.body_start):
        f = page.feats[j]
        by_key.setdefault(f.key, []).append(j)
        if len(f.bag) >= 5:
            long_lines.append(j)
    window = TitleWindow((lo, page.body_start), by_key, long_lines)
    page.title_window = window
    return window


def _titleish(page: Page, k: int) -> bool:
    """A title-like line not yet read as anything else (a link, a headline, a summary point)."""
    if not 0 <= k < len(page.feats):
        return False
    f = page.feats[k]
    return (
        page.decisions[k].role is Role.OUTSIDE
        and f.title
        and f.words >= 3
        and f.dup == 1
        and not f.name_like
        and not f.all_caps  # a label in capitals ("FOR IMMEDIATE RELEASE", "TOP STORIES") is no link
    )


def _in_title_run(page: Page, i: int) -> bool:
    """Part of a list of links: three or more title-like lines in a row."""
    if page.feats[i].dup > 1:
        return False
    run = 1
    k = i - 1
    while _titleish(page, k):
        run += 1
        k -= 1
    k = i + 1
    while _titleish(page, k):
        run += 1
        k += 1
    return run >= 3


def _heads_summary(page: Page, i: int) -> bool:
    """Line `i` opens a run of titles that ends at the byline or date: the headline, then one to
    four summary points in sentence case, each about the story ("Prince makes surprise visit to
    flood-hit village" / "He chatted with residents who lost their homes" / "By ..."), not a list
    of links to other stories."""
    d, feats, lines = page.decisions, page.feats, page.lines
    if feats[i].words < 5 or not _titleish(page, i) or _titleish(page, i - 1):
        return False
    k = i + 1
    while _titleish(page, k) and feats[k].words >= 6 and not title_case(lines[k].text):
        k += 1
    if not (1 <= k - i - 1 <= 4 and k < len(d) and d[k].role in (Role.BYLINE, Role.DATE)):
        return False
    story = content_words(lines[i].text) | _story_words(page)
    return all(content_words(lines[j].text) & story for j in range(i + 1, k))


def _story_words(page: Page) -> set[str]:
    """The content words of the story's first paragraphs (read once per article)."""
    if page.story_words is None:
        first = page.lines[page.body_start : page.body_start + 6]
        page.story_words = set().union(*(content_words(ln.text) for ln in first))
    return page.story_words


def deck_like(text: str, f: Features) -> bool:
    return f.words >= 5 and not f.soft_stop and not f.all_caps and not text.endswith(":") and not f.name_like


def labelled_author(lines: list[Line], i: int) -> bool:
    """The line after an "Author:" / "By" label."""
    return i > 0 and bool(_AUTHOR_LABEL.fullmatch(lines[i - 1].text))


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/headline": ex.story(),
    "header/repeated-headline": ex.header(ex.HEADLINE, "Share", ex.HEADLINE, ex.BYLINE),
}
