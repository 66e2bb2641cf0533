"""Compiled patterns, built once at import from the tables in `lexicon.py`.

Patterns that run over a whole line or paragraph use possessive quantifiers and atomic
groups so that their cost stays linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import regex

from . import lexicon as L
from . import rx

if TYPE_CHECKING:
    from .model import RemovalReason

FLAGS = regex.VERSION1 | regex.IGNORECASE
# How a label over a quote ends when it names the speaker ("Anika Lunde, Minister of Forests –"): a spaced dash
SPACED_DASH_ENDS = frozenset((" -", " –", " —"))
# What a section path (a breadcrumb trail) prints between its parts; a slash too, which a story's title may also
# hold (so a test that reads a title leaves it out: PATH_ARROW_BARS)
PATH_ARROW_BARS = (" › ", " > ", " » ")
PATH_BARS = (" / ", *PATH_ARROW_BARS)


def phrase_list(words: tuple[str, ...]) -> list[str]:
    """Longest first, so that an alternation prefers "image credit" to "image"."""
    # (in alphabetical order, then by length, which keeps that order among words of one length: two sorts
    # in C, where one key of (length, word) built in Python for every word costs more at every start; a table
    # several patterns read is sorted once, kept by the table itself, and each caller given a copy)
    kept = _ORDERED.get(id(words))
    if kept is not None and kept[0] is words:
        return list(kept[1])
    ordered = sorted(set(words))
    ordered.sort(key=len, reverse=True)
    if type(words) is tuple:  # (never a list, which may change after)
        _ORDERED[id(words)] = (words, ordered)
    return list(ordered)


_ORDERED: dict[int, tuple[tuple[str, ...], list[str]]] = {}


def alternation(words: tuple[str, ...]) -> str:
    r"""The phrases as one pattern, longest first, any run of spaces between their words.

    >>> alternation(("updated", "last updated"))
    'last\\s++updated|updated'
    """
    phrases = phrase_list(words)
    text = "\x00".join(phrases)
    pieces = text.split(" ")
    if (
        pieces == text.split()
        and "\x00 " not in text
        and " \x00" not in text
        and text.count("\x00") == len(phrases) - 1
    ):
        # every phrase's words are split by single spaces (as the lexicon writes them): escaped all at once,
        # the same text as word by word, at a tenth of the cost (some 3,000 words at every start)
        return rx.escape(text).replace("\\ ", "\\s++").replace("\x00", "|")
    return "|".join(r"\s++".join(rx.escape(w) for w in p.split()) for p in phrases)


def literal_alternation(words: tuple[str, ...]) -> str:
    r"""The phrases as one pattern, longest first, each as written (one space between its words).

    >>> literal_alternation(("filed under", "tags")), literal_alternation(("a.m.", "am"))
    ('filed under|tags', 'a\\.m\\.|am')
    """
    text = "|".join(phrase_list(words))
    # (words of letters, as the lexicon's tables mostly are, need no escape: `rx.escape` costs some 15,000
    # instructions of every start for each table, `str.translate` as many for a dozen phrases one at a time)
    if text.replace(" ", "").replace("|", "").isalpha():
        return text
    return rx.escape(text.replace("|", "\x00")).replace("\x00", "|")


# ------------------------------------------------------------------ shapes
WORD = rx.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*+")
# The same words for the standard library's engine, which scans a line about twice as fast:
# `[^\W_]` is a letter or digit; `\w` differs from `[\p{L}\p{N}]` only by the underscore.
# (Greedy, not possessive: the standard library takes possessive quantifiers only from Python 3.11,
# and with nothing after the run the two match the same.)
_WORD_FAST = rx.compile_std(r"[^\W_][\w'’\-]*")


def words(text: str) -> list[str]:
    """The words of a line, as `WORD` finds them: runs of letters and digits, with inner
    apostrophes and hyphens.

    >>> words("“It’s a well-known fact,” he said — in 2024.")
    ['It’s', 'a', 'well-known', 'fact', 'he', 'said', 'in', '2024']
    """
    found = _WORDS_OF.get(text)
    if found is None:
        if len(_WORDS_OF) >= _WORDS_REMEMBERED:
            _WORDS_OF.clear()
        found = _WORDS_OF[text] = tuple(WORD.findall(text) if "_" in text else _WORD_FAST.findall(text))
    return list(found)


# The words of the article's lines (`words`), kept for the article: a line's words are asked by several rules.
# `forget_article` empties it when the next article starts (and a caller that never parses one keeps at most
# `_WORDS_REMEMBERED` lines' words).
_WORDS_OF: dict[str, tuple[str, ...]] = {}
_WORDS_REMEMBERED = 4096


def forget_article() -> None:
    """Drop the words kept for the lines of the article read before (see `_WORDS_OF`)."""
    _WORDS_OF.clear()


_CLOSERS = "\"”’'»)]"


def ends_sentence(text: str) -> bool:
    """The text ends like a sentence: a full stop, ?, !, …, : or ; before any closing quote
    marks or brackets, or a closing double quote.

    >>> ends_sentence("He said “no.”"), ends_sentence("Read more »"), ends_sentence("The end)")
    (True, True, False)
    """
    if not text:
        return False
    if text[-1] in '"”»':
        return True
    tail = text.rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in ".!?…:;"


# every cue verb of the other languages (`lexicon.FOREIGN_SPEECH_VERBS`), in one tuple: the cue readers, their gate, the
# caption evidence and the indirect speech read it
SPEECH_VERBS_ABROAD = tuple(v for verbs in L.FOREIGN_SPEECH_VERBS.values() for v in verbs)

UPPER_WORD = rx.compile(r"^\p{Lu}")
# A sentence end inside a line: ". " followed by a capital or a quote mark.
# Abbreviations whose full stop does not end a sentence ("Rep. Ada Lund", "U.S. Army").
ABBREVIATIONS = (
    # the lexicon's: courtesy titles and abbreviated ranks ("Dr.", "Sen.", "Supt."), a name's suffixes ("Jr."),
    # months ("Sept."), streets ("Blvd.") and saints ("St.")
    *(t for t in L.COURTESY_TITLES if t != "miss"),
    *L.TITLE_ABBREVIATIONS,
    *(s for s in L.NAME_SUFFIXES if not s.startswith("i")),
    *(m for m in L.MONTHS if m not in L.MONTHS_IN_FULL),
    *L.STREET_ABBREVIATIONS,
    # and the others: plural ranks, numbers, "versus", companies, places, times, and a text's own
    *("cmdr", "reps", "sens", "no", "nos", "vs", "v", "inc", "corp", "co", "ltd", "mt", "ft", "hon"),
    *("u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "approx", "est", "dept", "univ", "assn"),
    *("id", "fig", "vol", "op", "ed", "eds", "al"),
)
SENTENCE_BREAK = rx.compile(
    r"(?<!(?<![\p{L}.])(?:\L<abbr>|\p{Lu}))(?<!^\d{1,3})[.!?…][\"”’)\]]*+\s++[\"“‘(]?(?-i:\p{Lu})",
    regex.VERSION1 | regex.IGNORECASE,
    abbr=list(ABBREVIATIONS),
)
# What `SENTENCE_BREAK` needs: a sentence's mark, closing marks, a space (the standard library's `\s` holds every
# character the pattern's does), found by a plain class the standard library's engine scans fast
_MARK_THEN_SPACE = rx.compile_std(r"[.!?…][\"”’)\]]*\s")


def has_sentence_break(text: str) -> bool:
    """`SENTENCE_BREAK.search(text) is not None`, the pattern read only where a sentence's mark has a space after it
    (most titles and short lines have none; tests/test_warm_gates.py holds the gate to the pattern)."""
    return _MARK_THEN_SPACE.search(text) is not None and SENTENCE_BREAK.search(text) is not None


ANY_DIGIT = rx.compile(r"\d")  # a cheap gate before the patterns that need digits
URL = rx.compile(r"(?:https?://|www\.)\S++", FLAGS)
EMAIL = rx.compile(r"[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++")
HANDLE = rx.compile(r"(?<![\w@])@\w++")
ONLY_NUMBER = rx.compile(r"^[\d.,:/\s+\-]*+[KkMm]?$")
COUNTER = rx.compile(
    r"^[\d.,]++\s*+[KkMm]?\s*+(?:shares?|comments?|views?|reads?|likes?|retweets?|posters?"
    r"|with \d++ posters participating|people following|photos?)?$",
    FLAGS,
)
SEPARATOR = rx.compile(r"^[\s_\-–—=*•·.…~#|/]++$")
IMAGE_FILE = rx.compile(r"^\S{1,200}?\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp)$", FLAGS)
# A length in minutes ("5 min", "12 minutes.", "3 mins"): a reading time's, with "read" after it or beside a byline
MINUTES = r"(?:min(?:ute)?s?|mins?)"
READING_MINUTES = r"\d++\s*+" + MINUTES + r"\.?"
PLAYER_TIME = rx.compile(
    r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*+/\s*+(?:\d{1,2}:)?\d{1,2}:\d{2})?$"
    r"|^(?:" + literal_alternation(L.PLAYER_LINE_OPENERS) + r")\b"
    r"|^listen\b[^\p{L}]{0,5}(?:\d{1,2}:)?\d{1,2}(?::\d{2})?\s*+" + MINUTES + r"?\)?$"
    r"|^\d{1,3}[\- ]min(?:ute)?s?\.?[ ]listen$|^(?:as[ ])?heard[ ]on[ ]\p{L}.{0,40}$",
    FLAGS,
)
# "3 min" alone: a player's length under `Listen to this article`, a reading time without its "read"
READ_TIME = rx.compile(
    r"^" + READING_MINUTES + r"\s++read$|^\d{1,2}\s*+(?:min|mins|minutes)$"
    r"|^(?:estimated\s++)?(?:" + alternation(L.READING_TIME_LABELS) + r")\s*+:?\s*+(?:ca\.\s*+)?\d++\s*+"
    r"(?:min(?:ute)?s?|minut[eoi]n?s?)\.?$",
    FLAGS,
)
# A review's rating widget: "★★★★☆", "4 out of 5", "3.5/5 stars", "4 out of 5 stars"
RATING = rx.compile(r"^[★☆✩✭✮⭐½\s]{3,20}+$|^\d(?:[.,]5)?\s*+(?:/|out of)\s*+(?:4|5|10)(?:\s*+stars?)?$", FLAGS)
COPYRIGHT = rx.compile(r"^(?:copyright\b|©|\(c\)\s)|\ball rights reserved\b", FLAGS)
GALLERY = rx.compile(
    r"^(?:(?:"
    + alternation(L.GALLERY_COUNTER_ITEMS)
    + r")\s*+)?\d++\s*+(?:/|(?:"
    + alternation(L.GALLERY_COUNTER_WORDS)
    + r")(?![\p{L}]))\s*+/?\s*+\d++$",
    FLAGS,
)
TAGS_LINE = rx.compile(r"^(?:" + literal_alternation(L.TAG_LINE_LABELS) + r")\s*+:", FLAGS)
LIST_MARKERS = "".join(L.LIST_MARKERS)  # (the classifier's passes test a line's first character against them)
LIST_ITEM = rx.compile(r"^(?:\d{1,3}[.)]|[" + rx.escape(LIST_MARKERS) + r"]|[a-z][.)])\s++\S", FLAGS)
NUMBERED_HEADING = rx.compile(r"^\d{1,3}[.)]\s++\p{Lu}")

# ------------------------------------------------------------------ debris
# Whole-line debris phrases, looked up by the line's lower-case text without trailing ":.…!".
# (a phrase under two reasons keeps the first: the reasons taken last to first, each a dict made in C)
DEBRIS_PHRASE: dict[str, RemovalReason] = {}
for _reason, _words in reversed(L.DEBRIS_LINES.items()):
    DEBRIS_PHRASE.update(dict.fromkeys(_words, _reason))
# A pitch for a newsletter or alerts. Not a quote ("'Subscribe to the idea,' she said"), not someone
# else's newsletter, not signing up in the middle of a sentence ("residents can sign up for its newsletter").
NEWSLETTER = rx.compile(
    r"^(?!\s*+[\"“‘«„])(?:.*?)"
    r"(?:(?<!\b(?:" + "|".join(L.STORY_POSSESSIVES) + r")\s)\bnewsletters?|(?:^|[.!?:|—–\-]\s*+)sign up (?:for|to)"
    r"|\bsubscribe (?:to|for|now)|\byour inbox|\binbox daily|\brecaptcha|\bunsubscribe"
    # ("by signing up", "by subscribing" open a consent notice only with what it agrees to: `debris._consent_notice`)
    r"|\bdelivered (?:daily|weekly|to your inbox)|\bdelivered (?:to|through) your (?:letterbox|door)|\bemail alerts?"
    r"|\bnews alerts?"
    # a newsletter platform's own prompt: "... consider becoming a free or paid subscriber."
    r"|\bbecom(?:e|ing) a (?:free or )?paid subscriber)\b",
    FLAGS,
)
# "UPDATE 2-", "RPT-UPDATE 1-", "BREAKINGVIEWS-": a wire service's version labels before a headline (in capitals,
# the title glued on: "UPDATE-free" is a word)
_VERSION_LABEL = r"(?:\L<labels>)(?:[ ]\d{1,2})?"
WIRE_VERSION = rx.compile(
    r"^(?P<prefix>" + _VERSION_LABEL + r"(?:-" + _VERSION_LABEL + r")*+)-(?=[^\p{Ll}\s])",
    labels=phrase_list(L.WIRE_VERSION_LABELS),
)


def wire_version(text: str) -> regex.Match[str] | None:
    """`WIRE_VERSION.match(text)`, tried only where the text opens with one of its labels (the pattern reads case)."""
    return WIRE_VERSION.match(text) if text.startswith(L.WIRE_VERSION_LABELS) else None


# A call to action opening a sentence of a short line; a contact line with an address or handle.
PROMO = rx.compile(r"(?:^|(?<=[.!?…] ))(?:\L<leads>)\b", FLAGS, leads=phrase_list(L.PROMO_LEADS))
CONTACT = rx.compile(r"^(?:\L<leads>)\b[^@]{1,80}@\w", FLAGS, leads=phrase_list(L.CONTACT_LEADS))
# A newsroom's appeal opening a sentence, at the line's end or going on with "by" or "today"; and a speech cue in a
# line (a quotation mark, a comma-framed "she said,"), which makes the same words the story's.
SUPPORT_PITCH = rx.compile(
    r"(?:^|(?<=[.!?…] ))(?:\L<leads>)(?:\s++(?:by|today)\b|[.!]?$)", FLAGS, leads=phrase_list(L.SUPPORT_PITCH_LEADS)
)
SPEECH_CUE = rx.compile(r"[\"“”«»‘]|,\s(?:\S+\s){1,4}?(?:\L<verbs>)[,.]", FLAGS, verbs=phrase_list(L.SPEECH_VERBS))


def _invitation(phrase: str) -> str:
    """One invitation of the lexicon as a pattern: "*" a name of a few words, any apostrophe."""
    parts = [rx.escape(w).replace("'", "['’]") for w in phrase.split()]
    return r"\s++".join(r"[^.!?\n]{1,40}?" if w == r"\*" else w for w in parts)


# The closing furniture of a page, set in a story or under it (see `classify/tail.py`), of five kinds tried in
# this order (the first that matches names the kind): an invitation, then one anchored pattern for each other
# kind, with the phrases it opens with. A line is tried only against what its first word opens
# (`furniture_patterns`), and each pattern is built only when a line first reaches it: an invitation's
# phrases are one pattern for each first word ("For more ...", "You have ..."), since many lines of a story
# open with one of them and most with no other.
def _lead(phrase: str) -> str:
    """A phrase's first word (in lower case, as the lexicon writes it) with a straight apostrophe, as
    `classify/tail.py` reads a line's."""
    return phrase.split()[0].replace("’", "'")


