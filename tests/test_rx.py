"""The compiled-pattern cache: same patterns back, misses compiled, damage ignored."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
import regex

from articlecli import rx, rx_write


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(rx, "_DIR", tmp_path)
    monkeypatch.setattr(rx, "_FILE", path)
    monkeypatch.setattr(rx, "_ENABLED", True)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # (this machine sets PYTHONDONTWRITEBYTECODE)
    _new_process(monkeypatch)
    return path


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "_patterns", None)
    monkeypatch.setattr(rx, "_words", None)
    monkeypatch.setattr(rx, "_used", [])
    monkeypatch.setattr(rx, "_words_used", [])
    monkeypatch.setattr(rx, "_dirty", False)
    monkeypatch.setattr(rx, "_data", b"")
    monkeypatch.setattr(rx, "_rest", None)
    monkeypatch.setattr(rx, "_one_input", None)
    monkeypatch.setattr(rx, "_words_asked", [])
    monkeypatch.setattr(rx, "_settled", None)  # (no input read yet)
    monkeypatch.setattr(rx, "_settled_modules", 0)
    monkeypatch.setattr(rx, "_declared", list(rx._declared))  # (the package's modules stay imported)


def test_a_pattern_comes_back_from_the_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = rx.compile(r"(?<![\p{L}])(?:\L<verbs>)(?![\p{L}])", regex.IGNORECASE, verbs=["said", "told"])
    assert first.search("He told us")  # compiled on first use, and kept then
    rx.save()
    assert cache.exists()
    _new_process(monkeypatch)
    calls = []
    monkeypatch.setattr(rx.regex, "compile", lambda *a, **k: calls.append(a))  # must not be needed
    again = rx.compile(r"(?<![\p{L}])(?:\L<verbs>)(?![\p{L}])", regex.IGNORECASE, verbs=["said", "told"])
    assert calls == []
    assert again.pattern == first.pattern and again.flags == first.flags
    assert again.search("She SAID so").group() == "SAID"


def test_a_changed_pattern_is_compiled_and_the_file_rewritten(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rx.compile(r"\bold\b").search("an old one")
    rx.save()
    _new_process(monkeypatch)
    assert rx.compile(r"\bnew\b").search("a new day")
    assert rx._dirty
    rx.save()
    assert set(_saved(cache)[0]) == {r"\bold\b", r"\bnew\b"}


def test_an_entry_serves_only_the_same_flags_and_named_lists(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The text finds an entry; the engine, flags and named lists must then be the same too."""
    assert rx.compile(r"^\L<leads>$", 0, leads=["by", "from"]).match("from")
    rx.save()
    _new_process(monkeypatch)
    other = rx.compile(r"^\L<leads>$", 0, leads=["by", "with"])
    assert other.match("with") and other.match("from") is None
    assert rx._dirty  # compiled afresh
    rx.save()
    _new_process(monkeypatch)
    calls = []
    monkeypatch.setattr(rx.regex, "compile", lambda *a, **k: calls.append(a))  # must not be needed
    assert rx.compile(r"^\L<leads>$", 0, leads=("by", "with")).match("with")
    assert rx.compile(r"^\L<leads>$", 0, leads=("by", "from")).match("from")  # one text, both kept
    assert calls == [] and not rx._dirty


