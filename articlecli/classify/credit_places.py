"""Credits printed above their captions: the lead picture's under the header, one under a share row, one glued to
the caption under it, or one whose neighbours say which picture it is (see `caption_shapes.story_over_picture`)."""

from __future__ import annotations

from .. import captions as C
from .. import lexicon as L
from ..datelines import read_dateline
from . import examples as ex
from .caption_shapes import story_over_picture
from .features import QUESTION_WORDS, Features, quoted
from .page import Decision, Page, Role
from .words import READER_WORDS, title_case

_WORD_EDGES = "\"“”‘’'()[],.;!?"
_SCENE_OR_PLACE = frozenset((*L.CAPTION_SCENE_WORDS, *L.CAPTION_PLACE_WORDS, "near", "during"))


def credit_above_caption(page: Page, i: int) -> bool:
    """The credit at `i` is printed above its caption: glued to a caption-shaped line below it and set
    apart from the line above, or above a labelled caption ("Image copyright Getty Images" / "Image
    caption Trucks queued at the terminal")."""
    lines = page.lines
    k = i + 1
    lead = _lead_picture_credit(page, i)
    if k >= len(lines):
        return False
    apart = lines[k].blank_before and lines[i].blank_before and i > 0  # set apart from both: spacing says nothing
    if lines[k].blank_before and not lead and not apart:
        return False
    f = page.feats[k]
    if not 3 <= f.words <= 30 or f.debris is not None or f.credit is not None or f.date_line or f.byline is not None:
        return False
    if C.caption_lead(lines[k].text) is not None:
        return True  # a labelled caption under it, however spaced ("Image source, PA" / "Image caption, ...")
    if quoted(lines[k].text):  # a quotation under a lead picture's credit is the deck or the story
        return False
    if _under_subheading(page, i, k):
        return True
    if apart and not lead:
        return _under_share_row(page, i) or story_over_picture(page, i - 1, k)
    if lines[i].blank_before or i == 0 or lead:
        return True
    above = page.decisions[i - 1]  # the picture above has its credit: this one is the next picture's
    if above.role is Role.CAPTION and above.text is not None and above.credit is not None:
        return True
    return _under_share_row(page, i) or story_over_picture(page, i - 1, k)


def _under_subheading(page: Page, i: int, k: int) -> bool:
    """The credit at `i` sits right under a subheading, which it cannot credit, over a short sentence (`k`) with the
    story going on under that, on a page printing other pictures' captions: the picture opens the section and the
    sentence is its caption ("A century of work" / "Screenshot / Facebook" / "The shack drew 4,000 visitors last
    spring." / the section's first paragraph). A page whose pictures print credits alone (no caption anywhere) puts
    the section's first paragraph there."""
    j, n = i - 1, k + 1
    if n >= len(page.lines) or page.feats[k].words > _SHORT_CAPTION or not page.feats[n].prose:
        return False
    above = page.feats[j]
    if not above.title or above.words > 8 or page.decisions[j].role not in (Role.HEADING, Role.OUTSIDE, Role.PARAGRAPH):
        return False
    if j <= page.body_start:
        return False  # (a subheading inside the story, not the header's title)
    return any(x.role is Role.CAPTION and x.text is not None for x in page.decisions)


_SHORT_CAPTION = 16  # the most words of a caption under a credit under a subheading


def _lead_picture_credit(page: Page, i: int) -> bool:
    """The credit at `i` sits right under the header's date or byline, a sentence under it and the story's
    dateline under that ("May 10, 2024" / "Photo courtesy of Acme" / "Sen. Ada Rowe speaks ..." / "LINCOLN — ..."):
    the lead picture's credit, printed above its caption (a credit never belongs to the date above it), however
    the lines are spaced."""
    k = i + 2
    if i == 0 or k >= len(page.lines) or page.decisions[i - 1].role not in (Role.DATE, Role.BYLINE):
        return False
    return read_dateline(page.lines[k].text) is not None and read_dateline(page.lines[i + 1].text) is None


# What a picture opens under: a share row, a player's or a picture's label ("Image", "Listen to this article"), a
# reading time, a gallery's counter ("4 of 5", "Bild 2 von 3"): a credit right under one of them is printed above
# its caption.
_PICTURE_OPENERS = frozenset(("share", "player", "read-time", "gallery"))


