"""Captions with no credit standing alone between two of the story's paragraphs, judged by evidence that holds
across outlets and languages rather than by one page's shape: where the line sits (beside another picture's
caption or credit, a gallery's counter, an image's marker; at a break the story does not run across, a
subheading or the story's end under it), what it says (a scene in the present, a picture's words, a person the
story names again, no verb of saying, no quotation) and its length against its neighbours. Each piece of evidence
is a named weight (`WEIGHTS`); a line whose evidence reaches the bar, with some of it on where it sits and some on
what it says, is a caption, and `--explain` names the evidence in its rule
(`pictures/caption-by-evidence`, its `evidence` in the page's captions). The full stop alone is never evidence."""

from __future__ import annotations

from functools import cache

from .. import lexicon as L
from .. import patterns as P
from ..dates import has_digit
from ..patterns import SPEECH_VERBS_ABROAD
from ..people import ARTICLES_AND_POSSESSIVES, PARTICLES
from .caption_shapes import _WORD_EDGES, _sentence_paragraph, dated_scene
from .features import quoted
from .page import PASSABLE_DEBRIS, Decision, Page, Role
from .scene_captions import MOST_WORDS, _group_scene, _scene_after, _verb_shape
from .words import READER_WORDS, SPEECH_VERBS

RULE = "pictures/caption-by-evidence"

# The evidence and its weights. Where the line sits: beside a picture's caption, credit, counter or marker; at a
# break (a subheading, a box or the story's end under it, where a paragraph would run on); much shorter than the
# paragraphs around it. What it says: a picture's words ("pictured", "(left)"); a person or a group doing something
# somewhere in the present; a day or a time of its scene ("on Tuesday night", "in October", "at dawn"); a person the
# story names in full in a paragraph beside it, opening the line; in English, no verb of a sentence's frame or of
# the past ("The cover of the album.", "A guest room with restored windows."); in any language, a name then where
# its person is, with no verb between ("Patrick Hubermont devant sa boulangerie."); no full stop where the paragraph
# above ends its sentence ("Helfer räumen den Schlamm aus dem Keller"). A line of English with such a verb
# ("was", "will", "said", "welcomed the decision") tells the story and is no caption, whatever else it shows.
WEIGHTS: dict[str, int] = {
    "beside-picture": 2,
    "at-a-break": 1,
    "short-beside-story": 1,
    "picture-words": 2,
    "scene-in-present": 1,
    "dated-scene": 1,
    "person-of-the-story": 2,
    "person-at-a-place": 2,
    "no-end-mark": 1,
    "no-verb-of-the-story": 1,
}
WHERE = frozenset(("beside-picture", "at-a-break", "short-beside-story"))
BAR = 3  # the sum of the weights a caption reaches, with at least one piece of evidence of where and one of what


class _Words:
    """The lexicon's words the evidence reads, as sets (built on first use: only pages printing pictures read
    them)."""

    def __init__(self) -> None:
        nouns = frozenset(L.UNPICTURED_VERBS_ALSO_NOUNS)
        verbs = (*L.SENTENCE_VERBS, *L.IRREGULAR_PASTS, *(w for w in L.UNPICTURED_VERBS if w not in nouns))
        self.verbs = frozenset(verbs) - {"left", "right"}  # "(left)", ", right,": where one stands in a picture
        self.unpictured = frozenset(L.UNPICTURED_VERBS)  # and their present's "-s" ("expects", "advises")
        self.openers = frozenset((*L.SUBJECT_PRONOUNS, *L.FOREIGN_PRONOUNS, *L.STORY_SENTENCE_OPENERS))
        self.picture = (
            *L.CAPTION_POSITION_MARKS,
            *L.CAPTION_POSITIONS,
            *L.CAPTION_END_MARKS,
            *L.CAPTION_PICTURE_KINDS,
            "pictured",
        )
        self.english = frozenset(L.ENGLISH_MARKER_WORDS)
        self.adverbs = frozenset(L.STORY_ADVERBS)
        self.leads = frozenset(L.PARTICIPLE_LEADS)  # (and an article or a possessive: `ARTICLES_AND_POSSESSIVES`)
        self.schedule = frozenset(L.SCHEDULE_VERBS)
        self.followers = frozenset(L.PARTICIPLE_FOLLOWERS)
        self.places = frozenset((*L.CAPTION_PLACE_WORDS, *L.FOREIGN_CAPTION_PREPOSITIONS))


