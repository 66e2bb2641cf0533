"""What a body line's neighbours say about it: a short line over running text is a heading, glued to other
short lines a line of a list or a table, a question over an answer an explainer's subheading. The body's rule
table (`body.BODY_RULES`) reads these."""

from __future__ import annotations

from .. import patterns as P
from .. import rx
from .closing_box import TITLED_BOX_ROWS
from .debris import debris_reason
from .features import Features
from .live import post_writer
from .page import Page, Role
from .products import figures_field
from .schedules import box_label_over_rows
from .shapes import entry_row, figures_row, row_shape, shape_of
from .span import INLINE_DEBRIS
from .stamps import over_updates, time_stamp
from .words import (
    BOX_TITLE_WORDS,
    FUNCTION_WORDS,
    NOT_CROSSHEAD_OPENERS,
    QUOTE_MARKS,
    READER_WORDS,
    box_title,
    release_contact_label,
)

_CLAUSE_END = rx.compile(r"[.,;]$")
# a sentence's full stop with something trailing it: an emoji, a link's "(More)" ("... before the doors opened. 🙁")
_CLAUSE_THEN_TRAIL = rx.compile(r"[.,;][\"”’']?\s*+(?:\([^()]{1,12}\)|[\p{So}\p{Sk}\uFE0F\u200D\s]++)$")
# two texts run together at a sentence's end, the second a widget's words ("... leaving.'Share This Quote",
# "Thanks for stopping by!Open Website")
_GLUED_TAIL = rx.compile(r"\p{Ll}[.!?][\"”’']?\p{Lu}\p{Ll}++(?:\s++\p{Lu}\p{Ll}*+){0,3}$")
# a few quoted words standing as a section's title ('"A slow emergency"', "‘Who clears the snow?’", « Bâtir,
# c'est durer »): no sentence inside the marks, at most a question's or an exclamation's mark before the last one
_QUOTED_TITLE = rx.compile(r"^[\"“«‘']\s?(?P<words>\p{Lu}[^\"“”«».;:!?]{2,60}?)[?!]?\s?[\"”»’']$")
# a short title closing on a quoted term ("Un festival « hors les murs »", 'A "temporary" bridge for ten years')
_TITLE_WITH_TERM = rx.compile(r"^\p{Lu}[^\"“”«»‘.;:!?]{1,50}\s[\"“«‘]\s?[^\"“”«»‘’.;:!?]{2,40}?\s?[\"”»’]$")
# the mark that closes each opening one ("'" both ways, and a straight double quote)
_CLOSES = {'"': '"”', "“": '”"', "«": "»", "‘": "’'", "'": "'’"}
_OPENING = frozenset(_CLOSES)
_CLOSING = frozenset("\"”»’'")
# a quoted crosshead's words: no more than a title's, with at most one comma ('"Quiet, not idle"')
_QUOTED_TITLE_WORDS = 7
_QUOTED_TITLE_CHARS = 90  # either form, at most
_TERM_TITLE_WORDS = 8
# a line of dialogue speaks as "I" or "you" ('"Where is my coat?"'); a narrative answers it with a pronoun or "That"


def quoted_heading(page: Page, i: int) -> bool:
    """A few words in quotation marks alone between paragraphs, with no sentence inside the marks: a
    subheading that quotes the section below ('"A slow emergency"', "‘Who clears the snow?’", "'Quiet, not
    idle'"), not a quotation someone says; or a short title closing on a quoted term, between paragraphs."""
    t = page.lines[i].text
    if not t or len(t) > _QUOTED_TITLE_CHARS or t[-1] not in _CLOSING:
        return False  # (the cheap tests first: most lines are longer, or close on no quotation mark)
    if i + 1 > page.body_end or not page.feats[i + 1].prose:
        return False
    if t[0] in _OPENING:  # (the pattern's opening mark, read first)
        m = _QUOTED_TITLE.match(t)
        if m is None or t[-1] not in _CLOSES[t[0]]:
            return False
        words = m.group("words")
        if t.rstrip(_CLOSES[t[0]] + " ")[-1:] in "?!":
            # a question or a cry in marks under a paragraph quoting someone is their next words ('"Who will answer
            # for this?"'), and one with a comma speaks to someone ('"Ann, why?"'): no crosshead
            quoting = (
                i - 1 >= page.body_start and page.feats[i - 1].prose and QUOTE_MARKS.search(page.lines[i - 1].text)
            )
            if quoting or "," in words or _dialogue(words, page.lines[i + 1].text):
                return False
        elif words.count(",") > 1:  # (one comma in a title: "Quiet, not idle")
            return False
        return 2 <= len(words.split()) <= _QUOTED_TITLE_WORDS
    # a title ending in a quoted term, between two paragraphs: a sentence that ends so is printed with its stop
    if page.feats[i].words > _TERM_TITLE_WORDS or i - 1 < page.body_start or not page.feats[i - 1].prose:
        return False
    return _TITLE_WITH_TERM.match(t) is not None


