"""Speed in instructions (valgrind), which a shared, noisy machine does not move: warm parsing and start-up,
each against a reference measured in the same run.

    python bench/instructions.py                    # this checkout (as it is) against the reference commit
    python bench/instructions.py --ref HEAD         # ... against the last commit
    python bench/instructions.py --stride 8 --no-startup

Warm: the instructions of one `parse()` pass over every STRIDE-th dev article (the probe pages when the corpus is
not beside the repository), every `functools` cache cleared before the pass, as one pass of a fresh process would
find them; it is the difference between a process parsing them twice and one parsing them once, so that imports
and first use are not counted. Start-up: `articlecli parse seed --json` against `python -c "import click, regex,
json"` (the installed command, as `make bench` runs it). The reference is run from a git worktree of its commit in
a temporary folder; bytecode is compiled before counting, and the start-up's pattern cache written. #12 bounds
warm parsing at 1.05x the reference and start-up at 1.5x the baseline.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
SEED = "seeds/000_54b3b94515d101ea.txt"
# The code the speed budgets of #12 are set against: the classifier as it was when the issue was filed, moved
# into its package (its parent, one module, recompiles its patterns when the caches are cleared: 2.6 G a pass).
REFERENCE = "d4eb153"

# One process: import, then PASSES warm passes over the texts, each after clearing every functools cache (found
# once: a scan of every object per pass would be counted in the pass).
_PASSES = """
import functools, gc, sys
from articlecli import parse
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
caches = [o for o in gc.get_objects() if isinstance(o, functools._lru_cache_wrapper)]
for _ in range(int(sys.argv[1])):
    for cache in caches:
        cache.cache_clear()
    for text in texts:
        parse(text)
"""


def environment(code: Path | None, *, installed: bool) -> dict[str, str]:
    """The environment of a run, the package imported from `code` and hash order fixed. `installed`: as pip
    leaves a package, its pattern cache written beside the bytecode and read back; else it is only read (the
    counted warm passes: some references rewrote their cache file whenever a cleared cache rebuilt a pattern)."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    if installed:
        del env["PYTHONDONTWRITEBYTECODE"]
    if code is not None:
        env["PYTHONPATH"] = str(code)
    return env


def instructions(argv: list[str], code: Path | None, *, installed: bool) -> int:
    """The instructions valgrind counts for one run of `argv` (the package imported from `code`)."""
    env = environment(code, installed=installed)
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *argv]
    out = subprocess.run(cmd, env=env, cwd=code or ROOT, capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise SystemExit(f"instructions: valgrind printed no count for {argv[:3]}")
    return int(found.group(1).replace(",", ""))


def warm_pass(code: Path, texts: list[str]) -> int:
    once = [sys.executable, "-c", _PASSES, "1", *texts]
    twice = [sys.executable, "-c", _PASSES, "2", *texts]
    # the pattern cache written first, as an installed package has it (a reference that rebuilds a cleared cache's
    # patterns without it compiles them again every pass: twice the instructions)
    subprocess.run(once, env=environment(code, installed=True), cwd=code, check=True)
    return instructions(twice, code, installed=False) - instructions(once, code, installed=False)


def startup(code: Path) -> int:
    argv = [str(Path(sys.executable).parent / "articlecli"), "parse", SEED, "--json"]
    subprocess.run(argv, env=environment(code, installed=True), cwd=code, check=True, capture_output=True)
    return instructions(argv, code, installed=True)


def checkout(commit: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(into), commit], check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(into / "articlecli")], check=True)
    return into


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ref", default=REFERENCE, help=f"the reference commit (default {REFERENCE})")
    ap.add_argument("--stride", type=int, default=4, help="every STRIDE-th article (default 4)")
    ap.add_argument("--no-startup", action="store_true", help="warm parsing only")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 1
    if DEV.is_dir():
        texts = sorted(str(p) for p in DEV.glob("*/input.txt"))[:: args.stride]
    else:
        texts = sorted(str(p) for p in (ROOT / "tests" / "probes").glob("*.txt"))[:: args.stride]
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "articlecli")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        ref = checkout(args.ref, Path(tmp) / "ref")
        try:
            here, there = warm_pass(ROOT, texts), warm_pass(ref, texts)
            print(
                f"warm pass, {len(texts)} articles: {here / 1e9:.4f} G against {there / 1e9:.4f} G at {args.ref}: "
                f"{here / there:.3f}x (bound 1.05x)"
            )
            if not args.no_startup:
                base = instructions([sys.executable, "-c", "import click, regex, json"], None, installed=True)
                cold = startup(ROOT)
                print(
                    f"start-up, parse seed --json: {cold / 1e6:.1f} M against {base / 1e6:.1f} M: "
                    f"{cold / base:.2f}x (bound 1.5x)"
                )
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(ref)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
