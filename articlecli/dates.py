"""Dates: finding them in a line, reading them into ISO 8601, telling published from updated.

The common formats of news pages are read by our own patterns; `dateparser` (a few languages
besides English, one configured parser, imported lazily) is asked only about a short date line
that names a month in one of them. A date without a year, or a relative date ("2 hours ago",
"Today 9:05 AM"), is resolved only when the article supplies the year, or the caller supplies `now`.
"""

from __future__ import annotations

import datetime as dt
from _bisect import bisect_left
from typing import Any

import regex

from . import lexicon as L
from . import patterns as P
from . import rx
from .model import DateValue as DateValue  # re-exported: the records live in model.py
from .model import Mention as Mention
from .model import Record
from .people import FOREIGN_MONTHS

# Where a word starts, including words glued on: "FinanceOctober 13", "Quill14 Jan 2022".
_YEAR_LIKE = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A year glued to the clock after it, as a page's date and time spans run together ("de 202514:35", "mars 202309h10")
_YEAR_GLUED_TO_CLOCK = rx.compile(r"(?<!\d)(?:19|20)\d\d(?=(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d))")
_LETTERS = rx.compile(r"\p{L}++")
_SLASH_END = rx.compile(r"/\s*+$")
_DIGITS = rx.compile(r"\d++")
_TWELVE_HOUR = rx.compile(r"\d[ ]?[ap]\.?m\b", regex.IGNORECASE)
# A 24-hour clock right after a date: "08/05/2024 14:32", "08/05/2024, 09:05", "12/03/2026 às 14h20" (the clock of
# French and Portuguese pages, any hour); two digits for a colon clock's hour, no AM/PM,
# and no US time zone after it: "04/11/2024 16:20 EDT" is a US site's, month first)
_CLOCK_24_AFTER = rx.compile(
    r"[ ,]++(?:at[ ]++|às?[ ]++|[|\-–][ ]*+)?(?:(?:[01]\d|2[0-3]):[0-5]\d|(?:[01]?\d|2[0-3])[ ]?h[ ]?[0-5]\d)"
    r"(?![\d:]|[ ]?[ap]\.?m\b)"
    r"(?![ ]*+(?:\L<us_zones>)(?![\p{L}]))",
    regex.IGNORECASE,
    us_zones=[f"{z[0]}{middle}{z[1:]}" for z in L.US_TIME_ZONES for middle in ("", "s", "d")],
)
# A date line's bars, built once as a pattern's character class for every pattern that reads them (here and in
# `classify.title_kinds`): the light ones (`LIGHT_BARS`), and all of them, a dot or a square too (`BAR_CLASS`)
LIGHT_BARS = "".join(L.DATE_LINE_BARS)
LIGHT_BAR_CLASS = rx.escape(LIGHT_BARS)
_DATE_LINE_BARS = (*L.DATE_LINE_BARS, *L.DATE_LINE_HEAVY_BARS)
BAR_CLASS = rx.escape("".join(_DATE_LINE_BARS))
# the light bars one by one: every line with a digit is looked through for them (three `in` tests in C, which a call
# per line would cost more than); any bar the table gains after them is looked for too
_BAR, _BULLET, _MIDDLE_DOT, *_OTHER_BARS = L.DATE_LINE_BARS
# "| Source: Harbourtimes.com", "| From: Coastal Herald": where the story comes from, after a date line
_SOURCE_TAIL = rx.compile(
    r"\s*+[" + LIGHT_BAR_CLASS + r"]\s*+(?:\L<labels>)\b.{0,60}$",
    regex.IGNORECASE,
    labels=list(L.SOURCE_LABELS),
)
# a foreign month's abbreviation in lower case ("4 dec. 2026"), or capitalised where English has no month so spelled
# ("17. Okt. 2023", "3 Dez. 2024"): one set, so that a date line's words are looked up once
_FOREIGN_ABBREVIATION_FORMS = frozenset(
    (*L.FOREIGN_MONTH_ABBREVIATIONS, *(a.capitalize() for a in L.FOREIGN_MONTH_ABBREVIATIONS if a not in L.MONTHS))
)
_FOREIGN_WORD_ABBREVIATIONS = frozenset(L.FOREIGN_MONTH_WORD_ABBREVIATIONS)
# such an abbreviation that is an English word in lower case, between a day and a year: "17 mar 2023"
_DAY_WORD_MONTH_YEAR = rx.compile(
    r"(?<![\p{L}\d])\d{1,2}\.?\s++(?:\L<months>)\.?\s++\d{4}(?!\d)", months=list(L.FOREIGN_MONTH_WORD_ABBREVIATIONS)
)
# Where a page writes its numeric dates day first: a date label in another language, a zone east of Greenwich
_DAY_FIRST_CUE = rx.compile(
    r"(?<![\p{L}])(?:\L<labels>)(?![\p{L}])|(?<![\p{L}])(?-i:\L<zones>)(?![\p{L}])",
    regex.IGNORECASE,
    labels=[w for labels in L.FOREIGN_DATE_LABELS.values() for w in labels],
    zones=[z.upper() for z, hours in L.TIME_ZONES.items() if hours > 0],
)
# "4 de junho de 2018 às ", "4. Juni 2018, um ": the words and marks joining a date to its clock
_JOINING_WORDS_END = rx.compile(r"(?:[\s,;|\-–—]|\p{L}++\.?)*+$")
_DAY_OR_MONTH = rx.compile(
    r"(?<![\p{L}\d])(?:\d{1,2}(?!\d)|\L<months>)", regex.IGNORECASE, months=list(L.FOREIGN_MONTHS)
)