def _dialogue(words: str, nxt: str) -> bool:
    """A question or a cry in marks that is a line of a story's dialogue, not a crosshead: it speaks in the first or
    second person ('"Where is my coat?"'), or the paragraph under it goes on the narrative with a pronoun or "That"
    ("She shouted it twice ...")."""
    said = [w.strip("?!'’").lower() for w in words.split()]
    opener = nxt.split(None, 1)[0].strip("\"“‘'").lower() if nxt else ""
    return opener in NOT_CROSSHEAD_OPENERS or not READER_WORDS.isdisjoint(said)


def glued_next(page: Page, i: int) -> bool:
    """The next line, inside the body, is a short line too, with no blank line between."""
    nxt = i + 1
    return (
        nxt < len(page.lines) and not page.lines[i].blank_after and not page.feats[nxt].prose and nxt <= page.body_end
    )


def in_block(page: Page, i: int) -> bool:
    """A short line glued to another short line of the body (not a live post's writer under its title), or under
    a line that ends with a colon: a line of a list or a table, not a heading."""
    if i == 0:
        return False
    line = page.lines[i]
    glued_prev = (
        not line.blank_before
        and i - 1 >= page.body_start
        and not page.feats[i - 1].prose
        and page.decisions[i - 1].role is not Role.DEBRIS  # a live blog's "13:40" above a post's title
        and page.decisions[i - 1].role is not Role.CAPTION  # a picture's caption above a subheading
    )
    if glued_prev and heading_under_rows(page, i):
        return False  # the next section's subheading, glued under the box's last row
    if not glued_prev and box_title_over_rows(page, i):
        return False  # the box's title, its labelled rows glued under it
    if glued_prev or (page.lines[i - 1].text.endswith(":") and not line.blank_before):
        return True
    if _under_box_title(page, i):  # a row of the story's box, or the next section's subheading under its rows
        return not (line.blank_before and heading_under_rows(page, i, set_apart=True))
    if page.spaced and _under_a_colon_label(page, i):
        return True
    return glued_next(page, i) and not post_writer(page, i + 1)  # (a live post's title over its writer's name)


def _under_box_title(page: Page, i: int) -> bool:
    """Line `i`, short, is a row of the story's box under its title by its words (`page.box_titles`, read by
    `body/box-title`): the lines between are short too ("EN CIFRAS" / "Costo: 4,2 millones" / "Plazo: cuatro meses"),
    or labelled rows that read as sentences ("Horario: de lunes a viernes, de 9.00 a 14.00; sábados, cerrado")."""
    if not page.box_titles:
        return False
    k = i - 1
    while (
        k >= page.body_start
        and k >= i - TITLED_BOX_ROWS
        and (not page.feats[k].prose or P.label_row(page.lines[k].text))
    ):
        if page.decisions[k].role is Role.CAPTION:
            return False  # a picture between: the box ended above it ("Capacity: 3 tonnes" / a caption / "Roads")
        if k in page.box_titles:
            return True
        k -= 1
    return False


_ROW_MARKS = ":-+*•"
ROWS_ABOVE = 2  # rows of one mark above a subheading glued under them, at least


def _row_mark(text: str) -> str | None:
    """What marks a line as a box's row: a list marker opening it ("- Slow with PDFs"), a label's colon near its
    start ("Founded: 1997"), a figure ("Weight 6.1g per bud"); None for a line with none."""
    first = text[:1]
    if first in "-+*•" and text[1:2] == " ":
        return first
    if ":" in text[:30]:
        return ":"
    return "0" if any(c.isdigit() for c in text) else None


BOX_ROWS_UNDER = 2  # labelled rows among the three lines glued under a box's title, at least


