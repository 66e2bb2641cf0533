"""Start-up: what loading the package and a one-file `parse --json` import (`make bench` measures
the time; these keep the modules taken off that path from coming back)."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import marshal
import os
import subprocess
import sys
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FunctionType, ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_54b3b94515d101ea.txt"

# Standard-library modules that the start-up baseline (`python -c "import click, regex, json"`) does
# not load either, each 1-3 ms of a 50 ms start, and the package's modules for other commands.
NOT_FOR_ONE_FILE = (
    "pathlib",  # and through it urllib.parse and ipaddress: only commands that write files
    "pickle",  # the pattern cache is marshal
    "hashlib",  # and OpenSSL: the file's SHA-256 comes from the built-in module
    "tempfile",
    "csv",
    "glob",
    "fnmatch",  # for folders and globs
    "multiprocessing",
    "dateparser",
    "rich",
    "articlecli.export",  # the renderers of the other formats
    "articlecli.sinks",  # the other formats' sinks
    "articlecli.tables",  # the flat tables of CSV and Parquet
    "articlecli.outputs",  # writing files
    "articlecli.writing",  # a command's output to files
)


def _loaded(script: str, names: tuple[str, ...]) -> list[str]:
    code = f"{script}\nimport json, sys\nprint(json.dumps(sorted(n for n in {names!r} if n in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_importing_the_package_loads_no_parser_module() -> None:
    """`import articlecli` is cheap; `articlecli.parse` loads the parser on first use."""
    assert _loaded("import articlecli", ("articlecli.pipeline", "articlecli.model", "regex")) == []
    assert _loaded("import articlecli\narticlecli.parse", ("articlecli.pipeline",)) == ["articlecli.pipeline"]


def test_the_package_names_its_public_api_and_nothing_else() -> None:
    import articlecli

    assert {name for name in articlecli.__all__ if getattr(articlecli, name) is None} == set()
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        articlecli.nothing  # noqa: B018


def test_parsing_one_file_to_json_loads_only_what_it_needs() -> None:
    script = (
        "import io, sys\n"
        "from articlecli.cli import cli\n"
        "sys.stdout = io.StringIO()\n"
        f"cli.main(['parse', {str(SEED)!r}, '--json'], standalone_mode=False)\n"
        "assert sys.stdout.getvalue().startswith('{')\n"
        "sys.stdout = sys.__stdout__"
    )
    assert _loaded(script, NOT_FOR_ONE_FILE) == []


def test_a_run_builds_only_the_command_it_runs() -> None:
    """Building a command's options costs more than parsing a short article's arguments: `parse` builds no
    other command, and `--help` (or `cli.commands`) builds them all."""
    script = (
        "import io, sys\n"
        "from articlecli.cli import cli\n"
        "sys.stdout = io.StringIO()\n"
        f"cli.main(['parse', {str(SEED)!r}, '--json'], standalone_mode=False)\n"
        "sys.stdout = sys.__stdout__\n"
        "print(sorted(cli._built), sorted(cli.commands))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "['parse'] ['export', 'parse', 'schema', 'show']"


def test_patterns_are_compiled_on_first_use() -> None:
    """Importing the parser builds only the two patterns that build other patterns and tables (of some
    300), and a one-file parse only the patterns it runs: many serve rare branches (`rx.LazyPattern`)."""
    script = (
        "import io, sys\n"
        "from articlecli import rx\n"
        "from articlecli.cli import cli\n"
        "at_import = len(rx._used)\n"
        "sys.stdout = io.StringIO()\n"
        f"cli.main(['parse', {str(SEED)!r}, '--json'], standalone_mode=False)\n"
        "sys.stdout = sys.__stdout__\n"
        "print(at_import, len(rx._used), len(rx._declared))"
    )
    env = {**os.environ, "ARTICLECLI_NO_PATTERN_CACHE": ""}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env, timeout=120
    )
    at_import, after_parse, declared = map(int, done.stdout.split())
    assert at_import <= 2
    assert declared > 250 and after_parse < declared * 2 / 3


# Records read only field by field (never unpacked, indexed or compared as tuples): each NamedTuple class
# costs typing's namedtuple a compiled `__new__` (and a ForwardRef per field under the future import),
# some 0.8M instructions at every start, where a slotted class costs a little over half of that.
PLAIN_RECORDS = (
    "articlecli.attribution:Found",
    "articlecli.captions:CreditTail",
    "articlecli.classify.weights:Weight",
    "articlecli.classify.page:Candidate",
    "articlecli.classify.page:HeadlineScore",
    "articlecli.classify.page:TitleWindow",
    "articlecli.classify.page:Weighed",
    "articlecli.classify.runs:RunRule",
    "articlecli.cue_steps:Cue",
    "articlecli.formats:Format",
    "articlecli.formats:SinkOptions",
    "articlecli.layouts:Document",
    "articlecli.layouts:Fields",
    "articlecli.layouts:_Top",
    "articlecli.quotes:QuoteSpan",
    "articlecli.quotes:_Mark",
    "articlecli.quotes:_Open",
    "articlecli.speech:Block",
)


@pytest.mark.parametrize("record", PLAIN_RECORDS)
def test_internal_records_are_slotted_classes_not_named_tuples(record: str) -> None:
    module, name = record.split(":")
    cls = getattr(importlib.import_module(module), name)
    assert not issubclass(cls, tuple)
    assert "__slots__" in vars(cls)


def _records() -> list[type]:
    """Every class of the package's loaded modules that is a tuple with named fields."""
    import articlecli.cli  # noqa: F401  (loads every module of a one-file parse)

    return [
        cls
        for name, module in sorted(sys.modules.items())
        if name.startswith("articlecli")
        for cls in vars(module).values()
        if isinstance(cls, type) and cls.__module__ == name and issubclass(cls, tuple) and hasattr(cls, "_fields")
    ]


