"""The headline: the title-like header line that scores best (repeats, length, closeness to the byline).

The named weights are in `weights`; what rules a line out is in `vetoes`, the evidence read across the
header (a line printed again, its words back in the story, a list of links) in `evidence`.
"""

from __future__ import annotations

from .. import patterns as P
from .. import rx
from . import examples as ex
from .echo import (
    HEADER_WINDOW,
    printed_after_label,
    repeated_title,
    same_key_lines,
    story_echo,
    story_stems,
    titled,
    without_site_name,
)
from .evidence import (
    deck_between,
    heads_summary,
    in_title_run,
    labelled_author,
    opens_in_lower_case,
    second_line,
    short_sentences_over_standfirst,
    title_over_subtitle,
    under_its_title,
    under_quoted_title,
    under_rating,
    under_related_label,
    under_section_label,
    under_time_stamp,
)
from .fact_lines import score_box_line
from .features import Features
from .header_anchors import Anchors
from .life import life_years, obituary_core, obituary_title
from .page import Candidate, Decision, HeadlineScore, Page, Role
from .vetoes import headline_veto
from .weights import HEADLINE_WEIGHTS
from .words import key_of

_KICKER_ENDS = ("—", "–", "-", "|", ":", "»")  # "Exclusive:", "Analysis |": a kicker over the headline


_REPORTED_SPEECH = rx.compile(r"[”\"],?\s++(?:\p{L}++\s++){0,6}(?:said|told|wrote|added)\b")  # a quote, who said it


_CONJUNCTIONS = frozenset(("And", "But", "Or", "So", "Yet", "Plus"))  # a line opening with one continues another


HEADLINE_MARGIN = 0.5  # a headline that wins by less is reported as uncertain
MIN_SCORE = 0.5  # less evidence than this for the best line: no headline
MAX_GAP = 5  # lines between a headline and its byline counted against it: a menu or a box between costs no more


_W = {name: weight.value for name, weight in HEADLINE_WEIGHTS.items()}


class _Tally:
    """A score being added up, with the name of every weight in it."""

    __slots__ = ("parts", "total")

    def __init__(self, name: str, value: float) -> None:
        self.total = value
        self.parts: list[tuple[str, float]] = [(name, value)]

    def add(self, name: str) -> None:
        value = _W[name]
        self.total += value
        self.parts.append((name, value))

    def add_group(self, parts: list[tuple[str, float]]) -> None:
        """Several parts added to the total as one term (their sum first)."""
        term = parts[0][1]
        for _, value in parts[1:]:
            term += value
        self.total += term
        self.parts += parts

    def score(self) -> HeadlineScore:
        return HeadlineScore(self.total, tuple(self.parts))


def read_headline(page: Page) -> None:
    """The headline, and its repeats above the body."""
    head = choose_headline(page)
    if head is not None:
        title = without_site_name(page, head)
        printed = _printed_again_below(page, head, title) if title is not None else None
        if printed is not None:  # the page's title over its header, the headline printed again in the header
            head, title = printed, None
            page.decide(head, Decision(Role.HEADLINE, rule="header/headline-under-page-title"))
        elif title is None:
            page.decide(head, Decision(Role.HEADLINE, rule="header/headline"))
        else:
            page.decide(head, Decision(Role.HEADLINE, text=title, rule="header/page-title-without-site"))
        page.headline = head
        mark_repeats(page, head, Decision(Role.DEBRIS, "repeated-headline", rule="header/repeated-headline"))
        _read_second_line(page, head, title)


def _read_second_line(page: Page, head: int, title: str | None) -> None:
    """A headline broken over two lines ("Ferry operator drops winter crossing" / "to the islands after losses"):
    the line under it opens with a word in lower case, which no title, standfirst or byline does, and the headline
    does not end like a sentence or a label. Both lines are the headline's text."""
    k = head + 1
    if k >= page.body_start or page.decisions[k].role is not Role.OUTSIDE or not second_line(page, k):
        return
    t = page.lines[k].text
    text = page.lines[head].text if title is None else title
    page.decide(head, Decision(Role.HEADLINE, text=text + " " + t, rule="header/headline-over-two-lines"))
    page.decide(k, Decision(Role.DEBRIS, "repeated-headline", rule="header/headline-second-line"))


