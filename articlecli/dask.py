"""The batch on Dask: articles as a Dask bag of records, their tables as Dask DataFrames, and the
command line's `--scheduler` (a running `dask scheduler`, or `local` for a cluster on this machine).

Needs the `dask` extra (`pip install 'articlecli[dask]'`). Local paths, folders and globs are
expanded and read exactly as `--jobs` reads them, so the records are the same; URLs (`s3://...`,
`gs://...`, `memory://...`) are listed and read through fsspec, with the file-system package the
user has installed. Files go to the workers in batches, one task per batch: the scheduler's cost
per task is paid once for many files.

    from articlecli.dask import read_articles, to_dataframe
    records = read_articles(["archive/", "s3://bucket/news/*.txt"])
    quotes = to_dataframe(records, table="quotes")
    quotes.groupby("speaker").size().nlargest(10).compute()
"""

from __future__ import annotations

import fnmatch
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .decode import DEFAULT_MAX_BYTES
from .extras import need
from .model import ArticleParseError
from .pipeline import ParseOptions
from .sources import SourceRef, iter_sources, process, read_bytes
from .tables import Record

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

FILES_PER_TASK = 64
# tasks in flight, in input order: each with its sources and its result (a future, or records at hand)
Pending = list[tuple[list[SourceRef], Any]]


def _url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def expand(
    paths: Iterable[str], *, recursive: bool = False, pattern: str = "*.txt", **local_options: Any
) -> Iterator[SourceRef]:
    """Sources in the command line's order: local arguments as `sources.iter_sources` expands them
    (with `local_options`: follow_links, warn), URLs listed through fsspec (a folder's files
    matching `pattern`, a glob's matches, sorted)."""
    local: list[str] = []
    for arg in paths:
        if not _url(arg):
            local.append(arg.removeprefix("file://"))
            continue
        yield from iter_sources(local, recursive=recursive, pattern=pattern, **local_options)
        local = []
        yield from _expand_url(arg, recursive=recursive, pattern=pattern)
    yield from iter_sources(local, recursive=recursive, pattern=pattern, **local_options)


def _expand_url(url: str, *, recursive: bool, pattern: str) -> Iterator[SourceRef]:
    fsspec = need("fsspec", "dask", "reading URLs")
    try:
        fs, path = fsspec.core.url_to_fs(url)
        if any(c in path for c in "*?["):
            found = [p for p in fs.glob(path) if not fs.isdir(p)]
            if not found:
                yield SourceRef(url)  # reported as "not found", as a local glob is
                return
        elif fs.isdir(path):
            listed = fs.find(path) if recursive else fs.ls(path, detail=False)
            found = [p for p in listed if fnmatch.fnmatch(p.rsplit("/", 1)[-1], pattern) and not fs.isdir(p)]
            if not found:
                yield SourceRef(url, f"no files matching {pattern} in this folder")
                return
        else:
            yield SourceRef(url)  # one file, named as given
            return
    except ImportError as e:  # fsspec knows the protocol but its package is not installed
        yield SourceRef(url, f"cannot read this kind of URL: {e}")
        return
    except (OSError, ValueError) as e:
        yield SourceRef(url, f"cannot list: {e}")
        return
    for p in sorted(found):
        yield SourceRef(fs.unstrip_protocol(p))


def _read_url(url: str, max_bytes: int) -> bytes:
    import fsspec

    try:
        with fsspec.open(url, "rb") as fh:
            data: bytes = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise ArticleParseError("not found") from None
    except OSError as e:
        raise ArticleParseError(f"unreadable: {e}") from None
    if len(data) > max_bytes:
        raise ArticleParseError(f"too large (more than {max_bytes:,} bytes)")
    return data


