"""A page of readers' letters: each letter under its title and over its writer's signature ("Bus station plan
ignores the people who use it" / the letter / "Marjorie Pengelly, Gunnislake"). The span reads them
(`letter_lines`), so that the letters run on past each signature as one story."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from ..bylines import is_name
from ..normalize import Line
from .features import Features
from .page import Decision, Page, Role

SIGNATURE_WORDS = 10  # the longest signature ("Derek Trewin, chair, Calstock Regatta, Calstock")
_UNSIGNED = tuple(L.UNSIGNED_LETTERS)


def signature(text: str, f: Features) -> bool:
    """ "Marjorie Pengelly, Gunnislake", "Derek Trewin, chair, Calstock Regatta", "Name and address supplied": a
    letter's signature, its writer's name before a comma (their place, their role), or the paper's note that
    it withholds it."""
    if f.prose or not 2 <= f.words <= SIGNATURE_WORDS:
        return False
    if text.lower().startswith(_UNSIGNED):
        return True
    head, comma, _ = text.partition(",")
    return bool(comma) and is_name(head.strip())


def letter_lines(lines: list[Line], feats: list[Features]) -> set[int]:
    """Where two letters or more each end with a signature under their last sentence: the signatures and the
    letters' titles under them (a short line over the next letter's text), which are the letters', not the
    page's furniture ending the story."""
    signed = [
        i
        for i in range(1, len(lines))
        if not feats[i].prose
        and feats[i].words <= SIGNATURE_WORDS
        and feats[i - 1].prose  # the cheap tests first: a short line under running text
        and P.ends_sentence(lines[i - 1].text)
        and signature(lines[i].text, feats[i])
    ]
    if len(signed) < 2:
        return set()
    found = set(signed)
    for i in signed[:-1]:  # the next letter's title (after the last letter, the page's own box: "Write to us")
        title = i + 1
        if not feats[title].prose and feats[title].words <= 14 and feats[title + 1].prose:
            found.add(title)
    return found


def letter_titles(lines: list[Line], feats: list[Features], letters: set[int], start: int) -> list[int]:
    """The letters' titles among `letters` (the lines under a signature), and the first letter's, the short line
    right above the first letter's text at `start`."""
    titles = [i for i in sorted(letters) if i - 1 in letters]
    first = start - 1
    if (
        titles
        and first >= 0
        and not feats[first].prose
        and feats[first].words <= 14
        and not P.ends_sentence(lines[first].text)
    ):
        titles.insert(0, first)
    return titles


def letters_page(page: Page) -> None:
    """A page of letters: each letter's title is a subheading (the first one's right above the story)."""
    letters = letter_lines(page.lines, page.feats)
    if not letters:
        return
    for i in letter_titles(page.lines, page.feats, letters, page.body_start):
        role = page.decisions[i].role
        if page.body_start - 1 <= i <= page.body_end and role in (Role.PARAGRAPH, Role.HEADING, Role.OUTSIDE):
            page.decide(i, Decision(Role.HEADING, rule="runs/letter-titles"))  # (no caption, no credit)
