"""Runs of same-shaped lines in the body, decided together as one structure.

A line alone cannot say whether "3. Cut the sugar" or "Don't tariffs produce revenue?" is a subheading;
the set of lines shaped like it can. Each rule below looks at the whole body once, after the line by
line pass (`body.read_body`), and re-decides the lines of the structure it finds: the questions and
answers of an interview, a set of question subheadings, numbered items, ALL-CAPS crossheads, product
items with their retailer lines, a label above a list or table.
"""

from __future__ import annotations

import itertools
import re as std_re
from collections.abc import Callable
from typing import NamedTuple

import regex

from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..normalize import Line
from . import examples as ex
from .features import Features
from .page import Decision, Page, Role

_Q_MARK = rx.compile(r"^(?:Q|QUESTION|Question)\s*+[:.)\-–—]\s*+(?=\S)")
_A_MARK = rx.compile(r"^(?:A|ANSWER|Answer)\s*+[:.)\-–—]\s*+(?=\S)")
# "Lena Ortiz: What drew you to ferries?" - a speaker's label in a transcript
_SPEAKER_LABEL = rx.compile(r"^(?P<label>\p{Lu}[\p{L}.'’\-]*+(?:[ ]\p{Lu}[\p{L}.'’\-]*+){0,2}):\s++\S")
_NUMBERED = rx.compile(r"^(?P<n>\d{1,2})[.)]\s++\S")
_CLOSING_MARKS = "\"”’'»)] "
_QUESTION_OPENERS = frozenset((*L.QUESTION_WORDS, *L.QUESTION_OPENERS))
_PRICE = rx.compile(r"(?:[$£€]\s?+\d|\d\s?+(?:USD|EUR|GBP)\b)")
RETAILER_LINE = rx.compile(
    r"^(?:\L<leads>)\s++(?:at|from|on)\s++\S.{0,50}$|^(?:\$|£|€)\d[\d.,]*+\s++(?:at|from|on)\s++\S.{0,40}$",
    regex.IGNORECASE,
    leads=P.phrase_list(L.RETAILER_LEADS),
)
_MONTH_OR_DAY = frozenset(w[:3] for w in (*dates.MONTHS, *dates.WEEKDAYS))
_FRACTIONS = "½¼¾⅓⅔⅛"
_TIME_LEAD = rx.compile(r"^\d{1,2}(?::\d{2})?\s*+[ap]\.?m\b", regex.IGNORECASE)
_SEPARATORS = (" – ", " — ", " - ", " @ ", ": ", " | ", " • ")


class RunRule(NamedTuple):
    """A structure found over the whole body, with a few lines it decides (the rule's example), and
    the kind of line it needs in the body (see `_hints`): without one, the rule is not run."""

    name: str
    decide: Callable[[Page], None]
    example: str
    needs: str | None = None


def _body_lines(st: Page, span: range) -> list[int]:
    """The lines of the span that the line pass kept as text (not debris, not pictures)."""
    d = st.decisions
    return [i for i in span if d[i].role in (Role.PARAGRAPH, Role.HEADING)]


_PASSABLE = frozenset(("separator", "advertisement", "player", "embed", "share", "label"))


def _next_text(st: Page, span: range, i: int) -> int | None:
    """The next line after `i`, past page furniture set inside the story (a separator, an ad slot)."""
    d = st.decisions
    for k in range(i + 1, span.stop):
        if d[k].role is not Role.DEBRIS or d[k].reason not in _PASSABLE:
            return k
    return None


def _paragraph_after(lines: list[Line], feats: list[Features], st: Page, span: range, i: int) -> bool:
    """Running text follows line `i` (debris between allowed)."""
    k = _next_text(st, span, i)
    return k is not None and st.decisions[k].role is Role.PARAGRAPH and feats[k].prose


# ---------------------------------------------------------------- reader comments
_NOT_COMMENTERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "he", "she", "it"))
_COMMENT_SIGNATURE = rx.compile(
    r"^\S[^.!?]{0,60}?\s(?:says|said|wrote|commented|replied)(?:\s(?:on|at)\s[^:]{3,40})?:$", regex.IGNORECASE
)


