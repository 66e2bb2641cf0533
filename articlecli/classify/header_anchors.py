"""What stands under a headline candidate: the header's anchors (a byline, a date line, a name) and the unread lines
between, read once per page for every candidate the headline weighs (`headline._add_anchor`)."""

from __future__ import annotations

from .evidence import author_label, labelled_author, lead_picture, second_line
from .page import Page, Role
from .title_kinds import title_kind


def anchor_kind(page: Page, i: int) -> str | None:
    d = page.decisions[i]
    if d.role is Role.BYLINE:
        return "byline"
    if d.role is Role.DATE:
        return "date"
    if d.role is Role.OUTSIDE and (
        page.feats[i].name_like == 2 or labelled_author(page.lines, i) or _names_without_by(page, i)
    ):
        return "name"  # a name alone, an "Author:" label, names without "By" ("Ann Lee, courts reporter")
    if d.role is Role.OUTSIDE and page.feats[i].name_like == 1:
        return "weak-name"
    return None


def _names_without_by(page: Page, i: int) -> bool:
    """Names without "By" (`title_kinds.not_a_title`), asked only of a short line of two words or more that joins its
    parts with a comma, "&" or "and", as such names and a name with its title or address after a comma do (names
    joined only by another language's "and" are left unasked: too many lines of prose hold "e", "y" or "en")."""
    f, t = page.feats[i], page.lines[i].text
    return 2 <= f.words <= 16 and ("," in t or "&" in t or " and " in t) and title_kind(page, i) == "names"


class Anchors:
    """What each header line anchors (byline, date, name; `anchor_kind`), read once per page for every
    candidate: the nearest anchor at or below each line, and running counts of the unread lines."""

    __slots__ = ("kinds", "lo", "next_anchor", "next_outside", "unread", "unread_before")

    def __init__(self, page: Page, lo: int) -> None:
        """From line `lo` (the first candidate: no line above it is walked) to the body."""
        d, lines, end = page.decisions, page.lines, page.body_start
        self.lo = lo
        self.kinds = kinds = [anchor_kind(page, k) for k in range(lo, end)]
        size = end - lo
        # an unread line: page chrome, not an "Author:" label nor a lead picture's caption or credit (which count
        # as no line between)
        self.unread = unread = [
            d[k].role is Role.OUTSIDE
            and not (len(lines[k].text) <= 12 and author_label(lines[k].text))
            and not lead_picture(page, k)
            and not (lines[k].text[:1].islower() and second_line(page, k))  # (which opens in lower case)
            for k in range(lo, end)
        ]
        self.unread_before = before = [0] * (size + 1)
        for n in range(size):
            before[n + 1] = before[n] + unread[n]
        # the nearest anchor and the nearest page-chrome line at or below each line (`size`: none)
        self.next_anchor = next_anchor = [size] * (size + 1)
        self.next_outside = next_outside = [size] * (size + 1)
        for n in range(size - 1, -1, -1):
            next_anchor[n] = n if kinds[n] is not None else next_anchor[n + 1]
            next_outside[n] = n if d[lo + n].role is Role.OUTSIDE else next_outside[n + 1]
