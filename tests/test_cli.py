"""The command line, through Click's CliRunner: output formats, stdin, several files, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlecli import __version__
from articlecli.cli import cli

from .conftest import SEEDS

SEED = SEEDS / "000_54b3b94515d101ea.txt"
SHORT = (
    "Storm closes schools\n\nBy Jane Doe\n\nHeavy snow closed every school in the county on Monday, officials said.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_parse_json_single_file_is_one_object(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "articlecli/article@1"
    assert data["source"]["path"] == str(SEED)
    assert data["source"]["bytes"] == SEED.stat().st_size
    assert len(data["source"]["sha256"]) == 64
    assert data["authors"] == [{"name": "Ryan Morgan"}]


def test_parse_json_keeps_non_ascii(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", str(SEED), "--json"])
    assert "West’s" in result.stdout and "\\u2019" not in result.stdout


def test_parse_json_several_files_is_an_array(runner: CliRunner, tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text(SHORT, encoding="utf-8")
    result = runner.invoke(cli, ["parse", str(SEED), str(other), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [d["source"]["path"] for d in data] == [str(SEED), str(other)]


def test_parse_jsonl_one_line_per_input_in_order(runner: CliRunner, tmp_path: Path) -> None:
    paths = []
    for name in ("c.txt", "a.txt", "b.txt"):
        p = tmp_path / name
        p.write_text(SHORT.replace("Monday", name), encoding="utf-8")
        paths.append(str(p))
    result = runner.invoke(cli, ["parse", *paths, "--jsonl"])
    lines = result.stdout.splitlines()
    assert [json.loads(x)["source"]["path"] for x in lines] == paths  # argument order is kept


def test_parse_folder_reads_txt_files_sorted(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md"):
        (tmp_path / name).write_text(SHORT, encoding="utf-8")
    result = runner.invoke(cli, ["parse", str(tmp_path), "--jsonl"])
    names = [Path(json.loads(x)["source"]["path"]).name for x in result.stdout.splitlines()]
    assert names == ["a.txt", "b.txt"]


def test_parse_stdin(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", "-", "--json"], input=SHORT)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"]["path"] is None
    assert data["headline"] == "Storm closes schools"
    assert [a["name"] for a in data["authors"]] == ["Jane Doe"]
    assert data["paragraphs"][0]["text"].startswith("Heavy snow closed every school")


def test_parse_without_flags_prints_a_summary(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", str(SEED)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].strip().startswith("Zelenskyy Expresses Frustration")
    assert "Ryan Morgan" in result.stdout and "23 paragraphs" in result.stdout


def test_missing_file_is_one_line_error_after_the_others(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", "no-such-file.txt", str(SEED), "--jsonl"])
    assert result.exit_code == 1
    assert "articlecli: no-such-file.txt: not found" in result.stderr
    assert "Traceback" not in result.stderr
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert records[0] == {
        "source": {"path": "no-such-file.txt", "bytes": None, "sha256": None, "encoding": None},
        "error": "not found",
    }
    assert records[1]["headline"].startswith("Zelenskyy")


def test_directory_where_a_file_is_expected(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "story.txt"
    folder.mkdir()
    result = runner.invoke(cli, ["parse", str(tmp_path / "*.txt"), "--json"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[0].endswith("story.txt: is a directory")


def test_undecodable_bytes_are_refused_with_a_reason(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = runner.invoke(cli, ["parse", str(binary), str(SEED), "--json"])
    assert result.exit_code == 1
    assert f"articlecli: {binary}: not text" in result.stderr
    assert json.loads(result.stdout)[0]["headline"].startswith("Zelenskyy")


def test_json_and_jsonl_together_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", str(SEED), "--json", "--jsonl"])
    assert result.exit_code == 2


def test_no_paths_is_a_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["parse"]).exit_code == 2


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout
