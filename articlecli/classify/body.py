"""The story body, line by line: a first-match table of named rules (`BODY_RULES`) decides each
line between the body's start and end: paragraph, heading, caption, code, list item or debris."""

from __future__ import annotations

from .. import captions as C
from .. import patterns as P
from . import examples as ex
from .body_readers import (
    BodyScan,
    LineRule,
    already_decided,
    line_rule,
    read_box_title,
    read_caption_alone,
    read_caption_bracket_credit,
    read_caption_lead,
    read_caption_with_credit,
    read_credit,
    read_debris,
    read_gallery_link,
    read_label,
    read_link_box,
    read_links_from_here,
    read_paragraph,
)
from .debris import gallery_link
from .features import dateline_alone, quoted
from .neighbours import (
    SIGN_UP_PITCH_WORDS,
    links_closed,
    quoted_heading,
    sign_up_pitch,
    under_figures,
    updates_label,
)
from .page import Decision, Page, Role
from .pictures import glued_credit, wire_sign_off
from .schedules import dated_item, listing_field, row_under_lead
from .short_lines import SHORT_LINE_RULES, TWICE_RULES
from .turns import question_heading
from .words import BOX_TITLE_WORDS, box_labels, box_title


def _listing_date(page: Page, i: int, t: str) -> bool:
    """ "When: Saturday 7 March, 6pm" over "Where: Lisko village hall": an event listing's row with its date, among
    rows of the listing's fields (`lexicon.LISTING_FIELD_LABELS`), kept with the event's text; no date line."""
    if not listing_field(t):
        return False
    return any(0 <= k < len(page.lines) and listing_field(page.lines[k].text) for k in (i - 1, i + 1))


def body_lines(page: Page) -> None:
    """Decide every line of the body by the first rule of `BODY_RULES` that holds."""
    scan = BodyScan(page)
    live = [(r.name, r.when, r.decision, r.lines) for r in BODY_RULES if r.needs is None or getattr(scan, r.needs)]
    prose_rules = [(name, when, decision) for name, when, decision, kind in live if kind != "short"]
    short_rules = [(name, when, decision) for name, when, decision, kind in live if kind != "prose"]
    lines, feats = page.lines, page.feats
    for i in range(page.body_start, page.body_end + 1):
        f = feats[i]
        t = lines[i].text
        if (f.prose and P.ends_sentence(t) and not t.endswith(("...", "…"))) or (
            scan.in_links and links_closed(page, i, f)
        ):
            scan.in_links = False
        for name, when, decision in prose_rules if f.prose else short_rules:
            if when(scan, i, f, t):
                found = decision if isinstance(decision, Decision) else decision(scan, i, f, t, name)
                if found is not None:
                    page.decide(i, found)
                break


