"""Writing the file of compiled patterns and word lists (`rx.save`): what the next file keeps.

Imported only at the end of a run that compiled a pattern or cut a word list the file lacked. The file keeps what
can still serve, and with each entry what made it, so that a later write can tell what went stale:

- a text this process declared (a pattern) or asked for (a word list) keeps the specs it was declared with or used
  (not those of named lists since changed);
- a text declared before a process read any input (`rx.settle`: by the code of the modules it imported) is dropped
  when every module that process ran has run in this one before its input too, and none declared it: the same code
  declares the same texts, so no module declares it any more (a lexicon table was edited);
- a text declared while reading input (built at run time, from what a page holds), or by a process that ran modules
  this one did not import, is kept until it has gone `_MAX_AGE` writes unused: other inputs and commands need it;
- one whose modules all ran here or were served as their tables (a module of data only served from the bundle, whose
  code did not run, cuts no word list) is kept as it is.

Nothing of this is done at start-up: the modules a process ran before its input are read from `sys.modules` when the
file is written (as many as it held then, in the order of their imports; those that hold `rx`).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile

from . import _Finder, rx
from .rx import Entries, Index, Kept, Pairs, Stored

Owner = tuple[int, bool, int]  # what made an entry: its modules (an index in the file's sets), settled, writes unused
Owners = dict[str, Owner]
Declared = dict[str, tuple[set[bytes], bool]]  # text -> the specs it was declared with, declared before any input
_MAX_AGE = 4  # a text declared while reading input, or by modules not all imported, is kept this many writes unused
_UNKNOWN: Owner = (-1, False, _MAX_AGE)  # an entry of a file that named no owners: gone at the next write


def write() -> None:
    """Write the file (where the folder is read-only: nothing kept, nothing said)."""
    served = frozenset(_Finder.served)
    imported = list(sys.modules)  # (in the order of their imports)
    ran = _declaring(imported if rx._settled is None else imported[: rx._settled_modules]) - served
    stored_patterns, stored_words = _read_file()
    sets, pattern_owners, word_owners = _owners(stored_patterns, stored_words)
    sets = (*sets, ran)  # (this process's modules: the last set)
    used = _kept(rx._used)
    patterns, pattern_owners = _next(by_text(stored_patterns), pattern_owners, _declared_here(), used, sets, served)
    words_used = _kept(rx._words_used)
    words = {
        text: (set(words_used[text]), early) for text, early in dict(rx._words_asked).items() if text in words_used
    }
    word_lists, word_owners = _next(by_text(stored_words), word_owners, words, words_used, sets, served)
    # what one input needed: the first part of each map (`rx`)
    first = rx._one_input or (len(rx._used), len(rx._words_used))
    pattern_parts = _parts(patterns, {text for text, _, _ in rx._used[: first[0]]})
    word_parts = _parts(word_lists, {text for text, _, _ in rx._words_used[: first[1]]})
    # the sets still named, and the owners in the order of the file's texts, not under their texts again
    named = sorted({owner[0] for owner in (*pattern_owners.values(), *word_owners.values()) if owner[0] >= 0})
    index = {old: new for new, old in enumerate(named)}

    def renamed(owners: Owners, parts: tuple[Entries, Entries]) -> tuple[Owner, ...]:
        texts = [*_order(parts[0]), *_order(parts[1])]
        return tuple((index.get(i, -1), settled, age) for i, settled, age in map(owners.__getitem__, texts))

    meta = marshal.dumps(
        (tuple(sets[i] for i in named), renamed(pattern_owners, pattern_parts), renamed(word_owners, word_parts))
    )
    with contextlib.suppress(OSError):
        os.makedirs(rx._DIR, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns.", dir=rx._DIR)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(file_bytes(pattern_parts, word_parts, meta))
            os.chmod(tmp, 0o644)
            os.replace(tmp, rx._FILE)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _parts(entries: Entries, first: set[str]) -> tuple[Entries, Entries]:
    """A map cut in two: what one input needed (`first`), and the rest."""
    return {t: p for t, p in entries.items() if t in first}, {t: p for t, p in entries.items() if t not in first}


def _read_file() -> tuple[list[tuple[str | None, Pairs]], list[tuple[str | None, Pairs]]]:
    """The entries of the file read at start (none if none was), each map in the file's order."""
    if rx._patterns is None or not rx._data:
        return [], []
    rest = rx.rest_indexes(rx._data, rx._rest_span)
    return in_order(rx._patterns, rest[0], rx._data), in_order(rx._words or {}, rest[1], rx._data)


