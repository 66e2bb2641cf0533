"""The command line: `articlecli parse|show|export`. No parsing logic lives here.

stdout carries data only; errors, warnings, progress and the batch summary go to stderr.
Exit codes: 0 when every input parsed, 1 when any failed, 2 for usage errors.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click
from click.core import ParameterSource

from . import __version__
from .decode import DEFAULT_MAX_BYTES
from .formats import FORMATS, Format, SinkOptions
from .formats import dumps as dumps  # used by bench/snapshot.py
from .layouts import LAYOUTS
from .pipeline import ParseOptions
from .runner import BatchStats, Record, no_article, plural, run
from .sources import SourceRef, is_one_file, iter_sources

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
F = TypeVar("F", bound=Callable[..., Any])


if TYPE_CHECKING:
    from .dask import Scheduler

    _ParamType = click.ParamType[dt.datetime]
else:  # click before 8.2 has no type parameter
    _ParamType = click.ParamType


class DateTime(_ParamType):
    """An ISO 8601 date or date-time, with an offset or `Z`; a time without one is read as UTC."""

    name = "datetime"
    EXAMPLES = "2024-05-01, 2024-05-01T12:00, 2024-05-01T12:00+02:00, 2024-05-01T10:00Z"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        text = str(value).strip()
        if text[-1:] in ("Z", "z"):  # Python 3.10 reads only "+00:00"
            text = text[:-1] + "+00:00"
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 date or time ({self.EXAMPLES})", param, ctx)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.timezone.utc)


def input_options(func: F) -> F:
    """Options shared by every command that reads articles."""
    decorators = [
        click.option("-r", "--recursive", is_flag=True, help="Descend into sub-folders of folder arguments."),
        click.option(
            "--follow-links",
            is_flag=True,
            help="With --recursive or a ** glob, also descend through links to folders (each folder once).",
        ),
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
            type=DateTime(),
            default=None,
            metavar="DATETIME",
            help="Resolve relative dates ('2 hours ago') against this ISO 8601 time; without an offset or Z, UTC.",
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
        click.option(
            "--scheduler",
            metavar="ADDRESS|local",
            default=None,
            help="Run the batch on Dask: a running `dask scheduler` (tcp://host:8786), or `local` for "
            "--jobs worker processes here. Needs articlecli[dask].",
        ),
        click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails."),
        click.option("--strict", is_flag=True, help="An input with no headline and no body paragraph fails."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary; errors only."),
    ]
    for deco in reversed(decorators):
        func = deco(func)
    return func


def _options(now: dt.datetime | None, layout: str, explain: bool = False) -> ParseOptions:
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    return ParseOptions(now=now, layout=layout, explain=explain)


def say(path: str, reason: str) -> None:
    """The one format of every error, warning and hint about a path: `articlecli: PATH: reason` on stderr."""
    click.echo(f"articlecli: {path}: {reason}", err=True)


def _where(rec: Record) -> str:
    src = rec.get("source") or {}
    where = src.get("path") or "<stdin>"
    if src.get("index") is not None:
        where += f"#{src['index']}"
    return str(where)


def _dask_scheduler(address: str, jobs: int) -> Scheduler:
    """A connection to a Dask cluster (`local`: one started here with `jobs` workers, 0 = one per core)."""
    from .dask import Scheduler
    from .extras import MissingExtra

    try:
        return Scheduler(address, workers=jobs)
    except MissingExtra as e:
        say(e.feature, e.reason)
    except (OSError, TimeoutError, ValueError, RuntimeError) as e:
        say(address, f"cannot reach the Dask scheduler: {e}")
    sys.exit(1)


NO_ARTICLE = "no article found (no headline, no body paragraph)"
STDIN_HINT = "reading an article from the terminal; end it with Ctrl-D (or give a file instead of -)"


class Batch:
    """Runs the sources of one command: reports failures as they happen, the summary at the end."""

    def __init__(
        self,
        paths: tuple[str, ...],
        *,
        recursive: bool,
        follow_links: bool,
        pattern: str,
        now: dt.datetime | None,
        layout: str,
        max_bytes: int,
        jobs: int,
        fail_fast: bool,
        strict: bool,
        quiet: bool,
        explain: bool = False,
        scheduler: str | None = None,
    ) -> None:
        self.scheduler = _dask_scheduler(scheduler, jobs) if scheduler else None
        expand = self.scheduler.expand if self.scheduler is not None else iter_sources  # on Dask, URLs too
        self.refs = list(expand(paths, recursive=recursive, pattern=pattern, follow_links=follow_links, warn=say))
        self.options = _options(now, layout, explain)
        self.max_bytes = max_bytes
        self.jobs = jobs
        self.fail_fast = fail_fast
        self.strict = strict
        self.quiet = quiet
        self.stats = BatchStats()
        self.stopped = False
        if not quiet and any(ref.path is None for ref in self.refs) and _is_terminal(sys.stdin):
            say("<stdin>", STDIN_HINT)

    def _checked(self, rec: Record) -> Record:
        """The record, or with --strict an error record in place of one that holds no article."""
        if not no_article(rec):
            return rec
        if not self.strict:
            self.stats.no_article += 1
            return rec
        self.stats.articles -= 1
        self.stats.failed += 1
        return {"source": rec["source"], "error": NO_ARTICLE}

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
                scheduler=self.scheduler,
            ):
                rec = self._checked(rec)
                if "error" in rec:
                    if progress:
                        progress.clear()
                    say(_where(rec), rec["error"])
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
        """The summary line (several inputs, or anything to report), then exit 1 if anything failed."""
        stats = self.stats
        if not self.quiet and (len(self.refs) > 1 or stats.unsuccessful or stats.no_article):
            click.echo(stats.summary() + (" (stopped at the first failure)" if self.stopped else ""), err=True)
        if stats.unsuccessful:
            sys.exit(1)


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


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


def _silence_stdout() -> None:
    """Point stdout at the null device, so that what is still buffered cannot fail again at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _is_output_error(e: Exception) -> bool:
    """Whether `e` is an `outputs.OutputError`: none was raised where that module is not loaded (`parse --json`
    writes no file and loads it not: its classes and functions are 0.4M instructions of every start)."""
    outputs = sys.modules.get(f"{__package__}.outputs")
    return outputs is not None and isinstance(e, outputs.OutputError)


