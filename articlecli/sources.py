"""Inputs: expanding paths, folders, globs and '-' into sources, reading them, parsing them.

Order is stable and documented: arguments in the order given; a folder's files sorted by path;
a glob's matches sorted by path.
"""

import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from .decode import DEFAULT_MAX_BYTES, decode
from .model import ArticleParseError, Source
from .parse import ParseOptions, parse_all

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


class SourceRef(NamedTuple):
    """Something to read: a path, or None for standard input."""

    path: str | None
    problem: str | None = None  # known before reading: why this source cannot be read

    @property
    def label(self) -> str:
        return self.path if self.path is not None else "<stdin>"


def iter_sources(args: Iterable[str], *, recursive: bool = False, pattern: str = "*.txt") -> Iterator[SourceRef]:
    """Expand command-line arguments into sources, in a stable order."""
    for arg in args:
        if arg == STDIN:
            yield SourceRef(None)
        elif os.path.isdir(arg):
            found = folder_files(arg, recursive=recursive, pattern=pattern)
            if not found:
                where = " or its sub-folders" if recursive else ""
                yield SourceRef(arg, f"no files matching {pattern} in this folder{where}")
            yield from (SourceRef(p) for p in found)
        elif not os.path.exists(arg) and _GLOB_CHARS & set(arg):
            import glob as globlib  # only for patterns

            matches = sorted(globlib.glob(arg, recursive=True))
            if not matches:
                yield SourceRef(arg)  # reported as "not found"
            for m in matches:  # a folder matched by a glob is reported, not entered
                yield SourceRef(m)
        else:
            yield SourceRef(arg)


def folder_files(folder: str, *, recursive: bool, pattern: str) -> list[str]:
    """Paths in `folder` matching `pattern`, sorted; descending into sub-folders when recursive."""
    import glob as globlib  # only for folders

    if recursive:
        found = globlib.glob(os.path.join(globlib.escape(folder), "**", pattern), recursive=True)
    else:
        found = globlib.glob(os.path.join(globlib.escape(folder), pattern))
    # a sub-folder named like a file ("story.txt/") is kept, to be reported as "is a directory";
    # pipes, sockets and devices found in a folder are skipped: reading one could wait forever
    return sorted(p for p in found if os.path.isdir(p) or _regular_or_link(p))


def _regular_or_link(path: str) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True  # a broken or looping link: kept, to be reported as unreadable
    return stat.S_ISREG(mode)


def read_bytes(ref: SourceRef, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a source, or ArticleParseError with a one-line reason."""
    if ref.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ArticleParseError(f"too large (more than {max_bytes:,} bytes)")
        return data
    if ref.problem is not None:
        raise ArticleParseError(ref.problem)
    path = ref.path
    try:
        if os.path.isdir(path):
            raise ArticleParseError("is a directory")
        size = os.path.getsize(path)
        if size > max_bytes:
            raise ArticleParseError(f"too large ({size:,} bytes, limit {max_bytes:,})")
        # opened without blocking: a named pipe nobody writes to reads as empty instead of
        # waiting forever; one with a writer (`<(curl ...)`) is then read as usual
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with open(fd, "rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ArticleParseError(f"too large (more than {max_bytes:,} bytes)")
        return data
    except FileNotFoundError:
        raise ArticleParseError("not found") from None
    except IsADirectoryError:
        raise ArticleParseError("is a directory") from None
    except PermissionError:
        raise ArticleParseError("permission denied") from None
    except OSError as e:
        raise ArticleParseError(f"unreadable: {e.strerror or e}") from None


def printable(path: str | None) -> str | None:
    """A path as valid UTF-8 for the output: bytes a file name holds that are not UTF-8 become U+FFFD."""
    if path is None:
        return None
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def source_info(ref: SourceRef, data: bytes, encoding: str | None, index: int | None = None) -> Source:
    return Source(printable(ref.path), len(data), hashlib.sha256(data).hexdigest(), encoding, index)


def process(
    ref: SourceRef, options: ParseOptions, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None
) -> list[dict[str, Any]]:
    """Read and parse one source: its article(s) as dicts, or one error record.

    Never raises for bad input: the error record is {"source": {...}, "error": "reason"}.
    """
    try:
        if data is None:
            data = read_bytes(ref, max_bytes=max_bytes)
        decoded = decode(data, max_bytes=max_bytes)
        results = parse_all(decoded.text, options, source=source_info(ref, data, decoded.encoding))
    except ArticleParseError as e:
        src = source_info(ref, data, None) if data is not None else Source(printable(ref.path))
        return [{"source": src.to_dict(), "error": e.reason}]
    except RecursionError:  # pragma: no cover - a bug, reported without a traceback
        return [{"source": Source(printable(ref.path)).to_dict(), "error": "internal error: recursion too deep"}]
    except Exception as e:  # a bug in a rule must not stop a batch of thousands
        return [{"source": Source(printable(ref.path)).to_dict(), "error": f"internal error: {type(e).__name__}: {e}"}]
    records = []
    for result in results:
        out = result.to_dict()
        if decoded.warnings and "warnings" in out:
            out["warnings"] = decoded.warnings + out["warnings"]
        records.append(out)
    return records
