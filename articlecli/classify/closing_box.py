"""The story's own box closing it: labelled fields or a timeline's dated rows under a short label, most of them
repeating what the story names (`span.story_span` ends the body past it)."""

from __future__ import annotations

from .. import lexicon as L
from .. import patterns as P
from ..dates import has_digit
from ..normalize import Line
from .evidence import RELATED_LABELS  # the labels of a box of links ("Read also:"): no list of the story's
from .features import Features
from .schedules import listing_field
from .shapes import figures_row, list_item
from .words import box_title

CLOSING_BOX_ROWS = 3  # labelled rows of a fact box closing the story, at least
BOX_LABEL_WORDS = 5  # the words of its label ("The details", "The road to the vote"), at most
TITLED_ROW_WORDS = 20  # the words of a row under a box's title by its words ("Emergency numbers"), at most


LINK_BOX_TITLES = 3  # titles of a box of links set before the story's last paragraph, at most
ECHOED_WORDS = 2  # words of five letters or more the story's last paragraph repeats from the story, at least


def past_link_box(lines: list[Line], feats: list[Features], start: int, end: int) -> int:
    """The story's end, past a box of links set before its last paragraph ("Related stories" / two titles / "The
    minister is due to visit the region in the new year." / "Most read"): a sentence under the titles, alone
    before the page's next box, repeating words of the story, is its last paragraph (a title's blurb sits between
    titles)."""
    k, n = end + 1, len(lines)
    while k < n and feats[k].debris == "advertisement":
        k += 1  # an ad slot under the story, over the box
    if k + 2 >= n or not feats[k].soft_stop:
        return end  # (most pages: no box of links right under the story)
    j = k + 1
    while j < n and j - k <= LINK_BOX_TITLES and _link_title(lines[j].text, feats[j]):
        j += 1
    if j == k + 1 or j >= n or not (feats[j].prose and feats[j].words >= 6 and P.ends_sentence(lines[j].text)):
        return end
    if j + 1 < n and feats[j + 1].prose and P.ends_sentence(lines[j + 1].text):
        return end  # running text goes on under it: the page's, or a blurb
    story = {w for i in range(start, end + 1) for w in _long_words(lines[i].text)}
    return j if len(story & _long_words(lines[j].text)) >= ECHOED_WORDS else end


def _link_title(t: str, f: Features) -> bool:
    return 3 <= f.words <= 16 and f.debris is None and not (f.soft_stop or f.hard_stop) and not P.ends_sentence(t)


def _long_words(text: str) -> set[str]:
    return {w for w in (w.strip(".,;:()'\"“”‘’«»").casefold() for w in text.split()) if len(w) >= 5}


def past_closing_box(lines: list[Line], feats: list[Features], start: int, end: int) -> int:
    """The story's end, past a fact box that closes it: labelled rows ("Asking price: $640,000", "Agent: Name,
    Agency") or a timeline's dated rows ("2019 - A driver is rescued from the ford"), under a short label of
    their own or none (and a closing picture's credit), most of them repeating a name or a figure the story
    prints. A box that repeats nothing of the story (a contact box: "Phone: ...", "Email: ...") is the page's."""
    k = end + 1
    if k + 2 >= len(lines) or (
        ":" not in lines[k].text[:42] + lines[k + 1].text[:42] + lines[k + 2].text[:42]
        and not lines[k + 1].text[:1].isdigit()
    ):
        return end  # no field's colon and no timeline's year in the next three lines: no box (most pages)
    listed = _past_listing_rows(lines, feats, start, end)
    if listed > end:
        return listed
    if feats[k].credit is not None and feats[k].words <= 8:
        k += 1  # the credit of a picture closing the story, above the box
    titled = k < len(lines) and box_title(lines[k].text)  # "EMERGENCY NUMBERS", "Info: Umleitung und Shuttle"
    if (
        k < len(lines)
        and not feats[k].prose
        and 1 <= feats[k].words <= BOX_LABEL_WORDS
        and (titled or P.box_row(lines[k].text) is None)
    ):
        k += 1  # the box's label ("The details", "How we got here")
        label = feats[k - 1]
        if lines[k - 1].text.endswith(":") and not label.soft_stop and label.key not in RELATED_LABELS:
            return _past_listed_rows(lines, feats, start, end, k)
        if titled:  # a box's title by its words: its rows, labelled or not, repeat what the story names
            listed = _past_listed_rows(lines, feats, start, end, k, TITLED_ROW_WORDS)
            if listed > end:
                return listed
    rows, values = [], []
    dated = k < len(lines) and lines[k].text[:1].isdigit()  # a timeline's rows, or a box's fields: not both
    while k < len(lines) and feats[k].words <= 20 and feats[k].debris is None:
        value = P.box_row(lines[k].text)
        if value is None or lines[k].text[:1].isdigit() is not dated:
            break
        rows.append(k)
        values.append(value)
        k += 1
    if len(rows) < CLOSING_BOX_ROWS:
        return end
    story = {w for i in range(start, end + 1) for w in _named_words(lines[i].text, 1)}
    echoed = sum(1 for v in values if not story.isdisjoint(_named_words(v, 0)))
    return rows[-1] if echoed * 2 >= len(rows) else end


def _named_words(text: str, past: int) -> set[str]:
    """The words of a line that name something, past its first `past` (a sentence's capital): capitalised, or
    holding a figure."""
    words = [w.strip(".,;:()'\"") for w in text.split()]
    return {w for w in words[past:] if w[:1].isupper() or has_digit(w)}


