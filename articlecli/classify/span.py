"""Where the story starts and ends: the densest run of prose, past the header lines at its top."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..captions import labelled_credit_tail
from ..datelines import read_dateline
from ..dates import has_digit
from ..normalize import Line
from . import examples as ex
from .closing_box import past_closing_box, past_link_box, spaced_boxes, titled_box_end
from .features import LONGEST_ANCHOR, Features
from .inserts import poll_boxes
from .page import Decision, Page, Role, next_text
from .pictures import caption_labels, in_labelled_caption, picture_lines
from .products import product_lines
from .repeats import caption_key, same_caption
from .schedules import listing_field
from .shapes import inline_boxes, list_item, shaped_runs
from .stamps import over_updates
from .title_kinds import not_a_title
from .words import BOX_TITLE_WORDS, box_labels

_CODE_MARKS = "{}[]();="  # a line holding one of these may be code
_LIST_OR_CODE_SHAPE = rx.compile(P.LABEL_ROW.pattern + "|[" + rx.escape(_CODE_MARKS) + r"]|^\.\.\.$")


_NUMBER = rx.compile(r"^(\d{1,3})[.)]\s")


INLINE_DEBRIS = frozenset(("advertisement", "player", "embed", "newsletter"))  # page furniture printed inside a story


HEADER_DEBRIS = ("player", "gallery", "share", "empty-date-line", "newsletter", "counter", "read-time")


def line_weight(f: Features, text: str) -> float | None:
    """How much a line argues for being inside the story body (None: never inside)."""
    if f.hard_stop:
        return None
    if f.soft_stop:
        return -3.0
    if f.debris in INLINE_DEBRIS:
        return -0.2  # an ad slot or a player inside the story: it does not end the story
    if not f.prose:
        # a caption glued to its credit is a picture inside the story, not the page around it
        return 0.0 if f.words >= 6 and f.debris is None and f.caption is not None else -1.0
    if f.debris is not None:
        return -1.0
    # a credit, a date line or a byline is a short line (see `Features`): running text longer than
    # `LONGEST_ANCHOR` is none of them; the date test first (most lines have no digit: it is the cheapest)
    if len(text) <= LONGEST_ANCHOR and (f.date_line or f.credit is not None or f.byline is not None):
        return -1.0
    return max(0.5, min(len(text), 400) / 80)


def _list_or_code_shape(text: str) -> bool:
    """`_LIST_OR_CODE_SHAPE` finds its shape in the line: only where the line holds a colon near its start, a mark
    of code, or is an ellipsis (most lines hold none: no pattern is read)."""
    if ":" not in text[:43] and text != "...":
        for mark in _CODE_MARKS:
            if mark in text:
                break
        else:
            return False
    return _LIST_OR_CODE_SHAPE.search(text) is not None


def structured_runs(lines: list[Line], feats: list[Features], numbered: set[int]) -> set[int]:
    """Lines inside a list or code block: three or more adjacent non-prose lines, most of them
    with a list marker, a "Label: value" shape, code punctuation or indentation."""
    out: set[int] = set()
    plain = [not f.prose and f.debris is None for f in feats]  # read once for the page
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and plain[j + 1] and plain[i] and not lines[j].blank_after:
            j += 1
        run = range(i, j + 1)
        if len(run) >= 2 and i > 0 and lines[i - 1].text.endswith(":") and not feats[i].prose:
            out.update(run)  # a list introduced by "You will need:"
        elif len(run) >= 3:
            marked = sum(
                1 for k in run if list_item(lines[k].text) or lines[k].indent >= 2 or _list_or_code_shape(lines[k].text)
            )
            if marked * 2 >= len(run):
                out.update(run)
        i = j + 1
    out.update(numbered)
    return out


NUMBERED_TITLE_REACH = 12  # lines from one numbered title to the next, at most
NUMBERED_TITLE_LONGEST = 100  # characters of a numbered title, at most


def numbered_lines(lines: list[Line]) -> tuple[set[int], set[int]]:
    """The numbered list items (lines numbered one after another, "1. Finland" / "2. Norway", blank lines between or
    not: a list, not numbered headings, which have paragraphs between them), and the numbered titles: short
    numbered lines counting on one by one with running text between ("3. Buy uniforms early" / its paragraph /
    "4. Cook for three days at once"), a list article's item titles, the story's own, so that they do not weigh
    against it as short lines do. One scan of the page; only a line opening with a digit is read further."""
    items: set[int] = set()
    titles: set[int] = set()
    previous: int | None = None
    last: tuple[int, int] | None = None  # the last numbered line and its number
    for i, line in enumerate(lines):
        m = _NUMBER.match(line.text) if line.text[:1].isdigit() else None
        if m is None:
            previous = None
            continue
        n = int(m.group(1))
        if previous is not None and n == previous + 1:
            items.update((i - 1, i))
        previous = n
        if len(line.text) <= NUMBERED_TITLE_LONGEST:
            if last is not None and n == last[1] + 1 and 1 < i - last[0] <= NUMBERED_TITLE_REACH:
                titles.update((last[0], i))
            last = (i, n)
    return items, titles


def find_body(
    lines: list[Line],
    feats: list[Features],
    numbered: set[int] | None = None,
    labels: set[int] | None = None,
    shaped: set[int] | None = None,
    titles: set[int] | None = None,
) -> tuple[int, int, list[float | None]]:
    """The densest run of prose lines (maximum-sum segment), (-1, -2) when there is none, and each line's weight
    (None: a hard stop), which `--explain` shows (`explain_span`).

    Lines inside a list or code block weigh little, so that a listing does not split a story;
    a labelled picture (see `caption_labels`) weighs nothing; running text that is the page's own
    weighs against the story (see `_weigh_prose_furniture`).
    """
    labels = caption_labels(lines, feats) if labels is None else labels
    weights = _weights(lines, feats, numbered, labels, shaped, titles)
    _weigh_prose_furniture(lines, feats, labels, weights)
    best, best_span = 0.0, (-1, -2)
    run, run_start = 0.0, 0
    for i, w in enumerate(weights):
        if w is None:
            run, run_start = 0.0, i + 1
            continue
        if run <= 0:
            run, run_start = 0.0, i
        run += w
        if run > best:
            best, best_span = run, (run_start, i)
    return (*best_span, weights)


def _weights(
    lines: list[Line],
    feats: list[Features],
    numbered: set[int] | None,
    labels: set[int],
    shaped: set[int] | None,
    titles: set[int] | None,
) -> list[float | None]:
    """Each line's weight for `find_body` (None: a hard stop), by its own features and the runs it sits in."""
    if numbered is None or titles is None:
        numbered, titles = numbered_lines(lines)
    structured = structured_runs(lines, feats, numbered)
    if shaped is None:
        shaped = shaped_runs(lines, feats)
    (items, item_lines), boxes = product_lines(lines, feats), inline_boxes(lines, feats)
    pictures = picture_lines(lines, feats)
    spaced = spaced_boxes(lines, feats) | poll_boxes(lines, feats)
    box_keys, titled = box_labels(), -1  # the story's own box by its title's words: past its rows (`titled`)
    weights: list[float | None] = []
    jumped = -JUMP_FURNITURE - 1  # the last jump line ("Continued on Page A4") seen
    for i, (line, f) in enumerate(zip(lines, feats, strict=True)):
        w = line_weight(f, line.text)
        if (w or 0) < 0 and i >= titled and f.words <= BOX_TITLE_WORDS and (f.key in box_keys or ":" in f.text):
            titled = titled_box_end(lines, feats, i)
        if f.debris == "jump":
            _jump_furniture(weights, jumped, i)
            jumped = i
        if w is not None and i in shaped:
            w = max(w, 0.1)  # a schedule or a table: the story's own list, kept with it
        elif w is not None and i in item_lines and i not in items and w < 0:
            w = 0.0  # a roundup item's rating, pros and cons, its button: the item goes on, as the story does
        elif w is not None and (i in structured or i in items or i in boxes or i in titles) and w < 0:
            w = -0.2
        elif w is not None and (i in pictures or i in spaced or i < titled) and w < 0:
            w = -0.1  # a picture inside the story, a box of rows a block each: they do not end it
        if w is not None and w < 0 and in_labelled_caption(feats, labels, i):
            w = 0.0  # a picture inside the story ("Image source, X" / "Image caption," / caption)
        elif f.soft_stop and w is not None and over_updates(lines, feats, i):
            w = -0.1  # "Latest updates" over the story's own updates ("• 2:10 PM: ..."): no box of links

        weights.append(w)
    return weights


