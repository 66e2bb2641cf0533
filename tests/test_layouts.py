"""Layouts: web copy, wire copy, Nexis and Factiva exports holding several articles each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlecli import Article, DocumentError, ParseOptions, parse, parse_all
from articlecli.cli import cli
from articlecli.layouts import detect, split

EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"


def read(name: str) -> str:
    return (EXPORTS / name).read_text(encoding="utf-8")


def articles(text: str, layout: str = "auto") -> list[Article]:
    out = parse_all(text, ParseOptions(layout=layout))
    assert all(isinstance(a, Article) for a in out), out
    return [a for a in out if isinstance(a, Article)]


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("nexis_uni_three.txt", "nexis"),
        ("nexis_classic_two.txt", "nexis"),
        ("factiva_two.txt", "factiva"),
        ("factiva_plain_two.txt", "factiva"),
        ("ap_wire.txt", "wire"),
        ("reuters_wire.txt", "wire"),
    ],
)
def test_detect_fixture(name: str, layout: str) -> None:
    assert detect(read(name)) == layout


WEB_PAGE = """Skip to content
Sign in
Subscribe
Storm batters the coast
By Jane Doe
November 19, 2019
Share
WASHINGTON (AP) — The storm made landfall on Tuesday, forecasters said, and thousands lost power.
More text of the story follows here, long enough to be a paragraph of the body.
Comments
"""


WIRE_STORY = """Flood warning for river towns
{} — The river rose overnight and officials told residents to leave, the agency said.
More text of the story follows here, long enough to be a paragraph of the body.
{}. All rights reserved.
"""


@pytest.mark.parametrize(
    ("text", "layout"),
    [
        (WEB_PAGE, "web"),  # a wire story on a page with chrome is web copy
        ("Headline\n\nBy Jane Doe\n\nA paragraph of text that says something.\n", "web"),
        ("BC-US-STORM-DAMAGE\nStorm batters coast\nBy Jane Doe\nText of the story.\n", "wire"),
        ("UPDATE 1-Oil falls on supply worries\nLONDON, May 2 (Reuters) - Oil fell.\n", "wire"),
        # a wire dateline and the copyright footer of any wire agency (lexicon.WIRE_AGENCIES)
        (WIRE_STORY.format("OTTAWA (The Canadian Press)", "Copyright 2025 The Canadian Press"), "wire"),
        (WIRE_STORY.format("TOKYO (Kyodo)", "© 2025 Kyodo"), "wire"),
        # ... named as a word: a name ending in "ap" or "pa" is no agency
        (WIRE_STORY.format("HANNIBAL, Mo. (AP)", "© 2025 Harbourmap"), "web"),
        # a Nexis export needs its separators and its labels
        ("End of Document\n", "web"),
        ("Some Headline\nByline: Jane Doe\nLength: 300 words\nBody\nText.\nEnd of Document\n", "nexis"),
        ("HD\n  Headline\nBY\n  Jane Doe\nPD\n  1 May 2020\nTD\n  Text of it.\n", "factiva"),
        # a line reading "HD" alone in a web page is not a Factiva export
        ("HD\nVideo quality settings\n\nA paragraph of text that says something.\n", "web"),
    ],
)
def test_detect(text: str, layout: str) -> None:
    assert detect(text) == layout


def test_nexis_uni_three_articles() -> None:
    found = articles(read("nexis_uni_three.txt"))
    assert [a.layout for a in found] == ["nexis"] * 3
    assert [a.source.index for a in found] == [0, 1, 2]
    assert [a.headline for a in found] == [
        "Harbor Board Approves Dredging Plan After Two-Year Fight",
        "Council Delays Vote on Downtown Parking Fees",
        "Opinion: Our Lake Deserves a Long-Term Plan",
    ]
    assert [[x.name for x in a.authors] for a in found] == [
        ["Marta Kowalczyk"],
        ["Samuel Achterberg", "Priya Raman"],
        [],
    ]
    assert found[0].authors[0].role == "Staff Writer"
    assert [a.published.iso if a.published else None for a in found] == ["2019-11-19", "2019-11-20", "2019-11-21"]
    assert [len(a.paragraphs) for a in found] == [5, 4, 3]
    assert found[0].paragraphs[0].text.startswith("PORT CLINTON, Ohio — The harbor board voted")
    assert found[0].dateline is not None and found[0].dateline.place == "PORT CLINTON, Ohio"
    assert found[1].deck == "Merchants asked for more time to study the effect on holiday shoppers."
    meta = found[1].metadata
    assert meta["length"] == "286 words"
    assert meta["section"] == "LOCAL NEWS"
    assert meta["page"] == "A3"
    assert meta["publication"] == "The Lakeshore Ledger (Ohio)"
    assert meta["language"] == "ENGLISH"
    assert meta["load_date"] == "November 21, 2019"
    assert meta["copyright"].startswith("Copyright 2019 Lakeshore Media Group")
    assert found[0].metadata["edition"] == "Final Edition"
    assert "no byline found" in found[2].warnings
    # the classification block is not body text
    assert not any("Publication-Type" in p.text or p.text == "Classification" for p in found[1].paragraphs)


@pytest.mark.parametrize(
    ("field", "section", "page"),
    [
        ("LOCAL; Pg. A3", "LOCAL", "A3"),
        ("BUSINESS; Business Desk; Pg. 12", "BUSINESS; Business Desk", "12"),
        ("SPORTS; Page 4B", "SPORTS", "4B"),
        ("NEWS; Pg.3", "NEWS", "3"),
        ("LOCAL NEWS", "LOCAL NEWS", None),  # no page printed
        ("Arts; Page Turner", "Arts; Page Turner", None),  # a column name, not a page
    ],
)
def test_nexis_section_field_gives_section_and_page(field: str, section: str, page: str | None) -> None:
    text = f"Dredging plan approved\nThe Lakeshore Ledger\nNovember 19, 2019\nSection: {field}\nLength: 40 words\n"
    text += "Body\nThe harbor board voted on Tuesday to approve the plan, after two years of debate.\nEnd of Document\n"
    (found,) = articles(text)
    assert found.metadata["section"] == section
    assert found.metadata.get("page") == page


def test_nexis_quotes_are_attributed() -> None:
    first = articles(read("nexis_uni_three.txt"))[0]
    assert [(q.speaker, q.text[:20]) for q in first.quotes] == [
        ("Denise Okafor", "We have listened for"),
        ("Gareth Lindqvist", "The board has moved "),
    ]


COVER = """User Name: Jane Researcher
Date and Time: Tuesday, November 26, 2019 10:41:00 AM EST
Job Number: 104593220
Documents (3)
1. Harbor Board Approves Dredging Plan After Two-Year Fight
Client/Matter: -None-
Search Terms: harbor dredging
Search Type: Natural Language
Narrowed by: Content Type News

