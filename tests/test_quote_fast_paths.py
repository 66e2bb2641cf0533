"""The quote pass's cheap gates agree with the patterns they stand in front of (hypothesis).

Each gate answers from a substring or word test where it can and runs the pattern only where it
cannot; here each one is checked against the plain pattern, on texts rich in what the pattern turns on.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlecli import attribution, cues, people, quotes, rx, speech
from articlecli import lexicon as L
from articlecli import patterns as P

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
            "afirmó",
            "añade",
            "säger",
            "ó",
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


# `attribution.find_verbs` finds the words that start a speaking verb from the text made bytes (every byte but
# a-z a space); what it must find is what a scan of the text for words of ASCII lower-case letters between
# non-letters finds, with `lo` and `hi` as `finditer`'s pos and endpos.
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")


def _verbs_by_word_scan(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    found = []
    for w in _LOWER_WORD.finditer(text, lo, hi):
        if w.group() in attribution._VERB_FIRST_WORDS and (m := attribution.VERB_AT.match(text, w.start())):
            found.append(m.span())
    return found


VERB_LINES = [
    "“We won,” she said.",
    "Halvorsen added: “It fits.”",
    "The minister, who spoke to reporters on Monday, pointed out that “no one knew”.",
    "According to Senator Ruth Alder, “the vote is close”, he told Reuters, adding that it said so.",
    "Said the coach: “Never again.” Asked why, he says: “Because.”",  # capitalised: no verb
    "The unsaid rule, the untold story, the essays she wrote",  # a verb's letters inside a longer word
    "saidé, toldÉ, said½ and said² are no verbs; said2 and 2said are",  # a letter, a numeral, a digit
    "she_said it, Ms Lee\u2019s aide said\u00a0in a statement, “ok”",
    "he said\n\nin a statement and she noted",
]


@pytest.mark.parametrize("line", VERB_LINES)
def test_find_verbs_finds_what_the_word_scan_finds(line: str) -> None:
    """Over every window of the line, as the attribution pass cuts them (a word may be cut at either end)."""
    for lo in range(len(line) + 1):
        for hi in range(lo, len(line) + 1):
            assert [m.span() for m in attribution.find_verbs(line, lo, hi)] == _verbs_by_word_scan(line, lo, hi)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["said", "told", "according", " to", "Said", "é", "É", "2", "½", "_", " ", ",", "un", "s"]),
        max_size=12,
    ).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_find_verbs_in_a_window_is_the_word_scan(text: str, lo: int, size: int) -> None:
    assert [m.span() for m in attribution.find_verbs(text, lo, lo + size)] == _verbs_by_word_scan(
        text, lo, min(lo + size, len(text))
    )


# What a quote's text before it may end with: a name, a colon, spaces, a line break
BEFORE_TEXTS = st.lists(st.sampled_from([" Ada Lee", "Lee", ":", ": ", " ", "\n", ",", "\u00a0"]), max_size=6).map(
    "".join
)


@settings(max_examples=400, deadline=None)
@given(BEFORE_TEXTS)
@example("Ada Lee:  ")
@example("Ada Lee: \n")
def test_the_colon_test_keeps_every_name_before_a_colon(before: str) -> None:
    # (`find_attribution` tries the pattern only where the test passes)
    if attribution.BEFORE_COLON.match(before):
        assert before.rstrip(" ").endswith(":")


def test_is_letter_is_the_class_of_the_word_scan() -> None:
    """`_is_letter` is `[^\\W\\d_]` for every character."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    by_class = {m.start() for m in re.finditer(r"[^\W\d_]", every)}
    assert {i for i, c in enumerate(every) if attribution._is_letter(c)} == by_class


def test_gate_words_are_ascii_lower_case_or_hold_another_letter() -> None:
    """`cues._may_hold_gate_word` finds a gate word of letters a-z among the runs of them, and any other by a
    letter of another alphabet in it."""
    for word in cues._GATE_WORDS:
        assert (word.isascii() and word.isalpha() and word.islower()) or set(word) & set(cues._GATE_OTHER_LETTERS)


GATE_LINES = [  # (line, whether a gate word stands in it as a whole run of word characters)
    ("«Es un paso importante», dijo el alcalde.", True),
    ("„Wir sind zufrieden“, sagte Heiko Brüning, Geschäftsführer.", True),
    ("«C’est fini», a-t-il ajouté, «nous partons».", True),
    ("“Não vamos parar”, afirmou o ministro. «Nunca», explicó (afirmó) Pérez.", True),
    ("Der Landkreis teilte mit, man wolle „prüfen“.", True),
    ("“Ja”, säger hon.", True),
    ("“We won,” she said, with the café’s owner, José, by her side.", False),  # letters of another alphabet
    ("“It is over,” said_dijo_x and 2dijo, not dijo2 nor dijó", False),  # runs of word characters, not letters
]


