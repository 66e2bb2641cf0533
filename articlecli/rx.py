"""Compiled patterns, cached beside the bytecode.

Compiling the parser's ~250 patterns costs the regex module about 0.2 s, most of a cold start.
A compiled regex pattern reduces (the regex module's documented pickle support) to the module's
own constructor and its arguments — the pattern's text, flags and compiled code: strings,
numbers, bytes, lists and dicts — and is built again from them in microseconds. So each pattern
is compiled once per installation, and those arguments are kept in the package's `__pycache__`,
beside the `.pyc` files, in a file named after the Python and regex versions; an entry is found
by the pattern's text, flags and named lists, so a changed pattern is compiled afresh and the
file rewritten. The file is written with `marshal`, the format of the `.pyc` files: it is built
in, so start-up imports neither `pickle` nor `pathlib` for it.

Nothing else is written, nothing is downloaded; when the folder is read-only, or the file is
damaged, patterns are simply compiled. `ARTICLECLI_NO_PATTERN_CACHE=1` turns the cache off.

Even rebuilt from the cache, the ~250 patterns cost a fifth of a cold start, and a one-file parse uses
about half of them (many serve rare branches). So `compile` returns a `LazyPattern`, which builds
the pattern on its first use and then serves the pattern's own methods (`P.search` is then the
compiled pattern's bound method: no extra call on the warm path). Its `.pattern` text is known
without compiling, so that patterns can be built from other patterns' text.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import contextlib
import copyreg
import marshal
import os
import re
import sys
from collections.abc import Callable
from typing import Any, cast

import regex

_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__")
# named after everything the stored arguments depend on: the Python version, the regex version, and the
# standard engine's opcode numbering (`_sre.MAGIC`, which a patch release may change)
_FILE = os.path.join(
    _DIR,
    f"patterns.py{sys.version_info[0]}{sys.version_info[1]}-regex{regex.__version__}"
    f"-sre{getattr(_sre, 'MAGIC', 0)}.v2.marshal",
)
_ENABLED = not os.environ.get("ARTICLECLI_NO_PATTERN_CACHE")
# What a pattern reduces to: the regex module's constructor, called with the stored arguments.
_CONSTRUCTOR: Any = getattr(getattr(regex, "_regex", None), "compile", None)

Key = tuple[str, int, tuple[tuple[str, tuple[str, ...]], ...]]
# The named lists of a standard-library pattern's key: none, and a name no regex list can have.
_STD: tuple[tuple[str, tuple[str, ...]], ...] = (("<re>", ()),)
SIMPLE_CASE = "(?-f)"
# Each entry keeps the arguments marshalled on their own, read only when the pattern is first used:
# reading the file then creates some 300 objects, not the 100,000 of every pattern's code.
_stored: dict[Key, bytes] | None = None  # what the file holds
_used: dict[Key, bytes] = {}  # what this process asked for: the next file's content
_dirty = False
_declared: list[Key] = []  # the patterns the imported modules declare, compiled or not


def _load() -> dict[Key, bytes]:
    if not (_ENABLED and _CONSTRUCTOR):
        return {}
    try:
        with open(_FILE, "rb") as fh:
            data = marshal.loads(fh.read())  # our own file; read whole (marshal.load reads piece by piece)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _arguments(compiled: regex.Pattern[str]) -> bytes | None:
    """The constructor's arguments of a compiled pattern, marshalled, when they can be kept in the file."""
    reduce = copyreg.dispatch_table.get(type(compiled))
    if reduce is None or _CONSTRUCTOR is None:
        return None
    reduced = reduce(compiled)
    if not isinstance(reduced, tuple) or reduced[0] is not _CONSTRUCTOR:
        return None
    args = reduced[1]
    try:
        return marshal.dumps(tuple(args))
    except ValueError:  # a value marshal cannot write
        return None


# What `regex.escape` escapes (its metacharacters and every white-space character), as one table for
# `str.translate`: `regex.escape` goes through a word character by character, in Python, and the
# patterns built from the lexicon escape over a thousand words at every start.
_ESCAPES = {ord(c): "\\" + c for c in "\\|*)+-&}~$?]([^{#." + "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"}
_ESCAPES.update({ord(c): "\\" + c for c in "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"})
_ESCAPES.update({ord(c): "\\" + c for c in "\u2028\u2029\u202f\u205f\u3000"})


def escape(text: str) -> str:
    """`regex.escape(text)`: the text as a literal in a pattern."""
    return text.translate(_ESCAPES)


# The methods the parser calls line after line, kept on each built pattern; the other attributes are
# read through properties of `BuiltPattern` (both engines' patterns have these seven).
_HOT = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
_COLD = ("flags", "groupindex", "groups", "named_lists", "prefixmatch", "scanner", "splititer", "subf", "subfn", "subn")


class LazyPattern:
    """A compiled pattern, built on its first use; every attribute is then the pattern's own."""

    def __init__(self, pattern: str, flags: int, key: Key, named_lists: dict[str, Any]) -> None:
        self.pattern = pattern  # the text, as the compiled pattern's `.pattern` gives it
        self._spec = (flags, key, named_lists)

    def compiled(self) -> Any:
        """The pattern itself (built now, on the first call)."""
        flags, key, named_lists = self._spec
        built = _build(self.pattern, flags, key, named_lists)
        # Every public attribute of the pattern kept on this object, which then becomes a `BuiltPattern`:
        # a class without `__getattr__`, whose attributes Python looks up at full speed.
        for name in _HOT:
            self.__dict__[name] = getattr(built, name)
        self.__dict__["_compiled"] = built
        object.__setattr__(self, "__class__", BuiltPattern)
        return built

    @property
    def named_lists(self) -> dict[str, frozenset[str]]:
        """The pattern's named lists, as the compiled pattern gives them (known without building it)."""
        return {name: frozenset(words) for name, words in self._spec[2].items()}

    def __getattr__(self, name: str) -> Any:
        # Called only before the pattern is built, for a name not in the instance's dict.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return repr(self.compiled())


