"""parse(text) -> Article: the pipeline, top to bottom. Pure: no I/O, no printing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import dates, layouts, rx
from . import patterns as P
from .bylines import is_agency, parse_byline
from .classify import Role, Structure, classify, explain
from .classify.features import dateline_alone
from .classify.headline import headline_doubt
from .datelines import read_dateline, read_dateline_field
from .model import (
    Article,
    Author,
    BodyBlock,
    Byline,
    Caption,
    Contributor,
    Dateline,
    DateValue,
    DocumentError,
    Heading,
    Note,
    Paragraph,
    Record,
    Removed,
    Source,
)
from .normalize import Line, input_line, normalize_mapped, split_lines
from .notes import contributors
from .speech import Block, extract, quoted_alone


class ParseOptions(Record):
    """Everything that changes how a text is read."""

    now: dt.datetime | None = None  # resolves relative dates ("2 hours ago"); None leaves them unresolved
    layout: str = "auto"  # auto | web | wire | nexis | factiva
    explain: bool = False  # add each line's role and rule, and the header's candidates (`Article.explain`)


def parse(text: str, options: ParseOptions | None = None, *, source: Source | None = None) -> Article:
    """Read the raw text of one news article into an Article.

    A news-database export holding several articles gives its first; `parse_all` gives them all.
    Never raises for any text: what cannot be read is reported in the Article's `warnings`.
    """
    _require_text(text, "parse")
    options = options or ParseOptions()
    for result in parse_all(text, options, source=source):
        if isinstance(result, Article):
            return result
    # an export none of whose articles could be read: read the text as one page instead
    normalised, joined = normalize_mapped(text)
    return parse_document(layouts.Document(normalised, "web"), options, source or Source(), joined)


def parse_all(
    text: str, options: ParseOptions | None = None, *, source: Source | None = None
) -> list[Article | DocumentError]:
    """Every article of a text, in order: one for a web page or wire story, several for an export.

    An article of an export that cannot be read comes back as a DocumentError in its place,
    so that the others still come out.
    """
    _require_text(text, "parse_all")
    rx.settle()  # (what is declared from now on may depend on the input: the pattern cache keeps it a while)
    options = options or ParseOptions()
    if options.layout not in layouts.LAYOUTS:
        raise ValueError(f"unknown layout {options.layout!r}; expected one of {', '.join(layouts.LAYOUTS)}")
    normalised, joined = normalize_mapped(text)
    documents = layouts.split(normalised, options.layout)
    source = source or Source()
    several = len(documents) > 1 or documents[0].index is not None
    out: list[Article | DocumentError] = []
    for doc in documents:
        doc_source = source._replace(index=doc.index) if several else source
        if doc.error is not None:
            out.append(DocumentError(doc_source, doc.layout, input_line(doc.line, joined), doc.error))
            continue
        out.append(parse_document(doc, options, doc_source, joined))
    return out


def _require_text(text: object, name: str) -> None:
    """The one thing the parser cannot take: anything but text (bytes are decoded first, by the caller)."""
    if not isinstance(text, str):
        raise TypeError(
            f"{name}() takes a str (the article's text), not {type(text).__name__}; "
            "decode bytes first with articlecli.decode.decode(data).text"
        )


def parse_document(
    doc: layouts.Document, options: ParseOptions, source: Source, joined: tuple[int, ...] = ()
) -> Article:
    """One article cut from a file by `layouts.split`; `joined` numbers its lines as in the input."""
    dates.forget_article()
    P.forget_article()
    lines = split_lines(doc.text, first_line=doc.line, first_offset=doc.offset, joined=joined)
    slug = doc.metadata.get("slug")
    st = classify(lines, body_only=doc.fields is not None, layout=doc.layout, slug=slug, trace=options.explain)
    why: dict[str, Any] | None = {} if options.explain else None
    article = assemble(lines, st, options, source, doc=doc, why=why)
    return article._replace(explain=explain(st) | why) if why is not None else article


def assemble(
    lines: list[Line],
    st: Structure,
    options: ParseOptions,
    source: Source,
    *,
    doc: layouts.Document,
    why: dict[str, Any] | None = None,
) -> Article:
    """Turn per-line decisions (and an export's fields) into the Article; `why` (for `--explain`) gets the reasons
    read here: each quote's (`quotes`)."""
    warnings: list[str] = []
    fields = doc.fields or layouts.Fields()
    headline = fields.headline or (
        st.decisions[st.headline].text or lines[st.headline].text if st.headline is not None else None
    )
    deck = fields.deck or (lines[st.deck].text if st.deck is not None else None)
    byline_text, authors, agency = read_authors(st, fields)
    year = dates.article_year([ln.text for ln in lines])
    read = why.setdefault("dates", {"published": None, "updated": None, "candidates": []}) if why is not None else None
    published, updated = read_dates(lines, st, options, warnings, year, fields.date, read)
    blocks = body_blocks(lines, st, doc)
    quotes, terms = extract(
        _speech_blocks(headline, deck, blocks, st, lines),
        author=authors[0].name if len(authors) == 1 else None,
        why=why.setdefault("quotes", []) if why is not None else None,
    )
    reference = _date_of(published)
    dateline = read_article_dateline(lines, st, fields, reference.year if reference else year)
    if agency is None and dateline is not None and dateline.agency and P.WIRE_AGENCY.match(dateline.agency):
        agency = dateline.agency  # "WASHINGTON (Reuters) -": the story comes from the agency
    if dateline is not None and _dateline_dates_story(dateline, published):
        # "Mar. 4, 2019 -- City officials said": the story's own date, when the page prints no other
        published = DateValue(dateline.date, dateline.text, dateline.text, "dateline")
        if read is not None:
            read["published"] = {"rule": "dates/dateline", "text": dateline.text}
    mentions = dates.mentioned([p.text for p in blocks.paragraphs], reference=reference, year=year)
    warnings += missing_parts(headline, authors, published, blocks.paragraphs)
    if headline is not None and not fields.headline and (doubt := headline_doubt(st)) is not None:
        warnings.append(f"headline uncertain: {doubt!r} came close")
    return Article(
        source=source,
        layout=doc.layout,
        headline=headline,
        deck=deck,
        byline=byline_text,
        authors=tuple(authors),
        agency=agency,
        published=published,
        updated=updated,
        dateline=dateline,
        captions=tuple(blocks.captions),
        headings=tuple(blocks.headings),
        paragraphs=tuple(blocks.paragraphs),
        body=tuple(blocks.body),
        notes=tuple(blocks.notes),
        contributors=tuple(_contributors(blocks.notes)),
        quotes=tuple(quotes),
        terms=tuple(terms),
        dates_mentioned=tuple(mentions),
        removed=tuple(blocks.removed),
        metadata=dict(doc.metadata),
        warnings=tuple(warnings),
    )


def read_authors(st: Structure, fields: layouts.Fields) -> tuple[str | None, list[Author], str | None]:
    """The byline as printed, its authors (each once) and the wire agency, from an export's field and the
    header's byline lines."""
    authors: list[Author] = []
    byline_text: str | None = None
    agency: str | None = None
    field_byline = field_byline_of(fields.byline) if fields.byline else None
    for b in [field_byline] + [st.decisions[i].byline for i in sorted(st.bylines)]:
        if b is None:
            continue
        byline_text = byline_text or b.text
        agency = agency or b.agency
        for a in b.authors:
            if a.name.casefold() not in {x.name.casefold() for x in authors}:
                authors.append(a)

    # "By A and B" over "Associated Press": the agency is the outlet, not a third author
    if any(not is_agency(a.name) for a in authors):
        agency = agency or next((a.name for a in authors if is_agency(a.name)), None)
        authors = [a for a in authors if not is_agency(a.name)]
    return byline_text, authors, agency


class BodyBlocks(Record):
    """The article's blocks sorted by kind, and all of them in reading order (`body`)."""

    captions: list[Caption]
    headings: list[Heading]
    paragraphs: list[Paragraph]
    body: list[BodyBlock]
    notes: list[Note]
    removed: list[Removed]


def body_blocks(lines: list[Line], st: Structure, doc: layouts.Document) -> BodyBlocks:
    """Each line by its decided role: a paragraph, heading, caption, code, note or header block, or removed."""
    out = BodyBlocks([], [], [], [], [], [])
    for line, dec in zip(lines, st.decisions, strict=True):
        role = dec.role
        if role is Role.PARAGRAPH:
            out.body.append(BodyBlock("paragraph", line.text, line.number, index=len(out.paragraphs)))
            out.paragraphs.append(Paragraph(line.text, line.number, line.start))
        elif role is Role.HEADING:
            out.headings.append(Heading(line.text, len(out.paragraphs), line.number))
            out.body.append(BodyBlock("heading", line.text, line.number))
        elif role is Role.CAPTION:
            out.captions.append(Caption(dec.text, dec.credit, line.number))
            out.body.append(BodyBlock("caption", dec.text or "", line.number, credit=dec.credit))
        elif role is Role.CODE:
            out.body.append(BodyBlock("code", line.text, line.number))
        elif role is Role.NOTE:
            out.notes.append(Note(dec.note_kind or "note", line.text, line.number))
            out.body.append(BodyBlock("note", line.text, line.number))
        elif role in (Role.HEADLINE, Role.DECK, Role.BYLINE, Role.DATE):
            out.body.append(BodyBlock(role, line.text, line.number))
        else:
            out.removed.append(Removed(line.text, dec.reason or "page-chrome", line.number, dec.rule))
    return out


def _speech_blocks(
    headline: str | None, deck: str | None, blocks: BodyBlocks, st: Structure, lines: list[Line]
) -> list[Block]:
    """The blocks quotes are looked for in: headline, deck, captions, paragraphs (each with its input line)."""
    out = [Block("headline", headline, None, None, _number(lines, st.headline))] if headline else []
    if deck:
        out.append(Block("deck", deck, None, None, _number(lines, st.deck)))
    out += [Block("caption", c.text, None, None, c.line) for c in blocks.captions if c.text]
    headings = {h.before_paragraph: h for h in blocks.headings}
    for i, p in enumerate(blocks.paragraphs):
        heading = headings.get(i)
        if heading is not None and quoted_alone(heading.text):
            # a subheading that is a quote alone ("‘Nobody told me’"): words of someone quoted under it
            out.append(Block("heading", heading.text, None, None, heading.line))
        out.append(Block("paragraph", p.text, i, heading.text if heading is not None else None, p.line))
    return out


def _number(lines: list[Line], i: int | None) -> int | None:
    return lines[i].number if i is not None else None


def read_article_dateline(
    lines: list[Line], st: Structure, fields: layouts.Fields, year: int | None
) -> Dateline | None:
    """The dateline printed in the story, else an export's dateline field."""
    dateline = find_dateline(lines, st, year)
    if dateline is None and fields.dateline:
        dateline = read_dateline_field(fields.dateline, year=year)
    return dateline


def _contributors(notes: list[Note]) -> list[Contributor]:
    """The people and agencies named in contributor notes, each once."""
    out: list[Contributor] = []
    for n in notes:
        for c in contributors(n.text):
            if c.name.casefold() not in {x.name.casefold() for x in out}:
                out.append(c)
    return out


def missing_parts(
    headline: str | None, authors: list[Author], published: DateValue | None, paragraphs: list[Paragraph]
) -> list[str]:
    """A warning for each main part of an article that was not found."""
    out = []
    if headline is None:
        out.append("no headline found")
    if not authors:
        out.append("no byline found")
    if published is None:
        out.append("no publication date found")
    if not paragraphs:
        out.append("no body paragraphs found")
    return out


def read_dates(
    lines: list[Line],
    st: Structure,
    options: ParseOptions,
    warnings: list[str],
    year: int | None,
    field_date: str | None = None,
    why: dict[str, Any] | None = None,
) -> tuple[DateValue | None, DateValue | None]:
    """Published and updated dates: an export's date field, the header's date and byline lines, the end notes;
    `why` (for `--explain`) gets each line read and which date it gave (`classify.explain_fields.date_read`)."""
    published: DateValue | None = None
    updated: DateValue | None = None
    candidates: list[tuple[str, int | None]] = [(field_date, None)] if field_date else []
    header = sorted(set(st.date_lines + st.bylines))
    if len(header) > 1:
        # the print edition's date after the others: the story went online first (`lexicon.PRINT_EDITION_LABELS`)
        header.sort(key=lambda i: dates.print_edition(lines[i].text))
    candidates += [(lines[i].text, i) for i in header]
    candidates += [
        (lines[i].text, i) for i, dec in enumerate(st.decisions) if dec.role is Role.NOTE and dec.note_kind == "origin"
    ]
    for text, i in candidates:
        ld = dates.read_date_line(text, year_hint=None, now=options.now)
        # the article's own year before the one `now` gives ("Mar 12" on a page that prints 2023 elsewhere)
        if ld.published is not None and ld.published.resolved in ("no-year", "year-from-now") and year is not None:
            ld = dates.read_date_line(text, year_hint=year, now=options.now)
        before = published, updated
        if published is None or _reads_better(published, ld.published):
            published = ld.published or published
        if updated is None:
            updated = ld.updated
        if why is not None:
            from .classify.explain_fields import date_read

            date_read(why, lines, st, i, ld, before, (published, updated))
    if published is None and updated is not None:
        # A page that prints only "Updated ..." was published then or before: that date is the
        # best there is, and `resolved` says where it came from.
        published = updated._replace(resolved="only-updated")
        if why is not None:
            why["published"] = why["updated"] | {"rule": "dates/only-updated"}
    for value in (published, updated):
        if value is not None and value.iso is None:
            warnings.append(f"date without year or reference: {value.text!r}")
    return published, updated


_RELATIVE = ("relative-to-now", "relative")  # how a date is resolved when the page gives it from the day it was read
_PRINTED = ("printed", "dateparser")


def _reads_better(published: DateValue, later: DateValue | None) -> bool:
    """A later date line of the header says the story's date better than the one read first: that had no date
    (a time alone, no year), or gave it from the day the page was read ("Today at 07:30", "3 hours ago") where
    this one prints it ("Wed 2 Dec 2026 at 07:30")."""
    if later is None or not later.iso:
        return False
    return published.iso is None or (published.resolved in _RELATIVE and later.resolved in _PRINTED)


def _dateline_dates_story(dateline: Dateline, published: DateValue | None) -> bool:
    """The dateline's date is the story's: the page prints no other, or only the date it was updated ("Updated
    March 20, 2023" over "LAGOS, March 17, 2023 — ..."), when the dateline prints its year and a day no later."""
    if dateline.date is None:
        return False
    if published is None:
        return True
    return (
        published.resolved == "only-updated"
        and published.iso is not None
        and dateline.date[:4] in dateline.text
        and dateline.date[:10] <= published.iso[:10]
    )


def field_byline_of(text: str) -> Byline:
    """An export's byline field names the authors, whatever they look like: "CBS News" is the author."""
    found = parse_byline(text, allow_org=True)
    if found is not None:
        return found
    name = P.BYLINE_LEAD.sub("", text.strip()).strip(" ,;")
    return Byline(text, (Author(name),) if name else (), None)


def _date_of(value: DateValue | None) -> dt.date | None:
    if value is None or value.iso is None:
        return None
    return dt.date.fromisoformat(value.iso[:10])


def find_dateline(lines: list[Line], st: Structure, year: int | None) -> Dateline | None:
    """The dateline: opening the first paragraph ("KYIV, Ukraine (AP) — ..."), or on its own line above it."""
    first = next((i for i, dec in enumerate(st.decisions) if dec.role is Role.PARAGRAPH), None)
    if first is None:
        return None
    found = read_dateline(lines[first].text, year=year, date_colon=True)  # a date alone before a colon, here only
    if found is not None:
        return found
    for i in range(first - 1, max(-1, first - 3), -1):
        dec = st.decisions[i]
        if dec.role in (Role.DEBRIS, Role.OUTSIDE) and dateline_alone(lines[i].text):
            return read_dateline_field(lines[i].text, year=year)
    return None
