"""`articlecli show`: an article record as rich renderables (the only module besides cli.py
that imports rich). Quotes are highlighted in the text with their speaker beside them."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .runner import plural

Record = dict[str, Any]

QUOTE_STYLE = "bold green"
SPEAKER_STYLE = "dim green"


def paragraph_text(text: str, quotes: list[Record]) -> Text:
    """A paragraph with its quotes highlighted and each speaker tagged after the closing mark."""
    out = Text()
    pos = 0
    for q in sorted(quotes, key=lambda q: q["start"]):
        if q["start"] < pos:
            continue
        out.append(text[pos : q["start"]])
        out.append(text[q["start"] : q["end"]], style=QUOTE_STYLE)
        close = q["end"]
        while close < len(text) and text[close] in "”’\"'»":
            close += 1
        out.append(text[q["end"] : close])
        if q["speaker"]:
            out.append(f" [{q['speaker']}]", style=SPEAKER_STYLE)
        pos = close
    out.append(text[pos:])
    return out


def article_view(record: Record) -> RenderableType:
    """The whole article: title panel, metadata, body, footer."""
    parts: list[RenderableType] = []
    title = Text(record["headline"] or "(no headline)", style="bold")
    if record["deck"]:
        title.append("\n\n")
        title.append(record["deck"], style="italic")
    parts.append(Panel(title, box=box.ROUNDED, padding=(1, 2)))
    parts.append(_meta(record))
    quotes_by: dict[int, list[Record]] = {}
    for q in record["quotes"]:
        if q["paragraph"] is not None:
            quotes_by.setdefault(q["paragraph"], []).append(q)
    for block in record["body"]:
        kind, text = block["type"], block["text"]
        if kind == "heading":
            parts.append(Padding(Text(text, style="bold underline"), (1, 0, 0, 0)))
        elif kind == "paragraph":
            parts.append(Padding(paragraph_text(text, quotes_by.get(block["index"], [])), (1, 0, 0, 0)))
        elif kind == "caption":
            caption = Text(text or "", style="italic")
            if block.get("credit"):
                caption.append(("\n" if text else "") + f"Photo: {block['credit']}", style="dim")
            parts.append(
                Padding(
                    Panel(caption, box=box.SQUARE, border_style="dim", title="image", title_align="left"), (1, 0, 0, 0)
                )
            )
        elif kind == "code":
            parts.append(Text("    " + text, style="cyan"))
    parts.append(_footer(record))
    if record.get("explain"):
        parts.append(explain_view(record["explain"]))
    return Group(*parts)


def explain_view(explain: Record) -> RenderableType:
    """Every line of the input, with its line number and the rule that decided it in a margin."""
    lines = explain["lines"]
    margin = max((len(item["rule"]) for item in lines), default=0)
    parts: list[RenderableType] = [Padding(Text("how each line was read", style="bold"), (1, 0, 0, 0))]
    for item in lines:
        row = Text(f"{item['line']:>5} {item['rule']:<{margin}}  ", style="dim", no_wrap=True, overflow="ellipsis")
        row.append(item["text"], style="")
        parts.append(row)
    parts.append(Padding(Text("what the header weighed", style="bold"), (1, 0, 0, 0)))
    headline = explain["headline"]
    chosen = {headline["line"]}
    parts += _weighed("headline", [c | {"taken": c["line"] in chosen} for c in headline["candidates"]])
    parts += _weighed("deck", explain["deck"]["candidates"])
    parts += _weighed("byline", explain["byline"]["candidates"])
    return Group(*parts)


def _weighed(part: str, candidates: list[Record]) -> list[RenderableType]:
    """The lines weighed for one part of the header: taken ("*") or not, line number, score and text, then
    the named weights that made the score."""
    rows: list[RenderableType] = [Text(part + ("" if candidates else ": no candidates"), style="bold")]
    for c in candidates:
        mark = "*" if c["taken"] else " "
        row = Text(f"{mark} {c['line']:>4} {c['score']:>+6.2f}  ", no_wrap=True, overflow="ellipsis")
        row.append(c["text"])
        rows.append(row)
        named = ", ".join(f"{name}={value:+g}" for name, value in c["weights"].items())
        rows.append(Padding(Text(named, style="dim"), (0, 0, 0, 15)))
    return rows


def _meta(record: Record) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column()
    if record["authors"]:
        names = ", ".join(a["name"] + (f" ({a['role']})" if a.get("role") else "") for a in record["authors"])
        table.add_row("by", names)
    for key in ("published", "updated"):
        if record[key]:
            table.add_row(key, record[key])
    dateline = record.get("dateline")
    if dateline:
        table.add_row("dateline", dateline.get("text") or dateline.get("place") or "")
    if record.get("layout") and record["layout"] != "web":
        index = (record.get("source") or {}).get("index")
        table.add_row("layout", record["layout"] + (f", article {index + 1} of the file" if index is not None else ""))
    meta = record.get("metadata") or {}
    where = ", ".join(meta[k] for k in ("publication", "section", "length") if meta.get(k))
    if where:
        table.add_row("from", where)
    return table


def _footer(record: Record) -> RenderableType:
    parts: list[RenderableType] = [Padding(Rule(style="dim"), (1, 0, 0, 0))]
    for note in record["notes"]:
        parts.append(Text(f"{note['kind']}: {note['text']}", style="italic"))
    if record["speakers"]:
        speakers = ", ".join(f"{s['name']} ({s['quotes']})" for s in record["speakers"])
        parts.append(Text(f"speakers: {speakers}"))
    stats = record["stats"]
    parts.append(
        Text(
            f"{plural(stats['paragraphs'], 'paragraph')}, {plural(len(record['headings']), 'heading')}, "
            f"{plural(stats['captions'], 'caption')}, {plural(stats['quotes'], 'quote')}, "
            f"{plural(stats['words'], 'word')}, {stats['reading_time_minutes']} min read",
            style="bold",
        )
    )
    if record["removed"]:
        reasons: dict[str, int] = {}
        for r in record["removed"]:
            reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
        summary = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]))
        parts.append(Text(f"removed {plural(len(record['removed']), 'line')}: {summary}", style="dim"))
        for r in record["removed"][:40]:
            parts.append(
                Text(
                    f"  {r['line']:>4} {r['reason']:<18} {r['text'][:60]}",
                    style="dim",
                    no_wrap=True,
                    overflow="ellipsis",
                )
            )
        if len(record["removed"]) > 40:
            parts.append(Text(f"  ... and {len(record['removed']) - 40} more", style="dim"))
    for w in record.get("warnings", []):
        parts.append(Text(f"warning: {w}", style="yellow"))
    return Group(*parts)


def render_text(records: list[Record], *, width: int, styles: bool) -> str:
    """The articles as `show` draws them, as one string: with ANSI styles (for a terminal or a pager
    that shows them, such as `less -R`) or plain, with no trailing spaces on any line."""
    import io

    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=styles,
        color_system="auto" if styles else None,  # as the terminal says (TERM, COLORTERM, NO_COLOR)
        highlight=False,
        emoji=False,
    )
    show(records, console)
    text = buf.getvalue()
    if styles:
        return text
    # rich pads each line to the full width; plain text keeps only what is written
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def show(records: list[Record], console: Console) -> None:
    for i, record in enumerate(records):
        if i:
            console.print(Rule(style="dim"))
        if "error" in record:
            continue
        console.print(Text(record["source"].get("path") or "<stdin>", style="dim"))
        console.print(article_view(record))
