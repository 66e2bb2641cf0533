"""The reference article, checked field by field against what a careful reader sees in it."""

from __future__ import annotations

import pytest

from articlecli import Article, parse

from .conftest import SEEDS

SEED = SEEDS / "000_54b3b94515d101ea.txt"


@pytest.fixture(scope="module")
def seed() -> Article:
    return parse(SEED.read_text(encoding="utf-8"))


def test_header(seed: Article) -> None:
    d = seed.to_dict()
    assert d["headline"] == "Zelenskyy Expresses Frustration at West’s Response to North Korean Forces in Russia"
    assert d["deck"].startswith("The Ukrainian president said the international community ‘is not so loud")
    assert d["authors"] == [{"name": "Ryan Morgan"}]
    assert d["byline"] == "Ryan Morgan"
    # "Updated:" with no date gives no date, not a guess
    assert d["published"] is None and d["updated"] is None


def test_captions_once_each_with_credit(seed: Article) -> None:
    assert [(c.text[:30], c.credit) for c in seed.captions] == [
        ("Ukrainian President Volodymyr ", "Christoph Soeder/Pool Photo via AP"),
        ("Emergency workers stand amidst", "Andrii Marienko/AP"),
        ("Ukrainian President Volodymyr ", "Valentyn Ogirenko/Reuters"),
    ]
    assert all(not c.text.endswith(("AP", "Reuters", ")")) for c in seed.captions if c.text)


def test_heading_and_paragraphs(seed: Article) -> None:
    assert [h.text for h in seed.headings] == ["Zelenskyy’s Push for Long-Range Weapons"]
    assert seed.headings[0].before_paragraph == 10
    texts = [p.text for p in seed.paragraphs]
    assert len(texts) == 23
    assert texts[0].startswith("Ukrainian President Volodymyr Zelenskyy on Oct. 29 urged")
    assert texts[-1] == "Modern Tomahawk cruise missile models have a range of about 1,000 miles."
    for debris in ("0:00", "Updated:", "Reuters contributed to this article."):
        assert debris not in texts
    assert not any(t.startswith("Emergency workers") for t in texts)
    assert seed.headline not in texts


def test_removed_lines_have_reasons(seed: Article) -> None:
    reasons = {r.text: r.reason for r in seed.removed}
    assert reasons["0:00"] == "player"
    assert reasons["Updated:"] == "empty-date-line"
    assert reasons[seed.headline or ""] == "repeated-headline"
    assert sum(1 for r in seed.removed if r.reason == "repeated-caption") == 2


def test_contributor_note(seed: Article) -> None:
    assert [(n.kind, n.text) for n in seed.notes] == [("contributors", "Reuters contributed to this article.")]
    assert [c.name for c in seed.contributors] == ["Reuters"]


def test_body_keeps_reading_order(seed: Article) -> None:
    kinds = [b.type for b in seed.body]
    assert kinds[:4] == ["headline", "deck", "caption", "byline"]
    assert kinds[-1] == "note"
    assert kinds.count("paragraph") == 23 and kinds.count("caption") == 3 and kinds.count("heading") == 1
    lines = [b.line for b in seed.body]
    assert lines == sorted(lines)


def test_parse_is_deterministic(seed: Article) -> None:
    assert parse(SEED.read_text(encoding="utf-8")).to_dict() == seed.to_dict()
