"""The command line: `articlecli parse|show|export`. No parsing logic lives here.

stdout carries data only; errors, warnings, progress and the batch summary go to stderr.
Exit codes: 0 when every input parsed, 1 when any failed, 2 for usage errors.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from . import __version__
from .decode import DEFAULT_MAX_BYTES
from .parse import ParseOptions
from .runner import BatchStats, Record, run
from .sources import SourceRef, iter_sources

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
F = TypeVar("F", bound=Callable[..., Any])


def dumps(obj: Any, *, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def input_options(func: F) -> F:
    """Options shared by every command that reads articles."""
    decorators = [
        click.option("-r", "--recursive", is_flag=True, help="Descend into sub-folders of folder arguments."),
        click.option(
            "--glob",
            "pattern",
            default="*.txt",
            show_default=True,
            metavar="PATTERN",
            help="Which files of a folder to read.",
        ),
        click.option(
            "--now",
            type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]),
            default=None,
            help="Resolve relative dates ('2 hours ago') against this time.",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_BYTES,
            show_default=True,
            help="Refuse files larger than this.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            help="Worker processes (0 = one per core). Output order never changes.",
        ),
        click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary; errors only."),
    ]
    for deco in reversed(decorators):
        func = deco(func)
    return func


def _options(now: dt.datetime | None) -> ParseOptions:
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    return ParseOptions(now=now)


def _error_line(rec: Record) -> str:
    src = rec.get("source") or {}
    where = src.get("path") or "<stdin>"
    if src.get("index") is not None:
        where += f"#{src['index']}"
    return f"articlecli: {where}: {rec['error']}"


class Batch:
    """Runs the sources of one command: reports failures as they happen, the summary at the end."""

    def __init__(
        self,
        paths: tuple[str, ...],
        *,
        recursive: bool,
        pattern: str,
        now: dt.datetime | None,
        max_bytes: int,
        jobs: int,
        fail_fast: bool,
        quiet: bool,
    ) -> None:
        self.refs = list(iter_sources(paths, recursive=recursive, pattern=pattern))
        self.options = _options(now)
        self.max_bytes = max_bytes
        self.jobs = jobs
        self.fail_fast = fail_fast
        self.quiet = quiet
        self.stats = BatchStats()
        self.stopped = False

    def records(self) -> Iterator[Record]:
        progress = _progress(len(self.refs)) if not self.quiet and len(self.refs) > 1 else None
        advance: Callable[[SourceRef], None] | None = (lambda _ref: progress.advance()) if progress else None
        try:
            for rec in run(
                self.refs,
                self.options,
                jobs=self.jobs,
                max_bytes=self.max_bytes,
                stats=self.stats,
                on_input=advance,
            ):
                if "error" in rec:
                    if progress:
                        progress.clear()
                    click.echo(_error_line(rec), err=True)
                    yield rec
                    if self.fail_fast:
                        self.stopped = True
                        return
                    continue
                yield rec
        finally:
            if progress:
                progress.close()

    def finish(self) -> None:
        if not self.quiet and (len(self.refs) > 1 or self.stats.failed):
            click.echo(self.stats.summary() + (" (stopped at the first failure)" if self.stopped else ""), err=True)
        if self.stats.failed:
            sys.exit(1)


class _Progress:
    """A rich progress bar on stderr; rich is imported only when stderr is a terminal."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._bar.add_task("parsing", total=total)
        self._bar.start()

    def advance(self) -> None:
        self._bar.advance(self._task)

    def clear(self) -> None:
        self._bar.refresh()

    def close(self) -> None:
        self._bar.stop()


def _progress(total: int) -> _Progress | None:
    return _Progress(total) if sys.stderr.isatty() else None


def quiet_pipe(func: F) -> F:
    """End quietly when the reader of stdout goes away (`articlecli parse dir --jsonl | head -1`)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("articlecli: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="articlecli")
def cli() -> None:
    """Turn the raw text of news articles into structured data.

    \b
    Example:
        articlecli parse story.txt --json | jq .headline
        articlecli parse articles/ --jsonl > articles.jsonl
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON: one object, or an array for several articles.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="JSON Lines: one object per article, streamed.")
@input_options
@quiet_pipe
def parse(paths: tuple[str, ...], as_json: bool, as_jsonl: bool, **kw: Any) -> None:
    """Parse articles and print their structure.

    PATHS are files, folders (their *.txt files), quoted globs, or - for stdin.
    Without --json or --jsonl, prints a short summary of each article.

    \b
    Example:
        articlecli parse story.txt --json | jq '.quotes[] | {speaker, text}'
        articlecli parse - --jsonl < story.txt
        articlecli parse 'archive/**/*.txt' --jsonl --jobs 0 > all.jsonl
    """
    if as_json and as_jsonl:
        raise click.UsageError("choose one of --json and --jsonl")
    batch = Batch(paths, **kw)
    if as_jsonl:
        for rec in batch.records():
            click.echo(dumps(rec))
    elif as_json:
        _print_json(batch, single=len(batch.refs) == 1)
    else:
        for rec in batch.records():
            if "error" not in rec:
                click.echo(summary_text(rec))
    batch.finish()


def _print_json(batch: Batch, *, single: bool) -> None:
    """One object for one input holding one article; otherwise an array, streamed."""
    good: Iterator[Record] = (rec for rec in batch.records() if "error" not in rec)
    if single:
        recs = list(good)
        if len(recs) == 1:
            click.echo(dumps(recs[0], indent=2))
            return
        good = iter(recs)
    click.echo("[")
    held: Record | None = None
    for rec in good:
        if held is not None:
            click.echo(_indent(dumps(held, indent=2)) + ",")
        held = rec
    if held is not None:
        click.echo(_indent(dumps(held, indent=2)))
    click.echo("]")


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def summary_text(rec: Record) -> str:
    """A few lines a person can read: where, headline, byline, date, counts."""
    src = rec["source"]
    where = src.get("path") or "<stdin>"
    if src.get("index") is not None:
        where += f"#{src['index']}"
    authors = ", ".join(a["name"] for a in rec["authors"]) or "no byline"
    date = rec["published"] or rec["updated"] or "no date"
    stats = rec["stats"]
    counts = (
        f"{stats['paragraphs']} paragraphs, {len(rec['headings'])} headings, {stats['captions']} captions, "
        f"{stats['quotes']} quotes, {stats['words']:,} words"
    )
    return f"{where}\n  {rec['headline'] or '(no headline)'}\n  {authors} | {date}\n  {counts}"
