"""Deciding what each line is: headline, deck, byline, date, caption, heading, paragraph, note, debris.

Two passes. The first computes features for every line on its own (`features`). The second
decides with the whole sequence in view: it finds the span of the story body (the densest run
of prose, not crossing a comment section), reads the header above it (headline, deck, byline,
dates, lead image), then walks the body (paragraphs, headings, captions, debris) and the lines
after it (end notes, page chrome).
"""

import re
from typing import Any, NamedTuple

import regex

from . import captions as C
from . import dates, rx
from . import lexicon as L
from . import patterns as P
from .bylines import Byline, has_byline_lead, is_agency, parse_byline, split_name, unglue
from .lexicon import GIVEN_NAMES
from .normalize import Line

_NAME_PARTICLES = frozenset(("de", "van", "von", "der", "den", "da", "al", "bin", "la", "le", "del", "di", "du", "y"))
_AGO_OR_SLASH = rx.compile(r"ago\b|[/|•]\s*+\d", regex.IGNORECASE)
_HANDLES_OR_URL = rx.compile(r"(?:@\w++\s*+)++|(?:https?://|www\.)\S++")
_HTML_TAG = rx.compile(r"</?(?:span|div|a|p|img)\b[^>]*+>")
_HANDLE = rx.compile(r"@\w++")
_OUTLET_SHAPE = rx.compile(r"[\p{Lu}][\p{L}.&]*+(?:\s[\p{Lu}][\p{L}.&]*+){0,2}")
_FIELD_SEPARATOR = rx.compile(r"[,|]")
_LIST_OR_CODE_SHAPE = rx.compile(r"^[\p{Lu}][^:]{0,40}:\s\S|[{}\[\]();=]|^\.\.\.$")
_KICKER_END = rx.compile(r"[—–\-|:»]$")
_AUTHOR_LABEL = rx.compile(r"(?i)(?:author|authors|by|written by)\s*+:?")
_ELLIPSIS_END = rx.compile(r"(?:\.\.\.|…)\s*+(?:more)?$")
_DOUBLE_QUOTE = rx.compile(r"[\"“”]")
_CALL_TO_ACTION = rx.compile(r"(?i)(?:read|watch|listen|learn|see|view) (?:now|more|here)\W*")
_CODE_LINE = rx.compile(r"[{}\[\];=]\s*+$|^[\]}).]+,?$|^\w+\s*+[:=]\s*+[\[{(]")
_MEDIA_LABEL = rx.compile(r"(?i)video|watch|audio|listen")
_CLAUSE_END = rx.compile(r"[.,;]$")
_COUNT_END = rx.compile(r"\s*+\(\d{1,6}\)$")

GIVEN = frozenset(GIVEN_NAMES)


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

_UNSET: Any = object()  # a lazy feature not yet computed


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
        debris: str | None,
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
        return len(self.text) <= 200  # page furniture, bylines, dates and credits are short lines

    @property
    def date_line(self) -> bool:
        if self._date_line is _UNSET:
            self._date_line = self.short and dates.is_date_line(self.text)
        return bool(self._date_line)

    @property
    def byline(self) -> Byline | None:
        """An explicit byline ("By ...", or a name beside a date)."""
        if self._byline is _UNSET:
            self._byline = _explicit_byline(self.text) if self.short else None
        return self._byline  # type: ignore[no-any-return]

    @property
    def credit(self) -> str | None:
        """The whole line is a photo credit."""
        if self._credit is _UNSET:
            wanted = self.short and self.debris is None and (not self.prose or self.words < 12)
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
        self.title_window: _TitleWindow | None = None  # lines of the header window by key
        self.story_words: set[str] | None = None  # content words of the body's first lines
        self.numbered = numbered if numbered is not None else set()  # numbered list items (see numbered_items)
        self.caption_labels = caption_labels if caption_labels is not None else set()  # see caption_labels


# ------------------------------------------------------------------ pass 1
def key_of(text: str) -> str:
    """Comparison form: case, punctuation, quote style and spacing ignored.

    >>> key_of("“Breaking:  Storm hits   the coast” — live")
    'breaking storm hits the coast live'
    """
    return " ".join(_KEY_PIECE.findall(text.casefold()))


_KEY_PUNCTUATION = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~‘’“”«»‹›„‚—–…•·©®™"
# what is left between spaces and punctuation (the standard library's engine: a plain class, scanned fast)
_KEY_PIECE = re.compile("[^\\s" + re.escape(_KEY_PUNCTUATION) + "]+")


