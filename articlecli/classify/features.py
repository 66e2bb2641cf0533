"""Pass 1: what each line looks like on its own (prose, debris, date line, byline, credit, name shape)."""

from __future__ import annotations

from typing import Any

from .. import captions as C
from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..bylines import GIVEN as GIVEN  # re-exported: the set of given names the classifier's modules read
from ..bylines import Byline
from ..model import RemovalReason
from ..normalize import Line
from .byline_shapes import _explicit_byline, _name_like
from .debris import _long_debris, debris_reason
from .words import key_of, words_and_prose

_DOUBLE_QUOTE = rx.compile(r"[\"“”]")


# What a match of HARD_STOP opens with (a stop phrase, or one of the pattern's own leads; else a digit), and of
# SOFT_STOP (a stop phrase, or "more "): a line opening otherwise is spared the pattern (tests/test_fast_paths.py).
_HARD_LEADS = (*L.HARD_STOPS, *L.COMMENT_LINK_VERBS)
_SOFT_LEADS = (*L.SOFT_STOPS, "more ")
_STOP_LEAD_SIZE = max(map(len, (*_HARD_LEADS, *_SOFT_LEADS)))


def _by_initial(leads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The leads by their first letter, each letter's in their order (one pass: one per letter cost 0.5M
    instructions at every start)."""
    by_initial: dict[str, list[str]] = {}
    for w in leads:
        by_initial.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in by_initial.items()}


_HARD_LEADS_BY_INITIAL = _by_initial(_HARD_LEADS)
_SOFT_LEADS_BY_INITIAL = _by_initial(_SOFT_LEADS)


def _space_after_digits(text: str) -> bool:
    """After the ASCII digits the text opens with, a space or a character beyond ASCII (a digit of another script)."""
    after = text.lstrip("0123456789")[:1]
    return after == " " or not after.isascii()


def may_stop(text: str) -> tuple[bool, bool]:
    """Whether HARD_STOP, and SOFT_STOP, may match the line: it opens with one of the pattern's leads (the leads of
    its first letter compared, not all of them), or, for HARD_STOP, a number and a space ("14 comments"; not a
    player's "0:00")."""
    head = rx.fold(text[:_STOP_LEAD_SIZE])
    initial = head[:1]
    hard = head.startswith(_HARD_LEADS_BY_INITIAL.get(initial, ())) or (
        text[:1].isdigit() and _space_after_digits(text)
    )
    return hard, head.startswith(_SOFT_LEADS_BY_INITIAL.get(initial, ()))


# A box's label of links in another language, read by its whole words alone on its line ("Te recomendamos", "À voir
# aussi"): a soft stop, as "You may also like" is by its opening words.
_LABELS_ALONE = frozenset(L.FOREIGN_READ_ALSO_LABELS)

QUESTION_WORDS = frozenset(L.QUESTION_WORDS)


_UNSET: Any = object()  # a lazy feature not yet computed


SHORT_LINE = 200  # page furniture, bylines, dates and credits are short lines (read inline: a hot path)
# No credit (120 characters), date line (120) or byline (160) is longer than this: their readers give up
# on a longer line (tests/test_fast_paths.py checks it).
LONGEST_ANCHOR = 160


class Features:
    """What a line looks like, on its own.

    The cheap features are computed for every line; the costly ones (date line, byline, credit,
    caption, name shape, word set) on first use, as most lines (page chrome far from the story)
    never need them.
    """

    __slots__ = (
        "_bag",
        "_byline",
        "_caption",
        "_credit",
        "_date_line",
        "_name_like",
        "all_caps",
        "debris",
        "dup",
        "hard_stop",
        "key",
        "prose",
        "soft_stop",
        "text",
        "title",
        "words",
    )

    def __init__(
        self,
        text: str,
        words: int,
        prose: bool,
        title: bool,
        all_caps: bool,
        debris: RemovalReason | None,
        hard_stop: bool,
        soft_stop: bool,
        key: str,
    ) -> None:
        self.text = text
        self.words = words
        self.prose = prose
        self.title = title  # a short line with no sentence punctuation at its end
        self.all_caps = all_caps
        self.debris = debris
        self.hard_stop = hard_stop
        self.soft_stop = soft_stop
        self.key = key  # comparison form, for finding repeats
        self.dup = 1  # how many lines share `key`
        self._date_line: Any = _UNSET
        self._byline: Any = _UNSET
        self._credit: Any = _UNSET
        self._caption: Any = _UNSET
        self._name_like: Any = _UNSET
        self._bag: Any = _UNSET

    def __repr__(self) -> str:
        return f"Features({self.text!r}, words={self.words}, prose={self.prose}, debris={self.debris!r})"

    @property
    def short(self) -> bool:
        return len(self.text) <= SHORT_LINE

    @property
    def date_line(self) -> bool:
        if self._date_line is _UNSET:
            self._date_line = len(self.text) <= SHORT_LINE and dates.is_date_line(self.text)
        return bool(self._date_line)

    @property
    def byline(self) -> Byline | None:
        """An explicit byline ("By ...", or a name beside a date)."""
        if self._byline is _UNSET:
            self._byline = _explicit_byline(self.text) if len(self.text) <= SHORT_LINE else None
        return self._byline  # type: ignore[no-any-return]

    @property
    def credit(self) -> str | None:
        """The whole line is a photo credit."""
        if self._credit is _UNSET:
            wanted = len(self.text) <= SHORT_LINE and self.debris is None and (not self.prose or self.words < 12)
            self._credit = C.credit_only(self.text) if wanted else None
        return self._credit  # type: ignore[no-any-return]

    @property
    def caption(self) -> tuple[str, str] | None:
        """A caption glued to its credit."""
        if self._caption is _UNSET:
            wanted = self.words >= 3 and C.may_end_with_credit(self.text) and self.credit is None
            self._caption = C.split_caption(self.text) if wanted else None
        return self._caption  # type: ignore[no-any-return]

    @property
    def name_like(self) -> int:
        """A name alone, as in a name-only byline: 2 a known given name or agency, 1 maybe, else 0."""
        if self._name_like is _UNSET:
            self._name_like = _name_like(self.text)
        return int(self._name_like)

    @property
    def bag(self) -> frozenset[str]:
        """The words of `key`, for near-repeats."""
        if self._bag is _UNSET:
            self._bag = frozenset(self.key.split())
        return self._bag  # type: ignore[no-any-return]


def features(lines: list[Line]) -> list[Features]:
    """The features of every line. A line printed again (a menu, a repeated caption or title)
    shares the first one's Features: they depend on the text alone, lazy ones included."""
    out: list[Features] = []
    counts: dict[str, int] = {}
    by_text: dict[str, Features] = {}
    for line in lines:
        t = line.text
        same = by_text.get(t)
        if same is not None:
            counts[same.key] += 1
            out.append(same)
            continue
        n, prose = words_and_prose(t)
        key = key_of(t)
        counts[key] = counts.get(key, 0) + 1
        hard, soft = may_stop(t)  # else no stop pattern
        f = Features(
            text=t,
            words=n,
            prose=prose,
            title=not prose and 1 <= n <= 20 and not t.endswith(":"),
            all_caps=t.isupper() and len(t) >= 3,
            debris=debris_reason(t) if len(t) <= 200 else _long_debris(t),
            hard_stop=hard and bool(P.HARD_STOP.match(t)),
            # "Related efforts stalled." is a sentence; "You may also like..." leads into links
            soft_stop=(soft and bool(P.SOFT_STOP.match(t)) and (not prose or t.endswith(("...", "…", ":"))))
            or (not prose and n <= 6 and key in _LABELS_ALONE),  # (a label of six words at most)
            key=key,
        )
        by_text[t] = f
        out.append(f)
    for f in out:
        f.dup = counts[f.key]
    return out


_QUOTE_OPENERS = frozenset("“‘«»„‚‹›”’")  # marks beyond ASCII that are no capital letter (\p{Lu})


def dateline_alone(text: str) -> bool:
    """A dateline alone on its line (`patterns.DATELINE_ONLY`: "BAAR, SWITZERLAND", "WASHINGTON —"); its
    second character, a capital or one of ".'- ", read first (most lines have a small letter there), and its first,
    a capital (not a quotation mark: a quote's paragraph opens with one, then often a capital)."""
    second = text[1:2]
    if not (second.isupper() or second in ".'- " or not second.isascii()):
        return False
    if not text[:1].isupper() and (text[:1].isascii() or text[:1] in _QUOTE_OPENERS):
        return False
    return P.DATELINE_ONLY.match(text) is not None


def quoted(text: str) -> bool:
    return bool(_DOUBLE_QUOTE.search(text))
