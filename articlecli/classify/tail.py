"""After the story: promo paragraphs, end notes, author bios; the page chrome below the body."""

from __future__ import annotations

from .. import patterns as P
from ..normalize import Line
from .features import Features
from .page import Decision, Role, Structure
from .pictures import closing_captions


def is_promo(text: str) -> bool:
    """A call to action or a contact line of the kind that closes a page's article text.

    >>> is_promo("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.")
    True
    >>> is_promo("Space is part of Future US Inc, a media group. Visit our corporate site.")
    True
    >>> is_promo("The agency will follow up with the families next week.")
    False
    """
    return len(text) <= 250 and (P.PROMO.search(text) is not None or P.CONTACT.match(text) is not None)


def promo_tail(lines: list[Line], st: Structure, limit: int = 12) -> int:
    """The last paragraphs of the body, from the end back to the story's last sentence: calls to
    action and contact lines are page furniture (end notes among them are left to `end_notes`).
    Returns where the walk stopped: the story's last line."""
    d = st.decisions
    i = st.body_end
    while i >= st.body_start and st.body_end - i < limit:
        if d[i].role is Role.PARAGRAPH:
            t = lines[i].text
            if note_kind(t) is None:
                if not is_promo(t):
                    return i
                d[i] = Decision(Role.DEBRIS, "promo")
        elif d[i].role not in (Role.DEBRIS, Role.OUTSIDE, Role.CAPTION, Role.NOTE):
            return i  # a heading, code: the story goes on
        i -= 1
    return i


def note_kind(text: str, authors: list[str] | None = None) -> str | None:
    """The kind of an end note, or None ("Reuters contributed to this article." -> "contributors")."""
    if len(text) > 600:
        return None
    if P.CONTRIBUTED.search(text) or P.CONTRIBUTING_LEAD.match(text):
        return "contributors"
    if P.REPORTING_CREDITS.match(text):
        return "credits"
    for kind, pattern in P.NOTE_LEAD.items():
        if pattern.match(text):
            return kind
    return None


def author_words_of(st: Structure) -> set[str]:
    d = st.decisions
    bylines = [d[i].byline for i in st.bylines]
    names = [a.name for b in bylines if b is not None for a in b.authors]
    return {w.lower() for n in names for w in n.split() if len(w) > 1}


def is_bio(text: str, author_words: set[str]) -> bool:
    """ "Hannah Oakes writes about small gardens ..." - a sentence about one of the authors."""
    if not author_words or not set(w.lower() for w in text.split()[:6]) & author_words:
        return False
    m = P.BIO.match(text)
    return bool(m) and bool({w.lower() for w in m.group("name").split()} & author_words)


def end_notes(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    d = st.decisions
    author_words = author_words_of(st)
    for i in span:
        if d[i].role is Role.PARAGRAPH:
            kind = note_kind(lines[i].text) or ("bio" if is_bio(lines[i].text, author_words) else None)
            if kind is not None:
                d[i] = Decision(Role.NOTE, note_kind=kind)


def read_tail(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """After the body: end notes and author bios close by; everything else is page chrome."""
    d = st.decisions
    author_words = author_words_of(st)
    seen_prose = 0
    closing_captions(lines, feats, st)
    for i in range(st.body_end + 1, len(lines)):
        f = feats[i]
        t = lines[i].text
        if f.hard_stop:
            break
        if f.prose:
            seen_prose += 1
        kind = note_kind(t)
        if kind is None and f.prose and is_bio(t, author_words):
            kind = "bio"
        if kind is not None:
            d[i] = Decision(Role.NOTE, note_kind=kind)
        elif f.debris is not None:
            d[i] = Decision(Role.DEBRIS, f.debris)
        if seen_prose > 4 or i > st.body_end + 25:
            break
