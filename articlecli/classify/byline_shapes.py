"""Pass 1's byline features: a line that reads as a byline on its own ("By ...", a name beside a date), or as a name
alone, maybe with a role or an outlet after it (`Features.byline`, `Features.name_like`)."""

from __future__ import annotations

import regex

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..bylines import (
    DESK_LAST_WORDS,
    GIVEN,
    PLACE_AFTER_IN,
    Byline,
    has_byline_lead,
    name_then_outlet,
    parse_byline,
    place_or_body,
    role_first,
    signs_as_desk,
    split_name,
    unglue,
)
from ..people import ORG_WORDS, PARTICLES

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
    if [w for w in head_words if w[:1].islower() and w not in PARTICLES]:
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
        return _desk_alone(text)
    extra = (rest + " " + tail).strip(" ,")
    if extra and not (_role_phrase(extra) or P.agency_only(extra.strip(" ,.")) or outlet_tail(extra)):
        return 0
    return 2 if given_name(name.split()[0]) else 1


# between names joined in a byline: "and" or "&", with or without a comma before it, or a comma alone
_NAME_JOINS = rx.compile(r"\s*+,\s*+(?:(?:and|&)\s++)?|\s++(?:and|&)\s++")


def _names_joined(text: str) -> int | None:
    """`_name_like` of names joined by "and" or "&", the last maybe with its outlet ("Mia Lund and Omar Pike", "Ana
    Ruiz, Pablo Ortiz and Lucía Gil", "Mia Lund & Omar Pike Coastal Herald"): the weakest name's strength, 0 when a
    piece names a place or a body ("Fort Dauphin and Palm Beach"); None when the line joins no names, so that the
    other readers have their turn ("Jane Doe, Health and Science Reporter": a name and its role). (Another
    language's "and" is left to `unread`: looked for on every line it cost more than it read.)"""
    if " and " not in text and " & " not in text:
        return None
    pieces = _NAME_JOINS.split(text.strip(" ,|"))
    if not 2 <= len(pieces) <= 4:
        return None
    weakest = 2
    for piece in pieces:
        if " " not in piece:
            return None
        name, _ = split_name(piece)
        if name is None:
            return None
        if place_or_body(name, ORG_WORDS):
            return 0
        weakest = min(weakest, _name_like(piece))
        if not weakest:
            return None
    return weakest


def _desk_alone(text: str) -> int:
    """`_name_like` of a line that is no name: 1 for a desk signing alone ("Staff Reporter", "Our Correspondent"), as
    a name's shape (under a name the desk's role is that person's), else 0."""
    last = text[text.rfind(" ") + 1 :].lower()
    return 1 if last in DESK_LAST_WORDS and signs_as_desk(text) else 0


def _name_with_tail(text: str) -> int | None:
    """`_name_like` of a name with something after it that is no part of it: a widget after a dot or bar ("Kari
    Lunde · 5 min read", "Kari Lunde | Follow"), or, after a known given name, where it was written ("Sarah Jones
    in Oslo"), or another name joined to it (`_names_joined`); None when there is no such tail."""
    if "·" in text or "|" in text or "•" in text:
        head = _WIDGET_TAIL.sub("", text)
        if head != text:
            return _name_like(head) if head else 0
    if " in " in text:
        head, _, place = text.partition(" in ")
        if 1 <= head.count(" ") <= 2 and place.count(" ") <= 3 and given_name(head.split(" ", 1)[0]):
            return 2 if _name_like(head) == 2 and _PLACE_AFTER_IN.fullmatch(place) is not None else 0
        return 0
    return _names_joined(text)


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
