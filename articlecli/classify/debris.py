"""What makes a line page furniture on its own (a share button, a player's clock, a tag list, a newsletter
box, a copyright notice): `debris_reason`, one of the features of every line (`features.py`)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, cast

import regex

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..dates import has_digit
from ..model import RemovalReason
from .words import GALLERY_CONTROLS, GALLERY_LABELS

if TYPE_CHECKING:
    from .page import Page

_HANDLES_OR_URL = rx.compile(r"(?:@\w++\s*+)++|(?:https?://|www\.)\S++")


_HTML_TAG = rx.compile(r"</?(?:span|div|a|p|img)\b[^>]*+>")


_DASHES = frozenset("-–—")
_COUNT_END = rx.compile(r"\s*+\(\d{1,6}\)$")


_CONSENT_LEADS = tuple(L.NEWSLETTER_CONSENT_LEADS)
_CONSENT_WORDS = tuple(L.NEWSLETTER_CONSENT_WORDS)
# the copyright and newsletter cues, looked for as plain text (most lines hold none): a pattern of the dozen
# alternatives tries each at every character, many times the work
_EARNINGS = tuple(f" {word}" for word in L.AFFILIATE_EARNINGS)  # " fee", not "coffee"
_ANY_CUES = (*P.COPYRIGHT_CUES, *P.NEWSLETTER_CUES, *_EARNINGS)  # (the last, a shopping links' note)


def _any_cue(folded: str) -> bool:
    for cue in _ANY_CUES:  # noqa: SIM110 (a loop: `any` over a generator costs more than the tests)
        if cue in folded:
            return True
    return False


# The letters a line opens with ("Tags: ..." -> "Tags"): none when it opens with a digit or a mark.
_OPENING_LETTERS = rx.compile_std(r"[^\W\d_]+")
# The words (or phrases, read up to their first word) each line shape of `patterns.DEBRIS_SHAPE` may open with, by the
# shape's group name: the tables its pattern is built from where it has them. A shape with none opens with a digit
# or a mark, or holds no space (a file name, a web address, "K").
_SHAPE_LEAD_WORDS: dict[str, tuple[str, ...]] = {
    "empty_date_line": (*P.DATE_LABEL_PHRASES, "date"),
    "player": (*L.PLAYER_LINE_OPENERS, "listen", "as", "heard"),
    "read_time": ("estimated", *L.READING_TIME_LABELS),
    "separator": (),
    "counter": (),
    "number": (),
    "image_file": (),
    "gallery": L.GALLERY_COUNTER_ITEMS,
    "jump": ("continued", "cont", "story", "please", "see", "turn"),
    "tags": L.TAG_LINE_LABELS,
    "share": (*L.SHARE_LINE_OPENERS, "follow"),
    "related": L.RELATED_PREFIXES,
    "sponsor": L.SPONSOR_LEADS,
    "embed": ("a",),  # "a post shared by"
    "link": (),
    "rating": (),
}


# the marks a shape may open with: a separator, a counter ("1,024"), a number, "[Related: ...]", an embed's dash,
# a rating's stars
_SHAPE_MARKS = frozenset("_-–—=*•·.…~#|/,:+[(★☆✩✭✮⭐")


def may_have_debris_shape(text: str) -> bool:
    """False when `patterns.DEBRIS_SHAPE` cannot match the (stripped) line: it holds a space, and opens
    with ASCII letters (where lower case is the pattern's case folding) that are none of `_SHAPE_LEADS`, or
    with a mark that is none of `_SHAPE_MARKS` (a quotation mark)."""
    if " " not in text:
        return True  # a file name, a web address
    m = _OPENING_LETTERS.match(text)
    if m is None:
        return text[:1].isdecimal() or text[:1] in _SHAPE_MARKS
    head = m.group()
    return not head.isascii() or head.lower() in _SHAPE_LEADS


# The shapes a line opening with ASCII letters may have, by those letters in lower case, in the pattern's
# order: the shapes that open with that word, and for a word alone that is a letter or holds a dot ("K",
# "pier.jpg", "harbour.com") the shapes without a lead word that may open with a letter. Most lines open
# with a word no shape opens with.
_WORD_ALONE_SHAPES = ("number", "image_file", "link")


def _shapes_by_head(text: str) -> tuple[str, ...]:
    """`_SHAPES_BY_HEAD`, in one pass over the lead words (a pass per lead word took a tenth of a start): `text`
    holds the pattern of `_OPENING_LETTERS`, then each shape's name and its lead words (character 1 before each
    shape, character 0 before each of its words); each head comes back with its shapes' names (character 0 before
    each name)."""
    opening, *shapes = text.split("\x01")
    letters = re.compile(opening)
    by_head: dict[str, list[str]] = {}
    for shape in shapes:
        name, *phrases = shape.split("\x00")
        for head in dict.fromkeys(letters.match(phrase.lower()).group() for phrase in phrases):  # type: ignore[union-attr]
            by_head.setdefault(head, []).append(name)
    return tuple("\x00".join((head, *names)) for head, names in by_head.items())


# (worked out once per installation and read back, as the lexicon's word lists are: 0.7M instructions of every start)
_SHAPES_BY_HEAD = {
    head: tuple(names)
    for head, *names in (
        entry.split("\x00")
        for entry in rx.words(
            "\x01".join((_OPENING_LETTERS.pattern, *("\x00".join((k, *v)) for k, v in _SHAPE_LEAD_WORDS.items()))),
            _shapes_by_head,
        )
    )
}
_SHAPE_LEADS = frozenset(_SHAPES_BY_HEAD)  # the opening words of the shapes with a lead word


@functools.cache
def _alone_shapes(head: str) -> tuple[str, ...]:
    """The shapes of a word alone opening with `head`, one of `_SHAPE_LEADS` (the few such lines of a page ask
    for a few heads: worked out when first asked, not for every head at import)."""
    shapes = _SHAPES_BY_HEAD[head]
    return tuple(name for name in _SHAPE_LEAD_WORDS if name in shapes or name in _WORD_ALONE_SHAPES)


# The shapes that open with a word in every form: a line opening with an ASCII digit or mark ("0:00", "* * *",
# "[Related: ...]") has none of them, and is tried only against the others' parts (not the whole pattern, which
# costs a start more to build than the few parts such lines need)
_WORD_SHAPES = frozenset(("empty_date_line", "jump", "tags", "share", "sponsor"))
_MARK_SHAPES = tuple(name for name in _SHAPE_LEAD_WORDS if name not in _WORD_SHAPES)

_SHAPE_PARTS: dict[str, regex.Pattern[str]] = {}  # each shape's part of `DEBRIS_SHAPE`: built on first use
_PART_BREAKS = rx.compile_std(r"\|(?=\(\?P<)")  # where a named part of the alternation begins


def _shape_parts() -> dict[str, regex.Pattern[str]]:
    """The parts of `patterns.DEBRIS_SHAPE`, one a shape, as they are written there (read on first use, so that
    importing the parser compiles no pattern)."""
    if not _SHAPE_PARTS:
        whole = P.DEBRIS_SHAPE.pattern.removeprefix(rx.SIMPLE_CASE)
        lists = {k: P.phrase_list(tuple(v)) for k, v in P.DEBRIS_SHAPE.named_lists.items()}
        for part in _PART_BREAKS.split(whole):
            name = part[4 : part.index(">")]
            used = {k: v for k, v in lists.items() if f"\\L<{k}>" in part}
            _SHAPE_PARTS[name] = rx.compile(part, P.FLAGS, **used)
    return _SHAPE_PARTS


def debris_shape(t: str) -> str | None:
    """The shape `patterns.DEBRIS_SHAPE` reads in a (stripped) line: the name of the group that matches, or None.

    A line opening with ASCII letters (or with an ASCII digit or mark) is tried only against the parts of the
    pattern for the shapes that may open with them, in the pattern's order (the first part that matches is the
    group the whole pattern reports): one short match for most lines instead of fourteen alternatives
    (tests/test_fast_paths.py checks that the two agree)."""
    m = _OPENING_LETTERS.match(t)
    if m is not None and m.group().isascii():
        head = m.group().lower()
        alone = " " not in t and ("." in t or len(t) == 1)  # "K", or a file name or web address: with a dot
        if alone:
            names = _alone_shapes(head) if head in _SHAPE_LEADS else _WORD_ALONE_SHAPES
        else:
            names = _SHAPES_BY_HEAD.get(head, ())
        if names:
            parts = _SHAPE_PARTS or _shape_parts()
            for name in names:
                if name == "empty_date_line" and has_digit(t):
                    continue  # (a label with no date after it holds no figure: most lines opening with one do)
                if parts[name].match(t) is not None:
                    return name
        return None
    if not may_have_debris_shape(t):
        return None
    if m is None and t[:1].isascii():  # a digit or a mark: the shapes that may open with one, part by part
        parts = _SHAPE_PARTS or _shape_parts()
        for name in _MARK_SHAPES:
            if parts[name].match(t) is not None:
                return name
        return None
    whole = P.DEBRIS_SHAPE.match(t)
    return None if whole is None else whole.lastgroup


def debris_reason(text: str) -> RemovalReason | None:
    """Why a line is page furniture, or None. ("0:00" -> "player", "Updated:" -> "empty-date-line")."""
    t = text.strip()
    shape = debris_shape(t)
    if shape == "empty_date_line":
        return "empty-date-line"
    key = t.rstrip(" :.…!").lower()
    if key[:1] in _DASHES and key[-1:] in _DASHES:
        key = key.strip(" -–—")  # "- Advertisement -", "— ADVERTISEMENT —": the label between two dashes
    phrase = P.DEBRIS_PHRASE.get(key)
    if phrase is None and key.endswith(")"):  # "View all (4)", "Photos (23)": a label with a count
        phrase = P.DEBRIS_PHRASE.get(_COUNT_END.sub("", key))
    if phrase is not None:
        return phrase
    if t[-1:] == ")" and ":" in t[:16] and P.PLAYER_TITLE.match(t) is not None:
        return "player"  # "Watch: Crews at the fire (2:14)": a player set in the story, not a link out of it
    if shape is not None:
        if shape == "rating":
            return "label"  # a review's rating widget: no words of the story
        return "counter" if shape == "number" else cast(RemovalReason, shape.replace("_", "-"))
    folded = t.casefold()
    if share_row(folded):
        return "share"
    if _consent_notice(folded):  # a sign-up box's consent notice, however long
        return "newsletter"
    cued = _cued_reason(t, folded) if _any_cue(folded) else None
    if cued is not None:
        return cued
    if t.startswith(("@", "http", "www.")) and _HANDLES_OR_URL.fullmatch(t):
        return "link"
    if "<" in t and ((t.startswith("<") and t.endswith(">")) or _HTML_TAG.search(t)):
        return "markup"
    return None


def shares_headline(key: str, head_key: str) -> bool:
    """The line's key is a share label's and the headline's ("share this story an opera about ..."): the label
    of a share row printed with the title it shares."""
    if len(key) <= len(head_key) or not key.endswith(head_key):
        return False  # (the cheap test first)
    return P.DEBRIS_PHRASE.get(key[: -len(head_key)].strip()) == "share"


def _cued_reason(t: str, folded: str) -> RemovalReason | None:
    """A line holding one of `_ANY_CUES`: a copyright notice, a sign-up line, a note on the page's shopping links."""
    if len(t) < 200 and P.COPYRIGHT_CUE.search(folded) and P.COPYRIGHT.search(t):
        # "© Jo Lee Pupils at the gate": a photographer's credit printed before the caption, not a notice
        # "© MosaPress / Eva Lind", "© Jo Lee | Harbour Press": an agency and a photographer, no year, is a credit
        if t.startswith("©") and (C.copyright_first(t) is not None or _agency_and_name(t)):
            return None
        return "copyright"
    if len(t) < 160 and P.NEWSLETTER_CUE.search(folded) and P.NEWSLETTER.search(t):
        return "newsletter"
    return "retailer" if affiliate_disclosure(folded) else None


