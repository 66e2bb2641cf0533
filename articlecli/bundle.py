"""Writing the bundle of the package's code that `articlecli._Finder` reads (see `articlecli/__init__.py`).

Imported only at the end of a run that loaded a module of the package from outside the bundle.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from _frozen_importlib_external import MAGIC_NUMBER
from types import CodeType

from . import _current_bytecode, _plain_modules

Entries = dict[str, tuple[int, int, CodeType]]


def _stamp(source: str) -> tuple[int, int] | None:
    """The source's time and size as a `.pyc` holds them."""
    try:
        st = os.stat(source)
    except OSError:
        return None
    return int(st.st_mtime) & 0xFFFFFFFF, st.st_size & 0xFFFFFFFF


def _loaded() -> Entries:
    """The package's plain modules this process loaded, each with its current bytecode's code (the `.pyc` the
    standard loader wrote, or read, for it); a module whose bytecode is missing or stale is left out, and so is
    this one, which a run that writes nothing does not load."""
    found: Entries = {}
    for name, module in list(sys.modules.items()):
        spec = getattr(module, "__spec__", None)
        if not name.startswith("articlecli.") or name == __name__ or spec is None or spec.submodule_search_locations:
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


def _still_current(name: str, entry: tuple[int, int, CodeType]) -> bool:
    """Whether the bundle's `entry` for module `name` still matches its source (a module this run did not load)."""
    root = os.path.dirname(os.path.abspath(sys.modules["articlecli"].__file__ or ""))
    source = os.path.join(root, *name.split(".")[1:]) + ".py"
    return type(entry) is tuple and len(entry) == 3 and entry[:2] == _stamp(source)


def write(path: str, old: Entries) -> None:
    """Write the bundle at `path`: the modules this process loaded, and those of the `old` bundle still current.
    Nothing is written, nor said, where the folder is read-only."""
    entries = {name: entry for name, entry in old.items() if _still_current(name, entry)}
    entries.update(_loaded())
    import tempfile

    with contextlib.suppress(OSError):
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".bundle.", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(MAGIC_NUMBER + marshal.dumps(entries))
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
