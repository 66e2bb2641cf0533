"""What is set into the story body but is not its text: link boxes, code listings, other stories'
headlines between paragraphs, embedded posts, pull quotes."""

from __future__ import annotations

import functools

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..normalize import Line
from ..people import PARTICLES
from . import examples as ex
from .features import Features
from .page import Decision, Page, Role
from .shapes import row_shape, shape_of
from .words import key_of, title_case

_CALL_TO_ACTION = rx.compile(
    r"(?:\L<verbs>) (?:\L<ends>)\W*",
    P.FLAGS,
    verbs=P.phrase_list(L.CALL_TO_ACTION_VERBS),
    ends=P.phrase_list(L.CALL_TO_ACTION_ENDS),
)
_CALL_TO_ACTION_VERBS = tuple(L.CALL_TO_ACTION_VERBS)


def _call_to_action(text: str) -> bool:
    """A line that is all a call to action ("Read more", "Watch the video"): `_CALL_TO_ACTION`, tried only where the
    folded line opens with one of its verbs."""
    return rx.fold(text).startswith(_CALL_TO_ACTION_VERBS) and _CALL_TO_ACTION.fullmatch(text) is not None


_CODE_LINE = rx.compile(r"[{}\[\];=]\s*+$|^[\]}).]+,?$|^\w+\s*+[:=]\s*+[\[{(]")


def code_line(t: str) -> bool:
    """`_CODE_LINE` finds code punctuation in the line: searched only where the line holds a mark each of its parts
    needs (a bracket, a brace, ";" or "=", a closing mark opening the line, or a colon and a parenthesis), as most
    lines hold none (tests/test_warm_gates.py holds the gate to the pattern)."""
    if t[:1] not in "])}." and not ("(" in t and ":" in t):
        for mark in "{}[];=":
            if mark in t:
                break
        else:
            return False
    return _CODE_LINE.search(t) is not None


PULL_QUOTE_CHECKS = 200


def _groups(lines: list[Line], span: range) -> list[range]:
    """Runs of lines with no blank line between them."""
    out: list[range] = []
    i = span.start
    while i < span.stop:
        j = i
        while j + 1 < span.stop and not lines[j].blank_after:
            j += 1
        out.append(range(i, j + 1))
        i = j + 1
    return out


def _one_shape(lines: list[Line], group: list[int]) -> bool:
    """The lines share a list's shape: a schedule or a table ("May 4 – Riverton @ Hall"), not links."""
    rows = group[1:] if shape_of(lines[group[0]].text) is None else group  # the list's label above it
    shapes = {shape_of(lines[i].text) for i in rows}
    shape = shapes.pop() if len(shapes) == 1 and len(rows) >= 2 else None
    return shape is not None and row_shape(shape)


def blank_separated(lines: list[Line], span: range) -> bool:
    """Does the text separate its paragraphs by blank lines?"""
    if not span:
        return False
    return sum(1 for i in span if lines[i].blank_before) * 2 >= len(span)


def link_widgets(lines: list[Line], feats: list[Features], span: range) -> set[int]:
    """Boxes of links to other stories set in the body of a text that separates paragraphs by
    blank lines: a group of lines with no blank line between them that repeats a line of its own
    ("Business / Title / Business / Title / blurb") or stacks three or more titles."""
    out: set[int] = set()
    if not blank_separated(lines, span):
        return out
    for group in _groups(lines, span):
        if len(group) < 2:
            continue
        titles = [i for i in group if not feats[i].prose and feats[i].words >= 3]
        intro = group.start > 0 and lines[group.start - 1].text.endswith(":")
        title_keys = [
            feats[i].key
            for i in group
            if not feats[i].prose and feats[i].caption is None and feats[i].debris is None and feats[i].words >= 2
        ]
        repeated = len(set(title_keys)) < len(title_keys)
        call_to_action = any(_call_to_action(lines[i].text) for i in group)
        stacked = (
            len(titles) >= 3
            and not intro
            and not any(P.LIST_ITEM.match(lines[i].text) for i in titles)
            and sum(1 for i in titles if title_case(lines[i].text)) * 2 > len(titles)
            and not _one_shape(lines, titles)
        )
        # a box with its label above or its "More in X" below: "Impeachment inquiry" / titles / "More in Politics"
        labelled = (
            len(titles) >= 3
            and not intro
            and any(feats[k].soft_stop for k in (group.start - 1, group.stop) if 0 <= k < len(feats))
        )
        if (repeated or stacked or call_to_action or labelled) and not _picture(feats, group):
            out.update(group[_paragraphs_above_box(lines, feats, group) :])
    return out