def _past_listing_rows(lines: list[Line], feats: list[Features], start: int, end: int) -> int:
    """The story's end past the last item's rows of a listing ("Where: Plaza Mayor" / "Price: free" under the
    last venue's text), each row's label one of `lexicon.LISTING_FIELD_LABELS` that a row of the story printed
    already (a listing prints the same rows under every item): the story's own rows, not the page's."""
    k = end + 1
    rows = []
    while k < len(lines) and not feats[k].prose and feats[k].debris is None and listing_field(lines[k].text):
        rows.append(_label(lines[k].text))
        k += 1
    if not rows:
        return end
    story = {_label(lines[i].text) for i in range(start, end + 1) if ":" in lines[i].text[:17]}
    return end + len(rows) if story.issuperset(rows) else end


def _label(text: str) -> str:
    return text.split(":", 1)[0].casefold()


LISTED_ROWS = 2  # the rows of a list closing the story under a label closed by a colon, at least


def _past_listed_rows(lines: list[Line], feats: list[Features], start: int, end: int, k: int, most: int = 12) -> int:
    """The story's end past a list that closes it under a label closed by a colon ("Diversions:" / "Mill Lane from
    the bridge to Quarry Road" / "Quarry Road south of the old school"): short lines that are no sentence, most
    of them repeating a name or a figure the story prints."""
    rows = []
    while k < len(lines) and not feats[k].prose and 2 <= feats[k].words <= most and feats[k].debris is None:
        if feats[k].credit is not None or feats[k].byline is not None or feats[k].date_line:
            break
        rows.append(k)
        k += 1
    if len(rows) < LISTED_ROWS or _story_goes_on(feats, k):
        return end
    story = {w for i in range(start, end + 1) for w in _named_words(lines[i].text, 1)}
    echoed = sum(1 for i in rows if not story.isdisjoint(_named_words(lines[i].text, 0)))
    return rows[-1] if echoed * 2 >= len(rows) else end


def _story_goes_on(feats: list[Features], k: int) -> bool:
    """Two lines of running text past a list's rows (or past a short line under them): the story goes on under a
    subheading ("Points:" / "Nash 12" / "Trudgeon 40" / "How it turned" / its paragraphs), and the list closes nothing.
    What may follow a closing list is page furniture, or one line of an editor's note over it."""
    if k < len(feats) and not feats[k].prose:
        k += 1  # (a one-word subheading: "Verdict")
    return k + 1 < len(feats) and all(feats[j].prose and feats[j].debris is None for j in (k, k + 1))


def spaced_boxes(lines: list[Line], feats: list[Features]) -> set[int]:
    """A box of short lines printed a block each, a blank line between every two ("Probable line-ups" /
    "Rovers (4-4-2): Lund; ..." / "Form guide" / "Rovers: W W D L W"): four or more plain lines or labelled
    rows in a row, each set apart, half of them "Label: value" rows, list items or a table's rows of figures
    ("Tobias Wend Harbour Party 2,418 41.6%"), are the story's box as a glued list is."""
    out: set[int] = set()
    run: list[int] = []
    for i, f in enumerate(feats):
        t = lines[i].text
        if (
            f.debris is None
            and lines[i].blank_before
            and (not f.prose or P.label_row(t))
            and f.byline is None  # a byline or a date line ends a box: the header's; but under a box's label in
            and not (f.date_line and not (run and _box_label_text(lines[run[0]].text)))  # capitals, a row of it
        ):
            run.append(i)
        elif run:
            if len(run) >= 4:
                _add_box(lines, feats, run, out)
            run = []
    if len(run) >= 4:
        _add_box(lines, feats, run, out)
    return out


def _add_box(lines: list[Line], feats: list[Features], run: list[int], out: set[int]) -> None:
    marked = sum(1 for k in run if _marked_row(lines[k].text) or feats[k].date_line)
    # the box's own label over its rows is no row ("MATCH FACTS" / "Rovers v Town" / "Venue: ..." / "TV: ...")
    counted = len(run) - (1 if _box_label_text(lines[run[0]].text) else 0)
    if marked * 2 >= counted:
        out.update(run)


def _marked_row(t: str) -> bool:
    return list_item(t) or P.label_row(t) is not None or figures_row(t)


def _box_label_text(t: str) -> bool:
    """A box's label: a few words in capitals, no colon ("MATCH FACTS", "AT A GLANCE")."""
    return t.isupper() and len(t.split()) <= BOX_LABEL_WORDS and ":" not in t


TITLED_BOX_ROWS = 8  # rows under a box's title by its words, at most
RECIPE_ROWS = 24  # rows under a recipe's label (`lexicon.RECIPE_LABELS`), at most


def titled_box_end(lines: list[Line], feats: list[Features], i: int) -> int:
    """Past the rows of the story's own box when line `i` is its title by its words (`words.box_title`:
    "KEY FIGURES", "En cifras", "Info: Sperren" over short rows) or a recipe's label ("Ingredients"): lines inside
    the story that do not end it, wherever the box stands (`span.find_body`); else `i`. A labelled row is a row though
    it reads as a sentence ("Anreise: Mit dem Bus 110 bis Elmen.", "Getting there: Buses run hourly.")."""
    if feats[i].prose:
        return i
    reach = TITLED_BOX_ROWS
    if not box_title(lines[i].text, feats[i].key):
        if feats[i].key not in L.RECIPE_LABELS:
            return i
        reach = RECIPE_ROWS  # a recipe's label ("Ingredients") over its rows, a list longer than a box's
    k, n = i + 1, len(lines)
    while k < n and k - i <= reach:
        f = feats[k]
        if not 1 <= f.words <= TITLED_ROW_WORDS or f.debris is not None or f.soft_stop or f.hard_stop:
            break
        if f.prose and not P.label_row(lines[k].text):
            break
        k += 1
    return k if k - i >= 2 else i