@pytest.mark.parametrize(("line", "has_gate_word"), GATE_LINES)
def test_the_gate_word_test_keeps_every_line_with_a_gate_word(line: str, has_gate_word: bool) -> None:
    assert (not cues._GATE_WORD_SET.isdisjoint(cues._WORD.findall(line))) == has_gate_word
    assert cues._may_hold_gate_word(line) or not has_gate_word


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["word", "it’s", "well-", "known", "_", " ", "  ", ",", "2024", "é", "x" * 30, "—", "'"]),
        max_size=14,
    ).map("".join)
)
@example("a" * 59 + " b c d e")
@example("one two three four" + " " * 50 + "five")
@example("one two three fo" + "_" * 50 + "ur five")
def test_is_short_counts_the_words_as_p_words_does(quote: str) -> None:
    """`speech.is_short` reads the first characters of a quote before all of it: the same answer."""
    assert speech.is_short(quote) == (len(P.words(quote)) <= speech.SHORT)


ACRONYM_LINES = [  # (line, whether `_ACRONYM` names an organisation by its initials in it)
    ("The Drug Enforcement Administration (DEA) said on Monday", True),
    ("officials at the Harbour Safety Board (HSB) and the Port of Lund (PL)", True),
    ("A spokesman for the Ministry of Health (MoH) declined", False),  # not capitals only
    ("the World Health Organization ( WHO ) warned", False),
    ("LONDON (Reuters) - Prices rose (see chart) as the Bank of England (BoE) met", False),
    ("the European Union (EU), the North Atlantic Treaty Organization (NATO)", True),
]


@pytest.mark.parametrize(("line", "named"), ACRONYM_LINES)
def test_the_bracket_test_keeps_every_line_with_an_acronym(line: str, named: bool) -> None:
    """`Registry.add_text` scans a text with `_ACRONYM` only where `_BRACKETED_CAPITALS` finds capitals in brackets."""
    assert (people._ACRONYM.search(line) is not None) == named
    assert people._BRACKETED_CAPITALS.search(line) is not None or not named


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["Harbour", " ", "Board", "of", "(", ")", "HSB", "É", "x", "Ab"]), max_size=12).map(
        "".join
    )
)
def test_an_acronym_holds_capitals_in_brackets(text: str) -> None:
    if people._ACRONYM.search(text):
        assert people._BRACKETED_CAPITALS.search(text)


# The speaker patterns test a long list of words (sources, verbs) by its first letter (its last, in reverse)
# and take the spaces between two words possessively in reverse as well as forwards: what they match is what
# the plain grammar matches, a plain alternation and a greedy run of spaces where `_reverse` strips the "+".
def _plain(pattern: str) -> str:
    for words, reverse in (
        (attribution._SOURCES, False),
        (attribution._SOURCES, True),
        (attribution._VERB_FORMS, False),
    ):
        pattern = pattern.replace(attribution._guarded(words, reverse=reverse), "(?:" + "|".join(words) + ")")
    return pattern.replace(attribution._GAP, "[ ]++")


def _found(pattern: regex.Pattern[str], text: str, *args: int) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    m = pattern.match(text, *args)
    return None if m is None else (m.span(), m.groupdict())


_SPEAKER_LINES = [
    "Austin said the United States will act, and Moy told Reuters.",
    "“We won,” said Harbor Commissioner Ellen Marsh, the city's spokeswoman, on Monday.",
    "Pavel Ruiz, a spokesman for Project Lantern, said the talks  had failed.",
    "A person familiar with the talks    said. A source close to the couple also added",
    "The city council member for   the  east ward reportedly told reporters",
    "Okafor, chief executive of Harbour Equities, said, and a 43-year-old woman from Leeds noted",
    "Secretary of State Mike Pompeo of Kansas and his team said; officials said; one user on Weibo wrote",
    "                                                              Volker said",  # a quote blanked before it
    "the “Pose” actor said; Apple’s chief designer said; Dr. Ann Lee of the Sleep Clinic,  said",
    "SPOKESMAN JOHN SMITH SAID, a Spokesman said, an Official Said it, a ſpokesman ſaid",
]


@pytest.mark.parametrize("line", _SPEAKER_LINES)
def test_speaker_patterns_match_what_the_plain_grammar_matches(line: str) -> None:
    """At every place of the line: the subject before a verb (in reverse), a speaker and verb, a verb."""
    subject = attribution._reverse(
        _plain(attribution._who_pattern(reverse=True))
        + attribution._APPOSITIVE
        + r"[ ]++"
        + attribution._ADVERBS
        + r"$"
    )
    verb = _plain(attribution._VERB)
    who_verb = rx.compile(
        _plain(attribution._WHO)
        + attribution._APPOSITIVE
        + r",?[ ]++"
        + attribution._ADVERBS
        + r"(?P<cue>"
        + verb
        + r")(?![\p{L}])",
        attribution.FLAGS,
    )
    verb_at = rx.compile(r"(?P<cue>" + verb + r")(?![\p{L}])", attribution.FLAGS)
    assert subject.pattern != attribution.SUBJECT_AT_END.pattern and verb != attribution._VERB
    for end in range(len(line) + 1):
        window = (max(0, end - 280), end)
        assert _found(attribution.SUBJECT_AT_END, line, *window) == _found(subject, line, *window)
        assert _found(attribution.WHO_VERB, line, end) == _found(who_verb, line, end)
        assert _found(attribution.VERB_AT, line, end) == _found(verb_at, line, end)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["official", "officials", "of", "cial", "Of", "s", "ſ", "sa", "a", "x y", "K"]), max_size=9
    ),
    st.lists(st.sampled_from([*"abxsSſA Kk", "ab", "ba", "ſa"]), max_size=10).map("".join),
    st.booleans(),
    st.booleans(),
)
def test_guarded_alternation_matches_what_the_plain_one_matches(
    words: list[str], text: str, reverse: bool, ignore_case: bool
) -> None:
    words = list(dict.fromkeys(words))
    if not words:
        return
    plain = "(?:" + "|".join(words) + ")"
    guarded = attribution._guarded(words, reverse=reverse)
    flags = (regex.IGNORECASE if ignore_case else 0) | (regex.REVERSE if reverse else 0) | regex.VERSION1
    for tail in ("", "s?", "(?:{})?"):
        want = rx.compile(plain + tail.format(plain), flags)
        got = rx.compile(guarded + tail.format(guarded), flags)
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                assert _found(got, text, lo, hi) == _found(want, text, lo, hi)


