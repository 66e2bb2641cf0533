"""Exports built from the dev corpus's known articles (skipped where ../shared/eval is absent).

Each known article (headline, authors, date, paragraphs from its gold file) is written into
Nexis Uni, classic LexisNexis, Factiva (labelled and plain) and AP/Reuters wire layouts
(tests/exportgen.py), several articles a file, then read back. Every article must be found,
with its headline, authors, date and paragraphs: the floors are what the readers reach today.
"""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass

import pytest

from articlecli import Article, parse_all

from .conftest import CORPUS_PRESENT, EVAL, NO_CORPUS
from .exportgen import SINGLE_WRITERS, WRITERS, Known

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS_PRESENT, reason=NO_CORPUS),
]

FLOORS = {  # layout: (headline, authors, published, paragraph precision, paragraph recall)
    "nexis-uni": (0.98, 0.98, 0.98, 0.99, 0.99),
    "nexis-classic": (0.98, 0.98, 0.98, 0.99, 0.99),
    "factiva": (0.98, 0.98, 0.98, 0.99, 0.99),
    "factiva-plain": (0.98, 0.98, 0.98, 0.99, 0.99),
    "wire-ap": (0.98, 0.90, None, 0.99, 0.95),  # wire copy prints no date here
    "wire-reuters": (0.98, 0.95, None, 0.99, 0.95),
}


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(s.split()).casefold()


def _known() -> list[Known]:
    out = []
    for path in sorted((EVAL / "dev").glob("*/gold.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        if g.get("headline") and g.get("paragraphs"):
            out.append(Known(g["headline"], g["authors"], g["published"], g["paragraphs"], g.get("site") or "Daily"))
    return out


@dataclass
class Tally:
    articles: int = 0
    found: int = 0
    headline: int = 0
    authors: int = 0
    published: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, want: Known, got: Article) -> None:
        self.headline += _norm(got.headline) == _norm(want.headline)
        self.authors += sorted(_norm(a.name) for a in got.authors) == sorted(_norm(a) for a in want.authors)
        got_date = got.published.iso[:10] if got.published and got.published.iso else None
        self.published += got_date == (want.published[:10] if want.published else None)
        got_p = [_norm(p.text) for p in got.paragraphs]
        want_p = [_norm(p) for p in want.paragraphs]
        self.tp += sum(1 for p in got_p if p in set(want_p))
        self.fp += sum(1 for p in got_p if p not in set(want_p))
        self.fn += sum(1 for p in want_p if p not in set(got_p))


@pytest.mark.parametrize("layout", list(FLOORS))
def test_export_layout_reads_back(layout: str) -> None:
    known = _known()
    rng = random.Random(7)
    write = {**WRITERS, **SINGLE_WRITERS}[layout]
    size = 1 if layout in SINGLE_WRITERS else 4
    tally = Tally()
    for k in range(0, len(known), size):
        group = known[k : k + size]
        results = parse_all(write(group, rng))
        found = [r for r in results if isinstance(r, Article)]
        assert len(results) == len(found) == len(group), [getattr(r, "reason", "") for r in results]
        tally.articles += len(group)
        tally.found += len(found)
        for want, got in zip(group, found, strict=True):
            tally.add(want, got)
    n = tally.articles
    headline, authors, published, precision, recall = FLOORS[layout]
    assert tally.found == n
    assert tally.headline / n >= headline
    assert tally.authors / n >= authors
    if published is not None:
        assert tally.published / n >= published
    assert tally.tp / (tally.tp + tally.fp) >= precision
    assert tally.tp / (tally.tp + tally.fn) >= recall
