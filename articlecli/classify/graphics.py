"""The titles of charts, maps and galleries set into the story, and their credits and controls: a labelled title
("Map: Ferry routes to the islands"), a title over a gallery's control or counter, a chart's title over what it
measures and its source, a graphic's credit, a press picture's download link. Run from `WEB_PASSES` after the
captions with no credit (`caption_shapes.py`)."""

from __future__ import annotations

from itertools import pairwise

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..dates import has_digit
from ..normalize import Line
from ..people import NAME_SMALL_WORDS
from . import examples as ex
from .features import Features, quoted
from .page import Decision, Page, Role
from .words import GALLERY_CONTROLS, GALLERY_LABELS, SPEECH_VERBS

_GRAPHIC_TITLE = rx.compile(
    r"^(?:\L<labels>)\s*+:\s*+(?P<title>(?-i:\p{Lu}).{3,100}?)(?:\s++(?:\L<controls>))?$",
    P.FLAGS,
    labels=P.phrase_list(L.GRAPHIC_LABELS),
    controls=P.phrase_list(L.GALLERY_CONTROLS),
)
# "Download high-resolution image (JPG, 4.2 MB)", "Download photo": a press picture's link, under its caption
_DOWNLOAD_PICTURE = rx.compile(
    r"^download\s++(?:(?:\L<sizes>)\s++){0,2}(?:\L<pictures>)(?![\p{L}])",
    P.FLAGS,
    sizes=P.phrase_list(L.DOWNLOAD_SIZE_WORDS),
    pictures=P.phrase_list(L.DOWNLOAD_PICTURE_WORDS),
)


def graphic_titles(page: Page) -> None:
    """The title of a chart, a map or a gallery set into the story is its caption, not the story's text:
    a labelled title ("Map: Ferry routes to the islands", a "View Graphic" control glued to it), or a
    title printed right above its gallery's control ("Inside the old library" / "View Photos"); the caption glued
    under a gallery's counter ("1 of 12"); a gallery's label over its captions (`_gallery_under_label`)."""
    d, lines, feats = page.decisions, page.lines, page.feats
    for i in range(page.body_start, page.body_end + 1):
        if d[i].role is not Role.PARAGRAPH and d[i].role is not Role.HEADING and i not in page.link_boxes:
            continue  # (in a box of links, or a gallery's label read as its link: a gallery's slides and label only)
        f, t = feats[i], lines[i].text
        if i > 0 and _gallery_counter(page, i - 1) and 3 <= f.words <= 45 and (page.spaced or _under_counter(page, i)):
            # "1 of 12" / "Rowers on the quay ...": a gallery's counter above each caption (on a page setting every line
            # apart, the blank line between them says nothing; on others, glued to it or under the last counter)
            _caption_under_counter(page, i)
            continue
        if f.words <= 4 and f.key in GALLERY_LABELS and i + 1 < page.body_end and _gallery_under_label(page, i):
            continue
        if d[i].role is Role.DEBRIS:
            continue  # a box of links: only a slide's caption under its counter or a gallery's label is read in it
        if t[:1] in "Dd" and f.words <= 12 and _DOWNLOAD_PICTURE.match(t):
            _download_link(page, i)
            continue
        if f.words > 18 or f.prose:
            continue
        m = _GRAPHIC_TITLE.match(t) if ":" in t[:14] and f.credit is None else None
        if m is not None and _graphic_credit(page, i, m.group("title")):
            continue
        if m is not None:
            page.decide(i, Decision(Role.CAPTION, text=t[: m.end("title")], rule="pictures/graphic-title"))
        elif i + 1 < len(lines) and not lines[i + 1].blank_before and feats[i + 1].key in GALLERY_CONTROLS:
            page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/gallery-title"))
        elif i + 1 < len(lines) and not lines[i + 1].blank_before and _gallery_counter(page, i + 1):
            if f.key in GALLERY_LABELS:  # "IN PICTURES" / "1 of 5": the gallery's label, no title
                page.decide(i, Decision(Role.DEBRIS, "gallery", rule="pictures/gallery-label-over-counter"))
                continue
            # "PHOTO GALLERY: Farewell to the bandleader" / "1 of 4": the gallery's title over its first counter
            page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/gallery-title-over-counter"))