def test_named_tuple_records_are_built_by_the_package_record_type() -> None:
    """typing.NamedTuple compiles a `__new__` per class at every start (and a ForwardRef per field under the
    future import): 0.8-1.6M instructions a record, where `model.Record` takes a fifth of that."""
    from articlecli.model import Article

    record_type = type(Article)
    assert record_type is not type  # (typing's records are plain classes)
    records = _records()
    assert len(records) > 20
    assert [cls.__qualname__ for cls in records if type(cls) is not record_type] == []


def test_a_record_behaves_as_a_named_tuple() -> None:
    from articlecli.model import Author, Source

    author = Author("Jane Doe", role="Reporter")
    name, role, affiliation = author
    assert (name, role, affiliation) == ("Jane Doe", "Reporter", None)
    assert author == ("Jane Doe", "Reporter", None) and author[0] == "Jane Doe"
    assert repr(author) == "Author(name='Jane Doe', role='Reporter', affiliation=None)"
    assert author._replace(role=None) == Author("Jane Doe")
    assert author._asdict() == {"name": "Jane Doe", "role": "Reporter", "affiliation": None}
    assert Author._fields == ("name", "role", "affiliation")
    assert Author._field_defaults == {"role": None, "affiliation": None}
    assert Author._make(["A", None, "B"]) == Author(name="A", affiliation="B")
    assert Source(index=2).index == 2 and Source().path is None
    with pytest.raises(ValueError, match="unexpected field names"):
        author._replace(nickname="J")
    with pytest.raises(TypeError):
        Author()  # type: ignore[call-arg]
    import pickle

    assert pickle.loads(pickle.dumps(author)) == author


def test_a_patterns_text_and_named_lists_are_known_without_compiling_it() -> None:
    """Patterns built from other patterns read these; reading them must not compile the pattern."""
    from articlecli import rx

    pattern = rx.compile(r"^(?:\L<leads>)\s", 0, leads=["by", "from"])
    assert pattern.pattern == r"^(?:\L<leads>)\s"
    assert pattern.named_lists == {"leads": frozenset({"by", "from"})}
    assert type(pattern) is rx.LazyPattern
    assert pattern.named_lists == pattern.compiled().named_lists  # (now built: the compiled pattern's own)


# Records as `parse --json` writes them, and the corners of JSON's text: `formats._indented` must write them
# exactly as `json.dumps(..., ensure_ascii=False, indent=2)` does (whose encoder indents in Python, slowly).
PLAIN_VALUES = [
    {"headline": "Council Votes to Close Harbour Library", "authors": [{"name": "Jane Doe"}], "agency": None},
    {"quotes": [{"text": "“We have run out of ways,” she said.", "line": 7, "confidence": 0.75}], "warnings": []},
    {"stats": {"words": 412, "reading_minutes": 1.8, "paragraphs": 4}, "dates": {}, "explain": {"lines": []}},
    {"text": 'quote " backslash \\ newline \n tab \t line separator \u2028 emoji 😀 accent é', "ok": True, "no": False},
    [1, -0.0, 1e100, 2.5e-08, float("nan"), float("inf"), -float("inf"), [[], [{}]], ("a", "tuple")],
    "a string alone",
    42,
]