def _paragraphs_above_box(lines: list[Line], feats: list[Features], group: range) -> int:
    """How many of a link box's glued lines are the story's paragraphs above it: long sentences opening
    the group ("... the trial continues." / "Read More" / titles), never the whole group."""
    n = 0
    while n < len(group) - 2 and feats[group[n]].prose and feats[group[n]].words >= 12:
        if not P.ends_sentence(lines[group[n]].text):
            break
        n += 1
    return n


def _picture(feats: list[Features], group: range) -> bool:
    """A group holding a caption sentence and a credit line is a picture, or a gallery's copies of one
    ("Fans queue at the gate." printed twice, "Photo: Jo Lee, AP" twice, "Image 1 of 4"), not links."""
    return any(feats[i].credit is not None for i in group) and any(feats[i].prose for i in group)


def code_blocks(lines: list[Line], feats: list[Features], span: range) -> set[int]:
    """Lines of a program or data listing: three or more adjacent lines, most with code punctuation."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*span, None]:
        codey = (
            i is not None and not feats[i].prose and (code_line(lines[i].text) or (lines[i].indent >= 4 and bool(run)))
        )
        if codey:
            assert i is not None
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


def embedded_posts(page: Page) -> None:
    """The text of an embedded post, right above its signature ("— Lina Marsh (@linamarsh) March 3,
    2024"): the post, not the story's prose."""
    d, lines, feats = page.decisions, page.lines, page.feats
    span = range(page.body_start, page.body_end + 1)
    post = Decision(Role.DEBRIS, "embed", rule="body/embedded-post")
    for i in span:
        signature = feats[i].debris == "embed" and lines[i].text[:1] in "—–-"
        if signature and i - 1 in span and d[i - 1].role is Role.PARAGRAPH:
            page.decide(i - 1, post)


def teaser_headings(page: Page) -> None:
    """Headlines of other stories dropped between paragraphs look like subheadings; when four or
    more Title Case lines of six words or more come every paragraph or two, they are links (not a list
    article's items numbered one after another)."""
    d, lines, feats = page.decisions, page.lines, page.feats
    span = range(page.body_start, page.body_end + 1)
    heads = [i for i in span if d[i].role is Role.HEADING]
    # (items numbered one after another are a list article's own: `numbered.numbered_headings`)
    teasers = [
        i for i in heads if feats[i].words >= 6 and title_case(lines[i].text) and d[i].rule != "runs/numbered-headings"
    ]
    if len(teasers) < 4 or len(teasers) * 2 < len(heads):
        return
    paragraphs = sum(1 for i in span if d[i].role is Role.PARAGRAPH)
    if paragraphs <= 2.5 * len(heads):
        for i in teasers:
            page.decide(i, Decision(Role.DEBRIS, "related", rule="body/teaser-headline"))


def _inside_longer(body: str, key: str) -> bool:
    """`key` is part of a longer paragraph (not a line of its own that merely repeats)."""
    pos = body.find(key)
    while pos >= 0:
        start_ok = pos == 0 or body[pos - 1] == "\n"
        end = pos + len(key)
        end_ok = end == len(body) or body[end] == "\n"
        if not (start_ok and end_ok):
            return True
        pos = body.find(key, end)
    return False


def _printed_elsewhere(body: str, key: str) -> bool:
    """`key` comes twice in the body, or inside a longer paragraph: one scan of the body."""
    seen = 0
    pos = body.find(key)
    while pos >= 0:
        end = pos + len(key)
        if not ((pos == 0 or body[pos - 1] == "\n") and (end == len(body) or body[end] == "\n")):
            return True  # inside a longer paragraph
        seen += 1
        if seen == 2:
            return True  # printed twice
        pos = body.find(key, pos + 1)
    return False


# "“We cannot keep patching the wall” — Mayor Lina Roth": a pull quote signed with its speaker's name
_SIGNED = rx.compile(r"^(?P<quote>[\"“‘'].{20,}[\"”’'][.,]?)\s*+[—–\-]\s*+\p{Lu}[^.!?]{1,60}$")


def _signed_repeat(body: str, text: str) -> bool:
    """A quotation signed with a name after a dash, whose words the body prints inside a paragraph."""
    # (the name after the dash ends the line with no sentence's mark: most quoted lines end with one)
    m = _SIGNED.match(text) if text[:1] in "\"“‘'" and not text.endswith((".", "!", "?")) else None
    return m is not None and _inside_longer(body, key_of(m.group("quote")))


# a line set whole in quotation marks, one sentence: "“We have lost the spring.”"
_QUOTED_LINE = rx.compile(r"^[\"“‘][^\"“”]{10,80}[.!?]?[\"”’]$")


_SENTENCE_GAP = rx.compile(r"(?<=[.!?])[ ]++")


def _joined_repeat(paragraphs: list[int], feats: list[Features], i: int, text: str) -> bool:
    """A line set whole in quotation marks, double or single, of two sentences or more, each printed inside another
    paragraph: a pull quote that joins a speaker's sentences and leaves out the cue between them ("“We open at four.
    We close when the bread runs out.”" over "“We open at four,” she says. “We close when the bread runs out.”")."""
    if text[:1] not in _OPENING_MARKS or text[-1:] not in _CLOSING_MARKS:  # (double marks or single: ‘…’, «…»)
        return False
    pieces = [key_of(p) for p in _SENTENCE_GAP.split(text[1:-1])]
    if len(pieces) < 2 or any(p.count(" ") < 2 for p in pieces):
        return False
    others = "\n".join(feats[k].key for k in paragraphs if k != i)
    return all(_inside_longer(others, p) for p in pieces)


def _phrase_not_name(text: str) -> bool:
    """A subheading under a pull quote that names no one ("In his own words", "The comeback"): it ends, before any
    comma, in a lower-case word, where a speaker's credit ends in a name ("Mayor Ann Lee", "news analyst Ann Lee",
    "Ann Lee, harbour master")."""
    words = text.split(",", 1)[0].split()
    return bool(words) and words[-1][:1].islower() and words[-1] not in PARTICLES


def pull_quotes(page: Page) -> None:
    """A sentence the body prints again in full elsewhere is a pull quote; its credit line goes too."""
    d, lines, feats = page.decisions, page.lines, page.feats
    span = range(page.body_start, page.body_end + 1)
    paragraphs = [i for i in span if d[i].role is Role.PARAGRAPH]
    body = "\n".join(feats[i].key for i in paragraphs)
    # each check scans the body once; a bounded number of checks keeps the cost linear
    candidates = [i for i in paragraphs if 8 <= feats[i].words <= 60][:PULL_QUOTE_CHECKS]
    for i in candidates:
        if _printed_elsewhere(body, feats[i].key) or _joined_repeat(paragraphs, feats, i, lines[i].text):
            page.decide(i, Decision(Role.DEBRIS, "pull-quote", rule="body/pull-quote"))
            nxt = i + 1
            if (
                nxt in span
                and not lines[i].blank_after
                and d[nxt].role in (Role.HEADING, Role.PARAGRAPH)
                and feats[nxt].words <= 8
                and not feats[nxt].prose
                and not (d[nxt].role is Role.HEADING and _phrase_not_name(lines[nxt].text))
            ):
                page.decide(nxt, Decision(Role.DEBRIS, "pull-quote", rule="body/pull-quote-credit"))
    # a shorter line is a pull quote only when it is set whole in quotation marks ("“We have lost the
    # spring.”"): a short plain line printed twice may be a refrain of the story's own
    short = [i for i in paragraphs if 4 <= feats[i].words < 8 and _QUOTED_LINE.match(lines[i].text)]
    for i in short[:PULL_QUOTE_CHECKS]:
        if d[i].role is Role.PARAGRAPH and _printed_elsewhere(body, feats[i].key):
            page.decide(i, Decision(Role.DEBRIS, "pull-quote", rule="body/short-pull-quote"))
    _quoted_titles_said_before(page, paragraphs)
    for i in span:  # set as a heading or a paragraph, with the speaker's name after a dash
        if d[i].role in (Role.HEADING, Role.PARAGRAPH) and _signed_repeat(body, lines[i].text):
            page.decide(i, Decision(Role.DEBRIS, "pull-quote", rule="body/signed-pull-quote"))


_OPENING_MARKS = "\"“‘'«"
_CLOSING_MARKS = "\"”’'»"


def _quoted_titles_said_before(page: Page, paragraphs: list[int]) -> None:
    """A few words wholly in marks set alone as a crosshead (`quoted_heading`) that a paragraph above has already
    printed, and none below: a pull quote repeating what was said ('"We do not have the hands"' under '"... We do
    not have the hands," said ...'). A quoted crosshead quotes the section it opens: its words come below it."""
    feats = page.feats
    for i in range(page.body_start, page.body_end + 1):
        t = page.lines[i].text
        if page.decisions[i].role is not Role.HEADING or t[:1] not in _OPENING_MARKS or t[-1:] not in _CLOSING_MARKS:
            continue
        key = feats[i].key
        above = "\n".join(feats[k].key for k in paragraphs if k < i)
        below = "\n".join(feats[k].key for k in paragraphs if k > i)
        if key and _inside_longer(above, key) and key not in below:
            page.decide(i, Decision(Role.DEBRIS, "pull-quote", rule="body/quoted-title-said-before"))


_QUOTE = "\u201cWe have run out of ways to keep the doors open,\u201d said the mayor, Ann Lee"

# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "body/teaser-headline": ex.body(
        "Harbour Festival Returns With Fireworks This Summer",
        "The festival was cancelled last year after storms.",
        "New Ferry Timetable Starts On Monday Morning",
        "Ferries will run every hour from the north quay.",
        "Council Tax Rise Approved By Members Last Night",
        "Bills will rise by four per cent in April.",
        "Police Appeal For Witnesses After Harbour Break-in",
        "A shed on the quay was broken into on Sunday.",
    ),
    "body/embedded-post": ex.body(
        "Our library is closing and nobody asked us.\n— Lina Marsh (@linamarsh) March 3, 2024"
    ),
    "body/pull-quote": ex.body(_QUOTE),
    "body/pull-quote-credit": ex.body(_QUOTE + "\nMayor Ann Lee"),
    "body/short-pull-quote": ex.body(
        "\u201cWe have run out of ways.\u201d", "\u201cWe have run out of ways,\u201d she said."
    ),
    "body/quoted-title-said-before": ex.body(
        "\u201cWe close when the bread runs out,\u201d said the baker, Ann Lee.",
        "\u201cWhen the bread runs out\u201d",
        "The bakery opened in 1962 on the corner of the quay and has kept the same ovens ever since.",
    ),
    "body/signed-pull-quote": ex.body("\u201cWe have run out of ways to keep the doors open\u201d \u2014 Ann Lee"),
}


