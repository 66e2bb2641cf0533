"""The plain tests that spare a page the building of a pattern agree with the pattern (hypothesis).

Each gate reads a word, a phrase at the line's start or end, or a character, and runs the pattern only where it
may match: most pages then never build it (#12, start-up). Here each gate is checked against its pattern on texts
rich in the phrases and characters the pattern turns on, in several cases and with the characters that fold.
"""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlecli import attribution, bylines, captions, rx
from articlecli import lexicon as L
from articlecli import notes as notes_text
from articlecli import patterns as P
from articlecli.classify import notes

F = sys.modules["articlecli.classify.features"]  # the module (the package exports its functions)
B = sys.modules["articlecli.classify.byline_shapes"]


# Every table a gate compares with `rx.fold`'s text
FOLDED_TABLES = {
    "BYLINE_LEADS": L.BYLINE_LEADS,
    "BYLINE_LABELS": L.BYLINE_LABELS,
    "CREDIT_LEADS": L.CREDIT_LEADS,
    "CREDIT_ROLES": L.CREDIT_ROLES,
    "DESK_WORDS": L.DESK_WORDS,
    "DESK_ROLES": L.DESK_ROLES,
    "DESKS_ALONE": L.DESKS_ALONE,
    "WIRE_AGENCIES": L.WIRE_AGENCIES,
    "TIME_ZONES": L.TIME_ZONES,
    "US_TIME_ZONES": L.US_TIME_ZONES,
    "DATE_LABEL_PHRASES": P.DATE_LABEL_PHRASES,
    "HARD_STOPS": L.HARD_STOPS,
    "SOFT_STOPS": L.SOFT_STOPS,
    "SPOKESPERSON_NOUNS": L.SPOKESPERSON_NOUNS,
    "STATEMENT_NOUNS": L.STATEMENT_NOUNS,
    "CREDITED_WORK": L.CREDITED_WORK,
    "NOTE_LEADS": tuple(w for ws in L.NOTE_LEADS.values() for w in ws),
    "CREDIT_DESCRIPTORS": L.CREDIT_DESCRIPTORS,
    "CAPTION_LEADS": L.CAPTION_LEADS,
    "CAPTION_PHRASE_LEADS": L.CAPTION_PHRASE_LEADS,
    "GALLERY_ITEMS": L.GALLERY_ITEMS,
    "WIDGET_LEADS": L.WIDGET_LEADS,
    "LABEL_LEADS": L.LABEL_LEADS,
    "GALLERY_LEADS": L.GALLERY_LEADS,
    "CAPTION_MARKERS": L.CAPTION_MARKERS,
    "PERSON_DESCRIPTION_NOUNS": L.PERSON_DESCRIPTION_NOUNS,
    "PROFILE_SUBJECT_NOUNS": L.PROFILE_SUBJECT_NOUNS,
    "SOURCE_NOUNS": L.SOURCE_NOUNS,
    "PERSON_ROLE_NOUNS": L.PERSON_ROLE_NOUNS,
    "LOWER_CASE_SOURCE_NOUNS": L.LOWER_CASE_SOURCE_NOUNS,
    "TAG_LABELS": L.TAG_LABELS,
    "CALL_TO_ACTION_VERBS": L.CALL_TO_ACTION_VERBS,
    "PROMO_TITLE_CUES": L.PROMO_TITLE_CUES,
    "PROMO_LEADS": L.PROMO_LEADS,
    "CREDIT_DESK_WORDS": L.CREDIT_DESK_WORDS,
}
_EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("flags", [regex.IGNORECASE, regex.IGNORECASE | regex.VERSION1])
def test_fold_gives_every_character_a_pattern_equates_with_a_tables_character_that_character(flags: int) -> None:
    """Where a case-insensitive pattern (simple folding, as `rx.compile` makes it) reads a character of the text as
    a character of a table's word, `rx.fold` turns it into that character: a plain test on the folded text finds
    every word the pattern would. The tables are in lower case."""
    chars = sorted({c for words in FOLDED_TABLES.values() for w in words for c in w})
    assert all(w == w.lower() for words in FOLDED_TABLES.values() for w in words)
    for c in chars:
        equal = regex.findall(rx.SIMPLE_CASE + regex.escape(c), _EVERY_CHARACTER, flags)
        assert {rx.fold(x) for x in equal} == {c}, c


def test_fold_keeps_the_length_of_the_text() -> None:
    text = "İſKÅß Ab"
    assert len(rx.fold(text)) == len(text)
    assert rx.fold(text) == "iskåß ab"


def _cased(phrases: tuple[str, ...], step: int = 1) -> list[str]:
    return [form for p in phrases[::step] for form in (p, p.upper(), p.title())]


