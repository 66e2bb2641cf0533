"""A gallery printed under the story's last paragraph, past where the story's span ends: its label, then each slide's
caption and credit, counters and controls between (`gallery_after_story`)."""

from __future__ import annotations

from .. import captions as C
from .. import patterns as P
from .. import rx
from ..bylines import is_name
from . import examples as ex
from .features import Features, quoted
from .page import Decision, Page, Role
from .words import GALLERY_CONTROLS, GALLERY_LABELS

_RULE = "pictures/gallery-after-story"
_TITLE_LABEL_END = 24  # where a titled label's colon may stand ("Photo gallery: ...", "Fotogalería: ...")


def gallery_after_story(page: Page) -> None:
    """A gallery's label under the story's last paragraph (the furniture between passed), alone or with its title
    ("Photo gallery", "Gallery" / "Image 1 of 3", "Galería: las mejores imágenes de la jornada (24 fotos)"), then its
    slides: each a caption with its credit on the line or under it (after a bare label, "Photograph:" / the name; a
    name in capitals), counters and controls between. The slides are the story's pictures; the label is furniture.
    The first line that is no slide ends the gallery (a box of links, the comments); the story's sentences under it
    are its paragraphs again."""
    lines, feats, d = page.lines, page.feats, page.decisions
    i = page.body_end + 1
    while i < len(lines) and (d[i].role is Role.DEBRIS or feats[i].debris is not None):
        i += 1
    if i >= len(lines) or not _gallery_label(lines[i].text, feats[i]):
        return
    label, i = i, i + 1
    slides = 0
    while i < len(lines):
        f, t = feats[i], lines[i].text
        if d[i].role is Role.DEBRIS or f.debris is not None or (f.key in GALLERY_CONTROLS and slides == 0):
            i += 1  # a counter ("1/4", "Image 1 of 3"), a control, a share row
            continue
        if f.caption is not None and not quoted(t):  # the caption with its credit: "... in 1965. (Submitted ...)"
            page.decide(
                i, Decision(Role.CAPTION, text=C.strip_truncation(f.caption[0]), credit=f.caption[1], rule=_RULE)
            )
        elif _slide_caption(t, f) and (last := _slide_credit(page, i + 1)) is not None:
            credit = C.credit_only(lines[last].text) or lines[last].text.strip()
            page.decide(i, Decision(Role.CAPTION, text=C.strip_truncation(t), credit=credit, rule=_RULE))
            for k in range(i + 1, last + 1):
                page.decide(k, Decision(Role.DEBRIS, "caption-credit", rule=_RULE))
            i = last
        else:
            break
        slides += 1
        i += 1
    if not slides:
        return
    page.decide(label, Decision(Role.DEBRIS, "gallery", rule=_RULE))
    while i < len(lines) and d[i].role is Role.OUTSIDE and _story_sentence(lines[i].text, feats[i]):
        page.decide(i, Decision(Role.PARAGRAPH, rule=_RULE))  # the story goes on under its gallery
        i += 1


def _story_sentence(t: str, f: Features) -> bool:
    """A paragraph of the story under its gallery: prose of a sentence or more, no link's or prompt's line."""
    return f.prose and f.words >= _STORY_WORDS and f.debris is None and P.ends_sentence(t)


_STORY_WORDS = 12  # the fewest words of a paragraph read under a gallery


def _gallery_label(t: str, f: Features) -> bool:
    """ "Photo gallery", "IN PICTURES", "Galería: las mejores imágenes (24 fotos)": a gallery's label, alone or before
    its title's colon."""
    if f.words <= 4 and f.key in GALLERY_LABELS:
        return True
    colon = t.find(":", 0, _TITLE_LABEL_END)
    return colon > 0 and f.words <= 14 and rx.fold(t[:colon].strip()) in GALLERY_LABELS


def _slide_caption(t: str, f: Features) -> bool:
    """A slide's caption: a short description, unquoted, neither a credit, a date nor furniture."""
    if not 3 <= f.words <= 45 or f.debris is not None or f.credit is not None or f.date_line:
        return False
    return t[:1].isupper() and not quoted(t)


def _slide_credit(page: Page, k: int) -> int | None:
    """The last line of the credit under a slide's caption (at `k`, or at `k + 1` after a bare label, "Photograph:" /
    "Lineo Mokhothu"): a credit's form, or a name in capitals ("MARIO PEDRAZA"). None when there is none."""
    lines, feats = page.lines, page.feats
    if k >= len(lines):
        return None
    t = lines[k].text.strip()
    if feats[k].credit is not None or (feats[k].all_caps and 2 <= feats[k].words <= 4 and is_name(t.title())):
        return k
    label = P.credit_lead(t + " x")  # a label alone: "Photograph:", "Foto:"
    if label is not None and label.group("credit") == "x" and k + 1 < len(lines) and _name_shape(lines[k + 1].text):
        return k + 1
    return None


def _name_shape(t: str) -> bool:
    """Two to four capitalised words of letters: a photographer's name after a bare label."""
    words = t.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


EXAMPLES: dict[str, str] = {
    _RULE: ex.story()
    + "\nPhoto gallery\n\n1/3\n\nReaders at the library door on its last day.\n\nPhotograph:\n\nJo Lee\n\n"
    + "2/3\n\nThe reading room in 1962.\n\nHARBOR PRESS ARCHIVE\n\nComments\n",
}
