"""Bytes in every state: encodings, damage, refusals — through the library and the CLI."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlecli import ArticleParseError, ParseOptions
from articlecli.cli import cli
from articlecli.decode import decode
from articlecli.normalize import normalize
from articlecli.sources import SourceRef, process

ARTICLE = (
    "Café owners say the new rules go too far\n\n"
    "By José Núñez\n"
    "March 3, 2024\n\n"
    "Café owners in the old town said on Monday that the council’s new rules on outdoor seating "
    "would cost them half of their summer trade.\n\n"
    "“We’re not asking for favours — we’re asking to stay open,” said Renée Dubois, who has run "
    "a café on the square for 20 years.\n\n"
    "The council will vote on the rules next week, a spokesman said, after a public meeting on Thursday.\n"
)
QUOTE = "“We’re not asking for favours — we’re asking to stay open,”"


# Curly quotes and dashes but no accented letter: in UTF-16 every byte pair is also valid UTF-8
PLAIN_LETTERS = ARTICLE.replace("é", "e").replace("É", "E").replace("ú", "u").replace("ñ", "n")


def _png() -> bytes:
    raw = b"\x00" + b"\xff\x00\x00" * 4
    chunk = zlib.compress(raw)
    return (
        b"\x89PNG\r\n\x1a\n"
        + b"\x00\x00\x00\rIHDR\x00\x00\x00\x04\x00\x00\x00\x01\x08\x02\x00\x00\x00"
        + len(chunk).to_bytes(4, "big")
        + b"IDAT"
        + chunk
        + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )


def _as_cp1252(byte: int) -> str:
    return bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)


def _parse_file(path: Path) -> dict:
    (record,) = process(SourceRef(str(path)), ParseOptions())
    return record


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + ARTICLE.encode("utf-32-le"), "utf-32-le"),
        # no byte-order mark (Windows tools often write none): told by where the NULs fall
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.replace("\n", "\r\n").encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-32-le"), "utf-32-le"),
        (ARTICLE.encode("utf-32-be"), "utf-32-be"),
        (ARTICLE.encode("cp1252"), "cp1252"),  # smart quotes and dashes as single bytes
        (ARTICLE.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-").encode("latin-1"), "cp1252"),
        (ARTICLE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-32-le-bom",
        "utf-16-le",
        "utf-16-be",
        "utf-16-le-crlf",
        "utf-32-le",
        "utf-32-be",
        "cp1252",
        "latin-1",
        "crlf",
    ],
)
def test_encodings_decode_to_the_same_article(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    record = _parse_file(path)
    assert record["source"]["encoding"] == encoding
    assert record["headline"] == "Café owners say the new rules go too far"
    assert [a["name"] for a in record["authors"]] == ["José Núñez"]
    assert record["published"] == "2024-03-03"
    assert len(record["paragraphs"]) == 3
    if encoding != "cp1252" or "“" in data.decode("cp1252"):
        assert QUOTE in record["paragraphs"][1]["text"]  # no mojibake: “ ” ’ — come out as themselves
        assert record["quotes"][0]["speaker"] == "Renée Dubois"
    assert not any("mojibake" in w for w in record["warnings"])


def test_cp1252_smart_quotes_are_not_mojibake() -> None:
    decoded = decode(ARTICLE.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert QUOTE in decoded.text
    assert "â€" not in decoded.text


def test_invalid_utf8_in_the_middle_is_replaced_and_warned(tmp_path: Path) -> None:
    good = ARTICLE.encode("utf-8")
    cut = good.index(b"The council will vote")
    path = tmp_path / "damaged.txt"
    path.write_bytes(good[:cut] + b"\xc3\x28 \xff\xfe " + good[cut:])
    record = _parse_file(path)
    assert "error" not in record
    assert record["source"]["encoding"] == "utf-8"
    assert any("invalid UTF-8" in w for w in record["warnings"])
    assert "\ufffd" in record["paragraphs"][2]["text"]
    assert QUOTE in record["paragraphs"][1]["text"]  # the rest keeps its characters


@pytest.mark.parametrize(
    "legacy_line",
    [
        "The café in Málaga said « non » to the plan, and the mayor agreed.",
        "Renée Dubois said the town’s “fête” would go ahead — rain or shine.",
    ],
)
def test_a_cp1252_line_in_a_utf8_file_is_read_line_by_line(legacy_line: str) -> None:
    # text pasted together from two sources: each line keeps its own characters, nothing becomes U+FFFD or C1
    data = ARTICLE.encode("utf-8").replace(
        b"\nThe council will vote", b"\n" + legacy_line.encode("cp1252") + b"\nThe council will vote"
    )
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert legacy_line in decoded.text
    assert QUOTE in decoded.text
    assert decoded.warnings == ["1 line(s) not in UTF-8 read as cp1252"]


def test_a_line_of_damaged_utf8_is_not_read_as_cp1252() -> None:
    # bytes that cp1252 reads as letters no Western text holds (þ, ÿ): damage, replaced and warned about
    decoded = decode(ARTICLE.encode("utf-8").replace(b"next week", b"next \xfe\xff week"))
    assert "\ufffd" in decoded.text
    assert any("invalid UTF-8" in w for w in decoded.warnings)


def test_mojibake_is_repaired_and_flagged() -> None:
    # UTF-8 read as cp1252 (as a browser does: the five unassigned bytes pass through), saved as UTF-8
    broken = "".join(_as_cp1252(b) for b in ARTICLE.encode("utf-8")).encode("utf-8")
    decoded = decode(broken)
    assert QUOTE in decoded.text
    assert any("mojibake repaired" in w for w in decoded.warnings)


def test_partial_mojibake_is_flagged() -> None:
    text = "It’s here. " + "Itâ€™s broken here, and a lone ✓ keeps the round trip from working."
    decoded = decode(text.encode("utf-8"))
    assert any("mojibake" in w for w in decoded.warnings)
    assert "It’s broken" in decoded.text  # repaired piece by piece


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n\t  \r\n", "empty"),
        (b"\xef\xbb\xbf  \n", "empty"),
        (_png(), "not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "not text"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "not text"),
        (bytes(range(256)) * 40, "not text"),
    ],
    ids=["empty", "whitespace", "bom-only", "png", "pdf", "zip", "random-bytes"],
)
def test_refusals(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    record = _parse_file(path)
    assert record["error"].startswith(reason)
    result = CliRunner().invoke(cli, ["parse", str(path), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    line, summary = result.stderr.strip().splitlines()
    assert line.startswith("articlecli: ") and reason in line
    assert summary.startswith("1 input: 0 parsed, 1 failed, ")
    assert "Traceback" not in result.output


def test_too_large_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # 20 MB of real text
        block = ARTICLE.encode("utf-8")
        for _ in range(20 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    record = _parse_file(path)
    assert record["error"].startswith("too large")
    result = CliRunner().invoke(cli, ["parse", str(path), "--jsonl"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"].startswith("too large")
    # the limit is an option
    small = tmp_path / "small.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    refused = CliRunner().invoke(cli, ["parse", str(small), "--json", "--max-bytes", "100"])
    assert refused.exit_code == 1 and "too large" in refused.stderr
    ok = CliRunner().invoke(cli, ["parse", str(small), "--json", "--max-bytes", "100000"])
    assert ok.exit_code == 0, ok.stderr


def test_a_bad_file_in_a_batch_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(_png())
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "--jsonl", "-q"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in r) for r in records] == [False, True, True, False]
    assert len(result.stderr.strip().splitlines()) == 2


# ------------------------------------------------------------------ normalising
@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),  # CRLF and lone CR
        ("a\u00a0b\u2009c\u202fd\te", "a b c d e"),  # NBSP, thin and narrow spaces, tab
        ("zero\u200bwidth\u200d joiner\u2060", "zerowidth joiner"),
        ("co\u00adoperate", "cooperate"),  # soft hyphen
        ("page\x0cbreak", "page\nbreak"),  # form feed
        ("nul\x00byte", "nulbyte"),
        ("trailing   \nspaces \t\n", "trailing\nspaces\n"),
        ("Cafe\u0301", "Café"),  # NFC
        ("\ufeffbom at start", "bom at start"),
        ("line\u2028separator", "line\nseparator"),
    ],
)
def test_normalize(raw: str, normalised: str) -> None:
    assert normalize(raw) == normalised


def test_stray_nul_bytes_do_not_make_a_text_binary(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8").replace(b"Monday", b"Mon\x00day")
    path = tmp_path / "nul.txt"
    path.write_bytes(data)
    record = _parse_file(path)
    assert "error" not in record
    assert "on Monday that" in record["paragraphs"][0]["text"]


def test_decode_rejects_with_article_parse_error() -> None:
    with pytest.raises(ArticleParseError) as err:
        decode(_png())
    assert err.value.reason == "not text"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_that_is_also_valid_utf8_is_read_as_utf16(tmp_path: Path, encoding: str) -> None:
    """ "’" (U+2019) is the bytes 19 20 in UTF-16-LE: valid UTF-8, a control and a space."""
    path = tmp_path / "article.txt"
    path.write_bytes(PLAIN_LETTERS.encode(encoding))
    PLAIN_LETTERS.encode(encoding).decode("utf-8")  # the trap: it decodes as UTF-8 without an error
    record = _parse_file(path)
    assert record["source"]["encoding"] == encoding
    assert record["warnings"] == []
    assert record["paragraphs"][1]["text"].startswith("“We’re not asking for favours — we’re asking to stay open,”")
    first = record["quotes"][0]
    assert (first["speaker"], first["text"]) == (
        "Renee Dubois",
        "We’re not asking for favours — we’re asking to stay open,",
    )


@pytest.mark.parametrize("value", [ARTICLE.encode("utf-8"), None, 42, ["a line"]], ids=["bytes", "None", "int", "list"])
@pytest.mark.parametrize("name", ["parse", "parse_all"])
def test_the_library_takes_text_and_says_so_for_anything_else(name: str, value: object) -> None:
    import articlecli

    with pytest.raises(TypeError) as raised:
        getattr(articlecli, name)(value)
    assert str(raised.value) == (
        f"{name}() takes a str (the article's text), not {type(value).__name__}; "
        "decode bytes first with articlecli.decode.decode(data).text"
    )


def test_bytes_go_through_the_decoder_to_the_parser() -> None:
    from articlecli import parse

    decoded = decode(ARTICLE.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert parse(decoded.text).headline == "Café owners say the new rules go too far"


DROP_CAP_PAGE = """Harbor town votes to rebuild its seawall