def _gallery_under_label(page: Page, i: int) -> bool:
    """A gallery's label alone on its line inside the story ("Photo gallery", "IN PICTURES", "Fotogalería") over two
    short sentences or more, each alone, none quoted or reporting speech ("Restoration workers clean the tiles." /
    "The painted ceiling found in the hall."): the gallery's captions, printed with no credit or counter; the label is
    its furniture. The story's own lines under such a label quote, report or run on. Decides the lines when so."""
    k = i + 1
    while k < page.body_end and _gallery_slide(page, k):
        k += 1
    if k - i < 3:
        return False
    page.decide(i, Decision(Role.DEBRIS, "gallery", rule="pictures/gallery-label-over-captions"))
    for n in range(i + 1, k):
        text = page.lines[n].text
        page.decide(n, Decision(Role.CAPTION, text=text, rule="pictures/gallery-label-over-captions"))
    return True


def _gallery_slide(page: Page, k: int) -> bool:
    """Line `k` may be a slide's caption under a gallery's label: a paragraph of one short sentence, unquoted, with
    no verb of speech."""
    t, f = page.lines[k].text, page.feats[k]
    if page.decisions[k].role is not Role.PARAGRAPH or not 3 <= f.words <= 25 or not P.ends_sentence(t):
        return False
    if quoted(t) or P.SENTENCE_BREAK.search(t):
        return False
    return not any(w.strip(",.").lower() in SPEECH_VERBS for w in t.split())


def _caption_under_counter(page: Page, i: int) -> None:
    """The caption at `i` under a gallery's counter, with the credit under it when there is one ("5 of 5" / "The
    parapet seen from the river." / "Image: Supplied"), set as close to it as the page sets its lines."""
    lines, k = page.lines, i + 1
    credit = page.feats[k].credit if k < len(lines) and (page.spaced or not lines[k].blank_before) else None
    if credit is None and k < len(lines) and _slide_credit_name(page, k):
        credit = lines[k].text  # "2 / 3" / "Fans on the pitch." / "Sara Lopes" / "3 / 3": the slide's photographer
    elif credit is None and k < len(lines) and lines[k].text[:1] == "©" and not has_digit(lines[k].text):
        credit = C.credit_only(lines[k].text)  # "© Harbour Press" under the slide: its credit, not the page's notice
    text = C.strip_truncation(lines[i].text)
    page.decide(i, Decision(Role.CAPTION, text=text, credit=credit, rule="pictures/caption-under-counter"))
    if credit is not None:
        page.decide(k, Decision(Role.DEBRIS, "caption-credit", rule="pictures/caption-under-counter"))


_SOURCE_WORDS = (*L.DATA_SOURCE_LEADS, "(source")  # "Source: ...", "(Source: ...)" under a chart


