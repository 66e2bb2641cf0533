"""Where captions and credits sit: labelled captions, credits adopting the caption above them, repeats."""

from __future__ import annotations

from operator import attrgetter

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..bylines import is_agency
from ..normalize import Line
from . import examples as ex
from .credit_places import credit_above_caption
from .evidence import named_by_the_dateline, related_label
from .features import Features, quoted
from .graphics import gallery_lines
from .page import Decision, Page, Role
from .schedules import day_label
from .shapes import figures_row
from .stamps import time_stamp
from .words import GALLERY_LABELS, box_title

_BLANK_BEFORE = attrgetter("blank_before")


# "Source: Harbour Trust", "Chart: Jo Lee", "Data: ONS": a chart's source; the text beside a chart is the story's
_DATA_SOURCE = rx.compile(r"(?i)^[(\[]?(?:source|sources|data|chart|graph|graphic|infographic|map)\b")
_MEDIA_LABEL = rx.compile(r"\L<labels>", P.FLAGS, labels=P.phrase_list(L.MEDIA_LABELS))


def _caption_label(text: str) -> bool:
    """`patterns.CAPTION_LABEL` matches the line: a line in ASCII without the word "caption" is spared the pattern
    (beyond ASCII, a character may fold to one of its letters)."""
    if text.isascii() and "caption" not in text.lower():
        return False
    return P.CAPTION_LABEL.match(text) is not None


def caption_labels(lines: list[Line], feats: list[Features]) -> set[int]:
    """Lines that are a caption's label alone ("Image caption,") with a caption after them."""
    return {
        i
        for i in range(len(lines) - 1)
        if len(lines[i].text) <= 18  # the label pattern matches no longer line
        and _caption_label(lines[i].text)
        and feats[i + 1].debris is None
        and 3 <= feats[i + 1].words <= 60
    }


def in_labelled_caption(feats: list[Features], labels: set[int], i: int) -> bool:
    """Line `i` is part of a labelled caption: its credit line, its label or the caption."""
    return i in labels or i - 1 in labels or (i + 1 in labels and feats[i].credit is not None)


def labelled_caption(page: Page, i: int) -> None:
    """The label at `i` and its caption after it; a credit line just above the label is the
    caption's ("Image source, PA Media" / "Image caption," / "Passengers on the platform")."""
    credit = page.feats[i - 1].credit if i > 0 else None
    if credit is not None:
        page.decide(i - 1, Decision(Role.DEBRIS, "caption-credit", rule="pictures/credit-above-label"))
    page.decide(i, Decision(Role.DEBRIS, "label", rule="pictures/caption-label"))
    page.decide(
        i + 1, Decision(Role.CAPTION, text=page.lines[i + 1].text, credit=credit, rule="pictures/labelled-caption")
    )


def adopt_caption(page: Page, i: int, credit: str) -> None:
    """A credit line credits the caption just above it ("GETTY" under a caption sentence), unless it
    is printed above its caption (see `credits_above_captions`)."""
    if credit_above_caption(page, i):
        return
    d = page.decisions
    j = i - 1
    while j >= 0 and d[j].role is Role.DEBRIS and (d[j].reason in ("player", "label") or _copy_of_above(page, j)):
        j -= 1  # past a player's labels, and past a caption's copy printed right under it (a gallery's)
    if j < 0:
        return
    f = page.feats[j]
    prev = d[j]
    if prev.role is Role.DEBRIS and prev.reason == "caption-credit" and f.key == page.feats[i].key:
        page.decide(i, Decision(Role.DEBRIS, "repeated-caption", rule="pictures/repeated-credit"))
        return
    if prev.role is Role.CAPTION and prev.credit is None:
        page.decide(j, Decision(Role.CAPTION, text=prev.text, credit=credit, rule="pictures/caption-takes-credit"))
        page.decide(i, Decision(Role.DEBRIS, "caption-credit", rule="pictures/credit-after-caption"))
        return
    glued = not page.lines[i].blank_before
    if prev.role is Role.PARAGRAPH and _heading_above_picture(page, j, i):
        page.decide(j, Decision(Role.HEADING, rule="pictures/heading-above-picture"))
        return
    if (
        prev.role in (Role.OUTSIDE, Role.PARAGRAPH)
        and f.words >= 3
        and f.debris is None
        and not f.soft_stop
        and not f.date_line
        and not f.name_like
        and (f.words <= 30 or (f.words <= 60 and (glued or C.caption_cue(page.lines[j].text))))
        and not _heading_above_picture(page, j, i)
        and not (f.words > _POST_WORDS and j > 0 and time_stamp(page.lines[j - 1].text))  # a live post's report
        and not (f.prose and f.words > 15 and _DATA_SOURCE.match(page.lines[i].text))
        and not (_DATA_SOURCE.match(page.lines[i].text) and figures_row(page.lines[j].text))
    ):
        text = C.strip_truncation(page.lines[j].text)
        page.decide(j, Decision(Role.CAPTION, text=text, credit=credit, rule="pictures/sentence-above-credit"))
        page.decide(i, Decision(Role.DEBRIS, "caption-credit", rule="pictures/credit-after-caption"))


