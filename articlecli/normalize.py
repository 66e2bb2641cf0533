"""Text -> normalised text -> lines.

The normalised text is the one documented form every offset in the output refers to:
Unicode NFC; line endings `\\n`; no NUL, BOM, zero-width or soft-hyphen characters;
every other space character (NBSP, thin space, tab, ...) replaced by a plain space;
form feeds turned into blank lines; trailing spaces removed from each line.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

# Characters that carry no text: dropped. (Zero-width space/joiners, word joiner, BOM,
# soft hyphen, bidi marks, object replacement character, NUL and other C0 controls.)
_INVISIBLE = regex.compile(
    r"[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u2069\ufeff\ufffc]++"
)
# Space characters other than the ASCII space and the newline: made ASCII spaces.
_SPACES = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = regex.compile(r"\r\n?+|[\u2028\u2029\u0085\u000c]")
_TRAILING = regex.compile(r"[ ]++$", flags=regex.MULTILINE)


def normalize(text: str) -> str:
    """Return the normalised form of `text` (see the module docstring)."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    return _TRAILING.sub("", text)


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the normalised text."""

    index: int  # position among non-blank lines
    number: int  # 1-based line number in the normalised text
    start: int  # offset of `text` in the normalised text
    text: str  # the line without leading/trailing spaces
    blank_before: bool  # a blank line (or the start of the text) precedes it
    blank_after: bool  # a blank line (or the end of the text) follows it

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_lines(text: str) -> list[Line]:
    """Split normalised text into its non-blank lines, remembering blank-line boundaries."""
    raw = text.split("\n")
    out: list[Line] = []
    offset = 0
    blank_before = True
    for number, chunk in enumerate(raw, start=1):
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Line(len(out), number, offset + lead, stripped, blank_before, True))
            blank_before = False
        else:
            blank_before = True
        offset += len(chunk) + 1
    # blank_after: true when the next line in the text is blank (or there is none)
    fixed: list[Line] = []
    for i, line in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        after = nxt is None or nxt.number > line.number + 1
        fixed.append(Line(line.index, line.number, line.start, line.text, line.blank_before, after))
    return fixed
