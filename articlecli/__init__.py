"""articlecli: turn the raw text of a news article into structured data.

>>> from articlecli import parse
>>> article = parse("Headline here\\n\\nBy Jane Doe\\n\\nThe first paragraph of the story, which says something.")
"""

from __future__ import annotations

import _imp
import marshal
import os
import sys
from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import EXTENSION_SUFFIXES, MAGIC_NUMBER, SourceFileLoader
from _io import open_code

# (typing's own flag, spelled out: importing `typing` here would load it, and `re` with it, before the command
# pauses the cyclic collector, which then walks their objects again and again: 3M instructions of every start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import CodeType, ModuleType
    from typing import Any, ClassVar

    from .model import Article, ArticleParseError, DocumentError
    from .pipeline import ParseOptions, parse, parse_all

    _Entry = tuple[int, int, CodeType | dict[str, Any]]  # a module in the bundle: its source's stamp, what it keeps
    _Stamp = tuple[int, int]  # a source's modification time and size, as a `.pyc` holds them

__all__ = ["Article", "ArticleParseError", "DocumentError", "ParseOptions", "__version__", "parse", "parse_all"]
__version__ = "0.1.0"

_FROM_MODEL = frozenset({"Article", "ArticleParseError", "DocumentError"})
_FROM_PIPELINE = frozenset({"ParseOptions", "parse", "parse_all"})


def __getattr__(name: str) -> Any:
    """The public names, loaded on first use: importing the package alone loads no parser module,
    so that the `articlecli` command (`__main__.py`) loads them with the cyclic collector paused."""
    if name in _FROM_MODEL:
        from . import model as module
    elif name in _FROM_PIPELINE:
        from . import pipeline as module  # type: ignore[no-redef]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


# ------------------------------------------------------------------ loading the package's own modules
# A start imports some 60 of the package's modules. Python's path finder and source loader spend some 300,000
# instructions on each besides running it (asking every finder, listing the folder, working out the bytecode's
# path, reading and checking it, in some 30 calls of Python). `_Finder` does the finding and reading for a plain
# module of this package in a few calls: the module's `.py` in its folder's listing (read once per folder) and no
# package or extension module of its name there, whose `.pyc` in `__pycache__` is a timestamp one that matches the
# source's modification time and size, as the standard loader checks it: 5M instructions of every start. Anything
# else (a missing, stale or hash-based `.pyc`, a package, `python -O`, a `PYTHONPYCACHEPREFIX`) is left to the
# standard finders, which then compile the module and write its bytecode as they always do. The module is the
# standard loader's: `__file__`, `__cached__`, `__spec__`, resources and source as the path finder gives them.
class _Loader(SourceFileLoader):
    """The standard source loader, handed the bytecode `_Finder` read and checked, or its code from the bundle, or
    for a module of data only the tables the bundle keeps of it (`DATA_ONLY`), with the source's stamp they were
    checked against: what this run read or ran is bundled under that stamp only (`_Finder.ran`), never under one
    read again at exit, which a source edited and compiled during a long run has moved on."""

    def __init__(self, fullname: str, path: str, data: bytes | CodeType | dict[str, Any], stamp: _Stamp) -> None:
        super().__init__(fullname, path)
        self._pyc: bytes | CodeType | None = None
        self._tables: dict[str, Any] | None = None
        self._stamp: _Stamp | None = stamp
        if type(data) is dict:
            self._tables = data
        else:
            self._pyc = data  # type: ignore[assignment]

    def get_code(self, fullname: str) -> CodeType | None:
        data, self._pyc = self._pyc, None
        if data is not None and fullname == self.name:
            code = data if type(data) is _CODE else marshal.loads(memoryview(data)[16:])  # type: ignore[arg-type]
            if type(code) is _CODE:
                _imp._fix_co_filename(code, self.path)  # type: ignore[attr-defined]
                if type(data) is bytes and self._stamp is not None:
                    _Finder.ran[fullname] = (*self._stamp, data)
                return code
        self._stamp = None  # (the standard loader's code: checked against a stamp this loader does not know)
        return super().get_code(fullname)

    def exec_module(self, module: ModuleType) -> None:
        tables, self._tables = self._tables, None
        if tables is not None:  # its tables as they were when its code last ran, and nothing else
            module.__dict__.update(tables)
            _Finder.served.add(module.__name__)
            return
        super().exec_module(module)
        stamp = self._stamp
        if module.__dict__.get(DATA_ONLY) is True and not sys.dont_write_bytecode and stamp is not None:
            from .bundle import tables_of

            tables = tables_of(module)
            if tables is not None:  # kept under the stamp of the code that worked them out
                _Finder.ran[module.__name__] = (*stamp, tables)
                _Finder.missed = True