def comment_section(page: Page) -> None:
    """Readers' comments under the story ("fan22 says:" / a time stamp / the comment), two signatures
    or more: removed from the first to the end of the body."""
    lines, feats, _st, span = page.lines, page.feats, page, body_span(page)
    signatures = [i for i in span if _comment_signature(lines, feats, i)]
    if len(signatures) < 2:
        return
    first = signatures[0]
    if first - 1 in span and feats[first - 1].words <= 4 and not feats[first - 1].prose:
        first -= 1  # the section's header: "12 Comments", "Join the discussion"
    for i in range(first, span.stop):
        page.decide(i, Decision(Role.DEBRIS, "comments", rule="runs/comments"))


def _comment_signature(lines: list[Line], feats: list[Features], i: int) -> bool:
    """ "fan22 says:" over its time stamp, or "Jo Lee on March 3, 2024 at 9:05 am said:": a reader's
    comment, not a speaker introducing a quotation ("The letter says:")."""
    t = lines[i].text
    if len(t) > 100 or not t.endswith(":") or _COMMENT_SIGNATURE.match(t) is None:
        return False
    if P.words(t)[0].lower() in _NOT_COMMENTERS:
        return False
    stamped = P.ANY_DIGIT.search(t) is not None
    return stamped or (i + 1 < len(lines) and feats[i + 1].date_line)


def inline_boxes(lines: list[Line], feats: list[Features]) -> set[int]:
    """A box of links set inside the story ("Related Links" / two titles / the story goes on): its
    lines, which do not end the story. A box needs prose above it and two paragraphs after it."""
    out: set[int] = set()
    for i, f in enumerate(feats):
        if not f.soft_stop or f.hard_stop or not any(feats[k].prose for k in range(max(0, i - 3), i)):
            continue
        k = i + 1
        while k < len(lines) and k - i <= 6 and not feats[k].prose and not feats[k].soft_stop:
            k += 1
        if not 2 <= k - i <= 6 or k + 1 >= len(lines) or feats[k].soft_stop:
            continue
        if feats[k].words >= 12 and feats[k + 1].prose:  # the story goes on (not a teaser's blurb)
            out.update(range(i, k))
    return out


# ---------------------------------------------------------------- interviews
def interview(page: Page) -> None:
    """An interview: the questions are subheadings, the answers paragraphs ("Q: ..." / "A: ...", or
    two speakers' labels of which one asks)."""
    lines, _feats, st, span = page.lines, page.feats, page, body_span(page)
    d = st.decisions
    body = [i for i in span if d[i].role in (Role.PARAGRAPH, Role.HEADING, Role.OUTSIDE)]
    marked = [i for i in body if lines[i].text[:1] in "QA"]  # the cheap test first
    questions = [i for i in marked if _Q_MARK.match(lines[i].text)]
    answers = [i for i in marked if _A_MARK.match(lines[i].text)]
    if len(questions) < 2 or len(answers) < 2:
        questions, answers = _labelled_turns(lines, body)
    if len(questions) < 2 or len(answers) < 2:
        return
    for i in questions:
        page.decide(i, Decision(Role.HEADING, rule="runs/interview"))
    for i in answers:
        page.decide(i, Decision(Role.PARAGRAPH, rule="runs/interview"))


def _labelled_turns(lines: list[Line], body: list[int]) -> tuple[list[int], list[int]]:
    """A transcript's turns by speaker label: the label whose lines end in "?" asks."""
    turns: dict[str, list[int]] = {}
    for i in body:
        m = _SPEAKER_LABEL.match(lines[i].text) if ":" in lines[i].text[:32] else None
        if m and len(m.group("label")) <= 30:
            turns.setdefault(m.group("label"), []).append(i)
    speakers = [label for label, found in turns.items() if len(found) >= 2]
    if len(speakers) != 2:
        return [], []
    asks = [label for label in speakers if _asking(lines, turns[label])]
    if len(asks) != 1:
        return [], []
    other = speakers[1] if asks[0] == speakers[0] else speakers[0]
    return turns[asks[0]], turns[other]


def _asking(lines: list[Line], found: list[int]) -> bool:
    return sum(1 for i in found if _question(lines[i].text)) * 10 >= len(found) * 6


def _question(text: str) -> bool:
    return text.rstrip(_CLOSING_MARKS).endswith("?")


