"""The batch on Dask: a LocalCluster of 2 worker processes over a few hundred generated articles with
broken files among them gives what `--jobs 1` gives: the same JSON Lines, byte for byte, the same
error lines, summary and exit code, and a Parquet dataset equal to the single-process file."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from articlecli.cli import cli

from .conftest import ROOT

distributed = pytest.importorskip(
    "distributed", reason="the dask extra is not installed: pip install 'articlecli[dask]'"
)
pq = pytest.importorskip("pyarrow.parquet", reason="the dask extra is not installed: pip install 'articlecli[dask]'")
sys.path.insert(0, str(ROOT / "bench"))
from corpus import article  # noqa: E402

EXPORTS = ROOT / "tests" / "fixtures" / "exports"


@pytest.fixture(scope="module")
def cluster() -> Any:
    """One cluster for the module: starting one costs seconds."""
    import dask.config

    # forked workers start in a second, with the test process's imports (as `--scheduler local` does)
    with (
        dask.config.set({"distributed.worker.multiprocessing-method": "fork"}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
        ) as local,
    ):
        yield local.scheduler_address


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 articles, two multi-article exports (one with an unreadable article) and five broken files."""
    root = tmp_path_factory.mktemp("dask")
    for i in range(300):
        (root / f"a{i:04d}.txt").write_text(article(1500, seed=i), encoding="utf-8")
    (root / "a0100-nexis.txt").write_bytes((EXPORTS / "nexis_uni_three.txt").read_bytes())
    factiva = (EXPORTS / "factiva_two.txt").read_text(encoding="utf-8")
    cut, end = factiva.index("LP\n  The region's main ferry"), factiva.index("NS\n  gtrans")
    (root / "a0040-factiva.txt").write_text(factiva[:cut] + factiva[end:], encoding="utf-8")
    (root / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "b_empty.txt").write_bytes(b"")
    (root / "b_folder.txt").mkdir()
    (root / "b_large.txt").write_text("word " * 30_000, encoding="utf-8")
    os.symlink("b_loop.txt", root / "b_loop.txt")
    return root


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--max-bytes", "100000"])


def timeless(stderr: str) -> str:
    return re.sub(r", [\d.]+ s\b", ", N s", stderr.strip())


@pytest.fixture(scope="module")
def jobs1(folder: Path) -> Result:
    return run("parse", str(folder), "--jsonl", "--jobs", "1")


def test_jsonl_is_byte_identical_to_jobs_1(folder: Path, cluster: str, jobs1: Result) -> None:
    result = run("parse", str(folder), "--jsonl", "--scheduler", cluster)
    assert (result.exit_code, jobs1.exit_code) == (1, 1)
    assert result.stdout == jobs1.stdout
    assert len(jobs1.stdout.splitlines()) == 300 + 3 + 2 + 5
    assert timeless(result.stderr) == timeless(jobs1.stderr)
    assert timeless(result.stderr).splitlines()[-1] == "307 inputs, 310 articles: 304 parsed, 6 failed, N s"


def test_fail_fast_stops_where_jobs_1_stops(folder: Path, cluster: str) -> None:
    one = run("parse", str(folder), "--jsonl", "--fail-fast", "--jobs", "1")
    dask = run("parse", str(folder), "--jsonl", "--fail-fast", "--scheduler", cluster)
    assert (dask.exit_code, dask.stdout, timeless(dask.stderr)) == (one.exit_code, one.stdout, timeless(one.stderr))