def parse_batch(
    refs: list[SourceRef], options: ParseOptions, max_bytes: int, cwd: str | None = None
) -> list[list[Record]]:
    """The records of each source of one task, as `--jobs` gives them. Relative paths are read from
    `cwd`, the client's folder (a worker's own may differ), and reported as given."""
    out = []
    for ref in refs:
        if ref.path is None or ref.problem is not None:
            out.append(process(ref, options, max_bytes))
            continue
        try:
            data = _read(ref.path, cwd or os.getcwd(), max_bytes)
        except ArticleParseError as e:  # the error record `process` gives for a source known to be bad
            out.append(process(ref._replace(problem=e.reason), options, max_bytes))
            continue
        out.append(process(ref, options, max_bytes, data=data))
    return out


def _read(path: str, cwd: str, max_bytes: int) -> bytes:
    if _url(path):
        return _read_url(path, max_bytes)
    return read_bytes(SourceRef(os.path.join(cwd, path.removeprefix("file://"))), max_bytes=max_bytes)


def _flat(refs: list[SourceRef], options: ParseOptions, max_bytes: int, cwd: str) -> list[Record]:
    return [rec for records in parse_batch(refs, options, max_bytes, cwd) for rec in records]


def read_articles(
    paths: Iterable[str] | str,
    *,
    recursive: bool = False,
    pattern: str = "*.txt",
    options: ParseOptions | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    files_per_task: int = FILES_PER_TASK,
) -> dask.bag.Bag:
    """A Dask bag of the records (articles and error records) of files, folders, globs or URLs, in order."""
    db = need("dask.bag", "dask", "articlecli.dask")
    refs = list(expand([paths] if isinstance(paths, str) else paths, recursive=recursive, pattern=pattern))
    if any(ref.path is None for ref in refs):
        raise ValueError("standard input cannot be read on a cluster")
    chunks = [refs[i : i + files_per_task] for i in range(0, len(refs), files_per_task)]
    bag: dask.bag.Bag = db.from_sequence(chunks, npartitions=max(1, len(chunks))).map_partitions(
        _flat_partition, options or ParseOptions(), max_bytes, os.getcwd()
    )
    return bag


def _flat_partition(chunks: list[list[SourceRef]], options: ParseOptions, max_bytes: int, cwd: str) -> list[Record]:
    return [rec for refs in chunks for rec in _flat(refs, options, max_bytes, cwd)]


def to_dataframe(records: dask.bag.Bag, table: str = "articles") -> dask.dataframe.DataFrame:
    """One of the Parquet tables (`articlecli.tables`) of a bag of records, as a Dask DataFrame
    with Arrow-backed columns (timestamps with their zone, lists of strings)."""
    need("dask.dataframe", "dask", "to_dataframe")
    need("pyarrow", "dask", "to_dataframe")
    import dask.dataframe as dd
    from dask.delayed import delayed

    bag: Any = records  # dask's own annotations are partial
    parts = [delayed(_frame)(part, table) for part in bag.to_delayed()]
    frame: dask.dataframe.DataFrame = dd.from_delayed(parts, meta=_frame([], table), verify_meta=False)
    return frame


def _frame(records: list[Record], table: str) -> Any:
    import pandas as pd

    from .parquet import to_arrow

    return to_arrow(records, table).to_pandas(types_mapper=pd.ArrowDtype)


