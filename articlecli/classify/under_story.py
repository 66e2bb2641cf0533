"""Under the story, what a page with none in its header prints there: its date ("Published May 7, 2024 · Updated
May 8, 2024" under the last paragraph, as reader views and some regional papers print it) and its writer's name
signed with a dash ("— Awino Kanyadudi")."""

from __future__ import annotations

from .. import dates
from ..bylines import Author, Byline, dash_signed_name
from . import examples as ex
from .page import Decision, Page, Role, Weighed

DATE_REACH = 12  # lines under the story's last line where its own date may stand (past a box of links)
SIGNATURE_REACH = 3  # lines under the story's last line where its writer signs
_SIGN_DASHES = ("—", "–", "--")  # (a line signed so, counted: one only signs a story)


def date_under_story(page: Page) -> None:
    """With no date line in the header, the first labelled date line under the story is the page's own ("16-04-24,
    17:35 Laatst bijgewerkt: 17-04-24, 08:10"): a label says it dates this page, where a bare date under a link
    dates the linked story."""
    if page.date_lines or page.headline is None:
        return
    d, lines = page.decisions, page.lines
    for k in range(page.body_end + 1, min(len(lines), page.body_end + 1 + DATE_REACH)):
        t = lines[k].text
        if d[k].role not in (Role.OUTSIDE, Role.DEBRIS) or not dates.has_digit(t) or len(t) > 100:
            continue
        if dates.PUBLISHED_LABEL.search(t) is None and dates.UPDATED_LABEL.search(t) is None:
            continue
        found = dates.read_date_line(t, year_hint=None, now=None)
        if (found.published or found.updated) is not None:
            page.decide(k, Decision(Role.DATE, rule="tail/date-under-story"))
            page.date_lines.append(k)
            return


def signed_under_story(page: Page) -> None:
    """With no byline, a name alone after a dash right under the story's last paragraph is its writer's signature
    ("— Awino Kanyadudi"), when it is the only line so signed on the page (a live blog signs each post)."""
    if page.bylines or page.headline is None:
        return
    d, lines = page.decisions, page.lines
    signed = [k for k in range(page.body_start, len(lines)) if lines[k].text.startswith(_SIGN_DASHES)]
    for k in signed if len(signed) == 1 else ():
        if not page.body_end < k <= page.body_end + SIGNATURE_REACH or d[k].role not in (Role.OUTSIDE, Role.DEBRIS):
            return
        name = dash_signed_name(lines[k].text)
        if name is not None and name.split()[-1] not in " ".join(lines[j].text for j in range(page.body_start, k)):
            b = Byline(lines[k].text, (Author(name),), None)
            page.decide(k, Decision(Role.NOTE, note_kind="credits", byline=b, rule="tail/signed-under-story"))
            page.bylines.append(k)
            page.byline_candidates.append(Weighed(k, True, ("signed-under-the-story",)))


EXAMPLES: dict[str, str] = {
    "tail/date-under-story": f"{ex.HEADLINE}\n\n{ex.BYLINE}\n\n{ex.OPENING}\n\n{ex.MIDDLE}\n\n{ex.CLOSING}\n\n"
    "Published May 7, 2024 · Updated May 8, 2024\n",
    "tail/signed-under-story": f"{ex.HEADLINE}\n\nMay 7, 2024\n\n{ex.OPENING}\n\n{ex.MIDDLE}\n\n{ex.CLOSING}\n\n"
    "— Mira Okafor\n",
}
