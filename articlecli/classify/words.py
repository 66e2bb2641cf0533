"""A line's words, read at C speed where they can be (every line of a page is read so): its comparison key
(`key_of`), how many words it has and how many open in lower case, whether it reads as running text, its content
words, and whether it is set in title case."""

from __future__ import annotations

import functools
import re

from .. import lexicon as L
from .. import patterns as P
from .. import rx

FUNCTION_WORDS = frozenset(L.FUNCTION_WORDS)
# A gallery's label alone on its line, by comparison key ("IN PICTURES"): read by the debris, picture and graphic
# passes alike, built once here.
GALLERY_LABELS = frozenset(L.GALLERY_LABELS)
GALLERY_CONTROLS = frozenset(L.GALLERY_CONTROLS)  # and its controls ("Next", "Previous"), likewise
# Words of a line addressed to the reader ("you", "your"), speech verbs ("said", "told") and the words that open
# a sentence, never a crosshead ("But", "When"): read by the picture, crosshead and graphic passes alike, built once
READER_WORDS = frozenset(L.READER_WORDS)
SPEECH_VERBS = frozenset(L.SPEECH_VERBS)
NOT_CROSSHEAD_OPENERS = frozenset(L.NOT_CROSSHEAD_OPENERS)
# The last words of a writer's line ("... Reporter", "... Columnist": the header's title kinds and its evidence) and
# the verbs of a sentence, no caption's scene (the caption passes): each read by two passes, built once here
WRITER_LINE_ENDS = frozenset(L.WRITER_LINE_ENDS)
SENTENCE_VERBS = frozenset(L.SENTENCE_VERBS)


def question_opened(t: str) -> bool:
    """The line opens with a question word or two of any language the tables hold ("Why now?", "Wat betekent
    dit?", "O que muda?", "Por qué ahora?")."""
    words = t.lower().lstrip("¿¡").split(None, 2)
    if not words:
        return False
    asking = _question_openers()
    return words[0] in asking or (len(words) > 1 and f"{words[0]} {words[1]}" in asking)


@functools.cache  # built on first use: most pages hold no short question between paragraphs
def _question_openers() -> frozenset[str]:
    return frozenset((*L.QUESTION_WORDS, *L.QUESTION_WORDS_ABROAD))


def release_contact_label(text: str) -> bool:
    """A release's contact label alone on its line, closed by its colon, the contact on the lines below ("Media
    contact:", "Contact presse :", "Pressekontakt:"; `lexicon.RELEASE_CONTACT_LABELS`): the newswire's furniture,
    no subheading."""
    return text.endswith(":") and len(text) <= 50 and text[:-1].rstrip().lower() in _release_contact_labels()


@functools.cache  # built on first use: read only for a short line closed by a colon
def _release_contact_labels() -> frozenset[str]:
    return frozenset(L.RELEASE_CONTACT_LABELS)


def key_of(text: str) -> str:
    """Comparison form: case, punctuation, quote style and spacing ignored.

    >>> key_of("“Breaking:  Storm hits   the coast” — live")
    'breaking storm hits the coast live'
    """
    # Read for every line, most of them paragraphs: the pieces between spaces and punctuation are joined at
    # C speed on the line's UTF-8 bytes, where ASCII's marks and spaces are bytes of their own (bytes of
    # other characters are all >= 0x80); the marks and spaces outside ASCII are made plain spaces first.
    low = text.casefold()
    if not low.isascii():
        low = _spaced(low, COMMON_WIDE_MARKS)
        if not low.isascii():
            low = _WIDE_BREAK.sub(" ", low)
    raw = low.encode("utf-8", "surrogatepass")  # (a lone surrogate, as a str may hold, passes through)
    return b" ".join(raw.translate(_KEY_BYTES).split()).decode("utf-8", "surrogatepass")


_KEY_PUNCTUATION = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~‘’“”«»‹›„‚—–…•·©®™"
# The marks beyond ASCII that most lines holding any hold (curly quotes, dashes, an ellipsis): each made a space by
# `str.replace`, a scan at C speed, before a class of such characters is searched (some 90 instructions a character),
# and only in a line that is not ASCII then (most lines beyond ASCII are ASCII but for these)
COMMON_WIDE_MARKS = ("’", "“", "”", "—", "–", "‘", "…")


