"""Photo credits in the header, read once the bylines are known: each credits the caption above it (or the one
below, where `credit_places` says so); a section's trail and a source's byline are no picture's credit."""

from __future__ import annotations

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from ..bylines import is_agency, parse_byline
from .credit_places import credit_above_caption, story_source
from .features import GIVEN
from .page import Decision, Page, Role, Weighed
from .pictures import adopt_caption


def credits(page: Page) -> None:
    """Photo credits above the body, now that bylines are known; each credits the caption above it."""
    d, feats, head = page.decisions, page.feats, page.headline
    for i in range(page.body_start):
        credit = feats[i].credit if d[i].role is Role.OUTSIDE else _picture_copyright(page, i)
        if credit is not None:
            if head is not None and i < head and is_agency(page.lines[i].text):
                continue  # "CNN" alone above the headline: the site's name, not a picture's credit
            if head is not None and i < head and _section_path(page.lines[i].text):
                continue  # "Hong Kong / Transport" over the headline: where the story is filed
            if _picture_contributor(page, i):
                page.decide(i, Decision(Role.DEBRIS, "byline", rule="header/picture-contributor"))
                continue
            if _source_agency_byline(page, i) or story_source(page, i):
                continue
            page.decide(i, Decision(Role.CAPTION, text=None, credit=credit, rule="pictures/header-credit-line"))
            adopt_caption(page, i, credit)


def _picture_copyright(page: Page, i: int) -> str | None:
    """ "© Agency - Name" under the headline, read as the page's copyright: with no year (the credit reader keeps a
    name) and its picture beside it, a picture's credit, printed with the lead picture."""
    d = page.decisions
    if d[i].reason != "copyright" or page.headline is None or i < page.headline:
        return None
    credit = C.credit_only(page.lines[i].text)
    # its picture beside it: a sentence above it (a caption, no promo's title: those end none), or the caption under it
    above = d[i - 1]
    if credit is None or (above.role in (Role.CAPTION, Role.OUTSIDE) and P.ends_sentence(page.lines[i - 1].text)):
        return credit
    return credit if credit_above_caption(page, i) else None


def _section_path(t: str) -> bool:
    """ "Hong Kong / Transport", "World / Asia", "Home / Fiji / Western Division", "Home & Living / Buying Guides": two
    to four section names of up to three capitalised words (and a word joining two) between slashes, none a person
    (no known given name first) nor an agency, as a paper files a story over its title."""
    parts = t.split(" / ")
    if not 2 <= len(parts) <= 4:
        return False
    for part in parts:
        words = part.split()
        # (a section's name may join two: "Law and Crime", "Home & Living")
        names = [w for n, w in enumerate(words) if not (n and w.lower() in L.SECTION_NAME_JOINS)]
        if not 1 <= len(names) <= 3 or len(words) > 4 or not all(w[:1].isupper() for w in names):
            return False
        if words[0].lower() in GIVEN or is_agency(part):
            return False
    return True


def _source_agency_byline(page: Page, i: int) -> bool:
    """ "Source: Xinhua" right under the headline or beside the story's date line, no picture near: the agency the
    story comes from, its byline (a portal reprinting state-agency copy prints no other). Decides it when so."""
    d, t, head = page.decisions, page.lines[i].text, page.headline
    if head is None or i < head or t[:7].lower() != "source:" or page.bylines:
        return False
    agency = t[7:].strip(" .")
    beside = {d[k].role for k in (i - 1, i + 1) if 0 <= k < len(page.lines)}
    if not is_agency(agency) or Role.CAPTION in beside or not ({Role.HEADLINE, Role.DATE} & beside):
        return False
    byline = parse_byline(agency, allow_org=True)
    if byline is None:
        return False
    page.decide(i, Decision(Role.BYLINE, byline=byline, rule="header/source-agency-byline"))
    page.bylines.append(i)
    page.byline_candidates.append(Weighed(i, True, ("source-agency-line",)))
    return True


# "Photographs by Name", "Illustrations by Name", "Photography: Name", "Fotos: Name": who made the pictures of the
# whole piece, printed with the byline (as "Words: Name" is)
_CONTRIBUTOR_LEADS = tuple(L.PICTURE_CONTRIBUTOR_LEADS)


_CONTRIBUTOR_LEAD_SIZE = max(map(len, _CONTRIBUTOR_LEADS))


def _picture_contributor(page: Page, i: int) -> bool:
    """Line `i` credits the pictures of the whole piece under its byline, not one picture (no caption to credit)."""
    if not page.lines[i].text[:_CONTRIBUTOR_LEAD_SIZE].lower().startswith(_CONTRIBUTOR_LEADS):
        return False  # the cheap test first
    k = i - 1
    while k >= 0 and page.decisions[k].role is Role.DEBRIS:
        k -= 1
    return k >= 0 and page.decisions[k].role is Role.BYLINE