def box_title_over_rows(page: Page, i: int) -> bool:
    """A short title set apart from the text above it, with labelled rows glued under it ("IF YOU GO" / "Where:
    ..." / "Tickets: ..."; "Company snapshot" / its name / "Founded: 2009" / "Listed: 2024"): the title of the
    story's own box, its subheading, not the box's first row."""
    line, feats = page.lines[i], page.feats
    if line.blank_after or i + 1 > page.body_end:
        return False  # (the cheap test first: on a page printed a block a line, every line is set apart)
    t = line.text
    if t[-1:] in ".,;!?" or not t[:1].isupper() or not 1 <= feats[i].words <= BOX_TITLE_WORDS:
        return False
    titled = box_title(
        t, feats[i].key
    )  # a box's title by its words ("KEY FIGURES", "In numeri"): rows of any mark under it
    if not titled and (t[-1:] == ":" or _row_mark(t) is not None):
        return False
    rows, k = 0, i
    while k < i + 3 and k + 1 <= page.body_end and not page.lines[k].blank_after and not feats[k + 1].prose:
        k += 1
        f = feats[k]  # (a note's or a date's labelled line under the story is none of its rows: "Prepared by: ...")
        row = f.debris is None and not f.date_line and page.decisions[k].role is not Role.NOTE
        mark = _row_mark(page.lines[k].text)
        rows += row and (mark == ":" or (titled and mark is not None))
    return rows >= BOX_ROWS_UNDER


def heading_under_rows(page: Page, i: int, set_apart: bool = False) -> bool:
    """A short title glued under two rows or more of one mark (a fact box's "Label: value" rows, a list's marked
    items, a specs table's figures) and over running text, itself with no mark: the next section's subheading
    printed under the box with no blank line ("Plants: Penang, Kulim" / "Talent crunch" / its text), not the
    box's last row; `set_apart`, rows each set apart by blank lines too (read under a box's title by its words:
    "En chiffres" / "" / "600 habitants" / "" / "1,8 million d'euros" / "" / "Les élèves partent plus tôt")."""
    t, feats = page.lines[i].text, page.feats
    if not 2 <= feats[i].words <= 6 or not t[:1].isupper() or t[-1:] in ".,;:!?" or _row_mark(t) is not None:
        return False
    below = i + 1
    if below > page.body_end or not feats[below].prose or feats[below].words < 12:
        return False
    mark = _row_mark(page.lines[i - 1].text)
    if mark is None or i - ROWS_ABOVE < page.body_start:
        return False
    return all(
        (set_apart or not page.lines[k].blank_after) and not feats[k].prose and _row_mark(page.lines[k].text) == mark
        for k in range(i - ROWS_ABOVE, i)
    )


def row_set_apart(page: Page, i: int) -> bool:
    """A row of a list or a table set apart by blank lines, as a page printed a block a line sets every line
    ("Ingredients" / "" / "2 cups flour" / "" / "1 tsp salt"): one of the same-shaped rows the span read
    together (`Page.shaped`), not a live blog's time stamp; or a short line with no shape under such a row
    ("Salt to taste", "A pinch of saffron"), unless rows of its own follow it (it is then their label) or running
    text under rows that are no quantities (a subheading: "3 June: Polls open" / "Where to vote" / its text)."""
    lines = page.lines
    if not lines[i].blank_before or i - 1 < page.body_start or box_title_over_rows(page, i):
        return False
    t = lines[i].text
    if i in page.shaped and _row(t):
        return not time_stamp(t) and not _post_title(page, i)
    above = i - 1
    if above not in page.shaped or not lines[above].blank_before or page.feats[i].words > 8:
        return False
    if not _row(lines[above].text) or time_stamp(lines[above].text):
        return False  # (a live post's title under its time stamp)
    below = i + 1
    if i in page.shaped or below >= len(lines):
        return True
    if page.feats[below].prose and (shape_of(lines[above].text) != _QUANTITY or _under_box_title(page, i)):
        return False  # a subheading over running text ("How to vote" under a schedule's last row; a box's figures)
    return below not in page.shaped or not _row(lines[below].text)


def _post_title(page: Page, i: int) -> bool:
    """Line `i`, shaped as a labelled row ("Opposition leader: 'Wait for the last box'", "First seat declared:
    Ward 4"), stands between a live post's time stamp alone on the line above and running text under it: the
    post's title, a subheading, not a row of a list (a list's rows are not each opened by a time)."""
    below = i + 1
    return below <= page.body_end and page.feats[below].prose and time_stamp(page.lines[i - 1].text)


_QUANTITY = ("quantity", ())  # an ingredient's shape ("2 onions, sliced"), whose list ends in "A bay leaf" as often


def _row(text: str) -> bool:
    shape = shape_of(text)
    return shape is not None and row_shape(shape)


