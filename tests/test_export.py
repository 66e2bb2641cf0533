"""`articlecli export` in every format, to stdout, to a file and to a folder; and `show`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from articlecli import ParseOptions
from articlecli.cli import cli
from articlecli.export import to_markdown
from articlecli.render import show
from articlecli.sources import SourceRef, process

from .conftest import GOLDEN, SEEDS

SEED = SEEDS / "000_54b3b94515d101ea.txt"
WIRE = GOLDEN / "wire_harbor.txt"

TRICKY = """Council splits, 5-4, on "quiet hours" rule

By Jane Doe

The council voted 5-4 on Tuesday to adopt the rule, which bans "loud, amplified music" after 10 p.m.

"It's a compromise, not a victory," said Councilwoman Ana Ruiz. "Nobody got everything."

A reader wrote in: <script>alert("x")</script> & that was that.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def tricky(tmp_path: Path) -> Path:
    path = tmp_path / "tricky.txt"
    path.write_text(TRICKY, encoding="utf-8")
    return path


def test_csv_articles_round_trips_commas_quotes_and_newlines(runner: CliRunner, tricky: Path) -> None:
    result = runner.invoke(cli, ["export", str(tricky), str(SEED), "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["path"] for r in rows] == [str(tricky), str(SEED)]
    assert rows[0]["headline"] == 'Council splits, 5-4, on "quiet hours" rule'
    assert rows[0]["authors"] == "Jane Doe"
    assert rows[1]["authors"] == "Ryan Morgan"
    assert rows[1]["paragraphs"] == "23" and rows[1]["captions"] == "3" and rows[1]["quotes"] == "9"
    assert list(rows[0]) == [
        "path",
        "index",
        "headline",
        "deck",
        "authors",
        "published",
        "updated",
        "paragraphs",
        "quotes",
        "captions",
        "words",
        "error",
    ]


def test_csv_quotes_table(runner: CliRunner, tricky: Path) -> None:
    result = runner.invoke(cli, ["export", str(tricky), "-f", "csv", "--table", "quotes"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["speaker"] == "Ana Ruiz" and rows[0]["cue"] == "said"
    assert rows[0]["text"] == "It's a compromise, not a victory,"


def test_csv_captions_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", str(SEED), "-f", "csv", "--table", "captions"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["credit"] for r in rows] == [
        "Christoph Soeder/Pool Photo via AP",
        "Andrii Marienko/AP",
        "Valentyn Ogirenko/Reuters",
    ]


def test_csv_newlines_inside_fields_are_quoted(tmp_path: Path, runner: CliRunner) -> None:
    record = process(SourceRef(str(SEED)), ParseOptions())[0]
    record["headline"] = 'Line one\nLine two, with a comma and a "quote"'
    from articlecli.export import CSV_COLUMNS, csv_rows

    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS["articles"], extrasaction="ignore")
    writer.writeheader()
    writer.writerows(csv_rows(record, "articles"))
    (row,) = csv.DictReader(io.StringIO(buf.getvalue(), newline=""))
    assert row["headline"] == record["headline"]


def test_html_is_escaped_and_standalone(runner: CliRunner, tricky: Path) -> None:
    result = runner.invoke(cli, ["export", str(tricky), "-f", "html"])
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; that was that." in page
    assert '<span class="speaker">[Ana Ruiz]</span>' in page


@pytest.mark.parametrize(
    ("inputs", "title"),
    [
        (["wire"], "<title>Harbor town votes to rebuild seawall after winter storms</title>"),
        (["tricky"], "<title>Council splits, 5-4, on &quot;quiet hours&quot; rule</title>"),
        (["wire", "missing"], "<title>Articles</title>"),  # a page for two file arguments
        (["wire", "tricky"], "<title>Articles</title>"),
    ],
)
def test_html_page_is_titled_with_the_headline_of_its_one_article(
    runner: CliRunner, tricky: Path, inputs: list[str], title: str
) -> None:
    paths = {"wire": str(WIRE), "tricky": str(tricky), "missing": str(tricky.parent / "missing.txt")}
    result = runner.invoke(cli, ["export", *(paths[i] for i in inputs), "-f", "html"])
    assert result.exit_code == (1 if "missing" in inputs else 0)
    assert [line for line in result.stdout.split("\n") if line.startswith("<title>")] == [title]
    assert result.stdout.count("<article>") == len(set(inputs) - {"missing"})


def test_markdown(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", str(WIRE), "-f", "markdown"])
    md = result.stdout
    assert md.startswith("# Harbor town votes to rebuild seawall after winter storms\n")
    assert "## Who pays" in md
    assert "> *Image: Waves crash over the old seawall" in md and "(Robert Kane/AP)*" in md
    assert "“We have waited long enough,” said Harbor Commissioner Ellen Marsh" in md  # quotes unchanged


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("A reader wrote in: <script>alert(1)</script>", r"A reader wrote in: \<script\>alert(1)\</script\>"),
        ("Prices rose *sharply*, the __report__ said.", r"Prices rose \*sharply\*, the \_\_report\_\_ said."),
        ("See [the report](https://example.org) for details.", r"See \[the report\](https://example.org) for details."),
        ("Run `rm -rf` and see ~5% to ~10% gone.", r"Run \`rm -rf\` and see \~5% to \~10% gone."),
        ("Fish &amp; chips cost a pound.", r"Fish \&amp; chips cost a pound."),
        (r"A path C:\temp\new", r"A path C:\\temp\\new"),
        ("#1 seed wins again.", r"\#1 seed wins again."),
        ("> not a quote", r"\> not a quote"),
        ("- not a list item", r"\- not a list item"),
        ("+ neither is this", r"\+ neither is this"),
        ("* nor this", r"\* nor this"),
        ("1. not a numbered item", r"1\. not a numbered item"),
        ("2024) was a year", r"2024\) was a year"),
        ("===", r"\==="),
        (
            "Plain text, with (brackets), 5-4 votes and a #hashtag.",
            "Plain text, with (brackets), 5-4 votes and a #hashtag.",
        ),
    ],
)
def test_markdown_escapes_what_markdown_would_read_as_markup(text: str, markdown: str) -> None:
    record = {"headline": None, "deck": None, "authors": [], "published": None, "updated": None}
    record["body"] = [{"type": "paragraph", "text": text, "line": 1, "index": 0}]
    assert to_markdown(record) == markdown + "\n"
    # and a Markdown reader (CommonMark, with strikethrough) gives the text back as one plain paragraph
    from html import escape

    from markdown_it import MarkdownIt

    assert MarkdownIt("commonmark").enable("strikethrough").render(markdown) == f"<p>{escape(text)}</p>\n"


def test_markdown_escapes_raw_html_from_the_cli(runner: CliRunner, tricky: Path) -> None:
    result = runner.invoke(cli, ["export", str(tricky), "-f", "markdown"])
    assert result.exit_code == 0
    assert r'A reader wrote in: \<script\>alert("x")\</script\> \& that was that.' in result.stdout.split("\n")


def test_text(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", str(WIRE), "-f", "text"])
    text = result.stdout
    assert text.splitlines()[0] == "Harbor town votes to rebuild seawall after winter storms"
    assert "Advertisement" not in text and "Share" not in text.split("\n\n")[3]


def test_text_keeps_captions_and_end_notes_in_reading_order(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["export", str(WIRE), "-f", "text"])
    blocks = result.stdout.split("\n\n")
    caption = next(b for b in blocks if b.startswith("[Image: "))
    assert caption.startswith("[Image: Waves crash over the old seawall in Porthaven, Maine,")
    assert caption.endswith(" (Robert Kane/AP)]")
    assert blocks[blocks.index(caption) - 1].startswith("“We have waited long enough,”")
    assert blocks[-1].startswith("Associated Press writer David Sharp in Portland contributed")


def test_json_and_jsonl(runner: CliRunner) -> None:
    one = runner.invoke(cli, ["export", str(WIRE), str(SEED), "-f", "json"])
    assert [r["headline"][:6] for r in json.loads(one.stdout)] == ["Harbor", "Zelens"]
    lines = runner.invoke(cli, ["export", str(WIRE), str(SEED), "-f", "jsonl"]).stdout.splitlines()
    assert [json.loads(x)["source"]["path"] for x in lines] == [str(WIRE), str(SEED)]


def test_output_file_is_written_and_not_overwritten_without_force(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert runner.invoke(cli, ["export", str(SEED), "-f", "csv", "-o", str(out)]).exit_code == 0
    first = out.read_text(encoding="utf-8")
    assert first.startswith("path,index,headline")
    again = runner.invoke(cli, ["export", str(WIRE), "-f", "csv", "-o", str(out)])
    assert again.exit_code == 1 and "exists (use --force" in again.stderr
    assert out.read_text(encoding="utf-8") == first
    assert runner.invoke(cli, ["export", str(WIRE), "-f", "csv", "-o", str(out), "--force"]).exit_code == 0
    assert "Harbor town" in out.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_folder_mirrors_input_names(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "world").mkdir(parents=True)
    (src / "a.txt").write_text(WIRE.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "world" / "b.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["export", str(src), "--recursive", "-f", "markdown", "-o", f"{out}/"])
    assert result.exit_code == 0, result.output
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.md")) == ["a.md", "world/b.md"]
    assert (out / "world" / "b.md").read_text(encoding="utf-8").startswith("# Zelenskyy")


def test_show_renders_at_80_columns_with_quotes_and_speakers() -> None:
    record = process(SourceRef(str(SEED)), ParseOptions())[0]
    buf = io.StringIO()
    console = Console(file=buf, width=80, force_terminal=False, no_color=True)
    show([record], console)
    out = buf.getvalue()
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Zelenskyy Expresses Frustration" in out
    assert "Ryan Morgan" in out
    assert "[Volodymyr Zelenskyy]" in out and "[Lloyd Austin]" in out
    assert "Photo: Andrii Marienko/AP" in out
    assert "removed 5 lines" in out
    assert "\x1b[" not in out


def test_show_plain_from_the_cli_has_no_escape_codes(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", str(SEED), "--plain", "--width", "80"])
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout and "Zelenskyy’s Push for Long-Range Weapons" in result.stdout


def test_show_in_colour_styles_quotes() -> None:
    record = process(SourceRef(str(WIRE)), ParseOptions())[0]
    buf = io.StringIO()
    show([record], Console(file=buf, width=80, force_terminal=True, color_system="standard"))
    assert "\x1b[" in buf.getvalue()


@pytest.mark.parametrize("args", [["--plain"], []], ids=["plain", "piped"])
def test_show_as_plain_text_has_no_trailing_spaces(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, ["show", str(SEED), "--width", "80", *args])
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    assert [line for line in lines if line.endswith(" ")] == []
    assert "" in lines  # blank lines stay, as empty lines
    assert "by  Ryan Morgan" in lines


FAKE_LESS = """#!/bin/sh
printf 'LESS=%s\\n' "$LESS" > "$PAGED"
cat >> "$PAGED"
"""


def _page(tmp_path: Path, args: list[str], less_env: str | None) -> str:
    """What `show --pager` sends to a pager named `less`, run at a terminal; the first line is its LESS."""
    import os
    import pty
    import subprocess
    import sys

    less = tmp_path / "bin" / "less"
    less.parent.mkdir()
    less.write_text(FAKE_LESS, encoding="utf-8")
    less.chmod(0o755)
    paged = tmp_path / "paged.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("LESS", "NO_COLOR", "PAGER")}
    env.update(PAGER=str(less), PAGED=str(paged), TERM="xterm-256color")
    if less_env is not None:
        env["LESS"] = less_env
    controller, terminal = pty.openpty()
    try:
        cmd = [sys.executable, "-m", "articlecli", "show", str(WIRE), "--pager", "--width", "80", *args]
        done = subprocess.run(cmd, stdin=terminal, stdout=terminal, stderr=subprocess.PIPE, env=env, timeout=60)
    finally:
        os.close(terminal)
        os.close(controller)
    assert done.returncode == 0, done.stderr
    return paged.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "less_env", "want_less", "styled"),
    [
        ([], None, "-R", True),  # LESS unset: colours, and less told to show them
        ([], "-FRX", "-FRX", True),  # the user's LESS shows colours already
        ([], "-X", "-X", False),  # the user's LESS would print escape codes as text: no styles
        (["--plain"], None, "-R", False),
    ],
    ids=["less-unset", "less-R", "less-without-R", "plain"],
)
def test_show_pager_sends_styles_only_to_a_pager_that_shows_them(
    tmp_path: Path, args: list[str], less_env: str | None, want_less: str, styled: bool
) -> None:
    first, _, text = _page(tmp_path, args, less_env).partition("\n")
    assert first == f"LESS={want_less}"
    assert ("\x1b[" in text) is styled
    assert "Harbor" in text
