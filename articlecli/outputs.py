"""Writing export files: atomically (a temp file renamed into place), never over an existing
file unless asked, and one file per input under an output folder, mirroring the input names."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO


class OutputExists(Exception):
    """The output file is already there and overwriting was not asked for."""


@contextmanager
def atomic_writer(path: str | Path, *, force: bool = False, newline: str | None = None) -> Iterator[IO[str]]:
    """Write `path` through a temp file in the same folder, renamed into place only on success.

    An interrupted or failed write leaves no half-written file behind.
    """
    path = Path(path)
    if path.exists() and not force:
        raise OutputExists(f"{path} exists (use --force to overwrite)")
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when writing files

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def mirrored_path(out_dir: Path, source_path: str | None, index: int | None, extension: str, roots: list[Path]) -> Path:
    """`out_dir/<input path relative to its argument folder><extension>`; stdin becomes "stdin"."""
    if source_path is None:
        rel = Path("stdin")
    else:
        src = Path(source_path)
        rel = Path(src.name)
        for root in roots:
            try:
                rel = src.resolve().relative_to(root.resolve())
                break
            except ValueError:
                continue
    stem = rel.with_suffix("")
    if index is not None:
        stem = stem.with_name(f"{stem.name}.{index}")
    return out_dir / stem.with_name(stem.name + extension)
