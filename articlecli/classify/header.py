"""The header above the body: what lines say about themselves (bylines, dates), names alone under
the headline, photo credits, the deck, lead-image captions; the headline of wire copy."""

from __future__ import annotations

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..bylines import (
    Author,
    Byline,
    credits_other_work,
    has_byline_lead,
    is_agency,
    is_name,
    parse_byline,
    read_names_line,
    strip_dates,
)
from . import examples as ex
from .evidence import AUTHOR_LABEL, deck_like, labelled_author, stems, under_related_label
from .features import outlet_tail
from .headline import mark_repeats
from .page import Candidate, Decision, Page, Role
from .pictures import adopt_caption, caption_like, labelled_caption
from .tail import author_words_of, is_bio, note_kind
from .vetoes import in_name_label_run, not_a_title

_BIO_LEAD = rx.compile(r"^(?P<name>(?-i:\p{Lu})[\p{L}.'’\- ]{1,40}?) (?:is an?|is the|writes|covers)\b", P.FLAGS)


_ROLE_ENDS = frozenset(L.ROLE_HEADS)  # "Senior Audio Editor": a job title, whatever its capitals


_BAR = rx.compile(r"\s[/|]\s")  # a name and its outlet or role: "Lena Ortiz / Reuters"


_DATE_FIELDS = rx.compile(r"\s*+[|/•·]\s*+")


_ASIDE = rx.compile(r"\s*+\([^()]{1,20}\)")  # a word or two in brackets after a name


_ANCHOR_KINDS = ("names", "date-or-time")  # what `not_a_title` finds that anchors a header like a byline or date


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
            page.byline_candidates.append(Candidate(i, True, "says it is a byline: 'By ...', or a name beside a date"))
        elif f.date_line:
            page.decide(i, Decision(Role.DATE, rule="header/date"))
            page.date_lines.append(i)
        elif f.debris is not None:
            page.decide(i, Decision(Role.DEBRIS, f.debris, rule="header/debris"))
        elif f.caption is not None:
            text, credit = C.strip_truncation(f.caption[0]), f.caption[1]
            page.decide(i, Decision(Role.CAPTION, text=text, credit=credit, rule="pictures/caption-with-credit"))


def credits(page: Page) -> None:
    """Photo credits above the body, now that bylines are known; each credits the caption above it."""
    d, feats, head = page.decisions, page.feats, page.headline
    for i in range(page.body_start):
        if d[i].role is Role.OUTSIDE and feats[i].credit is not None:
            if head is not None and i < head and is_agency(page.lines[i].text):
                continue  # "CNN" alone above the headline: the site's name, not a picture's credit
            page.decide(i, Decision(Role.CAPTION, text=None, credit=feats[i].credit, rule="pictures/credit-line"))
            adopt_caption(page, i, feats[i].credit or "")


def deck(page: Page) -> None:
    """The standfirst under the headline, and its repeats above the body."""
    if page.headline is None:
        return
    found = choose_deck(page, page.headline)
    if found is not None:
        page.deck = found
        page.decide(found, Decision(Role.DECK, rule="header/deck"))
        mark_repeats(page, found, Decision(Role.DEBRIS, "repeated-deck", rule="header/repeated-deck"))


def choose_deck(page: Page, head: int) -> int | None:
    """The standfirst: the first sentence-like line after the headline, before the byline.

    When the byline follows the headline directly, a long sentence after the byline and
    dates, set apart from the body by page furniture, is the standfirst.
    """
    d, feats = page.decisions, page.feats
    weighed = page.deck_candidates
    after_anchor = False
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
            weighed.append(Candidate(i, False, "the headline's words again"))
            continue
        if under_related_label(page, i):  # "Related" / "Harbour fees to rise again": other stories from here on
            weighed.append(Candidate(i, False, "in a box of links to other stories"))
            return None
        kind = not_a_title(page.lines[i].text)
        if kind is not None:  # a widget's, a label's or a caption's text ("chevron_left Browse All Posts")
            after_anchor = after_anchor or kind in _ANCHOR_KINDS  # names without "By", a date line not read
            weighed.append(Candidate(i, False, f"says it is no standfirst: {kind}"))
            continue
        if _says_it_is_a_note(page, i):
            weighed.append(Candidate(i, False, "an editor's note, a credit or the author's bio: no standfirst"))
            continue
        if not deck_like(page.lines[i].text, f):
            weighed.append(Candidate(i, False, "no standfirst: under five words, capitals, a label or a name"))
            return None
        if not after_anchor:
            weighed.append(Candidate(i, True, "the first sentence-like line under the headline"))
            return i
        taken, why = _deck_after_anchor(page, head, i)
        weighed.append(Candidate(i, taken, why))
        return i if taken else None
    return None


