"""Batch runs: a folder of 2,000 generated articles with broken files among them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlecli.cli import cli
from articlecli.sources import iter_sources

from .conftest import GOLDEN

TEMPLATE = (GOLDEN / "wire_harbor.txt").read_text(encoding="utf-8")
BROKEN = {"b_binary.txt", "b_empty.txt", "b_invalid.txt", "b_unreadable.txt", "b_folder.txt"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("batch")
    for i in range(2000):
        text = TEMPLATE.replace("Harbor town", f"Harbor town {i:04d}").replace("Ellen Marsh", f"Ellen Marsh{i % 7}")
        (root / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
    (root / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "b_empty.txt").write_bytes(b"  \n\t \n")
    (root / "b_invalid.txt").write_bytes(bytes(range(0x80, 0x100)) * 16)
    os.symlink("b_unreadable.txt", root / "b_unreadable.txt")  # a loop: unreadable even for root
    (root / "b_folder.txt").mkdir()
    return root


def test_sources_are_sorted(corpus: Path) -> None:
    refs = [r.path for r in iter_sources([str(corpus)])]
    assert refs == sorted(refs) and len(refs) == 2005


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_reports_broken_files_and_keeps_going(corpus: Path, jobs: str) -> None:
    result = CliRunner().invoke(cli, ["parse", str(corpus), "--jsonl", "--jobs", jobs])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2005
    errors = {Path(r["source"]["path"]).name: r["error"] for r in records if "error" in r}
    assert set(errors) == BROKEN
    assert errors["b_empty.txt"] == "empty"
    assert errors["b_folder.txt"] == "is a directory"
    assert errors["b_binary.txt"] == "not text"
    assert errors["b_invalid.txt"].startswith("not text")
    assert errors["b_unreadable.txt"].startswith("unreadable")
    good = [r for r in records if "error" not in r]
    assert [r["headline"] for r in good] == [
        f"Harbor town {i:04d} votes to rebuild seawall after winter storms" for i in range(2000)
    ]
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("2,005 inputs: 2,000 parsed, 5 failed, ")
    assert len(lines) == 6 and all(line.startswith("articlecli: ") for line in lines[:5])


def test_jobs_2_is_byte_identical_to_jobs_1(corpus: Path) -> None:
    one = CliRunner().invoke(cli, ["parse", str(corpus), "--jsonl", "--jobs", "1", "-q"]).stdout
    two = CliRunner().invoke(cli, ["parse", str(corpus), "--jsonl", "--jobs", "2", "-q"]).stdout
    assert one == two


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(TEMPLATE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "--jsonl", "--fail-fast"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2  # a.txt, then the error record for b.txt
    assert "stopped at the first failure" in result.stderr


def test_recursive_and_glob(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "top.txt").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "sub" / "deep.txt").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "sub" / "deep.md").write_text(TEMPLATE, encoding="utf-8")
    flat = [Path(r.path or "").name for r in iter_sources([str(tmp_path)])]
    deep = [Path(r.path or "").name for r in iter_sources([str(tmp_path)], recursive=True)]
    md = [Path(r.path or "").name for r in iter_sources([str(tmp_path)], recursive=True, pattern="*.md")]
    assert flat == ["top.txt"] and deep == ["deep.txt", "top.txt"] and md == ["deep.md"]
    globbed = [Path(r.path or "").name for r in iter_sources([str(tmp_path / "**" / "*.txt")])]
    assert globbed == ["top.txt", "deep.txt"] or sorted(globbed) == ["deep.txt", "top.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_source_reaches_its_worker_whole(tmp_path: Path, jobs: str) -> None:
    """A problem known before reading (a folder with no matching file) says the same with workers,
    and stdin among files keeps its place; more inputs than one task's chunk, in order."""
    empty = tmp_path / "empty"
    empty.mkdir()
    for i in range(20):
        (tmp_path / f"a{i:02d}.txt").write_text(TEMPLATE.replace("Harbor town", f"Town {i:02d}"), encoding="utf-8")
    args = [
        "parse",
        str(empty),
        str(tmp_path / "a00.txt"),
        "-",
        *(str(tmp_path / f"a{i:02d}.txt") for i in range(1, 20)),
    ]
    stdin = TEMPLATE.replace("Harbor town", "Stdin town")
    result = CliRunner().invoke(cli, [*args, "--jsonl", "--jobs", jobs, "-q"], input=stdin)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["error"] == "no files matching *.txt in this folder"
    heads = [r["headline"].split(" votes")[0] for r in records[1:]]
    assert heads == ["Town 00", "Stdin town", *(f"Town {i:02d}" for i in range(1, 20))]