_POLL_LABELS = frozenset(L.POLL_LABELS)
_POLL_BUTTONS = frozenset(L.POLL_BUTTONS)
POLL_OPTIONS = 6  # options of a poll between its question and its button, at most


def poll_boxes(lines: list[Line], feats: list[Features]) -> set[int]:
    """A reader poll set in the story: a label and a question ("POLL: Do you support the new cycle lanes?"), a few
    short options ("Yes" / "No" / "Undecided") and its buttons ("Vote", "View results"). Its lines are the page's;
    the story goes on after it (only lines holding a colon early and ending with "?" are read further)."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        t = line.text
        if t[-1:] != "?" or ":" not in t[:20] or t.partition(":")[0].strip().lower() not in _POLL_LABELS:
            continue
        k = i + 1
        while k < len(lines) and k - i <= POLL_OPTIONS + 1 and not feats[k].prose and feats[k].words <= 5:
            if lines[k].text.strip().rstrip(".!").lower() in _POLL_BUTTONS:
                while k + 1 < len(lines) and lines[k + 1].text.strip().lower() in _POLL_BUTTONS:
                    k += 1  # "Vote" / "View results"
                out.update(range(i, k + 1))
                break
            k += 1
    return out


DONATION_TITLE_WORDS = 8  # the title of a newsroom's appeal over its pitch: this many words at most


@functools.cache  # built on first use: most pages print no appeal
def _donate_buttons() -> frozenset[str]:
    return frozenset(L.DONATE_BUTTONS)  # (written as their keys are: lower case, no marks)


def donation_boxes(lines: list[Line], feats: list[Features], span: range) -> set[int]:
    """A non-profit newsroom's appeal for gifts, set in the story or after it: a pitch saying so ("The Harbour
    Ledger is a nonprofit newsroom funded by readers like you.", "... un medio sin fines de lucro ...") over its
    button ("Donate now", "Dona"), and the appeal's title of a few words over the pitch ("Support local
    reporting"). Its lines are the page's, never the story's paragraphs or subheadings. Only a short line that is
    a button is read further."""
    out: set[int] = set()
    buttons = _donate_buttons()
    for k in range(max(1, span.start), min(len(lines), span.stop + 1)):  # (its button may close the body)
        if feats[k].key not in buttons:
            continue
        pitch = lines[k - 1].text.casefold()
        if not any(w in pitch for w in L.DONATION_PITCH_WORDS):
            continue
        out.update((k - 1, k))
        title = k - 2
        if title >= 0 and not feats[title].prose and 1 <= feats[title].words <= DONATION_TITLE_WORDS:
            out.add(title)
    return out
