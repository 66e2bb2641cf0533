"""Batch runs: parse many sources, in order, in one or more worker processes, streaming results.

Memory stays flat with the number of inputs: sources are expanded lazily, workers receive
paths (not texts), and results come back one at a time in input order.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .dask import Scheduler

from .decode import DEFAULT_MAX_BYTES
from .pipeline import ParseOptions
from .sources import SourceRef, process

Record = dict[str, Any]


def plural(count: int, noun: str) -> str:
    """`1 input`, `2 inputs`, `1,000 quotes`."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def no_article(record: Record) -> bool:
    """A record with neither a headline nor a body paragraph: the input was not an article."""
    return "error" not in record and not record.get("headline") and not record.get("paragraphs")


class BatchStats:
    """Counts of a batch run, for its summary line."""

    __slots__ = ("articles", "failed", "inputs", "no_article", "not_overwritten", "not_written", "started")

    def __init__(self) -> None:
        self.inputs = 0
        self.articles = 0  # records parsed
        self.failed = 0  # error records
        self.no_article = 0  # parsed records with no headline and no body paragraph
        self.not_overwritten = 0  # output files that exist and were left alone
        self.not_written = 0  # output files that could not or must not be written
        self.started = time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def unsuccessful(self) -> bool:
        """Anything that makes the run exit 1."""
        return bool(self.failed or self.not_overwritten or self.not_written)

    def summary(self) -> str:
        """`2 inputs: 1 parsed, 1 failed, 0.4 s`; the articles are counted too where an input held several."""
        head = plural(self.inputs, "input")
        if self.articles + self.failed != self.inputs:
            head += ", " + plural(self.articles + self.failed, "article")
        parts = [f"{self.articles:,} parsed", f"{self.failed:,} failed"]
        if self.no_article:
            parts.append(f"{self.no_article:,} with no article found")
        if self.not_overwritten:
            parts.append(plural(self.not_overwritten, "existing file") + " not overwritten")
        if self.not_written:
            parts.append(plural(self.not_written, "output file") + " not written")
        return f"{head}: {', '.join(parts)}, {self.seconds:.1f} s"


# Paths go to the workers in small chunks: each task costs the parent a round trip through the
# pool's queues, which at a few milliseconds per article would otherwise take much of a core.
CHUNK = 8


def _work(args: tuple[list[SourceRef], ParseOptions, int]) -> list[list[Record]]:
    refs, options, max_bytes = args
    return [process(ref, options, max_bytes) for ref in refs]


def _ignore_sigint() -> None:
    # Workers leave Ctrl-C to the parent, which shuts the pool down cleanly.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run(
    refs: Iterable[SourceRef],
    options: ParseOptions,
    *,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stats: BatchStats | None = None,
    on_input: Callable[[SourceRef], None] | None = None,
    scheduler: Scheduler | None = None,
) -> Iterator[Record]:
    """Yield the records (articles and error records) of every source, in input order."""
    stats = stats if stats is not None else BatchStats()
    jobs = (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
    if scheduler is None and jobs > 1:
        yield from _run_pool(iter(refs), options, jobs, max_bytes, stats, on_input)
        return
    pairs: Iterable[tuple[SourceRef, list[Record]]]
    if scheduler is not None:  # a Dask cluster runs the batch instead of the process pool
        pairs = scheduler.map(refs, options, max_bytes)
    else:
        pairs = ((ref, process(ref, options, max_bytes)) for ref in refs)
    for ref, records in pairs:
        yield from _count(stats, records)
        if on_input:
            on_input(ref)


def _run_pool(
    refs: Iterator[SourceRef],
    options: ParseOptions,
    jobs: int,
    max_bytes: int,
    stats: BatchStats,
    on_input: Callable[[SourceRef], None] | None,
) -> Iterator[Record]:
    """The batch on a pool of `jobs` processes, a window of tasks ahead, records in input order."""
    # stdin cannot be shared with workers: read it here, once, and parse it in the parent
    window = jobs * 4
    # imported here: a single-process run should not pay for multiprocessing at start-up
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint) as pool:
        # each entry: the sources of one task, and its future (None: stdin, parsed here)
        pending: list[tuple[list[SourceRef], Future[list[list[Record]]] | None]] = []
        chunk: list[SourceRef] = []

        def submit() -> None:
            if chunk:
                pending.append((list(chunk), pool.submit(_work, (list(chunk), options, max_bytes))))
                chunk.clear()

        try:
            for ref in refs:
                if ref.path is None:
                    submit()
                    pending.append(([ref], None))
                else:
                    chunk.append(ref)
                    if len(chunk) >= CHUNK:
                        submit()
                while len(pending) >= window:
                    yield from _drain_one(pending, options, max_bytes, stats, on_input)
            submit()
            while pending:
                yield from _drain_one(pending, options, max_bytes, stats, on_input)
        except BaseException:
            for _, fut in pending:
                if fut is not None:
                    fut.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _drain_one(
    pending: list[tuple[list[SourceRef], Future[list[list[Record]]] | None]],
    options: ParseOptions,
    max_bytes: int,
    stats: BatchStats,
    on_input: Callable[[SourceRef], None] | None,
) -> Iterator[Record]:
    refs, fut = pending.pop(0)
    results = [process(refs[0], options, max_bytes)] if fut is None else fut.result()
    for ref, records in zip(refs, results, strict=True):
        yield from _count(stats, records)
        if on_input:
            on_input(ref)


def _count(stats: BatchStats, records: list[Record]) -> Iterator[Record]:
    stats.inputs += 1
    for rec in records:
        if "error" in rec:
            stats.failed += 1
        else:
            stats.articles += 1
        yield rec
