"""Captions with no credit told by what they say of their picture's scene: when it was taken ("... on the bog in early
May", "... at dawn") or whom it shows after what they do ("Agricultural extension officer Ines Moller"). In the body, a
line read as a subheading that says so is a caption (`captions_read_as_headings`); in the header, a line left over
between the furniture under the headline and the story that dates a scene is the lead picture's
(`lead_scene_captions`)."""

from __future__ import annotations

import functools

from .. import lexicon as L
from .. import patterns as P
from ..people import ARTICLES_AND_POSSESSIVES, PERSON_ROLE_NOUNS
from . import examples as ex
from .caption_shapes import (
    _TIMES_OF_DAY,
    _WORD_EDGES,
    _pictures_by_writer,
    _sentence_paragraph,
    dated_scene,
)
from .features import QUESTION_WORDS, quoted
from .page import PASSABLE_DEBRIS, Decision, Page, Role
from .words import FUNCTION_WORDS, SENTENCE_VERBS, SPEECH_VERBS, title_case

_NOT_PRESENT = SENTENCE_VERBS | SPEECH_VERBS


@functools.cache  # built on first use: only pages printing pictures read a group's line
def _not_present_after_groups() -> frozenset[str]:
    return _NOT_PRESENT - frozenset(L.SENTENCE_VERBS_ALSO_SCENES)


@functools.cache  # built on first use: only pages printing pictures read a group's line
def _groups() -> frozenset[str]:
    return frozenset(L.PICTURED_GROUPS)


@functools.cache
def _not_plural_verbs() -> frozenset[str]:
    """Words after a group's noun that are no verb of what it does ("Farmers who ...", "Workers and ...")."""
    lists = (L.FUNCTION_WORDS, L.CAPTION_VERB_OBJECTS, L.CAPTION_PLACE_WORDS, L.UNPICTURED_VERBS)
    return frozenset((*(w for words in lists for w in words), *L.NO_VERBS_AFTER_GROUPS, *L.IRREGULAR_PASTS))


# where a verb's scene is: a place, a time or a way ("at the counter", "during the first half", "to the door")
_SCENE_PLACES = (
    frozenset((*L.CAPTION_PLACE_WORDS, *L.CAPTION_TIME_LEADS, *L.CAPTION_VERB_OBJECTS))
    - FUNCTION_WORDS
    - ARTICLES_AND_POSSESSIVES
    - {"by", "up", "down", "out", "off"}
)


def captions_read_as_headings(page: Page) -> None:
    """A line read as a subheading, alone between two of the story's paragraphs, that dates a scene ("Cranberries on
    the bog in early May", "The tower, 18 metres high, replaces one that was closed in 2019"), says what a group of
    people does there ("Children carry water to the threshing floor", `_group_scene`) or names a person
    after what they do ("Agricultural extension officer Ines Moller", her name printed in the paragraph beside it):
    a picture's caption with no credit, for a crosshead titles what follows and neither dates a scene nor names a
    person alone; on a page printing other pictures' captions."""
    d, lines = page.decisions, page.lines
    pictured: bool | None = None
    start = page.body_start + 1
    for i in [k for k, x in enumerate(d[start : page.body_end], start) if x.role is Role.HEADING]:
        if d[i].rule != "body/heading":
            continue
        t = lines[i].text
        words = t.split()
        if not 3 <= len(words) <= 20 or not t[-1:].isalnum() or ":" in t or quoted(t):
            continue
        if words[0].lower() in QUESTION_WORDS or not (_story_above(page, i) and _sentence_paragraph(page, i + 1)):
            continue
        scene = len(words) >= 5 and not title_case(t) and (dated_scene(words) or _group_scene(words))
        if not (scene or _role_and_name(page, i, words)):
            continue
        if pictured is None:  # the page prints pictures: a caption found besides (asked once, if at all)
            pictured = any(x.role is Role.CAPTION for x in d)
        if pictured:
            page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/caption-read-as-heading"))


def _story_above(page: Page, i: int) -> bool:
    """The story's paragraph is the line above `i`, or above the ad slot or the player over it."""
    d, k = page.decisions, i - 1
    while k > page.body_start and d[k].role is Role.DEBRIS and d[k].reason in PASSABLE_DEBRIS:
        k -= 1
    return _sentence_paragraph(page, k)


