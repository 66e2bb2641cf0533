"""Text that comes from news databases, feeds and mail: the furniture they set around a story's header (a
feed's version label on the headline, a wire editor's note under it, a library record's catalogue byline,
citation line and abstract, a blog platform's title over its subtitle), each read by its shape."""

from __future__ import annotations

import itertools

from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..bylines import is_name
from ..model import Author, Byline
from . import examples as ex
from .echo import HEADER_WINDOW, story_echo, story_stems
from .features import GIVEN
from .page import PAGE_CHROME, Decision, Page, Role
from .span import JUMP_FURNITURE
from .vetoes import headline_veto
from .words import title_case

# "UPDATE 2-", "REFILE-", "CORRECTED-": a wire feed's version label glued to the headline (layouts reads it off
# wire copy; on a page of other furniture it is still no part of the title)
# "(2nd LD) Gov't to cap ...", "(LEAD) ...": an agency's write-through label in brackets before the headline
_BRACKET_VERSION = rx.compile(
    r"^\((?:\d{1,2}(?:st|nd|rd|th)[ ])?(?:\L<labels>)\)[ ]++(?=\p{Lu}|\d)",
    labels=P.phrase_list(L.WIRE_BRACKET_VERSION_LABELS),
)
# "(Adds minister's comment in paragraphs 5-6)", "(ATTN: ADDS details in paras 5-7)": a wire editor's note on what
# this version changed; or the same note after a label, without brackets ("EDITORS: Adds boat owner's comment in
# paragraphs 6-7", "Note to editors: Updates with police statement")
_EDITOR_NOTE = rx.compile(
    r"^(?:\((?:ATTN:[ ]*+)?(?:\L<verbs>)\b[^()]{3,200}+\)"
    r"|(?:\L<labels>)[ ]*+:[ ]*+(?:\L<verbs>)\b.{3,200}+)$",
    P.FLAGS,
    verbs=P.phrase_list(L.WIRE_NOTE_VERBS),
    labels=P.phrase_list(L.WIRE_NOTE_LABELS),
)
_NOTE_LABEL_FIRSTS = tuple({label[0] for label in L.WIRE_NOTE_LABELS})  # a cheap test before the pattern
# "Okafor, Daniel." / "Ng, Lucille; Okafor, Daniel": a library catalogue's authors, surname first
_CATALOGUE_NAME = rx.compile(
    r"(?P<surname>\p{Lu}[\p{L}'’\-]++(?:[ ]\p{Lu}[\p{L}'’\-]++)?),[ ](?P<given>\p{Lu}[\p{L}'’\-]++(?:[ ]\p{Lu}\.?)?)"
)
# "... [Harlow Ridge, Ont]. 09 Apr 2024: A.3.": a database's citation of a story, its date and page at the end
_CITATION_END = rx.compile(r"(?:19|20)\d\d(?:[ ]\[[^\]]{1,30}\])?:[ ]?(?:[A-Z]\.?)?\d{1,4}\.?$")
_ABSTRACT_LABELS = frozenset(L.DATABASE_ABSTRACT_LABELS)
_TEXT_LABELS = frozenset(L.DATABASE_TEXT_LABELS)

SUBTITLE_WORDS = 8  # a blog platform's subtitle is a sentence-case summary this long at least


def headline_version(page: Page) -> None:
    """A wire feed's version labels on the headline ("UPDATE 2-North Sea nations agree ...", "RPT-UPDATE 1-...",
    an agency's "(2nd LD) Gov't to cap ..."), in wire copy or on a page read as web text (a feed item with its
    service lines above, an agency's own page): the headline without them."""
    head = page.headline
    if head is None:
        return
    t = page.decisions[head].text or page.lines[head].text
    m = P.wire_version(t) if t[:1].isupper() else _BRACKET_VERSION.match(t) if t[:1] == "(" else None
    if m is not None:
        page.decide(head, Decision(Role.HEADLINE, text=t[m.end() :], rule="header/headline-without-version"))


