"""Datelines: the place (and wire agency, and sometimes date) that opens a news story.

    KYIV, Ukraine (AP) — …          place "KYIV, Ukraine", agency "AP"
    WASHINGTON (Reuters) - …        place "WASHINGTON", agency "Reuters"
    NEW YORK, Nov 19 (Reuters) - …  place "NEW YORK", agency "Reuters", date Nov 19
    HOUSTON, March 4, 2025 /PRNewswire/ -- …  a press release: place, date and the release wire
    LONDON — …  /  NEW DELHI: …     place only
    (Reuters) — …                   agency only
    Mar. 4, 2019 -- …               date only

The paragraph keeps its text as printed; the dateline is reported beside it.
"""

from __future__ import annotations

import regex

from . import dates, rx
from . import lexicon as L
from . import patterns as P
from .model import Dateline

# A place in capitals: "KYIV", "NEW YORK", "ST. LOUIS", "PORT-AU-PRINCE", "UNITED NATIONS"
_CAPS_PLACE = r"(?:\p{Lu}[\p{Lu}.'’\-]*+)(?:[ ]\p{Lu}[\p{Lu}.'’\-]*+){0,4}"
# A place in title case, only believed with a region or an agency after it: "Kyiv, Ukraine (AP) —"
_TITLE_PLACE = r"(?:\p{Lu}[\p{Ll}.'’\-]*+)(?:[ ]\p{Lu}[\p{Ll}.'’\-]*+){0,3}"
_REGION = r"\p{Lu}[\p{L}.'’\-]*+(?:[ ]\p{Lu}[\p{L}.'’\-]*+){0,3}"  # "Ukraine", "Calif.", "D.C.", "South Korea"


def _full_months() -> set[str]:
    """The longest name of each month (its full name), the first of the longest at a tie: one pass over the names."""
    longest: dict[int, str] = {}
    for name, number in L.MONTHS.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    return set(longest.values())


_FULL_MONTHS = _full_months()
# A month's name, or its abbreviation with or without a full stop ("Sept.", "Nov")
_MONTH = "|".join(m if m in _FULL_MONTHS else f"{m}\\.?" for m in sorted(L.MONTHS, key=len, reverse=True)).title()
_DATE = (
    rf"(?:(?:{_MONTH})[ ]\d{{1,2}}|\d{{1,2}}[ ](?:{_MONTH}))(?:,?[ ]\d{{4}})?"
    # numeric, with the year: day first and dotted or slashed ("12.03.2026", "12/03/2026"), or the year first
    # ("2026.03.12", "2026-03-12")
    r"|\d{1,2}(?P<dsep>[./])\d{1,2}(?P=dsep)\d{4}|\d{4}(?P<ysep>[./\-])\d{1,2}(?P=ysep)\d{1,2}"
)
# "(AP)", "(Reuters)"; a press release's wire between slashes: "/PRNewswire/", "/GLOBE NEWSWIRE/"
_AGENCY = r"(?:\((?P<agency>[\p{Lu}][\p{L}.&'’\- ]{0,30}?)\)|/(?P<agency>[\p{Lu}][\p{L}\- ]{1,30}?)/)"
_DASH = r"(?:[ ]*+(?:—|–|--|-|_)[ ]*+|:[ ]++)"

_FULL_DASH = r"[ ]*+(?:—|–|--)[ ]*+"
_THEN = r"(?:,[ ](?P<date>" + _DATE + r"))?(?:[ ]" + _AGENCY + r")?"
DATELINE = rx.compile(
    r"^(?:"
    + rf"(?P<place>{_CAPS_PLACE})(?:,[ ](?P<region>{_REGION}))?{_THEN}{_DASH}"
    + rf"|(?P<place>{_TITLE_PLACE}),[ ](?P<region>{_REGION}){_THEN}{_FULL_DASH}"
    + rf"|(?P<place>{_TITLE_PLACE})(?:,[ ](?P<date>{_DATE}))?[ ]{_AGENCY}{_DASH}"
    + rf"|{_AGENCY}{_DASH}"
    # "Lagos, 12 March 2026 – ", "Bucharest, 12.03.2026 - ": a place in title case, its date after a comma
    + rf"|(?P<place>{_TITLE_PLACE}),[ ](?P<date>{_DATE}){_DASH}"
    + rf"|(?P<date>{_DATE})(?:{_FULL_DASH}|:[ ]++)"  # "Mar. 4, 2019 -- City officials said": a date alone
    + r")(?=[\p{Lu}\p{N}\"“‘'(])",  # a sentence follows: "NATO — the alliance" is no dateline
    regex.VERSION1,
)
# A dateline alone on its line, as exports and some pages print it: "MIAMI, Nov. 18", "WASHINGTON (AP) —"
DATELINE_FIELD = rx.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})(?:,[ ](?P<region>{_REGION}))??(?:,[ ](?P<date>{_DATE}))?"
    rf"(?:[ ]{_AGENCY})?[ ]*+(?:—|–|--|-|_)?$",
    regex.VERSION1,
)
_NOT_A_PLACE = frozenset(w.upper() for w in L.NOT_DATELINE_PLACES)


def read_dateline(text: str, *, year: int | None = None, date_colon: bool = False) -> Dateline | None:
    """The dateline opening a paragraph, or None. A date alone before a colon ("12 March 2026: ") is a dateline
    only with `date_colon`, asked where the paragraph is the story's first: further down, or asked of a paragraph
    that may not be the story's, it is as often an entry of a timeline ("3 January 2024: Engineers report ...").

    >>> read_dateline("KYIV, Ukraine (AP) — Ukraine's president said ...").agency
    'AP'
    >>> read_dateline("LONDON — Britain's parliament ...").place
    'LONDON'
    """
    head = text[:120]
    # every dateline ends in a dash or a colon (`_DASH`, `_FULL_DASH`): without one, none (and the pattern not built)
    if "-" not in head and "—" not in head and "–" not in head and ":" not in head and "_" not in head:
        return None
    m = DATELINE.match(head)
    if m is None or (not date_colon and _date_before_colon(m)):
        return None
    return _dateline(m, year)


def _date_before_colon(m: regex.Match[str]) -> bool:
    """The match is a date alone before a colon ("12 March 2026: ")."""
    return m.group("place") is None and m.group("agency") is None and m.group(0).rstrip().endswith(":")


def _date_word(place: str) -> bool:
    """ "Monday, 9 March 2026 – ", "Updated, 9 March 2026 – ": a weekday or a date's label is no place."""
    low = place.lower().rstrip(".")
    return low in dates.WEEKDAYS or low in P.DATE_LABEL_PHRASES


def read_dateline_field(text: str, *, year: int | None = None) -> Dateline | None:
    """A dateline standing alone: "MIAMI, Nov. 18" (an export's Dateline field), "WASHINGTON (AP) —"."""
    m = DATELINE_FIELD.match(text.strip())
    if m is None:
        return None
    return _dateline(m, year)


def _dateline(m: regex.Match[str], year: int | None) -> Dateline | None:
    place = m.group("place")
    if place is not None:
        if place.upper() in _NOT_A_PLACE or len(place) < 2 or _date_word(place):
            return None
        if m.group("region"):
            place = f"{place}, {m.group('region')}"
    date_iso: str | None = None
    if m.group("date"):
        hits = dates.find_dates(m.group("date"))
        if hits:
            date_iso = hits[0].iso(year)
    agency = m.group("agency")
    if place is None and agency is None and date_iso is None:
        return None
    return Dateline(place, agency, date_iso, m.group(0).strip())
