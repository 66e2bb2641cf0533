"""Walking folders (--recursive, `**` globs): each real folder once, links to folders followed only
when asked, a link cycle reported in one line, and a walk that always ends."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlecli.cli import cli
from articlecli.sources import iter_sources

SHORT = (
    "Storm closes schools\n\nBy Jane Doe\n\nHeavy snow closed every school in the county on Monday, officials said.\n"
)


def write(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SHORT, encoding="utf-8")


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """news/top.txt, news/world/deep.txt, links back up (relative and absolute), and a link out."""
    root = tmp_path / "news"
    write(root / "top.txt")
    write(root / "world" / "deep.txt")
    write(tmp_path / "elsewhere" / "far.txt")
    (root / "world" / "up").symlink_to("..")
    (root / "world" / "home").symlink_to(root)  # absolute
    (root / "sport").symlink_to(root / "world")  # a second way into a folder walked already
    (root / "outside").symlink_to(tmp_path / "elsewhere")
    return root


def paths(root: Path, **options: bool) -> list[str]:
    return [str(Path(ref.path or "").relative_to(root)) for ref in iter_sources([str(root)], **options)]


def test_recursive_walks_each_real_folder_once_and_leaves_links_to_folders(news: Path) -> None:
    warnings: list[tuple[str, str]] = []
    found = paths(news, recursive=True, warn=lambda *w: warnings.append(w))  # type: ignore[arg-type]
    assert found == ["top.txt", "world/deep.txt"]
    assert warnings == []


def test_follow_links_enters_a_link_once_and_reports_each_cycle(news: Path) -> None:
    warnings: list[tuple[str, str]] = []
    found = paths(news, recursive=True, follow_links=True, warn=lambda *w: warnings.append(w))  # type: ignore[arg-type]
    assert found == ["outside/far.txt", "top.txt", "world/deep.txt"]  # world/ by its own name, not sport/
    assert warnings == [
        (f"{news}/world/home", f"a link back to {news} (a cycle); not followed"),
        (f"{news}/world/up", f"a link back to {news} (a cycle); not followed"),
    ]


@pytest.mark.parametrize(
    ("args", "found"),
    [
        (["{news}", "--recursive"], ["top.txt", "world/deep.txt"]),
        (["{news}/**/*.txt"], ["top.txt", "world/deep.txt"]),
        (["{news}", "--recursive", "--follow-links"], ["outside/far.txt", "top.txt", "world/deep.txt"]),
        (["{news}/**/*.txt", "--follow-links"], ["outside/far.txt", "top.txt", "world/deep.txt"]),
    ],
)
def test_the_command_ends_with_each_article_once(news: Path, args: list[str], found: list[str]) -> None:
    # in a process of its own: a walk that looped would be stopped here rather than hang the suite
    done = subprocess.run(
        [sys.executable, "-m", "articlecli", "parse", *(a.format(news=news) for a in args), "--jsonl"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0
    got = [str(Path(json.loads(line)["source"]["path"]).relative_to(news)) for line in done.stdout.splitlines()]
    assert got == found
    cycles = [line for line in done.stderr.splitlines() if "(a cycle)" in line]
    assert cycles == (
        [
            f"articlecli: {news}/world/home: a link back to {news} (a cycle); not followed",
            f"articlecli: {news}/world/up: a link back to {news} (a cycle); not followed",
        ]
        if "--follow-links" in args
        else []
    )


def test_a_link_to_a_file_is_still_read(tmp_path: Path) -> None:
    write(tmp_path / "real" / "a.txt")
    (tmp_path / "real" / "b.txt").symlink_to(tmp_path / "real" / "a.txt")
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real")
    result = CliRunner().invoke(cli, ["parse", str(tmp_path / "real"), "-r", "--jsonl", "-q"])
    assert result.exit_code == 0
    assert [Path(json.loads(x)["source"]["path"]).name for x in result.stdout.splitlines()] == ["a.txt", "b.txt"]