"""


def test_nexis_uni_cover_page_is_not_an_article() -> None:
    found = articles(COVER + read("nexis_uni_three.txt"))
    assert len(found) == 3
    assert found[0].headline == "Harbor Board Approves Dredging Plan After Two-Year Fight"
    assert found[0].published is not None and found[0].published.iso == "2019-11-19"
    assert found[0].metadata["publication"] == "The Lakeshore Ledger (Ohio)"


def test_nexis_classic_two_articles() -> None:
    found = articles(read("nexis_classic_two.txt"))
    assert [a.headline for a in found] == [
        "Wind Farm Plan Splits a County That Needs the Money",
        "School Board Names Interim Superintendent",
    ]
    assert [[x.name for x in a.authors] for a in found] == [["Elena Voss"], ["Elena Voss", "Marcus Dell"]]
    assert [a.published.iso if a.published else None for a in found] == ["2024-03-03", "2024-03-05"]
    assert [len(a.paragraphs) for a in found] == [4, 3]
    assert found[0].metadata["edition"] == "Main Edition"
    assert found[0].metadata["publication"] == "The Prairie Courier-Times"
    assert found[0].metadata["copyright"] == "Copyright 2024 Prairie Media Inc. All Rights Reserved"
    assert found[0].dateline is not None and found[0].dateline.place == "HALSTEAD, Kan."
    # the quotes inside still find their speakers
    assert [q.speaker for q in found[0].quotes] == ["Tom Reinholt", "Judith Amsel"]


def test_nexis_dateline_field_when_the_body_has_none() -> None:
    text = read("nexis_uni_three.txt").replace("PORT CLINTON, Ohio — The harbor", "The harbor")
    first = articles(text)[0]
    assert first.dateline is not None
    assert first.dateline.place == "PORT CLINTON, Ohio"
    assert first.paragraphs[0].text.startswith("The harbor board voted")


def test_factiva_labelled_two_articles() -> None:
    found = articles(read("factiva_two.txt"))
    assert [a.layout for a in found] == ["factiva", "factiva"]
    assert [a.headline for a in found] == [
        "Grain Exporters Brace for Lower Harvest After Dry Summer",
        "Ferry Operator Adds Winter Sailings to Island Routes",
    ]
    assert [[x.name for x in a.authors] for a in found] == [["Helena Marsh"], ["Tomas Lind", "Aino Virtanen"]]
    assert [a.published.iso if a.published else None for a in found] == ["2023-09-12T14:05", "2023-09-13"]
    # LP and TD are one body, in order
    assert [len(a.paragraphs) for a in found] == [5, 3]
    assert found[0].paragraphs[0].text.startswith("Grain exporters are preparing")
    assert found[0].paragraphs[2].text.startswith("“We have not seen") or found[0].paragraphs[2].text.startswith(
        '"We have not seen'
    )
    meta = found[0].metadata
    assert meta["document_id"] == "NRTHLG0020230912ej9c0001a"
    assert meta["length"] == "356 words"
    assert meta["publication"] == "The Northern Ledger"
    assert meta["source_code"] == "NRTHLG"
    assert meta["language"] == "English"
    assert found[0].quotes[0].speaker == "Piet van der Berg"


def test_factiva_plain_two_articles() -> None:
    found = articles(read("factiva_plain_two.txt"))
    assert [a.headline for a in found] == [
        "City Utility Raises Water Rates for First Time in a Decade",
        "Library Extends Hours at Three Branches",
    ]
    assert [[x.name for x in a.authors] for a in found] == [["Olivia Brandt"], []]
    assert [a.published.iso if a.published else None for a in found] == ["2022-06-04", "2022-06-06"]
    assert [len(a.paragraphs) for a in found] == [3, 3]
    assert found[0].metadata["section"] == "Business"
    assert found[0].metadata["edition"] == "Late Edition"
    assert found[0].metadata["page"] == "B1"
    assert found[1].metadata["document_id"] == "RVRSNT0020220606ei660000d"
    assert not any(p.text.startswith("Document ") for a in found for p in a.paragraphs)


def test_factiva_search_summary_is_not_an_article() -> None:
    summary = "\n\nSearch Summary\nText: water rates\nDate: 01/06/2022 to 30/06/2022\nResults Found: 2\n"
    assert len(articles(read("factiva_plain_two.txt") + summary)) == 2


def test_a_malformed_article_is_reported_and_the_rest_come_out() -> None:
    broken = read("nexis_uni_three.txt").replace(
        "Body\n\n\nThe city council on Tuesday postponed", "Body\n\n\nLoad-Date: November 21, 2019\nThe city"
    )
    # cut the second article's body away entirely
    start = broken.index("Council Delays Vote")
    end = broken.index("End of Document", start)
    broken = broken[:start] + "Council Delays Vote\nThe Lakeshore Ledger (Ohio)\nBody\n" + broken[end:]
    results = parse_all(broken)
    assert [type(r).__name__ for r in results] == ["Article", "DocumentError", "Article"]
    error = results[1]
    assert isinstance(error, DocumentError)
    assert error.source.index == 1
    assert "no body" in error.reason


def test_wire_slug_and_version_prefix() -> None:
    ap = parse(read("ap_wire.txt"))
    assert ap.layout == "wire"
    assert ap.metadata["slug"] == "AP-US-Flood-Warnings,0388"
    assert ap.headline == "River flooding forces evacuations in three Missouri towns"
    assert [a.name for a in ap.authors] == ["Daniel Foster", "Ruth Abernathy"]
    assert ap.agency == "Associated Press"
    assert ap.dateline is not None and (ap.dateline.place, ap.dateline.agency) == ("HANNIBAL, Mo.", "AP")
    assert {r.reason for r in ap.removed} >= {"slug", "separator", "copyright"}
    assert [c.name for c in ap.contributors] == ["Lee Hampton"]
    assert [q.text for q in ap.quotes][1] == "Now we wait."

    reuters = parse(read("reuters_wire.txt"))
    assert reuters.headline == "Chipmaker cuts outlook as demand for phones slows"
    assert reuters.metadata["version"] == "UPDATE 2"
    assert reuters.agency == "Reuters"  # from the dateline
    assert [(c.name, c.role) for c in reuters.contributors] == [
        ("Anita Kapoor", "reporting"),
        ("Jonas Weber", "reporting"),
        ("Mark Hollis", "editing"),
    ]
    assert "no publication date found" in reuters.warnings


@pytest.mark.parametrize("label", ["NEWS", "World News"])
def test_wire_story_under_a_section_label(label: str) -> None:
    """A wire story copied with the page's section label above its headline."""
    text = (
        f"{label}\n"
        "Senate passes stopgap bill hours before shutdown deadline\n"
        "By MARY CLARKE Associated Press\n"
        "WASHINGTON (AP) — The Senate passed a stopgap spending bill late Friday, hours before the deadline.\n"
        "The vote was 85-11. The House had approved the measure earlier in the evening.\n"
        "___\n"
        "Associated Press writer Lisa Mascaro contributed to this report.\n"
    )
    art = parse(text)
    assert art.layout == "wire"
    assert art.headline == "Senate passes stopgap bill hours before shutdown deadline"
    assert art.deck is None and label in [r.text for r in art.removed]
    assert [a.name for a in art.authors] == ["Mary Clarke"] and art.agency == "Associated Press"


