"""The header above the body: bylines, dates, headline, deck and lead-image captions."""

from __future__ import annotations

from .. import captions as C
from .. import patterns as P
from ..bylines import has_byline_lead, is_agency, parse_byline
from ..normalize import Line
from .features import Features, outlet_tail
from .headline import choose_headline, deck_like, labelled_author, mark_repeats
from .page import Decision, Role, Structure
from .pictures import adopt_caption, caption_like, dedupe_captions, labelled_caption
from .tail import author_words_of, is_bio


def read_header(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """Headline, deck, bylines, dates and lead-image captions above the body."""
    d = st.decisions
    start = st.body_start
    for i in sorted(st.caption_labels):  # "Image caption," / the caption: before any headline is looked for
        if i < start:
            labelled_caption(lines, feats, d, i)
    for i in range(start):  # what a line says about itself
        if d[i].role is not Role.OUTSIDE:
            continue
        f = feats[i]
        if f.byline is not None:
            d[i] = Decision(Role.BYLINE, byline=f.byline)
            st.bylines.append(i)
        elif f.date_line:
            d[i] = Decision(Role.DATE)
            st.date_lines.append(i)
        elif f.debris is not None:
            d[i] = Decision(Role.DEBRIS, f.debris)
        elif f.caption is not None:
            d[i] = Decision(Role.CAPTION, text=C.strip_truncation(f.caption[0]), credit=f.caption[1])
    head = choose_headline(lines, feats, st)
    if head is not None:
        st.headline = head
        d[head] = Decision(Role.HEADLINE)
        mark_repeats(feats, st, head, "repeated-headline")
        _name_only_bylines(lines, feats, st, head)
    for i in range(start):  # credits, now that bylines are known
        if d[i].role is Role.OUTSIDE and feats[i].credit is not None:
            if head is not None and i < head and is_agency(lines[i].text):
                continue  # "CNN" alone above the headline: the site's name, not a picture's credit
            d[i] = Decision(Role.CAPTION, text=None, credit=feats[i].credit)
            adopt_caption(lines, feats, d, i, feats[i].credit or "")
    dedupe_captions(lines, st, range(0, start))
    if head is not None:
        deck = choose_deck(lines, feats, st, head)
        if deck is not None:
            st.deck = deck
            d[deck] = Decision(Role.DECK)
            mark_repeats(feats, st, deck, "repeated-deck")
        _header_captions(lines, feats, st)
    dedupe_captions(lines, st, range(0, start))


def choose_deck(lines: list[Line], feats: list[Features], st: Structure, head: int) -> int | None:
    """The standfirst: the first sentence-like line after the headline, before the byline.

    When the byline follows the headline directly, a long sentence after the byline and
    dates, set apart from the body by page furniture, is the standfirst.
    """
    d = st.decisions
    after_anchor = False
    for i in range(head + 1, st.body_start):
        f = feats[i]
        role = d[i].role
        if role in (Role.BYLINE, Role.DATE):
            after_anchor = True
            continue
        if role is not Role.OUTSIDE or f.words <= 2 or f.bag <= feats[head].bag:
            continue  # the headline again, or a piece of it ("Lupita Nyong'o" / "$150K Pearl Oscar Dress")
        if not deck_like(lines[i].text, f):
            return None
        if not after_anchor:
            return i
        rest = [k for k in range(i + 1, st.body_start) if d[k].role is Role.OUTSIDE]
        if f.words >= 8 and f.prose and len(rest) <= 2:
            return i
        # between the byline and the date: "By Jo Alto" / "The LC 500 looks good even with the roof off" / date
        return i if f.title and _next_anchor(d, i, st.body_start) else None
    return None


def _next_anchor(d: list[Decision], i: int, end: int) -> bool:
    """The next line after `i` that is not page furniture is a byline or a date line."""
    k = i + 1
    while k < end and d[k].role is Role.DEBRIS:
        k += 1
    return k < end and d[k].role in (Role.BYLINE, Role.DATE)


def _name_only_bylines(lines: list[Line], feats: list[Features], st: Structure, head: int) -> None:
    """A name alone on a line below the headline ("Ryan Morgan") is a byline. A name without a
    known given name counts only right beside the headline, deck, a caption or a date."""
    d = st.decisions
    # a "By ..." line names the authors: a person's name alone elsewhere is a tag or a caption's
    # (an agency under it, "Associated Press", is still read)
    by_line = any(d[k].byline is not None and has_byline_lead(lines[k].text) for k in st.bylines)
    seen = 0
    for i in range(head + 1, st.body_start):
        if d[i].role is Role.OUTSIDE:
            seen += 1
        if d[i].role is not Role.OUTSIDE or seen > 5:
            continue
        t = lines[i].text
        if by_line and not P.AGENCY_ONLY.match(t.strip(" .,")):
            continue
        labelled = labelled_author(lines, i) or _org_between(lines, feats, st, head, i)
        strength = feats[i].name_like
        if strength == 1 and not labelled and not _beside_header(lines, feats, st, head, i):
            continue
        if strength or labelled:
            b = parse_byline(t, allow_org=labelled or P.AGENCY_ONLY.match(t) is not None)
            if b is not None:
                d[i] = Decision(Role.BYLINE, byline=b)
                st.bylines.append(i)
                if labelled_author(lines, i):
                    d[i - 1] = Decision(Role.DEBRIS, "label")


def _beside_header(lines: list[Line], feats: list[Features], st: Structure, head: int, i: int) -> bool:
    """Next to the headline, a date line or a caption (skipping debris)."""
    d = st.decisions

    def neighbour(step: int) -> int | None:
        k = i + step
        while 0 <= k < st.body_start and d[k].role is Role.DEBRIS:
            k += step
        return k if 0 <= k < st.body_start else None

    for k in (neighbour(-1), neighbour(1)):
        if k is not None and (
            k == head
            or d[k].role in (Role.DATE, Role.CAPTION, Role.BYLINE)
            or (k == head + 1 and d[k].role is Role.OUTSIDE and feats[k].words >= 5)
        ):
            return True
    return False


def _org_between(lines: list[Line], feats: list[Features], st: Structure, head: int, i: int) -> bool:
    """An outlet named between the headline and the date ("Telegraph Sport"): an organisation byline."""
    nxt = i + 1
    return (
        i == head + 1
        and nxt < st.body_start
        and st.decisions[nxt].role is Role.DATE
        and 2 <= len(lines[i].text.split()) <= 4
        and outlet_tail(lines[i].text)
    )


def _header_captions(lines: list[Line], feats: list[Features], st: Structure) -> None:
    """Sentences left in the header around byline and dates are lead-image captions (or a
    sentence about the author)."""
    d = st.decisions
    assert st.headline is not None
    anchors = sorted(st.bylines + st.date_lines)
    first_anchor = next((a for a in anchors if a > st.headline), None)
    if first_anchor is None:
        return
    author_words = author_words_of(st)
    for i in range(first_anchor, st.body_start):
        if d[i].role is not Role.OUTSIDE:
            continue
        t = lines[i].text
        lead = C.caption_lead(t)
        if is_bio(t, author_words):  # "Alex Moreno is a contributing columnist ..." under the byline
            d[i] = Decision(Role.NOTE, note_kind="bio")
        elif lead is not None:
            d[i] = Decision(Role.CAPTION, text=lead)
        elif caption_like(t, feats[i]):
            d[i] = Decision(Role.CAPTION, text=C.strip_truncation(t))
