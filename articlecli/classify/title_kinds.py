"""What a header line's own text says it is when it is no title: a date or time line in any form, names without
"By", a widget, a caption, a label, a counter, a contact line (`not_a_title`, read once per text on a page with
`title_kind`), and a site's menu row. The headline's vetoes (`vetoes`) and the header's evidence read them."""

from __future__ import annotations

import regex

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..bylines import ends_with_outlet, joined_abroad, place_or_body, split_name
from .byline_shapes import outlet_tail
from .features import GIVEN
from .page import Page
from .words import WRITER_LINE_ENDS

# the bars between a date line's fields, a dot or a square too
_FIELD_BAR = rx.compile(r"\s*+[" + dates.BAR_CLASS + r"]\s*+")

_LETTERS = rx.compile(r"\p{L}++")

_YEAR = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

_DATE_WORDS = frozenset(w[:3] for w in (*dates.MONTHS, *dates.WEEKDAYS, "today", "yesterday"))

_NAME_AND_ROLE = rx.compile(r"\s++[" + dates.LIGHT_BAR_CLASS + r"/]\s++")  # a date line's light bars
_NAME_AND_ROLE_BARS = (*dates.LIGHT_BARS, "/")  # (one of them in the line, plain tests in C, before the pattern)

_NAME_JOINS = rx.compile(r"\s*+(?:,|&|\band\b)\s*+")


def title_kind(page: Page, i: int) -> str | None:
    """`not_a_title` of line `i`, read once per text on this page."""
    t = page.lines[i].text
    kinds = page.title_kinds
    if t in kinds:
        return kinds[t]
    kind = kinds[t] = not_a_title(t)
    return kind


def not_a_title(t: str) -> str | None:
    """What a header line is when its own text says it is no title: "date-or-time", "names" (a byline
    without "By"), or a kind of `patterns.NOT_A_TITLE` ("widget", "caption", "label", ...)."""
    if _date_or_time(t):
        return "date-or-time"
    if t[:1] in "Aa" and len(t) <= 16 and _font_steps(t):
        return "widget"
    if "°" in t and weather_widget(t):
        return "widget"
    if len(t) <= 80 and (contributor_tag(t) or sponsor_tail(t)):
        return "label"
    kind = not_a_title_kind(t)
    if kind is not None:
        return kind.replace("_", "-")
    if _names(t):
        return "names"
    return None


_TEMPERATURE = rx.compile(r"[−\-+]?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]?\b,?")
_WEATHER_WORDS = frozenset(L.WEATHER_WORDS)


def weather_widget(t: str) -> bool:
    """A weather widget's line: a temperature, a word of the sky, and at most a place's capitalised words besides
    ("Port Adair -6°C Light snow", "Wien 4 °C bewölkt", "72°F Partly Cloudy"; "Seville swelters at 45°C" is a
    title: its words are a sentence's)."""
    if len(t) > 60 or _TEMPERATURE.search(t) is None:
        return False
    rest = _TEMPERATURE.sub(" ", t).replace(",", " ").split()
    sky = [w for w in rest if w.casefold() in _WEATHER_WORDS]
    return bool(sky) and len(rest) <= 5 and all(w in sky or w[:1].isupper() for w in rest)


_CONTRIBUTOR_TAG = rx.compile(
    r"^(?:\L<tags>)\s++(?:the\s++)?(?-i:\p{Lu})", regex.IGNORECASE, tags=P.phrase_list(L.CONTRIBUTOR_TAGS)
)
_CONTRIBUTOR_FIRST = frozenset(w.split()[0] for w in L.CONTRIBUTOR_TAGS)
_SPONSOR_TAIL = rx.compile(
    r"(?<=\p{L}\s++)(?:\L<joins>)\s++(?-i:\p{Lu})[\p{L}\d&.'’\-]*+(?:\s++(?-i:[\p{Lu}\d&])[\p{L}\d&.'’\-]*+){0,4}$",
    regex.IGNORECASE,
    joins=P.phrase_list(L.SPONSOR_JOINS),
)
_SPONSOR_WORDS = frozenset(w.split()[0] for w in L.SPONSOR_JOINS)
_SPONSOR_ENDS = tuple({f" {w.split()[-1]} " for w in L.SPONSOR_JOINS})  # " by ", " von ", " por ", ...
_LABEL_JOINS = frozenset(("&", "+", "and", "und", "y", "et", "e"))