def test_a_short_wire_headline_over_its_dateline_stays_the_headline() -> None:
    text = (
        "Oil prices fall\n"
        "LONDON, May 2 (Reuters) - Oil prices fell on Thursday as stockpiles rose for a third week.\n"
        "Brent crude futures were down 1% at $74.10 a barrel by 1200 GMT.\n"
        "(Reporting by Jo Lee; Editing by Tom Hale)\n"
    )
    art = parse(text)
    assert art.layout == "wire" and art.headline == "Oil prices fall"


def test_forced_layout() -> None:
    text = read("nexis_uni_three.txt")
    assert len(parse_all(text, ParseOptions(layout="nexis"))) == 3
    web = parse_all(text, ParseOptions(layout="web"))
    assert len(web) == 1 and isinstance(web[0], Article) and web[0].layout == "web"
    with pytest.raises(ValueError, match="unknown layout"):
        parse_all(text, ParseOptions(layout="pdf"))


def test_windows_line_endings() -> None:
    found = articles(read("factiva_plain_two.txt").replace("\n", "\r\n"))
    assert [a.headline for a in found] == [
        "City Utility Raises Water Rates for First Time in a Decade",
        "Library Extends Hours at Three Branches",
    ]


def test_parse_gives_the_first_article_of_an_export() -> None:
    assert parse(read("factiva_two.txt")).headline == "Grain Exporters Brace for Lower Harvest After Dry Summer"


