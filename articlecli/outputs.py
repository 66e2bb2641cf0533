"""Writing export files: atomically (a temp file renamed into place), never over an existing
file unless asked, never over an input or a file this run wrote, and one file per input under
an output folder, mirroring the input names."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # pathlib is imported where a file is written: `parse --json` writes none
    from pathlib import Path


class OutputError(Exception):
    """An output that cannot or must not be written: `path` and a one-line `reason`."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class OutputExists(OutputError):
    """The output file is already there and overwriting was not asked for."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "exists (use --force to overwrite)")


def os_reason(e: OSError) -> str:
    """An OSError as a short lower-case reason: 'no space left on device', 'permission denied'."""
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    text = e.strerror or str(e)
    return text[:1].lower() + text[1:]


def _blocking_file(path: Path) -> Path | None:
    """The first part of `path` that exists and is not a folder (`story.txt` in `story.txt/out.csv`)."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return None


def make_folder(folder: Path, shown: str | Path) -> None:
    """Create `folder` and its parents, or OutputError naming `shown` and why."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = _blocking_file(folder / "x")
        where = f"{blocker} is a file" if blocker is not None else "not a folder"
        raise OutputError(shown, f"cannot create the folder: {where}") from None
    except OSError as e:
        raise OutputError(shown, f"cannot create the folder: {os_reason(e)}") from None


@contextmanager
def atomic_writer(
    path: str | Path, *, force: bool = False, newline: str | None = None, binary: bool = False
) -> Iterator[IO[Any]]:
    """Write `path` through a temp file in the same folder, renamed into place only on success.

    An interrupted or failed write leaves no file behind, neither `path` nor the temp file;
    a failure of the file system raises OutputError with a one-line reason.
    """
    from pathlib import Path

    path = Path(path)
    if path.is_dir():
        raise OutputError(path, "is a folder")
    if path.exists() and not path.is_file():  # a device or a pipe (/dev/stdout, /dev/null): written to, not replaced
        with _direct_writer(path, newline=newline, binary=binary) as fh:
            yield fh
        return
    if path.exists() and not force:
        raise OutputExists(path)
    make_folder(path.parent, path)
    import tempfile  # only when writing files

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(path, os_reason(e)) from None
    try:
        mode, encoding = ("wb", None) if binary else ("w", "utf-8")
        with os.fdopen(fd, mode, encoding=encoding, newline=None if binary else newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as e:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise OutputError(path, os_reason(e)) from None
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextmanager
def _direct_writer(path: Path, *, newline: str | None, binary: bool) -> Iterator[IO[Any]]:
    try:
        with open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
    except OSError as e:
        raise OutputError(path, os_reason(e)) from None


def mirrored_path(out_dir: Path, source_path: str | None, index: int | None, extension: str, roots: list[Path]) -> Path:
    """`out_dir/<input path relative to its argument folder><extension>`; stdin becomes "stdin"."""
    from pathlib import Path

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


def _file_id(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class OutputGuard:
    """What a run may not write over: its inputs, and what it has written itself."""

    def __init__(self, inputs: Iterable[str]) -> None:
        self.inputs: dict[tuple[int, int], str] = {}
        for path in inputs:
            key = _file_id(path)
            if key is not None:
                self.inputs.setdefault(key, path)
        self.written: dict[Path, str] = {}  # output file -> the input it was written for

    def input_at(self, target: str | Path) -> str | None:
        """The input that `target` is (the same file, by device and inode), if any."""
        key = _file_id(target)
        return None if key is None else self.inputs.get(key)

    def check(self, target: Path, source: str) -> None:
        """OutputError when writing `target` for `source` would overwrite an input or this run's output."""
        if self.input_at(target) is not None:
            raise OutputError(target, "is one of the inputs; not overwritten")
        earlier = self.written.get(target)
        if earlier is not None:
            raise OutputError(target, f"two inputs map to the same output file ({earlier} and {source})")

    def wrote(self, target: Path, source: str) -> None:
        self.written[target] = source
