"""Bylines the header prints without saying so: a name alone under the headline or above it, an outlet in a
date line, the bio closing a piece (names without "By" in forms the name patterns miss, and date lines in forms the
date patterns miss, are in `unread`)."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..bylines import (
    Author,
    Byline,
    has_byline_lead,
    is_agency,
    is_desk,
    is_desk_role,
    is_name,
    parse_byline,
    signed_by_paper,
    strip_dates,
)
from ..people import ROLE_HEADS
from . import examples as ex
from .byline_places import (
    agency_beside_date,
    foot_author,
    issuer_label_above,
    masthead_again,
    org_between,
    weak_name_place,
)
from .byline_shapes import outlet_tail
from .evidence import labelled_author, named_by_the_dateline
from .life import life_line
from .page import Decision, Page, Role, Weighed
from .vetoes import in_name_label_run

_BIO_LEAD = rx.compile(r"^(?P<name>(?-i:\p{Lu})[\p{L}.'’\- ]{1,40}?) (?:is an?|is the|writes|covers)\b", P.FLAGS)
# "(Japanese original by Hamada Yuki, Minase Bureau)", "(Korean original article by Name)": under a story translated
# from the paper's vernacular edition, its reporter (and bureau)
_ORIGINAL_BY = rx.compile(
    r"^\((?-i:\p{Lu}\p{Ll}++)[ ]original[ ](?:article[ ]|story[ ]|text[ ])?by[ ]"
    r"(?P<name>(?-i:\p{Lu})[\p{L}.'’\- ]{1,40}?)(?:,[^()]{1,60})?\)$",
    P.FLAGS,
)


_ROLE_ENDS = ROLE_HEADS  # "Senior Audio Editor": a job title, whatever its capitals


# a job title of a few capitalised words, then the outlet after a comma or a bar: "Statehouse Reporter, Capitol
# News", "Senior Writer | The Harbour Times"
_ROLE_AND_OUTLET = rx.compile(
    r"^(?:(?-i:\p{Lu})[\p{L}\-]*+\s++){0,3}(?:\L<roles>)(?:,|\s++[|/])\s*+(?-i:\p{Lu})[^,|/]{2,60}$",
    P.FLAGS,
    roles=P.phrase_list(L.ROLE_HEADS),
)


_DATE_FIELDS = rx.compile(r"\s*+[|/•·]\s*+")


# a name alone, by `Features.name_like`: no name, a name's shape, a name with a given name the lexicon knows
# A newsroom's word, then its outlet's name in capitalised words or numbers, alone on a line ("Redacción Canal 11",
# "Redaktion TV 5", "Redazione Radio 24"): the desk signs the story, as printed (a name's reader stops at a digit)
_NAME_JOINS = frozenset(L.FOREIGN_NAME_JOINS)
_NEWSROOM_WORDS = frozenset(w for w in L.DESKS_ALONE if " " not in w)
_NEWSROOM_OF_OUTLET = rx.compile(
    r"^(?:\L<rooms>)\s++(?:(?-i:[\p{Lu}\d])[\p{L}\d.&'’\-]*+\s*+){1,4}$", P.FLAGS, rooms=sorted(_NEWSROOM_WORDS)
)
_NAME_STRENGTH: tuple[tuple[str, ...], ...] = ((), ("name-shape",), ("known-given-name",))


def name_bylines(page: Page) -> None:
    """A name alone on a line below the headline ("Ryan Morgan") is a byline. A name without a
    known given name counts only right beside the headline, deck, a caption or a date."""
    head = page.headline
    if head is None:
        return
    d, lines, feats = page.decisions, page.lines, page.feats
    # a "By ..." line names the authors: a person's name alone elsewhere is a tag or a caption's
    # (an agency under it, "Associated Press", is still read)
    by_line = any(
        d[k].byline is not None and has_byline_lead(lines[k].text) and not _title_of_name_above(page, k)
        for k in page.bylines
    )
    seen = 0
    for i in range(head + 1, page.body_start):
        if d[i].role is Role.OUTSIDE:
            seen += 1
        if d[i].role is not Role.OUTSIDE or seen > 5:
            continue
        t = lines[i].text
        if by_line and not P.agency_only(t.strip(" .,")):
            continue
        if in_name_label_run(page, i):
            continue  # the captions of a gallery of people, or a list of results
        if i + 1 < page.body_start and life_line(lines[i + 1].text):
            page.byline_candidates.append(Weighed(i, False, ("name-over-the-years-of-a-life",)))
            page.decide(i, Decision(Role.DEBRIS, "label", rule="header/name-over-life-dates"))
            continue  # an obituary's card: the subject's name over the years of the life
        if _job_title_under_byline(page, i):
            page.byline_candidates.append(Weighed(i, False, ("job-title-under-a-byline",)))
            if _ROLE_AND_OUTLET.match(t):  # read as a title otherwise: the standfirst under the byline
                page.decide(i, Decision(Role.DEBRIS, "byline", rule="header/job-title-and-outlet"))
            continue
        desk = _desk_signing(t)
        if desk is not None:
            _desk_byline(page, i, desk)  # "Staff Correspondent", "Redacción Canal 11" alone: the desk signs the story
            continue
        issuer_or_outlet = _issuer_or_outlet(page, head, i)
        if issuer_or_outlet is not None:
            page.byline_candidates.append(Weighed(i, False, (issuer_or_outlet,)))
            continue
        label = _name_label(page, head, i)
        strength = feats[i].name_like
        shape = _NAME_STRENGTH[strength]
        if strength == 1 and label is None:
            where = weak_name_place(page, head, i)
            shape = (*shape, where)
            if where == "away-from-the-header":
                page.byline_candidates.append(Weighed(i, False, shape))
                continue
        if strength or label is not None:
            _name_byline(page, i, (*shape, label) if label is not None else shape, label is not None)
    _titles_under_names(page)
    _continued_bylines(page)


def _issuer_or_outlet(page: Page, head: int, i: int) -> str | None:
    """What says a name alone at `i` is who issued the page or the outlet, not its author: an issuer's label above
    it ("News provided by"), the page's masthead printed again under the byline."""
    if issuer_label_above(page, i):
        return "under-an-issuer-label"
    return "the-masthead-again" if masthead_again(page, head, i) else None