@pytest.mark.parametrize("value", PLAIN_VALUES)
def test_indented_json_is_the_standard_librarys_text(value: object) -> None:
    from articlecli import formats

    assert formats._indented(value, "  ") == json.dumps(value, ensure_ascii=False, indent=2)
    assert formats.dumps(value, indent=4) == json.dumps(value, ensure_ascii=False, indent=4)


@pytest.mark.parametrize("value", [{1: "a number as a key"}, {"ordered": OrderedDict(a=1)}])
def test_other_values_are_left_to_the_standard_library(value: object) -> None:
    from articlecli import formats

    with pytest.raises(formats._NotPlain):
        formats._indented(value, "  ")
    assert formats.dumps(value, indent=2) == json.dumps(value, ensure_ascii=False, indent=2)


def test_importing_the_package_loads_no_typing() -> None:
    """`typing` (and `re` with it) loads with the parser, inside the command's pause of the cyclic collector."""
    assert _loaded("import articlecli", ("typing",)) == []


def test_the_speaker_patterns_word_lists_read_back_are_the_lists_worked_out() -> None:
    from itertools import chain

    from articlecli import attribution as A
    from articlecli import lexicon as L
    from articlecli.patterns import phrase_list

    for lists in ((L.SPEECH_VERBS,), (L.SOURCE_NOUNS, L.PERSON_ROLE_NOUNS), (L.SOURCE_NOUNS, L.TITLES)):
        assert A._kept_phrase_list(*lists) == phrase_list(tuple(chain(*lists)))
    for words in (A._VERB_FORMS, A._SOURCES):
        for reverse in (False, True):
            assert A._kept_guarded(words, reverse=reverse) == A._guarded(words, reverse=reverse)


def test_the_foreign_cues_gate_read_back_is_the_gate_worked_out() -> None:
    from articlecli import cues
    from articlecli import lexicon as L

    lists = (cues.SPEECH_VERBS_ABROAD, L.FOREIGN_CUES_ALSO_ENGLISH, cues._ACCORDING)
    worked_out = cues._gate_parts("\x01".join("\x00".join(words) for words in lists))
    assert (*cues._GATE_WORDS, cues._GATE_TEXT, cues._GATE_OTHER_LETTERS) == worked_out
    assert cues._GATE.pattern == worked_out[-2] and "teilte" in cues._GATE_WORDS


def test_the_tables_read_back_are_the_tables_worked_out() -> None:
    """Each table kept with the word lists (`rx.words`) equals what its code works out from its inputs now."""
    from articlecli import bylines, captions, dates
    from articlecli import lexicon as L
    from articlecli.classify import debris, words

    def joined(*lists: tuple[str, ...]) -> str:
        return "\x01".join("\x00".join(words) for words in lists)

    assert captions._cue_words(joined(L.CAPTION_CUES, L.CAPTION_OPENERS, L.CAPTION_POSITIONS)) == captions._CUE_WORDS
    assert bylines._desk_cues("\x00".join(bylines._DESK_ENDS)) == bylines._DESK_CUES
    glued = bylines._camel_glue("\x00".join((*dates.MONTHS, *dates.WEEKDAYS, *L.ROLE_HEADS)))[0]
    assert f"(?:{glued})" in bylines._CAMEL_GLUE.pattern and "|October|" in glued
    tables = words._byte_tables(words._KEY_PUNCTUATION)
    assert tuple(t.encode("latin-1") for t in tables) == (words._KEY_BYTES, words._WORD_BYTES, words._CONTENT_BYTES)
    shapes = debris._shapes_by_head(
        "\x01".join(
            (debris._OPENING_LETTERS.pattern, *("\x00".join((k, *v)) for k, v in debris._SHAPE_LEAD_WORDS.items()))
        )
    )
    assert {head: tuple(names) for head, *names in (entry.split("\x00") for entry in shapes)} == debris._SHAPES_BY_HEAD
    assert debris._SHAPES_BY_HEAD["share"] == ("share",)