def is_prose(text: str, words: list[str]) -> bool:
    """A line of running text: several words, lower-case words among them, sentence punctuation.

    >>> is_prose("No one is watching.", "No one is watching".split())
    True
    """
    n = len(words)
    if n < 3:
        return False
    need, lower = max(1, n // 5), 0
    for w in words:  # enough lower-case words: running text, not a title
        if w[0].islower():
            lower += 1
            if lower >= need:
                break
    else:
        return False
    if P.ends_sentence(text):
        return n >= 3
    return n >= 8 and (bool(P.SENTENCE_BREAK.search(text)) or n >= 16)


def debris_reason(text: str) -> str | None:
    """Why a line is page furniture, or None. ("0:00" -> "player", "Updated:" -> "empty-date-line")."""
    t = text.strip()
    shape = P.DEBRIS_SHAPE.match(t)
    if shape is not None and shape.lastgroup == "empty_date_line":
        return "empty-date-line"
    key = t.rstrip(" :.…!").lower()
    phrase = P.DEBRIS_PHRASE.get(key)
    if phrase is None and key.endswith(")"):  # "View all (4)", "Photos (23)": a label with a count
        phrase = P.DEBRIS_PHRASE.get(_COUNT_END.sub("", key))
    if phrase is not None:
        return phrase
    if shape is not None:
        return "counter" if shape.lastgroup == "number" else str(shape.lastgroup).replace("_", "-")
    folded = t.casefold()
    if len(t) < 200 and any(cue in folded for cue in P.COPYRIGHT_CUES) and P.COPYRIGHT.search(t):
        return "copyright"
    if len(t) < 160 and any(cue in folded for cue in P.NEWSLETTER_CUES) and P.NEWSLETTER.search(t):
        return "newsletter"
    if _HANDLES_OR_URL.fullmatch(t):
        return "link"
    if (t.startswith("<") and t.endswith(">")) or _HTML_TAG.search(t):
        return "markup"
    return None


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
        words = P.words(t)
        prose = is_prose(t, words)
        key = key_of(t)
        counts[key] = counts.get(key, 0) + 1
        f = Features(
            text=t,
            words=len(words),
            prose=prose,
            title=not prose and 1 <= len(words) <= 20 and not t.endswith(":"),
            all_caps=t.isupper() and len(t) >= 3,
            debris=debris_reason(t) if len(t) <= 200 else None,
            hard_stop=bool(P.HARD_STOP.match(t)),
            # "Related efforts stalled." is a sentence; "You may also like..." leads into links
            soft_stop=bool(P.SOFT_STOP.match(t)) and (not prose or t.endswith(("...", "…", ":"))),
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
        return 2 if P.AGENCY_ONLY.match(text.strip(" .,")) else 0
    head_words = text.split(",", 1)[0].split()
    if any(w[:1].islower() and w not in _NAME_PARTICLES for w in head_words):
        return 0  # "Check out my free workshops": a name has no lower-case words
    if P.AGENCY_ONLY.match(text.strip(" .,")):
        return 2
    cleaned = _HANDLE.sub(" ", unglue(text)).strip(" ,|")
    head, _, tail = cleaned.partition(",")
    if P.AGENCY_ONLY.match(head.strip()) and _outlet_tail(tail):  # "Reuters, Washington"
        return 2
    name, rest = split_name(head.strip())
    if name is None:
        return 0
    extra = (rest + " " + tail).strip(" ,")
    if extra and not (_role_phrase(extra) or P.AGENCY_ONLY.match(extra.strip(" ,.")) or _outlet_tail(extra)):
        return 0
    return 2 if name.split()[0].lower() in GIVEN else 1


def _role_phrase(text: str) -> bool:
    """ "Senior Staff Technologist", "News reporter", "AP Auto Writer": a job title, not a sentence."""
    words = text.split()
    if not 1 <= len(words) <= 7 or not P.ROLE_WORD.search(text):
        return False
    small = {"of", "for", "the", "and", "at", "&", "-", "on", "in"}
    return all(w[:1].isupper() or w.lower() in small or P.ROLE_WORD.fullmatch(w) or w.startswith("@") for w in words)


def _outlet_tail(text: str) -> bool:
    """ "Cleveland.com", "FUTURISM", "CNN": an outlet after a name."""
    t = text.strip(" ,.")
    return bool(_OUTLET_SHAPE.fullmatch(t)) and len(t) <= 30


def _explicit_byline(text: str) -> Byline | None:
    """A line that says it is a byline ("By ...") or puts a name right beside a date.

    >>> _explicit_byline("Dan Goodin - Apr 16, 2015 8:02 pm UTC").authors[0].name
    'Dan Goodin'
    """
    if len(text) > 160 or text.startswith(("—", "–", "-", "(")):  # "— Name (@handle) date": a quote's source
        return None
    if has_byline_lead(text):
        return parse_byline(text)
    if not P.ANY_DIGIT.search(text):  # a name beside a date (or "2 days ago") needs digits
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
    before = _HANDLE.sub(" ", text[:first]).strip(" -–—|/•,:")
    after = dates.TIME.sub(" ", text[last:])
    after = dates.ZONE.sub(" ", after).strip(" -–—|/•,:")
    for part in (before, _FIELD_SEPARATOR.split(after)[0].strip()):
        if part and (_name_like(part) or P.AGENCY_ONLY.match(part)):
            return parse_byline(part, allow_org=True)
    return None


# ------------------------------------------------------------------ pass 2
def line_weight(f: Features, text: str) -> float | None:
    """How much a line argues for being inside the story body (None: never inside)."""
    if f.hard_stop:
        return None
    if f.soft_stop:
        return -3.0
    if f.debris in INLINE_DEBRIS:
        return -0.2  # an ad slot or a player inside the story: it does not end the story
    if not f.prose:
        # a caption glued to its credit is a picture inside the story, not the page around it
        return 0.0 if f.words >= 6 and f.debris is None and f.caption is not None else -1.0
    if f.debris is not None or f.credit is not None or f.date_line or f.byline is not None:
        return -1.0
    return max(0.5, min(len(text), 400) / 80)


def structured_runs(lines: list[Line], feats: list[Features], numbered: set[int]) -> set[int]:
    """Lines inside a list or code block: three or more adjacent non-prose lines, most of them
    with a list marker, a "Label: value" shape, code punctuation or indentation."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i

        def plain(k: int) -> bool:
            return not feats[k].prose and feats[k].debris is None

        while j + 1 < len(lines) and plain(j + 1) and plain(i) and not lines[j].blank_after:
            j += 1
        run = range(i, j + 1)
        if len(run) >= 2 and i > 0 and lines[i - 1].text.endswith(":") and not feats[i].prose:
            out.update(run)  # a list introduced by "You will need:"
        elif len(run) >= 3:
            marked = sum(
                1
                for k in run
                if P.LIST_ITEM.match(lines[k].text) or lines[k].indent >= 2 or _LIST_OR_CODE_SHAPE.search(lines[k].text)
            )
            if marked * 2 >= len(run):
                out.update(run)
        i = j + 1
    out.update(numbered)
    return out


def numbered_items(lines: list[Line]) -> set[int]:
    """Lines numbered one after another ("1. Finland", "2. Norway"), blank lines between or not:
    a list, not numbered headings (those have paragraphs between them)."""
    out: set[int] = set()
    previous: int | None = None
    for i, line in enumerate(lines):
        m = _NUMBER.match(line.text) if line.text[:1].isdigit() else None
        n = int(m.group(1)) if m else None
        if n is not None and previous is not None and n == previous + 1:
            out.update((i - 1, i))
        previous = n
    return out


def find_body(
    lines: list[Line], feats: list[Features], numbered: set[int] | None = None, labels: set[int] | None = None
) -> tuple[int, int]:
    """The densest run of prose lines (maximum-sum segment); (-1, -2) when there is none.

    Lines inside a list or code block weigh little, so that a listing does not split a story;
    a labelled picture (see `caption_labels`) weighs nothing.
    """
    structured = structured_runs(lines, feats, numbered_items(lines) if numbered is None else numbered)
    labels = caption_labels(lines, feats) if labels is None else labels
    best, best_span = 0.0, (-1, -2)
    run, run_start = 0.0, 0
    for i, (line, f) in enumerate(zip(lines, feats, strict=True)):
        w = line_weight(f, line.text)
        if w is not None and i in structured and w < 0:
            w = -0.2
        if w is not None and w < 0 and _in_labelled_caption(feats, labels, i):
            w = 0.0  # a picture inside the story ("Image source, X" / "Image caption," / caption)
        if w is None:
            run, run_start = 0.0, i + 1
            continue
        if run <= 0:
            run, run_start = 0.0, i
        run += w
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def classify(lines: list[Line], *, body_only: bool = False) -> Structure:
    """Decide what every line is. With `body_only` (an export's body, its header read from
    labelled fields), there is no header to find: every line is body, bylines at its top aside."""
    feats = features(lines)
    decisions = [PAGE_CHROME] * len(lines)  # decisions are immutable: one shared default
    st = Structure(decisions, numbered=numbered_items(lines), caption_labels=caption_labels(lines, feats))
    if body_only:
        return _classify_body(lines, feats, st)
    start, end = find_body(lines, feats, st.numbered, st.caption_labels)
    if start < 0:
        for i, f in enumerate(feats):
            decisions[i] = Decision(Role.DEBRIS, f.debris) if f.debris else PAGE_CHROME
        return st
    start = _header_end(lines, feats, start, end)
    st.body_start, st.body_end = start, end
    read_header(lines, feats, st)
    read_body(lines, feats, st)
    read_tail(lines, feats, st)
    return st


def _classify_body(lines: list[Line], feats: list[Features], st: Structure) -> Structure:
    st.body_only = True
    if not lines:
        return st
    start = 0
    while start < min(len(lines), 3) and not feats[start].prose and (feats[start].byline or feats[start].date_line):
        if feats[start].byline is not None:  # "By JANE DOE" heading an export's body
            st.decisions[start] = Decision(Role.BYLINE, byline=feats[start].byline)
            st.bylines.append(start)
        else:
            st.decisions[start] = Decision(Role.DATE)
            st.date_lines.append(start)
        start += 1
    st.body_start, st.body_end = start, len(lines) - 1
    if start <= st.body_end:
        read_body(lines, feats, st)
    return st


def _header_end(lines: list[Line], feats: list[Features], start: int, end: int) -> int:
    """Move the body start past header lines (byline, dates, player and gallery residue) that
    sit among the first lines of the prose run, before its second distinct paragraph."""
    seen: list[str] = []
    new_start = start
    for i in range(start, min(end, start + 15) + 1):
        f = feats[i]
        if f.prose and f.caption is None and f.credit is None:
            key = _caption_key(lines[i].text)
            if not any(_same_caption(key, k) for k in seen):
                seen.append(key)
            if len(seen) >= 2:
                break
        if f.byline is not None or f.date_line or f.debris in HEADER_DEBRIS:
            new_start = i + 1
    while new_start <= end and not feats[new_start].prose:
        new_start += 1
    return new_start if new_start <= end else start


INLINE_DEBRIS = frozenset(("advertisement", "player", "embed"))  # page furniture printed inside a story
_QUESTION_WORDS = frozenset(L.QUESTION_WORDS)
_QUOTE_MARKS = rx.compile(r"[\"“”‘’«»]")
_SITE_SUFFIX = rx.compile(r"[ ]*+[|\-–—:·•][ ]*+\S.{0,40}$")
HEADER_DEBRIS = ("player", "gallery", "share", "empty-date-line", "newsletter", "counter", "read-time")


# ------------------------------------------------------------------ header
HEADER_WINDOW = 150  # how far above the body the headline is looked for (pages put menus above it)
ANCHOR_BONUS = {"byline": 1.5, "name": 1.2, "date": 1.0, "weak-name": 0.6, "body": 0.5}


def read_header(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """Headline, deck, bylines, dates and lead-image captions above the body."""
    d = st.decisions
    start = st.body_start
    for i in sorted(st.caption_labels):  # "Image caption," / the caption: before any headline is looked for
        if i < start:
            _labelled_caption(lines, feats, d, i)
    for i in range(start):  # what a line says about itself
        if d[i].role is not Role.OUTSIDE:
            continue
        f = feats[i]
        if f.byline is not None:
            d[i] = Decision(Role.BYLINE, byline=f.byline)
            st.bylines.append(i)
        elif f.date_line:
            d[i] = Decision(Role.DATE)
            st.date_lines.append(i)
        elif f.debris is not None:
            d[i] = Decision(Role.DEBRIS, f.debris)
        elif f.caption is not None:
            d[i] = Decision(Role.CAPTION, text=C.strip_truncation(f.caption[0]), credit=f.caption[1])
    head = choose_headline(lines, feats, st)
    if head is not None:
        st.headline = head
        d[head] = Decision(Role.HEADLINE)
        _mark_repeats(feats, st, head, "repeated-headline")
        _name_only_bylines(lines, feats, st, head)
    for i in range(start):  # credits, now that bylines are known
        if d[i].role is Role.OUTSIDE and feats[i].credit is not None:
            if head is not None and i < head and is_agency(lines[i].text):
                continue  # "CNN" alone above the headline: the site's name, not a picture's credit
            d[i] = Decision(Role.CAPTION, text=None, credit=feats[i].credit)
            _adopt_caption(lines, feats, d, i, feats[i].credit or "")
    _dedupe_captions(lines, st, range(0, start))
    if head is not None:
        deck = choose_deck(lines, feats, st, head)
        if deck is not None:
            st.deck = deck
            d[deck] = Decision(Role.DECK)
            _mark_repeats(feats, st, deck, "repeated-deck")
        _header_captions(lines, feats, st)
    _dedupe_captions(lines, st, range(0, start))


def caption_labels(lines: list[Line], feats: list[Features]) -> set[int]:
    """Lines that are a caption's label alone ("Image caption,") with a caption after them."""
    return {
        i
        for i in range(len(lines) - 1)
        if len(lines[i].text) <= 18  # the label pattern matches no longer line
        and P.CAPTION_LABEL.match(lines[i].text) is not None
        and feats[i + 1].debris is None
        and 3 <= feats[i + 1].words <= 60
    }


def _in_labelled_caption(feats: list[Features], labels: set[int], i: int) -> bool:
    """Line `i` is part of a labelled caption: its credit line, its label or the caption."""
    return i in labels or i - 1 in labels or (i + 1 in labels and feats[i].credit is not None)


def _labelled_caption(lines: list[Line], feats: list[Features], d: list[Decision], i: int) -> None:
    """The label at `i` and its caption after it; a credit line just above the label is the
    caption's ("Image source, PA Media" / "Image caption," / "Passengers on the platform")."""
    credit = feats[i - 1].credit if i > 0 else None
    if credit is not None:
        d[i - 1] = Decision(Role.DEBRIS, "caption-credit")
    d[i] = Decision(Role.DEBRIS, "label")
    d[i + 1] = Decision(Role.CAPTION, text=lines[i + 1].text, credit=credit)


def _adopt_caption(lines: list[Line], feats: list[Features], d: list[Decision], i: int, credit: str) -> None:
    """A credit line credits the caption just above it ("GETTY" under a caption sentence)."""
    j = i - 1
    while j >= 0 and d[j].role is Role.DEBRIS and d[j].reason in ("player", "label"):
        j -= 1
    if j < 0:
        return
    f = feats[j]
    prev = d[j]
    if prev.role is Role.DEBRIS and prev.reason == "caption-credit" and feats[j].key == feats[i].key:
        d[i] = Decision(Role.DEBRIS, "repeated-caption")
        return
    if prev.role is Role.CAPTION and prev.credit is None:
        d[j] = Decision(Role.CAPTION, text=prev.text, credit=credit)
        d[i] = Decision(Role.DEBRIS, "caption-credit")
        return
    glued = not lines[i].blank_before
    if (
        prev.role in (Role.OUTSIDE, Role.PARAGRAPH)
        and f.words >= 3
        and f.debris is None
        and not f.soft_stop
        and not f.date_line
        and not f.name_like
        and (f.words <= 30 or (glued and f.words <= 60))
    ):
        d[j] = Decision(Role.CAPTION, text=C.strip_truncation(lines[j].text), credit=credit)
        d[i] = Decision(Role.DEBRIS, "caption-credit")


def _mark_repeats(feats: list[Features], st: Structure, i: int, reason: str) -> None:
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
    if d.role is Role.OUTSIDE and (feats[i].name_like == 2 or _labelled_author(lines, i)):
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
        if d[i].role is not Role.OUTSIDE or _labelled_author(lines, i):
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
    if not _deck_like(lines[k].text, f) or feats[i].prose:
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
        and not _title_case(lines[k].text)
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


class _TitleWindow(NamedTuple):
    """The header window's lines by comparison key, and those long enough for near-repeats."""

    span: tuple[int, int]
    by_key: dict[str, list[int]]
    long_lines: list[int]


def _title_window(feats: list[Features], st: Structure) -> _TitleWindow:
    lo = max(0, st.body_start - HEADER_WINDOW)
    cached = st.title_window
    if isinstance(cached, _TitleWindow) and cached.span == (lo, st.body_start):
        return cached
    by_key: dict[str, list[int]] = {}
    long_lines = []
    for j in range(lo, st.body_start):
        by_key.setdefault(feats[j].key, []).append(j)
        if len(feats[j].bag) >= 5:
            long_lines.append(j)
    window = _TitleWindow((lo, st.body_start), by_key, long_lines)
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
    while _titleish(feats, d, k) and feats[k].words >= 6 and not _title_case(lines[k].text):
        k += 1
    if not (1 <= k - i - 1 <= 4 and k < len(d) and d[k].role in (Role.BYLINE, Role.DATE)):
        return False
    story = _content_words(lines[i].text) | _story_words(lines, st)
    return all(_content_words(lines[j].text) & story for j in range(i + 1, k))


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in P.words(text) if len(w) > 3 and w.lower() not in _FUNCTION_WORDS}


def _story_words(lines: list[Line], st: Structure) -> set[str]:
    """The content words of the story's first paragraphs (read once per article)."""
    if st.story_words is None:
        first = lines[st.body_start : st.body_start + 6]
        st.story_words = set().union(*(_content_words(ln.text) for ln in first))
    return st.story_words


def _deck_like(text: str, f: Features) -> bool:
    return f.words >= 5 and not f.soft_stop and not f.all_caps and not text.endswith(":") and not f.name_like


def choose_deck(lines: list[Line], feats: list[Features], st: Structure, head: int) -> int | None:
    """The standfirst: the first sentence-like line after the headline, before the byline.

    When the byline follows the headline directly, a long sentence after the byline and
    dates, set apart from the body by page furniture, is the standfirst.
    """
    d = st.decisions
    after_anchor = False
    for i in range(head + 1, st.body_start):
        f = feats[i]
        role = d[i].role
        if role in (Role.BYLINE, Role.DATE):
            after_anchor = True
            continue
        if role is not Role.OUTSIDE or f.words <= 2 or f.bag <= feats[head].bag:
            continue  # the headline again, or a piece of it ("Lupita Nyong'o" / "$150K Pearl Oscar Dress")
        if not _deck_like(lines[i].text, f):
            return None
        if not after_anchor:
            return i
        rest = [k for k in range(i + 1, st.body_start) if d[k].role is Role.OUTSIDE]
        if f.words >= 8 and f.prose and len(rest) <= 2:
            return i
        # between the byline and the date: "By Jo Alto" / "The LC 500 looks good even with the roof off" / date
        return i if f.title and _next_anchor(d, i, st.body_start) else None
    return None


def _next_anchor(d: list[Decision], i: int, end: int) -> bool:
    """The next line after `i` that is not page furniture is a byline or a date line."""
    k = i + 1
    while k < end and d[k].role is Role.DEBRIS:
        k += 1
    return k < end and d[k].role in (Role.BYLINE, Role.DATE)


def _name_only_bylines(lines: list[Line], feats: list[Features], st: Structure, head: int) -> None:
    """A name alone on a line below the headline ("Ryan Morgan") is a byline. A name without a
    known given name counts only right beside the headline, deck, a caption or a date."""
    d = st.decisions
    # a "By ..." line names the authors: a person's name alone elsewhere is a tag or a caption's
    # (an agency under it, "Associated Press", is still read)
    by_line = any(d[k].byline is not None and has_byline_lead(lines[k].text) for k in st.bylines)
    seen = 0
    for i in range(head + 1, st.body_start):
        if d[i].role is Role.OUTSIDE:
            seen += 1
        if d[i].role is not Role.OUTSIDE or seen > 5:
            continue
        t = lines[i].text
        if by_line and not P.AGENCY_ONLY.match(t.strip(" .,")):
            continue
        labelled = _labelled_author(lines, i) or _org_between(lines, feats, st, head, i)
        strength = feats[i].name_like
        if strength == 1 and not labelled and not _beside_header(lines, feats, st, head, i):
            continue
        if strength or labelled:
            b = parse_byline(t, allow_org=labelled or P.AGENCY_ONLY.match(t) is not None)
            if b is not None:
                d[i] = Decision(Role.BYLINE, byline=b)
                st.bylines.append(i)
                if _labelled_author(lines, i):
                    d[i - 1] = Decision(Role.DEBRIS, "label")


def _beside_header(lines: list[Line], feats: list[Features], st: Structure, head: int, i: int) -> bool:
    """Next to the headline, a date line or a caption (skipping debris)."""
    d = st.decisions

    def neighbour(step: int) -> int | None:
        k = i + step
        while 0 <= k < st.body_start and d[k].role is Role.DEBRIS:
            k += step
        return k if 0 <= k < st.body_start else None

    for k in (neighbour(-1), neighbour(1)):
        if k is not None and (
            k == head
            or d[k].role in (Role.DATE, Role.CAPTION, Role.BYLINE)
            or (k == head + 1 and d[k].role is Role.OUTSIDE and feats[k].words >= 5)
        ):
            return True
    return False


def _org_between(lines: list[Line], feats: list[Features], st: Structure, head: int, i: int) -> bool:
    """An outlet named between the headline and the date ("Telegraph Sport"): an organisation byline."""
    nxt = i + 1
    return (
        i == head + 1
        and nxt < st.body_start
        and st.decisions[nxt].role is Role.DATE
        and 2 <= len(lines[i].text.split()) <= 4
        and _outlet_tail(lines[i].text)
    )


def _labelled_author(lines: list[Line], i: int) -> bool:
    """The line after an "Author:" / "By" label."""
    return i > 0 and bool(_AUTHOR_LABEL.fullmatch(lines[i - 1].text))


def caption_like(text: str, f: Features) -> bool:
    """A short sentence such as a lead image caption: "Sony's PlayStation VR." """
    return (
        f.words >= 2 and f.words <= 45 and text.endswith((".", ".”", '."')) and not f.name_like and text[:1].isupper()
    )


def _header_captions(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """Sentences left in the header around byline and dates are lead-image captions (or a
    sentence about the author)."""
    d = st.decisions
    assert st.headline is not None
    anchors = sorted(st.bylines + st.date_lines)
    first_anchor = next((a for a in anchors if a > st.headline), None)
    if first_anchor is None:
        return
    author_words = _author_words(st)
    for i in range(first_anchor, st.body_start):
        if d[i].role is not Role.OUTSIDE:
            continue
        t = lines[i].text
        lead = C.caption_lead(t)
        if is_bio(t, author_words):  # "Alex Moreno is a contributing columnist ..." under the byline
            d[i] = Decision(Role.NOTE, note_kind="bio")
        elif lead is not None:
            d[i] = Decision(Role.CAPTION, text=lead)
        elif caption_like(t, feats[i]):
            d[i] = Decision(Role.CAPTION, text=C.strip_truncation(t))


def _dedupe_captions(lines: list[Line], st: Structure, span: range) -> None:
    """Keep each image once: a caption printed again (with or without its credit, whole or cut
    short by a "less"/"... more" widget) is dropped, keeping the fullest text and the credit."""
    d = st.decisions
    # captions are compared by their first 40 characters: the same image, whole or cut short
    kept: dict[str, int] = {}
    for i in span:
        if d[i].role is Role.CAPTION and d[i].text is not None:
            key = _caption_key(d[i].text or "")
            prior = kept.get(key[:40])
            if prior is not None and _same_caption(_caption_key(d[prior].text or ""), key):
                _merge_caption(d, prior, i, d[i].text)
            else:
                kept.setdefault(key[:40], i)
    if not kept:
        return
    for i in span:  # unlabelled copies, before or after the caption they repeat
        if d[i].role is Role.OUTSIDE:
            key = _caption_key(lines[i].text)
            prior = kept.get(key[:40])
            if prior is not None and _same_caption(_caption_key(d[prior].text or ""), key):
                _merge_caption(d, prior, i, C.strip_truncation(lines[i].text))


def _merge_caption(d: list[Decision], keep: int, drop: int, text: str | None) -> None:
    first = d[keep]
    best = first.text
    if text is not None and len(key_of(text)) > len(key_of(best or "")) and not _truncated(text):
        best = text
    d[keep] = Decision(Role.CAPTION, text=best, credit=first.credit or d[drop].credit)
    d[drop] = Decision(Role.DEBRIS, "repeated-caption")


def _caption_key(text: str) -> str:
    """Comparison form of a caption; a caption is short, so a long line is compared by its start."""
    return key_of(C.strip_truncation(text) if len(text) <= 400 else text[:400])


def _truncated(text: str) -> bool:
    return bool(_ELLIPSIS_END.search(text))


def _same_caption(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 40 and long_.startswith(short)


# ------------------------------------------------------------------ body
def read_body(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """Paragraphs, headings, captions, code and debris between body start and end."""
    d = st.decisions
    span = range(st.body_start, st.body_end + 1)
    head_key = feats[st.headline].key if st.headline is not None else None
    deck_key = feats[st.deck].key if st.deck is not None else None
    widgets = link_widgets(lines, feats, span)
    code = code_blocks(lines, feats, span)
    seen_paragraphs: set[str] = set()
    in_links = False
    for i in span:
        f = feats[i]
        t = lines[i].text
        if f.prose and P.ends_sentence(t) and not t.endswith(("...", "…")):
            in_links = False
        if i in st.caption_labels:
            _labelled_caption(lines, feats, d, i)
        elif i > st.body_start and i - 1 in st.caption_labels:
            continue  # the caption after its label, read with the label
        elif head_key is not None and f.key == head_key:
            d[i] = Decision(Role.DEBRIS, "repeated-headline")
        elif deck_key is not None and f.key == deck_key:
            d[i] = Decision(Role.DEBRIS, "repeated-deck")
        elif i in code:
            d[i] = Decision(Role.CODE)
        elif i + 1 not in st.caption_labels and (f.credit is not None or _glued_credit(lines, feats, i)):
            credit = f.credit or t
            d[i] = Decision(Role.CAPTION, credit=credit)
            _adopt_caption(lines, feats, d, i, credit)
        elif f.caption is not None and not _quoted(t):
            d[i] = Decision(Role.CAPTION, text=C.strip_truncation(f.caption[0]), credit=f.caption[1])
        elif i in widgets:
            d[i] = Decision(Role.DEBRIS, "related")
        elif C.caption_lead(t) is not None:
            d[i] = Decision(Role.CAPTION, text=C.caption_lead(t))
        elif f.soft_stop and not f.prose:
            d[i] = Decision(Role.DEBRIS, "related")
            in_links = True
        elif f.debris is not None:
            d[i] = Decision(Role.DEBRIS, f.debris)
        elif f.date_line and not f.prose:
            d[i] = Decision(Role.DEBRIS, "date-line")
        elif P.DATELINE_ONLY.match(t):
            d[i] = Decision(Role.DEBRIS, "dateline")
        elif in_links:
            d[i] = Decision(Role.DEBRIS, "related")
        elif f.prose and _question_heading(lines, feats, i, st.body_end):
            d[i] = Decision(Role.HEADING)
        elif f.prose:
            if f.key in seen_paragraphs and f.words > 5:
                d[i] = Decision(Role.DEBRIS, "repeated-paragraph")
            else:
                d[i] = Decision(Role.PARAGRAPH)
                seen_paragraphs.add(f.key)
        else:
            d[i] = _short_line(lines, feats, st, i)
    teaser_headings(lines, feats, st, span)
    embedded_posts(lines, feats, st, span)
    video_captions(lines, feats, st, range(0, st.body_end + 1))
    pull_quotes(lines, feats, st, span)
    _dedupe_captions(lines, st, span)
    last = _promo_tail(lines, st)
    _end_notes(lines, feats, st, range(max(st.body_start, last - 3), st.body_end + 1))


def _question_heading(lines: list[Line], feats: list[Features], i: int, end: int) -> bool:
    """A short question opening with a question word, alone between paragraphs: an explainer's
    subheading ("How is the plague spread?"), not a rhetorical question inside the text."""
    t = lines[i].text
    if not t.endswith("?") or feats[i].words > 9 or _QUOTE_MARKS.search(t) or "," in t:
        return False
    first = t.split(None, 1)[0].lower()
    if first not in _QUESTION_WORDS:
        return False
    return i + 1 <= end and feats[i + 1].prose and not lines[i + 1].text.endswith("?")


def is_promo(text: str) -> bool:
    """A call to action or a contact line of the kind that closes a page's article text.

    >>> is_promo("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.")
    True
    >>> is_promo("Space is part of Future US Inc, a media group. Visit our corporate site.")
    True
    >>> is_promo("The agency will follow up with the families next week.")
    False
    """
    return len(text) <= 250 and (P.PROMO.search(text) is not None or P.CONTACT.match(text) is not None)


def _promo_tail(lines: list[Line], st: Structure, limit: int = 12) -> int:
    """The last paragraphs of the body, from the end back to the story's last sentence: calls to
    action and contact lines are page furniture (end notes among them are left to `_end_notes`).
    Returns where the walk stopped: the story's last line."""
    d = st.decisions
    i = st.body_end
    while i >= st.body_start and st.body_end - i < limit:
        if d[i].role is Role.PARAGRAPH:
            t = lines[i].text
            if note_kind(t) is None:
                if not is_promo(t):
                    return i
                d[i] = Decision(Role.DEBRIS, "promo")
        elif d[i].role not in (Role.DEBRIS, Role.OUTSIDE, Role.CAPTION, Role.NOTE):
            return i  # a heading, code: the story goes on
        i -= 1
    return i


def _glued_credit(lines: list[Line], feats: list[Features], i: int) -> bool:
    """ "GETTY" or "STATISTA" in capitals on the line right under a caption sentence."""
    f = feats[i]
    if i == 0 or lines[i].blank_before or not f.all_caps or f.words > 3 or f.debris is not None:
        return False
    prev = lines[i - 1].text
    return feats[i - 1].prose and prev.endswith(".") and not feats[i - 1].all_caps


def _quoted(text: str) -> bool:
    return bool(_DOUBLE_QUOTE.search(text))


def _groups(lines: list[Line], span: range) -> list[range]:
    """Runs of lines with no blank line between them."""
    out: list[range] = []
    i = span.start
    while i < span.stop:
        j = i
        while j + 1 < span.stop and not lines[j].blank_after:
            j += 1
        out.append(range(i, j + 1))
        i = j + 1
    return out


def blank_separated(lines: list[Line], span: range) -> bool:
    """Does the text separate its paragraphs by blank lines?"""
    if not span:
        return False
    return sum(1 for i in span if lines[i].blank_before) * 2 >= len(span)


def link_widgets(lines: list[Line], feats: list[Features], span: range) -> set[int]:
    """Boxes of links to other stories set in the body of a text that separates paragraphs by
    blank lines: a group of lines with no blank line between them that repeats a line of its own
    ("Business / Title / Business / Title / blurb") or stacks three or more titles."""
    out: set[int] = set()
    if not blank_separated(lines, span):
        return out
    for group in _groups(lines, span):
        if len(group) < 2:
            continue
        titles = [i for i in group if not feats[i].prose and feats[i].words >= 3]
        intro = group.start > 0 and lines[group.start - 1].text.endswith(":")
        title_keys = [
            feats[i].key
            for i in group
            if not feats[i].prose and feats[i].caption is None and feats[i].debris is None and feats[i].words >= 2
        ]
        repeated = len(set(title_keys)) < len(title_keys)
        call_to_action = any(_CALL_TO_ACTION.fullmatch(lines[i].text) for i in group)
        stacked = (
            len(titles) >= 3
            and not intro
            and not any(P.LIST_ITEM.match(lines[i].text) for i in titles)
            and sum(1 for i in titles if _title_case(lines[i].text)) * 2 > len(titles)
        )
        if repeated or stacked or call_to_action:
            out.update(group)
    return out


def _title_case(text: str) -> bool:
    words = [w for w in P.words(text) if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def code_blocks(lines: list[Line], feats: list[Features], span: range) -> set[int]:
    """Lines of a program or data listing: three or more adjacent lines, most with code punctuation."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*span, None]:
        codey = (
            i is not None
            and not feats[i].prose
            and (bool(_CODE_LINE.search(lines[i].text)) or (lines[i].indent >= 4 and bool(run)))
        )
        if codey:
            assert i is not None
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


def embedded_posts(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    """The text of an embedded post, right above its signature ("— Lina Marsh (@linamarsh) March 3,
    2024"): the post, not the story's prose."""
    d = st.decisions
    for i in span:
        signature = feats[i].debris == "embed" and lines[i].text[:1] in "—–-"
        if signature and i - 1 in span and d[i - 1].role is Role.PARAGRAPH:
            d[i - 1] = Decision(Role.DEBRIS, "embed")


def video_captions(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    """A "Video" label, then the video's title and its blurb: a caption, not story text."""
    d = st.decisions
    for i in span:
        if not (d[i].role is Role.DEBRIS and _MEDIA_LABEL.fullmatch(lines[i].text)):
            continue
        if i + 1 >= len(lines) or feats[i + 1].words < 4 or feats[i + 1].prose:
            continue
        k = i + 1
        taken = 0
        while k < len(lines) and taken < 2 and k <= st.body_end:
            f = feats[k]
            if taken == 1 and not (f.prose and f.words <= 40 and lines[k].blank_before is lines[k - 1].blank_after):
                break
            if d[k].role not in (Role.OUTSIDE, Role.PARAGRAPH, Role.HEADING) or f.words > 40:
                break
            d[k] = Decision(Role.CAPTION, text=lines[k].text, credit=None)
            taken += 1
            k += 1
        if taken and k <= st.body_end and st.body_start < k and d[st.body_start].role is Role.CAPTION:
            st.body_start = k


def teaser_headings(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    """Headlines of other stories dropped between paragraphs look like subheadings; when four or
    more Title Case lines of six words or more come every paragraph or two, they are links."""
    d = st.decisions
    heads = [i for i in span if d[i].role is Role.HEADING]
    teasers = [i for i in heads if feats[i].words >= 6 and _title_case(lines[i].text)]
    if len(teasers) < 4 or len(teasers) * 2 < len(heads):
        return
    paragraphs = sum(1 for i in span if d[i].role is Role.PARAGRAPH)
    if paragraphs <= 2.5 * len(heads):
        for i in teasers:
            d[i] = Decision(Role.DEBRIS, "related")


PULL_QUOTE_CHECKS = 200


def _inside_longer(body: str, key: str, f: Features) -> bool:
    """`key` is part of a longer paragraph (not a line of its own that merely repeats)."""
    pos = body.find(key)
    while pos >= 0:
        start_ok = pos == 0 or body[pos - 1] == "\n"
        end = pos + len(key)
        end_ok = end == len(body) or body[end] == "\n"
        if not (start_ok and end_ok):
            return True
        pos = body.find(key, end)
    return False


def pull_quotes(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    """A sentence the body prints again in full elsewhere is a pull quote; its credit line goes too."""
    d = st.decisions
    paragraphs = [i for i in span if d[i].role is Role.PARAGRAPH]
    body = "\n".join(feats[i].key for i in paragraphs)
    # each check scans the body once; a bounded number of checks keeps the cost linear
    candidates = [i for i in paragraphs if 8 <= feats[i].words <= 60][:PULL_QUOTE_CHECKS]
    for i in candidates:
        k = feats[i].key
        first = body.find(k)
        if (first >= 0 and body.find(k, first + 1) >= 0) or _inside_longer(body, k, feats[i]):
            d[i] = Decision(Role.DEBRIS, "pull-quote")
            nxt = i + 1
            if (
                nxt in span
                and not lines[i].blank_after
                and d[nxt].role in (Role.HEADING, Role.PARAGRAPH)
                and feats[nxt].words <= 8
                and not feats[nxt].prose
            ):
                d[nxt] = Decision(Role.DEBRIS, "pull-quote")


def _short_line(lines: list[Line], feats: list[Features], st: Structure, i: int) -> Decision:
    """A line that is not running text, inside the body: heading, list item or link."""
    f = feats[i]
    t = lines[i].text
    line = lines[i]
    prev_line = lines[i - 1] if i > 0 else None
    next_f = feats[i + 1] if i + 1 < len(feats) else None
    next_line = lines[i + 1] if i + 1 < len(lines) else None
    if f.all_caps and f.words > 6:  # "TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs ...": a link
        return Decision(Role.DEBRIS, "related")
    glued_prev = (
        prev_line is not None
        and not line.blank_before
        and i - 1 >= st.body_start
        and not feats[i - 1].prose
        and st.decisions[i - 1].role is not Role.DEBRIS  # a live blog's "13:40" above a post's title
    )
    glued_next = (
        next_line is not None
        and not line.blank_after
        and next_f is not None
        and not next_f.prose
        and i + 1 <= st.body_end
    )
    if P.LIST_ITEM.match(t) and (not P.NUMBERED_HEADING.match(t) or i in st.numbered):
        return Decision(Role.PARAGRAPH)
    if prev_line is not None and (glued_prev or glued_next or (prev_line.text.endswith(":") and not line.blank_before)):
        return Decision(Role.PARAGRAPH)
    heading_like = 1 <= f.words <= 14 and not _CLAUSE_END.search(t) and not t[:1].islower() and not _unfinished(t)
    if st.body_only and _in_short_run(feats, st, i):
        return Decision(Role.PARAGRAPH)  # a list, one item a line: "1. Finland" / "2. Norway"
    if heading_like and next_f is not None and (next_f.prose or glued_next):
        return Decision(Role.HEADING)
    if f.words >= 6 or st.body_only:  # in an export's body, nothing is page furniture
        return Decision(Role.PARAGRAPH)
    return Decision(Role.DEBRIS, "non-prose")


_FUNCTION_WORDS = frozenset(L.FUNCTION_WORDS)


def _unfinished(text: str) -> bool:
    """A line cut off mid-sentence, not a heading: "... the move of Thibaut Courtois to"."""
    last = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    return last in _FUNCTION_WORDS


_NUMBER = rx.compile(r"^(\d{1,3})[.)]\s")


def _in_short_run(feats: list[Features], st: Structure, i: int) -> bool:
    """The line and a neighbour in the body are both short lines, not running text."""
    return any(st.body_start <= j <= st.body_end and not feats[j].prose for j in (i - 1, i + 1))


def note_kind(text: str, authors: list[str] | None = None) -> str | None:
    """The kind of an end note, or None ("Reuters contributed to this article." -> "contributors")."""
    if len(text) > 600:
        return None
    if P.CONTRIBUTED.search(text) or P.CONTRIBUTING_LEAD.match(text):
        return "contributors"
    if P.REPORTING_CREDITS.match(text):
        return "credits"
    for kind, pattern in P.NOTE_LEAD.items():
        if pattern.match(text):
            return kind
    return None


def _author_words(st: Structure) -> set[str]:
    d = st.decisions
    bylines = [d[i].byline for i in st.bylines]
    names = [a.name for b in bylines if b is not None for a in b.authors]
    return {w.lower() for n in names for w in n.split() if len(w) > 1}


def is_bio(text: str, author_words: set[str]) -> bool:
    """ "Hannah Oakes writes about small gardens ..." - a sentence about one of the authors."""
    if not author_words or not set(w.lower() for w in text.split()[:6]) & author_words:
        return False
    m = P.BIO.match(text)
    return bool(m) and bool({w.lower() for w in m.group("name").split()} & author_words)


def _end_notes(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    d = st.decisions
    author_words = _author_words(st)
    for i in span:
        if d[i].role is Role.PARAGRAPH:
            kind = note_kind(lines[i].text) or ("bio" if is_bio(lines[i].text, author_words) else None)
            if kind is not None:
                d[i] = Decision(Role.NOTE, note_kind=kind)


def _closing_captions(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """Pictures right under the story's last paragraph, each caption glued to its credit
    ("Flowers have been left at the sceneCredit: Yorkshire Live"), page furniture between them."""
    d = st.decisions
    for i in range(st.body_end + 1, len(lines)):
        f = feats[i]
        if f.caption is not None and not _quoted(lines[i].text) and d[i].role is Role.OUTSIDE:
            d[i] = Decision(Role.CAPTION, text=C.strip_truncation(f.caption[0]), credit=f.caption[1])
        elif f.debris is None:
            return


def read_tail(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """After the body: end notes and author bios close by; everything else is page chrome."""
    d = st.decisions
    author_words = _author_words(st)
    seen_prose = 0
    _closing_captions(lines, feats, st)
    for i in range(st.body_end + 1, len(lines)):
        f = feats[i]
        t = lines[i].text
        if f.hard_stop:
            break
        if f.prose:
            seen_prose += 1
        kind = note_kind(t)
        if kind is None and f.prose and is_bio(t, author_words):
            kind = "bio"
        if kind is not None:
            d[i] = Decision(Role.NOTE, note_kind=kind)
        elif f.debris is not None:
            d[i] = Decision(Role.DEBRIS, f.debris)
        if seen_prose > 4 or i > st.body_end + 25:
            break