def _name_label(page: Page, head: int, i: int) -> str | None:
    """What, beside a name alone at `i`, says it is the writer's: an author label above it, an outlet or an
    agency next to the date line."""
    if labelled_author(page.lines, i):
        return "author-label-above"
    if org_between(page, head, i):
        return "outlet-before-a-date"
    if agency_beside_date(page, head, i):
        return "agency-beside-a-date"
    return None


def _continued_bylines(page: Page) -> None:
    """A byline carried over to the next line ("By Jorunn Kvalheim" / "and Tavita Roos", "& Li Wen, Reuters"), or
    to the line under the first author's job title ("Ciara Byrne" / "Health Reporter" / "and Tom Kerr"): the
    second line's names are the byline's too."""
    d, lines = page.decisions, page.lines
    for k in list(page.bylines):
        nxt, b = k + 1, d[k].byline
        if nxt + 1 < page.body_start and _carried_on(lines[nxt + 1].text) and _job_title_under_byline(page, nxt):
            nxt += 1  # (the title stays the first author's)
        if nxt >= page.body_start or b is None:
            continue
        t = lines[nxt].text
        if not _carried_on(t) or len(t) > 80:
            continue
        # (a name over a job title after a bar, "and Li Wen | Staff writer", was read as a caption over its credit)
        if d[nxt].role is not Role.OUTSIDE and d[nxt].rule != "pictures/header-caption-with-credit":
            continue
        more = parse_byline("By " + t.split(None, 1)[1])
        if more is None or not all(is_name(a.name) for a in more.authors):
            continue
        joined = b._replace(text=f"{b.text} {t}", authors=(*b.authors, *more.authors))
        page.decide(k, d[k]._replace(byline=joined))
        page.decide(nxt, Decision(Role.DEBRIS, "byline", rule="header/byline-continued"))
        page.byline_candidates.append(Weighed(nxt, True, ("byline-carried-over",)))