def test_the_package_modules_are_found_as_the_path_finder_finds_them() -> None:
    """`articlecli._Finder` loads a plain module from current bytecode, with the attributes the path finder gives
    it, and leaves packages, unknown names and stale bytecode to the standard finders."""
    script = (
        "import importlib.util, sys\n"
        "import articlecli.pipeline as m\n"
        "from articlecli import _Finder\n"
        "spec = m.__spec__\n"
        "print(type(m.__loader__).__name__, m.__cached__ == importlib.util.cache_from_source(m.__file__),\n"
        "      spec.origin == m.__file__, spec.has_location, sys.modules['articlecli.classify'].__path__ is not None,\n"
        "      _Finder.find_spec('articlecli.nothing', sys.modules['articlecli'].__path__),\n"
        "      _Finder.find_spec('articlecli.classify', sys.modules['articlecli'].__path__),\n"
        "      _Finder.find_spec('json', None))"
    )
    # (the module's bytecode written first, as any import writes it, even where the caller's environment says not
    # to: the finder reads current bytecode only, and leaves a module without it to the standard finders)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import articlecli.pipeline"], check=True, timeout=120, env=env)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120, env=env
    )
    assert done.stdout.split() == ["_Loader", "True", "True", "True", "True", "None", "None", "None"]


def test_stale_bytecode_is_left_to_the_standard_loader(tmp_path: Path) -> None:
    package, env = _package_copy(tmp_path, "VALUE = 1\n")
    show = "import articlecli.one as m; print(type(m.__loader__).__name__, m.VALUE)"
    run = [sys.executable, "-c", show]
    assert subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split() == [
        "SourceFileLoader",  # no bytecode yet: compiled, and written
        "1",
    ]
    assert subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split() == [
        "_Loader",
        "1",
    ]
    stamp = (package / "one.py").stat().st_mtime
    (package / "one.py").write_text("VALUE = 22\n")
    os.utime(package / "one.py", (stamp + 10, stamp + 10))
    assert subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split() == [
        "SourceFileLoader",
        "22",
    ]


def _package_copy(tmp_path: Path, module: str) -> tuple[Path, dict[str, str]]:
    """A copy of the package's loading code (`__init__.py`, `bundle.py`) with one module `one.py`, and an
    environment that imports it and lets Python write bytecode."""
    package = tmp_path / "articlecli"
    package.mkdir()
    here = Path(importlib.import_module("articlecli").__file__ or "").parent
    for name in ("__init__.py", "bundle.py"):
        (package / name).write_text((here / name).read_text())
    (package / "one.py").write_text(module)
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return package, env


def test_the_bundle_serves_current_modules_and_is_written_again_when_a_source_changes(tmp_path: Path) -> None:
    package, env = _package_copy(tmp_path, "VALUE = 1\n")
    show = (
        "import articlecli.one as m\n"
        "from articlecli import _Finder\n"
        "print(type(m.__loader__).__name__, m.VALUE, _Finder.missed, sorted(_Finder.bundle))"
    )
    run = [sys.executable, "-c", show]

    def shown() -> list[str]:
        return subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split()

    assert shown() == ["SourceFileLoader", "1", "False", "[]"]  # compiled, its `.pyc` written
    assert shown() == ["_Loader", "1", "True", "[]"]  # read from its `.pyc`: the bundle written
    bundle = next((package / "__pycache__").glob("modules.*.marshal"))
    written = bundle.stat().st_mtime_ns
    assert shown() == ["_Loader", "1", "False", "['articlecli.one']"]  # from the bundle: nothing written
    assert bundle.stat().st_mtime_ns == written
    stamp = (package / "one.py").stat().st_mtime
    (package / "one.py").write_text("VALUE = 22\n")
    os.utime(package / "one.py", (stamp + 10, stamp + 10))
    assert shown() == ["SourceFileLoader", "22", "False", "['articlecli.one']"]  # its stamp no longer matches
    assert shown() == ["_Loader", "22", "True", "['articlecli.one']"]  # its new `.pyc`: the bundle written again
    assert shown() == ["_Loader", "22", "False", "['articlecli.one']"]


