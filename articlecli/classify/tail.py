"""After the story: promo paragraphs, end notes, author bios; the page chrome below the body."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from . import examples as ex
from .page import Decision, Page, Role


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


def end_of_story(page: Page) -> None:
    """The end of the body: calls to action and contact lines at the very end are page furniture
    (`promo_tail`); end notes and author bios among the story's last lines are notes."""
    last = promo_tail(page)
    end_notes(page, range(max(page.body_start, last - 3), page.body_end + 1))


def promo_tail(page: Page, limit: int = 12) -> int:
    """The last paragraphs of the body, from the end back to the story's last sentence: calls to
    action and contact lines are page furniture (end notes among them are left to `end_notes`).
    Returns where the walk stopped: the story's last line."""
    d, lines = page.decisions, page.lines
    author_words = author_words_of(page)
    i = page.body_end
    while i >= page.body_start and page.body_end - i < limit:
        if d[i].role is Role.PARAGRAPH:
            t = lines[i].text
            # an author's bio may close with a call to follow them: a bio all the same
            if note_kind(t) is None and not is_bio(t, author_words):
                if not is_promo(t):
                    return i
                page.decide(i, Decision(Role.DEBRIS, "promo", rule="tail/promo"))
        elif d[i].role not in (Role.DEBRIS, Role.OUTSIDE, Role.CAPTION, Role.NOTE):
            return i  # a heading, code: the story goes on
        i -= 1
    return i


# The anchored leads of an end note in one alternation, in the order they are tried: its named
# group (read back by `lastgroup`) is the note's kind. One scan instead of one per kind.
_NOTE_LEAD = rx.compile(
    "|".join(
        [f"(?P<contributors>{P.CONTRIBUTING_LEAD.pattern})", f"(?P<credits>{P.REPORTING_CREDITS.pattern})"]
        + [rf"(?P<{kind}>^\(?(?:\L<{kind}>)\b)" for kind in L.NOTE_LEADS]
    ),
    P.FLAGS,
    **{kind: P.phrase_list(leads) for kind, leads in L.NOTE_LEADS.items()},
)


def note_kind(text: str) -> str | None:
    """The kind of an end note, or None ("Reuters contributed to this article." -> "contributors")."""
    if len(text) > 600:
        return None
    if P.CONTRIBUTED.search(text):
        return "contributors"
    m = _NOTE_LEAD.match(text)
    return m.lastgroup if m else None


def author_words_of(page: Page) -> set[str]:
    """The words of the authors' names, for telling a sentence about one of them."""
    d = page.decisions
    bylines = [d[i].byline for i in page.bylines]
    names = [a.name for b in bylines if b is not None for a in b.authors]
    return {w.lower() for n in names for w in n.split() if len(w) > 1}


def is_bio(text: str, author_words: set[str]) -> bool:
    """ "Hannah Oakes writes about small gardens ..." - a sentence about one of the authors."""
    if not author_words or not set(w.lower() for w in text.split()[:6]) & author_words:
        return False
    m = P.BIO.match(text)
    return bool(m) and bool({w.lower() for w in m.group("name").split()} & author_words)


def end_notes(page: Page, span: range) -> None:
    """Paragraphs of `span` that are end notes ("Reuters contributed to this report.") or author bios."""
    d, lines = page.decisions, page.lines
    author_words = author_words_of(page)
    for i in span:
        if d[i].role is Role.PARAGRAPH:
            t = lines[i].text
            kind = note_kind(t)
            if kind is not None:
                page.decide(i, Decision(Role.NOTE, note_kind=kind, rule="tail/end-note"))
            elif is_bio(t, author_words):
                page.decide(i, Decision(Role.NOTE, note_kind="bio", rule="tail/author-bio"))
                _author_box(page, i)


def _author_box(page: Page, bio: int) -> None:
    """The short lines of an author box right above the bio ("Roger Gonzalez" / "Staff Writer" /
    "follow"): page furniture, not the story's last paragraphs."""
    d, feats, lines = page.decisions, page.feats, page.lines
    k = bio - 1
    while k >= page.body_start and bio - k <= 4 and d[k].role is Role.PARAGRAPH and not feats[k].prose:
        if feats[k].words > 5 or (k + 1 < bio and lines[k + 1].blank_before):
            break
        page.decide(k, Decision(Role.DEBRIS, "non-prose", rule="tail/author-box"))
        k -= 1


def after_story(page: Page) -> None:
    """After the body: end notes and author bios close by, and their page furniture; everything
    else is page chrome."""
    lines, feats = page.lines, page.feats
    author_words = author_words_of(page)
    seen_prose = 0
    for i in range(page.body_end + 1, len(lines)):
        f = feats[i]
        t = lines[i].text
        if f.hard_stop:
            break
        if f.prose:
            seen_prose += 1
        kind = note_kind(t)
        if kind is not None:
            page.decide(i, Decision(Role.NOTE, note_kind=kind, rule="tail/end-note"))
        elif f.prose and is_bio(t, author_words):
            page.decide(i, Decision(Role.NOTE, note_kind="bio", rule="tail/author-bio"))
        elif f.debris is not None:
            page.decide(i, Decision(Role.DEBRIS, f.debris, rule="tail/debris"))
        if seen_prose > 4 or i > page.body_end + 25:
            break


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "tail/promo": ex.body() + "\nEmail Jane Doe at jdoe@harbourgazette.com or follow her @janedoe.\n",
    "tail/end-note": ex.body() + "\nThe Associated Press contributed to this report.\n",
    "tail/author-bio": ex.story() + "\nJane Doe covers local government for the Gazette.\n",
    "tail/author-box": ex.story()
    + "\nLast open days\nDec 1 – Harbour Library @ 9am\nDec 2 – Harbour Library @ 10am\nDec 3 – Town Hall @ 9am"
    + "\nJane Doe\nStaff Writer\n\nJane Doe covers local government for the Gazette. She has reported on the town"
    + " council, the harbour board and the county's budget for eleven years, and before that she wrote about"
    + " schools and the courts for the Coastal Herald.\n",
    "tail/debris": ex.body() + "\nShare this story\n",
}
