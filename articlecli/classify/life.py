"""An obituary's lines: the years of a life under a name, a card's labels of birth and death, and a title that
says it is an obituary. None of them is the story's date or its byline."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from .. import rx

# "Ann Lee, 1939-2024", "Harold Brennan (1939–2024)": an obituary's name line with the years of a life
_LIFE_YEARS = rx.compile(r"(?<!\d)(?:1[89]|20)\d\d[ ]?[-–—][ ]?(?:19|20)\d\d\)?$")
_YEAR_ENDS = frozenset("0123456789)")  # the cheap test before _LIFE_YEARS


# a line of the years of a life alone, each year with its day and month or not: "12 March 1941 – 29 November
# 2026", "(March 12, 1941 - Nov. 29, 2026)", "1941 – 2026", "b. 1941 – d. 2026"
_DAY_MONTH = r"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s++\p{L}++\.?,?\s++|\p{L}++\.?\s++\d{1,2}(?:st|nd|rd|th)?,?\s++)"


_LIFE_LINE = rx.compile(
    rf"^\(?(?:(?:b\.|born)\s++)?{_DAY_MONTH}?(?P<born>(?:1[89]|20)\d\d)\s*+[-–—]\s*+(?:(?:d\.|died)\s++)?{_DAY_MONTH}?"
    r"(?P<died>(?:19|20)\d\d)\)?$",
    P.FLAGS,
)
LIFE_LINE_CHARS = 48  # the longest line of the years of a life ("(September 30th, 1941 – November 29th, 2026)")


def life_line(text: str) -> bool:
    """The line is the years of a life alone, printed under an obituary's name ("12 March 1941 – 29 November
    2026"): no date of the story, and the name over it no byline."""
    if len(text) > LIFE_LINE_CHARS or text[-1:] not in _YEAR_ENDS:
        return False
    m = _LIFE_LINE.match(text)
    return m is not None and int(m.group("born")) < int(m.group("died"))


_LIFE_LABELS = frozenset(L.LIFE_LABELS)


def life_label(text: str) -> bool:
    """The line opens with the label of a date of birth or death ("Born: 4 February 1938, Bolungarvík", "Died 22
    November 2026"): an obituary's card, no date of the story."""
    head = text[:20].lower()
    cut = head.find(":")
    label = head[:cut] if cut > 0 else " ".join(head.split()[:1])
    return label.strip() in _LIFE_LABELS


def life_years(text: str) -> bool:
    """The line ends with the years of a life ("Harold Brennan, 1939-2024"): the subject of an obituary or
    a tribute, printed under its title."""
    return text[-1:] in _YEAR_ENDS and _LIFE_YEARS.search(text) is not None


# what an obituary's label opens with (the cheap test at either end of the line), and the core of its last word,
# the word less its first letter ("bit" of "obit" and "obituary", "ppreciation", "emoriam"), in either case:
# a line holds one before `patterns.OBITUARY_TITLE` is read
_OBITUARY_CHARS = frozenset(c for label in L.OBITUARY_LABELS for c in (label[0], label[0].upper()))


def _label_cores(labels: tuple[str, ...]) -> tuple[str, ...]:
    """The cores of the labels' last words, none holding another ("bit", not "bituary"), each in either case."""
    cores = sorted({label.split()[-1][1:] for label in labels}, key=lambda c: (len(c), c))
    kept = [c for k, c in enumerate(cores) if not any(shorter in c for shorter in cores[:k])]
    return tuple(w for c in kept for w in (c, c.upper()))


_OBITUARY_CORES = _label_cores(L.OBITUARY_LABELS)


def obituary_core(t: str) -> bool:
    """The line holds the core of an obituary's label (`_OBITUARY_CORES`)."""
    for core in _OBITUARY_CORES:  # noqa: SIM110 (a loop of plain tests, no generator on this common path)
        if core in t:
            return True
    return False


def obituary_title(t: str) -> bool:
    """An obituary's title: its label ("obituary", "an appreciation") first or last (`patterns.OBITUARY_TITLE`)."""
    last = t.rsplit(None, 2)[-2:]
    if t[:1] not in _OBITUARY_CHARS and not any(w[:1] in _OBITUARY_CHARS for w in last):
        return False
    return P.OBITUARY_TITLE.search(t) is not None