def test_nothing_is_written_where_python_writes_no_bytecode(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -B` or PYTHONDONTWRITEBYTECODE: the cache is read, never written (as Python's own `.pyc`)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert rx.compile(r"\bdon't\b").search("I don't")
    assert rx.words("said, told", _commas) == ("said", "told")
    rx.save()
    assert list(cache.parent.iterdir()) == []


def test_a_pattern_is_compiled_on_first_use_only(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Declaring a pattern costs nothing; its text is there without compiling it (to build others)."""
    calls = []
    compile_now = rx.regex.compile
    monkeypatch.setattr(rx.regex, "compile", lambda *a, **k: calls.append(a) or compile_now(*a, **k))
    rare = rx.compile(r"\bsyndicated\b", regex.IGNORECASE)
    assert rare.pattern == r"(?-f)\bsyndicated\b" and calls == []
    rx.save()
    assert not cache.exists()  # nothing used, nothing to keep
    assert rare.search("Syndicated content") and rare.search("not here") is None
    assert len(calls) == 1 and rare.flags & regex.IGNORECASE
    # built, it holds the pattern's own methods and no longer passes through `__getattr__`
    assert type(rare) is rx.BuiltPattern and vars(rare)["search"] == rare.compiled().search
    assert repr(rare) == repr(compile_now(r"(?-f)\bsyndicated\b", regex.IGNORECASE))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="3.10 keeps re's compiler elsewhere: no cache")
def test_a_standard_library_pattern_comes_back_from_the_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = rx.compile_std(r"(?P<word>[^\W\d_]+)")
    assert first.search("42 apples").group("word") == "apples"
    rx.save()
    _new_process(monkeypatch)
    calls = []
    monkeypatch.setattr(rx, "re", SimpleNamespace(compile=lambda *a: calls.append(a)))  # must not be needed
    again = rx.compile_std(r"(?P<word>[^\W\d_]+)")
    assert again.search("42 apples").group("word") == "apples" and calls == []
    assert again.compiled() == re.compile(r"(?P<word>[^\W\d_]+)")


def test_a_damaged_file_is_ignored(cache: Path) -> None:
    cache.write_bytes(b"not a marshal file")
    assert rx.compile(r"\d+").match("42")


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "_ENABLED", False)
    assert rx.compile(r"\w+").match("word")
    rx.save()
    assert not cache.exists()


def test_pattern_texts_do_not_depend_on_hash_randomisation() -> None:
    """A pattern built from a set in hash order would miss the cache in every new process."""
    import os
    import subprocess
    import sys

    script = "import articlecli.cli, articlecli.rx as r; print(sorted(repr(d[:4]) for d in r._declared))"
    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "ARTICLECLI_NO_PATTERN_CACHE": ""}
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        outputs.append(run.stdout)
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]


def test_case_insensitive_patterns_fold_case_one_character_for_one() -> None:
    """Simple case folding (the speed of it is in `rx.compile`): cases match, ligatures do not."""
    filed = rx.compile(r"\bfiled under\b", regex.IGNORECASE | regex.VERSION1)
    assert filed.search("FILED UNDER: News") and filed.search("Filed Under")
    assert filed.search("ﬁled under") is None  # the "ﬁ" ligature would need full case folding


@pytest.mark.parametrize(
    "text", ["according to", "a.m.", "Reuters (AP)", "C++ & C#", "$5 [sic] {x}", "non\u00a0breaking"]
)
def test_escape_is_the_regex_modules_escape(text: str) -> None:
    assert rx.escape(text) == regex.escape(text)


def test_escape_escapes_every_character_as_the_regex_module_does() -> None:
    everything = "".join(map(chr, range(0x3100)))  # every white space and metacharacter is below U+3100
    assert rx.escape(everything) == regex.escape(everything)


_CUT: list[str] = []  # the texts `_commas` cut


def _commas(text: str) -> tuple[str, ...]:
    _CUT.append(text)
    return tuple(w.strip() for w in text.split(","))


def _semicolons(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(";"))


def test_a_word_list_is_cut_once_and_read_back(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lexicon's running-text lists are kept cut in the cache, found by the text and the cutting code."""
    text = "said, told, wrote"
    _CUT.clear()
    assert rx.words(text, _commas) == ("said", "told", "wrote")
    assert rx._dirty
    rx.save()
    _new_process(monkeypatch)
    assert rx.words(text, _commas) == ("said", "told", "wrote")  # the same text and code: read back
    assert len(_CUT) == 1 and not rx._dirty
    assert rx.words("said; told", _semicolons) == ("said", "told")  # other code: cut afresh
    assert rx._dirty


def _cut_with_a_helper(text: str) -> tuple[str, ...]:
    return tuple(_clean(w) for w in text.split(","))


def _clean(word: str) -> str:
    return word.strip()


def test_a_word_list_is_cut_afresh_when_a_helper_of_its_cutter_changes(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry serves only the same cutting code: the cutter's and that of the functions it calls."""
    assert rx.words("said , told", _cut_with_a_helper) == ("said", "told")
    rx.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(rx, "_cutters", {})
    monkeypatch.setitem(globals(), "_clean", lambda word: word.strip().upper())
    assert rx.words("said , told", _cut_with_a_helper) == ("SAID", "TOLD")


def test_word_lists_are_read_back_without_the_regex_constructor(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the regex module gives no constructor to rebuild patterns from, patterns are compiled each time
    but the word lists are still kept: the file is written once, not at every exit."""
    monkeypatch.setattr(rx, "_CONSTRUCTOR", None)
    assert rx.words("said, told", _commas) == ("said", "told")
    assert rx.compile(r"\bsaid\b").search("she said")
    rx.save()
    written = cache.stat().st_mtime_ns
    _new_process(monkeypatch)
    _CUT.clear()
    assert rx.words("said, told", _commas) == ("said", "told")
    assert rx.compile(r"\bsaid\b").search("she said")
    assert _CUT == [] and not rx._dirty
    rx.save()
    assert cache.stat().st_mtime_ns == written


def _import(name: str, source: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """A module of `source`, run as an import runs it."""
    module = ModuleType(name)
    monkeypatch.setitem(sys.modules, name, module)
    exec(compile(source, name, "exec"), module.__dict__)
    return module


def _saved(cache: Path) -> tuple[rx.Entries, rx.Entries]:
    """The file's two maps under their texts."""
    return rx_write.read(cache.read_bytes())


_SOURCE = "from articlecli import rx\nP = rx.compile(r'\\b(?:{})\\b')\nQ = rx.compile(r'\\bkept\\b')\n"


def test_a_pattern_its_module_no_longer_declares_does_not_survive_a_save(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lexicon table edited: the pattern built from it at import gets a new text; the file keeps the new one
    and the module's other patterns, not the old text that no module declares any more."""
    monkeypatch.setattr(rx, "_declared", [])
    first = _import("lexicon_user", _SOURCE.format("said|told"), monkeypatch)
    assert first.P.search("she said") and first.Q.search("kept")
    rx.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(rx, "_declared", [])
    edited = _import("lexicon_user", _SOURCE.format("said|told|wrote"), monkeypatch)
    assert edited.P.search("she wrote") and rx._dirty
    rx.save()
    assert set(_saved(cache)[0]) == {r"\b(?:said|told|wrote)\b", r"\bkept\b"}


def test_named_lists_a_module_no_longer_declares_do_not_survive_a_save(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same text with other named lists (a lexicon table edited, a pattern's text unchanged): one entry."""
    source = "from articlecli import rx\nP = rx.compile(r'^\\L<leads>$', 0, leads={!r})\n"
    monkeypatch.setattr(rx, "_declared", [])
    assert _import("leads_user", source.format(("by", "from")), monkeypatch).P.match("from")
    rx.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(rx, "_declared", [])
    assert _import("leads_user", source.format(("by", "with")), monkeypatch).P.match("with")
    rx.save()
    (pairs,) = _saved(cache)[0].values()
    assert len(pairs) == 1 and marshal.loads(pairs[0][0])[2] == (("leads", ("by", "with")),)


def test_a_pattern_built_at_run_time_is_kept_for_other_inputs_a_while(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern a function builds from what it reads is declared only by processes that read such input: the file
    keeps it through `_MAX_AGE` writes of processes that did not build it, and then lets it go."""
    rx.settle()  # (the input is being read)
    assert rx.compile(r"\bbuilt once\b").search("built once")
    rx.save()
    for n in range(rx_write._MAX_AGE + 1):
        _new_process(monkeypatch)
        monkeypatch.setattr(rx, "_declared", [])
        rx.settle()
        assert rx.compile(rf"\bother {n}\b").search(f"other {n}")
        rx.save()
        assert (r"\bbuilt once\b" in _saved(cache)[0]) == (n < rx_write._MAX_AGE)


def test_a_file_that_kept_no_owners_keeps_only_what_is_declared(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The form of the file before it named who made each entry: its entries go at the next write unless declared."""
    assert rx.compile(r"\bstill declared\b").search("still declared")
    assert rx.compile(r"\bfrom long ago\b").search("from long ago")
    rx.save()
    patterns, word_lists = _saved(cache)
    cache.write_bytes(rx_write.file_bytes((patterns, {}), (word_lists, {}), b""))
    _new_process(monkeypatch)
    monkeypatch.setattr(rx, "_declared", [d for d in rx._declared if "long ago" not in d[0]])
    assert rx.compile(r"\bnew\b").search("new")
    rx.save()
    assert set(_saved(cache)[0]) == {r"\bstill declared\b", r"\bnew\b"}


def test_a_word_list_its_module_no_longer_cuts_does_not_survive_a_save(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = "from articlecli import rx\nfrom tests.test_rx import _commas\nW = rx.words({!r}, _commas)\n"
    _import("lists", source.format("said, told"), monkeypatch)
    rx.save()
    _new_process(monkeypatch)
    _import("lists", source.format("said, told, wrote"), monkeypatch)
    rx.save()
    assert set(_saved(cache)[1]) == {"said, told, wrote"}


def test_texts_of_one_length_are_told_apart_by_their_bytes(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file finds an entry by its text's length and then compares the text itself: two patterns of one length
    (a word of a table replaced by another as long) each get their own compiled pattern back, never the other's."""
    assert rx.compile(r"\b(?:said|told)\b").search("she told")
    assert rx.compile(r"\b(?:said|tolt)\b").search("she tolt")
    assert rx.compile(r"\b(?:saïd|told)\b").search("saïd")  # (as long in characters, not in bytes)
    rx.save()
    parsed = rx.parse(cache.read_bytes())
    assert parsed is not None and list(parsed[0]) == [len(r"\b(?:said|told)\b")]  # (one length, three entries)
    assert len(parsed[0][len(r"\b(?:said|told)\b")]) == 3
    _new_process(monkeypatch)
    calls = []
    monkeypatch.setattr(rx.regex, "compile", lambda *a, **k: calls.append(a))  # must not be needed
    assert rx.compile(r"\b(?:said|tolt)\b").search("she tolt") and not rx.compile(r"\b(?:said|tolt)\b").search("told")
    assert rx.compile(r"\b(?:saïd|told)\b").search("saïd")
    assert rx.compile(r"\b(?:said|told)\b").search("told") and calls == []


def test_what_other_inputs_needed_is_read_only_when_asked_for(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that read several inputs keeps what its first input needed in the part of the file read at every
    start; what only later inputs built lies in the rest, read entry by entry when a start asks for it."""
    rx.settle()  # (the first input)
    assert rx.compile(r"\bfirst page\b").search("first page")
    rx.settle()  # (the second input)
    assert rx.compile(r"\bsecond page\b").search("second page")
    assert rx.compile(r"\bthird (?:page|one)\b").search("third one")
    rx.save()
    parsed = rx.parse(cache.read_bytes())
    assert parsed is not None
    first = {stored[0].decode() for same in parsed[0].values() for stored in same}
    assert r"\bfirst page\b" in first and r"\bsecond page\b" not in first
    assert set(_saved(cache)[0]) >= {r"\bfirst page\b", r"\bsecond page\b", r"\bthird (?:page|one)\b"}
    _new_process(monkeypatch)
    calls = []
    monkeypatch.setattr(rx.regex, "compile", lambda *a, **k: calls.append(a))  # must not be needed
    assert rx.compile(r"\bsecond page\b").search("the second page")
    assert rx.compile(r"\bthird (?:page|one)\b").search("a third page") and calls == []


def test_a_damaged_entry_of_the_rest_is_compiled_again_and_the_others_still_serve(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rx.settle()
    rx.settle()  # (what follows lies in the rest)
    assert rx.compile(r"\bkept whole\b").search("kept whole")
    assert rx.compile(r"\bdamaged\b").search("damaged")
    rx.save()
    data = cache.read_bytes()
    at = data.index(rb"\bdamaged\b") + len(rb"\bdamaged\b")
    cache.write_bytes(data[: at + 1] + b"\xff\xff\xff\x7f" + data[at + 5 :])  # (a spec's length beyond the file)
    _new_process(monkeypatch)
    assert rx.compile(r"\bkept whole\b").search("kept whole") and not rx._dirty
    assert rx.compile(r"\bdamaged\b").search("damaged") and rx._dirty


def test_a_damaged_first_part_is_compiled_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first part whose texts of one length are not a tuple (a flipped type byte: `)` and `i` are one bit apart)
    holds nothing: the pattern is compiled, nothing raised."""
    assert rx.compile(r"\bhead\b").search("head")
    rx.save()
    data = cache.read_bytes()
    at = int.from_bytes(data[-8:-4], "little")
    head = marshal.dumps(({n: 7 for n in marshal.loads(data[at:-8])[0]}, *marshal.loads(data[at:-8])[1:]))
    cache.write_bytes(data[:at] + head + at.to_bytes(4, "little") + (at + len(head) + 8).to_bytes(4, "little"))
    _new_process(monkeypatch)
    assert rx.compile(r"\bhead\b").search("head") and rx._dirty


def test_a_size_marshal_cannot_allocate_is_a_damaged_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged size in the file (a bit flipped in a tuple's length) makes marshal ask for gigabytes before it reads
    a byte: where memory is limited, a MemoryError, which is damage like any other, not a failed start."""
    assert rx.compile(r"\bsized\b").search("sized")
    rx.save()
    _new_process(monkeypatch)

    def loads(data: object) -> object:
        raise MemoryError

    monkeypatch.setattr(rx.marshal, "loads", loads)
    assert rx.compile(r"\bsized\b").search("sized")


def test_a_file_cut_short_is_ignored_wherever_it_was_cut(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file cut short (a full disk, a crash before the data reached it) is no file, known as such before marshal reads
    a byte of it: its last bytes, read as where its head lies, would set marshal reading anywhere (the magic's `l` as a
    number of 2,000 million digits, where a cut leaves 8 in them: gigabytes asked for)."""
    rx.settle()
    assert rx.compile(r"\bcut\b").search("cut")
    rx.save()
    data = cache.read_bytes()
    assert rx.parse(data) is not None
    read = []
    loads = marshal.loads
    monkeypatch.setattr(rx.marshal, "loads", lambda data: read.append(len(data)) or loads(data))
    assert all(rx.parse(data[:end]) is None for end in range(len(data)))
    assert all(rx.parse(data[:end] + (8).to_bytes(4, "little")) is None for end in range(len(data) - 4))
    assert read == []
