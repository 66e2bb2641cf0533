"""The hand-written fast paths agree with the patterns that define them (hypothesis).

A few per-line helpers avoid a regex pass for speed (`bench/bench.py`); each one is checked
here against the plain regex it replaces, on texts rich in the characters that matter.
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlecli import lexicon as L
from articlecli import patterns as P
from articlecli.classify import key_of
from articlecli.people import word_count

# The characters each rule turns on, plus letters, digits, marks and spaces.
ALPHABET = st.sampled_from([*".!?…:;\"”“’‘'»«)]([ _-—–aZé\u0301ß2\u00a0\tſ©", "Smith", "ith"])
TEXTS = st.lists(ALPHABET, max_size=30).map("".join)

TERMINAL = regex.compile(r"[.!?…:;][\"”’'»)\]]*+$|[\"”»]$")
WHOLE_WORD = regex.compile(r"[\p{L}\p{M}'’\-]++")
KEY_PUNCTUATION = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~‘’“”«»‹›„‚—–…•·©®™"


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_words_are_the_word_pattern(text: str) -> None:
    assert P.words(text) == P.WORD.findall(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_ends_sentence_is_the_terminal_pattern(text: str) -> None:
    assert P.ends_sentence(text) == bool(TERMINAL.search(text))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_key_is_the_text_without_case_punctuation_and_spacing(text: str) -> None:
    spaced = text.casefold().translate(str.maketrans(dict.fromkeys(KEY_PUNCTUATION, " ")))
    assert key_of(text) == " ".join(spaced.split())


WIDE_TEXTS = st.lists(
    st.sampled_from([*KEY_PUNCTUATION, *"\x1c\x85\u2009\u3000\u2028\ud800 \t\u00a0ßİſéΣ", "\u0301", "Smith", "Ann"]),
    max_size=30,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(WIDE_TEXTS)
@example("“Breaking:  Storm hits\u2009the coast” — live")
@example("Ferry fares rise\u3000again")
def test_key_is_the_same_beyond_ascii(text: str) -> None:
    """`key_of` splits a line's UTF-8 bytes: the same pieces as the text split at spaces and punctuation."""
    spaced = text.casefold().translate(str.maketrans(dict.fromkeys(KEY_PUNCTUATION, " ")))
    assert key_of(text) == " ".join(spaced.split())


AGENCY_TEXTS = st.one_of(
    st.sampled_from([*L.AGENCIES, *L.AGENCIES_IN_CAPITALS]).flatmap(
        lambda a: st.sampled_from([a, a.upper(), a.lower(), a.title(), a.swapcase(), a + ".", " " + a, a + "\n"])
    ),
    st.text(alphabet="aAkKsSpPeE .\n\u212a\u017f\u0130", max_size=8),
)


@settings(max_examples=1500, deadline=None)
@given(AGENCY_TEXTS)
def test_agency_only_is_the_pattern(text: str) -> None:
    assert P.agency_only(text) == (P.AGENCY_ONLY.match(text) is not None)


COMMENT_TEXTS = st.lists(
    st.sampled_from(
        [*L.COMMENT_WORDS, *L.COMMENT_POLICY_WORDS, *L.COMMENT_READER_WORDS, "When", "Kommentar", "ſ", "K", " ", ", "]
    ).map(lambda w: w.upper() if len(w) % 3 == 0 else w),
    max_size=12,
).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(COMMENT_TEXTS)
@example("When you comment, please keep it civil")
def test_every_comment_policy_holds_a_comment_stem(text: str) -> None:
    """`may_be_comment_policy` gates the pattern: it holds for every text the pattern matches."""
    assert P.may_be_comment_policy(text) or P.COMMENT_POLICY.match(text) is None


def test_agency_lists_are_ascii() -> None:
    """An ASCII text is looked up in the agency lists with its case folded: every entry is ASCII (an entry beyond
    ASCII would need the pattern's own folding)."""
    assert all(a.isascii() for a in (*L.AGENCIES, *L.AGENCIES_IN_CAPITALS))


def test_common_wide_marks_are_marks_the_classes_make_spaces() -> None:
    """The marks replaced before a class is searched are marks the class makes spaces (the curly apostrophe aside,
    which a word holds)."""
    from articlecli.classify import words as W

    assert all(W._WIDE_BREAK.fullmatch(c) for c in W.COMMON_WIDE_MARKS)
    assert W.COMMON_WIDE_MARKS[0] == "’" and all(W._WIDE_NON_WORD.fullmatch(c) for c in W.COMMON_WIDE_MARKS[1:])


def test_wide_spaces_are_every_space_beyond_ascii() -> None:
    from articlecli.classify.words import WIDE_SPACES

    assert "".join(c for c in map(chr, range(128, 0x110000)) if c.isspace()) == WIDE_SPACES