def quiet_pipe(func: F) -> F:
    """End a command cleanly whatever happens to its output.

    The reader of stdout going away (`articlecli show dir | head -1`) is a quiet exit 0; an output
    that cannot be written (a full disk, `> /dev/full`, a folder that cannot be created) is one line,
    `articlecli: PATH: reason`, and exit 1; Ctrl-C is one line and exit 130.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            try:
                return func(*args, **kwargs)
            finally:
                sys.stdout.flush()  # a closed pipe or a full disk shows here, not in the interpreter's exit
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(0)
        except OSError as e:  # inputs and output files report their own; what is left is stdout
            from .outputs import os_reason

            _silence_stdout()
            say(str(e.filename) if e.filename else "<stdout>", os_reason(e))
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("articlecli: interrupted", err=True)
            sys.exit(130)
        except Exception as e:  # an output that cannot be written (`outputs`, loaded by the code that writes one)
            if not _is_output_error(e):
                raise
            say(e.path, e.reason)  # type: ignore[attr-defined]
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


class _Group(click.Group):
    """The command group, whose commands are built when asked for: a run builds the one it runs (building
    a command's options costs more than parsing a short article's arguments), `--help` and `commands`
    build them all."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._makers: dict[str, Callable[[], click.Command]] = {}
        self._built: dict[str, click.Command] = {}
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def commands(self) -> dict[str, click.Command]:
        """Every command, by name."""
        while self._makers:
            self._make(next(iter(self._makers)))
        return self._built

    @commands.setter
    def commands(self, commands: dict[str, click.Command]) -> None:
        self._built = dict(commands)

    def later(self, name: str) -> Callable[[Callable[[], click.Command]], Callable[[], click.Command]]:
        """Register the command NAME by the function that builds it, run when the command is first asked for."""

        def register(make: Callable[[], click.Command]) -> Callable[[], click.Command]:
            self._makers[name] = make
            return make

        return register

    def _make(self, name: str) -> click.Command:
        command = self._built[name] = self._makers.pop(name)()
        return command

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._makers:
            return self._make(cmd_name)
        return self._built.get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self._built, *self._makers})


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
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
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="JSON: one object for one file argument; an array for a folder, a glob or several arguments.",
)
@click.option("--jsonl", "as_jsonl", is_flag=True, help="JSON Lines: one object per article, streamed.")
@click.option(
    "--explain",
    is_flag=True,
    help="With --json or --jsonl: add each line's role and the rule that decided it, and the candidates "
    "for headline, deck and byline.",
)
@input_options
@quiet_pipe
def parse(paths: tuple[str, ...], as_json: bool, as_jsonl: bool, explain: bool, **kw: Any) -> None:
    """Parse articles and print their structure.

    PATHS are files, folders (their *.txt files), quoted globs, or - for stdin.
    Without --json or --jsonl, prints a short summary of each article.

    \b
    Example:
        articlecli parse story.txt --json | jq '.quotes[] | {speaker, text}'
        articlecli parse - --jsonl < story.txt
        articlecli parse 'archive/**/*.txt' --jsonl --jobs 0 > all.jsonl
        articlecli parse nexis-export.txt --jsonl   # one line per article of the export
        articlecli parse story.txt --json --explain | jq '.explain.headline'
    """
    if as_json and as_jsonl:
        raise click.UsageError("choose one of --json and --jsonl")
    if explain and not (as_json or as_jsonl):
        raise click.UsageError("--explain adds to the JSON: use it with --json or --jsonl")
    batch = Batch(paths, explain=explain, **kw)
    if as_json or as_jsonl:
        _write_stream(batch, FORMATS["json" if as_json else "jsonl"], SinkOptions(single=is_one_file(paths)), None)
    else:
        for rec in batch.records():
            if "error" not in rec:
                click.echo(summary_text(rec))
    batch.finish()


