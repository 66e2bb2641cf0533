"""Captions with no credit, told by their shape and place: a description alone between paragraphs (a photo
essay's captions, a name then a scene), the caption of a picture set, the title of a chart, a map or a gallery
set into the story, the caption under a gallery's counter."""

from __future__ import annotations

from .. import captions as C
from .. import lexicon as L
from .. import patterns as P
from .. import rx
from ..people import FOREIGN_MONTHS
from . import examples as ex
from .features import QUESTION_WORDS, quoted
from .page import Decision, Page, Role, next_text
from .words import FUNCTION_WORDS, READER_WORDS, SENTENCE_VERBS, SPEECH_VERBS, title_case

_SCENE_WORDS = frozenset(L.CAPTION_SCENE_WORDS)
_PLACE_WORDS = frozenset(L.CAPTION_PLACE_WORDS)
# first words of a sentence that carries the story on from the one before it, not a picture's description
_STORY_OPENERS = frozenset((*L.SUBJECT_PRONOUNS, *L.STORY_LINK_WORDS))
_DAY_WORDS = frozenset((*L.WEEKDAYS_IN_FULL, *L.MONTHS_IN_FULL))
_SET_OPENER = rx.compile(r"^[(\[]?(?:\L<openers>)\b", P.FLAGS, openers=P.phrase_list(L.CAPTION_SET_OPENERS))
# the first letters of the openers, in lower case: a line opening with another ASCII character (after a bracket)
# is spared the pattern, which most paragraphs reach
_SET_OPENER_FIRSTS = frozenset(opener[0].lower() for opener in L.CAPTION_SET_OPENERS)
_PHOTOS_WORD = rx.compile(r"\b(?:photos?|pictures?|photographs?)\b", P.FLAGS)  # in a byline's lead, before "by"
_WORD_EDGES = "\"“”‘’'()[],.;!?"
_VERB_OBJECTS = frozenset(L.CAPTION_VERB_OBJECTS)
# small words that open no verb's object themselves: "stages of", "chip with"
_NOT_VERB_WORDS = _VERB_OBJECTS | FUNCTION_WORDS | {"of", "with", "for", "and", "or", "as", "than", "not"}


def _set_opener(text: str) -> bool:
    """The line opens as a picture set's caption does (`_SET_OPENER`: "Clockwise from top: ...")."""
    first = text[1:2] if text[:1] in "([" else text[:1]
    if first.isascii() and first.lower() not in _SET_OPENER_FIRSTS:
        return False
    return _SET_OPENER.match(text) is not None


def bare_captions(page: Page) -> None:
    """Captions with no credit standing alone between paragraphs, told by their shape: a description
    with no full stop ("Ada Rowe at her farm, where she was born"), set apart from the running text
    around it. One such line is a caption when it opens with a name and a scene word ("at", "with",
    "seen"); several on a page, each with a clause set off by a comma, are a photo essay's captions.
    A caption of a picture set ("Clockwise from top: ...") is one however long."""
    d, lines, feats = page.decisions, page.lines, page.feats
    found: list[int] = []
    for i in range(page.body_start + 1, page.body_end):
        if d[i].role is not Role.PARAGRAPH and d[i].role is not Role.HEADING:
            continue
        t = lines[i].text
        if t[-1:].isalnum() and 8 <= feats[i].words <= 70 and _bare_caption_shape(page, i):
            found.append(i)
        elif t.endswith(".") and 5 <= feats[i].words <= 14 and _fragment_caption(page, i):
            page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/name-and-place-caption"))
        elif feats[i].words <= 80 and _set_opener(t) and not quoted(t):
            page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/picture-set-caption"))
        elif t[-1:].isalnum() and 8 <= feats[i].words <= 40 and _caption_over_subheading(page, i):
            page.decide(i, Decision(Role.CAPTION, text=t, rule="pictures/caption-over-subheading"))
            k = next_text(page, range(page.body_end + 1), i)
            if k is not None and page.decisions[k].role is Role.PARAGRAPH:  # a line of a block with the caption
                page.decide(k, Decision(Role.HEADING, rule="pictures/caption-over-subheading"))
    # a photo essay's captions describe, in a clause set off by a comma or a bracket ("The plant at dusk,
    # seen from the footpath"); links to other stories between paragraphs read as headlines, without one
    essay = [i for i in found if "," in lines[i].text or "(" in lines[i].text]
    titles: list[int] | None = None  # the page's subheadings: read once, where first asked
    for i in found:
        if len(essay) >= 2 and i in essay:
            page.decide(i, Decision(Role.CAPTION, text=lines[i].text, rule="pictures/photo-essay-caption"))
        elif _opens_with_scene(lines[i].text):
            page.decide(i, Decision(Role.CAPTION, text=lines[i].text, rule="pictures/name-and-scene-caption"))
        elif _doing_outside_a_sentence(lines[i].text):
            titles = _subheadings(page) if titles is None else titles
            if _short_titles(page, titles, i):
                page.decide(i, Decision(Role.CAPTION, text=lines[i].text, rule="pictures/caption-among-titles"))