class Scheduler:
    """Runs the command line's batch on a Dask cluster: tasks of FILES_PER_TASK files, submitted a
    window ahead, their results taken back in input order (as the process pool's are)."""

    def __init__(self, address: str, *, workers: int = 0) -> None:
        distributed = need("distributed", "dask", "--scheduler")
        logging.getLogger("distributed").setLevel(logging.ERROR)
        self.cluster: Any = None
        if address == "local":
            import dask.config

            # Workers forked from this process start with articlecli and dask imported: a second
            # instead of three or four for spawned ones, which import everything again (Linux only;
            # elsewhere dask's default stays)
            method = "fork" if sys.platform.startswith("linux") else None
            with dask.config.set({"distributed.worker.multiprocessing-method": method} if method else {}):
                self.cluster = distributed.LocalCluster(
                    n_workers=workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: a busy 8787 would only bring a warning
                    silence_logs=logging.ERROR,
                )
            address = self.cluster.scheduler_address
        self.client: Any = distributed.Client(address, timeout="10s")
        self.parts: tuple[Path, str, str | None] | None = None  # the workers write Parquet parts (write_parts)
        self.parts_written = 0
        self.cwd = os.getcwd()  # relative paths are read from here, whatever a worker's own folder

    @staticmethod
    def expand(paths: Iterable[str], **options: Any) -> Iterator[SourceRef]:
        """The sources of the arguments, URLs included (`expand`)."""
        return expand(paths, **options)

    def write_parts(self, folder: Path, table: str, *, no_article: str | None = None) -> None:
        """Have the workers write the rows of `table` as Parquet part files into `folder` (a
        folder every worker can reach) and send back only what the summary needs. `no_article`:
        the error that replaces a record holding no article (--strict), before it is written."""
        self.parts = (folder, table, no_article)

    def map(
        self, refs: Iterable[SourceRef], options: ParseOptions, max_bytes: int
    ) -> Iterator[tuple[SourceRef, list[Record]]]:
        """Each source with its records, in input order."""
        window = 4 * max(1, sum(self.client.nthreads().values()))
        pending: Pending = []
        chunk: list[SourceRef] = []
        try:
            for ref in refs:
                if ref.path is None:  # stdin is read here: the workers cannot see it
                    self._submit(pending, chunk, options, max_bytes)
                    pending.append(([ref], self._run_here([ref], options, max_bytes)))
                else:
                    chunk.append(ref)
                    if len(chunk) >= FILES_PER_TASK:
                        self._submit(pending, chunk, options, max_bytes)
                while len(pending) >= window:
                    yield from self._take(pending)
            self._submit(pending, chunk, options, max_bytes)
            while pending:
                yield from self._take(pending)
        finally:
            for _, fut in pending:
                if not isinstance(fut, list):
                    fut.cancel()
            self.close()

    def _submit(self, pending: Pending, chunk: list[SourceRef], options: ParseOptions, max_bytes: int) -> None:
        if not chunk:
            return
        refs = list(chunk)
        chunk.clear()
        if self.parts is None:
            fut = self.client.submit(parse_batch, refs, options, max_bytes, self.cwd, pure=False)
        else:
            fut = self.client.submit(write_part, refs, options, max_bytes, *self._next_part(), cwd=self.cwd, pure=False)
        pending.append((refs, fut))

    def _next_part(self) -> tuple[str, str, str | None]:
        assert self.parts is not None
        folder, table, no_article = self.parts
        self.parts_written += 1
        return str(folder / _part_name(self.parts_written - 1)), table, no_article

    def _run_here(self, refs: list[SourceRef], options: ParseOptions, max_bytes: int) -> list[list[Record]]:
        if self.parts is None:
            return parse_batch(refs, options, max_bytes)
        return write_part(refs, options, max_bytes, *self._next_part())

    def _take(self, pending: Pending) -> Iterator[tuple[SourceRef, list[Record]]]:
        refs, fut = pending.pop(0)
        results = fut if isinstance(fut, list) else fut.result()
        yield from zip(refs, results, strict=True)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _part_name(n: int) -> str:
    from .parquet import PART

    return PART.format(n)


def write_part(
    refs: list[SourceRef],
    options: ParseOptions,
    max_bytes: int,
    path: str,
    table: str,
    no_article: str | None = None,
    *,
    cwd: str | None = None,
) -> list[list[Record]]:
    """Parse a batch and write its rows of `table` to one Parquet file. Return, for each source,
    its error records whole and of each article what the summary needs: its source, its headline,
    whether it has a paragraph. `no_article`: see `Scheduler.write_parts`."""
    from .parquet import write
    from .runner import no_article as holds_no_article

    results = parse_batch(refs, options, max_bytes, cwd)
    if no_article is not None:
        results = [
            [{"source": r["source"], "error": no_article} if holds_no_article(r) else r for r in records]
            for records in results
        ]
    write((rec for records in results for rec in records), path, table)
    return [[rec if "error" in rec else _summary(rec) for rec in records] for records in results]


def _summary(record: Record) -> Record:
    return {"source": record["source"], "headline": record["headline"], "paragraphs": record["paragraphs"][:1]}