# ---------------------------------------------------------------- question subheadings
def question_headings(page: Page) -> None:
    """An explainer's questions: two or more short questions, each alone between paragraphs and
    answered by the paragraph after it, are its subheadings ("Don't tariffs produce revenue?")."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    found = [
        i
        for i in _body_lines(st, span)
        if lines[i].text[-3:].find("?") >= 0 and _question_line(lines, feats, st, span, i)
    ]
    if len(found) < 2:
        return
    for i in found:
        page.decide(i, Decision(Role.HEADING, rule="runs/question-headings"))
        k = _next_text(st, span, i)
        if k is not None and st.decisions[k].role is Role.DEBRIS:  # "Yes. Always.": a short answer
            page.decide(k, Decision(Role.PARAGRAPH, rule="runs/question-headings"))


def _question_line(lines: list[Line], feats: list[Features], st: Page, span: range, i: int) -> bool:
    t = lines[i].text
    if not _question(t) or not 3 <= feats[i].words <= 20 or t[:1] in "\"“‘'«":
        return False
    first = P.words(t)[0].lower() if feats[i].words else ""
    if first not in _QUESTION_OPENERS and first.replace("’", "'") not in _QUESTION_OPENERS:
        return False
    k = _next_text(st, span, i)
    if k is None or _question(lines[k].text):
        return False
    if st.decisions[k].role is Role.DEBRIS:  # a short answer: "Yes. Always."
        return st.decisions[k].reason == "non-prose" and P.ends_sentence(lines[k].text)
    return st.decisions[k].role is Role.PARAGRAPH and feats[k].prose


# ---------------------------------------------------------------- numbered items
def numbered_headings(page: Page) -> None:
    """Items numbered one after another with paragraphs between them ("2. Never cut the sugar" ...
    "3. Sleep more") are the subheadings of a list article; numbered lines one under another are a list."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    items = [
        (i, int(m.group("n")))
        for i in _body_lines(st, span)
        if i not in st.numbered
        and (m := _NUMBERED.match(lines[i].text)) is not None
        and feats[i].words <= 16
        and not lines[i].text.endswith((".", ",", ";", ":"))
    ]
    for i in _in_sequence(items):
        page.decide(i, Decision(Role.HEADING, rule="runs/numbered-headings"))


def title_over_items(page: Page) -> None:
    """The list's own title printed right above its first numbered subheading, no blank line between
    ("How to save more" / "1. Open a second account"): a subheading, not a line of a block."""
    d = page.decisions
    first = next((i for i in body_span(page) if d[i].rule == "runs/numbered-headings"), None)
    if first is None:
        return
    k = first - 1
    if k < page.body_start or page.lines[first].blank_before or page.decisions[k].role is not Role.PARAGRAPH:
        return
    t, f = page.lines[k].text, page.feats[k]
    if f.prose or not 2 <= f.words <= 8 or t.endswith((".", ",", ";", ":")) or not t[:1].isupper():
        return
    if k - 1 >= page.body_start and not page.lines[k].blank_before:
        return  # glued under another line too: a block's line
    page.decide(k, Decision(Role.HEADING, rule="runs/title-over-items"))


def _in_sequence(items: list[tuple[int, int]]) -> list[int]:
    """The items whose number follows or precedes a neighbour's by one (counting up or down)."""
    out: set[int] = set()
    for (i, n), (j, m) in itertools.pairwise(items):
        if abs(n - m) == 1 and j - i > 1:
            out.update((i, j))
    return sorted(out)


