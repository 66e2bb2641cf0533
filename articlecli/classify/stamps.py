"""A live blog's time stamps and the updates they open: a stamp alone on its line ("9:05 a.m.", "14.32",
"Posted 9:15 CET"), an update opened by its time ("2:10 PM: The corporation says ..."), and a blog's stamps over
its posts' titles. The span and the run rules read them (`shapes.shaped_runs` keeps the posts with the story)."""

from __future__ import annotations

import regex

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..normalize import Line
from .features import Features

LIST_MARKERS = P.LIST_MARKERS  # a list item's marker (`patterns.LIST_ITEM`), if not a number or letter and ". " or ") "
_MARKERS = LIST_MARKERS

# a date's label ("Updated", "Posted", "Mis à jour") and a time zone (lexicon.TIME_ZONES, US_TIME_ZONES)
_STAMP_LABELS = tuple(w for labels in L.DATE_LABELS.values() for w in labels)
_STAMP_FIRST = frozenset(c for w in _STAMP_LABELS for c in (w[0], w[0].upper()))
_STAMP_ZONES = P.phrase_list((*L.TIME_ZONES, *L.US_TIME_ZONES))
# a clock's time: its hour, the mark before its minutes, its minutes, and "am"/"p.m." after it or not
_HOUR, _MINUTE_MARK, _MINUTES, _AM_PM = r"\d{1,2}", "[:.]", r"\d{2}", r"(?:\s*+[ap]\.?m\.?)?"
# (or the hour's word after the minutes, "16:48 Uhr", or between the hour and the minutes, "14h05")
_TIME_STAMP = rx.compile(
    rf"^(?:(?:\L<labels>)(?:\s++(?:\L<joins>))?:?\s++)?(?P<h>{_HOUR})(?:(?:{_MINUTE_MARK}|h)(?P<m>{_MINUTES}))?{_AM_PM}"
    rf"(?:\s*+(?:\L<hours>)(?!\p{{L}}))?(?:\s++(?:\L<zones>))?$",
    regex.IGNORECASE,
    labels=P.phrase_list(_STAMP_LABELS),
    joins=P.phrase_list(L.STAMP_LABEL_JOINS),
    zones=_STAMP_ZONES,
    hours=P.phrase_list(L.HOUR_WORDS),
)
_STAMP_LENGTH = 32  # the longest stamp alone on its line ("Last updated at 10:12 a.m. EST")


def time_stamp(text: str) -> bool:
    """ "9:05 a.m.", "14.32", "Updated 10:40 GMT", "Posted 9:15 CET", "Updated at 1:23 p.m.", "Publié 9h40": a time
    alone on its line, a date's label before it or not (a live blog's stamp, a page's stamp under its byline; a bare
    "14.32" with an hour and minutes that can be a time)."""
    m = _TIME_STAMP.match(text) if len(text) <= 32 and dates.has_digit(text) else None  # (an hour has digits)
    if m is None:
        return False
    if ":" in text or "m" in text[m.start("h") :].lower():  # (the label's letters aside: "Modified 12")
        return True
    return m.group("m") is not None and int(m.group("h")) <= 23 and int(m.group("m")) <= 59


def stamp_minutes(text: str) -> int | None:
    """The minutes since midnight a time stamp alone on its line reads ("9:30pm" 1290, "14.32" 872, "10am" 600)."""
    m = _TIME_STAMP.match(text) if len(text) <= _STAMP_LENGTH and dates.has_digit(text) else None
    if m is None:
        return None
    hour, tail = int(m.group("h")), text[m.end("h") :].lower()
    if hour < 12 and ("pm" in tail or "p.m" in tail):
        hour += 12
    elif hour == 12 and ("am" in tail or "a.m" in tail):
        hour = 0
    return hour * 60 + int(m.group("m") or 0)


# "• 2:10 PM: The corporation says ...", "14.05 – Police close the road ...", "9:15 a.m. IST - ...": an update
# opened by its time, a marker before it or not, a zone of lexicon.TIME_ZONES or not, a colon or a dash after it
_STAMPED_UPDATE = rx.compile(
    rf"^(?:[{rx.escape(_MARKERS)}]\s*+)?{_HOUR}{_MINUTE_MARK}{_MINUTES}{_AM_PM}(?:\s++(?:\L<zones>))?\s*+[:–—\-]\s++\S",
    regex.IGNORECASE,
    zones=_STAMP_ZONES,
)


def stamped_update(text: str) -> bool:
    """A line of running text opened by the time of the update it reports (see `_STAMPED_UPDATE`)."""
    return (text[:1].isdigit() or text[:1] in _MARKERS) and _STAMPED_UPDATE.match(text) is not None


def over_updates(lines: list[Line], feats: list[Features], i: int) -> bool:
    """The two lines under line `i` are updates of the story, each a sentence opened by its time."""
    if i + 2 >= len(lines):
        return False
    for k in (i + 1, i + 2):
        t = lines[k].text
        if not feats[k].prose or not stamped_update(t) or not P.ends_sentence(t):
            return False
    return True


def live_posts(lines: list[Line], feats: list[Features]) -> set[int]:
    """A live blog's time stamps, two or more, each with the post's title under it: the story's own
    furniture, which does not end it."""
    stamps = [
        i
        for i, line in enumerate(lines)
        if len(line.text) <= 24 and (line.text[:1].isdigit() or line.text[:1] in _STAMP_FIRST) and time_stamp(line.text)
    ]
    if len(stamps) < 2:
        return set()
    out = set(stamps)
    out.update(i + 1 for i in stamps if i + 1 < len(lines) and feats[i + 1].title and not feats[i + 1].prose)
    return out