def _printed_again_below(page: Page, head: int, title: str) -> int | None:
    """The page's title chosen ("Storm hits coast - Coastal Herald" opening the text), the headline printed again
    without the site's name lower in the header, under the menu: that line is the headline's place, where its
    byline and dates are printed beside it (the site's name under the page title is no byline)."""
    key = key_of(title)
    for k in range(head + 1, min(page.body_start, head + HEADER_WINDOW)):
        if page.feats[k].key == key and page.decisions[k].role is Role.OUTSIDE:
            return k
    return None


def mark_repeats(page: Page, i: int, repeat: Decision) -> None:
    """The line printed again above the body: as it is, or as the page's title with the site's
    name after it ("Storm hits coast - The Ledger", "Storm hits coast | Ledger News")."""
    feats, d = page.feats, page.decisions
    key = feats[i].key
    for k in range(page.body_start):
        if k == i or d[k].role not in (Role.OUTSIDE, Role.CAPTION):
            continue
        if feats[k].key == key or titled(feats[k].text, feats[i].text):
            page.decide(k, repeat)


def choose_headline(page: Page) -> int | None:
    """The header line with the most evidence for being the headline (see `headline_score`).
    Every candidate's score is kept in `page.headline_scores`."""
    d, feats, lines = page.decisions, page.feats, page.lines
    best, best_score = None, MIN_SCORE
    # what each header line anchors (byline, date, name), and the story's words: read once, at the first
    # candidate scored, for every candidate
    anchors: Anchors | None = None
    story = frozenset[str]()
    for i in range(max(0, page.body_start - HEADER_WINDOW), page.body_start):
        if d[i].role is not Role.OUTSIDE or feats[i].words < 2 or labelled_author(lines, i):
            continue  # (a word alone: vetoed by size, checked here first as most menu lines are one word)
        # a name alone is a byline, unless an explicit byline follows it ("Storm Batters Coast" / "By ...")
        if feats[i].name_like == 2 and not (
            i + 1 < len(lines) and d[i + 1].role is Role.BYLINE and feats[i + 1].byline
        ):
            page.headline_passed_over.append(Candidate(i, False, "has the shape of a name alone: a byline's"))
            continue
        veto = headline_veto(page, i)
        if veto is not None:
            if feats[i].words >= 3:  # a title's length: say why it is no headline
                page.headline_passed_over.append(Candidate(i, False, f"ruled out: {veto}"))
            continue
        if anchors is None:
            anchors, story = Anchors(page, i), story_stems(page)
        score = headline_score(page, i, anchors, story)
        page.headline_scores.append((i, score))
        if score.total > best_score:
            best, best_score = i, score.total
    if best is not None and feats[best].dup > 1:  # a repeated title: its first printing
        key = feats[best].key
        best = next(i for i in range(page.body_start) if feats[i].key == key and d[i].role is Role.OUTSIDE)
    return best


def headline_doubt(page: Page) -> str | None:
    """The line that came within HEADLINE_MARGIN of the chosen headline's score, if any (a
    line of other words: not the headline printed again)."""
    if page.headline is None:
        return None
    key = page.feats[page.headline].key
    mine = [score.total for i, score in page.headline_scores if page.feats[i].key == key]
    if not mine:
        return None  # decided otherwise than by score (wire copy)
    best = max(mine)
    close = sorted(
        (
            (score.total, i)
            for i, score in page.headline_scores
            if page.feats[i].key != key and best - score.total < HEADLINE_MARGIN
        ),
        reverse=True,
    )
    return next((page.lines[i].text for _, i in close if not _settled_otherwise(page, i)), None)


def _settled_otherwise(page: Page, i: int) -> bool:
    """A line that came close to the headline but what it is was settled once the header was read: the standfirst
    under it, longer than it (a title over its standfirst), or the headline printed again as the page's title
    ("Floods close schools - Coast News")."""
    head = page.headline
    if head is None:
        return False
    if i == page.deck and page.feats[i].words > page.feats[head].words:
        return True
    return titled(page.lines[i].text, page.lines[head].text)


