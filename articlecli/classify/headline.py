"""The headline: the title-like header line that scores best (repeats, length, closeness to the byline)."""

from __future__ import annotations

from .. import dates, rx
from .. import patterns as P
from ..normalize import Line
from .features import Features, content_words, title_case
from .page import Decision, Role, Structure, TitleWindow

_KICKER_END = rx.compile(r"[—–\-|:»]$")


_SITE_SUFFIX = rx.compile(r"[ ]*+[|\-–—:·•][ ]*+\S.{0,40}$")


_AUTHOR_LABEL = rx.compile(r"(?i)(?:author|authors|by|written by)\s*+:?")


HEADER_WINDOW = 150  # how far above the body the headline is looked for (pages put menus above it)


ANCHOR_BONUS = {"byline": 1.5, "name": 1.2, "date": 1.0, "weak-name": 0.6, "body": 0.5}


def mark_repeats(feats: list[Features], st: Structure, i: int, reason: str) -> None:
    """The line printed again above the body: as it is, or as the page's title with the site's
    name after it ("Storm hits coast - The Ledger", "Storm hits coast | Ledger News")."""
    key = feats[i].key
    for k in range(st.body_start):
        if k == i or st.decisions[k].role not in (Role.OUTSIDE, Role.CAPTION):
            continue
        if feats[k].key == key or _titled(feats[k].text, feats[i].text):
            st.decisions[k] = Decision(Role.DEBRIS, reason)


def _titled(line: str, title: str) -> bool:
    """`line` is `title` and a short site name after a separator.

    >>> _titled("Storm hits coast - The Ledger", "Storm hits coast")
    True
    """
    if not line.startswith(title):
        return False
    return _SITE_SUFFIX.match(line, len(title)) is not None


def _anchor_kind(lines: list[Line], feats: list[Features], st: Structure, i: int) -> str | None:
    d = st.decisions[i]
    if d.role is Role.BYLINE:
        return "byline"
    if d.role is Role.DATE:
        return "date"
    if d.role is Role.OUTSIDE and (feats[i].name_like == 2 or labelled_author(lines, i)):
        return "name"
    if d.role is Role.OUTSIDE and feats[i].name_like == 1:
        return "weak-name"
    return None


def choose_headline(lines: list[Line], feats: list[Features], st: Structure) -> int | None:
    """The title-like header line that scores best (repeats, length, closeness to the byline)."""
    d = st.decisions
    best, best_score = None, 0.0
    # what each header line anchors (byline, date, name), read once for every candidate
    anchors = {
        k: _anchor_kind(lines, feats, st, k) for k in range(max(0, st.body_start - HEADER_WINDOW - 1), st.body_start)
    }
    for i in range(max(0, st.body_start - HEADER_WINDOW), st.body_start):
        if d[i].role is not Role.OUTSIDE or labelled_author(lines, i):
            continue
        # a name alone is a byline, unless an explicit byline follows it ("Storm Batters Coast" / "By ...")
        if feats[i].name_like and not (i + 1 < len(lines) and d[i + 1].role is Role.BYLINE and feats[i + 1].byline):
            continue
        score = headline_score(lines, feats, st, i, anchors)
        if score is not None and score > best_score:
            best, best_score = i, score
    if best is not None and feats[best].dup > 1:  # a repeated title: its first printing
        best = next(i for i in range(st.body_start) if feats[i].key == feats[best].key and d[i].role is Role.OUTSIDE)
    return best


def headline_score(
    lines: list[Line], feats: list[Features], st: Structure, i: int, anchors: dict[int, str | None] | None = None
) -> float | None:
    """How much a header line looks like the headline; None when it cannot be one.

    A headline has a few words, no sentence punctuation, is often printed twice, and sits
    just above the byline or date (or the body, when there is neither).
    """
    f = feats[i]
    t = lines[i].text
    if f.words < 2 or len(t) > 300 or t.endswith(":") or f.soft_stop or f.hard_stop or f.credit is not None:
        return None
    if dates.find_dates(t[:12]) or dates.TIME.match(t) or P.URL.match(t) or t.startswith(("—", "–")):
        return None
    score = 1.0 if f.words >= 4 else (0.0 if f.words == 3 else -2.0)
    if i == 0 and f.words <= 3:
        score += 1.0  # a short title opening the text (plain copy, not a page's menu)
    if f.words > 40:
        score -= 2
    sentences = bool(P.SENTENCE_BREAK.search(t))
    # printed again (as the page's title): a headline, also one that asks and answers ("Is X? Firms say yes")
    if _repeated_title(feats, st, i) and (not sentences or f.words <= 15) and not t.endswith("."):
        score += 2.0
    if f.all_caps:
        score -= 1.5 if f.words <= 4 else 0.3
    if sentences:
        score -= 1.5 if P.ends_sentence(t) else 1.2
    if t.endswith("."):
        score -= 0.7
    if _KICKER_END.search(t):
        score -= 2.0
    d = st.decisions
    n_dates = max(1, len(st.date_lines))
    gap = 0
    bonus = ANCHOR_BONUS["body"]
    kind = None
    for k in range(i + 1, min(st.body_start, i + 40)):
        kind = anchors[k] if anchors is not None and k in anchors else _anchor_kind(lines, feats, st, k)
        if kind is not None:
            bonus = ANCHOR_BONUS[kind] / (n_dates if kind == "date" else 1)
            break
        if d[k].role is Role.OUTSIDE and feats[k].key != f.key:
            gap += 1
    summary = _heads_summary(lines, feats, st, i)
    if (gap == 1 and _deck_between(lines, feats, st, i)) or summary:
        gap, bonus = 0, bonus + 0.3  # headline, standfirst (or summary points), byline: the usual order
    score += bonus - 0.4 * gap
    if _in_title_run(feats, d, i) and not summary and not (kind in ("byline", "name", "weak-name") and gap == 0):
        score -= 2.0
    return score