# The body's rules, in order: the first that holds decides the line. Running text ends at
# "body/paragraph"; the rules after it decide the short lines that are not running text.
BODY_RULES: tuple[LineRule, ...] = (
    line_rule(
        "pictures/caption-label",
        lambda s, i, f, t: i in s.labels,
        read_label,
        ex.body("Image source, Harbor Press\nImage caption,\nVolunteers fill sandbags outside the town hall"),
        needs="labels",
    ),
    line_rule(
        "pictures/labelled-caption",
        lambda s, i, f, t: i > s.page.body_start and i - 1 in s.labels,
        already_decided,
        ex.body("Image caption,\nVolunteers fill sandbags outside the town hall"),
        needs="labels",
    ),
    line_rule(
        "body/repeated-headline",
        lambda s, i, f, t: f.key == s.head_key,
        Decision(Role.DEBRIS, "repeated-headline"),
        ex.story(ex.HEADLINE),
        needs="head_key",
    ),
    line_rule(
        "body/share-with-headline",  # "Share this Story: <the headline>": the share row's label over its link
        lambda s, i, f, t: i in s.shared_titles,
        Decision(Role.DEBRIS, "share"),
        ex.story("Share this story: " + ex.HEADLINE),
        needs="shared_titles",
    ),
    line_rule(
        "body/repeated-deck",
        lambda s, i, f, t: f.key == s.deck_key,
        Decision(Role.DEBRIS, "repeated-deck"),
        ex.header(ex.HEADLINE, ex.DECK, ex.BYLINE, ex.OPENING, ex.DECK),
        needs="deck_key",
    ),
    line_rule(
        "body/code",
        lambda s, i, f, t: i in s.code,
        Decision(Role.CODE),
        ex.body('config = {\n    "branch": "harbour",\n    "open": false,\n},'),
        lines="short",
        needs="code",
    ),
    line_rule(
        "body/table-source",  # "Source: Harbour Data, 4 p.m.": the source of the table of figures above, no credit
        lambda s, i, f, t: t[:6].lower() == "source" and under_figures(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body("Ferry\tFare\tChange\nNorth Quay\t$8.20\t-4.1%\nWestport\t$9.10\t+2.0%\nSource: Harbour Data"),
        lines="short",
    ),
    line_rule(
        "body/wire-sign-off",  # "HNA SKM RBT": the wire's letters and its editors' initials closing the story
        lambda s, i, f, t: f.all_caps and f.words <= 5 and wire_sign_off(s.page, t),
        Decision(Role.DEBRIS, "slug"),
        "\n\n".join(
            (ex.HEADLINE, ex.BYLINE, "Harbourton, Mar 3 (HNA) " + ex.OPENING, ex.MIDDLE, "HNA SKM RBT", ex.CLOSING)
        )
        + "\n",
        lines="short",
    ),
    line_rule(
        "pictures/credit-line",
        lambda s, i, f, t: i + 1 not in s.labels and f.credit is not None,
        read_credit,
        ex.body("Photo: Jane Doe/Harbor Press"),
    ),
    line_rule(
        "pictures/capitals-credit-under-caption",
        lambda s, i, f, t: i + 1 not in s.labels and glued_credit(s.page, i),
        read_credit,
        ex.body("Volunteers fill sandbags outside the town hall.\nSTATISTA"),
    ),
    line_rule(
        "pictures/caption-with-credit",
        lambda s, i, f, t: f.caption is not None and (not quoted(t) or C.labelled_credit_tail(t)),
        read_caption_with_credit,
        ex.body("Volunteers fill sandbags outside the town hall. Photo: Jane Doe/AP"),
    ),
    line_rule(
        "body/link-box",
        lambda s, i, f, t: i in s.widgets,
        read_link_box,
        ex.body("Harbour Festival Returns This Summer\nNew Ferry Timetable Starts Monday\nCouncil Tax Rise Approved"),
        needs="widgets",
    ),
    line_rule(
        "pictures/caption-lead",
        lambda s, i, f, t: C.caption_lead(t) is not None,
        read_caption_lead,
        ex.body("Pictured: volunteers fill sandbags outside the town hall"),
    ),
    line_rule(
        "body/updates-label",  # "Latest updates" over "• 2:10 PM: The corporation says ...", "• 12:45 PM: ..."
        lambda s, i, f, t: f.soft_stop and not f.prose and updates_label(s.page, i),
        Decision(Role.HEADING),
        ex.body("Latest updates", "9:40 AM: Police closed the coast road at 9 a.m.", "9:05 AM: " + ex.MIDDLE),
        lines="short",
    ),
    line_rule(
        "body/sign-up-pitch",  # the pitch of a sign-up box set in the story, between its title and its button
        lambda s, i, f, t: f.words <= SIGN_UP_PITCH_WORDS and sign_up_pitch(s.page, i),
        Decision(Role.DEBRIS, "newsletter"),
        ex.body(
            "Sign up for the Harbour Wrap newsletter", "The week's council news, explained. Every Friday.", "Sign up"
        ),
        lines="any",
    ),
    line_rule(
        "body/poll-box",  # a reader poll set in the story: its question, options and buttons are the page's
        lambda s, i, f, t: i in s.polls,
        Decision(Role.DEBRIS, "promo"),
        ex.body("Quick poll: Should the pier reopen?", "Yes", "No", "Vote"),
        lines="any",
        needs="polls",
    ),
    line_rule(
        "body/donation-box",  # a non-profit newsroom's appeal: its title, its pitch and its button are the page's
        lambda s, i, f, t: i in s.donations,
        Decision(Role.DEBRIS, "promo"),
        ex.body(
            "Support local reporting",
            "The Harbour Ledger is a nonprofit newsroom funded by readers like you.",
            "Donate now",
        ),
        lines="any",
        needs="donations",
    ),
    line_rule(
        "body/related-lead",
        # a label of a few words with a colon reads as a sentence's end, not prose ("Lesen Sie auch:")
        lambda s, i, f, t: f.soft_stop and (not f.prose or (f.words <= 4 and t.endswith(":"))),
        read_links_from_here,
        ex.body("You may also like\nHarbour festival returns this summer"),
        lines="any",
    ),
    line_rule("body/debris", lambda s, i, f, t: f.debris is not None, read_debris, ex.body("Advertisement")),
    line_rule(
        "body/gallery-link",  # "In pictures: Harbour fair in full swing", "Photo gallery": the site's pictures
        lambda s, i, f, t: gallery_link(s.page, i),
        read_gallery_link,
        ex.body("In pictures: Harbour fair in full swing"),
        lines="short",
    ),
    line_rule(
        "body/dated-item",  # "Thursday, June 13: 94,000 passengers" over "Friday, June 14: ...": a schedule's lines
        lambda s, i, f, t: f.date_line and dated_item(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body(
            "Ferries run on these days:", "Saturday, June 1: Harbourton to Westport", "Sunday, June 2: Westport only"
        ),
        lines="short",
    ),
    line_rule(
        "body/box-title",  # "Key figures", "EL DATO", "Info: Umleitung", "Ingredients": the story's box's title
        lambda s, i, f, t: (
            not f.prose and f.words <= BOX_TITLE_WORDS and (f.key in box_labels() or box_title(t, f.key))
        ),
        read_box_title,
        ex.body("Emergency numbers", "Harbour police: 555 0100", "Coastguard: 555 0199"),
        lines="short",
    ),
    line_rule(
        "body/row-under-lead",  # "Emergency services: 112", set apart by blank lines, under "... if you need help:"
        lambda s, i, f, t: row_under_lead(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body(
            "These are the numbers to call if you need help:", "Emergency services: 112", "Harbour office: 555 0142"
        ),
        lines="short",
    ),
    line_rule(
        "body/date-line",
        lambda s, i, f, t: f.date_line and not f.prose and not _listing_date(s.page, i, t),
        Decision(Role.DEBRIS, "date-line"),
        ex.body("March 3, 2024"),
        lines="short",
    ),
    line_rule(
        "body/dateline-alone",
        lambda s, i, f, t: dateline_alone(t),
        Decision(Role.DEBRIS, "dateline"),
        ex.body("HARBOURTON, Maine —"),
    ),
    line_rule(
        "body/related-list",
        lambda s, i, f, t: s.in_links,
        Decision(Role.DEBRIS, "related"),
        ex.body("You may also like\nHarbour festival returns this summer"),
    ),
    line_rule(
        "pictures/cue-caption-with-bracket-credit",  # ... and the name of who supplied it in brackets after it
        lambda s, i, f, t: t[-1:] == ")" and f.words <= 45 and C.caption_cue(t) and C.bracket_credit(t) is not None,
        read_caption_bracket_credit,
        "The old pier was quiet on Monday.\n\nArtist's impression of the new pier. (Harbour Port Authority)\n\n"
        "Work starts in May.",
    ),
    line_rule(
        "pictures/caption-by-cue",  # a caption with no credit, standing alone between paragraphs
        lambda s, i, f, t: f.words <= 45 and C.caption_cue(t) and not quoted(t),
        read_caption_alone,
        "The old pier was quiet on Monday.\n\nCouncillor Ivo Marsh (left) at the quay.\n\nWork starts in May.",
    ),
    line_rule(
        "pictures/slide-caption",  # a gallery's slide with no credit, between its counter and the next slide's
        lambda s, i, f, t: i in s.slides and 3 <= f.words <= 45,
        read_caption_alone,
        "Photo 2 of 3\n\nStalls line the quay on Saturday.\n\nPhoto 3 of 3\n\nThe market runs until May.",
        needs="slides",
    ),
    *TWICE_RULES,
    line_rule(
        "body/question-heading",
        lambda s, i, f, t: f.prose and question_heading(s.page, i),
        Decision(Role.HEADING),
        ex.body("How did the costs double?"),
        lines="prose",
    ),
    line_rule(
        "body/quoted-heading",
        lambda s, i, f, t: quoted_heading(s.page, i),
        Decision(Role.HEADING),
        ex.body('"Nobody told us"'),
    ),
    line_rule(
        "body/repeated-paragraph",
        lambda s, i, f, t: f.prose and f.words > 5 and f.key in s.seen_paragraphs,
        Decision(Role.DEBRIS, "repeated-paragraph"),
        ex.body(ex.MIDDLE),
        lines="prose",
    ),
    line_rule("body/paragraph", lambda s, i, f, t: f.prose, read_paragraph, ex.story(), lines="prose"),
    *SHORT_LINE_RULES,  # short lines from here on: short_lines.py
)