def read(data: bytes) -> tuple[Entries, Entries]:
    """The two maps of a file's bytes under their texts (empty when it is not such a file)."""
    parsed = rx.parse(data)
    if parsed is None:
        return {}, {}
    indexes = rx.rest_indexes(data, parsed[2])
    return by_text(in_order(parsed[0], indexes[0], data)), by_text(in_order(parsed[1], indexes[1], data))


def in_order(stored: Stored, rest: Index, data: bytes) -> list[tuple[str | None, Pairs]]:
    """The entries of a map, its first part (`rx.Stored`) and the rest (its index into the file's bytes), in the
    file's order, each with its text (None where the entry is damaged: it keeps its place, for the owners are in that
    order)."""
    entries: list[tuple[str | None, Pairs]] = []
    for same_length in stored.values():
        for entry in same_length if type(same_length) is tuple else ():
            text: str | None = None
            if type(entry) is tuple and len(entry) == 2 and type(entry[0]) is bytes and type(entry[1]) is tuple:
                with contextlib.suppress(UnicodeDecodeError):
                    text = entry[0].decode("utf-8", "surrogatepass")
            entries.append((text, entry[1] if text is not None else ()))
    for starts in rest.values():
        for start in starts if type(starts) is tuple else ():
            try:
                entries.append(_read(data, start))
            except (TypeError, ValueError, IndexError):
                entries.append((None, ()))
    return entries


def _read(data: bytes, at: int) -> tuple[str | None, Pairs]:
    """The entry of the rest of a map at `at` in the file's bytes (`rx`: its form)."""
    size = int.from_bytes(data[at : at + 4], "little")
    text = data[at + 4 : at + 4 + size].decode("utf-8", "surrogatepass")
    at += 4 + size
    pairs = []
    for _ in range(data[at]):
        at += 1
        spec_size = int.from_bytes(data[at : at + 4], "little")
        spec = data[at + 4 : at + 4 + spec_size]
        at += 4 + spec_size
        kept_size = int.from_bytes(data[at : at + 4], "little")
        kept = data[at + 4 : at + 4 + kept_size]
        if len(spec) != spec_size or len(kept) != kept_size:
            return None, ()
        pairs.append((spec, kept))
        at += 3 + kept_size
    return text, tuple(pairs)


def by_text(entries: list[tuple[str | None, Pairs]]) -> Entries:
    """A map of the file under its texts (damaged entries left out)."""
    return {text: pairs for text, pairs in entries if text is not None}


def _order(entries: Entries) -> list[str]:
    """The texts of a map's part in the order the file holds them: by their length, in the order lengths first come."""
    by_length: dict[int, list[str]] = {}
    for text in entries:
        by_length.setdefault(len(text), []).append(text)
    return [text for same in by_length.values() for text in same]


def file_bytes(patterns: tuple[Entries, Entries], words: tuple[Entries, Entries], meta: bytes) -> bytes:
    """The file of two maps, each in its two parts, and who made their entries (`rx`: the file's form)."""
    chunks = [rx._MAGIC]
    at = len(rx._MAGIC)
    indexes: list[Index] = []
    for entries in (patterns[1], words[1]):
        starts: dict[int, list[int]] = {}
        for text in _order(entries):
            pairs = entries[text][:255]
            encoded = text.encode("utf-8", "surrogatepass")
            record = [len(encoded).to_bytes(4, "little"), encoded, len(pairs).to_bytes(1, "little")]
            for spec, kept in pairs:
                record += (len(spec).to_bytes(4, "little"), spec, len(kept).to_bytes(4, "little"), kept)
            starts.setdefault(len(text), []).append(at)
            chunks += record
            at += sum(map(len, record))
        indexes.append({n: tuple(same) for n, same in starts.items()})
    rest = marshal.dumps(tuple(indexes))
    chunks += (rest, meta)
    spans = ((at, at + len(rest)), (at + len(rest), at + len(rest) + len(meta)))
    head = marshal.dumps((_stored(patterns[0]), _stored(words[0]), *spans))
    end = spans[1][1] + len(head) + 8
    chunks += (head, spans[1][1].to_bytes(4, "little"), end.to_bytes(4, "little"))
    return b"".join(chunks)


