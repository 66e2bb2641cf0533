"""The command line: `articlecli parse|show|export`. No parsing logic lives here.

stdout carries data only; errors, warnings, progress and the batch summary go to stderr.
Exit codes: 0 when every input parsed, 1 when any failed, 2 for usage errors.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    import csv

from . import __version__
from . import export as export_mod
from .decode import DEFAULT_MAX_BYTES
from .layouts import LAYOUTS
from .outputs import OutputExists, atomic_writer, mirrored_path
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
            "--layout",
            type=click.Choice(LAYOUTS),
            default="auto",
            show_default=True,
            help="What the files are: web pages, wire copy, or Nexis / Factiva exports (several articles each).",
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


def _options(now: dt.datetime | None, layout: str) -> ParseOptions:
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    return ParseOptions(now=now, layout=layout)


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
        layout: str,
        max_bytes: int,
        jobs: int,
        fail_fast: bool,
        quiet: bool,
    ) -> None:
        self.refs = list(iter_sources(paths, recursive=recursive, pattern=pattern))
        self.options = _options(now, layout)
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
        # one input: its error line says it all; several: a summary of the run
        if not self.quiet and len(self.refs) > 1:
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
        articlecli parse nexis-export.txt --jsonl   # one line per article of the export
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
        if not recs:  # the one input failed: its error is on stderr, nothing on stdout
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


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--plain", is_flag=True, help="Plain text without colours or styles (the default when not a terminal).")
@click.option("--pager", is_flag=True, help="Page long articles.")
@click.option("--width", type=click.IntRange(min=40), default=None, help="Render at this many columns.")
@input_options
@quiet_pipe
def show(paths: tuple[str, ...], plain: bool, pager: bool, width: int | None, **kw: Any) -> None:
    """Show articles as the parser read them: headline, byline, body, quotes and their speakers.

    \b
    Example:
        articlecli show story.txt
        articlecli show story.txt --plain | less
    """
    from rich.console import Console

    from .render import show as render

    batch = Batch(paths, **kw)
    records = [rec for rec in batch.records() if "error" not in rec]
    console = Console(
        width=width, no_color=plain, highlight=False, emoji=False, force_terminal=False if plain else None
    )
    if pager:
        with console.pager(styles=not plain):
            render(records, console)
    else:
        render(records, console)
    batch.finish()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(export_mod.FORMATS),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--table",
    type=click.Choice(export_mod.TABLES),
    default="articles",
    show_default=True,
    help="CSV only: one row per article, per quote or per caption.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=True),
    default=None,
    help="A file for everything, or a folder (existing, or ending in /) for one file per input.",
)
@click.option("--force", is_flag=True, help="Overwrite existing output files.")
@input_options
@quiet_pipe
def export(paths: tuple[str, ...], fmt: str, table: str, output: str | None, force: bool, **kw: Any) -> None:
    """Export articles as JSON, JSON Lines, CSV, Markdown, HTML or plain text.

    \b
    Example:
        articlecli export articles/ -f csv -o articles.csv
        articlecli export articles/ -f csv --table quotes > quotes.csv
        articlecli export story.txt -f markdown
        articlecli export articles/ -f html -o pages/ --jobs 0
    """
    batch = Batch(paths, **kw)
    to_dir = output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep)))
    try:
        if to_dir:
            assert output is not None
            roots = [Path(p) for p in paths if p != "-" and os.path.isdir(p)]
            _export_to_dir(batch, fmt, table, Path(output), roots, force)
        elif output is not None:
            with atomic_writer(output, force=force, newline="" if fmt == "csv" else None) as fh:
                _export_stream(batch, fmt, table, fh)
        else:
            _export_stream(batch, fmt, table, sys.stdout)
    except OutputExists as e:
        raise click.ClickException(str(e)) from None
    batch.finish()


def _export_stream(batch: Batch, fmt: str, table: str, fh: IO[str]) -> None:
    """Everything into one stream, record by record."""
    records = batch.records()
    if fmt == "jsonl":
        for rec in records:
            fh.write(dumps(rec) + "\n")
    elif fmt == "json":
        fh.write("[\n")
        first = True
        for rec in records:
            if "error" in rec:
                continue
            fh.write(("" if first else ",\n") + _indent(dumps(rec, indent=2)))
            first = False
        fh.write("\n]\n")
    elif fmt == "csv":
        writer = _csv_writer(fh, table)
        for rec in records:
            writer.writerows(export_mod.csv_rows(rec, table))
    elif fmt == "html":
        head, tail = export_mod.html_page(["\x00"], "Articles").split("\x00")
        fh.write(head)
        for rec in records:
            if "error" not in rec:
                fh.write(export_mod.html_article(rec) + "\n")
        fh.write(tail.lstrip("\n"))
    else:
        render = export_mod.to_markdown if fmt == "markdown" else export_mod.to_text
        separator = "\n---\n\n" if fmt == "markdown" else "\n" + "=" * 72 + "\n\n"
        first = True
        for rec in records:
            if "error" in rec:
                continue
            fh.write(("" if first else separator) + render(rec))
            first = False


def _csv_writer(fh: IO[str], table: str) -> csv.DictWriter[str]:
    """A CSV writer for one of the export tables, its header row written."""
    import csv  # only for this format

    writer = csv.DictWriter(fh, fieldnames=export_mod.CSV_COLUMNS[table], extrasaction="ignore")
    writer.writeheader()
    return writer


def _export_to_dir(batch: Batch, fmt: str, table: str, out_dir: Path, roots: list[Path], force: bool) -> None:
    """One output file per article, named after its input."""
    ext = export_mod.EXTENSIONS[fmt]
    for rec in batch.records():
        if "error" in rec:
            continue
        src = rec["source"]
        target = export_mod_path(out_dir, src, ext, roots)
        try:
            with atomic_writer(target, force=force, newline="" if fmt == "csv" else None) as fh:
                if fmt == "json":
                    fh.write(dumps(rec, indent=2) + "\n")
                elif fmt == "jsonl":
                    fh.write(dumps(rec) + "\n")
                elif fmt == "csv":
                    _csv_writer(fh, table).writerows(export_mod.csv_rows(rec, table))
                elif fmt == "html":
                    fh.write(export_mod.to_html(rec))
                elif fmt == "markdown":
                    fh.write(export_mod.to_markdown(rec))
                else:
                    fh.write(export_mod.to_text(rec))
        except OutputExists as e:
            click.echo(f"articlecli: {e}", err=True)
            batch.stats.failed += 1


def export_mod_path(out_dir: Path, src: Record, ext: str, roots: list[Path]) -> Path:
    return mirrored_path(out_dir, src.get("path"), src.get("index"), ext, roots)


def main() -> None:
    """The `articlecli` command: run the CLI, then leave without tearing the interpreter down.

    Freeing every module and compiled pattern at exit costs about 10 ms, a tenth of a short
    run; the process is ending, so the operating system reclaims it all at once instead. Output
    is flushed and the pattern cache saved first, the only exit work this program needs (files
    are written and closed, worker pools shut down, before a command returns).
    """
    try:
        cli.main(prog_name="articlecli")
        code = 0
    except SystemExit as e:  # click ends every run this way, with the exit status
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if isinstance(e.code, str):
            sys.stderr.write(e.code + "\n")
    with contextlib.suppress(BrokenPipeError):  # the reader went away: the output is not wanted any more
        sys.stdout.flush()
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    from . import rx

    rx.save()
    os._exit(code)
