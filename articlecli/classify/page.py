"""The page being classified: what a line is (Role), the decision about it (Decision), and the Page
that every pass reads and decides lines of."""

from __future__ import annotations

from typing import Final

from ..bylines import Byline
from ..model import Layout, LineRole, NoteKind, Record, RemovalReason
from ..normalize import Line
from .features import Features


class Role:
    """What a line is. Plain strings (each typed as its own value, so that mypy checks a Decision's role against
    `model.LineRole`): an Enum member costs ~120 ns to look up on Python 3.11
    (EnumType's __getattr__ slows every attribute of the class), and the passes look roles
    up in inner loops."""

    HEADLINE: Final = "headline"
    DECK: Final = "deck"
    BYLINE: Final = "byline"
    DATE: Final = "date"
    CAPTION: Final = "caption"
    HEADING: Final = "heading"
    PARAGRAPH: Final = "paragraph"
    CODE: Final = "code"
    NOTE: Final = "note"
    DEBRIS: Final = "debris"
    OUTSIDE: Final = "outside"


class Decision(Record):
    """What one line is, with what was read from it, and the rule that decided it."""

    role: LineRole  # a Role
    reason: RemovalReason | None = None  # why a line was dropped (debris/outside)
    text: str | None = None  # caption text without its credit
    credit: str | None = None
    byline: Byline | None = None
    note_kind: NoteKind | None = None
    rule: str = ""  # the stable name of the rule that decided it: "header/headline", "body/related-list"


PAGE_CHROME = Decision(Role.OUTSIDE, "page-chrome", rule="page/chrome")  # what a line is until a pass says otherwise
# The page furniture set inside a story that a pass looking for the next line of text passes (a separator, an ad
# slot, a player, a share row, a label): the reasons of such debris (`next_text`).
PASSABLE_DEBRIS: frozenset[RemovalReason] = frozenset(
    ("separator", "advertisement", "player", "embed", "share", "label")
)


class TitleWindow:
    """The header window's lines by comparison key, and those long enough for near-repeats."""

    __slots__ = ("by_key", "long_bags", "long_keys", "long_lines", "long_sizes", "span")

    def __init__(
        self,
        span: tuple[int, int],
        by_key: dict[str, list[int]],
        long_lines: list[int],
        long_bags: list[tuple[int, int, str, frozenset[str]]],
    ) -> None:
        self.span = span
        self.by_key = by_key
        self.long_lines = long_lines
        self.long_bags = long_bags  # the long lines' (line, size of bag, key, bag), by size of bag
        self.long_sizes = [m for _, m, _, _ in long_bags]  # (for a bisection by size)
        # the long lines' keys, each closed by a line break: a key that ends one of them is found in one search
        self.long_keys = "".join(f"{key}\n" for _, _, key, _ in long_bags)