def contributor_tag(t: str) -> bool:
    """A contributor's tag under a byline: "Special to the Harbour Ledger", "Especial para El Faro"."""
    return t.split(" ", 1)[0].casefold() in _CONTRIBUTOR_FIRST and _CONTRIBUTOR_TAG.match(t) is not None


def sponsor_tail(t: str) -> bool:
    """A short label closing on its sponsor's name: "Traffic & Weather presented by Harbour Ford" (a label's four
    capitalised words at most before the sponsor's words; "Police say the prize was sponsored by Harbour Bank" is a
    sentence)."""
    if not any(map(t.__contains__, _SPONSOR_ENDS)):  # (every join ends in one of them: most lines hold none)
        return False
    words = t.casefold().split()
    if not _SPONSOR_WORDS.intersection(words[1:5]):
        return False
    m = _SPONSOR_TAIL.search(t)
    label = t[: m.start()].split() if m is not None else ()
    return 1 <= len(label) <= 4 and all(w[:1].isupper() or w in _LABEL_JOINS for w in label)


# `patterns.NOT_A_TITLE` searched a part at a time, each part only when the line holds what it cannot match
# without (one scan of the whole alternation tries every part at every place of every line). As in the whole
# pattern, the part that matches leftmost wins, the first in the pattern's order at a tie
# (tests/test_fast_paths.py checks that the two agree).
_COUNTED = L.COUNTED_THINGS  # (str.endswith takes a tuple)


_PARTS: list[tuple[str, regex.Pattern[str]]] = []  # (kind, its part), in the pattern's order: built on first use


_LABEL_OPENINGS = (*L.LABEL_LEADS, *L.GALLERY_LEADS)


_OPENING_SIZE = max(map(len, (*L.WIDGET_LEADS, *_LABEL_OPENINGS)))
_PHONE_LABEL_SIZE = max(map(len, L.PHONE_LABELS))
# the widget leads and the label openings by their first character (`str.startswith` tries each lead of its tuple in
# turn: a line is compared only with those opening as it does), filled with `_PARTS`
_OPENINGS_BY_FIRST: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_NO_OPENINGS: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


_FORM_BREAKS = rx.compile_std(r"\|(?=\^?\(\?P<)")  # where a named part of the alternation begins


def _parts() -> list[tuple[str, regex.Pattern[str]]]:
    """The parts of `patterns.NOT_A_TITLE`, one a kind, as they are written there (read on first use, so that
    importing the parser compiles no pattern)."""
    if not _PARTS:
        whole = P.NOT_A_TITLE.pattern.removeprefix(rx.SIMPLE_CASE)
        forms = _FORM_BREAKS.split(whole)
        lists = {k: P.phrase_list(tuple(v)) for k, v in P.NOT_A_TITLE.named_lists.items()}
        for form in forms:
            kind = form[form.index("(?P<") + 4 : form.index(">", form.index("(?P<"))]
            used = {k: v for k, v in lists.items() if f"\\L<{k}>" in form}
            _PARTS.append((kind, rx.compile(form, P.FLAGS, **used)))
        by_first: dict[str, tuple[list[str], list[str]]] = {}
        for n, leads in enumerate((L.WIDGET_LEADS, _LABEL_OPENINGS)):
            for lead in leads:
                by_first.setdefault(lead[:1], ([], []))[n].append(lead)
        _OPENINGS_BY_FIRST.update((first, (tuple(w), tuple(b))) for first, (w, b) in by_first.items())
    return _PARTS


_FONT_STEPS = frozenset(("A", "a", "A+", "A-", "A++", "A--", "A−", "Aa", "aA", "+A", "-A", "|"))


def _font_steps(t: str) -> bool:
    """A font-size widget's buttons printed as text: "A- A A+", "A A A", "Aa"."""
    return all(w in _FONT_STEPS for w in t.split())


