"""Inputs: expanding paths, folders, globs and '-' into sources, reading them, parsing them.

Order is stable and documented: arguments in the order given; a folder's files sorted by path;
a glob's matches sorted by path.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from .decode import DEFAULT_MAX_BYTES, decode
from .model import ArticleParseError, Record, Source
from .pipeline import ParseOptions, parse_all

STDIN = "-"


def _sha256_function() -> Callable[[bytes], Any]:
    """SHA-256 from the interpreter's built-in module, as `random` takes SHA-512: `hashlib` loads
    OpenSSL first (3 ms, a tenth of a short run's start-up) for the same digest of one small file."""
    try:
        return __import__("_sha2" if sys.version_info >= (3, 12) else "_sha256").sha256  # type: ignore[no-any-return]
    except (ImportError, AttributeError):  # a Python built without it
        pass
    import hashlib

    return hashlib.sha256


_sha256 = _sha256_function()
_GLOB_CHARS = frozenset("*?[")


class SourceRef(Record):
    """Something to read: a path, or None for standard input."""

    path: str | None
    problem: str | None = None  # known before reading: why this source cannot be read

    @property
    def label(self) -> str:
        return self.path if self.path is not None else "<stdin>"


Warn = Callable[[str, str], None]  # (path, reason): something skipped that the user should know


def is_glob(arg: str) -> bool:
    """An argument read as a pattern: glob characters, and no file of that name."""
    return bool(_GLOB_CHARS & set(arg)) and not os.path.exists(arg)


def is_one_file(args: Sequence[str]) -> bool:
    """One argument naming one file or stdin (not a folder, not a glob): its article is one document."""
    return len(args) == 1 and not os.path.isdir(args[0]) and not is_glob(args[0])


def iter_sources(
    args: Iterable[str],
    *,
    recursive: bool = False,
    pattern: str = "*.txt",
    follow_links: bool = False,
    warn: Warn | None = None,
) -> Iterator[SourceRef]:
    """Expand command-line arguments into sources, in a stable order."""
    for arg in args:
        if arg == STDIN:
            yield SourceRef(None)
        elif os.path.isdir(arg):
            found = folder_files(arg, recursive=recursive, pattern=pattern, follow_links=follow_links, warn=warn)
            if not found:
                where = " or its sub-folders" if recursive else ""
                yield SourceRef(arg, f"no files matching {pattern} in this folder{where}")
            yield from (SourceRef(p) for p in found)
        elif is_glob(arg):
            matches = glob_files(arg, follow_links=follow_links, warn=warn)
            if not matches:
                yield SourceRef(arg)  # reported as "not found"
            for m in matches:  # a folder matched by a glob is reported, not entered
                yield SourceRef(m)
        else:
            yield SourceRef(arg)


def folder_files(
    folder: str, *, recursive: bool, pattern: str, follow_links: bool = False, warn: Warn | None = None
) -> list[str]:
    """Paths in `folder` matching `pattern`, sorted; descending into sub-folders when recursive.

    Hidden names are left out unless the pattern starts with a dot, as the shell does. A sub-folder
    named like a file ("story.txt/") is kept, to be reported as "is a directory"; pipes, sockets and
    devices found in a folder are skipped: reading one could wait forever.
    """
    parts = _parts(pattern)
    wanted = ["**", *parts] if recursive else parts
    found = _walk(
        folder,
        lambda rel: _match_parts(rel, wanted),
        recursive=recursive or len(parts) > 1,
        hidden=pattern.startswith("."),
        follow_links=follow_links,
        warn=warn,
    )
    return sorted(found)


def glob_files(arg: str, *, follow_links: bool = False, warn: Warn | None = None) -> list[str]:
    """The matches of a glob, sorted. `**` descends through each real folder once, as --recursive does."""
    import glob as globlib  # only for patterns

    if "**" not in arg:
        return sorted(globlib.glob(arg))
    parts = list(_parts(arg))
    fixed = 0
    while fixed < len(parts) - 1 and not (_GLOB_CHARS & set(parts[fixed])):
        fixed += 1
    root = os.path.join(*parts[:fixed]) if fixed else "."
    if arg.startswith(os.sep):
        root = os.sep + root if fixed else os.sep
    rest = parts[fixed:]
    hidden = any(p.startswith(".") for p in rest)
    found = _walk(
        root, lambda rel: _match_parts(rel, rest), recursive=True, hidden=hidden, follow_links=follow_links, warn=warn
    )
    if not fixed and not arg.startswith(os.sep):  # relative to the working folder: no "./" prefix
        found = (os.path.relpath(p) for p in found)
    return sorted(found)


def _parts(pattern: str) -> list[str]:
    return [p for p in pattern.replace(os.sep, "/").split("/") if p]


def _match_parts(rel: Sequence[str], pats: Sequence[str]) -> bool:
    """Whether path parts match pattern parts; `**` stands for any number of folders."""
    if not pats:
        return not rel
    if pats[0] == "**":
        return any(_match_parts(rel[i:], pats[1:]) for i in range(len(rel) + 1))
    from fnmatch import fnmatch  # only for folders and globs, not for a file named on the command line

    return bool(rel) and fnmatch(rel[0], pats[0]) and _match_parts(rel[1:], pats[1:])


def _dir_id(path: str) -> FolderId | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


FolderId = tuple[int, int]  # device and inode
Visit = tuple[str, tuple[str, ...], dict[FolderId, str]]  # a folder, its parts under the root, the folders above it


def _walk(
    root: str,
    match: Callable[[tuple[str, ...]], bool],
    *,
    recursive: bool,
    hidden: bool,
    follow_links: bool,
    warn: Warn | None,
) -> Iterator[str]:
    """The paths under `root` whose parts (relative to root) `match`.

    Each real folder is listed once (by device and inode), so a link to a folder already walked adds
    nothing and a link cycle cannot loop. Links to folders are followed only when `follow_links`, and
    only after every real folder, so that a file found both ways keeps its path without the link.
    """
    root_id = _dir_id(root)
    if root_id is None:
        return
    seen = {root_id}
    stack: list[Visit] = [(root, (), {root_id: root})]
    links: list[Visit] = []  # links to folders, entered once the real folders are all walked
    while stack or links:
        if not stack:
            link = _enter_link(links.pop(0), seen, warn)
            if link is not None:
                stack.append(link)
            continue
        folder, rel, chain = stack.pop()
        for entry in _entries(folder, hidden):
            parts = (*rel, entry.name)
            is_dir = _is_dir(entry)
            if match(parts) and (is_dir or _regular_or_link(entry.path)):
                yield entry.path
            if not (recursive and is_dir):
                continue
            if entry.is_symlink():
                if follow_links:
                    links.append((entry.path, parts, chain))
                continue
            key = _dir_id(entry.path)
            if key is not None and key not in seen:
                seen.add(key)
                stack.append((entry.path, parts, {**chain, key: entry.path}))


def _entries(folder: str, hidden: bool) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)  # the same walk on every file system
    except OSError:
        return []  # an unreadable sub-folder is left out, as the shell's globs do
    return [e for e in entries if hidden or not e.name.startswith(".")]


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _enter_link(visit: Visit, seen: set[FolderId], warn: Warn | None) -> Visit | None:
    """The folder a link leads to, to walk; None for a folder already walked or a cycle (reported)."""
    path, parts, chain = visit
    key = _dir_id(path)
    if key is None:
        return None
    if key in chain:
        if warn is not None:
            warn(path, f"a link back to {chain[key]} (a cycle); not followed")
        return None
    if key in seen:
        return None
    seen.add(key)
    return (path, parts, {**chain, key: path})


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
    return Source(printable(ref.path), len(data), _sha256(data).hexdigest(), encoding, index)


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
