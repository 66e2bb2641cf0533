"""The standfirst printed in the story's first lines: a summary line the body pass read as the first
paragraph, told apart from a lead paragraph by what follows it - the story's own opening (a dateline, a drop
capital) or the lead picture."""

from __future__ import annotations

from collections.abc import Callable

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from ..datelines import read_dateline
from ..model import Record
from . import examples as ex
from .echo import line_stems
from .page import Decision, Page, Role, Weighed
from .words import title_case

_ABOVE_A_BARE_TITLE = frozenset((Role.DATE, Role.BYLINE, Role.DEBRIS))  # a text with no header but these

MAX_WORDS = 60  # a standfirst is one or two sentences
SHORT_SUMMARY = 30  # a standfirst told by its place above the lead picture is one short sentence
UNCLOSED_SUMMARY = 12  # a standfirst printed without its full stop is a whole sentence, not a teaser's few words


# what a picture shows its subject doing ("Workers inspect the wall", "Ada Rowe pictured at the quay")
_PICTURE_VERBS = frozenset(w for w in L.CAPTION_SCENE_WORDS if w not in L.CAPTION_PREPOSITIONS)
_OPENS_QUOTE = ("“", '"', "‘", "'", "«", "„")  # a quotation opening the story is its lead, not a summary


class Evidence(Record):
    """What follows a first paragraph that makes it the standfirst (`rule` names it in `--explain`)."""

    rule: str
    after: Callable[[Page, int], bool]  # the line after the candidate (page furniture skipped)
    example: str


def _dateline_after(page: Page, k: int) -> bool:
    """The story opens after it with its dateline ("RIVERTON, Maine, March 12, 2021 /PRNewswire/ -- ...", or the
    dateline alone on its line): what stands above it is the release's or the story's summary."""
    d = page.decisions[k]
    if d.role is Role.DEBRIS:
        return d.reason == "dateline"
    return d.role is Role.PARAGRAPH and read_dateline(page.lines[k].text) is not None


def _drop_cap_after(page: Page, k: int) -> bool:
    """The story opens after it with a drop capital, its first letter printed alone on a line ("A" / "dam
    Schiff's ..."; the normaliser joins them, and the line then spans more input lines than its text holds)."""
    lines = page.lines
    if k + 1 >= len(lines) or page.decisions[k].role is not Role.PARAGRAPH:
        return False
    here, nxt = lines[k], lines[k + 1]
    breaks = nxt.start - nxt.indent - here.end  # the line breaks between the two in the normalised text
    return nxt.number - here.number > breaks


def _lead_picture_after(page: Page, k: int) -> bool:
    """The lead picture (its caption) follows it, then the story: the line sits above the picture, as a
    standfirst does, not under it as the story's first paragraph does (a sentence no longer than
    SHORT_SUMMARY words: a long first paragraph above a picture is the story's lead), the picture right under
    it (a gallery's counter between, "1 of 3", is a gallery set in the story)."""
    d = page.decisions
    if d[k].role is not Role.CAPTION or d[k - 1].role is Role.DEBRIS or page.feats[k - 1].words > SHORT_SUMMARY:
        return False
    nxt = _next_kept(page, k)
    while nxt is not None and page.decisions[nxt].role is Role.CAPTION:
        nxt = _next_kept(page, nxt)
    return nxt is not None and page.decisions[nxt].role is Role.PARAGRAPH and page.feats[nxt].prose


def _live_posts_after(page: Page, k: int) -> bool:
    """A live blog's posts follow it, each under its time stamp (a line between, "Follow our live coverage
    below", or none): what stands above the first post, under the dates, is the blog's summary when it
    speaks of what the headline does (a word of the headline again), not the opening of an older story."""
    d = page.decisions
    if d[k].role is Role.PARAGRAPH and page.feats[k].words <= SHORT_SUMMARY:
        nxt = _next_kept(page, k)
        k = nxt if nxt is not None else k
    if d[k].rule != "runs/live-times" or page.headline is None:
        return False
    first = _first_paragraph(page)
    return first is not None and bool(line_stems(page, first) & line_stems(page, page.headline))


