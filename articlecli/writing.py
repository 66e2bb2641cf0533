"""Writing a command's output to files: one file for a whole run (`export -o FILE`), or one file per article
under a folder (`export -o FOLDER/`). Loaded by the commands that write files: `parse --json` writes none."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .cli import _stream_records, _where, say
from .formats import SinkOptions
from .outputs import OutputError, OutputExists, OutputGuard, atomic_writer, make_folder, mirrored_path
from .runner import plural

if TYPE_CHECKING:
    from pathlib import Path

    from .cli import Batch
    from .formats import Format


class Discard(Exception):
    """Raised inside an output file's writer to leave no file: the run stopped before its end."""


def write_file(batch: Batch, fmt: Format, options: SinkOptions, output: str, *, force: bool = False) -> None:
    """Every record into the file `output`, written only if the run went to its end."""
    guard = OutputGuard(ref.path for ref in batch.refs if ref.path is not None)
    if guard.input_at(output) is not None:
        raise OutputError(output, "is one of the inputs; not overwritten")
    try:
        with atomic_writer(output, force=force, newline=fmt.newline, binary=fmt.binary) as fh:
            _stream_records(batch, fmt, options, fh)
            if batch.stopped:
                raise Discard
    except Discard:
        say(output, "not written: the run stopped at the first failure")


class FolderTarget:
    """Where a folder export writes: one file per article, named after its input, mirroring folders."""

    def __init__(self, folder: Path, roots: list[Path], force: bool) -> None:
        self.folder = folder
        self.roots = roots
        self.force = force

    def path(self, source_path: str | None, index: int | None, fmt: Format) -> Path:
        return mirrored_path(self.folder, source_path, index, fmt.extension, self.roots)


# At most this many lines when a whole run is refused for its outputs; then a count of the rest.
REFUSALS_SHOWN = 5


def _refusals(batch: Batch, fmt: Format, target: FolderTarget, guard: OutputGuard) -> list[OutputError]:
    """The outputs of a folder export that would overwrite an input, or that two inputs share."""
    problems: list[OutputError] = []
    for ref in batch.refs:
        if ref.problem is not None:
            continue
        path = target.path(ref.path, None, fmt)
        try:
            guard.check(path, ref.label)
        except OutputError as e:
            problems.append(e)
        guard.wrote(path, ref.label)
    guard.written.clear()
    return problems


def export_to_dir(batch: Batch, fmt: Format, options: SinkOptions, target: FolderTarget) -> None:
    """One output file per article; the run is refused first if an output would overwrite an input
    or two inputs would map to the same output file."""
    guard = OutputGuard(ref.path for ref in batch.refs if ref.path is not None)
    problems = _refusals(batch, fmt, target, guard)
    if problems:
        for e in problems[:REFUSALS_SHOWN]:
            say(e.path, e.reason)
        if len(problems) > REFUSALS_SHOWN:
            say(str(target.folder), f"and {plural(len(problems) - REFUSALS_SHOWN, 'more output')} refused")
        say(str(target.folder), "nothing written")
        sys.exit(1)
    make_folder(target.folder, target.folder)
    single = SinkOptions(table=options.table, single=True)
    for rec in batch.records():
        if "error" in rec:
            continue
        src = rec["source"]
        path = target.path(src.get("path"), src.get("index"), fmt)
        try:
            guard.check(path, _where(rec))
            with atomic_writer(path, force=target.force, newline=fmt.newline, binary=fmt.binary) as fh:
                sink = fmt.open(fh, single)
                sink.write(rec)
                sink.close()
            guard.wrote(path, _where(rec))
        except OutputExists as e:
            say(e.path, e.reason)
            batch.stats.not_overwritten += 1
        except OutputError as e:
            say(e.path, e.reason)
            batch.stats.not_written += 1
