"""Where output goes, and what a run may not do to files: overwrite an input, overwrite what it
wrote itself, leave a half-written or temp file, or end in a traceback when a write fails."""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlecli import outputs
from articlecli.cli import cli

from .conftest import GOLDEN
from .exportgen import Known, nexis_uni

WIRE = (GOLDEN / "wire_harbor.txt").read_text(encoding="utf-8")
SHORT = (
    "Storm closes schools\n\nBy Jane Doe\n\nHeavy snow closed every school in the county on Monday, officials said.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def files_under(folder: Path) -> list[str]:
    """Every file below `folder` (temp files included), relative and sorted."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def write(path: Path, text: str = SHORT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- issue 14 item 1: two inputs, one output name -------------------------------------------------


def test_two_inputs_with_the_same_name_are_refused_before_anything_is_written(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a" / "x.txt")
    write(tmp_path / "b" / "x.txt", WIRE)
    result = runner.invoke(cli, ["export", "a/x.txt", "b/x.txt", "-o", "out/", "--force"])
    assert result.exit_code == 1
    assert result.stderr == (
        "articlecli: out/x.jsonl: two inputs map to the same output file (a/x.txt and b/x.txt)\n"
        "articlecli: out: nothing written\n"
    )
    assert not (tmp_path / "out").exists()


def test_an_article_never_overwrites_one_this_run_wrote(runner: CliRunner, tmp_path: Path) -> None:
    """An export holding two articles writes x.0 and x.1; a file named x.1.txt maps to x.1 too."""
    known = [
        Known("Harbor town votes to rebuild seawall", ["Ellen Marsh"], "2024-03-01", [WIRE.split("\n\n")[2]], "Coast"),
        Known("School board approves budget", ["Sam Lee"], "2024-03-02", ["The board voted 5-2 on Monday."], "Coast"),
    ]
    inputs = tmp_path / "in"
    write(inputs / "x.txt", nexis_uni(known, random.Random(1)))
    write(inputs / "x.1.txt")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["export", str(inputs), "-f", "text", "-o", f"{out}/", "--force"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (
        f"articlecli: {out}/x.1.txt: two inputs map to the same output file ({inputs}/x.1.txt and {inputs}/x.txt#1)"
    )
    assert lines[1].startswith("2 inputs, 3 articles: 3 parsed, 0 failed, 1 output file not written, ")
    assert files_under(out) == ["x.0.txt", "x.1.txt"]
    assert (out / "x.1.txt").read_text(encoding="utf-8").startswith("Storm closes schools")  # the first kept


# --- item 2: an output that is an input -----------------------------------------------------------


def test_export_into_the_input_folder_is_refused_whatever_the_flags(runner: CliRunner, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    write(archive / "a.txt")
    write(archive / "b.txt", WIRE)
    before = {p.name: p.read_bytes() for p in archive.iterdir()}
    result = runner.invoke(cli, ["export", str(archive), "-f", "text", "-o", f"{archive}/", "--force"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"articlecli: {archive}/a.txt: is one of the inputs; not overwritten\n"
        f"articlecli: {archive}/b.txt: is one of the inputs; not overwritten\n"
        f"articlecli: {archive}: nothing written\n"
    )
    assert {p.name: p.read_bytes() for p in archive.iterdir()} == before


@pytest.mark.parametrize("spelling", ["{dir}/story.txt", "{dir}/../{name}/story.txt", "{dir}/link.txt"])
def test_an_output_file_that_is_an_input_is_refused(runner: CliRunner, tmp_path: Path, spelling: str) -> None:
    story = write(tmp_path / "story.txt")
    (tmp_path / "link.txt").symlink_to(story)
    output = spelling.format(dir=tmp_path, name=tmp_path.name)
    result = runner.invoke(cli, ["export", str(story), "-f", "text", "-o", output, "--force"])
    assert result.exit_code == 1
    assert result.stderr == f"articlecli: {output}: is one of the inputs; not overwritten\n"
    assert story.read_text(encoding="utf-8") == SHORT
    assert files_under(tmp_path) == ["link.txt", "story.txt"]


# --- item 3: write errors -------------------------------------------------------------------------


@pytest.mark.parametrize("output", ["story.txt/out.csv", "story.txt/deeper/out.csv", "story.txt/pages/"])
def test_an_output_path_through_a_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "story.txt")
    result = runner.invoke(cli, ["export", "story.txt", "-f", "csv", "-o", output])
    assert result.exit_code == 1
    shown = output.rstrip("/") if output.endswith("/") else output
    assert result.stderr == f"articlecli: {shown}: cannot create the folder: story.txt is a file\n"
    assert files_under(tmp_path) == ["story.txt"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_an_output_folder_that_cannot_be_created(runner: CliRunner, tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt")
    result = runner.invoke(cli, ["export", str(story), "-f", "html", "-o", "/proc/articlecli-test/pages/"])
    assert result.exit_code == 1
    assert result.stderr == (
        "articlecli: /proc/articlecli-test/pages: cannot create the folder: no such file or directory\n"
    )


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs /sys, where no one may create files")
def test_an_output_file_without_permission(runner: CliRunner, tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt")
    result = runner.invoke(cli, ["export", str(story), "-f", "csv", "-o", "/sys/articlecli-test.csv"])
    assert result.exit_code == 1
    assert result.stderr == "articlecli: /sys/articlecli-test.csv: permission denied\n"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_an_output_folder_without_permission(runner: CliRunner, tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    result = runner.invoke(cli, ["export", str(story), "-f", "csv", "-o", str(locked / "out.csv")])
    assert result.exit_code == 1
    assert result.stderr == f"articlecli: {locked}/out.csv: permission denied\n"


def test_a_write_that_fails_midway_leaves_no_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    with pytest.raises(outputs.OutputError) as caught, outputs.atomic_writer(target) as fh:
        fh.write("path,headline\n")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert (caught.value.path, caught.value.reason) == (str(target), "no space left on device")
    assert files_under(tmp_path) == []


STDOUT_COMMANDS = [
    ["parse", "{story}", "--json"],
    ["parse", "{story}"],
    ["show", "{story}"],
    ["export", "{story}", "-f", "csv"],
    ["--help"],
]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=lambda a: " ".join(a))
def test_a_full_disk_on_stdout_is_one_line_and_exit_1(tmp_path: Path, args: list[str]) -> None:
    story = write(tmp_path / "story.txt")
    argv = [a.format(story=story) for a in args]
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "articlecli", *argv], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120
        )
    assert done.returncode == 1
    assert done.stderr == "articlecli: <stdout>: no space left on device\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_an_output_file_that_is_a_device_is_written_to_not_replaced(runner: CliRunner, tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt")
    result = runner.invoke(cli, ["export", str(story), "-f", "csv", "-o", "/dev/full"])
    assert result.exit_code == 1
    assert result.stderr == "articlecli: /dev/full: no space left on device\n"
    assert Path("/dev/full").is_char_device()
    assert runner.invoke(cli, ["export", str(story), "-f", "csv", "-o", os.devnull]).exit_code == 0


# --- item 4: a run that stops leaves no -o FILE ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json", "html"])
def test_fail_fast_leaves_no_partial_output_file(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    inputs = tmp_path / "in"
    write(inputs / "a.txt")
    (inputs / "b.txt").write_bytes(b"")
    write(inputs / "c.txt", WIRE)
    out = tmp_path / f"all.{fmt}"
    result = runner.invoke(cli, ["export", str(inputs), "-f", fmt, "-o", str(out), "--fail-fast"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"articlecli: {inputs}/b.txt: empty",
        f"articlecli: {out}: not written: the run stopped at the first failure",
    ]
    assert lines[2].startswith("2 inputs: 1 parsed, 1 failed, ") and lines[2].endswith("(stopped at the first failure)")
    assert files_under(tmp_path) == ["in/a.txt", "in/b.txt", "in/c.txt"]
    # without --fail-fast the run goes to its end: the file holds every article that parsed
    assert runner.invoke(cli, ["export", str(inputs), "-f", fmt, "-o", str(out)]).exit_code == 1
    written = out.read_text(encoding="utf-8")
    assert "Storm closes schools" in written and "Harbor town votes" in written


# --- item 15: one error format ----------------------------------------------------------------------


def test_an_existing_output_file_is_reported_like_every_other_error(runner: CliRunner, tmp_path: Path) -> None:
    story = write(tmp_path / "story.txt")
    out = write(tmp_path / "exist.csv", "kept\n")
    result = runner.invoke(cli, ["export", str(story), "-f", "csv", "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"articlecli: {out}: exists (use --force to overwrite)\n"
    assert out.read_text(encoding="utf-8") == "kept\n"


# --- item 13: a closed pipe ---------------------------------------------------------------------------

# Each writes more than a pipe holds (64 KB), so the program is still writing when the reader goes.
PIPE_COMMANDS = [
    ["parse", "{dir}"],
    ["parse", "{dir}", "--json"],
    ["parse", "{dir}", "--jsonl"],
    ["show", "{dir}"],
    ["show", "{dir}", "--plain"],
    ["export", "{dir}", "-f", "markdown"],
    ["export", "{dir}", "-f", "text"],
]


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for i in range(400):
        write(folder / f"a{i:03d}.txt", WIRE.replace("Harbor town", f"Town {i:03d}"))
    return folder


@pytest.mark.parametrize("args", PIPE_COMMANDS, ids=lambda a: " ".join(a[0:1] + a[2:]))
def test_a_reader_that_stops_early_is_a_quiet_exit_0(many: Path, args: list[str]) -> None:
    cmd = [sys.executable, "-m", "articlecli", *(a.format(dir=many) for a in args), "-q"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # like `| head -1`
        err = proc.stderr.read().decode()
        status = proc.wait(timeout=300)
    assert first
    assert status == 0
    assert err == ""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["parse", "--help"], ["parse", "{story}", "--json"], ["show", "{story}"]],
    ids=lambda a: " ".join(a),
)
def test_a_reader_gone_before_the_first_write_is_a_quiet_exit_0(tmp_path: Path, args: list[str]) -> None:
    story = write(tmp_path / "story.txt")
    reader, writer = os.pipe()
    os.close(reader)  # like `| true`, which may end before the program writes
    try:
        done = subprocess.run(
            [sys.executable, "-m", "articlecli", *(a.format(story=story) for a in args)],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert (done.returncode, done.stderr) == (0, "")