def _role_and_name(page: Page, i: int, words: list[str]) -> bool:
    """ "Agricultural extension officer Ines Moller": lower-case words of a role after the first, a role noun last,
    then a name of two or three capitalised words closing the line, printed in the paragraph above or below."""
    if len(words) > 8 or not words[0][:1].isupper() or not words[0].isalpha():
        return False
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper() and words[k - 1].isalpha():
        k -= 1
    if not 2 <= len(words) - k <= 3 or words[k - 1].lower() not in PERSON_ROLE_NOUNS:
        return False
    if not all(w.islower() and w.isalpha() for w in words[1:k]):
        return False
    name = " ".join(words[k:])
    return name in page.lines[i - 1].text or name in page.lines[i + 1].text


_CLOSING = (Role.PARAGRAPH, Role.OUTSIDE)
_AFTER_PICTURE = (Role.CAPTION, Role.HEADING)
_THING_OPENERS = tuple([w] for w in L.ARTICLES_AND_POSSESSIVES)


def people_in_the_picture(page: Page) -> None:
    """A sentence alone between two of the story's paragraphs (or opening the story under the header's furniture,
    or closing it right under its last paragraph, with or without a full stop) that names a person and says, in the
    present, what they do and where ("Gloria Pappas refills coffee for regulars at the counter.", "Winger Ana Lutu
    kicks for touch during the first half."), on a page whose pictures carry no credit of their own: a caption with
    no credit already found in the story, and a second one or the header's credit for the whole piece ("Photos:
    Name", "Story and photos by Name"). The story tells what was done and said; a caption, what its picture
    shows being done."""
    d, end = page.decisions, page.body_end
    # the page's evidence first (most pages print no picture without a credit): cheaper than reading the lines
    shown = [x for x in d[page.body_start : end + 1] if x.role is Role.CAPTION]
    bare = [x for x in shown if not x.credit]
    if not bare:
        if shown or any(x.role is Role.CAPTION for x in d[: page.body_start]):  # the page prints pictures
            _groups_in_the_picture(page)
        else:
            _scene_opening_the_story(page)
        return  # no picture without a credit in the story: most pages
    pictured: bool | None = True if len(bare) >= 2 else None  # else the header's credit, asked once, if at all
    # the story's last line (a caption with a full stop) and the one under it (with none), under a paragraph
    closing = [k for k in (end, end + 1) if k < len(d) and d[k].role in _CLOSING and _sentence_paragraph(page, k - 1)]
    for i in [*range(page.body_start, end), *closing]:
        if not _person_scene(page, i, closing=i in closing):
            continue
        if pictured is None:
            pictured = _pictures_by_writer(page)
        if pictured:
            page.decide(i, Decision(Role.CAPTION, text=page.lines[i].text, rule="pictures/person-in-the-picture"))


def _person_scene(page: Page, i: int, closing: bool, groups_only: bool = False) -> bool:
    """Line `i` is one sentence of a person or a group doing something somewhere (`_present_scene`,
    `_group_scene`), set where a caption is."""
    d, t = page.decisions, page.lines[i].text
    if (not closing and d[i].role is not Role.PARAGRAPH) or not 5 <= page.feats[i].words <= 30:
        return False
    if not (t.endswith(".") or (closing and t[-1:].isalnum())) or not t[:1].isupper():
        return False
    # the word test first (most paragraphs fail it within their first words), then quotation and sentences
    words = t.split()
    scene = _group_scene(words) if groups_only else _present_scene(page, i, words) or _group_scene(words)
    if not scene or quoted(t) or P.SENTENCE_BREAK.search(t):
        return False
    if closing:
        return True
    opening = i == page.body_start and d[i - 1].role is not Role.PARAGRAPH
    # the next picture's caption may follow it or the one before precede it (pictures in a row), and a crosshead
    # follow it (a picture closing a section)
    return (opening or _sentence_paragraph(page, i - 1) or d[i - 1].role is Role.CAPTION) and (
        _sentence_paragraph(page, i + 1) or d[i + 1].role in _AFTER_PICTURE
    )


def _groups_in_the_picture(page: Page) -> None:
    """On a page printing pictures with credits, a sentence alone between two of the story's paragraphs that says
    what a group of people does and where (`_group_scene`): a picture's caption with no credit."""
    d, lines, feats, groups = page.decisions, page.lines, page.feats, _groups()
    for i in range(page.body_start, page.body_end):
        if not 5 <= feats[i].words <= 30 or d[i].role is not Role.PARAGRAPH:
            continue
        t = lines[i].text
        # the group's noun among the first three words first: most paragraphs fail there
        if groups.isdisjoint(map(str.lower, t.split(None, 3)[:3])):
            continue
        # a caption printed elsewhere that the story repeats is the story's sentence (its copy is no second picture)
        if _person_scene(page, i, closing=False, groups_only=True) and not any(x.text == t for x in d if x.credit):
            page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/group-in-the-picture"))