def chart_titles_over_notes(page: Page) -> None:
    """A chart's title over its note on what it measures, over its source ("How high the river rose" /
    "Level, metres above the gauge" / "Source: Wexley Water Board"): the title is the caption, and the note (taken
    for the caption by the source under it, or for furniture) is neither caption nor story. Title and note are
    short lines ending no sentence, spaced alike; the note holds no figure (a table's rows over its source do)."""
    d, lines, feats = page.decisions, page.lines, page.feats
    for i in page.credit_lines:
        if i < page.body_start + 2 or not lines[i].text[:7].lower().startswith(_SOURCE_WORDS):
            continue
        if d[i].role is not Role.CAPTION and d[i].reason != "caption-credit":
            continue  # a table's source, kept with its rows ("body/table-source")
        j, k = i - 1, i - 2
        note, title = lines[j].text, lines[k].text
        taken = d[j].role is Role.CAPTION and d[j].rule == "pictures/sentence-above-credit"  # by the source
        if feats[j].words > 8 or not (taken or d[j].role in (Role.DEBRIS, Role.PARAGRAPH)):
            continue
        loose = d[k].role in (Role.PARAGRAPH, Role.HEADING) or d[k].rule == "body/non-prose"  # no one's line yet
        if not loose or not 3 <= feats[k].words <= 14 or quoted(title):
            continue
        if P.ends_sentence(note) or P.ends_sentence(title) or has_digit(note):
            continue  # a note says in words what the chart measures; a row of figures is a table's
        if lines[i].blank_before != lines[j].blank_before or lines[j].blank_before != lines[k].blank_before:
            continue
        credit = feats[i].credit
        page.decide(k, Decision(Role.CAPTION, text=title, credit=credit, rule="pictures/chart-title-over-note"))
        page.decide(j, Decision(Role.DEBRIS, "label", rule="pictures/chart-title-over-note"))
        page.decide(i, Decision(Role.DEBRIS, "caption-credit", rule="pictures/chart-title-over-note"))


def _gallery_counter(page: Page, k: int) -> bool:
    """A gallery's counter: "1 of 12", and "1 / 12", which the furniture's shapes read as a bare number first."""
    reason = page.feats[k].debris
    return reason == "gallery" or (reason == "counter" and P.GALLERY.match(page.lines[k].text) is not None)


def _counter_numbers(text: str) -> tuple[int, int] | None:
    """ "Photo 3 of 5" -> (3, 5); "3 / 5" -> (3, 5)."""
    digits = "".join(c if c.isdigit() else " " for c in text).split()
    return (int(digits[0]), int(digits[1])) if len(digits) == 2 else None


def gallery_lines(lines: list[Line], feats: list[Features], found: list[int]) -> set[int]:
    """A gallery set inside the story ("IN PICTURES" / "Photo 1 of 5" / a slide's caption / "Photo 2 of 5" / ... /
    "Swipe for more"): counters of one gallery numbered in turn, each a slide's caption (and its credit) apart,
    with the short label above the first and the short control under the last slide. Its lines are a picture
    inside the story, which reads on past it (`span._weights`), not the page's furniture ending it. `found`: the
    page's lines of furniture read as a gallery's or a bare counter (`pictures.picture_lines` gathers them)."""
    counters = [i for i in found if feats[i].debris == "gallery" or P.GALLERY.match(lines[i].text) is not None]
    out: set[int] = set()
    for a, b in pairwise(counters):
        na, nb = _counter_numbers(lines[a].text), _counter_numbers(lines[b].text)
        if not 2 <= b - a <= 3 or na is None or nb is None or nb != (na[0] + 1, na[1]):
            continue
        out.update(range(a, b + 1))
        if a - 1 not in out and a > 0 and _short_furniture(feats[a - 1]):
            out.add(a - 1)  # the gallery's label: "IN PICTURES", "Fotogaleria"
        if nb[0] == nb[1] and b + 1 < len(feats) and 3 <= feats[b + 1].words <= 45 and not feats[b + 1].soft_stop:
            out.add(b + 1)  # the last slide's caption
            if b + 2 < len(feats) and _short_furniture(feats[b + 2]):
                out.add(b + 2)  # its control: "Swipe for more", "Close gallery"
    return out


def _slide_credit_name(page: Page, k: int) -> bool:
    """Line `k`, under a slide's caption, is a name of two to four capitalised words over the next slide's counter
    (or under the last slide's): the slide's credit, printed with no label as the gallery prints each."""
    words = page.lines[k].text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words if w not in NAME_SMALL_WORDS):
        return False
    n = _counter_numbers(page.lines[k - 2].text) if k >= 2 else None
    return (k + 1 < len(page.feats) and _gallery_counter(page, k + 1)) or (n is not None and n[0] == n[1] >= 2)


def _short_furniture(f: Features) -> bool:
    return f.words <= 4 and not f.prose and not f.soft_stop and not f.hard_stop


