"""The body's short lines, those that are not running text: the rows of `BODY_RULES` after
"body/paragraph" (`SHORT_LINE_RULES`), first match wins: list items, table rows, blocks, speaker
labels, headings, and what is left as debris."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from . import examples as ex
from .body_readers import LineRule, already_decided, dialogue_turn, line_rule
from .features import Features
from .live import post_signature, post_stamp, post_writer
from .neighbours import (
    beside_figures,
    heading_shaped,
    in_block,
    in_short_run,
    row_set_apart,
    speaker_label,
)
from .page import Decision, Page, Role
from .products import spec_row
from .shapes import figures_row

_SIGNATURE_LEADS = tuple(L.SIGNATURE_LEADS)


def box_field(t: str) -> bool:
    """ "VERDICT: FALSE", "Our rating: Misleading", "Running time: 1hr 48min": a field of a fact-check's or a review's
    box (`patterns.BOX_FIELD`, which the header's box reads too), a line of the story's box, never a subheading."""
    return ":" in t[:24] and P.BOX_FIELD.match(t) is not None


def recipe_title(page: Page, i: int, t: str) -> bool:
    """A short title opening its block, glued over a recipe's yield line ("Serves 4", "Makes one 23cm tray", "Für 4
    Personen", `lexicon.RECIPE_YIELD_LEADS` and a count): the recipe's title, a subheading, not a line of its box."""
    lines, feats, below = page.lines, page.feats, i + 1
    if below > page.body_end:
        return False
    lead, _, rest = feats[below].key.partition(" ")  # (the line's key: "serves 4", "makes one 23cm tray")
    if lead not in L.RECIPE_YIELD_LEADS or feats[below].words > 12:
        return False
    count = rest.partition(" ")[0]
    if not (count[:1].isdigit() or count in L.COUNT_WORDS):
        return False
    if (lines[i].blank_after and not page.spaced) or t[-1:] in ".,;:!?":
        return False
    return lines[i].blank_before or feats[i - 1].prose or page.decisions[i - 1].role in _GONE  # its block's first


_GONE = (Role.CAPTION, Role.DEBRIS, Role.OUTSIDE)

_TWICE = "body/heading-printed-twice"
TWICE_HEADING_WORDS = 12  # a subheading printed twice: a few words, as a crosshead has


def heading_printed_twice(page: Page, i: int, f: Features, t: str) -> bool:
    """A subheading printed twice in a row (its text and the copy a page's anchor or accessible label adds): a short
    title-shaped line, the same line right under it, running text under the copy, and above it the end of running
    text or of a picture. A list's or a table's rows are never the same twice in a row, and a caption printed again
    ends in a full stop or its credit."""
    below = i + 1
    if below + 1 > page.body_end or f.words > TWICE_HEADING_WORDS or page.lines[below].text != t:
        return False
    if t[-1:] in ".,;:" or t[:1].islower() or (f.all_caps and f.words > 6):
        return False
    above = i - 1
    return page.feats[below + 1].prose and (
        above < page.body_start or page.feats[above].prose or page.decisions[above].role in _GONE
    )


# A subheading printed twice in a row, read before a question's rule or a block's rows could take either copy.
TWICE_RULES: tuple[LineRule, ...] = (
    line_rule(
        "body/heading-printed-twice",  # "Questions over flood defences" twice, then the section's text
        lambda s, i, f, t: i in s.twice and heading_printed_twice(s.page, i, f, t),
        Decision(Role.HEADING),
        ex.body("Questions over flood defences", "Questions over flood defences"),
        needs="twice",
    ),
    line_rule(
        "body/heading-copy",  # the subheading's second print
        lambda s, i, f, t: i - 1 in s.twice and s.page.decisions[i - 1].rule == _TWICE,
        Decision(Role.DEBRIS, "repeated-heading"),
        ex.body("Questions over flood defences", "Questions over flood defences"),
        needs="twice",
    ),
)


# The short lines' rules (a line that is not running text), in order, after "body/paragraph".
SHORT_LINE_RULES: tuple[LineRule, ...] = (
    line_rule(
        "body/capitals-link",  # "HARBOUR BAND CLEARED TO PLAY HITS AT THE FAIR ..."
        lambda s, i, f, t: f.all_caps and f.words > 6,
        Decision(Role.DEBRIS, "related"),
        ex.body("HARBOUR FESTIVAL RETURNS WITH FIREWORKS AND A FERRY PARADE"),
        lines="short",
    ),
    line_rule(
        "body/post-signature",  # "— Luis Carrasco-Ortiz" under a live post's text, over the next post's "2:15 p.m."
        lambda s, i, f, t: t[:1] in "—–-" and post_signature(s.page, i),
        Decision(Role.DEBRIS, "byline"),
        ex.body("11:20am", "Ferry workers walk out at dawn", ex.MIDDLE, "— Jane Doe", "10:05am", "Queues at the pier"),
        lines="short",
    ),
    line_rule(
        "body/list-item",
        lambda s, i, f, t: (
            P.LIST_ITEM.match(t) is not None and (P.NUMBERED_HEADING.match(t) is None or i in s.page.numbered)
        ),
        Decision(Role.PARAGRAPH),
        ex.body("- Roof repairs: two million pounds"),
        lines="short",
    ),
    line_rule(
        "body/post-time-stamp",  # "11:20am" glued over "Trucks queue at the terminal" over the post's text
        lambda s, i, f, t: post_stamp(s.page, i),
        Decision(Role.DEBRIS, "date-line"),
        ex.body("11:20am\nFerry workers walk out at dawn\n" + ex.MIDDLE),
        lines="short",
    ),
    line_rule(
        "body/post-writer",  # "10:12am" / "Schools shut on the lower estate" / "Nina Faleolo" / the post's text
        lambda s, i, f, t: post_writer(s.page, i),
        Decision(Role.DEBRIS, "byline"),
        ex.body("9:05 a.m.", "Ferry workers walk out at dawn", "Jane Doe", ex.MIDDLE),
        lines="short",
    ),
    line_rule(
        "body/recipe-title",  # "Lemon potato bake" / "Serves 4" / "Ingredients": the recipe's title, over its yield
        lambda s, i, f, t: f.words <= 10 and recipe_title(s.page, i, t),
        Decision(Role.HEADING),
        ex.body("Lemon potato bake\nServes 4\nIngredients\n1 kg new potatoes, halved\n2 lemons"),
        lines="short",
    ),
    line_rule(
        "body/line-of-a-block",
        lambda s, i, f, t: in_block(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body("Opening hours:\nMonday to Friday\nSaturday mornings"),
        lines="short",
    ),
    line_rule(
        "body/row-set-apart",  # "2 cups flour" / "" / "1 tsp salt" / "" / "3 eggs, beaten": a list set a block a line
        lambda s, i, f, t: row_set_apart(s.page, i),
        Decision(Role.PARAGRAPH),
        ex.body("For the batter", "2 cups plain flour", "Salt to taste", "1 tsp fine salt", "3 eggs, beaten"),
        lines="short",
    ),
    line_rule(
        "body/table-row",  # "Westfield 876 1,402 64" among "Old Town 2,310 1,877 95"; "Weight 540 g | Lid 2 cm"
        lambda s, i, f, t: (figures_row(t) and beside_figures(s.page, i)) or spec_row(t),
        Decision(Role.PARAGRAPH),
        ex.body("Turnout by ward:", "North Quay 1,204 48%", "Westfield 876 41%", "Old Town 2,310 52%"),
        lines="short",
    ),
    line_rule(
        "body/export-list-item",  # a list, one item a line: "1. Lisbon" / "2. Porto"
        lambda s, i, f, t: s.page.body_only and in_short_run(s.page, i),
        Decision(Role.PARAGRAPH),
        "# export\n" + ex.body("Finland", "Norway"),
        lines="short",
    ),
    line_rule(
        "body/signature-line",  # "Issued by: Ann Lee, Town Clerk": the signature of a notice reprinted whole
        lambda s, i, f, t: t[:1] in "IiSsAa" and t.lower().startswith(_SIGNATURE_LEADS),
        Decision(Role.PARAGRAPH),
        ex.body("The library will close on Friday at noon.", "Issued by: Ann Lee, Town Clerk, Harbour Council"),
        lines="short",
    ),
    line_rule(
        "body/transcript-direction",  # a broadcast transcript's stage direction: "(SOUNDBITE OF MUSIC)"
        lambda s, i, f, t: t[:1] in "([" and t[-1:] in ")]" and f.all_caps,
        Decision(Role.PARAGRAPH),
        ex.body("KATE ROWE, HOST: The library closes today.", "(SOUNDBITE OF DOOR CLOSING)", "ANN LEE: It was time."),
        lines="short",
    ),
    line_rule(
        "body/speaker-label",  # "Ann Lee, Mayor of Harbourton –" over "“…”": who speaks, no section's title
        lambda s, i, f, t: speaker_label(s.page, i, t),
        Decision(Role.PARAGRAPH),
        ex.body("Ann Lee, Mayor of Harbourton –", "“The library will reopen in the spring.”"),
        lines="short",
    ),
    line_rule(
        "pictures/credit-second-line",  # decided with the credit's first line above it (read before a title)
        lambda s, i, f, t: s.page.decisions[i].rule == "pictures/credit-second-line",
        already_decided,
        ex.body("Readers at the library door on its last day.\nPhoto by Jane Doe,\nHarbor Press"),
        lines="short",
    ),
    line_rule(
        "body/dialogue-turn",  # "—¿Hubo despidos?": an interview's question after the dash that opens a turn
        lambda s, i, f, t: dialogue_turn(t),
        Decision(Role.PARAGRAPH),
        ex.body("El puerto perdió la mitad de su carga, según la cámara.", "—¿Hubo despidos?", "—No, a nadie."),
        lines="short",
    ),
    line_rule(
        "body/box-field",  # "VERDICT: FALSE" under a fact-check's claim: the box's field, no section's title
        lambda s, i, f, t: ":" in t and box_field(t),
        Decision(Role.PARAGRAPH),
        ex.body("CLAIM: The library will close for good in May.", "VERDICT: FALSE"),
        lines="short",
    ),
    line_rule(
        "body/heading",
        lambda s, i, f, t: heading_shaped(s.page, i, f, t),
        Decision(Role.HEADING),
        ex.body("Costs doubled"),
        lines="short",
    ),
    line_rule(
        "body/long-line",
        lambda s, i, f, t: f.words >= 6,
        Decision(Role.PARAGRAPH),
        ex.body("the library will stay open until December,"),
        lines="short",
    ),
    line_rule(
        "body/export-line",  # in an export's body, nothing is page furniture
        lambda s, i, f, t: s.page.body_only,
        Decision(Role.PARAGRAPH),
        "# export\n" + ex.body("see you there"),
        lines="short",
    ),
    line_rule(
        "body/non-prose",
        lambda s, i, f, t: True,
        Decision(Role.DEBRIS, "non-prose"),
        ex.body("see you there"),
        lines="short",
    ),
)


EXAMPLES: dict[str, str] = {}
