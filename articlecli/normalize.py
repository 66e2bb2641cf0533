"""Text -> normalised text -> lines.

The normalised text is the one documented form every offset in the output refers to:
Unicode NFC; line endings `\\n`; no NUL, BOM, zero-width or soft-hyphen characters;
every other space character (NBSP, thin space, tab, ...) replaced by a plain space;
form feeds turned into line breaks; trailing spaces removed from each line; a drop cap
printed alone on its line joined to the word it begins ("H" + "ong Kong" -> "Hong Kong").

Line numbers are the input's: a drop cap joined to its word takes the lines it stood on with it,
so `normalize_mapped` says where, and `split_lines` numbers the lines after it as in the input.
"""

from __future__ import annotations

import re
import unicodedata
from _bisect import bisect_left
from collections.abc import Sequence

import regex

from . import rx
from .model import Record


def _chars(*ranges: tuple[int, int]) -> str:
    return "".join(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


# Characters that carry no text: dropped. (Zero-width space/joiners, word joiner, BOM,
# soft hyphen, bidi marks, object replacement character, NUL and other C0 controls.)
INVISIBLE = _chars(
    (0x00, 0x08),
    (0x0B, 0x0B),
    (0x0E, 0x1F),
    (0x7F, 0x7F),
    (0xAD, 0xAD),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x2069),
    (0xFEFF, 0xFEFF),
    (0xFFFC, 0xFFFC),
)
# Space characters other than the ASCII space and the newline: made ASCII spaces.
SPACES = _chars(
    (0x09, 0x09), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000)
)
# Line breaks other than "\n" (a "\r\n" pair is one): made "\n".
LINE_BREAKS = "\r\u2028\u2029\u0085\u000c"

# All three in one scan, each run of them rewritten by a table. (A plain character class:
# the standard library's engine scans it two to three times faster than `regex`.)
_ODD_RUN = rx.compile_std("[" + re.escape(INVISIBLE + SPACES + LINE_BREAKS) + "]+")
_ODD_TABLE = str.maketrans(
    {**dict.fromkeys(INVISIBLE), **dict.fromkeys(SPACES, " "), **dict.fromkeys(LINE_BREAKS, "\n")}
)
# A drop cap printed on a line of its own: "H\n\nong Kong is burning" -> "Hong Kong is burning"
_DROP_CAP = rx.compile(r"^(\p{Lu})\n++(?=\p{Ll}{2})", flags=regex.MULTILINE)
# What a drop cap needs: a line of one character (a newline before it, or the text's start, and one after it),
# found at C speed by the standard library's engine, which jumps from newline to newline
_ONE_CHARACTER_LINE = rx.compile_std(r"\n.\n")


def _rewrite(m: re.Match[str]) -> str:
    return m.group().translate(_ODD_TABLE)


# The one character of the three sets that `str.isprintable` passes (every other is a control, a format character
# or a separator, which it refuses; tests/test_normalize.py checks this of the Unicode tables Python carries).
_PRINTABLE_ODD = "\ufffc"


def _rewrite_odd(text: str) -> str:
    """`_ODD_RUN.sub(_rewrite, text)`, read a line at a time: a line that `str.isprintable` passes holds no
    character of the sets (most lines: a test at C speed, where the pattern's class costs some 170 instructions
    a character), and a run of them never holds the newline."""
    if _PRINTABLE_ODD in text:
        return _ODD_RUN.sub(_rewrite, text)
    lines = text.split("\n")
    if all(map(str.isprintable, lines)):
        return text
    return "\n".join([line if line.isprintable() else _ODD_RUN.sub(_rewrite, line) for line in lines])


def normalize(text: str) -> str:
    """Return the normalised form of `text` (see the module docstring)."""
    return normalize_mapped(text)[0]


def normalize_mapped(text: str) -> tuple[str, tuple[int, ...]]:
    """The normalised form of `text`, and the input lines a drop cap's join took away: for each,
    the line of the normalised text it was joined into (what `split_lines` takes as `joined`).

    >>> normalize_mapped("H\\n\\nong Kong is burning.\\nMore.")
    ('Hong Kong is burning.\\nMore.', (1, 1))
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = _rewrite_odd(text)
    text = unicodedata.normalize("NFC", text)
    if " \n" in text or text.endswith(" "):  # trailing spaces (a split beats a multi-line pattern fivefold)
        text = "\n".join([line.rstrip(" ") for line in text.split("\n")])
    if not may_hold_drop_cap(text) or _DROP_CAP.search(text) is None:
        return text, ()
    pieces: list[str] = []
    joined: list[int] = []
    pos = line = 0
    for m in _DROP_CAP.finditer(text):
        line += text.count("\n", pos, m.start())  # newlines kept before this drop cap
        pieces += [text[pos : m.start()], m.group(1)]
        joined += [line + 1] * (m.end() - m.start() - 1)  # the newlines after the capital
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces), tuple(joined)


def may_hold_drop_cap(text: str) -> bool:
    """Whether `_DROP_CAP` may match: the text holds a line of one character (most articles hold none, and the
    pattern reads every line; tests/test_warm_gates.py holds the gate to it)."""
    return text[1:2] == "\n" or _ONE_CHARACTER_LINE.search(text) is not None


class Line(Record):
    """One non-blank line of the normalised text."""

    # position among non-blank lines (the field hides tuple.index)
    index: int  # type: ignore[assignment]
    number: int  # 1-based line number in the input (as the normalised text's, but for joined drop caps)
    start: int  # offset of `text` in the normalised text
    text: str  # the line without leading/trailing spaces
    blank_before: bool  # a blank line (or the start of the text) precedes it
    blank_after: bool  # a blank line (or the end of the text) follows it
    indent: int = 0  # leading spaces

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_lines(text: str, *, first_line: int = 1, first_offset: int = 0, joined: Sequence[int] = ()) -> list[Line]:
    """Split normalised text into its non-blank lines, remembering blank-line boundaries.

    `first_line` and `first_offset` place a piece of a larger text (one article of an export);
    `joined` (from `normalize_mapped`) numbers the lines as in the input.
    """
    found: list[tuple[int, int, str, int]] = []  # (number, start, text, indent)
    offset = first_offset
    for number, chunk in enumerate(text.split("\n"), start=first_line):
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip()) if chunk[0].isspace() else 0
            found.append((number, offset + lead, stripped, lead))
        offset += len(chunk) + 1
    out: list[Line] = []
    last = len(found) - 1
    for i, (number, start, stripped, lead) in enumerate(found):
        before = i == 0 or found[i - 1][0] < number - 1
        after = i == last or found[i + 1][0] > number + 1
        out.append(Line(i, input_line(number, joined) if joined else number, start, stripped, before, after, lead))
    return out


def input_line(number: int, joined: Sequence[int]) -> int:
    """The input's number of a line of the normalised text: one more for each input line a drop cap's
    join took away above it (its own lines stay with the joined line, the capital's)."""
    return number + bisect_left(joined, number) if joined else number