def test_split_keeps_file_positions() -> None:
    docs = split(read("nexis_uni_three.txt"))
    assert [d.index for d in docs] == [0, 1, 2]
    first = articles(read("nexis_uni_three.txt"))[0]
    lines = read("nexis_uni_three.txt").split("\n")
    p = first.paragraphs[0]
    assert lines[p.line - 1].strip() == p.text


# ------------------------------------------------------------------ CLI
def test_cli_emits_one_object_per_article(tmp_path: Path) -> None:
    target = tmp_path / "export.txt"
    target.write_text(read("nexis_uni_three.txt"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(target), "--jsonl", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["source"]["index"] for r in records] == [0, 1, 2]
    assert [r["layout"] for r in records] == ["nexis"] * 3


def test_cli_layout_option(tmp_path: Path) -> None:
    target = tmp_path / "export.txt"
    target.write_text(read("nexis_uni_three.txt"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(target), "--jsonl", "-q", "--layout", "web"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == 1
    bad = CliRunner().invoke(cli, ["parse", str(target), "--layout", "pdf"])
    assert bad.exit_code == 2
    assert "Invalid value for '--layout'" in bad.output


def test_cli_reports_a_malformed_article_and_goes_on(tmp_path: Path) -> None:
    text = read("factiva_two.txt")
    cut = text.index("LP\n  The region's main ferry")
    end = text.index("NS\n  gtrans")
    target = tmp_path / "export.txt"
    target.write_text(text[:cut] + text[end:], encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(target), "--jsonl", "-q"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["headline"] == "Grain Exporters Brace for Lower Harvest After Dry Summer"
    assert records[1]["source"]["index"] == 1 and "no body text" in records[1]["error"]
    assert "export.txt#1" in result.stderr


LABEL_LESS = """Storm Batters Coast
By Jane Doe

The storm made landfall on Tuesday, and thousands of homes lost power overnight in the county.

Forecasters said the rain would continue until Thursday, with more flooding expected inland.

End of Document

Council Delays the Parking Plan
By John Roe

The council voted on Monday to delay the plan, which had been debated for two years.

Another paragraph of the second story follows, with more than enough words in it.

End of Document
"""


def test_nexis_without_labels_reads_each_article_like_a_page() -> None:
    assert detect(LABEL_LESS) == "nexis"  # two separators are enough
    found = articles(LABEL_LESS)
    assert [a.headline for a in found] == ["Storm Batters Coast", "Council Delays the Parking Plan"]
    assert [[x.name for x in a.authors] for a in found] == [["Jane Doe"], ["John Roe"]]
    assert [len(a.paragraphs) for a in found] == [2, 2]


def test_no_date_from_headline_or_copyright() -> None:
    text = (
        "Storm on November 19, 2019 batters coast\n\nBy Jane Doe\n\n"
        "The storm made landfall on Tuesday, and thousands of homes lost power overnight.\n\n"
        "Forecasters said the rain would continue until Thursday, with more flooding inland.\n\n"
        "Copyright November 20, 2019 The Daily Planet. All rights reserved.\n"
    )
    article = parse(text)
    assert article.published is None
    assert "no publication date found" in article.warnings


def test_factiva_plain_without_a_blank_line_before_the_body() -> None:
    text = read("factiva_plain_two.txt").replace(
        "All rights reserved.\n\nThe city's", "All rights reserved.\nThe city's"
    )
    first = articles(text)[0]
    assert first.paragraphs[0].text.startswith("The city's water utility will raise rates")
    assert first.metadata["publication"] == "The Riverside Sentinel"
    assert len(first.paragraphs) == 3


def test_nexis_uni_with_document_numbers_and_a_cover_page() -> None:
    docs = read("nexis_uni_three.txt").split("End of Document\n")
    numbered = COVER + "".join(f"Document {i + 1} of 3\n{doc}End of Document\n" for i, doc in enumerate(docs[:3]))
    found = articles(numbered)
    assert [a.headline for a in found] == [
        "Harbor Board Approves Dredging Plan After Two-Year Fight",
        "Council Delays Vote on Downtown Parking Fees",
        "Opinion: Our Lake Deserves a Long-Term Plan",
    ]
    assert [[x.name for x in a.authors] for a in found][:2] == [
        ["Marta Kowalczyk"],
        ["Samuel Achterberg", "Priya Raman"],
    ]


def test_classic_nexis_cover_page_is_not_an_article() -> None:
    found = articles("Search terms: wind farm\nResults: 2\n\n" + read("nexis_classic_two.txt"))
    assert len(found) == 2


@pytest.mark.parametrize(
    ("layout", "reason"),
    [
        (
            "factiva",
            "not a Factiva export (no HD/BY/WC/PD/LP/TD fields, no 'NNN words' line, no 'Document <id>' line)",
        ),
        (
            "nexis",
            "not a Nexis export (no 'End of Document' or '1 of N DOCUMENTS' line, no Byline:/Length:/Section: fields)",
        ),
    ],
)
def test_an_export_layout_forced_on_a_web_page_says_it_is_not_one(tmp_path: Path, layout: str, reason: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(WEB_PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(page), "--layout", layout, "--jsonl"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"] == reason
    assert result.stderr.splitlines()[0] == f"articlecli: {page}: {reason}"
    (found,) = parse_all(WEB_PAGE, ParseOptions(layout=layout))
    assert isinstance(found, DocumentError) and found.reason == reason


@pytest.mark.parametrize("layout", ["web", "wire"])
def test_a_reading_layout_forced_on_any_text_reads_it(layout: str) -> None:
    (found,) = parse_all(WEB_PAGE, ParseOptions(layout=layout))
    assert isinstance(found, Article) and found.layout == layout