def headline_score(
    page: Page, i: int, anchors: Anchors | None = None, story: frozenset[str] | None = None
) -> HeadlineScore:
    """How much a header line looks like the headline, weight by weight (a line no veto rules out:
    see `headline_veto`).

    A headline has a few words, no sentence punctuation, is often printed again (as the page's
    title, at the end of share text), its words come back in the story, and it sits just above
    the byline or date (or the body, when there is neither).
    """
    f = page.feats[i]
    t = page.lines[i].text
    size = "four-words-or-more" if f.words >= 4 else ("three-words" if f.words == 3 else "two-words")
    tally = _Tally(size, _W[size])
    if i == 0 and f.words <= 3:
        tally.add("short-title-opening-the-text")
    if f.words > 40:
        tally.add("over-forty-words")
    sentences = P.has_sentence_break(t)
    if (not sentences or f.words <= 15) and not t.endswith("."):
        if repeated_title(page, i):
            tally.add("printed-again")
        elif printed_after_label(page, i):
            tally.add("printed-after-a-label")
    if f.all_caps:
        tally.add("all-caps-short" if f.words <= 4 else "all-caps")
    ends = sentences and P.ends_sentence(t)
    # "The farms are coming back. The permits aren't." over its standfirst: a title's sentences, counted neither
    # as a sentence's end nor as a full stop (a text ending in "." ends like a sentence)
    titled = ends and short_sentences_over_standfirst(page, i)
    if ends and not titled:
        tally.add("ends-like-a-sentence")
    elif sentences and not ends:
        tally.add(_inner_break(t))
    if t.endswith(".") and not titled:
        tally.add("full-stop")
    if t.endswith(_KICKER_ENDS) and not _closes_a_quote(t):
        tally.add("kicker-end")
    if (":" in t or "|" in t) and P.GALLERY_TITLE.match(t):  # (its label ends at a colon or a bar)
        tally.add("gallery-title")
    _add_shape(f, t, tally)
    kind, gap, summary = _add_anchor(page, i, Anchors(page, i) if anchors is None else anchors, tally)
    if in_title_run(page, i) and not summary and not (kind in ("byline", "name", "weak-name") and gap == 0):
        tally.add("in-list-of-links")
    _add_place(page, i, tally)
    echo = story_echo(page, i, story_stems(page) if story is None else story)
    if echo:
        tally.add_group([("words-back-in-the-story", _W["words-back-in-the-story"] * echo)])
    return tally.score()


def _closes_a_quote(t: str) -> bool:
    """A title ending in a quote that closes with a guillemet ("La valle insorge: «Basta tagli»"): its end is the
    quote's, no kicker's ("Esclusivo »", "Dossier »" point on to a headline and open no quote)."""
    return t[-1] == "»" and "«" in t


def _inner_break(t: str) -> str:
    """What the sentence breaks inside a line (not ending it) say: a title's exclamation ("... are married! See
    the photos"), a title's question answered in a few words ("Did parking get cheaper? Not after
    six"), or sentences."""
    if "." in t or ("!" not in t and "?" not in t):
        return "sentence-inside"
    marks = [m for m in P.SENTENCE_BREAK.finditer(t)]
    if all(m.group()[0] == "!" for m in marks):
        return "exclaims"
    if len(marks) == 1 and marks[0].group()[0] == "?" and len(t[marks[0].end() - 1 :].split()) <= 6:
        return "asks-and-answers"
    return "sentence-inside"


