"""The `articlecli` command, and `python -m articlecli`."""

from __future__ import annotations

import gc
import sys

TYPE_CHECKING = False  # (typing's flag spelled out, as in `__init__.py`: `typing` loads `re` with the collector on)
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any
else:
    ModuleType = type(sys)

# new objects between two looks of the cyclic collector (Python's default: 700)
YOUNG_OBJECTS = 10_000


class _Inspect(ModuleType):
    """`inspect` until something reads it: `click` imports it, with `ast` (whose C module builds some 120 node
    types), `dis`, `tokenize` and `linecache` (22M instructions of every start, 6% of a one-file run), and a run
    reads of it only `cleandoc`, of each option's help, which a help of one line without tabs or a blank at its
    start leaves as it is (in every Python's `inspect`); any other text, and any other name, loads the real
    module, whose names then are this one's too (`sys.modules` hands out the real one from then on)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_load_inspect(self), name)


def _cleandoc(doc: str) -> str | None:
    """`inspect.cleandoc(doc)`: `doc` itself where that is what it gives (one line, no tab, no blank at its start)."""
    if type(doc) is str and "\n" not in doc and "\t" not in doc and not doc[:1].isspace():
        return doc
    return _load_inspect(sys.modules["inspect"]).cleandoc(doc)  # type: ignore[no-any-return]


def _load_inspect(stand_in: ModuleType) -> ModuleType:
    """The real `inspect`, loaded now if only the stand-in is (whose names become the real module's)."""
    if type(stand_in) is not _Inspect:  # (loaded already)
        return stand_in
    if sys.modules.get("inspect") is stand_in:
        del sys.modules["inspect"]
    import inspect

    stand_in.__dict__.update(inspect.__dict__)
    stand_in.__class__ = ModuleType  # type: ignore[assignment]
    return inspect


def _defer_inspect() -> None:
    """Put the stand-in for `inspect` in `sys.modules`, unless the real one is loaded already."""
    if "inspect" not in sys.modules:
        stand_in = sys.modules["inspect"] = _Inspect("inspect")
        stand_in.cleandoc = _cleandoc  # type: ignore[attr-defined]


def main() -> None:
    """Load the command line's modules with the cyclic collector paused, then run it.

    Loading creates some 100,000 objects that live as long as the process, and no garbage: the
    collector, run every 700 new objects, would walk them again and again for nothing (3% of the
    instructions of a short run). Once loaded they are frozen (`gc.freeze`), out of its later walks.
    Parsing then makes its records, lines and matches in their thousands, nearly all freed by their
    reference counts: the collector looks at the new ones every 10,000 allocations, not every 700
    (1% of a one-file run), which leaves at most a few thousand cyclic leftovers waiting a little longer.
    """
    collecting = gc.isenabled()
    gc.disable()
    _defer_inspect()
    try:
        from .cli import main as run
    finally:
        gc.freeze()
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(YOUNG_OBJECTS, older, oldest)
        if collecting:
            gc.enable()
    run()


if __name__ == "__main__":
    main()