FLAGS = regex.VERSION1 | regex.IGNORECASE

MONTHS = L.MONTHS
WEEKDAYS = L.WEEKDAYS
# Fixed offsets, in hours. "ET"/"CT"/"MT"/"PT" follow US daylight-saving rules (see _us_offset).
ZONES = L.TIME_ZONES
US_ZONES = L.US_TIME_ZONES

_DATE_WORDS = frozenset(w[:3] for w in (*MONTHS, *WEEKDAYS))  # how a month or weekday begins
# The capital a month or weekday name opens with (no other capital lower-cases to their first letters)
_DATE_WORD_CAPITAL = rx.compile_std("[" + "".join(sorted({w[0].upper() for w in _DATE_WORDS})) + "]")
# Every date has a day number; it begins at that number, or at the month or weekday name a few
# words before it. Word starts include words glued to the one before ("Quill14 Jan", "FinanceOctober 13").
_DIGIT_RUN = rx.compile(r"\d++")
_LOOK_BACK = 40  # "Wednesday, September 18": the weekday starts 21 characters before the day
_LOOK_AHEAD = 10  # "24th of Nov.": the month starts a few characters after the day


def _name_starts(text: str, runs: list[tuple[int, int]]) -> list[int]:
    """Where a month or weekday name may begin, in order, near the runs of digits (from `_LOOK_BACK` characters
    before a run to `_LOOK_AHEAD` after it: the only names `_date_starts` reads); at a capital, as `DATE` reads
    names only in capitals ("March 4", not "march on"): a scan for the capitals that begin a name, then a look
    at each."""
    found: list[int] = []
    start, end = 0, -1
    for d, e in runs:
        if d - _LOOK_BACK > end:  # a window apart from the one before: that one is read (overlapping ones join)
            _add_name_starts(text, start, end, found)
            start = max(0, d - _LOOK_BACK)
        end = e + _LOOK_AHEAD
    _add_name_starts(text, start, end, found)
    return found


def _add_name_starts(text: str, start: int, end: int, found: list[int]) -> None:
    for m in _DATE_WORD_CAPITAL.finditer(text, start, end) if end > start else ():
        at = m.start()
        before = text[at - 1] if at else " "
        # a word start, or a capital glued to a lower-case letter ("FinanceOctober"); the name's first three
        # letters in lower case, each letter alone ("İ" lower-cases to two characters)
        if (not before.isalnum() or before.islower()) and _lower_each(text[at : at + 3]) in _DATE_WORDS:
            found.append(at)