_CLOSES_A_SENTENCE = (".", "!", "?", "”", '"', "’", "'", ")", "…")


def unclosed_over_story(page: Page, i: int, k: int | None) -> bool:
    """Line `i` ends with no mark at all and shares a word with the headline, and the story's first paragraph `k`
    follows it, closed as prose is: a standfirst printed after the byline, the date or the reading time, as a
    summary is printed, without its full stop ("By Name" / "6 May 2024" / "Mooring fees rose by a fifth as the
    harbour board cleared its debts" / the story); a sentence of UNCLOSED_SUMMARY words or more in sentence case."""
    if k is None or page.headline is None or (k != page.body_start and page.decisions[k].role is not Role.PARAGRAPH):
        return False  # (the header is read before the body: its first line is not yet a paragraph)
    here, nxt = page.lines[i].text, page.lines[k].text
    if not (here[-1:].isalnum() and nxt.endswith(_CLOSES_A_SENTENCE) and page.feats[k].prose):
        return False
    if page.feats[i].words < UNCLOSED_SUMMARY or ":" in here or ";" in here or title_case(here):
        return False  # a teaser or a subheading ("Harbour Trust Names New Chair"), a box's fields ("Reviewed by: ...")
    return bool(line_stems(page, i) & line_stems(page, page.headline)) and not _describes_a_picture(here)


def _describes_a_picture(text: str) -> bool:
    """A picture's caption with no credit, not a summary: its subject then a verb of what the picture shows, in the
    present ("Crews inspect the flooded road at Millbrook on Monday"), or a caption's own words ("pictured")."""
    words = text.split(None, 4)[1:4]
    return any(w in _PICTURE_VERBS or w + "s" in _PICTURE_VERBS for w in words) or C.caption_cue(text)


def _story_after_unclosed_summary(page: Page, k: int) -> bool:
    """`unclosed_over_story` for the body's first paragraph, the story's opening `k` under it."""
    i = _first_paragraph(page)
    return i is not None and unclosed_over_story(page, i, k)


_DECK = "Island shops have run short of food and fuel as the ferry strike enters its third day."
_TITLE = "Ferry Strike Halts Island Deliveries"
_FOLLOW = "Follow our live coverage below."
_LEAD = (
    "The ferry strike entered its third day on Monday, and operators said deliveries of food and fuel to the "
    "island had stopped."
)

# First match wins.
STANDFIRST_EVIDENCE: tuple[Evidence, ...] = (
    Evidence(
        "header/standfirst-before-dateline",
        _dateline_after,
        ex.header(_TITLE, "March 12, 2021", _DECK, "HARBOURTON, Maine (AP) — " + _LEAD),
    ),
    Evidence(
        "header/standfirst-before-drop-cap",
        _drop_cap_after,
        ex.header(_TITLE, "By Jane Doe", _DECK, "T\nhe ferry strike entered its third day on Monday."),
    ),
    Evidence(
        "header/standfirst-over-live-posts",
        _live_posts_after,
        "\n\n".join((_TITLE, "March 12, 2021", _DECK, _FOLLOW, "10:05", _LEAD, "09:40", ex.MIDDLE, "09:10", ex.CLOSING))
        + "\n",
    ),
    Evidence(
        "header/standfirst-unclosed-over-story",
        _story_after_unclosed_summary,
        ex.header(_TITLE, "By Jane Doe", "March 12, 2021", _DECK.rstrip("."), _LEAD),
    ),
    Evidence(
        "header/standfirst-above-lead-picture",
        _lead_picture_after,
        ex.header(_TITLE, "March 12, 2021", _DECK, "Dock workers at the gate on Monday. Jane Doe/AP"),
    ),
)


def _next_kept(page: Page, i: int) -> int | None:
    """The next line after `i` within the body that is not page furniture."""
    for k in range(i + 1, page.body_end + 1):
        if page.decisions[k].role is not Role.DEBRIS or page.decisions[k].reason == "dateline":
            return k
    return None