JUMP_FURNITURE = 8  # lines of a print page's furniture between two jump lines, at most


def _jump_furniture(weights: list[float | None], jumped: int, i: int) -> None:
    """Two jump lines a few lines apart ("Continued on Page A4" / the page's name, date and number again /
    "Continued from Page A1"): the story goes on across them, so they and the lines between weigh little."""
    if i - jumped <= JUMP_FURNITURE:
        for k in range(jumped, i):
            weights[k] = -0.1 if weights[k] is not None else None


def _weigh_prose_furniture(
    lines: list[Line], feats: list[Features], labels: set[int], weights: list[float | None]
) -> None:
    """Running text that is the page's own (a list of tags under its label, a comment policy) weighs
    against the story, where it sits under a line of debris or after the story: more of the page's
    running text above it than under it. Above the story it may be the story's own lede."""
    mass = [max(w or 0.0, 0.0) for w in weights]
    total, before = sum(mass), 0.0
    for i, w in enumerate(weights):
        after_debris = i > 0 and feats[i - 1].debris is not None
        if (
            w is not None
            and w > 0
            and (after_debris or (before > total - before - mass[i] and P.comment_cue(lines[i].text)))
            and _prose_furniture(lines, feats, i)
        ):
            weights[i] = 0.0 if in_labelled_caption(feats, labels, i) else -1.0
        before += mass[i]


