"""The header above the body: what lines say about themselves (bylines, dates), names alone under
the headline, the deck, lead-image captions (photo credits: `header_credits`); the headline of wire copy."""

from __future__ import annotations

import regex

from .. import captions as C
from .. import dates, rx
from .. import lexicon as L
from .. import patterns as P
from ..bylines import (
    Byline,
    credits_other_work,
    parse_byline,
)
from . import examples as ex
from .echo import line_stems, repeated_title, story_echo, story_stems
from .evidence import deck_like, under_rating, under_related_label
from .fact_lines import issuer_name, score_box_line
from .graphics import slide_caption
from .headline import mark_repeats
from .life import life_label, life_line, life_years
from .notes import author_words_of, is_bio, note_kind
from .page import Decision, Page, Role, Weighed
from .pictures import caption_like, labelled_caption
from .stamps import time_stamp
from .standfirst import unclosed_over_story
from .title_kinds import menu_row, title_kind

_ANCHOR_KINDS = ("names", "date-or-time")  # what `title_kind` finds that anchors a header like a byline or date


def labelled_captions(page: Page) -> None:
    """ "Image caption," and the caption after it, above the body: read before any headline is looked for."""
    for i in sorted(page.caption_labels):
        if i < page.body_start:
            labelled_caption(page, i)


def self_described(page: Page) -> None:
    """What a header line says about itself: a byline, a date line, page furniture, a caption with its credit."""
    d, feats = page.decisions, page.feats
    for i in range(page.body_start):
        if d[i].role is not Role.OUTSIDE:
            continue
        f = feats[i]
        if f.byline is not None:
            page.decide(i, Decision(Role.BYLINE, byline=f.byline, rule="header/byline"))
            page.bylines.append(i)
            page.byline_candidates.append(Weighed(i, True, ("says-it-is-a-byline",)))
        elif f.date_line and (life_line(f.text) or life_label(f.text)):  # an obituary's: "Born: 3 May 1939"
            page.decide(i, Decision(Role.DEBRIS, "label", rule="header/life-dates"))
        elif f.date_line:
            page.decide(i, Decision(Role.DATE, rule="header/date"))
            page.date_lines.append(i)
        elif f.debris is not None:
            page.decide(i, Decision(Role.DEBRIS, f.debris, rule="header/debris"))
        elif ":" in f.text[:22] and _box_field(page, i) and _in_a_box(page, i):
            # a fact-check's claim box or a review's credits under the headline: "Who said it: Name, role" over
            # "The claim: ..." (a field alone may be a kicker's label: "Released: Activist freed after 400 days")
            page.decide(i, Decision(Role.DEBRIS, "label", rule="header/box-field"))
        elif f.caption is not None:
            text, credit = C.strip_truncation(f.caption[0]), f.caption[1]
            page.decide(i, Decision(Role.CAPTION, text=text, credit=credit, rule="pictures/header-caption-with-credit"))


def _box_field(page: Page, i: int) -> bool:
    """The line is a box's field: a label of `lexicon.BOX_FIELD_LABELS` and a colon ("Director: Name")."""
    if not 0 <= i < page.body_start:
        return False
    t = page.lines[i].text
    return ":" in t[:22] and P.BOX_FIELD.match(t) is not None


def _in_a_box(page: Page, i: int) -> bool:
    """A box's field over or under another, or under a line that may be the title (four words or more, not yet
    read as furniture): the first such line of a page, alone, is a title with a kicker's label, or not, as the
    headline's weights say (`lone_box_field` reads it after them)."""
    if _box_field(page, i - 1) or _box_field(page, i + 1):
        return True
    d, feats = page.decisions, page.feats
    return any(feats[k].words >= 4 and d[k].role is Role.OUTSIDE for k in range(i))


def lone_box_field(page: Page) -> None:
    """A box's field alone below the chosen headline ("Who said it: Name, role" over the verdict) is furniture as
    a box's rows are (`self_described`); above it or as the title, a kicker's label ("Where: The new battleground
    in the harbour election") is the headline's, and the headline is read first."""
    head = page.headline
    if head is None:
        return
    for i in range(head + 1, page.body_start):
        if ":" in page.lines[i].text[:22] and page.decisions[i].role is Role.OUTSIDE and _box_field(page, i):
            page.decide(i, Decision(Role.DEBRIS, "label", rule="header/box-field"))