def _under_counter(page: Page, i: int) -> bool:
    """Line `i` is glued under a gallery's counter, or stands under its last ("5 of 5"), whatever the spacing."""
    if not page.lines[i].blank_before:
        return True
    n = _counter_numbers(page.lines[i - 1].text)
    if i + 1 < len(page.feats) and page.feats[i + 1].credit is not None:
        return False  # its credit under it: the closing picture's rules read the two together
    return n is not None and n[0] == n[1] >= 2


def slide_caption(page: Page, i: int) -> bool:
    """Line `i` stands between two counters of a gallery ("Photo 5 of 6" / "Volunteers kept the tea tent running
    all day." / "Photo 6 of 6"): the slide's caption, printed with no credit as the other slides' are with one."""
    return 0 < i < len(page.feats) - 1 and _gallery_counter(page, i - 1) and _gallery_counter(page, i + 1)


def _graphic_credit(page: Page, i: int, title: str) -> bool:
    """ "Graphic: Harbour Gazette" glued under a short sentence: after a graphic's label, a name of a few
    capitalised words is who drew the map or chart, the credit of the caption above it, not the graphic's
    title ("Map: Where the readers live" is one). Decides both lines when so."""
    words = title.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in NAME_SMALL_WORDS for w in words):
        return False
    k = i - 1
    if page.lines[i].blank_before or k < page.body_start:
        return False
    role = page.decisions[k].role
    if role is not Role.PARAGRAPH and not (role is Role.CAPTION and page.decisions[k].credit is None):
        return False
    above = page.lines[k].text
    if not 3 <= page.feats[k].words <= 30 or quoted(above) or not (P.ends_sentence(above) or above[-1:].isalnum()):
        return False
    text = C.strip_truncation(above)
    page.decide(k, Decision(Role.CAPTION, text=text, credit=title, rule="pictures/graphic-credit"))
    page.decide(i, Decision(Role.DEBRIS, "caption-credit", rule="pictures/graphic-credit"))
    return True


def _download_link(page: Page, i: int) -> None:
    """A press picture's download link is furniture; the short sentence right above it is that picture's
    caption (one with a credit was read as a caption already)."""
    page.decide(i, Decision(Role.DEBRIS, "link", rule="pictures/download-link"))
    k = i - 1
    if k >= page.body_start and page.decisions[k].role is Role.PARAGRAPH and page.feats[k].words <= 40:
        page.decide(k, Decision(Role.CAPTION, text=page.lines[k].text, rule="pictures/caption-over-download-link"))


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "pictures/chart-title-over-note": "\n".join(
        (ex.OPENING, ex.MIDDLE, "Library visits each year", "Thousands, to March", "Source: Harbour County Council")
    )
    + "\n"
    + "\n".join((ex.CLOSING, ex.ENDING))
    + "\n",
    "pictures/graphic-title": ex.body("Map: Where the library's readers live View Graphic"),
    "pictures/graphic-credit": ex.body("The streets the library's readers walk from.\nGraphic: Westport Today"),
    "pictures/gallery-title": ex.body("Inside the harbour library\nView Photos"),
    "pictures/caption-under-counter": ex.body("1 of 4\nReaders at the library door on its last day"),
    "pictures/gallery-label-over-captions": ex.body(
        "Photo gallery\nReaders queue at the library door.\nThe reading room on its last day."
    ),
    "pictures/download-link": ex.body("Readers at the library door on its last day.\nDownload image (JPG, 2 MB)"),
    "pictures/caption-over-download-link": ex.body(
        "Readers at the library door on its last day.\nDownload high-resolution photo"
    ),
    "pictures/gallery-label-over-counter": ex.body(
        "IN PICTURES\n1 of 4\nReaders at the library door on its last day\n2 of 4\nThe reading room's long tables"
    ),
    "pictures/gallery-title-over-counter": ex.body(
        "PHOTOS: The library's last day\n1 of 4\nReaders at the library door on its last day"
    ),
}