# ---------------------------------------------------------------- ALL-CAPS crossheads
def caps_crossheads(page: Page) -> None:
    """Two or more short ALL-CAPS lines each followed by running text: crossheads, even when long
    or ending in "?" ("WILL THEY BASH THE BILLIONAIRES?"), not links."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    found = [
        i
        for i in span
        if feats[i].all_caps and _crosshead(lines, feats, st, i) and _paragraph_after(lines, feats, st, span, i)
    ]
    if len(found) >= 2:
        for i in found:
            page.decide(i, Decision(Role.HEADING, rule="runs/caps-crossheads"))


def _crosshead(lines: list[Line], feats: list[Features], st: Page, i: int) -> bool:
    """An ALL-CAPS line kept as text, or a long one read as a link that asks a question (a link's
    title in capitals does not: "SEAN SPICER ELIMINATED FROM THE SHOW")."""
    f = feats[i]
    if not f.all_caps or not 1 <= f.words <= 14 or f.credit is not None or f.soft_stop or f.hard_stop:
        return False
    role = st.decisions[i].role
    if role is Role.DEBRIS:
        return st.decisions[i].reason == "related" and _question(lines[i].text) and f.debris is None
    return role in (Role.HEADING, Role.PARAGRAPH)


# ---------------------------------------------------------------- live blogs
_TIME_ONLY = rx.compile(
    r"^(?:(?:updated|posted)\s++)?\d{1,2}(?:[:.]\d{2})?\s*+(?:[ap]\.?m\.?)?(?:\s++(?:GMT|BST|UTC|[ECMP][SD]?T))?$",
    regex.IGNORECASE,
)


def live_times(page: Page) -> None:
    """A live blog's time stamps, each over its post ("9:05 a.m." / the post): two or more are the
    blog's subheadings; over a post's own title (the subheading), a time stamp is furniture."""
    lines, st, span = page.lines, page, body_span(page)
    d = st.decisions
    found = [
        i
        for i in span
        if d[i].role in (Role.PARAGRAPH, Role.HEADING, Role.DEBRIS)
        and len(lines[i].text) <= 24
        and _TIME_ONLY.match(lines[i].text)
        and (":" in lines[i].text or "m" in lines[i].text.lower())
        and _post_after(st, span, i)
    ]
    if len(found) < 2:
        return
    for i in found:
        k = _next_text(st, span, i)
        if k is not None and d[k].role is Role.HEADING:
            page.decide(i, Decision(Role.DEBRIS, "date-line", rule="runs/live-times"))
        else:
            page.decide(i, Decision(Role.HEADING, rule="runs/live-times"))


def _post_after(st: Page, span: range, i: int) -> bool:
    """A post follows the time stamp: its title or its first paragraph."""
    k = _next_text(st, span, i)
    return k is not None and st.decisions[k].role in (Role.PARAGRAPH, Role.HEADING)


# ---------------------------------------------------------------- product items
def product_items(page: Page) -> None:
    """A product roundup: each item's name (with its price, or with a retailer line under it) is a
    subheading; the retailer lines ("See it at ShopMart", "$39 at Acme") are removed."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    d = st.decisions
    retail = [i for i in span if not feats[i].prose and retailer_line(lines[i].text, feats[i])]
    for i in retail:
        page.decide(i, Decision(Role.DEBRIS, "retailer", rule="runs/product-items"))
    items = {
        i
        for i in _body_lines(st, span)
        if _item_name(lines, feats, i) and _priced(lines[i].text) and _PRICE.search(lines[i].text)
    }
    for r in retail:  # the name printed above its retailer line
        k = r - 1
        while k in span and d[k].role is Role.DEBRIS:
            k -= 1
        if k in span and d[k].role in (Role.PARAGRAPH, Role.HEADING) and _item_name(lines, feats, k):
            items.add(k)
    if len(items) >= 2:
        for i in items:
            page.decide(i, Decision(Role.HEADING, rule="runs/product-items"))


def _item_name(lines: list[Line], feats: list[Features], i: int) -> bool:
    return not feats[i].prose and 1 <= feats[i].words <= 14 and not P.ends_sentence(lines[i].text)


# ---------------------------------------------------------------- a label above a list or table
def shape_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The shape that the lines of a list or a table share, or None for a line with no such shape:
    how it begins (a month or weekday, a time, a number, a short code in capitals, a marker) and the
    separators it uses ("June 9 – Riverton, OR @ Harbor Hall" -> ('date', (' – ', ' @ ')))."""
    first = text.split(None, 1)[0] if text.strip() else ""
    seps = tuple([s for s in _SEPARATORS if s in text])
    lead: str | None
    if first[:3].lower() in _MONTH_OR_DAY and first.rstrip(".,").isalpha():
        lead = "date"
    elif _TIME_LEAD.match(text):
        lead = "time"
    elif first[:1].isdigit() or first[:1] in _FRACTIONS:
        second = text.split(None, 2)[1:2]
        # "8 pork sausages", "½ tsp salt": a quantity (an ingredient); "27 Oddest Cases" is a title
        lead = "quantity" if second and second[0][:1].islower() else "number"
    elif P.LIST_ITEM.match(text):
        lead = "marker"
    elif first.isupper() and first.isalpha() and len(first) <= 4 and first not in ("A", "I"):
        lead = first  # "LB Joe Schobert 74 100%": a table row's code
    else:
        lead = None
    if lead is None and not seps:
        return None
    return (lead or "word", seps)


def shaped_runs(lines: list[Line], feats: list[Features]) -> set[int]:
    """Three or more lines one under another sharing a shape (see `shape_of`), with the title line
    above them: a schedule or a table's rows, not page chrome."""
    out: set[int] = set()
    run: list[int] = []
    current: tuple[str, tuple[str, ...]] | None = None
    n = len(lines)
    for i in range(n + 1):
        shape = _row_shape(lines, feats, i) if i < n else None
        if shape is None and current is not None and _gap_in_rows(lines, feats, i, current):
            shape = current  # "A small bunch of sage" among the quantities: a row all the same
        if shape is not None and shape == current and not lines[i].blank_before:
            run.append(i)
            continue
        label = run[0] - 1 if run else -1
        if len(run) >= 3 and not (label >= 0 and (feats[label].soft_stop or feats[label].hard_stop)):
            out.update(run)  # (under "Latest news" or "Most read", a list of links, not the story's)
            if label >= 0 and feats[label].title and not feats[label].prose and feats[label].debris is None:
                out.add(label)
        run, current = ([i], shape) if shape is not None else ([], None)
    return out