def _past_box_titles(lines: list[Line], feats: list[Features], start: int, end: int, reach: int = 6) -> tuple[int, int]:
    """Titles of a box of other stories above the story ("Most popular" / its titles) that the span
    took as its first lines: the story starts at its dateline ("HARBOURTON, Maine — ") a few lines down,
    or under the blurb cut short of the box's last title. A share row's label ("Share this article") labels no
    box: a release wire prints it over the release's title and subtitle, many sites over their headline.
    Returns the box's label (-1 when there is none) and the story's start."""
    label = next(
        (
            k
            for k in range(start - 1, max(-1, start - reach - 1), -1)
            if feats[k].soft_stop and feats[k].debris != "share"
        ),
        -1,
    )
    if label < 0:
        return -1, start
    if lines[start].text.endswith(("...", "…")) and not lines[start].blank_before and start < end:
        return label, start + 1  # the box's last title and its blurb cut short ("... said fares would rise,...")
    for k in range(start, min(end, start + 4) + 1):
        if feats[k].prose and read_dateline(lines[k].text) is not None:
            return label, k
        if feats[k].words > 30:
            break  # running text before any dateline: the story's own
    return -1, start


_TAG_LABELS = tuple(L.TAG_LABELS)


def _tags_label(text: str) -> bool:
    """`P.TAGS_LABEL`, tried only where the folded line opens with one of its labels (most lines above a list
    never do)."""
    return rx.fold(text).startswith(_TAG_LABELS) and P.TAGS_LABEL.match(text) is not None


