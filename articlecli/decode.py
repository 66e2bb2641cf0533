"""Bytes -> text: BOMs, UTF-8, legacy single-byte encodings, binary refusal, mojibake repair.

Order of decisions, cheapest first:
1. refuse what is not text: empty, too large, known binary signatures, NUL-heavy data;
2. a byte-order mark decides (UTF-8, UTF-16, UTF-32); without one, UTF-16 and UTF-32 are told by
   where their NUL bytes fall (every other byte, or three in four, for English text);
3. strict UTF-8 (nearly all modern files);
4. UTF-8 with a few invalid bytes (a damaged file): decoded with replacement and a warning;
5. otherwise charset-normalizer's best guess among legacy encodings (cp1252, Latin-1, ...).
Text that is already mojibake (UTF-8 read as cp1252, "â€™") is repaired when the round trip
is clean, and flagged in warnings either way.
"""

from __future__ import annotations

import codecs

from . import rx
from .model import ArticleParseError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SIGNATURES = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"MZ",
    b"OggS",
    b"RIFF",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"II*\x00",
    b"MM\x00*",
    b"\xd0\xcf\x11\xe0",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\xfd7zXZ",
    b"SQLite format 3",
)
# UTF-8 text read as cp1252: "â€™" for "’", "Ã©" for "é".
MOJIBAKE = rx.compile(r"â€[™œ\u009d˜”“¦¢–—]|Ã[©¨¡¢£¤¥§­³ºª«±¶¼½]|Â[ ·©®°±«»]")


class Decoded:
    """Decoded text, the encoding it was read as, and what went wrong on the way."""

    __slots__ = ("encoding", "text", "warnings")

    def __init__(self, text: str, encoding: str, warnings: list[str] | None = None) -> None:
        self.text = text
        self.encoding = encoding
        self.warnings = warnings if warnings is not None else []


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode a file's bytes, or raise ArticleParseError("empty" / "not text" / "too large")."""
    if len(data) > max_bytes:
        raise ArticleParseError(f"too large ({len(data):,} bytes, limit {max_bytes:,})")
    marked = _with_bom(data)
    if marked is not None:
        return marked
    if not data.strip():
        raise ArticleParseError("empty")
    if data.startswith(_SIGNATURES):
        raise ArticleParseError("not text")
    wide = _bomless_utf(data[:8192]) if b"\x00" in data[:8192] else None
    if wide is not None:
        text = data[: len(data) - len(data) % (4 if "32" in wide else 2)].decode(wide, errors="replace")
        if _mostly_text(text):
            bad = text.count("\ufffd")
            damage = [f"{bad} invalid {wide} sequence(s) replaced with U+FFFD"] if bad else []
            return _finish(Decoded(text, wide, damage))
    if _looks_binary(data):
        raise ArticleParseError("not text")
    try:
        return _finish(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    mixed = _mixed_lines(data)
    if mixed is not None:
        return _finish(mixed)
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # valid multi-byte sequences outnumbering the invalid bytes: UTF-8 damaged in a few places
    # (a single-byte file almost never forms valid UTF-8 sequences by chance)
    multibyte = sum(1 for c in text if c > "\x7f") - bad
    if multibyte > 2 * bad and bad * 50 < len(text):
        return _finish(Decoded(text, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]))
    if not _legacy_plausible(data) and _non_latin(data) is None:
        if bad * 50 < len(text):  # a UTF-8 file damaged in a few places: keep it, mark the damage
            return _finish(Decoded(text, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]))
        raise ArticleParseError("not text (invalid UTF-8, and no single-byte encoding fits)")
    return _finish(_legacy(data))


# What a Western single-byte file plausibly holds above ASCII: accented letters and typographic
# punctuation. Bytes that decode to anything else (C1 controls, þ, ÿ, ...) point to damaged UTF-8.
_LEGACY_OK = set("“”‘’–—…•€£¥§°©®™«»·¿¡´¨ªº±×÷¼½¾ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜàáâãäåæçèéêëìíîïñòóôõöøùúûüßŒœŠšŽžŸƒ")


def _legacy_plausible(data: bytes) -> bool:
    """Could the bytes be text in a single-byte (cp1252) encoding? Such text is mostly ASCII with
    letters and spaces; its high bytes are accented letters and curly quotes."""
    sample = data[:65536]
    high = [b for b in sample if b >= 0x80]
    if not high:
        return True
    if len(high) * 4 > len(sample) or (sample.count(b" ") + sample.count(b"\n")) * 30 < len(sample):
        return False
    decoded = bytes(high).decode("cp1252", errors="replace")
    odd = sum(1 for c in decoded if c not in _LEGACY_OK)
    return odd * 10 <= len(decoded)


