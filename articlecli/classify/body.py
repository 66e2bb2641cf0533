"""The story body: paragraphs, headings, captions, code, lists and the debris set among them."""

from __future__ import annotations

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..normalize import Line
from .features import FUNCTION_WORDS, Features, quoted, title_case
from .page import Decision, Role, Structure
from .pictures import adopt_caption, dedupe_captions, glued_credit, labelled_caption, video_captions
from .tail import end_notes, promo_tail

_CALL_TO_ACTION = rx.compile(r"(?i)(?:read|watch|listen|learn|see|view) (?:now|more|here)\W*")


_CODE_LINE = rx.compile(r"[{}\[\];=]\s*+$|^[\]}).]+,?$|^\w+\s*+[:=]\s*+[\[{(]")


_CLAUSE_END = rx.compile(r"[.,;]$")


_QUESTION_WORDS = frozenset(L.QUESTION_WORDS)


_QUOTE_MARKS = rx.compile(r"[\"“”‘’«»]")


PULL_QUOTE_CHECKS = 200


def read_body(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """Paragraphs, headings, captions, code and debris between body start and end."""
    d = st.decisions
    span = range(st.body_start, st.body_end + 1)
    head_key = feats[st.headline].key if st.headline is not None else None
    deck_key = feats[st.deck].key if st.deck is not None else None
    widgets = link_widgets(lines, feats, span)
    code = code_blocks(lines, feats, span)
    seen_paragraphs: set[str] = set()
    in_links = False
    for i in span:
        f = feats[i]
        t = lines[i].text
        if f.prose and P.ends_sentence(t) and not t.endswith(("...", "…")):
            in_links = False
        if i in st.caption_labels:
            labelled_caption(lines, feats, d, i)
        elif i > st.body_start and i - 1 in st.caption_labels:
            continue  # the caption after its label, read with the label
        elif head_key is not None and f.key == head_key:
            d[i] = Decision(Role.DEBRIS, "repeated-headline")
        elif deck_key is not None and f.key == deck_key:
            d[i] = Decision(Role.DEBRIS, "repeated-deck")
        elif i in code:
            d[i] = Decision(Role.CODE)
        elif i + 1 not in st.caption_labels and (f.credit is not None or glued_credit(lines, feats, i)):
            credit = f.credit or t
            d[i] = Decision(Role.CAPTION, credit=credit)
            adopt_caption(lines, feats, d, i, credit)
        elif f.caption is not None and not quoted(t):
            d[i] = Decision(Role.CAPTION, text=C.strip_truncation(f.caption[0]), credit=f.caption[1])
        elif i in widgets:
            d[i] = Decision(Role.DEBRIS, "related")
        elif C.caption_lead(t) is not None:
            d[i] = Decision(Role.CAPTION, text=C.caption_lead(t))
        elif f.soft_stop and not f.prose:
            d[i] = Decision(Role.DEBRIS, "related")
            in_links = True
        elif f.debris is not None:
            d[i] = Decision(Role.DEBRIS, f.debris)
        elif f.date_line and not f.prose:
            d[i] = Decision(Role.DEBRIS, "date-line")
        elif P.DATELINE_ONLY.match(t):
            d[i] = Decision(Role.DEBRIS, "dateline")
        elif in_links:
            d[i] = Decision(Role.DEBRIS, "related")
        elif f.prose and _question_heading(lines, feats, i, st.body_end):
            d[i] = Decision(Role.HEADING)
        elif f.prose:
            if f.key in seen_paragraphs and f.words > 5:
                d[i] = Decision(Role.DEBRIS, "repeated-paragraph")
            else:
                d[i] = Decision(Role.PARAGRAPH)
                seen_paragraphs.add(f.key)
        else:
            d[i] = _short_line(lines, feats, st, i)
    teaser_headings(lines, feats, st, span)
    embedded_posts(lines, feats, st, span)
    video_captions(lines, feats, st, range(0, st.body_end + 1))
    pull_quotes(lines, feats, st, span)
    dedupe_captions(lines, st, span)
    last = promo_tail(lines, st)
    end_notes(lines, feats, st, range(max(st.body_start, last - 3), st.body_end + 1))


def _question_heading(lines: list[Line], feats: list[Features], i: int, end: int) -> bool:
    """A short question opening with a question word, alone between paragraphs: an explainer's
    subheading ("How is the plague spread?"), not a rhetorical question inside the text."""
    t = lines[i].text
    if not t.endswith("?") or feats[i].words > 9 or _QUOTE_MARKS.search(t) or "," in t:
        return False
    first = t.split(None, 1)[0].lower()
    if first not in _QUESTION_WORDS:
        return False
    return i + 1 <= end and feats[i + 1].prose and not lines[i + 1].text.endswith("?")


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
        call_to_action = any(_CALL_TO_ACTION.fullmatch(lines[i].text) for i in group)
        stacked = (
            len(titles) >= 3
            and not intro
            and not any(P.LIST_ITEM.match(lines[i].text) for i in titles)
            and sum(1 for i in titles if title_case(lines[i].text)) * 2 > len(titles)
        )
        if repeated or stacked or call_to_action:
            out.update(group)
    return out


def code_blocks(lines: list[Line], feats: list[Features], span: range) -> set[int]:
    """Lines of a program or data listing: three or more adjacent lines, most with code punctuation."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*span, None]:
        codey = (
            i is not None
            and not feats[i].prose
            and (bool(_CODE_LINE.search(lines[i].text)) or (lines[i].indent >= 4 and bool(run)))
        )
        if codey:
            assert i is not None
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


def embedded_posts(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    """The text of an embedded post, right above its signature ("— Lina Marsh (@linamarsh) March 3,
    2024"): the post, not the story's prose."""
    d = st.decisions
    for i in span:
        signature = feats[i].debris == "embed" and lines[i].text[:1] in "—–-"
        if signature and i - 1 in span and d[i - 1].role is Role.PARAGRAPH:
            d[i - 1] = Decision(Role.DEBRIS, "embed")


def teaser_headings(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    """Headlines of other stories dropped between paragraphs look like subheadings; when four or
    more Title Case lines of six words or more come every paragraph or two, they are links."""
    d = st.decisions
    heads = [i for i in span if d[i].role is Role.HEADING]
    teasers = [i for i in heads if feats[i].words >= 6 and title_case(lines[i].text)]
    if len(teasers) < 4 or len(teasers) * 2 < len(heads):
        return
    paragraphs = sum(1 for i in span if d[i].role is Role.PARAGRAPH)
    if paragraphs <= 2.5 * len(heads):
        for i in teasers:
            d[i] = Decision(Role.DEBRIS, "related")


def _inside_longer(body: str, key: str, f: Features) -> bool:
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


def pull_quotes(lines: list[Line], feats: list[Features], st: Structure, span: range) -> None:
    """A sentence the body prints again in full elsewhere is a pull quote; its credit line goes too."""
    d = st.decisions
    paragraphs = [i for i in span if d[i].role is Role.PARAGRAPH]
    body = "\n".join(feats[i].key for i in paragraphs)
    # each check scans the body once; a bounded number of checks keeps the cost linear
    candidates = [i for i in paragraphs if 8 <= feats[i].words <= 60][:PULL_QUOTE_CHECKS]
    for i in candidates:
        k = feats[i].key
        first = body.find(k)
        if (first >= 0 and body.find(k, first + 1) >= 0) or _inside_longer(body, k, feats[i]):
            d[i] = Decision(Role.DEBRIS, "pull-quote")
            nxt = i + 1
            if (
                nxt in span
                and not lines[i].blank_after
                and d[nxt].role in (Role.HEADING, Role.PARAGRAPH)
                and feats[nxt].words <= 8
                and not feats[nxt].prose
            ):
                d[nxt] = Decision(Role.DEBRIS, "pull-quote")


def _short_line(lines: list[Line], feats: list[Features], st: Structure, i: int) -> Decision:
    """A line that is not running text, inside the body: heading, list item or link."""
    f = feats[i]
    t = lines[i].text
    line = lines[i]
    prev_line = lines[i - 1] if i > 0 else None
    next_f = feats[i + 1] if i + 1 < len(feats) else None
    next_line = lines[i + 1] if i + 1 < len(lines) else None
    if f.all_caps and f.words > 6:  # "TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs ...": a link
        return Decision(Role.DEBRIS, "related")
    glued_prev = (
        prev_line is not None
        and not line.blank_before
        and i - 1 >= st.body_start
        and not feats[i - 1].prose
        and st.decisions[i - 1].role is not Role.DEBRIS  # a live blog's "13:40" above a post's title
    )
    glued_next = (
        next_line is not None
        and not line.blank_after
        and next_f is not None
        and not next_f.prose
        and i + 1 <= st.body_end
    )
    if P.LIST_ITEM.match(t) and (not P.NUMBERED_HEADING.match(t) or i in st.numbered):
        return Decision(Role.PARAGRAPH)
    if prev_line is not None and (glued_prev or glued_next or (prev_line.text.endswith(":") and not line.blank_before)):
        return Decision(Role.PARAGRAPH)
    heading_like = 1 <= f.words <= 14 and not _CLAUSE_END.search(t) and not t[:1].islower() and not _unfinished(t)
    if st.body_only and _in_short_run(feats, st, i):
        return Decision(Role.PARAGRAPH)  # a list, one item a line: "1. Finland" / "2. Norway"
    if heading_like and next_f is not None and (next_f.prose or glued_next):
        return Decision(Role.HEADING)
    if f.words >= 6 or st.body_only:  # in an export's body, nothing is page furniture
        return Decision(Role.PARAGRAPH)
    return Decision(Role.DEBRIS, "non-prose")


def _unfinished(text: str) -> bool:
    """A line cut off mid-sentence, not a heading: "... the move of Thibaut Courtois to"."""
    last = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    return last in FUNCTION_WORDS


def _in_short_run(feats: list[Features], st: Structure, i: int) -> bool:
    """The line and a neighbour in the body are both short lines, not running text."""
    return any(st.body_start <= j <= st.body_end and not feats[j].prose for j in (i - 1, i + 1))
