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