def _lower_each(text: str) -> str:
    """`text` in lower case, each character to one ("İ" to "i")."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)


# what follows a date's first number: a separator ("3/4", "2024-03", "12.03") or a year's sign ("2026年", "2026년")
_NUMBER_DATE_SIGNS = frozenset("/.-年년")


def _date_starts(text: str) -> list[int]:
    """Where a date may begin, in order: digit runs, and month or weekday names shortly before one.

    Every date has a day number; it begins at the number or at a name a few words before it.
    Digits and names are found by fast scans; the text between them is never looked at.
    """
    runs = [m.span() for m in _DIGIT_RUN.finditer(text)]
    if not runs:
        return []
    names = _name_starts(text, runs)
    if not names:  # most paragraphs: only numbers with a separator after them may open a date
        return [d for d, e in runs if text[e : e + 1] in _NUMBER_DATE_SIGNS]
    starts = set()
    for d, e in runs:
        lo = bisect_left(names, d - _LOOK_BACK)
        starts.update(names[lo : bisect_left(names, d)])
        # a date opening with its number goes on with a separator ("3/4", "2024-03") or a
        # month name ("24 November", "24th of Nov."); a bare number is no date
        if text[e : e + 1] in _NUMBER_DATE_SIGNS or bisect_left(names, e + _LOOK_AHEAD) > bisect_left(names, e):
            starts.add(d)
    return sorted(starts)


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS) + r")\.?,?\s++)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Boundaries: glued text is common ("Quill14 Jan 2022", "FinanceOctober 13"), so a month
# may follow a lower-case letter but not be the tail of a longer word ("Mayor").
_B = r"(?:(?<![\p{L}\d])|(?-i:(?<=\p{Ll})(?=\p{Lu})))"
# Month names are capitalised in dates; "may" and "march" in lower case are words.
_CAP = r"(?-i:(?=\p{Lu}))"

DATE_FORMS = {
    "mdy": rf"{_B}{_CAP}{_WEEKDAY}?{_CAP}{_MONTH}\s*+{_DAY}(?![\d:])(?:,|\s)\s*+(?:,\s*+)?{_YEAR}",
    # (also "12-Mar-2024", as feeds and databases print it)
    "dmy": rf"(?<![\d])(?:{_CAP}{_WEEKDAY})?{_DAY}(?:\s*+(?:of\s++)?{_CAP}{_MONTH},?\s++|-{_CAP}{_MONTH}-){_YEAR}",
    "iso": r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d++)?)?"
    r"(?P<isotz>Z|[+\-][01]\d:?[0-5]\d)?)?(?!\d)",
    # year first, dotted or slashed, as East Asian sites print a date ("2026.11.23 19:05", "2026/9/14", "2026. 9. 14.")
    "ymd": r"(?<![\p{L}\d/.\-])(?P<year>(?:19|20)\d{2})(?P<ysep>[./])[ ]?(?P<month>[01]?\d)(?P=ysep)[ ]?"
    r"(?P<day>[0-3]?\d)(?![\d/]|\.\d)",
    # the year, month and day marked by their signs, as Chinese, Japanese and Korean pages print a date
    # ("2026年3月12日", "2026년 3월 12일")
    "cjk": r"(?<!\d)(?P<year>(?:19|20)\d{2})[ ]?[年년][ ]?(?P<month>[01]?\d)[ ]?[月월][ ]?(?P<day>[0-3]?\d)[ ]?[日일]",
    # dashed: with a four-digit year, or a two-digit one before a 24-hour clock ("04-12-26, 07:00", as Dutch and
    # Belgian regional sites print their stamp; a dashed pair of two-digit numbers alone is a score or a range)
    "numeric": r"(?<![\d/.\-])(?P<a>[0-3]?\d)(?P<sep>[/.]|-(?=\d++-(?:(?:19|20)\d\d|\d\d,?[ ]++[0-2]?\d:[0-5]\d)))"
    r"(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)?\d{2})(?![\d/\-])",
    "md": rf"{_B}{_CAP}{_WEEKDAY}?{_CAP}{_MONTH}\s++{_DAY}(?![\d:,]*+\s*+(?:19|20)\d\d)(?![\d])",
    "dm": rf"(?<![\d]){_DAY}\s++{_CAP}{_MONTH}(?!\s*+,?\s*+(?:19|20)\d\d)(?![\p{{L}}])",
}
DATE = rx.compile(
    "|".join(f"(?P<{k}>{v})" for k, v in DATE_FORMS.items())
    .replace("(?P<month>", "(?P<month_>")
    .replace("(?P<day>", "(?P<day_>")
    .replace("(?P<year>", "(?P<year_>"),
    FLAGS,
)
# Each form compiled alone too, so that its named groups can be read unambiguously.
FORMS = {k: rx.compile(v, FLAGS) for k, v in DATE_FORMS.items()}

TIME = rx.compile(
    r"(?<![\d:.])(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?(?::(?P<second>[0-5]\d))?\s*+"
    r"(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|(?<![\d:./])(?P<hour24>[0-2]?\d)[:.](?P<minute24>[0-5]\d)(?::[0-5]\d)?(?![\d/]|\.\d)"
    # the French and Portuguese clock: "14h30", "14 h 30", "9h12"
    r"|(?<![\d:.])(?P<hourh>[0-2]?\d)[ ]?h[ ]?(?P<minuteh>[0-5]\d)(?!\d)"
    r"|(?<![\d:])(?P<hhmm>[0-2]\d[0-5]\d)\s*+(?=GMT|UTC)",
    FLAGS,
)
# The offset first: "GMT+1" is an hour east of Greenwich, not GMT
ZONE = rx.compile(
    r"(?P<offset>(?:GMT|UTC)?[+\-][01]?\d(?::?[0-5]\d)?)(?![\d])"
    r"|(?<![\p{L}])(?P<zone>" + "|".join(sorted([*ZONES, *US_ZONES], key=len, reverse=True)) + r")(?![\p{L}])",
    FLAGS,
)
RELATIVE = rx.compile(
    r"(?<![\p{L}\d])(?P<n>\d++|an?|one)\s*+(?P<unit>sec(?:ond)?s?|min(?:ute)?s?|mins?|months?|m|"
    r"h(?:ou)?rs?|hours?|h|days?|d|weeks?|w|years?|y)\s*+(?:ago)?(?![\p{L}])"
    r"|(?<![\p{L}])(?P<word>yesterday|today|just now)(?![\p{L}])",
    FLAGS,
)
UPDATED_LABEL = rx.compile(rf"(?<![\p{{L}}])(?:{P.alternation(L.DATE_LABELS['updated'])})\b", FLAGS)
PUBLISHED_LABEL = rx.compile(rf"(?<![\p{{L}}])(?:{P.alternation(L.DATE_LABELS['published'])})\b", FLAGS)
# Words that may stand beside a date on a date line: its labels, time zones and a few joining words.
DATE_FILLER = rx.compile(
    r"(?<![\p{L}])(?:\L<words>)(?![\p{L}])|[" + LIGHT_BAR_CLASS + r"/,;:()\-–—.]",
    FLAGS,
    words=P.phrase_list((*" ".join(P.DATE_LABEL_PHRASES).split(), *ZONES, *US_ZONES, *L.DATE_LINE_WORDS)),
)


class DateHit(Record):
    """One date found in a string: the parts read and the span they cover."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    offset: float | None = None  # hours east of UTC, when a zone is printed
    zone_name: str | None = None

    def date(self, year: int | None = None) -> dt.date | None:
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None

    def iso(self, year: int | None = None) -> str | None:
        d = self.date(year)
        if d is None:
            return None
        if self.hour is None:
            return d.isoformat()
        stamp = dt.datetime(d.year, d.month, d.day, self.hour, self.minute or 0)
        offset = self.offset
        if offset is None and self.zone_name in US_ZONES:
            offset = _us_offset(self.zone_name, d)
        if offset is None:
            return stamp.isoformat(timespec="minutes")
        tz = dt.timezone(dt.timedelta(hours=offset))
        return stamp.replace(tzinfo=tz).isoformat(timespec="minutes")