FURNITURE_KINDS: tuple[tuple[str, tuple[str, ...], regex.Pattern[str]], ...] = (
    (
        "video",
        L.VIDEO_BLURB_LEADS,
        rx.compile(r"^(?:\L<video>)\s*+[:|]\s++\p{Lu}", FLAGS, video=phrase_list(L.VIDEO_BLURB_LEADS)),
    ),
    (
        "citation",
        L.CITATION_LEADS,
        rx.compile(
            r"^(?:\L<citation>)\s*+:\s++.{10,300}?\(\d{4}\b[^)]{0,40}\)\s*+retrieved\b",
            FLAGS,
            citation=phrase_list(L.CITATION_LEADS),
        ),
    ),
    (
        "reprint",
        ("this",),  # "This page is subject to copyright."
        rx.compile(r"^this\s++(?:[\w'’-]++\s++){1,3}?(?:\L<reprint>)\b", FLAGS, reprint=phrase_list(L.REPRINT_NOTICES)),
    ),
    (
        "source",
        L.SOURCE_LEADS,
        rx.compile(r"^(?:\L<source>)(?::\s*+|\s++)\p{Lu}[^.!?]{0,80}+$", FLAGS, source=phrase_list(L.SOURCE_LEADS)),
    ),
)
# Every first word of the furniture's phrases (`furniture_patterns` is asked only for these).
FURNITURE_LEADS = frozenset(map(_lead, L.INVITATIONS + L.INVITATION_OPENERS + L.READER_PROMPT_OPENERS)) | frozenset(
    _lead(p) for _, phrases, _ in FURNITURE_KINDS for p in phrases
)