def deck(page: Page) -> None:
    """The standfirst under the headline, and its repeats above the body."""
    if page.headline is None:
        return
    found, rule = choose_deck(page, page.headline), "header/deck"
    if found is None:
        found, rule = _deck_over_headline(page, page.headline), "header/deck-over-headline"
    if found is not None:
        page.deck = found
        page.decide(found, Decision(Role.DECK, rule=rule))
        mark_repeats(page, found, Decision(Role.DEBRIS, "repeated-deck", rule="header/repeated-deck"))


def _deck_over_headline(page: Page, head: int) -> int | None:
    """With no standfirst under it, a long sentence right over a headline the page prints again (as its title), under
    the menu or a breadcrumb, whose words come back in the story's opening: the standfirst printed above the title
    ("News › Local News" / "Councillors split over land purchase as farmers warn of ..." / the headline)."""
    i = head - 1
    if i < 1 or page.decisions[i].role is not Role.OUTSIDE:
        return None
    above = page.lines[i - 1].text  # over it, furniture: a menu's item or row, a breadcrumb, a kicker's label
    if page.decisions[i - 1].role is not Role.DEBRIS and page.feats[i - 1].words > 3 and not menu_row(above):
        return None
    f, t = page.feats[i], page.lines[i].text
    if f.words < 8 or not f.prose or not deck_like(t, f) or title_kind(page, i) is not None:
        return None
    if page.feats[head].bag <= f.bag:  # "Home › News › <the headline>": the title under a label, no standfirst
        return None
    if not repeated_title(page, head) or story_echo(page, i, story_stems(page)) < _ECHO_OVER_HEADLINE:
        return None
    page.deck_candidates.append(Weighed(i, True, ("over-a-title-printed-again", "sentence-like")))
    return i


_ECHO_OVER_HEADLINE = 0.3  # a third of its words back in the story's opening (a related title's are not)


def choose_deck(page: Page, head: int) -> int | None:
    """The standfirst: the first sentence-like line after the headline, before the byline.

    When the byline follows the headline directly, a long sentence after the byline and
    dates, set apart from the body by page furniture, is the standfirst.
    """
    d, feats = page.decisions, page.feats
    weighed = page.deck_candidates
    after_anchor = False  # (the candidates' evidence, weighed in candidates.DECK_WEIGHTS, opens with where it sits)
    for i in range(head + 1, page.body_start):
        f = feats[i]
        role = d[i].role
        if role in (Role.BYLINE, Role.DATE):
            after_anchor = True
            continue
        if role is not Role.OUTSIDE or f.words <= 2:
            continue
        if (
            f.bag <= feats[head].bag
        ):  # the headline again, or a piece of it ("Lupita Nyong'o" / "$150K Pearl Oscar Dress")
            weighed.append(Weighed(i, False, (_where(after_anchor), "headline-again")))
            continue
        if under_related_label(page, i):  # "Related" / "Harbour fees to rise again": other stories from here on
            weighed.append(Weighed(i, False, (_where(after_anchor), "under-a-related-label")))
            return None
        # a widget's, a label's or a caption's text ("chevron_left Browse All Posts"), a gallery's slide
        kind = title_kind(page, i) or ("slide-caption" if slide_caption(page, i) else None)
        if kind is not None:
            weighed.append(Weighed(i, False, (_where(after_anchor), f"not-a-title:{kind}")))
            after_anchor = after_anchor or kind in _ANCHOR_KINDS  # names without "By", a date line not read
            continue
        if f.words <= 8 and life_years(page.lines[i].text):
            weighed.append(Weighed(i, False, (_where(after_anchor), "life-years")))
            continue
        if under_rating(page, i):  # "★★★☆☆" / "Harbour Hall, until 9 March": a review's details
            weighed.append(Weighed(i, False, (_where(after_anchor), "under-a-rating")))
            continue
        if f.words <= 10 and not f.prose and issuer_name(page.lines[i].text):
            weighed.append(Weighed(i, False, (_where(after_anchor), "issuer-name")))
            continue
        if f.words <= 14 and score_box_line(page.lines[i].text):  # "Asante Stars 2-1 Volta United": a score box
            weighed.append(Weighed(i, False, (_where(after_anchor), "score-line")))
            continue
        if _says_it_is_a_note(page, i):
            weighed.append(Weighed(i, False, (_where(after_anchor), "a-note-credit-or-bio")))
            continue
        if not deck_like(page.lines[i].text, f):
            weighed.append(Weighed(i, False, (_where(after_anchor), "not-sentence-like")))
            return None
        if not after_anchor:
            weighed.append(Weighed(i, True, ("before-the-byline", "sentence-like")))
            return i
        taken, evidence = _deck_after_anchor(page, head, i)
        weighed.append(Weighed(i, taken, ("after-the-byline", "sentence-like", *evidence)))
        return i if taken else None
    return None


