"""The sinks of the output formats other than JSON (`formats.py`), loaded when one is opened: `parse --json`
builds none of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, TYPE_CHECKING

from .formats import SinkOptions, _is_article, dumps

if TYPE_CHECKING:
    from .formats import Record, Sink


class JsonLinesSink:
    """One object per line, error records included: a stream keeps every input's place."""

    def __init__(self, fh: IO[str], options: SinkOptions) -> None:
        self.fh = fh

    def write(self, record: Record) -> None:
        self.fh.write(dumps(record) + "\n")

    def close(self) -> None:
        pass


class CsvSink:
    """One table: a header row, then the rows each record contributes (error records included)."""

    def __init__(self, fh: IO[str], options: SinkOptions) -> None:
        import csv  # only for this format

        from . import export as render

        self.render = render
        self.table = options.table
        self.writer = csv.DictWriter(fh, fieldnames=render.CSV_COLUMNS[self.table], extrasaction="ignore")
        self.writer.writeheader()

    def write(self, record: Record) -> None:
        self.writer.writerows(self.render.csv_rows(record, self.table))

    def close(self) -> None:
        pass


class HtmlSink:
    """One page: a page of its own for a single article (titled with its headline), else all of them."""

    def __init__(self, fh: IO[str], options: SinkOptions) -> None:
        from . import export as render

        self.render = render
        self.fh = fh
        self.held: list[Record] | None = [] if options.single else None
        self.tail: str | None = None

    def _start(self) -> None:
        head, self.tail = self.render.html_page(["\x00"], "Articles").split("\x00")
        self.fh.write(head)

    def write(self, record: Record) -> None:
        if not _is_article(record):
            return
        if self.held is not None:
            self.held.append(record)
            return
        if self.tail is None:
            self._start()
        self.fh.write(self.render.html_article(record) + "\n")

    def close(self) -> None:
        if self.held is not None and len(self.held) == 1:
            self.fh.write(self.render.to_html(self.held[0]))
            return
        held, self.held = self.held or [], None
        for record in held:
            self.write(record)
        if self.tail is None:
            self._start()
        assert self.tail is not None
        self.fh.write(self.tail.lstrip("\n"))


class DocumentSink:
    """Markdown or plain text: each article rendered, separated by a rule."""

    def __init__(self, fh: IO[str], render_one: Callable[[Record], str], separator: str) -> None:
        self.fh = fh
        self.render_one = render_one
        self.separator = separator
        self.first = True

    def write(self, record: Record) -> None:
        if not _is_article(record):
            return
        self.fh.write(("" if self.first else self.separator) + self.render_one(record))
        self.first = False

    def close(self) -> None:
        pass


def markdown(fh: IO[str], options: SinkOptions) -> Sink:
    from .export import to_markdown

    return DocumentSink(fh, to_markdown, "\n---\n\n")


def text(fh: IO[str], options: SinkOptions) -> Sink:
    from .export import to_text

    return DocumentSink(fh, to_text, "\n" + "=" * 72 + "\n\n")