_POST_WORDS = 20  # under a live post's time, a sentence longer is the post's report, not its picture's caption


def _copy_of_above(page: Page, j: int) -> bool:
    """Line `j` repeats the line right above it, glued to it (a gallery prints its caption twice)."""
    return (
        j > 0
        and page.decisions[j].reason == "repeated-paragraph"
        and not page.lines[j].blank_before
        and page.feats[j].key == page.feats[j - 1].key
    )


def _heading_above_picture(page: Page, j: int, i: int) -> bool:
    """Line `j` above the credit at `i` is a subheading with a picture under it, not its caption: a few
    words with no closing punctuation, set apart above, with running text after the credit
    ("Pricing and the competition" / "Jo Lee/Wire" / the section's first paragraph)."""
    f = page.feats[j]
    after = i + 1
    return (
        f.title
        and f.words <= 6
        and not P.ends_sentence(page.lines[j].text)
        and page.lines[j].blank_before
        and after < len(page.lines)
        and page.feats[after].prose
    )


def picture_lines(lines: list[Line], feats: list[Features]) -> set[int]:
    """Lines of pictures set inside a story: a credit line, the caption glued to it above or below,
    and a gallery's counter glued to them ("2 of 4" / the caption / "Photo: Jo Lee/Harbor Press")."""
    out: set[int] = set()
    n = len(lines)
    spaced: bool | None = None  # a page setting every line apart: its spacing says nothing (asked once, if at all)
    counters: list[int] = []  # a gallery's counters ("Photo 2 of 5"): `gallery_lines` reads their run
    for i, f in enumerate(feats):
        if f.prose:
            continue
        if f.debris in _COUNTERS:
            counters.append(i)
        t = lines[i].text
        # the cheap test first: a credit inside a story has a mark ("Photo:", "Jo Lee/AP", "©", "(AP)", "Jo Lee | Post")
        if f.words > 12 or not (":" in t or "/" in t or "©" in t or "|" in t or t[:1] in "([") or f.credit is None:
            continue
        if spaced is None:
            spaced = sum(map(_BLANK_BEFORE, lines)) * 10 >= n * 9
        block = [i]
        for k in (i - 1, i + 1):
            glued = spaced or (0 <= k < n and not lines[max(i, k)].blank_before)
            if glued and 0 <= k < n and 3 <= feats[k].words <= 45 and not feats[k].soft_stop:
                block.append(k)
        for k in list(block):  # the counter above the picture
            c = k - 1
            if c >= 0 and (spaced or not lines[k].blank_before) and feats[c].debris in ("gallery", "counter"):
                block.append(c)
        out.update(block)
    return out | gallery_lines(lines, feats, counters) if len(counters) >= 2 else out


def caption_like(text: str, f: Features) -> bool:
    """A short sentence such as a lead image caption: "Sony's PlayStation VR." """
    return (
        f.words >= 2 and f.words <= 45 and text.endswith((".", ".”", '."')) and not f.name_like and text[:1].isupper()
    )


_COUNTERS = frozenset(("gallery", "counter"))
_QUOTE_OPENERS = '"“‘«„'  # a line opening with one of them is a quotation: the story's speech