PIECES = [*" :,.\n([“’-—*ſİKé2", "  ", "Ann", "Lee", "ann"]


def _texts(*phrases: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from([*phrases, *PIECES]), max_size=6).map("".join)


LEAD_TEXTS = _texts(
    *_cased(L.BYLINE_LEADS),
    *_cased(L.BYLINE_LABELS),
    *_cased(L.CREDIT_LEADS, 3),
    *_cased(L.CREDIT_ROLES),
    *L.WIRE_AGENCIES[::5],
    "By",
    "by ",
    "Photo",
    "Photos by",
    "the ",
    "ſtaff",
)


@settings(max_examples=1500, deadline=None)
@given(LEAD_TEXTS)
@example("By Ann Lee")
@example("Photo: Ann Lee")
@example("(Photo: Ann Lee)")
@example("Photos by Ann Lee")
@example("ſource: Ann Lee")
@example("By: ")
def test_opening_gates_are_their_patterns(text: str) -> None:
    whole = P.BYLINE_LEAD.match(text)
    lead = P.byline_lead(text)
    assert (lead and lead.span()) == (whole and whole.span())
    whole = P.CREDIT_LEAD.match(text)
    lead = P.credit_lead(text)
    assert (lead and lead.span()) == (whole and whole.span())
    assert bylines._visual_credit(text) == (bylines._VISUAL_CREDIT.match(text) is not None)


END_TEXTS = _texts(
    *_cased(L.DESK_WORDS),
    *_cased(L.DESK_ROLES),
    *_cased(L.DESKS_ALONE),
    *_cased(L.WIRE_AGENCIES, 2),
    *_cased((*L.TIME_ZONES, *L.US_TIME_ZONES), 2),
    *_cased(P.DATE_LABEL_PHRASES, 2),
    *_cased(L.BYLINE_FILLER, 2),
    *("5 min read", "Our "),
    *("The ", "KTV ", "Coastal ", "by "),
)


@settings(max_examples=2000, deadline=None)
@given(END_TEXTS)
@example("Our Foreign Staff")
@example("Coastal News Bureau")
@example("KTV Staff")
@example("Ann Lee Associated Press.")
@example("Ann Lee Associated Press\n")
@example("Ann Lee REUTERS.\n")
@example("Last  updated")
@example("5 min read\n")
@example("Halvorsen’s Push")
@example("REUTERS\n")
@example("Reuterſ")
def test_ending_gates_are_their_patterns(text: str) -> None:
    assert bylines.is_desk(text) == (bylines._DESK.match(text.strip(" .,:")) is not None)
    assert bylines._filler(text) == (bylines._FILLER.match(text) is not None)
    whole = P.AGENCY_TAIL.search(text)
    tail = P.agency_tail(text)
    assert (tail and tail.span()) == (whole and whole.span())
    assert P.agency_only(text) == (P.AGENCY_ONLY.match(text) is not None)


STOP_TEXTS = _texts(
    *_cased(L.HARD_STOPS),
    *_cased(L.SOFT_STOPS, 2),
    *_cased(L.COMMENT_LINK_VERBS),
    *("more ", "More", " all", " 12 comments", "14", "3 ", "0:00"),
)


@settings(max_examples=1500, deadline=None)
@given(STOP_TEXTS)
@example("0:00")
@example("14 comments")
@example("3\u0663 comments")
@example("More harbour news:")
def test_stop_gates_are_their_patterns(text: str) -> None:
    hard, soft = F.may_stop(text)
    assert hard or not P.HARD_STOP.match(text)
    assert soft or not P.SOFT_STOP.match(text)


DATELINE_TEXTS = _texts("WASHINGTON", "BAAR", "SWITZERLAND", "“A", "“I", "‘IN", "«NO", "(AP)", "—", " —", "Ä", "É")


@settings(max_examples=1000, deadline=None)
@given(DATELINE_TEXTS)
@example("WASHINGTON —")
@example("ÄRA, SWITZERLAND")
@example("“I think so,” he said.")
def test_dateline_gate_is_its_pattern(text: str) -> None:
    assert F.dateline_alone(text) == (P.DATELINE_ONLY.match(text) is not None)


NOTE_TEXTS = _texts(
    *_cased(L.CREDITED_WORK),
    *_cased(tuple(w for ws in L.NOTE_LEADS.values() for w in ws), 3),
    *("Contributing:", "with reporting by ", "With assistance from ", "additional ", " by ", "Jo Lee", "\t", "\u3000"),
)