class Page:
    """The page being classified: its lines and their features, one decision per line, the span of
    the story body and the header facts read so far. Every pass reads it and decides through `decide`."""

    __slots__ = (
        "body_end",
        "body_only",
        "body_start",
        "box_titles",
        "byline_candidates",
        "bylines",
        "caption_evidence",
        "caption_labels",
        "credit_lines",
        "date_lines",
        "decisions",
        "deck",
        "deck_candidates",
        "feats",
        "headline",
        "headline_passed_over",
        "headline_scores",
        "layout",
        "lines",
        "link_boxes",
        "numbered",
        "numbered_titles",
        "prose_text",
        "repeats",
        "reread",
        "shaped",
        "slug",
        "spaced",
        "span_steps",
        "span_weights",
        "stems_of",
        "story_words",
        "title_kinds",
        "title_window",
        "trace",
    )

    def __init__(
        self,
        lines: list[Line],
        feats: list[Features],
        *,
        body_only: bool = False,
        layout: Layout = "web",
        slug: str | None = None,
        trace: bool = False,
    ) -> None:
        self.lines = lines
        self.feats = feats
        self.decisions = [PAGE_CHROME] * len(lines)  # decisions are immutable: one shared default
        self.headline: int | None = None
        self.deck: int | None = None
        self.body_start = 0
        self.body_end = -1
        self.bylines: list[int] = []
        self.date_lines: list[int] = []
        self.body_only = body_only  # an export's body: every line belongs to the article
        self.layout = layout  # see layouts.LAYOUTS
        self.slug = slug  # wire copy's slug line, not its headline
        self.title_window: TitleWindow | None = None  # lines of the header window by key
        self.story_words: set[str] | None = None  # content words of the body's first lines
        self.prose_text: str | None = None  # the page's running text, a line a line (`pictures.prose_text`)
        # read once per line text, for this page only (see `echo.line_stems`, `title_kinds.title_kind`)
        self.stems_of: dict[str, frozenset[str]] = {}
        self.title_kinds: dict[str, str | None] = {}
        self.repeats: dict[str, list[int]] | None = None  # the lines of each key printed twice or more (`copies`)
        self.numbered: set[int] = set()  # numbered list items (see span.numbered_lines)
        self.numbered_titles: set[int] = set()  # numbered titles with text between (see span.numbered_lines)
        self.shaped: set[int] = set()  # rows of schedules and tables and what goes with them (see shapes.shaped_runs)
        self.spaced = False  # a blank line between every two lines: the spacing sets nothing apart (shapes.spaced_page)
        self.caption_labels: set[int] = set()  # caption labels (see pictures.caption_labels)
        # the evidence of each line read as a caption with no credit by its evidence (`caption_evidence`)
        self.caption_evidence: dict[int, tuple[str, ...]] = {}
        self.credit_lines: list[int] = []  # the body's lines read as credits, in order (see body's credit rule)
        # the body's lines read as a box of links or a gallery's link (`body_readers.read_link_box`)
        self.link_boxes: set[int] = set()
        self.box_titles: set[int] = set()  # the body's lines read as the title of the story's own box (body/box-title)
        self.reread: set[int] = set()  # the body's lines read again after the body's passes (`short_lines.read_again`)
        # what the header passes weighed, for `--explain`: every headline candidate with its score;
        # each line looked at as the deck or a byline, whether it was taken, and the evidence found
        self.headline_scores: list[tuple[int, HeadlineScore]] = []
        self.headline_passed_over: list[Candidate] = []  # title-like lines not scored, and why
        self.deck_candidates: list[Weighed] = []
        self.byline_candidates: list[Weighed] = []
        # every decision in the order made, when asked: which rules a line's final rule overruled
        self.trace: list[tuple[int, str]] | None = [] if trace else None
        # with `trace`, where `span.story_span`'s steps put the story's start and end (`explain.span`)
        self.span_steps: tuple[int, ...] | None = None
        self.span_weights: list[float | None] = []  # with `trace`, each line's weight in the densest run

    def copies(self, i: int) -> list[int]:
        """The lines printed as line `i` is (same comparison key), `i` among them, in order: for a line printed
        twice or more, read from the page's lines by key, gathered in one pass when first asked."""
        f = self.feats[i]
        if f.dup < 2:
            return [i]
        if self.repeats is None:
            self.repeats = {}
            for k, g in enumerate(self.feats):
                if g.dup >= 2:
                    self.repeats.setdefault(g.key, []).append(k)
        return self.repeats[f.key]

    def decide(self, i: int, decision: Decision) -> None:
        """Line `i` is `decision` (which names its rule), until a later pass decides otherwise."""
        self.decisions[i] = decision
        if self.trace is not None:
            self.trace.append((i, decision.rule))


class Candidate:
    """A line a pass weighed for a part of the header: taken or not, and why."""

    __slots__ = ("line", "taken", "why")

    def __init__(self, line: int, taken: bool, why: str) -> None:
        self.line = line
        self.taken = taken
        self.why = why


class HeadlineScore:
    """A headline candidate's score and the named weights that made it, in the order they were added."""

    __slots__ = ("parts", "total")

    def __init__(self, total: float, parts: tuple[tuple[str, float], ...]) -> None:
        self.total = total
        self.parts = parts


class Weighed:
    """A line a pass weighed for the deck or a byline: taken or not, and the names of the evidence found
    on it, in the order found (their weights: `candidates.DECK_WEIGHTS`, `BYLINE_WEIGHTS`)."""

    __slots__ = ("evidence", "line", "taken")

    def __init__(self, line: int, taken: bool, evidence: tuple[str, ...]) -> None:
        self.line = line
        self.taken = taken
        self.evidence = evidence


def next_text(st: Page, span: range, i: int) -> int | None:
    """The next line after `i` before the end of `span`, past page furniture set inside the story (a separator, an ad
    slot, a player, a share row, a label: `PASSABLE_DEBRIS`)."""
    d = st.decisions
    for k in range(i + 1, span.stop):
        if d[k].role is not Role.DEBRIS or d[k].reason not in PASSABLE_DEBRIS:
            return k
    return None
