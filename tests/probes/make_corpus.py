"""Lay the probe articles out as a corpus the evaluation scorer reads, checking each expected answer.

Each probe is a pair in this folder: NAME.txt (the page text as a browser gives it) and NAME.json (the
expected answer, in the gold.json format of the dev corpus). The corpus is a folder of NAME/input.txt and
NAME/gold.json:

    python3 tests/probes/make_corpus.py /tmp/probe-corpus
    python3 ../shared/eval/score.py --corpus /tmp/probe-corpus \
        --cmd ".venv/bin/articlecli parse --jsonl --now 2024-05-14T16:00:00" --errors 10

Before writing anything it checks what the corpus build checks: every expected string occurs in the page
after collapsing whitespace, and the answer has the keys of a dev gold.json. A failed check is reported
and nothing is written.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = [
    "id",
    "source",
    "url",
    "site",
    "layout",
    "headline",
    "deck",
    "authors",
    "byline_in_text",
    "published",
    "published_in_text",
    "captions",
    "headings",
    "paragraphs",
    "quotes",
    "quotes_annotated",
    "notes",
]
OPTIONAL_KEYS = {"optional_paragraphs", "optional_captions", "optional_headings", "contributors"}


def collapse(text: str) -> str:
    """The page or a string with every run of whitespace made one space."""
    return " ".join(text.split())


def expected_strings(gold: dict[str, object]) -> list[tuple[str, str]]:
    """(field, string) for every string of the answer that must be printed on the page."""
    found: list[tuple[str, str]] = []
    for field in ("headline", "deck"):
        value = gold.get(field)
        if isinstance(value, str):
            found.append((field, value))
    for field in ("authors", "headings", "paragraphs", "optional_paragraphs", "optional_headings"):
        found += [(field, s) for s in gold.get(field) or [] if isinstance(s, str)]  # type: ignore[attr-defined]
    for field in ("captions", "optional_captions"):
        for cap in gold.get(field) or []:  # type: ignore[attr-defined]
            found += [(field, cap[k]) for k in ("text", "credit") if cap.get(k)]
    found += [("quotes", q["text"]) for q in gold.get("quotes") or []]  # type: ignore[attr-defined]
    found += [("speaker", q["speaker"]) for q in gold.get("quotes") or [] if q.get("speaker")]  # type: ignore[attr-defined]
    return found


def problems(name: str, page: str, gold: dict[str, object]) -> list[str]:
    """What is wrong with one probe's expected answer (an empty list when nothing is)."""
    found = [f"{name}: key {k!r} missing" for k in KEYS if k not in gold]
    found += [f"{name}: unknown key {k!r}" for k in gold if k not in KEYS and k not in OPTIONAL_KEYS]
    flat = collapse(page)
    # a speaker is a name printed in the article, though it may be in lower case (an unnamed source)
    for field, s in expected_strings(gold):
        hay, needle = (flat.casefold(), collapse(s).casefold()) if field == "speaker" else (flat, collapse(s))
        if needle not in hay:
            found.append(f"{name}: {field} not on the page: {s[:70]!r}")
    lines = page.count("\n") + 1
    if not 30 <= lines <= 120:
        found.append(f"{name}: {lines} lines (a probe is 30-120)")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make_corpus.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    probes = sorted(HERE.glob("*.json"))
    errors: list[str] = []
    pairs = []
    for answer in probes:
        page = answer.with_suffix(".txt")
        if not page.is_file():
            errors.append(f"{answer.stem}: no page {page.name}")
            continue
        text = page.read_text("utf-8")
        gold = json.loads(answer.read_text("utf-8"))
        errors += problems(answer.stem, text, gold)
        pairs.append((answer.stem, text, gold))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    if out.exists():
        shutil.rmtree(out)
    for name, text, gold in pairs:
        (out / name).mkdir(parents=True)
        (out / name / "input.txt").write_text(text, "utf-8")
        (out / name / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(pairs)} probes written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