class BuiltPattern:
    """A `LazyPattern` once built: the compiled pattern's methods and attributes are its own."""

    def compiled(self) -> Any:
        """The pattern itself."""
        return self.__dict__["_compiled"]

    def __repr__(self) -> str:
        return repr(self.__dict__["_compiled"])


def _cold(name: str) -> property:
    return property(lambda self: getattr(self.__dict__["_compiled"], name), doc=f"The pattern's `{name}`.")


for _name in _COLD:
    setattr(BuiltPattern, _name, _cold(_name))


# The flag as a plain int: `regex`'s flags are an enum, whose operators run in Python (some 300 patterns
# are declared at every start).
_IGNORECASE = int(regex.IGNORECASE)


def compile(pattern: str, flags: int = 0, **named_lists: Any) -> regex.Pattern[str]:
    """regex.compile, on first use, from the cache when this pattern was compiled before;
    case-insensitive patterns fold case simply (one character for one)."""
    flags = int(flags)
    if flags & _IGNORECASE:
        # Simple case folding: "SAID" matches "said", but "ss" no longer matches "ß" nor "fi" the
        # ligature "ﬁ". Full folding (the default of the module's version 1) costs this parser
        # 5-8% of its time, and no English page furniture, speaking verb or label needs it.
        pattern = SIMPLE_CASE + pattern
    key: Key = (pattern, flags, tuple((k, tuple(v)) for k, v in sorted(named_lists.items())))
    _declared.append(key)
    return LazyPattern(pattern, flags, key, named_lists)


def compile_std(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile (the standard library's engine, which scans simple classes faster), on first use,
    from the cache when this pattern was compiled before."""
    flags = int(flags)
    key: Key = (pattern, flags, _STD)
    _declared.append(key)
    return cast("re.Pattern[str]", LazyPattern(pattern, flags, key, {}))


def _std_arguments(pattern: str, flags: int, compiled: re.Pattern[str]) -> bytes | None:
    """What `re.compile` hands the engine's constructor (`_sre.compile`), marshalled; only where the
    arguments, rebuilt, give the same pattern (Python 3.11 and later: 3.10 compiles elsewhere)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: marshal writes no int subclass
        groups = parsed.state.groupdict
        names: list[str | None] = [None] * parsed.state.groups
        for name, index in groups.items():
            names[index] = name
        args = (pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groups), tuple(names))
        if _sre.compile(*args) != compiled:
            return None
        return marshal.dumps(args)
    except Exception:  # the standard library's internals differ: no cache for these patterns
        return None


def _build(pattern: str, flags: int, key: Key, named_lists: dict[str, Any]) -> Any:
    """The compiled pattern: rebuilt from the cache's arguments, or compiled (and kept for the cache)."""
    global _stored, _dirty
    if _stored is None:
        _stored = _load()
    std = key[2] == _STD
    kept = _stored.get(key)
    if kept is not None:
        try:
            compiled = (_sre.compile if std else _CONSTRUCTOR)(*marshal.loads(kept))
        except Exception:  # a damaged entry: compile it again
            pass
        else:
            _used[key] = kept
            return compiled
    compiled = re.compile(pattern, flags) if std else regex.compile(pattern, flags, **named_lists)
    if _ENABLED:
        kept = _std_arguments(pattern, flags, compiled) if std else _arguments(compiled)
        if kept is not None:
            _used[key] = kept
            _dirty = True
    return compiled


# Word lists written as running text (`lexicon.py`) are cut into their entries once per installation too:
# cutting some 5,000 entries out of 50 KB of text costs 8M instructions at every start, reading them back
# from the file a tenth of that. An entry is found by the text and by the code of the function that cuts
# it (a changed function cuts every text afresh).
_words_used: dict[Key, bytes] = {}  # what this process read or cut: kept in the next file
_cutters: dict[Callable[[str], tuple[str, ...]], tuple[tuple[str, tuple[str, ...]], ...]] = {}


def _cutter_tag(cut: Callable[[str], tuple[str, ...]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    tag = _cutters.get(cut)
    if tag is None:
        code = cut.__code__
        tag = _cutters[cut] = (("<words>", (marshal.dumps((code.co_code, code.co_consts, code.co_names)).hex(),)),)
    return tag


def words(text: str, cut: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """`cut(text)`: the entries of a word list written as text, from the cache when it was cut before."""
    global _stored, _dirty
    if not _ENABLED:
        return cut(text)
    if _stored is None:
        _stored = _load()
    key: Key = (text, 0, _cutter_tag(cut))
    kept = _stored.get(key)
    if kept is not None:
        with contextlib.suppress(Exception):  # a damaged entry: cut the text again
            entries = marshal.loads(kept)
            if isinstance(entries, tuple):
                _words_used[key] = kept
                return entries
    entries = cut(text)
    _words_used[key] = marshal.dumps(entries)
    _dirty = True
    return entries


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
        os.makedirs(_DIR, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns.", dir=_DIR)
        try:
            # keep what other commands and other inputs compiled too, unless old entries pile up
            content = {**(_stored or {}), **_used, **_words_used}
            limit = 2 * max(len(_declared), len(_used)) + len(_words_used) + 50
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(content if len(content) <= limit else {**_used, **_words_used}, fh)
            os.chmod(tmp, 0o644)
            os.replace(tmp, _FILE)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
