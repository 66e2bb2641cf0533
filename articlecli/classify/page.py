"""The page being classified: what a line is (Role), the decision about it, and the answer of the passes."""

from __future__ import annotations

from typing import NamedTuple

from ..bylines import Byline


class Role:
    """What a line is. Plain strings: an Enum member costs ~120 ns to look up on Python 3.11
    (EnumType's __getattr__ slows every attribute of the class), and the passes look roles
    up in inner loops."""

    HEADLINE = "headline"
    DECK = "deck"
    BYLINE = "byline"
    DATE = "date"
    CAPTION = "caption"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CODE = "code"
    NOTE = "note"
    DEBRIS = "debris"
    OUTSIDE = "outside"


class Decision(NamedTuple):
    """What one line is, with what was read from it."""

    role: str  # a Role
    reason: str | None = None  # why a line was dropped (debris/outside)
    text: str | None = None  # caption text without its credit
    credit: str | None = None
    byline: Byline | None = None
    note_kind: str | None = None


PAGE_CHROME = Decision(Role.OUTSIDE, "page-chrome")  # what a line is until a pass says otherwise


class TitleWindow(NamedTuple):
    """The header window's lines by comparison key, and those long enough for near-repeats."""

    span: tuple[int, int]
    by_key: dict[str, list[int]]
    long_lines: list[int]


class Structure:
    """The second pass's answer: one decision per line, plus the header it read."""

    __slots__ = (
        "body_end",
        "body_only",
        "body_start",
        "bylines",
        "caption_labels",
        "date_lines",
        "decisions",
        "deck",
        "headline",
        "numbered",
        "story_words",
        "title_window",
    )

    def __init__(
        self,
        decisions: list[Decision],
        *,
        numbered: set[int] | None = None,
        caption_labels: set[int] | None = None,
        body_only: bool = False,
    ) -> None:
        self.decisions = decisions
        self.headline: int | None = None
        self.deck: int | None = None
        self.body_start = 0
        self.body_end = -1
        self.bylines: list[int] = []
        self.date_lines: list[int] = []
        self.body_only = body_only  # an export's body: every line belongs to the article
        self.title_window: TitleWindow | None = None  # lines of the header window by key
        self.story_words: set[str] | None = None  # content words of the body's first lines
        self.numbered = numbered if numbered is not None else set()  # numbered list items (see numbered_items)
        self.caption_labels = caption_labels if caption_labels is not None else set()  # see caption_labels
