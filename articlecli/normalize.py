"""Text -> normalised text -> lines.

The normalised text is the one documented form every offset in the output refers to:
Unicode NFC; line endings `\\n`; no NUL, BOM, zero-width or soft-hyphen characters;
every other space character (NBSP, thin space, tab, ...) replaced by a plain space;
form feeds turned into line breaks; trailing spaces removed from each line; a drop cap
printed alone on its line joined to the word it begins ("H" + "ong Kong" -> "Hong Kong").
"""

import re
import unicodedata
from typing import NamedTuple

import regex

from . import rx

# Characters that carry no text: dropped. (Zero-width space/joiners, word joiner, BOM,
# soft hyphen, bidi marks, object replacement character, NUL and other C0 controls.)
# Plain character classes over the whole text: the standard library's engine scans these
# two to three times faster than `regex`.
_INVISIBLE = re.compile(
    r"[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u2069\ufeff\ufffc]++"
)
# Space characters other than the ASCII space and the newline: made ASCII spaces.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = rx.compile(r"\r\n?+|[\u2028\u2029\u0085\u000c]")
_TRAILING = rx.compile(r"[ ]++$", flags=regex.MULTILINE)
# A drop cap printed on a line of its own: "H\n\nong Kong is burning" -> "Hong Kong is burning"
_DROP_CAP = rx.compile(r"^(\p{Lu})\n++(?=\p{Ll}{2})", flags=regex.MULTILINE)


def normalize(text: str) -> str:
    """Return the normalised form of `text` (see the module docstring)."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    if " \n" in text or text.endswith(" "):
        text = _TRAILING.sub("", text)
    return str(_DROP_CAP.sub(r"\1", text))


class Line(NamedTuple):
    """One non-blank line of the normalised text."""

    # position among non-blank lines (the field hides tuple.index)
    index: int  # type: ignore[assignment]
    number: int  # 1-based line number in the normalised text
    start: int  # offset of `text` in the normalised text
    text: str  # the line without leading/trailing spaces
    blank_before: bool  # a blank line (or the start of the text) precedes it
    blank_after: bool  # a blank line (or the end of the text) follows it
    indent: int = 0  # leading spaces

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_lines(text: str, *, first_line: int = 1, first_offset: int = 0) -> list[Line]:
    """Split normalised text into its non-blank lines, remembering blank-line boundaries.

    `first_line` and `first_offset` place a piece of a larger text (one article of an export).
    """
    found: list[tuple[int, int, str, int]] = []  # (number, start, text, indent)
    offset = first_offset
    for number, chunk in enumerate(text.split("\n"), start=first_line):
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            found.append((number, offset + lead, stripped, lead))
        offset += len(chunk) + 1
    out: list[Line] = []
    for i, (number, start, stripped, lead) in enumerate(found):
        before = i == 0 or found[i - 1][0] < number - 1
        after = i + 1 == len(found) or found[i + 1][0] > number + 1
        out.append(Line(i, number, start, stripped, before, after, lead))
    return out