def _agency_and_name(t: str) -> bool:
    """A copyright mark before a picture's credit in two parts, an agency and a photographer ("© MosaPress / Eva
    Lind"): no year, no "rights reserved", a slash or a bar between the two, each a few words."""
    if ("/" not in t and "|" not in t) or any(c.isdigit() for c in t) or len(t) > 70:
        return False
    return C.credit_only(t) is not None


def affiliate_disclosure(folded: str) -> bool:
    """ "We may earn a commission when you buy through links on our site.", "Harbour Home may receive a commission if
    you buy through our links": the page's note on its shopping links, however it is worded around those words."""
    if not (" may " in folded and "link" in folded):
        return False  # (the cheap test first: most lines hold neither)
    return _earn_a_commission().search(folded) is not None


@functools.cache  # built on first use: most pages print no shopping links
def _earn_a_commission() -> regex.Pattern[str]:
    return rx.compile(
        r"\b(?:earn|receive|get|make)s?+ (?:an? )?+(?:small )?+(?:affiliate )?+(?:\L<earnings>)\b",
        earnings=P.phrase_list(L.AFFILIATE_EARNINGS),
    )


# A share row printed on one line: the platforms and buttons of `DEBRIS_LINES["share"]` (and "X" among them), set
# apart by bars, dots, slashes or commas, or by spaces alone, after a share label and a colon or none ("Share: LinkedIn
# | X | Facebook | Email", "Twitter Email Facebook WhatsApp", "Share this story: Facebook, X, Email").
_SHARE_ITEMS = frozenset((*L.DEBRIS_LINES["share"], *L.SHARE_ROW_ITEMS))
_SHARE_ROW_HEADS = frozenset(item.split()[0] for item in _SHARE_ITEMS)
_SHARE_ROW_MARKS = rx.compile_std(r"\s*[|·•/,]\s*")  # (the standard engine: no possessive marks on Python 3.10)


