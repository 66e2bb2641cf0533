"""What a run says: the JSON shape for one file or many, the summary line, counts a person reads,
inputs that hold no article, --now, --table, and the hint when stdin is a terminal."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from articlecli.cli import cli

from .conftest import GOLDEN

WIRE = (GOLDEN / "wire_harbor.txt").read_text(encoding="utf-8")
SHORT = (
    "Storm closes schools\n\nBy Jane Doe\n\nHeavy snow closed every school in the county on Monday, officials said.\n"
)
RELATIVE = (
    "Storm closes schools\n\nBy Jane Doe\n\nPublished 2 hours ago\n\n"
    "Heavy snow closed every school in the county on Monday, officials said.\n"
)
# A file that is text but not an article: no headline, no body paragraph.
NOT_AN_ARTICLE = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
SECONDS = re.compile(r", \d+\.\d s")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(path: Path, text: str = SHORT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def stderr_lines(result: object) -> list[str]:
    """stderr with the run's duration taken out of the summary line."""
    return SECONDS.sub("", result.stderr).splitlines()  # type: ignore[attr-defined]


# --- issue 14 item 11: the shape of --json ----------------------------------------------------------


@pytest.mark.parametrize("arg", ["{dir}", "{dir}/*.txt", "{dir}/story.*"], ids=["folder", "glob", "glob-one"])
@pytest.mark.parametrize("command", [["parse", "--json"], ["export", "-f", "json"]], ids=["parse", "export"])
def test_a_folder_or_glob_gives_an_array_even_for_one_match(
    runner: CliRunner, tmp_path: Path, arg: str, command: list[str]
) -> None:
    write(tmp_path / "story.txt")
    result = runner.invoke(cli, [command[0], arg.format(dir=tmp_path), *command[1:]])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [article["headline"] for article in data] == ["Storm closes schools"]


def test_one_file_argument_gives_one_object_and_export_agrees(runner: CliRunner, tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt")
    parsed = runner.invoke(cli, ["parse", str(story), "--json"]).stdout
    exported = runner.invoke(cli, ["export", str(story), "-f", "json"]).stdout
    assert json.loads(parsed)["headline"] == "Storm closes schools"
    assert exported == parsed
    write(tmp_path / "wire.txt", WIRE)
    parsed = runner.invoke(cli, ["parse", str(tmp_path), "--json"]).stdout
    assert runner.invoke(cli, ["export", str(tmp_path), "-f", "json"]).stdout == parsed
    assert [a["headline"][:6] for a in json.loads(parsed)] == ["Storm ", "Harbor"]


# --- item 14: the summary line ----------------------------------------------------------------------


def test_the_summary_counts_inputs_parsed_and_failed(runner: CliRunner, tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt")
    result = runner.invoke(cli, ["parse", str(good), str(tmp_path / "missing.txt"), "--jsonl"])
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"articlecli: {tmp_path}/missing.txt: not found", "2 inputs: 1 parsed, 1 failed"]


def test_one_input_that_fails_still_gets_a_summary(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["parse", str(empty)])
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"articlecli: {empty}: empty", "1 input: 0 parsed, 1 failed"]


def test_a_refused_overwrite_is_worded_as_such(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt")
    write(tmp_path / "in" / "b.txt", WIRE)
    out = tmp_path / "out"
    write(out / "a.md", "kept\n")
    result = runner.invoke(cli, ["export", str(tmp_path / "in"), "-f", "markdown", "-o", f"{out}/"])
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"articlecli: {out}/a.md: exists (use --force to overwrite)",
        "2 inputs: 2 parsed, 0 failed, 1 existing file not overwritten",
    ]
    assert (out / "a.md").read_text(encoding="utf-8") == "kept\n"
    assert (out / "b.md").read_text(encoding="utf-8").startswith("# Harbor town")


# --- item 29: inputs that hold no article -------------------------------------------------------------


