"""Every byline and date form of the substitution harness (tests/byline_stress.py) read on a small page written there:
the authors or the date the form must give, and the headline, the deck and the first paragraph unmoved. And the
other way: names that are no byline (a caption's, a quote's speaker's, a related story's) never become authors."""

from __future__ import annotations

import functools

import pytest

from articlecli.model import Article

from .byline_stress import (
    BYLINE_FORMS,
    DATE_FORMS,
    FIRST,
    TEMPLATE,
    BylineForm,
    DateForm,
    first_paragraph,
    names,
    published,
    read,
    same_names,
    template_page,
)


@functools.cache
def _base() -> Article:
    return read(template_page())


def _unmoved(got: Article, *, dateline: bool = False) -> None:
    base = _base()
    assert got.headline == base.headline
    assert got.deck == base.deck
    if not dateline:
        assert first_paragraph(got) == first_paragraph(base)


def test_the_page_reads_as_written() -> None:
    base = _base()
    assert base.headline == "Ferry crews vote to strike over night shifts on the island routes"
    assert base.deck is not None and base.deck.startswith("Talks broke down")
    assert names(base) == ("Ines Marlow",)
    assert published(base) == "2023-03-17"
    assert first_paragraph(base) == FIRST


@pytest.mark.parametrize("form", BYLINE_FORMS, ids=lambda f: f.name)
def test_byline_form(form: BylineForm) -> None:
    got = read(template_page(byline=form))
    assert same_names(names(got), form.authors), f"{form.lines} gave {names(got)}"
    if form.published:
        assert published(got) == form.published
    _unmoved(got)


@pytest.mark.parametrize("form", DATE_FORMS, ids=lambda f: f.name)
def test_date_form(form: DateForm) -> None:
    got = read(template_page(date=form))
    assert published(got) == form.published, f"{form.line!r} gave {published(got)}"
    assert names(got) == ("Ines Marlow",)
    _unmoved(got, dateline=form.dateline)


# Names printed near the byline that are no authors: a caption's people, a related story's title, a quote's speaker.
NOT_AUTHORS = [
    pytest.param(
        {"Share this article": "Mara Quill and Tobias Renn at the union office on Thursday. Photo: Ledger staff"},
        id="caption-names",
    ),
    pytest.param(
        {"Island council asks for a second ferry on winter weekends": "Mara Quill and Ivo Dunmore"},
        id="related-title-names",
    ),
    pytest.param(
        {"Bayline Ferries said it was disappointed and would keep talking.": "Ivo Dunmore and Tobias Renn"},
        id="names-in-the-body",
    ),
]


@pytest.mark.parametrize("lines", NOT_AUTHORS)
def test_names_that_are_no_byline(lines: dict[str, str]) -> None:
    text = TEMPLATE.format(byline="By Ines Marlow", date="March 17, 2023", first=FIRST)
    for old, new in lines.items():
        assert old in text
        text = text.replace(old, new)
    got = read(text)
    assert names(got) == ("Ines Marlow",)
    assert all(q.speaker != "Ines Marlow" for q in got.quotes)


def test_a_quotes_speaker_is_no_author_without_a_byline() -> None:
    text = TEMPLATE.format(byline="", date="March 17, 2023", first=FIRST)
    got = read("\n".join(line for line in text.split("\n") if line))
    assert "Mara Quill" not in names(got)