def _add_shape(f: Features, t: str, tally: _Tally) -> None:
    """What else the line's own words say: a name's shape, a continuation, reported speech."""
    if f.name_like == 1 and (f.words <= 4 or "," in t):  # a longer line in capitals is a title's shape too
        tally.add("name-shaped")
    if _continues(t):
        tally.add("continues-a-line")
    if f.words >= 8 and ('"' in t or "”" in t) and _REPORTED_SPEECH.search(t):  # (after a closing quote mark)
        tally.add("reported-speech")
    if f.words <= 8 and life_years(t):
        tally.add("life-years")
    # (each tested first for what it cannot be without, at C speed: an obituary's label, a score's separator)
    if f.words <= 30 and obituary_core(t) and obituary_title(t):
        tally.add("obituary-title")
    if f.words <= 10 and ("-" in t or "–" in t or ":" in t or "," in t or "'" in t or "’" in t) and score_box_line(t):
        tally.add("score-line")


def _continues(t: str) -> bool:
    """The line carries on the one above it: it opens with a conjunction ("And what one town did"), or with a word in
    lower case, which no title opens with ("to the islands after losses")."""
    return t.split(" ", 1)[0] in _CONJUNCTIONS or opens_in_lower_case(t)


def _add_place(page: Page, i: int, tally: _Tally) -> None:
    """Where the line sits besides its anchor: first in the text, under its title, in a box of links."""
    if i == 0:
        tally.add("first-line")
    elif under_its_title(page, i):
        tally.add("under-its-title")
    if under_section_label(page, i):
        tally.add("under-its-section-label")
    if under_related_label(page, i):
        tally.add("under-a-related-label")
    elif under_time_stamp(page, i):
        tally.add("under-a-time-stamp")
    elif under_quoted_title(page, i):
        tally.add("under-a-quoted-title")
    elif under_rating(page, i):
        tally.add("under-a-rating")


def _add_anchor(page: Page, i: int, anchors: Anchors, tally: _Tally) -> tuple[str | None, int, bool]:
    """Add the weight of the nearest anchor below line `i` (byline, date, name; else the body), within
    40 lines, less the unread lines between; what the anchor is, how many lines between, and whether
    summary points sit between."""
    feats = page.feats
    key = feats[i].key
    subtitle = title_over_subtitle(page, i)
    deck = deck_between(page, i) or subtitle
    lo = anchors.lo
    first, stop = i + 1 - lo, min(page.body_start, i + 40) - lo
    anchor, bonus, kind = "above-body", _W["above-body"], None
    last = anchors.next_anchor[first] if first < stop else stop
    if last < stop:
        kind = anchors.kinds[last]
        anchor = "above-" + str(kind)
        bonus = _W[anchor] / (max(1, len(page.date_lines)) if kind == "date" else 1)
    else:
        last = max(first, stop)
    # the unread lines between, the headline printed again among them aside; the first line of
    # other words below is the standfirst when one reads like it
    gap = anchors.unread_before[last] - anchors.unread_before[first]
    for j in same_key_lines(page, i):
        if i < j < last + lo and anchors.unread[j - lo]:
            gap -= 1
    if deck:
        n = anchors.next_outside[first]
        while n < last and feats[lo + n].key == key:
            n = anchors.next_outside[n + 1]
        if n < last and anchors.unread[n]:
            gap -= 1
    parts = [(anchor, bonus)]
    summary = heads_summary(page, i)
    if deck or summary:
        parts.append(("deck-or-summary-between", _W["deck-or-summary-between"]))
    if gap:
        parts.append(("line-between", _W["line-between"] * min(gap, MAX_GAP)))
    tally.add_group(parts)
    return kind, gap, summary or subtitle  # (a title over its subtitle is no link in a list either)


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/headline": ex.story(),
    "header/repeated-headline": ex.header(ex.HEADLINE, "Share", ex.HEADLINE, ex.BYLINE),
    "header/page-title-without-site": ex.header(ex.HEADLINE + " - Harbour Herald", "News", "Sport"),
    "header/headline-over-two-lines": ex.header("Ferry operator drops winter crossing", "to the islands", ex.BYLINE),
    "header/headline-second-line": ex.header("Ferry operator drops winter crossing", "to the islands", ex.BYLINE),
    "header/headline-under-page-title": ex.header(
        ex.HEADLINE + " - Harbour Herald", "Harbour Herald", "News", "Sport", ex.HEADLINE, "Harbour Wire", "03/03/2024"
    ),
}