def _gap_in_rows(lines: list[Line], feats: list[Features], i: int, shape: tuple[str, tuple[str, ...]]) -> bool:
    """A short line with no shape of its own between two rows of `shape`, glued to both."""
    n = len(lines)
    if i + 1 >= n or lines[i].blank_before or lines[i + 1].blank_before:
        return False
    f = feats[i]
    return not f.prose and f.debris is None and 1 <= f.words <= 8 and _row_shape(lines, feats, i + 1) == shape


def _row_shape(lines: list[Line], feats: list[Features], i: int) -> tuple[str, tuple[str, ...]] | None:
    f = feats[i]
    if f.prose or f.debris is not None or f.words < 3 or len(lines[i].text) > 160:
        return None
    if lines[i].blank_before and (i + 1 >= len(lines) or lines[i + 1].blank_before):
        return None  # a row has a row glued to it above or below
    shape = shape_of(lines[i].text)
    return shape if shape is not None and row_shape(shape) else None


def row_shape(shape: tuple[str, tuple[str, ...]]) -> bool:
    """A shape that rows of a schedule or table have and link titles seldom do: separators, a date or
    time first, or a code in capitals ("27 Oddest Medical Cases" is a title)."""
    lead, seps = shape
    return bool(seps) or lead not in ("word", "number", "marker")


def product_lines(lines: list[Line], feats: list[Features]) -> set[int]:
    """A roundup's item names and retailer lines ("Acme Pulse Mini for $39" / "See it at ShopMart")."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if feats[i].prose or feats[i].words > 14:
            continue
        if retailer_line(line.text, feats[i]):
            out.add(i)
            if i > 0 and _item_name(lines, feats, i - 1):
                out.add(i - 1)
        elif _priced(line.text) and _item_name(lines, feats, i) and _PRICE.search(line.text):
            out.add(i)
    return out


# the first word of a retailer line, for a cheap test with the standard library's engine
_RETAILER_HINT = std_re.compile(
    "|".join(sorted({std_re.escape(w.split()[0]) for w in L.RETAILER_LEADS})) + r"|[$£€]", std_re.IGNORECASE
)


def retailer_line(text: str, f: Features) -> bool:
    """ "See it at ShopMart", "$39 at Acme": a product's retailer (cheap tests first)."""
    return f.words <= 12 and _RETAILER_HINT.match(text) is not None and RETAILER_LINE.match(text) is not None


def _priced(text: str) -> bool:
    return "$" in text or "£" in text or "€" in text or "USD" in text or "EUR" in text or "GBP" in text


