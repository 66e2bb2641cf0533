"""Lines a page prints in a title's shape that name a thing, not a story: an issue's label and number, a
venue's address and opening hours (a review's or an event's fact box), the body issuing a government release.
A match's score line is one too. The headline's vetoes rule the first out; the standfirst's reader skips an
issuer's name and a score line (a match page may be titled by its score)."""

from __future__ import annotations

import functools

import regex

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..captions import ISSUE_WORDS
from ..people import NAME_SMALL_WORDS

_STREET_ABBREVIATIONS = frozenset(L.STREET_ABBREVIATIONS)
_TEAM_EDGE_WORDS = frozenset(L.SCORE_TEAM_EDGE_WORDS)


def issue_number(t: str) -> bool:
    """An issue's label and number alone ("Issue No. 112", "Vol. 4, No. 12", "Edition #48"): every word is a
    label's or a figure."""
    if not dates.has_digit(t):
        return False
    words = [w.strip(".,:#·|") for w in t.split()]
    return words[0].lower() in ISSUE_WORDS and all(w.lower() in ISSUE_WORDS or w.isdigit() or not w for w in words)


@functools.cache  # built on first use: most pages print no address
def _venue_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    address = rx.compile(
        r"^\d{1,5}[A-Za-z]?\s++(?:(?-i:\p{Lu})[\p{L}'’.\-]*+\s++){0,4}(?P<street>\L<streets>)\.?"
        r"(?P<place>\s*+[,;]\s*+(?:[^\s,;]++[\s,;]*+){1,6})?$",
        P.FLAGS,
        streets=P.phrase_list(L.STREET_WORDS),
    )
    hours = rx.compile(
        r"^(?:\L<leads>)\s*+:?\s*+(?:\d|(?:\L<days>)\b)",
        P.FLAGS,
        leads=P.phrase_list(L.HOURS_LEADS),
        days=P.phrase_list(dates.WEEKDAYS),
    )
    return address, hours


def venue_fact(t: str) -> bool:
    """A line of a review's or an event's fact box: the place's address, with a place after the street or the
    street's short form ("14 Quay Street, Port Adair", "220 Harbour Ave.", not "40 Years On The Road"), or its
    opening hours, from one day or hour to another ("Open Wed–Sun, 5–10 p.m.", not "Open 24 hours: ...")."""
    if not dates.has_digit(t):
        return False  # every address and every hours line has a figure
    address, hours = _venue_patterns()
    m = address.match(t)
    if m is not None and (m.group("place") or m.group("street").lower() in _STREET_ABBREVIATIONS):
        return True  # a place after the street, or the street's short form: "40 Years On The Road" is a title
    ranged = "–" in t or "-" in t or " to " in t
    return ranged and hours.match(t) is not None


_ISSUER_HEADS = frozenset(L.ISSUER_HEADS)
_ISSUER_ENDS = frozenset(L.ISSUER_ENDS)
_NAME_JOINERS = NAME_SMALL_WORDS


def issuer_name(text: str) -> bool:
    """An organisation's name alone, in title case, opening or ending with its kind ("Ministry of Forests and
    Lands", "Department for Coastal Affairs", "Northmere Wildfire Service"): a government release prints the
    body issuing it under its title, where a standfirst would be; it summarises nothing.

    >>> issuer_name("Ministry of Forests and Lands")
    True
    >>> issuer_name("Ministry to hire crews early as fire risk rises")
    False
    """
    words = text.split()
    if text[-1:] in ".!?:" or text.isupper() or not all(w[:1].isupper() or w in _NAME_JOINERS for w in words):
        return False
    return issuer_head(words) or words[-1].lower() in _ISSUER_ENDS


def issuer_head(words: list[str]) -> bool:
    """The name opens with the body's kind and "of" or "for" ("Ministry of ...", "Department for ..."): no title
    in title case reads so, where one may end with a body's kind ("Harbour Ferries Names New Board")."""
    return len(words) >= 3 and words[0].lower() in _ISSUER_HEADS and words[1] in ("of", "for")


# "Kestrel Park 2-1 Dunmore Wanderers", "Rovers 0 – 3 City (a.e.t.)", "Harbour Town 1, Port Vale 2": a team, its
# score, the other team, in a score box
_TEAM = r"(?-i:\p{Lu})[\p{L}'’.\-]*+(?:\s++(?:&\s++)?(?-i:\p{Lu})[\p{L}'’.\-]*+){0,4}"
_AFTER_SCORE = r"(?:\s++\([^()]{1,20}\))?"  # "(a.e.t.)", "(4-3 pens)", "(FT)"
_SCORE_LINE = rx.compile(
    rf"^{_TEAM}\s++\d{{1,3}}\s*+[-–—:]\s*+\d{{1,3}}\s++{_TEAM}{_AFTER_SCORE}$"
    rf"|^{_TEAM}\s++\d{{1,3}}\s*+,\s++{_TEAM}\s++\d{{1,3}}{_AFTER_SCORE}$",
    P.FLAGS,
)


# "Lund 12', 80'", "O'Neill 45+2' (pen)", "Van Dijk 58' og": a scorer and the minutes of the goals
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?['’′](?:\s*+\(?(?:pen|p|og|o\.g\.)\)?)?"
_SCORER_LINE = rx.compile(rf"^{_TEAM}\s++{_MINUTE}(?:\s*+,\s*+{_MINUTE}){{0,4}}$", P.FLAGS)


def score_line(t: str) -> bool:
    """A match's result alone on its line, each team by its name in capitals and its score between or after
    them ("Kestrel Park 2-1 Dunmore Wanderers", "Harbour Town 1, Port Vale 2"): a score box's line, no standfirst (a
    match centre may print it as its title; a report's headline says who did what: "Quarshie double sends Kestrel top").

    >>> score_line("Kestrel Park 2-1 Dunmore Wanderers")
    True
    >>> score_line("Kestrel beat Dunmore 2-1 to go top")
    False
    >>> score_line("Council Votes 5-2 To Close Westfield Library")
    False
    """
    return len(t) <= 90 and dates.has_digit(t) and _SCORE_LINE.match(t) is not None and _teams_named(t)


def _teams_named(t: str) -> bool:
    """Each side beside the score is a name: no small word opens or closes one (`lexicon.SCORE_TEAM_EDGE_WORDS`),
    as it does a title in title case printing a vote's tally or a time ("Council Votes 5-2 To Close Westfield
    Library", "Council Meets At 7:30 Tonight")."""
    words = t.split()
    edges = [words[0], words[-1]]
    for k, w in enumerate(words):
        if w[:1].isdigit():  # the score's figures, and the words beside them
            edges += [words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""]
    return not any(w.strip(",.()").lower() in _TEAM_EDGE_WORDS for w in edges)


def score_box_line(t: str) -> bool:
    """A line of a match's score box: the score (`score_line`) or a scorer with the minutes of the goals ("Lund
    12', 80'", "Adjei 58' pen")."""
    if score_line(t):
        return True
    return len(t) <= 90 and t[-1:] in "'’′)npgP." and dates.has_digit(t) and _SCORER_LINE.match(t) is not None


def match_box_row(t: str) -> bool:
    """A row of a match's score box: a label of `lexicon.MATCH_BOX_LABELS`, its colon, the row's figures ("Goals: Dacres
    34'", "Att: 3,412 · Oval Park")."""
    colon = t.find(":", 0, 24)
    return colon > 0 and t[:colon].strip().casefold() in _MATCH_BOX_LABELS and dates.has_digit(t)


_MATCH_BOX_LABELS = frozenset(L.MATCH_BOX_LABELS)