def _deck_between(lines: list[Line], feats: list[Features], st: Structure, i: int) -> bool:
    """The line after `i` reads like a standfirst (and `i` does not)."""
    k = i + 1
    while k < st.body_start and st.decisions[k].role is not Role.OUTSIDE:
        k += 1
    if k >= st.body_start:
        return False
    f = feats[k]
    if not deck_like(lines[k].text, f) or feats[i].prose:
        return False
    if _opens_text(st, i) and feats[i].words >= 5:
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
    return (
        f.words >= 5
        and feats[i].words >= 5
        and not title_case(lines[k].text)
        and not _in_title_run(feats, st.decisions, i)
    )


def _opens_text(st: Structure, i: int) -> bool:
    """Nothing but page furniture (debris) above line `i`: no menu, no teaser, no kicker."""
    return all(st.decisions[k].role is Role.DEBRIS for k in range(i))


def _repeated_title(feats: list[Features], st: Structure, i: int) -> bool:
    """Printed again in the header - but not as part of a menu printed twice."""
    window = _title_window(feats, st)
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


def _title_window(feats: list[Features], st: Structure) -> TitleWindow:
    lo = max(0, st.body_start - HEADER_WINDOW)
    cached = st.title_window
    if isinstance(cached, TitleWindow) and cached.span == (lo, st.body_start):
        return cached
    by_key: dict[str, list[int]] = {}
    long_lines = []
    for j in range(lo, st.body_start):
        by_key.setdefault(feats[j].key, []).append(j)
        if len(feats[j].bag) >= 5:
            long_lines.append(j)
    window = TitleWindow((lo, st.body_start), by_key, long_lines)
    st.title_window = window
    return window


def _titleish(feats: list[Features], d: list[Decision], k: int) -> bool:
    """A title-like line not yet read as anything else (a link, a headline, a summary point)."""
    return (
        0 <= k < len(feats)
        and d[k].role is Role.OUTSIDE
        and feats[k].title
        and feats[k].words >= 3
        and feats[k].dup == 1
        and not feats[k].name_like
    )


def _in_title_run(feats: list[Features], d: list[Decision], i: int) -> bool:
    """Part of a list of links: three or more title-like lines in a row."""
    if feats[i].dup > 1:
        return False
    run = 1
    k = i - 1
    while _titleish(feats, d, k):
        run += 1
        k -= 1
    k = i + 1
    while _titleish(feats, d, k):
        run += 1
        k += 1
    return run >= 3


def _heads_summary(lines: list[Line], feats: list[Features], st: Structure, i: int) -> bool:
    """Line `i` opens a run of titles that ends at the byline or date: the headline, then one to
    four summary points in sentence case, each about the story ("Prince makes surprise visit to
    flood-hit village" / "He chatted with residents who lost their homes" / "By ..."), not a list
    of links to other stories."""
    d = st.decisions
    if feats[i].words < 5 or not _titleish(feats, d, i) or _titleish(feats, d, i - 1):
        return False
    k = i + 1
    while _titleish(feats, d, k) and feats[k].words >= 6 and not title_case(lines[k].text):
        k += 1
    if not (1 <= k - i - 1 <= 4 and k < len(d) and d[k].role in (Role.BYLINE, Role.DATE)):
        return False
    story = content_words(lines[i].text) | _story_words(lines, st)
    return all(content_words(lines[j].text) & story for j in range(i + 1, k))


def _story_words(lines: list[Line], st: Structure) -> set[str]:
    """The content words of the story's first paragraphs (read once per article)."""
    if st.story_words is None:
        first = lines[st.body_start : st.body_start + 6]
        st.story_words = set().union(*(content_words(ln.text) for ln in first))
    return st.story_words


def deck_like(text: str, f: Features) -> bool:
    return f.words >= 5 and not f.soft_stop and not f.all_caps and not text.endswith(":") and not f.name_like


def labelled_author(lines: list[Line], i: int) -> bool:
    """The line after an "Author:" / "By" label."""
    return i > 0 and bool(_AUTHOR_LABEL.fullmatch(lines[i - 1].text))