def _says_it_is_a_note(page: Page, i: int) -> bool:
    """ "Editor's note: ...", "Fact checked by Omar Pike", "Lena Ortiz is a reporter ...": a line about the
    story or its makers, not a summary of it."""
    t = page.lines[i].text
    return note_kind(t) is not None or credits_other_work(t) or is_bio(t, author_words_of(page))


def _deck_after_anchor(page: Page, head: int, i: int) -> tuple[bool, str]:
    """Whether the first unread line after the byline or date is the standfirst, and why: a long
    sentence set apart from the body by page furniture; a sentence about the headline's subject that
    no credit follows (a lead image's caption has one); a title between the byline and the date."""
    d, f = page.decisions, page.feats[i]
    rest = [k for k in range(i + 1, page.body_start) if d[k].role is Role.OUTSIDE]
    if f.words >= 8 and f.prose and len(rest) <= 2:
        return True, "a long sentence after the byline, set apart from the body"
    if f.words >= 8 and f.prose and stems(page.lines[i].text) & stems(page.lines[head].text):
        k = i + 1
        while k < page.body_start and d[k].role is Role.DEBRIS:
            k += 1
        if k >= page.body_start or (page.feats[k].credit is None and page.feats[k].caption is None):
            return True, "a sentence after the byline that shares the headline's words, no credit under it"
        return False, "a sentence after the byline with a credit under it: a lead image's caption"
    # between the byline and the date: "By Jo Alto" / "The LC 500 looks good even with the roof off" / date
    if f.title and _next_anchor(d, i, page.body_start):
        return True, "a title between the byline and the date"
    return False, "after the byline, and neither"


def _next_anchor(d: list[Decision], i: int, end: int) -> bool:
    """The next line after `i` that is not page furniture is a byline or a date line."""
    k = i + 1
    while k < end and d[k].role is Role.DEBRIS:
        k += 1
    return k < end and d[k].role in (Role.BYLINE, Role.DATE)


def name_bylines(page: Page) -> None:
    """A name alone on a line below the headline ("Ryan Morgan") is a byline. A name without a
    known given name counts only right beside the headline, deck, a caption or a date."""
    head = page.headline
    if head is None:
        return
    d, lines, feats = page.decisions, page.lines, page.feats
    # a "By ..." line names the authors: a person's name alone elsewhere is a tag or a caption's
    # (an agency under it, "Associated Press", is still read)
    by_line = any(d[k].byline is not None and has_byline_lead(lines[k].text) for k in page.bylines)
    seen = 0
    for i in range(head + 1, page.body_start):
        if d[i].role is Role.OUTSIDE:
            seen += 1
        if d[i].role is not Role.OUTSIDE or seen > 5:
            continue
        t = lines[i].text
        if by_line and not P.AGENCY_ONLY.match(t.strip(" .,")):
            continue
        if in_name_label_run(page, i):
            continue  # the captions of a gallery of people, or a list of results
        if page.lines[i].text.rsplit(None, 1)[-1].lower() in _ROLE_ENDS and d[i - 1].role is Role.BYLINE:
            page.byline_candidates.append(Candidate(i, False, "a job title under the author's name"))
            continue
        if _issuer_label_above(page, i):
            page.byline_candidates.append(Candidate(i, False, "under 'provided by', 'presented by': an issuer"))
            continue
        labelled = labelled_author(lines, i) or _org_between(page, head, i)
        strength = feats[i].name_like
        if strength == 1 and not labelled and not _beside_header(page, head, i):
            page.byline_candidates.append(Candidate(i, False, "a name's shape, not beside the header's lines"))
            continue
        if strength or labelled:
            _name_byline(page, i, labelled)


