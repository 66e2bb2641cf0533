"""Each picture once: a caption printed again (whole, cut short by a "more" widget, with or without its credit)
and a credit printed again for the same picture are dropped, the fullest text and the credit kept."""

from __future__ import annotations

from collections.abc import Sequence

from .. import captions as C
from .. import rx
from . import examples as ex
from .page import Decision, Page, Role
from .words import key_of

_ELLIPSIS_END = rx.compile(r"(?:\.\.\.|…)\s*+(?:more)?$")


def dedupe_captions(page: Page, span: range) -> None:
    """Keep each image once: a caption printed again (with or without its credit, whole or cut
    short by a "less"/"... more" widget) is dropped, keeping the fullest text and the credit."""
    d = page.decisions
    # captions are compared by their first 40 characters: the same image, whole or cut short (two
    # pictures of one person may share them: "Mayor Ada Rowe at ..." twice, so each start keeps a list)
    kept: dict[str, list[int]] = {}
    for i in span:
        if d[i].role is Role.CAPTION and d[i].text is not None:
            key = caption_key(d[i].text or "")
            prior = _same_as(page, kept.get(key[:40], ()), key)
            if prior is not None:
                _merge_caption(page, prior, i, d[i].text)
            else:
                kept.setdefault(key[:40], []).append(i)
    _repeated_credits(page, span)
    if not kept:
        return
    for i in span:  # unlabelled copies, before or after the caption they repeat
        if d[i].role is Role.OUTSIDE:
            key = caption_key(page.lines[i].text)
            prior = _same_as(page, kept.get(key[:40], ()), key)
            if prior is not None:
                _merge_caption(page, prior, i, C.strip_truncation(page.lines[i].text))
    _alt_texts(page, span, [k for ks in kept.values() for k in ks])


def _alt_texts(page: Page, span: range, captions: list[int]) -> None:
    """A line of the story right above or under a caption that repeats it is the picture's alt text, printed as text
    beside its caption ("Ferries at the pier." / "Ferries at the pier. (Courier/Jo Lee)"): that picture's copy (its
    start, as printed, is the caption's: the cheap test before the two are compared whole)."""
    d, lines = page.decisions, page.lines
    for k in captions:
        head = (d[k].text or "")[:12]
        for i in (k - 1, k + 1):
            if i not in span or d[i].role is not Role.PARAGRAPH or lines[i].text[:12] != head:
                continue
            key = caption_key(lines[i].text)
            if same_caption(caption_key(d[k].text or ""), key):
                _merge_caption(page, k, i, C.strip_truncation(lines[i].text), "pictures/alt-text-beside-caption")


def _same_as(page: Page, kept: Sequence[int], key: str) -> int | None:
    """The caption kept before that `key` repeats, if any."""
    return next((k for k in kept if same_caption(caption_key(page.decisions[k].text or ""), key)), None)


def header_captions_once(page: Page) -> None:
    """Each picture above the body once."""
    dedupe_captions(page, range(0, page.body_start))


def body_captions_once(page: Page) -> None:
    """Each picture in the body once, and once on the page: a lead picture's caption above the story,
    printed again by its gallery at the top of the body, is the same picture."""
    dedupe_captions(page, range(0, page.body_end + 1))


def _repeated_credits(page: Page, span: range) -> None:
    """A credit printed again for the same picture (a gallery's copy of it, with only page furniture
    between the two) is dropped: "Photo: Jo Lee / Wire" / "Image 1 of 9" / "Photo: Jo Lee / Wire"."""
    d = page.decisions
    last: str | None = None  # the credit of the last picture, while nothing but furniture follows it
    for i in span:
        dec = d[i]
        if dec.role is Role.CAPTION:
            key = key_of(dec.credit or "")
            if dec.text is None and key and key == last:
                page.decide(i, Decision(Role.DEBRIS, "repeated-caption", rule="pictures/same-picture-credit"))
                continue
            last = key or None
        elif dec.role not in (Role.DEBRIS, Role.OUTSIDE):
            last = None


def _merge_caption(page: Page, keep: int, drop: int, text: str | None, rule: str = "pictures/repeated-caption") -> None:
    first = page.decisions[keep]
    best = first.text
    if text is not None and len(key_of(text)) > len(key_of(best or "")) and not _truncated(text):
        best = text
    credit = first.credit or page.decisions[drop].credit
    page.decide(keep, Decision(Role.CAPTION, text=best, credit=credit, rule="pictures/merged-caption"))
    page.decide(drop, Decision(Role.DEBRIS, "repeated-caption", rule=rule))


def caption_key(text: str) -> str:
    """Comparison form of a caption; a caption is short, so a long line is compared by its start."""
    return key_of(C.strip_truncation(text) if len(text) <= 400 else text[:400])


def _truncated(text: str) -> bool:
    return bool(_ELLIPSIS_END.search(text))


def same_caption(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 40 and long_.startswith(short)


_GLUED = "Sandbags stacked outside the town hall before the flood. Photo: Jane Doe/AP"

# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "pictures/merged-caption": ex.body(_GLUED, _GLUED),
    "pictures/repeated-caption": ex.body(_GLUED, _GLUED),
    "pictures/alt-text-beside-caption": ex.body(_GLUED.split(" Photo:")[0], _GLUED),
    "pictures/same-picture-credit": ex.header(
        ex.HEADLINE, ex.BYLINE, _GLUED, "Photo: Jane Doe / Wire\nImage 1 of 4\nClose\nPhoto: Jane Doe / Wire"
    ),
}