def list_labels(page: Page) -> None:
    """A short title over two or more same-shaped lines (a schedule, a table's rows) labels them: a
    subheading ("Tour dates" / "June 9 – Riverton, OR @ Harbor Hall" / "June 10 – ...")."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    d = st.decisions
    for i in span:
        f = feats[i]
        labelled = d[i].role is Role.PARAGRAPH or (d[i].role is Role.DEBRIS and d[i].reason == "non-prose")
        if not labelled or not f.title or f.words > 8 or lines[i].text.endswith(":"):
            continue
        if P.ends_sentence(lines[i].text) or shape_of(lines[i].text) is not None:
            continue
        rows = [k for k in range(i + 1, min(span.stop, i + 6)) if d[k].role is not Role.DEBRIS][:2]
        if len(rows) < 2 or any(d[k].role is not Role.PARAGRAPH for k in rows):
            continue
        shapes = {shape_of(lines[k].text) for k in rows}
        glued_row_above = i - 1 in span and not lines[i].blank_before and shape_of(lines[i - 1].text) in shapes
        if len(shapes) == 1 and None not in shapes and not glued_row_above:  # (a line among the rows)
            page.decide(i, Decision(Role.HEADING, rule="runs/list-label"))


# ---------------------------------------------------------------- lines that only look like subheadings
# "On Ledger.com: Ferry fares rise again": a promoted story of the site's
_SITE_PROMO = rx.compile(
    r"^(?:on|at|from|more on|more at|also on)\s++(?:www\.)?[\p{L}\d\-]++"
    r"\.(?:com|org|net|co\.uk|com\.au|ca|news|tv)\s*+:",
    regex.IGNORECASE,
)
# "Gallery: Acme Pulse | 14 Photos": a gallery's label
_GALLERY_LABEL = rx.compile(
    r"^(?:gallery|photos|slideshow|in pictures)\s*+:.{1,100}\|\s*+\d++\s++(?:photos|images|pictures|slides)$",
    regex.IGNORECASE,
)
# "Video: Storm hits the coast", "Photo gallery: The old harbour": a player's or a gallery's title
_MEDIA_TITLE = rx.compile(
    r"^(?:(?P<player>video|watch|listen|audio|podcast)|(?P<gallery>gallery|photo gallery|photos|slideshow|in pictures))"
    r"\s*+[:|]\s*+\S",
    regex.IGNORECASE,
)
_HANDLE_END = rx.compile(r"\s@\w{2,30}$")


def not_headings(page: Page) -> None:
    """Short lines between paragraphs that are not subheadings: a byline printed in the body ("By Jo Lee
    @jolee", "Jo Lee @jolee"), a promoted story of the site ("On Ledger.com: ..."), a gallery's label."""
    lines, feats, st, span = page.lines, page.feats, page, body_span(page)
    d = st.decisions
    for i in span:
        if d[i].role not in (Role.HEADING, Role.PARAGRAPH) or feats[i].prose:
            continue
        t = lines[i].text
        if _SITE_PROMO.match(t):
            page.decide(i, Decision(Role.DEBRIS, "related", rule="runs/not-headings"))
        elif _GALLERY_LABEL.match(t):
            page.decide(i, Decision(Role.DEBRIS, "gallery", rule="runs/not-headings"))
            _gallery_blurb(page, i)
        elif (m := _MEDIA_TITLE.match(t)) is not None and d[i].role is Role.HEADING:
            page.decide(
                i, Decision(Role.DEBRIS, "player" if m.group("player") else "gallery", rule="runs/not-headings")
            )
        elif d[i].role is Role.HEADING and _byline_in_body(t, feats[i]):
            page.decide(i, Decision(Role.DEBRIS, "byline", rule="runs/not-headings"))


def _gallery_blurb(page: Page, i: int) -> None:
    """The blurb printed right under a gallery's label ("Gallery: ... | 12 Photos" / one or two
    sentences): the gallery's caption, not story text."""
    k = i + 1
    if k > page.body_end or page.lines[k].blank_before or page.decisions[k].role is not Role.PARAGRAPH:
        return
    if page.feats[k].words <= 40:
        page.decide(k, Decision(Role.CAPTION, text=page.lines[k].text, rule="runs/gallery-blurb"))


def _byline_in_body(text: str, f: Features) -> bool:
    return (f.byline is not None and text[:3].lower() == "by ") or (
        _HANDLE_END.search(text) is not None and f.name_like > 0
    )


# ---------------------------------------------------------------- repeated box labels
_LABEL_REPEATS = 3  # a box's label under every section (twice could still be two sections' titles)


def repeated_labels(page: Page) -> None:
    """A short line printed again and again over the body's boxes ("SUMMARY", "Key takeaway" above
    each section's recap): the site's label for its box, not a section's title; removed (reason
    'label'), the box's text stays in the body."""
    lines, st, span = page.lines, page, body_span(page)
    by_text: dict[str, list[int]] = {}
    for i in span:
        if st.decisions[i].role is Role.HEADING:
            by_text.setdefault(lines[i].text.strip().casefold(), []).append(i)
    for found in by_text.values():
        if len(found) >= _LABEL_REPEATS:
            for i in found:
                page.decide(i, Decision(Role.DEBRIS, "label", rule="runs/repeated-labels"))


# Sentences the examples are written with (a made-up local story: see `examples.py`).
_SAID = "The roof first leaked two winters ago, and the county has twice refused to share the cost of a new one."
_SHUT = "The council will decide in March whether the building is sold or kept for the town."
_TOLD = "Most of the books will move to the school across the square, where the reading room opens in January."

RUN_RULES: tuple[RunRule, ...] = (
    RunRule(
        "runs/comments",
        comment_section,
        ex.body(
            "readerone says:\nMarch 3, 2024 at 9:05 am\n" + _SAID,
            "harbourfan says:\nMarch 3, 2024 at 10:40 am\n" + _TOLD,
        ),
        needs="colon",
    ),
    RunRule(
        "runs/interview",
        interview,
        ex.body("Q: Why close it now?", "A: " + _SAID, "Q: And the books?", "A: " + _TOLD),
        needs="label",
    ),
    RunRule(
        "runs/question-headings",
        question_headings,
        ex.body("Why is the library closing?", _SAID, "Don't the books have to go somewhere?", _TOLD),
        needs="question",
    ),
    RunRule(
        "runs/numbered-headings",
        numbered_headings,
        ex.body("2. The roof", _SAID, '3. "The books will move"', _TOLD),
        needs="number",
    ),
    RunRule(
        "runs/title-over-items",
        title_over_items,
        ex.body("Ways to help\n1. Lend a book", _SAID, "2. Give an hour", _TOLD),
        needs="number",
    ),
    RunRule(
        "runs/caps-crossheads",
        caps_crossheads,
        ex.body("WHY IS THE HARBOUR LIBRARY CLOSING NOW?", _SAID, "WHERE WILL THE BOOKS GO?", _TOLD),
        needs="caps",
    ),
    RunRule("runs/live-times", live_times, ex.body("9:05 a.m.", _SAID, "8:40 a.m.", _TOLD)),
    RunRule(
        "runs/product-items",
        product_items,
        ex.body(
            "Acme Reading Lamp for $39\nSee it at ShopMart", _SAID, "Harbor Book Stand for $59\nGet it at Acme", _TOLD
        ),
        needs="price",
    ),
    RunRule("runs/not-headings", not_headings, ex.body("On Gazette.com: Library hours cut again", _SAID)),
    RunRule(
        "runs/repeated-labels",
        repeated_labels,
        ex.body("KEY POINT", _SAID, "Key point", _TOLD, "KEY POINT", _SHUT),
    ),
    RunRule(
        "runs/list-label",
        list_labels,
        ex.body(
            "Last open days\nDec 1 – Harbour Library @ 9am\nDec 2 – Harbour Library @ 10am\nDec 3 – Town Hall @ 9am"
        ),
    ),
)

EXAMPLES: dict[str, str] = {rule.name: rule.example for rule in RUN_RULES}
EXAMPLES["runs/gallery-blurb"] = ex.body("Gallery: The last day at the library | 12 Photos\n" + _TOLD)


def decide_runs(page: Page) -> None:
    """Run every structure rule over the body, in the table's order (those whose lines are there)."""
    hints = _hints(page)
    for rule in RUN_RULES:
        if rule.needs is None or rule.needs in hints:
            rule.decide(page)


def _hints(page: Page) -> set[str]:
    """The kinds of line the body holds, read in one cheap pass: "colon" (a line ending with one),
    "label" (a colon near the start), "question", "number" (a digit first), "caps", "price"."""
    out: set[str] = set()
    lines, feats = page.lines, page.feats
    for i in body_span(page):
        t = lines[i].text
        if not t:
            continue
        if t[-1] == ":":
            out.add("colon")
        if ":" in t[:32] or t[0] in "QA":  # "Lena Ortiz: ...", "Q. ...", "A) ..."
            out.add("label")
        if "?" in t[-3:]:
            out.add("question")
        if t[0].isdigit():
            out.add("number")
        if feats[i].all_caps:
            out.add("caps")
        if "$" in t or "£" in t or "€" in t or _RETAILER_HINT.match(t):
            out.add("price")
    return out


def body_span(page: Page) -> range:
    return range(page.body_start, page.body_end + 1)
