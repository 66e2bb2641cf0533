"""A full stop after an abbreviation ends no sentence: the abbreviations are the lexicon's (titles, ranks, a name's
suffixes, months, streets) and a few of the sentence pattern's own (`patterns.ABBREVIATIONS`)."""

from __future__ import annotations

import pytest

from articlecli import lexicon as L
from articlecli import patterns as P


def test_the_lexicons_abbreviations_are_the_sentence_patterns() -> None:
    kept = set(P.ABBREVIATIONS)
    assert set(L.TITLE_ABBREVIATIONS) <= kept and set(L.STREET_ABBREVIATIONS) <= kept
    assert {"mr", "dr", "jr", "sept", "jun"} <= kept and "miss" not in kept  # ("Miss." is no abbreviation)


@pytest.mark.parametrize(
    "text",
    ["Cllr. Ada Lund opened the pier.", "Det. Supt. Ravi Gill spoke.", "It shut on Sept. Fourth Street reopened."],
)
def test_no_sentence_ends_after_an_abbreviation(text: str) -> None:
    assert not P.has_sentence_break(text)


def test_a_sentence_ends_after_a_word() -> None:
    assert P.has_sentence_break("The pier shut. Ada Lund said so.")
