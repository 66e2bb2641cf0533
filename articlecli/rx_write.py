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
from .rx import Entries, Kept, Pairs, Stored

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
    stored_patterns, stored_words = in_order(rx._patterns), in_order(rx._words)
    sets, pattern_owners, word_owners = _owners(stored_patterns, stored_words)
    sets = (*sets, ran)  # (this process's modules: the last set)
    used = _kept(rx._used)
    patterns, pattern_owners = _next(by_text(stored_patterns), pattern_owners, _declared_here(), used, sets, served)
    words_used = _kept(rx._words_used)
    words = {
        text: (set(words_used[text]), early) for text, early in dict(rx._words_asked).items() if text in words_used
    }
    word_lists, word_owners = _next(by_text(stored_words), word_owners, words, words_used, sets, served)
    pattern_file, pattern_texts = _stored(patterns)
    words_file, word_texts = _stored(word_lists)
    # the sets still named, and the owners in the order of the file's texts (marshal keeps a dict's order), not under
    # their texts again
    named = sorted({owner[0] for owner in (*pattern_owners.values(), *word_owners.values()) if owner[0] >= 0})
    index = {old: new for new, old in enumerate(named)}

    def renamed(owners: Owners, texts: list[str]) -> tuple[Owner, ...]:
        return tuple((index.get(i, -1), settled, age) for i, settled, age in map(owners.__getitem__, texts))

    meta = marshal.dumps(
        (tuple(sets[i] for i in named), renamed(pattern_owners, pattern_texts), renamed(word_owners, word_texts))
    )
    with contextlib.suppress(OSError):
        os.makedirs(rx._DIR, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns.", dir=rx._DIR)
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump((pattern_file, words_file, meta), fh)
            os.chmod(tmp, 0o644)
            os.replace(tmp, rx._FILE)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def in_order(stored: Stored | None) -> list[tuple[str | None, Pairs]]:
    """The entries of a map as the file holds it (`rx.Stored`), in the file's order, each with its text (None where
    the entry is damaged: it keeps its place, for the owners are in that order)."""
    entries: list[tuple[str | None, Pairs]] = []
    for same_length in (stored or {}).values():
        for entry in same_length if type(same_length) is tuple else ():
            text: str | None = None
            if type(entry) is tuple and len(entry) == 2 and type(entry[0]) is bytes and type(entry[1]) is tuple:
                with contextlib.suppress(UnicodeDecodeError):
                    text = entry[0].decode("utf-8", "surrogatepass")
            entries.append((text, entry[1] if text is not None else ()))
    return entries


def by_text(entries: list[tuple[str | None, Pairs]]) -> Entries:
    """A map of the file under its texts (damaged entries left out)."""
    return {text: pairs for text, pairs in entries if text is not None}


def _stored(entries: Entries) -> tuple[Stored, list[str]]:
    """A map as the file holds it, and its texts in the file's order."""
    by_length: dict[int, list[tuple[bytes, Pairs]]] = {}
    texts: dict[int, list[str]] = {}
    for text, pairs in entries.items():
        by_length.setdefault(len(text), []).append((text.encode("utf-8", "surrogatepass"), pairs))
        texts.setdefault(len(text), []).append(text)
    return {n: tuple(same) for n, same in by_length.items()}, [text for same in texts.values() for text in same]


def _kept(found: list[tuple[str, bytes, bytes]]) -> Kept:
    """What a process built, read or cut, under its texts: text -> {spec: what it keeps}."""
    kept: Kept = {}
    for text, spec, value in found:
        kept.setdefault(text, {})[spec] = value
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
        meta = marshal.loads(rx._meta) if rx._meta else None
    except (EOFError, ValueError, TypeError):
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