def _with_bom(data: bytes) -> Decoded | None:
    """Text that starts with a byte-order mark, in the encoding the mark names; None without one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            warnings = []
            try:
                text = data[len(bom) :].decode(name.replace("-sig", ""))
            except UnicodeDecodeError:
                text = data[len(bom) :].decode(name.replace("-sig", ""), errors="replace")
                warnings.append("invalid bytes replaced with U+FFFD")
            if not text.strip():
                raise ArticleParseError("empty")
            return _finish(Decoded(text, name, warnings))
    return None


def _mixed_lines(data: bytes) -> Decoded | None:
    """UTF-8 with some lines in cp1252: text pasted together from two sources (a scraper's UTF-8 page and a
    line typed or exported in a Windows program). Each line is read in the encoding it decodes in, when
    other lines hold valid UTF-8 beyond ASCII and every line that is not UTF-8 reads as plausible cp1252
    text (accented letters, curly quotes); otherwise None, and the file is read whole as before."""
    lines = data.split(b"\n")
    decoded: list[str] = []
    utf8_beyond_ascii = 0
    legacy = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            if any(c > "\x7f" and c not in _LEGACY_OK for c in text):
                return None  # a damaged UTF-8 line, not a legacy one: the whole-file rules decide
            legacy += 1
        else:
            utf8_beyond_ascii += not line.isascii()
        decoded.append(text)
    if not utf8_beyond_ascii or not legacy:
        return None
    return Decoded("\n".join(decoded), "utf-8", [f"{legacy} line(s) not in UTF-8 read as cp1252"])


def _bomless_utf(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark (a common export of Windows tools), told by where the
    NULs fall: English text is mostly ASCII, whose characters have NUL high bytes in those encodings."""
    size = len(sample) - len(sample) % 4
    if size < 8:
        return None
    nuls = [sample[k:size:4].count(0) / (size // 4) for k in range(4)]  # share of NULs at each position mod 4
    if min(nuls[1:]) > 0.3 and nuls[0] < 0.05:
        return "utf-32-le"
    if min(nuls[:3]) > 0.3 and nuls[3] < 0.05:
        return "utf-32-be"
    even, odd = (nuls[0] + nuls[2]) / 2, (nuls[1] + nuls[3]) / 2
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    nuls = sample.count(0)
    if nuls:
        # a few stray NULs in text are dropped later; anything else with NULs (UTF-16 and UTF-32 were
        # told apart before) is binary
        return nuls * 200 > len(sample) or len(sample) < 4
    controls = len(sample) - len(sample.translate(None, _CONTROLS))  # counted in C, not byte by byte
    return controls * 20 > len(sample)


# The control bytes no text holds: all below 32 but tab, line feed, form feed, carriage return and escape.
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _legacy(data: bytes) -> Decoded:
    """A single-byte encoding: cp1252 (a superset of Latin-1 for text) unless charset-normalizer is
    sure of a non-Latin one (Cyrillic cp1251, Greek cp1253, ...)."""
    name = _non_latin(data) or "cp1252"
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        name = "latin-1"
        text = data.decode("latin-1")
    if not _mostly_text(text):
        raise ArticleParseError("not text")
    return Decoded(text, codecs.lookup(name).name)


def _non_latin(data: bytes) -> str | None:
    """A non-Latin single-byte encoding (Cyrillic, Greek, Hebrew, Arabic) charset-normalizer is sure of."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[:65536], cp_isolation=["cp1252", "cp1251", "cp1253", "cp1255", "cp1256", "koi8_r"]).best()
    if best is None or best.encoding in ("cp1252",) or best.chaos > 0.05:
        return None
    sample = data[:65536]
    if sample.decode("cp1252", errors="replace") == sample.decode(best.encoding, errors="replace"):
        return None  # the same text either way (curly quotes share their bytes): say cp1252
    text = str(best)
    letters = sum(1 for c in text if c.isalpha() or c.isspace())
    return str(best.encoding) if letters >= 0.6 * len(text) else None


def _mostly_text(text: str) -> bool:
    sample = text[:8192]
    good = sum(1 for c in sample if c.isprintable() or c in "\n\r\t\f")
    return good >= 0.9 * len(sample)


def _finish(dec: Decoded) -> Decoded:
    """Repair text that is already mojibake, when a round trip through cp1252 is clean."""
    hits = len(MOJIBAKE.findall(dec.text[:200000]))
    if not hits:
        return dec
    try:
        repaired = _cp1252_bytes(dec.text).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        repaired = MOJIBAKE.sub(lambda m: _fix_one(m.group(0)), dec.text)
        if len(MOJIBAKE.findall(repaired)) < hits:
            dec.warnings.append(f"mojibake repaired in {hits} place(s) (text was UTF-8 read as cp1252)")
            return Decoded(repaired, dec.encoding, dec.warnings)
        dec.warnings.append(f"text looks like mojibake in {hits} place(s) (UTF-8 read as cp1252)")
        return dec
    dec.warnings.append(f"mojibake repaired in {hits} place(s) (text was UTF-8 read as cp1252)")
    return Decoded(repaired, dec.encoding, dec.warnings)


def _fix_one(s: str) -> str:
    try:
        return _cp1252_bytes(s).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def _cp1252_bytes(s: str) -> bytes:
    """The bytes a browser read as cp1252 to show `s`: its five unassigned bytes (0x81, 0x8d,
    0x8f, 0x90, 0x9d) pass through as the C1 characters of the same number."""
    return s.encode("cp1252", errors="_c1_passthrough")


def _c1_passthrough(err: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(err, UnicodeEncodeError):
        raise err
    chunk = err.object[err.start : err.end]
    if all("\x80" <= c <= "\x9f" for c in chunk):
        return chunk.encode("latin-1"), err.end
    raise err


codecs.register_error("_c1_passthrough", _c1_passthrough)
