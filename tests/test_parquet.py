"""`articlecli export -f parquet`: typed tables that join, read back against the JSON of the same run."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from articlecli.cli import cli
from articlecli.tables import KEYS, TABLES

from .conftest import GOLDEN, ROOT, SEEDS

pa = pytest.importorskip("pyarrow", reason="the parquet extra is not installed: pip install 'articlecli[parquet]'")
pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")

ZONED = """Harbor board backs the seawall plan

By Ellen Marsh, Associated Press

Published 6:12 AM EST, March 3, 2024

PORTHAVEN, Maine (AP) — The harbor board voted on Tuesday to pay for the new seawall.

“We have waited long enough for this,” said Ruth Alder, the harbor commissioner.
"""

NAIVE = """Library opens a new reading room

By Priya Nair

Updated 2:05 PM, Sept. 12, 2023

The town library opened its new reading room on Monday, after two years of work.
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Web pages, wire copy, multi-article exports, and inputs that fail."""
    root = tmp_path_factory.mktemp("inputs")
    (root / "zoned.txt").write_text(ZONED, encoding="utf-8")
    (root / "naive.txt").write_text(NAIVE, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    return [
        str(root / "zoned.txt"),
        str(root / "naive.txt"),
        str(SEEDS / "000_54b3b94515d101ea.txt"),
        *sorted(str(p) for p in GOLDEN.glob("*.txt")),
        *sorted(str(p) for p in (ROOT / "tests" / "fixtures" / "exports").glob("*.txt")),
        str(root / "empty.txt"),
        str(root / "missing.txt"),
    ]


@pytest.fixture(scope="module")
def records(inputs: list[str]) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["parse", *inputs, "--jsonl", "-q"])
    assert result.exit_code == 1  # the empty and the missing file
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def exported(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, pa.Table]:
    out = tmp_path_factory.mktemp("parquet")
    tables = {}
    for table in TABLES:
        path = out / f"{table}.parquet"
        result = CliRunner().invoke(cli, ["export", *inputs, "-f", "parquet", "--table", table, "-o", str(path), "-q"])
        assert result.exit_code == 1, result.output
        assert result.stderr.splitlines()[-1].endswith("missing.txt: not found")
        tables[table] = pq.read_table(path)
    return tables


def _rows(records: list[dict[str, object]], table: str) -> int:
    good = [r for r in records if "error" not in r]
    if table == "articles":
        return len(records)  # an error record is a row too, with its `error`
    if table == "errors":
        return len(records) - len(good)
    return sum(len(r[table]) for r in good)  # type: ignore[arg-type]


@pytest.mark.parametrize("table", TABLES)
def test_each_table_has_a_row_per_item_of_the_json(
    table: str, exported: dict[str, pa.Table], records: list[dict[str, object]]
) -> None:
    assert exported[table].num_rows == _rows(records, table)
    assert exported[table].column_names[:3] == list(KEYS)


@pytest.mark.parametrize(
    ("table", "column", "arrow_type"),
    [
        ("articles", "source_sha256", "string"),
        ("articles", "source_index", "int32"),
        ("articles", "source_bytes", "int64"),
        ("articles", "authors", "list<element: string>"),
        ("articles", "published", "string"),
        ("articles", "published_date", "date32[day]"),
        ("articles", "published_at", "timestamp[us, tz=UTC]"),
        ("articles", "published_local", "timestamp[us]"),
        ("articles", "dateline_date", "date32[day]"),
        ("articles", "words", "int32"),
        ("articles", "reading_time_minutes", "int32"),
        ("articles", "metadata", "map<string, string ('metadata')>"),
        ("articles", "warnings", "list<element: string>"),
        ("quotes", "paragraph", "int32"),
        ("quotes", "start", "int32"),
        ("quotes", "speaker_mention", "string"),
        ("captions", "line", "int32"),
        ("paragraphs", "words", "int32"),
        ("authors", "affiliation", "string"),
        ("errors", "error", "string"),
    ],
)
def test_columns_are_typed(table: str, column: str, arrow_type: str, exported: dict[str, pa.Table]) -> None:
    assert str(exported[table].schema.field(column).type) == arrow_type


def test_articles_carry_the_scalar_fields_of_the_json(
    exported: dict[str, pa.Table], records: list[dict[str, object]]
) -> None:
    rows = exported["articles"].to_pylist()
    for row, rec in zip(rows, records, strict=True):
        src = rec["source"]
        assert (row["source_path"], row["source_sha256"]) == (src["path"], src["sha256"])  # type: ignore[index]
        assert row["source_index"] == src.get("index", 0)  # type: ignore[union-attr]
        if "error" in rec:
            assert row["error"] == rec["error"] and row["headline"] is None
            continue
        assert row["error"] is None
        for key in ("headline", "deck", "byline", "agency", "layout", "published", "updated", "schema"):
            assert row[key] == rec[key]
        assert row["authors"] == [a["name"] for a in rec["authors"]]  # type: ignore[attr-defined]
        assert {k: row[k] for k in rec["stats"]} == rec["stats"]  # type: ignore[attr-defined]
        assert dict(row["metadata"]) == rec["metadata"]


def test_dates_are_timestamps_with_their_zone_where_known(exported: dict[str, pa.Table]) -> None:
    by_name = {Path(r["source_path"]).name: r for r in exported["articles"].to_pylist() if r["source_path"]}
    zoned, naive = by_name["zoned.txt"], by_name["naive.txt"]
    assert zoned["published"] == "2024-03-03T06:12-05:00"
    assert zoned["published_at"] == dt.datetime(2024, 3, 3, 11, 12, tzinfo=dt.timezone.utc)
    assert zoned["published_local"] == dt.datetime(2024, 3, 3, 6, 12)
    assert zoned["published_date"] == dt.date(2024, 3, 3)
    assert naive["updated"] == "2023-09-12T14:05"
    assert naive["updated_at"] is None  # no zone printed: no instant
    assert naive["updated_local"] == dt.datetime(2023, 9, 12, 14, 5)
    assert by_name["blog_garden.txt"]["published_date"] == dt.date(2023, 5, 14)
    assert by_name["blog_garden.txt"]["published_local"] is None  # a date alone


def test_quotes_carry_speaker_mention_cue_kind_block_paragraph_and_offsets(
    exported: dict[str, pa.Table], records: list[dict[str, object]]
) -> None:
    want = [
        {**q, "quote": n}
        for rec in records
        if "error" not in rec
        for n, q in enumerate(rec["quotes"])  # type: ignore[arg-type]
    ]
    got = [{k: v for k, v in row.items() if k not in KEYS} for row in exported["quotes"].to_pylist()]
    assert got == want


def test_the_tables_join_on_their_keys(exported: dict[str, pa.Table], records: list[dict[str, object]]) -> None:
    articles = {tuple(r[k] for k in KEYS): r for r in exported["articles"].to_pylist()}
    assert len(articles) == len(records)  # the keys tell every article apart, exports included
    for table in ("quotes", "captions", "paragraphs", "authors"):
        for row in exported[table].to_pylist():
            assert tuple(row[k] for k in KEYS) in articles


def test_errors_table_lists_the_inputs_that_failed(exported: dict[str, pa.Table]) -> None:
    rows = exported["errors"].to_pylist()
    assert [(Path(r["source_path"]).name, r["error"]) for r in rows] == [
        ("empty.txt", "empty"),
        ("missing.txt", "not found"),
    ]


def test_an_output_named_parquet_needs_no_format(tmp_path: Path) -> None:
    out = tmp_path / "seed.parquet"
    result = CliRunner().invoke(cli, ["export", str(SEEDS / "000_54b3b94515d101ea.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).column("headline").to_pylist() == [
        json.loads(CliRunner().invoke(cli, ["parse", str(SEEDS / "000_54b3b94515d101ea.txt"), "--json"]).stdout)[
            "headline"
        ]
    ]


def test_a_folder_output_is_a_dataset_equal_to_the_file(inputs: list[str], tmp_path: Path) -> None:
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["export", *inputs, "-f", "parquet", "--table", "quotes", "-o", f"{tmp_path}/ds/"]).exit_code
        == 1
    )
    assert (
        runner.invoke(
            cli, ["export", *inputs, "-f", "parquet", "--table", "quotes", "-o", f"{tmp_path}/q.parquet"]
        ).exit_code
        == 1
    )
    assert sorted(p.name for p in (tmp_path / "ds").iterdir()) == ["part-000000.parquet"]
    assert pq.read_table(tmp_path / "ds").equals(pq.read_table(tmp_path / "q.parquet"))


def test_row_groups_are_written_as_records_stream_in(records: list[dict[str, object]], tmp_path: Path) -> None:
    from articlecli.parquet import write

    write(iter(records), tmp_path / "a.parquet", "articles", row_group_rows=4)
    meta = pq.ParquetFile(tmp_path / "a.parquet").metadata
    assert meta.num_rows == len(records)
    assert meta.num_row_groups == -(-len(records) // 4)


def test_stdout_gets_the_file(tmp_path: Path) -> None:
    import io

    result = CliRunner().invoke(cli, ["export", str(GOLDEN / "wire_harbor.txt"), "-f", "parquet", "--table", "quotes"])
    assert result.exit_code == 0
    quotes = json.loads(CliRunner().invoke(cli, ["parse", str(GOLDEN / "wire_harbor.txt"), "--json"]).stdout)["quotes"]
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).column("text").to_pylist() == [q["text"] for q in quotes]


@pytest.mark.parametrize("output", ["old.parquet", "ds/"])
def test_an_existing_output_is_kept_without_force(output: str, tmp_path: Path) -> None:
    out = tmp_path / output
    if output.endswith("/"):
        out.mkdir()
        (out / "part-000000.parquet").write_bytes(b"keep me")
        out = out / "part-000000.parquet"
    else:
        out.write_bytes(b"keep me")
    seed = str(SEEDS / "000_54b3b94515d101ea.txt")
    result = CliRunner().invoke(cli, ["export", seed, "-f", "parquet", "-o", f"{tmp_path}/{output}"])
    assert result.exit_code == 1
    assert result.stderr == f"articlecli: {tmp_path}/{output.rstrip('/')}: exists (use --force to overwrite)\n"
    assert out.read_bytes() == b"keep me"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        ("inputs", "holds inputs; not replaced"),
        ("other", "is a folder with other files than a dataset's parts; not replaced"),
    ],
)
def test_a_folder_that_is_not_a_dataset_is_never_replaced(make: str, reason: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    story = folder / "story.txt"
    story.write_text(ZONED, encoding="utf-8")
    source = str(folder) if make == "inputs" else str(GOLDEN / "wire_harbor.txt")
    result = CliRunner().invoke(cli, ["export", source, "-f", "parquet", "-o", f"{folder}/", "--force"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"articlecli: {folder}: {reason}"
    assert [p.name for p in folder.iterdir()] == ["story.txt"]


def test_force_replaces_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "old.parquet"
    out.write_bytes(b"old")
    result = CliRunner().invoke(cli, ["export", str(SEEDS / "000_54b3b94515d101ea.txt"), "-o", str(out), "--force"])
    assert result.exit_code == 0
    assert pq.read_table(out).num_rows == 1


def test_an_interrupted_export_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from articlecli import parquet

    def interrupt(self: object, record: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(parquet._Columns, "add", interrupt)
    result = CliRunner().invoke(cli, ["export", str(GOLDEN / "wire_harbor.txt"), "-o", f"{tmp_path}/out.parquet"])
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("output", ["out.parquet", "ds/"])
def test_fail_fast_leaves_nothing(output: str, inputs: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", *inputs, "-o", f"{tmp_path}/{output}", "-f", "parquet", "--fail-fast"])
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []


def test_without_pyarrow_one_line_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.setitem(sys.modules, name, None)  # `import pyarrow` now raises ImportError
    result = CliRunner().invoke(cli, ["export", str(GOLDEN / "wire_harbor.txt"), "-o", f"{tmp_path}/x.parquet"])
    assert result.exit_code == 1
    assert result.stderr == "articlecli: -f parquet: needs pyarrow: pip install 'articlecli[parquet]'\n"
    assert list(tmp_path.iterdir()) == []


def test_csv_offers_the_same_tables(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(GOLDEN / "wire_harbor.txt"), "-f", "csv", "--table", "paragraphs"])
    lines = result.stdout.splitlines()
    assert lines[0] == "path,index,paragraph,text,line,start,words"
    assert len(lines) - 1 == len(
        json.loads(CliRunner().invoke(cli, ["parse", str(GOLDEN / "wire_harbor.txt"), "--json"]).stdout)["paragraphs"]
    )


def test_the_readme_example_reads_the_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's DuckDB and pandas example, run on tables exported from generated articles."""
    pytest.importorskip("duckdb", reason="duckdb is a test extra: pip install 'articlecli[test]'")
    pytest.importorskip("pandas", reason="pandas comes with the dask extra: pip install 'articlecli[dask]'")
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import article

    (tmp_path / "in").mkdir()
    for i in range(40):
        (tmp_path / "in" / f"a{i:02d}.txt").write_text(article(2500, seed=i), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for table in ("articles", "quotes"):
        assert (
            CliRunner()
            .invoke(cli, ["export", "in", "-f", "parquet", "--table", table, "-o", f"tables/{table}/"])
            .exit_code
            == 0
        )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("**Reading the tables**", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(example, namespace)

    records = [json.loads(line) for line in CliRunner().invoke(cli, ["parse", "in", "--jsonl"]).stdout.splitlines()]
    speakers: dict[str, list[str]] = {}
    for rec in records:
        if rec["published"] >= "2024-03-01":
            for q in rec["quotes"]:
                if q["speaker"]:
                    speakers.setdefault(q["speaker"], []).append(rec["source"]["sha256"])
    want = sorted(((-len(v), k, len(set(v))) for k, v in speakers.items()))[:3]
    assert [tuple(row) for row in namespace["top"].itertuples(index=False)] == [(k, -n, a) for n, k, a in want]
    kinds = [q["kind"] for rec in records for q in rec["quotes"]]
    assert namespace["quotes"].groupby("kind").size().to_dict() == {k: kinds.count(k) for k in sorted(set(kinds))}