def _carried_on(text: str) -> bool:
    """The line carries a byline on: "and Tavita Roos", "& Li Wen, Reuters", and in other languages "y Ana Ruiz",
    "und Till Ohlsen" (`lexicon.FOREIGN_NAME_JOINS`, before a capital)."""
    if text[:4] == "and " or text[:2] == "& ":
        return True
    join, _, rest = text.partition(" ")
    return rest[:1].isupper() and join in _NAME_JOINS


def _title_of_name_above(page: Page, k: int) -> bool:
    """Byline `k`, signed by a desk ("Statehouse Reporter, Capitol News Service", "Harbour Post Reporter"), is the
    job title and outlet of the name alone above it: the name is the author."""
    above = k - 1
    return (
        above >= 0
        and page.decisions[above].role in (Role.OUTSIDE, Role.BYLINE)
        and page.feats[above].name_like > 0
        and (
            _ROLE_AND_OUTLET.match(page.lines[k].text) is not None
            or signed_by_paper(page.lines[k].text)
            or _paper_staff(page.lines[k].text)
        )
    )


def _paper_staff(text: str) -> bool:
    """A paper's staff as a desk signs ("Record Staff", "Gazette staff") under a name alone: that reporter's
    unit, as "Harbour Post Reporter" is; alone under a headline the desk is the byline."""
    t = text.strip(" .,:")
    return t[-6:].lower() == " staff" and len(t.split()) <= 4 and is_desk(t)


def _titles_under_names(page: Page) -> None:
    """Once the name above is the byline, a desk's line under it is that author's title and outlet."""
    for k in [k for k in page.bylines if page.decisions[k - 1].role is Role.BYLINE and _title_of_name_above(page, k)]:
        page.bylines.remove(k)
        page.byline_candidates.append(Weighed(k, False, ("job-title-under-a-byline",)))
        page.decide(k, Decision(Role.DEBRIS, "byline", rule="header/job-title-and-outlet"))


def _job_title_under_byline(page: Page, i: int) -> bool:
    """A job title under a byline, alone or before the outlet ("Jane Doe" / "Senior Writer", "Statehouse
    Reporter, Capitol News"); not a second author printed with a title of their own ("Priya Raman, Staff
    Writer" / "Jonah Feld, Contributing Writer", as college papers stack them)."""
    t = page.lines[i].text
    if page.decisions[i - 1].role is not Role.BYLINE:
        return False
    if _ROLE_AND_OUTLET.match(t):
        return True
    if t.rsplit(None, 1)[-1].lower() not in _ROLE_ENDS:
        return False
    name, comma, _ = t.partition(",")
    return not (comma and is_name(name.strip()))


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
            evidence = ("known-given-name", "above-the-headline-and-its-date")
            _name_byline(page, k, evidence, False, rule="header/name-above-headline")
            return
        if k == top - 1 and _columnist_over(page, k, top):
            evidence = ("known-given-name", "columnist-over-the-headline")
            _name_byline(page, k, evidence, False, rule="header/columnist-over-headline")
            return


def _columnist_over(page: Page, k: int, head: int) -> bool:
    """A name alone right above the headline, a date line under it, the name nowhere in the headline or the
    story's first paragraphs: a columnist's name printed as the label of the column ("Gemma Lutz" / headline
    / standfirst / "Published ..."), not a topic kicker naming the story's subject."""
    if page.decisions[k].role is not Role.OUTSIDE or page.feats[k].name_like != 2:
        return False
    if not any(head < i <= head + 3 for i in page.date_lines):
        return False
    surname = page.lines[k].text.split()[-1]
    ends = range(head, min(len(page.lines), page.body_start + 6))
    return len(page.lines[k].text.split()) >= 2 and not any(surname in page.lines[i].text for i in ends)


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
        if len(fields) == 1 and _signs_the_date_line(page, fields[0]):
            b = parse_byline(fields[0], allow_org=True) or Byline(fields[0], (Author(fields[0]),), None)
            rule = "header/outlet-in-date-line" if " " in fields[0] else "header/agency-in-date-line"
            page.decide(i, Decision(Role.BYLINE, byline=b, rule=rule))
            page.bylines.append(i)
            page.byline_candidates.append(Weighed(i, True, ("outlet-in-a-date-line",)))
            return