def _says_it_is_a_note(page: Page, i: int) -> bool:
    """ "Editor's note: ...", "Fact checked by Omar Pike", "Lena Ortiz is a reporter ...": a line about the
    story or its makers, not a summary of it."""
    t = page.lines[i].text
    return note_kind(t) is not None or credits_other_work(t) or is_bio(t, author_words_of(page))


def _where(after_anchor: bool) -> str:
    return "after-the-byline" if after_anchor else "before-the-byline"


def _deck_after_anchor(page: Page, head: int, i: int) -> tuple[bool, tuple[str, ...]]:
    """Whether the first unread line after the byline or date is the standfirst, and the evidence: a long
    sentence set apart from the body by page furniture; a sentence about the headline's subject that
    no credit follows (a lead image's caption has one); a summary printed without its full stop over the story's
    opening (`standfirst.unclosed_over_story`); a title between the byline and the date."""
    d, f = page.decisions, page.feats[i]
    rest = [k for k in range(i + 1, page.body_start) if d[k].role is Role.OUTSIDE]
    if f.words >= 8 and f.prose and len(rest) <= 2:
        return True, ("set-apart-from-the-body",)
    if f.words >= 8 and f.prose and line_stems(page, i) & line_stems(page, head):
        k = i + 1
        while k < page.body_start and d[k].role is Role.DEBRIS:
            k += 1
        if k >= page.body_start or (page.feats[k].credit is None and page.feats[k].caption is None):
            return True, ("shares-headline-words", "no-credit-under-it")
        return False, ("shares-headline-words", "credit-under-it")  # a lead image's caption
    if unclosed_over_story(page, i, _next_kept_in_body(page, i)):
        return True, ("shares-headline-words", "unclosed-over-story")
    # between the byline and the date: "By Jo Alto" / "The LC 500 looks good even with the roof off" / date (right
    # under the first: after the share row that closes a header, the line over a byline is the lead picture's caption)
    if f.title and d[i - 1].role in (Role.BYLINE, Role.DATE) and _next_anchor(d, i, page.body_start):
        return True, ("title-between-byline-and-date",)
    # right under the byline or date, over a byline, a name or a date, no full stop: a summary set inside the header
    # ("By Jo Alto" / "Operator blames crane outages as carriers add surcharge" / "Jo Alto"); a lead picture's caption
    # there ends like a sentence or carries its credit
    if f.words >= 6 and d[i - 1].role in (Role.BYLINE, Role.DATE) and _unclosed_over_anchor(page, i):
        return True, ("unclosed-between-anchors",)
    return False, ()


def _unclosed_over_anchor(page: Page, i: int) -> bool:
    """Line `i` ends with no full stop and no credit, and the next line but page furniture is a byline, a date or a
    name alone."""
    t, k = page.lines[i].text, i + 1
    if P.ends_sentence(t) or t.endswith(".") or page.feats[i].credit is not None or page.feats[i].caption is not None:
        return False
    while k < page.body_start and page.decisions[k].role is Role.DEBRIS:
        k += 1
    return k < page.body_start and (page.decisions[k].role in (Role.BYLINE, Role.DATE) or page.feats[k].name_like > 0)