def glued_credit(page: Page, i: int) -> bool:
    """ "GETTY" or "STATISTA" in capitals on the line right under a caption sentence."""
    feats = page.feats
    f = feats[i]
    if i == 0 or page.lines[i].blank_before or not f.all_caps or f.words > 3 or f.debris is not None:
        return False
    if f.key in GALLERY_LABELS:
        return False  # "IN PICTURES" over a gallery's first counter: its label, no credit
    if box_title(page.lines[i].text, f.key):
        return False  # "EL DATO", "KEY FIGURES"; "MISSING CREWS" over "... the missing crews": a subheading
    if related_label(page, i):
        return False  # "RELATED" under the story's last sentence: a box of other stories, not a credit
    if day_label(page.lines[i].text):
        return False  # "SATURDAY" under a listing's opening: its first day, not a credit
    prev = page.lines[i - 1].text
    if not (feats[i - 1].prose and prev.endswith(".") and not feats[i - 1].all_caps):
        return False
    if prev[:1] in _QUOTE_OPENERS:
        return False  # '"The surveys were wrong," she said.' over "THE COST": a quotation is speech, no caption
    t = page.lines[i].text
    if ":" in t:
        return False  # "VERDICT: FALSE", "WHEN: SATURDAY": a labelled field (a labelled credit is read as one)
    if f.words > 1 and (wire_sign_off(page, t) or _box_question(t) or _story_words_in_capitals(page, i)):
        return False
    return not _titles_what_follows(page, i) and not _capitals_crossheads(page, i)


def _capitals_crossheads(page: Page, i: int) -> bool:
    """Another short line in capitals, of other words, stands glued between two lines of running text as line `i`
    does ("... a tender that drew four bids." / "THE COST" / its text; "THE WAIT" further down): the story's
    crossheads, none a credit (a page's credits in capitals name one agency or photographer, picture after picture)."""
    lines, feats, n = page.lines, page.feats, len(page.lines)
    if i + 1 >= n or not feats[i + 1].prose or feats[i].name_like == 2 or is_agency(lines[i].text):
        return False
    key = feats[i].key
    return any(feats[k].key != key for k in _capital_lines(page))


def _capital_lines(page: Page) -> list[int]:
    if page.capital_lines is None:
        lines, feats, n = page.lines, page.feats, len(page.lines)
        page.capital_lines = [
            k
            for k in range(1, n - 1)
            if feats[k].all_caps
            and feats[k].words <= 3
            and not lines[k].blank_before
            and feats[k].name_like != 2
            and feats[k - 1].prose
            and feats[k + 1].prose
            and not is_agency(lines[k].text)
        ]
    return page.capital_lines


def _story_words_in_capitals(page: Page, i: int) -> bool:
    """The line in capitals at `i` is words the story prints in small letters ("MISSING CREWS" under a story of crews
    gone missing, "CORTES DE LUZ" under one of power cuts): a box's title, not a credit, whose names and agencies a
    story never prints in small letters. Each word of three letters or more is looked for after a space in the
    story's sentences (`prose_text`; the line, in capitals, is none of them)."""
    words = [w.lower() for w in P.words(page.lines[i].text) if len(w) >= 3]
    if len(words) < 2:
        return False
    text = prose_text(page)
    return all(" " + w in text for w in words)


def prose_text(page: Page) -> str:
    """The page's lines of running text joined by line breaks, built once per page on first use: a word after a space
    is in it where it is in one of them."""
    if page.prose_text is None:
        page.prose_text = "\n".join(ln.text for ln, f in zip(page.lines, page.feats, strict=True) if f.prose)
    return page.prose_text


def _box_question(t: str) -> bool:
    """ "HOW TO HELP", "WHAT WE KNOW", "IF YOU GO": a box's title in capitals opens with a question's word, which no
    photographer's or agency's name does (a word alone may be one: "WHO")."""
    return t.split(None, 1)[0].lower() in L.QUESTION_WORDS or t[:3].lower() == "if "