def _under_share_row(page: Page, i: int) -> bool:
    """The credit at `i` sits right under a share row (or a player's label, a reading time): a picture opens
    there, so its caption is below ("Share" / "Email" / "Photo: Jo Lee/Harbor Press" / "Readers at the door.",
    "3 min read" / "© Wire / Jo Lee" / "Dancers lead the procession.")."""
    above = page.decisions[i - 1]
    return above.role is Role.DEBRIS and above.reason in _PICTURE_OPENERS


_ROW_ENDS = frozenset(("share", "read-time"))  # (under a player's label, a line is the player's title)


def lead_caption_under_share_row(page: Page) -> None:
    """A description with no full stop right under the header's share row (or a player's label), over the byline or
    the story's first paragraph, is the lead picture's caption with no credit: it says what it shows and where
    ("Listen" / "Share" / "The ferry tied up at Carrick pier this afternoon" / the byline), which no title does."""
    if page.headline is None:
        return
    d, lines, feats = page.decisions, page.lines, page.feats
    for i in range(page.headline + 1, page.body_start):
        t = lines[i].text
        if d[i].role is not Role.OUTSIDE or not t[-1:].isalnum() or not 5 <= feats[i].words <= 30:
            continue
        if d[i - 1].reason not in _ROW_ENDS or not _over_story(page, i + 1) or not _describes_a_scene(t, feats[i]):
            continue
        page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/lead-caption-under-share-row"))


def _over_story(page: Page, k: int) -> bool:
    """Line `k` opens the story or its byline: the story's first paragraph, a byline, or a name alone."""
    return k == page.body_start or (
        k < page.body_start and (page.decisions[k].role is Role.BYLINE or page.feats[k].name_like > 0)
    )


def _describes_a_scene(t: str, f: Features) -> bool:
    """A picture's description: words in small letters and a place among them ("at", "near", "during"), no title,
    label, question, quotation or words to the reader."""
    if f.all_caps or ":" in t or quoted(t) or title_case(t):
        return False
    words = [w.strip(_WORD_EDGES).lower() for w in t.split()]
    if words[0] in QUESTION_WORDS or not READER_WORDS.isdisjoint(words):
        return False
    return not _SCENE_OR_PLACE.isdisjoint(words[1:])


def credits_above_captions(page: Page) -> None:
    """A credit left alone, printed above its caption, credits the caption under it
    ("Courtesy of the Lund family" / "A family waits for the last boat.")."""
    d = page.decisions
    span = range(0, page.body_end + 1)
    above_seen = False  # a credit of the page's read above its caption before line `i`
    for i in span:
        if above_seen and d[i].rule == _UNDER_ITS_CAPTION and i + 1 in span and _as_the_page_prints(page, i):
            _credit_the_caption_below(page, i)
            continue
        if d[i].role is not Role.CAPTION or d[i].text is not None or i + 1 not in span:
            continue
        below = d[i + 1]
        if below.role is Role.CAPTION and below.credit is not None:
            continue
        if below.role not in (Role.CAPTION, Role.PARAGRAPH, Role.HEADING, Role.OUTSIDE):
            continue
        if not credit_above_caption(page, i):
            continue
        t = page.lines[i + 1].text
        text = below.text if below.role is Role.CAPTION else C.caption_lead(t) or C.strip_truncation(t)
        rule = "pictures/caption-under-credit"
        if _under_share_row(page, i):
            rule = "pictures/caption-under-share-row-credit"
        page.decide(i + 1, Decision(Role.CAPTION, text=text, credit=d[i].credit, rule=rule))
        page.decide(i, Decision(Role.DEBRIS, "caption-credit", rule="pictures/credit-above-caption"))
        above_seen = True


_UNDER_ITS_CAPTION = "pictures/credit-after-caption"


