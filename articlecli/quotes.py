"""Quotation spans in a block of text: pairing quote marks in one linear pass.

Curly and straight double quotes, single quotes used as quote marks, guillemets, and the marks of
other languages paired by their convention (`lexicon.QUOTE_CLOSERS`): „…“ and ‚…‘ (German, Czech),
« … » with spaces inside (French), »…« (German, Danish), ”…” (Swedish, Finnish). A single
quote between letters (West’s, they’re) or before a year (’90s) is an apostrophe. Quotes
inside quotes stay inside the outer span. A mark left open at the end of a paragraph makes
a span to its end only when the quote runs on into the next paragraph (the mark opens this
paragraph, or the next one opens with a quote mark); otherwise it is ignored, so that a stray
mark cannot swallow the text.
"""

from . import lexicon as L
from . import rx

# (the standard library's engine: a plain class of characters, scanned in half the time it takes `regex`)
_MARK = rx.compile_std(r"[\"'“”„«»‘’‚‹›]")
DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
MAX_DEPTH = 4  # deeper nesting is noise; dropping it keeps the pass linear

_OPEN_BEFORE = set(" \t\n([{—–-/\"'“‘«")  # what may stand before an opening mark
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-/\"'”’»…")  # what may follow a closing mark


class QuoteSpan:
    """A quoted span: `start`/`end` bound the text inside the marks."""

    __slots__ = ("closed", "double", "end", "opens_block", "start")

    def __init__(self, start: int, end: int, double: bool, closed: bool, opens_block: bool) -> None:
        self.start = start
        self.end = end
        self.double = double  # double marks (or guillemets) rather than single
        self.closed = closed  # False: opened at the start of the block and not closed in it
        self.opens_block = opens_block  # the opening mark is the first character of the block


class _Open:
    __slots__ = ("double", "inner", "mark", "pos")

    def __init__(self, pos: int, double: bool, inner: int, mark: str = "") -> None:
        self.pos = pos  # index of the opening mark
        self.double = double
        self.inner = inner  # where the quoted text starts (after one or two marks)
        self.mark = mark  # the opening mark, when a language's convention says which mark closes it


_CLOSERS = L.QUOTE_CLOSERS
_INNER_SPACES = " \u00a0\u202f"  # French spaces inside guillemets: « Oui », «\u202fOui\u202f»


def _closes(opened: _Open, c: str) -> bool:
    """The mark `c` closes the quote `opened` by its language's convention (“ after „)."""
    return c in _CLOSERS.get(opened.mark, "")


def _is_letter(c: str) -> bool:
    return c.isalnum()


def find_spans(text: str, *, runs_on: bool = False) -> list[QuoteSpan]:
    """Top-level quotation spans of `text`, in order.

    >>> [(text[s.start:s.end]) for text in ["“It’s ‘fine,’ he said,” she said."] for s in find_spans(text)]
    ['It’s ‘fine,’ he said,']

    An opening mark never closed, inside the paragraph, is a stray: the marks after it pair among
    themselves ("a film called “Harbor (“The Long Tide”). “It stayed with me,” she said.").

    >>> text = "A song called “Glasgow (“Home”). “It fits,” he said."
    >>> [text[s.start : s.end] for s in find_spans(text)]
    ['Home', 'It fits,']
    """
    strays: set[int] = set()
    while True:
        spans, stray = _pair(text, runs_on, strays)
        if stray is None or len(strays) >= MAX_STRAYS:
            return spans
        strays.add(stray)


MAX_STRAYS = 3  # re-pairing after this many stray marks is not worth its cost


class _Mark:
    """A quote mark in its context."""

    __slots__ = ("can_close", "can_open", "char", "next", "pos", "prev", "width")

    def __init__(self, pos: int, char: str, width: int, prev: str, next: str, can_open: bool, can_close: bool) -> None:
        self.pos = pos
        self.char = char  # as read: two single marks typed for a double one read as one double mark
        self.width = width
        self.prev = prev  # the character before it
        self.next = next  # the character after it
        self.can_open = can_open
        self.can_close = can_close


def _pair(text: str, runs_on: bool, strays: set[int]) -> tuple[list[QuoteSpan], int | None]:
    """The spans of `text` with the marks at `strays` ignored, and where the first opening mark left
    open inside the paragraph stands (None when every mark found its pair or runs on)."""
    spans: list[QuoteSpan] = []
    stack: list[_Open] = []
    skip = -1
    last = len(text) - 1
    for found in _MARK.finditer(text):
        i = found.start()
        if i == skip or i in strays:
            continue
        c = found.group()
        if c in "’'‘" and 0 < i < last and text[i + 1] != c and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # an apostrophe (West’s, they’re), told apart before reading the mark: most single marks are
        mark = _read_mark(text, i, c)
        if mark.width == 2:
            skip = i + 1
        if mark.char in '"“”„«»':
            _double(text, spans, stack, mark)
        else:
            _single(text, spans, stack, mark)
    # What is still open makes a span to the end only when it is a quote running on into the
    # next paragraph: it opens this block, or the next block opens with a quote mark (`runs_on`).
    if stack and (stack[0].pos == _first_visible(text) or (runs_on and stack[0].double)):
        opened = stack[0]
        end = len(text.rstrip())
        if end > opened.inner:
            spans.append(QuoteSpan(opened.inner, end, opened.double, False, opened.pos == _first_visible(text)))
        return spans, None
    return spans, stack[0].pos if stack and stack[0].double else None