def summary_text(rec: Record) -> str:
    """A few lines a person can read: where, headline, byline, date, counts."""
    authors = ", ".join(a["name"] for a in rec["authors"]) or "no byline"
    date = rec["published"] or rec["updated"] or "no date"
    stats = rec["stats"]
    counts = ", ".join(
        (
            plural(stats["paragraphs"], "paragraph"),
            plural(len(rec["headings"]), "heading"),
            plural(stats["captions"], "caption"),
            plural(stats["quotes"], "quote"),
            plural(stats["words"], "word"),
        )
    )
    return f"{_where(rec)}\n  {rec['headline'] or '(no headline)'}\n  {authors} | {date}\n  {counts}"


@cli.later("show")
def _show() -> click.Command:
    @click.command()
    @click.argument("paths", nargs=-1, required=True)
    @click.option(
        "--plain", is_flag=True, help="Plain text without colours or styles (the default when not a terminal)."
    )
    @click.option("--pager", is_flag=True, help="Page long articles.")
    @click.option("--width", type=click.IntRange(min=40), default=None, help="Render at this many columns.")
    @click.option("--explain", is_flag=True, help="Then every line of the input, the rule that decided it in a margin.")
    @input_options
    @quiet_pipe
    def show(paths: tuple[str, ...], plain: bool, pager: bool, width: int | None, explain: bool, **kw: Any) -> None:
        """Show articles as the parser read them: headline, byline, body, quotes and their speakers.

        \b
        Example:
            articlecli show story.txt
            articlecli show story.txt --plain | less
            articlecli show story.txt --explain   # why each line is what it is
        """
        import shutil

        from .render import render_text

        batch = Batch(paths, explain=explain, **kw)
        records = [rec for rec in batch.records() if "error" not in rec]
        styled = not plain and (pager or sys.stdout.isatty())
        text = render_text(records, width=width or shutil.get_terminal_size().columns, styles=styled)
        if pager:  # click keeps the styles only for a pager that shows them (less -R, set when LESS is unset)
            click.echo_via_pager(text)
        else:
            click.echo(text, nl=False, color=styled)
        batch.finish()

    return show