def _bare_caption_shape(page: Page, i: int) -> bool:
    """Line `i` stands where a caption with no credit would: alone between two paragraphs that end their
    sentences, in the third person, naming someone or somewhere, not a title, a label or a question."""
    line, f = page.lines[i], page.feats[i]
    t = line.text
    # set apart as the paragraphs around it are: by blank lines, or by none on a page printing none
    if line.blank_before != line.blank_after or f.all_caps or ":" in t or "@" in t or P.LIST_ITEM.match(t):
        return False  # a label, a list item, or an address or handle (a promo's contact line)
    if not line.blank_before and (page.lines[i - 1].blank_before or page.lines[i + 1].blank_after):
        return False
    words = [w.strip(_WORD_EDGES).lower() for w in t.split()]
    if words[0] in QUESTION_WORDS or not READER_WORDS.isdisjoint(words) or title_case(t):
        return False
    # a caption names whom or where it shows, or opens with what it shows and where ("The plant at dusk")
    if not any(w[:1].isupper() for w in t.split()[1:]) and _SCENE_WORDS.isdisjoint(words[1:6]):
        return False
    return _sentence_paragraph(page, i - 1) and _sentence_paragraph(page, i + 1)


def _doing_outside_a_sentence(text: str) -> bool:
    """A clause saying what its subject does and where ("The ferry ties up at the pier before dawn"), as long as a
    sentence, with none of a sentence's verbs (`_has_verb`: "Bookings open in March and can be made ...", a
    paragraph that lost its full stop) unless it says it is a caption: on a page whose subheadings are short
    titles ("Where to stay", "Getting there"), a picture's caption, for a page sets its subheadings in one style
    (`_short_titles`)."""
    words = text.split()
    if len(words) < 8 or not _verb_then_object(words):
        return False
    return not _has_verb(text) or C.caption_cue(text)


def _subheadings(page: Page) -> list[int]:
    d = page.decisions
    return [k for k in range(page.body_start, page.body_end + 1) if d[k].role is Role.HEADING]


def _short_titles(page: Page, titles: list[int], i: int) -> bool:
    """The page has subheadings besides line `i`, each a short title (five words or fewer)."""
    others = [k for k in titles if k != i]
    return bool(others) and all(page.feats[k].words <= 5 for k in others)