WORD_TEXTS = st.lists(
    st.sampled_from([*"aZ09_'-’‘“”—–…«»•·©®™£€× .,!?:;()\t\u00a0\u2009éßſ\u0301", "Smith", "ith", "ann", "U.S."]),
    max_size=40,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(WORD_TEXTS)
@example("“It’s a well-known fact,” he said — in 2024.")
@example("’Tis the season — snake_case, 10-4 and rock ’n’ roll")
@example("Ferry fares rise again as fuel costs climb, the operator said on Monday.")
@example("Café owners say the harbour is quieter")
def test_word_counts_are_the_words_counted(text: str) -> None:
    """`word_counts` counts on a line's bytes the words `patterns.words` finds, and those opening in lower case;
    `words_and_prose` reads from the counts what `is_prose` reads from the words."""
    from articlecli.classify.words import is_prose, word_counts, words_and_prose

    words = P.words(text)
    counted = word_counts(text)
    if counted is not None:
        assert counted == (len(words), sum(1 for w in words if w[0].islower()))
    assert words_and_prose(text) == (len(words), is_prose(text, words))


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(["Smith", "ith", "é", "O'Neil", "Jr.", "-", ""]))
def test_word_count_is_a_count_of_whole_words(text: str, word: str) -> None:
    assert word_count(text, word) == Counter(WHOLE_WORD.findall(text))[word]