def not_a_title_kind(t: str) -> str | None:
    """The kind `patterns.NOT_A_TITLE.search(t)` finds (its `lastgroup`: "site_self"), or None."""
    (_, widget), (_, label), *later = _parts()  # the first two anchored at the start of the line
    head = rx.fold(t[:_OPENING_SIZE])  # (each opens with one of its words)
    widget_leads, label_leads = _OPENINGS_BY_FIRST.get(head[:1], _NO_OPENINGS)  # (those opening as the line does)
    if head.startswith(widget_leads) and widget.search(t) is not None:
        return "widget"  # (at the start: no part matches further left)
    if head.startswith(label_leads) and label.search(t) is not None:
        return "label"
    # for each later part, in order: whether the line holds what the part needs to match
    may_match = (
        "|" in t or "(" in t,  # gallery_count: "| 14 Photos", "(9 images)"
        ", " in t or any(map(rx.fold(t).__contains__, L.CAPTION_MARKERS)),  # caption: a cue, or a position's comma
        "/" in t or "|" in t,  # credit_tail
        "our" in t.casefold(),  # site_self: "our app", "your inbox"
        "_" in t,  # icon
        "@" in t or t[:_PHONE_LABEL_SIZE].casefold().startswith(L.PHONE_LABELS),  # contact
        t.rstrip("\n")[-9:].casefold().endswith(_COUNTED),  # counter: "comments", "views", ...
    )
    kind, at = None, len(t) + 1
    for wanted, (name, part) in zip(may_match, later, strict=True):
        if wanted and at:  # (a part later in the order wins only further left)
            m = part.search(t)
            if m is not None and m.start() < at:
                kind, at = name, m.start()
    return kind


def _date_or_time(t: str) -> bool:
    """A date or time line in any form: "12 March 2021", "Today 9:05 AM", "PUBLISHED FRI, MAR 12 20219:10 AM
    EST" (year glued to the time), "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Harbour Wire"."""
    if not dates.has_digit(t):
        return False  # every date and time has a figure: most header lines are done here
    if dates.find_dates(t[:12]) or dates.TIME.match(t):
        return True
    if len(t) > 160:
        return False
    # a date field beside short ones: "New Delhi, Harbour Bureau | Updated : 19 November 2019, 09:01 AM"
    dated = [(seg, dates.is_date_line(seg)) for seg in _FIELD_BAR.split(t) if seg.strip()]
    if any(ok for _, ok in dated) and all(ok or len(seg.split()) <= 5 for seg, ok in dated):
        return True
    rest = dates.ZONE.sub(" ", dates.DATE_FILLER.sub(" ", t))
    words = _LETTERS.findall(rest)
    if words and all(w[:3].lower() in _DATE_WORDS for w in words):
        return True
    # a year and a time on a short line, in any language: "segunda-feira, 22 de janeiro de 2018 às 0:13"
    return len(words) <= 8 and bool(_YEAR.search(t)) and bool(dates.TIME.search(t)) and not P.ends_sentence(t)


def _names(t: str) -> bool:
    """Two or more people's names, with or without an outlet after them: a byline without "By"
    ("Mia Lund and Omar Pike Coastal Herald", "Lena Ortiz, Omar Pike"). With an agency or outlet
    after a comma, a name's shape is enough ("Meg Kinnard and Errin Haines, Associated Press")."""
    if any(map(t.__contains__, _NAME_AND_ROLE_BARS)) and _NAME_AND_ROLE.search(t) and _name_and_role(t):
        return True
    if t[-1:] == ")" and " (" in t and _name_and_outlet_in_brackets(t):
        return True
    # "Jana Brenner und Till Ohlsen": names joined by another language's "and", each of two or three words (their
    # shape enough, as few such names are in the table of given names), not places
    abroad = joined_abroad(t)
    if abroad is not None:
        head = abroad.split(",", 1)[0].split("|", 1)[0]
        return not any(place_or_body(part) for part in _NAME_JOINS.split(head))
    if "," not in t and "&" not in t and "and" not in t:
        return _name_and_outlet(t)  # one part, no names joined: a name and its outlet at most
    if t.count(",") == 1 and len(t) <= 70 and _name_and_comma_tail(t):
        return True
    parts = _NAME_JOINS.split(t)
    outlet = len(parts) >= 3 and bool(P.agency_only(parts[-1]) or outlet_tail(parts[-1]))
    if outlet:
        parts = parts[:-1]
    elif len(parts) >= 2 and ends_with_outlet(parts[-1]):  # "... and Idris Kane Lakeland Gazette"
        name, rest = split_name(parts[-1])
        if name is not None and rest:
            parts[-1], outlet = name, True
    if not 2 <= len(parts) <= 5:
        return False
    for part in parts:
        ws = part.split()
        if not 2 <= len(ws) <= 4 or not all(w[:1].isupper() for w in ws[:2]):
            return False
        if not outlet and ws[0].lower() not in GIVEN:
            return False
        if place_or_body(part):
            return False  # "Fort Dauphin, Palm Beach and Cape Coral": places, the last no outlet
    return True


