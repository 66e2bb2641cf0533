"""The installed command end to end, in a real process: `python -m articlecli` runs the same
`main()` as the `articlecli` script, which flushes its output and leaves without the
interpreter's teardown (see `cli.main`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import GOLDEN

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_54b3b94515d101ea.txt"
WIRE = GOLDEN / "wire_harbor.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "articlecli", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_parse_prints_the_whole_article_and_exits_0() -> None:
    done = run("parse", str(SEED), "--json")
    assert done.returncode == 0, done.stderr
    article = json.loads(done.stdout)
    assert article["headline"] and len(article["quotes"]) == 9
    assert done.stderr == ""


def test_a_bad_file_is_one_line_on_stderr_then_the_summary_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    done = run("parse", str(bad), "--json")
    assert done.returncode == 1
    assert done.stdout == ""
    error, summary = done.stderr.splitlines()
    assert error == f"articlecli: {bad}: not text"
    assert summary.startswith("1 input: 0 parsed, 1 failed, ")


def test_long_output_is_flushed_completely(tmp_path: Path) -> None:
    text = WIRE.read_text(encoding="utf-8")
    for i in range(60):
        (tmp_path / f"a{i:02d}.txt").write_text(text.replace("Harbor town", f"Town {i:02d}"), encoding="utf-8")
    done = run("parse", str(tmp_path), "--jsonl", "-q")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 60 and all(json.loads(line)["headline"].startswith("Town") for line in lines)


def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path: Path) -> None:
    text = WIRE.read_text(encoding="utf-8")
    for i in range(200):
        (tmp_path / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    cmd = [sys.executable, "-m", "articlecli", "parse", str(tmp_path), "--jsonl", "-q"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # like `| head -1`
        err = proc.stderr.read().decode()
        status = proc.wait(timeout=120)
    assert json.loads(first)["headline"]
    assert status == 0 and "Traceback" not in err


def test_stdin_and_version() -> None:
    done = run("parse", "-", "--json", stdin=WIRE.read_text(encoding="utf-8"))
    assert done.returncode == 0 and json.loads(done.stdout)["headline"]
    assert run("--version").stdout.startswith("articlecli")


def test_parse_is_the_function_and_every_module_is_importable_by_name() -> None:
    # `articlecli.parse` is the public function; the module that defines it must not share its
    # name, or `import articlecli.<module> as m` would hand back the function instead
    import importlib

    import articlecli

    assert callable(articlecli.parse) and articlecli.parse.__module__ == "articlecli.pipeline"
    package = Path(articlecli.__file__).parent
    for path in sorted(package.glob("*.py")):
        if path.stem not in ("__init__", "__main__"):
            module = importlib.import_module(f"articlecli.{path.stem}")
            assert getattr(articlecli, path.stem, module) is module, f"articlecli.{path.stem} is shadowed"