def _us_offset(zone: str, day: dt.date) -> float:
    """UTC offset of a US zone abbreviation without S/D ("ET") on `day` (DST since 2007)."""
    standard = US_ZONES[zone]

    def nth_sunday(month: int, n: int) -> dt.date:
        first = dt.date(day.year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))

    dst = nth_sunday(3, 2) <= day < nth_sunday(11, 1)
    return standard + (1 if dst else 0)


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 and len(text) == 2 else y


def _match_to_hit(kind: str, m: regex.Match[str]) -> DateHit | None:
    g = FORMS[kind].match(m.string, m.start(kind))  # in its line: a form may look past its end (a dashed date's clock)
    if g is None:  # pragma: no cover - the combined and single patterns agree
        return None
    start = m.start(kind)
    end = m.end(kind)
    if kind == "iso":
        hour = int(g["hour"]) if g["hour"] else None
        minute = int(g["minute"]) if g["minute"] else None
        offset: float | None = None
        if g["isotz"]:
            tz = g["isotz"]
            if tz.upper() == "Z":
                offset = 0.0
            else:
                sign = -1 if tz[0] == "-" else 1
                digits = tz[1:].replace(":", "")
                offset = sign * (int(digits[:2]) + int(digits[2:4] or 0) / 60)
        return DateHit(start, end, int(g["year"]), int(g["month"]), int(g["day"]), hour, minute, offset)
    if kind in ("ymd", "cjk"):
        month, day = int(g["month"]), int(g["day"])
        return DateHit(start, end, int(g["year"]), month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        year = _year(g["year"])
        if _day_first(a, b, g["sep"], g["year"], m.string[max(0, start - 30) : end + 30], m.string[end : end + 12]):
            day, month = a, b
        else:
            month, day = a, b
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateHit(start, end, year, month, day)
    month = MONTHS[g["month"].lower().rstrip(".")]
    day = int(g["day"])
    if not 1 <= day <= 31:
        return None
    found_year = int(g["year"]) if kind in ("mdy", "dmy") else None
    return DateHit(start, end, found_year, month, day)


def _day_first(a: int, b: int, sep: str, year: str, around: str, after: str = "") -> bool:
    """Whether a numeric date gives its day first: 21/06/2014 (no month 21); any date beside a label in another
    language or a time zone east of Greenwich (Mis à jour le 05/06/2018, 12-03-2021 at 09:10 IST); and dotted
    dates as Europe prints them (13.11.2019, 18.11.2019 21:17); but 11.14.2019, and dotted dates beside a
    12-hour clock or with a two-digit year, are month first, as US sites print them (03.12.2021 09:00 AM). A
    slashed or dashed date with a 24-hour clock after it (08/05/2024 14:32, 12-03-2026, 14h20) is printed as the
    sites of the day-first countries print it: US sites, which write the month first, give the time with AM or
    PM."""
    if a > 12:
        return True
    if b > 12:
        return False
    if _DAY_FIRST_CUE.search(around) is not None:
        return True
    if sep in ("/", "-"):  # (a dashed date with a clock as a slashed one: "12-03-2026, 14:20")
        return _CLOCK_24_AFTER.match(after) is not None
    if sep != ".":
        return False
    return len(year) != 2 and _TWELVE_HOUR.search(around) is None


# One article's answers, by line: a header line is asked about by several rules. `forget_article`
# empties them when the next article starts, so that no answer is carried from one article to another
# (and a caller that never parses an article keeps at most `_REMEMBERED` of them).
_HITS: dict[str, tuple[DateHit, ...]] = {}
_READ: dict[str, str | None] = {}
# `has_digit`'s answers: a line is asked by a dozen rules (a byline's, a date line's, a time stamp's ...)
_DIGIT_ANSWERS: dict[str, bool] = {}
_REMEMBERED = 4096


def has_digit(text: str) -> bool:
    """`patterns.ANY_DIGIT.search(text) is not None`: the ten ASCII digits looked for as plain text first (a
    pattern reads every character of a paragraph, many times the work), the pattern only over a line beyond
    ASCII without one (an Arabic-Indic or a full-width digit). The answer is kept for the article
    (`_DIGIT_ANSWERS`): the rules ask it of the same header lines again and again, and one lookup costs less than
    the ten tests."""
    found = _DIGIT_ANSWERS.get(text)
    if found is not None:
        return found
    if len(_DIGIT_ANSWERS) >= _REMEMBERED:
        _DIGIT_ANSWERS.clear()
    found = _DIGIT_ANSWERS[text] = (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
        or (not text.isascii() and P.ANY_DIGIT.search(text) is not None)
    )
    return found


def forget_article() -> None:
    """Drop the answers kept for the lines of the article read before (see `_HITS`)."""
    _HITS.clear()
    _READ.clear()
    _DIGIT_ANSWERS.clear()


def find_dates(text: str) -> list[DateHit]:
    """Every calendar date in `text`, in order (times and zones not yet attached)."""
    hits = _HITS.get(text)  # a line read before (by another rule): its digits are known to be there
    if hits is None:
        if not has_digit(text):  # every form has digits: most lines are done here
            return []
        if len(_HITS) >= _REMEMBERED:
            _HITS.clear()
        hits = _HITS[text] = _find_dates(text)
    return list(hits)


def _find_dates(text: str) -> tuple[DateHit, ...]:
    hits: list[DateHit] = []
    pos = 0
    for at in _date_starts(text):  # try only where a date may begin
        if at < pos:
            continue
        m = DATE.match(text, at)
        if m is None:
            continue
        kind = next((k for k in DATE_FORMS if m.group(k) is not None), None)
        hit = _match_to_hit(kind, m) if kind is not None else None
        if hit is not None:
            hits.append(hit)
            pos = m.end()
    return tuple(hits)


def attach_time(text: str, hit: DateHit) -> DateHit:
    """Attach the time (and zone) printed next to `hit`, before or after it, if any."""
    if hit.hour is not None:
        return _attach_zone(text, hit, hit.end)
    window_after = text[hit.end : hit.end + 40]
    window_before = text[max(0, hit.start - 40) : hit.start]
    best: tuple[int, int | None, int, int] | None = None  # (hour, minute, abs start, abs end)
    for m in TIME.finditer(window_after):
        gap = window_after[: m.start()]
        if _too_far(gap):
            break
        best = (*_read_time(m), hit.end + m.start(), hit.end + m.end())  # type: ignore[assignment]
        break
    if best is None:
        times = list(TIME.finditer(window_before))
        if times:
            m = times[-1]
            gap = window_before[m.end() :]
            if not _too_far(gap):
                base = max(0, hit.start - 40)
                best = (*_read_time(m), base + m.start(), base + m.end())  # type: ignore[assignment]
    if best is None:
        return hit
    hour, minute, _t_start, t_end = best
    if hour is None or hour > 23:
        return hit
    timed = DateHit(hit.start, hit.end, hit.year, hit.month, hit.day, hour, minute)
    return _attach_zone(text, timed, t_end)


_TIME_JOINERS = frozenset(("at", "on", "am", "pm", "updated", "published", *ZONES, *US_ZONES))


def _too_far(gap: str) -> bool:
    """A time belongs to a date when only a few joining words or marks lie between them."""
    words = [w for w in _LETTERS.findall(gap) if w.lower() not in _TIME_JOINERS]
    return len(words) > 1 or ("|" in gap and bool(words))


def _read_time(m: regex.Match[str]) -> tuple[int | None, int]:
    if m.group("hhmm"):
        return int(m.group("hhmm")[:2]), int(m.group("hhmm")[2:])
    if m.group("hour24") is not None:
        return int(m.group("hour24")), int(m.group("minute24"))
    if m.group("hourh") is not None:
        return int(m.group("hourh")), int(m.group("minuteh"))
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or 0)
    if hour > 12:  # "15:24pm": a 24-hour clock with a stray suffix
        return (hour, minute) if hour < 24 else (None, 0)
    if m.group("ampm").lower() == "p" and hour != 12:
        hour += 12
    elif m.group("ampm").lower() == "a" and hour == 12:
        hour = 0
    return hour, minute


