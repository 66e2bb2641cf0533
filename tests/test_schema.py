"""The JSON Schema of `articlecli/article@1`: printed by `articlecli schema`, met by every record the
program writes (dev corpus, fixtures, error cases), and in agreement with the README's table."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from articlecli import ParseOptions
from articlecli.cli import cli
from articlecli.sources import SourceRef, process

from .conftest import EVAL, GOLDEN, ROOT, SEEDS
from .vocabularies import values

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test extra: pip install 'articlecli[test]'")

SCHEMA_FILE = ROOT / "articlecli" / "article.schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
ARTICLE = SCHEMA["$defs"]["article"]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FIXTURES = sorted(
    [
        SEEDS / "000_54b3b94515d101ea.txt",
        *GOLDEN.glob("*.txt"),
        *(ROOT / "tests" / "fixtures" / "exports").glob("*.txt"),
    ]
)


def problems(record: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(record)]


def records_of(paths: list[Path], **options: Any) -> list[dict[str, Any]]:
    return [rec for p in paths for rec in process(SourceRef(str(p)), ParseOptions(**options))]


def test_the_command_prints_the_shipped_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == SCHEMA
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_records_are_valid(path: Path) -> None:
    for rec in records_of([path]):
        assert problems(rec) == []


def test_records_with_explain_are_valid() -> None:
    for rec in records_of([SEEDS / "000_54b3b94515d101ea.txt", GOLDEN / "wire_harbor.txt"], explain=True):
        assert "explain" in rec
        assert problems(rec) == []


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.name)
def test_golden_records_are_valid(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for rec in data if isinstance(data, list) else [data]:
        assert problems(rec) == []


def _broken_export() -> bytes:
    text = (ROOT / "tests" / "fixtures" / "exports" / "factiva_two.txt").read_text(encoding="utf-8")
    cut, end = text.index("LP\n  The region's main ferry"), text.index("NS\n  gtrans")
    return (text[:cut] + text[end:]).encode()


ERROR_CASES = {
    "missing": None,
    "empty": b"",
    "binary": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    "folder": "folder",
    "too large": b"x" * 2000,
    "an export with an article without body": _broken_export(),
}


@pytest.mark.parametrize("case", list(ERROR_CASES))
def test_error_records_are_valid(case: str, tmp_path: Path) -> None:
    path = tmp_path / "input.txt"
    content = ERROR_CASES[case]
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    records = process(SourceRef(str(path)), ParseOptions(), 1000 if case == "too large" else 10_000_000)
    assert any("error" in rec for rec in records)
    for rec in records:
        assert problems(rec) == []


@pytest.mark.corpus
@pytest.mark.skipif(not (EVAL / "dev").is_dir(), reason="the dev corpus (../shared/eval/dev) is not present")
def test_every_dev_corpus_record_is_valid() -> None:
    paths = sorted((EVAL / "dev").glob("*/input.txt"))
    bad = {str(p.parent.name): problems(rec) for p in paths for rec in records_of([p]) if problems(rec)}
    assert bad == {}


def _seed() -> dict[str, Any]:
    return records_of([SEEDS / "000_54b3b94515d101ea.txt"])[0]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda r: r.update(new_key=1), "a key the schema does not know"),
        (lambda r: r.pop("deck"), "a key missing"),
        (lambda r: r.update(layout="pdf"), "a layout that is not one of the four"),
        (lambda r: r["quotes"][0].update(kind="whole"), "a quote kind not in the list"),
        (lambda r: r["stats"].update(words="many"), "a count that is not an integer"),
        (lambda r: r.update(published="March 3"), "a date that is not ISO 8601"),
        (lambda r: r["source"].update(sha256="xyz"), "a hash that is not hex"),
    ],
)
def test_the_schema_rejects_drift(change: Any, why: str) -> None:
    rec = _seed()
    assert problems(rec) == []
    change(rec)
    assert problems(rec), why


# --------------------------------------------------------------- the README's table and the schema


def readme_rows(*, with_quote_paragraph: bool = True) -> dict[str, str]:
    """`key` -> meaning, from the table under "The JSON form"; a row may name several keys; the
    paragraph below the table belongs to `quotes`."""
    section = README.split("## The JSON form", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        if line.startswith("| `"):
            keys, meaning = line[2:].split(" | ", 1)
            for key in re.findall(r"`(\w+)`", keys):
                rows[key] = meaning
    if with_quote_paragraph:
        rows["quotes"] += " " + section.split("A quote:", 1)[1].split("\n\n", 1)[0]
    return rows


def enums(node: Any, path: str = "") -> list[tuple[str, list[str]]]:
    """Every enumerated value of the article schema, with the path of its field (`/quotes/kind`)."""
    found = []
    if isinstance(node, dict):
        if "enum" in node:
            found.append((path, node["enum"]))
        for key, sub in node.get("properties", {}).items():
            found += enums(sub, f"{path}/{key}")
        if "items" in node:
            found += enums(node["items"], path)
        if "$ref" in node:
            found += enums(SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]], path)
    return found


# each enumerated field of the schema and the type of the model that holds its values
LITERALS: dict[str, tuple[str, ...]] = {
    "/layout": values("Layout"),
    "/body/type": values("BlockType"),
    "/notes/kind": values("NoteKind"),
    "/quotes/block": values("QuoteBlock"),
    "/quotes/kind": values("QuoteKind"),
    "/terms/block": values("QuoteBlock"),
    "/dates/published/resolved": values("DateResolved"),
    "/dates/updated/resolved": values("DateResolved"),
    "/dates_mentioned/resolved": values("MentionResolved"),
    "/removed/reason": values("RemovalReason"),
}


def test_the_readme_documents_exactly_the_schema_keys() -> None:
    assert set(readme_rows()) == set(ARTICLE["properties"])


def test_every_enumerated_field_has_the_values_of_the_model() -> None:
    schema_enums = dict(enums(ARTICLE))
    assert set(schema_enums) == set(LITERALS)
    assert {path: schema_enums[path] for path in LITERALS} == {path: list(t) for path, t in LITERALS.items()}
    assert SCHEMA["$defs"]["error"]["properties"]["layout"]["enum"] == list(values("Layout"))


def readme_enumerated() -> dict[str, str]:
    """The README's 'Enumerated values' list: `/quotes/kind` -> its bullet."""
    section = README.split("**Enumerated values.**", 1)[1].split("\n\n**", 1)[0]
    out = {}
    for bullet in section.split("\n- ")[1:]:
        names, text = bullet.split(":", 1)
        for name in re.findall(r"`([\w.\[\]]+)`", names):
            out["/" + name.replace("[]", "").replace(".", "/")] = text
    return out


@pytest.mark.parametrize(("path", "values"), enums(ARTICLE), ids=lambda x: x if isinstance(x, str) else "")
def test_every_enumerated_value_is_in_the_readme(path: str, values: list[str]) -> None:
    documented = readme_enumerated().get(path) or readme_enumerated()[path.replace("/terms/", "/quotes/")]
    assert [v for v in values if f"`{v}`" not in documented] == []


@pytest.mark.parametrize("key", sorted(ARTICLE["properties"]))
def test_nullability_agrees_with_the_readme(key: str) -> None:
    """A field that can be null says so in its row; a row that says "or `null`" is of a nullable field."""
    spec = ARTICLE["properties"][key]
    if "$ref" in spec:
        spec = SCHEMA["$defs"][spec["$ref"].rsplit("/", 1)[1]]
    nullable = "null" in spec.get("type", [])
    meaning = readme_rows(with_quote_paragraph=False)[key]
    if nullable:
        assert "`null`" in meaning
    if "or `null`" in meaning.split(":")[0]:
        assert nullable
