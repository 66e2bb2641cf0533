"""The line classifier's plain-text gates agree with the patterns they spare (hypothesis).

Each gate below answers, at C speed or from a line's first character, what a pattern would find in a
line; each is checked here against that pattern, on texts rich in the characters that matter (letters that
fold to ASCII ones, brackets, currency signs and codes, the lexicon's lead words).
"""

from __future__ import annotations

import importlib

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlecli import lexicon as L
from articlecli.classify import products, shapes

caption_shapes = importlib.import_module("articlecli.classify.caption_shapes")

PIECES = st.sampled_from(
    [
        *"([ )]:.,$£€ſKİkKsSCcLlFfBb1",
        "USD",
        "eur",
        "GBP",
        "See it",
        "buy",
        "Shop now",
        "clockwise from top",
        "From left",
        "LEFT TO RIGHT",
        " at Loma",
        " the harbour ",
    ]
)
LINES = st.lists(PIECES, max_size=12).map("".join)

SIGN = "[" + regex.escape("".join(L.CURRENCY_SIGNS)) + "]"
ANY_SIGN = regex.compile(SIGN)
ANY_PRICE_MARK = regex.compile(SIGN + "|" + "|".join(L.CURRENCY_CODES))


@settings(max_examples=1500, deadline=None)
@given(LINES)
@example("$39 at Acme")
@example("ſee it at ShopMart")
@example("Buy it: £89 at Loma")
@example("Fares rise to €12 from Monday")
@example("The fare is 12 EUR")
@example("The fare is 12 eur")
def test_price_gates_are_the_patterns(text: str) -> None:
    assert products.retailer_hint(text) == (products.RETAILER_HINT.match(text) is not None)
    assert products.currency_sign(text) == (ANY_SIGN.search(text) is not None)
    assert products.priced(text) == (ANY_PRICE_MARK.search(text) is not None)


@settings(max_examples=1500, deadline=None)
@given(LINES)
@example("Clockwise from top: the pier, the quay and the old mill")
@example("(From left) Ann Lee, Omar Pike and Rita Chow")
@example("[left to right] the crew of the lifeboat")
@example("((clockwise from top")
@example("(")
@example("")
def test_picture_set_gate_is_the_pattern(text: str) -> None:
    assert caption_shapes._set_opener(text) == (caption_shapes._SET_OPENER.match(text) is not None)


DIGIT_TEXTS = st.lists(
    st.sampled_from([*"a Z.,:/-’“”—é\u00a0", "٣", "７", "²", "½", "Ⅳ", "०", *"0123456789", "March", "harbour"]),
    max_size=12,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(DIGIT_TEXTS)
@example("Updated ٣ March")  # an Arabic-Indic digit, no ASCII one
@example("Fares rise by a half (½) on Monday")  # a fraction is no digit
@example("The harbour reopens")
def test_has_digit_is_the_digit_pattern(text: str) -> None:
    from articlecli import dates
    from articlecli import patterns as P

    assert dates.has_digit(text) == (P.ANY_DIGIT.search(text) is not None)


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Image", "PHOTO", "video", "caption", "Caption", "CAPTİON", " ", ",", ":", "x"]), max_size=5
    ).map("".join)
)
@example("Image caption,")
@example("Caption:")
def test_caption_label_gate_is_the_pattern(text: str) -> None:
    from articlecli import patterns as P
    from articlecli.classify import pictures

    assert pictures._caption_label(text) == (P.CAPTION_LABEL.match(text) is not None)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*"1234567890.)•–—*-aBkK ſ٣", "Roof", " repairs", "  "]), max_size=6).map("".join))
@example("- Roof repairs: two million pounds")
@example("12) Costs")
@example("b. Ferries")
@example("٣. Ferries")
def test_list_item_gate_is_the_pattern(text: str) -> None:
    from articlecli import patterns as P

    assert shapes.list_item(text) == (P.LIST_ITEM.match(text) is not None)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*"Aa:{}[]();=. \t", "...", "Opening hours", "x" * 20, "É"]), max_size=8).map("".join))
@example("Opening hours: 9 to 5")
@example("config = {")
@example("...")
def test_list_or_code_gate_is_the_pattern(text: str) -> None:
    span = importlib.import_module("articlecli.classify.span")
    assert span._list_or_code_shape(text) == (span._LIST_OR_CODE_SHAPE.search(text) is not None)


ARTICLE_TEXTS = st.lists(
    st.sampled_from(["a", "an", "A", "AN", "the", "The", "THE", "one", "One", "another", "Another", "ſ", "İ", "é"])
    | st.sampled_from([" ", "  ", "x", "mayor", "Harbour", "\n", "ing", "ed", "ly", "ING", "comment", "Kommentar"]),
    max_size=6,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(ARTICLE_TEXTS)
@example("the mayor")
@example("another  official")
@example("Anne Lee")
@example("a")
def test_article_tests_are_the_pattern(text: str) -> None:
    """A mention's opening article read as plain text (`_opens_with_article`, `_without_article`) is what the
    pattern `^(?:a|an|the|one|another)[ ]++` (case ignored, simply folded) finds and takes away."""
    from articlecli import attribution as A

    pattern = regex.compile(r"(?-f)^(?:a|an|the|one|another)[ ]++", A.FLAGS)
    assert A._opens_with_article(text) == (pattern.match(text) is not None)
    assert A._without_article(text) == pattern.sub("", text)


@settings(max_examples=1000, deadline=None)
@given(ARTICLE_TEXTS)
@example("Hosting")
@example("Asked\n")
@example("Reportedly")
@example("Ingrid")
def test_verb_form_is_the_pattern(word: str) -> None:
    """A word's ending read as plain text (`people._verb_form`) is what `(?:ing|ed|ly)$` finds."""
    from articlecli import people

    assert people._verb_form(word) == (regex.search(r"(?:ing|ed|ly)$", word) is not None)


@settings(max_examples=1000, deadline=None)
@given(ARTICLE_TEXTS)
@example("Comments (12)")
@example("KOMMENTARE")
@example("Leave a comentário")
def test_comment_cue_is_the_pattern(text: str) -> None:
    """The comment policy's gate (`patterns.comment_cue`) finds a stem where the stems' alternation does."""
    from articlecli import patterns as P

    alternation = regex.compile("|".join(map(regex.escape, P.COMMENT_STEMS)))
    assert P.comment_cue(text) == (alternation.search(text[:40].casefold()) is not None)


def test_words_are_kept_for_one_article_only() -> None:
    """A line's words are found once per article (the rules ask them again and again), each caller given a list of
    its own, and forgotten when the next article starts."""
    from articlecli import parse
    from articlecli import patterns as P

    line = "The pier shut on Tuesday as the storm arrived."
    parse(f"Storm Closes the Pier\n\n{line}\n")
    first = P.words(line)
    assert line in P._WORDS_OF and first == P.WORD.findall(line)
    first.append("changed")
    assert P.words(line) == P.WORD.findall(line)  # (a caller's list changed: the kept words are not)
    parse("Harbour Ferry Fares Rise\n\nFares rise on Monday, the council said.\n")
    assert line not in P._WORDS_OF
