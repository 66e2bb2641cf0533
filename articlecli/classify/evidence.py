"""Evidence about header lines that holds across sites: a line printed again (as the page's title, at
the end of share text), its words back in the story, a standfirst under its title, a list of links."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..dates import has_digit
from ..normalize import Line
from .echo import line_stems
from .fact_lines import match_box_row
from .features import Features
from .page import Page, Role
from .title_kinds import menu_row, title_kind
from .vetoes import headline_veto
from .words import WRITER_LINE_ENDS, content_words, key_of, title_case

AUTHOR_LABEL = rx.compile(r"(?:\L<labels>)\s*+:?", P.FLAGS, labels=P.phrase_list(L.AUTHOR_LABELS))
_AUTHOR_LABEL_FIRSTS = frozenset(label[0].casefold() for label in L.AUTHOR_LABELS)


# (and "read also" in other languages, "MIRÁ TAMBIÉN": words and spaces alone, each its own comparison form)
RELATED_LABELS = frozenset((*map(key_of, L.RELATED_BOX_LABELS), *L.FOREIGN_READ_ALSO, *L.FOREIGN_READ_ALSO_LABELS))


_TIME_ALONE = rx.compile(
    r"(?:[0-2]?\d[:.][0-5]\d|[01]?\d)\s*+(?:[ap]\.?\s?m\.?)?(?:\s++[A-Z]{2,4})?", P.FLAGS
)  # "4:52 p.m.", "10.42 GMT", "9 am"


def title_of_sentences(text: str, f: Features) -> bool:
    """A title in two short sentences, the last without a full stop ("Ann Lee has fired the same kiln for 31
    years. She isn't done with it yet"), or with one when both are short ("The farms are coming back. The
    permits aren't.", as newsletters and opinion pages title a post): read as prose, shaped as a title."""
    if not f.prose or f.words > 20 or text.endswith((",", ";", ":")):
        return False
    return (
        not P.ends_sentence(text) or _two_short_sentences(text, f) or _one_question(text) or _quote_without_stop(text)
    )


_CLOSING_QUOTES = "’'\"”"


def _quote_without_stop(text: str) -> bool:
    """A title of one sentence closing on a quotation with no stop inside its marks or after them ("Nilda Paz:
    "El agua no volvió a subir en todo el año"", "Port chief on the fire: “We were never told”"): a title
    drops the stop that a sentence prints before or after its closing mark ("... was “never told.”")."""
    return text[-1] in '"”' and text[-2:-1].isalnum() and P.SENTENCE_BREAK.search(text) is None


def _one_question(text: str) -> bool:
    """A title of one sentence that asks, or quotes a question at its end, with no break inside: "Is the ferry
    safe?", "Councillors grill port chief: ‘Where did the money go?’"."""
    return text.rstrip(_CLOSING_QUOTES).endswith("?") and P.SENTENCE_BREAK.search(text) is None


MAX_SHORT_TITLE = 12  # words of a title in two sentences, each closed by a full stop


def _two_short_sentences(text: str, f: Features) -> bool:
    """Two sentences of a dozen words in all: "Ferries are late. Nobody is counting." """
    return f.words <= MAX_SHORT_TITLE and sum(1 for _ in P.SENTENCE_BREAK.finditer(text)) == 1


def short_sentences_over_standfirst(page: Page, i: int) -> bool:
    """Line `i` is two short sentences, each closed, over a longer standfirst: a title that ends like a
    sentence, as newsletters and opinion pages print one, and no standfirst itself."""
    f = page.feats[i]
    return (
        f.prose
        and P.ends_sentence(page.lines[i].text)
        and _two_short_sentences(page.lines[i].text, f)
        and (deck_between(page, i))
    )


_PASSED = (Role.DEBRIS, Role.DATE)  # what may stand between a title and its standfirst


def under_its_title(page: Page, i: int) -> bool:
    """Line `i` reads as the standfirst of the title-shaped line above it (they share words; page furniture or a
    date line between or not: "Headline" / "Updated 9:10 AM" / the standfirst)."""
    d, feats = page.decisions, page.feats
    k = i - 1
    while k >= 0 and (d[k].role is Role.DEBRIS or (d[k].role is Role.DATE and feats[i].words >= 8)):
        k -= 1  # (past a date only for a standfirst's length: most lines under a date are no standfirst)
    return (
        k >= 0
        and d[k].role is Role.OUTSIDE
        and (feats[k].title or title_of_sentences(page.lines[k].text, feats[k]))
        and feats[k].words >= 4
        and not (feats[k].name_like and feats[k].words <= 4)
        # they share words, or the title above is in Title Case and this line is not (not the last of a list of
        # links above: "Harbour Ferries Names New Chief" / "Former port director to lead the operator")
        and (
            bool(line_stems(page, k) & line_stems(page, i))
            or (title_case(page.lines[k].text) and not title_case(page.lines[i].text))
            or _subtitle_over_byline(page, k, i)
        )
        and deck_between(page, k)
        and headline_veto(page, k) is None
    )


def related_label(page: Page, i: int) -> bool:
    """Line `i` is the label of a box of links to other stories ("Related", "RELATED", "More on:")."""
    return page.feats[i].key in RELATED_LABELS


def under_related_label(page: Page, i: int) -> bool:
    """Line `i` is in a box of links to other stories: up to five titles and a tag or two above it, the
    box's label ("See also", "More on:", "Related")."""
    k = i - 1
    for _ in range(7):
        if k < 0:
            return False
        if page.feats[k].key in RELATED_LABELS:
            return True
        if page.decisions[k].role not in (Role.OUTSIDE, Role.DEBRIS) or page.feats[k].prose:
            return False
        k -= 1
    return False


def under_section_label(page: Page, i: int) -> bool:
    """Line `i` stands right under a section's name printed again as its kicker: a word or two, not prose, whose
    text the page prints elsewhere (the menu's "Ciencia" over the kicker "CIENCIA"), or a kicker naming the story's
    kind (`lexicon.KICKER_LABELS`: "LIVE", "EN DIRECT", "Analysis"; read as a label, it may be debris)."""
    k = i - 1
    if k < 0 or (f := page.feats[k]).words > 2 or f.prose:
        return False
    return (f.dup > 1 and page.decisions[k].role is Role.OUTSIDE) or page.lines[k].text.casefold() in L.KICKER_LABELS


def under_time_stamp(page: Page, i: int) -> bool:
    """The line above `i` (page furniture skipped) is a time alone ("4:52 p.m.", "10.42 GMT"): a live blog's
    entry, its title under its time stamp."""
    k = i - 1
    while k >= 0 and page.decisions[k].role is Role.DEBRIS and page.decisions[k].reason != "date-line":
        k -= 1
    if k < 0 or len(page.lines[k].text) > 16 or not has_digit(page.lines[k].text):
        return False  # the cheap test first: a time stamp is a short line with digits
    return _TIME_ALONE.fullmatch(page.lines[k].text) is not None


_RATING_FIRST = frozenset("★☆✩✭✮⭐0123456789")  # how a rating line opens: a star or its score


def under_rating(page: Page, i: int) -> bool:
    """Line `i` is under a review's rating ("★★★☆☆", "4/5") that is under a title: the review's details (the venue
    and the run, "Kilnworth Playhouse, until 14 December"; the cast), which the review's last lines often repeat."""
    k = i - 1
    if k < 1 or page.lines[k].text[:1] not in _RATING_FIRST or len(page.lines[k].text) > 24:
        return False  # the cheap test first
    if P.RATING.match(page.lines[k].text) is None:
        return False
    above = page.feats[k - 1]
    return above.words >= 4 and above.title and not page.lines[k - 1].text.endswith(":")


_QUOTE_OPENERS, _QUOTE_CLOSERS = "“‘\"'«„", "”’\"'»“"


def under_quoted_title(page: Page, i: int) -> bool:
    """Line `i` is an interview's standfirst ("Rowing coach Tane Wiremu on the winter programme, ...") under a title
    that is a quote alone ("“We train in the dark four months a year”"): the title is the interviewee's words."""
    k = i - 1
    if k < 0:
        return False
    above = page.lines[k].text
    if above[:1] not in _QUOTE_OPENERS or above[-1:] not in _QUOTE_CLOSERS or page.feats[k].words < 3:
        return False  # the cheap test first: the line above opens and closes with a quote's marks
    return P.INTERVIEW_STANDFIRST.match(page.lines[i].text) is not None


def title_over_subtitle(page: Page, i: int) -> bool:
    """Line `i`, in Title Case, over a longer line in sentence case and then the byline or date (a label
    between or not): a title and its subtitle, as press releases print them ("Harbour Ferries Opens New
    Terminal" / "The terminal will handle twice the freight" / "News provided by" / "Harbour Ferries Inc.")."""
    d, feats, lines = page.decisions, page.feats, page.lines
    k = i + 1
    if feats[i].words < 4 or k + 1 >= page.body_start or d[k].role is not Role.OUTSIDE:
        return False  # (a label of a word or two over a title: "Auto News")
    if feats[k].words <= feats[i].words:
        return False
    if not title_case(lines[i].text) or title_case(lines[k].text) or feats[k].name_like:
        return False
    for j in range(k + 1, min(page.body_start, k + 4)):
        if d[j].role in (Role.BYLINE, Role.DATE) or feats[j].name_like:
            return True
        if d[j].role is not Role.DEBRIS and not lines[j].text.endswith((" by", ":")):
            return False
    return False


def deck_between(page: Page, i: int) -> bool:
    """The line after `i` reads like a standfirst (and `i` does not)."""
    d, feats, lines = page.decisions, page.feats, page.lines
    k = i + 1
    while k < page.body_start and (d[k].role is not Role.OUTSIDE or (k == i + 1 and second_line(page, k))):
        k += 1  # (past the title's own second line)
    if k >= page.body_start:
        return False
    f = feats[k]
    if not deck_like(lines[k].text, f) or (feats[i].prose and not title_of_sentences(lines[i].text, feats[i])):
        return False
    if _opens_text(page, i) and feats[i].words >= 5:
        return True  # the text opens with two titles: the first is the headline, then its standfirst
    if f.words < feats[i].words and not _subtitle_over_byline(page, i, k):
        return False
    # a standfirst ends like a sentence, or runs on for twice the title's length without a full stop
    # ("The £42m scheme will protect 3,000 homes along the river, but residents say it comes too late")
    if P.ends_sentence(lines[k].text) or (f.prose and f.words >= max(12, 2 * feats[i].words)):
        return True
    # a sentence-case line under a title, no full stop: "Why local news deserts are spreading" /
    # "And what one town did about it" (a Title Case line there would be the headline itself)
    # (not for the last of a list of links, whose next line is the headline)
    return f.words >= 5 and feats[i].words >= 5 and not title_case(lines[k].text) and not in_title_run(page, i)


def _subtitle_over_byline(page: Page, i: int, k: int) -> bool:
    """Line `k`, right under line `i` and right over the byline (furniture or a date between or not: "Share"), is a
    sentence-case summary of eight words or more: a standfirst, though shorter than a long headline ("Care home boss
    'stole £180,000 from residents to pay for cruises'" / "Graham Tolley denies 23 counts of fraud" / "By ...")."""
    d = page.decisions
    if page.feats[k].words < 8 or any(d[j].role not in _PASSED for j in range(i + 1, k)):
        return False
    n = next((n for n in range(k + 1, len(d)) if d[n].role is not Role.DEBRIS), len(d))
    if n >= len(d) or not _byline_or_name(page, n):
        return False
    # (under a title in Title Case, a shorter line in sentence case is the headline, the title a page's or a
    # promotion's: "Black Friday 2019: Grab The Hottest Deals Here" / "The 10 best early deals on laptops")
    return not title_case(page.lines[k].text) and not title_case(page.lines[i].text)


def _byline_or_name(page: Page, k: int) -> bool:
    """Line `k` is a byline, or a name alone not yet read as one ("Sam Whitlock" over the date), or a name of
    a name's shape only over its job title or its paper's staff ("Jorunn Vasquez" / "Record Staff",
    "Local Journalism Initiative Reporter": a bare-name byline stacked over its role)."""
    role = page.decisions[k].role
    if role is Role.BYLINE:
        return True
    if role is not Role.OUTSIDE or not page.feats[k].name_like:
        return False
    return page.feats[k].name_like == 2 or (k + 1 < len(page.lines) and role_line(page.lines[k + 1].text))


def role_line(text: str) -> bool:
    """A journalist's job title or a paper's staff alone on a line ("Senior Reporter", "Record Staff"): its last
    word a writer's (`lexicon.WRITER_LINE_ENDS`), four words at most, each capitalised."""
    words = text.strip(" .,").split()
    return (
        0 < len(words) <= 4
        and words[-1].lower() in WRITER_LINE_ENDS
        and all(w[:1].isupper() or w.isdigit() for w in words)
    )


def _opens_text(page: Page, i: int) -> bool:
    """Nothing but page furniture (debris) above line `i`: no menu, no teaser, no kicker."""
    return all(page.decisions[k].role is Role.DEBRIS for k in range(i))


def _titleish(page: Page, k: int) -> bool:
    """A title-like line not yet read as anything else (a link, a headline, a summary point)."""
    if not 0 <= k < len(page.feats):
        return False
    f = page.feats[k]
    if not (
        page.decisions[k].role is Role.OUTSIDE
        and f.title
        and f.words >= 3
        and f.dup == 1
        and not f.name_like
        and not f.all_caps  # a label in capitals ("FOR IMMEDIATE RELEASE", "TOP STORIES") is no link
        and not _section_path(f.text)  # "News > Marsh Court inquiry" is no link
        and not menu_row(f.text)  # "Home | News | Weather"
    ):
        return False
    t = f.text
    if t[:1].islower():
        return False  # a title's second line ("to the islands after losses"), no title
    if ":" in t[:24] and match_box_row(t):  # (the colon tested first, in C: read for every line of a header)
        return False  # a row of a match's score box over a report's headline ("Att: 3,412 · Oval Park"), no link
    # a byline without "By" or a date line not read as one ("Ann Lee (Harbour Herald)", "Harbourton ● May 3,
    # 2024") is the header's anchor, no link (read only where the line ends in a bracket or holds such a bar; the
    # bars are not ASCII: an ASCII line, most lines, is looked through for none of them)
    if t[-1:] == ")" or (not t.isascii() and any(map(t.__contains__, _ANCHOR_BARS))):
        return title_kind(page, k) not in _ANCHOR_KINDS
    return ("," not in t and " and " not in t) or title_kind(page, k) != "names"  # "Mia Lund, Omar Pike and ..."


_ANCHOR_KINDS = ("names", "date-or-time")
_ANCHOR_BARS = L.DATE_LINE_HEAVY_BARS  # the bars of a date line that the header may not have read as one


def opens_in_lower_case(t: str) -> bool:
    """The line opens with a word in lower case ("to the islands after losses"), which no title does."""
    if not t[:1].islower():
        return False  # the cheap test first: most lines open in capitals
    first = t.split(" ", 1)[0]
    return first.isalpha() and first.islower()


def second_line(page: Page, k: int) -> bool:
    """Line `k` is a title's second line: it opens with a word in lower case and is no sentence, under a title-like
    line that does not end like one (`headline._read_second_line`)."""
    t = page.lines[k].text
    if not opens_in_lower_case(t):
        return False  # the cheap test first: most lines open in capitals
    f = page.feats[k]
    if f.prose or f.words > 12 or t.endswith((".", ":")):
        return False
    above = page.feats[k - 1] if k > 0 else None
    return above is not None and above.title and not page.lines[k - 1].text.endswith(_TITLE_ENDS)


_TITLE_ENDS = (".", ":", "!", "?", "|", "-", "–", "—", "»", "”", '"')  # a line so ended is no title's first line


def lead_picture(page: Page, k: int) -> bool:
    """Line `k` is a picture's: a credit line ("Photograph: Ann Lee for the Herald"), or the caption right above
    one. A lead picture between the headline and the byline is neither a line between them nor a link."""
    feats = page.feats
    if feats[k].credit is not None:
        return True
    return k + 1 < len(feats) and feats[k + 1].credit is not None


def _section_path(t: str) -> bool:
    """The line holds a section path's bar (a plain test of its marks first: most lines hold none)."""
    return (">" in t or "›" in t or "»" in t) and any(bar in t for bar in P.PATH_ARROW_BARS)


def in_title_run(page: Page, i: int) -> bool:
    """Part of a list of links: three or more title-like lines in a row."""
    if page.feats[i].dup > 1:
        return False
    k = i + 1
    while _titleish(page, k):
        k += 1
    run = k - i
    # above the line, only as far as a run of five: beyond it neither test below changes (a long list's lines would
    # each walk all the titles above them)
    above = i - 1
    while run < 5 and _titleish(page, above):
        run += 1
        above -= 1
    return run >= 3 and not _over_a_credit(page, i, run, k)


def _over_a_credit(page: Page, i: int, run: int, end: int) -> bool:
    """The run of `run` title-like lines around line `i` ends with a lead picture, a caption over its credit line
    (`end - 2`, `end - 1`): no links, and the run is two lines shorter (one test at the run's end)."""
    feats = page.feats
    return feats[end - 1].credit is not None and (i >= end - 2 or run < 5)


def heads_summary(page: Page, i: int) -> bool:
    """Line `i` opens a run of titles that ends at the byline or date: the headline, then one to
    four summary points in sentence case, each about the story ("Prince makes surprise visit to
    flood-hit village" / "He chatted with residents who lost their homes" / "By ..."), not a list
    of links to other stories."""
    d, feats, lines = page.decisions, page.feats, page.lines
    if feats[i].words < 5 or not _titleish(page, i) or _titleish(page, i - 1):
        return False
    k = i + 1
    while _titleish(page, k) and feats[k].words >= 6 and not title_case(lines[k].text):
        k += 1
    if not (1 <= k - i - 1 <= 4 and k < len(d) and d[k].role in (Role.BYLINE, Role.DATE)):
        return False
    story = content_words(lines[i].text) | _story_words(page)
    return all(content_words(lines[j].text) & story for j in range(i + 1, k))


def _story_words(page: Page) -> set[str]:
    """The content words of the story's first paragraphs (read once per article)."""
    if page.story_words is None:
        first = page.lines[page.body_start : page.body_start + 6]
        page.story_words = set().union(*(content_words(ln.text) for ln in first))
    return page.story_words


def deck_like(text: str, f: Features) -> bool:
    return f.words >= 5 and not f.soft_stop and not f.all_caps and not text.endswith(":") and not f.name_like


def labelled_author(lines: list[Line], i: int) -> bool:
    """The line after an "Author:" / "By" label."""
    return i > 0 and author_label(lines[i - 1].text)


def author_label(text: str) -> bool:
    """ "Author:", "Written by": a label over an author's name (its first letter read before the pattern)."""
    return text[:1].casefold() in _AUTHOR_LABEL_FIRSTS and AUTHOR_LABEL.fullmatch(text) is not None


def named_by_the_dateline(page: Page, letters: str) -> bool:
    """The story's wire dateline names these letters in brackets as its agency, within the body's first lines
    ("Sundargiri, Apr 14 (PWI) Schools in ..."): the wire's own letters, wherever else the page prints them."""
    mark = f"({letters})"
    return any(
        mark in page.lines[k].text[:120] for k in range(page.body_start, min(len(page.lines), page.body_start + 3))
    )