def _prose_furniture(lines: list[Line], feats: list[Features], i: int) -> bool:
    """Line `i` reads as running text but is the page's own: a list of tags under its label
    ("Tags" / "ferries, harbour, council budget"), a comment policy ("When you comment, please ...")."""
    t = lines[i].text
    if i > 0 and feats[i - 1].debris is not None and _tags_label(lines[i - 1].text) and P.TAG_LIST.match(t):
        return True
    return len(t) <= 600 and P.may_be_comment_policy(t) and P.COMMENT_POLICY.match(t) is not None


def quoted_title(text: str, words: int) -> bool:
    """A title that quotes its subject, read as prose for its closing mark: a short line ending in a closing double
    quote with no sentence's stop inside it ('Ana Ruiz: “Every house is a negotiation”'), as a sentence never ends."""
    return words <= 16 and text.endswith(("”", '"')) and len(text) > 1 and text[-2] not in ".!?…,;:" and "." not in text


def header_end(lines: list[Line], feats: list[Features], start: int, end: int) -> int:
    """Move the body start past header lines (byline, dates, player and gallery residue) that
    sit among the first lines of the prose run, before its second distinct paragraph (a lead picture's caption over
    its credit line is none: "A weaver at her loom." / "PHOTOGRAPH: ANN LEE" between a standfirst and the byline)."""
    seen: list[str] = []
    new_start = start
    for i in range(start, min(end, start + 15) + 1):
        f = feats[i]
        if (
            f.prose
            and f.caption is None
            and f.credit is None
            and not (i < end and feats[i + 1].credit is not None)
            and not quoted_title(lines[i].text, f.words)
        ):
            key = caption_key(lines[i].text)
            if not any(same_caption(key, k) for k in seen):
                seen.append(key)
            if len(seen) >= 2:
                anchor = _title_over_anchor(lines, feats, i, end)
                if anchor > 0:
                    new_start = anchor + 1  # a headline printed in the run, its date or byline under it
                break
        if f.debris in ("gallery", "counter") and seen:
            continue  # a gallery under the story's first paragraph is inside the story
        if f.byline is not None or f.date_line or f.debris in HEADER_DEBRIS or _unread_date_line(f):
            new_start = i + 1
    while new_start <= end and not feats[new_start].prose:
        new_start += 1
    return new_start if new_start <= end else start


def _outlet_credited(f: Features) -> bool:
    """A caption's sentence closed by its credit, a name and an outlet with a slash between ("JO LEE/The Post")."""
    return "/" in f.text and f.caption is not None and "/" in f.caption[1]


def story_span(page: Page) -> bool:
    """Set the body span of a web page; False when it has no story (every line is then page
    furniture: its debris named, the rest page chrome)."""
    first, last, weights = find_body(
        page.lines, page.feats, page.numbered, page.caption_labels, page.shaped, page.numbered_titles
    )
    if first < 0:
        for i, f in enumerate(page.feats):
            if f.debris:
                page.decide(i, Decision(Role.DEBRIS, f.debris, rule="page/debris"))
        return False
    start = header_end(page.lines, page.feats, first, last)
    label, page.body_start = _past_box_titles(page.lines, page.feats, start, last)
    end = past_link_box(page.lines, page.feats, page.body_start, last)
    page.body_end = past_closing_box(page.lines, page.feats, page.body_start, end)
    if page.trace is not None:  # each step's start and end, for `--explain` (`explain.span`)
        page.span_steps = (first, last, start, label, page.body_start, end, page.body_end)
        page.span_weights = weights
    for i in range(label + 1, page.body_start if label >= 0 else 0):
        # (a line closed by a labelled credit is a picture's caption under the label, no title of its box:
        # "Follow us on Google News" / "Smoke over the landfill on Sunday. (Photo: Jo Lee)" / "CITY: ...";
        # so is a sentence closed by a credit of a name and its outlet: "... yesterday. — JO LEE/The Post")
        f = page.feats[i]
        if f.words > 0 and not labelled_credit_tail(page.lines[i].text) and not _outlet_credited(f):
            page.decide(i, Decision(Role.DEBRIS, "related", rule="page/box-titles"))
    return True


