"""parse(text) -> Article: the pipeline, top to bottom. Pure: no I/O, no printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import dates
from .bylines import Author
from .classify import Role, Structure, classify
from .dates import DateValue
from .model import (
    Article,
    BodyBlock,
    Caption,
    Contributor,
    Heading,
    Note,
    Paragraph,
    Removed,
    Source,
)
from .normalize import Line, normalize, split_lines
from .notes import contributors
from .speech import Block, extract


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """Everything that changes how a text is read."""

    now: dt.datetime | None = None  # resolves relative dates ("2 hours ago"); None leaves them unresolved
    layout: str = "auto"  # auto | web | wire | nexis | factiva


def parse(text: str, options: ParseOptions | None = None, *, source: Source | None = None) -> Article:
    """Read the raw text of one news article into an Article."""
    options = options or ParseOptions()
    normalised = normalize(text)
    lines = split_lines(normalised)
    st = classify(lines)
    return assemble(lines, st, options, source or Source(), layout="web")


def assemble(lines: list[Line], st: Structure, options: ParseOptions, source: Source, *, layout: str) -> Article:
    """Turn per-line decisions into the Article."""
    d = st.decisions
    warnings: list[str] = []
    headline = lines[st.headline].text if st.headline is not None else None
    deck = lines[st.deck].text if st.deck is not None else None

    authors: list[Author] = []
    byline_text: str | None = None
    agency: str | None = None
    for i in sorted(st.bylines):
        b = d[i].byline
        if b is None:
            continue
        byline_text = byline_text or b.text
        agency = agency or b.agency
        for a in b.authors:
            if a.name.casefold() not in {x.name.casefold() for x in authors}:
                authors.append(a)

    published, updated = read_dates(lines, st, options, warnings)

    captions: list[Caption] = []
    headings: list[Heading] = []
    paragraphs: list[Paragraph] = []
    body: list[BodyBlock] = []
    notes: list[Note] = []
    removed: list[Removed] = []
    for line, dec in zip(lines, d, strict=True):
        role = dec.role
        if role is Role.PARAGRAPH:
            body.append(BodyBlock("paragraph", line.text, line.number, index=len(paragraphs)))
            paragraphs.append(Paragraph(line.text, line.number, line.start))
        elif role is Role.HEADING:
            headings.append(Heading(line.text, len(paragraphs), line.number))
            body.append(BodyBlock("heading", line.text, line.number))
        elif role is Role.CAPTION:
            captions.append(Caption(dec.text, dec.credit, line.number))
            body.append(BodyBlock("caption", dec.text or "", line.number, credit=dec.credit))
        elif role is Role.CODE:
            body.append(BodyBlock("code", line.text, line.number))
        elif role is Role.NOTE:
            notes.append(Note(dec.note_kind or "note", line.text, line.number))
            body.append(BodyBlock("note", line.text, line.number))
        elif role in (Role.HEADLINE, Role.DECK, Role.BYLINE, Role.DATE):
            body.append(BodyBlock(role.value, line.text, line.number))
        else:
            removed.append(Removed(line.text, dec.reason or role.value, line.number))

    blocks = [Block("headline", headline, None)] if headline else []
    if deck:
        blocks.append(Block("deck", deck, None))
    blocks += [Block("caption", c.text, None) for c in captions if c.text]
    blocks += [Block("paragraph", p.text, i) for i, p in enumerate(paragraphs)]
    quotes, terms = extract(blocks)

    contribs: list[Contributor] = []
    for n in notes:
        for c in contributors(n.text):
            if c.name.casefold() not in {x.name.casefold() for x in contribs}:
                contribs.append(c)

    if headline is None:
        warnings.append("no headline found")
    if not authors:
        warnings.append("no byline found")
    if not paragraphs:
        warnings.append("no body paragraphs found")
    return Article(
        source=source,
        layout=layout,
        headline=headline,
        deck=deck,
        byline=byline_text,
        authors=tuple(authors),
        agency=agency,
        published=published,
        updated=updated,
        dateline=None,
        captions=tuple(captions),
        headings=tuple(headings),
        paragraphs=tuple(paragraphs),
        body=tuple(body),
        notes=tuple(notes),
        contributors=tuple(contribs),
        quotes=tuple(quotes),
        terms=tuple(terms),
        removed=tuple(removed),
        warnings=tuple(warnings),
    )


def read_dates(
    lines: list[Line], st: Structure, options: ParseOptions, warnings: list[str]
) -> tuple[DateValue | None, DateValue | None]:
    """Published and updated dates from the header's date and byline lines, then the end notes."""
    year = dates.article_year([ln.text for ln in lines])
    published: DateValue | None = None
    updated: DateValue | None = None
    candidates = sorted(set(st.date_lines + st.bylines))
    candidates += [i for i, dec in enumerate(st.decisions) if dec.role is Role.NOTE and dec.note_kind == "origin"]
    for i in candidates:
        ld = dates.read_date_line(lines[i].text, year_hint=None, now=options.now)
        if ld.published is not None and ld.published.iso is None and year is not None:
            ld = dates.read_date_line(lines[i].text, year_hint=year, now=options.now)
        if published is None or (published.iso is None and ld.published is not None and ld.published.iso):
            published = ld.published or published
        if updated is None:
            updated = ld.updated
    for value in (published, updated):
        if value is not None and value.iso is None:
            warnings.append(f"date without year or reference: {value.text!r}")
    return published, updated