By Maria Delgado

H

arbor residents voted on Tuesday to rebuild the old seawall, ending a debate of two years.

The measure passed 1,214 to 806, according to the town clerk, who counted the ballots twice.

Advertisement

Water rose over the old wall twice last winter, the harbor master said after the count.
"""
SECOND_DROP_CAP = DROP_CAP_PAGE.replace("Water rose", "W\n\n\nater rose")


@pytest.mark.parametrize(
    ("page", "paragraph_lines", "removed_lines"),
    [
        (DROP_CAP_PAGE, [5, 9, 13], [11]),
        (DROP_CAP_PAGE.replace("\n", "\r\n"), [5, 9, 13], [11]),
        (DROP_CAP_PAGE.replace("H\n\narbor", "H\narbor"), [5, 8, 12], [10]),  # no blank line under the capital
        # a second drop cap further down: each takes its own lines along
        (SECOND_DROP_CAP, [5, 9, 13], [11]),
        (SECOND_DROP_CAP + "\nThe vote is final, and the work will start in the spring.\n", [5, 9, 13, 18], [11]),
    ],
    ids=["lf", "crlf", "no-blank", "two-drop-caps", "after-two"],
)
def test_line_numbers_are_the_inputs_after_a_drop_cap_is_joined(
    page: str, paragraph_lines: list[int], removed_lines: list[int]
) -> None:
    from articlecli import parse

    article = parse(page)
    assert article.paragraphs[0].text.startswith("Harbor residents voted on Tuesday")
    assert [p.line for p in article.paragraphs] == paragraph_lines
    assert [r.line for r in article.removed] == removed_lines
    assert article.removed[0].text == "Advertisement" == page.splitlines()[removed_lines[0] - 1]
    # each line reported is the input's: its text, or a drop cap's capital, is there
    for p in article.paragraphs:
        assert page.splitlines()[p.line - 1] in (p.text, p.text[0])
    # offsets stay on the normalised text
    normalised = normalize(page)
    assert all(normalised[p.start : p.start + len(p.text)] == p.text for p in article.paragraphs)