CUE_TEXTS = st.lists(
    st.sampled_from(
        [
            "COPYRIGHT",
            "Copyright",
            "©",
            "(C) ",
            "(c)",
            "All Rights Reserved",
            "ALL rights",
            " reserved",
            "Sign Up",
            " for ",
            " to ",
            "SUBSCRIBE",
            " now",
            "newsletters",
            "in your INBOX",
            " daily",
            "reCAPTCHA",
            "Delivered",
            " weekly",
            "Email Alerts",
            "news alert",
            "By signing up",
            "by Subscribing",
            "ſ",
            "ﬅ",
            " ",
            "x",
            ".",
            "2024",
        ]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(CUE_TEXTS)
def test_cue_words_are_in_every_match(text: str) -> None:
    """The substring gates in `debris_reason` never skip a line the pattern would match."""
    folded = text.casefold()
    if P.COPYRIGHT.search(text):
        assert any(cue in folded for cue in P.COPYRIGHT_CUES)
    if P.NEWSLETTER.search(text):
        assert any(cue in folded for cue in P.NEWSLETTER_CUES)


def _normalize_reference(text: str) -> str:
    """The normalisation as first written: one pattern per kind of character, then NFC."""
    import unicodedata

    text = regex.sub(r"\r\n?+|[\u2028\u2029\u0085\u000c]", "\n", text)
    text = regex.sub(
        r"[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffc]++",
        "",
        text,
    )
    text = regex.sub(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    text = unicodedata.normalize("NFC", text)
    text = regex.sub(r"[ ]++$", "", text, flags=regex.MULTILINE)
    return regex.sub(r"^(\p{Lu})\n++(?=\p{Ll}{2})", r"\1", text, flags=regex.MULTILINE)


RAW = st.lists(
    st.sampled_from(
        [*"ab H\n\r\t\u00a0\u200b\u2028\u2029\u0085\u000c\u000b\u00ad\u3000\ufeff\ufffc\u2066\x00\u202f\u0301e", "ong"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(RAW)
def test_normalize_is_the_pattern_by_pattern_normalisation(text: str) -> None:
    from articlecli.normalize import normalize

    assert normalize(text) == _normalize_reference(text)


def test_only_one_odd_character_is_printable() -> None:
    """A line `str.isprintable` passes is left as it is by the normalisation's rewriting of odd characters: true
    of every one of them but the one it looks for in the whole text."""
    from articlecli import normalize as N

    odd = N.INVISIBLE + N.SPACES + N.LINE_BREAKS
    assert [c for c in odd if c.isprintable()] == [N._PRINTABLE_ODD]


def test_speaking_verbs_start_with_an_ascii_lower_case_word() -> None:
    """`find_verbs` looks only at words of ASCII lower-case letters."""
    from articlecli.attribution import _VERB_FIRST_WORDS

    assert all(w.isascii() and w.isalpha() and w.islower() for w in _VERB_FIRST_WORDS)


VERB_TEXTS = st.lists(
    st.sampled_from(["said", "told", "according", " to", "Said", "é", "2", " ", ",", "he ", "she", "X", "added"]),
    max_size=12,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(VERB_TEXTS)
def test_find_verbs_is_the_word_by_word_reference(text: str) -> None:
    from articlecli import attribution as A

    reference = []
    for w in regex.finditer(r"(?<![\p{L}])\p{Ll}++", text):
        if w.group() in A._VERB_FIRST_WORDS and (m := A.VERB_AT.match(text, w.start())):
            reference.append(m.span())
    assert [m.span() for m in A.find_verbs(text)] == reference


CAPTION_TEXTS = st.lists(
    st.sampled_from(
        [
            *"()[]:/|.… ",
            "...",
            "Credit",
            "Photo",
            "Image credit",
            "Photographer",
            "2019.",
            "AP",
            "Getty Images",
            "Jo Lee",
            "treatment",
            "on Monday",
            " at ",
            "\n",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(CAPTION_TEXTS)
@example(")Credit/ at ")  # (a slash glued to its label: no spaced slash, no colon)
def test_caption_gates_skip_only_what_the_patterns_would_not_match(text: str) -> None:
    """`split_caption` tries each tail pattern only where the mark it needs is in the line."""
    from articlecli import captions as C

    t = text.strip()
    if C._PAREN_TAIL.search(t):
        assert t.endswith((")", "]"))
    if C._CREDIT_LABEL.search(t):
        # "Photo / Jo Lee", "Foto/ Jo Lee": a slash before a space closes a label (`_label_tail`'s gate reads the same)
        assert ":" in t or ".." in t or "…" in t or "/ " in t
    if C._GLUED_AFTER_YEAR.search(t):
        assert "/" in t
    if C._BAR_TAIL.search(t):
        assert "|" in t


def _opening_words() -> list[str]:
    """Stop phrases, caption leads, datelines, labels and markers, in several cases, and what may follow them."""
    from articlecli import lexicon as L

    phrases = [*L.HARD_STOPS, *L.SOFT_STOPS, *L.CAPTION_LEADS, *L.CAPTION_PHRASE_LEADS, *L.AUTHOR_LABELS]
    phrases += ["view all", "show", "read", "see", "load", "more", "file photo", "handout", "archive photo"]
    cased = [form for p in phrases for form in (p, p.upper(), p.title())] + ["slide", "Photo 2 of 8", "1/4", " -"]
    return [*cased, "12", "3 comments", "WASHINGTON", ", ", " —", "“A slow emergency”", '"', "«", "•", "- ", "1.", "a)"]


OPENINGS = st.lists(
    st.sampled_from([*_opening_words(), " ", ":", " : ", "...", "news", "Jo", "Lee", "ſ", "K", "é", "\u00a0"]),
    max_size=6,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(OPENINGS)
@example("• Roof repairs")
@example("2) Costs")
@example("b. Ferries")
@example("9 pm Doors open")
@example("14 comments")
@example("More harbour news:")
@example("YOU MAY ALSO LIKE")
@example("HARBOURTON, Maine —")
@example("Photo: volunteers at the gate")
@example("Image caption Volunteers at the gate")
@example("Written by:")
@example("Slide 3 of 9 - Rowers on the quay")
def test_opening_gates_skip_only_what_the_patterns_would_not_match(text: str) -> None:
    """The tests read before a pattern anchored at a line's start never skip a line it would match."""
    import importlib

    from articlecli import captions as C
    from articlecli.classify import evidence, shapes

    F = importlib.import_module("articlecli.classify.features")  # the module (the package exports its function)
    hard, soft = F.may_stop(text)
    assert hard or not P.HARD_STOP.match(text)
    assert soft or not P.SOFT_STOP.match(text)
    if P.DATELINE_ONLY.match(text):
        assert F.dateline_alone(text)
    leads = (C._FILE_PHOTO, C._CAPTION_LEADS, C._CAPTION_PHRASE_LEAD, C._COUNTED_LEAD)
    if any(lead.match(text) for lead in leads):
        assert ":" in text or text[: C._PHRASE_LEAD_SIZE].casefold().startswith(C._PHRASE_LEAD_WORDS)
    if evidence.AUTHOR_LABEL.fullmatch(text):
        assert evidence.author_label(text)
    if shapes._TIME_LEAD.match(text):
        assert text[:1].isdigit()
    if P.LIST_ITEM.match(text):
        assert text[1:2] in ".)" or text[:1] in shapes._MARKERS


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", " ", "\n"]), max_size=16).map("".join),
    st.sampled_from(["a", "b", "a b", "b a", "a a"]),
)
def test_printed_elsewhere_is_a_repeat_or_a_part_of_a_longer_paragraph(body: str, key: str) -> None:
    """A pull quote's one scan of the body agrees with the two tests it replaces."""
    from articlecli.classify.inserts import _inside_longer, _printed_elsewhere

    first = body.find(key)
    assert _printed_elsewhere(body, key) == (
        (first >= 0 and body.find(key, first + 1) >= 0) or _inside_longer(body, key)
    )


def _cue_pieces() -> list[str]:
    """Each caption cue, opener and position whole, cut in two, and in capitals; and what sits around them."""
    from articlecli import lexicon as L

    pieces = [" ", ",", "(", ")", "Ann", "x", "é", "ſ", "\u212a", "’", "“", "photo", "left", "\n"]
    for cue in (*L.CAPTION_CUES, *L.CAPTION_OPENERS, *L.CAPTION_POSITIONS):
        half = len(cue) // 2
        pieces += [cue, cue.upper(), cue.title(), cue[:half], cue[half:]]
    return pieces


CAPTION_CUE_TEXTS = st.lists(st.sampled_from(_cue_pieces()), max_size=8).map("".join)


@settings(max_examples=1000, deadline=None)
@given(CAPTION_CUE_TEXTS)
@example("Keira Abbot, Second From Left, and the coach")
@example("IN THIS UNDATED PHOTO the pier")
@example("“We won,” said Keira Abbot, left, and the coach")
@example("An artiſt’s impreſſion of the new pier")
def test_caption_cue_words_are_in_every_match(text: str) -> None:
    """`caption_cue` skips its pattern for a line holding none of `_CUE_WORDS` (case folded as the pattern folds
    it, in `_cue_fold`): the pattern matches no such line."""
    from articlecli import captions as C

    if C._CAPTION_CUE.search(text):
        assert any(w in C._cue_fold(text.lower()) for w in C._CUE_WORDS)


def _shape_pieces() -> list[str]:
    """The words each line shape of `patterns.DEBRIS_SHAPE` opens with, in several cases, and what follows them."""
    from articlecli import lexicon as L
    from articlecli.classify.debris import _SHAPE_LEADS

    heads = [*P.DATE_LABEL_PHRASES, *L.RELATED_PREFIXES, *sorted(_SHAPE_LEADS), "follow us", "a post shared by"]
    heads += ["video player", "your video will play in", "as heard on", "reading time", "brought to you by"]
    pieces = [*' :-–|»[()]/xſé“"+,.#_\t', "@x", ".com", ".jpg", "3", "12", "of", "filed under"]
    for head in heads:
        pieces += [head, head.upper(), head.title(), head + " by", head[:-1]]
    return pieces


SHAPE_TEXTS = st.lists(st.sampled_from(_shape_pieces()), max_size=6).map("".join)


@settings(max_examples=1500, deadline=None)
@given(SHAPE_TEXTS)
@example("Related: Harbour festival returns")
@example("harbourtimes.com")
@example("Photo 3 of 12")
@example("[Related: Harbour festival returns]")
@example("(Related: Harbour festival returns")
@example("— Jo Lee (@jolee) March 3, 2024")
@example("- Jo Lee (@jolee)")
@example(",5 shares")
@example(".5 K")
@example(": 30")
@example("+ 5")
@example("3 of 12")
@example("_ _")
@example("= = =")
@example("* * *")
@example("• • •")
@example("· · ·")
@example("… …")
@example("~ ~")
@example("# #")
@example("| |")
@example("/ /")
@example("– – –")
def test_debris_shape_gate_skips_only_what_the_pattern_would_not_match(text: str) -> None:
    """`debris_reason` skips `DEBRIS_SHAPE` where `may_have_debris_shape` says no: the pattern matches no such line."""
    from articlecli.classify.debris import may_have_debris_shape

    t = text.strip()
    if P.DEBRIS_SHAPE.match(t):
        assert may_have_debris_shape(t)


def test_debris_shape_gate_knows_every_shape() -> None:
    """A shape added to `DEBRIS_SHAPE` needs its opening words in `debris._SHAPE_LEAD_WORDS` first."""
    from articlecli.classify.debris import _SHAPE_LEAD_WORDS

    assert set(P.DEBRIS_SHAPE.groupindex) == set(_SHAPE_LEAD_WORDS)


def test_debris_shapes_are_listed_in_the_pattern_order() -> None:
    """`debris.debris_shape` tries the shapes one part at a time in `_SHAPE_LEAD_WORDS`' order: the pattern's."""
    from articlecli.classify.debris import _SHAPE_LEAD_WORDS

    assert list(_SHAPE_LEAD_WORDS) == sorted(P.DEBRIS_SHAPE.groupindex, key=P.DEBRIS_SHAPE.groupindex.__getitem__)


def _whole_shape(text: str) -> str | None:
    m = P.DEBRIS_SHAPE.match(text)
    return None if m is None else m.lastgroup


@settings(max_examples=2000, deadline=None)
@given(SHAPE_TEXTS)
@example("More harbour news")
@example("Share prices fell on Monday.")
@example("K")
@example("Tags:\tharbour")
@example("Updated:")
def test_debris_shape_is_the_group_the_whole_pattern_reports(text: str) -> None:
    """`debris_shape` tries only the shapes a line's opening word allows: it reads what the whole pattern reads."""
    from articlecli.classify.debris import debris_shape

    t = text.strip()
    assert debris_shape(t) == _whole_shape(t)


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("Updated:", "empty_date_line"),
        ("Last updated on", "empty_date_line"),
        ("0:00 / 2:31", "player"),
        ("Your video will play in 5", "player"),
        ("As heard on Harbour Radio", "player"),
        ("Reading time: 4 minutes", "read_time"),
        ("* * *", "separator"),
        ("1,024 shares", "counter"),
        ("K", "number"),
        ("pier-at-dawn.jpg", "image_file"),
        ("Photo 3 of 12", "gallery"),
        ("Filed under: Local news", "tags"),
        ("More about: ferries", "tags"),
        ("Follow us on Twitter", "share"),
        ("Read more: Ferry fares rise", "related"),
        ("[Related: Harbour festival returns]", "related"),
        ("Sponsored by Acme Ferries Ltd", "sponsor"),
        ("A post shared by Harbour Herald (@harbourherald)", "embed"),
        ("HARBOURHERALD.COM", "link"),
        ("More harbour news", None),  # opens like a tag list's label, has none of its shape
        ("Share prices fell on Monday.", None),  # opens like a share button
        ("A ferry left the quay at dawn.", None),  # opens like an embed's "a post shared by"
        ("Advertisement", None),  # a word alone: a phrase of page furniture, not a shape
    ],
)
def test_debris_shape_of_realistic_lines(line: str, shape: str | None) -> None:
    from articlecli.classify.debris import debris_shape

    assert debris_shape(line) == shape == _whole_shape(line)


def test_contributed_letters_fold_from_ascii_alone() -> None:
    """`tail.note_kind` looks for "contr" in the lower-cased line before CONTRIBUTED: no character beyond ASCII
    is one of those letters under the pattern's case folding."""
    from articlecli import rx

    letters = rx.compile("[contr]", P.FLAGS)
    assert not [c for c in map(chr, range(0x110000)) if not c.isascii() and letters.fullmatch(c)]


NOTE_TEXTS = st.lists(
    st.sampled_from(
        [
            *("contributed", "Contributing", "CONTRIBUTED", " ", "reporting ", "research ", "to ", "this", "the "),
            *("report", "story", "coverage", "Reuters ", "İ", ".", "Ann Lee "),
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(NOTE_TEXTS)
@example("Reuters contributed to this report.")
@example("Ann Lee and Omar Pike contributed reporting from Westport.")
@example("The Associated Press contributed to this story")
def test_every_contributed_match_spells_contr(text: str) -> None:
    from articlecli.classify.notes import note_kind

    if P.CONTRIBUTED.search(text):
        assert "contr" in text.lower()
        assert note_kind(text) == "contributors"


ANCHOR_TEXTS = st.lists(
    st.sampled_from(
        ["By Jane Doe", "Photo: Jo Lee/AP", "March 3, 2024", "9:05 a.m. ET", "Updated", " | ", ", ", " ", "(AP)", "x"]
    ),
    min_size=1,
    max_size=40,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(ANCHOR_TEXTS)
def test_no_credit_date_line_or_byline_is_longer_than_the_longest_anchor(text: str) -> None:
    """`span.line_weight` reads running text longer than `LONGEST_ANCHOR` as none of them."""
    from articlecli import captions as C
    from articlecli import dates
    from articlecli.classify.byline_shapes import _explicit_byline
    from articlecli.classify.features import LONGEST_ANCHOR

    if len(text) > LONGEST_ANCHOR and text == text.strip():
        assert C.credit_only(text) is None
        assert not dates.is_date_line(text)
        assert _explicit_byline(text) is None


@settings(max_examples=600, deadline=None)
@given(TEXTS)
@example("Harbour FERRY's well-Known Route")
@example("’Twas the harbour’s “long-awaited” -reopening_-ceremony in Évora")
def test_content_words_of_ascii_text_are_read_in_lower_case(text: str) -> None:
    from articlecli.classify.words import FUNCTION_WORDS, content_words

    assert content_words(text) == {w.lower() for w in P.words(text) if len(w) > 3 and w.lower() not in FUNCTION_WORDS}


SENTENCE_TAIL_TEXTS = st.lists(
    st.sampled_from([*".!?”) \n\t[]", "J.", "A.", "Rita Chow, AP", "on Monday", "Lena Ortiz/AP", "é", "x"]),
    max_size=14,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(SENTENCE_TAIL_TEXTS)
@example("Crews at the quay on Monday.   Rita Chow, AP  ")
@example("Crews at the quay on Monday.” Rita Chow, AP")
def test_sentence_tail_is_looked_for_only_after_the_last_sentence_end(text: str) -> None:
    from articlecli import captions as C

    full = C._SENTENCE_TAIL.search(text)
    late = C._SENTENCE_TAIL.search(text, C._last_sentence_end(text))
    assert (full and full.span()) == (late and late.span())


def _not_a_title_pieces() -> list[str]:
    """What each part of NOT_A_TITLE turns on, in several cases, with the marks its cheap tests look for."""
    from articlecli import lexicon as L

    phrases = [*L.WIDGET_LEADS[::3], *L.LABEL_LEADS[::3], *L.GALLERY_LEADS, *L.CAPTION_MARKERS, *L.CAPTION_POSITIONS]
    phrases += ["our app", "your inbox", "AP", "Reuters file", "chevron_left", "desk@harbour.example", "tel", "phone"]
    phrases += ["fax", "call us", "14", "1.2k", "comments", "shares", "views", "likes", "replies", "reactions"]
    phrases += ["photos", "images"]
    cased = [form for p in phrases for form in (p, p.upper(), p.title())]
    return [*cased, *" |/():_@,.\n", "ſ", "Tide", "Harbour", "x"]


NOT_A_TITLE_TEXTS = st.lists(st.sampled_from(_not_a_title_pieces()), max_size=7).map("".join)


@settings(max_examples=2000, deadline=None)
@given(NOT_A_TITLE_TEXTS)
@example("Gallery: (9 images)")
@example("(9 images) pictured")
@example("Dock at dawn | 14 Photos")
@example("Dock at dawn (9 images)")
@example("Mia Lund / AP")
@example("Mia Lund | AP")
@example("Download our app")
@example("Tel 555 0100")
@example("Call us on 555 0100")
@example("Phone 14 comments")  # two parts at the same place: the first in order wins
@example("New, 6 commentſ")
@example("chevron_left Back")
@example("Photo gallery: Dock at dawn")
@example("ſubscribe")
@example("Mia Lund, left, at the gate")
@example("Mia Lund PICTURED at the gate")
def test_not_a_title_read_in_parts_is_the_whole_pattern(text: str) -> None:
    """`title_kinds.not_a_title_kind` searches NOT_A_TITLE a part at a time, some parts only when a cheap test
    holds: it finds the kind the whole pattern's search finds."""
    from articlecli.classify import title_kinds as V

    m = P.NOT_A_TITLE.search(text)
    assert V.not_a_title_kind(text) == (m.lastgroup if m is not None else None)


DATE_AND_NAME_TEXTS = st.lists(
    st.sampled_from(
        [*" ,&:.|", "and", "And", "ANDY", "Sandra", "12", "9:05", "2024", "March", "Mar", "pm", "GMT", "Today", "٣"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(DATE_AND_NAME_TEXTS)
@example("Mia Lund and Omar Pike")
@example("Mia Lund & Omar Pike, AP")
@example("12 March 2024 9:05 pm")
def test_date_and_names_gates_skip_only_what_the_patterns_would_not_match(text: str) -> None:
    """`title_kinds._date_or_time` reads only lines with a figure; `title_kinds._names` splits only lines with a
    join."""
    from articlecli import dates
    from articlecli.classify import title_kinds as V

    if dates.find_dates(text[:12]) or dates.TIME.match(text):
        assert P.ANY_DIGIT.search(text)
    if len(V._NAME_JOINS.split(text)) > 1:
        assert "," in text or "&" in text or "and" in text


def test_the_not_a_title_gates_follow_the_parts_and_the_lexicon() -> None:
    """`title_kinds.not_a_title_kind` pairs its gates with the parts of NOT_A_TITLE by position, and gates the
    site's own words on "our": a part reordered, or a SITE_SELF_WORDS entry without "our", would be skipped."""
    from articlecli.classify import title_kinds

    names = [name for name, _ in title_kinds._parts()]
    assert names == [
        "widget",
        "label",
        "gallery_count",
        "caption",
        "credit_tail",
        "site_self",
        "icon",
        "contact",
        "counter",
    ]
    assert all("our" in words.casefold() for words in L.SITE_SELF_WORDS)


# Caption and credit lines as pages print them, and lines of text that are neither.
CREDIT_GATE_LINES = [
    "Ferries wait outside the terminal in Westport.Reuters",  # an agency glued to the full stop
    "Ferries wait outside the terminal.Courtesy of Harbour Trust",
    "The new pier under construction on Monday.Supplied",
    "Rowers on the canal at dawn in Évora.Éire Photo",  # a capital outside ASCII
    "Crowds gather at the quay on Saturday.AFP via Getty Images",
    "Workers at the gate on Monday. Rita Chow, AP",
    "Dock workers at the gate on Monday. (Lena Ortiz | Wire Photo)",
    "Passengers board at Westport | Jane Doe/Wire Photo",
    "The harbour master at the north quay, The Associated Press",
    "Cranes unload a ship at the north quay, Getty Images",
    "He joined the U.S.Army in 1990 and served for a decade.",
    "The council met on Monday.it was late.",
    "© Jo Lee Pupils at the gate on Monday.",
    "(c) Harbour Trust 2021",
    "Copyright Lena Ortiz",
    "COURTESY OF THE LUND FAMILY",
    "Courtesy Harbour Trust",
    "courtesy of the Lund family",
    "Credit...Kendra Lowe for The Daily Ledger",
    "Photo: Rita Chow, AP",
    "Submitted photo",
    "Staff photo by Omar Pike",
    "Getty Images",
    "Workers at the gate on Monday.Credit…Omar Pike for The Ledger",
    "Nurses at the ward before the treatmentCredit: EPA",
    "Boats at the quay on Sunday.Photographer: Jo Lee",
    "Dock workers at the gate on Monday.” Rita Chow, AP",
    "The new pier under construction. Submitted photo",
    "Lanterns on the canal!  Jo Lee/AP",
    "Who built the pier? Harbour Trust",
    "Rita Chow, AP",
    "Omar Pike for the Harbour Herald",
    "The mayor said the ferry would run again next week.",
    "Islanders waited for the ferry.",
    "“It was a long wait,” she said.",
    "Ferry strike halts island deliveries",
    "12 March 2021",
    "",
]


@pytest.mark.parametrize("line", CREDIT_GATE_LINES)
def test_credit_gates_keep_every_line_the_patterns_read(line: str) -> None:
    """The cheap tests in `captions` skip only lines the pattern behind them would not read: a capital after a
    full stop before `_GLUED_WORD`, a lead word's first letter before `_LEAD_WORD`, "©", "(" or "c" before the
    copyright and courtesy leads."""
    from articlecli import captions as C

    tail = line[-90:]
    start = max(0, len(tail) - 64)
    if C._GLUED_WORD.search(tail, start):
        assert C._capital_after_stop(tail, start)
    lead = C._LEAD_WORD.match(line)
    if lead and lead.group(1).lower() in C._CREDIT_FIRST_WORDS and "(" not in line and "[" not in line:
        assert line[:1].lower()[:1] in C._CREDIT_FIRST_INITIALS
    if C._COPYRIGHT_LEAD.match(line) or C._COURTESY.match(line):
        assert line[:1].casefold() in C._COPYRIGHT_OR_COURTESY_FIRSTS
    for pattern, start in ((C._GLUED_AGENCY, max(0, len(line) - 40)), (C._GLUED_TAIL, max(0, len(line) - 64))):
        if pattern.search(line, start):
            assert C._capital_after_stop(line, start)
    if C._CREDIT_LABEL.search(line):
        assert any(label in line for label in C._CREDIT_LABEL_CORES)
    if C._SENTENCE_TAIL.search(line) or C._LAST_SENTENCE.search(line):
        assert C._spaced_after_last_sentence(line)


GATE_TEXTS = st.lists(
    st.sampled_from(
        [
            *".,;:/( !?”…",
            "Credit",
            "Photographer",
            "Reuters",
            "AFP",
            "Supplied",
            "Courtesy",
            "courtesy",
            "©",
            "(c)",
            "Copyright",
            "ſ",
            "É",
            "é",
            "it",
            "Photo",
            "on Monday",
            "Jo Lee",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(GATE_TEXTS)
def test_credit_gates_keep_every_text_the_patterns_read(text: str) -> None:
    """`test_credit_gates_keep_every_line_the_patterns_read` on made-up texts rich in the marks that matter."""
    test_credit_gates_keep_every_line_the_patterns_read(text)


NEXIS_TEXTS = [
    "1 of 12 DOCUMENTS\n\nHarbour Herald\n\nFerry strike halts island deliveries",
    "  Document 3 of 9 \nFerry strike\nEnd of Document\n",
    "\tDOCUMENT 12 OF 40\nBody\nEND OF DOCUMENT",
    "The council published the document on Monday.\nDocuments seen by the Herald show the cost.",
    "Ferry strike halts island deliveries\nThe union's document runs to 40 pages.\n2 of 3 documents were signed.",
    "No separator here at all.",
]


@pytest.mark.parametrize("text", NEXIS_TEXTS)
def test_nexis_separators_are_counted_as_the_pattern_finds_them(text: str) -> None:
    """`layouts._nexis_separators` reads the pattern only on lines saying "document" and counts what it finds."""
    from articlecli import layouts

    assert layouts._nexis_separators(text) == len(layouts._NEXIS_SEPARATOR.findall(text))


@pytest.mark.parametrize(
    "text",
    [
        "Updated 4:12 am CST",
        "9h30",
        "0930 GMT",
        "14 h 30",
        "at 10.45pm",
        "Wednesday, March 3",
        "Today",
        "٣:٤٥ pm",
        "by Petra Quill14 Jan 2022318",
        "Jane Doe2 hours ago",
        "Mia Lund and Omar Pike",
        "KTV STAFF",
    ],
)
def test_a_time_and_a_glued_number_have_a_figure(text: str) -> None:
    """`dates.is_date_line` and `bylines.strip_dates` skip the time pattern, and `bylines.unglue` the pattern of
    a word glued to a number, on text with no digit."""
    from articlecli import bylines, dates

    if dates.TIME.search(text) or bylines._DIGIT_GLUE.search(text):
        assert P.ANY_DIGIT.search(text)


def _dates_read_everywhere(text: str) -> list[object]:
    """`dates.DATE` tried at every word start and every run of digits, left to right (what `_date_starts` spares)."""
    from articlecli import dates

    hits: list[object] = []
    pos = 0
    for at, char in enumerate(text):
        before = text[at - 1] if at else " "
        if at < pos or (char.isdigit() and before.isdigit()):
            continue
        if not char.isdigit() and before.isalnum() and not (before.islower() and char.isupper()):
            continue
        m = dates.DATE.match(text, at)
        kind = next((k for k in dates.DATE_FORMS if m.group(k) is not None), None) if m else None
        hit = dates._match_to_hit(kind, m) if m and kind else None
        if m is not None and hit is not None:
            hits.append(hit)
            pos = m.end()
    return hits


DATE_LINES = [
    "Published Wednesday, September 18, 2019 at 4:12 pm",
    "Updated: Nov. 19, 2019 10:33 a.m. ET",
    "By Petra Quill14 Jan 2022",
    "FinanceOctober 13, 2021",
    "The council met on March 4 and again on 24 November, after the May 2019 vote.",
    "march 4, 2019 was a monday; the market opened at 9 and money moved on Mon 3 June.",
    "MONDAY, MARCH 3, 2021",
    "Sept. 4, 2019 -- City officials said the 3rd of July, 2018 was the last time.",
    "Posted 03/12/2021 and 2021-03-12T09:10:00Z, then 12.03.2021.",
    "Decision day: Dec 3. Saturday's match, Sat 7 Dec; sun rises at 7.",
    "A crowd of 2,000 waited 45 minutes in 30C heat for the 4pm ferry.",
    "On Thursday, 4 July 2024, the pier reopened.",
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_dates_are_looked_for_only_where_they_may_begin(line: str) -> None:
    """`dates._date_starts` (month and weekday names only at a capital) keeps every start the pattern reads."""
    from articlecli import dates

    assert dates._find_dates(line) == tuple(_dates_read_everywhere(line))
    for at, char in enumerate(line):  # a date read from a letter opens with a capital a name may begin with
        if char.isalpha() and dates.DATE.match(line, at):
            assert dates._DATE_WORD_CAPITAL.match(line, at)


DATELINE_PIECES = st.lists(
    st.sampled_from(["KYIV", "NEW YORK", "Kyiv", ", ", "Ukraine", " (AP)", " /PRNewswire/", "Nov. 18", ", 2024", " "])
    | st.sampled_from(["—", "–", "-", "--", "_", ":", " — ", ": ", "The", "x", "9", "“", "(Reuters)"]),
    max_size=10,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(DATELINE_PIECES)
@example("KYIV, Ukraine (AP) — Ukraine's president said")
@example("(Reuters) - The bank said")
@example("NEW DELHI: The minister")
def test_a_dateline_has_a_dash_or_a_colon_the_gate_looks_for(text: str) -> None:
    """`read_dateline` reads no paragraph without a dash or a colon in its first 120 characters: the pattern
    matches none."""
    from articlecli.datelines import DATELINE, read_dateline

    head = text[:120]
    if DATELINE.match(head):
        assert any(mark in head for mark in "-—–:_")
    if not any(mark in head for mark in "-—–:_"):
        assert read_dateline(text) is None


_PLAIN = r"(?:[\p{L}'’ ?\-]|\\[ \-]|\\s\+\+|\[[ ]\])++"  # letters and spaces, as a pattern writes them
_PLAIN_GROUP = regex.compile(rf"\(\?:({_PLAIN}(?:\|{_PLAIN})*+)\)")


def _openings(part: str) -> set[str]:
    """The opening words a pattern's text names after each of its line starts: a word written there, or each of the
    plain phrases of a group there (`^(?:tags?|filed under)`); nothing where a digit, a mark or another group opens."""
    found: set[str] = set()
    for m in regex.finditer(r"(?<!\[)\^", part):
        rest = part[m.end() :]
        group = _PLAIN_GROUP.match(rest)
        phrases = group.group(1).split("|") if group else [rest]
        found |= {w.group().lower() for w in map(regex.compile(r"\p{L}++").match, phrases) if w}
    return found


def test_debris_shape_gate_holds_the_words_each_shape_opens_with() -> None:
    """Every word a shape's part of `DEBRIS_SHAPE` opens with, as written in the part (a word after its `^`, the plain
    phrases of a group there), is one of that shape's lead words in `debris._SHAPE_LEAD_WORDS`: a phrase written into
    a shape's pattern and not into the table its gate reads fails here, whatever texts the test above draws."""
    debris = sys.modules["articlecli.classify.debris"]
    for name, part in debris._shape_parts().items():
        heads = {debris._OPENING_LETTERS.match(w.lower()).group() for w in debris._SHAPE_LEAD_WORDS[name]}
        assert _openings(part.pattern) <= heads, name
    assert _openings(P.TAGS_LINE.pattern) >= {"tags", "filed", "related"}


OPENING_TEXTS = st.lists(
    st.sampled_from([*L.WIDGET_LEADS, *L.LABEL_LEADS, *L.GALLERY_LEADS, *" :|x", "İ", "ſ", "É", "é", "s", "f"]),
    max_size=4,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(OPENING_TEXTS)
@example("share this")
@example("ſhare this")
@example("")
def test_openings_by_first_character_skip_no_line_a_lead_opens(text: str) -> None:
    """`title_kinds.not_a_title_kind` compares a line only with the widget leads and label openings that open with
    its first character: it finds a lead wherever the whole tables' `startswith` does."""
    from articlecli import rx
    from articlecli.classify import title_kinds as V

    V._parts()  # (the table is filled with the parts)
    head = rx.fold(text[: V._OPENING_SIZE])
    widget, label = V._OPENINGS_BY_FIRST.get(head[:1], V._NO_OPENINGS)
    assert head.startswith(widget) == head.startswith(L.WIDGET_LEADS)
    assert head.startswith(label) == head.startswith(V._LABEL_OPENINGS)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["●", "◆", "▪", "■", ")", "(", "é", "’", "Ann Lee", " "]), max_size=6).map("".join))
def test_anchor_bars_are_looked_for_only_in_lines_beyond_ascii(text: str) -> None:
    """`evidence._titleish` looks for a date line's bars only in a line that is not ASCII: every bar is beyond it."""
    from articlecli.classify import evidence as E

    assert all(not bar.isascii() for bar in E._ANCHOR_BARS)
    gated = text[-1:] == ")" or (not text.isascii() and any(map(text.__contains__, E._ANCHOR_BARS)))
    assert gated == (text[-1:] == ")" or any(bar in text for bar in E._ANCHOR_BARS))


URL_TEXTS = st.lists(
    st.sampled_from(["http", "https", "HTTPS", ":", "/", "//", "www", "WWW", "wW", ".", " ", "ẘ", "ſ", "a", "é"]),
    max_size=12,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(URL_TEXTS)
@example("Library news at WWW.harbourherald.example")
@example("HTTPS://harbourherald.example")
def test_url_gate_skips_only_what_the_pattern_would_not_match(text: str) -> None:
    """The headline's link veto reads `patterns.URL` only in a line holding "://", or a dot and "ww" (case folded)."""
    from articlecli.classify.vetoes import _may_hold_url

    if P.URL.search(text):
        assert _may_hold_url(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["Mia Lund", " ", "\u00a0", "|", "•", "·", "/", "Editor", ","]), max_size=10).map("".join)
)
def test_name_and_role_gate_skips_only_what_the_pattern_would_not_match(text: str) -> None:
    """`title_kinds._names` reads its name-and-role pattern only in a line holding one of its bars."""
    from articlecli.classify import title_kinds as T

    if T._NAME_AND_ROLE.search(text):
        assert any(map(text.__contains__, T._NAME_AND_ROLE_BARS))