def test_every_abbreviation_has_the_shape_tested_before_the_abbreviations() -> None:
    """`people._TOKEN` tries the abbreviations only after a capital, up to four small letters and a full stop."""
    shape = regex.compile(people._ABBREVIATED_SHAPE)
    for abbreviation in [*people.NAME_ABBREVIATIONS.split("|"), "U.S.", "A."]:
        assert shape.match(abbreviation if abbreviation.endswith(".") else abbreviation + ".")


_NAME_RUN_LINES = [
    "U.S. Secretary of Transport Nora Delgado met Dr. Ann Lee and Sen. Ruth Alder in St. Paul.",
    "Samuel A. Alito Jr. and Martin Luther King III; Mr. and Mrs. Tan, Capt. Ng, Prof Ali, Gen.X. Y.",
    "James Van Der Beek, Ludwig van Beethoven, Osama bin Laden and Mohammed bin Salman al Saud",
    "Drs. Lee, Mrs.Lee, Supt. Bhatti, MRS. LEE, Jr., A. B. C. Smith, J.R.R. Tolkien, É. Zola, Ölaf Ström",
]


@pytest.mark.parametrize("line", _NAME_RUN_LINES)
def test_name_runs_are_what_the_plain_token_finds(line: str) -> None:
    # the token as written before its shape test: initials, an abbreviation, a capitalised word
    plain = (
        r"(?-i:(?:\p{Lu}\.){2,}|\p{Lu}\.(?=[ ]\p{Lu})|(?:"
        + people.NAME_ABBREVIATIONS
        + r")\.|\p{Lu}[\p{L}\p{M}'’\-]*+)"
    )
    assert plain != people._TOKEN
    runs = regex.compile(people.NAME_RUN.pattern.replace(people._TOKEN, plain))
    for start in range(len(line) + 1):
        assert [m.span() for m in people.NAME_RUN.finditer(line, start)] == [
            m.span() for m in runs.finditer(line, start)
        ]


MARK_END_TEXTS = st.lists(st.sampled_from([" ", ":", ",", "a", "said", "\n", "that", "“"]), max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(MARK_END_TEXTS, st.integers(min_value=0, max_value=40))
@example("Halvorsen added: ", 0)
@example("he said , ", 3)
def test_mark_end_is_the_end_pattern(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert attribution.mark_end(text, pos) == attribution._MARK_END.search(text, pos).start()


DESCRIBED_NOUNS = (*L.FEMALE_TITLES, *L.MALE_TITLES, *L.PERSON_ROLE_NOUNS)
DESCRIBED_TEXTS = st.lists(
    st.sampled_from([*DESCRIBED_NOUNS[::7], "the", "The", "a", "an", "one", "Ann,", "club's", "s", "é", ",", "."]),
    max_size=10,
).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(DESCRIBED_TEXTS)
@example("Later the actress, unlike the club's chairman, left.")
def test_described_people_are_the_pattern_matches(text: str) -> None:
    found = [m.span() for m in attribution.described_people(text)]
    assert found == [m.span() for m in attribution._DESCRIBED_PERSON.finditer(text)]


def test_described_nouns_open_with_an_ascii_lower_case_letter() -> None:
    """A noun's first run of ASCII lower-case letters is the run the text holds where the noun stands."""
    assert all("a" <= noun[:1] <= "z" for noun in DESCRIBED_NOUNS)


IN_WORDS_TEXTS = st.lists(
    st.sampled_from(
        ["in", "In the WORDS of", "in the words of", "in Lee’s words", "Ann", "Lee's", "wordſ", "IN", ",", ":", "said"]
    ),
    max_size=6,
).map(" ".join)


@settings(max_examples=1000, deadline=None)
@given(IN_WORDS_TEXTS)
@example("In the words of Ann Lee,")
@example("in Ann Lee’s words:")
def test_in_words_holds_the_word(text: str) -> None:
    """The attribution "in the words of" is looked for only where "words" stands in the folded text."""
    assert "words" in text.casefold() or attribution.IN_WORDS.match(text) is None