def _signs_the_date_line(page: Page, field: str) -> bool:
    """The one field left in a date line is an outlet or an agency: of two words or more, or a wire agency's
    letters alone that the story's wire dateline names in brackets ("PWI | Updated: Apr 14 2025 19:02 IST" over
    "Sundargiri, Apr 14 (PWI) Schools in ...": the agency's own site, or a site that republishes its copy)."""
    if len(field.split()) >= 2:
        return outlet_tail(field) or is_agency(field)
    if not (2 <= len(field) <= 6 and field.isupper() and field.isalpha()):
        return False
    return is_agency(field) or named_by_the_dateline(page, field)


def bio_byline(page: Page) -> None:
    """With no byline printed, the author's bio closing the story names the author ("Harriet Vance is a
    retired nurse who lives in Cedar Bend."): a short sentence about someone the story does not mention."""
    if page.bylines or page.headline is None:
        return
    if _original_byline(page) or _foot_byline(page):
        return
    d, lines = page.decisions, page.lines
    last = next((k for k in range(page.body_end, page.body_start - 1, -1) if d[k].role is Role.PARAGRAPH), None)
    after = [k for k in range(page.body_end + 1, min(len(lines), page.body_end + 8)) if d[k].note_kind == "bio"]
    for k in ([last] if last is not None else []) + after:
        m = _BIO_LEAD.match(lines[k].text) if page.feats[k].words <= 40 else None
        name = m.group("name") if m is not None else ""
        # (the author box's name printed alone over the bio is no mention in the story)
        box = k - 1 if k > page.body_start and lines[k - 1].text.strip() == name else None
        if not is_name(name) or any(name.split()[-1] in lines[j].text for j in range(page.body_start, box or k)):
            continue  # someone the story is about
        b = Byline(lines[k].text, (Author(name),), None)
        page.decide(k, d[k]._replace(byline=b, rule="header/bio-byline"))
        if box is not None:
            page.decide(box, Decision(Role.DEBRIS, "non-prose", rule="tail/name-over-bio-byline"))
        page.bylines.append(k)
        page.byline_candidates.append(Weighed(k, True, ("bio-closing-the-story",)))
        return


def _original_byline(page: Page) -> bool:
    """ "(Japanese original by Hamada Yuki, Minase Bureau)" just under a story printed with no byline: a story
    translated from the paper's vernacular edition names its reporter there. Decides it when so."""
    d, lines = page.decisions, page.lines
    for k in range(page.body_end + 1, min(len(lines), page.body_end + 4)):
        t = lines[k].text
        m = _ORIGINAL_BY.match(t) if t[:1] == "(" and "original" in t else None
        if m is not None and d[k].role in (Role.OUTSIDE, Role.NOTE, Role.DEBRIS) and is_name(m.group("name")):
            b = Byline(t, (Author(m.group("name").strip()),), None)
            page.decide(k, Decision(Role.NOTE, note_kind="credits", byline=b, rule="header/original-byline"))
            page.bylines.append(k)
            page.byline_candidates.append(Weighed(k, True, ("original-by-under-the-story",)))
            return True
    return False


def _foot_byline(page: Page) -> bool:
    """The author named in the box of fields closing a story printed with no byline ("Prepared by: Name, Press
    Office" beside "Published: ..."; `byline_places.foot_author`). Decides it when so."""
    found = foot_author(page)
    if found is None:
        return False
    k, b = found
    page.decide(k, Decision(Role.NOTE, note_kind="credits", byline=b, rule="header/foot-byline"))
    page.bylines.append(k)
    page.byline_candidates.append(Weighed(k, True, ("labelled-author-closing-the-story",)))
    return True


def _section_label(page: Page, k: int) -> bool:
    """A section's name of a word or two ("Ideas", "Business"), not yet read as anything."""
    f = page.feats[k]
    return page.decisions[k].role is Role.OUTSIDE and f.words <= 2 and not f.name_like