def _attach_zone(text: str, hit: DateHit, after: int) -> DateHit:
    window = text[after : after + 14]
    m = ZONE.match(window.lstrip(" ,"))
    if m is None:
        return hit
    if m.group("zone"):
        name = m.group("zone").lower()
        if name in US_ZONES:
            return DateHit(hit.start, hit.end, hit.year, hit.month, hit.day, hit.hour, hit.minute, None, name)
        return DateHit(hit.start, hit.end, hit.year, hit.month, hit.day, hit.hour, hit.minute, ZONES[name], name)
    raw = m.group("offset").upper().replace("GMT", "").replace("UTC", "")
    sign = -1 if raw.startswith("-") else 1
    digits = raw[1:].replace(":", "")
    hours = int(digits[:2]) if len(digits) >= 3 else int(digits)
    minutes = int(digits[2:4]) if len(digits) >= 4 else (int(digits[-2:]) if len(digits) == 3 else 0)
    if hours > 14:
        return hit
    return DateHit(
        hit.start,
        hit.end,
        hit.year,
        hit.month,
        hit.day,
        hit.hour,
        hit.minute,
        sign * (hours + minutes / 60),
        "offset",
    )


def relative_date(text: str, now: dt.datetime | None) -> tuple[str, str | None] | None:
    """Read "2 hours ago" / "1 day ago" / "yesterday": (text, iso-or-None). None if absent."""
    m = RELATIVE.search(text)
    if m is None:
        return None
    if m.group("word") is None and "ago" not in m.group(0).lower() and not _SLASH_END.search(text[: m.start()]):
        return None
    if now is None:
        return m.group(0).strip(), None
    if m.group("word"):
        word = m.group("word").lower()
        day = (now - dt.timedelta(days=1 if word == "yesterday" else 0)).date()
        clock = TIME.search(text, m.end())
        if clock is not None and _too_far(text[m.end() : clock.start()]) is False:  # "Today 9:05 AM"
            hour, minute = _read_time(clock)
            if hour is not None and hour < 24:
                stamp = dt.datetime(day.year, day.month, day.day, hour, minute)
                return text[m.start() : clock.end()].strip(), stamp.isoformat(timespec="minutes")
        return m.group(0), day.isoformat()
    n_text = m.group("n").lower()
    n = 1 if n_text in ("a", "an", "one") else int(n_text)
    u = m.group("unit").lower()
    if u.startswith("s"):
        delta = dt.timedelta(seconds=n)
    elif u.startswith("mo"):
        delta = dt.timedelta(days=30 * n)
    elif u.startswith("m"):
        delta = dt.timedelta(minutes=n)
    elif u.startswith("h"):
        delta = dt.timedelta(hours=n)
    elif u.startswith("d"):
        delta = dt.timedelta(days=n)
    elif u.startswith("w"):
        delta = dt.timedelta(weeks=n)
    else:
        delta = dt.timedelta(days=365 * n)
    when = now - delta
    if delta < dt.timedelta(days=1) and now.tzinfo is not None:
        return m.group(0).strip(), when.isoformat(timespec="minutes")
    return m.group(0).strip(), when.date().isoformat()