def test_modules_imported_while_reading_input_are_read_from_the_bundle_only_when_imported(tmp_path: Path) -> None:
    """A run bundles what it imported before it read any input in the part every start reads; a module imported
    while reading (a rare page's reader) lies apart, read only when a run imports it."""
    package, env = _package_copy(tmp_path, "VALUE = 1\n")
    (package / "two.py").write_text("VALUE = 2\n")
    here = Path(importlib.import_module("articlecli").__file__ or "").parent
    (package / "rx.py").write_text((here / "rx.py").read_text())
    show = (
        "import articlecli.one\nfrom articlecli import _Finder, rx\n"
        "rx.settle()\n"  # (input read from now on)
        "import articlecli.two as t\n"
        "print(sorted(_Finder.bundle), sorted(_Finder.rest), type(t.__loader__).__name__, t.VALUE, _Finder.missed)"
    )

    def shown() -> str:
        run = [sys.executable, "-c", show]
        return subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()

    shown()  # (compiled, `.pyc` written)
    shown()  # (read from the `.pyc`: the bundle written)
    assert shown() == "['articlecli.one', 'articlecli.rx'] ['articlecli.two'] _Loader 2 False"


def test_a_run_that_reads_no_input_leaves_the_modules_read_while_reading_apart(tmp_path: Path) -> None:
    """A bundle written again by a run that read no input (a script importing the package, a command reading no
    page) keeps apart what other runs imported while reading, and in one piece what a start read so before."""
    package, env = _package_copy(tmp_path, "VALUE = 1\n")
    (package / "two.py").write_text("VALUE = 2\n")
    (package / "three.py").write_text("VALUE = 3\n")
    here = Path(importlib.import_module("articlecli").__file__ or "").parent
    (package / "rx.py").write_text((here / "rx.py").read_text())
    reading = "import articlecli.one\nfrom articlecli import rx\nrx.settle()\nimport articlecli.two\n"
    no_input = "import articlecli.three\n"  # (imports neither `one` nor `two`, reads no input)
    show = "from articlecli import _Finder\nimport articlecli.one\nprint(sorted(_Finder.bundle), sorted(_Finder.rest))"

    def run(script: str) -> str:
        run = [sys.executable, "-c", script]
        return subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()

    run(reading)  # (compiled, `.pyc` written)
    run(reading)  # (read from the `.pyc`: the bundle written, `two` apart)
    run(no_input)  # (`three` compiled)
    run(no_input)  # (`three` read from its `.pyc`: the bundle written again)
    assert run(show) == "['articlecli.one', 'articlecli.rx', 'articlecli.three'] ['articlecli.two']"


def test_the_bundle_is_not_written_where_python_writes_no_bytecode(tmp_path: Path) -> None:
    package, env = _package_copy(tmp_path, "VALUE = 1\n")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    subprocess.run([sys.executable, "-c", "import articlecli.one"], env=env, cwd=tmp_path, check=True)
    assert list(package.glob("__pycache__/modules.*")) == []


def test_a_module_of_data_only_is_read_back_as_its_tables(tmp_path: Path) -> None:
    module = (
        "import os\n__data_only__ = True\n\n\ndef _cut(text):\n    return tuple(text.split())\n\n\n"
        "WORDS = _cut('a b c')\nBY = {'x': frozenset(WORDS), 'y': (1, 2.5, None)}\n"
    )
    package, env = _package_copy(tmp_path, module)
    show = (
        "import articlecli.one as m\n"
        "from articlecli import _Finder\n"
        "kept = _Finder.bundle.get('articlecli.one', (0, 0, None))[2]\n"
        "print(type(kept).__name__, m.WORDS, sorted(m.BY['x']), m.BY['y'], hasattr(m, '_cut'), hasattr(m, 'os'))"
    )
    run = [sys.executable, "-c", show]

    def shown() -> str:
        return subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()

    ran = "('a', 'b', 'c') ['a', 'b', 'c'] (1, 2.5, None) True True"
    assert shown() == f"NoneType {ran}"  # compiled, run
    assert shown() == f"NoneType {ran}"  # run from its `.pyc`, its tables bundled
    assert shown() == "dict ('a', 'b', 'c') ['a', 'b', 'c'] (1, 2.5, None) False False"  # its tables, not run
    (package / "one.py").write_text(module.replace("'a b c'", "'a b c d'"))
    assert shown().endswith("('a', 'b', 'c', 'd') ['a', 'b', 'c', 'd'] (1, 2.5, None) True True")  # changed: run