def _as_the_page_prints(page: Page, i: int) -> bool:
    """The credit at `i`, read as the sentence's above (`pictures/sentence-above-credit`), is set apart from both
    its neighbours (the spacing says nothing) and the line under it is a caption's short sentence over the story
    going on: on a page that prints its pictures' credits above their captions, it is the picture's below
    ("Crédit : Agence / Nom" / "Les promeneurs découvrent le sentier, samedi." under a sentence of the story)."""
    lines, d, feats = page.lines, page.decisions, page.feats
    j, k = i - 1, i + 1
    if d[j].rule != "pictures/sentence-above-credit" or not (lines[i].blank_before and lines[k].blank_before):
        return False
    if d[k].role is not Role.PARAGRAPH or not 3 <= feats[k].words <= _SHORT_CAPTION or quoted(lines[k].text):
        return False
    return feats[k].words < feats[j].words and k + 1 < len(lines) and d[k + 1].role in (Role.PARAGRAPH, Role.HEADING)


def _credit_the_caption_below(page: Page, i: int) -> None:
    """The credit at `i` goes to the caption under it; the sentence above is the story's again."""
    j, k = i - 1, i + 1
    credit = page.decisions[j].credit
    rule = "pictures/credit-above-as-the-page-prints"
    page.decide(j, Decision(Role.PARAGRAPH, rule=rule))
    text = C.strip_truncation(page.lines[k].text)
    page.decide(k, Decision(Role.CAPTION, text=text, credit=credit, rule=rule))
    page.decide(i, Decision(Role.DEBRIS, "caption-credit", rule=rule))


def story_source(page: Page, i: int) -> bool:
    """ "Source: Harbour Ferries Ltd" right under the headline or its standfirst, or beside the story's date, no
    picture beside: whom the story (a release, a statement) comes from, not a picture's credit (a chart's source sits
    under the chart, in the body). Left to the header's furniture."""
    d, t, head = page.decisions, page.lines[i].text, page.headline
    if head is None or i < head or not t[:8].lower().startswith(_SOURCE_LABELS):
        return False
    beside = {d[k].role for k in (i - 1, i + 1) if 0 <= k < len(page.lines)}
    return Role.CAPTION not in beside and bool({Role.HEADLINE, Role.DECK, Role.DATE} & beside)


_SOURCE_LABELS = tuple(f"{lead}:" for lead in L.DATA_SOURCE_LEADS)


# How the first line of a credit broken over two ends: a mark or a word joining it to the second ("Photo by Jo Lee,"
# / "Harbour Press"; "Jo Lee/" / "Harbour Press"; "Jo Lee for" / "The Harbour Gazette").
_CREDIT_JOINS = (",", "/", "|", "&", " via", " for", " and", " of")


def continued_credit(page: Page, i: int, credit: str) -> str:
    """The credit at `i`, with its second line when it is printed over two ("Photo by Devan Iyer," / "Marrow
    Lifeboats"): the first ends joined to the next, a short name in capitals that ends no sentence, glued to it
    or spaced as it is from the line above. The second line is then the credit's."""
    if not credit.endswith(_CREDIT_JOINS) or i + 1 >= len(page.lines):
        return credit
    k, lines = i + 1, page.lines
    f, t = page.feats[k], lines[k].text
    if lines[k].blank_before and not lines[i].blank_before:
        return credit
    if f.prose or f.debris is not None or not 1 <= f.words <= 5 or t.endswith((".", "?", "!", ":")):
        return credit
    if not C.title_words(t, 5):
        return credit
    page.decide(k, Decision(Role.DEBRIS, "caption-credit", rule="pictures/credit-second-line"))
    return f"{credit} {t}"


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "pictures/credit-above-caption": ex.body("Courtesy of the Lund family\nA family waits outside the library."),
    "pictures/credit-above-as-the-page-prints": ex.header(
        ex.HEADLINE,
        ex.BYLINE,
        "May 4, 2024",
        "Share",
        "Photo: Jo Lee/Harbor Press",
        "Readers at the library door.",
        "The mobile library will stop at the harbour twice a week, between May and October.",
        "Photo: Ana Ruiz/Harbor Press",
        "Volunteers pack the last boxes.",
    ),
    "pictures/caption-under-credit": ex.body("Image copyright Harbor Press\nImage caption Readers on the last day"),
    "pictures/lead-caption-under-share-row": ex.header(
        ex.HEADLINE, "May 4, 2024\nShare\nEmail\nReaders at the library door on its last day\n" + ex.BYLINE
    ),
    "pictures/caption-under-share-row-credit": ex.header(
        ex.HEADLINE, ex.BYLINE, "May 4, 2024\nShare\nEmail\nPhoto: Jo Lee/Harbor Press\nReaders at the library door."
    ),
}