def _first_paragraph(page: Page) -> int | None:
    """The body's first line, when the body pass read it as a paragraph (page furniture before it skipped)."""
    for k in range(page.body_start, page.body_end + 1):
        role = page.decisions[k].role
        if role is Role.PARAGRAPH:
            return k
        if role not in (Role.DEBRIS, Role.CAPTION):  # (a lead picture above it)
            return None
    return None


_QUOTE_ENDS = ("'", "’", '"', "”", "»", "“")
_QUOTE_STOPS = (",", "?", "!", "…")


def quote_led_summary(text: str) -> bool:
    """A summary that opens with a quotation and names its speaker with a present-tense cue, printed without a full
    stop, as a headline is ("'The sea has taken our season,' say fishermen who ...", "\"Why us?\" residents ask as
    ..."): a standfirst; the story's lead quote is closed and reported in the past."""
    if text[:1] not in _OPENS_QUOTE or not text[-1:].isalnum():
        return False  # the cheap test first
    for k in range(2, min(len(text) - 2, 160)):
        if text[k] in _QUOTE_ENDS and (text[k - 1] in _QUOTE_STOPS or text[k + 1] == ","):
            after = text[k + 1 :].lstrip(", ").split(None, 3)[:3]
            return any(w.lower() in L.STANDFIRST_QUOTE_CUES for w in after)
    return False


def _summary_shaped(page: Page, i: int) -> bool:
    """A sentence or two of prose that opens with neither a dateline nor a quotation (but a quote-led summary)."""
    f, t = page.feats[i], page.lines[i].text
    return (
        f.prose
        and (t[:1].isupper() or quote_led_summary(t))  # a sentence, not a list of tags
        and 6 <= f.words <= MAX_WORDS
        and (not t.startswith(_OPENS_QUOTE) or quote_led_summary(t))
        and not t.endswith(":")
        and read_dateline(t) is None
        and len(P.SENTENCE_BREAK.findall(t)) <= 1
    )


def title_opening_the_story(page: Page) -> None:
    """With no headline found in the header, a title-shaped first line of the body that opens the text (only
    date lines, bylines and page furniture above it) is the headline: the page printed no header above it."""
    if page.headline is not None:
        return
    i = _first_paragraph(page)
    if i is None or any(page.decisions[k].role not in _ABOVE_A_BARE_TITLE for k in range(i)):
        return
    f, t = page.feats[i], page.lines[i].text
    if not 4 <= f.words <= 25 or t.endswith((".", ":", ",")) or t.startswith(_OPENS_QUOTE):
        return
    if P.SENTENCE_BREAK.search(t) or read_dateline(t) is not None:
        return
    nxt = _next_kept(page, i)
    if nxt is not None and page.decisions[nxt].role is Role.PARAGRAPH and page.feats[nxt].words > f.words:
        page.headline = i
        page.decide(i, Decision(Role.HEADLINE, rule="header/title-opening-the-story"))


def standfirst_in_body(page: Page) -> None:
    """The first paragraph is the standfirst when the story's own opening, or the lead picture, follows it."""
    if page.headline is None or page.deck is not None:
        return
    i = _first_paragraph(page)
    if i is None or not _summary_shaped(page, i):
        return
    k = _next_kept(page, i)
    if k is None:
        return
    for rule, after, _ in STANDFIRST_EVIDENCE:
        if after(page, k):
            page.deck = i
            page.decide(i, Decision(Role.DECK, rule=rule))
            page.deck_candidates.append(Weighed(i, True, ("opens-the-body", rule.partition("/standfirst-")[2])))
            return


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {name: example for name, _, example in STANDFIRST_EVIDENCE}
EXAMPLES["header/title-opening-the-story"] = ex.header(
    "Last Updated : Mar 12, 2024 09:10 AM IST | Source: Harbour Wire",
    "Roof repairs cost twice the budget and the library is closing; time to ask the county?",
)
