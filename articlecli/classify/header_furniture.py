"""Page furniture of the header read from what its lines say: a widget's text (`title_kinds.not_a_title`), and dates
of other stories (a related title's date is not the article's)."""

from __future__ import annotations

from .. import lexicon as L
from . import examples as ex
from .echo import titled
from .page import Decision, Page, Role
from .title_kinds import title_kind

_REACH = 30  # how far above the body a widget is looked for: a header's own lines, not the menus over it


def widget_lines(page: Page) -> None:
    """A header line that is a widget's text by its words ("Share this article with your friends", "Send this story
    to a friend", "Listen to this article · 4 min", "Tamaño de letra"), or a widget's button alone ("Guardar"), is page
    furniture before the headline is looked for: it is no line between a headline and its standfirst or byline."""
    d, feats = page.decisions, page.feats
    for i in range(max(0, page.body_start - _REACH), page.body_start):
        if d[i].role is not Role.OUTSIDE or not 1 <= feats[i].words <= 8:
            continue
        # (what a line of two words or more says it is is read once per text, and read again by the headline's vetoes)
        if title_kind(page, i) == "widget" if feats[i].words > 1 else feats[i].key in L.WIDGET_WORDS:
            page.decide(i, Decision(Role.DEBRIS, "label", rule="header/widget-text"))


def dated_other_titles(page: Page) -> None:
    """A date line right under another story's title is that story's date, not the article's: under a title
    labelled as related ("Related: Ferry fares to rise" / "March 3, 2023", "Lesen Sie auch: ..." / "03.12.2023"),
    wherever the header prints it; or, above the headline, under a title-shaped line that is not the headline
    printed again, while the headline has a date line of its own under it."""
    head = page.headline
    if head is None or not page.date_lines:
        return
    d = page.decisions
    own = any(head < j < page.body_start for j in page.date_lines)
    for i in [i for i in page.date_lines if i < page.body_start]:
        k = i - 1
        while k >= 0 and d[k].role is Role.DEBRIS and d[k].reason != "related":
            k -= 1
        if k < 0 or k == head:
            continue
        labelled = d[k].role is Role.DEBRIS and d[k].reason == "related"
        if labelled or (i < head and own and _other_title(page, k, head)):
            page.decide(i, Decision(Role.DEBRIS, "related", rule="header/date-of-another-title"))
            page.decide(k, Decision(Role.DEBRIS, "related", rule="header/date-of-another-title"))
            page.date_lines.remove(i)


def _other_title(page: Page, k: int, head: int) -> bool:
    """Line `k`, above the headline, is a title of four words or more that is not the headline printed again."""
    f = page.feats[k]
    return (
        page.decisions[k].role is Role.OUTSIDE
        and f.title
        and f.words >= 4
        and f.key != page.feats[head].key
        and not titled(f.text, page.feats[head].text)
    )


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/widget-text": ex.header(ex.HEADLINE, "Send this story to a friend", ex.DECK, ex.BYLINE),
    "header/date-of-another-title": ex.header(
        ex.HEADLINE, "Related: Bus fares to rise in the spring", "March 1, 2023", ex.BYLINE, "March 3, 2024"
    ),
}
