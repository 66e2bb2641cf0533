"""Renderers: an article record (the JSON form) -> text in another format. No I/O, no rich.

Every renderer takes the dict that `Article.to_dict()` gives (what the batch workers send
back), so that output never depends on how a record was produced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from . import tables

Record = dict[str, Any]

TABLES = tables.TABLES

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "path",
        "index",
        "headline",
        "deck",
        "authors",
        "published",
        "updated",
        "paragraphs",
        "quotes",
        "captions",
        "words",
        "error",
    ),
    "quotes": ("path", "index", "paragraph", "speaker", "cue", "kind", "text"),
    "captions": ("path", "index", "text", "credit"),
    **{
        name: ("path", "index", *(col for col, _ in tables.COLUMNS[name] if col not in tables.KEYS))
        for name in ("paragraphs", "authors", "errors")
    },
}


def csv_rows(record: Record, table: str) -> Iterator[dict[str, Any]]:
    """The rows one record gives a CSV table: the rows of `tables.rows` as text, keyed by path and index
    (an error record gives one row in "articles" and in "errors")."""
    src = record.get("source") or {}
    where = {"path": src.get("path") or "-", "index": src.get("index", "")}
    for row in tables.rows(record, table):
        if table == "articles" and "error" not in record:
            row["authors"] = "; ".join(row["authors"])
        elif table == "quotes" and row["paragraph"] is None:
            row["paragraph"] = row["block"]  # a quote in the headline, deck or a caption
        yield {**row, **where}


def _quoted_paragraph(text: str, quotes: list[Record], mark: Any) -> str:
    """The paragraph with each attributed quote followed by its speaker, via `mark(text, speaker)`."""
    out, pos = [], 0
    for q in sorted(quotes, key=lambda q: q["start"]):
        if q["start"] < pos:
            continue
        out.append(text[pos : q["end"]])
        close = q["end"]
        while close < len(text) and text[close] in "”’\"'»,":
            close += 1
        out.append(text[q["end"] : close])
        if q["speaker"]:
            out.append(mark(q["speaker"]))
        pos = close
    out.append(text[pos:])
    return "".join(out)


def _quotes_by_paragraph(record: Record) -> dict[int, list[Record]]:
    by: dict[int, list[Record]] = {}
    for q in record.get("quotes", []):
        if q["paragraph"] is not None:
            by.setdefault(q["paragraph"], []).append(q)
    return by


def byline_line(record: Record) -> str:
    parts = []
    if record["authors"]:
        parts.append("By " + ", ".join(a["name"] for a in record["authors"]))
    if record["published"]:
        parts.append(f"Published {record['published']}")
    if record["updated"]:
        parts.append(f"Updated {record['updated']}")
    return " | ".join(parts)


def to_markdown(record: Record) -> str:
    """The article as a clean Markdown document; quotes are left as printed."""
    lines: list[str] = []
    if record["headline"]:
        lines += [f"# {md_escape(record['headline'])}", ""]
    if record["deck"]:
        lines += [f"*{md_escape(record['deck'])}*", ""]
    meta = byline_line(record)
    if meta:
        lines += [md_escape(meta), ""]
    for block in record["body"]:
        kind, text = block["type"], block["text"]
        if kind == "heading":
            lines += [f"## {md_escape(text)}", ""]
        elif kind == "paragraph":
            lines += [md_escape(text), ""]
        elif kind == "caption":
            credit = md_escape(f" ({block['credit']})" if block.get("credit") else "")
            lines += [f"> *Image: {md_escape(text)}{credit}*" if text else f"> *Image{credit}*", ""]
        elif kind == "code":
            lines += ["    " + text, ""]
        elif kind == "note":
            lines += [f"*{md_escape(text)}*", ""]
    return "\n".join(lines).rstrip() + "\n"


# Characters Markdown (CommonMark, and GitHub's strikethrough) reads as syntax anywhere in a line:
# emphasis, code, links and images, raw HTML and autolinks, entities; each is escaped. (A `|` makes
# a table only above a `---|---` line, and blocks here are apart.)
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&~])")
# ... and at the start of a line: headings, quotes, list items, thematic breaks, setext underlines.
_MD_LINE_START = re.compile(r"^(?:([#+=-])|(\d{1,9})([.)]))", re.MULTILINE)


def md_escape(text: str) -> str:
    """Text that reads back from Markdown as itself, not as markup."""
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text)


def to_text(record: Record) -> str:
    """Plain text: headline, deck, byline, then the body in reading order (headings, paragraphs, code,
    captions as `[Image: text (credit)]`, end notes), blocks separated by blank lines."""
    parts = [x for x in (record["headline"], record["deck"], byline_line(record)) if x]
    for block in record["body"]:
        kind, text = block["type"], block["text"]
        if kind in ("paragraph", "heading", "code", "note"):
            parts.append(text)
        elif kind == "caption":
            credit = f" ({block['credit']})" if block.get("credit") else ""
            parts.append(f"[Image: {text}{credit}]" if text else f"[Image{credit}]")
    return "\n\n".join(parts) + "\n"


HTML_STYLE = """
body { max-width: 42em; margin: 2em auto; padding: 0 1em; font: 18px/1.55 Georgia, serif; color: #222; }
h1 { font-size: 1.9em; line-height: 1.2; margin-bottom: .3em; } .deck { font-size: 1.15em; color: #555; }
.meta { color: #777; font: 14px/1.4 system-ui, sans-serif; } figure { margin: 1.5em 0; color: #555; }
figcaption { font: 14px/1.4 system-ui, sans-serif; } .credit { color: #999; }
.speaker { font: 12px system-ui, sans-serif; color: #2a6; margin-left: .3em; } .note { color: #777; }
article + article { border-top: 1px solid #ddd; margin-top: 3em; }
""".strip()


def html_article(record: Record) -> str:
    """One <article> element; every piece of text escaped."""
    from html import escape as e  # only for this format

    out = ["<article>"]
    if record["headline"]:
        out.append(f"<h1>{e(record['headline'])}</h1>")
    if record["deck"]:
        out.append(f'<p class="deck">{e(record["deck"])}</p>')
    meta = byline_line(record)
    if meta:
        out.append(f'<p class="meta">{e(meta)}</p>')
    quotes = _quotes_by_paragraph(record)
    for block in record["body"]:
        kind, text = block["type"], block["text"]
        if kind == "heading":
            out.append(f"<h2>{e(text)}</h2>")
        elif kind == "paragraph":
            marked = _quoted_paragraph(text, quotes.get(block.get("index", -1), []), lambda s: f"\x00{s}\x01")
            body = e(marked).replace("\x00", '<span class="speaker">[').replace("\x01", "]</span>")
            out.append(f"<p>{body}</p>")
        elif kind == "caption":
            credit = f' <span class="credit">{e(block["credit"])}</span>' if block.get("credit") else ""
            out.append(f"<figure><figcaption>{e(text)}{credit}</figcaption></figure>")
        elif kind == "code":
            out.append(f"<pre>{e(text)}</pre>")
        elif kind == "note":
            out.append(f'<p class="note"><em>{e(text)}</em></p>')
    out.append("</article>")
    return "\n".join(out)


def html_page(articles: list[str], title: str) -> str:
    """A standalone, readable page around one or more <article> elements."""
    from html import escape

    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{HTML_STYLE}\n</style>\n</head>\n<body>\n" + "\n".join(articles) + "\n</body>\n</html>\n"
    )


def to_html(record: Record) -> str:
    return html_page([html_article(record)], record["headline"] or "Article")