@settings(max_examples=1500, deadline=None)
@given(NOTE_TEXTS)
@example("(Reporting by Jo Lee)")
@example("— With reporting by Jo Lee")
@example("*Writing by Jo Lee")
@example("Correction: an earlier version")
@example("Contributing: Jo Lee")
@example("( \u3000Correction")
def test_note_gate_is_its_pattern(text: str) -> None:
    if notes._NOTE_LEAD.match(text):
        assert notes._may_lead_note(text)


SPOKES_TEXTS = st.lists(
    st.sampled_from(
        [
            *_cased(L.SPOKESPERSON_NOUNS),
            *_cased(L.STATEMENT_NOUNS, 4),
            *("a", "the", "The", "police", "for", "of", "the Foreign Office", "the trust", "Norwegian", "president"),
            *("ſpokesman", "SPOKESWOMAN", "agency"),
        ]
    ),
    max_size=7,
).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(SPOKES_TEXTS)
@example("a spokesperson for the Foreign Office")
@example("a police spokesman")
@example("The Norwegian president")
def test_spokesperson_gate_is_its_patterns(text: str) -> None:
    if attribution._SPOKESPERSON_FOR.match(text) or attribution._SPOKESPERSON_FOR_KIND.match(text):
        assert not attribution._SPOKES_FIRST_WORDS.isdisjoint(rx.fold(text).split())


TITLED_TEXTS = st.lists(
    st.sampled_from(
        [
            *L.DOMAIN_TITLES[::3],
            *("Director", "of", "for", "the", "The", "Emir", "Kano", "Public", "Works", "Alan", "Reyes", "Alhaji"),
            *("(Mrs)", "Chief", "Lee,", "Ann,", "also", "then", "used", "to", "likes", "quickly", "both", "29", "Oct."),
            *("J.", "U.S.", "Dr.", "É", "émile", ",", "and", "\n"),
        ]
    ),
    max_size=10,
).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(TITLED_TEXTS, st.sampled_from(["", " ", "  "]))
@example("Director of Public Works Alan Reyes", " ")
@example("The Emir of Kano, Alhaji Ann Lee, also", " ")
@example("The Emir of Kano, Alhaji Ann Lee, used to", " ")
@example("Director of Public Works Alan Reyes quickly then", " ")
def test_titled_name_gate_is_its_patterns(text: str, gap: str) -> None:
    window = text + gap
    found = attribution._FIELD_TITLED_NAME.match(window) or attribution._PLACE_TITLED_NAME.match(window)
    if found is not None:
        assert attribution._may_end_in_name(window)


COMMA_TEXTS = _texts("Ann Lee", "Pavel Ruiz", ",", ", ", ",\n", " \n", "who")


@settings(max_examples=1000, deadline=None)
@given(COMMA_TEXTS)
@example("Pavel Ruiz, ")
@example("Pavel Ruiz,\n")
@example("Pavel Ruiz, \n")
@example("Pavel Ruiz,\n \n")
def test_name_before_comma_gate_is_its_pattern(text: str) -> None:
    whole = attribution._NAME_BEFORE_COMMA.match(text, 0, len(text))
    named = attribution._name_before_comma(text, 0, len(text))
    assert (named and named.span()) == (whole and whole.span())