def _spaced(text: str, marks: tuple[str, ...]) -> str:
    """`text` with each of `marks` made a space."""
    for mark in marks:
        text = text.replace(mark, " ")
    return text


# a quotation mark of any form (a line quoting someone is no subheading, nor the title of the section it opens)
QUOTE_MARKS = rx.compile(r"[\"“”‘’«»]")

# every character `str.split` splits at, beyond ASCII (tests/test_fast_paths.py checks the list)
WIDE_SPACES = "\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
_WIDE_MARKS = "".join(c for c in _KEY_PUNCTUATION if not c.isascii())
_WIDE_BREAK = rx.compile_std("[" + re.escape(WIDE_SPACES + _WIDE_MARKS) + "]")


def _byte_tables(marks: str) -> tuple[str, ...]:
    """`_KEY_BYTES`, `_WORD_BYTES` and `_CONTENT_BYTES` (each as Latin-1 text), `marks` being `_KEY_PUNCTUATION`."""
    # ASCII's punctuation and spaces to a space, every other byte kept
    key = bytes(32 if i < 128 and (chr(i) in marks or chr(i).isspace()) else i for i in range(256))
    # `patterns.words` counted without making the words (read for every line, most of them paragraphs): in the
    # line's ASCII bytes a lower-case letter becomes "l", another letter or a digit "u", an apostrophe or a
    # hyphen is dropped (it joins a word, or stands alone), anything else is a space. A word is then a run of
    # "l" and "u" (an underscore is a space: see `patterns.words`), opening with "l" when it opens in lower case.
    word = bytes(108 if chr(i).islower() else 117 if chr(i).isalnum() else 32 for i in range(256))
    # A word's letters, digits and inner marks (apostrophes, hyphens) kept, ASCII's letters in lower case; every
    # other ASCII byte (the underscore too, as `patterns.words` reads it) a space
    content = bytes(ord(chr(i).lower()) if chr(i).isalnum() or chr(i) in "'-" or i >= 128 else 32 for i in range(256))
    return tuple(table.decode("latin-1") for table in (key, word, content))


# (worked out once per installation and read back, as the lexicon's word lists are: made a byte at a time in
# Python, the three tables cost 0.9M instructions of every start)
_KEY_BYTES, _WORD_BYTES, _CONTENT_BYTES = (t.encode("latin-1") for t in rx.words(_KEY_PUNCTUATION, _byte_tables))