def name_above_headline(page: Page) -> None:
    """With no byline found, a name alone just above the headline's date, a section label between or not
    ("Molly Ortiz" / "Ideas" / "11.14.2019 09:00 AM" / headline): a header printed author first."""
    head = page.headline
    if head is None or page.bylines:
        return
    d = page.decisions
    tops = [head] + [k for k in range(head + 1, page.body_start) if d[k].reason == "repeated-headline"]
    for top in tops:
        k, dated, labels = top - 1, False, 0
        while k >= 0 and (d[k].role is Role.DATE or d[k].role is Role.DEBRIS or _section_label(page, k)):
            dated = dated or d[k].role is Role.DATE
            labels += d[k].role is Role.OUTSIDE
            k -= 1
        if k >= 0 and dated and labels <= 1 and d[k].role is Role.OUTSIDE and page.feats[k].name_like == 2:
            _name_byline(page, k, False, rule="header/name-above-headline")
            return


def outlet_in_date_line(page: Page) -> None:
    """With no byline found, an outlet or agency printed in the date line under the headline signs the story
    ("Updated on: March 12, 2021 / 9:10 AM / Coastal News"); not one named as a source ("Source: ...")."""
    head = page.headline
    if head is None or page.bylines:
        return
    for i in page.date_lines:
        if not head < i <= head + 3:
            continue
        fields = [f.strip(" ,:-–—") for f in _DATE_FIELDS.split(strip_dates(page.lines[i].text))]
        fields = [f for f in fields if f[:1].isupper()]  # not what is left of a label ("Updated on:")
        if len(fields) == 1 and len(fields[0].split()) >= 2 and (outlet_tail(fields[0]) or is_agency(fields[0])):
            b = parse_byline(fields[0], allow_org=True) or Byline(fields[0], (Author(fields[0]),), None)
            page.decide(i, Decision(Role.BYLINE, byline=b, rule="header/outlet-in-date-line"))
            page.bylines.append(i)
            return


def bio_byline(page: Page) -> None:
    """With no byline printed, the author's bio closing the story names the author ("Harriet Vance is a
    retired nurse who lives in Cedar Bend."): a short sentence about someone the story does not mention."""
    if page.bylines or page.headline is None:
        return
    d, lines = page.decisions, page.lines
    last = next((k for k in range(page.body_end, page.body_start - 1, -1) if d[k].role is Role.PARAGRAPH), None)
    after = [k for k in range(page.body_end + 1, min(len(lines), page.body_end + 8)) if d[k].note_kind == "bio"]
    for k in ([last] if last is not None else []) + after:
        m = _BIO_LEAD.match(lines[k].text) if page.feats[k].words <= 40 else None
        name = m.group("name") if m is not None else ""
        if not is_name(name) or any(name.split()[-1] in lines[j].text for j in range(page.body_start, k)):
            continue  # someone the story is about
        b = Byline(lines[k].text, (Author(name),), None)
        page.decide(k, d[k]._replace(byline=b, rule="header/bio-byline"))
        page.bylines.append(k)
        return


def _section_label(page: Page, k: int) -> bool:
    """A section's name of a word or two ("Ideas", "Business"), not yet read as anything."""
    f = page.feats[k]
    return page.decisions[k].role is Role.OUTSIDE and f.words <= 2 and not f.name_like


def _name_byline(page: Page, i: int, labelled: bool, rule: str = "header/name-byline") -> None:
    t = page.lines[i].text
    b = parse_byline(t, allow_org=labelled or P.AGENCY_ONLY.match(t) is not None)
    if b is None:
        page.byline_candidates.append(Candidate(i, False, "not read as a name"))
        return
    page.decide(i, Decision(Role.BYLINE, byline=b, rule=rule))
    page.bylines.append(i)
    why = "a name alone under the headline" if page.feats[i].name_like else "an author's label, or an outlet, above it"
    page.byline_candidates.append(Candidate(i, True, why))
    if labelled_author(page.lines, i):
        page.decide(i - 1, Decision(Role.DEBRIS, "label", rule="header/author-label"))


