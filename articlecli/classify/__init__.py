"""Deciding what each line is: headline, deck, byline, date, caption, heading, paragraph, note, debris.

Two passes. The first computes features for every line on its own (`features`). The second
decides with the whole sequence in view: it finds the span of the story body (the densest run
of prose, not crossing a comment section), reads the header above it (headline, deck, byline,
dates, lead image), then walks the body (paragraphs, headings, captions, debris) and the lines
after it (end notes, page chrome).
"""

from __future__ import annotations

from ..normalize import Line
from .body import read_body
from .features import Features, debris_reason, features, is_prose, key_of
from .header import read_header
from .page import PAGE_CHROME, Decision, Role, Structure
from .pictures import caption_labels
from .span import find_body, header_end, numbered_items
from .tail import is_promo, note_kind, read_tail

__all__ = [
    "Decision",
    "Features",
    "Role",
    "Structure",
    "classify",
    "debris_reason",
    "features",
    "is_promo",
    "is_prose",
    "key_of",
    "note_kind",
]


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
    start = header_end(lines, feats, start, end)
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
