"""Evidence that a header line is the story's title because the page prints it again - as the page's title with
the site's name after it, a second time in the header - or because its words come back in the story's opening."""

from __future__ import annotations

from _bisect import bisect_left, bisect_right  # (the C module the others read: `bisect` is one more import)
from operator import itemgetter

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from .page import Page, TitleWindow
from .words import content_words, key_of

HEADER_WINDOW = 150  # how far above the body the headline is looked for (pages put menus above it)
STORY_CHARS = 1500  # how much of the story's opening a headline's words are looked for in


def story_echo(page: Page, i: int, story: frozenset[str]) -> float:
    """The share of the line's content words that come back in the story's first paragraphs; a line
    of fewer than four earns less (two words of two found is weaker evidence than five of six)."""
    own = line_stems(page, i)
    return len(own & story) / max(len(own), 4) if own else 0.0


def stems(text: str) -> frozenset[str]:
    """Content words cut to their first five letters, so that "becomes" meets "becoming" and "Hitler's" meets
    "Hitler"."""
    return frozenset(map(_FIVE_LETTERS, content_words(text)))


_SIZE = itemgetter(1)  # a long line's size of bag, in `TitleWindow.long_bags`
_FIVE_LETTERS = itemgetter(slice(5))  # `word[:5]`, mapped at C speed over a line's words


def line_stems(page: Page, i: int) -> frozenset[str]:
    """`stems` of line `i`, read once per text on this page (a headline's words are weighed several times)."""
    text = page.lines[i].text
    found = page.stems_of.get(text)
    if found is None:
        found = page.stems_of[text] = stems(text)
    return found


def story_stems(page: Page) -> frozenset[str]:
    """The stems of the story's first paragraphs (up to STORY_CHARS characters of them)."""
    words: set[str] = set()
    left = STORY_CHARS
    for k in range(page.body_start, min(page.body_end + 1, page.body_start + 20)):
        if page.feats[k].prose:
            text = page.lines[k].text
            words |= content_words(text[:left])
            left -= len(text)
            if left <= 0:
                break
    return frozenset(map(_FIVE_LETTERS, words))  # (each word cut once, the paragraphs' words joined first)


