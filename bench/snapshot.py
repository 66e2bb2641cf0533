"""Write the JSON of every dev article, fixture, golden input, probe page and seed to one folder, each with
and without `--explain`, to diff two builds.

A pure move or rename must leave every file byte-identical:

    python bench/snapshot.py /tmp/before      # on the commit before
    python bench/snapshot.py /tmp/after       # on the commit after
    diff -r /tmp/before /tmp/after
"""

from __future__ import annotations

import sys
from pathlib import Path

from articlecli import ParseOptions
from articlecli.cli import dumps
from articlecli.sources import SourceRef, process

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
NOW_OPTIONS = ParseOptions()
EXPLAIN_OPTIONS = NOW_OPTIONS._replace(explain=True)


def inputs() -> list[tuple[str, Path]]:
    found = [(f"dev/{p.parent.name}", p) for p in sorted(DEV.glob("*/input.txt"))]
    for folder in ("tests/golden", "tests/fixtures/exports", "tests/probes", "seeds"):
        found += [(f"{folder}/{p.stem}", p) for p in sorted((ROOT / folder).glob("*.txt"))]
    return found


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    items = inputs()
    for name, path in items:
        for suffix, options in (("", NOW_OPTIONS), (".explain", EXPLAIN_OPTIONS)):
            records = list(process(SourceRef(str(path)), options))
            for rec in records:
                rec.get("source", {}).pop("path", None)
            target = out / (name.replace("/", "__") + suffix + ".json")
            target.write_text("\n".join(dumps(r, indent=1) for r in records) + "\n", encoding="utf-8")
    if not any(n.startswith("dev/") for n, _ in items):
        print("snapshot: no ../shared/eval/dev corpus here; fixtures only", file=sys.stderr)
    print(f"snapshot: {len(items)} inputs written to {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/snapshot.py OUT_DIR")
    main(Path(sys.argv[1]))