def _caption_over_subheading(page: Page, i: int) -> bool:
    """A description with no full stop closing a section, right above the next subheading (a short title over
    running text): a picture's caption, as one between paragraphs is, for a title is not printed over another
    title ("Puffins nest on the cliffs above Gull Strand" / "Day three: Gull Strand" / the next paragraph)."""
    lines, feats = page.lines, page.feats
    if i + 2 > page.body_end or not (_sentence_paragraph(page, i - 1) or _item_box(page, i - 1)):
        return False
    k = next_text(page, range(page.body_end + 1), i)  # the next subheading, past an ad slot or a label
    if k is None or k + 1 > page.body_end:
        return False
    sub, t = feats[k], lines[i].text
    titled = sub.title and not sub.prose and not P.ends_sentence(lines[k].text)
    if sub.words > 10 or not (titled or page.decisions[k].role is Role.HEADING):  # a question's, say
        return False
    if not (feats[k + 1].prose and page.decisions[k + 1].role is Role.PARAGRAPH):
        return False
    if feats[i].all_caps or ":" in t or "@" in t or quoted(t) or P.LIST_ITEM.match(t) or title_case(t):
        return False
    words = [w.strip(_WORD_EDGES).lower() for w in t.split()]
    if words[0] in QUESTION_WORDS or not READER_WORDS.isdisjoint(words):
        return False
    # it says what its subject does ("Puffins nest on", "The floor lifts to"), a title's nouns do not
    return t[:1].isupper() and _verb_then_object(t.split())


def _item_box(page: Page, j: int) -> bool:
    """Line `j` closes a roundup's item: its box to buy it ("$68 at Store" / "Buy now")."""
    return page.decisions[j].role is Role.DEBRIS and page.decisions[j].reason == "retailer"


def _verb_then_object(words: list[str]) -> bool:
    """A lower-case word after the first, not a small word, followed by a word that opens a verb's object or
    place ("nest on", "has a", "lifts to"); "stages of", "chip with" are a title's nouns."""
    for k in range(1, len(words) - 1):
        w, nxt = words[k], words[k + 1].lower()
        if nxt in _VERB_OBJECTS and w[:1].islower() and w.isalpha() and w not in _NOT_VERB_WORDS:
            return True
    return False


def _fragment_caption(page: Page, i: int) -> bool:
    """A caption with a full stop and no verb: a name, or a thing described after "The", then where ("Jana
    Okafor on her first round, in October.", "The empty lido on Friday morning."), alone between paragraphs."""
    t = page.lines[i].text
    words = t.split()
    at = next((k for k in range(2, min(len(words), 6)) if words[k].lower() in _PLACE_WORDS), None)
    if at is None:
        return False
    named = words[at - 1][:1].isupper() and words[at - 2][:1].isupper()
    if not (named or _thing_before(words, at)):
        return False
    if quoted(t) or P.SENTENCE_BREAK.search(t):
        return False
    low = [w.strip(_WORD_EDGES).lower() for w in words]
    if not SENTENCE_VERBS.isdisjoint(low) or any(len(w) > 4 and w.endswith("ed") for w in low[at:]):
        return False
    # a short sentence with no verb is also the writer's ("Ada Rowe at the council meeting on Tuesday."): a
    # caption's place or time set off by a comma (", in October."), other captions on the page, or pictures
    # credited for the whole piece in its header ("Story and photos by Name") tell it
    tail = t.rpartition(",")[2].split(None, 1)
    pictured = bool(tail) and tail[0].lower() in _PLACE_WORDS
    if not pictured and not any(d.role is Role.CAPTION for d in page.decisions) and not _pictures_by_writer(page):
        return False
    return _bare_caption_shape(page, i)


_TIME_LEADS = frozenset(L.CAPTION_TIME_LEADS)
_TIMES_OF_DAY = frozenset(L.CAPTION_TIMES_OF_DAY)
_FOREIGN_LEADS = frozenset(L.CAPTION_FOREIGN_TIME_LEADS)


