"""Deciding what each line is: headline, deck, byline, date, caption, heading, paragraph, note, debris.

Two passes over the lines. The first computes features for every line on its own
(`features.py`). The second decides with the whole page in view, in the stages listed once,
in order, in `WEB_PASSES` (and `EXPORT_PASSES` for an export's body): the span of the story
body (`span.py`, with the shapes of lines read before it in `shapes.py` and `products.py`), the header above it
(`header.py`, `headline.py` with `weights.py`, `vetoes.py`, `title_kinds.py`, `evidence.py`, `echo.py` and `life.py`,
bylines printed without "By" in `names.py` and `unread.py`, a standfirst printed in the body in `standfirst.py`),
pictures (`pictures.py`, `repeats.py`, `caption_shapes.py`, `graphics.py`), the body line by line (`body.py`,
`neighbours.py`), runs of lines decided together (`runs.py`, `turns.py`, `numbered.py`, `lists.py`, `lookalikes.py`)
and what is set into it (`inserts.py`), then the end of the story (`tail.py`) and the lines after it (`notes.py`);
wire copy last (`wire.py`). Every pass reads the `Page` and decides a line with `page.decide(i, decision)`, the
decision naming its rule ("header/headline", "body/related-list").
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Layout
from ..normalize import Line, normalize_mapped, split_lines
from . import (
    body,
    byline_echoes,
    caption_shapes,
    closing_gallery,
    credit_places,
    feeds,
    graphics,
    header,
    header_credits,
    header_furniture,
    headline,
    inserts,
    names,
    notes,
    pictures,
    repeats,
    runs,
    scene_captions,
    span,
    standfirst,
    tail,
    under_story,
    unread,
    wire,
)
from .debris import debris_reason
from .explain import explain
from .features import Features, features
from .notes import note_kind
from .page import Decision, HeadlineScore, Page, Role
from .shapes import shaped_runs, spaced_page
from .tail import is_promo
from .words import is_prose, key_of

__all__ = [
    "EXPORT_PASSES",
    "RULE_EXAMPLES",
    "WEB_PASSES",
    "WIRE_PASSES",
    "Decision",
    "Features",
    "HeadlineScore",
    "Page",
    "Role",
    "Structure",
    "classify",
    "debris_reason",
    "explain",
    "features",
    "is_promo",
    "is_prose",
    "key_of",
    "note_kind",
    "read_example",
]

Structure = Page  # the name the assembler knows the classifier's answer by

Pass = Callable[[Page], None]

# The passes after the body span is found, in the order they run: a later pass may decide a line again.
HEADER_PASSES: tuple[Pass, ...] = (
    header.labelled_captions,  # "Image caption," and its caption: before any headline is looked for
    header.self_described,  # bylines, date lines, debris, captions with their credit
    header_furniture.widget_lines,  # a widget's text by its words: "Share this article with your friends"
    feeds.citation_header,  # a library record's citation line and its author, surname first
    headline.read_headline,  # the best-scoring title, and its repeats
    header.lone_box_field,  # a box's field alone below it: furniture, as a box's rows are
    feeds.headline_version,  # a wire feed's "UPDATE 2-" off it
    names.name_bylines,  # a name alone under the headline
    feeds.title_over_subtitle,  # a blog platform's title over its subtitle and the writer's name
    names.name_above_headline,  # or over its date, when no byline is found
    names.outlet_in_date_line,  # or an outlet in the date line
    unread.unread_anchors,  # names without "By", date lines in forms the date patterns miss
    header.reviewer_byline,  # a review's "Reviewed by Name", when no byline is found
    byline_echoes.outlets_under_bylines,  # the site's name under a byline: the writers' paper, no author
    byline_echoes.desk_over_headline,  # a desk's name over the headline while a "By" line names a person: a label
    header.related_dates,  # titles above the headline each with its date: other stories
    header_furniture.dated_other_titles,  # a date under a related title, or under another title over the headline
    header.date_in_top_bar,  # the day's date over the menu, when the header dates the story under the headline
    header_credits.credits,  # photo credits, each crediting the caption above it
    byline_echoes.site_over_date,  # with no byline, the site's name over the date under the lead picture
    repeats.header_captions_once,
    feeds.editor_note,  # a wire editor's "(Adds ...)" under the headline: no standfirst
    credit_places.lead_caption_under_share_row,  # a description with no full stop under the share row
    header.deck,
    header.lead_captions,  # sentences left around the byline: lead-image captions, a bio
    pictures.lead_picture_agency,  # an agency alone under a lead picture's caption credits it
    scene_captions.lead_scene_captions,  # a line left under the headline dating a scene: the lead picture's
    repeats.header_captions_once,
)
BODY_PASSES: tuple[Pass, ...] = (
    body.body_lines,  # the first-match table BODY_RULES, line by line
    runs.decide_runs,  # runs of same-shaped lines decided together: RUN_RULES
    inserts.teaser_headings,
    feeds.story_after_jump,  # an e-edition's "Continued on Page A4": the story goes on after it
    inserts.embedded_posts,
    pictures.video_captions,
    credit_places.credits_above_captions,
    caption_shapes.bare_captions,  # captions with no credit, told by their shape and place
    scene_captions.captions_read_as_headings,  # a line taken for a subheading that dates a scene or names one
    scene_captions.people_in_the_picture,  # a sentence saying what a person named does, in the present
    graphics.graphic_titles,  # a chart's, a map's or a gallery's title
    graphics.chart_titles_over_notes,  # a chart's title over what it measures, over its source
    scene_captions.captions_by_evidence,  # a line alone between paragraphs whose evidence says it is a caption
    inserts.pull_quotes,
    repeats.body_captions_once,
    standfirst.title_opening_the_story,  # no headline in the header: a title opening the text
    standfirst.standfirst_in_body,  # the first paragraph, when the story's opening or lead picture follows it
    tail.end_of_story,  # promo lines and end notes among the last lines
)
AFTER_PASSES: tuple[Pass, ...] = (
    feeds.database_abstract,  # a library record's "Abstract" label over its standfirst
    pictures.closing_captions,  # pictures under the last paragraph
    closing_gallery.gallery_after_story,  # a gallery under the last paragraph: its label, its slides
    notes.after_story,  # end notes and bios below the body
    under_story.date_under_story,  # with no date in the header, a labelled date line under the story
    under_story.signed_under_story,  # with no byline, a name signed with a dash under the story
    names.bio_byline,  # with no byline printed, the author's bio names the author
)
WEB_PASSES = HEADER_PASSES + BODY_PASSES + AFTER_PASSES
EXPORT_PASSES = BODY_PASSES  # an export's body (its header read from labelled fields): every line is body
# Wire copy, after all the others (also on a page with no story): its first line is its headline.
WIRE_PASSES: tuple[Pass, ...] = (wire.wire_headline, feeds.headline_version, wire.wire_slug)


def classify(
    lines: list[Line], *, body_only: bool = False, layout: Layout = "web", slug: str | None = None, trace: bool = False
) -> Page:
    """Decide what every line is. With `body_only` (an export's body, its header read from
    labelled fields), there is no header to find: every line is body, bylines at its top aside.
    Wire copy (`layout`) opens with its headline, under its `slug`. With `trace`, every decision
    is kept in `page.trace` (for `--explain`: the rules a line's rule overruled)."""
    page = Page(lines, features(lines), body_only=body_only, layout=layout, slug=slug, trace=trace)
    page.numbered, page.numbered_titles = span.numbered_lines(lines)
    if not body_only:
        page.spaced = spaced_page(lines)
        page.shaped = shaped_runs(lines, page.feats, page.spaced)
    page.caption_labels = pictures.caption_labels(lines, page.feats)
    found = span.export_span(page) if body_only else span.story_span(page)
    if found:
        for step in EXPORT_PASSES if body_only else WEB_PASSES:
            step(page)
    if layout == "wire":
        for step in WIRE_PASSES:
            step(page)
    return page


# Every rule's example, by the rule's name: the body's table carries its own; the passes' modules
# keep theirs in EXAMPLES, beside their rules.
RULE_EXAMPLES: dict[str, str] = {rule.name: rule.example for rule in body.BODY_RULES}
for _module in (
    span,
    headline,
    feeds,
    header,
    header_furniture,
    names,
    byline_echoes,
    unread,
    wire,
    standfirst,
    pictures,
    repeats,
    credit_places,
    closing_gallery,
    caption_shapes,
    scene_captions,
    graphics,
    inserts,
    runs,
    tail,
    notes,
    under_story,
):
    RULE_EXAMPLES.update(_module.EXAMPLES)


def read_example(example: str) -> Page:
    """Classify a rule's example (see `examples.py`), every decision traced."""
    mode, text = "web", example
    if example.startswith("# "):
        first, _, text = example.partition("\n")
        mode = first[2:].strip()
    normal, joined = normalize_mapped(text)
    lines = split_lines(normal, joined=joined)  # numbered as the input (a drop cap's join shows)
    slug = lines[0].text if mode == "wire" and lines else None
    layout: Layout = "wire" if mode == "wire" else "web"
    return classify(lines, body_only=mode == "export", layout=layout, slug=slug, trace=True)