# What may stand before a date on a date line that opens with other words: a bar, a mark, a dash or a bracket
_BEFORE_DATE_MARKS = LIGHT_BARS + ",:;-–—/("


def is_date_line(text: str) -> bool:
    """True when a line is essentially a date: "Updated 4:12 am CST, Wednesday, March 3, 2021"."""
    if len(text) > 120 or not has_digit(text):  # dates and "2 hours ago" have digits
        return False
    if (
        _BAR in text
        or _BULLET in text
        or _MIDDLE_DOT in text
        or (_OTHER_BARS and any(map(text.__contains__, _OTHER_BARS)))
    ):
        text = _SOURCE_TAIL.sub("", text)
    hits = find_dates(text)
    if hits and _title_with_date(text, hits):
        return False
    if hits:
        rest = text
        for h in reversed(hits):
            rest = rest[: h.start] + " " + rest[h.end :]
    else:
        rel = _relative_on_date_line(text)
        if rel is None:
            return foreign_date_line(text) is not None
        rest = text[: rel.start()] + " " + text[rel.end() :]
    if len(rest.split()) > 14:
        return False
    figures = has_digit(rest)  # a time has digits: without any, two patterns have nothing to do
    if figures:
        rest = TIME.sub(" ", rest)
    rest = ZONE.sub(" ", rest)
    rest = DATE_FILLER.sub(" ", rest)
    if figures:
        rest = _DIGITS.sub(" ", rest)
    words = rest.split()
    # "21:17 18.11.2019Get short URL": a line that opens with the date may carry a short tail
    if len(words) <= 2 or (len(words) <= 3 and text[:1].isdigit()):
        return True
    return "," in text and any(map(text.__contains__, _DATE_LINE_BARS)) and _place_then_date(text)


def _place_then_date(text: str) -> bool:
    """Where the story was filed, a town and its region, then a bar or a dot and the date ("Labuan Sera, East Nusa
    Tenggara ● Mon, May 13, 2024", "Puerto Alegre, Chiloé | 3 March 2024"): a date line; not a name and an
    outlet ("Jane Doe, Reuters | ...": a known given name first)."""
    m = _PLACE_FIELD.match(text)
    if m is None or m.group(1).split(None, 1)[0].lower() in L.ANY_GIVEN_NAMES:
        return False
    return is_date_line(text[m.end() :])


_PLACE_FIELD = rx.compile(
    r"^(\p{Lu}[\p{L}'’.\-]*+(?:\s++\p{Lu}[\p{L}'’.\-]*+){0,2},\s++\p{Lu}[\p{L}'’.\-]*+(?:\s++\p{Lu}[\p{L}'’.\-]*+){0,2})"
    r"\s*+[" + BAR_CLASS + r"]\s*+"
)


def _title_with_date(text: str, hits: list[DateHit]) -> bool:
    """ "Opening Bell 11.18.19", "Episode 4 03/12/21": words run into a numeric date with no mark or label
    between them, and no time: a title that carries its date, not a date line."""
    first = hits[0]
    if len(hits) > 1 or _LETTERS.search(text[first.start : first.end]) or TIME.search(text):
        return False
    before = text[: first.start]
    if not before.strip() or any(c in before for c in _BEFORE_DATE_MARKS):
        return False
    return len(DATE_FILLER.sub(" ", before).split()) >= 2


def _relative_on_date_line(text: str) -> regex.Match[str] | None:
    """ "2 hours ago", or "Today" / "Yesterday" with the time beside it ("Today 9:05 AM")."""
    low = text.lower()
    if "ago" in low:
        return RELATIVE.search(text)
    if ("today" in low or "yesterday" in low) and TIME.search(text):
        return RELATIVE.search(text)
    return None


