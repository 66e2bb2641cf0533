"""A live blog's posts in the body: each time stamp over its post ("9:05 a.m." / the post's title / its text),
the first posts printed right under the header, and the posts' titles. Run from `runs.RUN_RULES`; and the tests
the body's short-line rules read a post's stamp and writer by (`post_stamp`, `post_writer`)."""

from __future__ import annotations

from ..bylines import dash_signed_name
from .page import Decision, Page, Role, next_text
from .span import body_span
from .stamps import stamp_minutes, time_stamp


def live_times(page: Page) -> None:
    """A live blog's time stamps, each over its post ("9:05 a.m." / the post): two or more are the
    blog's subheadings; over a post's own title (the subheading), a time stamp is furniture."""
    lines, st, span = page.lines, page, body_span(page)
    d = st.decisions
    found = [
        i
        for i in span
        if d[i].role in (Role.PARAGRAPH, Role.HEADING, Role.DEBRIS, Role.CAPTION)
        and time_stamp(lines[i].text)
        and (_post_after(st, span, i) or _title_read_as_credit(st, span, i))
    ]
    above = _posts_above_body(page) if found else []
    if len(found) + len(above) < 2:
        return
    for i in found:
        k = next_text(st, span, i)
        # (a 24-hour stamp: a programme's "10am" / "Parade sets off" is a time over its event, no post's title)
        clock24 = "m" not in lines[i].text.lower()
        if k is not None and (_title_read_as_credit(st, span, i) or (clock24 and _post_title(st, span, k))):
            page.decide(k, Decision(Role.HEADING, rule="runs/live-times"))
        if k is not None and d[k].role is Role.HEADING:
            page.decide(i, Decision(Role.DEBRIS, "date-line", rule="runs/live-times"))
        else:
            page.decide(i, Decision(Role.HEADING, rule="runs/live-times"))
    for stamp, title, text in above:
        if stamp in page.date_lines:
            page.date_lines.remove(stamp)
        if title is None:  # a post of text alone under its stamp: the stamp its subheading, as the others are
            page.decide(stamp, Decision(Role.HEADING, rule="runs/live-first-post"))
        else:
            page.decide(stamp, Decision(Role.DEBRIS, "date-line", rule="runs/live-first-post"))
            page.decide(title, Decision(Role.HEADING, rule="runs/live-first-post"))
        for k in text:
            page.decide(k, Decision(Role.PARAGRAPH, rule="runs/live-first-post"))


_READ_AS_HEADER = ("pictures/lead-image-caption", "page/chrome")  # how the header pass reads a post's sentences


def _posts_above_body(page: Page) -> list[tuple[int, int | None, list[int]]]:
    """A live blog's first posts printed right under the header, where the header pass left them as page
    furniture or lead captions ("Pinned" / "14:32" / the post's title / its text, or the stamp right over its
    text): (time stamp, title or None, the lines of its text) for each, below the header's last byline, date or
    standfirst."""
    d, lines, feats = page.decisions, page.lines, page.feats
    # (a time alone read as a date line under the header is the first post's stamp: "5.12.2026" / "18:10 Uhr")
    dated = [k for k in page.date_lines if not time_stamp(lines[k].text)]
    top = max([page.headline or 0, page.deck or 0, *page.bylines, *dated])
    out: list[tuple[int, int | None, list[int]]] = []
    for k in range(top + 1, page.body_start):
        if not lines[k].text[:1].isdigit() or d[k].role not in (Role.DEBRIS, Role.OUTSIDE, Role.DATE):
            continue
        untitled = d[k + 1].rule in _READ_AS_HEADER and feats[k + 1].prose and feats[k + 1].words > 15
        if not (untitled or _first_post_title(page, k + 1)) or not time_stamp(lines[k].text):
            continue
        title = None if untitled else k + 1
        text = []
        for m in range(k + 1 if title is None else k + 2, page.body_start):
            if d[m].role is Role.DEBRIS:
                break
            if d[m].rule in _READ_AS_HEADER and feats[m].prose:
                text.append(m)
        out.append((k, title, text))
    return out


def _first_post_title(page: Page, title: int) -> bool:
    """The line under the first post's stamp is its title: left as page furniture by the header pass, or the
    body's first line over the post's text; a short line ending no sentence, or a quote in its marks."""
    f, d = page.feats[title], page.decisions[title]
    if f.words > 15 or not (f.title or (f.words >= 2 and _quote_title(page.lines[title].text))):
        return False
    if d.role is Role.OUTSIDE:
        return True
    after = title + 1
    return (
        title == page.body_start
        and d.role is Role.PARAGRAPH
        and after <= page.body_end
        and page.decisions[after].role is Role.PARAGRAPH
        and page.feats[after].prose
    )


def _quote_title(text: str) -> bool:
    """A title that is a quote in its marks, ending no sentence inside them («Nunca vi o fogo tão perto»)."""
    return text[:1] in _TITLE_MARKS and text.rstrip(_TITLE_MARKS)[-1:] not in ".!?…:;,"


