"""The `articlecli` command, and `python -m articlecli`."""

from __future__ import annotations

import gc
import os
import sys

TYPE_CHECKING = False  # (typing's flag spelled out, as in `__init__.py`: `typing` loads `re` with the collector on)
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType
    from typing import Any
else:
    ModuleType = type(sys)

# new objects between two looks of the cyclic collector (Python's default: 700)
YOUNG_OBJECTS = 10_000


class _StandIn(ModuleType):
    """A module of the standard library that `click` imports, until a run reads of it more than the names its
    stand-in serves (each exactly as the module gives it, or from the module itself): any other name loads the
    real module, whose names then are the stand-in's too (and `sys.modules` hands out the real one). `inspect`
    comes with `ast` (whose C module builds some 120 node types), `dis`, `tokenize` and `linecache`, and a run
    reads only `cleandoc` of each option's help; `uuid` imports `platform` (its tables and patterns) for
    `platform.system()` alone."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_real(self), name)


_STAND_INS: dict[str, ModuleType] = {}


def _real(module: ModuleType) -> ModuleType:
    """The real module of a stand-in, loaded now if only the stand-in is (whose names become the real module's)."""
    if type(module) is not _StandIn:  # (loaded already)
        return module
    name = module.__name__
    if sys.modules.get(name) is module:
        del sys.modules[name]
    real: ModuleType = __import__(name)
    module.__dict__.update(real.__dict__)
    module.__class__ = ModuleType  # type: ignore[assignment]
    return real


def _module(name: str) -> ModuleType:
    """The real module `name` (loaded now if only its stand-in is)."""
    return _real(_STAND_INS[name]) if name in _STAND_INS else __import__(name)


def _cleandoc(doc: str) -> str | None:
    """`inspect.cleandoc(doc)`: `doc` itself where that is what it gives, in every Python (one line, no tab, no
    blank at its start), else the real one's."""
    if type(doc) is str and "\n" not in doc and "\t" not in doc and not doc[:1].isspace():
        return doc
    return _module("inspect").cleandoc(doc)  # type: ignore[no-any-return]


def _system() -> str:
    """`platform.system()`: "Linux" where `os.uname()` says so (which no case of `platform.uname` changes), else
    the real one's."""
    if sys.platform == "linux" and os.uname().sysname == "Linux":
        return "Linux"
    return _module("platform").system()  # type: ignore[no-any-return]


def _stand_in(name: str, **served: Any) -> None:
    """Put a stand-in for the module `name` in `sys.modules`, serving these names, unless the real one is loaded."""
    if name not in sys.modules:
        module = sys.modules[name] = _STAND_INS[name] = _StandIn(name)
        vars(module).update(served)


def _source(source: str, filename: str, mode: str) -> str:
    """`compile` as `typing.ForwardRef` calls it while the command line's modules load: the source itself, which
    `eval` reads as it reads code, should the reference ever be evaluated. `click` builds its TypedDicts at import,
    each annotation a string under postponed evaluation (some 26), and typing compiles each into a forward
    reference; the first `compile` of a process builds the node types of the C module `_ast` (9M instructions of
    every start, where nothing of ours compiles anything)."""
    return source


def load() -> Callable[[], None]:
    """Load the command line's modules with the cyclic collector paused and typing's forward references left
    uncompiled (`_source`); its entry point.

    Loading creates some 100,000 objects that live as long as the process, and no garbage: the
    collector, run every 700 new objects, would walk them again and again for nothing (3% of the
    instructions of a short run). Once loaded they are frozen (`gc.freeze`), out of its later walks.
    Parsing then makes its records, lines and matches in their thousands, nearly all freed by their
    reference counts: the collector looks at the new ones every 10,000 allocations, not every 700
    (1% of a one-file run), which leaves at most a few thousand cyclic leftovers waiting a little longer.
    """
    collecting = gc.isenabled()
    gc.disable()
    _stand_in("inspect", cleandoc=_cleandoc)
    _stand_in("platform", system=_system)
    import typing  # (which click imports anyway)

    setattr(typing, "compile", _source)  # (found before the built-in by `ForwardRef.__init__`)  # noqa: B010
    try:
        from .cli import main as run
    finally:
        delattr(typing, "compile")
        gc.freeze()
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(YOUNG_OBJECTS, older, oldest)
        if collecting:
            gc.enable()
    return run


def main() -> None:
    """The command line: loaded (`load`), then run."""
    load()()


if __name__ == "__main__":
    main()