def unread_anchors(page: Page) -> None:
    """Under the headline, a date line in a form the date patterns do not read as one ("Last Updated :
    Mar 12, 2021 09:10 AM IST | Source: Harbour Wire") is a date line, and several names without "By"
    ("Mia Lund and Omar Pike Coastal Herald") a byline, unless a "By" line names the authors."""
    head = page.headline
    if head is None:
        return
    d, lines = page.decisions, page.lines
    by_line = any(has_byline_lead(lines[k].text) for k in page.bylines)
    for i in range(head + 1, min(page.body_start, head + 8)):
        if d[i].role is not Role.OUTSIDE:
            continue
        kind = not_a_title(lines[i].text)
        if kind == "date-or-time":
            page.decide(i, Decision(Role.DATE, rule="header/unread-date-line"))
            page.date_lines.append(i)
        elif kind == "names" and not by_line:
            b = read_names_line(_ASIDE.sub("", lines[i].text))  # "Lena Ortiz (now) and Omar Pike (earlier)"
            if b is not None:
                page.decide(i, Decision(Role.BYLINE, byline=b, rule="header/names-without-by"))
                page.bylines.append(i)
        elif (
            kind in (None, "credit-tail") and not by_line and _BAR.search(lines[i].text) and _beside_date(page, head, i)
        ):
            b = read_names_line(lines[i].text)  # "Lena Ortiz / Reuters", "Lena Ortiz | Reporter"
            if b is not None:
                page.decide(i, Decision(Role.BYLINE, byline=b, rule="header/name-and-outlet"))
                page.bylines.append(i)


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


def _issuer_label_above(page: Page, i: int) -> bool:
    """The line above ends in "by" but is no author's label: "News provided by", "Presented by", "Sponsored by"
    name the company that issued or paid for the page, not its author."""
    above = page.lines[i - 1].text if i > 0 else ""
    return above[-3:].lower() == " by" and not AUTHOR_LABEL.fullmatch(above)


def _beside_date(page: Page, head: int, i: int) -> bool:
    """Right under the headline, or beside a date line (page furniture skipped): where a byline sits, not a
    picture's credit (which sits under its caption)."""
    d = page.decisions
    up, down = i - 1, i + 1
    while up > head and d[up].role is Role.DEBRIS:
        up -= 1
    while down < page.body_start and d[down].role is Role.DEBRIS:
        down += 1
    return up == head or d[up].role is Role.DATE or (down < page.body_start and d[down].role is Role.DATE)


def _beside_header(page: Page, head: int, i: int) -> bool:
    """Next to the headline, a date line or a caption (skipping debris)."""
    d = page.decisions

    def neighbour(step: int) -> int | None:
        k = i + step
        while 0 <= k < page.body_start and d[k].role is Role.DEBRIS:
            k += step
        return k if 0 <= k < page.body_start else None

    for k in (neighbour(-1), neighbour(1)):
        if k is not None and (
            k == head
            or d[k].role in (Role.DATE, Role.CAPTION, Role.BYLINE)
            or (k == head + 1 and d[k].role is Role.OUTSIDE and page.feats[k].words >= 5)
        ):
            return True
    return False


def _org_between(page: Page, head: int, i: int) -> bool:
    """An outlet named between the headline and the date ("Telegraph Sport"): an organisation byline."""
    nxt = i + 1
    text = page.lines[i].text
    return (
        i == head + 1
        and nxt < page.body_start
        and page.decisions[nxt].role is Role.DATE
        and 2 <= len(text.split()) <= 4
        and outlet_tail(text)
    )


def lead_captions(page: Page) -> None:
    """Sentences left in the header around byline and dates are lead-image captions (or a
    sentence about the author)."""
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
        lead = C.caption_lead(t)
        if is_bio(t, author_words):  # "Alex Moreno is a contributing columnist ..." under the byline
            page.decide(i, Decision(Role.NOTE, note_kind="bio", rule="header/author-bio"))
        elif lead is not None:
            page.decide(i, Decision(Role.CAPTION, text=lead, rule="pictures/caption-lead"))
        elif caption_like(t, page.feats[i]):
            page.decide(i, Decision(Role.CAPTION, text=C.strip_truncation(t), rule="pictures/lead-image-caption"))


def wire_headline(page: Page) -> None:
    """Wire copy opens with its headline (under the slug and any section label), however long it
    is: it overrules the scored headline, which becomes the deck when it sat below."""
    first = _wire_first_line(page)
    if first is None or page.headline == first or first + 1 >= len(page.lines):
        return
    if page.decisions[first].role not in (Role.PARAGRAPH, Role.OUTSIDE, Role.HEADING, Role.DECK):
        return
    scored = page.headline
    if scored is not None and page.deck is None and scored > first:
        page.decide(scored, Decision(Role.DECK, rule="header/wire-deck"))
        page.deck = scored
    elif scored is not None:
        page.decide(scored, Decision(Role.OUTSIDE, "page-chrome", rule="header/wire-headline-overruled"))
    page.decide(first, Decision(Role.HEADLINE, rule="header/wire-headline"))
    page.headline = first