@cache
def _words() -> _Words:
    """The sets, built on first use (a page weighing a line), once a process."""
    return _Words()


@cache
def _said_in_other_languages() -> frozenset[str]:
    """A verb of saying of the other languages (a phrase of two words never equals one word), when a line not in
    English is weighed (few pages)."""
    return frozenset(SPEECH_VERBS_ABROAD) - frozenset(L.SAYING_WORDS_ALSO_SMALL_WORDS)


def captions_by_evidence(page: Page) -> None:
    """A line alone between two of the story's paragraphs whose evidence (`WEIGHTS`) reaches `BAR`, some of it on
    where it sits and some on what it says, on a page printing pictures: a picture's caption with no credit."""
    d, feats, lines, paragraph = page.decisions, page.feats, page.lines, Role.PARAGRAPH
    pictured: bool | None = None
    for i in range(page.body_start + 1, page.body_end):
        # a short line first (most of the story's lines are longer), then its role and its ends
        if not 3 <= feats[i].words <= MOST_WORDS or d[i].role is not paragraph:
            continue
        t = lines[i].text
        if not t[:1].isupper() or not (t[-1:] == "." or t[-1:].isalnum()) or ":" in t or "«" in t:
            continue
        found = _evidence(page, i)
        if sum(WEIGHTS[e] for e in found) < BAR or WHERE.isdisjoint(found) or WHERE.issuperset(found):
            continue
        if pictured is None:  # a page printing no picture's caption prints no uncredited one either (asked once)
            pictured = any(x.role is Role.CAPTION for x in d)
        # a caption printed elsewhere that the story repeats is the story's sentence (its copy is no second picture)
        if pictured and not any(x.text == t for x in d if x.role is Role.CAPTION):
            page.caption_evidence[i] = tuple(found)  # what `--explain` prints beside the caption, weight by weight
            page.decide(i, Decision(Role.CAPTION, text=t, rule=RULE))


def _evidence(page: Page, i: int) -> list[str]:
    """The evidence that line `i` is a picture's caption, or [] when it reads as the story's sentence. Where it sits
    is read first (most of the story's lines sit between two long paragraphs: none), then its words."""
    above, below = _neighbour(page, i, -1), _neighbour(page, i, 1)
    if above is None and below is None:
        return []
    found = _where(page, i, above, below)
    if not found:
        return []
    t = page.lines[i].text  # (its first letter, its end, a colon and « read by the caller)
    if quoted(t):
        return []
    words = t.split()
    low = [w.strip(_WORD_EDGES).lower() for w in words]
    known = _words()
    if low[0] in known.openers or not SPEECH_VERBS.isdisjoint(low) or not READER_WORDS.isdisjoint(low):
        return []  # the story's sentence: a pronoun or a conjunction opening it, a verb of saying, a word to the reader
    if P.SENTENCE_BREAK.search(t):
        return []
    english = not known.english.isdisjoint(low)
    if english and _verb_of_the_story(t, words, low, known):
        return []
    if english and not known.schedule.isdisjoint(low) and dated_scene(words):
        return []  # what is due to happen on a day: "The bridge reopens on Saturday."
    if not english and not _said_in_other_languages().isdisjoint(low):
        return []
    return found + _what(page, words, low, above, below, english=english)


def _verb_of_the_story(t: str, words: list[str], low: list[str], known: _Words) -> bool:
    """A verb of a sentence's frame, of the past or of the mind ("is", "will", "found", "expects"; "welcomed the
    decision", "reopened in March"); not a participle describing a thing ("the finished dish", "with restored
    windows", "The dish, served with taro"); an adverb of the story's time; a figure that is no year or day ("holds
    380 litres"). Looked up as sets first, then word by word only where a word's end may say so."""
    if not known.verbs.isdisjoint(low) or not known.adverbs.isdisjoint(low) or low[0] in known.unpictured:
        return True  # (the last: a call to the reader, "Vote no on ...")
    if has_digit(t) and any(_figure(words, n) for n in range(len(words))):
        return True
    planned = "to" in low  # (a verb of wanting needs its "to")
    for n, w in enumerate(low):
        end = w[-2:]
        if end[-1:] == "s" and (w[:-1] in known.unpictured or (end == "es" and w[:-2] in known.unpictured)):
            return True
        before = low[n - 1] if n else ""
        if (
            planned
            and w in known.unpictured
            and n
            and before not in ARTICLES_AND_POSSESSIVES
            and low[n + 1 : n + 2] == ["to"]
        ):
            return True  # "The traders plan to present a petition ...", "Residents hope to": a verb before "to"
        if end == "ed" and n and len(w) > 4 and before not in known.leads and before not in ARTICLES_AND_POSSESSIVES:
            after = low[n + 1] if n + 1 < len(low) else ""
            if not (words[n - 1].endswith(",") and after in known.followers):
                return True
    return False


