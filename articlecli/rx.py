"""Compiled patterns, cached beside the bytecode.

Compiling the parser's ~300 patterns costs the regex module about 0.2 s, most of a cold start.
A compiled regex pattern reduces (the regex module's documented pickle support) to the module's
own constructor and its arguments — the pattern's text, flags and compiled code: strings,
numbers, bytes, lists and dicts — and is built again from them in microseconds. So each pattern
is compiled once per installation, and those arguments are kept in the package's `__pycache__`,
beside the `.pyc` files, in a file named after the Python and regex versions. The file holds two
maps: compiled patterns, found by the pattern's text and then matched exactly on its engine, flags and
named lists; and word lists cut from running text (`words`), found by the text and matched exactly on
the code that cuts it. A changed pattern or cutter misses, is compiled afresh, and the file rewritten, without
what no module declares any more (`rx_write.py`).
The file is written with `marshal`, the format of the `.pyc` files: it is built in, so start-up imports
neither `pickle` nor `pathlib` for it.

The file is written where and when Python writes bytecode, by the same rule: never when Python is told
not to (`python -B`, `PYTHONDONTWRITEBYTECODE`), only when a pattern or a word list was new, and never
when the folder is read-only (patterns are then compiled, as they are when the file is damaged). Nothing
else is written, nothing is downloaded. `ARTICLECLI_NO_PATTERN_CACHE=1` turns the cache off.

Even rebuilt from the cache, the ~300 patterns cost a fifth of a cold start, and a one-file parse uses
about half of them (many serve rare branches). So `compile` returns a `LazyPattern`, which builds
the pattern on its first use and then serves the pattern's own methods (`P.search` is then the
compiled pattern's bound method: no extra call on the warm path). Its `.pattern` text is known
without compiling, so that patterns can be built from other patterns' text.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
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
    f"-sre{getattr(_sre, 'MAGIC', 0)}.v6.marshal",
)
_ENABLED = not os.environ.get("ARTICLECLI_NO_PATTERN_CACHE")
# What a pattern reduces to: the regex module's constructor, called with the stored arguments.
_CONSTRUCTOR: Any = getattr(getattr(regex, "_regex", None), "compile", None)

SIMPLE_CASE = "(?-f)"
# An entry of either map: its text -> pairs of (what else must be equal for the pair to serve, what it keeps),
# both marshalled (the first in marshal's version 2, which writes equal values as equal bytes: no references
# between objects, no mark of interned strings); one text may serve several pairs (one pattern's text with
# two sets of named lists).
Pairs = tuple[tuple[bytes, bytes], ...]
Entries = dict[str, Pairs]
Kept = dict[str, dict[bytes, bytes]]  # text -> {what else must be equal: what it keeps}
# The file holds each map in two parts. What one input needed (the patterns and word lists of the writing process's
# imports and of its first input, `settle`) as `Stored`: its texts' lengths -> (a text in UTF-8, its pairs), the texts
# of one length in the map's order, read at start. Nothing of it is read as a string: the texts (some 300 KB) would
# each be decoded and hashed; a length is found at once, and the few texts of that length compared as bytes. The rest
# - what other inputs needed, 1.3 MB once many pages were read - is never made into objects at start (each start
# built them all: 5M instructions of such a file), but read where it lies in the file's bytes, entry by entry, when
# the first part lacks a text: `Index`, a text's length -> where its entries begin. Such an entry: its text's length
# in bytes (4 bytes), the text in UTF-8, how many pairs (1 byte), and each pair as (4 bytes of length, spec, 4 bytes of
# length, what it keeps); numbers little-endian. What a pair keeps is read only when its pattern is first used (the
# 100,000 objects of every pattern's code, the 5,000 words of the lists, are never built for nothing).
Stored = dict[int, tuple[tuple[bytes, Pairs], ...]]
Index = dict[int, tuple[int, ...]]
# The file: `_MAGIC`, the rest's entries, the rest's two indexes (marshalled), who made the entries (`rx_write`), then
# the head (marshalled: the two maps' first parts, and where the indexes and the makers lie), the head's offset and the
# file's length (4 bytes each).
_MAGIC = b"articlecli-rx6\n"
_patterns: Stored | None = None  # compiled patterns, as the file holds them (read on first need)
_words: Stored | None = None  # word lists cut from running text, likewise
_data = b""  # the file's bytes (empty: no file, or one damaged or of another form)
_rest: tuple[Index, Index] | None = None  # the indexes of what the first parts lack (read on first need)
_rest_span = (0, 0)  # where they lie in `_data`
_meta_span = (0, 0)  # where who made the entries lies (read when the file is written again: `rx_write`)
# What this process built, read or cut, kept in the next file: (text, spec, what it keeps), in order; a list, for a
# text put in a dict is hashed (the lexicon's word lists, 160 KB, at every start), and only a write needs the map
_used: list[tuple[str, bytes, bytes | memoryview]] = []  # the patterns built
_words_used: list[tuple[str, bytes, bytes | memoryview]] = []  # the word lists read or cut
_one_input: tuple[int, int] | None = None  # how many of each were built once the first input was read, if another was
_dirty = False  # something was compiled or cut that the file lacks
# The patterns the imported modules declare, built or not: text, flags, named lists, engine (True: the standard
# library's)
_declared: list[tuple[str, int, dict[str, Any], bool]] = []
_words_asked: list[tuple[str, bool]] = []  # the word lists asked for: (text, asked before any input was read)
# How many patterns were declared, and modules imported, when the process began to read its input (`settle`): what
# a process declares before, every process that runs the same code declares again (an entry that such code no longer
# declares is stale); what it builds while reading may depend on the input
_settled: int | None = None
_settled_modules = 0


def parse(data: bytes) -> tuple[Stored, Stored, tuple[int, int], tuple[int, int]] | None:
    """A file's bytes: the first parts of its maps, where the rest's indexes lie and where who made its entries lies
    (None when the bytes are not such a file)."""
    # (the file ends with its own length: a file cut short ends elsewhere, and its last bytes, read as where the head
    # lies, would set marshal reading anywhere - gigabytes asked for a size read from a text)
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 8 or int.from_bytes(data[-4:], "little") != len(data):
        return None
    try:
        head = marshal.loads(memoryview(data)[int.from_bytes(data[-8:-4], "little") : -8])
    except (EOFError, ValueError, TypeError, MemoryError):  # (a damaged size: marshal allocates it before reading)
        return None
    if not (type(head) is tuple and len(head) == 4 and type(head[0]) is dict and type(head[1]) is dict):
        return None
    spans = head[2:]
    if not all(type(span) is tuple and len(span) == 2 and all(type(n) is int for n in span) for span in spans):
        return None
    return head[0], head[1], spans[0], spans[1]


def _load() -> tuple[Stored, Stored]:
    """The first parts of the file's two maps (empty when there is none, or it is damaged or of another form); its
    bytes are kept (`_data`) for the rest."""
    global _data, _rest_span, _meta_span
    if not _ENABLED:
        return {}, {}
    try:
        with open(_FILE, "rb") as fh:
            data = fh.read()
    except OSError:
        return {}, {}
    parsed = parse(data)
    if parsed is None:
        return {}, {}
    _data, _rest_span, _meta_span = data, parsed[2], parsed[3]
    return parsed[0], parsed[1]


def settle() -> None:
    """Mark the start of reading input (each article parsed): patterns declared from now on may depend on it."""
    global _settled, _settled_modules, _one_input
    if _settled is None:
        _settled, _settled_modules = len(_declared), len(sys.modules)
    elif _one_input is None:
        _one_input = len(_used), len(_words_used)


def _entry(entries: Stored, text: str, spec: bytes, rest: int) -> bytes | memoryview | None:
    """What the file keeps for `text` made with the same `spec`, if it holds it (a damaged entry holds nothing): in
    the first part of its map, else in the rest (`rest`: which map's)."""
    same_length = entries.get(len(text))
    encoded = text.encode("utf-8", "surrogatepass")
    for stored in same_length if type(same_length) is tuple else ():
        if type(stored) is tuple and len(stored) == 2 and stored[0] == encoded:
            for pair in stored[1] if type(stored[1]) is tuple else ():
                if type(pair) is tuple and len(pair) == 2 and pair[0] == spec:
                    return pair[1]
    if _data:
        try:
            return _in_rest(rest, len(text), encoded, spec)
        except (TypeError, ValueError, IndexError, EOFError, MemoryError):
            pass
    return None


def rest_indexes(data: bytes, span: tuple[int, int]) -> tuple[Index, Index]:
    """The indexes of the rest of both maps, where `span` says they lie in a file's bytes (empty where damaged)."""
    try:
        indexes = marshal.loads(memoryview(data)[span[0] : span[1]])
    except (EOFError, ValueError, TypeError, MemoryError):
        return {}, {}
    if type(indexes) is tuple and len(indexes) == 2 and all(type(index) is dict for index in indexes):
        return indexes[0], indexes[1]
    return {}, {}


def _in_rest(rest: int, length: int, encoded: bytes, spec: bytes) -> memoryview | None:
    """What the rest of a map keeps for a text (its length in characters, its bytes) made with `spec`: read where it
    lies in the file's bytes, no copy."""
    global _rest
    if _rest is None:
        _rest = rest_indexes(_data, _rest_span)
    data = _data
    for at in _rest[rest].get(length, ()):
        # (a text of as many characters whose bytes begin with these is this text: UTF-8 is prefix-free)
        if data.startswith(encoded, at + 4):
            at += 4 + len(encoded)
            for _ in range(data[at]):
                size = int.from_bytes(data[at + 1 : at + 5], "little")
                same = size == len(spec) and data.startswith(spec, at + 5)
                at += 5 + size
                size = int.from_bytes(data[at : at + 4], "little")
                if same:
                    return memoryview(data)[at + 4 : at + 4 + size]
                at += 3 + size  # (the next pair's first byte is at `at + 1`, as the first's was)
            return None
    return None


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


# (and as the characters to replace one after the other, the backslash first, so that none put before a character
# is escaped again: `str.translate` with a table of one character to two looks up every character of the text in
# it, in Python objects, where a test for a character and a replacement run in C: of a long text, such as a word list
# joined, at a tenth of the cost - 4M instructions of every start)
_ESCAPED = "\\" + "".join(chr(c) for c in _ESCAPES if c != ord("\\"))


def escape(text: str) -> str:
    """`regex.escape(text)`: the text as a literal in a pattern."""
    if len(text) < 24:  # (a word: the table is quicker than some 50 tests)
        return text.translate(_ESCAPES)
    for c in _ESCAPED:
        if c in text:
            text = text.replace(c, "\\" + c)
    return text


def fold(text: str) -> str:
    """`text` in lower case as a case-insensitive pattern compares it with a lower-case word of the lexicon: a
    plain test on it (`startswith`, `in`) stands in front of a pattern that needs that word (tests/test_pattern_gates.py
    checks the tables such tests read). The text keeps its length. Beyond ASCII, the pattern (simple folding)
    reads two more characters as letters a-z: the dotted capital I as "i" (which `str.lower` makes two characters)
    and the long s as "s" (the Kelvin sign lower-cases to "k" already)."""
    if not text.isascii():
        text = text.replace("İ", "i").replace("ſ", "s")  # (two scans in C, where `translate` reads each character)
    return text.lower()


# The methods the parser calls line after line, kept on each built pattern; the other attributes are
# read through properties of `BuiltPattern` (both engines' patterns have these seven).
_HOT = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
_COLD = ("flags", "groupindex", "groups", "named_lists", "prefixmatch", "scanner", "splititer", "subf", "subfn", "subn")


class LazyPattern:
    """A compiled pattern, built on its first use; every attribute is then the pattern's own."""

    def __init__(self, pattern: str, flags: int, std: bool, named_lists: dict[str, Any]) -> None:
        self.pattern = pattern  # the text, as the compiled pattern's `.pattern` gives it
        self._spec = (flags, std, named_lists)

    def compiled(self) -> Any:
        """The pattern itself (built now, on the first call)."""
        flags, std, named_lists = self._spec
        built = _build(self.pattern, flags, std, named_lists)
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
    _declared.append((pattern, flags, named_lists, False))
    return LazyPattern(pattern, flags, False, named_lists)


def compile_std(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile (the standard library's engine, which scans simple classes faster), on first use,
    from the cache when this pattern was compiled before."""
    flags = int(flags)
    _declared.append((pattern, flags, {}, True))
    return cast("re.Pattern[str]", LazyPattern(pattern, flags, True, {}))


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


def _pattern_spec(std: bool, flags: int, named_lists: dict[str, Any]) -> bytes:
    """What a pattern's entry must match besides its text: the engine, the flags and the named lists, in their
    order (the compiled code lists a named list's words of one length in the order given)."""
    if not named_lists:  # most patterns: a handful of specs, each made once (7,000 instructions a pattern)
        spec = _PLAIN_SPECS.get((std, flags))
        if spec is None:
            spec = _PLAIN_SPECS[std, flags] = marshal.dumps((std, flags, ()), 2)
        return spec
    return marshal.dumps((std, flags, tuple((name, tuple(words)) for name, words in sorted(named_lists.items()))), 2)


_PLAIN_SPECS: dict[tuple[bool, int], bytes] = {}


def _build(pattern: str, flags: int, std: bool, named_lists: dict[str, Any]) -> Any:
    """The compiled pattern: rebuilt from the cache's arguments, or compiled (and kept for the cache)."""
    global _patterns, _words, _dirty
    constructor = _sre.compile if std else _CONSTRUCTOR
    spec = b""
    if _ENABLED and constructor is not None:
        if _patterns is None:
            _patterns, _words = _load()
        spec = _pattern_spec(std, flags, named_lists)
        kept = _entry(_patterns, pattern, spec, 0)
        if kept is not None:
            try:
                compiled = constructor(*marshal.loads(kept))
            except Exception:  # a damaged entry: compile it again
                pass
            else:
                _used.append((pattern, spec, kept))
                return compiled
    compiled = re.compile(pattern, flags) if std else regex.compile(pattern, flags, **named_lists)
    if spec:
        kept = _std_arguments(pattern, flags, compiled) if std else _arguments(compiled)
        if kept is not None:
            _used.append((pattern, spec, kept))
            _dirty = True
    return compiled


# Word lists written as running text (`lexicon.py`) are cut into their entries once per installation too:
# cutting some 5,000 entries out of 50 KB of text costs 8M instructions at every start, reading them back
# from the file a tenth of that. An entry is found by the text, and serves only the same cutting code: the
# cutter's own code and that of every function of its module it calls, marshalled (a change to any of
# them cuts every text afresh).
_cutters: dict[Callable[[str], tuple[str, ...]], bytes] = {}


def _code_of(function: Callable[..., Any]) -> bytes:
    """The code of `function` and of the functions of its module that it calls, directly or not, marshalled."""
    space: dict[str, Any] = function.__globals__
    codes: list[Any] = []
    todo = [function.__code__]
    while todo:
        code = todo.pop()
        if code in codes:
            continue
        codes.append(code)
        todo.extend(const for const in code.co_consts if hasattr(const, "co_names"))  # its comprehensions, lambdas
        todo.extend(space[name].__code__ for name in code.co_names if hasattr(space.get(name), "__code__"))
    return marshal.dumps(tuple(codes), 2)


def cut_phrases(text: str) -> tuple[str, ...]:
    """A word list written as running text, cut at its commas (line breaks are spaces), as written."""
    # Whitespace made single spaces once for the whole text, then cut at the commas: some 5,000 entries
    # are read at every start, and string methods on the whole text are far cheaper than on each entry.
    return tuple(filter(None, " ".join(text.split()).replace(" ,", ",").replace(", ", ",").split(",")))


def words(text: str, cut: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """`cut(text)`: the entries of a word list written as text, from the cache when it was cut before."""
    global _patterns, _words, _dirty
    if not _ENABLED:
        return cut(text)
    if _words is None:
        _patterns, _words = _load()
    _words_asked.append((text, _settled is None))
    spec = _cutters.get(cut)
    if spec is None:
        spec = _cutters[cut] = _code_of(cut)
    kept = _entry(_words, text, spec, 1)
    if kept is not None:
        try:  # (not `contextlib.suppress`, whose three calls of Python cost more than the read, some 200 a start)
            entries = marshal.loads(kept)
        except Exception:  # a damaged entry: cut the text again
            entries = None
        if isinstance(entries, tuple):
            _words_used.append((text, spec, kept))
            return entries
    entries = cut(text)
    _words_used.append((text, spec, marshal.dumps(entries)))
    _dirty = True
    return entries


@atexit.register
def save() -> None:
    """Write the patterns and word lists this process compiled or cut, when one was new and Python may write
    bytecode (`sys.dont_write_bytecode`): the file keeps what can still serve, of this process and of others
    (`rx_write`), never a pattern or word list that no module declares any more.

    Run at exit; the CLI, which leaves without the interpreter's exit work, calls it itself.
    """
    global _dirty
    if not (_ENABLED and _dirty) or sys.dont_write_bytecode:
        return
    _dirty = False
    from .rx_write import write  # (only when something was new)

    write()
