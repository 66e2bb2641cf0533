"""After the story: end notes ("Reuters contributed to this report."), author bios and their boxes, the
story's own last lines cut off by the body span (a sign-off, a closing section), and the page chrome below."""

from __future__ import annotations

from typing import cast

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..model import NoteKind
from . import examples as ex
from .evidence import related_label
from .page import Decision, Page, Role

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

# What a match of `_NOTE_LEAD` opens with, past its brackets, asterisks, dashes and spaces: a paragraph opening
# otherwise is spared the pattern (tests/test_fast_paths.py)
_NOTE_OPENERS = (
    "contributing",
    "with ",
    "additional ",
    *L.CREDITED_WORK,
    *(w for ws in L.NOTE_LEADS.values() for w in ws),
)
_NOTE_MARKS = "(*—–-"


def _may_lead_note(text: str) -> bool:
    """The text opens with one of `_NOTE_OPENERS`, past any marks and spaces (`_NOTE_MARKS`)."""
    head = rx.fold(text)
    while True:
        rest = head.lstrip().lstrip(_NOTE_MARKS)
        if rest == head:
            return head.startswith(_NOTE_OPENERS)
        head = rest


def note_kind(text: str) -> NoteKind | None:
    """The kind of an end note, or None ("Reuters contributed to this article." -> "contributors")."""
    if len(text) > 600:
        return None
    # every match of CONTRIBUTED spells "contr", in letters no other character folds to (read for every paragraph)
    if "contr" in text.lower() and P.CONTRIBUTED.search(text):
        return "contributors"
    m = _NOTE_LEAD.match(text) if _may_lead_note(text) else None
    return cast(NoteKind, m.lastgroup) if m else None  # a group named by a kind (tests/test_docs.py checks)


def author_words_of(page: Page) -> set[str]:
    """The words of the authors' names, for telling a sentence about one of them."""
    d = page.decisions
    bylines = [d[i].byline for i in page.bylines]
    names = [a.name for b in bylines if b is not None for a in b.authors]
    return {w.lower() for n in names for w in n.split() if len(w) > 1}


def is_bio(text: str, author_words: set[str]) -> bool:
    """ "Hannah Oakes writes about small gardens ..." - a sentence about one of the authors."""
    if not author_words or author_words.isdisjoint(map(str.lower, text.split()[:6])):
        return False
    m = P.BIO.match(text)
    return bool(m) and bool({w.lower() for w in m.group("name").split()} & author_words)


_SHORT_NOTES = frozenset(("credits", "contributors"))  # the kinds of end note that may look like a subheading


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
        elif d[i].role is Role.HEADING and note_kind(lines[i].text) in _SHORT_NOTES:
            # "*Writing by Name": an agency's sign-off is short and has no full stop, as a subheading has
            page.decide(i, Decision(Role.NOTE, note_kind="credits", rule="tail/end-note"))


def _author_box(page: Page, bio: int) -> None:
    """The short lines of an author box right above the bio ("Roger Gonzalez" / "Staff Writer" /
    "follow"): page furniture, not the story's last paragraphs."""
    feats, lines = page.feats, page.lines
    k = bio - 1
    while k >= page.body_start and bio - k <= 4 and _box_line(page, k, bio) and not feats[k].prose:
        if feats[k].words > 5 or (k + 1 < bio and lines[k + 1].blank_before):
            break
        if page.decisions[k].role is not Role.DEBRIS:  # (a button read as furniture already: "Follow")
            page.decide(k, Decision(Role.DEBRIS, "non-prose", rule="tail/author-box"))
        k -= 1


def _box_line(page: Page, k: int, bio: int) -> bool:
    """Line `k` above a bio may be its box's: a short paragraph, or the name the bio opens with, alone or as the
    box's title, or with the author's role after a comma, read as a subheading ("Tavita Leota", "About Tavita
    Leota" or "Tavita Leota, Staff Reporter" / "Tavita Leota reports on the regional council ...")."""
    role = page.decisions[k].role
    if role is Role.PARAGRAPH or role is Role.DEBRIS:
        return True
    name = page.lines[k].text
    if name[:6] in ("About ", "ABOUT "):
        name = name[6:]
    name = name.partition(", ")[0]  # (the role after the name: "Tavita Leota, Staff Reporter")
    return role is Role.HEADING and page.lines[bio].text.startswith(name + " ") and name[:1].isupper()