def dated_scene(words: list[str]) -> bool:
    """A time of day, or a weekday, a month or a year in full, within three words after a lead word ("in early
    May", "on Sunday", "at dawn", "in 2019")."""
    for k in range(2, len(words)):
        w = words[k].strip(_WORD_EDGES)
        low = w.lower()
        when = low in _TIMES_OF_DAY or (w[:1].isupper() and low in _DAY_WORDS)
        if when or (len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")):
            if any(v.lower() in _TIME_LEADS for v in words[max(1, k - 3) : k]):
                return True
        elif w in FOREIGN_MONTHS and any(v.lower() in _FOREIGN_LEADS for v in words[max(1, k - 3) : k]):
            return True  # "... durante l'ispezione di gennaio": a month in lower case, as other languages print it
    return False


def _thing_before(words: list[str], at: int) -> bool:
    """ "The empty lido on", "A sea lion colony on": a thing described after an article, each word up to the place
    a name's or a describing word, none that may be a verb ("The council meets on", "The pool reopened in")."""
    if words[0] not in ("The", "A", "An"):
        return False
    for w in words[1:at]:
        low = w.lower()
        if not w.isalpha() or low in SENTENCE_VERBS or (len(low) > 4 and low.endswith("ed")):
            return False
        if w[:1].islower() and low.endswith("s") and not low.endswith("ss"):
            return False
    return True


def _pictures_by_writer(page: Page) -> bool:
    """The header credits the pictures of the whole piece: the writer's ("Story and photos by Name") or a
    photographer's ("Photographs by Name"), so its captions carry no credit of their own."""
    d = page.decisions
    return any(d[k].rule == "header/picture-contributor" for k in range(page.body_start)) or any(
        _PHOTOS_WORD.search(page.lines[k].text.lower().partition(" by ")[0]) is not None for k in page.bylines
    )


def _sentence_paragraph(page: Page, j: int) -> bool:
    return page.decisions[j].role is Role.PARAGRAPH and page.feats[j].prose and P.ends_sentence(page.lines[j].text)


def _opens_with_scene(text: str) -> bool:
    """ "Ada Rowe at her farm", "Head teacher Ines Moller with ...", "Harbour Road seen from the pier": a
    name of two capitalised words or more among the first words, then a scene word."""
    words = text.split(None, 6)
    return any(
        words[k].strip(",").lower() in _SCENE_WORDS and words[k - 1][:1].isupper() and words[k - 2][:1].isupper()
        for k in range(2, min(len(words), 6))
    )


def story_over_picture(page: Page, j: int, k: int) -> bool:
    """Line `j` above a credit is the story's sentence and line `k` under it a picture's description, where the
    spacing says nothing (the credit glued to both or set apart from both): the credit is the picture's under it.
    The story's line goes on from the story above it and says what was done or said (a quotation, a verb: "The
    car was one of 58 that finished."; under the header it may be the lead picture's caption); the picture's
    describes ("Ada Rowe, second from left, with ...", "Ada Rowe and her grandson with their car at the finish
    on Saturday.": a position cue, or a name and a scene with no verb)."""
    if j < 1 or not (_sentence_paragraph(page, j) and (_sentence_paragraph(page, j - 1) or _picture_done(page, j - 1))):
        return False
    above, below = page.lines[j].text, page.lines[k].text
    if quoted(below) or not 5 <= page.feats[k].words <= 35:
        return False
    if _news_picture_caption(above) and not P.SENTENCE_BREAK.search(above):
        return False  # "Jonas Lund is mobbed by teammates ... on Saturday.": the credit's own (one sentence)
    if _story_then_caption(page, j, k):
        return True
    if not (quoted(above) or _has_verb(above)):
        return False
    return C.caption_cue(below) or (
        below[:1].isupper() and not _has_verb(below) and not _PLACE_WORDS.isdisjoint(_low_words(below))
    )


def _picture_done(page: Page, i: int) -> bool:
    """Line `i` closes a picture with its credit (the credit under its caption, or a caption with its credit): the
    story takes up again under it, so the line under it is the story's, not that picture's caption."""
    d = page.decisions[i]
    return (d.role is Role.DEBRIS and d.reason == "caption-credit") or (d.role is Role.CAPTION and d.credit is not None)


def _story_then_caption(page: Page, j: int, k: int) -> bool:
    """The story's paragraph above the credit is of another shape than the line under it: it runs to two sentences,
    quotes someone or is more than twice as long, while the line under it is one short sentence that quotes no one,
    reports no speech and opens with no pronoun or link word carrying a story on ("Minister Ana Ruiz said both sides
    would meet again. Talks resume on Thursday." / "© SurPress / Jo Lee" / "Union members vote on the offer.")."""
    above, below = page.lines[j].text, page.lines[k].text
    words = page.feats[k].words
    if words > 25 or P.SENTENCE_BREAK.search(below) or not (P.ends_sentence(below) or below[-1:].isalnum()):
        return False  # (a caption may end with no full stop: "Ein Hubschrauber brachte Lebensmittel ins Tal")
    low = _low_words(below)
    if low[0] in _STORY_OPENERS or not SPEECH_VERBS.isdisjoint(low):
        return False
    if quoted(above) or P.SENTENCE_BREAK.search(above) is not None:
        return True
    return page.feats[j].words >= 25 and page.feats[j].words > 2 * words


def _news_picture_caption(text: str) -> bool:
    """A news picture's caption in the agencies' form: a name, a verb in the present ("Jonas Lund is mobbed by
    teammates ...", "Mayor Ada Rowe speaks ...") and the day or month it was taken; a story tells the day's
    events in the past ("Jonas Lund scored twice on Saturday")."""
    words = text.split(None, 8)
    if len(words) < 5 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return False
    verb = next((w for w in words[2:8] if not w[:1].isupper()), "")
    if verb not in ("is", "are") and not (verb.isalpha() and verb.endswith("s") and not verb.endswith(("ss", "has"))):
        return False  # ("has asked", "has been": the story's perfect, not a caption's present)
    return any(w[:1].isupper() and w.strip(_WORD_EDGES).lower() in _DAY_WORDS for w in text.split())


def _low_words(text: str) -> list[str]:
    return [w.strip(_WORD_EDGES).lower() for w in text.split()]


def _has_verb(text: str) -> bool:
    """A verb of a sentence among the line's words (`L.SENTENCE_VERBS`, or a word ending in "-ed")."""
    low = _low_words(text)
    return not SENTENCE_VERBS.isdisjoint(low) or any(len(w) > 4 and w.endswith("ed") for w in low)


# A page for each rule above (tests/test_rules.py runs each rule on its example).
EXAMPLES: dict[str, str] = {
    "pictures/photo-essay-caption": ex.body(
        "Ada Rowe in the reading room, where she has volunteered since the library opened in 1974",
        "Volunteers have kept the doors open on Saturdays since the council cut the library's hours last spring.",
        "The harbour seen from the library roof, with the ferry terminal and the old Customs House",
    ),
    "pictures/name-and-scene-caption": ex.body("Ada Rowe at the library door, holding the last book she lent out"),
    "pictures/name-and-place-caption": ex.body("Ann Lee at the library door, in June."),
    "pictures/caption-among-titles": ex.body(
        "Where to stay",
        "The inn by the quay has four rooms and a view of the boats.",
        "The ferry ties up at the harbour wall below the inn before dawn",
        "Rooms cost 60 euros a night with breakfast.",
        "Getting there",
    ),
    "pictures/caption-over-subheading": ex.body(
        "Volunteers sort the donated books in the Harbour Library reading room", "What happens next"
    ),
    "pictures/picture-set-caption": ex.body(
        "Clockwise from top: the reading room on its last Saturday, with the long tables the town bought in 1952; "
        "the roof above the main stairs, where buckets have stood under the worst leaks for two winters; "
        "volunteers sorting the donated books that will move to the school across the square in December."
    ),
}