def is_prose(text: str, words: list[str]) -> bool:
    """A line of running text: several words, lower-case words among them, sentence punctuation.

    >>> is_prose("No one is watching.", "No one is watching".split())
    True
    """
    n = len(words)
    if n < 3:
        return False
    need, lower = max(1, n // 5), 0
    for w in words:  # enough lower-case words: running text, not a title
        if w[0].islower():
            lower += 1
            if lower >= need:
                break
    else:
        return False
    return _punctuated(text, n)


def _punctuated(text: str, n: int) -> bool:
    """A line of `n` words (three or more) has a sentence's punctuation: at its end, or inside a long line."""
    return P.ends_sentence(text) or (n >= 8 and (P.has_sentence_break(text) or n >= 16))


# marks beyond ASCII that no word holds, made spaces before the count (a curly apostrophe is a straight one)
_WIDE_NON_WORD = rx.compile_std("[" + re.escape(WIDE_SPACES + _WIDE_MARKS.replace("’", "") + "£€×") + "]")


def word_counts(text: str) -> tuple[int, int] | None:
    """How many words `patterns.words` finds in a line, and how many of them open in lower case; None when
    the line holds a letter or a digit beyond ASCII (its words are read then).

    >>> word_counts("“It’s a well-known fact,” he said — in 2024.")
    (8, 6)
    """
    if not text.isascii():
        text = _spaced(text.replace("’", "'"), COMMON_WIDE_MARKS[1:])
        if not text.isascii():
            text = _WIDE_NON_WORD.sub(" ", text)
            if not text.isascii():
                return None
    shape = text.encode().translate(_WORD_BYTES, b"'-")
    lower = shape.count(b" l") + (shape[:1] == b"l")
    return lower + shape.count(b" u") + (shape[:1] == b"u"), lower


def words_and_prose(text: str) -> tuple[int, bool]:
    """How many words the line has, and whether it `is_prose`: from `word_counts` where it can tell."""
    counted = word_counts(text)
    if counted is None:
        words = P.words(text)
        return len(words), is_prose(text, words)
    n, lower = counted
    return n, n >= 3 and lower >= max(1, n // 5) and _punctuated(text, n)


def title_case(text: str) -> bool:
    words = [w for w in P.words(text) if len(w) > 3 and w[0].isalpha()]
    return bool(words) and len([w for w in words if w[0].isupper()]) >= 0.7 * len(words)


def content_words(text: str) -> set[str]:
    """The words of a line (`patterns.words`) longer than three letters and not function words, in lower case."""
    plain = text
    if not plain.isascii():
        plain = _spaced(text, COMMON_WIDE_MARKS[1:])  # (a curly apostrophe is kept: see below)
        if not plain.replace("’", "").isascii():
            plain = _WIDE_NON_WORD.sub(" ", plain)
    if not (plain.isascii() or plain.replace("’", "").isascii()):
        return {w.lower() for w in P.words(text) if len(w) > 3 and w.lower() not in FUNCTION_WORDS}
    # ASCII but for curly apostrophes (most paragraphs): lower case first, as it moves no word's bounds there; the
    # words split at C speed on the UTF-8 bytes, where an apostrophe's bytes are >= 0x80 and kept (`_CONTENT_BYTES`)
    spaced = plain.encode().translate(_CONTENT_BYTES).decode()
    pieces = spaced.split()
    if spaced.startswith(_WORD_MARKS) or " '" in spaced or " -" in spaced or " ’" in spaced:
        pieces = [p.lstrip("'-’") for p in pieces]  # a word opens at its first letter or digit
    return {w for w in pieces if len(w) > 3 and w not in FUNCTION_WORDS}


_WORD_MARKS = ("'", "-", "’")  # inside a word, never at its start


_BOX_TITLES: frozenset[str] = frozenset()


def box_titles() -> frozenset[str]:
    """`lexicon.BOX_TITLES` in `key_of` form (its entries are in small letters already; an apostrophe is a space),
    built on first use."""
    global _BOX_TITLES
    if not _BOX_TITLES:
        # (the entries joined, their apostrophes replaced and cut again: three calls in C, not one a title)
        _BOX_TITLES = frozenset("\x00".join(L.BOX_TITLES).replace("'", " ").split("\x00"))
    return _BOX_TITLES


_BOX_LABELS: frozenset[str] = frozenset()


def box_labels() -> frozenset[str]:
    """`box_titles` and a recipe's labels (`lexicon.RECIPE_LABELS`, "ingredients"): the titles over rows of the
    story's own that the story's span passes over (`closing_box.titled_box_end`), built on first use."""
    global _BOX_LABELS
    if not _BOX_LABELS:
        _BOX_LABELS = box_titles() | L.RECIPE_LABELS
    return _BOX_LABELS


BOX_TITLE_WORDS = (
    6  # the words of a box's title, its label after a colon or not ("Info: Umleitung und Shuttle"), at most
)


def box_title(text: str, key: str | None = None) -> bool:
    """A line that is the title of the story's own box of facts (`lexicon.BOX_TITLES`), alone or as the label before
    a colon ("Key figures", "EL DATO", "Info: Umleitung und Shuttle") or after it ("Flood defences: the numbers");
    `key`, the line's `key_of` when known."""
    if len(text) > 60:
        return False
    colon = text.find(":")
    if colon < 0:
        return (key if key is not None else key_of(text)) in box_titles()
    titles = box_titles()
    # the label before the colon, or the box's kind after the story's own words ("Human-elephant conflict: the
    # numbers", "Budget 2025: key figures", "Le projet : en chiffres")
    if colon <= 32 and key_of(text[:colon]) in titles:
        return True
    return len(text) - colon <= BOX_KIND_CHARS and key_of(text[colon + 1 :]) in titles


BOX_KIND_CHARS = 24  # a box's kind after its colon ("  les chiffres clés"): this many characters at most
