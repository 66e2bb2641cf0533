"""List the lines of the tests and the package that share a run of four words or a proper name with a probe page.

A rule's tests are lines written from scratch, unlike the pages of the probe sets; this finds what came too close:

    python bench/probe_overlap.py hdr- live- pic- spk-     # the probe pages whose names open so

Common words are left out: a run of four words found in three or more other texts (the other probe pages and the
dev inputs in ../shared/eval/dev), and a capitalised word found in lower case there, capitalised in four or more of
them, or written in lexicon.py (given names, months, places' words).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d.,:]*\w*")
PAGE_LIST_LINE = re.compile(r'^\s*"[a-z0-9-]+",\s*$', re.M)  # tests/test_probes.py's lists of page names


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _grams(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def main(prefixes: tuple[str, ...]) -> int:
    pages = sorted(p for p in (ROOT / "tests/probes").glob("*.txt") if p.name.startswith(prefixes))
    others = [p for p in sorted((ROOT / "tests/probes").glob("*.txt")) if p not in pages]
    others += sorted((ROOT.parent / "shared/eval/dev").glob("*/input.txt"))
    lower: set[str] = set()
    capitals: Counter[str] = Counter()
    runs: Counter[tuple[str, ...]] = Counter()
    for p in others + pages:
        words = WORD.findall(p.read_text(errors="replace"))
        lower.update(w.lower() for w in words if w[:1].islower())
        capitals.update({w for w in words if w[:1].isupper()})
        runs.update(_grams([w.lower() for w in words]))
    lexicon = set(WORD.findall((ROOT / "articlecli/lexicon.py").read_text()))

    def rare(w: str) -> bool:
        return not (w.lower() in lower or capitals[w] >= 4 or w in lexicon or len(w) < 3 or w.isupper())

    read = []
    for p in pages:
        words = WORD.findall(p.read_text())
        read.append(
            (
                p.stem,
                {g for g in _grams(_tokens(p.read_text())) if runs[g] <= 2},
                {w for w in words if w[:1].isupper() and rare(w)},
            )
        )
    found = 0
    for source in sorted((ROOT / "tests").glob("*.py")) + sorted((ROOT / "articlecli").rglob("*.py")):
        text = source.read_text()
        if source.name == "test_probes.py":
            text = PAGE_LIST_LINE.sub("", text)
        for no, line in enumerate(text.splitlines(), 1):
            tokens, words = _tokens(line), set(WORD.findall(line))
            for stem, page_runs, names in read:
                shared = [" ".join(g) for g in sorted(_grams(tokens) & page_runs)] + sorted(words & names)
                for what in shared:
                    print(f"{source.relative_to(ROOT)}:{no}\t{stem}\t{what}")
                    found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(tuple(sys.argv[1:]) or ("hdr-", "live-", "pic-", "spk-")))