def _read_mark(text: str, i: int, c: str) -> _Mark:
    n = len(text)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < n else " "
    width = 1
    if c in "’'‘" and nxt == c:  # two single marks typed for a double one: ’’ or ‘‘
        c = "“" if c == "‘" else "”"
        width = 2
        nxt = text[i + 2] if i + 2 < n else " "
    can_open = (prev in _OPEN_BEFORE or i == 0) and not nxt.isspace()
    can_close = ((nxt in _CLOSE_AFTER or i + 1 == n) and not prev.isspace()) or i + 1 == n
    return _Mark(i, c, width, prev, nxt, can_open, can_close)


def _double(text: str, spans: list[QuoteSpan], stack: list[_Open], m: _Mark) -> None:
    """Open or close a quote at a double mark (or a guillemet)."""
    i, c = m.pos, m.char
    top_double = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].double), None)
    if top_double is not None and _closes(stack[top_double], c):
        _close(text, spans, stack, top_double, i)
        return
    if c in _CLOSERS and (c in "„«" or m.can_open or (top_double is None and c != "»")):
        _push(stack, _Open(i, True, _skip_spaces(text, i + m.width) if c in "«»" else i + m.width, c))
        return
    if c in DOUBLE_OPEN:
        if m.can_open or top_double is None:
            _push(stack, _Open(i, True, i + m.width))
        return
    if c in DOUBLE_CLOSE and top_double is not None and (m.can_close or not m.can_open):
        _close(text, spans, stack, top_double, i)
        return
    if c in DOUBLE_CLOSE and top_double is None:
        if m.can_open:  # a closing mark used to open ("”Bird flu ...")
            _push(stack, _Open(i, True, i + 1))
        return
    # straight double quote: close the innermost double if it can, else open
    if top_double is not None and m.can_close:
        _close(text, spans, stack, top_double, i)
    elif m.can_open:
        _push(stack, _Open(i, True, i + 1))
    elif top_double is not None:
        _close(text, spans, stack, top_double, i)
    elif m.next == " " and (m.prev in _OPEN_BEFORE or i == 0):
        # no quote is open, so this opens one, typed with a stray space: ` " You guys have…"`
        inner = i + 1
        while inner < len(text) and text[inner] == " ":
            inner += 1
        _push(stack, _Open(i, True, inner))


def _single(text: str, spans: list[QuoteSpan], stack: list[_Open], m: _Mark) -> None:
    """Open or close a quote at a single mark, unless it is an apostrophe."""
    i, c = m.pos, m.char
    if _is_letter(m.prev) and _is_letter(m.next):
        return  # an apostrophe: West’s, they’re, rock’n’roll
    if c in "’'" and m.next.isdigit() and i + 2 < len(text) and text[i + 2].isdigit():
        return  # an elision: ’90s, '19
    if c in "’'" and m.next.isalpha() and not m.prev.isalnum() and _elided_word(text, i + 1):
        return  # an elided word: Van 't Hoff, 's-Hertogenbosch, rock 'n' roll
    top_single = next((k for k in range(len(stack) - 1, -1, -1) if not stack[k].double), None)
    if top_single is not None and top_single == len(stack) - 1 and _closes(stack[top_single], c):
        _close(text, spans, stack, top_single, i)
        return
    if c == "‚" and m.can_open:
        _push(stack, _Open(i, False, i + 1, c))
        return
    if c in SINGLE_OPEN:
        if m.can_open or c == "‹":
            _push(stack, _Open(i, False, i + 1))
        return
    if top_single is not None and m.can_close and top_single == len(stack) - 1:
        _close(text, spans, stack, top_single, i)
        return
    if c == "'" and m.can_open and (top_single is None or top_single != len(stack) - 1):
        _push(stack, _Open(i, False, i + 1))
    # otherwise an apostrophe after a plural ("the teams’ coach") or a stray mark


def _elided_word(text: str, start: int) -> bool:
    """The letters from `start` to the next non-letter are a word printed elided ("t" of "'t", "em" of "'em")."""
    end = start
    while end < len(text) and end - start < 6 and text[end].isalpha():
        end += 1
    return text[start:end].lower() in L.ELIDED_WORDS


def _first_visible(text: str) -> int:
    return len(text) - len(text.lstrip())


def _push(stack: list[_Open], item: _Open) -> None:
    if len(stack) < MAX_DEPTH:
        stack.append(item)


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] in _INNER_SPACES:
        i += 1
    return i


def _close(text: str, spans: list[QuoteSpan], stack: list[_Open], k: int, i: int) -> None:
    opened = stack[k]
    del stack[k:]  # marks opened inside and never closed are dropped with it
    if opened.mark in ("«", "»"):
        while i > opened.inner and text[i - 1] in _INNER_SPACES:
            i -= 1
    if not stack and i > opened.inner:
        spans.append(QuoteSpan(opened.inner, i, opened.double, True, opened.pos == _first_visible(text)))
