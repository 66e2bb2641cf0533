"""The headline: the title-like header line that scores best (repeats, length, closeness to the byline)."""

from __future__ import annotations

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..normalize import Line
from . import examples as ex
from .features import Features, content_words, title_case
from .page import Candidate, Decision, HeadlineScore, Page, Role, TitleWindow

_KICKER_END = rx.compile(r"[—–\-|:»]$")


_SITE_SUFFIX = rx.compile(r"[ ]*+[|\-–—:·•][ ]*+\S.{0,40}$")


_AUTHOR_LABEL = rx.compile(r"(?:\L<labels>)\s*+:?", P.FLAGS, labels=P.phrase_list(L.AUTHOR_LABELS))


HEADER_WINDOW = 150  # how far above the body the headline is looked for (pages put menus above it)

# What makes a header line the headline: each named weight is added to a candidate's score when its
# test holds (`headline_score`), and the score keeps the names (`--explain` prints them).
HEADLINE_WEIGHTS: dict[str, float] = {
    "four-words-or-more": 1.0,
    "three-words": 0.0,
    "two-words": -2.0,
    "short-title-opening-the-text": 1.0,  # plain copy, not a page's menu
    "over-forty-words": -2.0,
    "printed-again": 2.0,  # as the page's title: also a headline that asks and answers ("Is X? Firms say yes")
    "all-caps-short": -1.5,
    "all-caps": -0.3,
    "ends-like-a-sentence": -1.5,
    "sentence-inside": -1.2,
    "full-stop": -0.7,
    "kicker-end": -2.0,  # "Breaking -", "Exclusive:": a label over the headline
    # the nearest anchor below: its own line, or the body when there is none
    "above-byline": 1.5,
    "above-name": 1.2,
    "above-date": 1.0,  # shared between the date lines of the header
    "above-weak-name": 0.6,
    "above-body": 0.5,
    "deck-or-summary-between": 0.3,  # headline, standfirst (or summary points), byline: the usual order
    "line-between": -0.4,  # for each unread line between it and its anchor
    "in-list-of-links": -2.0,
}
_W = HEADLINE_WEIGHTS


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
    """The title-like header line that scores best (repeats, length, closeness to the byline).
    Every candidate's score is kept in `page.headline_scores`."""
    d, feats, lines = page.decisions, page.feats, page.lines
    best, best_score = None, 0.0
    # what each header line anchors (byline, date, name), read once for every candidate
    anchors = {k: _anchor_kind(page, k) for k in range(max(0, page.body_start - HEADER_WINDOW - 1), page.body_start)}
    for i in range(max(0, page.body_start - HEADER_WINDOW), page.body_start):
        if d[i].role is not Role.OUTSIDE or labelled_author(lines, i):
            continue
        # a name alone is a byline, unless an explicit byline follows it ("Storm Batters Coast" / "By ...")
        if feats[i].name_like and not (i + 1 < len(lines) and d[i + 1].role is Role.BYLINE and feats[i + 1].byline):
            page.headline_passed_over.append(Candidate(i, False, "has the shape of a name alone: a byline's"))
            continue
        score = headline_score(page, i, anchors)
        if score is None:
            continue
        page.headline_scores.append((i, score))
        if score.total > best_score:
            best, best_score = i, score.total
    if best is not None and feats[best].dup > 1:  # a repeated title: its first printing
        key = feats[best].key
        best = next(i for i in range(page.body_start) if feats[i].key == key and d[i].role is Role.OUTSIDE)
    return best


def headline_score(page: Page, i: int, anchors: dict[int, str | None] | None = None) -> HeadlineScore | None:
    """How much a header line looks like the headline, weight by weight; None when it cannot be one.

    A headline has a few words, no sentence punctuation, is often printed twice, and sits
    just above the byline or date (or the body, when there is neither).
    """
    f = page.feats[i]
    t = page.lines[i].text
    if f.words < 2 or len(t) > 300 or t.endswith(":") or f.soft_stop or f.hard_stop or f.credit is not None:
        return None
    if dates.find_dates(t[:12]) or dates.TIME.match(t) or P.URL.match(t) or t.startswith(("—", "–")):
        return None
    size = "four-words-or-more" if f.words >= 4 else ("three-words" if f.words == 3 else "two-words")
    tally = _Tally(size, _W[size])
    if i == 0 and f.words <= 3:
        tally.add("short-title-opening-the-text")
    if f.words > 40:
        tally.add("over-forty-words")
    sentences = bool(P.SENTENCE_BREAK.search(t))
    if _repeated_title(page, i) and (not sentences or f.words <= 15) and not t.endswith("."):
        tally.add("printed-again")
    if f.all_caps:
        tally.add("all-caps-short" if f.words <= 4 else "all-caps")
    if sentences:
        tally.add("ends-like-a-sentence" if P.ends_sentence(t) else "sentence-inside")
    if t.endswith("."):
        tally.add("full-stop")
    if _KICKER_END.search(t):
        tally.add("kicker-end")
    kind, gap, summary = _add_anchor(page, i, anchors, tally)
    if _in_title_run(page, i) and not summary and not (kind in ("byline", "name", "weak-name") and gap == 0):
        tally.add("in-list-of-links")
    return tally.score()


def _add_anchor(
    page: Page, i: int, anchors: dict[int, str | None] | None, tally: _Tally
) -> tuple[str | None, int, bool]:
    """Add the weight of the nearest anchor below line `i` (byline, date, name; else the body),
    less the unread lines between; what the anchor is, how many lines between, and whether summary
    points sit between."""
    d, feats = page.decisions, page.feats
    key = feats[i].key
    gap = 0
    anchor = "above-body"
    bonus = _W[anchor]
    kind = None
    for k in range(i + 1, min(page.body_start, i + 40)):
        kind = anchors[k] if anchors is not None and k in anchors else _anchor_kind(page, k)
        if kind is not None:
            anchor = "above-" + kind
            bonus = _W[anchor] / (max(1, len(page.date_lines)) if kind == "date" else 1)
            break
        if d[k].role is Role.OUTSIDE and feats[k].key != key:
            gap += 1
    parts = [(anchor, bonus)]
    summary = _heads_summary(page, i)
    if (gap == 1 and _deck_between(page, i)) or summary:
        gap = 0
        parts.append(("deck-or-summary-between", _W["deck-or-summary-between"]))
    if gap:
        parts.append(("line-between", _W["line-between"] * gap))
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
    return page.decisions[k].role is Role.OUTSIDE and f.title and f.words >= 3 and f.dup == 1 and not f.name_like


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