def foreign_date_line(text: str) -> str | None:
    """The ISO date of a short date line in another language ("Publié le 12 mars 2021 à 09h10", "4 dec. 2026,
    14:32", "17. Okt. 2023", "17 mar 2023 - 09:10"), read by dateparser from the day or month on; None when the line
    names no foreign month and year, or when more than a short label stands before the date."""
    if len(text) > 70:
        return None
    if _YEAR_LIKE.search(text) is None:
        glued = _YEAR_GLUED_TO_CLOCK.search(text) if has_digit(text) else None
        if glued is None:
            return None
        text = f"{text[: glued.end()]} {text[glued.end() :]}"  # (rule dates/year-glued-to-clock)
    words = _LETTERS.findall(text)
    # set lookups, cheaper than a pattern; an abbreviation counts in lower case ("4 dec. 2026", not "Dec"), or
    # capitalised where English spells no month so ("Okt."), or between a day and a year where it is an English word
    if (
        FOREIGN_MONTHS.isdisjoint(w.lower() for w in words)
        and _FOREIGN_ABBREVIATION_FORMS.isdisjoint(words)
        and (_FOREIGN_WORD_ABBREVIATIONS.isdisjoint(words) or _DAY_WORD_MONTH_YEAR.search(text) is None)
    ):
        return None
    start = _DAY_OR_MONTH.search(text)
    if start is None or len(text[: start.start()].split()) > 4 or _words(text) > 10:
        return None
    printed = text[start.start() :]
    # A clock after the year is read by our patterns: dateparser is given the date alone, as it reads
    # neither "14 h 30" nor "às 14h30".
    year = _YEAR_LIKE.search(printed)
    clock = TIME.search(printed, year.end()) if year is not None else None
    if clock is None:
        return dateparser_read(printed)
    day = dateparser_read(_JOINING_WORDS_END.sub("", printed[: clock.start()]))
    hour, minute = _read_time(clock)
    if day is None or hour is None or hour > 23:
        return day
    return f"{day}T{hour:02d}:{minute:02d}"


def _words(text: str) -> int:
    """The words of a line, not the marks between its fields: "Armenia | 12 de mayo de 2024 - 7:40 p. m." has ten."""
    return sum(1 for w in text.split() if w.strip(_MARKS))


_MARKS = "".join(_DATE_LINE_BARS) + "-–—/,.:"  # what stands between a date line's fields: its bars, dashes, marks


class LineDates(Record):
    """What a header line says about publication dates."""

    published: DateValue | None
    updated: DateValue | None


_PRINT_LABELS = tuple(L.PRINT_EDITION_LABELS)


def print_edition(text: str) -> bool:
    """A date line labelled as the print edition's ("Print edition : Mar 27, 2025", "In print: April 4, 2025").

    >>> print_edition("Print edition : Mar 27, 2025"), print_edition("Published: April 2, 2025")
    (True, False)
    """
    return rx.fold(text[:24].lstrip()).startswith(_PRINT_LABELS)


def read_date_line(text: str, *, year_hint: int | None, now: dt.datetime | None) -> LineDates:
    """Read "Published ... | Updated ..." lines into published/updated values.

    >>> read_date_line("Updated: Nov. 19, 2019 10:33 a.m. ET", year_hint=None, now=None).updated.iso
    '2019-11-19T10:33-05:00'
    """
    segments = _label_segments(text)
    published: DateValue | None = None
    updated: DateValue | None = None
    last_date: DateHit | None = None
    for label, seg in segments:
        value = _segment_value(seg, text, year_hint=year_hint, now=now, fallback=last_date)
        if value is None:
            continue
        dv, hit = value
        if hit is not None:
            last_date = hit
        if label == "updated":
            updated = updated or dv
        else:
            published = published or dv
    return LineDates(published, updated)


def _label_segments(text: str) -> list[tuple[str, str]]:
    """Split a line at its Updated/Published labels: [(label, segment), ...]."""
    cuts: list[tuple[int, str]] = []
    for m in UPDATED_LABEL.finditer(text):
        cuts.append((m.start(), "updated"))
    for m in PUBLISHED_LABEL.finditer(text):
        cuts.append((m.start(), "published"))
    cuts.sort()
    if not cuts or cuts[0][0] > 0:
        cuts.insert(0, (0, "published"))
    out = []
    for i, (pos, label) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        out.append((label, text[pos:end]))
    return out