def export_span(page: Page) -> bool:
    """Set the body span of an export's body: every line, but the bylines and dates at its top
    ("By JANE DOE" heading the text); False when nothing is left."""
    feats = page.feats
    if not feats:
        return False
    start = 0
    while start < min(len(feats), 3) and not feats[start].prose and (feats[start].byline or feats[start].date_line):
        if feats[start].byline is not None:
            page.decide(start, Decision(Role.BYLINE, byline=feats[start].byline, rule="export/byline"))
            page.bylines.append(start)
        else:
            page.decide(start, Decision(Role.DATE, rule="export/date"))
            page.date_lines.append(start)
        start += 1
    page.body_start, page.body_end = start, len(feats) - 1
    return start <= page.body_end


# ---------------------------------------------------------------- the body as the later passes read it
def body_lines(st: Page, span: range) -> list[int]:
    """The lines of the span that the line pass kept as text (not debris, not pictures)."""
    d = st.decisions
    return [i for i in span if d[i].role in (Role.PARAGRAPH, Role.HEADING)]


def paragraph_after(lines: list[Line], feats: list[Features], st: Page, span: range, i: int) -> bool:
    """Running text follows line `i` (debris between allowed)."""
    k = next_text(st, span, i)
    return k is not None and st.decisions[k].role is Role.PARAGRAPH and feats[k].prose


def body_span(page: Page) -> range:
    return range(page.body_start, page.body_end + 1)


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "page/chrome": ex.story().replace(ex.HEADLINE, "Harbour Gazette Weekly Edition\n\n" + ex.HEADLINE),
    "page/debris": "Home\n\nNews\n\nAdvertisement\n\nSport\n",
    "page/box-titles": f"{ex.HEADLINE}\n\n{ex.BYLINE}\n\nMost popular\nFerry Fares Rise in Spring\n"
    "Fuel prices are climbing again. This chart shows which towns pay most.\n\nHARBOURTON, Maine — "
    + "\n\n".join((ex.OPENING, ex.MIDDLE, ex.CLOSING))
    + "\n",
    "export/byline": "# export\nBy JANE DOE\n\n" + ex.body(),
    "export/date": "# export\nMarch 3, 2024\n\n" + ex.body(),
}


def _title_over_anchor(lines: list[Line], feats: list[Features], i: int, end: int) -> int:
    """Line `i` reads as a title (no sentence end), or as the standfirst under a title of two short sentences
    ("Ann Lee has mended nets on the quay for 40 years. She won't stop now" / a summary sentence), and a date line or
    byline follows it, the lead picture's caption and credit between or not: the anchor's line, else -1."""
    nxt = i + 1
    while nxt < min(end, i + 3) and (feats[nxt].caption is not None or feats[nxt].credit is not None):
        nxt += 1  # "Junta promete ..." / "O cais velho ... Foto: Ivo Teles" / "Inês Medeiros"
    if nxt > end or (feats[nxt].byline is None and not feats[nxt].date_line and not _name_over_date(feats, nxt, end)):
        return -1
    if feats[nxt].byline is None and listing_field(lines[nxt].text):
        return -1  # "When: Saturday 24 October, 5.30pm" under an event's text: the listing's row, no story's date
    if not P.ends_sentence(lines[i].text):
        return nxt
    above = i - 1
    return nxt if above >= 0 and feats[above].words <= 20 and not P.ends_sentence(lines[above].text) else -1


def _name_over_date(feats: list[Features], k: int, end: int) -> bool:
    """Line `k` is a name alone over a date line: a byline by its place ("Ida Lunn" / "Tue Jun 18 2024 - 07:30")."""
    return k < end and not feats[k].prose and feats[k].name_like > 0 and feats[k + 1].date_line


def _unread_date_line(f: Features) -> bool:
    """A short line that is a date in a form the date patterns do not read as one (see `title_kinds.not_a_title`)."""
    return not f.prose and f.short and has_digit(f.text) and not_a_title(f.text) == "date-or-time"
