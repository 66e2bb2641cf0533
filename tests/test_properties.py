"""Properties that hold for any text (hypothesis): no exception, nothing invented, nothing lost,
order kept, JSON that round-trips, the same answer twice."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlecli import Article, ParseOptions, parse, parse_all
from articlecli.normalize import normalize, normalize_mapped, split_lines

# Lines of the kinds a news page holds, to build texts that exercise every rule, not just noise.
LINE_KINDS = [
    "Storm batters the coast as thousands lose power",
    "By Jane Doe and JOHN ROE, Associated Press",
    "By By By",
    "Published 6:12 AM EST, March 3, 2024 | Updated 9:40 AM EST",
    "Updated:",
    "0:00",
    "Advertisement",
    "Share this article",
    "WASHINGTON (AP) — The storm made landfall on Tuesday, forecasters said.",
    "“We have never seen anything like it,” said Mayor Carla Pruitt. “Now we wait.”",
    "He called the plan a “victory plan” and said it “is not so loud as it has to be.”",
    "Waves crash over the seawall on Jan. 10, 2024. Christoph Soeder/Pool Photo via AP",
    "Christoph Soeder/Pool Photo via AP",
    "Reuters contributed to this article.",
    "(Reporting by Ann Lee; Editing by Tom Diaz)",
    "What happens next",
    "1. Finland",
    "2. Norway",
    "End of Document",
    "HD",
    "Byline: Jane Doe",
    "Length: 300 words",
    "Body",
    "Document ABCD0020200501eg510000a",
    "___",
    '"unbalanced quote ‘ here',
    "Ms. O’Neill, 45, told Reuters: ‘It was loud’ — and left.",
]
ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S", "Zs", "Cc", "Cf", "M"),
    include_characters="\n\r\t “”‘’\"'«»—–-.,:;!?()",
)
noise = st.text(alphabet=ALPHABET, max_size=400)
page = st.lists(st.one_of(st.sampled_from(LINE_KINDS), noise.map(lambda s: s.replace("\n", " "))), max_size=40).map(
    "\n\n".join
)
texts = st.one_of(noise, page, st.lists(st.sampled_from(LINE_KINDS), max_size=30).map("\n".join))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_parse_never_raises_and_is_deterministic(text: str) -> None:
    first = parse(text).to_dict()
    second = parse(text).to_dict()
    assert first == second
    assert json.loads(json.dumps(first, ensure_ascii=False)) == first


@SETTINGS
@given(texts)
def test_parse_all_never_raises(text: str) -> None:
    for result in parse_all(text):
        json.dumps(result.to_dict())


@SETTINGS
@given(texts)
def test_nothing_invented_nothing_lost_order_kept(text: str) -> None:
    article = parse(text, ParseOptions(layout="web"))
    normalised, joined = normalize_mapped(text)
    lines = {line.number: line.text for line in split_lines(normalised, joined=joined)}
    # every text the parser reports is a piece of the normalised input
    for p in article.paragraphs:
        assert lines[p.line] == p.text
        assert normalised[p.start : p.start + len(p.text)] == p.text
    for h in article.headings:
        assert lines[h.line] == h.text
    for c in article.captions:  # a credit may come from the line under its caption
        for part in (c.text, c.credit):
            assert part is None or part in normalised
    paragraph_texts = [p.text for p in article.paragraphs]
    for q in article.quotes:
        if q.block == "paragraph" and q.paragraph is not None:
            assert paragraph_texts[q.paragraph][q.start : q.end] == q.text
        assert q.text in normalised
    # paragraphs keep their order
    assert [p.line for p in article.paragraphs] == sorted(p.line for p in article.paragraphs)
    # every line is accounted for: in the body, or listed as removed with a reason
    seen = [b.line for b in article.body] + [r.line for r in article.removed]
    assert sorted(seen) == sorted(lines)
    for b in article.body:
        if b.type != "caption":
            assert b.text == lines[b.line]
    for r in article.removed:
        assert r.text == lines[r.line] and r.reason


@SETTINGS
@given(texts)
def test_every_article_of_an_export_keeps_its_texts(text: str) -> None:
    normalised = normalize(text)
    for result in parse_all(text):
        if isinstance(result, Article):
            for p in result.paragraphs:
                assert p.text in normalised
            assert result.source.index is None or result.source.index >= 0