def wire_slug(page: Page) -> None:
    """Wire copy's slug line ("BC-US--Storm-Coast,1st Ld-Writethru") is no part of the story."""
    slug = Decision(Role.DEBRIS, "slug", rule="header/wire-slug")
    for i, line in enumerate(page.lines):
        if line.text == page.slug and page.decisions[i].role in (Role.DEBRIS, Role.OUTSIDE):
            page.decide(i, slug)


def _wire_first_line(page: Page) -> int | None:
    """The first line of wire copy that can be its headline: not the slug, and not a section
    label of a few words above a longer title ("NEWS", "World News" over the headline)."""
    lines = page.lines
    candidates = [i for i, ln in enumerate(lines) if ln.text != page.slug][:4]
    for n, i in enumerate(candidates):
        t = lines[i].text
        words = len(P.words(t))
        nxt = lines[candidates[n + 1]].text if n + 1 < len(candidates) else None
        label = words <= 3 and not P.ends_sentence(t)
        if words and not (label and nxt is not None and _title_line(nxt) and len(P.words(nxt)) > words):
            return i
    return None


def _title_line(text: str) -> bool:
    """A line that reads as a title: a few words, no sentence punctuation at its end."""
    return 4 <= len(P.words(text)) <= 25 and not P.ends_sentence(text)


_WIRE = (
    "# wire\nBC-US--Harbour-Library\n"
    "Council votes to close harbour library after the cost of roof repairs doubles this spring.\n"
)
_WIRE_STORY = "\nHARBOURTON, Maine (AP) — " + ex.OPENING + "\n\n" + ex.MIDDLE + "\n"
_DECK = "Repairs to the roof would cost twice what the town can spend."

# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/byline": ex.story(),
    "header/date": ex.header(ex.HEADLINE, ex.BYLINE, "March 3, 2024"),
    "header/debris": ex.header(ex.HEADLINE, ex.BYLINE, "Share this story"),
    "header/deck": ex.header(ex.HEADLINE, _DECK, ex.BYLINE),
    "header/repeated-deck": ex.header(_DECK, "Share", ex.HEADLINE, _DECK, ex.BYLINE),
    "header/name-byline": ex.header(ex.HEADLINE, "Jane Doe"),
    "header/outlet-in-date-line": ex.header(ex.HEADLINE, "Updated on: March 3, 2024 / 9:10 AM / Harbour News"),
    "header/bio-byline": ex.header(ex.HEADLINE, "March 3, 2024")
    + "\nJane Doe is a retired librarian who lives in Harbourton.\n",
    "header/name-above-headline": ex.header("Jane Doe", "Local", "03.12.2024 09:00 AM", ex.HEADLINE),
    "header/author-label": ex.header(ex.HEADLINE, "Author:\nJane Doe"),
    "header/author-bio": ex.header(
        ex.HEADLINE, ex.BYLINE + "\nMarch 3, 2024\nJane Doe is a reporter in Harbourton.\nShare"
    ),
    "pictures/lead-image-caption": ex.header(
        ex.HEADLINE, ex.BYLINE + "\nVolunteers fill sandbags outside the town hall.\nMarch 3, 2024"
    ),
    "header/unread-date-line": ex.header(ex.HEADLINE, "Posted on 3/3/2024 at 9:01am in Harbour News"),
    "header/names-without-by": ex.header(ex.HEADLINE, "Mia Lund and Omar Pike Harbour Herald"),
    "header/name-and-outlet": ex.header(ex.HEADLINE, "Jane Doe / Reuters", "March 3, 2024"),
    "header/related-title-and-date": ex.header(
        "Bus fares to rise in the spring", "March 1, 2024", "New ferry route opens", "February 28, 2024", ex.HEADLINE
    ),
    "header/wire-slug": _WIRE + _WIRE_STORY,
    "header/wire-headline": _WIRE + _WIRE_STORY,
    "header/wire-deck": _WIRE + "Library To Close At Year End\n\nBy Jane Doe\n" + _WIRE_STORY,
    "header/wire-headline-overruled": _WIRE
    + "Library To Close At Year End\n"
    + _DECK
    + "\n\nBy Jane Doe\n"
    + _WIRE_STORY,
}