def _under_a_colon_label(page: Page, i: int) -> bool:
    """On a page printed a block a line, line `i` is a row of a list under a label closed by a colon ("Diversions:" /
    "Mill Lane from the bridge to Quarry Road" / "Quarry Road south of ..."): right under the label, or under a
    row of it; the list's last row over running text when it bears the rows' mark (the block ends where the lines'
    shape changes)."""
    above = i - 1
    if above < page.body_start or page.feats[above].prose:
        return False
    if i + 1 <= page.body_end and page.feats[i + 1].prose:
        # a subheading over running text under the list's last row ("Why it matters"), not a row; but a line with
        # the rows' own mark (a figure: "45 full-time jobs" under "1,200 tonnes a day") is their last row
        return _last_row_of_its_mark(page, i)
    return page.lines[above].text.endswith(":") or page.decisions[above].rule == "body/line-of-a-block"


LABELLED_ROWS = 4  # rows of a list between its label closed by a colon and its last row, at most


def _last_row_of_its_mark(page: Page, i: int) -> bool:
    """Line `i` bears the mark of the rows above it (`_row_mark`), each a short line the body keeps, up to the list's
    label closed by a colon: the list's last row, the block ending where the lines' shape changes."""
    mark = _row_mark(page.lines[i].text)
    if mark is None:
        return False
    k = i - 1
    while k >= max(page.body_start, i - 1 - LABELLED_ROWS):
        text = page.lines[k].text
        if text.endswith(":"):
            return k < i - 1
        if page.feats[k].prose or page.decisions[k].role is not Role.PARAGRAPH or _row_mark(text) != mark:
            return False
        k -= 1
    return False


def _colon_label_over_rows(page: Page, i: int, t: str) -> bool:
    """On a page printed a block a line, a short label closed by a colon over two short lines: a list's subheading."""
    n = page.body_end
    if not (page.spaced and t.endswith(":") and i + 2 <= n):
        return False
    return not page.feats[i + 1].prose and not page.feats[i + 2].prose


def heading_shaped(page: Page, i: int, f: Features, t: str) -> bool:
    """A short title-like line right above running text (or above a block of short lines, or a live post's
    writer over its text); not a sentence with an emoji or a link's label after its full stop, nor one with a
    widget's words glued to its end."""
    heading_like = 1 <= f.words <= 14 and not _CLAUSE_END.search(t) and not t[:1].islower() and not unfinished(t)
    if not heading_like or i + 1 >= len(page.feats):
        return False
    colon = t.find(":", 0, 40)
    if colon > 0 and figures_field(t, colon):
        return False  # "Attendance: 6,420": a box's row of figures over the story's text, no subheading
    if t[-1:] == ":" and release_contact_label(t):
        return False  # "Media contact:", "Pressekontakt:" over a release's contact: the wire's label, no subheading
    if not (page.feats[i + 1].prose or glued_next(page, i) or post_writer(page, i + 1) or _over_a_picture(page, i)):
        return _colon_label_over_rows(page, i, t) or box_label_over_rows(page, i)
    if page.feats[i + 1].debris == "newsletter":
        return False  # a sign-up box's title over its pitch ("HARBOUR BRIEFING" / "Get the week's news ...")
    return _CLAUSE_THEN_TRAIL.search(t) is None and _GLUED_TAIL.search(t) is None


PICTURE_LINES = 3  # a picture's lines between a subheading and its text, at most
PICTURE_HEADING_WORDS = 6  # a subheading over a picture: a few words (as `pictures._heading_above_picture` reads)


def _over_a_picture(page: Page, i: int) -> bool:
    """Line `i` stands over a picture (a credit, or a caption with its credit) and the running text comes
    under the picture ("Un siècle de travail" / "Photo : Jean Roy" / its text): a subheading whose section the
    picture opens, as a subheading right over its text is."""
    feats, k = page.feats, i + 1  # (read before the body's rules reach the picture's lines: by their features)
    if feats[i].words > PICTURE_HEADING_WORDS:
        return False  # a longer line over a credit is the picture's caption ("Das Drohnenbild zeigt ...")
    above = page.decisions[i - 1]
    if not feats[i - 1].prose and (above.role is not Role.DEBRIS or above.reason == "non-prose"):
        return False  # a short line of text above: a chart's title over its note ("River levels" / "In metres")
    while k <= page.body_end and k <= i + PICTURE_LINES and (feats[k].credit or feats[k].caption) is not None:
        k += 1
    # (a name alone over a credit is a portrait's caption, "Ann Lee" / "Photo: Courier staff"; its shape read last)
    return i + 1 < k <= page.body_end and page.feats[k].prose and not feats[i].name_like