def _desk_signing(t: str) -> str | None:
    """The rule by which a line is a desk signing alone ("Staff Correspondent", "Redacción Canal 11"), or None."""
    if is_desk_role(t):
        return "header/desk-role-byline"
    if t.split(" ", 1)[0].lower() in _NEWSROOM_WORDS and _NEWSROOM_OF_OUTLET.match(t):
        return "header/newsroom-byline"
    return None


def _desk_byline(page: Page, i: int, rule: str) -> None:
    """A desk's role alone under the headline ("Staff Correspondent", "Special Correspondent"): the byline, the
    desk as printed (a paper that names no reporter signs so)."""
    t = page.lines[i].text.strip(" .,:")
    page.decide(i, Decision(Role.BYLINE, byline=Byline(t, (Author(t),), None), rule=rule))
    page.bylines.append(i)
    page.byline_candidates.append(Weighed(i, True, ("desk-role-alone",)))


def _name_byline(
    page: Page, i: int, evidence: tuple[str, ...], labelled: bool, rule: str = "header/name-byline"
) -> None:
    t = page.lines[i].text
    b = parse_byline(t, allow_org=labelled or P.agency_only(t))
    if b is None:
        page.byline_candidates.append(Weighed(i, False, (*evidence, "not-read-as-a-name")))
        return
    page.decide(i, Decision(Role.BYLINE, byline=b, rule=rule))
    page.bylines.append(i)
    page.byline_candidates.append(Weighed(i, True, evidence))
    if labelled_author(page.lines, i):
        page.decide(i - 1, Decision(Role.DEBRIS, "label", rule="header/author-label"))


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/name-byline": ex.header(ex.HEADLINE, "Jane Doe"),
    "header/desk-role-byline": ex.header(ex.HEADLINE, "Staff Correspondent"),
    "header/newsroom-byline": ex.header(ex.HEADLINE, "Redacción Canal 11", "March 3, 2024"),
    "header/original-byline": ex.header(ex.HEADLINE, "March 3, 2024")
    + "\n(Japanese original by Jane Doe, Harbourton Bureau)\n",
    "header/byline-continued": ex.header(ex.HEADLINE, ex.BYLINE, "and Omar Pike", "March 3, 2024"),
    "header/foot-byline": ex.header(ex.HEADLINE, "03.03.2024")
    + "\nPrepared by: Jane Doe, Press Office\nPublished: 03.03.2024 10:40\nLast modified: 04.03.2024 08:15\n",
    "header/outlet-in-date-line": ex.header(ex.HEADLINE, "Updated on: March 3, 2024 / 9:10 AM / Harbour News"),
    "header/agency-in-date-line": "\n\n".join(
        (ex.HEADLINE, "HNA | Updated: Mar 3 2024 19:02 IST", "Harbourton, Mar 3 (HNA) " + ex.OPENING, ex.MIDDLE)
    )
    + "\n",
    "header/bio-byline": ex.header(ex.HEADLINE, "March 3, 2024")
    + "\nJane Doe is a retired librarian who lives in Harbourton.\n",
    "tail/name-over-bio-byline": ex.header(ex.HEADLINE, "March 3, 2024")
    + "\nJane Doe\nJane Doe is a retired librarian who lives in Harbourton. She writes about the harbour.\n",
    "header/name-above-headline": ex.header("Jane Doe", "Local", "03.12.2024 09:00 AM", ex.HEADLINE),
    "header/columnist-over-headline": ex.header("Opinion", "Jane Doe", ex.HEADLINE, ex.DECK, "March 3, 2024"),
    "header/author-label": ex.header(ex.HEADLINE, "Author:\nJane Doe"),
    "header/name-over-life-dates": ex.header(ex.HEADLINE, "ANN LEE", "3 May 1939 – 2 March 2024", "March 5, 2024"),
    "header/job-title-and-outlet": ex.header(
        ex.HEADLINE, "Jane Doe", "Statehouse Reporter, Capitol News", "March 3, 2024"
    ),
}
