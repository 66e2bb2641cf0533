"""The parts of the body's rules (`body.BODY_RULES`): what a rule reads besides the line (`BodyScan`), what a rule
is (`LineRule`, made by `line_rule`), and the readers that make a rule's decision from its line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from .. import captions as C
from ..model import Record, RemovalReason
from .credit_places import continued_credit
from .debris import shares_headline
from .features import Features
from .graphics import slide_caption
from .inserts import code_blocks, donation_boxes, link_widgets, poll_boxes
from .page import Decision, Page, Role
from .pictures import adopt_caption, labelled_caption

_SHARE_LEADS = frozenset(("Share", "share", "SHARE"))
_COUNTERS = frozenset(("gallery", "counter"))


class BodyScan:
    """What the body rules read besides the line itself: the page, and what the walk met so far."""

    __slots__ = (
        "code",
        "deck_key",
        "donations",
        "head_key",
        "in_links",
        "labels",
        "page",
        "polls",
        "seen_paragraphs",
        "shared_titles",
        "slides",
        "twice",
        "widgets",
    )

    def __init__(self, page: Page) -> None:
        span = range(page.body_start, page.body_end + 1)
        self.page = page
        self.labels = page.caption_labels
        self.head_key = page.feats[page.headline].key if page.headline is not None else None
        self.deck_key = page.feats[page.deck].key if page.deck is not None else None
        self.widgets = link_widgets(page.lines, page.feats, span)
        self.code = code_blocks(page.lines, page.feats, span)
        self.polls = poll_boxes(page.lines, page.feats)
        self.donations = donation_boxes(page.lines, page.feats, span)
        lines, feats = page.lines, page.feats
        # a share label printed with the headline it shares; a gallery's slide with no credit between two counters
        head = self.head_key
        self.shared_titles = {
            i for i in span if lines[i].text[:5] in _SHARE_LEADS and head and shares_headline(feats[i].key, head)
        }
        self.slides = {i for i in span if feats[i - 1].debris in _COUNTERS and slide_caption(page, i)}
        # a line printed again right under it (a subheading and its anchor's copy; `short_lines.TWICE_RULES`)
        self.twice = {i for i in span if i + 1 < len(lines) and lines[i].text == lines[i + 1].text}
        self.seen_paragraphs: set[str] = set()
        self.in_links = False  # after "Related:" and before the next sentence: links


Predicate = Callable[[BodyScan, int, Features, str], bool]
LineKind = Literal["prose", "short", "any"]
# a decision read from the line, given the rule's name; None when it decided the lines itself
Reader = Callable[[BodyScan, int, Features, str, str], "Decision | None"]


class LineRule(Record):
    """A named rule of the body: when `when` holds for a line, the line is `decision`."""

    name: str  # stable: `--explain` prints it, tests/test_rules.py runs it on its example
    when: Predicate
    decision: Decision | Reader
    example: str  # a few lines of a page, one of which this rule decides
    # Which lines `when` can hold for, so that a walk skips the rest: "prose" (running text),
    # "short" (the other lines) or "any"; and what of the page it needs (a BodyScan attribute that
    # is empty or None on most pages: "labels", "code"), None for every page.
    lines: LineKind = "any"
    needs: str | None = None


def line_rule(
    name: str,
    when: Predicate,
    decision: Decision | Reader,
    example: str,
    *,
    lines: LineKind = "any",
    needs: str | None = None,
) -> LineRule:
    if isinstance(decision, Decision):
        decision = decision._replace(rule=name)
    return LineRule(name, when, decision, example, lines, needs)


# Readers: a decision read from a line a rule holds for (None when the reader decided the lines itself).
def read_label(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    labelled_caption(s.page, i)  # the label, its caption below and a credit above
    return None


def already_decided(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    return None


def read_credit(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    credit = continued_credit(s.page, i, f.credit or t)  # with its second line, printed over two
    s.page.credit_lines.append(i)
    s.page.decide(i, Decision(Role.CAPTION, credit=credit, rule=rule))
    adopt_caption(s.page, i, credit)  # the caption above takes the credit
    return None


def read_caption_with_credit(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    assert f.caption is not None
    return Decision(Role.CAPTION, text=C.strip_truncation(f.caption[0]), credit=f.caption[1], rule=rule)


def read_caption_lead(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    text = C.caption_lead(t)
    # "Pictured: the bandstand in 1952. (Hollinsford Civic Society)": who supplied it, in brackets after it
    split = C.bracket_credit(text) if text is not None and text[-1:] == ")" else None
    if split is not None:
        return Decision(Role.CAPTION, text=split[0], credit=split[1], rule=rule)
    return Decision(Role.CAPTION, text=text, rule=rule)


def read_caption_alone(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    return Decision(Role.CAPTION, text=C.strip_truncation(t), rule=rule)


def read_caption_bracket_credit(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    split = C.bracket_credit(t)
    return None if split is None else Decision(Role.CAPTION, text=split[0], credit=split[1], rule=rule)


def read_links_from_here(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    s.in_links = True
    return Decision(Role.DEBRIS, "related", rule=rule)


def _link_reader(reason: RemovalReason) -> Reader:
    """A reader of a line that links away, dropped for `reason`, recorded in `page.link_boxes` (a gallery's slides
    and label may still be read in a box of links: `graphics.graphic_titles`; "IN PICTURES" over a gallery's first
    slide is its label, no link)."""

    def read(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
        s.page.link_boxes.add(i)
        return Decision(Role.DEBRIS, reason, rule=rule)

    return read


read_link_box = _link_reader("related")
read_gallery_link = _link_reader("gallery")


def read_box_title(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    s.page.box_titles.add(i)  # (its rows below are read as a block under it: `neighbours.in_block`)
    return Decision(Role.HEADING, rule=rule)


def read_debris(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    if f.debris == "copyright" and t[:1] == "©" and _copyright_credit(s, i, t):
        # "© FotoNorte" under a caption inside the story: the picture's credit, not the page's notice
        return read_credit(s, i, f, C.credit_only(t) or t, "pictures/copyright-credit-in-story")
    return Decision(Role.DEBRIS, f.debris, rule=rule)


def _copyright_credit(s: BodyScan, i: int, t: str) -> bool:
    """ "© FotoNorte", "© Jo Lee" between the story's lines: a name after the mark, with no year and no rights
    reserved, under a line of the story and above its last (a page's notice closes the page)."""
    page = s.page
    if len(t) > 40 or any(c.isdigit() for c in t) or not page.body_start < i < page.body_end:
        return False
    return page.decisions[i - 1].role is Role.PARAGRAPH and C.credit_only(t) is not None


def read_paragraph(s: BodyScan, i: int, f: Features, t: str, rule: str) -> Decision | None:
    s.seen_paragraphs.add(f.key)
    return Decision(Role.PARAGRAPH, rule=rule)


def dialogue_turn(t: str) -> bool:
    """A line opening with the dash of a dialogue's turn glued to its first word, as Spanish, Portuguese and Italian
    interviews print a question or an answer ("—¿Hubo despidos?", "–Foi difícil?"): a turn, no subheading."""
    return t[:1] in ("—", "–") and (t[1:2].isalpha() or t[1:2] in ("¿", "¡"))