def editor_note(page: Page) -> None:
    """A wire editor's note in brackets under the headline ("(Adds fishermen's comment in paragraphs 7-8)"), or
    after an editors' label ("EDITORS: Adds ..."): a note on the copy, not its standfirst."""
    head = page.headline
    if head is None:
        return
    for i in range(head + 1, min(page.body_start, head + 3)):
        t = page.lines[i].text
        opens = t[:1] == "(" or (t[:1].lower() in _NOTE_LABEL_FIRSTS and ":" in t[:24])
        if page.decisions[i].role is Role.OUTSIDE and opens and _EDITOR_NOTE.match(t):
            page.decide(i, Decision(Role.NOTE, note_kind="note", rule="header/wire-editor-note"))
            return


def _catalogue_names(text: str) -> list[str]:
    """The names of "Surname, Given; Surname, Given" in reading order, or [] when any part is not one."""
    out = []
    for part in text.split(";"):
        m = _CATALOGUE_NAME.fullmatch(part.strip())
        if m is None or m.group("given").split()[0].lower() not in GIVEN:
            return []
        name = f"{m.group('given')} {m.group('surname')}"
        if not is_name(name):
            return []
        out.append(name)
    return out


def citation_header(page: Page) -> None:
    """A database's citation line above the story ("The Harlow Ridge Sentinel; Harlow Ridge, Ont. 09 Apr 2024:
    A.3."): the paper, its place, the date and the page. It dates the story and is no title or standfirst; the
    author line right above it, surname first ("Okafor, Daniel."), is the byline. Read before the headline, which
    is then the title over them."""
    lines, d = page.lines, page.decisions
    for i in range(max(0, page.body_start - HEADER_WINDOW), page.body_start):
        t = lines[i].text
        if ";" not in t or t[-1:] not in _CITATION_LAST or _CITATION_END.search(t) is None:
            continue  # (the cheap tests first: a citation holds a semicolon and ends with its page)
        page.decide(i, Decision(Role.DATE, rule="header/citation-date-line"))
        page.date_lines.append(i)
        names = _catalogue_names(lines[i - 1].text.rstrip(" .")) if i and d[i - 1].role is Role.OUTSIDE else []
        if names:
            byline = Byline(lines[i - 1].text, tuple(Author(n) for n in names), None)
            page.decide(i - 1, Decision(Role.BYLINE, byline=byline, rule="header/catalogue-name-byline"))
            page.bylines.append(i - 1)
        return


_CITATION_LAST = frozenset(".0123456789")


def database_abstract(page: Page) -> None:
    """A library record's `Abstract` label over a summary, and its `Full text` label over the story: the
    summary is the standfirst (as a database's `Highlight:` field is), the labels are furniture."""
    d, lines = page.decisions, page.lines
    lo = max(0, page.body_start - 12)
    for i in range(lo, min(len(lines) - 1, page.body_start + 2)):
        if page.feats[i].words > 2 or page.feats[i].key not in _ABSTRACT_LABELS:
            continue
        k = i + 1
        if d[k].role not in (Role.PARAGRAPH, Role.OUTSIDE, Role.DECK) or not page.feats[k].prose:
            return
        if page.deck is not None and page.deck != k:
            page.decide(page.deck, PAGE_CHROME)
        page.decide(i, Decision(Role.DEBRIS, "label", rule="header/database-label"))
        page.decide(k, Decision(Role.DECK, rule="header/database-abstract"))
        page.deck = k
        for j in range(k + 1, min(len(lines), k + 3)):
            if page.feats[j].key in _TEXT_LABELS:
                page.decide(j, Decision(Role.DEBRIS, "label", rule="header/database-label"))
        return