def test_a_module_holding_more_than_data_is_kept_as_code(tmp_path: Path) -> None:
    _, env = _package_copy(tmp_path, "__data_only__ = True\nWORDS = ('a',)\nONE = object()\n")
    show = (
        "import articlecli.one as m\n"
        "from articlecli import _Finder\n"
        "print(type(_Finder.bundle.get('articlecli.one', (0, 0, None))[2]).__name__, m.WORDS)"
    )
    run = [sys.executable, "-c", show]
    shown = [
        subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split()
        for _ in range(3)
    ]
    assert shown == [["NoneType", "('a',)"], ["NoneType", "('a',)"], ["code", "('a',)"]]


def test_a_source_changed_during_a_run_is_not_bundled_with_what_the_run_read(tmp_path: Path) -> None:
    # a run reads a module of data only from its `.pyc`; while it runs the source is edited and compiled again: the
    # tables the run worked out are the first source's, and must not be kept under the second source's stamp
    _, env = _package_copy(tmp_path, "__data_only__ = True\nWORDS = ('one',)\n")
    edit = (
        "import os, py_compile\n"
        "source = os.path.join(os.path.dirname(m.__file__), 'one.py')\n"
        "stamp = os.stat(source).st_mtime\n"
        "with open(source, 'w') as fh:\n"
        "    fh.write(\"__data_only__ = True\\nWORDS = ('two',)\\n\")\n"
        "os.utime(source, (stamp + 10, stamp + 10))\n"
        "py_compile.compile(source)\n"
    )
    show = "import articlecli.one as m\nprint(m.WORDS[0])\n"

    def shown(script: str) -> str:
        run = [sys.executable, "-c", script]
        return subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()

    assert shown(show) == "one"  # compiled, its `.pyc` written
    assert shown(show + edit) == "one"  # read from its `.pyc`, run; the source changed before the bundle is written
    assert [shown(show) for _ in range(3)] == ["two", "two", "two"]
    assert [shown(show + edit.replace("two", "three")) for _ in range(2)] == ["two", "three"]
    assert shown(show) == "three"


def test_a_module_changed_during_a_run_is_bundled_as_its_current_bytecode(tmp_path: Path) -> None:
    _, env = _package_copy(tmp_path, "VALUE = 1\n")
    edit = (
        "import os, py_compile\n"
        "source = os.path.join(os.path.dirname(m.__file__), 'one.py')\n"
        "stamp = os.stat(source).st_mtime\n"
        "with open(source, 'w') as fh:\n"
        "    fh.write('VALUE = 2\\n')\n"
        "os.utime(source, (stamp + 10, stamp + 10))\n"
        "py_compile.compile(source)\n"
    )
    show = "import articlecli.one as m\nfrom articlecli import _Finder\nprint(m.VALUE, type(m.__loader__).__name__)\n"

    def shown(script: str) -> str:
        run = [sys.executable, "-c", script]
        return subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()

    assert shown(show) == "1 SourceFileLoader"
    assert shown(show + edit) == "1 _Loader"  # the bundle: the module's new `.pyc` under its new stamp
    assert [shown(show) for _ in range(2)] == ["2 _Loader", "2 _Loader"]


def test_the_word_lists_of_a_module_of_data_only_served_from_the_bundle_are_kept(tmp_path: Path) -> None:
    # a module of data only served as its tables cuts no word list: a run that writes the pattern file then must
    # keep its lists there, or the next edit of the module cuts every one of them again
    lists = "".join(f"L{i} = _phrases('w{i}, x{i}')\n" for i in range(60))
    package, env = _package_copy(tmp_path, f"__data_only__ = True\nfrom . import rx\n{_CUTTER}{lists}")
    here = Path(importlib.import_module("articlecli").__file__ or "").parent
    for name in ("rx.py", "rx_write.py"):
        (package / name).write_text((here / name).read_text())
    (package / "two.py").write_text(f"from . import rx\n{_CUTTER}")
    run = (
        "import sys\nimport articlecli.one as m\nfrom articlecli import rx, two\n"
        "assert m.L59 == ('w59', 'x59')\n"
        "rx.settle()\ntwo._phrases(sys.argv[1])\n"  # a list cut from input no run read before: the file is written
        "rx.save()\nfrom articlecli import rx_write\nlists = rx_write.read(open(rx._FILE, 'rb').read())[1]\n"
        "print(hasattr(m, '_cut'), len(lists))\n"
    )

    def shown(new: str) -> str:
        command = [sys.executable, "-c", run, new]
        return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()

    # run, run from its `.pyc` (its tables bundled), then served as its tables: its 60 lists kept all along
    assert [shown(f"new{i}") for i in range(4)] == ["True 61", "True 62", "False 63", "False 64"]
    stamp = (package / "one.py").stat().st_mtime
    (package / "one.py").write_text((package / "one.py").read_text().replace("'w0, x0'", "'w0, y0'"))
    os.utime(package / "one.py", (stamp + 10, stamp + 10))
    # run again: one list cut anew, its old text gone (the module ran and no longer cuts it); the lists cut at run
    # time by the other module are kept (`rx._MAX_AGE`)
    assert shown("new4") == "True 65"