def story_coda(page: Page) -> None:
    """The story's own last lines cut off by the body span, which weighs short lines against it:
    a sign-off under the last paragraph ("Thanks Junior!", `tail/sign-off`), or, in a story set with
    ALL-CAPS crossheads, a closing section of short sentences under one more ("UP NEXT" /
    "Falcons: Host the Owls on Friday.", `tail/closing-section`)."""
    d, feats, lines = page.decisions, page.feats, page.lines
    nxt = page.body_end + 1
    if nxt >= len(lines) or feats[nxt].hard_stop or page.body_end < page.body_start:
        return
    if _sign_off(page, nxt):
        page.decide(nxt, Decision(Role.PARAGRAPH, rule="tail/sign-off"))
        page.body_end = nxt
        return
    crossheads = any(d[k].role is Role.HEADING and feats[k].all_caps for k in range(page.body_start, nxt))
    if not (crossheads and feats[nxt].all_caps and feats[nxt].words <= 4 and not feats[nxt].prose):
        return
    if related_label(page, nxt) and nxt + 1 < len(lines) and lines[nxt + 1].text[-1:] != ".":
        return  # "RELATED" over other stories' titles (no full stop): a box of links, not the story's last section
    section = []
    for k in range(nxt + 1, min(nxt + 6, len(lines))):
        if not (feats[k].prose and feats[k].debris is None and P.ends_sentence(lines[k].text)):
            break
        section.append(k)
    if section and (section[-1] + 1 == len(lines) or not feats[section[-1] + 1].prose):
        page.decide(nxt, Decision(Role.HEADING, rule="tail/closing-section"))
        for k in section:
            page.decide(k, Decision(Role.PARAGRAPH, rule="tail/closing-section"))
        page.body_end = section[-1]


def release_source(t: str) -> bool:
    """A newswire's line naming the issuer of the release above it: a label of `RELEASE_SOURCE_LABELS` in capitals
    and a name of a few capitalised words, no sentence.

    >>> release_source("SOURCE Harbour Ferries Inc.")
    True
    >>> release_source("FUENTE Cooperativa Agraria del Valle Alto")
    True
    >>> release_source("SOURCE of the outbreak was a well in the square, officials said.")
    False
    >>> release_source("Source: Harbour Ferries Inc.")
    False
    """
    label, _, name = t.partition(" ")
    if label not in L.RELEASE_SOURCE_LABELS or not name[:1].isupper() or len(name) > 90:
        return False
    words = name.split()
    return len(words) <= 10 and "," not in name and sum(w[:1].isupper() for w in words) * 2 >= len(words)


def _sign_off(page: Page, i: int) -> bool:
    """A few words closing the story, a sentence of their own, with nothing but page chrome under them."""
    f, t = page.feats[i], page.lines[i].text
    if f.prose or not 1 <= f.words <= 5 or not t.endswith(("!", ".")) or t.endswith("..") or not t[:1].isupper():
        return False
    if t[:2].isupper() and release_source(t):
        return False  # "SOURCE Harbour Ferries Inc.": who issued the release, under it
    if f.debris is not None or f.soft_stop or f.byline is not None or f.credit is not None or f.date_line:
        return False
    after = i + 1
    return page.decisions[page.body_end].role is Role.PARAGRAPH and (
        after >= len(page.lines) or not page.feats[after].prose
    )


def after_story(page: Page) -> None:
    """After the body: the story's own last lines cut off by the span (`story_coda`); end notes and
    author bios close by, and their page furniture; everything else is page chrome."""
    story_coda(page)
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
    "tail/end-note": ex.body() + "\nThe Associated Press contributed to this report.\n",
    "tail/author-bio": ex.story() + "\nJane Doe covers local government for the Gazette.\n",
    "tail/author-box": ex.story()
    + "\nLast open days\nDec 1 – Harbour Library @ 9am\nDec 2 – Harbour Library @ 10am\nDec 3 – Town Hall @ 9am"
    + "\nJane Doe\nStaff Writer\n\nJane Doe covers local government for the Gazette. She has reported on the town"
    + " council, the harbour board and the county's budget for eleven years, and before that she wrote about"
    + " schools and the courts for the Coastal Herald.\n",
    "tail/debris": ex.body() + "\nShare this story\n",
    "tail/sign-off": ex.story() + "\nThanks, Ann!\n\nPrevious post\n",
    "tail/closing-section": ex.story(
        "COUNCIL SPLIT",
        "Two councillors voted against the closure, saying the library was the only warm public room in the town.",
    )
    + "\nNEXT MEETING\n\nCouncil: Meets again on Tuesday.\nLibrary: Opens on Saturday.\n\n___\n",
}