@pytest.mark.parametrize("table", ["articles", "quotes"])
def test_parquet_dataset_equals_the_single_process_file(
    table: str, folder: Path, cluster: str, jobs1: Result, tmp_path: Path
) -> None:
    from articlecli.parquet import write

    # what `export -f parquet` without --scheduler writes: the records of --jobs 1, through one writer
    write((json.loads(line) for line in jobs1.stdout.splitlines()), tmp_path / "one.parquet", table)
    dask = run("export", str(folder), "-f", "parquet", "--table", table, "-o", f"{tmp_path}/ds", "--scheduler", cluster)
    assert dask.exit_code == 1
    assert timeless(dask.stderr) == timeless(jobs1.stderr)
    parts = sorted(p.name for p in (tmp_path / "ds").iterdir())
    assert parts == [f"part-{n:06d}.parquet" for n in range(len(parts))] and len(parts) > 2  # batches of files
    assert pq.read_table(tmp_path / "ds").equals(pq.read_table(tmp_path / "one.parquet"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds", "one.parquet"]  # no temporary folder left


def test_the_bag_holds_the_records_of_jobs_1(folder: Path, cluster: str, jobs1: Result) -> None:
    from articlecli import ParseOptions
    from articlecli.dask import read_articles, to_dataframe

    want = [json.loads(line) for line in jobs1.stdout.splitlines()]
    with distributed.Client(cluster):
        records = read_articles(str(folder), options=ParseOptions(), max_bytes=100_000)
        assert records.compute() == want
        some = read_articles([str(folder / f"a{i:04d}.txt") for i in range(20)], files_per_task=8).persist()
        quotes = to_dataframe(some, table="quotes").compute()
        articles = to_dataframe(some, table="articles").compute()
    assert len(quotes) == sum(len(r["quotes"]) for r in want[:20])
    assert list(articles["headline"]) == [r["headline"] for r in want[:20]]
    assert str(articles["published_at"].dtype) == "timestamp[us, tz=UTC][pyarrow]"
    assert str(articles["authors"].dtype) == "list<item: string>[pyarrow]"


def test_urls_are_read_through_fsspec(folder: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    from articlecli.dask import read_articles

    memory = fsspec.filesystem("memory")
    for name in ("a0001.txt", "a0002.txt", "b_empty.txt"):
        memory.pipe(f"/news/{name}", (folder / name).read_bytes())
    urls = ["memory://news/*.txt", "memory://news/none.txt", "memory://news/*.md"]
    got = read_articles(urls).compute(scheduler="sync")
    local = read_articles([str(folder / "a0001.txt"), str(folder / "a0002.txt")]).compute(scheduler="sync")
    assert [r["source"]["path"] for r in got] == [
        *(f"memory:///news/{n}" for n in ("a0001.txt", "a0002.txt", "b_empty.txt")),
        "memory://news/none.txt",
        "memory://news/*.md",
    ]
    assert [r["headline"] for r in got[:2]] == [r["headline"] for r in local]
    assert [r.get("error") for r in got[2:]] == ["empty", "not found", "not found"]


def test_scheduler_local_starts_a_cluster_here(folder: Path, tmp_path: Path) -> None:
    for name in ("a0001.txt", "a0002.txt", "b_empty.txt"):
        (tmp_path / name).write_bytes((folder / name).read_bytes())
    one = run("parse", str(tmp_path), "--jsonl")
    local = run("parse", str(tmp_path), "--jsonl", "--scheduler", "local", "--jobs", "1")
    assert (local.exit_code, local.stdout, timeless(local.stderr)) == (one.exit_code, one.stdout, timeless(one.stderr))


def test_without_dask_one_line_names_the_extra(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now raises ImportError
    result = run("parse", str(folder), "--jsonl", "--scheduler", "local")
    assert result.exit_code == 1
    assert result.stderr == "articlecli: --scheduler: needs distributed: pip install 'articlecli[dask]'\n"


def test_url_arguments_on_the_command_line(folder: Path, cluster: str) -> None:
    files = sorted(folder.glob("a000*.txt"))
    want = run("parse", *map(str, files), "--jsonl")
    got = run("parse", f"local://{folder}/a000*.txt", "--jsonl", "--scheduler", cluster)
    assert got.exit_code == 0, got.output
    records = [json.loads(line) for line in got.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [f"file://{p}" for p in files]
    assert [r["headline"] for r in records] == [json.loads(line)["headline"] for line in want.stdout.splitlines()]