def wire_sign_off(page: Page, t: str) -> bool:
    """ "PWI SKM RBT", "HNA/AB/JK": the wire's letters and its editors' initials closing the story, no credit (the
    wire is the one the story's dateline names in brackets; initials are no agency: "EPA EFE" credits two)."""
    words = t.replace("/", " ").split()
    if not words:
        return False
    first, *rest = words
    return (
        1 <= len(rest) <= 4
        and all(2 <= len(w) <= 4 and w.isalpha() and w.isupper() and not is_agency(w) for w in rest)
        and named_by_the_dateline(page, first)
    )


def _titles_what_follows(page: Page, i: int) -> bool:
    """The line in capitals at `i` is glued over a sign-up box's pitch or over a list's rows (two short lines):
    the box's or the list's title ("HARBOUR BRIEFING" / "Get the week's news in your inbox ...", "YOU WILL
    NEED" / "2 cups red lentils" / "1 onion, chopped"), not a credit of the sentence above it."""
    lines, feats, n = page.lines, page.feats, len(page.lines)
    k = i + 1
    if k >= n or lines[k].blank_before:
        return False
    if feats[k].debris == "newsletter":
        return True
    if feats[i].name_like == 2:
        return False  # "NINA OKAFOR": a photographer's name reads as the credit, whatever box follows
    rows = [j for j in (k, k + 1) if j < n and not lines[j].blank_before and _a_row(page, j)]
    return len(rows) == 2


def _a_row(page: Page, j: int) -> bool:
    """Line `j` can be a list's row: short, no sentence, credit, page furniture, nor a related box's line."""
    f = page.feats[j]
    return not (f.prose or f.credit is not None or f.words > 12 or f.debris or f.soft_stop or related_label(page, j))


def video_captions(page: Page) -> None:
    """A "Video" label, then the video's title and its blurb: a caption, not story text.
    (Above the body too: a video at the top of the story.)"""
    lines, feats, d = page.lines, page.feats, page.decisions
    for i in range(0, page.body_end + 1):
        if not (d[i].role is Role.DEBRIS and _MEDIA_LABEL.fullmatch(lines[i].text)):
            continue
        if i + 1 >= len(lines) or feats[i + 1].words < 4 or feats[i + 1].prose:
            continue
        k = i + 1
        taken = 0
        while k < len(lines) and taken < 2 and k <= page.body_end:
            f = feats[k]
            if taken == 1 and not (f.prose and f.words <= 40 and lines[k].blank_before is lines[k - 1].blank_after):
                break
            if d[k].role not in (Role.OUTSIDE, Role.PARAGRAPH, Role.HEADING) or f.words > 40:
                break
            page.decide(k, Decision(Role.CAPTION, text=lines[k].text, credit=None, rule="pictures/video-caption"))
            taken += 1
            k += 1


def lead_picture_agency(page: Page) -> None:
    """A lead picture above the story: a caption, then an agency's name alone under it ("Mayor Ada Rowe
    (left) at the quay" / "AP"). The agency credits the picture, not the story, when the line above it
    says it is a caption (a cue such as "(left)", or a picture's control just above it: "Enlarge Image")."""
    d, lines, feats = page.decisions, page.lines, page.feats
    for i in list(page.bylines):
        if i < 1 or d[i].rule != "header/name-byline" or not P.agency_only(lines[i].text.strip(" .")):
            continue
        j = i - 1
        if d[j].role is not Role.OUTSIDE or not 3 <= feats[j].words <= 45 or quoted(lines[j].text):
            continue
        marked = j > 0 and d[j - 1].role is Role.DEBRIS and d[j - 1].reason == "player"
        if not (marked or C.caption_cue(lines[j].text)):
            continue
        credit = lines[i].text.strip(" .")
        page.decide(j, Decision(Role.CAPTION, text=lines[j].text, credit=credit, rule="pictures/lead-picture-agency"))
        page.decide(i, Decision(Role.DEBRIS, "caption-credit", rule="pictures/lead-picture-agency"))
        page.bylines.remove(i)