def share_row(folded: str) -> bool:
    """A case-folded line of two share buttons or more (see `_SHARE_ITEMS`), after a share label or none."""
    head = folded.split(None, 1)[0].rstrip(":") if len(folded) <= 120 else ""
    if head not in _SHARE_ROW_HEADS:
        return False
    label, colon, items = folded.partition(":")
    if not colon:
        items = folded
    elif not label.startswith("share"):
        return False
    parts = [p for p in _SHARE_ROW_MARKS.split(items.strip(" |")) if p]
    if len(parts) == 1:
        parts = parts[0].split()
    return len(parts) >= 2 and all(p in _SHARE_ITEMS for p in parts)


def _consent_notice(folded: str) -> bool:
    """A sign-up box's consent notice ("By signing up you agree to our privacy policy ..."): a consent lead,
    then what such a notice agrees to."""
    return folded.startswith(_CONSENT_LEADS) and any(word in folded for word in _CONSENT_WORDS)


def _long_debris(text: str) -> RemovalReason | None:
    """Why a long line is page furniture: only a sign-up box's consent notice is that long."""
    return (
        "newsletter" if text[:40].casefold().startswith(_CONSENT_LEADS) and _consent_notice(text.casefold()) else None
    )


GALLERY_LINK_WORDS = 3  # words of a gallery's title after its label ("In pictures: Harbour fair"), at least


def gallery_link(page: Page, i: int) -> bool:
    """In the body, a gallery's label alone ("Photo gallery", "Fotogalería") or before a colon and the title of
    a gallery of its own ("In pictures: Harbour fair in full swing", "Photos: Election night in Westfield"): a
    link to the site's pictures, not a subheading or a paragraph. After the same label a name is a credit
    ("Photos: Ann Lee/Harbor Press"); over the gallery's own counter or controls ("1 of 4", "Next"), or with its
    count ("| 12 Photos"), the gallery is on the page and its title a caption (`graphics`, `lookalikes`)."""
    t, f = page.lines[i].text, page.feats[i]
    if f.credit is not None or not t[:1].isalpha() or "|" in t:
        return False
    if f.key not in GALLERY_LABELS:
        colon = t.find(":", 0, 20)
        if colon < 0 or P.GALLERY_TITLE.match(t) is None or len(t[colon + 1 :].split()) < GALLERY_LINK_WORDS:
            return False
    k = i + 1
    return k >= len(page.lines) or (
        page.feats[k].debris not in ("gallery", "counter") and page.feats[k].key not in GALLERY_CONTROLS
    )