def test_inputs_with_no_article_are_counted(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    for name in ("passwd.txt", "group.txt", "hosts.txt"):
        write(tmp_path / name, NOT_AN_ARTICLE)
    result = runner.invoke(cli, ["parse", str(tmp_path), "--jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 4
    assert stderr_lines(result) == ["4 inputs: 4 parsed, 0 failed, 3 with no article found"]


def test_strict_makes_an_input_with_no_article_a_failure(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    passwd = write(tmp_path / "passwd.txt", NOT_AN_ARTICLE)
    result = runner.invoke(cli, ["parse", str(tmp_path), "--jsonl", "--strict"])
    assert result.exit_code == 1
    reason = "no article found (no headline, no body paragraph)"
    assert stderr_lines(result) == [f"articlecli: {passwd}: {reason}", "2 inputs: 1 parsed, 1 failed"]
    assert json.loads(result.stdout.splitlines()[1])["error"] == reason


# --- item 19: plurals ---------------------------------------------------------------------------------


ONE_OF_EACH = """Storm closes every school in the county

By Jane Doe

Children play in the snow outside Lincoln Elementary on Monday. (Photo: John Roe/AP)

Heavy snow closed every school in the county on Monday, and officials said the roads would stay \
closed until at least Wednesday morning.

Plows worked through the night on the main routes, but side streets in the northern half of the \
county were still buried by noon.

What comes next

"We will reopen when the roads are safe for buses and for families who walk," Superintendent Ann \
Lee said in a statement on Monday.

The district will post updates on its website each morning by six.
"""


def test_the_summary_of_an_article_says_1_heading_1_quote_1_caption(runner: CliRunner, tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt", ONE_OF_EACH)
    result = runner.invoke(cli, ["parse", str(story)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "  4 paragraphs, 1 heading, 1 caption, 1 quote, 83 words"
    shown = runner.invoke(cli, ["show", str(story), "--plain", "--width", "80"]).stdout
    assert "4 paragraphs, 1 heading, 1 caption, 1 quote, 83 words, 1 min read" in shown.splitlines()


# --- item 16: --now ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "published"),
    [
        ("2024-05-01T12:00+02:00", "2024-05-01T10:00+02:00"),
        ("2024-05-01T10:00Z", "2024-05-01T08:00+00:00"),
        ("2024-05-01T10:00", "2024-05-01T08:00+00:00"),  # no offset: UTC
        ("2024-05-01 10:00:00", "2024-05-01T08:00+00:00"),
    ],
)
def test_now_accepts_iso_8601_with_an_offset_or_z(runner: CliRunner, tmp_path: Path, now: str, published: str) -> None:
    story = write(tmp_path / "story.txt", RELATIVE)
    result = runner.invoke(cli, ["parse", str(story), "--json", "--now", now])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["published"] == published


def test_now_that_is_not_iso_8601_is_a_usage_error_and_help_says_datetime(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["parse", "-", "--now", "yesterday"], input=SHORT)
    assert result.exit_code == 2
    assert "'yesterday' is not an ISO 8601 date or time" in result.stderr
    help_text = runner.invoke(cli, ["parse", "--help"]).stdout
    assert "--now DATETIME" in help_text and "%Y" not in help_text


# --- item 18: --table only where a format has tables ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "html", "text"])
def test_table_with_a_format_without_tables_is_a_usage_error(runner: CliRunner, fmt: str) -> None:
    result = runner.invoke(cli, ["export", "-", "-f", fmt, "--table", "quotes"], input=SHORT)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        result.stderr.splitlines()[-1] == f"Error: --table is for formats with tables (csv, parquet); -f {fmt} has none"
    )
    csv = runner.invoke(cli, ["export", "-", "-f", "csv", "--table", "captions"], input=SHORT)
    assert csv.exit_code == 0 and csv.stdout.splitlines() == ["path,index,text,credit"]


# --- item 24: stdin at a terminal --------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_stdin_at_a_terminal_gives_a_one_line_hint(runner: CliRunner) -> None:
    piped = runner.invoke(cli, ["parse", "-", "--json"], input=SHORT)
    assert piped.exit_code == 0 and piped.stderr == ""  # from a pipe or a file: no hint
    leader, follower = os.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "articlecli", "parse", "-", "--json"],
            stdin=follower,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        os.write(leader, SHORT.replace("\n", "\r").encode() + b"\x04")  # typed, then Ctrl-D
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 0
    assert err == (
        "articlecli: <stdin>: reading an article from the terminal; end it with Ctrl-D (or give a file instead of -)\n"
    )
    assert json.loads(out)["headline"] == "Storm closes schools"


def test_every_command_built_later_answers_to_the_name_it_is_listed_under() -> None:
    """Commands are built when first asked for; the name a user types is the one `--help` lists."""
    ctx = click.Context(cli)
    names = cli.list_commands(ctx)
    assert {"parse", "show", "export", "schema"} <= set(names)
    for name in names:
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name


def test_a_command_built_later_is_found_by_the_name_it_was_registered_under() -> None:
    """The name is given, not derived from the builder's function name (`_build_two_words` is not `two-words`)."""
    group = type(cli)(name="demo")

    @group.later("two-words")
    def _build_two_words() -> click.Command:
        return click.Command("two-words", callback=lambda: click.echo("built"))

    assert group.list_commands(click.Context(group)) == ["two-words"]
    result = CliRunner().invoke(group, ["two-words"])
    assert result.exit_code == 0 and result.output == "built\n"