@functools.cache
def furniture_patterns(lead: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The kinds of furniture a line opening with `lead` (one of `FURNITURE_LEADS`) may be, with their patterns, in
    order: an invitation first (a firm one alone, a loose opener only with a word of the site's pitch in the
    line, a reader prompt only with a word of its comments or mail), then the kinds of `FURNITURE_KINDS`."""
    firm = tuple(p for p in L.INVITATIONS if _lead(p) == lead)
    loose = tuple(p for p in L.INVITATION_OPENERS if _lead(p) == lead)
    forms = [r"^(?:" + "|".join(map(_invitation, phrase_list(firm))) + r")\b"] if firm else []
    if loose:
        forms.append(r"^(?:" + "|".join(map(_invitation, phrase_list(loose))) + r")\b(?=.*?\b(?:\L<pitch>)\b)")
    prompts = tuple(p for p in L.READER_PROMPT_OPENERS if _lead(p) == lead)
    if prompts:
        forms.append(r"^(?:" + "|".join(map(_invitation, phrase_list(prompts))) + r")\b(?=.*?\b(?:\L<prompted>)\b)")
    lists = {"pitch": phrase_list(L.INVITATION_PITCH_WORDS)} if loose else {}
    lists |= {"prompted": phrase_list(L.READER_PROMPT_PITCH_WORDS)} if prompts else {}
    kinds = [("invitation", rx.compile("|".join(forms), FLAGS, **lists))] if forms else []
    kinds += [(kind, pattern) for kind, phrases, pattern in FURNITURE_KINDS if lead in map(_lead, phrases)]
    return tuple(kinds)


# A loose opener alone, pitch or none: read with the lines around it (a sign-up form's, `classify/tail.py`).
INVITATION_OPENER = rx.compile(r"^(?:" + "|".join(map(_invitation, phrase_list(L.INVITATION_OPENERS))) + r")\b", FLAGS)
INVITATION_OPENER_HEADS = tuple(sorted({p.split()[0] + " " for p in L.INVITATION_OPENERS}))  # its cheap gate
# A line of the site's naming who supplied the story ("Provided by Harbour University"), as a subheading reads it.
PROVIDER_LINE = rx.compile(r"^(?:\L<source>)(?::\s*+|\s++)\S", FLAGS, source=phrase_list(L.SOURCE_LEADS))
# A tip line: a question to the reader, then an address to write to ("Spotted a mistake? Email us at
# desk@gazette.example."); `furniture_kind` tries it only on a line with an "@".
TIP_LINE = rx.compile(
    r"^[^?\n]{5,150}+\?\s++(?:\L<leads>)\b[^@\n]{1,80}+@\w", FLAGS, leads=phrase_list(L.CONTACT_LEADS)
)
# A comment-policy line: a word for comments among its first three words, then a word of the policy, and
# words addressed to the reader ("When you comment, please keep it civil"); `comment_cue` gates it.
COMMENT_POLICY = rx.compile(
    r"^(?=.{0,400}?\b(?:\L<reader>)\b)\W*+(?:\w++\W++){0,2}?(?:\L<comment>)s?\b.{0,240}?\b(?:\L<policy>)\b",
    FLAGS,
    comment=phrase_list(L.COMMENT_WORDS),
    policy=phrase_list(L.COMMENT_POLICY_WORDS),
    reader=phrase_list(L.COMMENT_READER_WORDS),
)


def _stems(words: tuple[str, ...]) -> list[str]:
    """The case-folded words of a table that no shorter word of it begins ("comment" for "commenter")."""
    folded = sorted({w.casefold() for w in words}, key=lambda w: (len(w), w))  # the same text in every process
    stems: list[str] = []
    for w in folded:
        if not any(w.startswith(s) for s in stems):
            stems.append(w)
    return stems


# Every comment word's stem, searched in the folded head of a line (`comment_cue`).
COMMENT_STEMS = tuple(_stems(L.COMMENT_WORDS))


def comment_cue(text: str) -> bool:
    """A comment word in the head of `text`, where `COMMENT_POLICY` looks for one (its cheap gate): what the
    stems' alternation finds, each stem looked for as plain text (four substring tests, cheaper than a pattern's
    call)."""
    head = text[:40].casefold()
    for stem in COMMENT_STEMS:  # noqa: SIM110 (a loop: `any` over a generator costs more than the tests)
        if stem in head:
            return True
    return False


def may_be_comment_policy(text: str) -> bool:
    """A comment word's stem anywhere in the folded text, as plain text: what every match of `COMMENT_POLICY`
    holds (its look ahead for the reader's words costs some 250,000 instructions a paragraph)."""
    folded = text.casefold()
    return any(stem in folded for stem in COMMENT_STEMS)


# The label of a list of tags alone on its line, and the list under it: several commas, no full stop.
TAGS_LABEL = rx.compile(r"^(?:\L<labels>)\s*+:?$", FLAGS, labels=phrase_list(L.TAG_LABELS))
TAG_LIST = rx.compile(r"^[^.!?,]{1,60}+(?:,[^.!?,]{1,60}+){2,}$")

# Words that every match of COPYRIGHT / NEWSLETTER contains, in case-folded form: a substring
# test on the folded line spares most lines the pattern (`tests/test_fast_paths.py` checks them).
COPYRIGHT_CUES = ("copyright", "©", "(c)", "all rights reserved")
NEWSLETTER_CUES = ("newsletter", "sign up", "signing up", "subscrib", "inbox", "recaptcha", "delivered", "alert")
# the same cues in other languages, read only under a sign-up form's pitch (`classify.tail`): not in every line's test
FORM_CUES = (*NEWSLETTER_CUES, "nieuwsbrief", "meld je aan", "anmelden", "inscri", "suscrib", "iscriviti", "inscreva")
# each table as one scan of the folded line (the standard library's engine: plain literals)
COPYRIGHT_CUE = rx.compile_std("|".join(map(re.escape, COPYRIGHT_CUES)))
NEWSLETTER_CUE = rx.compile_std("|".join(map(re.escape, NEWSLETTER_CUES)))
SHARE_PHRASE = rx.compile(
    r"^(?:(?:" + literal_alternation(L.SHARE_LINE_OPENERS) + r")\b|follow @"
    r"|follow .{1,40} on (?:twitter|facebook|instagram)$)",
    FLAGS,
)
HARD_STOP = rx.compile(
    r"^(?:\L<stops>)\b.{0,30}$|^(?:" + literal_alternation(L.COMMENT_LINK_VERBS) + r")(?: all)? \d*+ ?comments?\b"
    r"|^\d++ comments?$"
    r"|^\d++ (?:thoughts|responses|replies|comments) (?:on|to)\b",
    FLAGS,
    stops=phrase_list(L.HARD_STOPS),
)
# A media player's title: its lead and a colon, the title, and the piece's length in brackets ("Audio: Jo Lee
# speaks to Morning Report (4 min 38 sec)", "Watch: Crews at the fire (2:14)"): neither headline nor a link.
PLAYER_TITLE = rx.compile(
    r"^(?:\L<leads>)\s*+:\s*+\S.{0,200}?\(\s*+(?:\d{1,2}:\d\d(?::\d\d)?"
    r"|\d{1,3}\s*+(?:min|mins|minutes?)\b\.?(?:\s*+\d{1,2}\s*+(?:sec|secs|seconds?)\b\.?)?"
    r"|\d{1,2}\s*+(?:sec|secs|seconds?)\b\.?)\s*+\)$",
    FLAGS,
    leads=phrase_list(L.PLAYER_TITLE_LEADS),
)
# "You may also like...", "More from Sport:": the heading of a list of links (no sentence after it)
SOFT_STOP = rx.compile(
    r"^(?:\L<stops>)\b[^.!?]{0,40}+(?:\.\.\.|…|:)?$"
    r"|^more[ ][^.!?:]{0,30}?(?:\L<box_tails>)[ ]*+:?$",  # "More games news:", "More Great Harbour Stories"
    FLAGS,
    stops=phrase_list(L.SOFT_STOPS),
    box_tails=phrase_list(L.BOX_LABEL_TAILS),
)
RELATED_LINK = rx.compile(
    # a hyphen only with a space beside it: "Next - ...", not "Next-generation ..."
    r"^[\[(]?(?:\L<leads>)(?:\s*+[:–—|»]|\s++-|-(?=\s))\s*+\S|^\[(?:\L<leads>)[^\]]*+\]$|^\[[^\]]{10,}\]$",
    FLAGS,
    leads=phrase_list(L.RELATED_PREFIXES),
)
# A caption's label alone on its line, the caption on the next: "Image caption," (BBC), "Caption:"
CAPTION_LABEL = rx.compile(r"^(?:image|photo|picture|video)?[ ]?caption[ ]?[,:]?$", FLAGS)  # 18 characters at most
# An embedded post's chrome: "— Lina Marsh (@linamarsh) March 3, 2024" (a tweet's signature),
# "A post shared by Lina Marsh (@linamarsh)" (Instagram)
EMBED_LINE = rx.compile(
    r"^[—–\-]++[ ]*+[^()]{1,80}?\(@\w{1,30}\)[ ]*+(?:\p{L}{3,9}\.?[ ]++\d{1,2},[ ]*+\d{4})?$"
    r"|^a post shared by\b.{1,80}$",
    FLAGS,
)
# "Powered by SmartAsset.com", "Presented by Acme": a widget's or a sponsor's credit line
SPONSOR_LINE = rx.compile(r"^(?:" + literal_alternation(L.SPONSOR_LEADS) + r")\b.{1,60}+$", FLAGS)
# The end of a web address: ".com", ".co.uk" (in a pattern, after the dot)
WEB_ADDRESS_END = literal_alternation(L.WEB_ADDRESS_ENDINGS)
# A web address alone, as a widget prints it: "SMARTASSET.COM", "example.co.uk"
DOMAIN_ONLY = rx.compile(r"^(?:www\.)?(?:[\p{L}\d\-]++\.)++(?:" + WEB_ADDRESS_END + r")/?$", FLAGS)
# Every label that may introduce a page's own date, published or updated
DATE_LABEL_PHRASES: tuple[str, ...] = tuple(w for labels in L.DATE_LABELS.values() for w in labels)
# A date's label with no date after it: "Updated:", "Last updated on", "Date:"
EMPTY_DATE_LINE = rx.compile(
    r"^(?:" + alternation((*DATE_LABEL_PHRASES, "date")) + r")"
    r"(?: (?:on|at))?\s*+:?$",
    FLAGS,
)

# ------------------------------------------------------------------ credits
_AGENCY = phrase_list(L.AGENCIES)
# "Photo: Name", "Photo by Name", "Photo / Name" (a New Zealand paper's spaced slash); a slash glued to a label in
# capitals ("PHOTO/AMOS KIRABO", "PHOTO/ JO LEE") or to a picture's word in title case ("Foto/Archivo")
CREDIT_LEAD = rx.compile(
    r"^[(\[]?(?:\L<leads>)\s*+(?:[:|\-–—]|(?<=\s)/(?=\s)|(?<=(?-i:\p{Lu}{3}))/\s?+(?=(?-i:\p{Lu}))"
    r"|(?<=(?-i:\p{Lu}\p{Ll}{2,}))(?<=\b(?:\L<slashed>))/(?=(?-i:\p{Lu}\p{Ll}))|\.{2,3}|…|by\b"
    r"|(?<=image[ ]source),)"
    r"\s*+(?P<credit>.+?)[)\]]?$",
    FLAGS,
    leads=phrase_list(L.CREDIT_LEADS),
    slashed=phrase_list(L.CREDIT_SLASHED_LABELS),
)
_CREDIT_LEAD_SIZE = max(map(len, L.CREDIT_LEADS)) + 1


def credit_lead(text: str) -> regex.Match[str] | None:
    """`CREDIT_LEAD.match(text)`, tried only where the text (after a bracket) opens with one of its leads: most
    lines of a page open with none (tests/test_fast_paths.py)."""
    head = rx.fold(text[:_CREDIT_LEAD_SIZE])
    if head.startswith(L.CREDIT_LEADS) or (head[:1] in "([" and head.startswith(L.CREDIT_LEADS, 1)):
        return CREDIT_LEAD.match(text)
    return None


# A credit glued after the caption: "... 2024. Mia Pike/Pool Photo via AP"
AGENCY_WORD = rx.compile(r"(?<![\p{L}])(?:\L<ag>)(?![\p{L}])", FLAGS, ag=_AGENCY)
# Every ASCII byte but a-z made a space: an ASCII text's words of letters, split at C speed
_ONLY_ASCII_LETTERS = b" " * 0x61 + bytes(range(0x61, 0x7B)) + b" " * (0x100 - 0x7B)
_AGENCY_FIRST_WORDS: set[bytes] = set()  # each agency's first word of letters (in lower case): built on first use


def may_name_agency(text: str) -> bool:
    """Whether `AGENCY_WORD` may find an agency in `text`: always beyond ASCII; in an ASCII text (its case folded
    as the pattern folds ASCII's), only where a word of letters is the first word of an agency's name (most
    credits' words are none: the pattern tries its list at every place; tests/test_warm_gates.py)."""
    if not text.isascii():
        return True
    if not _AGENCY_FIRST_WORDS:
        _AGENCY_FIRST_WORDS.update(a.encode().translate(_ONLY_ASCII_LETTERS).split()[0] for a in _AGENCY)
    return not _AGENCY_FIRST_WORDS.isdisjoint(text.lower().encode().translate(_ONLY_ASCII_LETTERS).split())


# (and those whose names are words only in capitals, as printed: "APP")
AGENCY_ONLY = rx.compile(r"^(?:\L<ag>|(?-i:\L<caps>))$", FLAGS, ag=_AGENCY, caps=list(L.AGENCIES_IN_CAPITALS))
# (looked up as text where it can be: see `agency_only`)
_AGENCY_FOLDED = frozenset(a.lower() for a in _AGENCY)
_AGENCY_CAPITALS = frozenset(L.AGENCIES_IN_CAPITALS)


def agency_only(text: str) -> bool:
    """`AGENCY_ONLY.match(text) is not None`: the text is an agency's name and nothing else ("Reuters", "APP").
    An ASCII text is looked up in the lists, its case folded as the pattern folds ASCII's (the lists are ASCII:
    tests/test_fast_paths.py); the pattern, whose list read with case ignored is tried at every length it holds
    (some 17,000 instructions a text), reads any other."""
    if text.isascii() and "\n" not in text:
        return text.lower() in _AGENCY_FOLDED or text in _AGENCY_CAPITALS
    if not rx.fold(text).isascii():
        return False  # a character no letter of the lists' is equal to ("Halvorsen’s"): no pattern built
    return AGENCY_ONLY.match(text) is not None


WIRE_AGENCY = rx.compile(
    r"^(?:\L<ag>|(?-i:\L<caps>))$", FLAGS, ag=phrase_list(L.WIRE_AGENCIES), caps=list(L.AGENCIES_IN_CAPITALS)
)
# "JOHN PETERS Associated Press": a wire agency glued to the last name of a byline, no comma between
# (only names of six letters or more: "Anna Pa" is no agency)
_TAIL_AGENCIES = tuple(a for a in phrase_list(L.WIRE_AGENCIES) if len(a) >= 6)
AGENCY_TAIL = rx.compile(r"(?<=\S)\s++(?P<agency>\L<ag>)\.?$", FLAGS, ag=list(_TAIL_AGENCIES))
_TAIL_AGENCY_SIZE = max(map(len, _TAIL_AGENCIES)) + 2


def agency_tail(text: str) -> regex.Match[str] | None:
    """`AGENCY_TAIL.search(text)`, tried only where the text ends with one of its agencies (and a full stop or a
    line break): a name ends with none (tests/test_fast_paths.py)."""
    end = rx.fold(text[-_TAIL_AGENCY_SIZE:]).rstrip("\n.")
    return AGENCY_TAIL.search(text) if end.endswith(_TAIL_AGENCIES) else None


# "Label: value": a short label opening the line, a colon, a space and the value. Read in four places whose labels
# differ on purpose: a fact box's row (`LABEL_ROW`) takes any label of a few words ("Price: R4.2 million", "Rovers
# (4-4-2): Lund; ..."); a schedule's line (`WORDS_LABEL_ROW`) a label of words alone, since a label with a figure
# ("Sat 12 May: Parade") makes a dated line there, read as one; a box under a headline (`BOX_FIELD`) and a roundup's
# product field (`products.product_field`, a set test on the words before the colon) a label of their own table
# alone, since any other label before a colon there opens a headline or an item's name. A label of the table is
# known as one, so that its colon may be spaced or glued on either side ("Director:Name", "Running time : 2hr").
LABEL_REACH = 42  # a row's colon is looked for this far in (the cheap test before a pattern)
LABEL_VALUE = r":\s++\S"  # the colon, a space, the value
LABEL_ROW = rx.compile(r"^[\p{Lu}][^:]{0,40}" + LABEL_VALUE)  # "Price: R4.2 million", "Rovers: W W D L W"
# "Emergency services: 112", "Volunteer hotline: 8 (771) 300-45-45": a label of words, a colon, a value
WORDS_LABEL_ROW = rx.compile(r"^(?-i:\p{Lu})[\p{L}'’\- ]{1,40}?" + LABEL_VALUE, FLAGS)
# A field of a box printed under a headline: "The claim: ...", "Director: Name" (`lexicon.BOX_FIELD_LABELS`)
BOX_FIELD = rx.compile(r"^(?:\L<labels>)\s*+:\s*+\S", FLAGS, labels=phrase_list(L.BOX_FIELD_LABELS))


# A bar between the fields of a line ("Name | Columns | June 3, 2023", "Lena Ortiz · CBC News"): a mark spaced on
# both sides. A name and its outlet or role may also be parted by a spaced slash ("Lena Ortiz / Reuters"), which
# parts no date bar's fields (the date bar is split at its bars; a name's bar is only looked for)
BAR_MARKS = "|·•"
BAR = rx.compile(rf"\s++[{BAR_MARKS}]\s++")
NAME_BAR = rx.compile(rf"\s++[/{BAR_MARKS}]\s++")


# A timeline's row: a year, a colon or a spaced dash, the event ("2019 - A driver is rescued from the ford")
YEAR_ROW = rx.compile(r"^(?:1[6-9]|20)\d\d\s*+(?::|[-–—](?=\s))\s*+(?=\S)")


def box_row(text: str) -> str | None:
    """The value of a fact box's row: a labelled field ("Asking price: $640,000") or a timeline's dated event
    ("2014 - Parish councils ask for a bridge"); None for any other line (a digit or a colon looked for first).

    >>> box_row("2022 – The council wins a flood grant")
    'The council wins a flood grant'
    >>> box_row("Agent: Mia Cole, Coast Realty")
    'Mia Cole, Coast Realty'
    >>> box_row("2,000 people came.") is None
    True
    """
    if text[:1].isdigit():
        m = YEAR_ROW.match(text)
        return text[m.end() :].strip() if m is not None else None
    return text.partition(":")[2].strip() if ":" in text[:42] and LABEL_ROW.match(text) is not None else None


def label_row(text: str) -> bool:
    """A "Label: value" row, a sentence or not ("Where: Pier Road car park, gate B"): the colon looked for first."""
    return ":" in text[:LABEL_REACH] and LABEL_ROW.match(text) is not None


# ------------------------------------------------------------------ headline evidence
# What a line printed near a headline can be instead: one scan, the kind read back by `lastgroup`.
NOT_A_TITLE = rx.compile(
    r"^(?P<widget>(?:\L<widget>)(?![\p{L}])[^\p{L}]*+(?:\p{L}++[^\p{L}]*+){0,6}$)"  # a few words after the lead
    r"|^(?P<label>(?:\L<labels>)\s*+[:|]|(?:\L<galleries>)\s*+[:|](?!(?:\s*+\S++){4}))"  # a gallery's: 4 words
    r"|(?P<gallery_count>[|(]\s*+\d++\s*+(?:photos?|images?|pictures?|slides?|videos?)\)?$)"
    r"|(?P<caption>(?<![\p{L}])(?:\L<cues>)(?![\p{L}])|\L<positions>)"
    r"|(?P<credit_tail>[/|]\s*+(?:\L<ag>)(?:\s++(?:file|photos?|images?))*+\s*+$)"
    r"|(?P<site_self>(?<![\p{L}])(?:\L<site>)(?![\p{L}]))"
    r"|(?P<icon>(?<![\p{L}])\p{Ll}++_\p{Ll}++(?![\p{L}]))"  # an icon's name printed as text: "chevron_left"
    r"|(?P<contact>[\w.+\-]@[\w\-]++\.\w|^(?:" + literal_alternation(L.PHONE_LABELS) + r")\b)"
    r"|(?P<counter>^(?:\p{L}++\W++){0,2}[\d.,]++[km]?\s++(?:\L<counted>)$)",
    FLAGS,
    widget=phrase_list(L.WIDGET_LEADS),
    labels=phrase_list(L.LABEL_LEADS),
    galleries=phrase_list(L.GALLERY_LEADS),
    cues=phrase_list(L.CAPTION_MARKERS),
    positions=phrase_list(L.CAPTION_POSITIONS),
    ag=phrase_list(L.AGENCIES),
    site=phrase_list(L.SITE_SELF_WORDS),
    counted=phrase_list(L.COUNTED_THINGS),
)

# "In pictures: Holmvik counts the cost of the fire": a gallery's title, weighed against as the headline
GALLERY_TITLE = rx.compile(r"^(?:\L<galleries>)\s*+[:|]", FLAGS, galleries=phrase_list(L.GALLERY_LEADS))
# "Ann Lee obituary", "Obituary: Ann Lee", "Ann Lee, potter who fired a wood kiln for 50 years - obituary": an
# obituary's title, its label before or after the life it names
OBITUARY_TITLE = rx.compile(
    r"^(?:\L<labels>)\s*+[:|–—-]\s*+\S|\S[\s,:|–—-]++(?:\L<labels>)$", FLAGS, labels=phrase_list(L.OBITUARY_LABELS)
)

# an interview's standfirst: a few words of role or none, the interviewee's name, then what they talk of ("Plantation
# company CEO Dilshan Wickremaratne on the new daily wage", "Novelist Ada Obi talks about her first book")
INTERVIEW_STANDFIRST = rx.compile(
    r"^(?:[\p{L}\p{N}'’&.\-]++\s++){0,6}?(?P<name>(?-i:\p{Lu})[\p{L}'’\-]++(?:\s++(?-i:\p{Lu})[\p{L}'’\-]++){1,3})"
    r",?\s++(?:on|talks|talks about|discusses|reflects on|explains|opens up about)\s",
    FLAGS,
)

# ------------------------------------------------------------------ bylines
BYLINE_LEAD = rx.compile(
    r"^(?:\L<leads>)(?:\s*+:\s*+|\s++)(?=(?-i:[\p{Lu}\p{Lt}@]|the\s++\p{Lu})|(?:\L<wires>)(?![\p{L}]))"
    r"|^(?:\L<labels>)\s*+:\s*+(?=(?-i:[\p{Lu}\p{Lt}]))|^(?:\L<leads>)\s*+:\s*+$",
    FLAGS,
    leads=phrase_list(L.BYLINE_LEADS),
    labels=phrase_list(L.BYLINE_LABELS),
    wires=phrase_list(L.WIRE_AGENCIES),  # "By dpa": an agency that prints its name in lower case
)
_BYLINE_OPENINGS = (*L.BYLINE_LEADS, *L.BYLINE_LABELS)
_BYLINE_OPENING_SIZE = max(map(len, _BYLINE_OPENINGS))


def byline_lead(text: str) -> regex.Match[str] | None:
    """`BYLINE_LEAD.match(text)`, tried only where the text opens with one of its leads or labels: a name alone
    ("Rhea Morland") opens with none (tests/test_fast_paths.py)."""
    if rx.fold(text[:_BYLINE_OPENING_SIZE]).startswith(_BYLINE_OPENINGS):
        return BYLINE_LEAD.match(text)
    return None


INNER_BY = rx.compile(r"(?:^|\s)(?:by|BY|By)\s++(?=\p{Lu})")
ROLE_WORD = rx.compile(r"(?<![\p{L}])(?:\L<w>)(?![\p{L}])", FLAGS, w=phrase_list(L.ROLE_HEADS))
NAME_PARTICLE = rx.compile(
    r"^(?:\L<p>|(?:\L<abbr>)\.?)$",
    FLAGS,
    p=phrase_list(L.NAME_PARTICLES + L.NAME_PREFIXES),
    abbr=phrase_list(L.NAME_ABBREVIATIONS),
)
NAME_SUFFIX = rx.compile(r"^\L<s>\.?$", FLAGS, s=phrase_list(L.NAME_SUFFIXES + L.NAME_DEGREES))
INITIAL = rx.compile(r"^\p{Lu}\.(?:\p{Lu}\.)*+$|^\p{Lu}$")
NAME_TOKEN = rx.compile(r"^(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]*+\.?|\p{Lu}\.)$")

# ------------------------------------------------------------------ notes
CONTRIBUTED = rx.compile(
    r"\b(?:contributed|contributing) (?:reporting |research |to )?(?:to )?(?:this|the) "
    r"(?:report|story|article|piece|coverage)|\bcontributed reporting\b|\bcontributed to this\b",
    FLAGS,
)
# "Contributing: John Roe, USA TODAY; The Associated Press", "— With assistance from Jane Doe": the two labels
# before the contributors' names (read here and by `notes`)
CONTRIBUTING_LABEL = r"contributing\s*+:"
WITH_CONTRIBUTORS = r"[—–\-]*+\s*+with (?:assistance|reporting|additional reporting) (?:from|by)"
CONTRIBUTING_LEAD = rx.compile(
    r"^(?:" + CONTRIBUTING_LABEL + r"\s*+|" + WITH_CONTRIBUTORS + r"\s++)(?-i:\p{Lu})",
    FLAGS,
)
CREDITED_WORK = alternation(L.CREDITED_WORK)  # "reporting", "editing", ... in "Reporting by Jane Doe"
# ... and the work a credit may add to it ("Reporting and writing by Jane Doe")
AND_CREDITED_WORK = r"(?: and (?:writing|editing|reporting))?"
# "(Reporting by ...)", "*Writing by Name" (an agency's sign-off marked with an asterisk)
REPORTING_CREDITS = rx.compile(
    r"^[(*]?\s*+(?:additional )?(?:" + CREDITED_WORK + r")" + AND_CREDITED_WORK + r" by\b", FLAGS
)
BIO = rx.compile(
    r"^(?P<name>(?-i:\p{Lu})[\p{L}.'’\- ]{1,60}?) (?:is|was|has been|writes|covers|reports|joined|"
    r"has covered|has written|is currently)\b",
    FLAGS,
)

# A dateline standing alone on its line: "BAAR, SWITZERLAND", "WASHINGTON —"
_WIRE_IN_BRACKETS = r"\((?i:" + alternation(L.WIRE_AGENCIES) + r")\)"  # "(AP)", "(Reuters)"
DATELINE_ONLY = rx.compile(
    r"^(?-i:\p{Lu}[\p{Lu}.'\- ]{2,40}+)(?:,\s*+(?-i:\p{Lu})[\p{L}.'\- ]{1,40}+(?:\s*+" + _WIRE_IN_BRACKETS + r")?"
    r"\s*+[—–\-]*+|\s*+" + _WIRE_IN_BRACKETS + r"\s*+[—–\-]*+|\s*+[—–\-]++)$"
)

# A print page's jump line, in an e-edition's text: "Continued on Page A4", "Please see FERRY, Page A4",
# "Continued from A1" (the story goes on after it)
JUMP_LINE = rx.compile(
    r"^(?:(?:continued|cont['’]d|story[ ]continues)[ ](?:on|from)|(?:please[ ])?see[ ][\p{L}\-' ]{2,30}?,?(?:[ ]on)?"
    r"|turn[ ]to)[ ](?:page[ ]|p\.[ ]?)?[A-Z]?\d{1,3}[A-Z]?\.?$"
    r"|^(?:continued|story[ ]continues)[ ]on[ ]next[ ]page\.?$",
    FLAGS,
)

# The line shapes of page furniture, in one anchored pattern: the group that matches names the reason.
DEBRIS_SHAPE = rx.compile(
    "|".join(
        f"(?P<{name}>{pattern.pattern.removeprefix(rx.SIMPLE_CASE)})"
        for name, pattern in (
            ("empty_date_line", EMPTY_DATE_LINE),
            ("player", PLAYER_TIME),
            ("read_time", READ_TIME),
            ("separator", SEPARATOR),
            ("counter", COUNTER),
            ("number", ONLY_NUMBER),
            ("image_file", IMAGE_FILE),
            ("gallery", GALLERY),
            ("jump", JUMP_LINE),
            ("tags", TAGS_LINE),
            ("share", SHARE_PHRASE),
            ("related", RELATED_LINK),
            ("sponsor", SPONSOR_LINE),
            ("embed", EMBED_LINE),
            ("link", DOMAIN_ONLY),
            ("rating", RATING),
        )
    ),
    FLAGS,
    leads=phrase_list(L.RELATED_PREFIXES),
)