def _next_kept_in_body(page: Page, i: int) -> int | None:
    """The body's first line, when only page furniture is between header line `i` and it."""
    d, k = page.decisions, i + 1
    while k < page.body_start and d[k].role is Role.DEBRIS:
        k += 1
    return k if k == page.body_start < len(d) else None


def _next_anchor(d: list[Decision], i: int, end: int) -> bool:
    """The next line after `i` that is not page furniture is a byline or a date line."""
    k = i + 1
    while k < end and d[k].role is Role.DEBRIS:
        k += 1
    return k < end and d[k].role in (Role.BYLINE, Role.DATE)


def related_dates(page: Page) -> None:
    """Above the headline, a list of titles each with its date under it is a list of other stories:
    their dates are not the article's."""
    head = page.headline
    if head is None:
        return
    d, feats = page.decisions, page.feats

    def title_above(i: int) -> int | None:
        k = i - 1
        while k >= 0 and d[k].role is Role.DEBRIS:
            k -= 1
        ok = k >= 0 and d[k].role is Role.OUTSIDE and feats[k].title and feats[k].words >= 4
        return k if ok else None

    pairs = {i: title_above(i) for i in page.date_lines if i < head}
    listed = [i for i, k in pairs.items() if k is not None and any(j != i and pairs[j] is not None for j in pairs)]
    related = Decision(Role.DEBRIS, "related", rule="header/related-title-and-date")
    for i in listed:
        page.decide(i, related)
        page.decide(pairs[i] or 0, related)
        page.date_lines.remove(i)


def date_in_top_bar(page: Page) -> None:
    """A bare date in the bar at the page's top, the menu between it and the headline, while the header under the
    headline prints a date line of its own: the day the page was read ("Tuesday, April 16, 2024" over the
    sections), not the story's; that line under the headline dates the story. Not a labelled date ("Published
    ..."), nor one over a header whose only date is an update."""
    head = page.headline
    if head is None or len(page.date_lines) < 2:
        return
    d, lines = page.decisions, page.lines
    tops = [i for i in page.date_lines if i < head - _MENU_SIZE]
    own = [j for j in page.date_lines if head < j < page.body_start] if tops else []
    if not own or any(dates.UPDATED_LABEL.search(lines[j].text) for j in own):
        return
    for i in tops:
        between = [k for k in range(i + 1, head) if d[k].role in (Role.OUTSIDE, Role.DEBRIS)]
        labelled = dates.PUBLISHED_LABEL.search(lines[i].text) or dates.UPDATED_LABEL.search(lines[i].text)
        if len(between) >= _MENU_SIZE and not labelled:
            page.decide(i, Decision(Role.OUTSIDE, "page-chrome", rule="header/date-in-top-bar"))
            page.date_lines.remove(i)


_MENU_SIZE = 4  # the fewest lines of a menu between the top bar and the headline


def lead_captions(page: Page) -> None:
    """Sentences left in the header around byline and dates are lead-image captions (or a
    sentence about the author); not the points under a summary box's label ("Key points" / its sentences)."""
    if page.headline is None:
        return
    d, lines = page.decisions, page.lines
    anchors = sorted(page.bylines + page.date_lines)
    first_anchor = next((a for a in anchors if a > page.headline), None)
    if first_anchor is None:
        return
    author_words = author_words_of(page)
    for i in range(first_anchor, page.body_start):
        if d[i].role is not Role.OUTSIDE:
            continue
        t = lines[i].text
        if page.feats[i].words <= 5 and t.rstrip(" :").lower() in L.SUMMARY_BOX_LABELS:
            return  # "Das Wichtigste in Kürze" / the story's points: a box of the page, no pictures
        lead = C.caption_lead(t)
        if is_bio(t, author_words):  # "Alex Moreno is a contributing columnist ..." under the byline
            page.decide(i, Decision(Role.NOTE, note_kind="bio", rule="header/author-bio"))
        elif lead is not None:
            page.decide(i, Decision(Role.CAPTION, text=lead, rule="pictures/header-caption-lead"))
        elif caption_like(t, page.feats[i]) and not time_stamp(t):
            page.decide(i, Decision(Role.CAPTION, text=C.strip_truncation(t), rule="pictures/lead-image-caption"))


