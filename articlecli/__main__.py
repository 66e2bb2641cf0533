"""The `articlecli` command, and `python -m articlecli`."""

from __future__ import annotations

import gc

# new objects between two looks of the cyclic collector (Python's default: 700)
YOUNG_OBJECTS = 10_000


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
