"""Numbered items in the body: numbered titles with paragraphs between them are a list article's
subheadings, with the list's own title above the first and a video title glued under each (rules of
RUN_RULES, in `runs`)."""

from __future__ import annotations

import itertools

from .. import rx
from .page import Decision, Page, Role
from .span import body_span, paragraph_after

_NUMBERED = rx.compile(r"^(?P<n>\d{1,2})[.)]\s++\S")


# ---------------------------------------------------------------- numbered items
def numbered_headings(page: Page) -> None:
    """Items numbered one after another with paragraphs between them ("2. Never cut the sugar" ...
    "3. Sleep more") are the subheadings of a list article; numbered lines one under another are a list. An item
    left as a stray short line counts too (a roundup's "1. Coolabah 45L Hard Esky" glued over its row of specs)."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    d = st.decisions
    items = [
        (i, int(m.group("n")))
        for i in span
        if (d[i].role in (Role.PARAGRAPH, Role.HEADING) or d[i].rule == "body/non-prose")
        and i not in st.numbered
        and (m := _NUMBERED.match(lines[i].text)) is not None
        and feats[i].words <= 16
        and _item_title(lines[i].text, feats[i].words)
    ]
    for i in _in_sequence(items):
        page.decide(i, Decision(Role.HEADING, rule="runs/numbered-headings"))


def item_media_titles(page: Page) -> None:
    """A list article whose numbered items each carry a video's title glued under the item's title
    ("2. Never urged an inquiry" / "Volker: Allegations are not credible" / the text): the titles under
    them are the players' (removed); an unnumbered first item shaped the same is the list's first title."""
    lines, feats, span, d = page.lines, page.feats, body_span(page), page.decisions
    heads = [i for i in span if d[i].rule == "runs/numbered-headings"]
    under = [i + 1 for i in heads if _media_title(page, span, i + 1)]
    if len(under) < 3 or len(under) * 2 < len(heads):
        return
    for k in under:
        page.decide(k, Decision(Role.DEBRIS, "player", rule="runs/item-media-titles"))
    m = _NUMBERED.match(lines[heads[0]].text)
    if m is None or m.group("n") != "2":
        return
    for k in range(heads[0] - 2, max(span.start, heads[0] - 15) - 1, -1):  # item 1, printed without its number
        t = lines[k].text
        if d[k].role in (Role.PARAGRAPH, Role.HEADING) and feats[k].words <= 12 and _media_title(page, span, k + 1):
            if not t.endswith((":", ",", ";", ".")):
                page.decide(k, Decision(Role.HEADING, rule="runs/item-media-titles"))
                page.decide(k + 1, Decision(Role.DEBRIS, "player", rule="runs/item-media-titles"))
            return


def _media_title(page: Page, span: range, k: int) -> bool:
    """A short line glued under the line above it, with running text after it and a blank line between."""
    if k not in span or page.lines[k].blank_before or not page.lines[k].blank_after:
        return False
    f = page.feats[k]
    if f.words > (12 if f.prose else 20) or page.decisions[k].role not in (Role.PARAGRAPH, Role.HEADING):
        return False
    return paragraph_after(page.lines, page.feats, page, span, k)


def _item_title(text: str, words: int) -> bool:
    """A numbered item's title: no clause ending it, or one short sentence with its full stop ("3. Cut the
    sugar."), not a numbered paragraph."""
    if text.endswith((",", ";", ":", "...", "…")):
        return False
    return not text.endswith(".") or (words <= 9 and ". " not in text[3:])


def title_over_items(page: Page) -> None:
    """The list's own title printed right above its first numbered subheading, no blank line between
    ("How to save more" / "1. Open a second account"): a subheading, not a line of a block."""
    d = page.decisions
    first = next((i for i in body_span(page) if d[i].rule == "runs/numbered-headings"), None)
    if first is None:
        return
    k = first - 1
    if k < page.body_start or page.lines[first].blank_before or page.decisions[k].role is not Role.PARAGRAPH:
        return
    t, f = page.lines[k].text, page.feats[k]
    if f.prose or not 2 <= f.words <= 8 or t.endswith((".", ",", ";", ":")) or not t[:1].isupper():
        return
    if k - 1 >= page.body_start and not page.lines[k].blank_before:
        return  # glued under another line too: a block's line
    page.decide(k, Decision(Role.HEADING, rule="runs/title-over-items"))


def _in_sequence(items: list[tuple[int, int]]) -> list[int]:
    """The items whose number follows or precedes a neighbour's by one (counting up or down)."""
    out: set[int] = set()
    for (i, n), (j, m) in itertools.pairwise(items):
        if abs(n - m) == 1 and j - i > 1:
            out.update((i, j))
    return sorted(out)