_REVIEWER_LEAD = rx.compile(r"^(?:" + P.alternation(L.REVIEWER_LEADS) + r")\s++(?=\p{Lu})", regex.IGNORECASE)


def reviewer_byline(page: Page) -> None:
    """A review's "Reviewed by Name" when the header prints no other byline: the review's writer (under a byline the
    line names who checked the story, a credit of `lexicon.CREDIT_ROLES`)."""
    if page.bylines:
        return
    d = page.decisions
    for i in range(min(page.body_start, page.headline + 8 if page.headline is not None else 0)):
        t = page.lines[i].text
        if d[i].role is not Role.OUTSIDE or t[:1] not in "Rr" or (lead := _REVIEWER_LEAD.match(t)) is None:
            continue
        read = parse_byline("By " + t[lead.end() :])  # (read as a "By" line is, the lead's own word aside)
        if read is None or not read.authors:
            continue
        byline = Byline(t, read.authors, read.agency)
        page.decide(i, Decision(Role.BYLINE, byline=byline, rule="header/reviewer-byline"))
        page.bylines.append(i)
        page.byline_candidates.append(Weighed(i, True, ("says-it-is-a-byline",)))
        return


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/date-in-top-bar": ex.header(
        "Tuesday, March 5, 2024", "Home", "News", "Sport", "Business", ex.HEADLINE, ex.BYLINE, "March 3, 2024"
    ),
    "header/byline": ex.story(),
    "header/reviewer-byline": ex.header("REVIEW: " + ex.HEADLINE, "Reviewed by Jane Doe", "March 3, 2024"),
    "header/date": ex.header(ex.HEADLINE, ex.BYLINE, "March 3, 2024"),
    "header/life-dates": ex.header(ex.HEADLINE, "ANN LEE", "3 May 1939 – 2 March 2024", ex.BYLINE, "March 5, 2024"),
    "header/picture-contributor": ex.header(ex.HEADLINE, ex.BYLINE, "Photographs by Omar Pike", "March 3, 2024"),
    "header/source-agency-byline": ex.header(ex.HEADLINE, "Source: Xinhua", "2024-03-03 18:04:12"),
    "header/debris": ex.header(ex.HEADLINE, ex.BYLINE, "Share this story"),
    "header/box-field": ex.header(
        ex.HEADLINE, "Who said it: Ann Lee, harbour master", 'The claim: "Fees fell."', ex.BYLINE
    ),
    "header/deck": ex.header(ex.HEADLINE, ex.DECK, ex.BYLINE),
    "header/deck-over-headline": ex.header(
        f"{ex.HEADLINE} - Harbour Herald",
        "News › Local",
        "Councillors say the harbour library roof would cost twice what the town can spend on it",
        ex.HEADLINE,
        ex.BYLINE,
    ),
    "header/repeated-deck": ex.header(ex.DECK, "Share", ex.HEADLINE, ex.DECK, ex.BYLINE),
    "header/author-bio": ex.header(
        ex.HEADLINE, ex.BYLINE + "\nMarch 3, 2024\nJane Doe is a reporter in Harbourton.\nShare"
    ),
    "pictures/header-caption-with-credit": ex.header(
        ex.HEADLINE, "Volunteers fill sandbags outside the town hall. Photo: Jane Doe/AP", ex.BYLINE, "March 3, 2024"
    ),
    "pictures/header-credit-line": ex.header(
        ex.HEADLINE, "Volunteers fill sandbags outside the town hall.", "Photo: Jane Doe/Harbor Press", ex.BYLINE
    ),
    "pictures/header-caption-lead": ex.header(
        ex.HEADLINE, ex.BYLINE, "March 3, 2024", "Pictured: volunteers fill sandbags outside the town hall"
    ),
    "pictures/lead-image-caption": ex.header(
        ex.HEADLINE, ex.BYLINE + "\nVolunteers fill sandbags outside the town hall.\nMarch 3, 2024"
    ),
    "header/related-title-and-date": ex.header(
        "Bus fares to rise in the spring", "March 1, 2024", "New ferry route opens", "February 28, 2024", ex.HEADLINE
    ),
}
