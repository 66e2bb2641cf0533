"""The quote pass's cheap gates agree with the patterns they stand in front of (hypothesis).

Each gate answers from a substring or word test where it can and runs the pattern only where it
cannot; here each one is checked against the plain pattern, on texts rich in what the pattern turns on.
"""

from __future__ import annotations

import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlecli import cues, people, quotes, speech
from articlecli import lexicon as L

QUOTE_TEXTS = st.lists(
    st.sampled_from([*"“”\"«»‘„’'a É2 -.", "it's", " 'Tis", "rock'n'roll"]),
    max_size=10,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(QUOTE_TEXTS)
@example("O'Neil's")
@example("a 'word'")
def test_has_quote_mark_is_the_quote_mark_pattern(text: str) -> None:
    assert speech.has_quote_mark(text) == (speech._QUOTE_MARK.search(text) is not None)


FOREIGN_TEXTS = st.lists(
    st.sampled_from(
        [
            "dijo",
            "sagte",
            "teilte",
            " mit",
            "según",
            "SEGÚN",
            "Selon",
            "ſelon",
            "enligt",
            "ENLİGT",
            "enlıgt",
            "laut",
            "LAUT",
            *"„‚»«“”",
            " ",
            "x",
            "_",
            "é",
            "2",
            ",",
            "-",
        ]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(FOREIGN_TEXTS)
@example("ENLİGT Lund")
@example("ſegún él")
@example("xdijo")
@example("“Sì”, dice Ana")
@example("rolled, dice in hand")
@example("»Ja«, dit Ana, dice Bo")
def test_foreign_is_the_gate_pattern(text: str) -> None:
    """The word and substring tests in `cues.foreign` never skip a block the pattern (or a cue right after a
    closing mark) would find."""
    after_mark = re.search('[”"»«], (?:' + "|".join(L.FOREIGN_CUES_AFTER_MARK) + ") ", text)
    expected = cues._GATE.search(text) is not None or after_mark is not None
    assert cues.foreign(text) == expected


def test_gate_words_are_whole_word_runs() -> None:
    """`cues.foreign` looks a gate word up among the text's runs of word characters."""
    assert all(cues._WORD.fullmatch(word) for word in cues._GATE_WORDS)


@given(st.sampled_from(["Smith", "The", "Lam", "DEA", "Ng.", "Rep.", "President", "X-Ray", "Sen"]))
def test_one_word_has_no_title_to_split_off(word: str) -> None:
    """`_name_tokens` returns a mention of one word with no apostrophe as it is, as `split_title` would."""
    assert people.split_title([word]) == ([], [word])
    assert people._name_tokens([word], word) == [word]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*"ABÉaé1.-ΣϒǅⅠ"]), min_size=1, max_size=8).map("".join))
@example("DEA")
@example("ǅA")
def test_an_acronym_is_upper_case(word: str) -> None:
    """`Registry._resolve` tries the acronym pattern only on a word `str.isupper` accepts."""
    if people._ACRONYM_SHAPE.match(word):
        assert word.isupper()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"\"'“”„«»‘’‚‹›`´ʼ″a É"]), max_size=12).map("".join))
def test_quote_marks_are_found_as_the_regex_module_finds_them(text: str) -> None:
    """`quotes._MARK` runs on the standard library's engine: the same marks at the same places."""
    assert [m.start() for m in quotes._MARK.finditer(text)] == [
        m.start() for m in regex.finditer(quotes._MARK.pattern, text)
    ]