def _scene_opening_the_story(page: Page) -> None:
    """The story's first line, under the header's furniture, one sentence saying in the present what a person or a
    group does and where ("Farmers inspect a flooded field at Abary Point on Sunday.") over a paragraph that names
    again whom or where it shows: the lead picture's caption, printed with no credit. A story's opening tells what
    was done; a picture's, what is being done."""
    i = page.body_start
    if i + 1 >= page.body_end or not _person_scene(page, i, closing=False):
        return
    below = page.lines[i + 1].text.lower()
    echoed = [w for w in page.lines[i].text.split()[:-1] if len(w) >= 5 and w[:1].isupper() and w.lower() in below]
    if echoed and page.decisions[i - 1].role is not Role.PARAGRAPH:
        page.decide(i, Decision(Role.CAPTION, text=page.lines[i].text, rule="pictures/scene-opening-the-story"))


# a caption standing alone is one short sentence (`caption_evidence.captions_by_evidence`)
MOST_WORDS = 16


def captions_by_evidence(page: Page) -> None:
    """`caption_evidence.captions_by_evidence` (a caption with no credit told by its evidence), its module loaded
    only on a page with a line it may take: a short paragraph of the story opening with a capital, ending a sentence
    or a word, with no colon and, in English, no verb of a sentence's frame (most pages have none: the module and its
    word sets are never loaded)."""
    d, feats, lines = page.decisions, page.feats, page.lines
    for i in range(page.body_start + 1, page.body_end):
        if not 3 <= feats[i].words <= MOST_WORDS or d[i].role is not Role.PARAGRAPH:
            continue
        t = lines[i].text
        if not t[:1].isupper() or not (t[-1:] == "." or t[-1:].isalnum()) or ":" in t:
            continue
        low = t.lower().split()
        if any(w in L.ENGLISH_MARKER_WORDS for w in low) and any(w in L.SENTENCE_VERBS and w != "left" for w in low):
            continue  # (the module's first test of a line of English, on its words as printed)
        from . import caption_evidence  # (loaded on first use)

        caption_evidence.captions_by_evidence(page)
        return


def _group_scene(words: list[str]) -> bool:
    """ "Vendors sell candles outside the church.", "Census workers practise with their tablets at the office.": a
    group of people (`PICTURED_GROUPS`) opening the line, up to two describing words before it, then a verb of the
    present's plural (a lower-case word: no verb of a sentence's frame, no adverb, past or -ing) and a place or a time
    after it."""
    k = next((n for n, w in enumerate(words[:3]) if w.lower() in _groups()), -1)
    if k < 0 or k + 2 >= len(words) or words[0] in ("The", "A", "An", "These", "Those", "Some", "Many", "Most"):
        return False
    if not all(w.isalpha() and w.islower() for w in words[1:k]):
        return False
    verb = words[k + 1]
    if not (verb.isalpha() and verb.islower()) or verb in _not_present_after_groups() or verb in _not_plural_verbs():
        return False
    if verb.endswith(("ly", "ing")) or _past(verb) or _singular(verb):
        return False
    return _scene_after(words[k + 2 :])


def _past(verb: str) -> bool:
    """A verb of the past in "-ed" ("cleared", "agreed", "used", "died"), not a short present ending so ("feed",
    "need", "shed")."""
    return verb.endswith("ed") and (len(verb) > 4 or (len(verb) == 4 and not verb.endswith(("eed", "hed"))))


def _singular(verb: str) -> bool:
    """A verb of the singular's "-s" ("sells"), not of the plural ending in "-ss" ("Residents cross ...", "Crowds
    press ...")."""
    return verb.endswith("s") and not verb.endswith("ss")


def _scene_after(rest: list[str]) -> bool:
    """A place or a time among the words after a verb ("at the counter", "during the first half", "at night"); "to"
    before a thing or a place ("to the church door"), not before a verb ("hopes to be home")."""
    after = [w.strip(_WORD_EDGES).lower() for w in rest]
    return any(
        (w in _SCENE_PLACES and (w != "to" or after[n + 1 : n + 2] in _THING_OPENERS)) or w in _TIMES_OF_DAY
        for n, w in enumerate(after)
    )


