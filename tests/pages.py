"""Helpers that several test files use to build a page from its lines and read what the parser made of it."""

from __future__ import annotations

from collections.abc import Iterable

import articlecli


def join_lines(lines: Iterable[str], spaced: bool) -> str:
    """The page's text: its lines one under the other, or with a blank line between each (`spaced`)."""
    return ("\n\n" if spaced else "\n").join(lines) + "\n"


def captions(page: str) -> list[tuple[str | None, str | None]]:
    """Each caption the parser finds on the page, as (text, credit)."""
    return [(c.text, c.credit) for c in articlecli.parse(page).captions]


def paragraphs(page: str) -> list[str]:
    """The text of each paragraph the parser keeps."""
    return [p.text for p in articlecli.parse(page).paragraphs]