DESCRIBED_TEXTS = st.lists(
    st.sampled_from(
        ["doña", "Doña", "señor", "señora", "fiancé", "fiancée", "do", "se", "the", "The", "a", "one", "Ana"]
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=800, deadline=None)
@given(DESCRIBED_TEXTS)
@example("the doña said")
@example("Ana, the señora")
def test_described_people_beyond_ascii_are_the_pattern_matches(text: str) -> None:
    found = [m.span() for m in attribution.described_people(text)]
    assert found == [m.span() for m in attribution._DESCRIBED_PERSON.finditer(text)]


BYLINE_TEXTS = _texts(
    *_cased(tuple(L.TIME_ZONES), 3),
    *_cased(P.DATE_LABEL_PHRASES, 3),
    *("AM", "p.m.", "A.M.", "Updated", "Rhea Morland", "Quill", "by", "staff writer", "Reuters", "AP", "Fox News' "),
)


@settings(max_examples=1500, deadline=None)
@given(BYLINE_TEXTS)
@example("Rhea Morland")
@example("By Jane Doe Updated 9 AM EST")
@example("AP staff writer Jo Lee")
@example("Reuters")
def test_byline_cleaning_gates_are_their_patterns(text: str) -> None:
    if bylines._ZONE_WORD.search(text):
        assert any(part in rx.fold(text) for part in bylines._ZONE_WORD_PARTS)
    if bylines._DATE_LABEL.search(text):
        assert any(word in rx.fold(text) for word in bylines._DATE_LABEL_FIRST_WORDS)
    assert notes_text._writer_prefix_off(text) == notes_text._WRITER_PREFIX.sub("", text)


# The patterns the descriptors were once read with, each a named list of the whole table: the set lookups of
# `captions` that replaced them must give their answers.
_DESCRIPTOR = rx.compile(r"^(?:\L<words>)$", captions.FLAGS, words=P.phrase_list(L.CREDIT_DESCRIPTORS))
_DESCRIPTOR_FIRST = rx.compile(
    r"^(?P<credit>\L<words>)\s*+:\s*+(?P<caption>(?-i:[\p{Lu}\d\"“]).{10,})$",
    captions.FLAGS,
    words=P.phrase_list(L.CREDIT_DESCRIPTORS),
)
_DESCRIBED_SUPPLIER = rx.compile(
    r"^(?:\L<words>)[ ]*+:[ ]*+(?-i:\p{Lu})[\p{L}\p{N}.&'’ \-]{1,60}$",
    captions.FLAGS,
    words=P.phrase_list(L.CREDIT_DESCRIPTORS),
)

CAPTION_TEXTS = _texts(
    *_cased(L.CREDIT_DESCRIPTORS, 2),
    *_cased(L.CAPTION_LEADS, 2),
    *_cased(L.CAPTION_PHRASE_LEADS),
    *_cased(L.GALLERY_ITEMS),
    *_cased(L.CAPTION_FILE_LEADS),
    *(" 1 of 12", ": ", "Rowers on the quay at dawn", "Lee added", "Warrigal SES", "  :", "\t"),
)


@settings(max_examples=1500, deadline=None)
@given(CAPTION_TEXTS)
@example("Contributed photo: The robot on a test run at the pier")
@example("Image caption Protesters at the gate")
@example("Photo 1 of 12: Rowers on the quay")
@example("Halvorsen added: “So the ferry stays in port.”")
@example("Screenshot\n")
@example("Supplied: Warrigal SES")
@example("Contributed photo  : The robot on a test run at the pier")
def test_caption_gates_are_their_patterns(text: str) -> None:
    assert captions._descriptor(text) == (_DESCRIPTOR.match(text) is not None)
    t = text.strip()
    colon = t.find(":", 0, 30)
    found = captions._before_colon_a_descriptor(t, colon, None)
    m = captions._CAPTION_AFTER_DESCRIPTOR.match(t, colon + 1) if found else None
    before = _DESCRIPTOR_FIRST.match(t) if ":" in t[:30] else None
    assert (m is None) == (before is None)
    if m is not None and before is not None:
        assert (t[:colon].rstrip(), m.group("caption")) == (before.group("credit"), before.group("caption"))
    inner = t.strip("()")
    colon = inner.find(":")
    supplier = captions._before_colon_a_descriptor(inner, colon, " ") and captions._DESCRIBED_SUPPLIER.match(
        inner, colon + 1
    )
    assert bool(supplier) == bool(":" in inner and _DESCRIBED_SUPPLIER.match(inner))
    leads = (captions._FILE_PHOTO, captions._CAPTION_LEADS, captions._CAPTION_PHRASE_LEAD, captions._COUNTED_LEAD)
    if any(lead.match(text) for lead in leads):
        assert rx.fold(text[: captions._CAPTION_OPENING_SIZE]).startswith(captions._CAPTION_OPENINGS)


DATE_LINE_TEXTS = _texts(
    *_cased(P.DATE_LABEL_PHRASES, 2),
    *_cased(tuple(L.TIME_ZONES), 2),
    *L.WIRE_VERSION_LABELS,
    *("9:05", "14h30", "+02:00", "GMT+1", " 2 ", "TNN |", "reposted", "Update", "UPDATE 2", "-", "Ferries"),
)


@settings(max_examples=1500, deadline=None)
@given(DATE_LINE_TEXTS)
@example("TNN | Updated")
@example("TNN | Last  updated")
@example("TNN | reposted on")
@example(" 9:05 pm EST")
@example("UPDATE 2-Ferries resume")
@example("RPT-UPDATE 1-Ferries resume")
def test_date_line_gates_are_their_patterns(text: str) -> None:
    from articlecli import dates

    if B._LABEL_AT_END.search(text):
        assert B._may_end_in_label(text)
    if dates.TIME.search(text):
        assert dates.has_digit(text)
    if dates.ZONE.search(text):
        assert dates.has_digit(text) or any(zone in rx.fold(text) for zone in B._ZONES)
    whole = P.WIRE_VERSION.match(text)
    version = P.wire_version(text)
    assert (version and version.span()) == (whole and whole.span())


DESCRIPTION_TEXTS = _texts(
    *_cased(L.PERSON_DESCRIPTION_NOUNS),
    *_cased(L.PROFILE_SUBJECT_NOUNS, 4),
    *_cased(attribution._AGENCY_HEADS),
    *("the ", "The ", "he ", "56-year-old", "-YEAR-OLD", "PNP ", "former ", "Norwegian "),
)


@settings(max_examples=1500, deadline=None)
@given(DESCRIPTION_TEXTS)
@example("the 56-year-old")
@example("the PNP chief")
@example("The Norwegian leader")
def test_person_description_gate_is_its_pattern(text: str) -> None:
    assert attribution._person_description(text) == bool(attribution._PERSON_DESCRIPTION.search(text))


GLUE_TEXTS = st.lists(
    st.sampled_from(
        [w.capitalize() for w in bylines._GLUE_WORDS[::3]]
        + [*"aéßſǅÉZ“’ -2_", "Hilton", "Castellanos", "Kowalski", "Rhea", "Business", "View More Articles", "\u0301"]
    ),
    max_size=6,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(GLUE_TEXTS)
@example("Jane HiltonBusiness Columnist")
@example("Ana CastellanosView More Articles")
@example("RenéeSenior Writer")
@example("“When the ferry came”")
def test_camel_glue_hint_is_its_pattern(text: str) -> None:
    if bylines._CAMEL_GLUE.search(text):
        assert bylines._CAMEL_GLUE_HINT.search(text)


DESCRIBED_TEXTS = st.lists(
    st.sampled_from(
        [
            *attribution._DETERMINER_WORDS[::2],
            *attribution._PLURAL_SOURCES[::9],
            *("The", "THE", "Another", "ſome", "the,", "officials", "Officials", "spokesman", "council", "member"),
            *("Biden’s", "Lee's", "O’Neill", "Joe", "President", "Ann", "Lee,", "he", "she", "they", "Zelenskyy"),
            *(
                "said",
                "says",
                "said in a statement",
                "pointed out",
                "told",
                "of",
                "for",
                "the Town Council",
                "43-year-old",
            ),
            *(",", "reportedly", "\n", "  ", "“", "(the"),
        ]
    ),
    max_size=9,
).map(" ".join)


def _same(full: regex.Match[str] | None, undescribed: regex.Match[str] | None) -> bool:
    if full is None or undescribed is None:
        return full is undescribed
    return full.span() == undescribed.span() and full.groupdict() == undescribed.groupdict()


@settings(max_examples=1500, deadline=None)
@given(DESCRIBED_TEXTS)
@example("the Ukrainian president said")
@example("officials said")
@example("President Joe Biden’s administration said")
@example("said a council member")
@example("said in a statement the spokesman")
@example("Biden’s spokesman said")
def test_description_gate_is_its_patterns(text: str) -> None:
    """Where `_may_describe` finds no description can open, the speaker patterns without one match alike."""
    first = text.split(None, 1)[:1]
    if not attribution._may_describe(first):
        assert _same(attribution.WHO_VERB.match(text), attribution._WHO_VERB_UNDESCRIBED.match(text))
        clause = attribution._CLAUSE_SUBJECT.match(text)
        assert _same(clause, attribution._CLAUSE_SUBJECT_UNDESCRIBED.match(text))
    after = text.split(None, attribution._VERB_WORDS + 1)[1 : attribution._VERB_WORDS + 1]
    if not attribution._may_describe(after):
        assert _same(attribution.VERB_WHO.match(text), attribution._VERB_WHO_UNDESCRIBED.match(text))


@settings(max_examples=1500, deadline=None)
@given(DESCRIBED_TEXTS)
@example("Ukrainian President Volodymyr Zelenskyy on Oct. 29 ")
@example("officials ")
@example("the OFFICIAL, Ann Lee, ")
@example("a 43-year-old woman from Leeds ")
@example("the ſpokesman ")
@example("a city council member ")
@example("Okafor, chief executive of Harbour Equities, ")
def test_source_gate_is_its_subject_pattern(text: str) -> None:
    """Where `_may_hold_source` finds no source in the window, the subject before a verb (in reverse) matches alike
    without the description, at every end of the text."""
    for end in range(len(text) + 1):
        window = text[max(0, end - 280) : end]
        if not attribution._may_hold_source(window):
            full = attribution.SUBJECT_AT_END.match(text, max(0, end - 280), end)
            assert _same(full, attribution._SUBJECT_AT_END_UNDESCRIBED.match(text, max(0, end - 280), end))


def test_source_gate_holds_the_first_run_of_every_source_of_the_description() -> None:
    """Each source the description names (`attribution._description`), in each case, is found by the gate, alone and
    at a window's end."""
    sources = (*attribution._SOURCES, *L.LOWER_CASE_SOURCE_NOUNS, *attribution._PLURAL_SOURCES, "43-year-old")
    assert all(source in attribution._description() for source in sources[:-1:7])
    for source in sources:
        for form in (source, source.upper(), source.title()):
            assert attribution._may_hold_source(f"the {form} ")
            assert attribution._may_hold_source(form)
    assert not attribution._may_hold_source("Zelenskyy said, as far as he is concerned, the ")


# The gates built from their patterns' tables: each phrase a pattern names (the entries of its named lists, and the
# alternatives of its text that are plain words) is one its gate looks for. A phrase written into a pattern by hand,
# or a table added to it, without the gate fails here, whatever texts the tests above happen to draw.
_ALTERNATIVE = regex.compile(r"\(\?(?:[:i]|-i:)|\)|\|")
_PLAIN = regex.compile(r"[\p{L}][\p{L}'’ \-]*+")


def _phrases_named(pattern: rx.LazyPattern) -> set[str]:
    """The phrases a pattern names: its named lists' entries, and the alternatives of its text that are plain words
    (any run of spaces between words read as one space; anchors put aside)."""
    text = pattern.pattern.replace(r"\s++", " ").replace("[ ]", " ")
    plain = {t.strip("^$") for t in _ALTERNATIVE.split(text)}
    return {t for t in plain if _PLAIN.fullmatch(t)} | {w for ws in pattern.named_lists.values() for w in ws}


def test_person_description_gate_holds_every_ending_of_its_pattern() -> None:
    """`attribution._PERSON_DESCRIPTION_ENDS` holds every noun `_PERSON_DESCRIPTION` ends with."""
    phrases = _phrases_named(attribution._PERSON_DESCRIPTION)
    assert {*L.PERSON_DESCRIPTION_NOUNS, *attribution._AGENCY_HEADS} <= phrases
    assert phrases <= set(attribution._PERSON_DESCRIPTION_ENDS)


def test_filler_gate_holds_the_last_word_of_every_phrase_of_its_pattern() -> None:
    """`bylines._FILLER_LAST_WORDS` holds the last word of every phrase `bylines._FILLER` matches whole."""
    phrases = _phrases_named(bylines._FILLER)
    assert {*L.BYLINE_FILLER, *L.TIME_ZONES, "last updated"} <= phrases
    assert {p.split()[-1] for p in phrases} <= bylines._FILLER_LAST_WORDS
    assert bylines._filler("5 min read")  # (the reading time: its last word ends "min read")


@pytest.mark.parametrize("name", ["_FILE_PHOTO", "_CAPTION_LEADS", "_CAPTION_PHRASE_LEAD", "_COUNTED_LEAD"])
def test_caption_lead_gate_holds_the_opening_of_every_phrase_of_its_patterns(name: str) -> None:
    """Each pattern of `captions.caption_lead` opens with its named list alone, and `captions._CAPTION_OPENINGS`
    holds the opening of every phrase of the list, each short enough for the folded text it is looked for in."""
    pattern = getattr(captions, name)
    assert regex.match(r"\^\(\?:\\L<\w++>\)", pattern.pattern.removeprefix(rx.SIMPLE_CASE))
    phrases = {w for ws in pattern.named_lists.values() for w in ws}
    assert phrases
    assert all(p.startswith(captions._CAPTION_OPENINGS) for p in phrases)
    assert all(len(o) <= captions._CAPTION_OPENING_SIZE for o in captions._CAPTION_OPENINGS)


@pytest.mark.parametrize("time", ["5 min read", "12 minutes read", "3 mins. read", "4 MIN READ"])
def test_a_bylines_reading_time_widget_reads_the_reading_time_of_the_patterns(time: str) -> None:
    """`byline_shapes._WIDGET_TAIL` is built from `patterns.READING_MINUTES`, the length `patterns.READ_TIME` reads
    before "read": the one form of a reading time, whether alone on its line or after a name and a bar."""
    assert P.READING_MINUTES in P.READ_TIME.pattern
    assert P.READING_MINUTES in B._WIDGET_TAIL.pattern
    assert P.READ_TIME.match(time)
    assert B._WIDGET_TAIL.sub("", f"Kari Lunde · {time}") == "Kari Lunde"


@pytest.mark.parametrize("label", L.PHONE_LABELS)
def test_a_contact_lines_gate_and_its_pattern_read_the_same_labels(label: str) -> None:
    """`title_kinds.not_a_title_kind` tries the contact part of `patterns.NOT_A_TITLE` after the labels of
    `lexicon.PHONE_LABELS`, the part's own: each label, in each case, opens a contact line."""
    from articlecli.classify import title_kinds

    assert f"(?:{P.literal_alternation(L.PHONE_LABELS)})" in P.NOT_A_TITLE.pattern
    for form in (label, label.upper(), label.title()):
        assert title_kinds.not_a_title_kind(f"{form}: 555 0142") == "contact"


@pytest.mark.parametrize("verb", L.COMMENT_LINK_VERBS)
def test_a_comment_links_verb_is_a_lead_of_the_stop_gate_and_of_its_pattern(verb: str) -> None:
    """`features.may_stop` reads the verbs of `lexicon.COMMENT_LINK_VERBS` as leads of `patterns.HARD_STOP`, the
    pattern's own: a link to the comments opening with each, in each case, passes the gate and matches."""
    assert f"(?:{P.literal_alternation(L.COMMENT_LINK_VERBS)})" in P.HARD_STOP.pattern
    for form in (verb, verb.upper(), verb.title()):
        assert F.may_stop(f"{form} all 12 comments")[0]
        assert P.HARD_STOP.match(f"{form} all 12 comments")


@settings(max_examples=1500, deadline=None)
@given(DESCRIBED_TEXTS)
@example("said Dan Lee, a consultant for the group, and others")
@example("wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland, in a case study")
@example("he said")
def test_subject_first_gate_is_its_pattern(text: str) -> None:
    """Where `_may_match` finds no speaking verb past a place, the subject-first rule finds no speaker there."""
    verbs = attribution.verb_starts(text)
    for pos in range(len(text) + 1):
        if not (verbs and attribution._may_match(attribution.who_verb, pos, verbs)):
            assert attribution.who_verb(text, pos) is None


def _line_gates() -> dict[str, tuple[object, object, str]]:
    """Each gate before a line's pattern (whether the line passes), its pattern's test, and a tail after a phrase."""
    from articlecli import speech
    from articlecli.classify import headline, inserts, lookalikes, span, tail, turns  # noqa: F401

    return {
        "tags label": (sys.modules["articlecli.classify.span"]._tags_label, P.TAGS_LABEL.match, " :"),
        "call to action": (
            sys.modules["articlecli.classify.inserts"]._call_to_action,
            sys.modules["articlecli.classify.inserts"]._CALL_TO_ACTION.fullmatch,
            " more",
        ),
        "digest heading": (
            lambda t: rx.fold(t[:4]) == "what",
            speech._DIGEST_HEADING.match,
            " Ann Lee said",
        ),
        "desk role": (
            lambda t: rx.fold(t.strip(" .,:")).startswith(bylines._DESK_ROLES),
            lambda t: bylines._ROLE_ALONE.match(t.strip(" .,:")),
            ".",
        ),
        "desk word": (captions._ends_with_desk_word, captions._DESK_END.search, " Photo"),
        "according to": (lambda t: "according" in rx.fold(t), attribution._ACCORDING_TO.search, " Ann Lee"),
        "profile noun": (
            lambda t: not speech._PROFILE_NOUN_RUNS.isdisjoint(attribution.ascii_lower_runs(t).split()),
            speech._PROFILE_NOUN.search,
            " walks",
        ),
        "credit part": (lambda t: " by " in rx.fold(t), notes_text._CREDIT_PART.search, " Jo Lee"),
        "contributing label": (
            lambda t: "contributing" in rx.fold(t) or "with " in rx.fold(t),
            notes_text._CONTRIBUTING_LABEL.match,
            " Jo Lee",
        ),
        "contributed": (lambda t: "contribut" in rx.fold(t), notes_text._CONTRIBUTED.search, " to this report"),
        "question mark": (lambda t: t[:1] == "Q", sys.modules["articlecli.classify.turns"]._Q_MARK.match, ": Why"),
        "answer mark": (lambda t: t[:1] == "A", sys.modules["articlecli.classify.turns"]._A_MARK.match, ": Yes"),
        "reported speech": (
            lambda t: '"' in t or "”" in t,
            sys.modules["articlecli.classify.headline"]._REPORTED_SPEECH.search,
            " Ann Lee said",
        ),
        "promotion": (
            sys.modules["articlecli.classify.tail"]._may_promote,
            P.PROMO.search,
            " today",
        ),
    }


LINE_TEXTS = st.lists(
    st.sampled_from(
        [
            *L.TAG_LABELS[::3],
            *L.CALL_TO_ACTION_VERBS,
            *L.CALL_TO_ACTION_ENDS[::2],
            *L.PROMO_TITLE_CUES[::3],
            *L.GALLERY_LEADS[::3],
            *L.CONTACT_LEADS[::3],
            *L.PROMO_LEADS[::3],
            *("Q", "QUESTION", "Question:", "A", "ANSWER", "Answer", "q:", "a.", "”", '"', "said", "told"),
            *L.CREDIT_ROLES[::4],
            *("by", "BY", "Contributing:", "with reporting from", "—with assistance by", "contributed", "Jo Lee"),
            *L.PROFILE_SUBJECT_NOUNS[::3],
            *("the", "The", "singer,", "co-founder", "the star’s"),
            *L.CREDIT_DESK_WORDS[::3],
            *L.DESK_ROLES[::3],
            *("According to", "according  to", "Wire Photo", "Staff Reporter.", "Follow us on", "on Ledger.com:"),
            *("Gallery: the regatta | 14 photos",),
            *("What", "WHAT", "wHat", "Ann Lee", "said", "the", ":", "|", "!", ".", " ", "  ", "@", "jo@x.example"),
            *("More", "İ", "ſ", "K", "—", "-", "Tags:", "ferries"),
        ]
    ),
    max_size=6,
).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(LINE_TEXTS)
@example("Tags:")
@example("Read more")
@example("What Ann Lee said")
@example("The Harbour Hour -- now on YouTube!")
@example("Photo gallery: the regatta")
@example("Email the desk at news@harbour.example")
def test_line_gates_are_their_patterns(text: str) -> None:
    """Where a line's gate finds that its pattern cannot match, the pattern matches nothing (the gates of
    `span._tags_label`, `inserts._call_to_action`, `speech._digest_speaker`, `bylines.is_desk_role`,
    `captions._ends_with_desk_word`, `attribution.according_to`, the profile's noun in `speech`, `notes.contributors`,
    the interview's marks in `turns`, the reported speech in `headline`,
    `tail._may_promote`, `lookalikes._promo_title`, the gallery title's colon in `headline`, the contact line's "@"
    in `tail.is_promo` and the marks of `lookalikes.not_headings`)."""
    for gate, test, after in _line_gates().values():
        for form in (text, text + after, text.title(), text.upper()):
            if not gate(form):
                assert not test(form)
    lookalikes = sys.modules["articlecli.classify.lookalikes"]
    for form in (text, text.title(), text.upper(), text + "!", text + "."):
        folded = rx.fold(form).removesuffix("\n")
        if not (folded.endswith(lookalikes._PROMO_TITLE_CUES) or folded[:-1].endswith(lookalikes._PROMO_TITLE_CUES)):
            assert lookalikes._PROMO_TITLE.search(form) is None
        if ":" not in form and "|" not in form:
            assert P.GALLERY_TITLE.match(form) is None
        if "@" not in form:
            assert P.CONTACT.match(form) is None
        if ":" not in form or "." not in form:
            assert lookalikes._SITE_PROMO.match(form) is None
        if "|" not in form:
            assert lookalikes._GALLERY_LABEL.match(form) is None


@pytest.mark.parametrize(
    "before",
    [
        "Na reunião de ontem, declarou a ministra Inês Calado:",
        "Bei der Sitzung erklärte Bürgermeisterin Hanne Vogt :  ",
        "Tras la votación, ha explicado el concejal Tomás Ibarra:\n",
        "Tras la votación, ha explicado el concejal Tomás Ibarra: ",
        "Tras la votación, ha explicado el concejal Tomás Ibarra.",
        "Tras la votación, ha explicado el concejal Tomás Ibarra",
        "Selon le maire, a déclaré Luc Arnaud : »",
        "zei wethouder Pieter Kuipers:\n\n",
        "ha dichiarato la sindaca Chiara Lodi :\t",
    ],
)
def test_a_cue_before_a_colon_is_tried_only_where_a_colon_closes_the_words(before: str) -> None:
    """`cue_steps.colon_closes` gates `_VerbShapes.verb_who_before` (a cue, its speaker, a colon last): where the
    words end with no colon, the pattern matches nothing; where they do, it is tried."""
    from articlecli import cue_steps

    pattern = cue_steps._verb_shapes().verb_who_before
    for form in (before, before.upper(), before + " ", " " + before):
        if not cue_steps.colon_closes(form):
            assert pattern.search(form) is None
    assert cue_steps.colon_closes("declarou a ministra Inês Calado:") and pattern.search(
        "declarou a ministra Inês Calado:"
    )
    # and its search starts at the last clause before that colon: the match found from there is the one from the start
    for form in (before, "Ele falou. Depois, " + before, "« Oui », puis " + before, before + " ; dit-il :"):
        if cue_steps.colon_closes(form):
            whole = pattern.search(form)
            late = pattern.search(form, cue_steps.last_clause_start(form))
            assert (whole and whole.span()) == (late and late.span())
