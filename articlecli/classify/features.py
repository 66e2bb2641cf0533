"""Pass 1: what each line looks like on its own (prose, debris, date line, byline, credit, name shape)."""

from __future__ import annotations

from typing import Any

import regex

from .. import captions as C
from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..bylines import GIVEN as GIVEN  # re-exported: the set of given names the classifier's modules read
from ..bylines import (
    PLACE_AFTER_IN,
    Byline,
    has_byline_lead,
    name_then_outlet,
    parse_byline,
    role_first,
    split_name,
    unglue,
)
from ..model import RemovalReason
from ..normalize import Line
from .debris import _long_debris, debris_reason
from .words import key_of, words_and_prose

_NAME_PARTICLES = frozenset(L.NAME_PARTICLES)
_ROLE_LINK_WORDS = frozenset(L.ROLE_LINK_WORDS)


_AGO_OR_SLASH = rx.compile(r"ago\b|[/|•]\s*+\d", regex.IGNORECASE)


_HANDLE = rx.compile(r"\(?@\w++\)?")  # "Kari Lunde @karilunde", "Kari Lunde (@karilunde)"


# a widget after a name and a bar or dot: a reading time (`patterns.READ_TIME`'s), a follow button
_WIDGET_TAIL = rx.compile(
    r"\s*+[·|•]\s*+(?:" + P.READING_MINUTES + r"(?:\s++read)?|follow|\+\s*+follow)\s*+$", regex.IGNORECASE
)
# where a byline without "By" was written ("in Oslo", "in Lagos and Abuja", "in Rio de Janeiro")
_PLACE_AFTER_IN = rx.compile(PLACE_AFTER_IN)


_OUTLET_SHAPE = rx.compile(r"[\p{Lu}][\p{L}.&]*+(?:\s[\p{Lu}][\p{L}.&]*+){0,2}")


_FIELD_SEPARATOR = rx.compile(r"[,|]")
# a date's label ending the words before it: "TNN | Updated: Mar 12, 2024" is the desk, then the date
_LABEL_AT_END = rx.compile(r"[ |•·,\-–—]*+(?:" + P.alternation(P.DATE_LABEL_PHRASES) + r")[ ]*+$", regex.IGNORECASE)


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


def given_name(word: str) -> bool:
    """The word is a known given name (`lexicon.GIVEN_NAMES`), also when printed with its accents ("Lucía",
    "Martín", "Tomás", "Zoë", "José": the table spells them without)."""
    low = word.lower()
    if low in GIVEN:
        return True
    if low.isascii():
        return False
    import unicodedata  # (only for a word beyond ASCII: a C module, imported once)

    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)) in GIVEN


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
            soft_stop=soft and bool(P.SOFT_STOP.match(t)) and (not prose or t.endswith(("...", "…", ":"))),
            key=key,
        )
        by_text[t] = f
        out.append(f)
    for f in out:
        f.dup = counts[f.key]
    return out


def _name_like(text: str) -> int:
    """How much a line looks like a name alone, maybe with a role or outlet: 2 when it starts
    with a known given name or is an agency ("Ryan Morgan", "REUTERS", "Robert Burns, AP
    National Security Writer"), 1 when it only has the shape of one ("Maren Estrada"), else 0."""
    if len(text) > 80 or not text[:1].isupper() or text.count(" ") > 10 or text.endswith(("?", "!")):
        return 0
    if " " not in text and "," not in text:
        return 2 if P.agency_only(text.strip(" .,")) else 0
    tailed = _name_with_tail(text)
    if tailed is not None:
        return tailed
    if text[-1:] == ")" and name_then_outlet(text):  # "Dewi Lestari (The Island Courier)": the paper in brackets
        return 2  # says whose the name is, as a known given name does
    first = role_first(text)  # "Court reporter Fiona Lee": a journalist's title before the name
    if first is not None:
        return 2 if given_name(first[0].split()[0]) else 1
    if "@" in text and P.EMAIL.search(text):  # "Kari Lunde kari.lunde@paper.com": the name, then its email
        text = P.EMAIL.sub(" ", text).strip(" |,")
    head_words = text.split(",", 1)[0].split()
    if any(w[:1].islower() and w not in _NAME_PARTICLES for w in head_words):
        return 0  # "Check out my free workshops": a name has no lower-case words
    if P.agency_only(text.strip(" .,")):
        return 2
    cleaned = unglue(text)
    if "@" in cleaned:
        cleaned = _HANDLE.sub(" ", cleaned)
    cleaned = cleaned.strip(" ,|")
    head, _, tail = cleaned.partition(",")
    # "Reuters, Washington" (an outlet needs a word after the comma: that test first)
    if tail.strip(" ,.") and P.agency_only(head.strip()) and outlet_tail(tail):
        return 2
    if "|" in head:  # "IANS | New Delhi", "Xinhua | Beijing": the agency, where the story was filed after a bar
        agency, _, place = head.partition("|")
        if P.agency_only(agency.strip()) and outlet_tail(place):
            return 2
    name, rest = split_name(head.strip())
    if name is None:
        return 0
    extra = (rest + " " + tail).strip(" ,")
    if extra and not (_role_phrase(extra) or P.agency_only(extra.strip(" ,.")) or outlet_tail(extra)):
        return 0
    return 2 if given_name(name.split()[0]) else 1


