"""Flat tables of article records: one row per article, quote, caption, paragraph, author or error.

The rows are built here once, from the JSON form, for every tabular output: CSV takes some of the
columns as text (`export.csv_rows`), Parquet all of them with their types (`articlecli.parquet`),
Dask the same rows as DataFrames (`articlecli.dask`). Every table starts with the same three keys,
so the tables join: `source_sha256` (of the input file), `source_index` (the article's position in
its file; 0 for a file holding one article) and `source_path`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

Record = dict[str, Any]

TABLES = ("articles", "quotes", "captions", "paragraphs", "authors", "errors")
KEYS = ("source_sha256", "source_index", "source_path")

# Column types, named in a small vocabulary that `articlecli.parquet` maps to Arrow types:
# string, int32, int64, date (calendar date), timestamp (an instant, UTC), local (a wall-clock
# time without zone), strings (a list of strings), map (string to string).
_KEY_TYPES = (("source_sha256", "string"), ("source_index", "int32"), ("source_path", "string"))


def _date_columns(name: str) -> tuple[tuple[str, str], ...]:
    return (
        (name, "string"),
        (f"{name}_date", "date"),
        (f"{name}_at", "timestamp"),
        (f"{name}_local", "local"),
        (f"{name}_text", "string"),
        (f"{name}_source", "string"),
        (f"{name}_resolved", "string"),
    )


COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        *_KEY_TYPES,
        ("source_bytes", "int64"),
        ("source_encoding", "string"),
        ("schema", "string"),
        ("layout", "string"),
        ("headline", "string"),
        ("deck", "string"),
        ("byline", "string"),
        ("authors", "strings"),
        ("agency", "string"),
        *_date_columns("published"),
        *_date_columns("updated"),
        ("dateline_place", "string"),
        ("dateline_agency", "string"),
        ("dateline_date", "date"),
        ("dateline_text", "string"),
        ("words", "int32"),
        ("paragraphs", "int32"),
        ("quotes", "int32"),
        ("captions", "int32"),
        ("reading_time_minutes", "int32"),
        ("headings", "int32"),
        ("notes", "int32"),
        ("speakers", "strings"),
        ("metadata", "map"),
        ("warnings", "strings"),
        ("error", "string"),
    ),
    "quotes": (
        *_KEY_TYPES,
        ("quote", "int32"),
        ("text", "string"),
        ("speaker", "string"),
        ("speaker_mention", "string"),
        ("cue", "string"),
        ("kind", "string"),
        ("block", "string"),
        ("paragraph", "int32"),
        ("start", "int32"),
        ("end", "int32"),
    ),
    "captions": (*_KEY_TYPES, ("caption", "int32"), ("text", "string"), ("credit", "string"), ("line", "int32")),
    "paragraphs": (
        *_KEY_TYPES,
        ("paragraph", "int32"),
        ("text", "string"),
        ("line", "int32"),
        ("start", "int32"),
        ("words", "int32"),
    ),
    "authors": (*_KEY_TYPES, ("author", "int32"), ("name", "string"), ("role", "string"), ("affiliation", "string")),
    "errors": (*_KEY_TYPES, ("layout", "string"), ("line", "int32"), ("error", "string")),
}


def keys(record: Record) -> dict[str, Any]:
    """The join keys of a record."""
    src = record.get("source") or {}
    return {"source_sha256": src.get("sha256"), "source_index": src.get("index", 0), "source_path": src.get("path")}


def rows(record: Record, table: str) -> Iterator[dict[str, Any]]:
    """The rows one record gives a table; an error record gives one row in `articles` and in `errors`."""
    base = keys(record)
    if "error" in record:
        if table == "articles":
            yield {**base, "source_bytes": record["source"].get("bytes"), "error": record["error"]}
        elif table == "errors":
            yield {**base, "layout": record.get("layout"), "line": record.get("line"), "error": record["error"]}
        return
    if table == "articles":
        yield {**base, **_article(record)}
    elif table == "quotes":
        for n, q in enumerate(record["quotes"]):
            yield {**base, "quote": n, **q}
    elif table == "captions":
        for n, c in enumerate(record["captions"]):
            yield {**base, "caption": n, **c}
    elif table == "paragraphs":
        for n, p in enumerate(record["paragraphs"]):
            yield {**base, "paragraph": n, **p, "words": len(p["text"].split())}
    elif table == "authors":
        for n, a in enumerate(record["authors"]):
            yield {**base, "author": n, "name": a["name"], "role": a.get("role"), "affiliation": a.get("affiliation")}
    elif table != "errors":
        raise ValueError(f"unknown table {table!r}")


def _article(record: Record) -> dict[str, Any]:
    """Every scalar field of an article record, flattened; lists of names as lists; counts."""
    src, dateline = record["source"], record["dateline"] or {}
    return {
        "source_bytes": src["bytes"],
        "source_encoding": src["encoding"],
        "schema": record["schema"],
        "layout": record["layout"],
        "headline": record["headline"],
        "deck": record["deck"],
        "byline": record["byline"],
        "authors": [a["name"] for a in record["authors"]],
        "agency": record["agency"],
        **_date_fields("published", record["published"], record["dates"]["published"]),
        **_date_fields("updated", record["updated"], record["dates"]["updated"]),
        "dateline_place": dateline.get("place"),
        "dateline_agency": dateline.get("agency"),
        "dateline_date": _calendar_date(dateline.get("date")),
        "dateline_text": dateline.get("text"),
        **record["stats"],
        "headings": len(record["headings"]),
        "notes": len(record["notes"]),
        "speakers": [s["name"] for s in record["speakers"]],
        "metadata": record["metadata"],
        "warnings": record["warnings"],
        "error": None,
    }


def _date_fields(name: str, iso: str | None, detail: Record | None) -> dict[str, Any]:
    """A date as printed in the JSON (`name`), as a calendar date, as an instant when its zone is
    known, as a wall-clock time when a time is printed, and how it was read."""
    detail = detail or {}
    stamp = dt.datetime.fromisoformat(iso) if iso is not None and "T" in iso else None
    return {
        name: iso,
        f"{name}_date": _calendar_date(iso),
        f"{name}_at": stamp.astimezone(dt.timezone.utc) if stamp is not None and stamp.tzinfo else None,
        f"{name}_local": stamp.replace(tzinfo=None) if stamp is not None else None,
        f"{name}_text": detail.get("text"),
        f"{name}_source": detail.get("date_source"),
        f"{name}_resolved": detail.get("resolved"),
    }


def _calendar_date(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso[:10]) if iso else None