def _present_scene(page: Page, i: int, words: list[str]) -> bool:
    """A name (two capitalised words or more, a role or an age between commas beside it; or a given name alone that
    the story prints before a family name) as the subject, then a verb in the present ("refills", "kicks"; not
    "says", "is") and a place or a time after it ("at", "during", "at night")."""
    k, names = 0, 0
    while k < len(words) and not _verb_shape(words[k]):
        w = words[k].strip(_WORD_EDGES)
        names += w[:1].isupper()
        if k > 5 or not (w[:1].isupper() or w.isdigit() or (w.islower() and k > 0 and w.isalpha()) or "-" in w):
            return False
        k += 1
    if names == 1 == k and k < len(words) - 1 and _named_before(page, i, words[0]):
        names = 2  # "Halla checks a batch ...", the story having printed "Halla Einarsdottir"
    if (
        names < 2
        or k >= len(words) - 1
        or words[0] in ("The", "A", "An")  # no name: "The ferry Cruz del Sur leaves ..." is the story's
        or not (words[k - 1][:1].isupper() or words[k - 1].endswith(","))
    ):
        return False
    return _scene_after(words[k + 1 :])


def _named_before(page: Page, i: int, given: str) -> bool:
    """`given`, a capitalised word, opens a full name (a capitalised word after it) on a line of the page above `i`."""
    if not given.isalpha() or not given[:1].isupper():
        return False
    probe = given + " "
    for k in range(page.body_start - 1, i):
        text = page.lines[k].text
        at = text.find(probe)
        while at >= 0:
            if text[at + len(probe) : at + len(probe) + 1].isupper():
                return True
            at = text.find(probe, at + 1)
    return False


def _verb_shape(word: str) -> bool:
    """A verb in the present's third person: a lower-case word ending in -s ("refills", "carries"), no -ss, no
    verb of a sentence's frame ("is", "has", "says")."""
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _NOT_PRESENT
    )


def lead_scene_captions(page: Page) -> None:
    """A line left over in the header between the headline and the story, alone among the furniture (a share row,
    a date, the byline), that dates a scene and ends no sentence ("The ferry tied up at the pier this afternoon",
    "The new train during a test run in February"): the lead picture's caption, printed with no credit. A line
    among others of its kind (a summary box's points) is no caption."""
    if page.headline is None:
        return
    d, lines, feats = page.decisions, page.lines, page.feats
    for i in range(page.headline + 1, page.body_start):
        if d[i].role is not Role.OUTSIDE or not 5 <= feats[i].words <= 35:
            continue
        t = lines[i].text
        if not t[-1:].isalnum() or ":" in t or quoted(t) or feats[i].all_caps or title_case(t):
            continue
        if _leftover_prose(page, i - 1) or _leftover_prose(page, i + 1):
            continue
        if dated_scene(t.split()):
            page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/lead-scene-caption"))


def _leftover_prose(page: Page, k: int) -> bool:
    """Line `k` is another line of running text left over in the header (a box's point), not its furniture."""
    return 0 <= k < page.body_start and page.decisions[k].role is Role.OUTSIDE and page.feats[k].words >= 5


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "pictures/caption-read-as-heading": ex.body(
        "Ada Rowe at the library door, in June.",
        "The library lent its last books on Saturday.",
        "Shelves of the reading room on its last Saturday in early May",
    ),
    "pictures/person-in-the-picture": "\n\n".join(
        (
            ex.HEADLINE,
            "Story and photos by Ann Lee",
            "March 3, 2024",
            ex.OPENING,
            "Ann Lee at the library door, in June.",
            ex.MIDDLE,
            "Ada Rowe stamps the last book at the front desk.",
            ex.CLOSING,
            ex.ENDING,
        )
    )
    + "\n",
    "pictures/group-in-the-picture": ex.body(
        "Readers at the library door on its last day. Photo: Ann Lee",
        "The library lent its last books on Saturday.",
        "Volunteers pack the last books into crates in the reading room.",
    ),
    "pictures/scene-opening-the-story": "\n\n".join(
        (
            ex.HEADLINE,
            ex.BYLINE,
            "Volunteers pack books into crates at the Harbour Library on Saturday.",
            "The Harbour Library closed its doors on Saturday after 112 years.",
            ex.MIDDLE,
            ex.CLOSING,
        )
    )
    + "\n",
    "pictures/caption-by-evidence": ex.story(
        "Readers queue at the library door on its last day. Photo: Ann Lee",
        ex.ENDING,
        "The reading room's oak shelves, emptied for the move.",
        "Keeping the doors open",
    ),
    "pictures/lead-scene-caption": ex.header(
        ex.HEADLINE, ex.BYLINE, "March 3, 2024", "The reading room on its last Saturday in early March"
    ),
}