def updates_label(page: Page, i: int) -> bool:
    """A box's label ("Latest updates", "Latest") over two or more of the story's own updates, each a sentence
    opened by its time ("• 2:10 PM: The corporation says ..."): the updates' subheading, not a related box's
    label (its links are titles, seldom opened by a time and closed by a full stop)."""
    return i + 2 <= page.body_end and over_updates(page.lines, page.feats, i)


def unfinished(text: str) -> bool:
    """A line cut off mid-sentence, not a heading: "... the move of the harbour master to"."""
    last = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    return last in FUNCTION_WORDS


def in_short_run(page: Page, i: int) -> bool:
    """The line and a neighbour in the body are both short lines, not running text."""
    return any(page.body_start <= j <= page.body_end and not page.feats[j].prose for j in (i - 1, i + 1))


SIGN_UP_PITCH_WORDS = 24  # the pitch of a sign-up box, at most


def sign_up_pitch(page: Page, i: int) -> bool:
    """Line `i` sits between a sign-up box's title and its button or field, the line above and the line under it
    both a newsletter's furniture ("Sign up for the Money Wrap newsletter" / "The week's money stories, explained."
    / "Sign up"): the box's pitch, not the story's text."""
    feats = page.feats
    if not (0 < i < len(feats) - 1 and feats[i - 1].debris == "newsletter"):
        return False
    if feats[i + 1].debris == "newsletter":
        return True
    # its button glued to its end: "Every Friday, our picks for the weekend. Sign up"
    _, stop, button = page.lines[i].text.rpartition(". ")
    return bool(stop) and len(button) <= 24 and debris_reason(button) == "newsletter"


LINK_TITLE_WORDS = 6  # a link box's titles are headlines: this many words at least, most of them
CROSSHEAD_WORDS = 5  # a crosshead under such a box: this many words at most ...
LONG_CROSSHEAD_MARGIN = 4  # ... and one of that many, this many words shorter than the title above it at least


def links_closed(page: Page, i: int, f: Features) -> bool:
    """A box of links ends at an ad slot or a player set under it ("Also read:" / titles / "- Advertisement -"), and
    at a crosshead of a few words, shorter than the box's title above it, over the story's text ("Also read" /
    "Why your bill is about to fall - and your gas bill is not" / "Key numbers" / a paragraph or labelled rows).
    A crosshead of five words ("Lo que dicen los permisos") stands under a title longer by four words at least; a
    label over a table's or a listing's rows is one too ("Under-14 boys" / "Rovers 2-1 United", "Lantern parade" /
    "Sunday 20 December – Abercarrog – Old Station car park, 5pm")."""
    if f.debris in INLINE_DEBRIS:
        return True
    if f.prose or not 1 <= f.words <= CROSSHEAD_WORDS or i + 1 > page.body_end:
        return False
    above, under = page.feats[i - 1], page.feats[i + 1]
    longer = LINK_TITLE_WORDS if f.words < CROSSHEAD_WORDS else f.words + LONG_CROSSHEAD_MARGIN
    if above.words < longer and page.decisions[i - 1].reason != "advertisement":
        return False
    nxt = page.lines[i + 1].text
    if (under.prose and P.ends_sentence(nxt)) or (":" in nxt[:40] and P.LABEL_ROW.match(nxt) is not None):
        return True
    return entry_row(nxt)


_QUOTE_OPENERS = frozenset('“"‘«„')


def speaker_label(page: Page, i: int, t: str) -> bool:
    """A release's label over a quote: the speaker's name and role, then a spaced dash ("Ann Lee, Mayor of
    Harbourton –"), the quote opening the next line."""
    nxt = i + 1
    return t[-2:] in P.SPACED_DASH_ENDS and nxt < len(page.lines) and page.lines[nxt].text[:1] in _QUOTE_OPENERS


def under_figures(page: Page, i: int) -> bool:
    """Line `i` is under a row of a table of figures (`figures_row`), glued to it or set apart as every row is."""
    return i > 0 and figures_row(page.lines[i - 1].text)


def beside_figures(page: Page, i: int) -> bool:
    """A row of a table of figures stands above or below line `i`, inside the body."""
    lines = page.lines
    return (i > page.body_start and figures_row(lines[i - 1].text)) or (
        i < page.body_end and figures_row(lines[i + 1].text)
    )
