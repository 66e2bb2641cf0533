"""Wire copy: its first line is its headline (decided after every other pass, also on a page with no
story), under the slug line that opens the text."""

from __future__ import annotations

from .. import patterns as P
from . import examples as ex
from .page import Decision, Page, Role


def wire_headline(page: Page) -> None:
    """Wire copy opens with its headline (under the slug and any section label), however long it
    is: it overrules the scored headline, which becomes the deck when it sat below."""
    first = _wire_first_line(page)
    if first is None or page.headline == first or first + 1 >= len(page.lines):
        return
    if page.decisions[first].role not in (Role.PARAGRAPH, Role.OUTSIDE, Role.HEADING, Role.DECK):
        return
    scored = page.headline
    if scored is not None and page.deck is None and scored > first:
        page.decide(scored, Decision(Role.DECK, rule="header/wire-deck"))
        page.deck = scored
    elif scored is not None:
        page.decide(scored, Decision(Role.OUTSIDE, "page-chrome", rule="header/wire-headline-overruled"))
    page.decide(first, Decision(Role.HEADLINE, rule="header/wire-headline"))
    page.headline = first


def wire_slug(page: Page) -> None:
    """Wire copy's slug line ("BC-US--Storm-Coast,1st Ld-Writethru") is no part of the story."""
    slug = Decision(Role.DEBRIS, "slug", rule="header/wire-slug")
    for i, line in enumerate(page.lines):
        if line.text == page.slug and page.decisions[i].role in (Role.DEBRIS, Role.OUTSIDE):
            page.decide(i, slug)


def _wire_first_line(page: Page) -> int | None:
    """The first line of wire copy that can be its headline: not the slug, and not a section
    label of a few words above a longer title ("NEWS", "World News" over the headline)."""
    lines = page.lines
    candidates = [i for i, ln in enumerate(lines) if ln.text != page.slug][:4]
    for n, i in enumerate(candidates):
        t = lines[i].text
        words = len(P.words(t))
        nxt = lines[candidates[n + 1]].text if n + 1 < len(candidates) else None
        label = words <= 3 and not P.ends_sentence(t)
        if words and not (label and nxt is not None and _title_line(nxt) and len(P.words(nxt)) > words):
            return i
    return None


def _title_line(text: str) -> bool:
    """A line that reads as a title: a few words, no sentence punctuation at its end."""
    return 4 <= len(P.words(text)) <= 25 and not P.ends_sentence(text)


_WIRE = (
    "# wire\nBC-US--Harbour-Library\n"
    "Council votes to close harbour library after the cost of roof repairs doubles this spring.\n"
)
_WIRE_STORY = "\nHARBOURTON, Maine (AP) — " + ex.OPENING + "\n\n" + ex.MIDDLE + "\n"

# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/wire-slug": _WIRE + _WIRE_STORY,
    "header/wire-headline": _WIRE + _WIRE_STORY,
    "header/wire-deck": _WIRE + "Library To Close At Year End\n\nBy Jane Doe\n" + _WIRE_STORY,
    "header/wire-headline-overruled": _WIRE
    + "Library To Close At Year End\n"
    + ex.DECK
    + "\n\nBy Jane Doe\n"
    + _WIRE_STORY,
}