def repeated_title(page: Page, i: int) -> bool:
    """Printed again in the header - but not as part of a menu printed twice."""
    feats = page.feats
    window = title_window(page)
    key = feats[i].key
    others = [j for j in window.by_key.get(key, ()) if j != i]
    words = feats[i].bag
    n = len(words)
    if n >= 5:  # "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl": the title reworded
        # (sharing 3/4 of the words of both needs sizes within 3/4 of each other: the cheap test first)
        lo, hi = -(-3 * n // 4), 4 * n // 3  # the sizes m with 4 * min(n, m) >= 3 * max(n, m)
        first, last = bisect_left(window.long_sizes, lo), bisect_right(window.long_sizes, hi)  # (sorted by size)
        others += [
            j
            for j, m, other_key, bag in window.long_bags[first:last]
            if other_key != key and (shared := len(words & bag)) >= 0.75 * (n + m - shared)
        ]  # (n + m - shared: the size of the union, not built)
    for j in sorted(others):
        prev_same = i > 0 and j > 0 and feats[i - 1].key == feats[j - 1].key and abs(i - j) > 1
        next_same = (
            i + 1 < len(feats) and j + 1 < len(feats) and feats[i + 1].key == feats[j + 1].key and abs(i - j) > 1
        )
        if not (prev_same or next_same):
            return True
    return False


def same_key_lines(page: Page, i: int) -> list[int]:
    """The lines of the header window printed as line `i` is (same comparison key), `i` among them."""
    return title_window(page).by_key.get(page.feats[i].key, [])


def title_window(page: Page) -> TitleWindow:
    lo = max(0, page.body_start - HEADER_WINDOW)
    cached = page.title_window
    if isinstance(cached, TitleWindow) and cached.span == (lo, page.body_start):
        return cached
    by_key: dict[str, list[int]] = {}
    long_lines = []
    long_bags = []
    for j in range(lo, page.body_start):
        f = page.feats[j]
        by_key.setdefault(f.key, []).append(j)
        if len(f.bag) >= 5:
            long_lines.append(j)
            long_bags.append((j, len(f.bag), f.key, f.bag))
    long_bags.sort(key=_SIZE)
    window = TitleWindow((lo, page.body_start), by_key, long_lines, long_bags)
    page.title_window = window
    return window


def printed_after_label(page: Page, i: int) -> bool:
    """The line ends another header line after a colon, bar or arrow: share text ("Share All sharing
    options for: <title>") or the end of a breadcrumb ("Home > News > <title>")."""
    feats = page.feats
    key = feats[i].key
    if len(feats[i].bag) < 3:
        return False
    window = title_window(page)
    if f" {key}\n" not in window.long_keys:
        return False  # (one search of the long lines' keys, the plain test first: most lines end none of them)
    text = feats[i].text
    for j in window.long_lines:
        other = feats[j].text
        if j != i and len(other) > len(text) and feats[j].key.endswith(" " + key):
            head = other[: len(other) - len(text)].rstrip()
            if head.endswith((":", "|", ">", "›", "»", "/", "-", "–", "—")) and len(head) <= 60:
                return True
    return False


# "Storm hits coast - Coastal Herald", "... | HARBOUR NEWS": a site's name of up to four words after a bar or dash
# the separators a page's title prints before the site's name: a bar, a dash, a guillemet ("Titre « Le Courrier"), a dot
_SITE_TAIL = rx.compile(r"\s++(?:[|\-–—―«·•]|::)\s++(?P<site>[^|\-–—―«·•\s][^|–—―«·•]{1,40})$")


_DOMAIN = rx.compile(r"\.(?:" + P.WEB_ADDRESS_END + r")$", P.FLAGS)


_OUTLETS = frozenset((*L.OUTLET_WORDS, "news"))


_SITE_SUFFIX = rx.compile(r"[ ]*+[|\-–—―«:·•][ ]*+\S.{0,40}$")


def without_site_name(page: Page, i: int) -> str | None:
    """The headline printed only as the page's title, "Storm hits coast - Coastal Herald": the title without
    the site's name, when that name is the site's (a domain, an outlet's word, or printed alone on the page)."""
    t = page.lines[i].text
    m = _SITE_TAIL.search(t) if " " in t else None
    if m is None or len(P.words(t[: m.start()])) < 3:
        return None
    site = m.group("site")
    words = site.split()
    if len(words) == 1 and _DOMAIN.search(site):
        return t[: m.start()]
    if not all(w[:1].isupper() for w in words) or len(words) > 4:
        return None
    known = words[-1].lower() in _OUTLETS or key_of(site) in _title_keys(page)
    return t[: m.start()] if known else None


def _title_keys(page: Page) -> set[str]:
    return {f.key for f in page.feats[: page.body_start] if f.words <= 4}


def titled(line: str, title: str) -> bool:
    """`line` is `title` and a short site name after a separator.

    >>> titled("Storm hits coast - The Ledger", "Storm hits coast")
    True
    """
    if not line.startswith(title):
        return False
    return _SITE_SUFFIX.match(line, len(title)) is not None


# what a breadcrumb trail or share text prints before the title it ends in ("Home › News › <title>", "Share on X:
# <title>", "Inicio / Sociedad / <title>")
_LABEL_ENDS = (":", "|", ">", "›", "»", "/", "-", "–", "—")
_LABEL_MARKS = frozenset(":|>›»/")
_HEAD_SIZE = 60  # the longest trail or share label before the title


def ends_in_another_line(page: Page, i: int) -> bool:
    """Line `i` is a breadcrumb trail or share text ending in another header line of five content words or more,
    printed in full after a separator ("Home › News › Ferry strike halts island deliveries at dawn" over that title):
    the title printed again under a label, never the title itself (that line is: `printed_after_label`)."""
    t = page.feats[i].text
    if not _LABEL_MARKS.intersection(t[:_HEAD_SIZE]):
        return False  # (most header lines hold none of the marks a trail or a share label is cut by)
    feats, key = page.feats, page.feats[i].key
    by_key = title_window(page).by_key
    at = key.find(" ")
    while 0 < at <= _HEAD_SIZE:  # each tail of the key after a word: another line's key? (a lookup each)
        for j in by_key.get(key[at + 1 :], ()):
            other = feats[j]
            if j != i and len(other.bag) >= 5 and len(other.text) < len(t):
                head = t[: len(t) - len(other.text)].rstrip()
                if head.endswith(_LABEL_ENDS) and len(head) <= _HEAD_SIZE:
                    return True
        at = key.find(" ", at + 1)
    return False
