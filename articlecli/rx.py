"""Compiled patterns, cached beside the bytecode.

Compiling the parser's ~150 patterns costs the regex module about 0.2 s, most of a cold start.
A compiled regex pattern pickles to the arguments of the module's own constructor (the regex
module's documented pickle support), and loads again in microseconds. So each pattern is
compiled once per installation and kept in the package's `__pycache__`, beside the `.pyc`
files, in a file named after the Python and regex versions; an entry is found by the pattern's
text, flags and named lists, so a changed pattern is compiled afresh and the file rewritten.

Nothing else is written, nothing is downloaded; when the folder is read-only, or the file is
damaged, patterns are simply compiled. `ARTICLECLI_NO_PATTERN_CACHE=1` turns the cache off.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex

_DIR = Path(__file__).resolve().parent / "__pycache__"
_FILE = _DIR / f"patterns.py{sys.version_info[0]}{sys.version_info[1]}-regex{regex.__version__}.pickle"
_ENABLED = not os.environ.get("ARTICLECLI_NO_PATTERN_CACHE")

Key = tuple[str, int, tuple[tuple[str, tuple[str, ...]], ...]]
SIMPLE_CASE = "(?-f)"
_stored: dict[Key, bytes] | None = None  # what the file holds
_used: dict[Key, bytes] = {}  # what this process asked for: the next file's content
_dirty = False


def _load() -> dict[Key, bytes]:
    if not _ENABLED:
        return {}
    try:
        with _FILE.open("rb") as fh:
            data = pickle.load(fh)  # our own file, beside our own bytecode
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def compile(pattern: str, flags: int = 0, **named_lists: Any) -> regex.Pattern[str]:
    """regex.compile, from the cache when this pattern was compiled before; case-insensitive
    patterns fold case simply (one character for one)."""
    global _stored, _dirty
    if _stored is None:
        _stored = _load()
    if flags & regex.IGNORECASE:
        # Simple case folding: "SAID" matches "said", but "ss" no longer matches "ß" nor "fi" the
        # ligature "ﬁ". Full folding (the default of the module's version 1) costs this parser
        # 5-8% of its time, and no English page furniture, speaking verb or label needs it.
        pattern = SIMPLE_CASE + pattern
    key: Key = (pattern, int(flags), tuple((k, tuple(v)) for k, v in sorted(named_lists.items())))
    blob = _stored.get(key)
    if blob is not None:
        try:
            compiled: regex.Pattern[str] = pickle.loads(blob)
        except Exception:  # a damaged entry: compile it again
            blob = None
        else:
            _used[key] = blob
            return compiled
    compiled = regex.compile(pattern, flags, **named_lists)
    if _ENABLED:
        _used[key] = pickle.dumps(compiled)
        _dirty = True
    return compiled


@atexit.register
def save() -> None:
    """Write the patterns this process compiled (only when one was new, and only if we may).

    Run at exit; the CLI, which leaves without the interpreter's exit work, calls it itself.
    """
    global _dirty
    if not (_ENABLED and _dirty):
        return
    _dirty = False
    import tempfile  # only when a new pattern was compiled

    with contextlib.suppress(OSError):
        _DIR.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns.", dir=_DIR)
        try:
            # keep what other commands compiled too, unless old entries pile up
            content = {**(_stored or {}), **_used}
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(content if len(content) <= 2 * len(_used) + 50 else _used, fh, protocol=5)
            os.chmod(tmp, 0o644)
            os.replace(tmp, _FILE)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
