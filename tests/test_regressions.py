"""Inputs that once broke articlecli (found by `make fuzz` or by hand), and hostile inputs for the CLI.

Each must end with output or a one-line error: never an exception, a traceback or a hang.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlecli import Article, DocumentError, ParseOptions, parse, parse_all
from articlecli.cli import cli
from articlecli.layouts import LAYOUTS


# found by bench/fuzz.py: an empty text read as an export had no document at all (IndexError)
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("text", ["", "\n\n", "End of Document", "HD\n", "Document ABCDEFGHIJKLMNOPQRSTUV\n"])
def test_empty_or_bare_exports(layout: str, text: str) -> None:
    results = parse_all(text, ParseOptions(layout=layout))
    assert results and all(isinstance(r, Article | DocumentError) for r in results)
    assert isinstance(parse(text, ParseOptions(layout=layout)), Article)


PATHOLOGICAL = {
    "1 MB line": ("word " * 200_000)[:1_000_000],
    "100,000 unbalanced quote marks": 'He said “ and ‘ then " ' * 20_000,
    "50,000 lines of By": "By By By\n" * 50_000,
    "very long words": ("x" * 100_000 + " ") * 10,
    "repeated punctuation": "!?.,;:—“”‘’()[]" * 70_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_text_finishes(name: str) -> None:
    # bounded time is measured by `make bench`; here: it finishes, and the output is sane
    article = parse(PATHOLOGICAL[name])
    json.dumps(article.to_dict())


# ------------------------------------------------------------------ hostile CLI inputs
def _run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_with_no_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, out, err = _run(["parse", str(fifo), "--json"])
    assert code == 1 and out == ""
    assert err.splitlines()[0] == f"articlecli: {fifo}: empty"
    # inside a folder it is skipped, not waited on
    (tmp_path / "story.txt").write_text("Headline here\n\nBy Jane Doe\n\nThe story text, long enough.\n")
    code, out, err = _run(["parse", str(tmp_path), "--jsonl", "-q"])
    assert code == 0
    assert [json.loads(line)["headline"] for line in out.splitlines()] == ["Headline here"]


def test_a_folder_with_no_matching_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not a story\n")
    code, out, err = _run(["parse", str(tmp_path), "--jsonl"])
    assert code == 1
    assert json.loads(out)["error"] == "no files matching *.txt in this folder"
    assert err.splitlines()[0].endswith("no files matching *.txt in this folder")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_gives_valid_json(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad\xffname.txt")
    (tmp_path / name).write_text("Headline here\n\nBy Jane Doe\n\nThe story text, long enough.\n")
    code, out, _ = _run(["parse", str(tmp_path), "--jsonl", "-q"])
    assert code == 0
    out.encode("utf-8")  # no lone surrogates
    assert json.loads(out)["source"]["path"].endswith("bad\ufffdname.txt")


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "--now", "yesterday", "x.txt"],
        ["parse", "--jobs", "-1", "x.txt"],
        ["parse", "--max-bytes", "0", "x.txt"],
        ["export", "-f", "pdf", "x.txt"],
        ["show", "--width", "abc", "x.txt"],
        ["nonsense"],
    ],
)
def test_bad_options_are_one_usage_error(args: list[str]) -> None:
    code, out, err = _run(args)
    assert code == 2
    assert "Traceback" not in out + err
    assert "Error:" in err
