"""Writing the bundle of the package's code that `articlecli._Finder` reads (see `articlecli/__init__.py`).

Imported only at the end of a run that loaded a module of the package from outside the bundle, or ran a module of
data only (`articlecli.DATA_ONLY`).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from _frozen_importlib_external import MAGIC_NUMBER
from types import CodeType, FunctionType, ModuleType
from typing import Any

from . import DATA_ONLY, _current_bytecode, _Finder, _plain_modules

Entries = dict[str, tuple[int, int, Any]]  # name -> (source's time, source's size, code or tables)
# The modules that only write files at the end of a run (this one, the pattern cache's writer): a run that writes
# nothing never loads them, so every start would read their code from the bundle for nothing
_WRITERS = frozenset({__name__, "articlecli.rx_write"})
_PLAIN_TYPES = (str, int, float, bool, bytes, type(None))


def _stamp(source: str) -> tuple[int, int] | None:
    """The source's time and size as a `.pyc` holds them."""
    try:
        st = os.stat(source)
    except OSError:
        return None
    return int(st.st_mtime) & 0xFFFFFFFF, st.st_size & 0xFFFFFFFF


def _loaded() -> Entries:
    """The package's plain modules this process loaded, each with its current bytecode's code (the `.pyc` the
    standard loader wrote, or read, for it); a module whose bytecode is missing or stale is left out, and so are the
    writers (`_WRITERS`)."""
    found: Entries = {}
    for name, module in list(sys.modules.items()):
        spec = getattr(module, "__spec__", None)
        if not name.startswith("articlecli.") or name in _WRITERS or spec is None or spec.submodule_search_locations:
            continue
        source, cached = spec.origin, spec.cached
        if not (isinstance(source, str) and isinstance(cached, str)):
            continue
        folder, base = os.path.split(source)
        if base[:-3] != name.rpartition(".")[2] or base[:-3] not in _plain_modules(folder):
            continue  # a module the finder leaves to the standard finders
        stamp = _stamp(source)
        data = _current_bytecode(cached, stamp) if stamp is not None else None
        if stamp is None or data is None:
            continue
        code = marshal.loads(memoryview(data)[16:])
        if isinstance(code, CodeType):
            found[name] = (*stamp, code)
    return found


def _imported_first() -> frozenset[str] | None:
    """The modules this process had imported when it began to read its first input (`rx.settle`), if it read one."""
    rx = sys.modules.get(f"{__package__}.rx")
    count = getattr(rx, "_settled_modules", 0) if getattr(rx, "_settled", None) is not None else 0
    return frozenset(list(sys.modules)[:count]) if type(count) is int and count else None


def _still_current(name: str, entry: tuple[int, int, Any]) -> bool:
    """Whether the bundle's `entry` for module `name` still matches its source (a module this run did not load)."""
    root = os.path.dirname(os.path.abspath(sys.modules["articlecli"].__file__ or ""))
    source = os.path.join(root, *name.split(".")[1:]) + ".py"
    return type(entry) is tuple and len(entry) == 3 and entry[:2] == _stamp(source)


def _plain(value: object) -> bool:
    """Whether `value` is data the bundle can keep as it is: strings and numbers, and tuples, frozensets and
    dicts of them (no subclass, which marshal would write as its base)."""
    kind = type(value)
    if kind in _PLAIN_TYPES:
        return True
    if isinstance(value, (tuple, frozenset)) and kind in (tuple, frozenset):
        return all(map(_plain, value))
    if isinstance(value, dict) and kind is dict:
        return all(map(_plain, value)) and all(map(_plain, value.values()))
    return False


def tables_of(module: ModuleType) -> dict[str, Any] | None:
    """What the bundle keeps of a module of data only, just run: its tables, a copy (None when the module holds
    something else than data, its private functions, the modules it imports and `__future__`'s flags)."""
    kept: dict[str, Any] = {}
    for name, value in vars(module).items():
        if name.startswith("__") and name not in ("__doc__", "__annotations__", DATA_ONLY):
            continue  # what the import system sets
        if isinstance(value, ModuleType) or type(value).__module__ == "__future__":
            continue
        if isinstance(value, FunctionType) and name.startswith("_"):
            continue
        if not _plain(value):
            return None
        kept[name] = value
    copy: dict[str, Any] = marshal.loads(marshal.dumps(kept))
    return copy  # (a copy: nothing done to the tables later reaches the bundle)


def write(path: str, old: Entries, rest: dict[str, tuple[int, int, int, int]]) -> None:
    """Write the bundle at `path`: the modules of the `old` bundle (its first part, and `rest`: where its other
    modules lie) still current, and the others this process loaded; a module of data only run now as its tables.
    Nothing is written, nor said, where the folder is read-only."""
    folder = os.path.dirname(path)
    entries = {name: entry for name, entry in old.items() if _still_current(name, entry)}
    for name in rest:
        entry = _Finder.from_rest(name) if name not in entries else None
        if entry is not None and _still_current(name, entry):
            entries[name] = entry
    for name, (time, size, kept) in _Finder.ran.items():  # under the stamp they were read with: still current?
        if name not in _WRITERS and _still_current(name, (time, size, kept)):
            code = marshal.loads(memoryview(kept)[16:]) if type(kept) is bytes else kept
            if isinstance(code, (CodeType, dict)):
                entries[name] = (time, size, code)
    for name, entry in _loaded().items():  # (modules compiled now: their `.pyc` and stamp as they are at exit)
        entries.setdefault(name, entry)
    # what a start reads in one piece: what it read so before (a run that imports a module only while reading its
    # input, or reads none, moves none of it apart), and what this run imported before its first input (all it
    # imported, when it read none: what the others imported while reading stays apart)
    imported_first = _imported_first()
    in_first = set(old) | (imported_first if imported_first is not None else set(sys.modules))
    first = {name: entry for name, entry in entries.items() if name in in_first}
    others: dict[str, tuple[int, int, int, int]] = {}
    blobs: list[bytes] = []
    at = 0
    for name, (time, size, kept) in entries.items():
        if name not in first:
            blobs.append(marshal.dumps(kept))
            others[name] = (time, size, at, at + len(blobs[-1]))
            at += len(blobs[-1])
    head = marshal.dumps((first, others))
    import tempfile

    with contextlib.suppress(OSError):
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".bundle.", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(b"".join((MAGIC_NUMBER, len(head).to_bytes(4, "little"), head, *blobs)))
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