def _stored(entries: Entries) -> Stored:
    """The first part of a map as the file holds it (`rx.Stored`)."""
    by_length: dict[int, list[tuple[bytes, Pairs]]] = {}
    for text in _order(entries):
        by_length.setdefault(len(text), []).append((text.encode("utf-8", "surrogatepass"), entries[text]))
    return {n: tuple(same) for n, same in by_length.items()}


def _kept(found: list[tuple[str, bytes, bytes | memoryview]]) -> Kept:
    """What a process built, read or cut, under its texts: text -> {spec: what it keeps} (read from the file's bytes
    where it lies, copied now)."""
    kept: Kept = {}
    for text, spec, value in found:
        kept.setdefault(text, {})[spec] = bytes(value)
    return kept


def _next(
    stored: Entries,
    owners: Owners,
    declared: Declared,
    used: Kept,
    sets: tuple[frozenset[str], ...],
    served: frozenset[str],
) -> tuple[Entries, Owners]:
    """The next file's map and its owners: what can still serve (see above)."""
    here = len(sets) - 1
    ran = sets[here]
    declared = {**{text: (set(pairs), False) for text, pairs in used.items()}, **declared}
    entries: Entries = {}
    kept: Owners = {}
    for text, pairs in stored.items():
        if text in declared:
            continue
        owner = owners.get(text)
        i, settled, age = owner if type(owner) is tuple and len(owner) == 3 else _UNKNOWN
        modules = sets[i] if settled and 0 <= i < here else None
        if modules is not None and modules <= ran:
            continue  # every module that declared it ran now: none declares it any more
        if modules is None or not modules <= ran | served:
            age += 1
            if age > _MAX_AGE:
                continue
        entries[text], kept[text] = pairs, (i, settled, age)
    for text, (specs, early) in declared.items():
        serving = {p[0]: p[1] for p in stored.get(text, ()) if type(p) is tuple and len(p) == 2 and p[0] in specs}
        serving.update(used.get(text, {}))
        if serving:
            entries[text], kept[text] = tuple(serving.items()), (here, early, 0)
    return entries, kept


def _declaring(names: list[str]) -> frozenset[str]:
    """The modules of `names` that can declare patterns or ask for word lists: those that hold `rx` (not the helpers
    of the package, such as `bundle`, that one run imports and another not)."""
    spaces = ((name, getattr(sys.modules.get(name), "__dict__", None)) for name in names)  # (an entry may be None)
    return frozenset(name for name, space in spaces if type(space) is dict and any(v is rx for v in space.values()))


def _owners(
    patterns: list[tuple[str | None, Pairs]], words: list[tuple[str | None, Pairs]]
) -> tuple[tuple[frozenset[str], ...], Owners, Owners]:
    """The sets of modules the file names, and what made its entries (empty when it named none)."""
    try:
        meta = marshal.loads(rx._data[rx._meta_span[0] : rx._meta_span[1]]) if rx._data else None
    except (EOFError, ValueError, TypeError, MemoryError):
        meta = None
    if not (isinstance(meta, tuple) and len(meta) == 3 and all(type(part) is tuple for part in meta)):
        return (), {}, {}
    sets = tuple(part if type(part) is frozenset else frozenset() for part in meta[0])

    def owned(entries: list[tuple[str | None, Pairs]], owners: tuple[Owner, ...]) -> Owners:
        return {text: owner for (text, _), owner in zip(entries, owners, strict=False) if text is not None}

    return sets, owned(patterns, meta[1]), owned(words, meta[2])


def _declared_here() -> Declared:
    """The pattern texts the imported modules declared, each with the specs it was declared with, and whether it was
    declared before any input was read (all were, in a process that read none)."""
    patterns: Declared = {}
    settled = len(rx._declared) if rx._settled is None else rx._settled
    for i, (text, flags, named_lists, std) in enumerate(rx._declared):
        specs, early = patterns.get(text, (set(), False))
        specs.add(rx._pattern_spec(std, flags, named_lists))
        patterns[text] = specs, early or i < settled
    return patterns