_CUTTER = "\n\ndef _cut(text):\n    return tuple(text.replace(' ', '').split(','))\n\n\n"
_CUTTER += "def _phrases(text):\n    return rx.words(text, _cut)\n\n\n"


# `rx.words` keeps what a cutter made under the code of the cutter and of the functions of its module it calls
# (`rx._code_of`): each function's names are looked up in the cutter's module, so a helper of another module that
# a called function calls in turn, a class, or another module's function called through its module is no part of
# the key, and an edit of it would serve the old cut lists. These find such code.
def _unkeyed(cut: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The package's code `cut` can reach (each function's names looked up in its own module) that
    `rx._code_of(cut)` does not key: functions whose code it lacks, classes, modules called into."""
    from articlecli import rx

    keyed = marshal.loads(rx._code_of(cut))
    found: list[str] = []
    seen: list[CodeType] = []
    todo = [(cut.__code__, cut.__globals__)]
    while todo:
        code, space = todo.pop()
        if code in seen:
            continue
        seen.append(code)
        if code not in keyed:
            found.append(f"{space['__name__']}.{code.co_name}")  # (co_qualname: Python 3.11 on)
        todo.extend((const, space) for const in code.co_consts if isinstance(const, CodeType))
        for name in code.co_names:
            value = inspect.unwrap(space[name]) if callable(space.get(name)) else None
            if isinstance(value, FunctionType):
                todo.append((value.__code__, value.__globals__))
            elif value is not None and str(getattr(value, "__module__", type(value).__module__)).startswith(
                "articlecli"
            ):
                found.append(f"{space['__name__']}.{name}")
        found.extend(f"{space['__name__']}.{n}" for n in code.co_names if _is_package_module(space.get(n)))
    return found


def _is_package_module(value: object) -> bool:
    return isinstance(value, ModuleType) and value.__name__.startswith("articlecli")


def _cutters() -> list[Callable[[str], tuple[str, ...]]]:
    """The cutters the package's modules pass to `rx.words` (by name: a lambda or an attribute is refused)."""
    root = Path(importlib.import_module("articlecli").__file__ or "").parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "words"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "rx"
            ):
                assert len(node.args) == 2 and isinstance(node.args[1], ast.Name), f"{path}:{node.lineno}"
                name = ".".join(("articlecli", *path.relative_to(root).with_suffix("").parts))
                found.append(getattr(importlib.import_module(name), node.args[1].id))
    return found


def test_a_cutter_reaching_code_its_key_leaves_out_is_found() -> None:
    helpers = ModuleType("articlecli.helpers")
    exec(
        "def _tidy(w):\n    return w.strip()\n\n\ndef tidied(words):\n    return [_tidy(w) for w in words]\n",
        vars(helpers),
    )
    cutter = ModuleType("articlecli.cutter")
    vars(cutter).update(tidied=helpers.tidied, helpers=helpers, Record=type("Record", (), {"__module__": "articlecli"}))
    exec(
        "def _split(text):\n    return text.split(',')\n\n\n"
        "def cut(text):\n    return tuple(_split(text))\n\n\n"
        "def cut_tidied(text):\n    return tuple(tidied(_split(text)))\n\n\n"
        "def cut_through(text):\n    return tuple(helpers.tidied(_split(text)))\n\n\n"
        "def cut_records(text):\n    return tuple(Record() for _ in _split(text))\n",
        vars(cutter),
    )
    assert _unkeyed(cutter.cut) == []  # its own module's functions: keyed
    assert _unkeyed(cutter.cut_tidied) == ["articlecli.helpers._tidy"]  # another module's helper calls its own
    assert _unkeyed(cutter.cut_through) == ["articlecli.cutter.helpers", "articlecli.helpers._tidy"]
    assert _unkeyed(cutter.cut_records) == ["articlecli.cutter.Record"]


