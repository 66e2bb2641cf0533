"""Output formats: one registry for `parse --json`, streamed export and export to a folder.

A format opens a *sink* over a file object (text, or bytes when `binary`): `write(record)` for
each record of the run, then `close()`. A stream gets every record of a run through one sink; a
folder export opens one sink per article file. To add a format, write its sink and register it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, Protocol

# The renderers (`export.py`) are imported by the sinks of the formats that use them, and the sinks of the formats
# other than JSON (`sinks.py`) when one is opened: `parse --json` needs none of them (their classes are some
# 0.3M instructions of every start).

Record = dict[str, Any]


if TYPE_CHECKING:  # a Protocol class costs typing's machinery at every start; only mypy reads it

    class Sink(Protocol):
        def write(self, record: Record) -> None: ...

        def close(self) -> None: ...


class SinkOptions:
    """table: the CSV table (or another tabular format's); single: the output is for one file
    argument, so one article is written as a document of its own (a JSON object, a titled page)."""

    __slots__ = ("single", "table")

    def __init__(self, table: str = "articles", single: bool = False) -> None:
        self.table = table
        self.single = single


class Format:
    __slots__ = ("_tables", "binary", "extension", "name", "newline", "open", "tabular")

    def __init__(
        self,
        name: str,
        extension: str,
        open: Callable[[IO[Any], SinkOptions], Sink],
        tables: tuple[str, ...] = (),
        binary: bool = False,
        newline: str | None = None,
        tabular: bool = False,
    ) -> None:
        self.name = name
        self.extension = extension  # of the files written one per article
        self.open = open
        self._tables = tables
        self.binary = binary  # the sink takes a binary file object
        self.newline = newline  # newline translation of the text file object (csv wants "")
        self.tabular = tabular  # the package's flat tables (`tables.TABLES`) are its tables

    @property
    def tables(self) -> tuple[str, ...]:
        """The --table values it accepts; () for a format without tables. The package's tables are read from
        `tables.py` when first asked for (by `export`): `parse --json` does not load that module (0.3M)."""
        if self.tabular and not self._tables:
            from .tables import TABLES

            self._tables = TABLES
        return self._tables


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """`json.dumps(obj, ensure_ascii=False, indent=indent)`."""
    if indent is None:
        return json.dumps(obj, ensure_ascii=False)  # the standard library's encoder in C
    try:
        return _indented(obj, " " * indent)
    except _NotPlain:
        return json.dumps(obj, ensure_ascii=False, indent=indent)


class _NotPlain(Exception):
    """A value `_indented` leaves to the standard library (a key that is not a string, an unknown type)."""


def _indented(obj: Any, step: str) -> str:
    """`json.dumps(obj, ensure_ascii=False, indent=len(step))` for a record of dicts with string keys, lists,
    tuples, strings, numbers, booleans and None: the same text in a quarter of the time, as the standard
    library's encoder indents in Python, one generator per container (`parse FILE --json` spent 1% of its
    start-up there). Anything else raises `_NotPlain`."""
    parts: list[str] = []
    _write(obj, parts.append, "\n", step)
    return "".join(parts)


def _write(obj: Any, out: Callable[[str], None], pad: str, step: str) -> None:
    """Append the JSON text of `obj`, nested at `pad` ("\n" and the indentation of its level), to `out`."""
    kind = type(obj)
    if kind is dict:
        if not obj:
            out("{}")
            return
        inner = pad + step
        lead = "{" + inner
        for key, value in obj.items():
            if type(key) is not str:
                raise _NotPlain
            if type(value) is str:
                out(lead + _quote(key) + ": " + _quote(value))
            else:
                out(lead + _quote(key) + ": ")
                _write(value, out, inner, step)
            lead = "," + inner
        out(pad + "}")
    elif kind is list or kind is tuple:
        if not obj:
            out("[]")
            return
        inner = pad + step
        lead = "[" + inner
        for value in obj:
            out(lead)
            _write(value, out, inner, step)
            lead = "," + inner
        out(pad + "]")
    else:
        out(_scalar(obj))


def _scalar(obj: Any) -> str:
    """A string, number, boolean or None as `json.dumps` writes it."""
    kind = type(obj)
    if kind is str:
        return _quote(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if kind is int:
        return int.__repr__(obj)
    if kind is float:
        if obj != obj:
            return "NaN"
        if obj in (_INFINITY, -_INFINITY):
            return "Infinity" if obj > 0 else "-Infinity"
        return float.__repr__(obj)
    raise _NotPlain


_quote = json.encoder.encode_basestring  # (the C function: what json.dumps uses with ensure_ascii=False)
_INFINITY = float("inf")


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _is_article(record: Record) -> bool:
    return "error" not in record


class JsonSink:
    """An array of the articles, streamed; for one file argument holding one article, that object."""

    def __init__(self, fh: IO[str], options: SinkOptions) -> None:
        self.fh = fh
        self.single = options.single
        self.held: list[Record] = []  # one file argument: kept until its article count is known
        self.count = 0

    def write(self, record: Record) -> None:
        if not _is_article(record):
            return
        if self.single:
            self.held.append(record)
            return
        self.fh.write(("[\n" if self.count == 0 else ",\n") + _indent(dumps(record, indent=2)))
        self.count += 1

    def close(self) -> None:
        if self.single:
            if len(self.held) == 1:
                self.fh.write(dumps(self.held[0], indent=2) + "\n")
                return
            if not self.held:  # the one input failed: its error is on stderr, no document
                return
            self.single = False
            for record in self.held:
                self.write(record)
        self.fh.write("\n]\n" if self.count else "[\n]\n")


def _jsonl(fh: IO[str], options: SinkOptions) -> Sink:
    from .sinks import JsonLinesSink

    return JsonLinesSink(fh, options)


def _csv(fh: IO[str], options: SinkOptions) -> Sink:
    from .sinks import CsvSink

    return CsvSink(fh, options)


def _markdown(fh: IO[str], options: SinkOptions) -> Sink:
    from .sinks import markdown

    return markdown(fh, options)


def _html(fh: IO[str], options: SinkOptions) -> Sink:
    from .sinks import HtmlSink

    return HtmlSink(fh, options)


def _text(fh: IO[str], options: SinkOptions) -> Sink:
    from .sinks import text

    return text(fh, options)


def _parquet(fh: IO[bytes], options: SinkOptions) -> Sink:
    from .parquet import ParquetSink  # pyarrow: only for this format (the `parquet` extra)

    return ParquetSink(fh, options.table)


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> None:
    FORMATS[fmt.name] = fmt


for _fmt in (
    Format("json", ".json", JsonSink),
    Format("jsonl", ".jsonl", _jsonl),
    Format("csv", ".csv", _csv, newline="", tabular=True),
    Format("parquet", ".parquet", _parquet, binary=True, tabular=True),
    Format("markdown", ".md", _markdown),
    Format("html", ".html", _html),
    Format("text", ".txt", _text),
):
    register(_fmt)