def _segment_value(
    seg: str, line: str, *, year_hint: int | None, now: dt.datetime | None, fallback: DateHit | None
) -> tuple[DateValue, DateHit | None] | None:
    hits = [h for h in find_dates(seg) if h.year is not None or (h.month and h.day)]
    if hits:
        hit = attach_time(seg, hits[0])
        text = seg[hit.start : hit.end].strip()
        if hit.year is not None:
            return DateValue(hit.iso(), _span_text(seg, hit), line), hit
        if year_hint is not None:
            return DateValue(hit.iso(year_hint), text, line, "year-from-article"), hit
        if now is not None and (year := year_before(hit, now)) is not None:
            return DateValue(hit.iso(year), text, line, "year-from-now"), hit
        return DateValue(None, text, line, "no-year"), hit
    rel = relative_date(seg, now)
    if rel is not None:
        rel_text, iso = rel
        return DateValue(iso, rel_text, line, "relative-to-now" if iso else "relative"), None
    foreign = foreign_date_line(seg.strip(" |;,"))
    if foreign is not None:
        return DateValue(foreign, seg.strip(" |;,"), line, "dateparser"), None
    # A time alone ("Updated 9:40 AM EST") takes its day from the date before it on the line.
    if fallback is not None:
        m = TIME.search(seg)
        if m is not None:
            hour, minute = _read_time(m)
            if hour is not None:
                timed = DateHit(fallback.start, fallback.end, fallback.year, fallback.month, fallback.day, hour, minute)
                timed = _attach_zone(seg, timed, m.end())
                return DateValue(timed.iso(year_hint), seg.strip(" |;,"), line), None
    return None


def year_before(hit: DateHit, now: dt.datetime) -> int | None:
    """The year of a date printed without one ("Mar 12", as newsletters and feeds print this year's dates): the
    latest year that puts it on or before `now` (a day in the future of the page is last year's).

    >>> now = dt.datetime(2024, 5, 14)
    >>> year_before(DateHit(0, 6, None, 3, 12), now), year_before(DateHit(0, 6, None, 12, 30), now)
    (2024, 2023)
    """
    for year in (now.year, now.year - 1):
        day = hit.date(year)
        if day is not None and day <= now.date():
            return year
    return None


def _span_text(seg: str, hit: DateHit) -> str:
    return seg.strip(_SEGMENT_ENDS)


_SEGMENT_ENDS = " " + LIGHT_BARS + ";,/"  # (a middle dot too, which the copy here had not)


# ----------------------------------------------------------------- fallback
_PARSER: Any = None


def dateparser_read(text: str) -> str | None:
    """Ask dateparser about a date our patterns cannot read (the languages of `lexicon.DATEPARSER_LANGUAGES`);
    ISO date or None.

    Off the common path: only a short line naming a foreign month and a year comes here. The import and
    the first date cost about 0.3 s once, each further language's first date 10 to 90 ms once, and a call
    about 1 ms after that (answers are kept for the article, see `_HITS`).
    """
    if text in _READ:
        return _READ[text]
    if len(_READ) >= _REMEMBERED:
        _READ.clear()
    found = _READ[text] = _dateparser_read(text)
    return found


def _dateparser_read(text: str) -> str | None:
    global _PARSER
    if _PARSER is None:
        from dateparser.date import DateDataParser

        _PARSER = DateDataParser(
            languages=list(L.DATEPARSER_LANGUAGES),
            settings={
                "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    try:
        data = _PARSER.get_date_data(text[:80])
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    when = getattr(data, "date_obj", None)
    return when.date().isoformat() if when is not None else None


def article_year(texts: list[str]) -> int | None:
    """The year an article gives: the commonest year among its full dates (latest on a tie)."""
    counts: dict[int, int] = {}
    for t in texts:
        if ("19" not in t and "20" not in t) or _YEAR_LIKE.search(t) is None:  # the cheap test first
            continue
        for h in find_dates(t):
            if h.year is not None:
                counts[h.year] = counts.get(h.year, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def mentioned(paragraphs: list[str], *, reference: dt.date | None, year: int | None) -> list[Mention]:
    """Every explicit date in the body, each read against the article's date.

    A date without a year takes the year that puts it nearest the article's date ("Dec. 28"
    in a story of Jan. 3, 2025 is 2024-12-28); without an article date, the article's year;
    without either, it keeps its text and a null ISO value.
    """
    out: list[Mention] = []
    for index, text in enumerate(paragraphs):
        for hit in find_dates(text):  # a paragraph with a year was read already, by `article_year`
            printed = _PRINTED_END.sub("", text[hit.start : hit.end].strip(" ,"))
            if hit.year is not None:
                out.append(Mention(printed, hit.iso(), index, "printed"))
            elif reference is not None:
                weekday = _WEEKDAY_INDEX.get(printed[:3].lower())
                out.append(Mention(printed, _nearest(hit, reference, weekday), index, "nearest-to-article-date"))
            elif year is not None:
                out.append(Mention(printed, hit.iso(year), index, "year-from-article"))
            else:
                out.append(Mention(printed, None, index, "unresolved"))
    return out


# "24 November." ends a sentence: the full stop is not part of the date ("Nov." keeps its own).
_PRINTED_END = rx.compile(r"(?<=\p{L}{4})\.$")
_WEEKDAY_INDEX = {name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def _nearest(hit: DateHit, reference: dt.date, weekday: int | None = None) -> str | None:
    """The ISO date of a month and day in the year (before, of or after `reference`) nearest to it;
    when a weekday is printed ("Saturday, May 18"), a year in which the day falls on it wins."""
    best: tuple[bool, int, dt.date] | None = None
    for y in (reference.year - 1, reference.year, reference.year + 1):
        d = hit.date(y)
        if d is None:
            continue
        key = (weekday is not None and d.weekday() != weekday, abs((d - reference).days), d)
        if best is None or key < best:
            best = key
    return best[2].isoformat() if best is not None else None