def _name_with_tail(text: str) -> int | None:
    """`_name_like` of a name with something after it that is no part of it: a widget after a dot or bar ("Kari
    Lunde · 5 min read", "Kari Lunde | Follow"), or, after a known given name, where it was written ("Sarah Jones
    in Oslo"); None when there is no such tail."""
    if "·" in text or "|" in text or "•" in text:
        head = _WIDGET_TAIL.sub("", text)
        if head != text:
            return _name_like(head) if head else 0
    if " in " in text:
        head, _, place = text.partition(" in ")
        if 1 <= head.count(" ") <= 2 and place.count(" ") <= 3 and given_name(head.split(" ", 1)[0]):
            return 2 if _name_like(head) == 2 and _PLACE_AFTER_IN.fullmatch(place) is not None else 0
        return 0
    return None


def _role_phrase(text: str) -> bool:
    """ "Senior Staff Technologist", "News reporter", "AP Auto Writer": a job title, not a sentence."""
    words = text.split()
    if not 1 <= len(words) <= 7 or not P.ROLE_WORD.search(text):
        return False
    return all(
        w[:1].isupper() or w.lower() in _ROLE_LINK_WORDS or P.ROLE_WORD.fullmatch(w) or w.startswith("@") for w in words
    )


def outlet_tail(text: str) -> bool:
    """ "Cleveland.com", "FUTURISM", "CNN": an outlet after a name."""
    t = text.strip(" ,.")
    return bool(_OUTLET_SHAPE.fullmatch(t)) and len(t) <= 30


_ZONES = (*dates.ZONES, *dates.US_ZONES)
# The date labels by their last word (a one-word label by ""): what a text `_LABEL_AT_END` matches ends with
_LABELS_BY_LAST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _label in P.DATE_LABEL_PHRASES:
    _LABELS_BY_LAST_WORD.setdefault(_label.split()[-1] if " " in _label else "", []).append(tuple(_label.split()))
_ONE_WORD_LABELS = tuple(words[0] for words in _LABELS_BY_LAST_WORD.pop("", ()))


def _may_end_in_label(text: str) -> bool:
    """The text, folded, ends with a date label's words (its first word may end a longer one: the pattern sets
    no bound before it), else `_LABEL_AT_END` cannot match it."""
    words = rx.fold(text).split()
    if not words:
        return False
    if words[-1].endswith(_ONE_WORD_LABELS):
        return True
    for label in _LABELS_BY_LAST_WORD.get(words[-1], ()):
        tail = words[-len(label) :]
        if len(tail) == len(label) and tail[0].endswith(label[0]) and tail[1:] == list(label[1:]):
            return True
    return False


def _explicit_byline(text: str) -> Byline | None:
    """A line that says it is a byline ("By ...") or puts a name right beside a date.

    >>> _explicit_byline("Dan Goodin - Apr 16, 2015 8:02 pm UTC").authors[0].name
    'Dan Goodin'
    """
    if len(text) > 160 or text.startswith(("—", "–", "-", "(")):  # "— Name (@handle) date": a quote's source
        return None
    if has_byline_lead(text):
        return parse_byline(text)
    if not dates.has_digit(text):  # a name beside a date (or "2 days ago") needs digits
        return None
    hits = dates.find_dates(text)
    if hits:
        first, last = hits[0].start, hits[-1].end
    else:
        if not _AGO_OR_SLASH.search(text):  # the cheap test first: "a", "one", "d" start many words
            return None
        rel = dates.RELATIVE.search(text)
        if rel is None:
            return None
        first, last = rel.start(), rel.end()
    before = _HANDLE.sub(" ", text[:first]).strip(" -–—|/•·,:")
    if before[-1:].isalpha() and before[-1:].islower() and _may_end_in_label(before):
        before = _LABEL_AT_END.sub("", before)  # "TNN | Updated": the desk without the date's label
    after = text[last:]
    if dates.has_digit(after):  # (a time has a digit, and a zone's offset)
        after = dates.TIME.sub(" ", after)
    if dates.has_digit(after) or any(map(rx.fold(after).__contains__, _ZONES)):
        after = dates.ZONE.sub(" ", after)
    after = after.strip(" -–—|/•·,:")
    if after.count(" ") >= 9 and P.ends_sentence(after):
        return None  # "PORT ADAIR, March 4 (Reuters) - Harbour Ferries will ...": a story's dateline and first sentence
    for part in (before, _FIELD_SEPARATOR.split(after)[0].strip()):
        if part and (_name_like(part) or P.agency_only(part)):
            return parse_byline(part, allow_org=True)
    return None


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