@cli.later("export")
def _export() -> click.Command:
    @click.command()
    @click.argument("paths", nargs=-1, required=True)
    @click.option(
        "-f",
        "--format",
        "fmt_name",
        type=click.Choice(list(FORMATS)),
        default="jsonl",
        show_default=True,
        help="Output format.",
    )
    @click.option(
        "--table",
        type=click.Choice(sorted({t for f in FORMATS.values() for t in f.tables})),
        default=None,
        help="Formats with tables (csv, parquet): one row per article (the default), quote, caption, paragraph, "
        "author or error.",
    )
    @click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=True),
        default=None,
        help="A file for everything, or a folder (existing, or ending in /) for one file per input.",
    )
    @click.option("--force", is_flag=True, help="Overwrite existing output files (never an input).")
    @input_options
    @quiet_pipe
    def export(
        paths: tuple[str, ...], fmt_name: str, table: str | None, output: str | None, force: bool, **kw: Any
    ) -> None:
        """Export articles as JSON, JSON Lines, CSV, Parquet, Markdown, HTML or plain text.

        \b
        Example:
            articlecli export articles/ -f csv -o articles.csv
            articlecli export articles/ -f csv --table quotes > quotes.csv
            articlecli export story.txt -f markdown
            articlecli export articles/ -f html -o pages/ --jobs 0
            articlecli export articles/ --table quotes -o quotes.parquet
        """
        if (output or "").endswith(".parquet") and _defaulted("fmt_name"):
            fmt_name = "parquet"
        fmt = FORMATS[fmt_name]
        if table is not None and table not in fmt.tables:
            has = ", ".join(n for n, f in FORMATS.items() if f.tables)
            raise click.UsageError(f"--table is for formats with tables ({has}); -f {fmt.name} has none")
        options = SinkOptions(table=table or (fmt.tables[0] if fmt.tables else "articles"), single=is_one_file(paths))
        if fmt.name == "parquet":
            _need_pyarrow()
        batch = Batch(paths, **kw)
        to_dir = output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep)))
        if fmt.name == "parquet" and (to_dir or batch.scheduler is not None):
            _export_dataset(batch, options.table, output, force)
        elif output is not None and to_dir:
            from pathlib import Path

            roots = [Path(p) for p in paths if p != "-" and os.path.isdir(p)]
            from .writing import FolderTarget, export_to_dir

            export_to_dir(batch, fmt, options, FolderTarget(Path(output), roots, force))
        else:
            _write_stream(batch, fmt, options, output, force=force)
        batch.finish()

    return export


def _defaulted(name: str) -> bool:
    return click.get_current_context().get_parameter_source(name) is ParameterSource.DEFAULT


def _need_pyarrow() -> None:
    from . import parquet
    from .extras import MissingExtra

    try:
        parquet.pyarrow()
    except MissingExtra as e:
        say(e.feature, e.reason)
        sys.exit(1)


def _export_dataset(batch: Batch, table: str, output: str | None, force: bool) -> None:
    """`-f parquet` into a folder of part files: written by the workers with --scheduler."""
    from . import parquet

    if output is None:
        raise click.UsageError("-f parquet with --scheduler writes a dataset: give -o FOLDER")
    try:
        parquet.export_dataset(batch, output, table, force=force, no_article=NO_ARTICLE if batch.strict else None)
    except parquet.Discard:
        say(output, "not written: the run stopped at the first failure")


def _write_stream(batch: Batch, fmt: Format, options: SinkOptions, output: str | None, *, force: bool = False) -> None:
    """Every record into one stream: stdout, or the file `output`, written only if the run went to its end."""
    if output is None:
        sys.stdout.flush()
        _stream_records(batch, fmt, options, sys.stdout.buffer if fmt.binary else sys.stdout)
        return
    from .writing import write_file

    write_file(batch, fmt, options, output, force=force)


def _stream_records(batch: Batch, fmt: Format, options: SinkOptions, fh: IO[Any]) -> None:
    sink = fmt.open(fh, options)
    for rec in batch.records():
        sink.write(rec)
    if not batch.stopped:
        sink.close()


@cli.later("schema")
def _schema() -> click.Command:
    return click.command()(schema)


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the records that parse and export write.

    \b
    Example:
        articlecli schema > article.schema.json
        articlecli parse story.txt --json | check-jsonschema --schemafile article.schema.json -
    """
    from importlib.resources import files

    click.echo(files(__package__).joinpath("article.schema.json").read_text(encoding="utf-8"), nl=False)


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
        if type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):  # click: the reader went away (`--help | true`)
            code = 0
    except OSError as e:  # stdout failing outside a command (`articlecli --help > /dev/full`)
        code = _stdout_failed(e)
    try:
        sys.stdout.flush()
    except OSError as e:
        code = _stdout_failed(e) or code
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    from . import rx, save

    rx.save()
    save()  # the bundle of the package's code
    os._exit(code)


def _stdout_failed(e: OSError) -> int:
    """A closed pipe ends quietly (0); any other failure of stdout is one line and 1."""
    _silence_stdout()
    if isinstance(e, BrokenPipeError):
        return 0
    from .outputs import os_reason

    with contextlib.suppress(OSError):
        sys.stderr.write(f"articlecli: <stdout>: {os_reason(e)}\n")
    return 1