# A module of data only (`lexicon`: word lists and tables, no other logic), marked by this name set to True, is kept
# in the bundle as its tables (strings, numbers, tuples, frozensets and dicts of them, marshalled) in place of its
# code, which then does not run: its private functions and the modules it imports are left out of it.
DATA_ONLY = "__data_only__"
_CODE = type(_Loader.get_code.__code__)  # the type of code objects (`types` is not loaded yet)


def _plain_modules(folder: str) -> frozenset[str]:
    """The modules of `folder` that are one `.py` file: no package (or other entry) and no extension module of
    the same name, which the path finder would find first."""
    try:
        names = os.listdir(folder)
    except OSError:
        return frozenset()
    shadowed = {name[: -len(suffix)] for name in names for suffix in EXTENSION_SUFFIXES if name.endswith(suffix)}
    return frozenset(name[:-3] for name in names if name.endswith(".py")) - shadowed - set(names)


# The bundle: the code of the modules a run imported, marshalled together in one file beside the bytecode, each
# with the stamp of its source (time and size, as its `.pyc` holds them). Read in one piece, a name shared by many
# modules (`self`, `page`, `text` ...) is made and interned once, not once a module: 5 M instructions of a start.
# Only the modules imported before any input was read are read so (those of the writing run: `rx.settle`); those
# imported while reading - a rare page's readers, which a run over many pages imports - are each marshalled apart
# after them, and read only when imported: a bundle written by such a run costs a start no more than a fresh one.
# It is written at the end of a run that read a module of the package from its current `.pyc` (no bundle yet, a
# source changed, a module it lacked), where and when Python writes bytecode and the folder is writable (`save`); a
# module whose source does not match its stamp is read from its `.pyc` as before.
_BUNDLE = f"{os.path.dirname(__file__)}{os.sep}__pycache__{os.sep}modules.{sys.implementation.cache_tag}.marshal"


def _read_bundle() -> dict[str, _Entry]:
    """The bundle's modules that one input needed: name -> (source's time, source's size, code or tables); empty
    without a usable file. Where the others lie in the file is kept (`_Finder.rest`), read one by one on import."""
    try:
        with open_code(_BUNDLE) as fh:
            data = fh.read()
    except OSError:
        return {}
    if data[:4] != MAGIC_NUMBER:
        return {}
    import gc  # (built in) its 100,000 objects are no garbage: no collection walks them while they are made

    collecting = gc.isenabled()
    gc.disable()
    head_end = 8 + int.from_bytes(data[4:8], "little")
    try:
        bundle = marshal.loads(memoryview(data)[8:head_end])
    except (EOFError, ValueError, TypeError, MemoryError):
        bundle = None
    finally:
        if collecting:
            gc.enable()
    if not (type(bundle) is tuple and len(bundle) == 2 and type(bundle[0]) is dict and type(bundle[1]) is dict):
        return {}
    _Finder.rest, _Finder.data, _Finder.base = bundle[1], data, head_end
    return bundle[0]