def closing_captions(page: Page) -> None:
    """Pictures right under the story's last paragraph, each caption glued to its credit
    ("Flowers have been left at the sceneCredit: Yorkshire Live"), page furniture between them."""
    lines, feats, d = page.lines, page.feats, page.decisions
    last = page.body_end
    if 0 <= last < len(lines) - 1 and d[last].role is Role.CAPTION and d[last].credit is None:
        credit = feats[last + 1].credit if not lines[last + 1].blank_before else None
        if credit is not None:  # the story's last picture, its credit under it past the body's end
            page.decide(last, d[last]._replace(credit=credit, rule="pictures/credit-under-last-caption"))
            page.decide(last + 1, Decision(Role.DEBRIS, "caption-credit", rule="pictures/credit-under-last-caption"))
    elif 0 <= last < len(lines) - 1 and d[last].role is Role.PARAGRAPH and _closing_picture(page, last):
        text, credit = lines[last].text, feats[last + 1].credit
        page.decide(last, Decision(Role.CAPTION, text=text, credit=credit, rule="pictures/credit-under-last-caption"))
        page.decide(last + 1, Decision(Role.DEBRIS, "caption-credit", rule="pictures/credit-under-last-caption"))
    for i in range(page.body_end + 1, len(lines)):
        f = feats[i]
        if f.caption is not None and not quoted(lines[i].text) and d[i].role is Role.OUTSIDE:
            text, credit = C.strip_truncation(f.caption[0]), f.caption[1]
            page.decide(i, Decision(Role.CAPTION, text=text, credit=credit, rule="pictures/closing-caption"))
        elif f.debris is None:
            return


def _closing_picture(page: Page, last: int) -> bool:
    """The story's last line is a picture's caption, its credit under it: the credit says where the picture came
    from ("File photo", "Supplied", "Herald archive", "Courtesy of ..."), or a gallery's counter stands over the
    caption ("4 / 8" / a caption / "Image: Supplied"). An agency or a name alone under the last paragraph is the
    story's sign-off or the next picture's credit, but not after a picture's label ("Image: Dyffryn Echo"); a
    quotation is the story's, not a caption."""
    lines, feats = page.lines, page.feats
    k = last + 1
    if feats[k].prose or feats[k].words > 8 or (credit := feats[k].credit) is None:
        return False
    f = feats[last]
    if lines[k].blank_before and not lines[last].blank_before:  # set apart from the caption alone: not its credit
        return False
    if not 3 <= f.words <= 30 or f.credit is not None or f.debris is not None or quoted(lines[last].text):
        return False
    form = C.credit_form(credit)
    if form is None and credit != lines[k].text.strip():  # "Dana Whitby photo": read as printed
        form = C.credit_form(lines[k].text)
    if (form is not None and form[0] in C.KIND_FORMS) or feats[last - 1].debris in ("gallery", "counter"):
        return True
    return C.one_picture_label(lines[k].text)


_CAPTION = "Volunteers fill sandbags outside the town hall."
_CREDIT = "Photo: Jane Doe/Harbor Press"
_GLUED = _CAPTION + " Photo: Jane Doe/AP"

# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "pictures/credit-above-label": ex.body("Image source, Harbor Press\nImage caption,\n" + _CAPTION),
    "pictures/caption-takes-credit": ex.body("Pictured: volunteers fill sandbags outside the town hall\n" + _CREDIT),
    "pictures/credit-after-caption": ex.body(_CAPTION + "\n" + _CREDIT),
    "pictures/sentence-above-credit": ex.body(_CAPTION + "\n" + _CREDIT),
    "pictures/copyright-credit-in-story": ex.body("Readers at the library door on its last day.\n© Jo Lee"),
    "pictures/repeated-credit": ex.body(_CAPTION, _CREDIT, _CREDIT),
    "pictures/video-caption": ex.header(
        ex.HEADLINE, ex.BYLINE, "Video\nHarbour library closure explained in two minutes"
    ),
    "pictures/closing-caption": ex.body() + "\nFlowers were left at the library doorCredit: Harbor Press\n",
    "pictures/credit-under-last-caption": ex.body()
    + "\nReaders at the library door (left) on its last day.\n"
    + _CREDIT
    + "\n",
    "pictures/heading-above-picture": ex.body("What happens to the books\nJane Doe/Harbor Press"),
    "pictures/lead-picture-agency": ex.header(
        ex.HEADLINE, ex.BYLINE, "Enlarge Image\nMayor Ann Lee (left) at the library door on Tuesday\nAP"
    ),
}
