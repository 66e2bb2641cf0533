"""The `articlecli` command, and `python -m articlecli`."""

from __future__ import annotations

import gc


def main() -> None:
    """Load the command line's modules with the cyclic collector paused, then run it.

    Loading creates some 100,000 objects that live as long as the process, and no garbage: the
    collector, run every 700 new objects, would walk them again and again for nothing (3% of the
    instructions of a short run). Once loaded they are frozen (`gc.freeze`), out of its later walks.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        from .cli import main as run
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    run()


if __name__ == "__main__":
    main()