class _Finder:
    """Finds this package's plain modules whose bytecode is current (see above); None for anything else."""

    _plain: ClassVar[dict[str, frozenset[str]]] = {}  # folder -> its plain modules' names
    _TAG = f".{sys.implementation.cache_tag}.pyc"
    bundle: ClassVar[dict[str, _Entry] | None] = None  # read on the first module's import
    # the modules this run read from their `.pyc` (its bytes) or ran as data only (their tables), each with the
    # stamp of the source they were checked against: for the bundle
    ran: ClassVar[dict[str, tuple[int, int, bytes | dict[str, Any]]]] = {}
    missed = False  # a module of the package was loaded from outside the bundle: `save` writes it again
    served: ClassVar[set[str]] = set()  # the modules of data only served as their tables: their code did not run
    # the bundle's other modules: name -> (source's time and size, where its code or tables lie in `data`, from `base`)
    rest: ClassVar[dict[str, tuple[int, int, int, int]]] = {}
    data = b""
    base = 0

    @classmethod
    def find_spec(
        cls, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if path is None or len(path) != 1 or not fullname.startswith(__name__ + "."):
            return None
        folder = path[0]
        plain = cls._plain.get(folder)
        if plain is None:
            plain = cls._plain[folder] = _plain_modules(folder)
        base = fullname.rpartition(".")[2]
        if base not in plain:
            return None
        source = f"{folder}{os.sep}{base}.py"
        cached = f"{folder}{os.sep}__pycache__{os.sep}{base}{cls._TAG}"
        bundle = cls.bundle
        if bundle is None:
            bundle = cls.bundle = _read_bundle()
        try:
            st = os.stat(source)
        except OSError:
            return None
        stamp = (int(st.st_mtime) & 0xFFFFFFFF, st.st_size & 0xFFFFFFFF)
        entry = bundle.get(fullname) or cls.from_rest(fullname)
        if type(entry) is tuple and len(entry) == 3 and entry[:2] == stamp and type(entry[2]) in (_CODE, dict):
            loader = _Loader(fullname, source, entry[2], stamp)
        else:
            data = _current_bytecode(cached, stamp)
            if data is None:  # (compiled now, the module is bundled by the next run, which reads its `.pyc`)
                return None
            cls.missed = True  # (not for a module without a timestamp `.pyc`, which no bundle would hold)
            loader = _Loader(fullname, source, data, stamp)
        spec = ModuleSpec(fullname, loader, origin=source)
        spec.has_location = True
        spec.cached = cached
        return spec

    @classmethod
    def from_rest(cls, fullname: str) -> _Entry | None:
        """A module of the bundle's rest, read now (None when it holds none, or a damaged one)."""
        where = cls.rest.get(fullname)
        if not where:
            return None
        try:
            time, size, start, end = where
            return time, size, marshal.loads(memoryview(cls.data)[cls.base + start : cls.base + end])
        except (EOFError, ValueError, TypeError, MemoryError):
            return None


def _current_bytecode(cached: str, stamp: tuple[int, int]) -> bytes | None:
    """The `.pyc` at `cached` when it is a timestamp one of this Python stamped with the source's `stamp`."""
    try:
        with open_code(cached) as fh:
            data = fh.read()
    except OSError:
        return None
    written = (int.from_bytes(data[8:12], "little"), int.from_bytes(data[12:16], "little"))
    if data[:8] != MAGIC_NUMBER + bytes(4) or written != stamp:
        return None
    return data


def save() -> None:
    """Write the bundle again when this run loaded a module from outside it and Python may write bytecode; run at
    exit (the CLI, which leaves without the interpreter's exit work, calls it itself)."""
    folder = os.path.dirname(_BUNDLE)
    if _Finder.missed and not sys.dont_write_bytecode and os.access(folder, os.W_OK):
        _Finder.missed = False
        from .bundle import write

        write(_BUNDLE, _Finder.bundle or {}, _Finder.rest)


_STANDARD_BYTECODE = sys.implementation.cache_tag and not sys.flags.optimize and sys.pycache_prefix is None
if _STANDARD_BYTECODE and not any(getattr(f, "__qualname__", "") == _Finder.__qualname__ for f in sys.meta_path):
    import atexit  # (built in)

    sys.meta_path.insert(0, _Finder)
    atexit.register(save)