def title_over_subtitle(page: Page) -> None:
    """A blog platform's or a newsletter's header: the title, its subtitle (a sentence-case summary of
    SUBTITLE_WORDS words or more, no full stop), then the writer's name alone. When the subtitle was taken
    for the headline, the line above it is the title (the subtitle is then found as the standfirst)."""
    head = page.headline
    if head is None or head == 0 or head + 1 >= page.body_start:
        return
    d, feats, lines = page.decisions, page.feats, page.lines
    t = lines[head].text
    if feats[head].words < SUBTITLE_WORDS or title_case(t) or P.ends_sentence(t) or t.endswith(":"):
        return
    under = head + 1
    if not (d[under].role is Role.BYLINE or feats[under].name_like == 2) or feats[under].words > 4:
        return  # the writer's name alone under it ("By ..." lines are read by the usual weights)
    k = head - 1
    f = feats[k]
    if d[k].role is not Role.OUTSIDE or not 4 <= f.words <= 20 or f.all_caps or f.name_like or f.dup > 1:
        return
    if lines[k].text.endswith((":", "|", "-", "–", "—", "»")) or headline_veto(page, k) is not None:
        return
    # the title's words come back in the story at least as much as the subtitle's (a teaser for another story
    # over a headline shares none)
    story = story_stems(page)
    if not 0 < story_echo(page, head, story) <= story_echo(page, k, story):
        return
    page.decide(head, PAGE_CHROME)
    page.decide(k, Decision(Role.HEADLINE, rule="header/title-over-subtitle"))
    page.headline = k


def story_after_jump(page: Page) -> None:
    """A print page's jump lines in an e-edition's text ("Continued on Page A4", the page's name, date and number
    again, "Continued from Page A1"): the lines between two of them are the page's furniture, and the story's
    sentences glued under them (read as a box of links with them) are its paragraphs again."""
    d, lines, feats = page.decisions, page.lines, page.feats
    jumps = [i for i in range(page.body_start, page.body_end + 1) if feats[i].debris == "jump"]
    for a, b in itertools.pairwise(jumps):
        if b - a <= JUMP_FURNITURE:
            for k in range(a + 1, b):
                page.decide(k, Decision(Role.DEBRIS, "jump", rule="body/jump-furniture"))
    for i in jumps:
        k = i + 1
        while k <= page.body_end and not lines[k - 1].blank_after and d[k].reason in ("related", "page-chrome"):
            if feats[k].prose and feats[k].words >= 12 and P.ends_sentence(lines[k].text):
                page.decide(k, Decision(Role.PARAGRAPH, rule="body/story-after-jump"))
            k += 1


_STORY = "\n\n" + ex.OPENING + "\n\n" + ex.MIDDLE + "\n\n" + ex.CLOSING + "\n"

# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "header/headline-without-version": "Harbour Wire Service\nPriority: 2\nUPDATE 2-"
    + ex.HEADLINE
    + "\n"
    + ex.BYLINE
    + _STORY,
    "header/wire-editor-note": ex.HEADLINE + "\n(Adds mayor's comment in paragraph 3)\n" + ex.BYLINE + _STORY,
    "header/catalogue-name-byline": "Back to results\n" + ex.HEADLINE + "\nLee, Ann.\nHarbour Herald; Harbourton, Me. "
    "12 Mar 2024: A.3." + _STORY,
    "header/citation-date-line": "Back to results\n" + ex.HEADLINE + "\nLee, Ann.\nHarbour Herald; Harbourton, Me. "
    "12 Mar 2024: A.3." + _STORY,
    "header/database-label": ex.HEADLINE + "\n" + ex.BYLINE + "\nAbstract\n" + ex.DECK + "\nFull text" + _STORY,
    "header/database-abstract": ex.HEADLINE + "\n" + ex.BYLINE + "\nAbstract\n" + ex.DECK + "\nFull text" + _STORY,
    "body/jump-furniture": ex.story(
        ex.CLOSING, "Continued on Page A4\nThe Harbour Herald\nA4\nContinued from Page A1\n" + ex.ENDING
    ),
    "body/story-after-jump": ex.story(
        "The library opened in 1902 and was given to the town by a shipowner whose name is carved over the door.",
        "Continued on Page A4\nThe Harbour Herald\nTuesday, March 12, 2024\nA4\nLIBRARY\nContinued from Page A1\n"
        "The mayor said the books would be moved to the school across the square before the end of the year.",
        "A public meeting on the future of the building will be held at the town hall on the first Monday of April.",
    ),
    "header/title-over-subtitle": "Sign in\nThe Harbour Letter\nWhy the harbour library is closing, and who decided\n"
    "Three meetings, one roof and a council vote nobody noticed\nJane Doe\nMar 12, 2024" + _STORY,
}