def _figure(words: list[str], n: int) -> bool:
    """Word `n` holds a figure that is neither a year ("1964") nor a day beside its month ("December 5,")."""
    w = words[n].strip(_WORD_EDGES)
    if w.isalpha() or not has_digit(w):
        return False
    if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
        return False
    beside = [words[k].strip(_WORD_EDGES).lower() for k in (n - 1, n + 1) if 0 <= k < len(words)]
    return not (len(w) <= 2 and w.isdigit() and any(b in L.MONTHS for b in beside))


def _neighbour(page: Page, i: int, step: int) -> int | None:
    """The story's paragraph beside line `i` (past an ad slot or a share row), or None."""
    d, k = page.decisions, i + step
    while page.body_start <= k < page.body_end and d[k].role is Role.DEBRIS and d[k].reason in PASSABLE_DEBRIS:
        k += step
    return k if page.body_start <= k < page.body_end and _sentence_paragraph(page, k) else None


def _where(page: Page, i: int, above: int | None, below: int | None) -> list[str]:
    d, found = page.decisions, []
    before, after = d[i - 1], d[i + 1]  # (the body's end is a line of the page: the story's last line has one under)
    if (
        before.role is Role.CAPTION
        or after.role is Role.CAPTION
        or before.reason == "gallery"
        or after.reason == "gallery"
        or _marker(page, i - 1)
        or _marker(page, i + 1)
    ):
        found.append("beside-picture")
    if i + 1 >= page.body_end or after.role is Role.HEADING or after.role is Role.OUTSIDE:
        found.append("at-a-break")
    feats, words = page.feats, page.feats[i].words
    if (
        words <= 16
        and (above is None or words * 2 <= feats[above].words)
        and (below is None or words * 2 <= feats[below].words)
    ):
        found.append("short-beside-story")
    return found


def _marker(page: Page, k: int) -> bool:
    """Line `k` marks an image ("[Image: ...]", "[Foto: ...]")."""
    text = page.lines[k].text
    return text[:1] == "[" and text[:9].lower().startswith(L.IMAGE_MARKER_OPENERS)


def _what(
    page: Page, words: list[str], low: list[str], above: int | None, below: int | None, *, english: bool
) -> list[str]:
    found = []
    padded = f" {' '.join(words).lower()} "
    if any(p in padded for p in _words().picture):
        found.append("picture-words")
    if english and ((any(_verb_shape(w) for w in words[1:6]) and _scene_after(words[2:])) or _group_scene(words)):
        found.append("scene-in-present")
    if dated_scene(words):
        found.append("dated-scene")
    k = _name_end(words)
    if k and _person_of_the_story(page, words[:k], above, below):
        found.append("person-of-the-story")
    if k and low[k] in _words().places and words[k - 1][-1:].isalpha():  # (no comma: "Ada Rowe, at 80, ...")
        found.append("person-at-a-place")
    if english:
        found.append("no-verb-of-the-story")
    if above is not None and words[-1][-1:].isalnum() and all(w.strip(_WORD_EDGES).isalpha() for w in words):
        found.append("no-end-mark")  # under a paragraph ending its sentence, a line of words ending none (no figures)
    return found


def _name_end(words: list[str]) -> int:
    """Where a name of two capitalised words or more opening the line ends ("Maria do Céu Rebelo"), with a word
    after it; else 0."""
    k = 0
    while k < min(len(words), 5) and (
        (words[k][:1].isupper() and words[k].strip(_WORD_EDGES).isalpha())
        or (k and (words[k] in PARTICLES or words[k] in L.CAPTION_NAME_PARTICLES))
    ):
        k += 1
    while k and (words[k - 1] in PARTICLES or words[k - 1] in L.CAPTION_NAME_PARTICLES):
        k -= 1
    return k if 2 <= k < len(words) else 0


def _person_of_the_story(page: Page, name_words: list[str], above: int | None, below: int | None) -> bool:
    """The name opening the line (`_name_end`) is printed in a paragraph beside it too."""
    name = " ".join(name_words).strip(_WORD_EDGES)
    return any(name in page.lines[n].text for n in (above, below) if n is not None)