def _title_read_as_credit(st: Page, span: range, i: int) -> bool:
    """The line after the time stamp at `i` was read as a credit with no caption ("Readers' photos", "Photos of the
    day") over the post's text: the post's title, for no picture stands between a time stamp and its post."""
    d = st.decisions
    k = next_text(st, span, i)
    if k is None or k + 1 not in span or st.feats[k].words > 8 or d[k + 1].role is not Role.PARAGRAPH:
        return False
    if d[k].role is Role.CAPTION and not d[k].text:
        return True  # a credit alone
    return (
        d[i].role is Role.CAPTION and d[k].role is Role.DEBRIS and d[k].reason == "caption-credit"
    )  # the stamp its caption


_TITLE_MARKS = "»«“”„\"'’‘"  # the marks around a post's title that quotes someone (`„Keine Entwarnung“`)


def _post_title(st: Page, span: range, k: int) -> bool:
    """The line under a time stamp is the post's title, though read as a paragraph or a pull quote: a short line
    that ends no sentence (a quote in its marks may: «Nunca vi o fogo tão perto das casas»), over the post's
    running text."""
    f, d = st.feats[k], st.decisions[k]
    if not 2 <= f.words <= 14 or not (d.role is Role.PARAGRAPH or d.rule == "body/pull-quote"):
        return False
    if st.lines[k].text.rstrip(_TITLE_MARKS)[-1:] in ".!?…:;,":
        return False
    after = next_text(st, span, k)
    return after is not None and st.decisions[after].role is Role.PARAGRAPH and st.feats[after].prose


def _post_after(st: Page, span: range, i: int) -> bool:
    """A post follows the time stamp: its title or its first paragraph."""
    k = next_text(st, span, i)
    return k is not None and st.decisions[k].role in (Role.PARAGRAPH, Role.HEADING)


def post_writer(page: Page, i: int) -> bool:
    """A writer's name alone under a live post's title and its time stamp, over the post's text ("10:12am" /
    "Schools shut on the lower estate" / "Nina Faleolo" / the post): the post's byline (a post by another writer
    than the blog's), neither its title nor a line of a block."""
    f = page.feats[i]
    if f.prose or not 2 <= f.words <= 5 or i - 2 < page.body_start or i + 1 > page.body_end:
        return False
    title, stamp = page.feats[i - 1], page.lines[i - 2].text
    if title.prose or not title.title or not page.feats[i + 1].prose or not stamp[:1].isdigit():
        return False
    return time_stamp(stamp) and f.name_like > 0  # (the name's shape read last: it is the dearest)


def post_stamp(page: Page, i: int) -> bool:
    """A live post's time stamp glued over the post's title, its text (or its writer) under the title ("11:20am" /
    "Trucks queue at the terminal" / the post): the post's furniture, not a line of a block with its title."""
    t = page.lines[i].text
    if len(t) > 24 or not t[:1].isdigit() or i + 2 > page.body_end or page.lines[i + 1].blank_before:
        return False
    title = page.feats[i + 1]
    if title.prose or not title.title or not (page.feats[i + 2].prose or post_writer(page, i + 2)):
        return False
    return time_stamp(t) and not _programme_time(page, i)


def _programme_time(page: Page, i: int) -> bool:
    """The time stamp at `i` is a programme's, not a live post's: the next stamp below it (glued over a title, as
    it is), or for the last one the stamp above, says the times run forward through the day ("10am" / "Parade
    sets off" / ... / "2pm" / "Regatta"), where a live blog prints its newest post first, and no line above the
    body calls the page live."""
    now = stamp_minutes(page.lines[i].text)
    if now is None:
        return False
    below = _next_stamp(page, range(i + 3, page.body_end - 1))
    other = below if below is not None else _next_stamp(page, range(i - 3, page.body_start - 1, -1))
    if other is None or (other > now) is not (below is not None):
        return False
    return not any(page.lines[j].text[:4].lower() == "live" for j in range(page.body_start))


def _next_stamp(page: Page, span: range) -> int | None:
    """The minutes of the first time stamp in `span` glued over the line under it, as a post's or an item's is."""
    lines, feats = page.lines, page.feats
    for k in span:
        t = lines[k].text
        if t[:1].isdigit() and not feats[k].prose and not lines[k + 1].blank_before and time_stamp(t):
            return stamp_minutes(t)
    return None


def post_signature(page: Page, i: int) -> bool:
    """A writer's name after a dash closing a live post, the next post's time stamp (or the story's end) under it
    ("... about 1,100 homes were now under the order." / "— Luis Carrasco-Ortiz" / "2:15 p.m."): the post's byline,
    no line of the story."""
    t = page.lines[i].text
    if i - 1 < page.body_start or not page.feats[i - 1].prose:
        return False
    below = i + 1
    if below <= page.body_end and not (page.lines[below].text[:1].isdigit() and time_stamp(page.lines[below].text)):
        return False
    return dash_signed_name(t) is not None
