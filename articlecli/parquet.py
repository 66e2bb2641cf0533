"""Parquet output: the flat tables of `articlecli.tables` as typed columns, through pyarrow.

Rows are gathered into row groups as records stream in, so memory stays flat in the number of
files. `ParquetSink` is the `parquet` format of the output registry (`formats.py`), which writes a
file atomically; `export_dataset` writes a dataset, a folder of part files (by the workers of a
Dask cluster with --scheduler), into a temporary folder renamed into place when the run succeeds.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from .extras import need
from .outputs import OutputError, OutputExists
from .tables import COLUMNS, Record, rows

if TYPE_CHECKING:
    import pyarrow as pa

# A row group is written when it holds this many rows or this much Arrow data, whichever comes
# first: large enough for readers to scan well, small enough that the memory of an export does not
# grow with the number of files (the writer needs about three times a group's Arrow data; 1 MB is
# about 1,600 rows of `articles`, 7,000 of `quotes`).
ROW_GROUP_ROWS = 100_000
ROW_GROUP_BYTES = 1 << 20
PART = "part-{:06d}.parquet"


def pyarrow() -> Any:
    """The pyarrow module, or MissingExtra naming the `parquet` extra."""
    need("pyarrow.parquet", "parquet", "-f parquet")
    import pyarrow

    return pyarrow


def _arrow_type(name: str) -> pa.DataType:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "local": pa.timestamp("us"),
        "strings": pa.list_(pa.string()),
        "map": pa.map_(pa.string(), pa.string()),
    }
    return types[name]


def schema(table: str) -> pa.Schema:
    """The Arrow schema of a table; the keys are never null except for unreadable inputs."""
    import pyarrow as pa

    fields = [pa.field(name, _arrow_type(kind)) for name, kind in COLUMNS[table]]
    return pa.schema(fields, metadata={"articlecli.table": table, "articlecli.schema": "articlecli/article@1"})


# rows held as Python values before they become Arrow arrays: Arrow holds the rest of a row group
# compactly, so memory stays flat in the number of files however large a row group grows
BATCH_ROWS = 512


class _Columns:
    """Rows of one table gathered column by column, until a row group is full."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.schema = schema(table)
        self.names = [name for name, _ in COLUMNS[table]]
        self.data: dict[str, list[Any]] = {name: [] for name in self.names}
        self.held = 0  # rows in `data`
        self.batches: list[pa.RecordBatch] = []
        self.count = 0  # rows in all
        self.nbytes = 0  # Arrow data in `batches`

    def add(self, record: Record) -> None:
        for row in rows(record, self.table):
            for name in self.names:
                self.data[name].append(row.get(name))
            self.held += 1
            self.count += 1
        if self.held >= BATCH_ROWS:
            self._to_arrow()

    def _to_arrow(self) -> None:
        import pyarrow as pa

        self.batches.append(pa.RecordBatch.from_pydict(self.data, schema=self.schema))
        self.nbytes += self.batches[-1].nbytes
        self.data = {name: [] for name in self.names}
        self.held = 0

    def take(self) -> pa.Table:
        import pyarrow as pa

        if self.held or not self.batches:
            self._to_arrow()
        out = pa.Table.from_batches(self.batches, schema=self.schema)
        self.batches = []
        self.count = self.nbytes = 0
        return out


def to_arrow(records: Iterable[Record], table: str) -> pa.Table:
    """The rows of `records` in one table, as an Arrow table."""
    pyarrow()
    cols = _Columns(table)
    for record in records:
        cols.add(record)
    return cols.take()


class ParquetSink:
    """The rows of one table into one Parquet file (a path or a binary file object), a row group
    at a time: when it holds ROW_GROUP_ROWS rows or ROW_GROUP_BYTES of Arrow data."""

    def __init__(self, where: str | Path | IO[bytes], table: str, *, row_group_rows: int | None = None) -> None:
        pyarrow()
        import pyarrow.parquet as pq

        self.cols = _Columns(table)
        self.group = row_group_rows or ROW_GROUP_ROWS
        self.writer = pq.ParquetWriter(
            where if not isinstance(where, Path) else str(where), schema(table), compression="zstd"
        )

    def write(self, record: Record) -> None:
        self.cols.add(record)
        if self.cols.count >= self.group or self.cols.nbytes >= ROW_GROUP_BYTES:
            self.writer.write_table(self.cols.take(), row_group_size=self.group)

    def close(self) -> None:
        if self.cols.count:
            self.writer.write_table(self.cols.take(), row_group_size=self.group)
        self.writer.close()

    def __del__(self) -> None:
        # a run that stopped at a failure never closes its sink, and its file is gone already: the
        # writer must not try to finish it when it is collected (its __del__ reads this flag)
        vars(self.writer)["is_open"] = False


def write(records: Iterable[Record], path: str | Path, table: str, *, row_group_rows: int | None = None) -> None:
    """Write the rows `records` give `table` to a Parquet file at `path`."""
    sink = ParquetSink(path, table, row_group_rows=row_group_rows)
    for record in records:
        sink.write(record)
    sink.close()


class Discard(Exception):
    """Raised inside `atomic_folder` to drop what was written: the run stopped before its end."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_PART = re.compile(r"part-\d{6}\.parquet")


@contextmanager
def atomic_folder(path: str | Path, *, force: bool, inputs: Iterable[str] = ()) -> Iterator[Path]:
    """A temporary folder beside `path`, put in its place when the block succeeds.

    An existing empty folder is taken; an existing dataset (nothing but part files) is replaced
    with `force`; any other folder, or one that holds an input, is never replaced.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(path, "exists and is not a folder")
    if path.is_dir():
        here = path.resolve()
        if any(Path(p).resolve().is_relative_to(here) for p in inputs):
            raise OutputError(path, "holds inputs; not replaced")
        entries = list(path.iterdir())
        if entries and not all(_PART.fullmatch(e.name) for e in entries):
            raise OutputError(path, "is a folder with other files than a dataset's parts; not replaced")
        if entries and not force:
            raise OutputExists(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # absolute: the workers of a cluster write into it from folders of their own
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)).resolve()
        tmp.chmod(0o777 & ~_umask())  # as an ordinary new folder, not mkdtemp's owner-only mode
    except OSError as e:
        raise OutputError(path, e.strerror or str(e)) from None
    try:
        yield tmp
        if path.is_dir():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
            os.replace(path, old / "dataset")
            os.replace(tmp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


class _Batch(Protocol):
    """What `export_dataset` needs of the command line's batch (`cli.Batch`)."""

    refs: Any
    scheduler: Any
    stopped: bool
    strict: bool

    def records(self) -> Iterator[Record]: ...


def export_dataset(batch: _Batch, output: str, table: str, *, force: bool, no_article: str | None = None) -> None:
    """`export -f parquet -o FOLDER/`, or any `-o` with --scheduler: a dataset, a folder of part
    files that readers take as one table. With --scheduler the workers write the parts in parallel
    (one per task); without, one part is written here. Raises Discard, leaving nothing, when the
    run stopped at a failure. `no_article`: the error of a record that holds no article (--strict),
    given to the workers, which write it in the record's place as the command line would."""
    inputs = [ref.path for ref in batch.refs if ref.path is not None and "://" not in ref.path]
    with atomic_folder(output, force=force, inputs=inputs) as tmp:
        if batch.scheduler is not None:
            batch.scheduler.write_parts(tmp, table, no_article=no_article)
            for _ in batch.records():  # the workers write; what comes back is counted and reported
                pass
        else:
            write(batch.records(), tmp / PART.format(0), table)
        if batch.stopped:
            raise Discard