def test_the_cutters_of_word_lists_are_keyed_on_all_the_code_they_reach() -> None:
    # (in a process that runs the lexicon's code, which the bundle otherwise serves as its tables, without its cutter)
    script = (
        f"import json, sys\nsys.path.insert(0, {str(Path(__file__).parent)!r})\nsys.dont_write_bytecode = True\n"
        "import articlecli\narticlecli._Finder.bundle = {}\n"
        "from test_startup import _cutters, _unkeyed\n"
        "cutters = _cutters()\n"
        "print(json.dumps([len(cutters), sorted({n for c in cutters for n in _unkeyed(c)})]))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    found, unkeyed = json.loads(done.stdout)
    assert found >= 9  # (the lexicon's, the speaker patterns' two, the byline, caption, cue, debris and word tables')
    assert unkeyed == []


def test_the_command_runs_without_loading_inspect_or_platform() -> None:
    """`click` imports `inspect` (and with it `ast`, `dis`, `tokenize`, `linecache`: 22M instructions) and, through
    `uuid`, `platform` (8M): the command hands them stand-ins that a one-file `parse --json` reads only for
    `cleandoc` of one-line helps and for `platform.system()`."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "articlecli", "parse", str(SEED), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.startswith("{")
    loaded = {line.rpartition("|")[2].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert {"click", "uuid"} <= loaded
    left_out = {"inspect", "ast", "dis", "tokenize", "linecache"}
    if sys.platform == "linux":
        left_out.add("platform")
    assert loaded & left_out == set()


def test_loading_the_command_line_compiles_nothing_and_its_forward_references_still_evaluate() -> None:
    """`click` builds TypedDicts at import, whose string annotations typing compiles into forward references, and a
    process's first `compile` builds the node types of `_ast` (9M instructions): the command leaves them as their
    source while it loads, which `eval` reads as well, and typing's own `compile` comes back after."""
    script = (
        "import builtins\ncalls = []\nreal = builtins.compile\n"
        "builtins.compile = lambda *a, **k: calls.append(a[0]) or real(*a, **k)\n"
        "from articlecli.__main__ import load\nrun = load()\n"
        "import typing, click.types\n"
        "hints = typing.get_type_hints(click.types.ParamTypeInfoDict)\n"
        "print(calls, callable(run), 'compile' in vars(typing), sorted(hints), hints['name'] is str)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.split() == ["[]", "True", "False", "['name',", "'param_type']", "True"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\xa0\u2003abc.", max_size=12))
def test_the_stand_in_for_inspect_cleans_a_help_as_inspect_does(text: str) -> None:
    from articlecli.__main__ import _cleandoc

    assert _cleandoc(text) == inspect.cleandoc(text)


def test_the_stand_in_cleans_every_help_of_the_commands_as_inspect_does() -> None:
    from articlecli.__main__ import _cleandoc
    from articlecli.cli import cli

    helps = [cli.help]
    for command in cli.commands.values():
        helps += [command.help, *(getattr(p, "help", None) for p in command.params)]
    helps = [h for h in helps if h]
    assert len(helps) > 20
    assert [_cleandoc(h) for h in helps] == [inspect.cleandoc(h) for h in helps]


def test_the_stand_in_for_platform_names_the_system_as_platform_does() -> None:
    import platform

    from articlecli.__main__ import _system

    assert _system() == platform.system()


def test_a_stand_in_becomes_the_real_module_when_read() -> None:
    from articlecli.__main__ import _real, _StandIn

    real = sys.modules["inspect"]
    stand_in = _StandIn("inspect")
    assert stand_in.signature is real.signature  # (any other name loads the module, here loaded already)
    assert type(stand_in) is not _StandIn and stand_in.cleandoc is real.cleandoc
    assert _real(real) is real and sys.modules["inspect"] is real


@pytest.mark.parametrize("args", [["--help"], ["parse", "--help"], ["export", "--help"], ["parse", "--json"]])
def test_the_command_under_the_stand_ins_prints_what_click_prints_with_the_modules(args: list[str]) -> None:
    command = subprocess.run([sys.executable, "-m", "articlecli", *args], capture_output=True, text=True, timeout=120)
    script = f"import sys\nfrom articlecli.cli import cli\nsys.argv[0] = 'articlecli'\ncli.main({args!r})"
    direct = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert (command.returncode, command.stdout, command.stderr) == (direct.returncode, direct.stdout, direct.stderr)
