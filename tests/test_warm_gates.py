"""The plain tests that spare the warm parse a pattern's scan agree with the pattern (hypothesis).

Each gate reads a word, a mark or a line's end, and runs its pattern only where the pattern may match: a gate
that skipped a text its pattern matches would change the parse. Each is checked here on texts rich in the
words, marks and spaces its pattern turns on (and in the cases and characters that fold, for a pattern that
ignores case).
"""

from __future__ import annotations

import importlib
import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlecli import captions, dates, normalize, people
from articlecli import lexicon as L
from articlecli import patterns as P

debris = importlib.import_module("articlecli.classify.debris")
inserts = importlib.import_module("articlecli.classify.inserts")  # the module (the package exports its functions)


def _texts(*pieces: str, size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


# --- people: the issuers of statements ("a statement issued by X", "X issued a statement")
_DOCS = L.STATEMENT_NOUNS[:3]
ISSUER_TEXTS = _texts(
    *_DOCS,
    *(v.strip() for v in people._ISSUING_VERBS),
    *people._ISSUING_VERBS,
    *(" ", "  ", "by", " by ", "the ", "a ", "an ", "its ", "Harbour ", "Trust", "Ann Lee", "Mr.", ",", "\n", "x"),
)


@settings(max_examples=1500, deadline=None)
@given(ISSUER_TEXTS)
@example("a statement issued by the Harbour Trust")
@example("The Harbour Trust issued a statement on Monday")
@example("Ann Lee said in a statement")
@example("Ann Lee wrote in  a statement")
def test_issued_matches_are_both_patterns_matches(text: str) -> None:
    every = (*people._ISSUED_BY.finditer(text), *people._ISSUED.finditer(text))
    assert _spans(people._issued_matches(text)) == _spans(every)


# --- people: a run of capitalised words, without the lookahead for its first capital
_NAME_RUN_WITH_LOOKAHEAD = regex.compile(r"(?=\p{Lu})" + people.NAME_RUN.pattern)
NAME_TEXTS = _texts(
    "Ann", "Lee", "de", "van", "Dr.", "U.S.", "J.", "Mc", "O’", "’s", "x", " ", ".", "'", "É", "é", "1", "-", size=20
)


@settings(max_examples=1500, deadline=None)
@given(NAME_TEXTS)
@example("Defense Secretary Lloyd Austin and Dr. Ann van der Lee")
def test_name_runs_are_the_runs_of_the_pattern_with_its_lookahead(text: str) -> None:
    assert _spans(people.NAME_RUN.finditer(text)) == _spans(_NAME_RUN_WITH_LOOKAHEAD.finditer(text))


# --- normalize: a drop cap on a line of its own
DROP_CAP_TEXTS = _texts("\n", "\n\n", "H", "É", "h", "ong", "a", " ", "1", "\u2028", size=20)


@settings(max_examples=1500, deadline=None)
@given(DROP_CAP_TEXTS)
@example("H\n\nong Kong is burning.")
@example("Intro\nH\nong Kong")
def test_drop_cap_gate_passes_every_text_the_pattern_matches(text: str) -> None:
    if normalize._DROP_CAP.search(text) is not None:
        assert normalize.may_hold_drop_cap(text)


# --- classify/inserts: code listings and signed pull quotes
CODE_TEXTS = _texts(*"{}[]();=:,.)] _\t", "x", "var", "a1", " ", "é", size=12)


@settings(max_examples=1500, deadline=None)
@given(CODE_TEXTS)
@example("items = [")
@example("},")
@example("main: (")
def test_code_line_is_the_pattern(text: str) -> None:
    assert inserts.code_line(text) == bool(inserts._CODE_LINE.search(text))


SIGNED_TEXTS = _texts(*"\"“‘'”’.,!?—–- \n", "We cannot keep patching the wall", "Mayor Lina Roth", "x", size=12)


@settings(max_examples=1500, deadline=None)
@given(SIGNED_TEXTS)
@example("“We cannot keep patching the wall” — Mayor Lina Roth")
def test_signed_quote_ends_with_no_sentence_mark(text: str) -> None:
    if inserts._SIGNED.match(text) is not None:
        assert not text.endswith((".", "!", "?"))


# --- captions: a widget's "… more" after a caption
TRUNCATION_TEXTS = _texts("less", "more", "read more", "See more", "MORE", "…", "...", " ", "\n", "x", size=10)


@settings(max_examples=1500, deadline=None)
@given(TRUNCATION_TEXTS)
@example("Fans at the gate ... more")
@example("Fans at the gate less\n")
def test_truncation_gate_passes_every_text_the_pattern_matches(text: str) -> None:
    if captions._TRUNCATION.search(text) is not None:
        assert text.endswith(captions._TRUNCATION_ENDS)


# --- patterns: a sentence's break inside a line
BREAK_TEXTS = _texts(*'.!?…"”’)]“‘( \t\u00a0\u2009\n', "A", "É", "a", "Mr", "U.S", "3", "he said", size=20)


@settings(max_examples=2000, deadline=None)
@given(BREAK_TEXTS)
@example("He left. Then she spoke")
@example("“It ended.”\u00a0A new one")
def test_has_sentence_break_is_the_pattern(text: str) -> None:
    assert P.has_sentence_break(text) == (P.SENTENCE_BREAK.search(text) is not None)


def test_the_standard_white_space_holds_every_white_space_of_the_pattern() -> None:
    """The gate's `\\s` (the standard library's) matches every character the pattern's `\\s` does."""
    theirs = regex.compile(r"\s", regex.VERSION1 | regex.IGNORECASE)
    ours = re.compile(r"\s")
    assert all(ours.match(chr(c)) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and theirs.match(chr(c)))


# --- patterns: an agency's name in a credit
AGENCY_TEXTS = _texts(
    *("AP", "ap", "Reuters", "REUTERS", "Getty", "Images", "epa-efe", "Press", "the", "Associated", "pa", "map"),
    *(" ", "/", "-", ".", ",", "(", "1", "é", "İ", "ſ", "\u0301", "Jane Doe", "x"),
)


@settings(max_examples=2000, deadline=None)
@given(AGENCY_TEXTS)
@example("Photo: Jane Doe/Getty Images")
@example("Jane Doe/EPA-EFE/Shutterstock")
def test_agency_gate_passes_every_text_the_pattern_matches(text: str) -> None:
    if P.AGENCY_WORD.search(text) is not None:
        assert P.may_name_agency(text)


def test_every_agency_opens_with_an_ascii_letter() -> None:
    """(the gate reads an agency's first word of letters a-z)"""
    assert all(a[:1].isascii() and a[:1].isalpha() and a.isascii() for a in L.AGENCIES)


# --- classify/debris: a date's label with no date after it
_EMPTY_DATE_LINE = debris._shape_parts()["empty_date_line"]
EMPTY_DATE_TEXTS = _texts(
    *(P.DATE_LABEL_PHRASES[:6]), "date", "Updated", " on", " at", " ", ":", "\t", "1", "٣", "2024", "x", size=8
)


@settings(max_examples=1500, deadline=None)
@given(EMPTY_DATE_TEXTS)
@example("Updated:")
@example("Last updated on 3 March 2024")
def test_an_empty_date_line_holds_no_digit(text: str) -> None:
    if _EMPTY_DATE_LINE.match(text) is not None:
        assert not dates.has_digit(text)


def test_no_date_label_holds_a_digit() -> None:
    assert not any(regex.search(r"\d", label) for label in P.DATE_LABEL_PHRASES)