def _name_and_outlet(t: str) -> bool:
    """One person's name, a given name the lexicon knows first, then an outlet's name in capitals ending with an
    outlet's head word ("Aidan Fortier Coastal Herald"): a byline without "By" or a comma."""
    if not 3 <= t.count(" ") <= 6 or not ends_with_outlet(t):
        return False  # the cheap test first: most lines end with no outlet's head word
    name, rest = split_name(t)
    return (
        name is not None
        and name.split()[0].lower() in GIVEN
        and all(w[:1].isupper() for w in rest.split())
        and not place_or_body(name)
    )


def _name_and_comma_tail(t: str) -> bool:
    """A name, then after a comma a journalist's title or the site's address ("Hamish Dwyer, courts reporter", "Ana
    Ruiz, corresponsal en Lima", "Lena Ortiz, harbourherald.co.za"): a byline without "By" in a credit's grammar,
    whatever the site; a title of someone the story is about ("Ann Lee, director") is no writer's."""
    head, _, tail = t.partition(",")
    tail = tail.strip()
    words = tail.casefold().split()
    if not words or len(words) > 5:
        return False
    if not (
        words[0] in WRITER_LINE_ENDS or words[-1] in WRITER_LINE_ENDS or ("." in tail and P.DOMAIN_ONLY.match(tail))
    ):
        return False
    name, rest = split_name(head.strip())
    return name is not None and not rest and not place_or_body(name)


def _name_and_outlet_in_brackets(t: str) -> bool:
    """A name, then its outlet, agency or role in brackets ("Dewi Anggraini (The Island Courier)", "Ana Ruiz
    (EFE)", "Omar Pike (Staff Writer)"): a byline without "By"."""
    head, _, inside = t[:-1].rpartition(" (")
    name, rest = split_name(head.strip())
    if name is None or rest or place_or_body(name):
        return False
    inside = inside.strip()
    return bool(ends_with_outlet(inside) or P.agency_only(inside) or P.ROLE_WORD.search(inside))


def _name_and_role(t: str) -> bool:
    """A name, then its role or outlet after a bar or dot ("Lena Marsh · Senior Reporter", "Lena Ortiz | Coastal
    Herald")."""
    parts = _NAME_AND_ROLE.split(t)
    if len(parts) != 2:
        return False
    name, rest = split_name(parts[0].strip())
    if name is None or rest:
        return False
    if P.ROLE_WORD.search(parts[1]):
        return True  # "· Senior Reporter"
    outlet = ends_with_outlet(parts[1]) or P.agency_only(parts[1].strip())
    return outlet and name.split()[0].lower() in GIVEN  # "Lena Ortiz | Coastal Herald"


_MENU_BARS = (*P.PATH_BARS, "|")


def menu_row(t: str) -> bool:
    """A row of a site's menu or a breadcrumb trail: three or more section names of one to four words, each
    capitalised, between one kind of bar, no figures ("Home | News | Local Sport | Weather", "Home / Kitchen /
    Best buys", "News › World › Europe"; a writer's bar holds a date: "Jane Doe | Travel | 10.05.2024").

    >>> menu_row("Home | News | Local Sport | Weather"), menu_row("Storm closes road | Harbour Herald")
    (True, False)
    """
    if "|" not in t and "/" not in t and ">" not in t and "›" not in t and "»" not in t:
        return False  # most lines hold no bar's mark: no search for a bar
    bar = next((b for b in _MENU_BARS if b in t), None)
    # figures only inside a section's name ("Sports / Rugby / Pro D2", "Motor › F1"), not a date or number of their own
    if bar is None or (dates.has_digit(t) and not all(_LETTERS.search(w) for w in t.replace(bar, " ").split())):
        return False
    parts = t.split(bar)
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 4 and p.strip()[:1].isupper() for p in parts)
